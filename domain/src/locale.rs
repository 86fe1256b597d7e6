//! The 15 supported locales (DESIGN.md "Locales"), their fallback chain and language
//! negotiation for `?lang=` and `Accept-Language` (DESIGN.md "API contract", "Language").
//!
//! Negotiation itself is fluent-langneg's (the same matcher Fluent uses), fed with the
//! header's language ranges in the order the client sent them; the only rule of our own is
//! that a Chinese tag without a script gets one from its region before matching, so that
//! `zh-TW`, `zh-HK` and `zh-MO` land on Traditional and every other `zh` on Simplified.

use std::fmt;
use std::str::FromStr;
use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages, parse_accepted_languages};
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::Script;

/// A locale the guide is written in. The wire form (JSON, `?lang=`, `Content-Language`,
/// the `locales/<tag>/` directory) is the BCP 47 tag from [`Locale::tag`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Locale {
    /// English, the reference locale: every message exists in it.
    #[cfg_attr(feature = "openapi", schema(rename = "en"))]
    En,
    /// Simplified Chinese (mainland China, Singapore); the locale of the source data.
    #[cfg_attr(feature = "openapi", schema(rename = "zh-Hans"))]
    ZhHans,
    /// Traditional Chinese (Hong Kong, Taiwan, Macao).
    #[cfg_attr(feature = "openapi", schema(rename = "zh-Hant"))]
    ZhHant,
    /// Japanese.
    #[cfg_attr(feature = "openapi", schema(rename = "ja"))]
    Ja,
    /// Korean.
    #[cfg_attr(feature = "openapi", schema(rename = "ko"))]
    Ko,
    /// Russian.
    #[cfg_attr(feature = "openapi", schema(rename = "ru"))]
    Ru,
    /// Arabic, written right to left.
    #[cfg_attr(feature = "openapi", schema(rename = "ar"))]
    Ar,
    /// French.
    #[cfg_attr(feature = "openapi", schema(rename = "fr"))]
    Fr,
    /// Spanish.
    #[cfg_attr(feature = "openapi", schema(rename = "es"))]
    Es,
    /// German.
    #[cfg_attr(feature = "openapi", schema(rename = "de"))]
    De,
    /// Portuguese.
    #[cfg_attr(feature = "openapi", schema(rename = "pt"))]
    Pt,
    /// Thai.
    #[cfg_attr(feature = "openapi", schema(rename = "th"))]
    Th,
    /// Vietnamese.
    #[cfg_attr(feature = "openapi", schema(rename = "vi"))]
    Vi,
    /// Indonesian.
    #[cfg_attr(feature = "openapi", schema(rename = "id"))]
    Id,
    /// Malay.
    #[cfg_attr(feature = "openapi", schema(rename = "ms"))]
    Ms,
}

/// Which way a locale's text runs; clients set `dir` from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic).
    Rtl,
}

impl Locale {
    /// Every supported locale, in the order `GET /v1/locales` lists them.
    pub const ALL: [Locale; 15] = [
        Locale::En,
        Locale::ZhHans,
        Locale::ZhHant,
        Locale::Ja,
        Locale::Ko,
        Locale::Ru,
        Locale::Ar,
        Locale::Fr,
        Locale::Es,
        Locale::De,
        Locale::Pt,
        Locale::Th,
        Locale::Vi,
        Locale::Id,
        Locale::Ms,
    ];

    /// The BCP 47 tag, e.g. `"en"`, `"zh-Hans"`, `"zh-Hant"`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::Ja => "ja",
            Locale::Ko => "ko",
            Locale::Ru => "ru",
            Locale::Ar => "ar",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::De => "de",
            Locale::Pt => "pt",
            Locale::Th => "th",
            Locale::Vi => "vi",
            Locale::Id => "id",
            Locale::Ms => "ms",
        }
    }

    /// The locale's name in its own language, for a language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
            Locale::Ja => "日本語",
            Locale::Ko => "한국어",
            Locale::Ru => "Русский",
            Locale::Ar => "العربية",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::De => "Deutsch",
            Locale::Pt => "Português",
            Locale::Th => "ไทย",
            Locale::Vi => "Tiếng Việt",
            Locale::Id => "Bahasa Indonesia",
            Locale::Ms => "Bahasa Melayu",
        }
    }

    /// Which way the locale's text runs: only Arabic is right to left.
    pub fn direction(self) -> TextDirection {
        match self {
            Locale::Ar => TextDirection::Rtl,
            _ => TextDirection::Ltr,
        }
    }

    /// The locale whose tag is exactly `tag`, ignoring ASCII case (`"zh-hant"` is
    /// [`Locale::ZhHant`]); `None` for anything else, including aliases such as `zh-TW`
    /// (those go through [`negotiate`]).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag))
    }

    /// The locales to try, in order, for text missing in `self`: the locale itself, its
    /// base language, then English, then Simplified Chinese (DESIGN.md "Conventions":
    /// requested -> base language -> en -> zh-Hans), without repeats.
    ///
    /// `zh-Hant` counts `zh-Hans` as its base language: a reader of Traditional Chinese
    /// reads Simplified far more easily than English.
    pub fn fallback_chain(self) -> Vec<Locale> {
        let base = match self {
            Locale::ZhHant => Some(Locale::ZhHans),
            _ => None,
        };
        let mut chain = Vec::with_capacity(4);
        for l in [Some(self), base, Some(Locale::En), Some(Locale::ZhHans)]
            .into_iter()
            .flatten()
        {
            if !chain.contains(&l) {
                chain.push(l);
            }
        }
        chain
    }

    /// The locale as a unic-langid identifier (what Fluent bundles are keyed by). Parsed
    /// once per process: every translated string of a response asks for it, once per
    /// locale of its fallback chain.
    pub fn langid(self) -> LanguageIdentifier {
        static PARSED: LazyLock<[LanguageIdentifier; Locale::ALL.len()]> = LazyLock::new(|| {
            Locale::ALL.map(|l| {
                l.tag()
                    .parse()
                    .expect("every Locale::tag is a valid language identifier")
            })
        });
        // `ALL` is in declaration order; every_tag_round_trips_… checks each locale.
        PARSED[self as usize].clone()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Locale {
    type Err = UnsupportedLocale;

    /// Same as [`Locale::from_tag`], with an error that lists the supported tags.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::from_tag(s).ok_or_else(|| UnsupportedLocale {
            value: s.to_owned(),
        })
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The outcome of language negotiation for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Negotiated {
    /// The locale to answer in (name it in `Content-Language`).
    pub locale: Locale,
    /// What the client asked for, as given: the `?lang=` value, else the first language
    /// range of `Accept-Language`; `None` when neither was sent. Lets a response say
    /// that it answered in `en` although `sw` was asked for.
    pub requested: Option<String>,
}

/// A `?lang=` value that names no supported locale (the API answers 400 with this text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "“{value}” is not a supported language; use one of: {}",
    supported_tags()
)]
pub struct UnsupportedLocale {
    /// The value as given.
    pub value: String,
}

fn supported_tags() -> String {
    Locale::ALL.map(Locale::tag).join(", ")
}

// An Accept-Language header is attacker-controlled; this many ranges is more than any
// browser sends, and bounds the matching work (each range is tried against 15 locales).
const MAX_ACCEPT_RANGES: usize = 32;

/// Picks the locale for a request (DESIGN.md "Conventions": `?lang=` beats
/// `Accept-Language`).
///
/// - `?lang=` may be a supported tag or anything that negotiates to one (`zh-TW`, `pt-BR`,
///   `en-GB`); an unsupported or malformed value is an error, so the API can answer 400
///   naming the accepted tags. A blank value counts as not given.
/// - `Accept-Language` is matched range by range in the order sent (fluent-langneg ignores
///   q-values; browsers list ranges in descending preference anyway). A header with nothing
///   supported, `*` or garbage falls back to [`Locale::En`] without error.
pub fn negotiate(
    lang_param: Option<&str>,
    accept_language: Option<&str>,
) -> Result<Negotiated, UnsupportedLocale> {
    if let Some(raw) = lang_param.map(str::trim).filter(|s| !s.is_empty()) {
        let unsupported = || UnsupportedLocale {
            value: raw.to_owned(),
        };
        // A single tag, never a list: "en,fr" or "en;q=1" is malformed here.
        let id: LanguageIdentifier = raw.parse().map_err(|_| unsupported())?;
        let locale = best_match(&[id]).ok_or_else(unsupported)?;
        return Ok(Negotiated {
            locale,
            requested: Some(raw.to_owned()),
        });
    }

    let header = accept_language.map(str::trim).filter(|s| !s.is_empty());
    let Some(header) = header else {
        return Ok(Negotiated {
            locale: Locale::En,
            requested: None,
        });
    };
    let requested = header
        .split(',')
        .map(|range| range.split(';').next().unwrap_or("").trim())
        .find(|range| !range.is_empty())
        .map(str::to_owned);
    // Whitespace carries no meaning in the header (RFC 9110 allows it around `,` and `;`),
    // but fluent-langneg's parser only trims around commas, so "ja ; q=1" would be lost.
    let compact: String = header.split_whitespace().collect();
    let mut ranges = parse_accepted_languages(&compact);
    ranges.truncate(MAX_ACCEPT_RANGES);
    let locale = best_match(&ranges).unwrap_or(Locale::En);
    Ok(Negotiated { locale, requested })
}

/// The first supported locale that fluent-langneg matches for `requested` (in order).
fn best_match(requested: &[LanguageIdentifier]) -> Option<Locale> {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().cloned().map(with_chinese_script).collect();
    let available = Locale::ALL.map(Locale::langid);
    let found = negotiate_languages(&requested, &available, None, NegotiationStrategy::Lookup);
    let id = found.first()?;
    Locale::ALL.into_iter().find(|l| l.langid() == **id)
}

/// Gives a script-less Chinese tag the script its readers use, because clients send
/// `zh-TW`/`zh-HK`/`zh-MO` (Traditional) and `zh-CN`/`zh-SG`/`zh` (Simplified) far more
/// often than `zh-Hant`/`zh-Hans`, and fluent-langneg's built-in likely-subtags table does
/// not reliably turn those regions into scripts (DESIGN.md "Locales").
fn with_chinese_script(mut id: LanguageIdentifier) -> LanguageIdentifier {
    if id.language.as_str() == "zh" && id.script.is_none() {
        let traditional = matches!(
            id.region.as_ref().map(|r| r.as_str()),
            Some("TW" | "HK" | "MO")
        );
        let script = if traditional { "Hant" } else { "Hans" };
        id.script = Some(
            script
                .parse::<Script>()
                .expect("Hans and Hant are valid scripts"),
        );
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn from_header(header: &str) -> Locale {
        negotiate(None, Some(header))
            .expect("a header never fails")
            .locale
    }

    #[test]
    fn every_tag_round_trips_through_from_tag_lang_param_and_serde() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
            assert_eq!(Locale::from_tag(&locale.tag().to_uppercase()), Some(locale));
            let n = negotiate(Some(locale.tag()), Some("de")).unwrap();
            assert_eq!(n.locale, locale, "?lang={}", locale.tag());
            assert_eq!(n.requested.as_deref(), Some(locale.tag()));
            assert_eq!(locale.langid().to_string(), locale.tag());
            let json = serde_json::to_string(&locale).unwrap();
            assert_eq!(json, format!("\"{}\"", locale.tag()));
            assert_eq!(serde_json::from_str::<Locale>(&json).unwrap(), locale);
        }
    }

    #[test]
    fn from_tag_accepts_only_exact_supported_tags() {
        assert_eq!(Locale::from_tag("zh-hans"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh-TW"), None);
        assert_eq!(Locale::from_tag("en-GB"), None);
        assert_eq!(Locale::from_tag(""), None);
        assert!(serde_json::from_str::<Locale>("\"sw\"").is_err());
    }

    #[test]
    fn accept_language_aliases_map_to_supported_locales() {
        let table = [
            ("zh-CN", Locale::ZhHans),
            ("zh-SG", Locale::ZhHans),
            ("zh", Locale::ZhHans),
            ("zh-Hans", Locale::ZhHans),
            ("zh-Hans-CN", Locale::ZhHans),
            ("zh-Hans-HK", Locale::ZhHans),
            ("zh-HK", Locale::ZhHant),
            ("zh-TW", Locale::ZhHant),
            ("zh-MO", Locale::ZhHant),
            ("zh-Hant", Locale::ZhHant),
            ("zh-Hant-TW", Locale::ZhHant),
            ("zh-Hant-CN", Locale::ZhHant),
            ("zh-tw", Locale::ZhHant),
            ("en-GB", Locale::En),
            ("en-US", Locale::En),
            ("pt-BR", Locale::Pt),
            ("pt-PT", Locale::Pt),
            ("ms-MY", Locale::Ms),
            ("id-ID", Locale::Id),
            ("ja-JP", Locale::Ja),
            ("ko-KR", Locale::Ko),
            ("ar-EG", Locale::Ar),
            ("fr-CA", Locale::Fr),
            ("es-419", Locale::Es),
            ("de-AT", Locale::De),
            ("th-TH", Locale::Th),
            ("vi-VN", Locale::Vi),
            ("ru-RU", Locale::Ru),
        ];
        for (header, expected) in table {
            assert_eq!(from_header(header), expected, "Accept-Language: {header}");
            let n = negotiate(Some(header), None).unwrap();
            assert_eq!(n.locale, expected, "?lang={header}");
        }
    }

    #[test]
    fn accept_language_takes_the_first_supported_range() {
        assert_eq!(from_header("sw-KE, fr;q=0.8, en;q=0.5"), Locale::Fr);
        assert_eq!(
            from_header("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7"),
            Locale::ZhHant
        );
        assert_eq!(from_header("nl-NL,nl;q=0.9,de;q=0.8"), Locale::De);
        assert_eq!(from_header(" ja ; q=1 , en "), Locale::Ja);
    }

    #[test]
    fn accept_language_with_nothing_supported_falls_back_to_english() {
        for header in [
            "*",
            "sw",
            "nl-NL, sv;q=0.5",
            "",
            ";;;,,,",
            "日本語",
            "q=0.5",
            "x-klingon",
        ] {
            let n = negotiate(None, Some(header)).unwrap();
            assert_eq!(n.locale, Locale::En, "Accept-Language: {header:?}");
        }
        assert_eq!(
            negotiate(None, None).unwrap(),
            Negotiated {
                locale: Locale::En,
                requested: None
            }
        );
    }

    #[test]
    fn lang_param_beats_accept_language() {
        let n = negotiate(Some("ko"), Some("ja, en")).unwrap();
        assert_eq!(n.locale, Locale::Ko);
        assert_eq!(n.requested.as_deref(), Some("ko"));
    }

    #[test]
    fn requested_is_the_first_range_of_the_header() {
        let n = negotiate(None, Some("sw-KE;q=0.9, fr")).unwrap();
        assert_eq!(n.requested.as_deref(), Some("sw-KE"));
        assert_eq!(n.locale, Locale::Fr);
    }

    #[test]
    fn blank_lang_param_counts_as_not_given() {
        assert_eq!(negotiate(Some(""), Some("ja")).unwrap().locale, Locale::Ja);
        assert_eq!(negotiate(Some("  "), None).unwrap().locale, Locale::En);
    }

    #[test]
    fn unsupported_or_malformed_lang_param_is_an_error_naming_the_accepted_tags() {
        for bad in [
            "sw",
            "xx-YY",
            "en,fr",
            "en;q=1",
            "*",
            "!!",
            "toolongtobealanguage",
            "nl",
        ] {
            let err = negotiate(Some(bad), Some("en")).unwrap_err();
            assert_eq!(err.value, bad);
            let text = err.to_string();
            assert!(text.contains("zh-Hant") && text.contains("ms"), "{text}");
        }
    }

    #[test]
    fn fallback_chains_follow_the_design() {
        use Locale::*;
        assert_eq!(ZhHant.fallback_chain(), vec![ZhHant, ZhHans, En]);
        assert_eq!(Ja.fallback_chain(), vec![Ja, En, ZhHans]);
        assert_eq!(En.fallback_chain(), vec![En, ZhHans]);
        assert_eq!(ZhHans.fallback_chain(), vec![ZhHans, En]);
        for l in Locale::ALL {
            let chain = l.fallback_chain();
            assert_eq!(chain[0], l);
            assert!(chain.contains(&En) && chain.contains(&ZhHans));
        }
    }

    #[test]
    fn only_arabic_is_right_to_left() {
        for l in Locale::ALL {
            let expected = if l == Locale::Ar {
                TextDirection::Rtl
            } else {
                TextDirection::Ltr
            };
            assert_eq!(l.direction(), expected);
        }
        assert_eq!(
            serde_json::to_string(&TextDirection::Rtl).unwrap(),
            "\"rtl\""
        );
        assert_eq!(Locale::ZhHant.native_name(), "繁體中文");
    }

    #[test]
    fn a_long_header_is_handled_quickly() {
        let header = "xx-YY;q=0.1, ".repeat(400) + "fr";
        assert!(header.len() > 4000);
        let start = std::time::Instant::now();
        // Only the first ranges count, so fr (far down the list) is not reached.
        assert_eq!(from_header(&header), Locale::En);
        assert!(start.elapsed() < std::time::Duration::from_millis(200));
    }

    proptest! {
        #[test]
        fn arbitrary_headers_and_params_never_panic(header in ".{0,3000}", param in ".{0,40}") {
            let _ = negotiate(None, Some(&header));
            let _ = negotiate(Some(&param), Some(&header));
        }

        #[test]
        fn header_like_strings_never_panic(header in "([a-zA-Z*]{0,9}(-[a-zA-Z0-9]{0,9}){0,3}(;q=[0-9.]{0,4})?, ?){0,50}") {
            let _ = negotiate(None, Some(&header));
        }
    }
}

//! Translated text: one value per locale ([`Texts`]) and the value picked for a request
//! ([`Localized`]), which says which locale it is in and whether that is a fallback
//! (DESIGN.md "Conventions": requested -> base language -> en -> zh-Hans).
//!
//! This is the one home of "pick the translation": the server's responses, the offline
//! bundle and the app core all call [`Texts::pick`], so a place, a zone, a route or an
//! event falls back the same way everywhere.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::locale::Locale;

/// A value in the locale a request asked for, or the best fallback.
///
/// Serialized flat: the value's own fields beside `locale` and `fallback`, which is how
/// every translated object in the API and the offline bundle carries them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Localized<T> {
    /// The text itself.
    #[serde(flatten)]
    pub value: T,
    /// The locale the text is in.
    pub locale: Locale,
    /// True when `locale` is not the locale that was asked for.
    #[serde(default, skip_serializing_if = "is_false")]
    pub fallback: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl<T> Localized<T> {
    /// Applies `f` to the value, keeping locale and fallback.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Localized<U> {
        Localized {
            value: f(self.value),
            locale: self.locale,
            fallback: self.fallback,
        }
    }
}

impl<T: Clone> Localized<&T> {
    /// An owned copy.
    pub fn cloned(self) -> Localized<T> {
        self.map(T::clone)
    }
}

/// One value per locale (names and summaries of a place, directions of a route leg, …).
///
/// Kept as a short list sorted by locale rather than a tree map: a catalogue holds one per
/// place and per text, a tree map's node has room for eleven entries whatever the count
/// (about 300 bytes lost per place at eight locales), and fifteen locales at most are
/// searched as fast in a list. Serialized as a map keyed by locale tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Texts<T>(Vec<(Locale, T)>);

impl<T> Default for Texts<T> {
    fn default() -> Self {
        Texts(Vec::new())
    }
}

impl<T> Texts<T> {
    /// No text in any locale.
    pub fn new() -> Self {
        Texts::default()
    }

    /// Sets the text of one locale.
    pub fn insert(&mut self, locale: Locale, value: T) {
        match self.0.binary_search_by_key(&locale, |(l, _)| *l) {
            Ok(at) => self.0[at].1 = value,
            Err(at) => self.0.insert(at, (locale, value)),
        }
    }

    /// The text written in exactly `locale`, without fallback.
    pub fn get(&self, locale: Locale) -> Option<&T> {
        self.entry(locale).map(|(_, t)| t)
    }

    fn entry(&self, locale: Locale) -> Option<&(Locale, T)> {
        self.0.iter().find(|(l, _)| *l == locale)
    }

    /// Whether no locale has a text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of locales with a text.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Every (locale, text), in [`Locale`] order.
    pub fn iter(&self) -> impl Iterator<Item = (Locale, &T)> {
        self.0.iter().map(|(l, t)| (*l, t))
    }

    /// The locales that have a text.
    pub fn locales(&self) -> impl Iterator<Item = Locale> + '_ {
        self.0.iter().map(|(l, _)| *l)
    }

    /// The best text for `locale`: the first locale of its fallback chain that has one,
    /// else any text at all (so an object never goes nameless); `None` only when there is
    /// no text in any locale.
    pub fn pick(&self, locale: Locale) -> Option<Localized<&T>> {
        let found = locale
            .fallback_chain()
            .into_iter()
            .find_map(|candidate| self.entry(candidate))
            .or_else(|| self.0.first())?;
        Some(Localized {
            value: &found.1,
            locale: found.0,
            fallback: found.0 != locale,
        })
    }
}

impl<T> FromIterator<(Locale, T)> for Texts<T> {
    /// The last value of a locale given twice wins (as with `insert`).
    fn from_iter<I: IntoIterator<Item = (Locale, T)>>(iter: I) -> Self {
        let by_locale: BTreeMap<Locale, T> = iter.into_iter().collect();
        Texts(by_locale.into_iter().collect())
    }
}

impl<T: Serialize> Serialize for Texts<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Texts<T> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        BTreeMap::<Locale, T>::deserialize(deserializer).map(|m| Texts(m.into_iter().collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Picks among texts in `have` for `want`: the chosen locale and the fallback flag.
    fn pick(have: &[Locale], want: Locale) -> Option<(Locale, bool)> {
        let texts: Texts<&str> = have.iter().map(|l| (*l, l.tag())).collect();
        texts.pick(want).map(|p| {
            assert_eq!(*p.value, p.locale.tag(), "the value is the chosen locale's");
            (p.locale, p.fallback)
        })
    }

    #[test]
    fn exact_match_is_not_a_fallback() {
        assert_eq!(
            pick(&[Locale::En, Locale::Ja], Locale::Ja),
            Some((Locale::Ja, false))
        );
    }

    #[test]
    fn missing_locale_falls_back_to_english_then_chinese() {
        assert_eq!(
            pick(&[Locale::ZhHans, Locale::En], Locale::Ko),
            Some((Locale::En, true))
        );
        assert_eq!(
            pick(&[Locale::ZhHans], Locale::Ar),
            Some((Locale::ZhHans, true))
        );
    }

    #[test]
    fn traditional_chinese_prefers_simplified_over_english() {
        assert_eq!(
            pick(&[Locale::En, Locale::ZhHans], Locale::ZhHant),
            Some((Locale::ZhHans, true))
        );
    }

    #[test]
    fn any_text_beats_none_and_nothing_gives_none() {
        assert_eq!(pick(&[Locale::Fr], Locale::Ja), Some((Locale::Fr, true)));
        assert_eq!(pick(&[], Locale::En), None);
    }

    #[test]
    fn localized_serializes_flat_and_omits_false_fallback() {
        #[derive(Serialize, Deserialize, Debug, PartialEq)]
        struct Name {
            name: String,
        }
        let exact = Localized {
            value: Name {
                name: "Canton Tower".into(),
            },
            locale: Locale::En,
            fallback: false,
        };
        let json = serde_json::to_value(&exact).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"name": "Canton Tower", "locale": "en"})
        );
        assert_eq!(
            serde_json::from_value::<Localized<Name>>(json).unwrap(),
            exact
        );
        let fell_back = Localized {
            fallback: true,
            ..exact
        };
        assert_eq!(serde_json::to_value(&fell_back).unwrap()["fallback"], true);
    }

    #[test]
    fn texts_are_a_map_keyed_by_tag() {
        let t: Texts<String> =
            serde_json::from_str(r#"{"zh-Hans": "广州塔", "en": "Canton Tower"}"#).unwrap();
        assert_eq!(t.get(Locale::ZhHans).map(String::as_str), Some("广州塔"));
        assert!(serde_json::from_str::<Texts<String>>(r#"{"xx": "?"}"#).is_err());
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"en":"Canton Tower","zh-Hans":"广州塔"}"#,
            "written back as a map in locale order"
        );
    }

    #[test]
    fn insert_keeps_one_text_per_locale_in_locale_order() {
        let mut t = Texts::new();
        t.insert(Locale::Ja, "ja");
        t.insert(Locale::En, "en");
        t.insert(Locale::Ja, "ja again");
        let from_iter: Texts<&str> = [
            (Locale::Ja, "ja"),
            (Locale::En, "en"),
            (Locale::Ja, "ja again"),
        ]
        .into_iter()
        .collect();
        assert_eq!(t, from_iter);
        assert_eq!(t.len(), 2);
        assert_eq!(t.get(Locale::Ja), Some(&"ja again"));
        assert_eq!(t.locales().collect::<Vec<_>>(), [Locale::En, Locale::Ja]);
    }
}

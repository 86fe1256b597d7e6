//! Text search a visitor can use (issue "One typed catalogue", point 3): what a query and a
//! place's texts are broken into, and how well a place matches — the ranking code the
//! server and the app core share.
//!
//! A visitor types Chinese with or without spaces (`广州 塔`, `上下九`), pinyin without tones
//! (`guangzhouta`, `guangzhou ta`, `gzt`), Latin words with typos (`cantn towr`), the start
//! of a word while typing (`can`), or a native name in Japanese, Korean, Russian or Arabic.
//! The query is always plain text: quotes, colons, brackets, `*`, `~` and `-` are
//! separators like spaces, never syntax.
//!
//! How a text is compared:
//! - Latin, Greek and Cyrillic letters are lower-cased and stripped of accents
//!   (`Café` = `cafe`), full-width forms become ASCII, Arabic vowel marks are ignored;
//! - Han, kana, Hangul and Thai, which are written without spaces between words, are
//!   compared as one run of characters with the spaces removed, so `广州 塔` = `广州塔`;
//!   a server index finds candidates by their character bigrams;
//! - a Chinese name also has its toneless pinyin: the syllables, the syllables joined,
//!   runs of 2–4 joined syllables, and the initials (`gzt`, or their start from three
//!   letters on: `zjcl` for 珠江茶楼酒家).
//!
//! [`classify`] decides, for one place, whether it matches and how well ([`Tier`]): the
//! whole name exactly, then the name's start (search as you type), then every word, then
//! every word within a small edit distance (one edit up to 5 letters, two beyond; none
//! below 3 letters), then the summary, address or tags. The server uses an index only to
//! find candidates quickly, then ranks them with this same function, so the phone (which
//! simply classifies every place it holds) returns the same places in the same order.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::locale::Locale;

/// Longest accepted query, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// How well a place matches, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Tier {
    /// The query is a whole name (or its pinyin, or its initials).
    Exact,
    /// A name starts with the query.
    Prefix,
    /// Every word of the query is a word of a name (the last one may be unfinished).
    Words,
    /// Every word is in a name within a small edit distance.
    Fuzzy,
    /// Every word is in the summary, the address or the tags.
    Other,
}

impl Tier {
    /// Every tier, best first.
    pub const ALL: [Tier; 5] = [
        Tier::Exact,
        Tier::Prefix,
        Tier::Words,
        Tier::Fuzzy,
        Tier::Other,
    ];
}

/// Which text of a place matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum MatchField {
    /// A name in some language (the match's `locale` says which).
    Name,
    /// The Chinese name.
    NameZh,
    /// The pinyin of the Chinese name.
    Pinyin,
    /// The summary.
    Summary,
    /// The translated address.
    Address,
    /// The Chinese address.
    AddressZh,
    /// A tag.
    Tag,
}

/// How a place matched a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Match {
    /// How well.
    pub tier: Tier,
    /// Which text.
    pub field: MatchField,
    /// The language of that text, for names, summaries and addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<Locale>,
}

/// A text broken into what search compares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analyzed {
    /// Words of letter-spaced scripts, folded (lower case, no accents).
    pub words: Vec<String>,
    /// The characters of scripts written without spaces (Han, kana, Hangul, Thai), in
    /// order, with everything between them dropped.
    pub cjk: String,
    /// The whole text folded with every separator removed (`canton tower` ->
    /// `cantontower`, `广州 塔` -> `广州塔`): what "exact" and "starts with" compare.
    pub squashed: String,
}

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0E7F            // Thai
        | 0x1100..=0x11FF          // Hangul Jamo
        | 0x3005 | 0x3007          // 々 〇
        | 0x3040..=0x30FF          // Hiragana, Katakana
        | 0x3130..=0x318F          // Hangul compatibility Jamo
        | 0x31F0..=0x31FF          // Katakana extensions
        | 0x3400..=0x4DBF          // CJK extension A
        | 0x4E00..=0x9FFF          // CJK unified ideographs
        | 0xAC00..=0xD7AF          // Hangul syllables
        | 0xF900..=0xFAFF          // CJK compatibility ideographs
        | 0xFF66..=0xFF9F          // half-width Katakana
        | 0x20000..=0x3134F) // CJK extensions B–G
}

/// Appends `c` folded for comparison: lower case, accents removed from Latin, Greek and
/// Cyrillic letters, full-width ASCII as ASCII.
fn fold_into(c: char, out: &mut String) {
    let c = match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    match c {
        'đ' | 'Đ' => out.push('d'),
        c if (c as u32) < 0x0530 || (0x1E00..0x2000).contains(&(c as u32)) => {
            unicode_normalization::char::decompose_canonical(c, |d| {
                if !unicode_normalization::char::is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
        c => out.extend(c.to_lowercase()),
    }
}

/// Breaks `text` into words, the run of unspaced-script characters and the squashed form.
pub fn analyze(text: &str) -> Analyzed {
    let mut a = Analyzed::default();
    let mut word = String::new();
    let flush = |word: &mut String, a: &mut Analyzed| {
        if !word.is_empty() {
            a.squashed.push_str(word);
            a.words.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        // ASCII first: most names in Latin letters are all ASCII, and the general path
        // below (script, combining-mark and decomposition tables) gives the same answer.
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else {
                flush(&mut word, &mut a);
            }
        } else if is_cjk(c) {
            flush(&mut word, &mut a);
            a.cjk.push(c);
            a.squashed.push(c);
        } else if unicode_normalization::char::is_combining_mark(c) {
            // Arabic vowel marks and other diacritics written apart: ignored, the word goes
            // on (Unicode counts some of them as letters, so this test comes first).
        } else if c.is_alphanumeric() {
            fold_into(c, &mut word);
        } else {
            flush(&mut word, &mut a);
        }
    }
    flush(&mut word, &mut a);
    a
}

/// The index terms of an unspaced-script run: every character, and every pair of
/// neighbouring characters (a query of two or more characters is found by its pairs).
pub fn cjk_grams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    let mut grams: Vec<String> = chars.iter().map(|c| c.to_string()).collect();
    grams.extend(chars.windows(2).map(|w| w.iter().collect()));
    grams
}

/// The grams a query's unspaced-script run must all have: its pairs, or the character
/// itself when it is one character long.
pub fn cjk_query_grams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() == 1 {
        vec![run.to_owned()]
    } else {
        chars.windows(2).map(|w| w.iter().collect()).collect()
    }
}

/// The toneless pinyin of a Chinese name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pinyin {
    /// One entry per Han character (and per Latin word or number inside the name).
    pub syllables: Vec<String>,
    /// The syllables joined: `guangzhouta`.
    pub joined: String,
    /// First letters of the Han syllables (`gzt`); empty below two Han characters.
    pub initials: String,
    /// Every run of 2 to 4 neighbouring Han syllables, joined (`guangzhou`, `zhouta`, …);
    /// Latin words and numbers inside the name end a run (they are words of their own).
    pub runs: Vec<String>,
}

impl Pinyin {
    /// Whether there is any pinyin (the name has Han characters).
    pub fn is_empty(&self) -> bool {
        self.joined.is_empty()
    }
}

/// The pinyin of `name_zh` (first reading of each character; no tones).
pub fn pinyin(name_zh: &str) -> Pinyin {
    use pinyin::ToPinyin;
    let mut p = Pinyin::default();
    let mut han = 0;
    let mut word = String::new();
    // The Han syllables between two Latin words or numbers, for the runs.
    let mut segments: Vec<Vec<&str>> = vec![Vec::new()];
    for c in name_zh.chars() {
        if let Some(py) = c.to_pinyin() {
            if !word.is_empty() {
                p.syllables.push(std::mem::take(&mut word));
            }
            p.syllables.push(py.plain().to_owned());
            segments
                .last_mut()
                .expect("one segment at least")
                .push(py.plain());
            p.initials.push_str(py.first_letter());
            han += 1;
        } else if c.is_alphanumeric() && !is_cjk(c) {
            if word.is_empty() {
                segments.push(Vec::new());
            }
            fold_into(c, &mut word);
        } else if !word.is_empty() {
            p.syllables.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        p.syllables.push(word);
    }
    if han == 0 {
        return Pinyin::default();
    }
    if han < 2 {
        p.initials.clear();
    }
    p.joined = p.syllables.concat();
    for len in 2..=4 {
        for segment in &segments {
            for w in segment.windows(len) {
                p.runs.push(w.concat());
            }
        }
    }
    p
}

/// The edit distance a word of `len` characters may be off by and still match.
pub fn allowed_edits(len: usize) -> u8 {
    match len {
        0..=2 => 0,
        3..=5 => 1,
        _ => 2,
    }
}

/// Why a query is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the search text is {chars} characters long; at most {max} are accepted")]
pub struct QueryTooLong {
    /// Its length.
    pub chars: usize,
    /// The limit, [`MAX_QUERY_CHARS`].
    pub max: usize,
}

/// A visitor's search text, analyzed once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    /// The analysis (words, unspaced run, squashed form).
    pub text: Analyzed,
}

impl Query {
    /// Analyzes `text`. `Ok(None)` when it holds nothing searchable (only punctuation or
    /// spaces): such a query matches nothing.
    pub fn parse(text: &str) -> Result<Option<Query>, QueryTooLong> {
        let chars = text.chars().count();
        if chars > MAX_QUERY_CHARS {
            return Err(QueryTooLong {
                chars,
                max: MAX_QUERY_CHARS,
            });
        }
        let text = analyze(text);
        Ok((!text.squashed.is_empty()).then_some(Query { text }))
    }

    /// The words; the last one may be unfinished (search as you type).
    pub fn words(&self) -> &[String] {
        &self.text.words
    }

    /// The unspaced-script run, possibly empty.
    pub fn cjk(&self) -> &str {
        &self.text.cjk
    }

    /// The squashed form.
    pub fn squashed(&self) -> &str {
        &self.text.squashed
    }
}

impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text.squashed)
    }
}

/// The texts of one place that search looks at. Borrowed, so the server and the app can
/// build it from their own records without copying.
#[derive(Debug, Clone, Default)]
pub struct SearchDoc<'a> {
    /// The Chinese name.
    pub name_zh: &'a str,
    /// Names in every language known (the app has one language plus the other names).
    pub names: Vec<(Option<Locale>, &'a str)>,
    /// The summary in the reader's language.
    pub summary: Option<(Locale, &'a str)>,
    /// The address in the reader's language.
    pub address: Option<(Locale, &'a str)>,
    /// The Chinese address.
    pub address_zh: Option<&'a str>,
    /// Tags.
    pub tags: &'a [String],
}

/// Whether every query word is among `words` (the last may be the start of one) and the
/// query's unspaced run is inside `cjk`.
fn words_match(q: &Query, a: &Analyzed) -> bool {
    if q.words().is_empty() && q.cjk().is_empty() {
        return false;
    }
    let last = q.words().len().saturating_sub(1);
    q.words().iter().enumerate().all(|(i, w)| {
        a.words
            .iter()
            .any(|x| x == w || (i == last && x.starts_with(w.as_str())))
    }) && a.cjk.contains(q.cjk())
}

/// Whether every query word is among `words` within its allowed edits (or as above) and
/// the unspaced run is inside `cjk`. Needs at least one word.
fn fuzzy_match(q: &Query, a: &Analyzed) -> bool {
    if q.words().is_empty() {
        return false;
    }
    let last = q.words().len() - 1;
    q.words().iter().enumerate().all(|(i, w)| {
        let edits = usize::from(allowed_edits(w.chars().count()));
        a.words.iter().any(|x| {
            x == w
                || (i == last && x.starts_with(w.as_str()))
                || (edits > 0 && strsim::osa_distance(w, x) <= edits)
        })
    }) && a.cjk.contains(q.cjk())
}

/// How well one name matches.
fn name_tier(q: &Query, a: &Analyzed) -> Option<Tier> {
    if a.squashed.is_empty() {
        None
    } else if q.squashed() == a.squashed {
        Some(Tier::Exact)
    } else if a.squashed.starts_with(q.squashed()) {
        Some(Tier::Prefix)
    } else if words_match(q, a) {
        Some(Tier::Words)
    } else if fuzzy_match(q, a) {
        Some(Tier::Fuzzy)
    } else {
        None
    }
}

/// How well the pinyin of the Chinese name matches (queries in Latin letters only).
fn pinyin_tier(q: &Query, p: &Pinyin) -> Option<Tier> {
    if p.is_empty() || !q.cjk().is_empty() {
        return None;
    }
    let s = q.squashed();
    let n = s.chars().count();
    if s == p.joined || (n >= 2 && s == p.initials) {
        Some(Tier::Exact)
    } else if (n >= 2 && p.joined.starts_with(s)) || (n >= 3 && p.initials.starts_with(s)) {
        // Initials typed while the name is not finished (`zjcl` for 珠江茶楼酒家); two
        // letters start too many names to rank them first.
        Some(Tier::Prefix)
    } else if p.runs.iter().any(|r| r == s)
        || words_match(
            q,
            &Analyzed {
                words: p.syllables.clone(),
                ..Default::default()
            },
        )
    {
        Some(Tier::Words)
    } else if allowed_edits(n) > 0
        && strsim::osa_distance(s, &p.joined) <= usize::from(allowed_edits(n))
    {
        Some(Tier::Fuzzy)
    } else {
        None
    }
}

/// A place's names analyzed once (each distinct name, the Chinese name and its pinyin):
/// what the server's search index is built from. ([`classify`] analyzes the same names
/// one at a time, only while a better match is still possible.)
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PreparedNames {
    name_zh: Analyzed,
    /// Each distinct name once, with the first locale that has it.
    names: Vec<(Option<Locale>, Analyzed)>,
    pinyin: Pinyin,
}

impl PreparedNames {
    /// The analysis of a Chinese name and the names in other languages.
    pub fn new(name_zh: &str, names: &[(Option<Locale>, &str)]) -> PreparedNames {
        PreparedNames {
            name_zh: analyze(name_zh),
            names: distinct_names(names)
                .map(|(locale, name)| (locale, analyze(name)))
                .collect(),
            pinyin: pinyin(name_zh),
        }
    }

    /// The Chinese name's pinyin.
    pub fn pinyin(&self) -> &Pinyin {
        &self.pinyin
    }

    /// The Chinese name and each distinct name, analyzed.
    pub fn analyzed(&self) -> impl Iterator<Item = &Analyzed> {
        std::iter::once(&self.name_zh).chain(self.names.iter().map(|(_, a)| a))
    }
}

/// Each distinct name once, with the first locale that has it (a name shared by several
/// locales matches the same way in each, and the first of equal matches is the one shown).
fn distinct_names<'a>(
    names: &'a [(Option<Locale>, &'a str)],
) -> impl Iterator<Item = (Option<Locale>, &'a str)> {
    names
        .iter()
        .enumerate()
        .filter(|(i, (_, name))| !names[..*i].iter().any(|(_, seen)| seen == name))
        .map(|(_, named)| *named)
}

/// How well a place matches `q`, or `None` if it does not. Names (in every language, the
/// Chinese name and its pinyin) rank by [`Tier`]; the summary, address and tags only ever
/// give [`Tier::Other`]. Among equal tiers the first text wins: the Chinese name, then
/// names in [`Locale`] order, then pinyin.
pub fn classify(q: &Query, doc: &SearchDoc<'_>) -> Option<Match> {
    // Each name is analyzed only while a better tier is still possible: nothing beats an
    // exact match, and the first of equal tiers stays, so the rest cannot change it.
    let mut names = Best::default();
    names.consider(
        name_tier(q, &analyze(doc.name_zh)),
        MatchField::NameZh,
        None,
    );
    for (locale, name) in distinct_names(&doc.names) {
        if names.is_exact() {
            break;
        }
        names.consider(name_tier(q, &analyze(name)), MatchField::Name, locale);
    }
    if !names.is_exact() {
        names.consider(
            pinyin_tier(q, &pinyin(doc.name_zh)),
            MatchField::Pinyin,
            None,
        );
    }
    if names.0.is_some() {
        return names.0;
    }
    let mut other = Best::default();
    let tier = |text: &str| words_match(q, &analyze(text)).then_some(Tier::Other);
    if let Some((locale, summary)) = doc.summary {
        other.consider(tier(summary), MatchField::Summary, Some(locale));
    }
    if let Some((locale, address)) = doc.address {
        other.consider(tier(address), MatchField::Address, Some(locale));
    }
    if let Some(address_zh) = doc.address_zh {
        other.consider(tier(address_zh), MatchField::AddressZh, None);
    }
    if !doc.tags.is_empty() {
        other.consider(tier(&doc.tags.join(" ")), MatchField::Tag, None);
    }
    other.0
}

/// Tiers a result may fall below the best match of the same search and still be shown.
pub const REACH: u8 = 2;

/// Keeps the matches within [`REACH`] tiers of the best one: when a visitor types a whole
/// name, places that only mention a word of it in their summary are noise; when nothing
/// matches by name, they are the answer. Decided over everything that matched, before any
/// other filter, so a filter never changes which matches count.
pub fn relevant<T>(matches: Vec<(T, Match)>) -> Vec<(T, Match)> {
    let Some(best) = matches.iter().map(|(_, m)| m.tier).min() else {
        return matches;
    };
    matches
        .into_iter()
        .filter(|(_, m)| within_reach(best, m.tier))
        .collect()
}

/// Whether a match at `tier` is shown when the best match of the same search is at
/// `best` (see [`relevant`]).
pub fn within_reach(best: Tier, tier: Tier) -> bool {
    tier as u8 <= best as u8 + REACH
}

/// The best match seen so far; the first of equal tiers stays.
#[derive(Default)]
struct Best(Option<Match>);

impl Best {
    fn is_exact(&self) -> bool {
        self.0.is_some_and(|m| m.tier == Tier::Exact)
    }

    fn consider(&mut self, tier: Option<Tier>, field: MatchField, locale: Option<Locale>) {
        if let Some(tier) = tier
            && self.0.is_none_or(|b| tier < b.tier)
        {
            self.0 = Some(Match {
                tier,
                field,
                locale,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Query {
        Query::parse(text).unwrap().unwrap()
    }

    fn tower() -> SearchDoc<'static> {
        SearchDoc {
            name_zh: "广州塔",
            names: vec![
                (Some(Locale::En), "Canton Tower"),
                (Some(Locale::Ja), "広州タワー"),
                (Some(Locale::Ko), "광저우 타워"),
                (Some(Locale::Ru), "Кантонская башня"),
                (Some(Locale::Ar), "بُرْج كانتون"),
            ],
            summary: Some((
                Locale::En,
                "The 600-metre TV tower on the Pearl River, with a sky walk.",
            )),
            address: None,
            address_zh: Some("广州市海珠区阅江西路222号"),
            tags: &[],
        }
    }

    fn tier(text: &str) -> Option<(Tier, MatchField)> {
        classify(&q(text), &tower()).map(|m| (m.tier, m.field))
    }

    #[test]
    fn chinese_with_and_without_spaces_and_substrings() {
        assert_eq!(tier("广州塔"), Some((Tier::Exact, MatchField::NameZh)));
        assert_eq!(tier("广州 塔"), Some((Tier::Exact, MatchField::NameZh)));
        assert_eq!(tier("广州"), Some((Tier::Prefix, MatchField::NameZh)));
        assert_eq!(tier("州塔"), Some((Tier::Words, MatchField::NameZh)));
        assert_eq!(tier("阅江西路"), Some((Tier::Other, MatchField::AddressZh)));
        assert_eq!(tier("北京"), None);
    }

    #[test]
    fn pinyin_joined_spaced_initials_prefix_and_typos() {
        assert_eq!(tier("guangzhouta"), Some((Tier::Exact, MatchField::Pinyin)));
        assert_eq!(
            tier("guangzhou ta"),
            Some((Tier::Exact, MatchField::Pinyin))
        );
        assert_eq!(tier("GZT"), Some((Tier::Exact, MatchField::Pinyin)));
        assert_eq!(tier("guangzh"), Some((Tier::Prefix, MatchField::Pinyin)));
        let p = |text: &str, name_zh: &str| {
            classify(
                &q(text),
                &SearchDoc {
                    name_zh,
                    ..Default::default()
                },
            )
            .map(|m| (m.tier, m.field))
        };
        assert_eq!(
            p("zjcl", "珠江茶楼酒家"),
            Some((Tier::Prefix, MatchField::Pinyin))
        );
        assert_eq!(p("zj", "珠江茶楼酒家"), None);
        assert_eq!(tier("zhouta"), Some((Tier::Words, MatchField::Pinyin)));
        assert_eq!(tier("guanzhouta"), Some((Tier::Fuzzy, MatchField::Pinyin)));
    }

    #[test]
    fn latin_exact_prefix_words_and_typos() {
        assert_eq!(tier("Canton Tower"), Some((Tier::Exact, MatchField::Name)));
        assert_eq!(tier("canton-tower"), Some((Tier::Exact, MatchField::Name)));
        assert_eq!(tier("can"), Some((Tier::Prefix, MatchField::Name)));
        assert_eq!(tier("tower"), Some((Tier::Words, MatchField::Name)));
        assert_eq!(tier("tow"), Some((Tier::Words, MatchField::Name)));
        assert_eq!(tier("towr"), Some((Tier::Fuzzy, MatchField::Name)));
        assert_eq!(tier("cantn towr"), Some((Tier::Fuzzy, MatchField::Name)));
        // Two edits only from six letters on; none below three.
        assert_eq!(tier("cnaton"), Some((Tier::Fuzzy, MatchField::Name)));
        assert_eq!(tier("tw"), None);
        assert_eq!(tier("sky walk"), Some((Tier::Other, MatchField::Summary)));
    }

    #[test]
    fn native_names_in_other_scripts() {
        assert_eq!(tier("広州タワー"), Some((Tier::Exact, MatchField::Name)));
        assert_eq!(tier("タワー"), Some((Tier::Words, MatchField::Name)));
        assert_eq!(tier("광저우타워"), Some((Tier::Exact, MatchField::Name)));
        assert_eq!(tier("타워"), Some((Tier::Words, MatchField::Name)));
        assert_eq!(tier("башня"), Some((Tier::Words, MatchField::Name)));
        assert_eq!(tier("башн"), Some((Tier::Words, MatchField::Name)));
        // Arabic with or without vowel marks.
        assert_eq!(tier("برج كانتون"), Some((Tier::Exact, MatchField::Name)));
    }

    #[test]
    fn query_syntax_characters_are_just_text() {
        for text in [
            "\"canton\"",
            "canton:tower",
            "(canton) [tower]",
            "canton*",
            "~canton",
            "-canton",
        ] {
            assert!(tier(text).is_some(), "{text}");
        }
        assert!(Query::parse("*:~-\"()").unwrap().is_none());
        assert!(Query::parse("   ").unwrap().is_none());
    }

    #[test]
    fn overlong_queries_are_refused_with_the_limit() {
        let err = Query::parse(&"a".repeat(MAX_QUERY_CHARS + 1)).unwrap_err();
        assert_eq!(
            err,
            QueryTooLong {
                chars: MAX_QUERY_CHARS + 1,
                max: MAX_QUERY_CHARS
            }
        );
        assert!(Query::parse(&"广".repeat(MAX_QUERY_CHARS)).is_ok());
    }

    #[test]
    fn folding_removes_accents_and_width() {
        assert_eq!(
            analyze("Café Ｋ１１  Ñandú").words,
            ["cafe", "k11", "nandu"]
        );
        assert_eq!(analyze("Đà Nẵng").squashed, "danang");
        assert_eq!(analyze("北京路 步行街").cjk, "北京路步行街");
    }

    #[test]
    fn pinyin_forms() {
        let p = pinyin("广州塔");
        assert_eq!(p.syllables, ["guang", "zhou", "ta"]);
        assert_eq!(
            (p.joined.as_str(), p.initials.as_str()),
            ("guangzhouta", "gzt")
        );
        assert!(p.runs.contains(&"zhouta".to_owned()));
        let ifc = pinyin("IFC国金天地");
        assert_eq!(ifc.syllables, ["ifc", "guo", "jin", "tian", "di"]);
        assert!(ifc.runs.contains(&"guojin".to_owned()));
        assert!(
            !ifc.runs.iter().any(|r| r.contains("ifc")),
            "{:?}",
            ifc.runs
        );
        let branch = pinyin("珠江茶楼5号店");
        assert!(branch.runs.contains(&"zhujiangchalou".to_owned()));
        assert!(branch.runs.contains(&"haodian".to_owned()));
        assert!(
            !branch.runs.iter().any(|r| r.contains('5')),
            "{:?}",
            branch.runs
        );
        assert!(pinyin("Canton").is_empty());
    }

    #[test]
    fn loose_matches_give_way_to_a_whole_name() {
        let m = |tier| Match {
            tier,
            field: MatchField::Name,
            locale: None,
        };
        let kept = relevant(vec![
            (1, m(Tier::Exact)),
            (2, m(Tier::Words)),
            (3, m(Tier::Fuzzy)),
            (4, m(Tier::Other)),
        ]);
        assert_eq!(kept.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2]);
        let kept = relevant(vec![(3, m(Tier::Fuzzy)), (4, m(Tier::Other))]);
        assert_eq!(kept.len(), 2);
        assert!(relevant(Vec::<(u8, Match)>::new()).is_empty());
    }

    #[test]
    fn grams_find_substrings() {
        assert_eq!(cjk_query_grams("州塔"), ["州塔"]);
        assert_eq!(cjk_query_grams("塔"), ["塔"]);
        let grams = cjk_grams("广州塔");
        for g in cjk_query_grams("州塔").iter().chain(&cjk_query_grams("广")) {
            assert!(grams.contains(g), "{g}");
        }
    }
}

//! Picking the text of a translated object for a request's locale, following the
//! fallback chain requested -> base language -> en -> zh-Hans, and saying whether it
//! fell back (DESIGN.md "Conventions").

use guide_domain::Locale;

/// A row that holds texts in one locale.
pub trait Translated {
    /// The row's BCP 47 tag.
    fn locale_tag(&self) -> &str;
}

/// Picks the best row for `locale`: the first locale of its fallback chain that has a
/// row, else any row (so an object is never nameless). Returns the row, the locale it is
/// in, and whether that differs from the requested one.
pub fn pick<T: Translated>(rows: &[T], locale: Locale) -> Option<(&T, Locale, bool)> {
    for candidate in locale.fallback_chain() {
        if let Some(row) = rows.iter().find(|r| r.locale_tag() == candidate.tag()) {
            return Some((row, candidate, candidate != locale));
        }
    }
    let row = rows.first()?;
    let found = Locale::from_tag(row.locale_tag()).unwrap_or(Locale::En);
    Some((row, found, found != locale))
}

macro_rules! translated {
    ($($ty:path),+) => { $(impl Translated for $ty { fn locale_tag(&self) -> &str { &self.locale } })+ };
}

translated!(
    crate::store::entity::place_translation::Model,
    crate::store::entity::zone_translation::Model,
    crate::store::entity::route_translation::Model,
    crate::store::entity::event_translation::Model
);

#[cfg(test)]
mod tests {
    use super::*;

    struct Row(&'static str);
    impl Translated for Row {
        fn locale_tag(&self) -> &str {
            self.0
        }
    }

    #[test]
    fn exact_match_is_not_a_fallback() {
        let rows = [Row("en"), Row("ja")];
        let (row, locale, fallback) = pick(&rows, Locale::Ja).unwrap();
        assert_eq!((row.0, locale, fallback), ("ja", Locale::Ja, false));
    }

    #[test]
    fn missing_locale_falls_back_to_english_then_chinese() {
        let (row, _, fallback) = pick(&[Row("zh-Hans"), Row("en")], Locale::Ko).unwrap();
        assert_eq!((row.0, fallback), ("en", true));
        let (row, _, fallback) = pick(&[Row("zh-Hans")], Locale::Ar).unwrap();
        assert_eq!((row.0, fallback), ("zh-Hans", true));
    }

    #[test]
    fn traditional_chinese_prefers_simplified_over_english() {
        let (row, _, _) = pick(&[Row("en"), Row("zh-Hans")], Locale::ZhHant).unwrap();
        assert_eq!(row.0, "zh-Hans");
    }
}

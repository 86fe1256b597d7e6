//! Fluent messages shared by the server and the app (DESIGN.md "Workspace": `locales/`,
//! "Conventions": problem `title`/`detail` in the request's language).
//!
//! Every `locales/<tag>/*.ftl` file is embedded at build time by fluent-templates
//! (`build.rs` makes cargo rebuild when a file is added or changed). A lookup walks
//! [`Locale::fallback_chain`] (requested -> base language -> en -> zh-Hans), not
//! fluent-templates' own fallback, so the chain is the one DESIGN.md specifies.
//!
//! Fluent's Unicode isolation marks (U+2068/U+2069 around each placeable) are turned off:
//! API text ends up in JSON, logs and terminals, where the invisible marks only break
//! string comparison and copy-paste.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::static_loader;

use crate::locale::Locale;

static_loader! {
    static LOCALES = {
        locales: "../locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A value for a message variable (`{ $name }`).
#[derive(Debug, Clone, PartialEq)]
pub enum MsgArg<'a> {
    /// Text, inserted as is.
    Str(Cow<'a, str>),
    /// A number: selects plural variants (`[one]`, `[other]`) and prints without a
    /// trailing `.0` for whole numbers.
    Num(f64),
}

impl<'a> From<&'a str> for MsgArg<'a> {
    fn from(s: &'a str) -> Self {
        MsgArg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for MsgArg<'_> {
    fn from(s: String) -> Self {
        MsgArg::Str(Cow::Owned(s))
    }
}

impl From<f64> for MsgArg<'_> {
    fn from(n: f64) -> Self {
        MsgArg::Num(n)
    }
}

macro_rules! num_from {
    ($($t:ty),*) => {$(
        impl From<$t> for MsgArg<'_> {
            // Counts and sizes in messages are far below 2^53, where f64 stops being exact.
            #[allow(clippy::cast_precision_loss)]
            fn from(n: $t) -> Self {
                MsgArg::Num(n as f64)
            }
        }
    )*};
}
num_from!(i64, u32, u64, usize);

/// The message `key` in `locale`, falling back along [`Locale::fallback_chain`].
///
/// A key that no locale in the chain can format returns the key itself, so the text
/// stays traceable; that is a bug (a missing message, or a message that needs variables:
/// use [`tr_args`]), and the tests over `locales/` catch it.
pub fn tr(locale: Locale, key: &str) -> String {
    tr_args(locale, key, &[])
}

/// The message `key` in `locale` with its variables filled from `args`, falling back along
/// [`Locale::fallback_chain`]. A translation that fails to format (e.g. it uses a variable
/// that is not passed) is skipped for the next locale in the chain; if none formats, the
/// key itself is returned.
pub fn tr_args(locale: Locale, key: &str, args: &[(&str, MsgArg<'_>)]) -> String {
    let args = fluent_args(args);
    let args = (!args.is_empty()).then_some(&args);
    locale
        .fallback_chain()
        .into_iter()
        .find_map(|l| LOCALES.lookup_single_language(&l.langid(), key, args).ok())
        .unwrap_or_else(|| key.to_owned())
}

/// Whether `locale` itself (not a fallback) defines the message `key`. Tells a response
/// whether its text `fallback`-ed (DESIGN.md "Conventions").
pub fn has_message(locale: Locale, key: &str) -> bool {
    // A message that exists but needs variables fails to format without them; for this
    // question it still exists. fluent-templates does not export its LookupError type, so
    // the variant is told by its Debug name (a test pins this: has_message on a message
    // with variables).
    match LOCALES.lookup_single_language::<&str>(&locale.langid(), key, None) {
        Ok(_) => true,
        Err(e) => format!("{e:?}").starts_with("FluentError("),
    }
}

fn fluent_args<'a>(args: &'a [(&'a str, MsgArg<'a>)]) -> HashMap<&'a str, FluentValue<'a>> {
    args.iter()
        .map(|(name, value)| {
            let value = match value {
                MsgArg::Str(s) => FluentValue::from(s.as_ref()),
                MsgArg::Num(n) => FluentValue::from(*n),
            };
            (*name, value)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_message_is_looked_up_by_key() {
        assert_eq!(tr(Locale::En, "error-not-found-title"), "Not found");
        assert_eq!(tr(Locale::En, "kind-mall"), "Shopping mall");
    }

    #[test]
    fn variables_are_substituted_without_isolation_marks() {
        let text = tr_args(
            Locale::En,
            "error-not-found-detail",
            &[
                ("what", "place".into()),
                ("id", String::from("canton-tower").into()),
            ],
        );
        assert_eq!(text, "There is no place called “canton-tower”.");
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        let wait = tr_args(
            Locale::En,
            "error-too-many-requests-detail",
            &[("seconds", 30u32.into())],
        );
        assert_eq!(wait, "Please wait 30 seconds and try again.");
    }

    #[test]
    fn numbers_select_plural_variants_and_print_without_trailing_zero() {
        assert_eq!(
            tr_args(Locale::En, "minutes", &[("count", 1i64.into())]),
            "1 minute"
        );
        assert_eq!(
            tr_args(Locale::En, "minutes", &[("count", 5usize.into())]),
            "5 minutes"
        );
        assert_eq!(
            tr_args(Locale::En, "distance-km", &[("km", 2.5.into())]),
            "2.5 km"
        );
        assert_eq!(
            tr_args(Locale::En, "distance-m", &[("meters", 300.0.into())]),
            "300 m"
        );
    }

    #[test]
    fn missing_key_returns_the_key() {
        assert_eq!(tr(Locale::En, "no-such-message"), "no-such-message");
        assert_eq!(tr(Locale::Ja, "no-such-message"), "no-such-message");
        assert!(!has_message(Locale::En, "no-such-message"));
    }

    #[test]
    fn every_locale_finds_every_english_message_through_the_chain() {
        let keys = [
            "error-not-found-title",
            "badge-open-now",
            "kind-night_scene",
            "mode-metro",
        ];
        for locale in Locale::ALL {
            for key in keys {
                let text = tr(locale, key);
                assert_ne!(text, key, "{locale}: {key}");
                assert!(!text.is_empty());
            }
        }
    }

    #[test]
    fn has_message_is_about_the_locale_itself() {
        assert!(has_message(Locale::En, "error-not-found-title"));
        // Needs variables to format, but exists.
        assert!(has_message(Locale::En, "error-not-found-detail"));
        // A locale whose files have not landed yet defines nothing, though tr falls back.
        for locale in Locale::ALL {
            let dir = format!("{}/../locales/{}", env!("CARGO_MANIFEST_DIR"), locale.tag());
            if std::path::Path::new(&dir).is_dir() {
                // Also proves build.rs made cargo embed a directory added after a build.
                assert!(has_message(locale, "error-not-found-title"), "{locale}");
            } else {
                assert!(!has_message(locale, "error-not-found-title"), "{locale}");
                assert_eq!(tr(locale, "error-not-found-title"), "Not found");
            }
        }
    }

    #[test]
    fn translations_are_used_when_present() {
        let ja = concat!(env!("CARGO_MANIFEST_DIR"), "/../locales/ja/main.ftl");
        if std::path::Path::new(ja).is_file() {
            assert_ne!(tr(Locale::Ja, "error-not-found-title"), "Not found");
        }
    }

    #[test]
    fn a_message_that_needs_variables_without_them_returns_the_key() {
        assert_eq!(
            tr(Locale::En, "error-not-found-detail"),
            "error-not-found-detail"
        );
    }
}

//! What the curated objects' pages share (`console::routes`, `console::events`,
//! `console::alerts`): the `?done=` banner, publish / withdraw, input ids, the answer to a
//! refused save; and for events and alerts also choices of a select, checkbox lists of
//! zones and routes, the texts of each language as `<details>` sections, the status card
//! and field errors shown next to their fields with a summary at the top.

use std::collections::HashMap;

use guide_domain::Locale;
use guide_domain::l10n::tr;
use guide_domain::locale::TextDirection;

use axum::response::Response;

use super::context::SignedIn;
use super::page::{PageError, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError};
use crate::i18n::text;
use crate::store::column::Status;
use crate::store::curation;
use crate::workflow::curation::{self as flow, Curate, STAFF_LIST_MAX};

/// Which banner to show after a redirect (`?done=saved`).
#[derive(serde::Deserialize, Default)]
pub struct Done {
    #[serde(default)]
    pub done: Option<String>,
}

impl Done {
    /// The banner's message: `{what}-created`, `-saved`, `-published`, `-unpublished`.
    pub fn notice(&self, locale: Locale, what: &str) -> Option<String> {
        let step = match self.done.as_deref()? {
            d @ ("created" | "saved" | "published" | "unpublished") => d,
            _ => return None,
        };
        Some(tr(locale, &format!("console-{what}-{step}")))
    }
}

/// A choice of a select, or a checkbox.
pub struct Choice {
    pub value: String,
    pub label: String,
    /// The label's language, when it is a name from the catalogue.
    pub lang: Option<&'static str>,
    pub selected: bool,
}

/// The choices of a closed vocabulary, labelled by `{prefix}{wire}`.
pub fn choices(locale: Locale, wire: &[&str], prefix: &str, selected: &str) -> Vec<Choice> {
    wire.iter()
        .map(|v| Choice {
            value: (*v).to_owned(),
            label: tr(locale, &format!("{prefix}{v}")),
            lang: None,
            selected: *v == selected,
        })
        .collect()
}

/// The catalogue's zones as checkboxes (named in the page's language), then any chosen
/// slug that is not a zone (so that its error shows and nothing is dropped unseen).
pub fn zone_choices(state: &AppState, locale: Locale, chosen: &[String]) -> Vec<Choice> {
    let snapshot = state.catalogue.snapshot();
    let mut out: Vec<Choice> = snapshot
        .zones
        .iter()
        .map(|z| {
            let t = z.text(locale);
            Choice {
                value: z.facts.slug.clone(),
                label: t.value.name.clone(),
                lang: Some(t.locale.tag()),
                selected: chosen.contains(&z.facts.slug),
            }
        })
        .collect();
    unknown_choices(&mut out, chosen);
    out
}

/// Every route (drafts included: an alert may warn about a route about to be published)
/// as checkboxes, then any chosen slug that is not a route.
pub async fn route_choices(
    state: &AppState,
    locale: Locale,
    chosen: &[String],
) -> Result<Vec<Choice>, PageError> {
    let mut out: Vec<Choice> = curation::routes(&state.db, STAFF_LIST_MAX)
        .await?
        .into_iter()
        .map(|r| {
            let slug = r.value.facts.slug.clone();
            let picked = r.value.texts.pick(locale);
            Choice {
                selected: chosen.contains(&slug),
                label: picked
                    .as_ref()
                    .map(|t| t.value.name.clone())
                    .unwrap_or_else(|| slug.clone()),
                lang: Some(picked.map(|t| t.locale.tag()).unwrap_or("en")),
                value: slug,
            }
        })
        .collect();
    out.sort_by(|a, b| a.value.cmp(&b.value));
    unknown_choices(&mut out, chosen);
    Ok(out)
}

fn unknown_choices(out: &mut Vec<Choice>, chosen: &[String]) {
    for c in chosen {
        if !out.iter().any(|o| &o.value == c) {
            out.push(Choice {
                value: c.clone(),
                label: c.clone(),
                lang: None,
                selected: true,
            });
        }
    }
}

/// The texts of one language: a name and a summary (events), or a title and a body
/// (alerts).
pub struct TextSection {
    pub tag: &'static str,
    pub language: &'static str,
    pub dir: &'static str,
    pub first: String,
    pub second: String,
    pub open: bool,
}

/// One section per language; English, the page's language, languages with text and
/// languages with an error are unfolded.
pub fn text_sections(
    locale: Locale,
    field: &str,
    texts: &std::collections::BTreeMap<String, (String, String)>,
    errors: &HashMap<String, String>,
) -> Vec<TextSection> {
    Locale::ALL
        .iter()
        .map(|loc| {
            let tag = loc.tag();
            let (first, second) = texts.get(tag).cloned().unwrap_or_default();
            let prefix = format!("{field}.{tag}.");
            let has_error = errors.keys().any(|k| k.starts_with(&prefix));
            TextSection {
                tag,
                language: loc.native_name(),
                dir: match loc.direction() {
                    TextDirection::Ltr => "ltr",
                    TextDirection::Rtl => "rtl",
                },
                open: *loc == Locale::En
                    || *loc == locale
                    || has_error
                    || !(first.is_empty() && second.is_empty()),
                first,
                second,
            }
        })
        .collect()
}

/// Where an object stands, with the button that changes it.
pub struct StatusCard {
    pub label: String,
    pub class: &'static str,
    pub published: bool,
}

impl StatusCard {
    pub fn of(locale: Locale, status: Status) -> StatusCard {
        let published = status == Status::Published;
        StatusCard {
            label: tr(
                locale,
                if published {
                    "console-status-live"
                } else {
                    "console-status-draft"
                },
            ),
            class: if published { "live" } else { "draft" },
            published,
        }
    }
}

/// The id of an input from its name (`texts.en.title` → `f-texts-en-title`).
pub fn field_id(name: &str) -> String {
    let id: String = name
        .chars()
        .filter(|c| *c != ']')
        .map(|c| if matches!(c, '.' | '_' | '[') { '-' } else { c })
        .collect();
    format!("f-{id}")
}

/// Field errors by the field they are shown next to (the first of each), and the summary
/// at the top: `(input id, message)` in the order the errors came.
pub fn shown_errors(
    locale: Locale,
    field_errors: &[FieldError],
    target: impl Fn(&str) -> String,
) -> (HashMap<String, String>, Vec<(String, String)>) {
    let mut errors = HashMap::new();
    let mut list = Vec::new();
    for e in field_errors {
        let field = target(&e.field);
        let message = text(locale, &e.message);
        if let std::collections::hash_map::Entry::Vacant(slot) = errors.entry(field) {
            list.push((field_id(slot.key()), message.clone()));
            slot.insert(message);
        }
    }
    (errors, list)
}

/// `zones[2]` → `zones`; any other field as it is.
pub fn list_target(field: &str) -> String {
    for list in ["zones", "routes", "sources"] {
        if field
            .strip_prefix(list)
            .is_some_and(|rest| rest.starts_with('['))
        {
            return list.to_owned();
        }
    }
    field.to_owned()
}

/// Turns a failed save into the errors to show next to the fields.
pub fn refused(e: Error) -> Result<Vec<FieldError>, PageError> {
    match e {
        Error::Unprocessable(errors) => Ok(errors),
        // The only conflict of a curated object is its slug being taken.
        Error::Conflict(msg) => Ok(vec![FieldError::new("slug", "conflict", msg)]),
        Error::NotFound { .. } => Err(PageError::NotFound),
        other => Err(other.into()),
    }
}

/// Publishes (`public`) or withdraws a curated object, then shows its page with the banner
/// (`/console/routes/{id}`, `/console/events/…`, `/console/alerts/…`: the kind's name in
/// the plural).
pub async fn set_public<C: Curate>(
    state: &AppState,
    me: &SignedIn,
    id: &str,
    public: bool,
) -> Result<Response, PageError> {
    match flow::publish::<C>(state, &me.account.actor(), id, public).await {
        Ok(id) => {
            let done = if public { "published" } else { "unpublished" };
            Ok(see_other(&format!(
                "/console/{}s/{id}?done={done}",
                C::WHAT
            )))
        }
        Err(Error::NotFound { .. }) => Err(PageError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// One web address (or slug) per line, blank lines left out.
pub fn lines(s: &str) -> Vec<String> {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The values of a repeated field (checkboxes), in order, blanks left out.
pub fn all_of(pairs: &[(String, String)], name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (k, v) in pairs {
        let v = v.trim();
        if k == name && !v.is_empty() && !out.iter().any(|o| o == v) {
            out.push(v.to_owned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_errors_show_at_their_list() {
        assert_eq!(list_target("zones[3]"), "zones");
        assert_eq!(list_target("routes[0]"), "routes");
        assert_eq!(list_target("sources[1]"), "sources");
        assert_eq!(list_target("zonesx"), "zonesx");
        assert_eq!(field_id("texts.zh-Hans.title"), "f-texts-zh-Hans-title");
    }

    #[test]
    fn repeated_fields_keep_their_order_once() {
        let pairs: Vec<(String, String)> = [
            ("zones", "b"),
            ("x", "y"),
            ("zones", "a"),
            ("zones", "b"),
            ("zones", " "),
        ]
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
        assert_eq!(all_of(&pairs, "zones"), ["b", "a"]);
    }
}

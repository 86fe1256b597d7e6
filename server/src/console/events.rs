//! Events (fairs, festivals, holidays) for tourism staff: the list (`/console/events`,
//! drafts included), a new event (`/console/events/new`) and one event
//! (`/console/events/{id}`): slug, kind, first and last day, how sure the dates are, the
//! venue (a published place) and zones, texts by language, sources; publish and withdraw.
//!
//! The form becomes the API's `EventIn` and goes through the one curation flow
//! (`workflow::curation` with `workflow::events::Events`): the same validation (inputs are
//! named by the body's JSON paths, so each field error appears next to its field), the
//! same transaction, audit entry and catalogue refresh as `/v1/staff/events…`.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use guide_domain::catalogue::Event;
use guide_domain::{Confidence, EventKind, Locale};

use super::context::{SignedIn, StaffUser};
use super::curated::{
    Choice, Done, StatusCard, TextSection, all_of, choices, lines, list_target, refused,
    set_public, shown_errors, text_sections, zone_choices,
};
use super::listing::Pairs;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg};
use crate::http::params::choice_msg;
use crate::store::curation::Curated;
use crate::workflow::curation::{self as flow, Curate, NameText};
use crate::workflow::events::{EventIn, Events};

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
struct EventForm {
    slug: String,
    kind: String,
    starts_on: String,
    ends_on: String,
    date_confidence: String,
    /// A place's slug or id; empty for none.
    place: String,
    zones: Vec<String>,
    /// `(name, summary)` by language tag.
    texts: BTreeMap<String, (String, String)>,
    /// One address per line.
    sources: String,
}

impl EventForm {
    /// The form of a stored event (its venue by slug when it is published).
    fn of(state: &AppState, event: &Curated<Event>) -> EventForm {
        let view = Events::view(event);
        let snapshot = state.catalogue.snapshot();
        EventForm {
            slug: view.slug,
            kind: view.kind.as_str().to_owned(),
            starts_on: view.starts_on.to_string(),
            ends_on: view.ends_on.to_string(),
            date_confidence: view.date_confidence.as_str().to_owned(),
            place: view
                .place_id
                .map(|id| {
                    snapshot
                        .place(&id)
                        .map(|p| p.facts.slug.clone())
                        .unwrap_or(id)
                })
                .unwrap_or_default(),
            zones: view.zones,
            texts: view
                .translations
                .into_iter()
                .map(|(tag, t)| (tag, (t.name, t.summary.unwrap_or_default())))
                .collect(),
            sources: view.sources.join("\n"),
        }
    }

    /// The form as posted.
    fn posted(pairs: &[(String, String)]) -> EventForm {
        let mut f = EventForm {
            zones: all_of(pairs, "zones"),
            ..EventForm::default()
        };
        for (key, value) in pairs {
            let v = value.clone();
            match key.as_str() {
                "slug" => f.slug = v,
                "kind" => f.kind = v,
                "starts_on" => f.starts_on = v,
                "ends_on" => f.ends_on = v,
                "date_confidence" => f.date_confidence = v,
                "place" => f.place = v,
                "sources" => f.sources = v,
                other => {
                    if let Some(rest) = other.strip_prefix("translations.")
                        && let Some((tag, part)) = rest.split_once('.')
                        && Locale::from_tag(tag).is_some_and(|l| l.tag() == tag)
                    {
                        let entry = f.texts.entry(tag.to_owned()).or_default();
                        match part {
                            "name" => entry.0 = v,
                            "summary" => entry.1 = v,
                            _ => {}
                        }
                    }
                }
            }
        }
        f
    }

    /// The API body the form describes, or the errors of what the form itself cannot read
    /// (dates, choices); the event's own rules are checked by the workflow.
    fn body(&self) -> Result<EventIn, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut date =
            |field: &str, raw: &str| match NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    errors.push(FieldError::new(
                        field,
                        "invalid_date",
                        Msg::new("field-invalid-date"),
                    ));
                    None
                }
            };
        let starts_on = date("starts_on", &self.starts_on);
        let ends_on = date("ends_on", &self.ends_on);
        let kind = match self.kind.trim().parse::<EventKind>() {
            Ok(k) => Some(k),
            Err(e) => {
                errors.push(FieldError::new("kind", "invalid_choice", choice_msg(&e)));
                None
            }
        };
        let confidence = match self.date_confidence.trim().parse::<Confidence>() {
            Ok(c) => Some(c),
            Err(e) => {
                errors.push(FieldError::new(
                    "date_confidence",
                    "invalid_choice",
                    choice_msg(&e),
                ));
                None
            }
        };
        let (Some(starts_on), Some(ends_on), Some(kind), Some(date_confidence)) =
            (starts_on, ends_on, kind, confidence)
        else {
            return Err(errors);
        };
        let place = self.place.trim();
        Ok(EventIn {
            slug: self.slug.trim().to_owned(),
            kind,
            starts_on,
            ends_on,
            place: (!place.is_empty()).then(|| place.to_owned()),
            zones: self.zones.clone(),
            date_confidence,
            translations: self
                .texts
                .iter()
                .filter(|(_, (name, summary))| {
                    !(name.trim().is_empty() && summary.trim().is_empty())
                })
                .map(|(tag, (name, summary))| {
                    let summary = summary.trim();
                    (
                        tag.clone(),
                        NameText {
                            name: name.trim().to_owned(),
                            summary: (!summary.is_empty()).then(|| summary.to_owned()),
                        },
                    )
                })
                .collect(),
            sources: lines(&self.sources),
        })
    }
}

#[derive(Template)]
#[template(path = "event_form.html")]
struct FormPage {
    l: Layout,
    action: String,
    f: EventForm,
    kinds: Vec<Choice>,
    confidences: Vec<Choice>,
    zones: Vec<Choice>,
    /// The venue's name in the page's language, when it is a published place.
    place_name: Option<(String, &'static str)>,
    texts: Vec<TextSection>,
    errors: HashMap<String, String>,
    error_list: Vec<(String, String)>,
    notice: Option<String>,
    alert: Option<String>,
    status: Option<StatusCard>,
}

impl FormPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    fn invalid(&self, field: &str) -> bool {
        self.errors.contains_key(field)
    }
}

/// Where a field error is shown: list items at their list, a missing English text at the
/// English name.
fn error_target(field: &str) -> String {
    if field == "translations.en" {
        return "translations.en.name".into();
    }
    list_target(field)
}

fn form_page(
    state: &AppState,
    me: &SignedIn,
    id: Option<String>,
    f: EventForm,
    field_errors: &[FieldError],
    notice: Option<String>,
    status: Option<StatusCard>,
) -> FormPage {
    let locale = me.ctx.locale;
    let title = if id.is_some() {
        "console-event-edit-title"
    } else {
        "console-event-new-title"
    };
    let layout = Layout::new(&me.ctx, title);
    let (errors, error_list) = shown_errors(locale, field_errors, error_target);
    let alert =
        (!errors.is_empty()).then(|| layout.tn("console-event-errors", "count", errors.len()));
    let place_name = state.catalogue.snapshot().place(f.place.trim()).map(|p| {
        let name = p.name(locale).into_owned();
        (name, p.text(locale).locale.tag())
    });
    FormPage {
        action: match &id {
            Some(id) => format!("/console/events/{id}"),
            None => "/console/events/new".into(),
        },
        kinds: choices(locale, EventKind::WIRE, "event-kind-", &f.kind),
        confidences: choices(
            locale,
            Confidence::WIRE,
            "console-confidence-",
            &f.date_confidence,
        ),
        zones: zone_choices(state, locale, &f.zones),
        place_name,
        texts: text_sections(locale, "translations", &f.texts, &errors),
        errors,
        error_list,
        notice,
        alert,
        status,
        f,
        l: layout,
    }
}

/// One event in the list.
struct ListRow {
    href: String,
    name: String,
    name_lang: String,
    slug: String,
    kind: String,
    starts_on: String,
    ends_on: String,
    status: StatusCard,
    updated: String,
    updated_iso: String,
}

#[derive(Template)]
#[template(path = "events.html")]
struct ListPage {
    l: Layout,
    rows: Vec<ListRow>,
}

/// `GET /console/events`: every event, drafts included, latest change first.
pub async fn list(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let rows = flow::list::<Events>(&state)
        .await?
        .iter()
        .map(|c| {
            let f = &c.value.facts;
            let picked = c.value.texts.pick(locale);
            let (updated, updated_iso) = local_time(f.updated_at);
            ListRow {
                href: format!("/console/events/{}", f.id),
                name: picked
                    .as_ref()
                    .map(|t| t.value.name.clone())
                    .unwrap_or_else(|| f.slug.clone()),
                name_lang: picked.map(|t| t.locale.tag()).unwrap_or("en").to_owned(),
                slug: f.slug.clone(),
                kind: guide_domain::l10n::tr(locale, &format!("event-kind-{}", f.kind.as_str())),
                starts_on: f.starts_on.to_string(),
                ends_on: f.ends_on.to_string(),
                status: StatusCard::of(locale, c.status),
                updated,
                updated_iso,
            }
        })
        .collect();
    html(
        StatusCode::OK,
        &ListPage {
            l: Layout::new(&me.ctx, "console-events-title"),
            rows,
        },
    )
}

/// `GET /console/events/new`: an empty event (a festival with confirmed dates, English
/// unfolded).
pub async fn new_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let f = EventForm {
        kind: EventKind::Festival.as_str().into(),
        date_confidence: Confidence::Confirmed.as_str().into(),
        ..EventForm::default()
    };
    html(
        StatusCode::OK,
        &form_page(&state, &me, None, f, &[], None, None),
    )
}

/// `POST /console/events/new`: creates a draft.
pub async fn create(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let f = EventForm::posted(&pairs);
    let result = match f.body() {
        Ok(body) => flow::create::<Events>(&state, &me.account.actor(), &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/events/{id}?done=created"))),
        Err(e) => {
            let errors = refused(e)?;
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &me, None, f, &errors, None, None),
            )
        }
    }
}

async fn find(state: &AppState, id: &str) -> Result<Curated<Event>, PageError> {
    flow::find::<Events>(state, id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))
}

/// `GET /console/events/{id}` (id or slug).
pub async fn edit_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let event = find(&state, &id).await?;
    let locale = me.ctx.locale;
    let page = form_page(
        &state,
        &me,
        Some(event.value.facts.id.clone()),
        EventForm::of(&state, &event),
        &[],
        done.notice(locale, "event"),
        Some(StatusCard::of(locale, event.status)),
    );
    html(StatusCode::OK, &page)
}

/// `POST /console/events/{id}`: replaces the event (its status is kept).
pub async fn save(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let event = find(&state, &id).await?;
    let id = event.value.facts.id.clone();
    let f = EventForm::posted(&pairs);
    let result = match f.body() {
        Ok(body) => flow::update::<Events>(&state, &me.account.actor(), &id, &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/events/{id}?done=saved"))),
        Err(e) => {
            let errors = refused(e)?;
            let status = Some(StatusCard::of(me.ctx.locale, event.status));
            html(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&state, &me, Some(id), f, &errors, None, status),
            )
        }
    }
}

/// `POST /console/events/{id}/publish`: the event appears in the guide.
pub async fn publish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Events>(&state, &me, &id, true).await
}

/// `POST /console/events/{id}/unpublish`: back to draft.
pub async fn unpublish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Events>(&state, &me, &id, false).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_posted_form_becomes_the_body_the_api_takes() {
        let f = EventForm::posted(&pairs(&[
            ("slug", "lantern-fair"),
            ("kind", "festival"),
            ("starts_on", "2027-02-10"),
            ("ends_on", "2027-02-12"),
            ("date_confidence", "inferred"),
            ("place", " "),
            ("zones", "beijing-road"),
            ("zones", "tianhe-road"),
            ("translations.en.name", "Lantern fair"),
            ("translations.fr.summary", ""),
            ("sources", "https://example.com/a\n\n"),
        ]));
        let body = f.body().unwrap();
        assert_eq!(body.kind, EventKind::Festival);
        assert_eq!(body.starts_on.to_string(), "2027-02-10");
        assert_eq!(body.date_confidence, Confidence::Inferred);
        assert_eq!(body.place, None, "a blank venue is none");
        assert_eq!(body.zones, ["beijing-road", "tianhe-road"]);
        assert_eq!(body.translations.len(), 1, "empty languages are left out");
        assert_eq!(body.sources, ["https://example.com/a"]);
    }

    #[test]
    fn unreadable_dates_and_choices_are_named_by_their_field() {
        let f = EventForm::posted(&pairs(&[
            ("starts_on", "next week"),
            ("ends_on", "2027-02-12"),
            ("kind", "party"),
            ("date_confidence", "confirmed"),
        ]));
        let errors = f.body().unwrap_err();
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["starts_on", "kind"]);
        assert_eq!(error_target("zones[1]"), "zones");
        assert_eq!(error_target("translations.en"), "translations.en.name");
    }
}

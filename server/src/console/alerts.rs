//! Alerts (typhoon or rainstorm warnings, closures) for tourism staff: the list
//! (`/console/alerts`, drafts and expired ones included), a new alert
//! (`/console/alerts/new`) and one alert (`/console/alerts/{id}`): severity, validity
//! window (Guangzhou time), the zones and routes it concerns, a title and details by
//! language; publish and withdraw. A published alert appears in `GET /v1/alerts` while it
//! is in force.
//!
//! The form becomes the API's `AlertIn` and goes through the one curation flow
//! (`workflow::curation` with `workflow::alerts::Alerts`): the same validation (inputs are
//! named by the body's JSON paths, so each field error appears next to its field), the
//! same transaction, audit entry and catalogue refresh as `/v1/staff/alerts…`.

use std::collections::{BTreeMap, HashMap};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, TimeZone, Timelike, Utc};
use guide_domain::catalogue::Alert;
use guide_domain::l10n::tr;
use guide_domain::{Locale, Severity};

use super::context::{SignedIn, StaffUser};
use super::curated::{
    Choice, Done, StatusCard, TextSection, all_of, choices, list_target, refused, route_choices,
    set_public, shown_errors, text_sections, zone_choices,
};
use super::listing::Pairs;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, see_other};
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg};
use crate::store::curation::Curated;
use crate::workflow::alerts::{AlertIn, AlertText, Alerts};
use crate::workflow::curation::{self as flow, Curate};

/// Guangzhou's offset from UTC (no daylight saving time).
fn guangzhou() -> FixedOffset {
    FixedOffset::east_opt(8 * 3600).expect("a valid offset")
}

/// A time as a `datetime-local` input shows it, in Guangzhou time.
fn local_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&guangzhou())
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

/// A time as typed: with its offset (`2026-12-01T19:30:00+08:00`), or without one
/// (`2026-12-01T19:30`, what a `datetime-local` input sends; also with a space or
/// seconds), then in Guangzhou time.
fn parse_time(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|fmt| NaiveDateTime::parse_from_str(raw, fmt).ok())
    .and_then(|naive| guangzhou().from_local_datetime(&naive).single())
}

/// What the form holds, as typed.
#[derive(Debug, Clone, Default, PartialEq)]
struct AlertForm {
    severity: String,
    starts_at: String,
    ends_at: String,
    zones: Vec<String>,
    routes: Vec<String>,
    /// `(title, body)` by language tag.
    texts: BTreeMap<String, (String, String)>,
}

impl AlertForm {
    /// The form of a stored alert.
    fn of(alert: &Curated<Alert>) -> AlertForm {
        let view = Alerts::view(alert);
        AlertForm {
            severity: view.severity.as_str().to_owned(),
            starts_at: local_input(view.starts_at),
            ends_at: local_input(view.ends_at),
            zones: view.zones,
            routes: view.routes,
            texts: view
                .texts
                .into_iter()
                .map(|(tag, t)| (tag, (t.title, t.body.unwrap_or_default())))
                .collect(),
        }
    }

    /// The form as posted.
    fn posted(pairs: &[(String, String)]) -> AlertForm {
        let mut f = AlertForm {
            zones: all_of(pairs, "zones"),
            routes: all_of(pairs, "routes"),
            ..AlertForm::default()
        };
        for (key, value) in pairs {
            let v = value.clone();
            match key.as_str() {
                "severity" => f.severity = v,
                "starts_at" => f.starts_at = v,
                "ends_at" => f.ends_at = v,
                other => {
                    if let Some(rest) = other.strip_prefix("texts.")
                        && let Some((tag, part)) = rest.split_once('.')
                        && Locale::from_tag(tag).is_some_and(|l| l.tag() == tag)
                    {
                        let entry = f.texts.entry(tag.to_owned()).or_default();
                        match part {
                            "title" => entry.0 = v,
                            "body" => entry.1 = v,
                            _ => {}
                        }
                    }
                }
            }
        }
        f
    }

    /// The API body the form describes, or the errors of what the form itself cannot read
    /// (times); the alert's own rules (severity, window, texts, zones, routes) are checked
    /// by the workflow.
    fn body(&self) -> Result<AlertIn, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut time = |field: &str, raw: &str| {
            let t = parse_time(raw);
            if t.is_none() {
                errors.push(FieldError::new(
                    field,
                    "invalid_time",
                    Msg::new("console-alert-time-invalid"),
                ));
            }
            t
        };
        let starts_at = time("starts_at", &self.starts_at);
        let ends_at = time("ends_at", &self.ends_at);
        let (Some(starts_at), Some(ends_at)) = (starts_at, ends_at) else {
            return Err(errors);
        };
        Ok(AlertIn {
            severity: self.severity.trim().to_owned(),
            starts_at,
            ends_at,
            zones: self.zones.clone(),
            routes: self.routes.clone(),
            texts: self
                .texts
                .iter()
                .filter(|(_, (title, body))| !(title.trim().is_empty() && body.trim().is_empty()))
                .map(|(tag, (title, body))| {
                    let body = body.trim();
                    (
                        tag.clone(),
                        AlertText {
                            title: title.trim().to_owned(),
                            body: (!body.is_empty()).then(|| body.to_owned()),
                        },
                    )
                })
                .collect(),
        })
    }
}

#[derive(Template)]
#[template(path = "alert_form.html")]
struct FormPage {
    l: Layout,
    action: String,
    f: AlertForm,
    severities: Vec<Choice>,
    zones: Vec<Choice>,
    routes: Vec<Choice>,
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
/// English title.
fn error_target(field: &str) -> String {
    if field == "texts.en" {
        return "texts.en.title".into();
    }
    list_target(field)
}

async fn form_page(
    state: &AppState,
    me: &SignedIn,
    id: Option<String>,
    f: AlertForm,
    field_errors: &[FieldError],
    notice: Option<String>,
    status: Option<StatusCard>,
) -> Result<FormPage, PageError> {
    let locale = me.ctx.locale;
    let title = if id.is_some() {
        "console-alert-edit-title"
    } else {
        "console-alert-new-title"
    };
    let layout = Layout::new(&me.ctx, title);
    let (errors, error_list) = shown_errors(locale, field_errors, error_target);
    let alert =
        (!errors.is_empty()).then(|| layout.tn("console-alert-errors", "count", errors.len()));
    Ok(FormPage {
        action: match &id {
            Some(id) => format!("/console/alerts/{id}"),
            None => "/console/alerts/new".into(),
        },
        severities: choices(locale, Severity::WIRE, "console-severity-", &f.severity),
        zones: zone_choices(state, locale, &f.zones),
        routes: route_choices(state, locale, &f.routes).await?,
        texts: text_sections(locale, "texts", &f.texts, &errors),
        errors,
        error_list,
        notice,
        alert,
        status,
        f,
        l: layout,
    })
}

/// One alert in the list.
struct ListRow {
    href: String,
    title: String,
    title_lang: String,
    severity: String,
    severity_class: &'static str,
    /// Upcoming, in force or over.
    when: String,
    starts: String,
    starts_iso: String,
    ends: String,
    ends_iso: String,
    status: StatusCard,
}

#[derive(Template)]
#[template(path = "alerts.html")]
struct ListPage {
    l: Layout,
    rows: Vec<ListRow>,
}

/// `GET /console/alerts`: every alert, drafts and expired ones included, latest first.
pub async fn list(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let now = Utc::now();
    let rows = flow::list::<Alerts>(&state)
        .await?
        .iter()
        .map(|c| {
            let f = &c.value.facts;
            let picked = c.value.texts.pick(locale);
            let (starts, starts_iso) = local_time(f.starts_at);
            let (ends, ends_iso) = local_time(f.ends_at);
            let when = if f.active_at(now) {
                "console-alerts-in-force"
            } else if now < f.starts_at {
                "console-alerts-upcoming"
            } else {
                "console-alerts-over"
            };
            ListRow {
                href: format!("/console/alerts/{}", f.id),
                title: picked
                    .as_ref()
                    .map(|t| t.value.title.clone())
                    .unwrap_or_else(|| f.id.clone()),
                title_lang: picked.map(|t| t.locale.tag()).unwrap_or("en").to_owned(),
                severity: tr(locale, &format!("console-severity-{}", f.severity.as_str())),
                severity_class: f.severity.as_str(),
                when: tr(locale, when),
                starts,
                starts_iso,
                ends,
                ends_iso,
                status: StatusCard::of(locale, c.status),
            }
        })
        .collect();
    html(
        StatusCode::OK,
        &ListPage {
            l: Layout::new(&me.ctx, "console-alerts-title"),
            rows,
        },
    )
}

/// `GET /console/alerts/new`: an empty warning, in force from now for a day.
pub async fn new_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let now = Utc::now()
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or_else(Utc::now);
    let f = AlertForm {
        severity: Severity::Warning.as_str().into(),
        starts_at: local_input(now),
        ends_at: local_input(now + Duration::hours(24)),
        ..AlertForm::default()
    };
    let page = form_page(&state, &me, None, f, &[], None, None).await?;
    html(StatusCode::OK, &page)
}

/// `POST /console/alerts/new`: creates a draft.
pub async fn create(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let f = AlertForm::posted(&pairs);
    let result = match f.body() {
        Ok(body) => flow::create::<Alerts>(&state, &me.account.actor(), &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/alerts/{id}?done=created"))),
        Err(e) => {
            let errors = refused(e)?;
            let page = form_page(&state, &me, None, f, &errors, None, None).await?;
            html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

async fn find(state: &AppState, id: &str) -> Result<Curated<Alert>, PageError> {
    flow::find::<Alerts>(state, id)
        .await
        .map_err(|e| refused(e).err().unwrap_or(PageError::NotFound))
}

/// `GET /console/alerts/{id}`.
pub async fn edit_form(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    Query(done): Query<Done>,
) -> Result<Response, PageError> {
    let alert = find(&state, &id).await?;
    let locale = me.ctx.locale;
    let page = form_page(
        &state,
        &me,
        Some(alert.value.facts.id.clone()),
        AlertForm::of(&alert),
        &[],
        done.notice(locale, "alert"),
        Some(StatusCard::of(locale, alert.status)),
    )
    .await?;
    html(StatusCode::OK, &page)
}

/// `POST /console/alerts/{id}`: replaces the alert (its status is kept).
pub async fn save(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let alert = find(&state, &id).await?;
    let id = alert.value.facts.id.clone();
    let f = AlertForm::posted(&pairs);
    let result = match f.body() {
        Ok(body) => flow::update::<Alerts>(&state, &me.account.actor(), &id, &body).await,
        Err(errors) => Err(Error::Unprocessable(errors)),
    };
    match result {
        Ok(id) => Ok(see_other(&format!("/console/alerts/{id}?done=saved"))),
        Err(e) => {
            let errors = refused(e)?;
            let status = Some(StatusCard::of(me.ctx.locale, alert.status));
            let page = form_page(&state, &me, Some(id), f, &errors, None, status).await?;
            html(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// `POST /console/alerts/{id}/publish`: the alert is shown while in force.
pub async fn publish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Alerts>(&state, &me, &id, true).await
}

/// `POST /console/alerts/{id}/unpublish`: back to draft.
pub async fn unpublish(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    set_public::<Alerts>(&state, &me, &id, false).await
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
    fn times_without_an_offset_are_guangzhou_time() {
        let t = parse_time("2026-12-01T19:30").unwrap();
        assert_eq!(t.to_rfc3339(), "2026-12-01T19:30:00+08:00");
        assert_eq!(
            parse_time("2026-12-01T11:30:00Z")
                .unwrap()
                .with_timezone(&Utc),
            t.with_timezone(&Utc)
        );
        assert!(parse_time("tomorrow").is_none());
        assert_eq!(local_input(t.with_timezone(&Utc)), "2026-12-01T19:30");
    }

    #[test]
    fn a_posted_form_becomes_the_body_the_api_takes() {
        let f = AlertForm::posted(&pairs(&[
            ("severity", "severe"),
            ("starts_at", "2026-12-01T08:00"),
            ("ends_at", "2026-12-02T08:00"),
            ("zones", "beijing-road"),
            ("routes", "lingnan-heritage-walk"),
            ("texts.en.title", "Typhoon signal 8"),
            ("texts.en.body", " Stay indoors. "),
            ("texts.ko.title", ""),
        ]));
        let body = f.body().unwrap();
        assert_eq!(body.severity, "severe");
        assert_eq!(body.zones, ["beijing-road"]);
        assert_eq!(body.routes, ["lingnan-heritage-walk"]);
        assert_eq!(body.texts.len(), 1);
        assert_eq!(body.texts["en"].body.as_deref(), Some("Stay indoors."));
        let bad = AlertForm::posted(&pairs(&[("starts_at", "soon"), ("ends_at", "")]));
        let fields: Vec<String> = bad
            .body()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["starts_at", "ends_at"]);
        assert_eq!(error_target("texts.en"), "texts.en.title");
        assert_eq!(error_target("routes[0]"), "routes");
    }
}

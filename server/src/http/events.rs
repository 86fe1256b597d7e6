//! `GET /v1/events?from=&to=` (fairs and festivals, paginated) and `GET /v1/alerts`
//! (warnings in force now, e.g. typhoons; empty until staff publish one).

use axum::extract::{RawQuery, State};
use base64::Engine;
use chrono::{DateTime, Days, NaiveDate, Utc};
use guide_domain::catalogue::Event;
use guide_domain::l10n::tr;
use guide_domain::{Confidence, EventKind, Locale, Severity};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view;
use crate::app::AppState;
use crate::error::{Msg, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(alerts))
}

/// Default window of `GET /v1/events` when `to` is absent: a year after `from`.
const DEFAULT_WINDOW_DAYS: u64 = 366;
const DEFAULT_LIMIT: i64 = 50;
const MAX_LIMIT: i64 = 100;

/// Query parameters (documentation).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct EventParams {
    /// First day (YYYY-MM-DD, default today in Guangzhou).
    from: Option<String>,
    /// Last day (default `from` + 366 days).
    to: Option<String>,
    /// 1–100, default 50.
    limit: Option<i64>,
    cursor: Option<String>,
    lang: Option<String>,
}

/// An event.
#[derive(Serialize, ToSchema)]
struct EventOut {
    slug: String,
    kind: EventKind,
    kind_label: String,
    name: String,
    summary: Option<String>,
    locale: Locale,
    fallback: bool,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    /// Slug of the venue, if it is a place in the guide.
    place: Option<String>,
    zones: Vec<String>,
    /// `confirmed` once the dates are announced.
    date_confidence: Confidence,
    /// "Dates not yet confirmed" when uncertain.
    notice: Option<String>,
    /// Where the facts come from.
    sources: Vec<view::SourceOut>,
}

/// A page of events.
#[derive(Serialize, ToSchema)]
struct EventPage {
    items: Vec<EventOut>,
    next_cursor: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct Cursor {
    d: NaiveDate,
    s: String,
}

/// Events overlapping a date window, earliest first.
#[utoipa::path(
    get, path = "/events", tag = "events", params(EventParams),
    responses((status = 200, body = EventPage), (status = 400))
)]
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<EventPage>> {
    let mut p = Params::parse(query.as_deref(), &["from", "to", "limit", "cursor"]);
    let today = Utc::now()
        .with_timezone(&guide_domain::hours::TIME_ZONE)
        .date_naive();
    let from = p.date("from").unwrap_or(today);
    let to = p.date("to").unwrap_or_else(|| {
        from.checked_add_days(Days::new(DEFAULT_WINDOW_DAYS))
            .unwrap_or(from)
    });
    if to < from {
        p.fail("to", "invalid_range", Msg::new("field-invalid-range"));
    }
    let limit = p.int("limit", 1, MAX_LIMIT, DEFAULT_LIMIT) as u64;
    let after = match p.str("cursor") {
        None => None,
        Some(raw) => {
            let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(raw)
                .ok()
                .and_then(|b| serde_json::from_slice::<Cursor>(&b).ok());
            if decoded.is_none() {
                p.fail("cursor", "invalid_cursor", Msg::new("field-invalid-cursor"));
            }
            decoded.map(|c| (c.d, c.s))
        }
    };
    p.finish()?;

    let snapshot = state.catalogue.snapshot();
    let mut events: Vec<&Event> = snapshot
        .events
        .iter()
        .filter(|e| e.facts.overlaps(from, to))
        .filter(|e| {
            after
                .as_ref()
                .is_none_or(|(d, slug)| (e.facts.starts_on, &e.facts.slug) > (*d, slug))
        })
        .collect();
    events.sort_by(|a, b| {
        (a.facts.starts_on, &a.facts.slug).cmp(&(b.facts.starts_on, &b.facts.slug))
    });
    let has_more = events.len() as u64 > limit;
    events.truncate(limit as usize);
    let next_cursor = has_more.then(|| {
        let last = events.last().expect("a full page has a last item");
        let cursor = Cursor {
            d: last.facts.starts_on,
            s: last.facts.slug.clone(),
        };
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(serde_json::to_vec(&cursor).expect("serializes"))
    });
    let items = events
        .into_iter()
        .map(|e| {
            let f = &e.facts;
            let text = e.text(locale);
            EventOut {
                kind_label: tr(locale, &format!("event-kind-{}", f.kind.as_str())),
                name: text.value.name.clone(),
                summary: text.value.summary.clone(),
                locale: text.locale,
                fallback: text.fallback,
                place: f
                    .place_id
                    .as_deref()
                    .and_then(|id| snapshot.place(id))
                    .map(|p| p.facts.slug.clone()),
                zones: f.zones.clone(),
                notice: f
                    .date_confidence
                    .needs_verification()
                    .then(|| tr(locale, "notice-dates-unconfirmed")),
                sources: view::sources(&f.sources),
                slug: f.slug.clone(),
                kind: f.kind,
                starts_on: f.starts_on,
                ends_on: f.ends_on,
                date_confidence: f.date_confidence,
            }
        })
        .collect();
    Ok(axum::Json(EventPage { items, next_cursor }))
}

/// An alert in force.
#[derive(Serialize, ToSchema)]
struct AlertOut {
    id: String,
    severity: Severity,
    title: String,
    body: Option<String>,
    locale: Locale,
    fallback: bool,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    zones: Vec<String>,
    routes: Vec<String>,
}

/// The list response.
#[derive(Serialize, ToSchema)]
struct AlertList {
    items: Vec<AlertOut>,
}

/// Alerts in force now (weather warnings, closures). May be empty.
#[utoipa::path(get, path = "/alerts", tag = "events",
    responses((status = 200, body = AlertList), (status = 400, description = "unknown query parameter (problem+json)")))]
async fn alerts(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<AlertList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let now = Utc::now();
    let snapshot = state.catalogue.snapshot();
    let items = snapshot
        .alerts
        .iter()
        .filter(|a| a.facts.active_at(now))
        .filter_map(|a| {
            let text = a.texts.pick(locale)?;
            Some(AlertOut {
                id: a.facts.id.clone(),
                severity: a.facts.severity,
                title: text.value.title.clone(),
                body: text.value.body.clone(),
                locale: text.locale,
                fallback: text.fallback,
                starts_at: a.facts.starts_at,
                ends_at: a.facts.ends_at,
                zones: a.facts.zones.clone(),
                routes: a.facts.routes.clone(),
            })
        })
        .collect();
    Ok(axum::Json(AlertList { items }))
}

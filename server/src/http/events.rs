//! `GET /v1/events?from=&to=` (fairs and festivals, paginated) and `GET /v1/alerts`
//! (warnings in force now, e.g. typhoons; empty until staff publish one).

use std::collections::BTreeMap;

use axum::extract::{RawQuery, State};
use base64::Engine;
use chrono::{DateTime, Days, NaiveDate, Utc};
use guide_domain::Locale;
use guide_domain::l10n::tr;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view::pick;
use crate::app::AppState;
use crate::error::{Msg, Result};
use crate::i18n::Lang;
use crate::store::{self, catalogue};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(alerts))
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
    /// `fair`, `festival`, `exhibition`, `sport`, `holiday`.
    kind: String,
    kind_label: String,
    name: String,
    summary: Option<String>,
    locale: &'static str,
    fallback: bool,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    /// Slug of the venue, if it is a place in the guide.
    place: Option<String>,
    zones: Vec<String>,
    /// `confirmed`, or `uncertain` when the dates are not announced yet.
    date_confidence: String,
    /// "Dates not yet confirmed" when uncertain.
    notice: Option<String>,
    sources: Vec<String>,
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
async fn list(State(state): State<AppState>, Lang(locale): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<EventPage>> {
    let mut p = Params::parse(query.as_deref(), &["from", "to", "limit", "cursor"]);
    let today = Utc::now().with_timezone(&guide_domain::hours::TIME_ZONE).date_naive();
    let from = p.date("from").unwrap_or(today);
    let to = p.date("to").unwrap_or_else(|| from.checked_add_days(Days::new(DEFAULT_WINDOW_DAYS)).unwrap_or(from));
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

    let mut rows = catalogue::events(&state.db, from, to, after, limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let ids: Vec<String> = rows.iter().map(|e| e.id.clone()).collect();
    let texts = catalogue::event_translations(&state.db, &ids, &locale.fallback_chain()).await?;
    let place_ids: Vec<String> = rows.iter().filter_map(|e| e.place_id.clone()).collect();
    let places: BTreeMap<String, String> =
        store::places::by_ids(&state.db, &place_ids).await?.into_iter().map(|p| (p.id, p.slug)).collect();
    let next_cursor = has_more.then(|| {
        let last = rows.last().expect("a full page has a last item");
        let cursor = Cursor { d: last.starts_on, s: last.slug.clone() };
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(&cursor).expect("serializes"))
    });
    let items = rows
        .into_iter()
        .map(|e| {
            let picked = texts.get(&e.id).and_then(|rows| pick(rows, locale));
            let uncertain = e.date_confidence != "confirmed";
            EventOut {
                kind_label: tr(locale, &format!("event-kind-{}", e.kind)),
                name: picked.map(|(t, _, _)| t.name.clone()).unwrap_or_else(|| e.slug.clone()),
                summary: picked.and_then(|(t, _, _)| t.summary.clone()),
                locale: picked.map(|(_, l, _)| l.tag()).unwrap_or("en"),
                fallback: picked.map(|(_, _, f)| f).unwrap_or(true),
                place: e.place_id.as_ref().and_then(|id| places.get(id).cloned()),
                zones: serde_json::from_str(&e.zones).unwrap_or_default(),
                notice: uncertain.then(|| tr(locale, "notice-dates-unconfirmed")),
                sources: serde_json::from_str(&e.sources).unwrap_or_default(),
                slug: e.slug,
                kind: e.kind,
                starts_on: e.starts_on,
                ends_on: e.ends_on,
                date_confidence: e.date_confidence,
            }
        })
        .collect();
    Ok(axum::Json(EventPage { items, next_cursor }))
}

/// An alert in force.
#[derive(Serialize, ToSchema)]
struct AlertOut {
    id: String,
    /// `info`, `warning` or `severe`.
    severity: String,
    title: String,
    body: Option<String>,
    locale: &'static str,
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

#[derive(Deserialize)]
struct AlertText {
    title: String,
    #[serde(default)]
    body: Option<String>,
}

/// Alerts in force now (weather warnings, closures). May be empty.
#[utoipa::path(get, path = "/alerts", tag = "events", responses((status = 200, body = AlertList)))]
async fn alerts(State(state): State<AppState>, Lang(locale): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<AlertList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let items = catalogue::active_alerts(&state.db, Utc::now())
        .await?
        .into_iter()
        .filter_map(|a| {
            let texts: BTreeMap<String, AlertText> = serde_json::from_str(&a.texts).ok()?;
            let (found, text) = locale
                .fallback_chain()
                .into_iter()
                .find_map(|l| texts.get(l.tag()).map(|t| (l, t)))
                .or_else(|| texts.iter().next().map(|(tag, t)| (Locale::from_tag(tag).unwrap_or(Locale::En), t)))?;
            Some(AlertOut {
                id: a.id,
                severity: a.severity,
                title: text.title.clone(),
                body: text.body.clone(),
                locale: found.tag(),
                starts_at: a.starts_at,
                ends_at: a.ends_at,
                zones: serde_json::from_str(&a.zones).unwrap_or_default(),
                routes: serde_json::from_str(&a.routes).unwrap_or_default(),
            })
        })
        .collect();
    Ok(axum::Json(AlertList { items }))
}

//! Staff endpoints (DESIGN.md "Staff"), for curators and admins only (403 for everyone
//! else, 401 without a token):
//!
//! - `GET /v1/staff/review-queue` with a diff of each submission against what is live;
//!   `POST /v1/staff/places/{id}/approve|reject` (reject with a reason code the merchant
//!   reads in their own language).
//! - Themed routes, events and alerts: create, edit, publish, unpublish. Published alerts
//!   appear in `GET /v1/alerts` during their validity window.
//! - `GET /v1/staff/audit`: who did what, when, before and after (filters below).
//! - Admins: `GET /v1/staff/users?email=` and `PUT /v1/staff/users/{id}/role`.
//!
//! Every write records an audit entry in the same transaction.

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::{Confidence, EventKind, Locale, TravelMode};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::auth::UserOut;
use super::extract::{Admin, AuthUser, Staff, encode_cursor, matches, page};
use super::merchant::{REASONS, etag_of, reason_text};
use super::params::Params;
use crate::app::AppState;
use crate::auth::Role;
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::i18n::Lang;
use crate::store::entity::{alert, event, event_translation, place_revision, route, route_stop, route_translation};
use crate::store::listings::{self, Listing};
use crate::store::{self, audit, catalogue, curation};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(review_queue))
        .routes(routes!(approve))
        .routes(routes!(reject))
        .routes(routes!(list_routes, create_route))
        .routes(routes!(get_route, update_route))
        .routes(routes!(publish_route))
        .routes(routes!(unpublish_route))
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event, update_event))
        .routes(routes!(publish_event))
        .routes(routes!(unpublish_event))
        .routes(routes!(list_alerts, create_alert))
        .routes(routes!(get_alert, update_alert))
        .routes(routes!(publish_alert))
        .routes(routes!(unpublish_alert))
        .routes(routes!(audit_log))
        .routes(routes!(find_users))
        .routes(routes!(set_role))
}

const STAFF_LIST_MAX: u64 = 500;

fn unprocessable(errors: Vec<FieldError>) -> Result<()> {
    if errors.is_empty() { Ok(()) } else { Err(Error::Unprocessable(errors)) }
}

fn too_long(errors: &mut Vec<FieldError>, field: impl Into<String>, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(field, "too_long", Msg::new("field-too-long").arg("max", max)));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 100 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_slug(errors: &mut Vec<FieldError>, slug: &str) {
    if !is_slug(slug) {
        errors.push(FieldError::new("slug", "invalid_slug", Msg::new("field-invalid-slug")));
    }
}

fn check_locales<T>(errors: &mut Vec<FieldError>, field: &str, texts: &BTreeMap<String, T>) {
    for tag in texts.keys() {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            errors.push(FieldError::new(
                format!("{field}.{tag}"),
                "invalid_choice",
                Msg::new("field-invalid-choice").arg("value", tag.as_str()).arg("accepted", accepted.join(", ")),
            ));
        }
    }
    if !texts.contains_key("en") {
        errors.push(FieldError::new(format!("{field}.en"), "required", Msg::new("field-missing-translation").arg("locale", "en")));
    }
}

fn json_of<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

fn created<T: Serialize>(body: T) -> Response {
    (StatusCode::CREATED, axum::Json(body)).into_response()
}

// ---------------------------------------------------------------------------------------
// Review queue

/// One changed field of a submission.
#[derive(Serialize, ToSchema)]
struct Change {
    /// Dotted path (`translations.en.name`, `location.lat`).
    field: String,
    #[schema(value_type = Object)]
    before: serde_json::Value,
    #[schema(value_type = Object)]
    after: serde_json::Value,
}

/// A submission waiting for review.
#[derive(Serialize, ToSchema)]
struct QueueItem {
    revision_id: String,
    place_id: String,
    slug: String,
    /// `new` (never published) or `revision` (of a live listing).
    kind: &'static str,
    merchant_id: String,
    merchant_email: Option<String>,
    submitted_at: Option<DateTime<Utc>>,
    /// Pass as `If-Match` to approve or reject exactly this version.
    etag: String,
    /// What differs from the live version (everything, for a new listing).
    changes: Vec<Change>,
    #[schema(value_type = Object)]
    listing: serde_json::Value,
}

/// A page of the review queue.
#[derive(Serialize, ToSchema)]
struct QueuePage {
    items: Vec<QueueItem>,
    next_cursor: Option<String>,
}

fn flatten(prefix: &str, value: &serde_json::Value, out: &mut BTreeMap<String, serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        other => {
            out.insert(prefix.to_owned(), other.clone());
        }
    }
}

/// Field-by-field differences between two JSON documents.
fn diff(before: &serde_json::Value, after: &serde_json::Value) -> Vec<Change> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", before, &mut a);
    flatten("", after, &mut b);
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (a.get(k).cloned().unwrap_or_default(), b.get(k).cloned().unwrap_or_default());
            (x != y).then(|| Change { field: k.clone(), before: x, after: y })
        })
        .collect()
}

async fn live_listing(db: &impl ConnectionTrait, place_id: &str) -> Result<Option<Listing>> {
    Ok(listings::place_with_texts(db, place_id)
        .await?
        .filter(|(p, _)| listings::is_published(p))
        .map(|(p, texts)| Listing::from_place(&p, &texts)))
}

/// Submissions and revisions waiting for review, oldest first, each with a diff.
#[utoipa::path(get, path = "/staff/review-queue", tag = "staff", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, description = "1–100, default 20"), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = QueuePage), (status = 401), (status = 403)))]
async fn review_queue(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<QueuePage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    p.finish()?;
    let mut rows = listings::pending(&state.db, cursor.as_deref(), limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let mut items = Vec::with_capacity(rows.len());
    for rev in &rows {
        let Some((place, _)) = listings::place_with_texts(&state.db, &rev.place_id).await? else { continue };
        let live = live_listing(&state.db, &rev.place_id).await?;
        let proposed: serde_json::Value = serde_json::from_str(&rev.data).unwrap_or_default();
        let before = live.as_ref().map(Listing::to_value).unwrap_or(serde_json::Value::Object(Default::default()));
        let merchant = store::accounts::user_by_id(&state.db, &rev.author_id).await?;
        items.push(QueueItem {
            revision_id: rev.id.clone(),
            place_id: place.id.clone(),
            slug: place.slug.clone(),
            kind: if live.is_some() { "revision" } else { "new" },
            merchant_id: rev.author_id.clone(),
            merchant_email: merchant.map(|m| m.email),
            submitted_at: rev.submitted_at,
            etag: etag_of(&place, Some(rev)),
            changes: diff(&before, &proposed),
            listing: proposed,
        });
    }
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
    Ok(axum::Json(QueuePage { items, next_cursor }))
}

/// The result of a decision.
#[derive(Serialize, ToSchema)]
struct DecisionOut {
    place_id: String,
    slug: String,
    /// Public status of the place afterwards.
    status: String,
    /// `approved` or `rejected`.
    decision: &'static str,
    reason_code: Option<String>,
    reason: Option<String>,
}

/// The pending revision of a place, checked against an optional `If-Match`.
async fn pending_of(state: &AppState, id: &str, headers: &HeaderMap) -> Result<(store::entity::place::Model, place_revision::Model)> {
    let not_found = || Error::NotFound { what: "place", id: id.to_owned() };
    let (place, _) = listings::place_with_texts(&state.db, id).await?.ok_or_else(not_found)?;
    let rev = listings::open_revision(&state.db, &place.id)
        .await?
        .filter(|r| r.status == "pending")
        .ok_or_else(|| Error::Conflict(Msg::new("error-conflict-state-detail").arg("state", place.status.clone())))?;
    if let Some(expected) = headers.get(axum::http::header::IF_MATCH).and_then(|v| v.to_str().ok())
        && !matches(expected, &etag_of(&place, Some(&rev)))
    {
        return Err(Error::PreconditionFailed);
    }
    Ok((place, rev))
}

/// Approve the pending submission of a place: it becomes the live version.
#[utoipa::path(post, path = "/staff/places/{id}/approve", tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = Option<String>, Header, description = "etag from the review queue")),
    responses((status = 200, body = DecisionOut), (status = 403), (status = 404), (status = 409), (status = 412)))]
async fn approve(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, headers: HeaderMap) -> Result<axum::Json<DecisionOut>> {
    let (place, rev) = pending_of(&state, &id, &headers).await?;
    let listing: Listing = serde_json::from_str(&rev.data).map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
    let before = live_listing(&state.db, &place.id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(&txn, &rev.id, rev.version, true, None, &user.id, now).await? {
        return Err(Error::PreconditionFailed);
    }
    let row = store::entity::place::Model { status: store::PUBLISHED.to_owned(), ..listing.apply_to(&place, now) };
    listings::replace_place(&txn, row, listing.texts(&place.id)).await?;
    audit::record(
        &txn,
        &user.actor(),
        "place.approve",
        ("place", &place.id),
        before.as_ref().map(Listing::to_value).as_ref(),
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(axum::Json(DecisionOut {
        place_id: place.id,
        slug: place.slug,
        status: store::PUBLISHED.into(),
        decision: "approved",
        reason_code: None,
        reason: None,
    }))
}

/// Why a submission is rejected.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RejectIn {
    /// `incomplete`, `inaccurate`, `duplicate`, `not_eligible`, `inappropriate` or `other`.
    reason: String,
    /// Free text for the merchant (shown as written).
    #[serde(default)]
    note: Option<String>,
}

/// Reject the pending submission of a place, with a reason the merchant reads in their
/// language. A live version stays live.
#[utoipa::path(post, path = "/staff/places/{id}/reject", tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = Option<String>, Header)), request_body = RejectIn,
    responses((status = 200, body = DecisionOut), (status = 403), (status = 404), (status = 409), (status = 412), (status = 422)))]
async fn reject(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Staff(user): Staff,
    Path(id): Path<String>,
    headers: HeaderMap,
    Json(body): Json<RejectIn>,
) -> Result<axum::Json<DecisionOut>> {
    let mut errors = Vec::new();
    if !REASONS.contains(&body.reason.as_str()) {
        errors.push(FieldError::new(
            "reason",
            "invalid_choice",
            Msg::new("field-invalid-choice").arg("value", body.reason.as_str()).arg("accepted", REASONS.join(", ")),
        ));
    }
    let note = body.note.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    too_long(&mut errors, "note", note.as_deref().unwrap_or(""), 2000);
    unprocessable(errors)?;
    let (place, rev) = pending_of(&state, &id, &headers).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(&txn, &rev.id, rev.version, false, Some((&body.reason, note.as_deref())), &user.id, now).await? {
        return Err(Error::PreconditionFailed);
    }
    let status = if listings::is_published(&place) { place.status.clone() } else { "rejected".to_owned() };
    if status != place.status {
        listings::set_place_status(&txn, &place.id, &status, now).await?;
    }
    let after = serde_json::json!({"reason": body.reason, "note": note, "revision": rev.id});
    audit::record(&txn, &user.actor(), "place.reject", ("place", &place.id), None, Some(&after), now).await?;
    txn.commit().await?;
    Ok(axum::Json(DecisionOut {
        place_id: place.id,
        slug: place.slug,
        status,
        decision: "rejected",
        reason: Some(reason_text(&body.reason, locale)),
        reason_code: Some(body.reason),
    }))
}

// ---------------------------------------------------------------------------------------
// Routes

/// Texts of a route or event in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct NameText {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
}

/// How to reach the next stop.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct LegIn {
    /// `walk`, `metro`, `taxi`, `bus` or `ferry`.
    #[schema(value_type = String)]
    mode: TravelMode,
    minutes: u32,
    /// Directions by language.
    #[serde(default)]
    notes: BTreeMap<String, String>,
}

/// A stop: a published place, how long to stay, how to go on.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct StopIn {
    /// Place id or slug (must be published).
    place: String,
    dwell_minutes: u32,
    /// Required on every stop but the last; absent on the last.
    #[serde(default)]
    to_next: Option<LegIn>,
}

/// A themed route; stops in visiting order (reorder by sending them in a new order).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RouteIn {
    slug: String,
    theme: String,
    translations: BTreeMap<String, NameText>,
    stops: Vec<StopIn>,
    #[serde(default)]
    sources: Vec<String>,
}

/// A route as staff see it (any status).
#[derive(Serialize, ToSchema)]
struct StaffRoute {
    id: String,
    slug: String,
    theme: String,
    /// `draft` or `published`.
    status: String,
    translations: BTreeMap<String, NameText>,
    stops: Vec<StopOut>,
    sources: Vec<String>,
    updated_at: DateTime<Utc>,
}

/// A stored stop.
#[derive(Serialize, ToSchema)]
struct StopOut {
    position: i32,
    place_id: String,
    dwell_minutes: i32,
    to_next: Option<LegOut>,
}

/// A stored leg.
#[derive(Serialize, ToSchema)]
struct LegOut {
    mode: String,
    minutes: i32,
    notes: BTreeMap<String, String>,
}

/// A page of staff objects.
#[derive(Serialize, ToSchema)]
struct StaffList<T: ToSchema> {
    items: Vec<T>,
}

fn route_view(r: route::Model, texts: Vec<route_translation::Model>, stops: Vec<route_stop::Model>) -> StaffRoute {
    StaffRoute {
        translations: texts.into_iter().map(|t| (t.locale, NameText { name: t.name, summary: t.summary })).collect(),
        stops: stops
            .into_iter()
            .map(|s| StopOut {
                position: s.position,
                place_id: s.place_id,
                dwell_minutes: s.dwell_minutes,
                to_next: s.to_next_mode.map(|mode| LegOut {
                    mode,
                    minutes: s.to_next_minutes.unwrap_or(0),
                    notes: serde_json::from_str(&s.to_next_notes).unwrap_or_default(),
                }),
            })
            .collect(),
        sources: serde_json::from_str(&r.sources).unwrap_or_default(),
        id: r.id,
        slug: r.slug,
        theme: r.theme,
        status: r.status,
        updated_at: r.updated_at,
    }
}

async fn load_route(state: &AppState, id: &str) -> Result<StaffRoute> {
    let (r, t, s) = curation::route_full(&state.db, id).await?.ok_or_else(|| Error::NotFound { what: "route", id: id.to_owned() })?;
    Ok(route_view(r, t, s))
}

/// Validates a route and resolves its stops to place ids.
async fn check_route(state: &AppState, body: &RouteIn) -> Result<Vec<String>> {
    let mut errors = Vec::new();
    check_slug(&mut errors, &body.slug);
    too_long(&mut errors, "theme", &body.theme, 60);
    if body.theme.trim().is_empty() {
        errors.push(FieldError::new("theme", "required", Msg::new("field-required")));
    }
    check_locales(&mut errors, "translations", &body.translations);
    for (tag, t) in &body.translations {
        too_long(&mut errors, format!("translations.{tag}.name"), &t.name, 200);
        too_long(&mut errors, format!("translations.{tag}.summary"), t.summary.as_deref().unwrap_or(""), 2000);
    }
    if !(2..=30).contains(&body.stops.len()) {
        errors.push(FieldError::new("stops", "out_of_range", Msg::new("field-out-of-range").arg("min", 2usize).arg("max", 30usize)));
    }
    let mut ids = Vec::new();
    for (i, stop) in body.stops.iter().enumerate() {
        let last = i + 1 == body.stops.len();
        let place = if stop.place.len() <= 100 { store::places::find_one(&state.db, &stop.place).await? } else { None };
        match place {
            Some(p) => ids.push(p.id),
            None => errors.push(FieldError::new(
                format!("stops[{i}].place"),
                "unpublished_place",
                Msg::new("field-unpublished-place").arg("place", stop.place.as_str()),
            )),
        }
        if !(1..=600).contains(&stop.dwell_minutes) {
            errors.push(FieldError::new(
                format!("stops[{i}].dwell_minutes"),
                "out_of_range",
                Msg::new("field-out-of-range").arg("min", 1usize).arg("max", 600usize),
            ));
        }
        match (&stop.to_next, last) {
            (None, false) => errors.push(FieldError::new(format!("stops[{i}].to_next"), "required", Msg::new("field-required"))),
            (Some(_), true) => errors.push(FieldError::new(
                format!("stops[{i}].to_next"),
                "not_allowed",
                Msg::new("field-not-on-last-stop"),
            )),
            (Some(leg), false) if !(1..=600).contains(&leg.minutes) => errors.push(FieldError::new(
                format!("stops[{i}].to_next.minutes"),
                "out_of_range",
                Msg::new("field-out-of-range").arg("min", 1usize).arg("max", 600usize),
            )),
            _ => {}
        }
    }
    unprocessable(errors)?;
    Ok(ids)
}

fn route_rows(id: &str, body: &RouteIn, place_ids: &[String], status: &str, now: DateTime<Utc>) -> (route::Model, Vec<route_translation::Model>, Vec<route_stop::Model>) {
    let row = route::Model {
        id: id.to_owned(),
        slug: body.slug.clone(),
        theme: body.theme.trim().to_owned(),
        status: status.to_owned(),
        sources: serde_json::to_string(&body.sources).unwrap_or_else(|_| "[]".into()),
        as_of: Some(now.date_naive()),
        updated_at: now,
    };
    let texts = body
        .translations
        .iter()
        .map(|(locale, t)| route_translation::Model {
            route_id: id.to_owned(),
            locale: locale.clone(),
            name: t.name.clone(),
            summary: t.summary.clone(),
        })
        .collect();
    let stops = body
        .stops
        .iter()
        .zip(place_ids)
        .enumerate()
        .map(|(i, (s, place_id))| route_stop::Model {
            route_id: id.to_owned(),
            position: i as i32 + 1,
            place_id: place_id.clone(),
            dwell_minutes: s.dwell_minutes as i32,
            to_next_mode: s.to_next.as_ref().map(|l| l.mode.as_str().to_owned()),
            to_next_minutes: s.to_next.as_ref().map(|l| l.minutes as i32),
            to_next_notes: s.to_next.as_ref().map(|l| serde_json::to_string(&l.notes).unwrap_or_default()).unwrap_or_else(|| "{}".into()),
        })
        .collect();
    (row, texts, stops)
}

/// Every route, drafts included.
#[utoipa::path(get, path = "/staff/routes", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffRoute>), (status = 401), (status = 403)))]
async fn list_routes(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffRoute>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let mut items = Vec::new();
    for r in curation::routes(&state.db, STAFF_LIST_MAX).await? {
        items.push(load_route(&state, &r.id).await?);
    }
    Ok(axum::Json(StaffList { items }))
}

/// Create a route (as a draft).
#[utoipa::path(post, path = "/staff/routes", tag = "staff", security(("bearer" = [])), request_body = RouteIn,
    responses((status = 201, body = StaffRoute), (status = 403), (status = 409), (status = 422)))]
async fn create_route(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<RouteIn>) -> Result<Response> {
    let place_ids = check_route(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let (row, texts, stops) = route_rows(&id, &body, &place_ids, "draft", now);
    let txn = state.db.begin().await?;
    curation::save_route(&txn, row, texts, stops, false)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "route.create", ("route", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(load_route(&state, &id).await?))
}

/// One route (id or slug), drafts included.
#[utoipa::path(get, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn get_route(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    Ok(axum::Json(load_route(&state, &id).await?))
}

/// Replace a route's texts and stops (reorder, add, remove); its status is kept.
#[utoipa::path(put, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RouteIn, responses((status = 200, body = StaffRoute), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<RouteIn>) -> Result<axum::Json<StaffRoute>> {
    let before = load_route(&state, &id).await?;
    let place_ids = check_route(&state, &body).await?;
    let now = Utc::now();
    let (row, texts, stops) = route_rows(&before.id, &body, &place_ids, &before.status, now);
    let txn = state.db.begin().await?;
    curation::save_route(&txn, row, texts, stops, true)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "route.update", ("route", &before.id), Some(&json_of(&before)), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_route(&state, &before.id).await?))
}

async fn route_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffRoute>> {
    let before = load_route(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::set_route_status(&txn, &before.id, status, now).await?;
    let action = if status == store::PUBLISHED { "route.publish" } else { "route.unpublish" };
    audit::record(&txn, &user.actor(), action, ("route", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_route(state, &before.id).await?))
}

/// Publish a route: it appears in `GET /v1/routes`.
#[utoipa::path(post, path = "/staff/routes/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn publish_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    route_status(&state, &user, &id, store::PUBLISHED).await
}

/// Unpublish a route (back to draft).
#[utoipa::path(post, path = "/staff/routes/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 403), (status = 404)))]
async fn unpublish_route(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffRoute>> {
    route_status(&state, &user, &id, "draft").await
}

// ---------------------------------------------------------------------------------------
// Events

/// An event (fair, festival, …).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct EventIn {
    slug: String,
    /// `fair`, `festival`, `exhibition`, `sport` or `holiday`.
    #[schema(value_type = String)]
    kind: EventKind,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    /// Venue: a published place (id or slug).
    #[serde(default)]
    place: Option<String>,
    /// Zone slugs.
    #[serde(default)]
    zones: Vec<String>,
    /// `confirmed`, `inferred` or `uncertain`.
    #[schema(value_type = String)]
    date_confidence: Confidence,
    translations: BTreeMap<String, NameText>,
    #[serde(default)]
    sources: Vec<String>,
}

/// An event as staff see it.
#[derive(Serialize, ToSchema)]
struct StaffEvent {
    id: String,
    slug: String,
    kind: String,
    status: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    place_id: Option<String>,
    zones: Vec<String>,
    date_confidence: String,
    translations: BTreeMap<String, NameText>,
    sources: Vec<String>,
    updated_at: DateTime<Utc>,
}

fn event_view(e: event::Model, texts: Vec<event_translation::Model>) -> StaffEvent {
    StaffEvent {
        translations: texts.into_iter().map(|t| (t.locale, NameText { name: t.name, summary: t.summary })).collect(),
        zones: serde_json::from_str(&e.zones).unwrap_or_default(),
        sources: serde_json::from_str(&e.sources).unwrap_or_default(),
        id: e.id,
        slug: e.slug,
        kind: e.kind,
        status: e.status,
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        place_id: e.place_id,
        date_confidence: e.date_confidence,
        updated_at: e.updated_at,
    }
}

async fn load_event(state: &AppState, id: &str) -> Result<StaffEvent> {
    let (e, t) = curation::event_full(&state.db, id).await?.ok_or_else(|| Error::NotFound { what: "event", id: id.to_owned() })?;
    Ok(event_view(e, t))
}

async fn check_zones(state: &AppState, errors: &mut Vec<FieldError>, zones: &[String]) -> Result<()> {
    for (i, z) in zones.iter().enumerate() {
        if z.len() > 100 || catalogue::zone(&state.db, z).await?.is_none() {
            errors.push(FieldError::new(format!("zones[{i}]"), "unknown_zone", Msg::new("field-unknown-reference").arg("value", z.as_str())));
        }
    }
    Ok(())
}

async fn check_event(state: &AppState, body: &EventIn) -> Result<Option<String>> {
    let mut errors = Vec::new();
    check_slug(&mut errors, &body.slug);
    check_locales(&mut errors, "translations", &body.translations);
    for (tag, t) in &body.translations {
        too_long(&mut errors, format!("translations.{tag}.name"), &t.name, 200);
        too_long(&mut errors, format!("translations.{tag}.summary"), t.summary.as_deref().unwrap_or(""), 2000);
    }
    if body.ends_on < body.starts_on {
        errors.push(FieldError::new("ends_on", "invalid_range", Msg::new("field-ends-before-start")));
    }
    check_zones(state, &mut errors, &body.zones).await?;
    let mut place_id = None;
    if let Some(place) = &body.place {
        match if place.len() <= 100 { store::places::find_one(&state.db, place).await? } else { None } {
            Some(p) => place_id = Some(p.id),
            None => errors.push(FieldError::new("place", "unpublished_place", Msg::new("field-unpublished-place").arg("place", place.as_str()))),
        }
    }
    unprocessable(errors)?;
    Ok(place_id)
}

fn event_rows(id: &str, body: &EventIn, place_id: Option<String>, status: &str, now: DateTime<Utc>) -> (event::Model, Vec<event_translation::Model>) {
    let row = event::Model {
        id: id.to_owned(),
        slug: body.slug.clone(),
        kind: body.kind.as_str().to_owned(),
        starts_on: body.starts_on,
        ends_on: body.ends_on,
        place_id,
        zones: serde_json::to_string(&body.zones).unwrap_or_else(|_| "[]".into()),
        date_confidence: body.date_confidence.as_str().to_owned(),
        status: status.to_owned(),
        sources: serde_json::to_string(&body.sources).unwrap_or_else(|_| "[]".into()),
        as_of: Some(now.date_naive()),
        updated_at: now,
    };
    let texts = body
        .translations
        .iter()
        .map(|(locale, t)| event_translation::Model { event_id: id.to_owned(), locale: locale.clone(), name: t.name.clone(), summary: t.summary.clone() })
        .collect();
    (row, texts)
}

/// Every event, drafts included, latest first.
#[utoipa::path(get, path = "/staff/events", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffEvent>), (status = 401), (status = 403)))]
async fn list_events(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffEvent>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let mut items = Vec::new();
    for e in curation::events(&state.db, STAFF_LIST_MAX).await? {
        items.push(load_event(&state, &e.id).await?);
    }
    Ok(axum::Json(StaffList { items }))
}

/// Create an event (as a draft).
#[utoipa::path(post, path = "/staff/events", tag = "staff", security(("bearer" = [])), request_body = EventIn,
    responses((status = 201, body = StaffEvent), (status = 403), (status = 409), (status = 422)))]
async fn create_event(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<EventIn>) -> Result<Response> {
    let place_id = check_event(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let (row, texts) = event_rows(&id, &body, place_id, "draft", now);
    let txn = state.db.begin().await?;
    curation::save_event(&txn, row, texts, false)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "event.create", ("event", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(load_event(&state, &id).await?))
}

/// One event (id or slug).
#[utoipa::path(get, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn get_event(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    Ok(axum::Json(load_event(&state, &id).await?))
}

/// Replace an event; its status is kept.
#[utoipa::path(put, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = EventIn, responses((status = 200, body = StaffEvent), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<EventIn>) -> Result<axum::Json<StaffEvent>> {
    let before = load_event(&state, &id).await?;
    let place_id = check_event(&state, &body).await?;
    let now = Utc::now();
    let (row, texts) = event_rows(&before.id, &body, place_id, &before.status, now);
    let txn = state.db.begin().await?;
    curation::save_event(&txn, row, texts, true)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-slug-taken-detail").arg("slug", body.slug.as_str())))?;
    audit::record(&txn, &user.actor(), "event.update", ("event", &before.id), Some(&json_of(&before)), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_event(&state, &before.id).await?))
}

async fn event_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffEvent>> {
    let before = load_event(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::set_event_status(&txn, &before.id, status, now).await?;
    let action = if status == store::PUBLISHED { "event.publish" } else { "event.unpublish" };
    audit::record(&txn, &user.actor(), action, ("event", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(load_event(state, &before.id).await?))
}

/// Publish an event: it appears in `GET /v1/events`.
#[utoipa::path(post, path = "/staff/events/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn publish_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    event_status(&state, &user, &id, store::PUBLISHED).await
}

/// Unpublish an event.
#[utoipa::path(post, path = "/staff/events/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 403), (status = 404)))]
async fn unpublish_event(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffEvent>> {
    event_status(&state, &user, &id, "draft").await
}

// ---------------------------------------------------------------------------------------
// Alerts

/// Title and body of an alert in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AlertText {
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body: Option<String>,
}

/// A warning (typhoon, rainstorm, closure) with a validity window.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct AlertIn {
    /// `info`, `warning` or `severe`.
    severity: String,
    starts_at: DateTime<FixedOffset>,
    ends_at: DateTime<FixedOffset>,
    /// Zone slugs affected.
    #[serde(default)]
    zones: Vec<String>,
    /// Route slugs affected.
    #[serde(default)]
    routes: Vec<String>,
    /// Texts by language; `en` required.
    texts: BTreeMap<String, AlertText>,
}

/// An alert as staff see it.
#[derive(Serialize, ToSchema)]
struct StaffAlert {
    id: String,
    severity: String,
    status: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    zones: Vec<String>,
    routes: Vec<String>,
    texts: BTreeMap<String, AlertText>,
    updated_at: DateTime<Utc>,
}

const SEVERITIES: &[&str] = &["info", "warning", "severe"];

fn alert_view(a: alert::Model) -> StaffAlert {
    StaffAlert {
        zones: serde_json::from_str(&a.zones).unwrap_or_default(),
        routes: serde_json::from_str(&a.routes).unwrap_or_default(),
        texts: serde_json::from_str(&a.texts).unwrap_or_default(),
        id: a.id,
        severity: a.severity,
        status: a.status,
        starts_at: a.starts_at,
        ends_at: a.ends_at,
        updated_at: a.updated_at,
    }
}

async fn load_alert(state: &AppState, id: &str) -> Result<alert::Model> {
    let found = if id.len() <= 64 { curation::alert(&state.db, id).await? } else { None };
    found.ok_or_else(|| Error::NotFound { what: "alert", id: id.to_owned() })
}

async fn check_alert(state: &AppState, body: &AlertIn) -> Result<()> {
    let mut errors = Vec::new();
    if !SEVERITIES.contains(&body.severity.as_str()) {
        errors.push(FieldError::new(
            "severity",
            "invalid_choice",
            Msg::new("field-invalid-choice").arg("value", body.severity.as_str()).arg("accepted", SEVERITIES.join(", ")),
        ));
    }
    if body.ends_at <= body.starts_at {
        errors.push(FieldError::new("ends_at", "invalid_range", Msg::new("field-ends-before-start")));
    }
    check_locales(&mut errors, "texts", &body.texts);
    for (tag, t) in &body.texts {
        too_long(&mut errors, format!("texts.{tag}.title"), &t.title, 200);
        too_long(&mut errors, format!("texts.{tag}.body"), t.body.as_deref().unwrap_or(""), 4000);
    }
    check_zones(state, &mut errors, &body.zones).await?;
    for (i, r) in body.routes.iter().enumerate() {
        if r.len() > 100 || curation::route_full(&state.db, r).await?.is_none() {
            errors.push(FieldError::new(format!("routes[{i}]"), "unknown_route", Msg::new("field-unknown-reference").arg("value", r.as_str())));
        }
    }
    unprocessable(errors)
}

fn alert_row(id: &str, body: &AlertIn, status: &str, now: DateTime<Utc>) -> alert::Model {
    alert::Model {
        id: id.to_owned(),
        severity: body.severity.clone(),
        starts_at: body.starts_at.with_timezone(&Utc),
        ends_at: body.ends_at.with_timezone(&Utc),
        zones: serde_json::to_string(&body.zones).unwrap_or_else(|_| "[]".into()),
        routes: serde_json::to_string(&body.routes).unwrap_or_else(|_| "[]".into()),
        texts: serde_json::to_string(&body.texts).unwrap_or_else(|_| "{}".into()),
        status: status.to_owned(),
        updated_at: now,
    }
}

/// Every alert, drafts and expired ones included, latest first.
#[utoipa::path(get, path = "/staff/alerts", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffAlert>), (status = 401), (status = 403)))]
async fn list_alerts(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<StaffAlert>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let items = curation::alerts(&state.db, STAFF_LIST_MAX).await?.into_iter().map(alert_view).collect();
    Ok(axum::Json(StaffList { items }))
}

/// Create an alert (as a draft; publish it to show it).
#[utoipa::path(post, path = "/staff/alerts", tag = "staff", security(("bearer" = [])), request_body = AlertIn,
    responses((status = 201, body = StaffAlert), (status = 403), (status = 422)))]
async fn create_alert(State(state): State<AppState>, Staff(user): Staff, Json(body): Json<AlertIn>) -> Result<Response> {
    check_alert(&state, &body).await?;
    let now = Utc::now();
    let id = store::accounts::new_id();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert_row(&id, &body, "draft", now), false).await?;
    audit::record(&txn, &user.actor(), "alert.create", ("alert", &id), None, Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(created(alert_view(load_alert(&state, &id).await?)))
}

/// One alert.
#[utoipa::path(get, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn get_alert(State(state): State<AppState>, Staff(_staff): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    Ok(axum::Json(alert_view(load_alert(&state, &id).await?)))
}

/// Replace an alert; its status is kept.
#[utoipa::path(put, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = AlertIn, responses((status = 200, body = StaffAlert), (status = 403), (status = 404), (status = 422)))]
async fn update_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>, Json(body): Json<AlertIn>) -> Result<axum::Json<StaffAlert>> {
    let before = load_alert(&state, &id).await?;
    check_alert(&state, &body).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert_row(&before.id, &body, &before.status, now), true).await?;
    audit::record(&txn, &user.actor(), "alert.update", ("alert", &before.id), Some(&json_of(&alert_view(before.clone()))), Some(&json_of(&body)), now).await?;
    txn.commit().await?;
    Ok(axum::Json(alert_view(load_alert(&state, &before.id).await?)))
}

async fn alert_status(state: &AppState, user: &AuthUser, id: &str, status: &str) -> Result<axum::Json<StaffAlert>> {
    let before = load_alert(state, id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    curation::save_alert(&txn, alert::Model { status: status.to_owned(), updated_at: now, ..before.clone() }, true).await?;
    let action = if status == store::PUBLISHED { "alert.publish" } else { "alert.unpublish" };
    audit::record(&txn, &user.actor(), action, ("alert", &before.id), Some(&serde_json::json!({"status": before.status})), Some(&serde_json::json!({"status": status})), now).await?;
    txn.commit().await?;
    Ok(axum::Json(alert_view(load_alert(state, &before.id).await?)))
}

/// Publish an alert: it appears in `GET /v1/alerts` while in force.
#[utoipa::path(post, path = "/staff/alerts/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn publish_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    alert_status(&state, &user, &id, store::PUBLISHED).await
}

/// Withdraw an alert.
#[utoipa::path(post, path = "/staff/alerts/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 403), (status = 404)))]
async fn unpublish_alert(State(state): State<AppState>, Staff(user): Staff, Path(id): Path<String>) -> Result<axum::Json<StaffAlert>> {
    alert_status(&state, &user, &id, "draft").await
}

// ---------------------------------------------------------------------------------------
// Audit log and accounts

/// One audit entry.
#[derive(Serialize, ToSchema)]
struct AuditOut {
    id: String,
    at: DateTime<Utc>,
    actor_id: String,
    actor_role: String,
    action: String,
    target_type: String,
    target_id: String,
    #[schema(value_type = Object)]
    before: Option<serde_json::Value>,
    #[schema(value_type = Object)]
    after: Option<serde_json::Value>,
}

/// A page of the audit log.
#[derive(Serialize, ToSchema)]
struct AuditPage {
    items: Vec<AuditOut>,
    next_cursor: Option<String>,
}

/// The audit log, newest first. Filters: `actor` (user id), `action` (exact, or a prefix
/// ending in `.` such as `place.`), `target_type`, `target_id`, `since`, `until` (RFC 3339).
#[utoipa::path(get, path = "/staff/audit", tag = "staff", security(("bearer" = [])),
    params(
        ("actor" = Option<String>, Query), ("action" = Option<String>, Query), ("target_type" = Option<String>, Query),
        ("target_id" = Option<String>, Query), ("since" = Option<String>, Query), ("until" = Option<String>, Query),
        ("limit" = Option<i64>, Query, description = "1–100, default 20"), ("cursor" = Option<String>, Query)
    ),
    responses((status = 200, body = AuditPage), (status = 400), (status = 401), (status = 403)))]
async fn audit_log(State(state): State<AppState>, Staff(_staff): Staff, RawQuery(query): RawQuery) -> Result<axum::Json<AuditPage>> {
    let mut p = Params::parse(query.as_deref(), &["actor", "action", "target_type", "target_id", "since", "until", "limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    let filter = audit::AuditFilter {
        actor: p.str("actor").map(str::to_owned),
        action: p.str("action").map(str::to_owned),
        target_type: p.str("target_type").map(str::to_owned),
        target_id: p.str("target_id").map(str::to_owned),
        since: p.time("since").map(|t| t.with_timezone(&Utc)),
        until: p.time("until").map(|t| t.with_timezone(&Utc)),
        before_id: cursor,
    };
    p.finish()?;
    let mut rows = audit::find(&state.db, &filter, limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    let items = rows
        .into_iter()
        .map(|e| AuditOut {
            id: e.id,
            at: e.at,
            actor_id: e.actor_id,
            actor_role: e.actor_role,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            before: parse(e.before),
            after: parse(e.after),
        })
        .collect();
    Ok(axum::Json(AuditPage { items, next_cursor }))
}

/// Accounts matching an email (admins only).
#[utoipa::path(get, path = "/staff/users", tag = "staff", security(("bearer" = [])), params(("email" = String, Query)),
    responses((status = 200, body = StaffList<UserOut>), (status = 400), (status = 403)))]
async fn find_users(State(state): State<AppState>, Admin(_admin): Admin, RawQuery(query): RawQuery) -> Result<axum::Json<StaffList<UserOut>>> {
    let mut p = Params::parse(query.as_deref(), &["email"]);
    let email = p.str("email").and_then(crate::auth::normalize_email);
    if email.is_none() {
        p.fail("email", "invalid_email", Msg::new("field-invalid-email"));
    }
    p.finish()?;
    let found = store::accounts::user_by_email(&state.db, &email.unwrap_or_default()).await?;
    Ok(axum::Json(StaffList { items: found.iter().map(UserOut::from).collect() }))
}

/// A new role.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RoleIn {
    /// `visitor`, `merchant`, `curator` or `admin`.
    role: String,
}

/// Change a user's role (admins only), e.g. promote a user to curator. Takes effect on
/// the user's next request.
#[utoipa::path(put, path = "/staff/users/{id}/role", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RoleIn, responses((status = 200, body = UserOut), (status = 403), (status = 404), (status = 422)))]
async fn set_role(State(state): State<AppState>, Admin(admin): Admin, Path(id): Path<String>, Json(body): Json<RoleIn>) -> Result<axum::Json<UserOut>> {
    let role: Role = body.role.parse().map_err(|e| {
        Error::Unprocessable(vec![FieldError::new("role", "invalid_choice", super::params::choice_msg(&e))])
    })?;
    let not_found = || Error::NotFound { what: "user", id: id.clone() };
    let before = if id.len() <= 64 { store::accounts::user_by_id(&state.db, &id).await? } else { None };
    let before = before.ok_or_else(not_found)?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !store::accounts::set_role(&txn, &id, role.as_str(), now).await? {
        return Err(not_found());
    }
    audit::record(&txn, &admin.actor(), "user.role", ("user", &id), Some(&serde_json::json!({"role": before.role})), Some(&serde_json::json!({"role": role.as_str()})), now).await?;
    txn.commit().await?;
    let after = store::accounts::user_by_id(&state.db, &id).await?.ok_or_else(not_found)?;
    Ok(axum::Json(UserOut::from(&after)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_name_each_changed_leaf() {
        let before = serde_json::json!({"name_zh": "甲", "location": {"lat": 23.1, "lng": 113.3}, "translations": {"en": {"name": "A"}}});
        let after = serde_json::json!({"name_zh": "甲", "location": {"lat": 23.2, "lng": 113.3}, "translations": {"en": {"name": "A"}, "ja": {"name": "エー"}}});
        let fields: Vec<String> = diff(&before, &after).into_iter().map(|c| c.field).collect();
        assert_eq!(fields, ["location.lat", "translations.ja.name"]);
    }
}

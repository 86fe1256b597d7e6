//! `GET /v1/sync?locale=&since=`: the app's offline bundle for one locale (DESIGN.md "API
//! contract"; issue 5 "Offline first").
//!
//! Without `since` the answer is every published place, zone, route, event, alert and
//! policy version with its texts already picked for `locale` (fallback chain as
//! everywhere else), and `full: true`: the phone replaces what it holds for that locale.
//! With `since` (the `since` of the previous answer, an opaque watermark) it is only what
//! changed after it, plus `tombstones` for items deleted or unpublished meanwhile. The
//! watermark is the time of the newest change in the catalogue, not the clock, so an
//! unchanged catalogue gives byte-identical answers and the global ETag middleware turns
//! a repeated request with `If-None-Match` into a body-less 304.
//!
//! Field names are short and empty or false fields are left out: the bundle is the
//! biggest thing a phone downloads (docs/PERFORMANCE.md, "Offline sync bundle").

use std::collections::{BTreeMap, HashMap};

use axum::extract::{RawQuery, State};
use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use guide_domain::{Locale, negotiate};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view::pick;
use crate::app::AppState;
use crate::error::{Msg, Result};
use crate::i18n::Lang;
use crate::store::entity::{alert, event, place, route, zone};
use crate::store::sync::{self as store_sync, Changes};
use crate::store::{self, PUBLISHED, catalogue, unframe};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(sync))
}

/// Query parameters of `GET /v1/sync`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct SyncParams {
    /// BCP 47 tag of the bundle's language (default: the request's language).
    locale: Option<String>,
    /// The `since` of the previous answer: only changes after it, with tombstones.
    since: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A place, with texts in the bundle's locale.
#[derive(Serialize, ToSchema)]
struct SyncPlace {
    id: String,
    slug: String,
    kind: String,
    district: String,
    name: String,
    name_zh: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address_zh: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
    /// Language of `name`, `summary`, `address`.
    locale: &'static str,
    #[serde(skip_serializing_if = "is_false")]
    fallback: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lng: Option<f64>,
    #[serde(skip_serializing_if = "is_false")]
    approximate: bool,
    /// OpenStreetMap `opening_hours`.
    #[serde(skip_serializing_if = "Option::is_none")]
    hours: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours_confidence: Option<String>,
    /// `[{method, confidence, verified_at}]`.
    #[schema(value_type = Object)]
    payments: serde_json::Value,
    #[schema(value_type = Object)]
    friendliness: serde_json::Value,
    #[serde(skip_serializing_if = "is_false")]
    tax_refund: bool,
    #[serde(skip_serializing_if = "is_false")]
    instant_refund: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    tax_refund_confidence: Option<String>,
    #[serde(skip_serializing_if = "is_false")]
    duty_free: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Object)]
    duty_free_details: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "is_false")]
    night: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    interests: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    visit_minutes: Option<i32>,
    /// Zone slugs.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    zones: Vec<String>,
    confidence: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    uncertain_fields: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_of: Option<NaiveDate>,
}

/// A zone ("5+2+4" commercial district).
#[derive(Serialize, ToSchema)]
struct SyncZone {
    id: String,
    slug: String,
    tier: String,
    name: String,
    name_zh: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    locale: &'static str,
    #[serde(skip_serializing_if = "is_false")]
    fallback: bool,
    districts: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    lng: Option<f64>,
}

/// One stop of a route.
#[derive(Serialize, ToSchema)]
struct SyncStop {
    place_id: String,
    dwell_minutes: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_next_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_next_minutes: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    to_next_note: Option<String>,
}

/// A curated route.
#[derive(Serialize, ToSchema)]
struct SyncRoute {
    id: String,
    slug: String,
    theme: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    locale: &'static str,
    #[serde(skip_serializing_if = "is_false")]
    fallback: bool,
    stops: Vec<SyncStop>,
}

/// An event.
#[derive(Serialize, ToSchema)]
struct SyncEvent {
    id: String,
    slug: String,
    kind: String,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    place_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    zones: Vec<String>,
    date_confidence: String,
    name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
    locale: &'static str,
}

/// An alert (weather, closure).
#[derive(Serialize, ToSchema)]
struct SyncAlert {
    id: String,
    severity: String,
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    zones: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    routes: Vec<String>,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    body: Option<String>,
    locale: &'static str,
}

/// An item the phone must drop.
#[derive(Serialize, ToSchema)]
struct Tombstone {
    /// `place`, `zone`, `route`, `event`, `alert` or `policy`.
    kind: String,
    id: String,
}

/// The bundle or delta.
#[derive(Serialize, ToSchema)]
struct Bundle {
    /// Language of the texts.
    locale: &'static str,
    /// True: a complete bundle that replaces what the phone holds for `locale`.
    full: bool,
    /// Send back as `since` next time (null for an empty catalogue).
    since: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    places: Vec<SyncPlace>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    zones: Vec<SyncZone>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    routes: Vec<SyncRoute>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    events: Vec<SyncEvent>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    alerts: Vec<SyncAlert>,
    /// Policy versions in the envelope of `seeds/policies/*.yaml` (`kind`, `version`,
    /// dates, `source`, `as_of`, `confidence`, `data`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[schema(value_type = Vec<Object>)]
    policies: Vec<serde_json::Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    tombstones: Vec<Tombstone>,
}

/// Offline bundle for one locale, or the delta since a previous sync.
#[utoipa::path(
    get, path = "/sync", tag = "sync", params(SyncParams),
    responses(
        (status = 200, body = Bundle),
        (status = 304, description = "unchanged (`If-None-Match`)"),
        (status = 400, description = "invalid locale or since (problem+json)")
    )
)]
async fn sync(State(state): State<AppState>, Lang(lang): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<Bundle>> {
    let mut p = Params::parse(query.as_deref(), &["locale", "since"]);
    let locale = match p.str("locale").map(|tag| negotiate(Some(tag), None)) {
        None => lang,
        Some(Ok(n)) => n.locale,
        Some(Err(e)) => {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            p.fail(
                "locale",
                "unsupported_locale",
                Msg::new("field-invalid-choice").arg("value", e.value).arg("accepted", accepted.join(", ")),
            );
            lang
        }
    };
    let since = p.time("since").map(|t| t.with_timezone(&Utc));
    p.finish()?;

    // The watermark first: a row written while the bundle is read is then sent again next
    // time rather than never.
    let watermark = store_sync::watermark(&state.db).await?;
    let changes = store_sync::changes(&state.db, since).await?;
    let bundle = build(&state, locale, since, watermark, changes).await?;
    Ok(axum::Json(bundle))
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

async fn build(
    state: &AppState,
    locale: Locale,
    since: Option<DateTime<Utc>>,
    watermark: Option<DateTime<Utc>>,
    c: Changes,
) -> Result<Bundle> {
    let db = &state.db;
    let chain = locale.fallback_chain();
    let mut tombstones: Vec<Tombstone> =
        c.tombstones.into_iter().map(|t| Tombstone { kind: t.entity, id: t.id }).collect();
    let mut gone = |kind: &str, id: &str| tombstones.push(Tombstone { kind: kind.to_owned(), id: id.to_owned() });

    let (live_places, dead): (Vec<place::Model>, Vec<place::Model>) =
        c.places.into_iter().partition(|p| p.status == PUBLISHED);
    dead.iter().for_each(|p| gone("place", &p.id));
    let (live_routes, dead): (Vec<route::Model>, Vec<route::Model>) =
        c.routes.into_iter().partition(|r| r.status == PUBLISHED);
    dead.iter().for_each(|r| gone("route", &r.id));
    let (live_events, dead): (Vec<event::Model>, Vec<event::Model>) =
        c.events.into_iter().partition(|e| e.status == PUBLISHED);
    dead.iter().for_each(|e| gone("event", &e.id));
    let (live_alerts, dead): (Vec<alert::Model>, Vec<alert::Model>) =
        c.alerts.into_iter().partition(|a| a.status == PUBLISHED);
    dead.iter().for_each(|a| gone("alert", &a.id));

    let ids: Vec<String> = live_places.iter().map(|p| p.id.clone()).collect();
    let texts = store::places::translations(db, &ids, &chain).await?;
    let mut zone_slugs = store::places::zone_slugs(db, &ids).await?;
    let places = live_places
        .iter()
        .map(|p| place_out(p, texts.get(&p.id).and_then(|rows| pick(rows, locale)), zone_slugs.remove(&p.id)))
        .collect();

    let zones = if c.zones.is_empty() {
        Vec::new()
    } else {
        let texts = catalogue::zone_translations(db, &chain).await?;
        c.zones.iter().map(|z| zone_out(z, texts.get(&z.id).and_then(|rows| pick(rows, locale)), locale)).collect()
    };

    let routes = if live_routes.is_empty() {
        Vec::new()
    } else {
        let texts = catalogue::route_translations(db, &chain).await?;
        let stops = catalogue::route_stops(db).await?;
        live_routes
            .iter()
            .map(|r| {
                let picked = texts.get(&r.id).and_then(|rows| pick(rows, locale));
                SyncRoute {
                    id: r.id.clone(),
                    slug: r.slug.clone(),
                    theme: r.theme.clone(),
                    name: picked.map(|(t, ..)| t.name.clone()).unwrap_or_else(|| r.slug.clone()),
                    summary: picked.and_then(|(t, ..)| t.summary.clone()),
                    locale: picked.map(|(_, l, _)| l).unwrap_or(Locale::En).tag(),
                    fallback: picked.is_none_or(|(_, _, f)| f),
                    stops: stops
                        .get(&r.id)
                        .map(Vec::as_slice)
                        .unwrap_or(&[])
                        .iter()
                        .map(|s| SyncStop {
                            place_id: s.place_id.clone(),
                            dwell_minutes: s.dwell_minutes,
                            to_next_mode: s.to_next_mode.clone(),
                            to_next_minutes: s.to_next_minutes,
                            to_next_note: pick_json::<String>(&s.to_next_notes, &chain),
                        })
                        .collect(),
                }
            })
            .collect()
    };

    let events = if live_events.is_empty() {
        Vec::new()
    } else {
        let ids: Vec<String> = live_events.iter().map(|e| e.id.clone()).collect();
        let texts = catalogue::event_translations(db, &ids, &chain).await?;
        live_events
            .iter()
            .map(|e| {
                let picked = texts.get(&e.id).and_then(|rows| pick(rows, locale));
                SyncEvent {
                    id: e.id.clone(),
                    slug: e.slug.clone(),
                    kind: e.kind.clone(),
                    starts_on: e.starts_on,
                    ends_on: e.ends_on,
                    place_id: e.place_id.clone(),
                    zones: serde_json::from_str(&e.zones).unwrap_or_default(),
                    date_confidence: e.date_confidence.clone(),
                    name: picked.map(|(t, ..)| t.name.clone()).unwrap_or_else(|| e.slug.clone()),
                    summary: picked.and_then(|(t, ..)| t.summary.clone()),
                    locale: picked.map(|(_, l, _)| l).unwrap_or(Locale::En).tag(),
                }
            })
            .collect()
    };

    #[derive(Deserialize)]
    struct AlertText {
        title: String,
        #[serde(default)]
        body: Option<String>,
    }
    let alerts = live_alerts
        .iter()
        .filter_map(|a| {
            let texts: BTreeMap<String, AlertText> = serde_json::from_str(&a.texts).ok()?;
            let (found, text) = chain
                .iter()
                .find_map(|l| texts.get(l.tag()).map(|t| (*l, t)))
                .or_else(|| texts.iter().next().map(|(tag, t)| (Locale::from_tag(tag).unwrap_or(Locale::En), t)))?;
            Some(SyncAlert {
                id: a.id.clone(),
                severity: a.severity.clone(),
                starts_at: a.starts_at,
                ends_at: a.ends_at,
                zones: serde_json::from_str(&a.zones).unwrap_or_default(),
                routes: serde_json::from_str(&a.routes).unwrap_or_default(),
                title: text.title.clone(),
                body: text.body.clone(),
                locale: found.tag(),
            })
        })
        .collect();

    let policies = c
        .policies
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p.id,
                "kind": p.kind,
                "version": p.version,
                "effective_from": p.effective_from,
                "effective_to": p.effective_to,
                "source": p.source,
                "as_of": p.as_of,
                "confidence": p.confidence,
                "data": serde_json::from_str::<serde_json::Value>(&p.data).unwrap_or(serde_json::Value::Null),
            })
        })
        .collect();

    Ok(Bundle {
        locale: locale.tag(),
        full: since.is_none(),
        since: watermark.or(since).map(stamp),
        places,
        zones,
        routes,
        events,
        alerts,
        policies,
        tombstones,
    })
}

/// The value for the first locale of `chain` in a JSON object `{locale: value}`.
fn pick_json<T: for<'de> Deserialize<'de>>(json: &str, chain: &[Locale]) -> Option<T> {
    let mut map: HashMap<String, T> = serde_json::from_str(json).ok()?;
    chain.iter().find_map(|l| map.remove(l.tag()))
}

type Picked<'a, T> = Option<(&'a T, Locale, bool)>;

fn place_out(
    p: &place::Model,
    t: Picked<'_, crate::store::entity::place_translation::Model>,
    zones: Option<Vec<String>>,
) -> SyncPlace {
    let json = |s: &str| serde_json::from_str::<serde_json::Value>(s).unwrap_or(serde_json::Value::Null);
    SyncPlace {
        id: p.id.clone(),
        slug: p.slug.clone(),
        kind: p.kind.clone(),
        district: p.district.clone(),
        name: t.map(|(r, ..)| r.name.clone()).unwrap_or_else(|| p.name_zh.clone()),
        name_zh: p.name_zh.clone(),
        summary: t.and_then(|(r, ..)| r.summary.clone()),
        address: t.and_then(|(r, ..)| r.address.clone()),
        address_zh: p.address_zh.clone(),
        phone: p.phone.clone(),
        locale: t.map(|(_, l, _)| l).unwrap_or(Locale::ZhHans).tag(),
        fallback: t.is_none_or(|(_, _, f)| f),
        lat: p.lat,
        lng: p.lng,
        approximate: p.location_approximate,
        hours: p.opening_hours.clone(),
        hours_confidence: p.opening_hours_confidence.clone(),
        payments: json(&p.payments),
        friendliness: json(&p.friendliness),
        tax_refund: p.tax_refund_store,
        instant_refund: p.tax_refund_instant,
        tax_refund_confidence: p.tax_refund_confidence.clone(),
        duty_free: p.duty_free,
        duty_free_details: p.duty_free_details.as_deref().map(json),
        night: p.night,
        tags: unframe(&p.tags),
        interests: unframe(&p.interests),
        visit_minutes: p.visit_minutes,
        zones: zones.unwrap_or_default(),
        confidence: p.confidence.clone(),
        uncertain_fields: serde_json::from_str(&p.uncertain_fields).unwrap_or_default(),
        as_of: p.as_of,
    }
}

fn zone_out(z: &zone::Model, t: Picked<'_, crate::store::entity::zone_translation::Model>, _locale: Locale) -> SyncZone {
    SyncZone {
        id: z.id.clone(),
        slug: z.slug.clone(),
        tier: z.tier.clone(),
        name: t.map(|(r, ..)| r.name.clone()).unwrap_or_else(|| z.name_zh.clone()),
        name_zh: z.name_zh.clone(),
        summary: t.and_then(|(r, ..)| r.summary.clone()),
        locale: t.map(|(_, l, _)| l).unwrap_or(Locale::ZhHans).tag(),
        fallback: t.is_none_or(|(_, _, f)| f),
        districts: serde_json::from_str(&z.districts).unwrap_or_default(),
        lat: z.center_lat,
        lng: z.center_lng,
    }
}

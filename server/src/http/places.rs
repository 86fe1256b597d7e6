//! `GET /v1/places` (filters, distance, open-now, cursor pagination) and
//! `GET /v1/places/{id-or-slug}` (full place with driver card, map links, hours and
//! schema.org JSON-LD on request). Contract: DESIGN.md "API contract".

use std::collections::HashMap;
use std::str::FromStr;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::l10n::tr;
use guide_domain::place::{DutyFreeInfo, Friendliness, PaymentInfo};
use guide_domain::{Confidence, LatLng, Locale, MapLinks, OpenState, PaymentMethod, PlaceKind, UnknownValue, map_links};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view::pick;
use crate::app::AppState;
use crate::error::{Error, Msg, Result};
use crate::i18n::{Lang, text};
use crate::store::entity::{place, place_translation};
use crate::store::places::{PlaceFilter, TaxRefundFilter};
use crate::store::{self, unframe};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(detail))
}

/// Default search radius around `near`, in metres.
const DEFAULT_RADIUS_M: i64 = 3000;
/// Largest search radius, in metres.
const MAX_RADIUS_M: i64 = 50_000;
/// Default page size.
const DEFAULT_LIMIT: i64 = 20;
/// Largest page size.
const MAX_LIMIT: i64 = 100;

const ACCEPTED: &[&str] = &[
    "kind", "zone", "district", "near", "radius_m", "open_now", "open_at", "pay", "tax_refund", "duty_free", "night",
    "tag", "q", "sort", "limit", "cursor",
];

/// Order of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Sort {
    /// Best match of `q` first (default when `q` is given).
    Relevance,
    /// Nearest first (default when `near` is given).
    Distance,
    /// Alphabetical by the displayed name (default otherwise).
    Name,
}

impl FromStr for Sort {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "relevance" => Ok(Sort::Relevance),
            "distance" => Ok(Sort::Distance),
            "name" => Ok(Sort::Name),
            _ => Err(UnknownValue { value: s.to_owned(), accepted: &["relevance", "distance", "name"] }),
        }
    }
}

/// Query parameters of `GET /v1/places` (documentation; parsing is in [`parse_list`]).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ListParams {
    /// Comma list of place kinds (any of).
    kind: Option<String>,
    /// Zone slug (a "5+2+4" commercial district).
    zone: Option<String>,
    /// District slug (`yuexiu`, `tianhe`, …).
    district: Option<String>,
    /// `LAT,LNG` (WGS-84). Adds `distance_m` to items.
    near: Option<String>,
    /// Search radius around `near` in metres, 1–50000 (default 3000).
    radius_m: Option<i64>,
    /// `true`: only places open now (places with unknown hours are left out).
    open_now: Option<bool>,
    /// RFC 3339 time: only places open then.
    open_at: Option<String>,
    /// Comma list of payment methods (any of).
    pay: Option<String>,
    /// `true` (any tax-refund store) or `instant`.
    tax_refund: Option<String>,
    /// `true`: duty-free shops only.
    duty_free: Option<bool>,
    /// `true`: night-economy places only.
    night: Option<bool>,
    /// Comma list of tags (any of).
    tag: Option<String>,
    /// Text to find in names (any language) and the Chinese name.
    q: Option<String>,
    /// `relevance`, `distance` (needs `near`) or `name`.
    sort: Option<String>,
    /// Page size, 1–100 (default 20).
    limit: Option<i64>,
    /// `next_cursor` of the previous page.
    cursor: Option<String>,
    /// Language (beats `Accept-Language`).
    lang: Option<String>,
}

/// Pagination position: the sort key of the last item sent. Keyset pagination is stable
/// under concurrent inserts: a new place lands before or after the cursor, never
/// shifting the items of the next page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct Cursor {
    s: Sort,
    p: i64,
    t: String,
    i: String,
}

impl Cursor {
    fn encode(&self) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).expect("cursor serializes"))
    }

    fn decode(s: &str) -> Option<Cursor> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(s).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    fn key(&self) -> (i64, &str, &str) {
        (self.p, &self.t, &self.i)
    }
}

struct ListQuery {
    filter: PlaceFilter,
    near: Option<LatLng>,
    radius_m: f64,
    open_at: Option<DateTime<FixedOffset>>,
    sort: Sort,
    limit: usize,
    cursor: Option<Cursor>,
}

fn parse_list(query: Option<&str>, now: DateTime<Utc>) -> Result<ListQuery> {
    let mut p = Params::parse(query, ACCEPTED);
    let mut filter = PlaceFilter { kinds: p.list::<PlaceKind>("kind"), district: p.one("district"), ..Default::default() };
    filter.zone = p.str("zone").map(str::to_owned);
    filter.pay = p.list::<PaymentMethod>("pay");
    filter.tax_refund = match p.str("tax_refund") {
        None | Some("false") => None,
        Some("true") => Some(TaxRefundFilter::Any),
        Some("instant") => Some(TaxRefundFilter::Instant),
        Some(_) => {
            p.fail("tax_refund", "invalid_choice", Msg::new("field-invalid-tax-refund"));
            None
        }
    };
    filter.duty_free = p.flag("duty_free");
    filter.night = p.flag("night");
    filter.tags = p
        .str("tag")
        .map(|t| t.split(',').map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()).collect())
        .unwrap_or_default();
    filter.q = p.str("q").map(str::to_owned);

    let near = match p.str("near").map(LatLng::parse) {
        None => None,
        Some(Ok(at)) => Some(at),
        Some(Err(_)) => {
            p.fail("near", "invalid_coordinates", Msg::new("field-invalid-coordinates"));
            None
        }
    };
    let radius_m = p.int("radius_m", 1, MAX_RADIUS_M, DEFAULT_RADIUS_M) as f64;
    if near.is_none() && p.str("radius_m").is_some() && p.str("near").is_none() {
        p.fail("radius_m", "requires_near", Msg::new("field-requires-near"));
    }
    filter.bbox = near.map(|at| at.bounding_box(radius_m));

    let open_now = p.flag("open_now");
    let open_at = p.time("open_at").or(open_now.then(|| now.fixed_offset()));

    let default_sort = if filter.q.is_some() {
        Sort::Relevance
    } else if near.is_some() {
        Sort::Distance
    } else {
        Sort::Name
    };
    let sort = p.one::<Sort>("sort").unwrap_or(default_sort);
    if sort == Sort::Distance && near.is_none() && p.str("near").is_none() {
        p.fail("sort", "requires_near", Msg::new("field-requires-near"));
    }
    let limit = p.int("limit", 1, MAX_LIMIT, DEFAULT_LIMIT) as usize;
    let cursor = match p.str("cursor") {
        None => None,
        Some(raw) => match Cursor::decode(raw).filter(|c| c.s == sort) {
            Some(c) => Some(c),
            None => {
                p.fail("cursor", "invalid_cursor", Msg::new("field-invalid-cursor"));
                None
            }
        },
    };
    p.finish()?;
    Ok(ListQuery { filter, near, radius_m, open_at, sort, limit, cursor })
}

/// A coordinate in WGS-84, and whether it is only approximate.
#[derive(Serialize, ToSchema)]
struct LocationOut {
    lat: f64,
    lng: f64,
    /// The coordinate is an estimate (about 1 km); check on arrival.
    approximate: bool,
}

/// Tax-refund facts of a place.
#[derive(Serialize, ToSchema)]
struct TaxRefundOut {
    /// Issues departure tax-refund forms.
    store: bool,
    /// Pays the refund on the spot (card pre-authorisation).
    instant: bool,
    /// `confirmed`, `inferred` or `uncertain`.
    confidence: Option<String>,
}

/// One place in a list.
#[derive(Serialize, ToSchema)]
struct PlaceItem {
    /// UUIDv7.
    id: String,
    slug: String,
    kind: String,
    /// Name in `locale`.
    name: String,
    /// Chinese name, for drivers and signs.
    name_zh: String,
    summary: Option<String>,
    /// Language of `name` and `summary`.
    locale: &'static str,
    /// True when `locale` is not the requested language.
    fallback: bool,
    location: Option<LocationOut>,
    /// Zone slugs.
    zones: Vec<String>,
    district: String,
    /// Open at this moment; null when hours are unknown.
    open_now: Option<bool>,
    /// Metres from `near` (only when `near` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_m: Option<u32>,
    /// Accepted payment methods (see detail for verification state).
    pay: Vec<String>,
    tax_refund: TaxRefundOut,
    duty_free: bool,
    night: bool,
    /// Some facts of this place are not confirmed: show "verify before travel".
    verify_before_travel: bool,
}

/// A page of places.
#[derive(Serialize, ToSchema)]
struct PlacePage {
    items: Vec<PlaceItem>,
    /// Pass as `cursor` for the next page; null on the last page.
    next_cursor: Option<String>,
}

/// Names and texts of a place in the request's language.
struct Texts<'a> {
    row: Option<&'a place_translation::Model>,
    locale: Locale,
    fallback: bool,
}

fn texts<'a>(rows: Option<&'a Vec<place_translation::Model>>, locale: Locale) -> Texts<'a> {
    match rows.and_then(|rows| pick(rows, locale)) {
        Some((row, found, fallback)) => Texts { row: Some(row), locale: found, fallback },
        // No translation at all: the Chinese name stands in, and that is a fallback.
        None => Texts { row: None, locale: Locale::ZhHans, fallback: locale != Locale::ZhHans },
    }
}

fn open_state(state: &AppState, hours: Option<&str>, at: DateTime<FixedOffset>) -> Option<OpenState> {
    Some(state.hours.get(hours?)?.state_at(at))
}

fn location(place: &place::Model) -> Option<LocationOut> {
    Some(LocationOut { lat: place.lat?, lng: place.lng?, approximate: place.location_approximate })
}

fn needs_verification(place: &place::Model) -> bool {
    let doubtful = |c: Option<&str>| c.is_some_and(|c| c != Confidence::Confirmed.as_str());
    place.confidence != Confidence::Confirmed.as_str()
        || place.location_approximate
        || doubtful(place.opening_hours_confidence.as_deref())
        || doubtful(place.tax_refund_confidence.as_deref())
        || place.uncertain_fields != "[]"
}

fn item(
    state: &AppState,
    place: &place::Model,
    texts: &Texts<'_>,
    zones: Vec<String>,
    distance_m: Option<f64>,
    now: DateTime<FixedOffset>,
) -> PlaceItem {
    PlaceItem {
        id: place.id.clone(),
        slug: place.slug.clone(),
        kind: place.kind.clone(),
        name: texts.row.map(|r| r.name.clone()).unwrap_or_else(|| place.name_zh.clone()),
        name_zh: place.name_zh.clone(),
        summary: texts.row.and_then(|r| r.summary.clone()),
        locale: texts.locale.tag(),
        fallback: texts.fallback,
        location: location(place),
        zones,
        district: place.district.clone(),
        open_now: open_state(state, place.opening_hours.as_deref(), now).and_then(|s| match s {
            OpenState::Open => Some(true),
            OpenState::Closed => Some(false),
            OpenState::Unknown => None,
        }),
        distance_m: distance_m.map(|d| d.round() as u32),
        pay: unframe(&place.pay_methods),
        tax_refund: TaxRefundOut {
            store: place.tax_refund_store,
            instant: place.tax_refund_instant,
            confidence: place.tax_refund_confidence.clone(),
        },
        duty_free: place.duty_free,
        night: place.night,
        verify_before_travel: needs_verification(place),
    }
}

/// How well a place's names match `q`: higher is better.
fn relevance(q: &str, name: &str, slug: &str, name_zh: &str) -> i64 {
    let q = q.to_lowercase();
    let name = name.to_lowercase();
    if slug == q || name == q || name_zh == q {
        100
    } else if name.starts_with(&q) || name_zh.starts_with(&q) {
        60
    } else if name.contains(&q) || name_zh.contains(&q) {
        40
    } else {
        // Matched in another language's name only.
        10
    }
}

/// List places (DESIGN.md "GET /v1/places").
#[utoipa::path(
    get, path = "/places", tag = "places", params(ListParams),
    responses((status = 200, body = PlacePage), (status = 400, description = "invalid parameters (problem+json)"))
)]
async fn list(State(state): State<AppState>, Lang(locale): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<PlacePage>> {
    let now = Utc::now();
    let q = parse_list(query.as_deref(), now)?;
    let mut candidates = store::places::find_candidates(&state.db, &q.filter).await?;

    // Exact circle and opening hours are checked here, on the few rows SQL let through.
    let mut distances: HashMap<String, f64> = HashMap::new();
    if let Some(at) = q.near {
        candidates.retain(|c| match (c.lat, c.lng) {
            (Some(lat), Some(lng)) => {
                let d = at.distance_m(LatLng { lat, lng });
                distances.insert(c.id.clone(), d);
                d <= q.radius_m
            }
            _ => false,
        });
    }
    if let Some(at) = q.open_at {
        candidates.retain(|c| open_state(&state, c.opening_hours.as_deref(), at) == Some(OpenState::Open));
    }

    let chain = locale.fallback_chain();
    let needs_names = q.sort != Sort::Distance;
    let mut translations = if needs_names {
        let ids: Vec<String> = candidates.iter().map(|c| c.id.clone()).collect();
        store::places::translations(&state.db, &ids, &chain).await?
    } else {
        HashMap::new()
    };

    let mut keyed: Vec<(i64, String, String)> = candidates
        .iter()
        .map(|c| {
            let (primary, secondary) = match q.sort {
                Sort::Distance => ((distances.get(&c.id).copied().unwrap_or(f64::MAX) * 100.0) as i64, String::new()),
                Sort::Name | Sort::Relevance => {
                    let t = texts(translations.get(&c.id), locale);
                    let name = t.row.map(|r| r.name.to_lowercase()).unwrap_or_else(|| c.name_zh.clone());
                    let score = match (&q.filter.q, q.sort) {
                        (Some(text), Sort::Relevance) => -relevance(text, &name, &c.slug, &c.name_zh),
                        _ => 0,
                    };
                    (score, name)
                }
            };
            (primary, secondary, c.id.clone())
        })
        .collect();
    keyed.sort();
    if let Some(cursor) = &q.cursor {
        let after = cursor.key();
        keyed.retain(|k| (k.0, k.1.as_str(), k.2.as_str()) > after);
    }
    let has_more = keyed.len() > q.limit;
    keyed.truncate(q.limit);

    let page_ids: Vec<String> = keyed.iter().map(|k| k.2.clone()).collect();
    let mut rows: HashMap<String, place::Model> =
        store::places::by_ids(&state.db, &page_ids).await?.into_iter().map(|p| (p.id.clone(), p)).collect();
    if !needs_names {
        translations = store::places::translations(&state.db, &page_ids, &chain).await?;
    }
    let mut zones = store::places::zone_slugs(&state.db, &page_ids).await?;
    let now_local = now.fixed_offset();
    let next_cursor = has_more.then(|| {
        let k = keyed.last().expect("a full page has a last item");
        Cursor { s: q.sort, p: k.0, t: k.1.clone(), i: k.2.clone() }.encode()
    });
    // A row unpublished between the two queries simply drops out of this page.
    let items = page_ids
        .iter()
        .filter_map(|id| rows.remove(id))
        .map(|p| {
            let t = texts(translations.get(&p.id), locale);
            item(&state, &p, &t, zones.remove(&p.id).unwrap_or_default(), distances.get(&p.id).copied(), now_local)
        })
        .collect();
    Ok(axum::Json(PlacePage { items, next_cursor }))
}

/// A localized notice: a stable code and the text to show.
#[derive(Serialize, ToSchema)]
struct Notice {
    code: &'static str,
    message: String,
}

/// What to show a taxi driver.
#[derive(Serialize, ToSchema)]
struct DriverCard {
    /// Heading in the visitor's language.
    title: String,
    /// "Please take me here", in Chinese (plus the visitor's language).
    request: String,
    name_zh: String,
    address_zh: Option<String>,
    phone: Option<String>,
}

/// Opening hours and the state derived from them.
#[derive(Serialize, ToSchema)]
struct HoursOut {
    /// OpenStreetMap `opening_hours` expression.
    osm: String,
    /// `open`, `closed` or `unknown` right now (Asia/Shanghai).
    #[schema(value_type = String)]
    state: OpenState,
    open_now: bool,
    /// Next opening or closing time, RFC 3339 in +08:00.
    next_change: Option<DateTime<FixedOffset>>,
    confidence: Option<String>,
}

/// A payment method and whether it was verified.
#[derive(Serialize, ToSchema)]
struct PaymentOut {
    method: String,
    /// Localized name of the method.
    label: String,
    confidence: String,
    verified_at: Option<NaiveDate>,
    /// "Not yet verified" when no one confirmed it at the till.
    notice: Option<String>,
}

/// The full place.
#[derive(Serialize, ToSchema)]
struct PlaceDetail {
    #[serde(flatten)]
    item: PlaceItem,
    /// Localized name of the kind.
    kind_label: String,
    /// Address in `locale`, when translated.
    address: Option<String>,
    address_zh: Option<String>,
    phone: Option<String>,
    driver_card: DriverCard,
    /// Deep links; Amap uses GCJ-02, the others WGS-84.
    #[schema(value_type = Object)]
    map_links: Option<MapLinks>,
    hours: Option<HoursOut>,
    payments: Vec<PaymentOut>,
    #[schema(value_type = Object)]
    friendliness: Friendliness,
    #[schema(value_type = Object)]
    duty_free_details: Option<DutyFreeInfo>,
    tags: Vec<String>,
    interests: Vec<String>,
    visit_minutes: Option<i32>,
    confidence: String,
    uncertain_fields: Vec<String>,
    notices: Vec<Notice>,
    sources: Vec<String>,
    as_of: Option<NaiveDate>,
    updated_at: DateTime<Utc>,
}

/// One place by UUID or slug; `Accept: application/ld+json` gives schema.org JSON-LD.
#[utoipa::path(
    get, path = "/places/{id}", tag = "places",
    params(("id" = String, Path, description = "UUID or slug")),
    responses(
        (status = 200, body = PlaceDetail),
        (status = 200, content_type = "application/ld+json", description = "schema.org JSON-LD"),
        (status = 404, description = "no such place (problem+json)")
    )
)]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let not_found = || Error::NotFound { what: "place", id: id.clone() };
    if id.len() > 100 {
        return Err(not_found());
    }
    let place = store::places::find_one(&state.db, &id).await?.ok_or_else(not_found)?;
    let ids = [place.id.clone()];
    let translations = store::places::translations(&state.db, &ids, &locale.fallback_chain()).await?;
    let zones = store::places::zone_slugs(&state.db, &ids).await?.remove(&place.id).unwrap_or_default();
    let t = texts(translations.get(&place.id), locale);
    let now = Utc::now().fixed_offset();

    if wants_json_ld(&headers) {
        let body = json_ld(&place, &t, locale);
        let mut response = axum::Json(body).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/ld+json"));
        return Ok(response);
    }

    let hours = place.opening_hours.as_deref().and_then(|osm| {
        let parsed = state.hours.get(osm)?;
        let state_now = parsed.state_at(now);
        Some(HoursOut {
            osm: osm.to_owned(),
            state: state_now,
            open_now: state_now == OpenState::Open,
            next_change: parsed.next_change(now),
            confidence: place.opening_hours_confidence.clone(),
        })
    });
    let payments: Vec<PaymentInfo> = serde_json::from_str(&place.payments).unwrap_or_default();
    let payments = payments
        .into_iter()
        .map(|p| PaymentOut {
            method: p.method.as_str().to_owned(),
            label: tr(locale, &format!("pay-{}", p.method.as_str())),
            confidence: p.confidence.as_str().to_owned(),
            verified_at: p.verified_at,
            notice: p.unverified().then(|| tr(locale, "notice-not-yet-verified")),
        })
        .collect();
    let mut notices = Vec::new();
    if needs_verification(&place) {
        notices.push(Notice { code: "verify_before_travel", message: tr(locale, "notice-verify-before-travel") });
    }
    if place.location_approximate {
        notices.push(Notice { code: "approximate_location", message: tr(locale, "notice-approximate-location") });
    }
    if t.fallback {
        let message = text(locale, &Msg::new("notice-translation-fallback").arg("language", t.locale.native_name()));
        notices.push(Notice { code: "translation_fallback", message });
    }
    let name = t.row.map(|r| r.name.clone()).unwrap_or_else(|| place.name_zh.clone());
    let detail = PlaceDetail {
        kind_label: tr(locale, &format!("kind-{}", place.kind)),
        address: t.row.and_then(|r| r.address.clone()),
        address_zh: place.address_zh.clone(),
        phone: place.phone.clone(),
        driver_card: DriverCard {
            title: tr(locale, "driver-card-title"),
            request: tr(locale, "driver-card-request"),
            name_zh: place.name_zh.clone(),
            address_zh: place.address_zh.clone(),
            phone: place.phone.clone(),
        },
        map_links: place.lat.zip(place.lng).map(|(lat, lng)| map_links(&name, LatLng { lat, lng })),
        hours,
        payments,
        friendliness: serde_json::from_str(&place.friendliness).unwrap_or_default(),
        duty_free_details: place.duty_free_details.as_deref().and_then(|d| serde_json::from_str(d).ok()),
        tags: unframe(&place.tags),
        interests: unframe(&place.interests),
        visit_minutes: place.visit_minutes,
        confidence: place.confidence.clone(),
        uncertain_fields: serde_json::from_str(&place.uncertain_fields).unwrap_or_default(),
        notices,
        sources: serde_json::from_str(&place.sources).unwrap_or_default(),
        as_of: place.as_of,
        updated_at: place.updated_at,
        item: item(&state, &place, &t, zones, None, now),
    };
    Ok(axum::Json(detail).into_response())
}

fn wants_json_ld(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| accept.split(',').any(|m| m.trim().starts_with("application/ld+json")))
}

/// schema.org type of a place kind.
fn schema_type(kind: &str) -> &'static str {
    match kind {
        "mall" => "ShoppingCenter",
        "restaurant" => "Restaurant",
        "food_street" | "night_scene" | "attraction" => "TouristAttraction",
        "transport_hub" => "TransitStation",
        "market" => "Store",
        _ => "Store",
    }
}

fn json_ld(place: &place::Model, t: &Texts<'_>, locale: Locale) -> serde_json::Value {
    let mut doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": schema_type(&place.kind),
        "@id": format!("urn:uuid:{}", place.id),
        "identifier": place.slug,
        "name": t.row.map(|r| r.name.as_str()).unwrap_or(&place.name_zh),
        "alternateName": place.name_zh,
        "inLanguage": t.locale.tag(),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": place.address_zh,
            "addressLocality": "Guangzhou",
            "addressRegion": "Guangdong",
            "addressCountry": "CN",
        },
    });
    if let Some(summary) = t.row.and_then(|r| r.summary.as_deref()) {
        doc["description"] = summary.into();
    }
    if let (Some(lat), Some(lng)) = (place.lat, place.lng) {
        doc["geo"] = serde_json::json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lng });
    }
    if let Some(phone) = &place.phone {
        doc["telephone"] = phone.as_str().into();
    }
    if let Some(hours) = &place.opening_hours {
        doc["openingHours"] = hours.as_str().into();
    }
    let pay = unframe(&place.pay_methods);
    if !pay.is_empty() {
        let labels: Vec<String> = pay.iter().map(|m| tr(locale, &format!("pay-{m}"))).collect();
        doc["paymentAccepted"] = labels.join(", ").into();
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = Cursor { s: Sort::Name, p: 0, t: "canton tower".into(), i: "0190".into() };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert_eq!(Cursor::decode("not-a-cursor"), None);
        assert_eq!(Cursor::decode(""), None);
    }

    #[test]
    fn distance_sort_needs_near() {
        let Err(Error::BadRequest(errors)) = parse_list(Some("sort=distance"), Utc::now()) else { panic!() };
        assert_eq!(errors[0].field, "sort");
    }

    #[test]
    fn default_sort_follows_the_question() {
        assert_eq!(parse_list(Some("q=tower"), Utc::now()).unwrap().sort, Sort::Relevance);
        assert_eq!(parse_list(Some("near=23.1,113.3"), Utc::now()).unwrap().sort, Sort::Distance);
        assert_eq!(parse_list(None, Utc::now()).unwrap().sort, Sort::Name);
    }

    #[test]
    fn hostile_values_are_400s_naming_each_field() {
        let Err(Error::BadRequest(errors)) =
            parse_list(Some("near=abc&radius_m=-1&limit=1000000&kind=castle&cursor=%%%"), Utc::now())
        else {
            panic!()
        };
        let mut fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        fields.sort();
        assert_eq!(fields, ["cursor", "kind", "limit", "near", "radius_m"]);
    }
}

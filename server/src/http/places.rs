//! `GET /v1/places` (filters, near-me, search, cursor pagination) and
//! `GET /v1/places/{id-or-slug}` (the full place with driver card, map links, hours,
//! payments and sources; schema.org JSON-LD on request). Contract: DESIGN.md "API
//! contract". Both answer from the in-memory catalogue snapshot; filtering, search ranking
//! and sort keys are guide-domain's, shared with the app.

use std::borrow::Cow;
use std::str::FromStr;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::catalogue::{Place, PlaceFacts, PlaceText};
use guide_domain::filter::{Near, PlaceFilter, Sort, SortKey, TaxRefundFilter};
use guide_domain::l10n::tr;
use guide_domain::place::{DutyFreeInfo, Friendliness};
use guide_domain::search::{Match, Query};
use guide_domain::{
    Confidence, District, Interest, LatLng, Locale, MapLinks, OpenState, PaymentMethod, PlaceKind,
    UnknownValue, map_links,
};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view;
use crate::app::AppState;
use crate::catalogue::query::ListRequest;
use crate::error::{Error, Msg, Result};
use crate::i18n::{Lang, text};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(detail))
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
    "kind",
    "zone",
    "district",
    "near",
    "radius_m",
    "open_now",
    "open_at",
    "pay",
    "tax_refund",
    "duty_free",
    "night",
    "tag",
    "q",
    "sort",
    "limit",
    "cursor",
];

/// The wire names of [`Sort`].
fn parse_sort(s: &str) -> Result<Sort, UnknownValue> {
    match s {
        "relevance" => Ok(Sort::Relevance),
        "distance" => Ok(Sort::Distance),
        "name" => Ok(Sort::Name),
        _ => Err(UnknownValue {
            value: s.to_owned(),
            accepted: &["relevance", "distance", "name"],
        }),
    }
}

fn sort_name(s: Sort) -> &'static str {
    match s {
        Sort::Relevance => "relevance",
        Sort::Distance => "distance",
        Sort::Name => "name",
    }
}

/// A `sort` query value.
struct SortParam(Sort);

impl FromStr for SortParam {
    type Err = UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        parse_sort(s).map(SortParam)
    }
}

/// Query parameters of `GET /v1/places` (documentation; parsing is in [`parse_list`]).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct ListParams {
    /// Comma list of place kinds (any of).
    #[param(value_type = Option<Vec<PlaceKind>>, style = Form, explode = false)]
    kind: Option<String>,
    /// Zone slug (a "5+2+4" commercial district).
    zone: Option<String>,
    /// District.
    #[param(value_type = Option<District>)]
    district: Option<String>,
    /// `LAT,LNG` (WGS-84). Adds `distance_m` to items.
    #[param(example = "23.1148,113.26534")]
    near: Option<String>,
    /// Search radius around `near` in metres (default 3000).
    #[param(minimum = 1, maximum = 50000)]
    radius_m: Option<i64>,
    /// `true`: only places open now (places with unknown hours are left out).
    open_now: Option<bool>,
    /// RFC 3339 time: only places open then.
    #[param(value_type = Option<DateTime<FixedOffset>>)]
    open_at: Option<String>,
    /// Comma list of payment methods (any of).
    #[param(value_type = Option<Vec<PaymentMethod>>, style = Form, explode = false)]
    pay: Option<String>,
    /// `true` (any tax-refund store), `instant`, or `false`.
    #[param(pattern = "^(true|false|instant)$")]
    tax_refund: Option<String>,
    /// `true`: duty-free shops only.
    duty_free: Option<bool>,
    /// `true`: night-economy places only.
    night: Option<bool>,
    /// Comma list of tags (any of).
    tag: Option<String>,
    /// Search text in any script: Chinese with or without spaces, pinyin without tones,
    /// Latin words with typos, the start of a name, native names in every language. Plain
    /// text, never query syntax; at most 200 characters.
    #[param(max_length = 200)]
    q: Option<String>,
    /// `relevance` (default with `q`), `distance` (needs `near`; default with it) or `name`.
    #[param(pattern = "^(relevance|distance|name)$")]
    sort: Option<String>,
    /// Page size (default 20).
    #[param(minimum = 1, maximum = 100)]
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
    s: String,
    p: i64,
    t: String,
    i: String,
}

impl Cursor {
    fn of(sort: Sort, key: &SortKey) -> Cursor {
        Cursor {
            s: sort_name(sort).to_owned(),
            p: key.primary,
            t: key.name.clone(),
            i: key.id.clone(),
        }
    }

    fn encode(&self) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(serde_json::to_vec(self).expect("cursor serializes"))
    }

    fn decode(s: &str) -> Option<Cursor> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(s)
            .ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    fn key(self) -> SortKey {
        SortKey {
            primary: self.p,
            name: self.t,
            id: self.i,
        }
    }
}

/// The list request, or `None` when the search text holds nothing searchable (only
/// punctuation or spaces): such a search matches nothing.
fn parse_list(
    query: Option<&str>,
    now: DateTime<Utc>,
    locale: Locale,
) -> Result<Option<ListRequest>> {
    let mut p = Params::parse(query, ACCEPTED);
    let mut filter = PlaceFilter {
        kinds: p.list::<PlaceKind>("kind"),
        district: p.one("district"),
        ..Default::default()
    };
    filter.zone = p.str("zone").map(str::to_owned);
    filter.pay = p.list::<PaymentMethod>("pay");
    filter.tax_refund = match p.str("tax_refund") {
        None | Some("false") => None,
        Some("true") => Some(TaxRefundFilter::Any),
        Some("instant") => Some(TaxRefundFilter::Instant),
        Some(_) => {
            p.fail(
                "tax_refund",
                "invalid_choice",
                Msg::new("field-invalid-tax-refund"),
            );
            None
        }
    };
    filter.duty_free = p.flag("duty_free");
    filter.night = p.flag("night");
    filter.tags = p
        .str("tag")
        .map(|t| {
            t.split(',')
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let q = match p.str("q").map(Query::parse) {
        None | Some(Ok(None)) => None,
        Some(Ok(Some(q))) => Some(q),
        Some(Err(e)) => {
            p.fail(
                "q",
                "too_long",
                Msg::new("field-too-long").arg("max", e.max),
            );
            None
        }
    };
    let has_q = p.str("q").is_some();

    let near = match p.str("near").map(LatLng::parse) {
        None => None,
        Some(Ok(at)) => Some(at),
        Some(Err(_)) => {
            p.fail(
                "near",
                "invalid_coordinates",
                Msg::new("field-invalid-coordinates"),
            );
            None
        }
    };
    let radius_m = p.int("radius_m", 1, MAX_RADIUS_M, DEFAULT_RADIUS_M) as f64;
    if near.is_none() && p.str("radius_m").is_some() && p.str("near").is_none() {
        p.fail("radius_m", "requires_near", Msg::new("field-requires-near"));
    }
    filter.near = near.map(|at| Near::new(at, radius_m));

    let open_now = p.flag("open_now");
    filter.open_at = p.time("open_at").or(open_now.then(|| now.fixed_offset()));

    let default_sort = if has_q {
        Sort::Relevance
    } else if near.is_some() {
        Sort::Distance
    } else {
        Sort::Name
    };
    let sort = p.one::<SortParam>("sort").map_or(default_sort, |s| s.0);
    if sort == Sort::Distance && near.is_none() && p.str("near").is_none() {
        p.fail("sort", "requires_near", Msg::new("field-requires-near"));
    }
    let limit = p.int("limit", 1, MAX_LIMIT, DEFAULT_LIMIT) as usize;
    let after = match p.str("cursor") {
        None => None,
        Some(raw) => match Cursor::decode(raw).filter(|c| c.s == sort_name(sort)) {
            Some(c) => Some(c.key()),
            None => {
                p.fail("cursor", "invalid_cursor", Msg::new("field-invalid-cursor"));
                None
            }
        },
    };
    p.finish()?;
    if has_q && q.is_none() {
        return Ok(None);
    }
    Ok(Some(ListRequest {
        filter,
        q,
        sort,
        limit,
        after,
        locale,
    }))
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
    /// How sure we are; null when the place offers no tax refund.
    confidence: Option<Confidence>,
}

/// One place in a list (borrowed from the snapshot: a page is serialized, not kept).
#[derive(Serialize, ToSchema)]
struct PlaceItem<'a> {
    /// UUIDv7.
    id: &'a str,
    slug: &'a str,
    kind: PlaceKind,
    /// Name in `locale`.
    #[schema(value_type = String)]
    name: Cow<'a, str>,
    /// Chinese name, for drivers and signs.
    name_zh: &'a str,
    #[schema(value_type = Option<String>)]
    summary: Option<Cow<'a, str>>,
    /// Language of `name` and `summary`.
    locale: Locale,
    /// True when `locale` is not the requested language.
    fallback: bool,
    location: Option<LocationOut>,
    /// Zone slugs.
    zones: &'a [String],
    district: District,
    /// Open at this moment; null when hours are unknown.
    open_now: Option<bool>,
    /// Metres from `near` (only when `near` is given).
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_m: Option<u32>,
    /// How the place matched `q` (only when `q` is given): tier and field.
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    matched: Option<Match>,
    /// Accepted payment methods (see detail for verification state).
    pay: Vec<PaymentMethod>,
    tax_refund: TaxRefundOut,
    duty_free: bool,
    night: bool,
    /// Some facts of this place are not confirmed: show "verify before travel".
    verify_before_travel: bool,
}

/// A page of places.
#[derive(Serialize, ToSchema)]
struct PlacePage<'a> {
    items: Vec<PlaceItem<'a>>,
    /// Pass as `cursor` for the next page; null on the last page.
    next_cursor: Option<String>,
}

/// A place as a list item; `open` is its state now (the snapshot remembers it).
fn item(
    place: &Place,
    locale: Locale,
    distance_m: Option<f64>,
    matched: Option<Match>,
    open: OpenState,
) -> PlaceItem<'_> {
    let f = &place.facts;
    let text = place.text(locale);
    let (name, summary) = match text.value {
        Cow::Borrowed(t) => (Cow::Borrowed(t.name()), t.summary().map(Cow::Borrowed)),
        Cow::Owned(t) => (
            Cow::Owned(t.name().to_owned()),
            t.summary().map(|s| Cow::Owned(s.to_owned())),
        ),
    };
    PlaceItem {
        id: &f.id,
        slug: &f.slug,
        kind: f.kind,
        name,
        name_zh: &f.name_zh,
        summary,
        locale: text.locale,
        fallback: text.fallback,
        location: f.location.map(|l| LocationOut {
            lat: l.lat,
            lng: l.lng,
            approximate: l.approximate,
        }),
        zones: &f.zones,
        district: f.district,
        open_now: match open {
            OpenState::Open => Some(true),
            OpenState::Closed => Some(false),
            OpenState::Unknown => None,
        },
        distance_m: distance_m.map(|d| d.round() as u32),
        matched,
        pay: f.payments.iter().map(|p| p.method).collect(),
        tax_refund: TaxRefundOut {
            store: f.tax_refund_store(),
            instant: f.instant_refund(),
            confidence: f.tax_refund.map(|t| t.confidence),
        },
        duty_free: f.duty_free.is_some(),
        night: f.night,
        verify_before_travel: f.needs_verification(),
    }
}

/// List places (DESIGN.md "GET /v1/places").
#[utoipa::path(
    get, path = "/places", tag = "places", params(ListParams),
    responses(
        (status = 200, body = PlacePage),
        (status = 400, description = "invalid parameters (problem+json)")
    )
)]
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let now = Utc::now();
    let Some(req) = parse_list(query.as_deref(), now, locale)? else {
        let empty = PlacePage {
            items: Vec::new(),
            next_cursor: None,
        };
        return Ok(axum::Json(empty).into_response());
    };
    let snapshot = state.catalogue.snapshot();
    let page = snapshot.list(&req);
    let next_cursor = page.more.then(|| {
        let last = page.hits.last().expect("a page with more has a last item");
        Cursor::of(req.sort, &last.key).encode()
    });
    let items = page
        .hits
        .iter()
        .map(|h| {
            let open = snapshot.open_state(h.index, now);
            item(h.place, locale, h.distance_m, h.matched, open)
        })
        .collect();
    // Serialized here: the items borrow from the snapshot.
    Ok(axum::Json(PlacePage { items, next_cursor }).into_response())
}

/// A localized notice: a stable code and the text to show.
#[derive(Serialize, ToSchema)]
pub(crate) struct Notice {
    code: &'static str,
    pub(crate) message: String,
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
    /// Open, closed or unknown right now (Asia/Shanghai).
    #[schema(value_type = String, pattern = "^(open|closed|unknown)$")]
    state: OpenState,
    open_now: bool,
    /// Next opening or closing time, RFC 3339 in +08:00.
    next_change: Option<DateTime<FixedOffset>>,
    confidence: Confidence,
    /// What the hours do not say (holidays, last entry), in `note_locale`.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

/// A payment method and whether it was verified.
#[derive(Serialize, ToSchema)]
pub(crate) struct PaymentOut {
    method: PaymentMethod,
    /// Localized name of the method.
    pub(crate) label: String,
    confidence: Confidence,
    verified_at: Option<NaiveDate>,
    /// "Not yet verified" when no one confirmed it at the till.
    pub(crate) notice: Option<String>,
}

/// The full place.
#[derive(Serialize, ToSchema)]
struct PlaceDetail<'a> {
    #[serde(flatten)]
    item: PlaceItem<'a>,
    /// Localized name of the kind.
    kind_label: String,
    /// Address in `locale`, when translated.
    address: Option<String>,
    address_zh: Option<String>,
    phone: Option<String>,
    driver_card: DriverCard,
    /// Deep links; Amap uses GCJ-02, the others WGS-84.
    #[schema(value_type = Option<Object>)]
    map_links: Option<MapLinks>,
    hours: Option<HoursOut>,
    payments: Vec<PaymentOut>,
    #[schema(value_type = Object)]
    friendliness: Friendliness,
    #[schema(value_type = Option<Object>)]
    duty_free_details: Option<DutyFreeInfo>,
    tags: Vec<String>,
    interests: Vec<Interest>,
    visit_minutes: Option<u32>,
    confidence: Confidence,
    uncertain_fields: Vec<String>,
    notices: Vec<Notice>,
    /// Where the facts come from.
    sources: Vec<view::SourceOut>,
    as_of: Option<NaiveDate>,
    updated_at: DateTime<Utc>,
}

/// One place by UUID or slug; `Accept: application/ld+json` gives schema.org JSON-LD.
#[utoipa::path(
    get, path = "/places/{id}", tag = "places",
    params(("id" = String, Path, description = "UUID or slug", max_length = 100)),
    responses(
        (status = 200, description = "the place, or schema.org JSON-LD with `Accept: application/ld+json`",
            content((PlaceDetail = "application/json"), (Object = "application/ld+json"))),
        (status = 400, description = "unknown query parameter (problem+json)"),
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
    let snapshot = state.catalogue.snapshot();
    let index = snapshot.place_index(&id).ok_or_else(|| Error::NotFound {
        what: "place",
        id: id.clone(),
    })?;
    let place = &snapshot.places[index as usize];
    let text = place.text(locale);
    if wants_json_ld(&headers) {
        let mut response =
            axum::Json(json_ld(place, &text.value, text.locale, locale)).into_response();
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/ld+json"),
        );
        return Ok(response);
    }
    let now = Utc::now();
    let open = snapshot.open_state(index, now);
    let f = &place.facts;
    let hours = f.hours.as_ref().map(|h| HoursOut {
        osm: h.hours.as_str().to_owned(),
        state: open,
        open_now: open == OpenState::Open,
        next_change: snapshot.next_change(index, now),
        confidence: h.confidence,
        note: text.value.hours_note().map(str::to_owned),
    });
    let payments = payments(f, locale);
    let notices = notices(f, text.fallback.then_some(text.locale), locale);
    let detail = PlaceDetail {
        kind_label: tr(locale, &format!("kind-{}", f.kind.as_str())),
        address: text.value.address().map(str::to_owned),
        address_zh: f.address_zh.clone(),
        phone: f.phone.clone(),
        driver_card: DriverCard {
            title: tr(locale, "driver-card-title"),
            request: tr(locale, "driver-card-request"),
            name_zh: f.name_zh.clone(),
            address_zh: f.address_zh.clone(),
            phone: f.phone.clone(),
        },
        map_links: f.lat_lng().map(|at| map_links(text.value.name(), at)),
        hours,
        payments,
        friendliness: f.friendliness.clone(),
        duty_free_details: f.duty_free.clone(),
        tags: f.tags.clone(),
        interests: f.interests.clone(),
        visit_minutes: f.visit_minutes,
        confidence: f.confidence,
        uncertain_fields: f.uncertain_fields.clone(),
        notices,
        sources: view::sources(&f.sources),
        as_of: f.as_of,
        updated_at: f.updated_at,
        item: item(place, locale, None, None, open),
    };
    Ok(axum::Json(detail).into_response())
}

/// How to pay at a place, each method labelled in `locale`, unverified ones saying so
/// (the API's detail and the public page).
pub(crate) fn payments(f: &PlaceFacts, locale: Locale) -> Vec<PaymentOut> {
    f.payments
        .iter()
        .map(|p| PaymentOut {
            method: p.method,
            label: tr(locale, &format!("pay-{}", p.method.as_str())),
            confidence: p.confidence,
            verified_at: p.verified_at,
            notice: p
                .unverified()
                .then(|| tr(locale, "notice-not-yet-verified")),
        })
        .collect()
}

/// What a visitor must be told about a place: doubtful facts, an approximate location,
/// and the language shown when it is a fallback (`fallback_to`).
pub(crate) fn notices(f: &PlaceFacts, fallback_to: Option<Locale>, locale: Locale) -> Vec<Notice> {
    let mut notices = Vec::new();
    if f.needs_verification() {
        notices.push(Notice {
            code: "verify_before_travel",
            message: tr(locale, "notice-verify-before-travel"),
        });
    }
    if f.location.is_some_and(|l| l.approximate) {
        notices.push(Notice {
            code: "approximate_location",
            message: tr(locale, "notice-approximate-location"),
        });
    }
    if let Some(shown) = fallback_to {
        notices.push(Notice {
            code: "translation_fallback",
            message: text_msg(locale, shown),
        });
    }
    notices
}

pub(crate) fn text_msg(locale: Locale, shown: Locale) -> String {
    text(
        locale,
        &Msg::new("notice-translation-fallback").arg("language", shown.native_name()),
    )
}

fn wants_json_ld(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|accept| {
            accept
                .split(',')
                .any(|m| m.trim().starts_with("application/ld+json"))
        })
}

/// schema.org type of a place kind.
fn schema_type(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Mall => "ShoppingCenter",
        PlaceKind::Restaurant => "Restaurant",
        PlaceKind::FoodStreet | PlaceKind::NightScene | PlaceKind::Attraction => {
            "TouristAttraction"
        }
        PlaceKind::TransportHub => "TransitStation",
        _ => "Store",
    }
}

pub(crate) fn json_ld(
    place: &Place,
    text: &PlaceText,
    text_locale: Locale,
    locale: Locale,
) -> serde_json::Value {
    let f = &place.facts;
    let mut doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": schema_type(f.kind),
        "@id": format!("urn:uuid:{}", f.id),
        "identifier": f.slug,
        "name": text.name(),
        "alternateName": f.name_zh,
        "inLanguage": text_locale.tag(),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": f.address_zh,
            "addressLocality": "Guangzhou",
            "addressRegion": "Guangdong",
            "addressCountry": "CN",
        },
    });
    if let Some(summary) = text.summary() {
        doc["description"] = summary.into();
    }
    if let Some(at) = f.lat_lng() {
        doc["geo"] = serde_json::json!({ "@type": "GeoCoordinates", "latitude": at.lat, "longitude": at.lng });
    }
    if let Some(phone) = &f.phone {
        doc["telephone"] = phone.as_str().into();
    }
    if let Some(hours) = &f.hours {
        doc["openingHours"] = hours.hours.as_str().into();
    }
    if !f.payments.is_empty() {
        let labels: Vec<String> = f
            .payments
            .iter()
            .map(|p| tr(locale, &format!("pay-{}", p.method.as_str())))
            .collect();
        doc["paymentAccepted"] = labels.join(", ").into();
    }
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Result<ListRequest> {
        parse_list(Some(q), Utc::now(), Locale::En).map(|r| r.expect("a searchable request"))
    }

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let c = Cursor {
            s: "name".into(),
            p: 0,
            t: "canton tower".into(),
            i: "0190".into(),
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        assert_eq!(Cursor::decode("not-a-cursor"), None);
        assert_eq!(Cursor::decode(""), None);
    }

    #[test]
    fn distance_sort_needs_near() {
        let Err(Error::BadRequest(errors)) = parse("sort=distance") else {
            panic!()
        };
        assert_eq!(errors[0].field, "sort");
    }

    #[test]
    fn default_sort_follows_the_question() {
        assert_eq!(parse("q=tower").unwrap().sort, Sort::Relevance);
        assert_eq!(parse("near=23.1,113.3").unwrap().sort, Sort::Distance);
        assert_eq!(parse("").unwrap().sort, Sort::Name);
    }

    #[test]
    fn hostile_values_are_400s_naming_each_field() {
        let Err(Error::BadRequest(errors)) =
            parse("near=abc&radius_m=-1&limit=1000000&kind=castle&cursor=%%%")
        else {
            panic!()
        };
        let mut fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        fields.sort();
        assert_eq!(fields, ["cursor", "kind", "limit", "near", "radius_m"]);
    }

    #[test]
    fn query_syntax_is_text_and_punctuation_alone_matches_nothing() {
        let req = parse("q=canton%3Atower*").unwrap();
        assert_eq!(req.q.unwrap().words(), ["canton", "tower"]);
        assert!(
            parse_list(Some("q=%22%22"), Utc::now(), Locale::En)
                .unwrap()
                .is_none()
        );
    }
}

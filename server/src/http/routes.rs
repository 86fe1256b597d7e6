//! `GET /v1/routes`, `GET /v1/routes/{slug}` and `GET /v1/routes/{slug}/geojson`:
//! curated themed walks with ordered stops.

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use guide_domain::catalogue::{Place, Route};
use guide_domain::l10n::tr;
use guide_domain::{Interest, Locale, TravelMode};
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view;
use crate::app::AppState;
use crate::catalogue::Snapshot;
use crate::error::{Error, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(detail))
        .routes(routes!(geojson))
}

/// A route in a list.
#[derive(Serialize, ToSchema)]
struct RouteOut {
    slug: String,
    theme: Interest,
    name: String,
    summary: Option<String>,
    locale: Locale,
    fallback: bool,
    stop_count: usize,
    /// Dwell plus travel time of the whole route.
    total_minutes: u32,
    updated_at: DateTime<Utc>,
}

/// The list response.
#[derive(Serialize, ToSchema)]
struct RouteList {
    items: Vec<RouteOut>,
}

/// How to reach the next stop.
#[derive(Serialize, ToSchema)]
struct Leg {
    mode: TravelMode,
    /// Localized mode name.
    mode_label: String,
    minutes: u32,
    /// Directions in `locale` (falls back like other texts).
    note: Option<String>,
}

/// One stop of a route.
#[derive(Serialize, ToSchema)]
struct Stop {
    position: usize,
    place_id: String,
    place_slug: String,
    name: String,
    name_zh: String,
    /// `[lat, lng]` (WGS-84).
    location: Option<[f64; 2]>,
    dwell_minutes: u32,
    /// Absent on the last stop.
    to_next: Option<Leg>,
}

/// A route with its stops.
#[derive(Serialize, ToSchema)]
struct RouteDetail {
    #[serde(flatten)]
    route: RouteOut,
    stops: Vec<Stop>,
    /// Where the facts come from.
    sources: Vec<view::SourceOut>,
}

fn route_out(r: &Route, locale: Locale) -> RouteOut {
    let text = r.text(locale);
    RouteOut {
        slug: r.facts.slug.clone(),
        theme: r.facts.theme,
        name: text.value.name.clone(),
        summary: text.value.summary.clone(),
        locale: text.locale,
        fallback: text.fallback,
        stop_count: r.facts.stops.len(),
        total_minutes: r.facts.total_minutes(),
        updated_at: r.facts.updated_at,
    }
}

/// Published routes.
#[utoipa::path(get, path = "/routes", tag = "routes",
    responses((status = 200, body = RouteList), (status = 400, description = "unknown query parameter (problem+json)")))]
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<RouteList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let snapshot = state.catalogue.snapshot();
    Ok(axum::Json(RouteList {
        items: snapshot
            .routes
            .iter()
            .map(|r| route_out(r, locale))
            .collect(),
    }))
}

/// The stops of a route whose places are public, with their places, in order.
fn stops<'a>(
    snapshot: &'a Snapshot,
    r: &'a Route,
) -> impl Iterator<Item = (usize, &'a guide_domain::catalogue::Stop, &'a Place)> {
    // A stop whose place was unpublished drops out rather than failing the route.
    r.facts
        .stops
        .iter()
        .enumerate()
        .filter_map(|(i, s)| Some((i, s, snapshot.place(&s.place_id)?)))
}

fn find<'a>(snapshot: &'a Snapshot, slug: &str) -> Result<&'a Route> {
    snapshot.route(slug).ok_or_else(|| Error::NotFound {
        what: "route",
        id: slug.to_owned(),
    })
}

/// One route with ordered stops and directions between them.
#[utoipa::path(
    get, path = "/routes/{slug}", tag = "routes", params(("slug" = String, Path, max_length = 100)),
    responses(
        (status = 200, body = RouteDetail),
        (status = 400, description = "unknown query parameter (problem+json)"),
        (status = 404, description = "no such route (problem+json)")
    )
)]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<RouteDetail>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let snapshot = state.catalogue.snapshot();
    let r = find(&snapshot, &slug)?;
    let stops = stops(&snapshot, r)
        .map(|(position, s, p)| Stop {
            position,
            place_id: p.facts.id.clone(),
            place_slug: p.facts.slug.clone(),
            name: p.name(locale).into_owned(),
            name_zh: p.facts.name_zh.clone(),
            location: p.facts.lat_lng().map(|at| [at.lat, at.lng]),
            dwell_minutes: s.dwell_minutes,
            to_next: s.to_next.as_ref().map(|leg| Leg {
                mode: leg.mode,
                mode_label: tr(locale, &format!("mode-{}", leg.mode.as_str())),
                minutes: leg.minutes,
                note: leg.directions.pick(locale).map(|d| d.value.note.clone()),
            }),
        })
        .collect();
    Ok(axum::Json(RouteDetail {
        route: route_out(r, locale),
        stops,
        sources: view::sources(&r.facts.sources),
    }))
}

/// The route as GeoJSON (RFC 7946, WGS-84, `[lng, lat]`): a LineString through the stops
/// that have coordinates, and one Point per stop.
#[utoipa::path(
    get, path = "/routes/{slug}/geojson", tag = "routes", params(("slug" = String, Path, max_length = 100)),
    responses(
        (status = 200, content_type = "application/geo+json", body = Object, description = "a FeatureCollection"),
        (status = 400, description = "unknown query parameter (problem+json)"),
        (status = 404, description = "no such route (problem+json)")
    )
)]
async fn geojson(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let snapshot = state.catalogue.snapshot();
    let r = find(&snapshot, &slug)?;
    let mut line = Vec::new();
    let mut features = Vec::new();
    for (position, s, p) in stops(&snapshot, r) {
        let Some(at) = p.facts.lat_lng() else {
            continue;
        };
        line.push(json!([at.lng, at.lat]));
        features.push(json!({
            "type": "Feature",
            "geometry": { "type": "Point", "coordinates": [at.lng, at.lat] },
            "properties": {
                "position": position,
                "slug": p.facts.slug,
                "name": p.name(locale),
                "name_zh": p.facts.name_zh,
                "dwell_minutes": s.dwell_minutes,
                "approximate": p.facts.location.is_some_and(|l| l.approximate),
            },
        }));
    }
    features.insert(
        0,
        json!({
            "type": "Feature",
            "geometry": { "type": "LineString", "coordinates": line },
            "properties": { "slug": r.facts.slug, "name": r.text(locale).value.name },
        }),
    );
    let body = json!({ "type": "FeatureCollection", "features": features });
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/geo+json"),
    );
    Ok(response)
}

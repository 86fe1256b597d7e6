//! `GET /v1/routes`, `GET /v1/routes/{slug}` and `GET /v1/routes/{slug}/geojson`:
//! curated themed walks with ordered stops.

use std::collections::{BTreeMap, HashMap};

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use guide_domain::Locale;
use guide_domain::l10n::tr;
use serde::Serialize;
use serde_json::json;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view::pick;
use crate::app::AppState;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::store::entity::{place, route, route_stop, route_translation};
use crate::store::{self, catalogue};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(detail)).routes(routes!(geojson))
}

/// A route in a list.
#[derive(Serialize, ToSchema)]
struct RouteOut {
    slug: String,
    theme: String,
    name: String,
    summary: Option<String>,
    locale: &'static str,
    fallback: bool,
    stop_count: usize,
    /// Dwell plus travel time of the whole route.
    total_minutes: i64,
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
    /// `walk`, `metro`, `taxi`, `bus` or `ferry`.
    mode: String,
    /// Localized mode name.
    mode_label: String,
    minutes: i32,
    /// Directions in `locale` (falls back like other texts).
    note: Option<String>,
}

/// One stop of a route.
#[derive(Serialize, ToSchema)]
struct Stop {
    position: i32,
    place_id: String,
    place_slug: String,
    name: String,
    name_zh: String,
    location: Option<[f64; 2]>,
    dwell_minutes: i32,
    /// Absent on the last stop.
    to_next: Option<Leg>,
}

/// A route with its stops.
#[derive(Serialize, ToSchema)]
struct RouteDetail {
    #[serde(flatten)]
    route: RouteOut,
    stops: Vec<Stop>,
    sources: Vec<String>,
}

fn route_out(r: &route::Model, texts: Option<&Vec<route_translation::Model>>, stops: &[route_stop::Model], locale: Locale) -> RouteOut {
    let picked = texts.and_then(|rows| pick(rows, locale));
    let total_minutes = stops.iter().map(|s| i64::from(s.dwell_minutes) + i64::from(s.to_next_minutes.unwrap_or(0))).sum();
    RouteOut {
        slug: r.slug.clone(),
        theme: r.theme.clone(),
        name: picked.map(|(t, _, _)| t.name.clone()).unwrap_or_else(|| r.slug.clone()),
        summary: picked.and_then(|(t, _, _)| t.summary.clone()),
        locale: picked.map(|(_, l, _)| l.tag()).unwrap_or("en"),
        fallback: picked.map(|(_, _, f)| f).unwrap_or(true),
        stop_count: stops.len(),
        total_minutes,
        updated_at: r.updated_at,
    }
}

/// Published routes.
#[utoipa::path(get, path = "/routes", tag = "routes", responses((status = 200, body = RouteList)))]
async fn list(State(state): State<AppState>, Lang(locale): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<RouteList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let texts = catalogue::route_translations(&state.db, &locale.fallback_chain()).await?;
    let stops = catalogue::route_stops(&state.db).await?;
    let items = catalogue::routes(&state.db)
        .await?
        .iter()
        .map(|r| route_out(r, texts.get(&r.id), stops.get(&r.id).map(Vec::as_slice).unwrap_or(&[]), locale))
        .collect();
    Ok(axum::Json(RouteList { items }))
}

/// A route, its stops and the places they visit, in the request's language.
struct Loaded {
    route: route::Model,
    stops: Vec<route_stop::Model>,
    places: HashMap<String, place::Model>,
    place_names: HashMap<String, String>,
    texts: Option<Vec<route_translation::Model>>,
}

async fn load(state: &AppState, slug: &str, locale: Locale) -> Result<Loaded> {
    let route = catalogue::route(&state.db, slug).await?.ok_or_else(|| Error::NotFound { what: "route", id: slug.to_owned() })?;
    let chain = locale.fallback_chain();
    let mut texts = catalogue::route_translations(&state.db, &chain).await?;
    let stops = catalogue::route_stops(&state.db).await?.remove(&route.id).unwrap_or_default();
    let ids: Vec<String> = stops.iter().map(|s| s.place_id.clone()).collect();
    let places: HashMap<String, place::Model> =
        store::places::by_ids(&state.db, &ids).await?.into_iter().map(|p| (p.id.clone(), p)).collect();
    let translations = store::places::translations(&state.db, &ids, &chain).await?;
    let place_names = places
        .values()
        .map(|p| {
            let name = translations
                .get(&p.id)
                .and_then(|rows| pick(rows, locale))
                .map(|(t, _, _)| t.name.clone())
                .unwrap_or_else(|| p.name_zh.clone());
            (p.id.clone(), name)
        })
        .collect();
    Ok(Loaded { texts: texts.remove(&route.id), route, stops, places, place_names })
}

fn leg_note(notes: &str, locale: Locale) -> Option<String> {
    let notes: BTreeMap<String, String> = serde_json::from_str(notes).unwrap_or_default();
    locale.fallback_chain().iter().find_map(|l| notes.get(l.tag()).cloned())
}

/// One route with ordered stops and directions between them.
#[utoipa::path(
    get, path = "/routes/{slug}", tag = "routes", params(("slug" = String, Path)),
    responses((status = 200, body = RouteDetail), (status = 404))
)]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<RouteDetail>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let loaded = load(&state, &slug, locale).await?;
    let stops = loaded
        .stops
        .iter()
        .filter_map(|s| {
            // A stop whose place was unpublished drops out rather than failing the route.
            let p = loaded.places.get(&s.place_id)?;
            Some(Stop {
                position: s.position,
                place_id: p.id.clone(),
                place_slug: p.slug.clone(),
                name: loaded.place_names.get(&p.id).cloned().unwrap_or_else(|| p.name_zh.clone()),
                name_zh: p.name_zh.clone(),
                location: p.lat.zip(p.lng).map(|(lat, lng)| [lat, lng]),
                dwell_minutes: s.dwell_minutes,
                to_next: s.to_next_mode.as_ref().map(|mode| Leg {
                    mode_label: tr(locale, &format!("mode-{mode}")),
                    mode: mode.clone(),
                    minutes: s.to_next_minutes.unwrap_or(0),
                    note: leg_note(&s.to_next_notes, locale),
                }),
            })
        })
        .collect();
    let route = route_out(&loaded.route, loaded.texts.as_ref(), &loaded.stops, locale);
    let sources = serde_json::from_str(&loaded.route.sources).unwrap_or_default();
    Ok(axum::Json(RouteDetail { route, stops, sources }))
}

/// The route as GeoJSON (RFC 7946, WGS-84, `[lng, lat]`): a LineString through the stops
/// that have coordinates, and one Point per stop.
#[utoipa::path(
    get, path = "/routes/{slug}/geojson", tag = "routes", params(("slug" = String, Path)),
    responses((status = 200, content_type = "application/geo+json"), (status = 404))
)]
async fn geojson(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let loaded = load(&state, &slug, locale).await?;
    let mut line = Vec::new();
    let mut features = Vec::new();
    for s in &loaded.stops {
        let Some(p) = loaded.places.get(&s.place_id) else { continue };
        let (Some(lat), Some(lng)) = (p.lat, p.lng) else { continue };
        line.push(json!([lng, lat]));
        features.push(json!({
            "type": "Feature",
            "geometry": { "type": "Point", "coordinates": [lng, lat] },
            "properties": {
                "position": s.position,
                "slug": p.slug,
                "name": loaded.place_names.get(&p.id),
                "name_zh": p.name_zh,
                "dwell_minutes": s.dwell_minutes,
                "approximate": p.location_approximate,
            },
        }));
    }
    let name = route_out(&loaded.route, loaded.texts.as_ref(), &loaded.stops, locale).name;
    features.insert(
        0,
        json!({
            "type": "Feature",
            "geometry": { "type": "LineString", "coordinates": line },
            "properties": { "slug": loaded.route.slug, "name": name },
        }),
    );
    let body = json!({ "type": "FeatureCollection", "features": features });
    let mut response = axum::Json(body).into_response();
    response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/geo+json"));
    Ok(response)
}

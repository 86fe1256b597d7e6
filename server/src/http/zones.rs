//! `GET /v1/zones` and `GET /v1/zones/{slug}`: the city's "5+2+4" commercial districts.

use axum::extract::{Path, RawQuery, State};
use chrono::{DateTime, Utc};
use guide_domain::catalogue::Zone;
use guide_domain::l10n::tr;
use guide_domain::{District, Locale, ZoneTier};
use serde::Serialize;
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
}

/// A commercial district.
#[derive(Serialize, ToSchema)]
struct ZoneOut {
    slug: String,
    tier: ZoneTier,
    /// Localized tier name.
    tier_label: String,
    name: String,
    name_zh: String,
    summary: Option<String>,
    locale: Locale,
    fallback: bool,
    districts: Vec<District>,
    /// Approximate centre (WGS-84), for maps.
    center: Option<Center>,
    place_count: u64,
    /// Where the facts come from.
    sources: Vec<view::SourceOut>,
    updated_at: DateTime<Utc>,
}

/// A landmark near the zone's middle; always approximate.
#[derive(Serialize, ToSchema)]
struct Center {
    lat: f64,
    lng: f64,
    approximate: bool,
}

/// The list response.
#[derive(Serialize, ToSchema)]
struct ZoneList {
    items: Vec<ZoneOut>,
}

/// A zone with the places in it.
#[derive(Serialize, ToSchema)]
struct ZoneDetail {
    #[serde(flatten)]
    zone: ZoneOut,
    /// Slugs of the places in this zone (read them with `/v1/places?zone=`).
    places: Vec<String>,
}

fn zone_out(snapshot: &Snapshot, z: &Zone, locale: Locale) -> ZoneOut {
    let text = z.text(locale);
    let f = &z.facts;
    ZoneOut {
        slug: f.slug.clone(),
        tier: f.tier,
        tier_label: tr(locale, &format!("zone-tier-{}", f.tier.as_str())),
        name: text.value.name.clone(),
        name_zh: f.name_zh.clone(),
        summary: text.value.summary.clone(),
        locale: text.locale,
        fallback: text.fallback,
        districts: f.districts.clone(),
        center: f.center.map(|c| Center {
            lat: c.lat,
            lng: c.lng,
            approximate: c.approximate,
        }),
        place_count: snapshot.zone_places(&f.slug).len() as u64,
        sources: view::sources(&f.sources),
        updated_at: f.updated_at,
    }
}

/// All zones, by tier.
#[utoipa::path(get, path = "/zones", tag = "zones",
    responses((status = 200, body = ZoneList), (status = 400, description = "unknown query parameter (problem+json)")))]
async fn list(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<ZoneList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let snapshot = state.catalogue.snapshot();
    let items = snapshot
        .zones
        .iter()
        .map(|z| zone_out(&snapshot, z, locale))
        .collect();
    Ok(axum::Json(ZoneList { items }))
}

/// One zone by slug.
#[utoipa::path(
    get, path = "/zones/{slug}", tag = "zones", params(("slug" = String, Path, max_length = 100)),
    responses(
        (status = 200, body = ZoneDetail),
        (status = 400, description = "unknown query parameter (problem+json)"),
        (status = 404, description = "no such zone (problem+json)")
    )
)]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<ZoneDetail>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let snapshot = state.catalogue.snapshot();
    let z = snapshot.zone(&slug).ok_or_else(|| Error::NotFound {
        what: "zone",
        id: slug.clone(),
    })?;
    let mut places: Vec<String> = snapshot
        .zone_places(&slug)
        .iter()
        .map(|i| snapshot.places[*i as usize].facts.slug.clone())
        .collect();
    places.sort();
    Ok(axum::Json(ZoneDetail {
        zone: zone_out(&snapshot, z, locale),
        places,
    }))
}

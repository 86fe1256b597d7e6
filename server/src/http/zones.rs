//! `GET /v1/zones` and `GET /v1/zones/{slug}`: the city's "5+2+4" commercial districts.

use axum::extract::{Path, RawQuery, State};
use chrono::{DateTime, Utc};
use guide_domain::l10n::tr;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use super::view::pick;
use crate::app::AppState;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::store::entity::{zone, zone_translation};
use crate::store::{self, catalogue};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list)).routes(routes!(detail))
}

/// A commercial district.
#[derive(Serialize, ToSchema)]
struct ZoneOut {
    slug: String,
    /// `world_class`, `lingnan` or `transport_hub`.
    tier: String,
    /// Localized tier name.
    tier_label: String,
    name: String,
    name_zh: String,
    summary: Option<String>,
    locale: &'static str,
    fallback: bool,
    districts: Vec<String>,
    /// Approximate centre (WGS-84), for maps.
    center: Option<Center>,
    place_count: u64,
    sources: Vec<String>,
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

fn zone_out(z: zone::Model, texts: Option<&Vec<zone_translation::Model>>, locale: guide_domain::Locale, place_count: u64) -> ZoneOut {
    let picked = texts.and_then(|rows| pick(rows, locale));
    ZoneOut {
        tier_label: tr(locale, &format!("zone-tier-{}", z.tier)),
        name: picked.map(|(r, _, _)| r.name.clone()).unwrap_or_else(|| z.name_zh.clone()),
        summary: picked.and_then(|(r, _, _)| r.summary.clone()),
        locale: picked.map(|(_, l, _)| l.tag()).unwrap_or("zh-Hans"),
        fallback: picked.map(|(_, _, f)| f).unwrap_or(true),
        districts: serde_json::from_str(&z.districts).unwrap_or_default(),
        center: z.center_lat.zip(z.center_lng).map(|(lat, lng)| Center { lat, lng, approximate: z.center_approximate }),
        place_count,
        sources: serde_json::from_str(&z.sources).unwrap_or_default(),
        slug: z.slug,
        tier: z.tier,
        name_zh: z.name_zh,
        updated_at: z.updated_at,
    }
}

/// All zones, by tier.
#[utoipa::path(get, path = "/zones", tag = "zones", responses((status = 200, body = ZoneList)))]
async fn list(State(state): State<AppState>, Lang(locale): Lang, RawQuery(query): RawQuery) -> Result<axum::Json<ZoneList>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let texts = catalogue::zone_translations(&state.db, &locale.fallback_chain()).await?;
    let counts = catalogue::zone_place_counts(&state.db).await?;
    let items = catalogue::zones(&state.db)
        .await?
        .into_iter()
        .map(|z| {
            let count = counts.get(&z.id).copied().unwrap_or(0);
            let t = texts.get(&z.id);
            zone_out(z, t, locale, count)
        })
        .collect();
    Ok(axum::Json(ZoneList { items }))
}

/// One zone by slug.
#[utoipa::path(
    get, path = "/zones/{slug}", tag = "zones", params(("slug" = String, Path)),
    responses((status = 200, body = ZoneDetail), (status = 404))
)]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Path(slug): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<ZoneDetail>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    let z = catalogue::zone(&state.db, &slug).await?.ok_or_else(|| Error::NotFound { what: "zone", id: slug.clone() })?;
    let texts = catalogue::zone_translations(&state.db, &locale.fallback_chain()).await?;
    let ids = catalogue::zone_place_ids(&state.db, &z.id).await?;
    let mut places: Vec<String> = store::places::by_ids(&state.db, &ids).await?.into_iter().map(|p| p.slug).collect();
    places.sort();
    let t = texts.get(&z.id);
    let zone = zone_out(z, t, locale, places.len() as u64);
    Ok(axum::Json(ZoneDetail { zone, places }))
}

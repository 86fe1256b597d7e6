//! Place queries: the SQL half of `GET /v1/places` (filters that indexes serve) and the
//! loaders for translations and zone links of a set of places.

use std::collections::HashMap;

use guide_domain::geo::BoundingBox;
use guide_domain::locale::Locale;
use guide_domain::{District, PaymentMethod, PlaceKind};
use sea_orm::sea_query::{Expr, ExprTrait, Func, LikeExpr, Query};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};

use super::entity::{place, place_translation, place_zone, zone};
use super::{IN_CHUNK, PUBLISHED};

/// Which tax-refund places to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxRefundFilter {
    /// Any departure tax-refund store (instant or not).
    Any,
    /// Stores that pay the refund on the spot (即买即退).
    Instant,
}

/// The SQL-side filters of the place list. Every set field narrows the result.
#[derive(Debug, Clone, Default)]
pub struct PlaceFilter {
    /// Any of these kinds.
    pub kinds: Vec<PlaceKind>,
    /// In this district.
    pub district: Option<District>,
    /// Linked to the zone with this slug.
    pub zone: Option<String>,
    /// Inside this box (the circle test happens in Rust on the survivors).
    pub bbox: Option<BoundingBox>,
    /// Accepts any of these payment methods.
    pub pay: Vec<PaymentMethod>,
    /// Tax-refund requirement.
    pub tax_refund: Option<TaxRefundFilter>,
    /// Only duty-free shops.
    pub duty_free: bool,
    /// Only night-economy places.
    pub night: bool,
    /// Carries any of these tags.
    pub tags: Vec<String>,
    /// Case-insensitive substring of a name in any locale or of the Chinese name.
    pub q: Option<String>,
}

/// Escapes `%`, `_` and `\` for a `LIKE … ESCAPE '\'` pattern.
fn like_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A LIKE pattern with `\` as its escape character (both databases honour `ESCAPE`).
fn like_pattern(pattern: String) -> LikeExpr {
    LikeExpr::new(pattern).escape('\\')
}

fn like_framed(column: place::Column, item: &str) -> Expr {
    Expr::col((place::Entity, column)).like(like_pattern(format!("%,{},%", like_escape(item))))
}

/// The few columns the list endpoint needs to filter and sort candidates; full rows are
/// read only for the page it returns (most columns are display-only JSON).
#[derive(Debug, Clone, PartialEq, sea_orm::FromQueryResult)]
pub struct Candidate {
    pub id: String,
    pub slug: String,
    pub name_zh: String,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
    pub opening_hours: Option<String>,
}

/// Published places matching `filter`, in no particular order (full rows).
pub async fn find(db: &impl ConnectionTrait, filter: &PlaceFilter) -> Result<Vec<place::Model>, DbErr> {
    place::Entity::find().filter(condition(filter)).all(db).await
}

/// Published places matching `filter` as [`Candidate`]s, in no particular order.
pub async fn find_candidates(db: &impl ConnectionTrait, filter: &PlaceFilter) -> Result<Vec<Candidate>, DbErr> {
    place::Entity::find()
        .select_only()
        .columns([
            place::Column::Id,
            place::Column::Slug,
            place::Column::NameZh,
            place::Column::Lat,
            place::Column::Lng,
            place::Column::OpeningHours,
        ])
        .filter(condition(filter))
        .into_model::<Candidate>()
        .all(db)
        .await
}

/// The SQL condition for a filter.
fn condition(filter: &PlaceFilter) -> Condition {
    let mut cond = Condition::all().add(place::Column::Status.eq(PUBLISHED));
    if !filter.kinds.is_empty() {
        cond = cond.add(place::Column::Kind.is_in(filter.kinds.iter().map(|k| k.as_str())));
    }
    if let Some(district) = filter.district {
        cond = cond.add(place::Column::District.eq(district.as_str()));
    }
    if let Some(zone_slug) = &filter.zone {
        let in_zone = Query::select()
            .column((place_zone::Entity, place_zone::Column::PlaceId))
            .from(place_zone::Entity)
            .inner_join(
                zone::Entity,
                Expr::col((zone::Entity, zone::Column::Id)).equals((place_zone::Entity, place_zone::Column::ZoneId)),
            )
            .and_where(Expr::col((zone::Entity, zone::Column::Slug)).eq(zone_slug.as_str()))
            .to_owned();
        cond = cond.add(place::Column::Id.in_subquery(in_zone));
    }
    if let Some(b) = filter.bbox {
        cond = cond
            .add(place::Column::Lat.between(b.min_lat, b.max_lat))
            .add(place::Column::Lng.between(b.min_lng, b.max_lng));
    }
    if !filter.pay.is_empty() {
        let any = filter
            .pay
            .iter()
            .fold(Condition::any(), |c, m| c.add(like_framed(place::Column::PayMethods, m.as_str())));
        cond = cond.add(any);
    }
    match filter.tax_refund {
        Some(TaxRefundFilter::Any) => {
            cond = cond.add(
                Condition::any()
                    .add(place::Column::TaxRefundStore.eq(true))
                    .add(place::Column::TaxRefundInstant.eq(true)),
            )
        }
        Some(TaxRefundFilter::Instant) => cond = cond.add(place::Column::TaxRefundInstant.eq(true)),
        None => {}
    }
    if filter.duty_free {
        cond = cond.add(place::Column::DutyFree.eq(true));
    }
    if filter.night {
        cond = cond.add(place::Column::Night.eq(true));
    }
    if !filter.tags.is_empty() {
        let any = filter
            .tags
            .iter()
            .fold(Condition::any(), |c, t| c.add(like_framed(place::Column::Tags, t)));
        cond = cond.add(any);
    }
    if let Some(q) = &filter.q {
        let pattern = format!("%{}%", like_escape(&q.to_lowercase()));
        let by_name = Query::select()
            .column((place_translation::Entity, place_translation::Column::PlaceId))
            .from(place_translation::Entity)
            .and_where(
                Expr::expr(Func::lower(Expr::col((place_translation::Entity, place_translation::Column::Name))))
                    .like(like_pattern(pattern.clone())),
            )
            .to_owned();
        cond = cond.add(
            Condition::any()
                .add(place::Column::Id.in_subquery(by_name))
                .add(Expr::expr(Func::lower(Expr::col((place::Entity, place::Column::NameZh)))).like(like_pattern(pattern)))
                .add(place::Column::Slug.eq(q.as_str())),
        );
    }
    cond
}

/// One published place by id or slug.
pub async fn find_one(db: &impl ConnectionTrait, id_or_slug: &str) -> Result<Option<place::Model>, DbErr> {
    place::Entity::find()
        .filter(place::Column::Status.eq(PUBLISHED))
        .filter(Condition::any().add(place::Column::Id.eq(id_or_slug)).add(place::Column::Slug.eq(id_or_slug)))
        .one(db)
        .await
}

/// Published places by id (for route stops and events).
pub async fn by_ids(db: &impl ConnectionTrait, ids: &[String]) -> Result<Vec<place::Model>, DbErr> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(IN_CHUNK) {
        out.extend(
            place::Entity::find()
                .filter(place::Column::Id.is_in(chunk.iter().map(String::as_str)))
                .filter(place::Column::Status.eq(PUBLISHED))
                .all(db)
                .await?,
        );
    }
    Ok(out)
}

/// Translations of the given places in the given locales, grouped by place id.
pub async fn translations(
    db: &impl ConnectionTrait,
    place_ids: &[String],
    locales: &[Locale],
) -> Result<HashMap<String, Vec<place_translation::Model>>, DbErr> {
    let mut out: HashMap<String, Vec<place_translation::Model>> = HashMap::new();
    for chunk in place_ids.chunks(IN_CHUNK) {
        let rows = place_translation::Entity::find()
            .filter(place_translation::Column::PlaceId.is_in(chunk.iter().map(String::as_str)))
            .filter(place_translation::Column::Locale.is_in(locales.iter().map(|l| l.tag())))
            .all(db)
            .await?;
        for row in rows {
            out.entry(row.place_id.clone()).or_default().push(row);
        }
    }
    Ok(out)
}

/// Zone slugs of the given places, grouped by place id.
pub async fn zone_slugs(
    db: &impl ConnectionTrait,
    place_ids: &[String],
) -> Result<HashMap<String, Vec<String>>, DbErr> {
    let mut out: HashMap<String, Vec<String>> = HashMap::new();
    for chunk in place_ids.chunks(IN_CHUNK) {
        let rows: Vec<(String, String)> = place_zone::Entity::find()
            .select_only()
            .column(place_zone::Column::PlaceId)
            .column_as(Expr::col((zone::Entity, zone::Column::Slug)), "slug")
            .inner_join(zone::Entity)
            .filter(place_zone::Column::PlaceId.is_in(chunk.iter().map(String::as_str)))
            .into_tuple()
            .all(db)
            .await?;
        for (place_id, slug) in rows {
            out.entry(place_id).or_default().push(slug);
        }
    }
    for slugs in out.values_mut() {
        slugs.sort();
    }
    Ok(out)
}

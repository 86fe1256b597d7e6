//! Queries for the curated catalogue around places: zones, routes, events, alerts and
//! versioned policies.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use guide_domain::locale::Locale;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::entity::{alert, event, event_translation, place_zone, policy, route, route_stop, route_translation, zone, zone_translation};
use super::PUBLISHED;

/// Every zone, ordered by tier then slug.
pub async fn zones(db: &impl ConnectionTrait) -> Result<Vec<zone::Model>, DbErr> {
    zone::Entity::find().order_by_asc(zone::Column::Tier).order_by_asc(zone::Column::Slug).all(db).await
}

/// One zone by slug.
pub async fn zone(db: &impl ConnectionTrait, slug: &str) -> Result<Option<zone::Model>, DbErr> {
    zone::Entity::find().filter(zone::Column::Slug.eq(slug)).one(db).await
}

/// Zone translations in the given locales, grouped by zone id.
pub async fn zone_translations(
    db: &impl ConnectionTrait,
    locales: &[Locale],
) -> Result<HashMap<String, Vec<zone_translation::Model>>, DbErr> {
    let rows = zone_translation::Entity::find()
        .filter(zone_translation::Column::Locale.is_in(locales.iter().map(|l| l.tag())))
        .all(db)
        .await?;
    Ok(group(rows, |r| r.zone_id.clone()))
}

/// Ids of the places linked to a zone.
pub async fn zone_place_ids(db: &impl ConnectionTrait, zone_id: &str) -> Result<Vec<String>, DbErr> {
    place_zone::Entity::find()
        .select_only()
        .column(place_zone::Column::PlaceId)
        .filter(place_zone::Column::ZoneId.eq(zone_id))
        .into_tuple()
        .all(db)
        .await
}

/// Number of linked places per zone id (one grouped query).
pub async fn zone_place_counts(db: &impl ConnectionTrait) -> Result<HashMap<String, u64>, DbErr> {
    let rows: Vec<(String, i64)> = place_zone::Entity::find()
        .select_only()
        .column(place_zone::Column::ZoneId)
        .column_as(place_zone::Column::PlaceId.count(), "places")
        .group_by(place_zone::Column::ZoneId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(zone, n)| (zone, u64::try_from(n).unwrap_or(0))).collect())
}

/// Published routes, ordered by slug.
pub async fn routes(db: &impl ConnectionTrait) -> Result<Vec<route::Model>, DbErr> {
    route::Entity::find()
        .filter(route::Column::Status.eq(PUBLISHED))
        .order_by_asc(route::Column::Slug)
        .all(db)
        .await
}

/// One published route by slug.
pub async fn route(db: &impl ConnectionTrait, slug: &str) -> Result<Option<route::Model>, DbErr> {
    route::Entity::find()
        .filter(route::Column::Status.eq(PUBLISHED))
        .filter(route::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Route translations in the given locales, grouped by route id.
pub async fn route_translations(
    db: &impl ConnectionTrait,
    locales: &[Locale],
) -> Result<HashMap<String, Vec<route_translation::Model>>, DbErr> {
    let rows = route_translation::Entity::find()
        .filter(route_translation::Column::Locale.is_in(locales.iter().map(|l| l.tag())))
        .all(db)
        .await?;
    Ok(group(rows, |r| r.route_id.clone()))
}

/// Stops of every route, in order, grouped by route id.
pub async fn route_stops(db: &impl ConnectionTrait) -> Result<HashMap<String, Vec<route_stop::Model>>, DbErr> {
    let rows = route_stop::Entity::find()
        .order_by_asc(route_stop::Column::RouteId)
        .order_by_asc(route_stop::Column::Position)
        .all(db)
        .await?;
    Ok(group(rows, |r| r.route_id.clone()))
}

/// Published events overlapping `[from, to]`, ordered by start date then slug, after the
/// keyset `(starts_on, slug)` when given; at most `limit`.
pub async fn events(
    db: &impl ConnectionTrait,
    from: NaiveDate,
    to: NaiveDate,
    after: Option<(NaiveDate, String)>,
    limit: u64,
) -> Result<Vec<event::Model>, DbErr> {
    let mut query = event::Entity::find()
        .filter(event::Column::Status.eq(PUBLISHED))
        .filter(event::Column::EndsOn.gte(from))
        .filter(event::Column::StartsOn.lte(to));
    if let Some((starts_on, slug)) = after {
        query = query.filter(
            Condition::any()
                .add(event::Column::StartsOn.gt(starts_on))
                .add(Condition::all().add(event::Column::StartsOn.eq(starts_on)).add(event::Column::Slug.gt(slug))),
        );
    }
    query
        .order_by_asc(event::Column::StartsOn)
        .order_by_asc(event::Column::Slug)
        .limit(limit)
        .all(db)
        .await
}

/// Event translations for some events in the given locales, grouped by event id.
pub async fn event_translations(
    db: &impl ConnectionTrait,
    event_ids: &[String],
    locales: &[Locale],
) -> Result<HashMap<String, Vec<event_translation::Model>>, DbErr> {
    let rows = event_translation::Entity::find()
        .filter(event_translation::Column::EventId.is_in(event_ids.iter().map(String::as_str)))
        .filter(event_translation::Column::Locale.is_in(locales.iter().map(|l| l.tag())))
        .all(db)
        .await?;
    Ok(group(rows, |r| r.event_id.clone()))
}

/// Published alerts in force at `now`.
pub async fn active_alerts(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Vec<alert::Model>, DbErr> {
    alert::Entity::find()
        .filter(alert::Column::Status.eq(PUBLISHED))
        .filter(alert::Column::StartsAt.lte(now))
        .filter(alert::Column::EndsAt.gt(now))
        .order_by_asc(alert::Column::StartsAt)
        .limit(100)
        .all(db)
        .await
}

/// Every version of a policy kind, oldest first.
pub async fn policies(db: &impl ConnectionTrait, kind: &str) -> Result<Vec<policy::Model>, DbErr> {
    policy::Entity::find()
        .filter(policy::Column::Kind.eq(kind))
        .order_by_asc(policy::Column::EffectiveFrom)
        .all(db)
        .await
}

fn group<T>(rows: Vec<T>, key: impl Fn(&T) -> String) -> HashMap<String, Vec<T>> {
    let mut out: HashMap<String, Vec<T>> = HashMap::new();
    for row in rows {
        out.entry(key(&row)).or_default().push(row);
    }
    out
}

/// Every version of a policy kind as the domain's typed data, oldest first.
pub async fn policy_versions<T: guide_domain::policy::PolicyData>(
    db: &impl ConnectionTrait,
) -> Result<Vec<guide_domain::policy::Versioned<T>>, DbErr> {
    policies(db, T::KIND.as_str())
        .await?
        .into_iter()
        .map(|p| {
            let data: serde_json::Value =
                serde_json::from_str(&p.data).map_err(|e| DbErr::Custom(format!("policy {}: {e}", p.version)))?;
            let document = serde_json::json!({
                "kind": p.kind,
                "version": p.version,
                "effective_from": p.effective_from,
                "effective_to": p.effective_to,
                "source": p.source,
                "as_of": p.as_of,
                "confidence": p.confidence,
                "data": data,
            });
            serde_json::from_value(document).map_err(|e| DbErr::Custom(format!("policy {}: {e}", p.version)))
        })
        .collect()
}

//! Staff writes to the curated catalogue: themed routes (with ordered stops), events and
//! alerts. Each save replaces the object's rows (row, translations, stops) together, in
//! the caller's transaction.

use chrono::{DateTime, Utc};
use sea_orm::ExprTrait;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder, QuerySelect};

use super::entity::{alert, event, event_translation, route, route_stop, route_translation};

/// Every route (any status), by slug.
pub async fn routes(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<route::Model>, DbErr> {
    route::Entity::find().order_by_asc(route::Column::Slug).limit(limit).all(db).await
}

/// A route (any status) by id or slug, with its texts and stops.
pub async fn route_full(
    db: &impl ConnectionTrait,
    id_or_slug: &str,
) -> Result<Option<(route::Model, Vec<route_translation::Model>, Vec<route_stop::Model>)>, DbErr> {
    let Some(r) = route::Entity::find()
        .filter(route::Column::Id.eq(id_or_slug).or(route::Column::Slug.eq(id_or_slug)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let texts = route_translation::Entity::find()
        .filter(route_translation::Column::RouteId.eq(r.id.as_str()))
        .order_by_asc(route_translation::Column::Locale)
        .all(db)
        .await?;
    let stops = route_stop::Entity::find()
        .filter(route_stop::Column::RouteId.eq(r.id.as_str()))
        .order_by_asc(route_stop::Column::Position)
        .all(db)
        .await?;
    Ok(Some((r, texts, stops)))
}

/// Inserts or overwrites a route with its texts and stops.
pub async fn save_route(
    db: &impl ConnectionTrait,
    row: route::Model,
    texts: Vec<route_translation::Model>,
    stops: Vec<route_stop::Model>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    if exists {
        route::Entity::update(row.into_active_model().reset_all()).exec(db).await?;
    } else {
        row.into_active_model().reset_all().insert(db).await?;
    }
    route_translation::Entity::delete_many().filter(route_translation::Column::RouteId.eq(id.as_str())).exec(db).await?;
    route_stop::Entity::delete_many().filter(route_stop::Column::RouteId.eq(id.as_str())).exec(db).await?;
    if !texts.is_empty() {
        route_translation::Entity::insert_many(texts.into_iter().map(|t| t.into_active_model().reset_all()))
            .exec_without_returning(db)
            .await?;
    }
    if !stops.is_empty() {
        route_stop::Entity::insert_many(stops.into_iter().map(|s| s.into_active_model().reset_all()))
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Sets a route's status.
pub async fn set_route_status(db: &impl ConnectionTrait, id: &str, status: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    route::Entity::update_many()
        .col_expr(route::Column::Status, Expr::value(status))
        .col_expr(route::Column::UpdatedAt, Expr::value(now))
        .filter(route::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every event (any status), by start date.
pub async fn events(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<event::Model>, DbErr> {
    event::Entity::find().order_by_desc(event::Column::StartsOn).limit(limit).all(db).await
}

/// An event (any status) by id or slug, with its texts.
pub async fn event_full(
    db: &impl ConnectionTrait,
    id_or_slug: &str,
) -> Result<Option<(event::Model, Vec<event_translation::Model>)>, DbErr> {
    let Some(e) = event::Entity::find()
        .filter(event::Column::Id.eq(id_or_slug).or(event::Column::Slug.eq(id_or_slug)))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let texts = event_translation::Entity::find()
        .filter(event_translation::Column::EventId.eq(e.id.as_str()))
        .order_by_asc(event_translation::Column::Locale)
        .all(db)
        .await?;
    Ok(Some((e, texts)))
}

/// Inserts or overwrites an event with its texts.
pub async fn save_event(
    db: &impl ConnectionTrait,
    row: event::Model,
    texts: Vec<event_translation::Model>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    if exists {
        event::Entity::update(row.into_active_model().reset_all()).exec(db).await?;
    } else {
        row.into_active_model().reset_all().insert(db).await?;
    }
    event_translation::Entity::delete_many().filter(event_translation::Column::EventId.eq(id.as_str())).exec(db).await?;
    if !texts.is_empty() {
        event_translation::Entity::insert_many(texts.into_iter().map(|t| t.into_active_model().reset_all()))
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Sets an event's status.
pub async fn set_event_status(db: &impl ConnectionTrait, id: &str, status: &str, now: DateTime<Utc>) -> Result<(), DbErr> {
    event::Entity::update_many()
        .col_expr(event::Column::Status, Expr::value(status))
        .col_expr(event::Column::UpdatedAt, Expr::value(now))
        .filter(event::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every alert (any status), newest first.
pub async fn alerts(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<alert::Model>, DbErr> {
    alert::Entity::find().order_by_desc(alert::Column::StartsAt).limit(limit).all(db).await
}

/// An alert by id.
pub async fn alert(db: &impl ConnectionTrait, id: &str) -> Result<Option<alert::Model>, DbErr> {
    alert::Entity::find_by_id(id.to_owned()).one(db).await
}

/// Inserts or overwrites an alert.
pub async fn save_alert(db: &impl ConnectionTrait, row: alert::Model, exists: bool) -> Result<(), DbErr> {
    if exists {
        alert::Entity::update(row.into_active_model().reset_all()).exec(db).await?;
    } else {
        row.into_active_model().reset_all().insert(db).await?;
    }
    Ok(())
}

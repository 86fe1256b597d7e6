//! Staff curation of routes, events and alerts, in any status (drafts included): loads in
//! batches (a list is three queries, never one per row) and saves through the catalogue's
//! row builders, so a curated object is the same domain value whether staff or the public
//! read it.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use guide_domain::Texts;
use guide_domain::catalogue::{Alert, Event, NameText, Route};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::catalogue::{self, alert_value, event_facts, route_facts, texts_by_parent};
use super::column::{Status, Wire};
use super::entity::{alert, event, event_translation, route, route_stop, route_translation};

/// A curated object and whether it is public.
#[derive(Debug, Clone, PartialEq)]
pub struct Curated<T> {
    /// The object.
    pub value: T,
    /// Its status (`draft` or `published`).
    pub status: Status,
}

/// Which kind of curated object, for status changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A themed route.
    Route,
    /// An event.
    Event,
    /// An alert.
    Alert,
}

fn not_parsed(what: &str, id: &str, reason: String) -> DbErr {
    DbErr::Type(format!("{what} {id}: {reason}"))
}

/// Texts of the given parents, grouped (one query).
async fn name_texts<E, M>(
    db: &impl ConnectionTrait,
    column: E::Column,
    ids: &[String],
    split: impl Fn(M) -> (String, String, NameText),
    table: &'static str,
) -> Result<HashMap<String, Texts<NameText>>, DbErr>
where
    E: EntityTrait<Model = M>,
{
    let rows = E::find()
        .filter(column.is_in(ids.iter().map(String::as_str)))
        .all(db)
        .await?;
    let mut rejected = Vec::new();
    let grouped = texts_by_parent(rows, split, table, &mut rejected);
    match rejected.into_iter().next() {
        Some(r) => Err(not_parsed(table, &r.id, r.reason)),
        None => Ok(grouped),
    }
}

async fn routes_with(
    db: &impl ConnectionTrait,
    rows: Vec<route::Model>,
) -> Result<Vec<Curated<Route>>, DbErr> {
    let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
    let mut texts = name_texts::<route_translation::Entity, _>(
        db,
        route_translation::Column::RouteId,
        &ids,
        |t| {
            (
                t.route_id,
                t.locale,
                NameText {
                    name: t.name,
                    summary: t.summary,
                },
            )
        },
        "route_translations",
    )
    .await?;
    let mut stops: HashMap<String, Vec<route_stop::Model>> = HashMap::new();
    for s in route_stop::Entity::find()
        .filter(route_stop::Column::RouteId.is_in(ids.iter().map(String::as_str)))
        .order_by_asc(route_stop::Column::Position)
        .all(db)
        .await?
    {
        stops.entry(s.route_id.clone()).or_default().push(s);
    }
    rows.into_iter()
        .map(|r| {
            let (id, status) = (r.id.clone(), r.status.0);
            let facts = route_facts(r, stops.remove(&id).unwrap_or_default())
                .map_err(|e| not_parsed("route", &id, e))?;
            Ok(Curated {
                value: Route {
                    texts: texts.remove(&id).unwrap_or_default(),
                    facts,
                },
                status,
            })
        })
        .collect()
}

/// Every route (any status), by slug, at most `limit`.
pub async fn routes(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<Curated<Route>>, DbErr> {
    let rows = route::Entity::find()
        .order_by_asc(route::Column::Slug)
        .limit(limit)
        .all(db)
        .await?;
    routes_with(db, rows).await
}

/// A route (any status) by id or slug.
pub async fn route(db: &impl ConnectionTrait, key: &str) -> Result<Option<Curated<Route>>, DbErr> {
    let rows = route::Entity::find()
        .filter(route::Column::Id.eq(key).or(route::Column::Slug.eq(key)))
        .all(db)
        .await?;
    Ok(routes_with(db, rows).await?.into_iter().next())
}

async fn events_with(
    db: &impl ConnectionTrait,
    rows: Vec<event::Model>,
) -> Result<Vec<Curated<Event>>, DbErr> {
    let ids: Vec<String> = rows.iter().map(|e| e.id.clone()).collect();
    let mut texts = name_texts::<event_translation::Entity, _>(
        db,
        event_translation::Column::EventId,
        &ids,
        |t| {
            (
                t.event_id,
                t.locale,
                NameText {
                    name: t.name,
                    summary: t.summary,
                },
            )
        },
        "event_translations",
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|e| {
            let status = e.status.0;
            let texts = texts.remove(&e.id).unwrap_or_default();
            Curated {
                value: Event {
                    facts: event_facts(e),
                    texts,
                },
                status,
            }
        })
        .collect())
}

/// Every event (any status), latest start first, at most `limit`.
pub async fn events(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<Curated<Event>>, DbErr> {
    let rows = event::Entity::find()
        .order_by_desc(event::Column::StartsOn)
        .limit(limit)
        .all(db)
        .await?;
    events_with(db, rows).await
}

/// An event (any status) by id or slug.
pub async fn event(db: &impl ConnectionTrait, key: &str) -> Result<Option<Curated<Event>>, DbErr> {
    let rows = event::Entity::find()
        .filter(event::Column::Id.eq(key).or(event::Column::Slug.eq(key)))
        .all(db)
        .await?;
    Ok(events_with(db, rows).await?.into_iter().next())
}

fn curated_alert(a: alert::Model) -> Curated<Alert> {
    let status = a.status.0;
    Curated {
        value: alert_value(a),
        status,
    }
}

/// Every alert (any status), latest start first, at most `limit`.
pub async fn alerts(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<Curated<Alert>>, DbErr> {
    let rows = alert::Entity::find()
        .order_by_desc(alert::Column::StartsAt)
        .limit(limit)
        .all(db)
        .await?;
    Ok(rows.into_iter().map(curated_alert).collect())
}

/// An alert by id.
pub async fn alert(db: &impl ConnectionTrait, id: &str) -> Result<Option<Curated<Alert>>, DbErr> {
    Ok(alert::Entity::find_by_id(id.to_owned())
        .one(db)
        .await?
        .map(curated_alert))
}

/// Inserts or overwrites a route with its texts and stops.
pub async fn save_route(
    db: &impl ConnectionTrait,
    r: &Route,
    status: Status,
    exists: bool,
) -> Result<(), DbErr> {
    let (row, texts, stops) = catalogue::route_rows(r, status);
    catalogue::save_route(db, row, texts, stops, exists).await
}

/// Inserts or overwrites an event with its texts.
pub async fn save_event(
    db: &impl ConnectionTrait,
    e: &Event,
    status: Status,
    exists: bool,
) -> Result<(), DbErr> {
    let (row, texts) = catalogue::event_rows(e, status);
    catalogue::save_event(db, row, texts, exists).await
}

/// Inserts or overwrites an alert.
pub async fn save_alert(
    db: &impl ConnectionTrait,
    a: &Alert,
    status: Status,
    exists: bool,
) -> Result<(), DbErr> {
    catalogue::save_alert(db, catalogue::alert_row(a, status), exists).await
}

/// Sets the status of a route, event or alert (and its change time).
pub async fn set_status(
    db: &impl ConnectionTrait,
    kind: Kind,
    id: &str,
    status: Status,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    macro_rules! set {
        ($module:ident) => {
            $module::Entity::update_many()
                .col_expr($module::Column::Status, Expr::value(Wire(status)))
                .col_expr($module::Column::UpdatedAt, Expr::value(now))
                .filter($module::Column::Id.eq(id))
                .exec(db)
                .await?
        };
    }
    match kind {
        Kind::Route => set!(route),
        Kind::Event => set!(event),
        Kind::Alert => set!(alert),
    };
    Ok(())
}

//! Upserts of validated seed entities. Each function loads what exists once, compares it
//! with the seed, and writes only what differs (row, translations and links together).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter};

use super::Counts;
use super::files::{SeedEvent, SeedPlace, SeedPolicy, SeedRoute, SeedZone, Texts};
use crate::store::entity::{
    event, event_translation, place, place_translation, place_zone, policy, route, route_stop, route_translation, zone,
    zone_translation,
};
use crate::store::{PUBLISHED, frame};

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("seed values serialize to JSON")
}

/// Inserts a new row or overwrites an existing one, every column included.
async fn put<A>(db: &impl ConnectionTrait, model: A, exists: bool) -> Result<(), DbErr>
where
    A: ActiveModelTrait + sea_orm::ActiveModelBehavior + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    let active = model.reset_all();
    if exists {
        <A::Entity as EntityTrait>::update(active).exec(db).await?;
    } else {
        <A::Entity as EntityTrait>::insert(active).exec_without_returning(db).await?;
    }
    Ok(())
}

/// Replaces the child rows of one parent (translations, links, stops): deletes those whose
/// `parent` column is `id`, then inserts `rows` (an empty multi-insert is an error, so
/// none is sent for an empty list).
async fn replace_children<E, M>(db: &impl ConnectionTrait, parent: E::Column, id: &str, rows: Vec<M>) -> Result<(), DbErr>
where
    E: EntityTrait,
    M: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::delete_many().filter(parent.eq(id)).exec(db).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let rows: Vec<E::ActiveModel> = rows.into_iter().map(|m| m.into_active_model().reset_all()).collect();
    E::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

fn sorted<T, K: Ord>(mut v: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    v.sort_by_key(|x| key(x));
    v
}

pub(super) async fn zones(db: &impl ConnectionTrait, zones: &[SeedZone], now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let existing: HashMap<String, zone::Model> =
        zone::Entity::find().all(db).await?.into_iter().map(|z| (z.slug.clone(), z)).collect();
    let mut old_texts: HashMap<String, Vec<zone_translation::Model>> = HashMap::new();
    for t in zone_translation::Entity::find().all(db).await? {
        old_texts.entry(t.zone_id.clone()).or_default().push(t);
    }
    let mut counts = Counts::default();
    for z in zones {
        let old = existing.get(&z.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let model = zone::Model {
            id: id.clone(),
            slug: z.slug.clone(),
            tier: z.tier.as_str().to_owned(),
            name_zh: z.name_zh.clone(),
            districts: json(&z.districts),
            center_lat: z.center.map(|c| c.lat),
            center_lng: z.center.map(|c| c.lng),
            center_approximate: z.center.is_some_and(|c| c.approximate),
            sources: json(&z.sources),
            as_of: z.as_of,
            updated_at: old.map(|o| o.updated_at).unwrap_or(now),
        };
        let texts: Vec<zone_translation::Model> = z
            .translations
            .iter()
            .map(|(locale, t)| zone_translation::Model {
                zone_id: id.clone(),
                locale: locale.clone(),
                name: t.name.clone(),
                summary: t.summary.clone(),
            })
            .collect();
        let previous = sorted(old_texts.remove(&id).unwrap_or_default(), |t| t.locale.clone());
        if old == Some(&model) && previous == texts {
            counts.unchanged += 1;
            continue;
        }
        let model = zone::Model { updated_at: now, ..model };
        put(db, model.into_active_model(), old.is_some()).await?;
        replace_children::<zone_translation::Entity, _>(db, zone_translation::Column::ZoneId, &id, texts).await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

fn place_texts(id: &str, translations: &std::collections::BTreeMap<String, Texts>) -> Vec<place_translation::Model> {
    translations
        .iter()
        .map(|(locale, t)| place_translation::Model {
            place_id: id.to_owned(),
            locale: locale.clone(),
            name: t.name.clone(),
            summary: t.summary.clone(),
            address: t.address.clone(),
        })
        .collect()
}

/// The place row a seed entry describes (published, owned by no merchant).
fn place_row(p: &SeedPlace, id: String, created_at: DateTime<Utc>, updated_at: DateTime<Utc>) -> place::Model {
    let methods: Vec<&str> = p.payments.iter().map(|m| m.method.as_str()).collect();
    let interests: Vec<&str> = p.interests.iter().map(|i| i.as_str()).collect();
    let tax = p.tax_refund;
    place::Model {
        id,
        slug: p.slug.clone(),
        kind: p.kind.as_str().to_owned(),
        district: p.district.as_str().to_owned(),
        status: PUBLISHED.to_owned(),
        owner_id: None,
        name_zh: p.name_zh.clone(),
        address_zh: p.address_zh.clone(),
        phone: p.phone.clone(),
        lat: p.location.map(|l| l.lat),
        lng: p.location.map(|l| l.lng),
        location_approximate: p.location.is_some_and(|l| l.approximate),
        opening_hours: p.opening_hours.clone(),
        opening_hours_confidence: p
            .opening_hours
            .as_ref()
            .map(|_| p.opening_hours_confidence.unwrap_or(guide_domain::Confidence::Confirmed).as_str().to_owned()),
        tags: frame(&p.tags),
        pay_methods: frame(&methods),
        payments: json(&p.payments),
        friendliness: json(&p.friendliness.clone().unwrap_or_default()),
        tax_refund_store: tax.is_some_and(|t| t.store || t.instant),
        tax_refund_instant: tax.is_some_and(|t| t.instant),
        tax_refund_confidence: tax.map(|t| t.confidence.as_str().to_owned()),
        duty_free: p.duty_free.is_some(),
        duty_free_details: p.duty_free.as_ref().map(json),
        night: p.night,
        interests: frame(&interests),
        visit_minutes: p.visit_minutes.map(|m| m as i32),
        confidence: p.confidence.as_str().to_owned(),
        uncertain_fields: json(&p.uncertain_fields),
        sources: json(&p.sources),
        as_of: p.as_of,
        created_at,
        updated_at,
    }
}

pub(super) async fn places(db: &impl ConnectionTrait, places: &[SeedPlace], now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let existing: HashMap<String, place::Model> =
        place::Entity::find().all(db).await?.into_iter().map(|p| (p.slug.clone(), p)).collect();
    let mut old_texts: HashMap<String, Vec<place_translation::Model>> = HashMap::new();
    for t in place_translation::Entity::find().all(db).await? {
        old_texts.entry(t.place_id.clone()).or_default().push(t);
    }
    let mut old_links: HashMap<String, Vec<String>> = HashMap::new();
    for l in place_zone::Entity::find().all(db).await? {
        old_links.entry(l.place_id).or_default().push(l.zone_id);
    }
    let zone_ids: HashMap<String, String> =
        zone::Entity::find().all(db).await?.into_iter().map(|z| (z.slug, z.id)).collect();

    let mut counts = Counts::default();
    for p in places {
        let old = existing.get(&p.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let model = place_row(p, id.clone(), old.map(|o| o.created_at).unwrap_or(now), old.map(|o| o.updated_at).unwrap_or(now));
        let texts = place_texts(&id, &p.translations);
        let mut links: Vec<String> = p.zones.iter().filter_map(|z| zone_ids.get(z).cloned()).collect();
        links.sort();
        let previous_texts = sorted(old_texts.remove(&id).unwrap_or_default(), |t| t.locale.clone());
        let previous_links = sorted(old_links.remove(&id).unwrap_or_default(), |z| z.clone());
        if old == Some(&model) && previous_texts == texts && previous_links == links {
            counts.unchanged += 1;
            continue;
        }
        let model = place::Model { updated_at: now, ..model };
        put(db, model.into_active_model(), old.is_some()).await?;
        replace_children::<place_translation::Entity, _>(db, place_translation::Column::PlaceId, &id, texts).await?;
        let links: Vec<place_zone::Model> =
            links.into_iter().map(|zone_id| place_zone::Model { place_id: id.clone(), zone_id }).collect();
        replace_children::<place_zone::Entity, _>(db, place_zone::Column::PlaceId, &id, links).await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn routes(db: &impl ConnectionTrait, routes: &[SeedRoute], now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let existing: HashMap<String, route::Model> =
        route::Entity::find().all(db).await?.into_iter().map(|r| (r.slug.clone(), r)).collect();
    let place_ids: HashMap<String, String> =
        place::Entity::find().all(db).await?.into_iter().map(|p| (p.slug, p.id)).collect();
    let mut counts = Counts::default();
    for r in routes {
        let old = existing.get(&r.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let model = route::Model {
            id: id.clone(),
            slug: r.slug.clone(),
            theme: r.theme.clone(),
            status: PUBLISHED.to_owned(),
            sources: json(&r.sources),
            as_of: r.as_of,
            updated_at: old.map(|o| o.updated_at).unwrap_or(now),
        };
        let texts: Vec<route_translation::Model> = r
            .translations
            .iter()
            .map(|(locale, t)| route_translation::Model {
                route_id: id.clone(),
                locale: locale.clone(),
                name: t.name.clone(),
                summary: t.summary.clone(),
            })
            .collect();
        let stops: Vec<route_stop::Model> = r
            .stops
            .iter()
            .enumerate()
            .map(|(i, s)| route_stop::Model {
                route_id: id.clone(),
                position: i as i32,
                place_id: place_ids.get(&s.place).cloned().unwrap_or_default(),
                dwell_minutes: s.dwell_minutes as i32,
                to_next_mode: s.to_next.as_ref().map(|l| l.mode.as_str().to_owned()),
                to_next_minutes: s.to_next.as_ref().map(|l| l.minutes as i32),
                to_next_notes: json(&s.to_next.as_ref().map(|l| l.translations.clone()).unwrap_or_default()),
            })
            .collect();
        let previous_texts = sorted(
            route_translation::Entity::find().filter(route_translation::Column::RouteId.eq(id.as_str())).all(db).await?,
            |t| t.locale.clone(),
        );
        let previous_stops = sorted(
            route_stop::Entity::find().filter(route_stop::Column::RouteId.eq(id.as_str())).all(db).await?,
            |s| s.position,
        );
        if old == Some(&model) && previous_texts == texts && previous_stops == stops {
            counts.unchanged += 1;
            continue;
        }
        let model = route::Model { updated_at: now, ..model };
        put(db, model.into_active_model(), old.is_some()).await?;
        replace_children::<route_translation::Entity, _>(db, route_translation::Column::RouteId, &id, texts).await?;
        replace_children::<route_stop::Entity, _>(db, route_stop::Column::RouteId, &id, stops).await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn events(db: &impl ConnectionTrait, events: &[SeedEvent], now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let existing: HashMap<String, event::Model> =
        event::Entity::find().all(db).await?.into_iter().map(|e| (e.slug.clone(), e)).collect();
    let place_ids: HashMap<String, String> =
        place::Entity::find().all(db).await?.into_iter().map(|p| (p.slug, p.id)).collect();
    let mut counts = Counts::default();
    for e in events {
        let old = existing.get(&e.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let model = event::Model {
            id: id.clone(),
            slug: e.slug.clone(),
            kind: e.kind.as_str().to_owned(),
            starts_on: e.starts_on,
            ends_on: e.ends_on,
            place_id: e.place.as_ref().and_then(|p| place_ids.get(p).cloned()),
            zones: json(&e.zones),
            date_confidence: e.date_confidence.as_str().to_owned(),
            status: PUBLISHED.to_owned(),
            sources: json(&e.sources),
            as_of: e.as_of,
            updated_at: old.map(|o| o.updated_at).unwrap_or(now),
        };
        let texts: Vec<event_translation::Model> = e
            .translations
            .iter()
            .map(|(locale, t)| event_translation::Model {
                event_id: id.clone(),
                locale: locale.clone(),
                name: t.name.clone(),
                summary: t.summary.clone(),
            })
            .collect();
        let previous = sorted(
            event_translation::Entity::find().filter(event_translation::Column::EventId.eq(id.as_str())).all(db).await?,
            |t| t.locale.clone(),
        );
        if old == Some(&model) && previous == texts {
            counts.unchanged += 1;
            continue;
        }
        let model = event::Model { updated_at: now, ..model };
        put(db, model.into_active_model(), old.is_some()).await?;
        replace_children::<event_translation::Entity, _>(db, event_translation::Column::EventId, &id, texts).await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn policies(db: &impl ConnectionTrait, policies: &[SeedPolicy], now: DateTime<Utc>) -> Result<Counts, DbErr> {
    let existing: HashMap<String, policy::Model> =
        policy::Entity::find().all(db).await?.into_iter().map(|p| (p.version.clone(), p)).collect();
    let mut counts = Counts::default();
    for p in policies {
        let old = existing.get(&p.version);
        let model = policy::Model {
            id: old.map(|o| o.id.clone()).unwrap_or_else(new_id),
            kind: p.kind.as_str().to_owned(),
            version: p.version.clone(),
            effective_from: p.effective_from,
            effective_to: p.effective_to,
            source: p.source.clone(),
            as_of: p.as_of,
            confidence: p.confidence.as_str().to_owned(),
            data: json(&p.data),
            updated_at: old.map(|o| o.updated_at).unwrap_or(now),
        };
        if old == Some(&model) {
            counts.unchanged += 1;
            continue;
        }
        put(db, policy::Model { updated_at: now, ..model }.into_active_model(), old.is_some()).await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

//! Upserts of validated seed entities. Each seed entry becomes the domain value it
//! describes; the store turns that into rows (`store::catalogue::*_rows`), which are
//! compared with what exists, and only what differs is written (`store::catalogue::save_*`).

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use guide_domain::catalogue::{
    Event, EventFacts, HoursInfo, Leg, LegText, NameText, Place, PlaceFacts, PlaceText,
    PlaceTextFields, PolicyDocument, Route, RouteFacts, Stop, Zone, ZoneFacts,
};
use guide_domain::{Confidence, Hours, Locale, Texts};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::Counts;
use super::files::{SeedEvent, SeedPlace, SeedPolicy, SeedRoute, SeedText, SeedZone};
use crate::store::catalogue as store;
use crate::store::column::Status;
use crate::store::entity::{
    event, event_translation, place, place_translation, place_zone, policy, route, route_stop,
    route_translation, zone, zone_translation,
};

fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

fn sorted<T, K: Ord>(mut v: Vec<T>, key: impl Fn(&T) -> K) -> Vec<T> {
    v.sort_by_key(|x| key(x));
    v
}

/// Translations keyed by tag as typed texts (tags were validated when the files were read).
fn texts<T>(translations: &BTreeMap<String, SeedText>, text: impl Fn(&SeedText) -> T) -> Texts<T> {
    translations
        .iter()
        .filter_map(|(tag, t)| Some((Locale::from_tag(tag)?, text(t))))
        .collect()
}

fn name_text(t: &SeedText) -> NameText {
    NameText {
        name: t.name.clone(),
        summary: t.summary.clone(),
    }
}

fn place_of(p: &SeedPlace, id: String, updated_at: DateTime<Utc>) -> Place {
    let hours = p.opening_hours.as_ref().map(|osm| HoursInfo {
        hours: Hours::parse(osm).expect("opening hours were validated when the files were read"),
        confidence: p.opening_hours_confidence.unwrap_or(Confidence::Confirmed),
    });
    let mut zones = p.zones.clone();
    zones.sort();
    let facts = PlaceFacts {
        id,
        slug: p.slug.clone(),
        kind: p.kind,
        district: p.district,
        name_zh: p.name_zh.clone(),
        address_zh: p.address_zh.clone(),
        phone: p.phone.clone(),
        location: p.location,
        hours,
        payments: p.payments.clone(),
        friendliness: p.friendliness.clone().unwrap_or_default(),
        tax_refund: p.tax_refund,
        duty_free: p.duty_free.clone(),
        night: p.night,
        tags: p.tags.clone(),
        interests: p.interests.clone(),
        visit_minutes: p.visit_minutes,
        confidence: p.confidence,
        uncertain_fields: p.uncertain_fields.clone(),
        sources: p.sources.clone(),
        as_of: p.as_of,
        updated_at,
        zones,
    };
    let texts = texts(&p.translations, |t| {
        PlaceText::from(PlaceTextFields {
            name: t.name.clone(),
            summary: t.summary.clone(),
            address: t.address.clone(),
            hours_note: t.hours_note.clone(),
            origin: t.origin,
        })
    });
    Place { facts, texts }
}

pub(super) async fn zones(
    db: &impl ConnectionTrait,
    zones: &[SeedZone],
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let existing: HashMap<String, zone::Model> = zone::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|z| (z.slug.clone(), z))
        .collect();
    let mut old_texts: HashMap<String, Vec<zone_translation::Model>> = HashMap::new();
    for t in zone_translation::Entity::find().all(db).await? {
        old_texts.entry(t.zone_id.clone()).or_default().push(t);
    }
    let mut counts = Counts::default();
    for z in zones {
        let old = existing.get(&z.slug);
        let zone = Zone {
            facts: ZoneFacts {
                id: old.map(|o| o.id.clone()).unwrap_or_else(new_id),
                slug: z.slug.clone(),
                tier: z.tier,
                name_zh: z.name_zh.clone(),
                districts: z.districts.clone(),
                center: z.center,
                sources: z.sources.clone(),
                as_of: z.as_of,
                updated_at: old.map(|o| o.updated_at).unwrap_or(now),
            },
            texts: texts(&z.translations, name_text),
        };
        let (row, texts) = store::zone_rows(&zone);
        let texts = sorted(texts, |t| t.locale.clone());
        let previous = sorted(old_texts.remove(&row.id).unwrap_or_default(), |t| {
            t.locale.clone()
        });
        if old == Some(&row) && previous == texts {
            counts.unchanged += 1;
            continue;
        }
        store::save_zone(
            db,
            zone::Model {
                updated_at: now,
                ..row
            },
            texts,
            old.is_some(),
        )
        .await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn places(
    db: &impl ConnectionTrait,
    places: &[SeedPlace],
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let existing: HashMap<String, place::Model> = place::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.slug.clone(), p))
        .collect();
    let mut old_texts: HashMap<String, Vec<place_translation::Model>> = HashMap::new();
    for t in place_translation::Entity::find().all(db).await? {
        old_texts.entry(t.place_id.clone()).or_default().push(t);
    }
    let mut old_links: HashMap<String, Vec<String>> = HashMap::new();
    for l in place_zone::Entity::find().all(db).await? {
        old_links.entry(l.place_id).or_default().push(l.zone_id);
    }
    let zone_ids = store::zone_ids_by_slug(db).await?;

    let mut counts = Counts::default();
    for p in places {
        let old = existing.get(&p.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let place = place_of(p, id.clone(), old.map(|o| o.updated_at).unwrap_or(now));
        let (row, texts) = store::place_rows(
            &place,
            Status::Published,
            None,
            old.map(|o| o.created_at).unwrap_or(now),
        );
        let texts = sorted(texts, |t| t.locale.clone());
        let mut links: Vec<String> = p
            .zones
            .iter()
            .filter_map(|z| zone_ids.get(z).cloned())
            .collect();
        links.sort();
        let previous_texts = sorted(old_texts.remove(&id).unwrap_or_default(), |t| {
            t.locale.clone()
        });
        let previous_links = sorted(old_links.remove(&id).unwrap_or_default(), |z| z.clone());
        if old == Some(&row) && previous_texts == texts && previous_links == links {
            counts.unchanged += 1;
            continue;
        }
        store::save_place(
            db,
            place::Model {
                updated_at: now,
                ..row
            },
            texts,
            Some(links),
            old.is_some(),
        )
        .await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn routes(
    db: &impl ConnectionTrait,
    routes: &[SeedRoute],
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let existing: HashMap<String, route::Model> = route::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.slug.clone(), r))
        .collect();
    let place_ids: HashMap<String, String> = place::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.slug, p.id))
        .collect();
    let mut counts = Counts::default();
    for r in routes {
        let old = existing.get(&r.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let stops = r
            .stops
            .iter()
            .map(|s| Stop {
                // References were checked when the files were read.
                place_id: place_ids.get(&s.place).cloned().unwrap_or_default(),
                dwell_minutes: s.dwell_minutes,
                to_next: s.to_next.as_ref().map(|l| Leg {
                    mode: l.mode,
                    minutes: l.minutes,
                    directions: l
                        .translations
                        .iter()
                        .filter_map(|(tag, note)| {
                            Some((Locale::from_tag(tag)?, LegText { note: note.clone() }))
                        })
                        .collect(),
                }),
            })
            .collect();
        let route = Route {
            facts: RouteFacts {
                id: id.clone(),
                slug: r.slug.clone(),
                theme: r.theme,
                stops,
                sources: r.sources.clone(),
                as_of: r.as_of,
                updated_at: old.map(|o| o.updated_at).unwrap_or(now),
            },
            texts: texts(&r.translations, name_text),
        };
        let (row, texts, stops) = store::route_rows(&route, Status::Published);
        let texts = sorted(texts, |t| t.locale.clone());
        let previous_texts = sorted(
            route_translation::Entity::find()
                .filter(route_translation::Column::RouteId.eq(id.as_str()))
                .all(db)
                .await?,
            |t| t.locale.clone(),
        );
        let previous_stops = sorted(
            route_stop::Entity::find()
                .filter(route_stop::Column::RouteId.eq(id.as_str()))
                .all(db)
                .await?,
            |s| s.position,
        );
        if old == Some(&row) && previous_texts == texts && previous_stops == stops {
            counts.unchanged += 1;
            continue;
        }
        store::save_route(
            db,
            route::Model {
                updated_at: now,
                ..row
            },
            texts,
            stops,
            old.is_some(),
        )
        .await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn events(
    db: &impl ConnectionTrait,
    events: &[SeedEvent],
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let existing: HashMap<String, event::Model> = event::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.slug.clone(), e))
        .collect();
    let place_ids: HashMap<String, String> = place::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.slug, p.id))
        .collect();
    let mut counts = Counts::default();
    for e in events {
        let old = existing.get(&e.slug);
        let id = old.map(|o| o.id.clone()).unwrap_or_else(new_id);
        let event = Event {
            facts: EventFacts {
                id: id.clone(),
                slug: e.slug.clone(),
                kind: e.kind,
                starts_on: e.starts_on,
                ends_on: e.ends_on,
                place_id: e.place.as_ref().and_then(|p| place_ids.get(p).cloned()),
                zones: e.zones.clone(),
                date_confidence: e.date_confidence,
                sources: e.sources.clone(),
                as_of: e.as_of,
                updated_at: old.map(|o| o.updated_at).unwrap_or(now),
            },
            texts: texts(&e.translations, name_text),
        };
        let (row, texts) = store::event_rows(&event, Status::Published);
        let texts = sorted(texts, |t| t.locale.clone());
        let previous = sorted(
            event_translation::Entity::find()
                .filter(event_translation::Column::EventId.eq(id.as_str()))
                .all(db)
                .await?,
            |t| t.locale.clone(),
        );
        if old == Some(&row) && previous == texts {
            counts.unchanged += 1;
            continue;
        }
        store::save_event(
            db,
            event::Model {
                updated_at: now,
                ..row
            },
            texts,
            old.is_some(),
        )
        .await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

pub(super) async fn policies(
    db: &impl ConnectionTrait,
    policies: &[SeedPolicy],
    now: DateTime<Utc>,
) -> Result<Counts, DbErr> {
    let existing: HashMap<String, policy::Model> = policy::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.version.clone(), p))
        .collect();
    let mut counts = Counts::default();
    for p in policies {
        let old = existing.get(&p.version);
        let document: PolicyDocument = serde_json::from_value(serde_json::json!({
            "kind": p.kind,
            "version": p.version,
            "effective_from": p.effective_from,
            "effective_to": p.effective_to,
            "source": p.source,
            "as_of": p.as_of,
            "confidence": p.confidence,
            "data": p.data,
        }))
        .map_err(|e| DbErr::Custom(format!("policy {}: {e}", p.version)))?;
        let row = store::policy_row(
            &document,
            old.map(|o| o.id.clone()).unwrap_or_else(new_id),
            old.map(|o| o.updated_at).unwrap_or(now),
        );
        if old == Some(&row) {
            counts.unchanged += 1;
            continue;
        }
        store::save_policy(
            db,
            policy::Model {
                updated_at: now,
                ..row
            },
            old.is_some(),
        )
        .await?;
        counts.written(old.is_some());
    }
    Ok(counts)
}

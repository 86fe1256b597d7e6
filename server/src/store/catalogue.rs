//! The published catalogue as domain types: the only code that turns catalogue rows into
//! `guide_domain::catalogue` values, and those values back into rows.
//!
//! [`load_published`] reads everything public in one read transaction together with the
//! catalogue version, so the in-memory snapshot built from it is exactly the catalogue of
//! that version. A row that does not parse (an unknown kind, broken JSON, hours that are
//! not OpenStreetMap syntax) is not silently defaulted: it is left out, logged with its
//! table, id and reason, and returned in [`Published::rejected`] so the caller can count it.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use guide_domain::bundle::ItemKind;
use guide_domain::catalogue::{
    Alert, AlertFacts, Event, EventFacts, HoursInfo, Leg, LegText, NameText, Place, PlaceFacts,
    PlaceText, PlaceTextFields, PolicyDocument, PolicySet, Route, RouteFacts, Stop, Zone,
    ZoneFacts,
};
use guide_domain::place::{Location, TaxRefundInfo};
use guide_domain::policy::PolicyKind;
use guide_domain::{Confidence, Hours, Locale, Texts};
use sea_orm::{
    AccessMode, ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr,
    EntityTrait, FromQueryResult, IntoActiveModel, IsolationLevel, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Select, StreamTrait, TransactionTrait,
};

use super::column::{Framed, JsonText, Status, Wire};
use super::entity::{
    alert, event, event_translation, place, place_translation, place_zone, policy, route,
    route_stop, route_translation, zone, zone_translation,
};
use super::sync::tombstone;

/// A catalogue row that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// Its table.
    pub table: &'static str,
    /// Its id (or the parent's id and locale for a translation).
    pub id: String,
    /// What is wrong.
    pub reason: String,
}

/// A catalogue item that is not public (a draft, a pending or rejected listing), for the
/// offline bundle's tombstones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hidden {
    /// What it is.
    pub kind: ItemKind,
    /// Its id.
    pub id: String,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
}

/// Everything public, typed, as of one catalogue version.
#[derive(Debug, Default)]
pub struct Published {
    /// The catalogue version these rows are from.
    pub version: i64,
    /// Published places, with texts and zone slugs.
    pub places: Vec<Place>,
    /// Zones, by tier then slug.
    pub zones: Vec<Zone>,
    /// Published routes, by slug.
    pub routes: Vec<Route>,
    /// Published events, by start date then slug.
    pub events: Vec<Event>,
    /// Published alerts (any time window), by start.
    pub alerts: Vec<Alert>,
    /// Every policy version.
    pub policies: PolicySet,
    /// When each policy version last changed, by version.
    pub policy_updated: HashMap<String, DateTime<Utc>>,
    /// Items that exist but are not public.
    pub hidden: Vec<Hidden>,
    /// Deleted items.
    pub deleted: Vec<Hidden>,
    /// Rows left out because they do not parse.
    pub rejected: Vec<Rejected>,
}

/// The catalogue version: a number that changes in the same transaction as any catalogue
/// row (migration `m20261202_000001_catalogue_version`).
pub async fn version(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT version FROM catalogue_version WHERE id = 1",
        ))
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("catalogue_version".into()))?;
    row.try_get("", "version")
}

/// Reads the published catalogue and its version in one read-only transaction.
pub async fn load_published(db: &DatabaseConnection) -> Result<Published, DbErr> {
    let txn = db
        .begin_with_config(
            Some(IsolationLevel::RepeatableRead),
            Some(AccessMode::ReadOnly),
        )
        .await?;
    let loaded = load_in(&txn).await;
    txn.commit().await?;
    loaded
}

/// Reads rows of `select` one by one, so that one bad row is rejected, not the query.
/// Streamed: holding every raw row of a large table at once (each value copied by the
/// driver) cost more memory than the catalogue itself.
async fn typed_rows<E>(
    db: &(impl ConnectionTrait + StreamTrait),
    select: Select<E>,
    table: &'static str,
    rejected: &mut Vec<Rejected>,
) -> Result<Vec<E::Model>, DbErr>
where
    E: EntityTrait,
    E::Model: FromQueryResult,
{
    let statement = select.build(ConnectionTrait::get_database_backend(db));
    let mut rows = std::pin::pin!(db.stream_raw(statement).await?);
    let mut out = Vec::new();
    while let Some(row) = rows.next().await {
        let row = row?;
        match E::Model::from_query_result(&row, "") {
            Ok(model) => out.push(model),
            Err(e) => {
                let id = row
                    .try_get::<String>("", "id")
                    .unwrap_or_else(|_| "?".into());
                reject(rejected, table, id, e.to_string());
            }
        }
    }
    Ok(out)
}

fn reject(rejected: &mut Vec<Rejected>, table: &'static str, id: String, reason: String) {
    tracing::error!(table, id = %id, reason = %reason, "catalogue row left out: it does not parse");
    rejected.push(Rejected { table, id, reason });
}

async fn load_in(db: &(impl ConnectionTrait + StreamTrait)) -> Result<Published, DbErr> {
    let mut out = Published {
        version: version(db).await?,
        ..Published::default()
    };
    let rejected = &mut out.rejected;

    // Zones first: places refer to them by slug.
    let zone_rows = typed_rows(db, zone::Entity::find(), "zones", rejected).await?;
    let zone_texts = texts_by_parent(
        typed_rows(
            db,
            zone_translation::Entity::find(),
            "zone_translations",
            rejected,
        )
        .await?,
        |t| {
            (
                t.zone_id.clone(),
                t.locale.clone(),
                NameText {
                    name: t.name,
                    summary: t.summary,
                },
            )
        },
        "zone_translations",
        rejected,
    );
    let zone_slugs: HashMap<String, String> = zone_rows
        .iter()
        .map(|z| (z.id.clone(), z.slug.clone()))
        .collect();
    let mut zone_texts = zone_texts;
    out.zones = zone_rows
        .into_iter()
        .map(|z| Zone {
            texts: zone_texts.remove(&z.id).unwrap_or_default(),
            facts: zone_facts(z),
        })
        .collect();
    out.zones
        .sort_by(|a, b| (a.facts.tier, &a.facts.slug).cmp(&(b.facts.tier, &b.facts.slug)));

    // Places.
    let published = place::Column::Status.eq(Wire(Status::Published));
    let place_rows = typed_rows(
        db,
        place::Entity::find().filter(published),
        "places",
        rejected,
    )
    .await?;
    let mut links: HashMap<String, Vec<String>> = HashMap::new();
    for link in typed_rows(db, place_zone::Entity::find(), "place_zones", rejected).await? {
        if let Some(slug) = zone_slugs.get(&link.zone_id) {
            links.entry(link.place_id).or_default().push(slug.clone());
        }
    }
    let mut place_texts = texts_by_parent(
        typed_rows(
            db,
            place_translation::Entity::find(),
            "place_translations",
            rejected,
        )
        .await?,
        |t| {
            let text = PlaceText::from(PlaceTextFields {
                name: t.name,
                summary: t.summary,
                address: t.address,
                hours_note: t.hours_note,
                origin: t.origin.map(|o| o.0),
            });
            (t.place_id, t.locale, text)
        },
        "place_translations",
        rejected,
    );
    // Parsed hours by their text: many places share an expression, and a parsed one is
    // large (a rule tree) but cheap to clone (shared), so each text is parsed once.
    let mut parsed_hours: HashMap<String, Hours> = HashMap::new();
    for row in place_rows {
        let id = row.id.clone();
        let mut zones = links.remove(&id).unwrap_or_default();
        zones.sort();
        match place_facts(row, zones, &mut parsed_hours) {
            Ok(facts) => out.places.push(Place {
                texts: place_texts.remove(&id).unwrap_or_default(),
                facts,
            }),
            Err(reason) => reject(rejected, "places", id, reason),
        }
    }
    out.places.sort_by(|a, b| a.facts.slug.cmp(&b.facts.slug));

    // Routes with their stops (stops of places that are not public drop out).
    let published = route::Column::Status.eq(Wire(Status::Published));
    let route_rows = typed_rows(
        db,
        route::Entity::find()
            .filter(published)
            .order_by_asc(route::Column::Slug),
        "routes",
        rejected,
    )
    .await?;
    let mut route_texts = texts_by_parent(
        typed_rows(
            db,
            route_translation::Entity::find(),
            "route_translations",
            rejected,
        )
        .await?,
        |t| {
            (
                t.route_id.clone(),
                t.locale.clone(),
                NameText {
                    name: t.name,
                    summary: t.summary,
                },
            )
        },
        "route_translations",
        rejected,
    );
    let mut stops: HashMap<String, Vec<route_stop::Model>> = HashMap::new();
    let stop_rows = typed_rows(
        db,
        route_stop::Entity::find()
            .order_by_asc(route_stop::Column::RouteId)
            .order_by_asc(route_stop::Column::Position),
        "route_stops",
        rejected,
    )
    .await?;
    for s in stop_rows {
        stops.entry(s.route_id.clone()).or_default().push(s);
    }
    for r in route_rows {
        let id = r.id.clone();
        match route_facts(r, stops.remove(&id).unwrap_or_default()) {
            Ok(facts) => out.routes.push(Route {
                texts: route_texts.remove(&id).unwrap_or_default(),
                facts,
            }),
            Err(reason) => reject(rejected, "routes", id, reason),
        }
    }

    // Events.
    let published = event::Column::Status.eq(Wire(Status::Published));
    let event_rows = typed_rows(
        db,
        event::Entity::find()
            .filter(published)
            .order_by_asc(event::Column::StartsOn)
            .order_by_asc(event::Column::Slug),
        "events",
        rejected,
    )
    .await?;
    let mut event_texts = texts_by_parent(
        typed_rows(
            db,
            event_translation::Entity::find(),
            "event_translations",
            rejected,
        )
        .await?,
        |t| {
            (
                t.event_id.clone(),
                t.locale.clone(),
                NameText {
                    name: t.name,
                    summary: t.summary,
                },
            )
        },
        "event_translations",
        rejected,
    );
    out.events = event_rows
        .into_iter()
        .map(|e| Event {
            texts: event_texts.remove(&e.id).unwrap_or_default(),
            facts: event_facts(e),
        })
        .collect();

    // Alerts.
    let published = alert::Column::Status.eq(Wire(Status::Published));
    out.alerts = typed_rows(
        db,
        alert::Entity::find()
            .filter(published)
            .order_by_asc(alert::Column::StartsAt),
        "alerts",
        rejected,
    )
    .await?
    .into_iter()
    .map(alert_value)
    .collect();

    // Policies.
    let mut documents = Vec::new();
    for p in typed_rows(
        db,
        policy::Entity::find().order_by_asc(policy::Column::EffectiveFrom),
        "policies",
        rejected,
    )
    .await?
    {
        let version = p.version.clone();
        let updated_at = p.updated_at;
        match policy_document(p) {
            Ok(doc) => {
                out.policy_updated.insert(version, updated_at);
                documents.push(doc);
            }
            Err(reason) => reject(rejected, "policies", version, reason),
        }
    }
    out.policies = PolicySet::from_documents(documents);

    out.hidden = hidden(db).await?;
    out.deleted = tombstone::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|t| {
            let kind = ItemKind::ALL.into_iter().find(|k| k.as_str() == t.entity)?;
            Some(Hidden {
                kind,
                id: t.id,
                updated_at: t.deleted_at,
            })
        })
        .collect();
    Ok(out)
}

/// Ids and change times of everything that exists but is not public.
async fn hidden(db: &impl ConnectionTrait) -> Result<Vec<Hidden>, DbErr> {
    let mut out = Vec::new();
    macro_rules! hidden_of {
        ($module:ident, $kind:expr) => {
            let rows: Vec<(String, DateTime<Utc>)> = $module::Entity::find()
                .select_only()
                .column($module::Column::Id)
                .column($module::Column::UpdatedAt)
                .filter($module::Column::Status.ne(Wire(Status::Published)))
                .into_tuple()
                .all(db)
                .await?;
            out.extend(rows.into_iter().map(|(id, updated_at)| Hidden {
                kind: $kind,
                id,
                updated_at,
            }));
        };
    }
    hidden_of!(place, ItemKind::Place);
    hidden_of!(route, ItemKind::Route);
    hidden_of!(event, ItemKind::Event);
    hidden_of!(alert, ItemKind::Alert);
    Ok(out)
}

/// Groups translation rows by parent id; a row whose locale is not supported is rejected.
pub(crate) fn texts_by_parent<R, T>(
    rows: Vec<R>,
    split: impl Fn(R) -> (String, String, T),
    table: &'static str,
    rejected: &mut Vec<Rejected>,
) -> HashMap<String, Texts<T>> {
    let mut out: HashMap<String, Texts<T>> = HashMap::new();
    for row in rows {
        let (parent, tag, text) = split(row);
        match Locale::from_tag(&tag).filter(|l| l.tag() == tag) {
            Some(locale) => out.entry(parent).or_default().insert(locale, text),
            None => reject(
                rejected,
                table,
                format!("{parent}/{tag}"),
                format!("“{tag}” is not a supported locale"),
            ),
        }
    }
    out
}

fn location(
    lat: Option<f64>,
    lng: Option<f64>,
    approximate: bool,
) -> Result<Option<Location>, String> {
    match (lat, lng) {
        (Some(lat), Some(lng)) => Ok(Some(Location {
            lat,
            lng,
            approximate,
        })),
        (None, None) => Ok(None),
        _ => Err("a coordinate has a latitude or a longitude but not both".into()),
    }
}

/// A place row (and its zone slugs) as facts; `parsed_hours` keeps the hours parsed so
/// far by their text.
pub fn place_facts(
    p: place::Model,
    zones: Vec<String>,
    parsed_hours: &mut HashMap<String, Hours>,
) -> Result<PlaceFacts, String> {
    let hours = match p.opening_hours {
        None => None,
        Some(osm) => Some(HoursInfo {
            hours: match parsed_hours.get(&osm) {
                Some(hours) => hours.clone(),
                None => {
                    let hours = Hours::parse(&osm).map_err(|e| format!("opening_hours: {e}"))?;
                    parsed_hours.insert(osm, hours.clone());
                    hours
                }
            },
            confidence: p
                .opening_hours_confidence
                .map_or(Confidence::Confirmed, |c| c.0),
        }),
    };
    let tax_refund = (p.tax_refund_store || p.tax_refund_instant)
        .then(|| {
            p.tax_refund_confidence
                .map(|c| TaxRefundInfo {
                    store: p.tax_refund_store,
                    instant: p.tax_refund_instant,
                    confidence: c.0,
                })
                .ok_or("tax refund without a confidence")
        })
        .transpose()?;
    let duty_free = match (p.duty_free, p.duty_free_details) {
        (true, Some(details)) => Some(details.0),
        (true, None) => return Err("duty_free without details".into()),
        (false, _) => None,
    };
    Ok(PlaceFacts {
        location: location(p.lat, p.lng, p.location_approximate)?,
        visit_minutes: p
            .visit_minutes
            .map(u32::try_from)
            .transpose()
            .map_err(|_| "visit_minutes is negative")?,
        id: p.id,
        slug: p.slug,
        kind: p.kind.0,
        district: p.district.0,
        name_zh: p.name_zh,
        address_zh: p.address_zh,
        phone: p.phone,
        hours,
        payments: p.payments.0,
        friendliness: p.friendliness.0,
        tax_refund,
        duty_free,
        night: p.night,
        tags: p.tags.0,
        interests: p.interests.0,
        confidence: p.confidence.0,
        uncertain_fields: p.uncertain_fields.0,
        sources: p.sources.0,
        as_of: p.as_of,
        updated_at: p.updated_at,
        zones,
    })
}

fn zone_facts(z: zone::Model) -> ZoneFacts {
    ZoneFacts {
        center: z.center_lat.zip(z.center_lng).map(|(lat, lng)| Location {
            lat,
            lng,
            approximate: z.center_approximate,
        }),
        id: z.id,
        slug: z.slug,
        tier: z.tier.0,
        name_zh: z.name_zh,
        districts: z.districts.0,
        sources: z.sources.0,
        as_of: z.as_of,
        updated_at: z.updated_at,
    }
}

pub(crate) fn route_facts(
    r: route::Model,
    stops: Vec<route_stop::Model>,
) -> Result<RouteFacts, String> {
    let stops = stops
        .into_iter()
        .map(|s| {
            let to_next = match (s.to_next_mode, s.to_next_minutes) {
                (Some(mode), minutes) => Some(Leg {
                    mode: mode.0,
                    minutes: u32::try_from(minutes.unwrap_or(0))
                        .map_err(|_| "to_next_minutes is negative")?,
                    directions: s
                        .to_next_notes
                        .0
                        .into_iter()
                        .map(|(l, note)| (l, LegText { note }))
                        .collect(),
                }),
                (None, _) => None,
            };
            Ok(Stop {
                place_id: s.place_id,
                dwell_minutes: u32::try_from(s.dwell_minutes)
                    .map_err(|_| "dwell_minutes is negative")?,
                to_next,
            })
        })
        .collect::<Result<_, String>>()?;
    Ok(RouteFacts {
        id: r.id,
        slug: r.slug,
        theme: r.theme.0,
        stops,
        sources: r.sources.0,
        as_of: r.as_of,
        updated_at: r.updated_at,
    })
}

pub(crate) fn event_facts(e: event::Model) -> EventFacts {
    EventFacts {
        id: e.id,
        slug: e.slug,
        kind: e.kind.0,
        starts_on: e.starts_on,
        ends_on: e.ends_on,
        place_id: e.place_id,
        zones: e.zones.0,
        date_confidence: e.date_confidence.0,
        sources: e.sources.0,
        as_of: e.as_of,
        updated_at: e.updated_at,
    }
}

pub(crate) fn alert_value(a: alert::Model) -> Alert {
    Alert {
        texts: a.texts.0,
        facts: AlertFacts {
            id: a.id,
            severity: a.severity.0,
            starts_at: a.starts_at,
            ends_at: a.ends_at,
            zones: a.zones.0,
            routes: a.routes.0,
            updated_at: a.updated_at,
        },
    }
}

/// A policy row as its typed document (the data block checked against its kind).
pub fn policy_document(p: policy::Model) -> Result<PolicyDocument, String> {
    let data: serde_json::Value =
        serde_json::from_str(&p.data).map_err(|e| format!("data: {e}"))?;
    let document = serde_json::json!({
        "kind": p.kind.0,
        "version": p.version,
        "effective_from": p.effective_from,
        "effective_to": p.effective_to,
        "source": p.source,
        "as_of": p.as_of,
        "confidence": p.confidence.0,
        "data": data,
    });
    serde_json::from_value(document).map_err(|e| e.to_string())
}

// ---------------------------------------------------------------------------------------
// Domain values back into rows (the seed loader and curation write through these).

/// The row of a place and its translation rows. `status`, `owner_id` and `created_at` are
/// not part of the published facts and come from the caller.
pub fn place_rows(
    place: &Place,
    status: Status,
    owner_id: Option<String>,
    created_at: DateTime<Utc>,
) -> (place::Model, Vec<place_translation::Model>) {
    let f = &place.facts;
    let row = place::Model {
        id: f.id.clone(),
        slug: f.slug.clone(),
        kind: Wire(f.kind),
        district: Wire(f.district),
        status: Wire(status),
        owner_id,
        name_zh: f.name_zh.clone(),
        address_zh: f.address_zh.clone(),
        phone: f.phone.clone(),
        lat: f.location.map(|l| l.lat),
        lng: f.location.map(|l| l.lng),
        location_approximate: f.location.is_some_and(|l| l.approximate),
        opening_hours: f.hours.as_ref().map(|h| h.hours.as_str().to_owned()),
        opening_hours_confidence: f.hours.as_ref().map(|h| Wire(h.confidence)),
        tags: Framed(f.tags.clone()),
        pay_methods: Framed(f.payments.iter().map(|p| p.method).collect()),
        payments: JsonText(f.payments.clone()),
        friendliness: JsonText(f.friendliness.clone()),
        tax_refund_store: f.tax_refund_store(),
        tax_refund_instant: f.instant_refund(),
        tax_refund_confidence: f.tax_refund.map(|t| Wire(t.confidence)),
        duty_free: f.duty_free.is_some(),
        duty_free_details: f.duty_free.clone().map(JsonText),
        night: f.night,
        interests: Framed(f.interests.clone()),
        visit_minutes: f
            .visit_minutes
            .map(|m| i32::try_from(m).unwrap_or(i32::MAX)),
        confidence: Wire(f.confidence),
        uncertain_fields: JsonText(f.uncertain_fields.clone()),
        sources: JsonText(f.sources.clone()),
        as_of: f.as_of,
        created_at,
        updated_at: f.updated_at,
    };
    let texts = place
        .texts
        .iter()
        .map(|(locale, t)| place_translation::Model {
            place_id: f.id.clone(),
            locale: locale.tag().to_owned(),
            name: t.name().to_owned(),
            summary: t.summary().map(str::to_owned),
            address: t.address().map(str::to_owned),
            hours_note: t.hours_note().map(str::to_owned),
            origin: t.origin().map(Wire),
        })
        .collect();
    (row, texts)
}

/// The row of a zone and its translation rows.
pub fn zone_rows(zone: &Zone) -> (zone::Model, Vec<zone_translation::Model>) {
    let f = &zone.facts;
    let row = zone::Model {
        id: f.id.clone(),
        slug: f.slug.clone(),
        tier: Wire(f.tier),
        name_zh: f.name_zh.clone(),
        districts: JsonText(f.districts.clone()),
        center_lat: f.center.map(|c| c.lat),
        center_lng: f.center.map(|c| c.lng),
        center_approximate: f.center.is_some_and(|c| c.approximate),
        sources: JsonText(f.sources.clone()),
        as_of: f.as_of,
        updated_at: f.updated_at,
    };
    let texts = zone
        .texts
        .iter()
        .map(|(locale, t)| zone_translation::Model {
            zone_id: f.id.clone(),
            locale: locale.tag().to_owned(),
            name: t.name.clone(),
            summary: t.summary.clone(),
        })
        .collect();
    (row, texts)
}

/// The row of a route, its translation rows and its stop rows.
pub fn route_rows(
    route: &Route,
    status: Status,
) -> (
    route::Model,
    Vec<route_translation::Model>,
    Vec<route_stop::Model>,
) {
    let f = &route.facts;
    let row = route::Model {
        id: f.id.clone(),
        slug: f.slug.clone(),
        theme: Wire(f.theme),
        status: Wire(status),
        sources: JsonText(f.sources.clone()),
        as_of: f.as_of,
        updated_at: f.updated_at,
    };
    let texts = route
        .texts
        .iter()
        .map(|(locale, t)| route_translation::Model {
            route_id: f.id.clone(),
            locale: locale.tag().to_owned(),
            name: t.name.clone(),
            summary: t.summary.clone(),
        })
        .collect();
    let stops = f
        .stops
        .iter()
        .enumerate()
        .map(|(i, s)| route_stop::Model {
            route_id: f.id.clone(),
            position: i32::try_from(i).unwrap_or(i32::MAX),
            place_id: s.place_id.clone(),
            dwell_minutes: i32::try_from(s.dwell_minutes).unwrap_or(i32::MAX),
            to_next_mode: s.to_next.as_ref().map(|l| Wire(l.mode)),
            to_next_minutes: s
                .to_next
                .as_ref()
                .map(|l| i32::try_from(l.minutes).unwrap_or(i32::MAX)),
            to_next_notes: JsonText(
                s.to_next
                    .as_ref()
                    .map(|l| {
                        l.directions
                            .iter()
                            .map(|(locale, t)| (locale, t.note.clone()))
                            .collect()
                    })
                    .unwrap_or_default(),
            ),
        })
        .collect();
    (row, texts, stops)
}

/// The row of an event and its translation rows.
pub fn event_rows(e: &Event, status: Status) -> (event::Model, Vec<event_translation::Model>) {
    let f = &e.facts;
    let row = event::Model {
        id: f.id.clone(),
        slug: f.slug.clone(),
        kind: Wire(f.kind),
        starts_on: f.starts_on,
        ends_on: f.ends_on,
        place_id: f.place_id.clone(),
        zones: JsonText(f.zones.clone()),
        date_confidence: Wire(f.date_confidence),
        status: Wire(status),
        sources: JsonText(f.sources.clone()),
        as_of: f.as_of,
        updated_at: f.updated_at,
    };
    let texts = e
        .texts
        .iter()
        .map(|(locale, t)| event_translation::Model {
            event_id: f.id.clone(),
            locale: locale.tag().to_owned(),
            name: t.name.clone(),
            summary: t.summary.clone(),
        })
        .collect();
    (row, texts)
}

/// The row of an alert.
pub fn alert_row(a: &Alert, status: Status) -> alert::Model {
    let f = &a.facts;
    alert::Model {
        id: f.id.clone(),
        severity: Wire(f.severity),
        starts_at: f.starts_at,
        ends_at: f.ends_at,
        zones: JsonText(f.zones.clone()),
        routes: JsonText(f.routes.clone()),
        texts: JsonText(a.texts.clone()),
        status: Wire(status),
        updated_at: f.updated_at,
    }
}

/// The row of a policy version (`id` is the row's own id).
pub fn policy_row(doc: &PolicyDocument, id: String, updated_at: DateTime<Utc>) -> policy::Model {
    let meta = doc.meta();
    policy::Model {
        id,
        kind: Wire(doc.kind()),
        version: meta.version.clone(),
        effective_from: meta.effective_from,
        effective_to: meta.effective_to,
        source: meta.source.clone(),
        as_of: meta.as_of,
        confidence: Wire(meta.confidence),
        data: doc.data_json().to_string(),
        updated_at,
    }
}

/// Every policy version of one kind, oldest first (for code that needs the database's view).
pub async fn policy_documents(
    db: &impl ConnectionTrait,
    kind: PolicyKind,
) -> Result<Vec<PolicyDocument>, DbErr> {
    policy::Entity::find()
        .filter(policy::Column::Kind.eq(Wire(kind)))
        .order_by_asc(policy::Column::EffectiveFrom)
        .all(db)
        .await?
        .into_iter()
        .map(|p| {
            let version = p.version.clone();
            policy_document(p).map_err(|e| DbErr::Type(format!("policy {version}: {e}")))
        })
        .collect()
}

/// Zone slugs that exist, for validating references.
pub async fn zone_ids_by_slug(
    db: &impl ConnectionTrait,
) -> Result<BTreeMap<String, String>, DbErr> {
    let rows: Vec<(String, String)> = zone::Entity::find()
        .select_only()
        .column(zone::Column::Slug)
        .column(zone::Column::Id)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows.into_iter().collect())
}

// ---------------------------------------------------------------------------------------
// Writing rows: one object with its child rows, in the caller's transaction.

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
        <A::Entity as EntityTrait>::insert(active)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Replaces the child rows of one parent (translations, links, stops): deletes those whose
/// `parent` column is `id`, then inserts `rows` (an empty multi-insert is an error, so
/// none is sent for an empty list).
async fn replace_children<E, M>(
    db: &impl ConnectionTrait,
    parent: E::Column,
    id: &str,
    rows: Vec<M>,
) -> Result<(), DbErr>
where
    E: EntityTrait,
    M: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + Send,
{
    E::delete_many().filter(parent.eq(id)).exec(db).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let rows: Vec<E::ActiveModel> = rows
        .into_iter()
        .map(|m| m.into_active_model().reset_all())
        .collect();
    E::insert_many(rows).exec_without_returning(db).await?;
    Ok(())
}

/// Inserts or overwrites a place with its translations and its zone links (zone ids).
pub async fn save_place(
    db: &impl ConnectionTrait,
    row: place::Model,
    texts: Vec<place_translation::Model>,
    zone_ids: Option<Vec<String>>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    put(db, row.into_active_model(), exists).await?;
    replace_children::<place_translation::Entity, _>(
        db,
        place_translation::Column::PlaceId,
        &id,
        texts,
    )
    .await?;
    if let Some(zone_ids) = zone_ids {
        let links: Vec<place_zone::Model> = zone_ids
            .into_iter()
            .map(|zone_id| place_zone::Model {
                place_id: id.clone(),
                zone_id,
            })
            .collect();
        replace_children::<place_zone::Entity, _>(db, place_zone::Column::PlaceId, &id, links)
            .await?;
    }
    Ok(())
}

/// Inserts or overwrites a zone with its translations.
pub async fn save_zone(
    db: &impl ConnectionTrait,
    row: zone::Model,
    texts: Vec<zone_translation::Model>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    put(db, row.into_active_model(), exists).await?;
    replace_children::<zone_translation::Entity, _>(
        db,
        zone_translation::Column::ZoneId,
        &id,
        texts,
    )
    .await
}

/// Inserts or overwrites a route with its translations and stops.
pub async fn save_route(
    db: &impl ConnectionTrait,
    row: route::Model,
    texts: Vec<route_translation::Model>,
    stops: Vec<route_stop::Model>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    put(db, row.into_active_model(), exists).await?;
    replace_children::<route_translation::Entity, _>(
        db,
        route_translation::Column::RouteId,
        &id,
        texts,
    )
    .await?;
    replace_children::<route_stop::Entity, _>(db, route_stop::Column::RouteId, &id, stops).await
}

/// Inserts or overwrites an event with its translations.
pub async fn save_event(
    db: &impl ConnectionTrait,
    row: event::Model,
    texts: Vec<event_translation::Model>,
    exists: bool,
) -> Result<(), DbErr> {
    let id = row.id.clone();
    put(db, row.into_active_model(), exists).await?;
    replace_children::<event_translation::Entity, _>(
        db,
        event_translation::Column::EventId,
        &id,
        texts,
    )
    .await
}

/// Inserts or overwrites an alert.
pub async fn save_alert(
    db: &impl ConnectionTrait,
    row: alert::Model,
    exists: bool,
) -> Result<(), DbErr> {
    put(db, row.into_active_model(), exists).await
}

/// Inserts or overwrites a policy version.
pub async fn save_policy(
    db: &impl ConnectionTrait,
    row: policy::Model,
    exists: bool,
) -> Result<(), DbErr> {
    put(db, row.into_active_model(), exists).await
}

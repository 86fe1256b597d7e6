//! Curated events (fairs, festivals, holidays): what staff send (a slug, a kind, first and
//! last day, a venue or zones, how sure the dates are, texts by language, sources), how it
//! is checked and what staff read back; the event kind of the one curation flow
//! ([`super::curation`]), used by the API (`/v1/staff/events…`) and the console
//! (`/console/events…`).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use guide_domain::catalogue::{Event, EventFacts};
use guide_domain::{Confidence, EventKind};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::curation::{
    Curate, NameText, check_locales, check_slug, check_sources, check_zones, name_text_map,
    name_texts, too_long, unprocessable,
};
use crate::app::AppState;
use crate::error::{FieldError, Msg, Result};
use crate::store::column::Status;
use crate::store::curation::{self, Curated, Kind};

/// An event (fair, festival, …).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EventIn {
    pub slug: String,
    pub kind: EventKind,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// Venue: a published place (id or slug).
    #[serde(default)]
    pub place: Option<String>,
    /// Zone slugs.
    #[serde(default)]
    pub zones: Vec<String>,
    pub date_confidence: Confidence,
    /// Texts by language; `en` required.
    pub translations: BTreeMap<String, NameText>,
    /// Addresses of the pages the dates come from.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// An event as staff see it.
#[derive(Serialize, ToSchema)]
pub struct StaffEvent {
    pub id: String,
    pub slug: String,
    pub kind: EventKind,
    /// `draft` or `published`.
    pub status: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place_id: Option<String>,
    pub zones: Vec<String>,
    pub date_confidence: Confidence,
    pub translations: BTreeMap<String, NameText>,
    pub sources: Vec<String>,
    pub updated_at: DateTime<Utc>,
}

/// Events in the curation flow.
pub struct Events;

impl Curate for Events {
    const WHAT: &'static str = "event";
    const KIND: Kind = Kind::Event;
    type Body = EventIn;
    type Value = Event;
    type View = StaffEvent;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Event>>, DbErr> {
        curation::event(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Event>>, DbErr> {
        curation::events(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &EventIn,
        now: DateTime<Utc>,
    ) -> Result<Event> {
        let mut errors = Vec::new();
        check_slug(&mut errors, &body.slug);
        check_locales(&mut errors, "translations", &body.translations);
        for (tag, t) in &body.translations {
            super::curation::required(&mut errors, format!("translations.{tag}.name"), &t.name);
            too_long(
                &mut errors,
                format!("translations.{tag}.name"),
                &t.name,
                200,
            );
            too_long(
                &mut errors,
                format!("translations.{tag}.summary"),
                t.summary.as_deref().unwrap_or(""),
                2000,
            );
        }
        if body.ends_on < body.starts_on {
            errors.push(FieldError::new(
                "ends_on",
                "invalid_range",
                Msg::new("field-ends-before-start"),
            ));
        }
        let snapshot = state.catalogue.snapshot();
        check_zones(&snapshot, &mut errors, &body.zones);
        let sources = check_sources(&mut errors, &body.sources, now);
        let place_id = match &body.place {
            None => None,
            Some(place) => match snapshot.place(place) {
                Some(p) => Some(p.facts.id.clone()),
                None => {
                    errors.push(FieldError::new(
                        "place",
                        "unpublished_place",
                        Msg::new("field-unpublished-place").arg("place", place.as_str()),
                    ));
                    None
                }
            },
        };
        unprocessable(errors)?;
        Ok(Event {
            facts: EventFacts {
                id,
                slug: body.slug.clone(),
                kind: body.kind,
                starts_on: body.starts_on,
                ends_on: body.ends_on,
                place_id,
                zones: body.zones.clone(),
                date_confidence: body.date_confidence,
                sources,
                as_of: Some(now.date_naive()),
                updated_at: now,
            },
            texts: name_texts(&body.translations),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Event,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_event(db, value, status, exists).await
    }

    fn id(value: &Event) -> &str {
        &value.facts.id
    }

    fn slug(body: &EventIn) -> Option<&str> {
        Some(&body.slug)
    }

    fn view(c: &Curated<Event>) -> StaffEvent {
        let f = &c.value.facts;
        StaffEvent {
            id: f.id.clone(),
            slug: f.slug.clone(),
            kind: f.kind,
            status: c.status.as_str().to_owned(),
            starts_on: f.starts_on,
            ends_on: f.ends_on,
            place_id: f.place_id.clone(),
            zones: f.zones.clone(),
            date_confidence: f.date_confidence,
            translations: name_text_map(&c.value.texts),
            sources: f.sources.iter().map(|s| s.url.clone()).collect(),
            updated_at: f.updated_at,
        }
    }
}

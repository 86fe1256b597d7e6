//! Curated themed routes: what staff send (a slug, a theme, texts by language, 2–30
//! stops that are published places, sources), how it is checked and what staff read back;
//! the route kind of the one curation flow ([`super::curation`]), used by the API
//! (`/v1/staff/routes…`) and the console (`/console/routes…`).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use guide_domain::catalogue::{Leg, LegText, Route, RouteFacts, Stop};
use guide_domain::{Interest, Locale, TravelMode};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::curation::{
    Curate, NameText, check_locales, check_locales_only, check_slug, check_sources, name_text_map,
    name_texts, too_long, unprocessable,
};
use crate::app::AppState;
use crate::error::{FieldError, Msg, Result};
use crate::http::params::choice_msg;
use crate::store::column::Status;
use crate::store::curation::{self, Curated, Kind};

/// How to reach the next stop.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LegIn {
    pub mode: TravelMode,
    /// 1–600.
    #[schema(minimum = 1, maximum = 600)]
    pub minutes: u32,
    /// Directions by language.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

/// A stop: a published place, how long to stay, how to go on.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StopIn {
    /// Place id or slug (must be published).
    pub place: String,
    /// 1–600.
    #[schema(minimum = 1, maximum = 600)]
    pub dwell_minutes: u32,
    /// Required on every stop but the last; absent on the last.
    #[serde(default)]
    pub to_next: Option<LegIn>,
}

/// A themed route; stops in visiting order (reorder by sending them in a new order).
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RouteIn {
    pub slug: String,
    /// A planner interest: `food`, `shopping`, `night`, `heritage`, `culture`, `nature`, `family`.
    pub theme: String,
    /// Texts by language; `en` required.
    pub translations: BTreeMap<String, NameText>,
    /// 2–30 stops.
    pub stops: Vec<StopIn>,
    /// Addresses of the pages the route is based on.
    #[serde(default)]
    pub sources: Vec<String>,
}

/// A route as staff see it (any status).
#[derive(Serialize, ToSchema)]
pub struct StaffRoute {
    pub id: String,
    pub slug: String,
    pub theme: Interest,
    /// `draft` or `published`.
    pub status: String,
    pub translations: BTreeMap<String, NameText>,
    pub stops: Vec<StopOut>,
    pub sources: Vec<String>,
    pub updated_at: DateTime<Utc>,
}

/// A stored stop.
#[derive(Serialize, ToSchema)]
pub struct StopOut {
    pub position: usize,
    pub place_id: String,
    pub dwell_minutes: u32,
    pub to_next: Option<LegOut>,
}

/// A stored leg.
#[derive(Serialize, ToSchema)]
pub struct LegOut {
    pub mode: TravelMode,
    pub minutes: u32,
    pub notes: BTreeMap<String, String>,
}

/// Routes in the curation flow.
pub struct Routes;

impl Curate for Routes {
    const WHAT: &'static str = "route";
    const KIND: Kind = Kind::Route;
    type Body = RouteIn;
    type Value = Route;
    type View = StaffRoute;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Route>>, DbErr> {
        curation::route(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Route>>, DbErr> {
        curation::routes(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &RouteIn,
        now: DateTime<Utc>,
    ) -> Result<Route> {
        let mut errors = Vec::new();
        check_slug(&mut errors, &body.slug);
        let theme = match body.theme.trim().parse::<Interest>() {
            Ok(theme) => Some(theme),
            Err(e) => {
                errors.push(FieldError::new("theme", "invalid_choice", choice_msg(&e)));
                None
            }
        };
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
        let sources = check_sources(&mut errors, &body.sources, now);
        if !(2..=30).contains(&body.stops.len()) {
            errors.push(FieldError::new(
                "stops",
                "out_of_range",
                Msg::new("field-out-of-range")
                    .arg("min", 2usize)
                    .arg("max", 30usize),
            ));
        }
        let snapshot = state.catalogue.snapshot();
        let mut stops = Vec::new();
        for (i, stop) in body.stops.iter().enumerate() {
            let last = i + 1 == body.stops.len();
            match snapshot.place(&stop.place) {
                Some(p) => stops.push(Stop {
                    place_id: p.facts.id.clone(),
                    dwell_minutes: stop.dwell_minutes,
                    to_next: stop.to_next.as_ref().map(|l| Leg {
                        mode: l.mode,
                        minutes: l.minutes,
                        directions: l
                            .notes
                            .iter()
                            .filter_map(|(tag, note)| {
                                Some((Locale::from_tag(tag)?, LegText { note: note.clone() }))
                            })
                            .collect(),
                    }),
                }),
                None => errors.push(FieldError::new(
                    format!("stops[{i}].place"),
                    "unpublished_place",
                    Msg::new("field-unpublished-place").arg("place", stop.place.as_str()),
                )),
            }
            if !(1..=600).contains(&stop.dwell_minutes) {
                errors.push(FieldError::new(
                    format!("stops[{i}].dwell_minutes"),
                    "out_of_range",
                    Msg::new("field-out-of-range")
                        .arg("min", 1usize)
                        .arg("max", 600usize),
                ));
            }
            match (&stop.to_next, last) {
                (None, false) => errors.push(FieldError::new(
                    format!("stops[{i}].to_next"),
                    "required",
                    Msg::new("field-required"),
                )),
                (Some(_), true) => errors.push(FieldError::new(
                    format!("stops[{i}].to_next"),
                    "not_allowed",
                    Msg::new("field-not-on-last-stop"),
                )),
                (Some(leg), false) => {
                    if !(1..=600).contains(&leg.minutes) {
                        errors.push(FieldError::new(
                            format!("stops[{i}].to_next.minutes"),
                            "out_of_range",
                            Msg::new("field-out-of-range")
                                .arg("min", 1usize)
                                .arg("max", 600usize),
                        ));
                    }
                    check_locales_only(
                        &mut errors,
                        &format!("stops[{i}].to_next.notes"),
                        &leg.notes,
                    );
                }
                (None, true) => {}
            }
        }
        unprocessable(errors)?;
        Ok(Route {
            facts: RouteFacts {
                id,
                slug: body.slug.clone(),
                theme: theme.expect("validated above"),
                stops,
                sources,
                as_of: Some(now.date_naive()),
                updated_at: now,
            },
            texts: name_texts(&body.translations),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Route,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_route(db, value, status, exists).await
    }

    fn id(value: &Route) -> &str {
        &value.facts.id
    }

    fn slug(body: &RouteIn) -> Option<&str> {
        Some(&body.slug)
    }

    fn view(c: &Curated<Route>) -> StaffRoute {
        let f = &c.value.facts;
        StaffRoute {
            id: f.id.clone(),
            slug: f.slug.clone(),
            theme: f.theme,
            status: c.status.as_str().to_owned(),
            translations: name_text_map(&c.value.texts),
            stops: f
                .stops
                .iter()
                .enumerate()
                .map(|(position, s)| StopOut {
                    position,
                    place_id: s.place_id.clone(),
                    dwell_minutes: s.dwell_minutes,
                    to_next: s.to_next.as_ref().map(|l| LegOut {
                        mode: l.mode,
                        minutes: l.minutes,
                        notes: l
                            .directions
                            .iter()
                            .map(|(locale, t)| (locale.tag().to_owned(), t.note.clone()))
                            .collect(),
                    }),
                })
                .collect(),
            sources: f.sources.iter().map(|s| s.url.clone()).collect(),
            updated_at: f.updated_at,
        }
    }
}

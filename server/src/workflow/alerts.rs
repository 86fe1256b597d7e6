//! Curated alerts (typhoon or rainstorm warnings, closures): what staff send (a severity,
//! a validity window, the zones and routes affected, a title and body by language), how it
//! is checked and what staff read back; the alert kind of the one curation flow
//! ([`super::curation`]), used by the API (`/v1/staff/alerts…`) and the console
//! (`/console/alerts…`). Published alerts appear in `GET /v1/alerts` while in force.

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, FixedOffset, Utc};
use guide_domain::catalogue::{Alert, AlertFacts};
use guide_domain::{Locale, Severity};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::curation::{
    Curate, STAFF_LIST_MAX, check_locales, check_zones, too_long, unprocessable,
};
use crate::app::AppState;
use crate::error::{FieldError, Msg, Result};
use crate::http::params::choice_msg;
use crate::store::column::Status;
use crate::store::curation::{self, Curated, Kind};

/// Title and body of an alert in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AlertText {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// A warning (typhoon, rainstorm, closure) with a validity window.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AlertIn {
    /// `info`, `warning` or `severe`.
    #[schema(value_type = Severity)]
    pub severity: String,
    pub starts_at: DateTime<FixedOffset>,
    pub ends_at: DateTime<FixedOffset>,
    /// Zone slugs affected.
    #[serde(default)]
    pub zones: Vec<String>,
    /// Route slugs affected.
    #[serde(default)]
    pub routes: Vec<String>,
    /// Texts by language; `en` required.
    pub texts: BTreeMap<String, AlertText>,
}

/// An alert as staff see it.
#[derive(Serialize, ToSchema)]
pub struct StaffAlert {
    pub id: String,
    pub severity: Severity,
    /// `draft` or `published`.
    pub status: String,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub zones: Vec<String>,
    pub routes: Vec<String>,
    pub texts: BTreeMap<String, AlertText>,
    pub updated_at: DateTime<Utc>,
}

/// Alerts in the curation flow.
pub struct Alerts;

impl Curate for Alerts {
    const WHAT: &'static str = "alert";
    const KIND: Kind = Kind::Alert;
    type Body = AlertIn;
    type Value = Alert;
    type View = StaffAlert;

    async fn load(db: &DatabaseConnection, key: &str) -> Result<Option<Curated<Alert>>, DbErr> {
        curation::alert(db, key).await
    }

    async fn list(db: &DatabaseConnection, limit: u64) -> Result<Vec<Curated<Alert>>, DbErr> {
        curation::alerts(db, limit).await
    }

    async fn build(
        state: &AppState,
        id: String,
        body: &AlertIn,
        now: DateTime<Utc>,
    ) -> Result<Alert> {
        let mut errors = Vec::new();
        // Checked by hand rather than by serde so that every problem of the body is reported.
        let severity = match body.severity.parse::<Severity>() {
            Ok(s) => Some(s),
            Err(e) => {
                errors.push(FieldError::new(
                    "severity",
                    "invalid_choice",
                    choice_msg(&e),
                ));
                None
            }
        };
        if body.ends_at <= body.starts_at {
            errors.push(FieldError::new(
                "ends_at",
                "invalid_range",
                Msg::new("field-ends-before-start"),
            ));
        }
        check_locales(&mut errors, "texts", &body.texts);
        for (tag, t) in &body.texts {
            super::curation::required(&mut errors, format!("texts.{tag}.title"), &t.title);
            too_long(&mut errors, format!("texts.{tag}.title"), &t.title, 200);
            too_long(
                &mut errors,
                format!("texts.{tag}.body"),
                t.body.as_deref().unwrap_or(""),
                4000,
            );
        }
        let snapshot = state.catalogue.snapshot();
        check_zones(&snapshot, &mut errors, &body.zones);
        // Routes in any status may be warned about (a draft route is about to be published).
        let known: HashSet<String> = curation::routes(&state.db, STAFF_LIST_MAX)
            .await?
            .into_iter()
            .map(|r| r.value.facts.slug)
            .collect();
        for (i, r) in body.routes.iter().enumerate() {
            if !known.contains(r) {
                errors.push(FieldError::new(
                    format!("routes[{i}]"),
                    "unknown_route",
                    Msg::new("field-unknown-reference").arg("value", r.as_str()),
                ));
            }
        }
        unprocessable(errors)?;
        Ok(Alert {
            facts: AlertFacts {
                id,
                severity: severity.expect("validated above"),
                starts_at: body.starts_at.with_timezone(&Utc),
                ends_at: body.ends_at.with_timezone(&Utc),
                zones: body.zones.clone(),
                routes: body.routes.clone(),
                updated_at: now,
            },
            texts: body
                .texts
                .iter()
                .filter_map(|(tag, t)| {
                    let text = guide_domain::catalogue::AlertText {
                        title: t.title.clone(),
                        body: t.body.clone(),
                    };
                    Some((Locale::from_tag(tag)?, text))
                })
                .collect(),
        })
    }

    async fn save(
        db: &DatabaseTransaction,
        value: &Alert,
        status: Status,
        exists: bool,
    ) -> Result<(), DbErr> {
        curation::save_alert(db, value, status, exists).await
    }

    fn id(value: &Alert) -> &str {
        &value.facts.id
    }

    fn slug(_: &AlertIn) -> Option<&str> {
        None
    }

    fn view(c: &Curated<Alert>) -> StaffAlert {
        let f = &c.value.facts;
        StaffAlert {
            id: f.id.clone(),
            severity: f.severity,
            status: c.status.as_str().to_owned(),
            starts_at: f.starts_at,
            ends_at: f.ends_at,
            zones: f.zones.clone(),
            routes: f.routes.clone(),
            texts: c
                .value
                .texts
                .iter()
                .map(|(locale, t)| {
                    (
                        locale.tag().to_owned(),
                        AlertText {
                            title: t.title.clone(),
                            body: t.body.clone(),
                        },
                    )
                })
                .collect(),
            updated_at: f.updated_at,
        }
    }
}

//! Staff endpoints (DESIGN.md "Staff"), for curators and admins only (403 for everyone
//! else, 401 without a token):
//!
//! - `GET /v1/staff/review-queue` with a diff of each submission against what is live;
//!   `POST /v1/staff/places/{id}/approve|reject` (reject with a reason code the merchant
//!   reads in their own language).
//! - Themed routes, events and alerts: create, edit, publish, unpublish. Published alerts
//!   appear in `GET /v1/alerts` during their validity window.
//! - `GET /v1/staff/audit`: who did what, when, before and after (filters below).
//! - Admins: `GET /v1/staff/users?email=` and `PUT /v1/staff/users/{id}/role`.
//!
//! Every write records an audit entry in the same transaction.
//!
//! One file per area: `review`, `routes`, `events`, `alerts`, `accounts` (audit log and
//! users); routes, events and alerts share one create / edit / publish flow (`curate`);
//! the validation helpers they share live here.

mod accounts;
mod alerts;
mod curate;
mod events;
mod review;
mod routes;

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::{Confidence, EventKind, Interest, Locale, Severity, Source, Texts, TravelMode};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::auth::UserOut;
use super::extract::{Admin, Staff, encode_cursor, page};
use super::params::{Params, choice_msg};
use crate::app::AppState;
use crate::auth::Role;
use crate::catalogue::Snapshot;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;
use crate::store::column::Status;
use crate::store::curation::{self, Curated, Kind};
use crate::store::{self, audit};
use crate::workflow::listings::reason_text;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(review::router())
        .merge(routes::router())
        .merge(events::router())
        .merge(alerts::router())
        .merge(accounts::router())
}

fn unprocessable(errors: Vec<FieldError>) -> Result<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Unprocessable(errors))
    }
}

fn too_long(errors: &mut Vec<FieldError>, field: impl Into<String>, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(
            field,
            "too_long",
            Msg::new("field-too-long").arg("max", max),
        ));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_slug(errors: &mut Vec<FieldError>, slug: &str) {
    if !is_slug(slug) {
        errors.push(FieldError::new(
            "slug",
            "invalid_slug",
            Msg::new("field-invalid-slug"),
        ));
    }
}

/// Every key of `texts` must be a supported locale tag, written exactly.
fn check_locales_only<T>(errors: &mut Vec<FieldError>, field: &str, texts: &BTreeMap<String, T>) {
    for tag in texts.keys() {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            errors.push(FieldError::new(
                format!("{field}.{tag}"),
                "invalid_choice",
                Msg::new("field-invalid-choice")
                    .arg("value", tag.as_str())
                    .arg("accepted", accepted.join(", ")),
            ));
        }
    }
}

/// As [`check_locales_only`], and English is required.
fn check_locales<T>(errors: &mut Vec<FieldError>, field: &str, texts: &BTreeMap<String, T>) {
    check_locales_only(errors, field, texts);
    if !texts.contains_key("en") {
        errors.push(FieldError::new(
            format!("{field}.en"),
            "required",
            Msg::new("field-missing-translation").arg("locale", "en"),
        ));
    }
}

/// Zone slugs must name zones of the catalogue.
fn check_zones(snapshot: &Snapshot, errors: &mut Vec<FieldError>, zones: &[String]) {
    for (i, z) in zones.iter().enumerate() {
        if snapshot.zone(z).is_none() {
            errors.push(FieldError::new(
                format!("zones[{i}]"),
                "unknown_zone",
                Msg::new("field-unknown-reference").arg("value", z.as_str()),
            ));
        }
    }
}

/// Sources staff cite must be web addresses a visitor can open; each is dated today.
fn check_sources(errors: &mut Vec<FieldError>, urls: &[String], now: DateTime<Utc>) -> Vec<Source> {
    let sources: Vec<Source> = urls
        .iter()
        .map(|url| Source {
            url: url.trim().to_owned(),
            title: None,
            as_of: Some(now.date_naive()),
            facts: Vec::new(),
        })
        .collect();
    for (i, s) in sources.iter().enumerate() {
        if !s.is_public() || s.url.len() > 2000 {
            errors.push(FieldError::new(
                format!("sources[{i}]"),
                "invalid_url",
                Msg::new("field-invalid-url"),
            ));
        }
    }
    sources
}

/// Texts of a route or event in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct NameText {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
}

/// Validated translations as the domain's texts.
fn name_texts(texts: &BTreeMap<String, NameText>) -> Texts<guide_domain::catalogue::NameText> {
    texts
        .iter()
        .filter_map(|(tag, t)| {
            let text = guide_domain::catalogue::NameText {
                name: t.name.clone(),
                summary: t.summary.clone(),
            };
            Some((Locale::from_tag(tag)?, text))
        })
        .collect()
}

/// The domain's texts as staff read them.
fn name_text_map(texts: &Texts<guide_domain::catalogue::NameText>) -> BTreeMap<String, NameText> {
    texts
        .iter()
        .map(|(l, t)| {
            (
                l.tag().to_owned(),
                NameText {
                    name: t.name.clone(),
                    summary: t.summary.clone(),
                },
            )
        })
        .collect()
}

/// A page of staff objects.
#[derive(Serialize, ToSchema)]
struct StaffList<T: ToSchema> {
    items: Vec<T>,
}

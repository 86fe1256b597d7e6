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
//! users); the validation helpers they share live here.

mod accounts;
mod alerts;
mod events;
mod review;
mod routes;

use std::collections::BTreeMap;

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::{Confidence, EventKind, Locale, TravelMode};
use sea_orm::{ConnectionTrait, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::auth::UserOut;
use super::extract::{Admin, AuthUser, Staff, encode_cursor, matches, page};
use super::merchant::{REASONS, etag_of, reason_text};
use super::params::Params;
use crate::app::AppState;
use crate::auth::Role;
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::i18n::Lang;
use crate::store::entity::{alert, event, event_translation, place_revision, route, route_stop, route_translation};
use crate::store::listings::{self, Listing};
use crate::store::{self, audit, catalogue, curation};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .merge(review::router())
        .merge(routes::router())
        .merge(events::router())
        .merge(alerts::router())
        .merge(accounts::router())
}

const STAFF_LIST_MAX: u64 = 500;

fn unprocessable(errors: Vec<FieldError>) -> Result<()> {
    if errors.is_empty() { Ok(()) } else { Err(Error::Unprocessable(errors)) }
}

fn too_long(errors: &mut Vec<FieldError>, field: impl Into<String>, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(field, "too_long", Msg::new("field-too-long").arg("max", max)));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 100 && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_slug(errors: &mut Vec<FieldError>, slug: &str) {
    if !is_slug(slug) {
        errors.push(FieldError::new("slug", "invalid_slug", Msg::new("field-invalid-slug")));
    }
}

fn check_locales<T>(errors: &mut Vec<FieldError>, field: &str, texts: &BTreeMap<String, T>) {
    for tag in texts.keys() {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            errors.push(FieldError::new(
                format!("{field}.{tag}"),
                "invalid_choice",
                Msg::new("field-invalid-choice").arg("value", tag.as_str()).arg("accepted", accepted.join(", ")),
            ));
        }
    }
    if !texts.contains_key("en") {
        errors.push(FieldError::new(format!("{field}.en"), "required", Msg::new("field-missing-translation").arg("locale", "en")));
    }
}

fn json_of<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

fn created<T: Serialize>(body: T) -> Response {
    (StatusCode::CREATED, axum::Json(body)).into_response()
}

/// Texts of a route or event in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct NameText {
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    summary: Option<String>,
}

/// A page of staff objects.
#[derive(Serialize, ToSchema)]
struct StaffList<T: ToSchema> {
    items: Vec<T>,
}

async fn check_zones(state: &AppState, errors: &mut Vec<FieldError>, zones: &[String]) -> Result<()> {
    for (i, z) in zones.iter().enumerate() {
        if z.len() > 100 || catalogue::zone(&state.db, z).await?.is_none() {
            errors.push(FieldError::new(format!("zones[{i}]"), "unknown_zone", Msg::new("field-unknown-reference").arg("value", z.as_str())));
        }
    }
    Ok(())
}

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
//! users); routes, events and alerts share one create / edit / publish flow
//! (`workflow::curation`, answered as JSON by `curate`), with its validation helpers.

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
use guide_domain::{Confidence, EventKind, Locale, Severity};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr};
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
use crate::error::{FieldError, Msg, Result};
use crate::i18n::Lang;
use crate::store::column::Status;
use crate::store::curation::{self, Curated, Kind};
use crate::workflow::curation::{
    Curate, NameText, check_locales, check_slug, check_sources, check_zones, name_text_map,
    name_texts, too_long, unprocessable,
};
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

/// A page of staff objects.
#[derive(Serialize, ToSchema)]
struct StaffList<T: ToSchema> {
    items: Vec<T>,
}

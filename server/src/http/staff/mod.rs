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
//! (`workflow::curation`, answered as JSON by `curate`); each kind's rules are in
//! `workflow::routes`, `workflow::events` and `workflow::alerts`.

mod accounts;
mod alerts;
mod curate;
mod events;
mod review;
mod routes;

use axum::extract::{Path, RawQuery, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::auth::UserOut;
use super::extract::{Admin, Staff, encode_cursor, page};
use super::params::Params;
use crate::app::AppState;
use crate::auth::Role;
use crate::error::Result;
use crate::i18n::Lang;
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

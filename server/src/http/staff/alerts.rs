//! Alerts (typhoon or rainstorm warnings, closures) with a validity window and the zones
//! or routes they affect; published ones appear in `GET /v1/alerts`. The alert kind of the
//! one curation flow is `workflow::alerts`.

use super::curate;
use super::*;
use crate::workflow::alerts::{AlertIn, Alerts, StaffAlert};

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_alerts, create_alert))
        .routes(routes!(get_alert, update_alert))
        .routes(routes!(publish_alert))
        .routes(routes!(unpublish_alert))
}

/// Every alert, drafts and expired ones included, latest first.
#[utoipa::path(get, path = "/staff/alerts", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffAlert>), (status = 401), (status = 403)))]
async fn list_alerts(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffAlert>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Alerts>(&state).await
}

/// Create an alert (as a draft; publish it to show it).
#[utoipa::path(post, path = "/staff/alerts", tag = "staff", security(("bearer" = [])), request_body = AlertIn,
    responses((status = 201, body = StaffAlert), (status = 401), (status = 403), (status = 422)))]
async fn create_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<AlertIn>,
) -> Result<Response> {
    curate::create::<Alerts>(&state, &user, body).await
}

/// One alert.
#[utoipa::path(get, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn get_alert(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::get::<Alerts>(&state, &id).await
}

/// Replace an alert; its status is kept.
#[utoipa::path(put, path = "/staff/alerts/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = AlertIn, responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404), (status = 422)))]
async fn update_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<AlertIn>,
) -> Result<axum::Json<StaffAlert>> {
    curate::update::<Alerts>(&state, &user, &id, body).await
}

/// Publish an alert: it appears in `GET /v1/alerts` while in force.
#[utoipa::path(post, path = "/staff/alerts/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn publish_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::publish::<Alerts>(&state, &user, &id, true).await
}

/// Withdraw an alert.
#[utoipa::path(post, path = "/staff/alerts/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffAlert), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_alert(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffAlert>> {
    curate::publish::<Alerts>(&state, &user, &id, false).await
}

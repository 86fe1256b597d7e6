//! Events (fairs, festivals, holidays): create, edit, publish and unpublish — through the
//! one curation flow of `curate` (the event kind is `workflow::events`).

use super::curate;
use super::*;
use crate::workflow::events::{EventIn, Events, StaffEvent};

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_events, create_event))
        .routes(routes!(get_event, update_event))
        .routes(routes!(publish_event))
        .routes(routes!(unpublish_event))
}

/// Every event, drafts included, latest first.
#[utoipa::path(get, path = "/staff/events", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffEvent>), (status = 401), (status = 403)))]
async fn list_events(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffEvent>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Events>(&state).await
}

/// Create an event (as a draft).
#[utoipa::path(post, path = "/staff/events", tag = "staff", security(("bearer" = [])), request_body = EventIn,
    responses((status = 201, body = StaffEvent), (status = 401), (status = 403), (status = 409), (status = 422)))]
async fn create_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<EventIn>,
) -> Result<Response> {
    curate::create::<Events>(&state, &user, body).await
}

/// One event (id or slug).
#[utoipa::path(get, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn get_event(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::get::<Events>(&state, &id).await
}

/// Replace an event; its status is kept.
#[utoipa::path(put, path = "/staff/events/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = EventIn, responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<EventIn>,
) -> Result<axum::Json<StaffEvent>> {
    curate::update::<Events>(&state, &user, &id, body).await
}

/// Publish an event: it appears in `GET /v1/events`.
#[utoipa::path(post, path = "/staff/events/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn publish_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::publish::<Events>(&state, &user, &id, true).await
}

/// Unpublish an event.
#[utoipa::path(post, path = "/staff/events/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffEvent), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_event(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffEvent>> {
    curate::publish::<Events>(&state, &user, &id, false).await
}

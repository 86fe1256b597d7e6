//! Curated themed routes: create, edit (stops must be published places), publish and
//! unpublish — through the one curation flow of `curate`.

use super::curate;
use super::*;
use crate::workflow::routes::{RouteIn, Routes, StaffRoute};

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_routes, create_route))
        .routes(routes!(get_route, update_route))
        .routes(routes!(publish_route))
        .routes(routes!(unpublish_route))
}

/// Every route, drafts included.
#[utoipa::path(get, path = "/staff/routes", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffList<StaffRoute>), (status = 401), (status = 403)))]
async fn list_routes(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<StaffRoute>>> {
    Params::parse(query.as_deref(), &[]).finish()?;
    curate::list::<Routes>(&state).await
}

/// Create a route (as a draft).
#[utoipa::path(post, path = "/staff/routes", tag = "staff", security(("bearer" = [])), request_body = RouteIn,
    responses((status = 201, body = StaffRoute), (status = 401), (status = 403), (status = 409), (status = 422)))]
async fn create_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Json(body): Json<RouteIn>,
) -> Result<Response> {
    curate::create::<Routes>(&state, &user, body).await
}

/// One route (id or slug), drafts included.
#[utoipa::path(get, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn get_route(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::get::<Routes>(&state, &id).await
}

/// Replace a route's texts and stops (reorder, add, remove); its status is kept.
#[utoipa::path(put, path = "/staff/routes/{id}", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RouteIn, responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404), (status = 409), (status = 422)))]
async fn update_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    Json(body): Json<RouteIn>,
) -> Result<axum::Json<StaffRoute>> {
    curate::update::<Routes>(&state, &user, &id, body).await
}

/// Publish a route: it appears in `GET /v1/routes`.
#[utoipa::path(post, path = "/staff/routes/{id}/publish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn publish_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::publish::<Routes>(&state, &user, &id, true).await
}

/// Unpublish a route (back to draft).
#[utoipa::path(post, path = "/staff/routes/{id}/unpublish", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    responses((status = 200, body = StaffRoute), (status = 401), (status = 403), (status = 404)))]
async fn unpublish_route(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
) -> Result<axum::Json<StaffRoute>> {
    curate::publish::<Routes>(&state, &user, &id, false).await
}

//! The API's answers around the one curation flow (`workflow::curation`): what staff read
//! of routes, events and alerts after each step, as JSON.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::StaffList;
use crate::app::AppState;
use crate::error::Result;
use crate::http::extract::AuthUser;
use crate::workflow::curation::{self as flow, Curate};

/// Every object, drafts included.
pub(super) async fn list<C: Curate>(state: &AppState) -> Result<axum::Json<StaffList<C::View>>> {
    let items = flow::list::<C>(state).await?.iter().map(C::view).collect();
    Ok(axum::Json(StaffList { items }))
}

/// One object (id or slug), drafts included.
pub(super) async fn get<C: Curate>(state: &AppState, key: &str) -> Result<axum::Json<C::View>> {
    Ok(axum::Json(C::view(&flow::find::<C>(state, key).await?)))
}

/// Creates an object as a draft: 201 with what staff read.
pub(super) async fn create<C: Curate>(
    state: &AppState,
    user: &AuthUser,
    body: C::Body,
) -> Result<Response> {
    let id = flow::create::<C>(state, &user.actor(), &body).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(C::view(&flow::find::<C>(state, &id).await?)),
    )
        .into_response())
}

/// Replaces an object; its status is kept.
pub(super) async fn update<C: Curate>(
    state: &AppState,
    user: &AuthUser,
    key: &str,
    body: C::Body,
) -> Result<axum::Json<C::View>> {
    let id = flow::update::<C>(state, &user.actor(), key, &body).await?;
    get::<C>(state, &id).await
}

/// Publishes (`true`) or withdraws (`false`, back to draft) an object.
pub(super) async fn publish<C: Curate>(
    state: &AppState,
    user: &AuthUser,
    key: &str,
    public: bool,
) -> Result<axum::Json<C::View>> {
    let id = flow::publish::<C>(state, &user.actor(), key, public).await?;
    get::<C>(state, &id).await
}

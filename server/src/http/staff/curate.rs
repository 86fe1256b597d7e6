//! The one create / edit / publish / unpublish flow of curated objects (routes, events,
//! alerts). Each kind says how it is loaded, validated, saved and shown ([`Curate`]); the
//! flow around it — transaction, audit entry, catalogue refresh, conflict on a taken
//! slug — is written once, here.

use std::future::Future;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use serde::Serialize;

use super::StaffList;
use crate::app::AppState;
use crate::error::{Error, Msg, OnUnique, Result};
use crate::http::extract::AuthUser;
use crate::store::column::Status;
use crate::store::curation::{Curated, Kind};
use crate::store::{self, audit};

/// Most objects a staff list returns.
pub(super) const STAFF_LIST_MAX: u64 = 500;

/// A kind of curated object.
pub(super) trait Curate: Send + Sync + 'static {
    /// Its name in audit actions and 404s (`route`).
    const WHAT: &'static str;
    /// Its kind, for status changes.
    const KIND: Kind;
    /// What staff send to create or replace one.
    type Body: Serialize + Send + Sync;
    /// The domain value.
    type Value: Send + Sync;
    /// What staff read.
    type View: Serialize + utoipa::ToSchema + Send;

    /// One object (any status) by id or slug.
    fn load(
        db: &DatabaseConnection,
        key: &str,
    ) -> impl Future<Output = Result<Option<Curated<Self::Value>>, DbErr>> + Send;
    /// Objects for the staff list.
    fn list(
        db: &DatabaseConnection,
        limit: u64,
    ) -> impl Future<Output = Result<Vec<Curated<Self::Value>>, DbErr>> + Send;
    /// Validates `body` (every problem at once, as a 422) and builds the value `id`.
    fn build(
        state: &AppState,
        id: String,
        body: &Self::Body,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Self::Value>> + Send;
    /// Writes the value in `status`.
    fn save(
        db: &DatabaseTransaction,
        value: &Self::Value,
        status: Status,
        exists: bool,
    ) -> impl Future<Output = Result<(), DbErr>> + Send;
    /// The id of a value.
    fn id(value: &Self::Value) -> &str;
    /// The slug a body claims, if the kind has slugs (for the 409 message).
    fn slug(body: &Self::Body) -> Option<&str>;
    /// What staff read of an object.
    fn view(object: &Curated<Self::Value>) -> Self::View;
}

async fn find<C: Curate>(state: &AppState, key: &str) -> Result<Curated<C::Value>> {
    let found = if key.len() <= 100 {
        C::load(&state.db, key).await?
    } else {
        None
    };
    found.ok_or_else(|| Error::NotFound {
        what: C::WHAT,
        id: key.to_owned(),
    })
}

fn json_of<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// Commits a curation write and makes it visible to the next public read on this node.
async fn commit(state: &AppState, txn: DatabaseTransaction) -> Result<()> {
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(())
}

/// Every object, drafts included.
pub(super) async fn list<C: Curate>(state: &AppState) -> Result<axum::Json<StaffList<C::View>>> {
    let items = C::list(&state.db, STAFF_LIST_MAX)
        .await?
        .iter()
        .map(C::view)
        .collect();
    Ok(axum::Json(StaffList { items }))
}

/// One object (id or slug), drafts included.
pub(super) async fn get<C: Curate>(state: &AppState, key: &str) -> Result<axum::Json<C::View>> {
    Ok(axum::Json(C::view(&find::<C>(state, key).await?)))
}

fn slug_taken<C: Curate>(body: &C::Body) -> impl FnOnce() -> Error + '_ {
    move || {
        Error::Conflict(
            Msg::new("error-slug-taken-detail").arg("slug", C::slug(body).unwrap_or_default()),
        )
    }
}

/// Creates an object as a draft: 201 with what staff read.
pub(super) async fn create<C: Curate>(
    state: &AppState,
    user: &AuthUser,
    body: C::Body,
) -> Result<Response> {
    let now = Utc::now();
    let id = store::accounts::new_id();
    let value = C::build(state, id.clone(), &body, now).await?;
    let txn = state.db.begin().await?;
    C::save(&txn, &value, Status::Draft, false)
        .await
        .on_unique(slug_taken::<C>(&body))?;
    let action = format!("{}.create", C::WHAT);
    audit::record(
        &txn,
        &user.actor(),
        &action,
        (C::WHAT, &id),
        None,
        Some(&json_of(&body)),
        now,
    )
    .await?;
    commit(state, txn).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(C::view(&find::<C>(state, &id).await?)),
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
    let before = find::<C>(state, key).await?;
    let id = C::id(&before.value).to_owned();
    let now = Utc::now();
    let value = C::build(state, id.clone(), &body, now).await?;
    let txn = state.db.begin().await?;
    C::save(&txn, &value, before.status, true)
        .await
        .on_unique(slug_taken::<C>(&body))?;
    let action = format!("{}.update", C::WHAT);
    audit::record(
        &txn,
        &user.actor(),
        &action,
        (C::WHAT, &id),
        Some(&json_of(&C::view(&before))),
        Some(&json_of(&body)),
        now,
    )
    .await?;
    commit(state, txn).await?;
    get::<C>(state, &id).await
}

/// Publishes (`true`) or withdraws (`false`, back to draft) an object.
pub(super) async fn publish<C: Curate>(
    state: &AppState,
    user: &AuthUser,
    key: &str,
    public: bool,
) -> Result<axum::Json<C::View>> {
    let before = find::<C>(state, key).await?;
    let id = C::id(&before.value).to_owned();
    let status = if public {
        Status::Published
    } else {
        Status::Draft
    };
    let now = Utc::now();
    let txn = state.db.begin().await?;
    store::curation::set_status(&txn, C::KIND, &id, status, now).await?;
    let action = format!(
        "{}.{}",
        C::WHAT,
        if public { "publish" } else { "unpublish" }
    );
    let (old, new) = (
        serde_json::json!({"status": before.status.as_str()}),
        serde_json::json!({"status": status.as_str()}),
    );
    audit::record(
        &txn,
        &user.actor(),
        &action,
        (C::WHAT, &id),
        Some(&old),
        Some(&new),
        now,
    )
    .await?;
    commit(state, txn).await?;
    get::<C>(state, &id).await
}

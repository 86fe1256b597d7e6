//! Accounts, for admins: find one by email and change its role, with the rule that there
//! is always at least one admin and an audit entry in the same transaction. Called by the
//! API (`GET /v1/staff/users`, `PUT /v1/staff/users/{id}/role`) and the console
//! (`/console/users`).

use chrono::Utc;
use sea_orm::TransactionTrait;

use crate::app::AppState;
use crate::auth::Role;
use crate::error::{Error, FieldError, Msg, Result};
use crate::store::audit::{self, Actor};
use crate::store::entity::user;
use crate::store::{self};

/// The normalized email a search names, or the error shown next to the `email` field.
pub fn search_email(raw: Option<&str>) -> Result<String, FieldError> {
    raw.and_then(crate::auth::normalize_email)
        .ok_or_else(|| FieldError::new("email", "invalid_email", Msg::new("field-invalid-email")))
}

/// Accounts with this (normalized) email: none or one.
pub async fn find_by_email(state: &AppState, email: &str) -> Result<Vec<user::Model>> {
    Ok(store::accounts::user_by_email(&state.db, email)
        .await?
        .into_iter()
        .collect())
}

/// Changes the role of user `id` to `role` (a wire name) and returns the account as it is
/// now. A role that does not exist is a 422 on `role`; an unknown user a 404; demoting
/// the last admin (oneself included) a 409. Takes effect on the user's next request.
pub async fn set_role(
    state: &AppState,
    actor: &Actor,
    id: &str,
    role: &str,
) -> Result<user::Model> {
    let role: Role = role.parse().map_err(|e| {
        Error::Unprocessable(vec![FieldError::new(
            "role",
            "invalid_choice",
            crate::http::params::choice_msg(&e),
        )])
    })?;
    let not_found = || Error::NotFound {
        what: "user",
        id: id.to_owned(),
    };
    let before = if id.len() <= 64 {
        store::accounts::user_by_id(&state.db, id).await?
    } else {
        None
    };
    let before = before.ok_or_else(not_found)?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    match store::accounts::set_role(&txn, id, role.as_str(), now).await? {
        store::accounts::RoleChange::Changed => {}
        store::accounts::RoleChange::NotFound => return Err(not_found()),
        store::accounts::RoleChange::LastAdmin => {
            return Err(Error::Conflict(Msg::new("error-last-admin-detail")));
        }
    }
    audit::record(
        &txn,
        actor,
        "user.role",
        ("user", id),
        Some(&serde_json::json!({"role": before.role})),
        Some(&serde_json::json!({"role": role.as_str()})),
        now,
    )
    .await?;
    txn.commit().await?;
    store::accounts::user_by_id(&state.db, id)
        .await?
        .ok_or_else(not_found)
}

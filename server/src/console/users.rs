//! Accounts and roles, for admins (`/console/users`): find an account by its email (the
//! query of `GET /v1/staff/users?email=`) and change its role with a form post (the rules
//! and audit entry of `PUT /v1/staff/users/{id}/role`, through `workflow::accounts`). A
//! curator gets 403, as from the API's `Admin` guard.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use guide_domain::l10n::tr;
use serde::Deserialize;

use super::context::{AdminUser, SignedIn};
use super::listing::Pairs;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, role_label, see_other};
use crate::app::AppState;
use crate::auth::Role;
use crate::error::Error;
use crate::i18n::text;
use crate::store::entity::user;
use crate::workflow::accounts;

/// The page's query: the email searched for, and the banner after a change.
#[derive(Deserialize, Default)]
pub struct UsersQuery {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    done: Option<String>,
}

/// A role to choose.
struct RoleChoice {
    value: &'static str,
    label: String,
    selected: bool,
}

/// An account found.
struct Found {
    id: String,
    email: String,
    role: String,
    created: String,
    created_iso: String,
    roles: Vec<RoleChoice>,
    /// The error of its role form, if the last post failed.
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "users.html")]
struct UsersPage {
    l: Layout,
    email: String,
    email_error: Option<String>,
    searched: bool,
    found: Vec<Found>,
    notice: Option<String>,
    alert: Option<String>,
}

fn found(me: &SignedIn, u: &user::Model, chosen: Option<&str>, error: Option<String>) -> Found {
    let locale = me.ctx.locale;
    let current = chosen.unwrap_or(&u.role);
    let (created, created_iso) = local_time(u.created_at);
    Found {
        id: u.id.clone(),
        email: u.email.clone(),
        role: match u.role.parse::<Role>() {
            Ok(r) => role_label(locale, r),
            Err(_) => u.role.clone(),
        },
        created,
        created_iso,
        roles: Role::WIRE
            .iter()
            .map(|value| RoleChoice {
                value,
                label: value
                    .parse::<Role>()
                    .map(|r| role_label(locale, r))
                    .unwrap_or_default(),
                selected: *value == current,
            })
            .collect(),
        error,
    }
}

/// `GET /console/users?email=`.
pub async fn page(
    State(state): State<AppState>,
    AdminUser(me): AdminUser,
    Query(q): Query<UsersQuery>,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let raw = q.email.unwrap_or_default();
    let searched = !raw.trim().is_empty();
    let (email_error, list) = if searched {
        match accounts::search_email(Some(raw.trim())) {
            Ok(email) => (None, accounts::find_by_email(&state, &email).await?),
            Err(e) => (Some(text(locale, &e.message)), Vec::new()),
        }
    } else {
        (None, Vec::new())
    };
    let notice = (q.done.as_deref() == Some("role")).then(|| tr(locale, "console-users-changed"));
    let status = if email_error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    html(
        status,
        &UsersPage {
            l: Layout::new(&me.ctx, "console-users-title"),
            found: list.iter().map(|u| found(&me, u, None, None)).collect(),
            email: raw,
            email_error,
            searched,
            notice,
            alert: None,
        },
    )
}

/// `POST /console/users/{id}/role` (field `role`).
pub async fn set_role(
    State(state): State<AppState>,
    AdminUser(me): AdminUser,
    Path(id): Path<String>,
    axum::Form(pairs): Pairs,
) -> Result<Response, PageError> {
    let locale = me.ctx.locale;
    let role = pairs
        .iter()
        .find(|(k, _)| k == "role")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    let (alert, error, status) =
        match accounts::set_role(&state, &me.account.actor(), &id, role).await {
            Ok(u) => {
                let mut q = form_urlencoded::Serializer::new(String::new());
                q.append_pair("email", &u.email).append_pair("done", "role");
                return Ok(see_other(&format!("/console/users?{}", q.finish())));
            }
            Err(Error::NotFound { .. }) => return Err(PageError::NotFound),
            Err(Error::Unprocessable(errors)) => (
                tr(locale, "console-users-fix"),
                errors.first().map(|e| text(locale, &e.message)),
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            Err(Error::Conflict(msg)) => (text(locale, &msg), None, StatusCode::CONFLICT),
            Err(e) => return Err(e.into()),
        };
    let Some(u) = crate::store::accounts::user_by_id(&state.db, &id).await? else {
        return Err(PageError::NotFound);
    };
    html(
        status,
        &UsersPage {
            l: Layout::new(&me.ctx, "console-users-title"),
            email: u.email.clone(),
            email_error: None,
            searched: true,
            found: vec![found(&me, &u, Some(role), error)],
            notice: None,
            alert: Some(alert),
        },
    )
}

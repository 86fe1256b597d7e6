//! The audit log (`GET /v1/staff/audit`) and, for admins, finding users and changing
//! their role.

use super::*;
use crate::workflow::{accounts, audit as audit_log};

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(audit_log))
        .routes(routes!(find_users))
        .routes(routes!(set_role))
}

/// One audit entry.
#[derive(Serialize, ToSchema)]
struct AuditOut {
    id: String,
    at: DateTime<Utc>,
    actor_id: String,
    actor_role: String,
    action: String,
    target_type: String,
    target_id: String,
    #[schema(value_type = Object)]
    before: Option<serde_json::Value>,
    #[schema(value_type = Object)]
    after: Option<serde_json::Value>,
}

/// A page of the audit log.
#[derive(Serialize, ToSchema)]
struct AuditPage {
    items: Vec<AuditOut>,
    next_cursor: Option<String>,
}

/// The audit log, newest first. Filters: `actor` (user id), `action` (exact, or a prefix
/// ending in `.` such as `place.`), `target_type`, `target_id`, `since`, `until` (RFC 3339).
#[utoipa::path(get, path = "/staff/audit", tag = "staff", security(("bearer" = [])),
    params(
        ("actor" = Option<String>, Query), ("action" = Option<String>, Query), ("target_type" = Option<String>, Query),
        ("target_id" = Option<String>, Query), ("since" = Option<String>, Query), ("until" = Option<String>, Query),
        ("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "1–100, default 20"), ("cursor" = Option<String>, Query)
    ),
    responses((status = 200, body = AuditPage), (status = 400), (status = 401), (status = 403)))]
async fn audit_log(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<AuditPage>> {
    let mut p = Params::parse(query.as_deref(), audit_log::PARAMS);
    let (filter, limit) = audit_log::read_filter(&mut p, 20);
    p.finish()?;
    let audit_log::AuditPage {
        entries: rows,
        next_cursor,
    } = audit_log::find(&state, &filter, limit).await?;
    let parse = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    let items = rows
        .into_iter()
        .map(|e| AuditOut {
            id: e.id,
            at: e.at,
            actor_id: e.actor_id,
            actor_role: e.actor_role,
            action: e.action,
            target_type: e.target_type,
            target_id: e.target_id,
            before: parse(e.before),
            after: parse(e.after),
        })
        .collect();
    Ok(axum::Json(AuditPage { items, next_cursor }))
}

/// Accounts matching an email (admins only).
#[utoipa::path(get, path = "/staff/users", tag = "staff", security(("bearer" = [])), params(("email" = String, Query)),
    responses((status = 200, body = StaffList<UserOut>), (status = 400), (status = 403)))]
async fn find_users(
    State(state): State<AppState>,
    Admin(_admin): Admin,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<StaffList<UserOut>>> {
    let mut p = Params::parse(query.as_deref(), &["email"]);
    let email = match accounts::search_email(p.str("email")) {
        Ok(email) => email,
        Err(e) => {
            p.fail(&e.field, e.code, e.message);
            String::new()
        }
    };
    p.finish()?;
    let found = accounts::find_by_email(&state, &email).await?;
    Ok(axum::Json(StaffList {
        items: found.iter().map(UserOut::from).collect(),
    }))
}

/// A new role.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RoleIn {
    /// `visitor`, `merchant`, `curator` or `admin`.
    #[schema(value_type = Role)]
    role: String,
}

/// Change a user's role (admins only), e.g. promote a user to curator. Takes effect on
/// the user's next request. There is always at least one admin: demoting the last one
/// (oneself included) is a 409.
#[utoipa::path(put, path = "/staff/users/{id}/role", tag = "staff", security(("bearer" = [])), params(("id" = String, Path)),
    request_body = RoleIn, responses(
        (status = 200, body = UserOut), (status = 403), (status = 404),
        (status = 409, description = "the last admin cannot be demoted"), (status = 422)
    ))]
async fn set_role(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
    Json(body): Json<RoleIn>,
) -> Result<axum::Json<UserOut>> {
    let after = accounts::set_role(&state, &admin.actor(), &id, &body.role).await?;
    Ok(axum::Json(UserOut::from(&after)))
}

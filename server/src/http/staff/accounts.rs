//! The audit log (`GET /v1/staff/audit`) and, for admins, finding users and changing
//! their role.

use super::*;

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
    let mut p = Params::parse(
        query.as_deref(),
        &[
            "actor",
            "action",
            "target_type",
            "target_id",
            "since",
            "until",
            "limit",
            "cursor",
        ],
    );
    let (limit, cursor) = page(&mut p);
    let filter = audit::AuditFilter {
        actor: p.str("actor").map(str::to_owned),
        action: p.str("action").map(str::to_owned),
        target_type: p.str("target_type").map(str::to_owned),
        target_id: p.str("target_id").map(str::to_owned),
        since: p.time("since").map(|t| t.with_timezone(&Utc)),
        until: p.time("until").map(|t| t.with_timezone(&Utc)),
        before_id: cursor,
    };
    p.finish()?;
    let mut rows = audit::find(&state.db, &filter, limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
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
    let email = p.str("email").and_then(crate::auth::normalize_email);
    if email.is_none() {
        p.fail("email", "invalid_email", Msg::new("field-invalid-email"));
    }
    p.finish()?;
    let found = store::accounts::user_by_email(&state.db, &email.unwrap_or_default()).await?;
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
    let role: Role = body.role.parse().map_err(|e| {
        Error::Unprocessable(vec![FieldError::new(
            "role",
            "invalid_choice",
            crate::http::params::choice_msg(&e),
        )])
    })?;
    let not_found = || Error::NotFound {
        what: "user",
        id: id.clone(),
    };
    let before = if id.len() <= 64 {
        store::accounts::user_by_id(&state.db, &id).await?
    } else {
        None
    };
    let before = before.ok_or_else(not_found)?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    match store::accounts::set_role(&txn, &id, role.as_str(), now).await? {
        store::accounts::RoleChange::Changed => {}
        store::accounts::RoleChange::NotFound => return Err(not_found()),
        store::accounts::RoleChange::LastAdmin => {
            return Err(Error::Conflict(Msg::new("error-last-admin-detail")));
        }
    }
    audit::record(
        &txn,
        &admin.actor(),
        "user.role",
        ("user", &id),
        Some(&serde_json::json!({"role": before.role})),
        Some(&serde_json::json!({"role": role.as_str()})),
        now,
    )
    .await?;
    txn.commit().await?;
    let after = store::accounts::user_by_id(&state.db, &id)
        .await?
        .ok_or_else(not_found)?;
    Ok(axum::Json(UserOut::from(&after)))
}

//! `POST /v1/auth/register|login|refresh|logout` (DESIGN.md "Accounts").
//!
//! Registration is limited per client IP and answers the same `202` whether or not the
//! address already has an account (no account enumeration); the client then signs in.
//! Sign-in failures back off exponentially per client IP and per client IP + account,
//! never per account alone, so nobody can lock an owner out from elsewhere. The counters
//! live in the database so every node enforces the same limits. Refresh rotates the token
//! on every use; a token used twice revokes its whole session.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::extract::{ClientIp, MaybeAuthUser};
use crate::app::AppState;
use crate::auth::{self, Role};
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;
use crate::store::entity::user;
use crate::store::{self, rate_limit};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(register))
        .routes(routes!(login))
        .routes(routes!(refresh))
        .routes(routes!(logout))
}

/// A new account. Only `visitor` and `merchant` can register; staff are promoted by an admin.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RegisterIn {
    email: String,
    password: String,
    /// `visitor` (default) or `merchant`.
    #[serde(default)]
    #[schema(value_type = Option<RegisterRole>)]
    role: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
}

/// The roles one may register with (staff are promoted by an admin). Documentation only:
/// the handler reads the text, so an unknown role gets a 422 that lists these.
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
enum RegisterRole {
    Visitor,
    Merchant,
}

/// Credentials.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct LoginIn {
    email: String,
    password: String,
}

/// A refresh token.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RefreshIn {
    refresh_token: String,
}

/// Logout: the refresh token of the session to end (optional when a bearer token is sent).
#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
struct LogoutIn {
    #[serde(default)]
    refresh_token: Option<String>,
}

/// An account as its owner sees it.
#[derive(Serialize, ToSchema)]
pub(super) struct UserOut {
    pub id: String,
    pub email: String,
    /// `visitor`, `merchant`, `curator` or `admin`.
    #[schema(value_type = Role)]
    pub role: String,
    pub display_name: Option<String>,
    pub locale: String,
    pub created_at: DateTime<Utc>,
}

impl From<&user::Model> for UserOut {
    fn from(u: &user::Model) -> Self {
        UserOut {
            id: u.id.clone(),
            email: u.email.clone(),
            role: u.role.clone(),
            display_name: u.display_name.clone(),
            locale: u.locale.clone(),
            created_at: u.created_at,
        }
    }
}

/// Tokens (RFC 6749 §5.1 names) and the account.
#[derive(Serialize, ToSchema)]
struct TokensOut {
    /// Always `Bearer`.
    token_type: &'static str,
    /// JWT for `Authorization: Bearer …`.
    access_token: String,
    /// Seconds until `access_token` expires.
    expires_in: u64,
    /// Opaque, single use: exchange it at `/v1/auth/refresh` for a new pair.
    refresh_token: String,
    /// Seconds until `refresh_token` expires.
    refresh_expires_in: u64,
    user: UserOut,
}

/// What registration answers, whether the address was new or already taken.
#[derive(Serialize, ToSchema)]
struct RegisteredOut {
    /// The normalized address. Sign in with it at `/v1/auth/login`.
    email: String,
}

async fn limit(state: &AppState, bucket: String, max: u32) -> Result<()> {
    match rate_limit::hit(
        &state.db,
        &bucket,
        max,
        state.config.limits.window_secs,
        Utc::now(),
    )
    .await?
    {
        rate_limit::Verdict::Allowed => Ok(()),
        rate_limit::Verdict::Limited { retry_after } => {
            tracing::info!(%bucket, "rate limit hit");
            Err(Error::TooManyRequests { retry_after })
        }
    }
}

async fn tokens_for(
    state: &AppState,
    user: &user::Model,
    session_id: Option<&str>,
) -> Result<TokensOut> {
    let now = Utc::now();
    let refresh = auth::new_refresh_token()?;
    let refresh_expires = now + state.keys.refresh_ttl;
    let session_id = match session_id {
        Some(id) => {
            store::accounts::add_token(
                &state.db,
                id,
                auth::token_hash(&refresh),
                refresh_expires,
                now,
            )
            .await?;
            id.to_owned()
        }
        None => {
            store::accounts::start_session(
                &state.db,
                &user.id,
                auth::token_hash(&refresh),
                refresh_expires,
                now,
            )
            .await?
            .id
        }
    };
    let (access, expires_in) = state.keys.issue(&user.id, &session_id, &user.role, now)?;
    Ok(TokensOut {
        token_type: "Bearer",
        access_token: access,
        expires_in,
        refresh_token: refresh,
        refresh_expires_in: state.keys.refresh_ttl.as_secs(),
        user: user.into(),
    })
}

/// Create an account (visitor or merchant). The answer is the same `202` whether the
/// address is new or already registered, so it cannot be used to find out who has an
/// account; then sign in with `/v1/auth/login`.
#[utoipa::path(
    post, path = "/auth/register", tag = "accounts", request_body = RegisterIn,
    responses(
        (status = 202, body = RegisteredOut, description = "accepted (also when the address already has an account)"),
        (status = 422, description = "invalid email, password or role"), (status = 429, description = "rate limited")
    )
)]
async fn register(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ClientIp(ip): ClientIp,
    Json(body): Json<RegisterIn>,
) -> Result<Response> {
    limit(
        &state,
        format!("register:ip:{ip}"),
        state.config.limits.register_per_ip,
    )
    .await?;
    let mut errors = Vec::new();
    let email = auth::normalize_email(&body.email);
    if email.is_none() {
        errors.push(FieldError::new(
            "email",
            "invalid_email",
            Msg::new("field-invalid-email"),
        ));
    }
    if let Err((code, msg)) = auth::check_password(&body.password, email.as_deref().unwrap_or("")) {
        errors.push(FieldError::new("password", code, msg));
    }
    let role = match body.role.as_deref().unwrap_or("visitor") {
        "visitor" => Role::Visitor,
        "merchant" => Role::Merchant,
        other => {
            errors.push(FieldError::new(
                "role",
                "invalid_choice",
                Msg::new("field-invalid-choice")
                    .arg("value", other)
                    .arg("accepted", "visitor, merchant"),
            ));
            Role::Visitor
        }
    };
    let display_name = body
        .display_name
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    if display_name
        .as_ref()
        .is_some_and(|n| n.chars().count() > 100)
    {
        errors.push(FieldError::new(
            "display_name",
            "too_long",
            Msg::new("field-too-long").arg("max", 100usize),
        ));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else {
        return Err(Error::Unprocessable(errors));
    };
    let now = Utc::now();
    // Hashed in both cases, so a taken address does not answer faster either.
    let user = user::Model {
        id: store::accounts::new_id(),
        email: email.clone(),
        password_hash: auth::hash_password(body.password).await?,
        role: role.as_str().to_owned(),
        display_name,
        locale: locale.tag().to_owned(),
        created_at: now,
        updated_at: now,
    };
    match store::accounts::insert_user(&state.db, user).await {
        Ok(user) => tracing::info!(user = %user.id, role = %user.role, "account registered"),
        // The insert is the check (no racy SELECT). The owner is not told here either:
        // without a verified channel to them there is nobody safe to tell.
        Err(e)
            if matches!(
                e.sql_err(),
                Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
            ) =>
        {
            tracing::info!("registration for an address that already has an account");
        }
        Err(e) => return Err(e.into()),
    }
    Ok((StatusCode::ACCEPTED, axum::Json(RegisteredOut { email })).into_response())
}

/// Sign in with email and password. Failures back off exponentially (`429` with
/// `Retry-After`) per client address and per client address + account; a correct
/// password from another address is never held back by them.
#[utoipa::path(
    post, path = "/auth/login", tag = "accounts", request_body = LoginIn,
    responses(
        (status = 200, body = TokensOut), (status = 401, description = "wrong email or password"),
        (status = 429, description = "too many failures from this address: wait `Retry-After` seconds")
    )
)]
async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    Json(body): Json<LoginIn>,
) -> Result<axum::Json<TokensOut>> {
    match auth::sign_in(
        &state.db,
        &state.config.limits,
        ip,
        &body.email,
        body.password,
    )
    .await?
    {
        auth::SignIn::Accepted(user) => Ok(axum::Json(tokens_for(&state, &user, None).await?)),
        auth::SignIn::Refused => Err(Error::InvalidCredentials),
        auth::SignIn::BackOff { retry_after } => Err(Error::TooManyRequests { retry_after }),
    }
}

/// Exchange a refresh token for a new pair. Each refresh token works once; presenting
/// one again (a stolen copy, or a replay) revokes the whole session.
#[utoipa::path(
    post, path = "/auth/refresh", tag = "accounts", request_body = RefreshIn,
    responses((status = 200, body = TokensOut), (status = 401, description = "invalid, expired, reused or revoked"))
)]
async fn refresh(
    State(state): State<AppState>,
    Json(body): Json<RefreshIn>,
) -> Result<axum::Json<TokensOut>> {
    let now = Utc::now();
    let token = store::accounts::token_by_hash(&state.db, &auth::token_hash(&body.refresh_token))
        .await?
        .ok_or(Error::Unauthorized("unknown refresh token"))?;
    // One conditional UPDATE: of two concurrent uses (on any nodes) exactly one wins.
    if !store::accounts::claim_token(&state.db, &token.id, now).await? {
        store::accounts::revoke_session(&state.db, &token.session_id, "reuse_detected", now)
            .await?;
        tracing::warn!(session = %token.session_id, "refresh token reused: session revoked");
        return Err(Error::Unauthorized("refresh token reused"));
    }
    if token.expires_at <= now {
        return Err(Error::Unauthorized("refresh token expired"));
    }
    let session = store::accounts::session(&state.db, &token.session_id)
        .await?
        .filter(|s| s.revoked_at.is_none())
        .ok_or(Error::Unauthorized("session revoked"))?;
    let user = store::accounts::user_by_id(&state.db, &session.user_id)
        .await?
        .ok_or(Error::Unauthorized("user gone"))?;
    Ok(axum::Json(
        tokens_for(&state, &user, Some(&session.id)).await?,
    ))
}

/// End a session: its refresh tokens stop working and so do its access tokens, on every node.
#[utoipa::path(
    post, path = "/auth/logout", tag = "accounts", request_body = Option<LogoutIn>,
    responses((status = 204, description = "signed out"), (status = 401))
)]
async fn logout(
    State(state): State<AppState>,
    MaybeAuthUser(user): MaybeAuthUser,
    body: axum::body::Bytes,
) -> Result<StatusCode> {
    let now = Utc::now();
    // The body is optional (a bearer token alone is enough), so it is parsed here.
    let body: LogoutIn = if body.iter().all(u8::is_ascii_whitespace) {
        LogoutIn::default()
    } else {
        serde_json::from_slice(&body).map_err(|e| {
            Error::Unprocessable(vec![FieldError::new(
                "body",
                "invalid_json",
                Msg::new("field-invalid-json").arg("reason", e.to_string()),
            )])
        })?
    };
    let mut ended = false;
    if let Some(user) = &user {
        store::accounts::revoke_session(&state.db, &user.session_id, "logout", now).await?;
        ended = true;
    }
    if let Some(refresh) = &body.refresh_token
        && let Some(token) =
            store::accounts::token_by_hash(&state.db, &auth::token_hash(refresh)).await?
    {
        store::accounts::revoke_session(&state.db, &token.session_id, "logout", now).await?;
        ended = true;
    }
    if !ended {
        return Err(Error::Unauthorized("nothing to sign out"));
    }
    Ok(StatusCode::NO_CONTENT)
}

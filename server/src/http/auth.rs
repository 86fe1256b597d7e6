//! `POST /v1/auth/register|login|refresh|logout` (DESIGN.md "Accounts").
//!
//! Register and login are rate-limited per client IP and (login) per account, with the
//! counters in the database so every node enforces the same limit. Refresh rotates the
//! token on every use; a token used twice revokes its whole session.

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
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::i18n::Lang;
use crate::store::entity::user;
use crate::store::{self, rate_limit};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(register)).routes(routes!(login)).routes(routes!(refresh)).routes(routes!(logout))
}

/// A new account. Only `visitor` and `merchant` can register; staff are promoted by an admin.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RegisterIn {
    email: String,
    password: String,
    /// `visitor` (default) or `merchant`.
    #[serde(default)]
    role: Option<String>,
    #[serde(default)]
    display_name: Option<String>,
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

async fn limit(state: &AppState, bucket: String, max: u32) -> Result<()> {
    match rate_limit::hit(&state.db, &bucket, max, state.config.limits.window_secs, Utc::now()).await? {
        rate_limit::Verdict::Allowed => Ok(()),
        rate_limit::Verdict::Limited { retry_after } => {
            tracing::info!(%bucket, "rate limit hit");
            Err(Error::TooManyRequests { retry_after })
        }
    }
}

async fn tokens_for(state: &AppState, user: &user::Model, session_id: Option<&str>) -> Result<TokensOut> {
    let now = Utc::now();
    let refresh = auth::new_refresh_token()?;
    let refresh_expires = now + state.keys.refresh_ttl;
    let session_id = match session_id {
        Some(id) => {
            store::accounts::add_token(&state.db, id, auth::token_hash(&refresh), refresh_expires, now).await?;
            id.to_owned()
        }
        None => store::accounts::start_session(&state.db, &user.id, auth::token_hash(&refresh), refresh_expires, now).await?.id,
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

/// Create an account (visitor or merchant) and sign in.
#[utoipa::path(
    post, path = "/auth/register", tag = "accounts", request_body = RegisterIn,
    responses(
        (status = 201, body = TokensOut), (status = 409, description = "email taken"),
        (status = 422, description = "invalid email, password or role"), (status = 429, description = "rate limited")
    )
)]
async fn register(
    State(state): State<AppState>,
    Lang(locale): Lang,
    ClientIp(ip): ClientIp,
    Json(body): Json<RegisterIn>,
) -> Result<Response> {
    limit(&state, format!("register:ip:{ip}"), state.config.limits.register_per_ip).await?;
    let mut errors = Vec::new();
    let email = auth::normalize_email(&body.email);
    if email.is_none() {
        errors.push(FieldError::new("email", "invalid_email", Msg::new("field-invalid-email")));
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
                Msg::new("field-invalid-choice").arg("value", other).arg("accepted", "visitor, merchant"),
            ));
            Role::Visitor
        }
    };
    let display_name = body.display_name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
    if display_name.as_ref().is_some_and(|n| n.chars().count() > 100) {
        errors.push(FieldError::new("display_name", "too_long", Msg::new("field-too-long").arg("max", 100usize)));
    }
    let Some(email) = email.filter(|_| errors.is_empty()) else { return Err(Error::Unprocessable(errors)) };
    let now = Utc::now();
    let user = user::Model {
        id: store::accounts::new_id(),
        email,
        password_hash: auth::hash_password(body.password).await?,
        role: role.as_str().to_owned(),
        display_name,
        locale: locale.tag().to_owned(),
        created_at: now,
        updated_at: now,
    };
    let user = store::accounts::insert_user(&state.db, user)
        .await
        .on_unique(|| Error::Conflict(Msg::new("error-email-taken-detail")))?;
    tracing::info!(user = %user.id, role = %user.role, "account registered");
    let tokens = tokens_for(&state, &user, None).await?;
    Ok((StatusCode::CREATED, axum::Json(tokens)).into_response())
}

/// Sign in with email and password.
#[utoipa::path(
    post, path = "/auth/login", tag = "accounts", request_body = LoginIn,
    responses((status = 200, body = TokensOut), (status = 401, description = "wrong email or password"), (status = 429))
)]
async fn login(State(state): State<AppState>, ClientIp(ip): ClientIp, Json(body): Json<LoginIn>) -> Result<axum::Json<TokensOut>> {
    limit(&state, format!("login:ip:{ip}"), state.config.limits.login_per_ip).await?;
    let email = auth::normalize_email(&body.email).unwrap_or_default();
    if body.password.chars().count() > auth::MAX_PASSWORD_CHARS {
        return Err(Error::InvalidCredentials);
    }
    // Counted per account too, so a guesser spread over many IPs is still slowed down.
    limit(&state, format!("login:account:{email}"), state.config.limits.login_per_account).await?;
    let user = store::accounts::user_by_email(&state.db, &email).await?;
    let ok = auth::verify_password(body.password, user.as_ref().map(|u| u.password_hash.clone())).await?;
    let Some(user) = user.filter(|_| ok) else {
        tracing::info!(%ip, "failed sign-in");
        return Err(Error::InvalidCredentials);
    };
    Ok(axum::Json(tokens_for(&state, &user, None).await?))
}

/// Exchange a refresh token for a new pair. Each refresh token works once; presenting
/// one again (a stolen copy, or a replay) revokes the whole session.
#[utoipa::path(
    post, path = "/auth/refresh", tag = "accounts", request_body = RefreshIn,
    responses((status = 200, body = TokensOut), (status = 401, description = "invalid, expired, reused or revoked"))
)]
async fn refresh(State(state): State<AppState>, Json(body): Json<RefreshIn>) -> Result<axum::Json<TokensOut>> {
    let now = Utc::now();
    let token = store::accounts::token_by_hash(&state.db, &auth::token_hash(&body.refresh_token))
        .await?
        .ok_or(Error::Unauthorized("unknown refresh token"))?;
    // One conditional UPDATE: of two concurrent uses (on any nodes) exactly one wins.
    if !store::accounts::claim_token(&state.db, &token.id, now).await? {
        store::accounts::revoke_session(&state.db, &token.session_id, "reuse_detected", now).await?;
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
    let user = store::accounts::user_by_id(&state.db, &session.user_id).await?.ok_or(Error::Unauthorized("user gone"))?;
    Ok(axum::Json(tokens_for(&state, &user, Some(&session.id)).await?))
}

/// End a session: its refresh tokens stop working and so do its access tokens, on every node.
#[utoipa::path(
    post, path = "/auth/logout", tag = "accounts", request_body = LogoutIn,
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
        && let Some(token) = store::accounts::token_by_hash(&state.db, &auth::token_hash(refresh)).await?
    {
        store::accounts::revoke_session(&state.db, &token.session_id, "logout", now).await?;
        ended = true;
    }
    if !ended {
        return Err(Error::Unauthorized("nothing to sign out"));
    }
    Ok(StatusCode::NO_CONTENT)
}

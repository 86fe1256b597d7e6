//! Extractors that carry the cross-cutting rules of the account API, so that a handler's
//! signature states its preconditions (STYLE.md §1):
//!
//! - [`AuthUser`]: a valid access token whose session is still live; [`MaybeAuthUser`]
//!   for routes that work anonymously but must still reject a *bad* token (a plain
//!   `Option<AuthUser>` would silently ignore it).
//! - [`Merchant`], [`Staff`], [`Admin`]: role guards (401 without a token, 403 with the
//!   wrong role). The role comes from the database, not the token, so a demotion takes
//!   effect at once.
//! - [`ClientIp`]: the peer address, for rate limits.
//! - [`if_match`]: the `If-Match` precondition of writes (428 when missing).

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use base64::Engine;

use crate::app::AppState;
use crate::auth::Role;
use crate::error::{Error, Msg};
use crate::store;

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct AuthUser {
    /// User id.
    pub id: String,
    /// Current role (read from the database on every request).
    pub role: Role,
    /// Session (refresh-token family) of the access token.
    pub session_id: String,
    /// Lower-cased email.
    pub email: String,
    /// Preferred language.
    pub locale: String,
}

impl AuthUser {
    /// As an audit-log actor.
    pub fn actor(&self) -> store::audit::Actor {
        store::audit::Actor {
            id: self.id.clone(),
            role: self.role.as_str().to_owned(),
        }
    }
}

fn bearer(headers: &HeaderMap) -> Option<Result<&str, Error>> {
    let value = headers.get(header::AUTHORIZATION)?;
    let Some(token) = value.to_str().ok().and_then(|v| {
        let (scheme, token) = v.split_once(' ')?;
        scheme
            .eq_ignore_ascii_case("bearer")
            .then_some(token.trim())
    }) else {
        return Some(Err(Error::Unauthorized(
            "authorization header is not `Bearer <token>`",
        )));
    };
    Some(Ok(token))
}

async fn authenticate(state: &AppState, token: &str) -> Result<AuthUser, Error> {
    let claims = state.keys.verify(token).map_err(|e| {
        tracing::debug!(reason = %e, "access token rejected");
        Error::Unauthorized("access token not valid")
    })?;
    let user = store::accounts::live_session_user(&state.db, &claims.sid, &claims.sub)
        .await?
        .ok_or(Error::Unauthorized("session revoked or user gone"))?;
    let role = user
        .role
        .parse()
        .map_err(|_| Error::Unauthorized("unknown role"))?;
    Ok(AuthUser {
        id: user.id,
        role,
        session_id: claims.sid,
        email: user.email,
        locale: user.locale,
    })
}

impl FromRequestParts<AppState> for AuthUser {
    type Rejection = Error;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match bearer(&parts.headers) {
            None => Err(Error::Unauthorized("no access token")),
            Some(token) => authenticate(state, token?).await,
        }
    }
}

/// A user if a token is present; a present but invalid token is still a 401.
#[derive(Debug, Clone)]
pub struct MaybeAuthUser(pub Option<AuthUser>);

impl FromRequestParts<AppState> for MaybeAuthUser {
    type Rejection = Error;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match bearer(&parts.headers) {
            None => Ok(MaybeAuthUser(None)),
            Some(token) => Ok(MaybeAuthUser(Some(authenticate(state, token?).await?))),
        }
    }
}

macro_rules! role_guard {
    ($(#[$meta:meta])* $name:ident, $allowed:expr, $why:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name(pub AuthUser);

        impl FromRequestParts<AppState> for $name {
            type Rejection = Error;

            async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
                let user = AuthUser::from_request_parts(parts, state).await?;
                let allowed: fn(Role) -> bool = $allowed;
                if allowed(user.role) { Ok($name(user)) } else { Err(Error::Forbidden($why)) }
            }
        }
    };
}

role_guard!(
    /// A merchant (their own listings only).
    Merchant, |r| r == Role::Merchant, "merchant role required"
);
role_guard!(
    /// A curator or an admin.
    Staff, |r| r.is_staff(), "staff role required"
);
role_guard!(
    /// An admin.
    Admin, |r| r == Role::Admin, "admin role required"
);

/// The client's IP address (the TCP peer). Behind a reverse proxy every client shares the
/// proxy's address; see docs/SECURITY.md.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip())
            .unwrap_or(IpAddr::from([0, 0, 0, 0]));
        Ok(ClientIp(ip))
    }
}

/// The `If-Match` value of a write. Missing (or `*`, which would skip the check) is 428.
pub fn if_match(headers: &HeaderMap) -> Result<String, Error> {
    let value = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
        .filter(|v| !v.is_empty() && *v != "*")
        .ok_or(Error::PreconditionRequired)?;
    Ok(value.to_owned())
}

/// An id made on the phone (a UUID), in its canonical form; anything else names nothing of
/// this account (404 as `what`).
pub fn phone_made_id(id: &str, what: &'static str) -> Result<String, Error> {
    uuid::Uuid::parse_str(id)
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| Error::NotFound {
            what,
            id: id.chars().take(64).collect(),
        })
}

/// An opaque keyset cursor holding an id.
pub fn encode_cursor(id: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(id)
}

/// Reads `limit` (1–100, default 20) and `cursor` from parsed params.
pub fn page(p: &mut super::params::Params) -> (u64, Option<String>) {
    let limit = p.int("limit", 1, 100, 20) as u64;
    let cursor = p.str("cursor").map(str::to_owned);
    let id = match cursor {
        None => None,
        Some(raw) => {
            let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(raw.as_bytes())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .filter(|s| s.len() <= 64);
            if decoded.is_none() {
                p.fail("cursor", "invalid_cursor", Msg::new("field-invalid-cursor"));
            }
            decoded
        }
    };
    (limit, id)
}

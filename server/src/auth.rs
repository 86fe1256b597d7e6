//! Authentication primitives (DESIGN.md "Accounts"): roles, Argon2id password hashing and
//! the password rules, JWT access tokens and opaque refresh tokens.
//!
//! - Access tokens: HS256 JWTs, ~15 minutes, with issuer, audience, expiry, subject and
//!   session id all required and checked; only HS256 is accepted, so `alg=none` and
//!   tokens signed with any other algorithm fail before their claims are read.
//! - Refresh tokens: 256 random bits, shown to the client once, stored as SHA-256 only,
//!   single use (rotated on every refresh) within a session ("family"); presenting a used
//!   one revokes the whole family (OAuth 2.0 Security BCP §4.14).
//! - Every authenticated request also checks that its session is still live in the
//!   database, so logout and reuse detection take effect on every node at once.

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use anyhow::Context;
use base64::Engine;
use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::config::Config;
use crate::error::Msg;

/// `iss` of our access tokens.
pub const ISSUER: &str = "canton-guide";
/// `aud` of our access tokens.
pub const AUDIENCE: &str = "canton-guide-api";
/// Shortest accepted password, in characters.
pub const MIN_PASSWORD_CHARS: usize = 10;
/// Longest accepted password, in characters (bounds the hashing work per request).
pub const MAX_PASSWORD_CHARS: usize = 128;

/// What an account may do.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Favourites and itineraries.
    Visitor,
    /// Plus their own listings.
    Merchant,
    /// Tourism staff: review queue, routes, events, alerts, audit log.
    Curator,
    /// Plus account management.
    Admin,
}

impl Role {
    /// Wire form.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Visitor => "visitor",
            Role::Merchant => "merchant",
            Role::Curator => "curator",
            Role::Admin => "admin",
        }
    }

    /// Curators and admins.
    pub fn is_staff(self) -> bool {
        matches!(self, Role::Curator | Role::Admin)
    }

    /// Every wire form.
    pub const WIRE: &'static [&'static str] = &["visitor", "merchant", "curator", "admin"];
}

impl FromStr for Role {
    type Err = guide_domain::UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "visitor" => Ok(Role::Visitor),
            "merchant" => Ok(Role::Merchant),
            "curator" => Ok(Role::Curator),
            "admin" => Ok(Role::Admin),
            _ => Err(guide_domain::UnknownValue {
                value: s.to_owned(),
                accepted: Role::WIRE,
            }),
        }
    }
}

/// Claims of an access token.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    /// User id.
    pub sub: String,
    /// Session (refresh-token family) id.
    pub sid: String,
    /// Role when issued (the database is authoritative; see `http::extract`).
    pub role: String,
    pub iat: i64,
    pub exp: i64,
    pub jti: String,
}

/// Signing and verification keys plus token lifetimes, built once at start.
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    /// Access-token lifetime.
    pub access_ttl: Duration,
    /// Refresh-token lifetime.
    pub refresh_ttl: Duration,
}

impl Keys {
    /// Keys from a shared secret.
    pub fn new(secret: &[u8], access_ttl: Duration, refresh_ttl: Duration) -> Keys {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.algorithms = vec![Algorithm::HS256];
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        validation.validate_exp = true;
        validation.validate_nbf = true;
        Keys {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
            access_ttl,
            refresh_ttl,
        }
    }

    /// A signed access token and its lifetime in seconds.
    pub fn issue(
        &self,
        user_id: &str,
        session_id: &str,
        role: &str,
        now: DateTime<Utc>,
    ) -> anyhow::Result<(String, u64)> {
        let ttl = self.access_ttl.as_secs();
        let claims = Claims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: user_id.into(),
            sid: session_id.into(),
            role: role.into(),
            iat: now.timestamp(),
            exp: now.timestamp() + ttl as i64,
            jti: uuid::Uuid::now_v7().to_string(),
        };
        let token = jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .context("signing a JWT")?;
        Ok((token, ttl))
    }

    /// The claims of a valid token; any failure is just "not valid" to the caller.
    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .map(|data| data.claims)
    }
}

/// A new opaque refresh token (256 random bits, URL-safe base64).
pub fn new_refresh_token() -> anyhow::Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness: {e}"))?;
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// What the database keeps of a refresh token: its SHA-256, hex. (A fast hash is right
/// here: the token has 256 bits of entropy, unlike a password.)
pub fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Hashes a password with Argon2id on the blocking pool (it takes tens of milliseconds
/// of CPU on purpose; on the async workers it would stall other requests).
pub async fn hash_password(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::PasswordHasher;
        argon2::Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await
    .context("panic in hash_password")?
}

/// Checks a password against a stored hash, on the blocking pool. With `None` (unknown
/// email) it checks against a dummy hash so that the answer takes as long either way.
pub async fn verify_password(password: String, hash: Option<String>) -> anyhow::Result<bool> {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::PasswordVerifier;
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| dummy_hash().to_owned());
        let ok = argon2::Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok();
        Ok(ok && known)
    })
    .await
    .context("panic in verify_password")?
}

fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        use argon2::password_hash::PasswordHasher;
        argon2::Argon2::default()
            .hash_password(b"timing-equaliser-not-a-password")
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Passwords people can follow: long enough, not absurdly long, not a well-known
/// password, not the email. Returns the first rule broken, as a localizable message.
pub fn check_password(password: &str, email: &str) -> Result<(), (&'static str, Msg)> {
    const COMMON: &[&str] = &[
        "password",
        "passw0rd",
        "123456",
        "12345678",
        "1234567890",
        "qwerty",
        "qwertyuiop",
        "iloveyou",
        "letmein",
        "welcome",
        "admin",
        "abc123",
        "111111",
        "000000",
        "guangzhou",
        "canton",
    ];
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err((
            "too_short",
            Msg::new("field-password-too-short").arg("min", MIN_PASSWORD_CHARS),
        ));
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err((
            "too_long",
            Msg::new("field-too-long").arg("max", MAX_PASSWORD_CHARS),
        ));
    }
    let lower = password.to_lowercase();
    let distinct: std::collections::HashSet<char> = lower.chars().collect();
    let stripped: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
    if distinct.len() < 4
        || COMMON
            .iter()
            .any(|c| lower.starts_with(c) && (stripped.len() <= c.len() || lower == *c))
    {
        return Err(("too_common", Msg::new("field-password-too-common")));
    }
    let local = email.split('@').next().unwrap_or("");
    if local.chars().count() >= 4 && lower.contains(&local.to_lowercase()) {
        return Err(("contains_email", Msg::new("field-password-contains-email")));
    }
    Ok(())
}

/// A normalized email (trimmed, lower-cased) if it looks like one.
pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let ok = !local.is_empty()
        && email.len() <= 254
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@');
    ok.then_some(email)
}

/// The JWT secret: `GUIDE_JWT_SECRET`, or for a SQLite (development) database one kept
/// in `jwt-secret` next to the database file, created on first start, so restarts keep
/// sessions valid. PostgreSQL deployments must set it (several nodes share it).
pub fn jwt_secret(config: &Config) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = &config.jwt_secret {
        anyhow::ensure!(
            secret.len() >= 32,
            "GUIDE_JWT_SECRET must be at least 32 bytes long"
        );
        return Ok(secret.as_bytes().to_vec());
    }
    anyhow::ensure!(
        config.is_sqlite(),
        "GUIDE_JWT_SECRET is required outside development (with PostgreSQL every node must share it)"
    );
    let Some(db_path) = crate::store::sqlite_path(&config.database_url) else {
        tracing::warn!(
            "in-memory database and no GUIDE_JWT_SECRET: using a random secret for this process only"
        );
        return Ok(new_refresh_token()?.into_bytes());
    };
    let path: PathBuf = std::path::Path::new(db_path)
        .parent()
        .map(|d| d.join("jwt-secret"))
        .unwrap_or("jwt-secret".into());
    if let Ok(secret) = std::fs::read_to_string(&path)
        && secret.trim().len() >= 32
    {
        tracing::info!(path = %path.display(), "GUIDE_JWT_SECRET not set: using the development secret kept in this file");
        return Ok(secret.trim().as_bytes().to_vec());
    }
    let secret = format!("{}{}", new_refresh_token()?, new_refresh_token()?);
    if let Some(dir) = path.parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    write_private(&path, &secret).with_context(|| format!("writing {}", path.display()))?;
    tracing::info!(path = %path.display(), "GUIDE_JWT_SECRET not set: generated a development secret and kept it in this file");
    Ok(secret.into_bytes())
}

#[cfg(unix)]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(text.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    std::fs::write(path, text)
}

/// The outcome of a sign-in attempt (API and console alike).
#[derive(Debug)]
pub enum SignIn {
    /// The password is right: this user.
    Accepted(Box<crate::store::entity::user::Model>),
    /// Wrong email or password (the same answer for both).
    Refused,
    /// This address, or this address with this account, failed too often: wait.
    BackOff {
        /// Seconds until the next attempt is accepted.
        retry_after: u64,
    },
}

/// Checks an email and password with the sign-in throttle of every entrance (OWASP's
/// authentication cheat sheet): failures count per client address and per address plus
/// account — never per account alone, so nobody can lock an owner out from elsewhere —
/// and each failure beyond the free ones doubles the wait. A right password clears the
/// address-plus-account count.
pub async fn sign_in(
    db: &sea_orm::DatabaseConnection,
    limits: &crate::config::RateLimits,
    ip: std::net::IpAddr,
    email: &str,
    password: String,
) -> Result<SignIn, crate::error::Error> {
    use crate::store::rate_limit;
    let email = normalize_email(email).unwrap_or_default();
    let ip_bucket = format!("login:ip:{ip}");
    // Hashed so that the table holds no email addresses.
    let pair_bucket = format!(
        "login:ip-account:{}",
        &token_hash(&format!("{ip}|{email}"))[..32]
    );
    if let Some(retry_after) =
        rate_limit::blocked(db, &[&ip_bucket, &pair_bucket], Utc::now()).await?
    {
        tracing::info!(%ip, "sign-in refused: backing off");
        return Ok(SignIn::BackOff { retry_after });
    }
    let user = crate::store::accounts::user_by_email(db, &email).await?;
    let ok = password.chars().count() <= MAX_PASSWORD_CHARS
        && verify_password(password, user.as_ref().map(|u| u.password_hash.clone())).await?;
    let Some(user) = user.filter(|_| ok) else {
        tracing::info!(%ip, "failed sign-in");
        let now = Utc::now();
        let (max, forget) = (limits.login_max_backoff_secs, limits.window_secs);
        rate_limit::record_failure(
            db,
            &ip_bucket,
            limits.login_free_failures_per_ip,
            max,
            forget,
            now,
        )
        .await?;
        rate_limit::record_failure(
            db,
            &pair_bucket,
            limits.login_free_failures_per_account,
            max,
            forget,
            now,
        )
        .await?;
        return Ok(SignIn::Refused);
    };
    // The per-address count is kept: otherwise signing in to one's own account between
    // guesses would reset it.
    rate_limit::clear(db, &pair_bucket).await?;
    Ok(SignIn::Accepted(Box::new(user)))
}

/// Creates an account with any role (the CLI's `user create`; the API only registers
/// visitors and merchants). Checks the email and the password rules.
pub async fn create_user(
    db: &sea_orm::DatabaseConnection,
    email: &str,
    password: String,
    role: &str,
) -> anyhow::Result<crate::store::entity::user::Model> {
    let role: Role = role
        .parse()
        .map_err(|e: guide_domain::UnknownValue| anyhow::anyhow!("--role: {e}"))?;
    let email =
        normalize_email(email).ok_or_else(|| anyhow::anyhow!("--email: not an email address"))?;
    if let Err((_, msg)) = check_password(&password, &email) {
        anyhow::bail!(
            "--password: {}",
            crate::i18n::text(guide_domain::Locale::En, &msg)
        );
    }
    let now = Utc::now();
    let user = crate::store::entity::user::Model {
        id: crate::store::accounts::new_id(),
        email,
        password_hash: hash_password(password).await?,
        role: role.as_str().to_owned(),
        display_name: None,
        locale: "en".into(),
        created_at: now,
        updated_at: now,
    };
    crate::store::accounts::insert_user(db, user)
        .await
        .map_err(|e| match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
                anyhow::anyhow!("an account with this email already exists")
            }
            _ => anyhow::Error::new(e).context("creating the account"),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::new(
            b"0123456789abcdef0123456789abcdef",
            Duration::from_secs(900),
            Duration::from_secs(3600),
        )
    }

    #[test]
    fn tokens_round_trip_and_foreign_ones_fail() {
        let k = keys();
        let (token, ttl) = k.issue("u1", "s1", "visitor", Utc::now()).unwrap();
        assert_eq!(ttl, 900);
        let claims = k.verify(&token).unwrap();
        assert_eq!((claims.sub.as_str(), claims.sid.as_str()), ("u1", "s1"));
        let other = Keys::new(
            b"another-secret-another-secret-xx",
            Duration::from_secs(900),
            Duration::from_secs(1),
        );
        assert!(other.verify(&token).is_err(), "forged signature");
        let (old, _) = k
            .issue(
                "u1",
                "s1",
                "visitor",
                Utc::now() - chrono::Duration::hours(2),
            )
            .unwrap();
        assert!(k.verify(&old).is_err(), "expired");
    }

    #[test]
    fn alg_none_is_refused() {
        let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        let now = Utc::now().timestamp();
        let body = format!(
            r#"{{"iss":"{ISSUER}","aud":"{AUDIENCE}","sub":"u","sid":"s","role":"admin","iat":{now},"exp":{},"jti":"x"}}"#,
            now + 600
        );
        let token = format!("{}.{}.", b64(r#"{"alg":"none","typ":"JWT"}"#), b64(&body));
        assert!(keys().verify(&token).is_err());
    }

    #[test]
    fn password_rules_say_what_is_wrong() {
        assert_eq!(
            check_password("short", "a@b.cn").unwrap_err().0,
            "too_short"
        );
        assert_eq!(
            check_password("password123", "a@b.cn").unwrap_err().0,
            "too_common"
        );
        assert_eq!(
            check_password("aaaaaaaaaaaa", "a@b.cn").unwrap_err().0,
            "too_common"
        );
        assert_eq!(
            check_password("mei.lin-sunny-day", "mei.lin@example.com")
                .unwrap_err()
                .0,
            "contains_email"
        );
        assert!(check_password("lychee season in Canton", "mei@example.com").is_ok());
    }

    #[test]
    fn emails_are_normalized() {
        assert_eq!(
            normalize_email("  Mei@Example.COM ").as_deref(),
            Some("mei@example.com")
        );
        for bad in ["", "no-at", "a@b", "a b@c.cn", "@c.cn", "a@@c.cn"] {
            assert!(normalize_email(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn refresh_tokens_are_random_and_hashed() {
        let (a, b) = (new_refresh_token().unwrap(), new_refresh_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
    }
}

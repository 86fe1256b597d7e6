//! Settings from the environment (DESIGN.md "Running"). Everything has a development
//! default so that `cargo run -p guide-server` works on a fresh clone.

use std::net::SocketAddr;
use std::path::PathBuf;

use anyhow::Context;

/// Default SQLite database, created on first start.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/guide.db?mode=rwc";
/// Default listen address: loopback only.
pub const DEFAULT_BIND: &str = "127.0.0.1:8080";

/// Server settings.
#[derive(Debug, Clone)]
pub struct Config {
    /// `GUIDE_DATABASE_URL`: `sqlite://…` or `postgres://…`.
    pub database_url: String,
    /// `GUIDE_BIND`: the socket address to listen on.
    pub bind: SocketAddr,
    /// `GUIDE_LOG`: a tracing filter such as `info,guide_server=debug`.
    pub log: String,
    /// `GUIDE_SEEDS_DIR`: where the seed YAML files live.
    pub seeds_dir: PathBuf,
    /// Largest accepted request body in bytes.
    pub max_body_bytes: usize,
    /// `GUIDE_JWT_SECRET`: HMAC key of access tokens (at least 32 bytes). Required with
    /// PostgreSQL; with SQLite (dev) a random one is kept in `jwt-secret` next to the file.
    pub jwt_secret: Option<String>,
    /// Lifetime of access tokens.
    pub access_ttl: std::time::Duration,
    /// Lifetime of refresh tokens.
    pub refresh_ttl: std::time::Duration,
    /// `GUIDE_CORS_ORIGINS`: comma list of origins allowed to call the API from a browser
    /// (`https://app.example.com`); empty (the default) allows none.
    pub cors_origins: Vec<String>,
    /// `GUIDE_PUBLIC_URL`: the address visitors reach this service at
    /// (`https://guide.example.com`), for the absolute links that link previews need
    /// (Open Graph `og:url`, canonical links). Unset, pages link relatively.
    pub public_url: Option<String>,
    /// Rate limits of sign-in and registration (shared by all nodes through the database).
    pub limits: RateLimits,
    /// Caps and timeouts of client connections (slow and greedy clients).
    pub connections: ConnectionLimits,
}

/// What one client, or all of them together, may hold of the server. Over a cap the
/// connection is still accepted and answered `503` + `Retry-After` (and `/healthz` still
/// `200`) instead of waiting in the kernel's queue or failing `accept`.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// `GUIDE_MAX_CONNECTIONS`: connections served at once, all clients together.
    pub max_connections: usize,
    /// `GUIDE_MAX_CONNECTIONS_PER_IP`: connections served at once from one client address.
    pub max_per_ip: usize,
    /// Connections beyond the caps that are still answered with a 503 at once; past
    /// this many, further ones are closed without an answer (file handles are finite).
    pub max_shed: usize,
    /// Time to send a complete request head, also the idle time allowed between two
    /// requests on a kept-alive connection (hyper starts the clock when it waits for a head).
    pub header_read_timeout: std::time::Duration,
    /// Time to send a complete request body.
    pub body_timeout: std::time::Duration,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            max_connections: 4096,
            max_per_ip: 256,
            max_shed: 1024,
            header_read_timeout: std::time::Duration::from_secs(10),
            body_timeout: std::time::Duration::from_secs(10),
        }
    }
}

/// Sign-in throttling and registration limits. Counted in the database, so every node
/// shares them.
///
/// Sign-in failures are counted per client IP and per client IP + account, never per
/// account alone: a stranger's wrong passwords must not lock the owner out (OWASP
/// Authentication Cheat Sheet). After the free failures each further one doubles the
/// wait (1 s, 2 s, 4 s, … up to `login_max_backoff_secs`); a success from the address
/// clears its IP + account count.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Failed sign-ins from one client IP (any accounts) before back-off starts.
    pub login_free_failures_per_ip: u32,
    /// Failed sign-ins from one client IP for one account before back-off starts.
    pub login_free_failures_per_account: u32,
    /// Longest back-off, in seconds.
    pub login_max_backoff_secs: u64,
    /// Registrations per client IP per window.
    pub register_per_ip: u32,
    /// Length of a registration window in seconds; also how long sign-in failures are
    /// remembered after the last back-off ended.
    pub window_secs: u64,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits {
            login_free_failures_per_ip: 20,
            login_free_failures_per_account: 5,
            login_max_backoff_secs: 900,
            register_per_ip: 20,
            window_secs: 600,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: DEFAULT_DATABASE_URL.to_owned(),
            bind: DEFAULT_BIND.parse().expect("valid default bind address"),
            log: "info".to_owned(),
            seeds_dir: PathBuf::from("seeds"),
            max_body_bytes: 64 * 1024,
            jwt_secret: None,
            access_ttl: std::time::Duration::from_secs(15 * 60),
            refresh_ttl: std::time::Duration::from_secs(30 * 24 * 3600),
            cors_origins: Vec::new(),
            public_url: None,
            limits: RateLimits::default(),
            connections: ConnectionLimits::default(),
        }
    }
}

impl Config {
    /// Reads `GUIDE_*` variables, falling back to the defaults.
    pub fn from_env() -> anyhow::Result<Config> {
        let mut config = Config::default();
        if let Ok(url) = std::env::var("GUIDE_DATABASE_URL") {
            config.database_url = url;
        }
        if let Ok(bind) = std::env::var("GUIDE_BIND") {
            config.bind = bind.parse().with_context(|| {
                format!("GUIDE_BIND={bind:?} is not an address like 127.0.0.1:8080")
            })?;
        }
        if let Ok(log) = std::env::var("GUIDE_LOG") {
            config.log = log;
        }
        if let Ok(dir) = std::env::var("GUIDE_SEEDS_DIR") {
            config.seeds_dir = PathBuf::from(dir);
        }
        if let Ok(secret) = std::env::var("GUIDE_JWT_SECRET")
            && !secret.is_empty()
        {
            config.jwt_secret = Some(secret);
        }
        if let Ok(origins) = std::env::var("GUIDE_CORS_ORIGINS") {
            config.cors_origins = origins
                .split(',')
                .map(|o| o.trim().trim_end_matches('/').to_owned())
                .filter(|o| !o.is_empty())
                .collect();
        }
        if let Ok(url) = std::env::var("GUIDE_PUBLIC_URL")
            && !url.trim().is_empty()
        {
            config.public_url = Some(public_url(&url)?);
        }
        for (name, slot) in [
            (
                "GUIDE_MAX_CONNECTIONS",
                &mut config.connections.max_connections,
            ),
            (
                "GUIDE_MAX_CONNECTIONS_PER_IP",
                &mut config.connections.max_per_ip,
            ),
        ] {
            if let Ok(value) = std::env::var(name) {
                *slot =
                    value.parse().ok().filter(|n| *n > 0).with_context(|| {
                        format!("{name}={value:?} is not a positive whole number")
                    })?;
            }
        }
        Ok(config)
    }

    /// Whether the database is SQLite (the default, single-node setup).
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

/// Checks `GUIDE_PUBLIC_URL`: an http(s) origin, optionally with a path prefix; the
/// trailing slash is dropped.
fn public_url(url: &str) -> anyhow::Result<String> {
    let url = url.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .filter(|host| !host.is_empty() && !host.contains(['?', '#', ' ']));
    anyhow::ensure!(
        rest.is_some(),
        "GUIDE_PUBLIC_URL={url:?} is not an address like https://guide.example.com"
    );
    Ok(url.to_owned())
}

#[cfg(test)]
mod public_url_tests {
    #[test]
    fn public_urls_are_http_origins_without_a_trailing_slash() {
        assert_eq!(
            super::public_url("https://guide.example.com/").unwrap(),
            "https://guide.example.com"
        );
        assert_eq!(
            super::public_url(" http://10.0.0.1:8080/guide ").unwrap(),
            "http://10.0.0.1:8080/guide"
        );
        for bad in [
            "guide.example.com",
            "ftp://x",
            "https://",
            "https://a b",
            "https://x/?q=1",
        ] {
            assert!(super::public_url(bad).is_err(), "{bad}");
        }
    }
}

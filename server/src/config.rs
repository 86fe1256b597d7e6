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
    /// Rate limits of sign-in and registration (shared by all nodes through the database).
    pub limits: RateLimits,
}

/// Attempts allowed per window. Counted in the database, so every node shares them.
#[derive(Debug, Clone, Copy)]
pub struct RateLimits {
    /// Sign-in attempts per client IP.
    pub login_per_ip: u32,
    /// Sign-in attempts per account (email), whatever the IP (slows password guessing).
    pub login_per_account: u32,
    /// Registrations per client IP.
    pub register_per_ip: u32,
    /// Length of a window in seconds.
    pub window_secs: u64,
}

impl Default for RateLimits {
    fn default() -> Self {
        RateLimits { login_per_ip: 30, login_per_account: 10, register_per_ip: 20, window_secs: 600 }
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
            limits: RateLimits::default(),
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
            config.bind = bind
                .parse()
                .with_context(|| format!("GUIDE_BIND={bind:?} is not an address like 127.0.0.1:8080"))?;
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
            config.cors_origins =
                origins.split(',').map(|o| o.trim().trim_end_matches('/').to_owned()).filter(|o| !o.is_empty()).collect();
        }
        Ok(config)
    }

    /// Whether the database is SQLite (the default, single-node setup).
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

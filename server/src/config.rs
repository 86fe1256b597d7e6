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
}

impl Default for Config {
    fn default() -> Self {
        Config {
            database_url: DEFAULT_DATABASE_URL.to_owned(),
            bind: DEFAULT_BIND.parse().expect("valid default bind address"),
            log: "info".to_owned(),
            seeds_dir: PathBuf::from("seeds"),
            max_body_bytes: 64 * 1024,
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
        Ok(config)
    }

    /// Whether the database is SQLite (the default, single-node setup).
    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }
}

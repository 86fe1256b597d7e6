//! The shared application state and the server lifecycle: connect, migrate, seed an empty
//! database, serve with graceful shutdown.

use std::sync::{Arc, OnceLock};

use anyhow::Context;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;

use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::{seed, store};

/// Everything handlers need, cloned into each request (and into each layer that reads it)
/// as one reference count: the fields are in [`Services`], read through `Deref`.
///
/// One struct rather than many `Extension`s: a handler's `State<AppState>` is checked at
/// compile time, and adding a field cannot be forgotten at one call site.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

impl std::ops::Deref for AppState {
    type Target = Services;
    fn deref(&self) -> &Services {
        &self.0
    }
}

/// What [`AppState`] shares.
pub struct Services {
    /// The database pool (SQLite or PostgreSQL).
    pub db: DatabaseConnection,
    /// Settings.
    pub config: Arc<Config>,
    /// Renders `/metrics`.
    pub metrics: PrometheusHandle,
    /// JWT keys and token lifetimes.
    pub keys: Arc<crate::auth::Keys>,
    /// The published catalogue in memory: what every public read answers from.
    pub catalogue: Arc<Catalogue>,
    /// Whether the database answers, as last seen by `store::health::watch`.
    pub health: Arc<store::health::DbHealth>,
}

/// The process-wide Prometheus recorder. `metrics` allows one global recorder per
/// process, and tests start several servers in one process, so it is installed once.
pub fn metrics_handle() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new().build_recorder();
            let handle = recorder.handle();
            // Fails only if another recorder was installed first; then ours just renders
            // nothing, which is better than refusing to start.
            let _ = metrics::set_global_recorder(recorder);
            handle
        })
        .clone()
}

/// Connects, migrates, loads the seeds when the catalogue is empty, then reads the
/// published catalogue into memory and starts watching it for changes.
pub async fn build_state(config: Config) -> anyhow::Result<AppState> {
    let db = store::connect(&config.database_url)
        .await
        .with_context(|| {
            format!(
                "cannot open the database at {}",
                redact(&config.database_url)
            )
        })?;
    store::migrate(&db)
        .await
        .context("migrating the database")?;
    if store::is_empty(&db).await? {
        tracing::info!(dir = %config.seeds_dir.display(), "empty database: loading seeds");
        let report = seed::load(&db, &config.seeds_dir, |step| {
            tracing::info!("seed: {step}")
        })
        .await?;
        tracing::info!("seeded:\n{report}");
    }
    let secret = crate::auth::jwt_secret(&config)?;
    let keys = Arc::new(crate::auth::Keys::new(
        &secret,
        config.access_ttl,
        config.refresh_ttl,
    ));
    let metrics = metrics_handle();
    let catalogue = Catalogue::load(db.clone())
        .await
        .context("loading the published catalogue")?;
    catalogue.watch();
    let health = Arc::new(store::health::DbHealth::default());
    Ok(AppState(Arc::new(Services {
        db,
        config: Arc::new(config),
        metrics,
        keys,
        catalogue,
        health,
    })))
}

/// Serves until `shutdown` resolves, then lets in-flight requests finish. Connections
/// are capped and timed out (`crate::connections`); the database is watched so that an
/// outage answers fast 503s (`store::health`).
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let limits = state.config.connections;
    let watcher = tokio::spawn(store::health::watch(
        state.health.clone(),
        state.config.database_url.clone(),
    ));
    let app = crate::http::router(state);
    crate::connections::serve(listener, app, crate::http::shed_router(), limits, shutdown).await;
    watcher.abort();
    Ok(())
}

/// A database URL without its password, for logs and error messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let userinfo = &url[scheme + 3..at];
            let user = userinfo.split(':').next().unwrap_or("");
            format!("{}://{}:***@{}", &url[..scheme], user, &url[at + 1..])
        }
        _ => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_logs() {
        assert_eq!(
            redact("postgres://guide:s3cret@127.0.0.1:5432/guide"),
            "postgres://guide:***@127.0.0.1:5432/guide"
        );
        assert_eq!(
            redact("sqlite://data/guide.db?mode=rwc"),
            "sqlite://data/guide.db?mode=rwc"
        );
    }
}

//! Whether the database answers, watched continuously (issue 10: a failing database is
//! answered fast and `/readyz` says so within a second).
//!
//! [`watch`] probes every [`INTERVAL`] on a connection of its own, outside the request
//! pool, so a pool busy with requests never looks like an outage and an outage is seen
//! even when no request comes. It keeps two facts in [`DbHealth`]:
//!
//! - **reachable**: a real table can be read. When it cannot, the API answers `503` with
//!   `Retry-After` at once (`http::ops::check_database`) instead of letting every request
//!   wait for the pool's acquire timeout.
//! - **writable**: on SQLite, the write lock can be had (another process may hold it); on
//!   PostgreSQL, the server is not a read-only standby. Reads still work while it is
//!   false, so it only affects `/readyz`; writes that meet the lock get `SQLITE_BUSY`
//!   after the busy timeout and answer 503 themselves.
//!
//! A probe that *fails* (refused, closed, I/O error) counts at once. A probe that is only
//! *slow* counts after [`SLOW_PROBES`] in a row: on a machine starved of CPU a slow
//! answer is not an outage, and flapping would turn good requests into 503s.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr};

/// Time between two probes.
pub const INTERVAL: Duration = Duration::from_millis(200);
/// How long a probe may wait for its connection (a refusing server fails after this).
const PROBE_ACQUIRE: Duration = Duration::from_millis(300);
/// How long a probe may take before it counts as slow.
const PROBE_TIMEOUT: Duration = Duration::from_secs(1);
/// Slow probes in a row that count as an outage.
const SLOW_PROBES: u32 = 2;

/// The last probe's verdict, shared by every request.
#[derive(Debug)]
pub struct DbHealth {
    reachable: AtomicBool,
    writable: AtomicBool,
}

impl Default for DbHealth {
    /// Reachable and writable: the server has just connected and migrated.
    fn default() -> Self {
        DbHealth {
            reachable: AtomicBool::new(true),
            writable: AtomicBool::new(true),
        }
    }
}

impl DbHealth {
    /// Whether the database can be read.
    pub fn reachable(&self) -> bool {
        self.reachable.load(Ordering::Relaxed)
    }

    /// Whether the database can be read and written: what `/readyz` reports.
    pub fn ready(&self) -> bool {
        self.reachable() && self.writable.load(Ordering::Relaxed)
    }

    fn set(&self, reachable: bool, writable: bool) {
        let was = self.ready();
        self.reachable.store(reachable, Ordering::Relaxed);
        self.writable.store(writable, Ordering::Relaxed);
        match (was, self.ready()) {
            (true, false) => tracing::warn!(reachable, writable, "database not ready"),
            (false, true) => tracing::info!("database ready again"),
            _ => {}
        }
    }
}

/// Probes the database at `url` forever, recording the verdicts in `health`. Spawned by
/// `app::serve` and aborted when serving ends.
pub async fn watch(health: std::sync::Arc<DbHealth>, url: String) {
    let mut conn: Option<DatabaseConnection> = None;
    let mut slow = 0;
    loop {
        match tokio::time::timeout(PROBE_TIMEOUT, probe(&mut conn, &url)).await {
            Ok(Ok(writable)) => {
                slow = 0;
                health.set(true, writable);
            }
            Ok(Err(e)) => {
                tracing::debug!(error = %e, "database probe failed");
                slow = 0;
                conn = None;
                health.set(false, false);
            }
            Err(_) => {
                slow += 1;
                conn = None;
                if slow >= SLOW_PROBES {
                    health.set(false, false);
                }
            }
        }
        tokio::time::sleep(INTERVAL).await;
    }
}

/// One probe: `Ok(writable)` when a real table can be read, an error otherwise.
async fn probe(conn: &mut Option<DatabaseConnection>, url: &str) -> Result<bool, DbErr> {
    if conn.is_none() {
        *conn = Some(connect_probe(url).await?);
    }
    let db = conn.as_ref().expect("connected above");
    // A table of ours rather than `SELECT 1`: a replaced or emptied file still answers
    // `SELECT 1`.
    db.execute_unprepared("SELECT 1 FROM seaql_migrations LIMIT 1")
        .await?;
    let writable = match db.get_database_backend() {
        // A write statement takes the write lock even when it changes no row; the busy
        // timeout of this connection is short, so a lock held elsewhere shows as BUSY.
        DbBackend::Sqlite => db
            .execute_unprepared("UPDATE rate_limits SET hits = hits WHERE 1 = 0")
            .await
            .is_ok(),
        _ => {
            let row = db.query_one_raw(sea_orm::Statement::from_string(
                DbBackend::Postgres,
                "SELECT pg_is_in_recovery() AS standby",
            ));
            let row = row.await?.ok_or_else(|| DbErr::Custom("no row".into()))?;
            !row.try_get::<bool>("", "standby")?
        }
    };
    Ok(writable)
}

/// A one-connection pool for probes, with short timeouts. For SQLite the file must
/// already exist (`mode=rw`): a probe must never create an empty database where the
/// real one went missing.
async fn connect_probe(url: &str) -> Result<DatabaseConnection, DbErr> {
    let url = if url.starts_with("sqlite:") {
        url.replace("mode=rwc", "mode=rw")
    } else {
        url.to_owned()
    };
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(1)
        .min_connections(0)
        .connect_timeout(PROBE_ACQUIRE)
        .acquire_timeout(PROBE_ACQUIRE)
        .statement_timeout(PROBE_TIMEOUT)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(|o| o.busy_timeout(Duration::from_millis(100)));
    Database::connect(options).await
}

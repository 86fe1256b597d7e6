//! The published catalogue in memory (DESIGN.md "Scale-out story"): every public read —
//! place lists and search, details, zones, routes, events, alerts, policies, the offline
//! bundle, the planner's candidates — answers from an immutable [`Snapshot`], swapped
//! atomically when the catalogue changes. No read waits on the database.
//!
//! Freshness:
//! - on this node, a handler that writes catalogue rows calls [`Catalogue::refresh`] after
//!   its commit, so the next read sees the write;
//! - every node also polls the catalogue version (one indexed single-row read every
//!   [`POLL_INTERVAL`]) and reloads when it moved, so a write on another node — or a
//!   `guide-server seed` run from the command line — is visible within a second.
//!
//! Why a version poll rather than PostgreSQL's LISTEN/NOTIFY: it works the same on SQLite
//! and PostgreSQL, it cannot miss a change while a connection is down (a notification sent
//! then is lost; a version number is still there), and it costs one trivial query per node
//! every half second. The version is bumped by triggers in the writing transaction itself,
//! and a reload reads it together with the rows in one read transaction, so a snapshot is
//! always exactly the catalogue of its version.
//!
//! Each reload rebuilds the snapshot from the database (a city's catalogue is small: tens
//! of megabytes at 100,000 places) and then, off the request path, its search index;
//! until the index is ready, search classifies every place, with the same results.

pub mod open_states;
pub mod place_keys;
pub mod query;
pub mod search;
pub mod snapshot;

use std::sync::Arc;
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use sea_orm::{DatabaseConnection, DbErr};
use tokio::task::JoinHandle;

pub use snapshot::Snapshot;

use crate::store;

/// How often every node checks whether the catalogue changed.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// The current snapshot and the means to replace it.
pub struct Catalogue {
    current: ArcSwap<Snapshot>,
    db: DatabaseConnection,
    reload: tokio::sync::Mutex<()>,
}

impl Catalogue {
    /// Loads the catalogue (and builds its search index) before the server takes requests.
    pub async fn load(db: DatabaseConnection) -> Result<Arc<Catalogue>, DbErr> {
        let catalogue = Arc::new(Catalogue {
            current: ArcSwap::from_pointee(Snapshot::empty()),
            db,
            reload: Default::default(),
        });
        let (version, index_built) = catalogue.reload_now().await?;
        index_built
            .await
            .map_err(|e| DbErr::Custom(format!("search index build panicked: {e}")))?;
        tracing::info!(
            version,
            places = catalogue.snapshot().places.len(),
            "catalogue loaded"
        );
        Ok(catalogue)
    }

    /// The snapshot to answer a request from (cheap; never waits).
    pub fn snapshot(&self) -> Arc<Snapshot> {
        self.current.load_full()
    }

    /// Reloads if the catalogue version moved since the current snapshot; `true` when it
    /// did. Call after committing a catalogue write so the next read sees it.
    pub async fn refresh(&self) -> Result<bool, DbErr> {
        let _one_at_a_time = self.reload.lock().await;
        if store::catalogue::version(&self.db).await? == self.current.load().version {
            return Ok(false);
        }
        // The index builds in the background; reads search without it meanwhile.
        let (version, _index_built) = self.load_and_swap().await?;
        tracing::debug!(version, "catalogue reloaded");
        Ok(true)
    }

    async fn reload_now(&self) -> Result<(i64, JoinHandle<()>), DbErr> {
        let _one_at_a_time = self.reload.lock().await;
        self.load_and_swap().await
    }

    /// Loads and swaps in a new snapshot; its search index is then built off the request
    /// path, and the handle says when it is done.
    async fn load_and_swap(&self) -> Result<(i64, JoinHandle<()>), DbErr> {
        let started = Instant::now();
        let published = store::catalogue::load_published(&self.db).await?;
        let mut rejected: std::collections::BTreeMap<&'static str, usize> = Default::default();
        for r in &published.rejected {
            *rejected.entry(r.table).or_default() += 1;
        }
        let snapshot = Arc::new(
            tokio::task::spawn_blocking(move || Snapshot::new(published))
                .await
                .map_err(|e| DbErr::Custom(format!("snapshot build panicked: {e}")))?,
        );
        let version = snapshot.version;
        metrics::gauge!("catalogue_version").set(version as f64);
        metrics::gauge!("catalogue_places").set(snapshot.places.len() as f64);
        for table in [
            "places",
            "place_translations",
            "zones",
            "routes",
            "route_stops",
            "events",
            "alerts",
            "policies",
        ] {
            metrics::gauge!("catalogue_rows_rejected", "table" => table)
                .set(rejected.get(table).copied().unwrap_or(0) as f64);
        }
        metrics::histogram!("catalogue_reload_seconds").record(started.elapsed().as_secs_f64());
        self.current.store(snapshot.clone());
        let index_built = tokio::task::spawn_blocking(move || build_search_index(&snapshot));
        Ok((version, index_built))
    }

    /// Polls the catalogue version every [`POLL_INTERVAL`] and reloads on change, for as
    /// long as the runtime runs.
    pub fn watch(self: &Arc<Self>) {
        let catalogue = Arc::downgrade(self);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(POLL_INTERVAL);
            tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tick.tick().await;
                let Some(catalogue) = catalogue.upgrade() else {
                    return;
                };
                if let Err(e) = catalogue.refresh().await {
                    tracing::warn!(error = %e, "catalogue version check failed; serving the last snapshot");
                }
            }
        });
    }
}

/// Returns freed memory to the system now. mimalloc returns freed pages after a delay, but
/// only when some thread allocates or frees in its arenas again: after a load (rows, the
/// old snapshot, the index writer's buffers), request handlers reuse the pages they have
/// and nothing else runs, so tens of megabytes stayed resident unused (100,000 places:
/// ~45 MB). `mi_collect(true)` purges every arena page waiting for that delay (and this
/// thread's free pages). Harmless when mimalloc is not the allocator (tests): it then
/// holds nothing.
fn release_freed_memory() {
    // SAFETY: mi_collect takes no pointers and may be called from any thread at any time.
    unsafe { libmimalloc_sys::mi_collect(true) }
}

/// Builds a snapshot's search index (blocking) and reports its time and size; then hands
/// the memory the load and the build freed back to the system.
fn build_search_index(snapshot: &Snapshot) {
    let started = Instant::now();
    snapshot.warm_up();
    release_freed_memory();
    let seconds = started.elapsed().as_secs_f64();
    metrics::histogram!("catalogue_search_index_seconds").record(seconds);
    if let Some(index) = snapshot.search_index() {
        let bytes = index.memory_bytes();
        metrics::gauge!("catalogue_search_index_bytes").set(bytes as f64);
        tracing::info!(
            seconds,
            mib = bytes as f64 / (1024.0 * 1024.0),
            "search index built"
        );
    }
}

//! Loading `seeds/` into the database: validate everything first, then upsert by slug
//! (by version for policies) in one transaction, so a bad file changes nothing and a
//! re-run never duplicates. Rows whose content did not change keep their `updated_at`,
//! which keeps ETags and the app's sync deltas quiet.

mod files;
mod write;

use std::path::Path;

use sea_orm::{DatabaseConnection, TransactionTrait};

pub use files::{SeedError, SeedSet, read_dir};

/// What one load did, per entity type.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// `(entity, inserted, updated, unchanged)` in load order.
    pub rows: Vec<(&'static str, usize, usize, usize)>,
}

impl Report {
    /// Total rows inserted or updated.
    pub fn changed(&self) -> usize {
        self.rows.iter().map(|(_, i, u, _)| i + u).sum()
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (entity, inserted, updated, unchanged) in &self.rows {
            writeln!(
                f,
                "{entity:>9}: {inserted} inserted, {updated} updated, {unchanged} unchanged"
            )?;
        }
        Ok(())
    }
}

/// Why a load failed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The files are invalid; nothing was written.
    #[error("{} problem(s) in the seed files:\n{}", .0.len(), .0.iter().map(|e| format!("  - {e}")).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<SeedError>),
    /// The database refused a write; the transaction was rolled back.
    #[error("database error while seeding: {0}")]
    Db(#[from] sea_orm::DbErr),
}

/// Validates `dir` and upserts it. `progress` is called once per entity type.
pub async fn load(
    db: &DatabaseConnection,
    dir: &Path,
    progress: impl Fn(&str),
) -> Result<Report, LoadError> {
    let set = read_dir(dir).map_err(LoadError::Invalid)?;
    progress(&format!(
        "validated {} zones, {} places, {} routes, {} events, {} policies in {}",
        set.zones.len(),
        set.places.len(),
        set.routes.len(),
        set.events.len(),
        set.policies.len(),
        dir.display()
    ));
    let now = chrono::Utc::now();
    let txn = db.begin().await?;
    let mut report = Report::default();
    report
        .rows
        .push(write::zones(&txn, &set.zones, now).await?.flatten("zones"));
    progress("zones written");
    report.rows.push(
        write::places(&txn, &set.places, now)
            .await?
            .flatten("places"),
    );
    progress("places written");
    report.rows.push(
        write::routes(&txn, &set.routes, now)
            .await?
            .flatten("routes"),
    );
    report.rows.push(
        write::events(&txn, &set.events, now)
            .await?
            .flatten("events"),
    );
    report.rows.push(
        write::policies(&txn, &set.policies, now)
            .await?
            .flatten("policies"),
    );
    txn.commit().await?;
    Ok(report)
}

/// Counts of one entity type.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Counts {
    pub(crate) inserted: usize,
    pub(crate) updated: usize,
    pub(crate) unchanged: usize,
}

impl Counts {
    /// Counts a row that was written: an update if it existed, else an insert.
    fn written(&mut self, existed: bool) {
        if existed {
            self.updated += 1
        } else {
            self.inserted += 1
        }
    }

    fn flatten(self, entity: &'static str) -> (&'static str, usize, usize, usize) {
        (entity, self.inserted, self.updated, self.unchanged)
    }
}

//! The service layer: sea-orm queries as plain async fns over `&impl ConnectionTrait`
//! (so a transaction works as well as the pool), returning `DbErr`, never axum types.

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod column;
pub mod console_sessions;
pub mod curation;
pub mod entity;
pub mod health;
pub mod listings;
pub mod rate_limit;
pub mod sync;
pub mod visitors;

use std::time::Duration;

use guide_migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait,
};

/// Chunk size for `IN (…)` lists: far below SQLite's and PostgreSQL's parameter limits.
pub const IN_CHUNK: usize = 500;

/// Longest wait for a pooled connection. During an outage the API answers 503 before
/// this (`health`); it matters when the database is up but every connection is busy.
pub const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);
/// Longest a PostgreSQL statement may run before the server cancels it (a 503).
pub const STATEMENT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long SQLite retries a locked database before `SQLITE_BUSY` (then a 503).
pub const SQLITE_BUSY_TIMEOUT: Duration = Duration::from_secs(1);

/// Connects to SQLite or PostgreSQL by URL. For SQLite, creates the file's folder and
/// turns on WAL so readers do not block the seed loader. Timeouts are short (the
/// constants above): a failing database should answer 503 quickly, not hang requests.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    if let Some(path) = sqlite_path(url)
        && let Some(dir) = std::path::Path::new(path).parent()
        && !dir.as_os_str().is_empty()
    {
        std::fs::create_dir_all(dir)
            .map_err(|e| DbErr::Custom(format!("cannot create {}: {e}", dir.display())))?;
    }
    let mut options = ConnectOptions::new(url.to_owned());
    options
        .max_connections(if url.starts_with("sqlite:") { 8 } else { 16 })
        .connect_timeout(ACQUIRE_TIMEOUT)
        .acquire_timeout(ACQUIRE_TIMEOUT)
        .statement_timeout(STATEMENT_TIMEOUT)
        .sqlx_logging(false)
        // Per connection (a PRAGMA sent through the pool would reach only one of them).
        .map_sqlx_sqlite_opts(|o| {
            o.journal_mode(sea_orm::sqlx::sqlite::SqliteJournalMode::Wal)
                .foreign_keys(true)
                .busy_timeout(SQLITE_BUSY_TIMEOUT)
        });
    Database::connect(options).await
}

/// The file path of a `sqlite://path?…` URL, if it names a file.
pub(crate) fn sqlite_path(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then_some(path)
}

/// Applies every pending migration.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    Migrator::up(db, None).await
}

/// Whether the catalogue holds no place yet (then the server seeds on start).
pub async fn is_empty(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(entity::place::Entity::find().count(db).await? == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_paths_are_found() {
        assert_eq!(
            sqlite_path("sqlite://data/guide.db?mode=rwc"),
            Some("data/guide.db")
        );
        assert_eq!(sqlite_path("sqlite::memory:"), None);
        assert_eq!(sqlite_path("postgres://x/y"), None);
    }
}

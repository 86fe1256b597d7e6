//! guide-migrations: the Canton Guide schema, the same on SQLite and PostgreSQL.
//!
//! Migrations are written with sea-query's schema builder, so one definition produces the
//! right DDL for both databases; the one exception is the catalogue version triggers
//! (`m20261202_000001_catalogue_version`), which the builder cannot express. Ids are UUIDv7 stored as text:
//! portable, sortable by creation time and readable in logs.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_catalogue;
mod m20261127_000002_accounts;
mod m20261127_000003_tombstones;
mod m20261128_000001_place_list_indexes;
mod m20261202_000001_catalogue_version;
mod m20261202_000001_console_sessions;
mod m20261202_000002_purchases;

/// Runs every migration of the guide in order.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_catalogue::Migration),
            Box::new(m20261127_000002_accounts::Migration),
            Box::new(m20261127_000003_tombstones::Migration),
            Box::new(m20261128_000001_place_list_indexes::Migration),
            Box::new(m20261202_000001_catalogue_version::Migration),
            Box::new(m20261202_000001_console_sessions::Migration),
            Box::new(m20261202_000002_purchases::Migration),
        ]
    }
}

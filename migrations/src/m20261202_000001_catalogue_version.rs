//! The catalogue's version counter and two new place-text columns.
//!
//! Every API node keeps the published catalogue in memory and rebuilds it when it changes
//! (DESIGN.md "Scale-out story"). A node learns of a change made by another node by
//! polling one row, `catalogue_version`, which triggers on every catalogue table bump in
//! the writing transaction itself: the new number becomes visible exactly when the data
//! does, so a node that reads the number and the data in one transaction can never record
//! a version whose data it has not seen. Triggers rather than calls in the code, so that
//! no write path (API, console, seed loader, a hand-run SQL fix) can forget to bump.
//!
//! Triggers are not expressible with sea-query's schema builder, so this migration holds
//! SQL for each engine:
//! - SQLite allows one writer at a time: a plain row trigger cannot deadlock.
//! - PostgreSQL: a deferred constraint trigger runs at commit, so the counter row is
//!   locked only for the last instant of a transaction; two writers never hold it while
//!   waiting for each other's rows.
//!
//! Also adds `place_translations.hours_note` (holidays, last entry) and
//! `place_translations.origin` (`official` wording or a `team` translation).

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables whose rows make up the published catalogue.
const CATALOGUE_TABLES: [&str; 13] = [
    "places",
    "place_translations",
    "place_zones",
    "zones",
    "zone_translations",
    "routes",
    "route_stops",
    "route_translations",
    "events",
    "event_translations",
    "alerts",
    "policies",
    "tombstones",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(PlaceTranslations::Table)
                .add_column(ColumnDef::new(PlaceTranslations::HoursNote).text().null())
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(PlaceTranslations::Table)
                .add_column(ColumnDef::new(PlaceTranslations::Origin).string().null())
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(CatalogueVersion::Table)
                .col(
                    ColumnDef::new(CatalogueVersion::Id)
                        .integer()
                        .not_null()
                        .primary_key(),
                )
                .col(
                    ColumnDef::new(CatalogueVersion::Version)
                        .big_integer()
                        .not_null(),
                )
                .to_owned(),
        )
        .await?;
        m.exec_stmt(
            Query::insert()
                .into_table(CatalogueVersion::Table)
                .columns([CatalogueVersion::Id, CatalogueVersion::Version])
                .values_panic([1.into(), 1.into()])
                .to_owned(),
        )
        .await?;
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION catalogue_bump() RETURNS trigger AS $$
                     BEGIN UPDATE catalogue_version SET version = version + 1 WHERE id = 1; RETURN NULL; END
                     $$ LANGUAGE plpgsql",
                )
                .await?;
                for table in CATALOGUE_TABLES {
                    db.execute_unprepared(&format!(
                        "CREATE CONSTRAINT TRIGGER catalogue_bump_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
                         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION catalogue_bump()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in CATALOGUE_TABLES {
                    for op in ["INSERT", "UPDATE", "DELETE"] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER catalogue_bump_{table}_{} AFTER {op} ON {table}
                             BEGIN UPDATE catalogue_version SET version = version + 1 WHERE id = 1; END",
                            op.to_lowercase()
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        let db = m.get_connection();
        match m.get_database_backend() {
            DatabaseBackend::Postgres => {
                for table in CATALOGUE_TABLES {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS catalogue_bump_{table} ON {table}"
                    ))
                    .await?;
                }
                db.execute_unprepared("DROP FUNCTION IF EXISTS catalogue_bump()")
                    .await?;
            }
            _ => {
                for table in CATALOGUE_TABLES {
                    for op in ["insert", "update", "delete"] {
                        db.execute_unprepared(&format!(
                            "DROP TRIGGER IF EXISTS catalogue_bump_{table}_{op}"
                        ))
                        .await?;
                    }
                }
            }
        }
        m.drop_table(Table::drop().table(CatalogueVersion::Table).to_owned())
            .await?;
        for column in [PlaceTranslations::HoursNote, PlaceTranslations::Origin] {
            m.alter_table(
                Table::alter()
                    .table(PlaceTranslations::Table)
                    .drop_column(column)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum PlaceTranslations {
    Table,
    HoursNote,
    Origin,
}

#[derive(DeriveIden)]
enum CatalogueVersion {
    Table,
    Id,
    Version,
}

//! Indexes for the place list as it is actually queried (measured with
//! `cargo xtask bench read`, see docs/PERFORMANCE.md).
//!
//! - `idx_places_status` goes: nearly every row is `published`, yet SQLite (without
//!   ANALYZE statistics) preferred it to the kind and coordinate indexes and scanned the
//!   whole table for every `near=` query.
//! - `(kind, lat)` serves the most common visitor query, "restaurants near me": equality
//!   on kind, then a latitude range.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Places {
    Table,
    Kind,
    Lat,
    Status,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("idx_places_status")
                .table(Places::Table)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_places_kind_lat")
                .table(Places::Table)
                .col(Places::Kind)
                .col(Places::Lat)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_index(
            Index::drop()
                .name("idx_places_kind_lat")
                .table(Places::Table)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_places_status")
                .table(Places::Table)
                .col(Places::Status)
                .to_owned(),
        )
        .await
    }
}

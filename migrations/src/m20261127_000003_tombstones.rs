//! Tombstones for the app's offline sync (`GET /v1/sync?since=`, DESIGN.md "API contract"):
//! one row per catalogue item that was deleted, so that a delta can tell a phone to drop
//! it. Unpublished items need no row: their own `updated_at` and `status` say it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Tombstones::Table)
                // `place`, `zone`, `route`, `event`, `alert` or `policy`.
                .col(string(Tombstones::Entity))
                .col(string(Tombstones::Id))
                .col(timestamp_with_time_zone(Tombstones::DeletedAt))
                .primary_key(Index::create().col(Tombstones::Entity).col(Tombstones::Id))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_tombstones_deleted_at")
                .table(Tombstones::Table)
                .col(Tombstones::DeletedAt)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Tombstones::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Tombstones {
    Table,
    Entity,
    Id,
    DeletedAt,
}

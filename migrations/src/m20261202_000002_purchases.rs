//! Purchases of the tax-refund tracker kept with a visitor's account, so they reach every
//! phone of the account. The id is made on the phone (a UUID), which makes a repeated
//! upload of the same purchase harmless (`PUT /v1/me/purchases/{id}`).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Purchases {
    Table,
    Id,
    UserId,
    Store,
    Date,
    AmountCny,
    VatRate,
    Instant,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Purchases::Table)
                .col(string(Purchases::Id).primary_key())
                .col(string(Purchases::UserId))
                .col(string(Purchases::Store))
                .col(date(Purchases::Date))
                // A decimal string ("250.00"): money is never a float.
                .col(string(Purchases::AmountCny))
                .col(integer(Purchases::VatRate))
                .col(boolean(Purchases::Instant))
                .col(timestamp_with_time_zone(Purchases::CreatedAt))
                .col(timestamp_with_time_zone(Purchases::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Purchases::Table, Purchases::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_purchases_user")
                .table(Purchases::Table)
                .col(Purchases::UserId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Purchases::Table).to_owned())
            .await
    }
}

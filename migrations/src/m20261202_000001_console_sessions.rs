//! Sessions of the web console (`/console`): a browser signs in once and carries an opaque
//! cookie. Kept in the database, not in process memory, so that every node behind a load
//! balancer knows every session and a sign-out takes effect everywhere at once (DESIGN.md
//! "Scale-out story").
//!
//! The cookie's token is stored as its SHA-256 only (like refresh tokens): a copy of the
//! table does not let anyone sign in. The CSRF token of the session's forms is stored as
//! is, because every page has to print it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ConsoleSessions {
    Table,
    Id,
    TokenHash,
    UserId,
    CsrfToken,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    RevokedAt,
    RevokedReason,
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
                .table(ConsoleSessions::Table)
                .col(string(ConsoleSessions::Id).primary_key())
                .col(string_uniq(ConsoleSessions::TokenHash))
                .col(string(ConsoleSessions::UserId))
                .col(string(ConsoleSessions::CsrfToken))
                .col(timestamp_with_time_zone(ConsoleSessions::CreatedAt))
                .col(timestamp_with_time_zone(ConsoleSessions::LastSeenAt))
                .col(timestamp_with_time_zone(ConsoleSessions::ExpiresAt))
                .col(timestamp_with_time_zone_null(ConsoleSessions::RevokedAt))
                .col(string_null(ConsoleSessions::RevokedReason))
                .foreign_key(
                    ForeignKey::create()
                        .from(ConsoleSessions::Table, ConsoleSessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_console_sessions_user")
                .table(ConsoleSessions::Table)
                .col(ConsoleSessions::UserId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(ConsoleSessions::Table).to_owned())
            .await
    }
}

//! Accounts and the workflows around them: users, sessions with rotating refresh tokens,
//! database-backed rate-limit counters, merchant listing revisions, the staff audit log,
//! and visitors' favourites and saved itineraries.
//!
//! Everything that must hold when several API nodes share one PostgreSQL (rate limits,
//! refresh-token rotation, revocation) lives here rather than in process memory.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // Emails are stored lower-cased, so the unique index is case-insensitive.
        m.create_table(
            Table::create()
                .table(Users::Table)
                .col(string(Users::Id).primary_key())
                .col(string_uniq(Users::Email))
                .col(text(Users::PasswordHash))
                .col(string(Users::Role))
                .col(string_null(Users::DisplayName))
                .col(string(Users::Locale))
                .col(timestamp_with_time_zone(Users::CreatedAt))
                .col(timestamp_with_time_zone(Users::UpdatedAt))
                .to_owned(),
        )
        .await?;

        // A session is one refresh-token family: revoking it ends every token of the family
        // and every access token that names it.
        m.create_table(
            Table::create()
                .table(Sessions::Table)
                .col(string(Sessions::Id).primary_key())
                .col(string(Sessions::UserId))
                .col(timestamp_with_time_zone(Sessions::CreatedAt))
                .col(timestamp_with_time_zone_null(Sessions::RevokedAt))
                .col(string_null(Sessions::RevokedReason))
                .foreign_key(
                    ForeignKey::create()
                        .from(Sessions::Table, Sessions::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_sessions_user")
                .table(Sessions::Table)
                .col(Sessions::UserId)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(RefreshTokens::Table)
                .col(string(RefreshTokens::Id).primary_key())
                .col(string(RefreshTokens::SessionId))
                .col(string_uniq(RefreshTokens::TokenHash))
                .col(timestamp_with_time_zone(RefreshTokens::ExpiresAt))
                .col(timestamp_with_time_zone_null(RefreshTokens::UsedAt))
                .col(timestamp_with_time_zone(RefreshTokens::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(RefreshTokens::Table, RefreshTokens::SessionId)
                        .to(Sessions::Table, Sessions::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_refresh_tokens_session")
                .table(RefreshTokens::Table)
                .col(RefreshTokens::SessionId)
                .to_owned(),
        )
        .await?;

        // Fixed-window counters, one row per bucket ("login:ip:1.2.3.4"); updated with one
        // atomic upsert so that every node sees the same count.
        m.create_table(
            Table::create()
                .table(RateLimits::Table)
                .col(string(RateLimits::Bucket).primary_key())
                .col(big_integer(RateLimits::WindowStart))
                .col(integer(RateLimits::Hits))
                .to_owned(),
        )
        .await?;

        // A merchant's proposed version of a listing (the full listing as JSON). The
        // published `places` row stays live until a curator approves. `open_for` holds the
        // place id while the revision is draft, pending or rejected and NULL once closed:
        // its unique index allows one open revision per place, even across nodes.
        m.create_table(
            Table::create()
                .table(PlaceRevisions::Table)
                .col(string(PlaceRevisions::Id).primary_key())
                .col(string(PlaceRevisions::PlaceId))
                .col(string_null(PlaceRevisions::OpenFor))
                .col(string(PlaceRevisions::AuthorId))
                .col(string(PlaceRevisions::Status))
                .col(integer(PlaceRevisions::Version))
                .col(text(PlaceRevisions::Data))
                .col(string_null(PlaceRevisions::ReasonCode))
                .col(text_null(PlaceRevisions::ReasonNote))
                .col(string_null(PlaceRevisions::DecidedBy))
                .col(timestamp_with_time_zone_null(PlaceRevisions::SubmittedAt))
                .col(timestamp_with_time_zone_null(PlaceRevisions::DecidedAt))
                .col(timestamp_with_time_zone(PlaceRevisions::CreatedAt))
                .col(timestamp_with_time_zone(PlaceRevisions::UpdatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(PlaceRevisions::Table, PlaceRevisions::PlaceId)
                        .to(Places::Table, Places::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_place_revisions_open")
                .table(PlaceRevisions::Table)
                .col(PlaceRevisions::OpenFor)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_place_revisions_place")
                .table(PlaceRevisions::Table)
                .col(PlaceRevisions::PlaceId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_place_revisions_status")
                .table(PlaceRevisions::Table)
                .col(PlaceRevisions::Status)
                .to_owned(),
        )
        .await?;

        // Who did what, when, with the state before and after (JSON). Append-only.
        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(string(AuditLog::Id).primary_key())
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(string(AuditLog::ActorId))
                .col(string(AuditLog::ActorRole))
                .col(string(AuditLog::Action))
                .col(string(AuditLog::TargetType))
                .col(string(AuditLog::TargetId))
                .col(text_null(AuditLog::Before))
                .col(text_null(AuditLog::After))
                .to_owned(),
        )
        .await?;
        for (name, col) in [
            ("idx_audit_actor", AuditLog::ActorId),
            ("idx_audit_action", AuditLog::Action),
            ("idx_audit_target", AuditLog::TargetId),
        ] {
            m.create_index(
                Index::create()
                    .name(name)
                    .table(AuditLog::Table)
                    .col(col)
                    .to_owned(),
            )
            .await?;
        }

        m.create_table(
            Table::create()
                .table(Favorites::Table)
                .col(string(Favorites::UserId))
                .col(string(Favorites::PlaceId))
                .col(timestamp_with_time_zone(Favorites::CreatedAt))
                .primary_key(
                    Index::create()
                        .col(Favorites::UserId)
                        .col(Favorites::PlaceId),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Favorites::Table, Favorites::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .foreign_key(
                    ForeignKey::create()
                        .from(Favorites::Table, Favorites::PlaceId)
                        .to(Places::Table, Places::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(SavedItineraries::Table)
                .col(string(SavedItineraries::Id).primary_key())
                .col(string(SavedItineraries::UserId))
                .col(string(SavedItineraries::Title))
                .col(string(SavedItineraries::Locale))
                .col(text(SavedItineraries::Plan))
                .col(timestamp_with_time_zone(SavedItineraries::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(SavedItineraries::Table, SavedItineraries::UserId)
                        .to(Users::Table, Users::Id)
                        .on_delete(ForeignKeyAction::Cascade),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_saved_itineraries_user")
                .table(SavedItineraries::Table)
                .col(SavedItineraries::UserId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SavedItineraries::Table.into_iden(),
            Favorites::Table.into_iden(),
            AuditLog::Table.into_iden(),
            PlaceRevisions::Table.into_iden(),
            RateLimits::Table.into_iden(),
            RefreshTokens::Table.into_iden(),
            Sessions::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Places {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Users {
    Table,
    Id,
    Email,
    PasswordHash,
    Role,
    DisplayName,
    Locale,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    RevokedAt,
    RevokedReason,
}

#[derive(DeriveIden)]
enum RefreshTokens {
    Table,
    Id,
    SessionId,
    TokenHash,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum RateLimits {
    Table,
    Bucket,
    WindowStart,
    Hits,
}

#[derive(DeriveIden)]
enum PlaceRevisions {
    Table,
    Id,
    PlaceId,
    OpenFor,
    AuthorId,
    Status,
    Version,
    Data,
    ReasonCode,
    ReasonNote,
    DecidedBy,
    SubmittedAt,
    DecidedAt,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    ActorRole,
    Action,
    TargetType,
    TargetId,
    Before,
    After,
}

#[derive(DeriveIden)]
enum Favorites {
    Table,
    UserId,
    PlaceId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum SavedItineraries {
    Table,
    Id,
    UserId,
    Title,
    Locale,
    Plan,
    CreatedAt,
}

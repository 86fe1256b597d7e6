//! Table `refresh_tokens`.

use sea_orm::entity::prelude::*;

/// One opaque refresh token, stored as the SHA-256 of its text. Single use.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "refresh_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub session_id: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    /// Set when the token is exchanged; a second use is reuse (theft) and ends the session.
    pub used_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

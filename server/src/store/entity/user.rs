//! Table `users`.

use sea_orm::entity::prelude::*;

/// One account. `email` is stored lower-cased (unique case-insensitively).
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub email: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// `visitor`, `merchant`, `curator` or `admin`.
    pub role: String,
    pub display_name: Option<String>,
    /// Preferred language (BCP 47), for messages the user reads later (review reasons).
    pub locale: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

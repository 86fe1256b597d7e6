//! Table `alerts`.

use sea_orm::entity::prelude::*;

/// One row of `alerts`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub severity: String,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// JSON array of zone slugs.
    pub zones: String,
    /// JSON array of route slugs.
    pub routes: String,
    /// JSON object `{locale: {title, body}}`.
    pub texts: String,
    pub status: String,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

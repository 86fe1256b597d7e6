//! Table `zones`.

use sea_orm::entity::prelude::*;

/// One row of `zones`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "zones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub tier: String,
    pub name_zh: String,
    /// JSON array of district slugs.
    pub districts: String,
    pub center_lat: Option<f64>,
    pub center_lng: Option<f64>,
    pub center_approximate: bool,
    pub sources: String,
    pub as_of: Option<Date>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

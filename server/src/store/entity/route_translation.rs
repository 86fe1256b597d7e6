//! Table `route_translations`.

use sea_orm::entity::prelude::*;

/// One row of `route_translations`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "route_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub route_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub locale: String,
    pub name: String,
    pub summary: Option<String>,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! Table `place_translations`.

use sea_orm::entity::prelude::*;

use crate::store::column::Wire;

/// One row of `place_translations`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "place_translations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub place_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub locale: String,
    pub name: String,
    pub summary: Option<String>,
    pub address: Option<String>,
    /// Holidays, last entry, seasonal changes the hours do not say.
    pub hours_note: Option<String>,
    /// `official` or `team` (who wrote this text), when recorded.
    pub origin: Option<Wire<guide_domain::TextOrigin>>,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

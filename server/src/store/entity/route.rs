//! Table `routes`.

use sea_orm::entity::prelude::*;

use crate::store::column::{JsonText, Status, Wire};

/// One row of `routes`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "routes")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub theme: Wire<guide_domain::Interest>,
    pub status: Wire<Status>,
    pub sources: JsonText<Vec<guide_domain::Source>>,
    pub as_of: Option<Date>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

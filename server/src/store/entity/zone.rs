//! Table `zones`.

use sea_orm::entity::prelude::*;

use crate::store::column::{JsonText, Wire};

/// One row of `zones`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "zones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub tier: Wire<guide_domain::ZoneTier>,
    pub name_zh: String,
    /// JSON array of district slugs.
    pub districts: JsonText<Vec<guide_domain::District>>,
    pub center_lat: Option<f64>,
    pub center_lng: Option<f64>,
    pub center_approximate: bool,
    pub sources: JsonText<Vec<guide_domain::Source>>,
    pub as_of: Option<Date>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

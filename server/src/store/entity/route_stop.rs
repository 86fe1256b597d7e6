//! Table `route_stops`.

use sea_orm::entity::prelude::*;

use crate::store::column::{JsonText, Wire};

/// One row of `route_stops`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "route_stops")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub route_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    pub place_id: String,
    pub dwell_minutes: i32,
    pub to_next_mode: Option<Wire<guide_domain::TravelMode>>,
    pub to_next_minutes: Option<i32>,
    /// JSON object `{locale: note}`.
    pub to_next_notes: JsonText<std::collections::BTreeMap<guide_domain::Locale, String>>,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

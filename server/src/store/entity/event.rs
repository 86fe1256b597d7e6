//! Table `events`.

use sea_orm::entity::prelude::*;

use crate::store::column::{JsonText, Status, Wire};

/// One row of `events`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: Wire<guide_domain::EventKind>,
    pub starts_on: Date,
    pub ends_on: Date,
    pub place_id: Option<String>,
    /// JSON array of zone slugs.
    pub zones: JsonText<Vec<String>>,
    pub date_confidence: Wire<guide_domain::Confidence>,
    pub status: Wire<Status>,
    pub sources: JsonText<Vec<guide_domain::Source>>,
    pub as_of: Option<Date>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

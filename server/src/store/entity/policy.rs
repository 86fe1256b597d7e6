//! Table `policies`.

use sea_orm::entity::prelude::*;

use crate::store::column::Wire;

/// One row of `policies`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "policies")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub kind: Wire<guide_domain::policy::PolicyKind>,
    #[sea_orm(unique)]
    pub version: String,
    pub effective_from: Date,
    pub effective_to: Option<Date>,
    pub source: String,
    pub as_of: Date,
    pub confidence: Wire<guide_domain::Confidence>,
    /// The policy data as JSON (shape owned by `guide_domain::policy`).
    pub data: String,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

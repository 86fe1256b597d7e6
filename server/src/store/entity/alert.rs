//! Table `alerts`.

use sea_orm::entity::prelude::*;

use crate::store::column::{JsonText, Status, Wire};

/// One row of `alerts`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "alerts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub severity: Wire<guide_domain::Severity>,
    pub starts_at: DateTimeUtc,
    pub ends_at: DateTimeUtc,
    /// JSON array of zone slugs.
    pub zones: JsonText<Vec<String>>,
    /// JSON array of route slugs.
    pub routes: JsonText<Vec<String>>,
    /// JSON object `{locale: {title, body}}`.
    pub texts: JsonText<guide_domain::Texts<guide_domain::catalogue::AlertText>>,
    pub status: Wire<Status>,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

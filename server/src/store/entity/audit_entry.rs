//! Table `audit_log`.

use sea_orm::entity::prelude::*;

/// One staff action or merchant submission.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub at: DateTimeUtc,
    pub actor_id: String,
    pub actor_role: String,
    /// `place.approve`, `route.update`, `user.role`, …
    pub action: String,
    /// `place`, `route`, `event`, `alert`, `user`.
    pub target_type: String,
    pub target_id: String,
    /// JSON of the state before, if any.
    pub before: Option<String>,
    /// JSON of the state after, if any.
    pub after: Option<String>,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

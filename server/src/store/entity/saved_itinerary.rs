//! Table `saved_itineraries`.

use sea_orm::entity::prelude::*;

/// A plan from the planner, stored exactly as the user saw it.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "saved_itineraries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    pub title: String,
    /// Language the plan's texts are in.
    pub locale: String,
    /// `guide_domain::planner::Plan` as JSON.
    pub plan: String,
    pub created_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

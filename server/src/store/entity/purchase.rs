//! Table `purchases`.

use sea_orm::entity::prelude::*;

/// A purchase of a visitor's tax-refund tracker; the id is made on the phone.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "purchases")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub user_id: String,
    /// The store's slug (or a name for a store the guide does not list).
    pub store: String,
    pub date: Date,
    /// Decimal string, VAT included.
    pub amount_cny: String,
    pub vat_rate: i32,
    pub instant: bool,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

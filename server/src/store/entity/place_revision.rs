//! Table `place_revisions`: merchants' proposed listings.

use sea_orm::entity::prelude::*;

/// A proposed full listing (JSON) of a place, with its review state.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "place_revisions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: String,
    pub place_id: String,
    /// The place id while the revision is open (draft, pending, rejected); NULL once
    /// approved or superseded. Unique: one open revision per place.
    pub open_for: Option<String>,
    pub author_id: String,
    /// `draft`, `pending`, `rejected` or `approved`.
    pub status: String,
    /// Bumped on every write; the ETag is built from it (optimistic concurrency).
    pub version: i32,
    /// The listing as JSON (`store::listings::Listing`).
    pub data: String,
    pub reason_code: Option<String>,
    pub reason_note: Option<String>,
    pub decided_by: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub decided_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

/// No navigable relations: queries join explicitly where needed.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

//! Table `place_zones`.

use sea_orm::entity::prelude::*;

/// One row of `place_zones`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "place_zones")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub place_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub zone_id: String,
}

/// A link row belongs to its zone (used to read zone slugs with one join).
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    /// The linked zone.
    #[sea_orm(
        belongs_to = "super::zone::Entity",
        from = "Column::ZoneId",
        to = "super::zone::Column::Id"
    )]
    Zone,
}

impl Related<super::zone::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Zone.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}

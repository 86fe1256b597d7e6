//! Deletions for `GET /v1/sync` (the app's offline bundle): a catalogue item that is
//! deleted leaves a row in `tombstones`, so that a delta can tell a phone to drop it.
//! Unpublished items need none: their own `status` and `updated_at` say it.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set, sea_query::OnConflict};

/// The `tombstones` table (migration `m20261127_000003_tombstones`).
pub mod tombstone {
    use sea_orm::entity::prelude::*;

    /// One deleted catalogue item.
    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "tombstones")]
    pub struct Model {
        /// `place`, `zone`, `route`, `event`, `alert` or `policy`.
        #[sea_orm(primary_key, auto_increment = false)]
        pub entity: String,
        /// The id the item had.
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// When it was deleted.
        pub deleted_at: DateTimeUtc,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

/// Records that a catalogue item was deleted, so the next app sync removes it. Call it
/// in the same transaction as the delete. Idempotent: deleting twice keeps the latest time.
pub async fn record_tombstone(
    db: &impl ConnectionTrait,
    entity: &str,
    id: &str,
    at: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = tombstone::ActiveModel {
        entity: Set(entity.to_owned()),
        id: Set(id.to_owned()),
        deleted_at: Set(at),
    };
    tombstone::Entity::insert(row)
        .on_conflict(
            OnConflict::columns([tombstone::Column::Entity, tombstone::Column::Id])
                .update_column(tombstone::Column::DeletedAt)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

//! Queries behind `GET /v1/sync` (the app's offline bundle): every catalogue row changed
//! after a watermark, of any status (an unpublished row becomes a tombstone in the
//! delta), the deletions recorded in `tombstones`, and the newest change overall, which
//! is the next watermark.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Set, sea_query::OnConflict};

use super::PUBLISHED;
use super::entity::{alert, event, place, policy, route, zone};

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
pub async fn record_tombstone(db: &impl ConnectionTrait, entity: &str, id: &str, at: DateTime<Utc>) -> Result<(), DbErr> {
    let row = tombstone::ActiveModel { entity: Set(entity.to_owned()), id: Set(id.to_owned()), deleted_at: Set(at) };
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

/// Rows changed after `since`; with no `since`, every published row (a full bundle).
#[derive(Debug, Default)]
pub struct Changes {
    /// Places (any status when `since` is given).
    pub places: Vec<place::Model>,
    /// Zones.
    pub zones: Vec<zone::Model>,
    /// Routes (any status when `since` is given).
    pub routes: Vec<route::Model>,
    /// Events (any status when `since` is given).
    pub events: Vec<event::Model>,
    /// Alerts (any status when `since` is given).
    pub alerts: Vec<alert::Model>,
    /// Every policy version changed (all kinds).
    pub policies: Vec<policy::Model>,
    /// Deletions after `since` (none in a full bundle).
    pub tombstones: Vec<tombstone::Model>,
}

macro_rules! changed {
    ($db:expr, $module:ident, $since:expr, status) => {{
        let mut q = $module::Entity::find();
        q = match $since {
            Some(since) => q.filter($module::Column::UpdatedAt.gt(since)),
            None => q.filter($module::Column::Status.eq(PUBLISHED)),
        };
        q.order_by_asc($module::Column::Id).all($db).await?
    }};
    ($db:expr, $module:ident, $since:expr) => {{
        let mut q = $module::Entity::find();
        if let Some(since) = $since {
            q = q.filter($module::Column::UpdatedAt.gt(since));
        }
        q.order_by_asc($module::Column::Id).all($db).await?
    }};
}

/// Everything changed after `since` (or the full published catalogue).
pub async fn changes(db: &impl ConnectionTrait, since: Option<DateTime<Utc>>) -> Result<Changes, DbErr> {
    let tombstones = match since {
        Some(since) => {
            tombstone::Entity::find()
                .filter(tombstone::Column::DeletedAt.gt(since))
                .order_by_asc(tombstone::Column::Entity)
                .order_by_asc(tombstone::Column::Id)
                .all(db)
                .await?
        }
        None => Vec::new(),
    };
    Ok(Changes {
        places: changed!(db, place, since, status),
        zones: changed!(db, zone, since),
        routes: changed!(db, route, since, status),
        events: changed!(db, event, since, status),
        alerts: changed!(db, alert, since, status),
        policies: changed!(db, policy, since),
        tombstones,
    })
}

macro_rules! newest {
    ($db:expr, $module:ident) => {
        $module::Entity::find().order_by_desc($module::Column::UpdatedAt).one($db).await?.map(|r| r.updated_at)
    };
}

/// The time of the newest change in the catalogue (any row, any status, any deletion):
/// the watermark a client sends back as `since`. `None` for an empty catalogue.
pub async fn watermark(db: &impl ConnectionTrait) -> Result<Option<DateTime<Utc>>, DbErr> {
    let deleted = tombstone::Entity::find()
        .order_by_desc(tombstone::Column::DeletedAt)
        .one(db)
        .await?
        .map(|t| t.deleted_at);
    Ok([
        newest!(db, place),
        newest!(db, zone),
        newest!(db, route),
        newest!(db, event),
        newest!(db, alert),
        newest!(db, policy),
        deleted,
    ]
    .into_iter()
    .flatten()
    .max())
}

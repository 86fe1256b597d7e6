//! Visitors' own data: favourite places and saved itineraries. Every query takes the
//! owner's id, so one user's ids never reach another's rows.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{favorite, saved_itinerary};

/// Adds a favourite (idempotent).
pub async fn add_favorite(
    db: &impl ConnectionTrait,
    user: &str,
    place: &str,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let exists = favorite::Entity::find_by_id((user.to_owned(), place.to_owned()))
        .one(db)
        .await?
        .is_some();
    if !exists {
        favorite::Model {
            user_id: user.to_owned(),
            place_id: place.to_owned(),
            created_at: now,
        }
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Removes a favourite; returns whether it existed.
pub async fn remove_favorite(
    db: &impl ConnectionTrait,
    user: &str,
    place: &str,
) -> Result<bool, DbErr> {
    let result = favorite::Entity::delete_many()
        .filter(favorite::Column::UserId.eq(user))
        .filter(favorite::Column::PlaceId.eq(place))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A user's favourites, newest first, after `before` (place id cursor on created order).
pub async fn favorites(
    db: &impl ConnectionTrait,
    user: &str,
    offset: u64,
    limit: u64,
) -> Result<Vec<favorite::Model>, DbErr> {
    favorite::Entity::find()
        .filter(favorite::Column::UserId.eq(user))
        .order_by_desc(favorite::Column::CreatedAt)
        .order_by_asc(favorite::Column::PlaceId)
        .offset(offset)
        .limit(limit)
        .all(db)
        .await
}

/// Saves an itinerary.
pub async fn save_itinerary(
    db: &impl ConnectionTrait,
    row: saved_itinerary::Model,
) -> Result<(), DbErr> {
    row.into_active_model().reset_all().insert(db).await?;
    Ok(())
}

/// A user's itinerary by id (another user's id finds nothing).
pub async fn itinerary(
    db: &impl ConnectionTrait,
    user: &str,
    id: &str,
) -> Result<Option<saved_itinerary::Model>, DbErr> {
    saved_itinerary::Entity::find()
        .filter(saved_itinerary::Column::Id.eq(id))
        .filter(saved_itinerary::Column::UserId.eq(user))
        .one(db)
        .await
}

/// A user's itineraries, newest first, before the keyset cursor.
pub async fn itineraries(
    db: &impl ConnectionTrait,
    user: &str,
    before_id: Option<&str>,
    limit: u64,
) -> Result<Vec<saved_itinerary::Model>, DbErr> {
    let mut q = saved_itinerary::Entity::find().filter(saved_itinerary::Column::UserId.eq(user));
    if let Some(id) = before_id {
        q = q.filter(saved_itinerary::Column::Id.lt(id));
    }
    q.order_by_desc(saved_itinerary::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Deletes a user's itinerary; returns whether it existed.
pub async fn delete_itinerary(
    db: &impl ConnectionTrait,
    user: &str,
    id: &str,
) -> Result<bool, DbErr> {
    let result = saved_itinerary::Entity::delete_many()
        .filter(saved_itinerary::Column::Id.eq(id))
        .filter(saved_itinerary::Column::UserId.eq(user))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

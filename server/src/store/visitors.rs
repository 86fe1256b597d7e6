//! Visitors' own data: favourite places, saved itineraries and tax-refund purchases. Every
//! query takes the owner's id, so one user's ids never reach another's rows.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, QueryOrder, QuerySelect,
};

use super::entity::{favorite, purchase, saved_itinerary};

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

/// Saves an itinerary under a phone-made id (see [`put_purchase`] for the outcomes); an
/// account keeps at most `max`.
pub async fn put_itinerary(
    db: &impl ConnectionTrait,
    row: saved_itinerary::Model,
    max: u64,
) -> Result<Stored, DbErr> {
    use sea_orm::PaginatorTrait;
    match saved_itinerary::Entity::find_by_id(row.id.clone())
        .one(db)
        .await?
    {
        Some(existing) if existing.user_id != row.user_id => Ok(Stored::Foreign),
        Some(existing) => {
            saved_itinerary::Model {
                created_at: existing.created_at,
                ..row
            }
            .into_active_model()
            .reset_all()
            .update(db)
            .await?;
            Ok(Stored::Replaced)
        }
        None if saved_itinerary::Entity::find()
            .filter(saved_itinerary::Column::UserId.eq(row.user_id.as_str()))
            .count(db)
            .await?
            >= max =>
        {
            Ok(Stored::Full)
        }
        None => {
            row.into_active_model().reset_all().insert(db).await?;
            Ok(Stored::Created)
        }
    }
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

/// What storing a purchase did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stored {
    /// A new purchase.
    Created,
    /// The same id again, from its owner: replaced (a repeated upload changes nothing).
    Replaced,
    /// The id belongs to another account: nothing written.
    Foreign,
    /// A new purchase, but the account already keeps `max`: nothing written.
    Full,
}

/// Stores a purchase under its phone-made id; an account keeps at most `max`.
pub async fn put_purchase(
    db: &impl ConnectionTrait,
    row: purchase::Model,
    max: u64,
) -> Result<Stored, DbErr> {
    match purchase::Entity::find_by_id(row.id.clone()).one(db).await? {
        Some(existing) if existing.user_id != row.user_id => Ok(Stored::Foreign),
        Some(existing) => {
            purchase::Model {
                created_at: existing.created_at,
                ..row
            }
            .into_active_model()
            .reset_all()
            .update(db)
            .await?;
            Ok(Stored::Replaced)
        }
        None if purchase_count(db, &row.user_id).await? >= max => Ok(Stored::Full),
        None => {
            row.into_active_model().reset_all().insert(db).await?;
            Ok(Stored::Created)
        }
    }
}

/// A user's purchases by id (creation order, ids being UUIDv7 or v4), after `after_id`.
pub async fn purchases(
    db: &impl ConnectionTrait,
    user: &str,
    after_id: Option<&str>,
    limit: u64,
) -> Result<Vec<purchase::Model>, DbErr> {
    let mut q = purchase::Entity::find().filter(purchase::Column::UserId.eq(user));
    if let Some(id) = after_id {
        q = q.filter(purchase::Column::Id.gt(id));
    }
    q.order_by_asc(purchase::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// How many purchases a user keeps.
pub async fn purchase_count(db: &impl ConnectionTrait, user: &str) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    purchase::Entity::find()
        .filter(purchase::Column::UserId.eq(user))
        .count(db)
        .await
}

/// Deletes a user's purchase; returns whether it existed.
pub async fn delete_purchase(
    db: &impl ConnectionTrait,
    user: &str,
    id: &str,
) -> Result<bool, DbErr> {
    let result = purchase::Entity::delete_many()
        .filter(purchase::Column::Id.eq(id))
        .filter(purchase::Column::UserId.eq(user))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

//! Users, sessions and refresh tokens. Every step that must hold across API nodes is one
//! conditional SQL statement (claiming a refresh token, revoking a session), so two nodes
//! on one PostgreSQL can never both succeed.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbBackend, DbErr, EntityTrait,
    IntoActiveModel, QueryFilter, Statement,
};

use super::entity::{refresh_token, session, user};

/// A new UUIDv7 id as text.
pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Inserts a user. A duplicate email fails with a unique violation (see `Error::on_unique`).
pub async fn insert_user(
    db: &impl ConnectionTrait,
    user: user::Model,
) -> Result<user::Model, DbErr> {
    user.clone()
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    Ok(user)
}

/// A user by (lower-cased) email.
pub async fn user_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await
}

/// A user by id.
pub async fn user_by_id(db: &impl ConnectionTrait, id: &str) -> Result<Option<user::Model>, DbErr> {
    user::Entity::find_by_id(id.to_owned()).one(db).await
}

/// Users by id, in one query.
pub async fn users_by_ids(
    db: &impl ConnectionTrait,
    ids: &[String],
) -> Result<Vec<user::Model>, DbErr> {
    user::Entity::find()
        .filter(user::Column::Id.is_in(ids.iter().map(String::as_str)))
        .all(db)
        .await
}

/// What [`set_role`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    /// The role is now the one asked for.
    Changed,
    /// No user has this id.
    NotFound,
    /// Refused: the user is the last admin, and there must always be one.
    LastAdmin,
}

/// Changes a user's role, keeping the invariant that at least one admin exists: demoting
/// the last admin (themself included) is refused. Run it in a transaction.
///
/// The check is part of the `UPDATE` itself; on PostgreSQL the admin rows are locked
/// first (`FOR UPDATE`), so two admins demoting each other at once cannot both succeed
/// (each `UPDATE` would otherwise count the other as still an admin). SQLite runs one
/// writer at a time, so its single statement is already serialised.
pub async fn set_role(
    db: &impl ConnectionTrait,
    id: &str,
    role: &str,
    now: DateTime<Utc>,
) -> Result<RoleChange, DbErr> {
    let backend = db.get_database_backend();
    if backend == DbBackend::Postgres {
        db.execute_raw(Statement::from_string(
            backend,
            "SELECT id FROM users WHERE role = 'admin' FOR UPDATE",
        ))
        .await?;
    }
    let mut update = user::Entity::update_many()
        .col_expr(user::Column::Role, Expr::value(role))
        .col_expr(user::Column::UpdatedAt, Expr::value(now))
        .filter(user::Column::Id.eq(id));
    if role != "admin" {
        update = update.filter(Condition::any().add(user::Column::Role.ne("admin")).add(
            Expr::cust("(SELECT COUNT(*) FROM users AS admins WHERE admins.role = 'admin') > 1"),
        ));
    }
    let result = update.exec(db).await?;
    if result.rows_affected == 1 {
        return Ok(RoleChange::Changed);
    }
    Ok(match user_by_id(db, id).await? {
        Some(_) => RoleChange::LastAdmin,
        None => RoleChange::NotFound,
    })
}

/// Starts a session (a refresh-token family) with its first token.
pub async fn start_session(
    db: &impl ConnectionTrait,
    user_id: &str,
    token_hash: String,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<session::Model, DbErr> {
    let session = session::Model {
        id: new_id(),
        user_id: user_id.to_owned(),
        created_at: now,
        revoked_at: None,
        revoked_reason: None,
    };
    session
        .clone()
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    add_token(db, &session.id, token_hash, expires_at, now).await?;
    Ok(session)
}

/// Adds a token to a session.
pub async fn add_token(
    db: &impl ConnectionTrait,
    session_id: &str,
    token_hash: String,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    refresh_token::Model {
        id: new_id(),
        session_id: session_id.to_owned(),
        token_hash,
        expires_at,
        used_at: None,
        created_at: now,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await?;
    Ok(())
}

/// A refresh token by hash.
pub async fn token_by_hash(
    db: &impl ConnectionTrait,
    hash: &str,
) -> Result<Option<refresh_token::Model>, DbErr> {
    refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(hash))
        .one(db)
        .await
}

/// Marks a token used if, and only if, it was unused: the single statement that makes
/// rotation safe across nodes. `false` means someone used it before (reuse).
pub async fn claim_token(
    db: &impl ConnectionTrait,
    id: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::UsedAt, Expr::value(now))
        .filter(refresh_token::Column::Id.eq(id))
        .filter(refresh_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// A session by id.
pub async fn session(db: &impl ConnectionTrait, id: &str) -> Result<Option<session::Model>, DbErr> {
    session::Entity::find_by_id(id.to_owned()).one(db).await
}

/// Revokes a session (idempotent); returns whether this call revoked it.
pub async fn revoke_session(
    db: &impl ConnectionTrait,
    id: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .col_expr(session::Column::RevokedReason, Expr::value(reason))
        .filter(session::Column::Id.eq(id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes every live session of a user (after a role change or by an admin).
pub async fn revoke_user_sessions(
    db: &impl ConnectionTrait,
    user_id: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = session::Entity::update_many()
        .col_expr(session::Column::RevokedAt, Expr::value(now))
        .col_expr(session::Column::RevokedReason, Expr::value(reason))
        .filter(session::Column::UserId.eq(user_id))
        .filter(session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

/// The user of a live (unrevoked) session: what every authenticated request checks, so
/// a logout or a reuse detected on any node ends the session on every node.
pub async fn live_session_user(
    db: &impl ConnectionTrait,
    session_id: &str,
    user_id: &str,
) -> Result<Option<user::Model>, DbErr> {
    let Some(session) = session(db, session_id).await? else {
        return Ok(None);
    };
    if session.revoked_at.is_some() || session.user_id != user_id {
        return Ok(None);
    }
    user_by_id(db, user_id).await
}

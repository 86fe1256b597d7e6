//! Sessions of the web console (table `console_sessions`): one row per signed-in browser.
//!
//! The browser holds a random token in a cookie; the row holds its SHA-256 (see
//! `auth::token_hash`), the CSRF token printed into the session's forms, and three
//! clocks: an absolute expiry, the last time the session was used (for the idle timeout)
//! and, once signed out, the revocation time. Every check is a read of this table, so a
//! sign-out on one node ends the session on all of them.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter,
};

use super::accounts::{new_id, user_by_id};
use super::entity::user;

/// The `console_sessions` table. (It lives here rather than in `entity/` while that
/// folder is being reworked; it belongs to no other query module.)
pub mod console_session {
    use sea_orm::entity::prelude::*;

    /// One signed-in browser.
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "console_sessions")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: String,
        /// SHA-256 (hex) of the cookie's token; the token itself is never stored.
        #[sea_orm(unique)]
        pub token_hash: String,
        pub user_id: String,
        /// The synchronizer token every form of this session must send back.
        pub csrf_token: String,
        pub created_at: DateTimeUtc,
        /// Last request seen (written at most once a minute), for the idle timeout.
        pub last_seen_at: DateTimeUtc,
        /// Absolute end of the session, however active it is.
        pub expires_at: DateTimeUtc,
        pub revoked_at: Option<DateTimeUtc>,
        /// `sign_out`.
        pub revoked_reason: Option<String>,
    }

    /// No navigable relations: queries join explicitly where needed.
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

pub use console_session::Model as ConsoleSession;

/// How long a session lasts and how long it may sit unused.
#[derive(Debug, Clone, Copy)]
pub struct Lifetimes {
    /// From sign-in to the forced end.
    pub absolute: Duration,
    /// Without a request for this long, the session ends.
    pub idle: Duration,
}

/// Starts a session for `user_id`. `token_hash` is the hash of the cookie's token.
pub async fn start(
    db: &impl ConnectionTrait,
    user_id: &str,
    token_hash: String,
    csrf_token: String,
    lifetimes: Lifetimes,
    now: DateTime<Utc>,
) -> Result<ConsoleSession, DbErr> {
    let row = ConsoleSession {
        id: new_id(),
        token_hash,
        user_id: user_id.to_owned(),
        csrf_token,
        created_at: now,
        last_seen_at: now,
        expires_at: now + lifetimes.absolute,
        revoked_at: None,
        revoked_reason: None,
    };
    row.clone()
        .into_active_model()
        .reset_all()
        .insert(db)
        .await?;
    Ok(row)
}

/// The live session with this token hash and its user: not revoked, not past its
/// absolute expiry, used within the idle timeout, and the user still exists. Anything
/// else is `None`, for whatever reason.
pub async fn live(
    db: &impl ConnectionTrait,
    token_hash: &str,
    idle: Duration,
    now: DateTime<Utc>,
) -> Result<Option<(ConsoleSession, user::Model)>, DbErr> {
    let Some(session) = console_session::Entity::find()
        .filter(console_session::Column::TokenHash.eq(token_hash))
        .filter(console_session::Column::RevokedAt.is_null())
        .filter(console_session::Column::ExpiresAt.gt(now))
        .filter(console_session::Column::LastSeenAt.gt(now - idle))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(user_by_id(db, &session.user_id)
        .await?
        .map(|u| (session, u)))
}

/// Records that a session was used now, if it was last recorded more than a minute ago:
/// the idle clock needs no finer grain, and most requests then write nothing.
pub async fn touch(
    db: &impl ConnectionTrait,
    session: &ConsoleSession,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if now - session.last_seen_at < Duration::minutes(1) {
        return Ok(());
    }
    console_session::Entity::update_many()
        .col_expr(console_session::Column::LastSeenAt, Expr::value(now))
        .filter(console_session::Column::Id.eq(session.id.as_str()))
        .exec(db)
        .await?;
    Ok(())
}

/// Revokes a session (idempotent); returns whether this call revoked it.
pub async fn revoke(
    db: &impl ConnectionTrait,
    id: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = console_session::Entity::update_many()
        .col_expr(console_session::Column::RevokedAt, Expr::value(now))
        .col_expr(console_session::Column::RevokedReason, Expr::value(reason))
        .filter(console_session::Column::Id.eq(id))
        .filter(console_session::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Deletes a user's sessions that have passed their absolute expiry (revoked or not):
/// housekeeping at each sign-in, so the table holds at most the live sessions of each
/// user plus the ones that ended since their last sign-in.
pub async fn purge_expired(
    db: &impl ConnectionTrait,
    user_id: &str,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = console_session::Entity::delete_many()
        .filter(console_session::Column::UserId.eq(user_id))
        .filter(console_session::Column::ExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(result.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{accounts, connect, migrate};

    async fn db_with_user() -> (sea_orm::DatabaseConnection, user::Model) {
        let db = connect("sqlite::memory:").await.unwrap();
        migrate(&db).await.unwrap();
        let now = Utc::now();
        let user = user::Model {
            id: new_id(),
            email: "owner@example.com".into(),
            password_hash: "not-a-real-hash".into(),
            role: "merchant".into(),
            display_name: None,
            locale: "en".into(),
            created_at: now,
            updated_at: now,
        };
        (db.clone(), accounts::insert_user(&db, user).await.unwrap())
    }

    const LIFE: Lifetimes = Lifetimes {
        absolute: Duration::hours(12),
        idle: Duration::hours(2),
    };

    #[tokio::test]
    async fn a_session_lives_until_revoked_idle_or_expired() {
        let (db, user) = db_with_user().await;
        let t0 = Utc::now();
        let s = start(&db, &user.id, "h1".into(), "c1".into(), LIFE, t0)
            .await
            .unwrap();
        let (found, owner) = live(&db, "h1", LIFE.idle, t0)
            .await
            .unwrap()
            .expect("live right after sign-in");
        assert_eq!(
            (found.id.as_str(), owner.id.as_str()),
            (s.id.as_str(), user.id.as_str())
        );
        assert!(
            live(&db, "other", LIFE.idle, t0).await.unwrap().is_none(),
            "unknown token"
        );

        // Idle for longer than the idle timeout: over.
        assert!(
            live(&db, "h1", LIFE.idle, t0 + Duration::hours(3))
                .await
                .unwrap()
                .is_none()
        );
        // Used an hour in, it lasts another idle period from then; never past the absolute end.
        touch(&db, &s, t0 + Duration::hours(1)).await.unwrap();
        assert!(
            live(
                &db,
                "h1",
                LIFE.idle,
                t0 + Duration::hours(2) + Duration::minutes(30)
            )
            .await
            .unwrap()
            .is_some()
        );
        assert!(
            live(&db, "h1", Duration::days(30), t0 + Duration::hours(13))
                .await
                .unwrap()
                .is_none()
        );

        assert!(revoke(&db, &s.id, "sign_out", t0).await.unwrap());
        assert!(
            !revoke(&db, &s.id, "sign_out", t0).await.unwrap(),
            "revoking twice changes nothing"
        );
        assert!(
            live(&db, "h1", LIFE.idle, t0).await.unwrap().is_none(),
            "revoked"
        );
    }

    #[tokio::test]
    async fn only_expired_sessions_of_the_user_are_purged() {
        let (db, user) = db_with_user().await;
        let t0 = Utc::now();
        start(
            &db,
            &user.id,
            "old".into(),
            "c".into(),
            LIFE,
            t0 - Duration::days(2),
        )
        .await
        .unwrap();
        start(&db, &user.id, "new".into(), "c".into(), LIFE, t0)
            .await
            .unwrap();
        assert_eq!(purge_expired(&db, &user.id, t0).await.unwrap(), 1);
        assert!(live(&db, "new", LIFE.idle, t0).await.unwrap().is_some());
    }
}

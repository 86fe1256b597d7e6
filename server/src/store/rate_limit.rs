//! Fixed-window rate-limit counters in the database.
//!
//! Why not (only) an in-memory limiter such as tower_governor: its buckets live in one
//! process, so N API nodes behind a load balancer would allow N times the limit and a
//! restart would forget everything. One atomic `INSERT … ON CONFLICT DO UPDATE …
//! RETURNING` per attempt keeps a single count per bucket that every node shares, on
//! SQLite and PostgreSQL alike.

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, DbErr, Statement};

/// The outcome of counting one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the limit.
    Allowed,
    /// Over the limit: retry after this many seconds.
    Limited {
        /// Seconds until the window resets (at least 1).
        retry_after: u64,
    },
}

/// Counts one attempt in `bucket` and says whether it is within `max` per `window_secs`.
pub async fn hit(
    db: &impl ConnectionTrait,
    bucket: &str,
    max: u32,
    window_secs: u64,
    now: DateTime<Utc>,
) -> Result<Verdict, DbErr> {
    let window = window_secs.max(1) as i64;
    let now_s = now.timestamp();
    let start = now_s - now_s.rem_euclid(window);
    // The SET expressions see the row before the update on both engines, so the counter
    // restarts at 1 when the stored window is an older one.
    let sql = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) \
               ON CONFLICT (bucket) DO UPDATE SET \
               hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END, \
               window_start = excluded.window_start \
               RETURNING hits";
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => sql.replacen('?', "$1", 1).replacen('?', "$2", 1),
        _ => sql.to_owned(),
    };
    let row = db
        .query_one_raw(Statement::from_sql_and_values(backend, sql, [bucket.into(), start.into()]))
        .await?
        .ok_or_else(|| DbErr::Custom("rate-limit upsert returned no row".into()))?;
    let hits: i32 = row.try_get("", "hits")?;
    if hits as i64 <= max as i64 {
        Ok(Verdict::Allowed)
    } else {
        Ok(Verdict::Limited { retry_after: (start + window - now_s).max(1) as u64 })
    }
}

/// Forgets counters of windows that ended long ago (housekeeping; optional).
pub async fn purge(db: &impl ConnectionTrait, older_than: DateTime<Utc>) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_limits WHERE window_start < $1",
        _ => "DELETE FROM rate_limits WHERE window_start < ?",
    };
    let result = db.execute_raw(Statement::from_sql_and_values(backend, sql, [older_than.timestamp().into()])).await?;
    Ok(result.rows_affected())
}

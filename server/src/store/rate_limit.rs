//! Rate-limit counters in the database: fixed windows ([`hit`], for registrations) and
//! exponential back-off after consecutive failures ([`blocked`], [`record_failure`],
//! [`clear`], for sign-in).
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
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [bucket.into(), start.into()],
        ))
        .await?
        .ok_or_else(|| DbErr::Custom("rate-limit upsert returned no row".into()))?;
    let hits: i32 = row.try_get("", "hits")?;
    if hits as i64 <= max as i64 {
        Ok(Verdict::Allowed)
    } else {
        Ok(Verdict::Limited {
            retry_after: (start + window - now_s).max(1) as u64,
        })
    }
}

/// How long a bucket is blocked after its `failures`-th consecutive failure: nothing for
/// the first `free - 1`, then 1 s, 2 s, 4 s, … doubling up to `max_secs`.
pub fn backoff_secs(failures: u32, free: u32, max_secs: u64) -> u64 {
    if failures < free.max(1) {
        return 0;
    }
    let doublings = (failures - free.max(1)).min(62);
    (1u64 << doublings).min(max_secs)
}

/// In back-off buckets, `window_start` holds the Unix time in *milliseconds* until which
/// the bucket is blocked (the time of its last failure when it is not blocked) and `hits`
/// the number of consecutive failures. (Whole seconds would turn a 1 s back-off into
/// anything from 0 to 1 s.)
///
/// The longest wait, in seconds, among the `buckets` still blocked at `now`.
pub async fn blocked(
    db: &impl ConnectionTrait,
    buckets: &[&str],
    now: DateTime<Utc>,
) -> Result<Option<u64>, DbErr> {
    let backend = db.get_database_backend();
    let mut longest = None;
    for bucket in buckets {
        let sql = match backend {
            DbBackend::Postgres => "SELECT window_start FROM rate_limits WHERE bucket = $1",
            _ => "SELECT window_start FROM rate_limits WHERE bucket = ?",
        };
        let row = db
            .query_one_raw(Statement::from_sql_and_values(
                backend,
                sql,
                [(*bucket).into()],
            ))
            .await?;
        if let Some(row) = row {
            let until: i64 = row.try_get("", "window_start")?;
            let wait_ms = until - now.timestamp_millis();
            if wait_ms > 0 {
                // Retry-After is in whole seconds: round up, never tell a client "0".
                longest = longest.max(Some((wait_ms as u64).div_ceil(1000)));
            }
        }
    }
    Ok(longest)
}

/// Counts one failure in a back-off bucket and blocks it for [`backoff_secs`]. Failures
/// older than `forget_secs` (counted from the end of the last block) are forgotten.
/// Returns the number of consecutive failures.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    bucket: &str,
    free: u32,
    max_backoff_secs: u64,
    forget_secs: u64,
    now: DateTime<Utc>,
) -> Result<u32, DbErr> {
    let backend = db.get_database_backend();
    let now_ms = now.timestamp_millis();
    // One atomic statement counts the failure (two nodes never lose one); a second one
    // only ever extends the block, so concurrent failures cannot shorten each other's.
    let count = "INSERT INTO rate_limits (bucket, window_start, hits) VALUES (?, ?, 1) \
                 ON CONFLICT (bucket) DO UPDATE SET \
                 hits = CASE WHEN rate_limits.window_start + ? < excluded.window_start THEN 1 ELSE rate_limits.hits + 1 END, \
                 window_start = CASE WHEN rate_limits.window_start > excluded.window_start \
                 THEN rate_limits.window_start ELSE excluded.window_start END \
                 RETURNING hits";
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            numbered(backend, count),
            [
                bucket.into(),
                now_ms.into(),
                (forget_secs as i64 * 1000).into(),
            ],
        ))
        .await?
        .ok_or_else(|| DbErr::Custom("rate-limit upsert returned no row".into()))?;
    let failures: i32 = row.try_get("", "hits")?;
    let failures = failures.max(1) as u32;
    let wait = backoff_secs(failures, free, max_backoff_secs);
    if wait > 0 {
        let until = now_ms + wait as i64 * 1000;
        let extend =
            "UPDATE rate_limits SET window_start = ? WHERE bucket = ? AND window_start < ?";
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            numbered(backend, extend),
            [until.into(), bucket.into(), until.into()],
        ))
        .await?;
    }
    Ok(failures)
}

/// Forgets a back-off bucket (after a success).
pub async fn clear(db: &impl ConnectionTrait, bucket: &str) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let sql = numbered(backend, "DELETE FROM rate_limits WHERE bucket = ?");
    db.execute_raw(Statement::from_sql_and_values(
        backend,
        sql,
        [bucket.into()],
    ))
    .await?;
    Ok(())
}

/// `?` placeholders as PostgreSQL's `$1, $2, …`.
fn numbered(backend: DbBackend, sql: &str) -> String {
    if backend != DbBackend::Postgres {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        if c == '?' {
            n += 1;
            out.push_str(&format!("${n}"));
        } else {
            out.push(c);
        }
    }
    out
}

/// Forgets counters of windows that ended long ago (housekeeping; optional).
pub async fn purge(db: &impl ConnectionTrait, older_than: DateTime<Utc>) -> Result<u64, DbErr> {
    let backend = db.get_database_backend();
    let sql = match backend {
        DbBackend::Postgres => "DELETE FROM rate_limits WHERE window_start < $1",
        _ => "DELETE FROM rate_limits WHERE window_start < ?",
    };
    let result = db
        .execute_raw(Statement::from_sql_and_values(
            backend,
            sql,
            [older_than.timestamp().into()],
        ))
        .await?;
    Ok(result.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_after_the_free_failures_and_stops_at_the_cap() {
        let waits: Vec<u64> = (1..=8).map(|n| backoff_secs(n, 4, 10)).collect();
        assert_eq!(waits, [0, 0, 0, 1, 2, 4, 8, 10]);
        assert_eq!(backoff_secs(u32::MAX, 1, 900), 900);
    }

    #[test]
    fn placeholders_are_numbered_for_postgres() {
        assert_eq!(
            numbered(DbBackend::Postgres, "a = ? AND b < ?"),
            "a = $1 AND b < $2"
        );
        assert_eq!(numbered(DbBackend::Sqlite, "a = ?"), "a = ?");
    }
}

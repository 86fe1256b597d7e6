//! Reading the audit log: its filters as query parameters, read once for the API
//! (`GET /v1/staff/audit`) and the console (`/console/audit`), and one page of entries,
//! newest first, with the key of the next page.

use crate::app::AppState;
use crate::error::Result;
use crate::http::extract::{encode_cursor, page};
use crate::http::params::Params;
use crate::store::audit::{self, AuditFilter};
use crate::store::entity::audit_entry;

/// The filters' parameter names, in the order forms show them.
pub const FILTERS: &[&str] = &[
    "actor",
    "action",
    "target_type",
    "target_id",
    "since",
    "until",
];

/// Every parameter the audit log accepts: [`FILTERS`], `limit` and `cursor`.
pub const PARAMS: &[&str] = &[
    "actor",
    "action",
    "target_type",
    "target_id",
    "since",
    "until",
    "limit",
    "cursor",
];

/// Reads the filters, the page size (1–100, `default_limit` when absent) and the cursor;
/// problems are recorded in `p` (each named by its parameter), for `p.finish()`.
pub fn read_filter(p: &mut Params, default_limit: u64) -> (AuditFilter, u64) {
    let limit_given = p.str("limit").is_some();
    let (limit, cursor) = page(p);
    let limit = if limit_given { limit } else { default_limit };
    let filter = AuditFilter {
        actor: p.str("actor").map(str::to_owned),
        action: p.str("action").map(str::to_owned),
        target_type: p.str("target_type").map(str::to_owned),
        target_id: p.str("target_id").map(str::to_owned),
        since: p.time("since").map(|t| t.to_utc()),
        until: p.time("until").map(|t| t.to_utc()),
        before_id: cursor,
    };
    (filter, limit)
}

/// One page of the audit log, newest first.
pub struct AuditPage {
    /// At most the page size.
    pub entries: Vec<audit_entry::Model>,
    /// The `cursor` of the next page, when there is one.
    pub next_cursor: Option<String>,
}

/// The entries matching `filter`, at most `limit`, and the cursor of the rest.
pub async fn find(state: &AppState, filter: &AuditFilter, limit: u64) -> Result<AuditPage> {
    let mut entries = audit::find(&state.db, filter, limit + 1).await?;
    let has_more = entries.len() as u64 > limit;
    entries.truncate(limit as usize);
    let next_cursor = has_more
        .then(|| entries.last().map(|e| encode_cursor(&e.id)))
        .flatten();
    Ok(AuditPage {
        entries,
        next_cursor,
    })
}

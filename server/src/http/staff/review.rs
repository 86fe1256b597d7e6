//! Review of merchant submissions over HTTP: the queue with a field-level diff against
//! what is live, approve and reject (with a reason the merchant reads in their own
//! language). The rules live in `workflow::review`, shared with the console.

use super::*;
use crate::workflow::review as flow;

/// Routes of this module.
pub(super) fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(review_queue))
        .routes(routes!(approve))
        .routes(routes!(reject))
}

/// One changed field of a submission.
#[derive(Serialize, ToSchema)]
struct Change {
    /// Dotted path (`translations.en.name`, `location.lat`).
    field: String,
    #[schema(value_type = Object)]
    before: serde_json::Value,
    #[schema(value_type = Object)]
    after: serde_json::Value,
}

/// A submission waiting for review.
#[derive(Serialize, ToSchema)]
struct QueueItem {
    revision_id: String,
    place_id: String,
    slug: String,
    /// `new` (never published) or `revision` (of a live listing).
    kind: &'static str,
    merchant_id: String,
    merchant_email: Option<String>,
    submitted_at: Option<DateTime<Utc>>,
    /// Pass as `If-Match` to approve or reject exactly this version.
    etag: String,
    /// What differs from the live version (everything, for a new listing).
    changes: Vec<Change>,
    #[schema(value_type = Object)]
    listing: serde_json::Value,
}

/// A page of the review queue.
#[derive(Serialize, ToSchema)]
struct QueuePage {
    items: Vec<QueueItem>,
    next_cursor: Option<String>,
}

/// Submissions and revisions waiting for review, oldest first, each with a diff.
#[utoipa::path(get, path = "/staff/review-queue", tag = "staff", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, description = "1–100, default 20", minimum = 1, maximum = 100), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = QueuePage), (status = 400), (status = 401), (status = 403)))]
async fn review_queue(
    State(state): State<AppState>,
    Staff(_staff): Staff,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<QueuePage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    p.finish()?;
    let mut subs = flow::queue(&state, cursor.as_deref(), limit + 1).await?;
    let has_more = subs.len() as u64 > limit;
    subs.truncate(limit as usize);
    let next_cursor = has_more.then(|| encode_cursor(&subs.last().expect("full page").revision.id));
    let items = subs
        .into_iter()
        .map(|s| QueueItem {
            revision_id: s.revision.id,
            place_id: s.place.id,
            slug: s.place.slug,
            kind: if s.live { "revision" } else { "new" },
            merchant_id: s.revision.author_id,
            merchant_email: s.merchant_email,
            submitted_at: s.revision.submitted_at,
            etag: s.etag,
            changes: s
                .changes
                .into_iter()
                .map(|c| Change {
                    field: c.field,
                    before: c.before,
                    after: c.after,
                })
                .collect(),
            listing: s.proposed.to_value(),
        })
        .collect();
    Ok(axum::Json(QueuePage { items, next_cursor }))
}

/// The result of a decision.
#[derive(Serialize, ToSchema)]
struct DecisionOut {
    place_id: String,
    slug: String,
    /// Public status of the place afterwards.
    status: String,
    /// `approved` or `rejected`.
    decision: &'static str,
    reason_code: Option<String>,
    reason: Option<String>,
}

/// The `If-Match` of a decision, if sent (optional: the queue's etag pins a version).
fn expected(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(axum::http::header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
}

impl From<flow::Decision> for DecisionOut {
    fn from(d: flow::Decision) -> Self {
        DecisionOut {
            place_id: d.place_id,
            slug: d.slug,
            status: d.status.as_str().to_owned(),
            decision: if d.reason_code.is_some() {
                "rejected"
            } else {
                "approved"
            },
            reason: None,
            reason_code: d.reason_code,
        }
    }
}

/// Approve the pending submission of a place: it becomes the live version.
#[utoipa::path(post, path = "/staff/places/{id}/approve", tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = Option<String>, Header, description = "etag from the review queue")),
    responses((status = 200, body = DecisionOut), (status = 403), (status = 404), (status = 409), (status = 412)))]
async fn approve(
    State(state): State<AppState>,
    Staff(user): Staff,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<axum::Json<DecisionOut>> {
    let decision = flow::approve(&state, &user.actor(), &id, expected(&headers)).await?;
    Ok(axum::Json(decision.into()))
}

/// The reason codes of `workflow::listings::REASONS`, for the OpenAPI document (the handler reads
/// the text, so an unknown code gets a 422 that lists these).
#[derive(ToSchema)]
#[schema(rename_all = "snake_case")]
#[allow(dead_code)]
enum RejectReason {
    Incomplete,
    Inaccurate,
    Duplicate,
    NotEligible,
    Inappropriate,
    Other,
}

/// Why a submission is rejected.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct RejectIn {
    /// `incomplete`, `inaccurate`, `duplicate`, `not_eligible`, `inappropriate` or `other`.
    #[schema(value_type = RejectReason)]
    reason: String,
    /// Free text for the merchant (shown as written).
    #[serde(default)]
    note: Option<String>,
}

/// Reject the pending submission of a place, with a reason the merchant reads in their
/// language. A live version stays live.
#[utoipa::path(post, path = "/staff/places/{id}/reject", tag = "staff", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = Option<String>, Header)), request_body = RejectIn,
    responses((status = 200, body = DecisionOut), (status = 403), (status = 404), (status = 409), (status = 412), (status = 422)))]
async fn reject(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Staff(user): Staff,
    Path(id): Path<String>,
    headers: HeaderMap,
    Json(body): Json<RejectIn>,
) -> Result<axum::Json<DecisionOut>> {
    let decision = flow::reject(
        &state,
        &user.actor(),
        &id,
        expected(&headers),
        &body.reason,
        body.note.as_deref(),
    )
    .await?;
    Ok(axum::Json(DecisionOut {
        reason: Some(reason_text(&body.reason, locale)),
        ..decision.into()
    }))
}

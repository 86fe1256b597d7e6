//! Review of merchant submissions: the queue with a field-level diff against what is
//! live, approve and reject (with a reason the merchant reads in their own language).

use super::*;

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

fn flatten(prefix: &str, value: &serde_json::Value, out: &mut BTreeMap<String, serde_json::Value>) {
    match value {
        serde_json::Value::Object(map) if !map.is_empty() => {
            for (k, v) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, v, out);
            }
        }
        other => {
            out.insert(prefix.to_owned(), other.clone());
        }
    }
}

/// Field-by-field differences between two JSON documents.
fn diff(before: &serde_json::Value, after: &serde_json::Value) -> Vec<Change> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", before, &mut a);
    flatten("", after, &mut b);
    let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (
                a.get(k).cloned().unwrap_or_default(),
                b.get(k).cloned().unwrap_or_default(),
            );
            (x != y).then(|| Change {
                field: k.clone(),
                before: x,
                after: y,
            })
        })
        .collect()
}

async fn live_listing(db: &impl ConnectionTrait, place_id: &str) -> Result<Option<Listing>> {
    Ok(listings::place_with_texts(db, place_id)
        .await?
        .filter(|(p, _)| listings::is_published(p))
        .map(|(p, texts)| Listing::from_place(&p, &texts)))
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
    let mut rows = listings::pending(&state.db, cursor.as_deref(), limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    // The page's places, texts and merchants in three queries, not three per row.
    let place_ids: Vec<String> = rows.iter().map(|r| r.place_id.clone()).collect();
    let places = listings::places_with_texts(&state.db, &place_ids).await?;
    let author_ids: Vec<String> = rows.iter().map(|r| r.author_id.clone()).collect();
    let emails: std::collections::HashMap<String, String> =
        store::accounts::users_by_ids(&state.db, &author_ids)
            .await?
            .into_iter()
            .map(|u| (u.id, u.email))
            .collect();
    let mut items = Vec::with_capacity(rows.len());
    for rev in &rows {
        let Some((place, texts)) = places.get(&rev.place_id) else {
            continue;
        };
        let live = listings::is_published(place).then(|| Listing::from_place(place, texts));
        let proposed: serde_json::Value = serde_json::from_str(&rev.data)
            .map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
        let before = live
            .as_ref()
            .map(Listing::to_value)
            .unwrap_or(serde_json::Value::Object(Default::default()));
        items.push(QueueItem {
            revision_id: rev.id.clone(),
            place_id: place.id.clone(),
            slug: place.slug.clone(),
            kind: if live.is_some() { "revision" } else { "new" },
            merchant_id: rev.author_id.clone(),
            merchant_email: emails.get(&rev.author_id).cloned(),
            submitted_at: rev.submitted_at,
            etag: etag_of(place, Some(rev)),
            changes: diff(&before, &proposed),
            listing: proposed,
        });
    }
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
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

/// The pending revision of a place, checked against an optional `If-Match`.
async fn pending_of(
    state: &AppState,
    id: &str,
    headers: &HeaderMap,
) -> Result<(store::entity::place::Model, place_revision::Model)> {
    let not_found = || Error::NotFound {
        what: "place",
        id: id.to_owned(),
    };
    let (place, _) = listings::place_with_texts(&state.db, id)
        .await?
        .ok_or_else(not_found)?;
    let rev = listings::open_revision(&state.db, &place.id)
        .await?
        .filter(|r| r.status == "pending")
        .ok_or_else(|| {
            Error::Conflict(
                Msg::new("error-conflict-state-detail").arg("state", place.status.0.as_str()),
            )
        })?;
    if let Some(expected) = headers
        .get(axum::http::header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        && !matches(expected, &etag_of(&place, Some(&rev)))
    {
        return Err(Error::PreconditionFailed);
    }
    Ok((place, rev))
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
    let (place, rev) = pending_of(&state, &id, &headers).await?;
    let listing: Listing =
        serde_json::from_str(&rev.data).map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
    let before = live_listing(&state.db, &place.id).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(&txn, &rev.id, rev.version, true, None, &user.id, now).await? {
        return Err(Error::PreconditionFailed);
    }
    let row = store::entity::place::Model {
        status: Wire(Status::Published),
        ..listing.apply_to(&place, now)
    };
    listings::replace_place(&txn, row, listing.texts(&place.id)).await?;
    audit::record(
        &txn,
        &user.actor(),
        "place.approve",
        ("place", &place.id),
        before.as_ref().map(Listing::to_value).as_ref(),
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(axum::Json(DecisionOut {
        place_id: place.id,
        slug: place.slug,
        status: Status::Published.as_str().to_owned(),
        decision: "approved",
        reason_code: None,
        reason: None,
    }))
}

/// The reason codes of `merchant::REASONS`, for the OpenAPI document (the handler reads
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
    let mut errors = Vec::new();
    if !REASONS.contains(&body.reason.as_str()) {
        errors.push(FieldError::new(
            "reason",
            "invalid_choice",
            Msg::new("field-invalid-choice")
                .arg("value", body.reason.as_str())
                .arg("accepted", REASONS.join(", ")),
        ));
    }
    let note = body
        .note
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty());
    too_long(&mut errors, "note", note.as_deref().unwrap_or(""), 2000);
    unprocessable(errors)?;
    let (place, rev) = pending_of(&state, &id, &headers).await?;
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(
        &txn,
        &rev.id,
        rev.version,
        false,
        Some((&body.reason, note.as_deref())),
        &user.id,
        now,
    )
    .await?
    {
        return Err(Error::PreconditionFailed);
    }
    let status = if listings::is_published(&place) {
        place.status.0
    } else {
        Status::Rejected
    };
    if status != place.status.0 {
        listings::set_place_status(&txn, &place.id, status, now).await?;
    }
    let after = serde_json::json!({"reason": body.reason, "note": note, "revision": rev.id});
    audit::record(
        &txn,
        &user.actor(),
        "place.reject",
        ("place", &place.id),
        None,
        Some(&after),
        now,
    )
    .await?;
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(axum::Json(DecisionOut {
        place_id: place.id,
        slug: place.slug,
        status: status.as_str().to_owned(),
        decision: "rejected",
        reason: Some(reason_text(&body.reason, locale)),
        reason_code: Some(body.reason),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diffs_name_each_changed_leaf() {
        let before = serde_json::json!({"name_zh": "甲", "location": {"lat": 23.1, "lng": 113.3}, "translations": {"en": {"name": "A"}}});
        let after = serde_json::json!({"name_zh": "甲", "location": {"lat": 23.2, "lng": 113.3}, "translations": {"en": {"name": "A"}, "ja": {"name": "エー"}}});
        let fields: Vec<String> = diff(&before, &after).into_iter().map(|c| c.field).collect();
        assert_eq!(fields, ["location.lat", "translations.ja.name"]);
    }
}

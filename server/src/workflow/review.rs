//! A curator's side of the workflow: the queue of submissions, each with a field-level
//! diff against what is live, and the decision on one (approve: it becomes the live
//! version; reject: with a reason code the merchant reads in their own language, while a
//! live version stays live). A decision names the version it was made on, so a curator
//! never approves something the merchant changed after they looked.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::TransactionTrait;

use super::listings::{REASONS, etag_matches, etag_of};
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::store::audit::{self, Actor};
use crate::store::column::{Status, Wire};
use crate::store::entity::{place, place_revision};
use crate::store::listings::{self, Listing};

/// One changed field of a submission.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// Dotted path (`translations.en.name`, `location.lat`).
    pub field: String,
    /// The live value (`null` when absent).
    pub before: serde_json::Value,
    /// The proposed value (`null` when removed).
    pub after: serde_json::Value,
}

/// A submission waiting for review.
pub struct Submission {
    /// The pending revision.
    pub revision: place_revision::Model,
    /// Its place (any status).
    pub place: place::Model,
    /// Whether a version is live (this is an edit of it), or this is a new listing.
    pub live: bool,
    /// The merchant's email, if the account still exists.
    pub merchant_email: Option<String>,
    /// The version a decision must name.
    pub etag: String,
    /// What differs from the live version (everything, for a new listing).
    pub changes: Vec<Change>,
    /// The proposed listing.
    pub proposed: Listing,
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
        // An empty document (a listing never published) has no fields to compare.
        _ if prefix.is_empty() => {}
        other => {
            out.insert(prefix.to_owned(), other.clone());
        }
    }
}

/// Field-by-field differences between two JSON documents.
pub fn diff(before: &serde_json::Value, after: &serde_json::Value) -> Vec<Change> {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", before, &mut a);
    flatten("", after, &mut b);
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
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

/// Submissions for `revisions` (pending revisions), with their places, diffs and
/// merchants, in three queries for the whole page.
async fn submissions(
    state: &AppState,
    revisions: Vec<place_revision::Model>,
) -> Result<Vec<Submission>> {
    let place_ids: Vec<String> = revisions.iter().map(|r| r.place_id.clone()).collect();
    let mut places = listings::places_with_texts(&state.db, &place_ids).await?;
    let author_ids: Vec<String> = revisions.iter().map(|r| r.author_id.clone()).collect();
    let emails: HashMap<String, String> =
        crate::store::accounts::users_by_ids(&state.db, &author_ids)
            .await?
            .into_iter()
            .map(|u| (u.id, u.email))
            .collect();
    let mut out = Vec::with_capacity(revisions.len());
    for rev in revisions {
        let Some((place, texts)) = places.remove(&rev.place_id) else {
            continue;
        };
        let live = listings::is_published(&place).then(|| Listing::from_place(&place, &texts));
        let proposed: Listing = serde_json::from_str(&rev.data)
            .map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
        let before = live
            .as_ref()
            .map(Listing::to_value)
            .unwrap_or(serde_json::Value::Object(Default::default()));
        out.push(Submission {
            live: live.is_some(),
            merchant_email: emails.get(&rev.author_id).cloned(),
            etag: etag_of(&place, Some(&rev)),
            changes: diff(&before, &proposed.to_value()),
            proposed,
            place,
            revision: rev,
        });
    }
    Ok(out)
}

/// Up to `limit` submissions, oldest first, after the revision `after_id`.
pub async fn queue(
    state: &AppState,
    after_id: Option<&str>,
    limit: u64,
) -> Result<Vec<Submission>> {
    let rows = listings::pending(&state.db, after_id, limit).await?;
    submissions(state, rows).await
}

/// The pending submission of place `id`: [`Error::NotFound`] without such a place,
/// [`Error::Conflict`] when nothing of it waits for review.
pub async fn submission(state: &AppState, id: &str) -> Result<Submission> {
    let (place, rev) = pending_of(state, id).await?;
    drop(place);
    submissions(state, vec![rev])
        .await?
        .pop()
        .ok_or_else(|| Error::NotFound {
            what: "place",
            id: id.to_owned(),
        })
}

async fn pending_of(state: &AppState, id: &str) -> Result<(place::Model, place_revision::Model)> {
    let not_found = || Error::NotFound {
        what: "place",
        id: id.to_owned(),
    };
    if id.len() > 64 {
        return Err(not_found());
    }
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
    Ok((place, rev))
}

/// What a decision did.
pub struct Decision {
    /// The place.
    pub place_id: String,
    /// Its slug.
    pub slug: String,
    /// Its public status afterwards.
    pub status: Status,
    /// The reason code, when rejected.
    pub reason_code: Option<String>,
    /// When it was decided.
    pub at: DateTime<Utc>,
}

/// Approves the pending submission of place `id` (at version `expected`, when given): it
/// becomes the live version, and the in-memory catalogue is refreshed.
pub async fn approve(
    state: &AppState,
    actor: &Actor,
    id: &str,
    expected: Option<&str>,
) -> Result<Decision> {
    let (place, rev) = pending_of(state, id).await?;
    if expected.is_some_and(|e| !etag_matches(e, &etag_of(&place, Some(&rev)))) {
        return Err(Error::PreconditionFailed);
    }
    let listing: Listing =
        serde_json::from_str(&rev.data).map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
    let before = listings::place_with_texts(&state.db, &place.id)
        .await?
        .filter(|(p, _)| listings::is_published(p))
        .map(|(p, texts)| Listing::from_place(&p, &texts));
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(&txn, &rev.id, rev.version, true, None, &actor.id, now).await? {
        return Err(Error::PreconditionFailed);
    }
    let row = place::Model {
        status: Wire(Status::Published),
        ..listing.apply_to(&place, now)
    };
    listings::replace_place(&txn, row, listing.texts(&place.id)).await?;
    audit::record(
        &txn,
        actor,
        "place.approve",
        ("place", &place.id),
        before.as_ref().map(Listing::to_value).as_ref(),
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(Decision {
        place_id: place.id,
        slug: place.slug,
        status: Status::Published,
        reason_code: None,
        at: now,
    })
}

/// The checks of a rejection: a known reason code, a note of at most 2,000 characters
/// (trimmed; empty is none). Field names `reason` and `note`.
pub fn check_rejection(reason: &str, note: Option<&str>) -> Result<Option<String>> {
    let mut errors = Vec::new();
    if !REASONS.contains(&reason) {
        errors.push(FieldError::new(
            "reason",
            "invalid_choice",
            Msg::new("field-invalid-choice")
                .arg("value", reason)
                .arg("accepted", REASONS.join(", ")),
        ));
    }
    let note = note.map(str::trim).filter(|n| !n.is_empty());
    if note.is_some_and(|n| n.chars().count() > 2000) {
        errors.push(FieldError::new(
            "note",
            "too_long",
            Msg::new("field-too-long").arg("max", 2000usize),
        ));
    }
    if errors.is_empty() {
        Ok(note.map(str::to_owned))
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// Rejects the pending submission of place `id` (at version `expected`, when given) with
/// a reason code and an optional note; a live version stays live.
pub async fn reject(
    state: &AppState,
    actor: &Actor,
    id: &str,
    expected: Option<&str>,
    reason: &str,
    note: Option<&str>,
) -> Result<Decision> {
    let note = check_rejection(reason, note)?;
    let (place, rev) = pending_of(state, id).await?;
    if expected.is_some_and(|e| !etag_matches(e, &etag_of(&place, Some(&rev)))) {
        return Err(Error::PreconditionFailed);
    }
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::decide_revision(
        &txn,
        &rev.id,
        rev.version,
        false,
        Some((reason, note.as_deref())),
        &actor.id,
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
    let after = serde_json::json!({"reason": reason, "note": note, "revision": rev.id});
    audit::record(
        &txn,
        actor,
        "place.reject",
        ("place", &place.id),
        None,
        Some(&after),
        now,
    )
    .await?;
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(Decision {
        place_id: place.id,
        slug: place.slug,
        status,
        reason_code: Some(reason.to_owned()),
        at: now,
    })
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
        let new: Vec<String> = diff(&serde_json::json!({}), &after)
            .into_iter()
            .map(|c| c.field)
            .collect();
        assert_eq!(
            new.len(),
            5,
            "every field of a new listing, nothing for the root: {new:?}"
        );
    }

    #[test]
    fn rejections_need_a_known_reason_and_a_short_note() {
        assert_eq!(check_rejection("duplicate", Some("  ")).unwrap(), None);
        assert_eq!(
            check_rejection("other", Some(" see the sign ")).unwrap(),
            Some("see the sign".into())
        );
        let Err(Error::Unprocessable(errors)) = check_rejection("rude", Some(&"x".repeat(2001)))
        else {
            panic!()
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["reason", "note"]);
    }
}

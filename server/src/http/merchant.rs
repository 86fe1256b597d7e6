//! Merchant listings (DESIGN.md "Merchant"): `GET|POST /v1/merchant/places`,
//! `GET|PATCH /v1/merchant/places/{id}` and `POST /v1/merchant/places/{id}/submit`.
//!
//! - A listing is created as a draft (a `places` row that is not public plus an open
//!   revision holding the full listing) and submitted for review.
//! - Editing a published listing writes a *pending revision*; the published version stays
//!   live until a curator approves it.
//! - Writes need `If-Match` with the ETag of the merchant's view (428 without, 412 when
//!   stale); the write itself is conditional, so of two racing writers one gets 412 and
//!   nothing is silently lost.
//! - A merchant only ever sees their own places: another merchant's id is a 404.
//! - The body is the merchant-editable [`Listing`]: staff fields (status, owner,
//!   verification dates, confidence, featured flags, zones) are unknown fields -> 422.

use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use guide_domain::Locale;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::extract::{Merchant, encode_cursor, if_match, page};
use super::params::Params;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;
use crate::store::listings::{self, Listing};
use crate::workflow::listings::{self as workflow, Working, parse_listing, reason_text};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(detail, edit))
        .routes(routes!(submit))
}

/// The current state of a revision.
#[derive(Serialize, ToSchema)]
pub(super) struct RevisionOut {
    pub id: String,
    /// `draft`, `pending` or `rejected`.
    pub status: String,
    pub version: i32,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
}

/// The last review decision.
#[derive(Serialize, ToSchema)]
pub(super) struct ReviewOut {
    /// `approved` or `rejected`.
    pub decision: String,
    pub reason_code: Option<String>,
    /// The reason in the request's language.
    pub reason: Option<String>,
    /// The curator's own words, if any (not translated).
    pub note: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// A listing as its merchant sees it.
#[derive(Serialize, ToSchema)]
pub(super) struct MerchantPlace {
    pub id: String,
    pub slug: String,
    /// Public status: `draft`, `pending`, `published` or `rejected`.
    pub status: String,
    /// Whether a version of this listing is public now.
    pub live: bool,
    /// The working copy: the open revision if any, else the published listing.
    pub listing: Listing,
    /// The open revision (draft, pending or rejected), if any.
    pub revision: Option<RevisionOut>,
    pub review: Option<ReviewOut>,
    /// Send back as `If-Match` when writing.
    pub etag: String,
}

fn view(w: Working, locale: Locale) -> MerchantPlace {
    MerchantPlace {
        etag: w.etag(),
        live: w.live(),
        revision: w.open.as_ref().map(|r| RevisionOut {
            id: r.id.clone(),
            status: r.status.clone(),
            version: r.version,
            submitted_at: r.submitted_at,
            updated_at: r.updated_at,
        }),
        review: w.decided.map(|d| ReviewOut {
            decision: if d.status == "approved" {
                "approved".into()
            } else {
                "rejected".into()
            },
            reason: d.reason_code.as_deref().map(|c| reason_text(c, locale)),
            reason_code: d.reason_code,
            note: d.reason_note,
            decided_at: d.decided_at,
        }),
        listing: w.listing,
        id: w.place.id,
        slug: w.place.slug,
        status: w.place.status.0.as_str().to_owned(),
    }
}

fn with_etag(status: StatusCode, body: MerchantPlace) -> Response {
    let etag = HeaderValue::from_str(&body.etag).ok();
    let location = HeaderValue::from_str(&format!("/v1/merchant/places/{}", body.id)).ok();
    let mut response = (status, axum::Json(body)).into_response();
    if let Some(etag) = etag {
        response.headers_mut().insert(header::ETAG, etag);
    }
    if status == StatusCode::CREATED
        && let Some(location) = location
    {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// RFC 7396 JSON merge patch.
pub(super) fn merge_patch(target: &mut serde_json::Value, patch: &serde_json::Value) {
    if let serde_json::Value::Object(patch) = patch {
        if !target.is_object() {
            *target = serde_json::Value::Object(Default::default());
        }
        let map = target.as_object_mut().expect("object");
        for (key, value) in patch {
            if value.is_null() {
                map.remove(key);
            } else {
                merge_patch(
                    map.entry(key.clone()).or_insert(serde_json::Value::Null),
                    value,
                );
            }
        }
    } else {
        *target = patch.clone();
    }
}

/// One of the merchant's listings in a list.
#[derive(Serialize, ToSchema)]
struct MerchantItem {
    id: String,
    slug: String,
    status: String,
    /// English name of the working copy.
    name: String,
    name_zh: String,
    /// Status of the open revision, if any.
    revision_status: Option<String>,
    updated_at: DateTime<Utc>,
}

/// A page of the merchant's listings.
#[derive(Serialize, ToSchema)]
struct MerchantPage {
    items: Vec<MerchantItem>,
    next_cursor: Option<String>,
}

/// The merchant's own listings, newest first.
#[utoipa::path(get, path = "/merchant/places", tag = "merchant", security(("bearer" = [])),
    params(("limit" = Option<i64>, Query, minimum = 1, maximum = 100, description = "1–100, default 20"), ("cursor" = Option<String>, Query)),
    responses((status = 200, body = MerchantPage), (status = 401), (status = 403)))]
async fn list(
    State(state): State<AppState>,
    Merchant(user): Merchant,
    RawQuery(query): RawQuery,
) -> Result<axum::Json<MerchantPage>> {
    let mut p = Params::parse(query.as_deref(), &["limit", "cursor"]);
    let (limit, cursor) = page(&mut p);
    p.finish()?;
    let mut rows =
        listings::owned_places(&state.db, &user.id, cursor.as_deref(), limit + 1).await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let ids: Vec<String> = rows.iter().map(|p| p.id.clone()).collect();
    let mut open = listings::open_revisions(&state.db, &ids).await?;
    let mut texts = listings::places_with_texts(&state.db, &ids).await?;
    let next_cursor = has_more.then(|| encode_cursor(&rows.last().expect("full page").id));
    let mut items = Vec::with_capacity(rows.len());
    for p in rows {
        let rev = open.remove(&p.id);
        let data: Option<Listing> = match &rev {
            Some(r) => Some(
                serde_json::from_str(&r.data)
                    .map_err(|e| anyhow::anyhow!("revision {}: {e}", r.id))?,
            ),
            None => None,
        };
        // The working copy's English name, else the live one's, else any live name.
        let live = texts.remove(&p.id).map(|(_, t)| t).unwrap_or_default();
        let name = data
            .as_ref()
            .and_then(|l| l.translations.get("en").map(|t| t.name.clone()))
            .or_else(|| {
                live.iter()
                    .find(|t| t.locale == "en")
                    .or(live.first())
                    .map(|t| t.name.clone())
            })
            .unwrap_or_else(|| p.name_zh.clone());
        items.push(MerchantItem {
            name,
            name_zh: data.map(|l| l.name_zh).unwrap_or_else(|| p.name_zh.clone()),
            revision_status: rev.map(|r| r.status),
            status: p.status.0.as_str().to_owned(),
            id: p.id,
            slug: p.slug,
            updated_at: p.updated_at,
        });
    }
    Ok(axum::Json(MerchantPage { items, next_cursor }))
}

/// Create a draft listing (not public until a curator approves it).
#[utoipa::path(post, path = "/merchant/places", tag = "merchant", security(("bearer" = [])),
    request_body(content = Listing, description = "the listing; `translations` needs `en`"),
    responses((status = 201, body = MerchantPlace), (status = 401), (status = 403), (status = 422)))]
async fn create(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Merchant(user): Merchant,
    Json(body): Json<serde_json::Value>,
) -> Result<Response> {
    let listing = parse_listing(body)?;
    let id = workflow::create(&state, &user.actor(), &listing).await?;
    let w = workflow::load(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::CREATED, view(w, locale)))
}

/// One of the merchant's listings, with its working copy and last review.
#[utoipa::path(get, path = "/merchant/places/{id}", tag = "merchant", security(("bearer" = [])),
    params(("id" = String, Path)),
    responses((status = 200, body = MerchantPlace), (status = 401), (status = 403), (status = 404)))]
async fn detail(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Merchant(user): Merchant,
    Path(id): Path<String>,
) -> Result<Response> {
    let w = workflow::load(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(w, locale)))
}

/// Edit a listing with a JSON merge patch (RFC 7396). Needs `If-Match`. Editing a
/// published listing puts the new version in the review queue; the live one stays.
#[utoipa::path(patch, path = "/merchant/places/{id}", tag = "merchant", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = String, Header, description = "ETag of the listing")),
    request_body(content = Object, description = "JSON merge patch of the listing"),
    responses((status = 200, body = MerchantPlace), (status = 404), (status = 412), (status = 422), (status = 428)))]
async fn edit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Merchant(user): Merchant,
    Path(id): Path<String>,
    headers: HeaderMap,
    Json(patch): Json<serde_json::Value>,
) -> Result<Response> {
    // A missing place is a 404 before a missing `If-Match` is a 428.
    workflow::own(&state, &id, &user.id).await?;
    let expected = if_match(&headers)?;
    workflow::edit(&state, &user.actor(), &id, &expected, |before| {
        if !patch.is_object() {
            return Err(Error::Unprocessable(vec![FieldError::new(
                "body",
                "invalid_json",
                Msg::new("field-invalid-json")
                    .arg("reason", "expected a JSON object (merge patch)"),
            )]));
        }
        let mut merged = before.to_value();
        merge_patch(&mut merged, &patch);
        parse_listing(merged)
    })
    .await?;
    let w = workflow::load(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(w, locale)))
}

/// Submit the draft (or a rejected revision, after fixing it) for review. Needs `If-Match`.
#[utoipa::path(post, path = "/merchant/places/{id}/submit", tag = "merchant", security(("bearer" = [])),
    params(("id" = String, Path), ("If-Match" = String, Header, description = "ETag of the listing")),
    responses((status = 200, body = MerchantPlace), (status = 404), (status = 409), (status = 412), (status = 428)))]
async fn submit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Merchant(user): Merchant,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response> {
    workflow::own(&state, &id, &user.id).await?;
    let expected = if_match(&headers)?;
    workflow::submit(&state, &user.actor(), &id, &expected).await?;
    let w = workflow::load(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(w, locale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_patch_follows_rfc_7396() {
        let mut target = serde_json::json!({"a": 1, "b": {"c": 2, "d": 3}});
        merge_patch(
            &mut target,
            &serde_json::json!({"b": {"c": null, "e": 4}, "f": [1]}),
        );
        assert_eq!(
            target,
            serde_json::json!({"a": 1, "b": {"d": 3, "e": 4}, "f": [1]})
        );
    }

    #[test]
    fn staff_fields_are_refused_by_name() {
        let Err(Error::Unprocessable(errors)) =
            parse_listing(serde_json::json!({"status": "published"}))
        else {
            panic!()
        };
        assert_eq!(
            (errors[0].field.as_str(), errors[0].code),
            ("status", "unknown_field")
        );
    }
}

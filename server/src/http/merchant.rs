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
use guide_domain::l10n::tr;
use guide_domain::{GUANGZHOU, Hours, LatLng, Locale};
use sea_orm::TransactionTrait;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use super::extract::{Merchant, encode_cursor, if_match, matches, page};
use super::params::Params;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::i18n::Lang;
use crate::store::audit;
use crate::store::column::Status;
use crate::store::entity::{place, place_revision};
use crate::store::listings::{self, Listing};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(detail, edit))
        .routes(routes!(submit))
}

/// Codes a curator may give when rejecting; each has a localized text
/// (`review-reason-<code>`), so the merchant reads it in their own language.
pub const REASONS: &[&str] = &[
    "incomplete",
    "inaccurate",
    "duplicate",
    "not_eligible",
    "inappropriate",
    "other",
];

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

/// The strong ETag of a merchant view: the open revision and its version, or the
/// published row's last change.
pub(super) fn etag_of(p: &place::Model, open: Option<&place_revision::Model>) -> String {
    match open {
        Some(r) => format!("\"r{}.{}\"", r.id, r.version),
        None => format!("\"p{}.{}\"", p.id, p.updated_at.timestamp_micros()),
    }
}

/// The reason text of a decision in a locale.
pub(super) fn reason_text(code: &str, locale: Locale) -> String {
    tr(locale, &format!("review-reason-{code}"))
}

/// The working copy of a place's listing.
pub(super) async fn working_listing(
    state: &AppState,
    p: &place::Model,
    open: Option<&place_revision::Model>,
) -> Result<Listing> {
    if let Some(r) = open {
        return serde_json::from_str(&r.data)
            .map_err(|e| anyhow::anyhow!("revision {}: {e}", r.id).into());
    }
    let (row, texts) = listings::place_with_texts(&state.db, &p.id)
        .await?
        .ok_or_else(|| Error::NotFound {
            what: "place",
            id: p.id.clone(),
        })?;
    Ok(Listing::from_place(&row, &texts))
}

async fn view(state: &AppState, p: place::Model, locale: Locale) -> Result<MerchantPlace> {
    let open = listings::open_revision(&state.db, &p.id).await?;
    let listing = working_listing(state, &p, open.as_ref()).await?;
    let decided = listings::last_decided(&state.db, &p.id).await?;
    Ok(MerchantPlace {
        etag: etag_of(&p, open.as_ref()),
        live: listings::is_published(&p),
        revision: open.as_ref().map(|r| RevisionOut {
            id: r.id.clone(),
            status: r.status.clone(),
            version: r.version,
            submitted_at: r.submitted_at,
            updated_at: r.updated_at,
        }),
        review: decided.map(|d| ReviewOut {
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
        listing,
        id: p.id,
        slug: p.slug,
        status: p.status.0.as_str().to_owned(),
    })
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

/// Parses a listing from JSON, naming the field of every problem; unknown fields (staff
/// fields such as `status` or `owner_id`) are refused by name.
pub(super) fn parse_listing(value: serde_json::Value) -> Result<Listing> {
    let listing: Listing = serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let reason = e.into_inner().to_string();
        let unknown = reason
            .strip_prefix("unknown field `")
            .and_then(|r| r.split('`').next())
            .map(str::to_owned);
        let (field, code) = match unknown {
            // serde_path_to_error's path already ends with the unknown name.
            Some(name) if path == "." => (name, "unknown_field"),
            Some(_) => (path, "unknown_field"),
            None => (
                if path == "." { "body".to_owned() } else { path },
                "invalid_value",
            ),
        };
        Error::Unprocessable(vec![FieldError::new(
            field,
            code,
            Msg::new("field-invalid-json").arg("reason", reason),
        )])
    })?;
    let errors = validate(&listing);
    if errors.is_empty() {
        Ok(listing)
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// What serde cannot check: Guangzhou coordinates, parsable opening hours, languages,
/// lengths.
pub(super) fn validate(l: &Listing) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut too_long = |field: String, value: &str, max: usize| {
        if value.chars().count() > max {
            errors.push(FieldError::new(
                field,
                "too_long",
                Msg::new("field-too-long").arg("max", max),
            ));
        }
    };
    too_long("name_zh".into(), &l.name_zh, 100);
    too_long(
        "address_zh".into(),
        l.address_zh.as_deref().unwrap_or(""),
        300,
    );
    too_long("phone".into(), l.phone.as_deref().unwrap_or(""), 40);
    for (tag, t) in &l.translations {
        too_long(format!("translations.{tag}.name"), &t.name, 200);
        too_long(
            format!("translations.{tag}.summary"),
            t.summary.as_deref().unwrap_or(""),
            1000,
        );
        too_long(
            format!("translations.{tag}.address"),
            t.address.as_deref().unwrap_or(""),
            300,
        );
    }
    for (i, tag) in l.tags.iter().enumerate() {
        too_long(format!("tags[{i}]"), tag, 40);
    }
    if l.name_zh.trim().is_empty() {
        errors.push(FieldError::new(
            "name_zh",
            "required",
            Msg::new("field-required"),
        ));
    }
    let at = LatLng {
        lat: l.location.lat,
        lng: l.location.lng,
    };
    if !l.location.lat.is_finite() || !l.location.lng.is_finite() || !GUANGZHOU.contains(at) {
        errors.push(FieldError::new(
            "location",
            "outside_guangzhou",
            Msg::new("field-outside-guangzhou"),
        ));
    }
    if let Some(hours) = &l.opening_hours
        && let Err(e) = Hours::parse(hours)
    {
        errors.push(FieldError::new(
            "opening_hours",
            "invalid_opening_hours",
            Msg::new("field-invalid-opening-hours").arg("reason", e.message),
        ));
    }
    for (tag, t) in &l.translations {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            errors.push(FieldError::new(
                format!("translations.{tag}"),
                "invalid_choice",
                Msg::new("field-invalid-choice")
                    .arg("value", tag.as_str())
                    .arg("accepted", accepted.join(", ")),
            ));
        }
        if t.name.trim().is_empty() {
            errors.push(FieldError::new(
                format!("translations.{tag}.name"),
                "required",
                Msg::new("field-required"),
            ));
        }
    }
    if !l.translations.contains_key("en") {
        errors.push(FieldError::new(
            "translations.en",
            "required",
            Msg::new("field-missing-translation").arg("locale", "en"),
        ));
    }
    if l.tags.len() > 20 {
        errors.push(FieldError::new(
            "tags",
            "too_many",
            Msg::new("field-out-of-range")
                .arg("min", 0usize)
                .arg("max", 20usize),
        ));
    }
    if l.visit_minutes.is_some_and(|m| !(1..=600).contains(&m)) {
        errors.push(FieldError::new(
            "visit_minutes",
            "out_of_range",
            Msg::new("field-out-of-range")
                .arg("min", 1usize)
                .arg("max", 600usize),
        ));
    }
    errors
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

fn slug_for(listing: &Listing, id: &str) -> String {
    let name = listing
        .translations
        .get("en")
        .map(|t| t.name.as_str())
        .unwrap_or("");
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let suffix: String = id
        .chars()
        .filter(|c| c.is_ascii_hexdigit())
        .collect::<String>();
    let suffix = &suffix[suffix.len().saturating_sub(8)..];
    format!(
        "{}{}",
        if slug.trim_matches('-').is_empty() {
            "place-".to_owned()
        } else {
            format!("{}-", slug.trim_matches('-'))
        },
        suffix
    )
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
    let now = Utc::now();
    let id = crate::store::accounts::new_id();
    let row = listings::new_place_row(&listing, &id, slug_for(&listing, &id), &user.id, now);
    let txn = state.db.begin().await?;
    listings::insert_place(&txn, row, listing.texts(&id))
        .await
        .on_unique(|| {
            Error::Conflict(Msg::new("error-conflict-state-detail").arg("state", "duplicate"))
        })?;
    listings::insert_revision(&txn, &id, &user.id, "draft", &listing, now).await?;
    audit::record(
        &txn,
        &user.actor(),
        "listing.create",
        ("place", &id),
        None,
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    let p = listings::owned_place(&state.db, &id, &user.id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("created place vanished"))?;
    Ok(with_etag(
        StatusCode::CREATED,
        view(&state, p, locale).await?,
    ))
}

async fn own(state: &AppState, id: &str, owner: &str) -> Result<place::Model> {
    let found = if id.len() <= 64 {
        listings::owned_place(&state.db, id, owner).await?
    } else {
        None
    };
    found.ok_or_else(|| Error::NotFound {
        what: "place",
        id: id.to_owned(),
    })
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
    let p = own(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(&state, p, locale).await?))
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
    let p = own(&state, &id, &user.id).await?;
    let expected = if_match(&headers)?;
    let open = listings::open_revision(&state.db, &p.id).await?;
    if !matches(&expected, &etag_of(&p, open.as_ref())) {
        return Err(Error::PreconditionFailed);
    }
    if !patch.is_object() {
        return Err(Error::Unprocessable(vec![FieldError::new(
            "body",
            "invalid_json",
            Msg::new("field-invalid-json").arg("reason", "expected a JSON object (merge patch)"),
        )]));
    }
    let before = working_listing(&state, &p, open.as_ref()).await?;
    let mut merged = before.to_value();
    merge_patch(&mut merged, &patch);
    let listing = parse_listing(merged)?;
    let now = Utc::now();
    let published = listings::is_published(&p);
    let txn = state.db.begin().await?;
    // The conditional write comes first: it is the optimistic-concurrency check.
    match &open {
        Some(rev) => {
            // A published listing's edits always go to review; a draft stays a draft.
            let status = if published {
                "pending"
            } else {
                rev.status.as_str()
            };
            if !listings::update_revision(&txn, &rev.id, rev.version, status, Some(&listing), now)
                .await?
            {
                return Err(Error::PreconditionFailed);
            }
        }
        None => {
            listings::insert_revision(&txn, &p.id, &user.id, "pending", &listing, now)
                .await
                .on_unique(|| Error::PreconditionFailed)?;
        }
    }
    let action = if published {
        "listing.submit"
    } else {
        "listing.update"
    };
    audit::record(
        &txn,
        &user.actor(),
        action,
        ("place", &p.id),
        Some(&before.to_value()),
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    let p = own(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(&state, p, locale).await?))
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
    let p = own(&state, &id, &user.id).await?;
    let expected = if_match(&headers)?;
    let open = listings::open_revision(&state.db, &p.id).await?;
    if !matches(&expected, &etag_of(&p, open.as_ref())) {
        return Err(Error::PreconditionFailed);
    }
    let Some(rev) = open.filter(|r| r.status == "draft" || r.status == "rejected") else {
        return Err(Error::Conflict(
            Msg::new("error-conflict-state-detail").arg("state", p.status.0.as_str()),
        ));
    };
    let now = Utc::now();
    let txn = state.db.begin().await?;
    if !listings::update_revision(&txn, &rev.id, rev.version, "pending", None, now).await? {
        return Err(Error::PreconditionFailed);
    }
    if !listings::is_published(&p) {
        listings::set_place_status(&txn, &p.id, Status::Pending, now).await?;
    }
    let data: serde_json::Value =
        serde_json::from_str(&rev.data).map_err(|e| anyhow::anyhow!("revision {}: {e}", rev.id))?;
    audit::record(
        &txn,
        &user.actor(),
        "listing.submit",
        ("place", &p.id),
        None,
        Some(&data),
        now,
    )
    .await?;
    txn.commit().await?;
    let p = own(&state, &id, &user.id).await?;
    Ok(with_etag(StatusCode::OK, view(&state, p, locale).await?))
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

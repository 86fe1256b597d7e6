//! The one create / edit / publish / unpublish flow of curated objects (routes, events,
//! alerts). Each kind says how it is loaded, validated, saved and shown ([`Curate`]); the
//! flow around it — transaction, audit entry, catalogue refresh, conflict on a taken
//! slug — is written once, here, and called by the API (`http::staff`) and the console
//! (`console::routes`, `console::events`, `console::alerts`) alike.
//!
//! The validation helpers the kinds share (slugs, texts by language, sources, zones) live
//! here too.

use std::collections::BTreeMap;
use std::future::Future;

use chrono::{DateTime, Utc};
use guide_domain::{Locale, Source, Texts};
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::app::AppState;
use crate::catalogue::Snapshot;
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::store::audit::{self, Actor};
use crate::store::column::Status;
use crate::store::curation::{Curated, Kind};
use crate::store::{self};

/// Most objects a staff list returns.
pub const STAFF_LIST_MAX: u64 = 500;

/// A kind of curated object.
pub trait Curate: Send + Sync + 'static {
    /// Its name in audit actions and 404s (`route`).
    const WHAT: &'static str;
    /// Its kind, for status changes.
    const KIND: Kind;
    /// What staff send to create or replace one.
    type Body: Serialize + Send + Sync;
    /// The domain value.
    type Value: Send + Sync;
    /// What staff read.
    type View: Serialize + utoipa::ToSchema + Send;

    /// One object (any status) by id or slug.
    fn load(
        db: &DatabaseConnection,
        key: &str,
    ) -> impl Future<Output = Result<Option<Curated<Self::Value>>, DbErr>> + Send;
    /// Objects for the staff list.
    fn list(
        db: &DatabaseConnection,
        limit: u64,
    ) -> impl Future<Output = Result<Vec<Curated<Self::Value>>, DbErr>> + Send;
    /// Validates `body` (every problem at once, as a 422) and builds the value `id`.
    fn build(
        state: &AppState,
        id: String,
        body: &Self::Body,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Self::Value>> + Send;
    /// Writes the value in `status`.
    fn save(
        db: &DatabaseTransaction,
        value: &Self::Value,
        status: Status,
        exists: bool,
    ) -> impl Future<Output = Result<(), DbErr>> + Send;
    /// The id of a value.
    fn id(value: &Self::Value) -> &str;
    /// The slug a body claims, if the kind has slugs (for the 409 message).
    fn slug(body: &Self::Body) -> Option<&str>;
    /// What staff read of an object.
    fn view(object: &Curated<Self::Value>) -> Self::View;
}

/// One object (id or slug), drafts included; [`Error::NotFound`] if there is none.
pub async fn find<C: Curate>(state: &AppState, key: &str) -> Result<Curated<C::Value>> {
    let found = if key.len() <= 100 {
        C::load(&state.db, key).await?
    } else {
        None
    };
    found.ok_or_else(|| Error::NotFound {
        what: C::WHAT,
        id: key.to_owned(),
    })
}

/// Every object, drafts included (at most [`STAFF_LIST_MAX`]).
pub async fn list<C: Curate>(state: &AppState) -> Result<Vec<Curated<C::Value>>> {
    Ok(C::list(&state.db, STAFF_LIST_MAX).await?)
}

fn json_of<T: Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// Commits a curation write and makes it visible to the next public read on this node.
async fn commit(state: &AppState, txn: DatabaseTransaction) -> Result<()> {
    txn.commit().await?;
    state.catalogue.refresh().await?;
    Ok(())
}

fn slug_taken<C: Curate>(body: &C::Body) -> impl FnOnce() -> Error + '_ {
    move || {
        Error::Conflict(
            Msg::new("error-slug-taken-detail").arg("slug", C::slug(body).unwrap_or_default()),
        )
    }
}

/// Creates an object as a draft; returns its id.
pub async fn create<C: Curate>(state: &AppState, actor: &Actor, body: &C::Body) -> Result<String> {
    let now = Utc::now();
    let id = store::accounts::new_id();
    let value = C::build(state, id.clone(), body, now).await?;
    let txn = state.db.begin().await?;
    C::save(&txn, &value, Status::Draft, false)
        .await
        .on_unique(slug_taken::<C>(body))?;
    let action = format!("{}.create", C::WHAT);
    audit::record(
        &txn,
        actor,
        &action,
        (C::WHAT, &id),
        None,
        Some(&json_of(body)),
        now,
    )
    .await?;
    commit(state, txn).await?;
    Ok(id)
}

/// Replaces an object (id or slug); its status is kept. Returns its id.
pub async fn update<C: Curate>(
    state: &AppState,
    actor: &Actor,
    key: &str,
    body: &C::Body,
) -> Result<String> {
    let before = find::<C>(state, key).await?;
    let id = C::id(&before.value).to_owned();
    let now = Utc::now();
    let value = C::build(state, id.clone(), body, now).await?;
    let txn = state.db.begin().await?;
    C::save(&txn, &value, before.status, true)
        .await
        .on_unique(slug_taken::<C>(body))?;
    let action = format!("{}.update", C::WHAT);
    audit::record(
        &txn,
        actor,
        &action,
        (C::WHAT, &id),
        Some(&json_of(&C::view(&before))),
        Some(&json_of(body)),
        now,
    )
    .await?;
    commit(state, txn).await?;
    Ok(id)
}

/// Publishes (`true`) or withdraws (`false`, back to draft) an object. Returns its id.
pub async fn publish<C: Curate>(
    state: &AppState,
    actor: &Actor,
    key: &str,
    public: bool,
) -> Result<String> {
    let before = find::<C>(state, key).await?;
    let id = C::id(&before.value).to_owned();
    let status = if public {
        Status::Published
    } else {
        Status::Draft
    };
    let now = Utc::now();
    let txn = state.db.begin().await?;
    store::curation::set_status(&txn, C::KIND, &id, status, now).await?;
    let action = format!(
        "{}.{}",
        C::WHAT,
        if public { "publish" } else { "unpublish" }
    );
    let (old, new) = (
        serde_json::json!({"status": before.status.as_str()}),
        serde_json::json!({"status": status.as_str()}),
    );
    audit::record(
        &txn,
        actor,
        &action,
        (C::WHAT, &id),
        Some(&old),
        Some(&new),
        now,
    )
    .await?;
    commit(state, txn).await?;
    Ok(id)
}

// ---- Validation shared by the kinds ----

/// `Ok` without errors, else every error as one 422.
pub fn unprocessable(errors: Vec<FieldError>) -> Result<()> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// A `too_long` error when `value` has more than `max` characters.
pub fn too_long(errors: &mut Vec<FieldError>, field: impl Into<String>, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.push(FieldError::new(
            field,
            "too_long",
            Msg::new("field-too-long").arg("max", max),
        ));
    }
}

/// Lower-case ASCII letters, digits and `-`, 1–100 bytes.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// An `invalid_slug` error on `slug` unless [`is_slug`].
pub fn check_slug(errors: &mut Vec<FieldError>, slug: &str) {
    if !is_slug(slug) {
        errors.push(FieldError::new(
            "slug",
            "invalid_slug",
            Msg::new("field-invalid-slug"),
        ));
    }
}

/// Every key of `texts` must be a supported locale tag, written exactly.
pub fn check_locales_only<T>(
    errors: &mut Vec<FieldError>,
    field: &str,
    texts: &BTreeMap<String, T>,
) {
    for tag in texts.keys() {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            errors.push(FieldError::new(
                format!("{field}.{tag}"),
                "invalid_choice",
                Msg::new("field-invalid-choice")
                    .arg("value", tag.as_str())
                    .arg("accepted", accepted.join(", ")),
            ));
        }
    }
}

/// As [`check_locales_only`], and English is required.
pub fn check_locales<T>(errors: &mut Vec<FieldError>, field: &str, texts: &BTreeMap<String, T>) {
    check_locales_only(errors, field, texts);
    if !texts.contains_key("en") {
        errors.push(FieldError::new(
            format!("{field}.en"),
            "required",
            Msg::new("field-missing-translation").arg("locale", "en"),
        ));
    }
}

/// A name or title visitors will read must have text (blank is “required”).
pub fn required(errors: &mut Vec<FieldError>, field: String, value: &str) {
    if value.trim().is_empty() {
        errors.push(FieldError::new(
            field,
            "required",
            Msg::new("field-required"),
        ));
    }
}

/// Zone slugs must name zones of the catalogue.
pub fn check_zones(snapshot: &Snapshot, errors: &mut Vec<FieldError>, zones: &[String]) {
    for (i, z) in zones.iter().enumerate() {
        if snapshot.zone(z).is_none() {
            errors.push(FieldError::new(
                format!("zones[{i}]"),
                "unknown_zone",
                Msg::new("field-unknown-reference").arg("value", z.as_str()),
            ));
        }
    }
}

/// Sources staff cite must be web addresses a visitor can open; each is dated today.
pub fn check_sources(
    errors: &mut Vec<FieldError>,
    urls: &[String],
    now: DateTime<Utc>,
) -> Vec<Source> {
    let sources: Vec<Source> = urls
        .iter()
        .map(|url| Source {
            url: url.trim().to_owned(),
            title: None,
            as_of: Some(now.date_naive()),
            facts: Vec::new(),
        })
        .collect();
    for (i, s) in sources.iter().enumerate() {
        if !s.is_public() || s.url.len() > 2000 {
            errors.push(FieldError::new(
                format!("sources[{i}]"),
                "invalid_url",
                Msg::new("field-invalid-url"),
            ));
        }
    }
    sources
}

/// Texts of a route or event in one language.
#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NameText {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// Validated translations as the domain's texts.
pub fn name_texts(texts: &BTreeMap<String, NameText>) -> Texts<guide_domain::catalogue::NameText> {
    texts
        .iter()
        .filter_map(|(tag, t)| {
            let text = guide_domain::catalogue::NameText {
                name: t.name.clone(),
                summary: t.summary.clone(),
            };
            Some((Locale::from_tag(tag)?, text))
        })
        .collect()
}

/// The domain's texts as staff read them.
pub fn name_text_map(
    texts: &Texts<guide_domain::catalogue::NameText>,
) -> BTreeMap<String, NameText> {
    texts
        .iter()
        .map(|(l, t)| {
            (
                l.tag().to_owned(),
                NameText {
                    name: t.name.clone(),
                    summary: t.summary.clone(),
                },
            )
        })
        .collect()
}

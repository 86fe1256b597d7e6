//! A merchant's side of the workflow: a listing is created as a draft (a `places` row
//! that is not public plus an open revision holding the full listing) and submitted for
//! review; editing a published listing writes a *pending revision* while the published
//! version stays live until a curator approves it.
//!
//! Every write names the version it was made from (the ETag of [`Working::etag`]); the
//! write itself is conditional, so of two racing writers exactly one wins and the other
//! gets [`Error::PreconditionFailed`], on any node. A merchant only ever reaches their own
//! places: another merchant's id is [`Error::NotFound`], exactly like a missing one.

use chrono::Utc;
use guide_domain::l10n::tr;
use guide_domain::{GUANGZHOU, Hours, LatLng, Locale};
use sea_orm::TransactionTrait;

use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, OnUnique, Result};
use crate::store::audit::{self, Actor};
use crate::store::column::Status;
use crate::store::entity::{place, place_revision};
use crate::store::listings::{self, Listing};

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

/// The reason text of a decision in a locale.
pub fn reason_text(code: &str, locale: Locale) -> String {
    tr(locale, &format!("review-reason-{code}"))
}

/// The strong ETag of a merchant's listing: the open revision and its version, or the
/// published row's last change.
pub fn etag_of(p: &place::Model, open: Option<&place_revision::Model>) -> String {
    match open {
        Some(r) => format!("\"r{}.{}\"", r.id, r.version),
        None => format!("\"p{}.{}\"", p.id, p.updated_at.timestamp_micros()),
    }
}

/// Whether an `If-Match`-style value names `current` (strong comparison; lists allowed).
pub fn etag_matches(expected: &str, current: &str) -> bool {
    expected
        .split(',')
        .any(|candidate| candidate.trim() == current)
}

/// A listing as its merchant works on it.
pub struct Working {
    /// The place row (any status).
    pub place: place::Model,
    /// The open revision (draft, pending or rejected), if any.
    pub open: Option<place_revision::Model>,
    /// The working copy: the open revision's listing, else the published one.
    pub listing: Listing,
    /// The most recently decided revision (the last verdict), if any.
    pub decided: Option<place_revision::Model>,
}

impl Working {
    /// The version a write must name.
    pub fn etag(&self) -> String {
        etag_of(&self.place, self.open.as_ref())
    }

    /// Whether a version of this listing is public now.
    pub fn live(&self) -> bool {
        listings::is_published(&self.place)
    }
}

/// A place owned by `owner`; [`Error::NotFound`] for anyone else's, or a missing one.
pub async fn own(state: &AppState, id: &str, owner: &str) -> Result<place::Model> {
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

/// The working copy of a place's listing.
async fn working_listing(
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

/// One of `owner`'s listings with its working copy and last verdict.
pub async fn load(state: &AppState, id: &str, owner: &str) -> Result<Working> {
    let place = own(state, id, owner).await?;
    let open = listings::open_revision(&state.db, &place.id).await?;
    let listing = working_listing(state, &place, open.as_ref()).await?;
    let decided = listings::last_decided(&state.db, &place.id).await?;
    Ok(Working {
        place,
        open,
        listing,
        decided,
    })
}

/// Parses a listing from JSON, naming the field of every problem; unknown fields (staff
/// fields such as `status` or `owner_id`) are refused by name.
pub fn parse_listing(value: serde_json::Value) -> Result<Listing> {
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
    checked(listing)
}

/// The listing if [`validate`] finds nothing, else 422 with every problem.
pub fn checked(listing: Listing) -> Result<Listing> {
    let errors = validate(&listing);
    if errors.is_empty() {
        Ok(listing)
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// What the types cannot check: Guangzhou coordinates, parsable opening hours, languages,
/// lengths. Field names are the listing's JSON paths (`translations.ja.name`).
pub fn validate(l: &Listing) -> Vec<FieldError> {
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

/// A URL-safe slug from the English name and the end of the id (unique with it).
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

/// Creates a draft listing owned by `actor` (validated already, see [`checked`]); returns
/// the new place's id.
pub async fn create(state: &AppState, actor: &Actor, listing: &Listing) -> Result<String> {
    let now = Utc::now();
    let id = crate::store::accounts::new_id();
    let row = listings::new_place_row(listing, &id, slug_for(listing, &id), &actor.id, now);
    let txn = state.db.begin().await?;
    listings::insert_place(&txn, row, listing.texts(&id))
        .await
        .on_unique(|| {
            Error::Conflict(Msg::new("error-conflict-state-detail").arg("state", "duplicate"))
        })?;
    listings::insert_revision(&txn, &id, &actor.id, "draft", listing, now).await?;
    audit::record(
        &txn,
        actor,
        "listing.create",
        ("place", &id),
        None,
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(id)
}

/// Replaces the working copy of `actor`'s listing `id` with what `change` makes of it,
/// if the listing is still at version `expected` (else [`Error::PreconditionFailed`]).
/// A draft stays a draft; an edit of a live listing goes to review.
pub async fn edit(
    state: &AppState,
    actor: &Actor,
    id: &str,
    expected: &str,
    change: impl FnOnce(&Listing) -> Result<Listing>,
) -> Result<()> {
    let w = load(state, id, &actor.id).await?;
    if !etag_matches(expected, &w.etag()) {
        return Err(Error::PreconditionFailed);
    }
    let listing = change(&w.listing)?;
    let now = Utc::now();
    let published = w.live();
    let txn = state.db.begin().await?;
    // The conditional write comes first: it is the optimistic-concurrency check.
    match &w.open {
        Some(rev) => {
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
            listings::insert_revision(&txn, &w.place.id, &actor.id, "pending", &listing, now)
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
        actor,
        action,
        ("place", &w.place.id),
        Some(&w.listing.to_value()),
        Some(&listing.to_value()),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Submits the draft (or a rejected revision, after fixing it) for review, if the
/// listing is still at version `expected`.
pub async fn submit(state: &AppState, actor: &Actor, id: &str, expected: &str) -> Result<()> {
    let p = own(state, id, &actor.id).await?;
    let open = listings::open_revision(&state.db, &p.id).await?;
    if !etag_matches(expected, &etag_of(&p, open.as_ref())) {
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
        actor,
        "listing.submit",
        ("place", &p.id),
        None,
        Some(&data),
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

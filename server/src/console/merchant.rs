//! The merchant's dashboard: their own listings, newest first, each with where it stands
//! (draft, waiting for review, live, or not accepted with the reviewer's reason in the
//! page's language). Read through the same store functions as `GET /v1/merchant/places`,
//! so it shows exactly what the API does.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use chrono::{DateTime, Utc};
use guide_domain::Locale;
use guide_domain::l10n::tr;
use serde::Deserialize;

use super::context::MerchantUser;
use super::page::{Layout, PageError, html};
use crate::app::AppState;
use crate::error::Msg;
use crate::store::column::Status;
use crate::store::entity::{place, place_revision, place_translation};
use crate::store::listings::{self, Listing};

/// Listings per page.
const PAGE: u64 = 25;

/// The dashboard's query.
#[derive(Deserialize, Default)]
pub struct ListingsQuery {
    /// Show listings older than this one (the id of the last listing of the page before).
    #[serde(default)]
    before: Option<String>,
}

/// Where a listing stands, as its merchant reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Only the merchant sees it.
    Draft,
    /// Submitted, not yet decided.
    Pending,
    /// Public.
    Live,
    /// Public, and an edit waits for review.
    LivePending,
    /// Not accepted; the merchant may fix and resubmit.
    Rejected,
    /// Public, and the last edit was not accepted.
    LiveRejected,
}

impl Standing {
    /// From the place's status and its open revision, if any.
    pub fn of(place_status: Status, open: Option<&place_revision::Model>) -> Standing {
        let open = open.map(|r| r.status.as_str());
        match (place_status, open) {
            (Status::Published, Some("pending")) => Standing::LivePending,
            (Status::Published, Some("rejected")) => Standing::LiveRejected,
            (Status::Published, _) => Standing::Live,
            (_, Some("rejected")) | (Status::Rejected, _) => Standing::Rejected,
            (_, Some("pending")) | (Status::Pending, _) => Standing::Pending,
            (_, _) => Standing::Draft,
        }
    }

    /// The Fluent key of its label.
    pub fn label_key(self) -> &'static str {
        match self {
            Standing::Draft => "console-status-draft",
            Standing::Pending => "console-status-pending",
            Standing::Live => "console-status-live",
            Standing::LivePending => "console-status-live-pending",
            Standing::Rejected => "console-status-rejected",
            Standing::LiveRejected => "console-status-live-rejected",
        }
    }

    /// CSS class of its badge.
    pub fn class(self) -> &'static str {
        match self {
            Standing::Draft => "draft",
            Standing::Pending | Standing::LivePending => "pending",
            Standing::Live => "live",
            Standing::Rejected | Standing::LiveRejected => "rejected",
        }
    }
}

/// One listing on the dashboard.
struct Item {
    /// The listing's edit page.
    href: String,
    name: String,
    /// The language of `name` (it may have fallen back to English).
    name_lang: String,
    name_zh: String,
    status: String,
    status_class: &'static str,
    /// The reviewer's reason, in the page's language, when not accepted.
    reason: Option<String>,
    /// The reviewer's own words, as written.
    note: Option<String>,
    updated: String,
    updated_iso: String,
}

#[derive(Template)]
#[template(path = "listings.html")]
struct ListingsPage {
    l: Layout,
    items: Vec<Item>,
    older: Option<String>,
}

/// `YYYY-MM-DD HH:MM` in Guangzhou's time: readable in every language.
pub fn local_time(at: DateTime<Utc>) -> (String, String) {
    let local = at.with_timezone(&chrono_tz::Asia::Shanghai);
    (
        local.format("%Y-%m-%d %H:%M").to_string(),
        local.to_rfc3339(),
    )
}

/// The name of a listing in `locale`, else English, else any; with its language.
fn name_of(locale: Locale, texts: &[(String, String)]) -> Option<(String, String)> {
    let pick = |tag: &str| texts.iter().find(|(t, _)| t == tag).cloned();
    pick(locale.tag())
        .or_else(|| pick("en"))
        .or_else(|| texts.first().cloned())
        .map(|(tag, name)| (name, tag))
}

fn item(
    locale: Locale,
    p: place::Model,
    open: Option<&place_revision::Model>,
    published: Option<&Vec<place_translation::Model>>,
) -> Item {
    let standing = Standing::of(p.status.0, open);
    let draft: Option<Listing> = open.and_then(|r| serde_json::from_str(&r.data).ok());
    let texts: Vec<(String, String)> = match (&draft, published) {
        (Some(l), _) => l
            .translations
            .iter()
            .map(|(tag, t)| (tag.clone(), t.name.clone()))
            .collect(),
        (None, Some(rows)) => rows
            .iter()
            .map(|t| (t.locale.clone(), t.name.clone()))
            .collect(),
        (None, None) => Vec::new(),
    };
    let (name, name_lang) = name_of(locale, &texts)
        .unwrap_or_else(|| (tr(locale, "console-unnamed"), locale.tag().to_owned()));
    let rejected = matches!(standing, Standing::Rejected | Standing::LiveRejected);
    let decided = open.filter(|_| rejected);
    // The same reason texts as `GET /v1/merchant/places/{id}` (`review-reason-<code>`).
    let reason = decided
        .and_then(|r| r.reason_code.as_deref())
        .map(|code| tr(locale, &format!("review-reason-{code}")));
    let note = decided.and_then(|r| r.reason_note.clone());
    let (updated, updated_iso) = local_time(
        open.map(|r| r.updated_at)
            .unwrap_or(p.updated_at)
            .max(p.updated_at),
    );
    Item {
        href: format!("/console/listings/{}", p.id),
        name,
        name_lang,
        name_zh: draft.map(|l| l.name_zh).unwrap_or(p.name_zh),
        status: tr(locale, standing.label_key()),
        status_class: standing.class(),
        reason,
        note,
        updated,
        updated_iso,
    }
}

/// `GET /console/listings`.
pub async fn listings(
    State(state): State<AppState>,
    MerchantUser(me): MerchantUser,
    Query(q): Query<ListingsQuery>,
) -> Result<Response, PageError> {
    let ctx = &me.ctx;
    let before = q.before.filter(|b| !b.is_empty());
    if before
        .as_deref()
        .is_some_and(|b| uuid::Uuid::parse_str(b).is_err())
    {
        return Err(PageError::BadRequest(Msg::new(
            "console-problem-bad-cursor-detail",
        )));
    }
    let mut rows =
        listings::owned_places(&state.db, &me.account.id, before.as_deref(), PAGE + 1).await?;
    let older = (rows.len() as u64 > PAGE).then(|| {
        rows.truncate(PAGE as usize);
        rows.last().map(|p| p.id.clone()).unwrap_or_default()
    });
    let ids: Vec<String> = rows.iter().map(|p| p.id.clone()).collect();
    let open = listings::open_revisions(&state.db, &ids).await?;
    let without_draft: Vec<String> = ids
        .iter()
        .filter(|id| !open.contains_key(*id))
        .cloned()
        .collect();
    let published: HashMap<String, Vec<place_translation::Model>> =
        listings::places_with_texts(&state.db, &without_draft)
            .await?
            .into_iter()
            .map(|(id, (_, texts))| (id, texts))
            .collect();
    let items = rows
        .into_iter()
        .map(|p| {
            let (rev, texts) = (open.get(&p.id), published.get(&p.id));
            item(ctx.locale, p, rev, texts)
        })
        .collect();
    html(
        StatusCode::OK,
        &ListingsPage {
            l: Layout::new(ctx, "console-listings-title"),
            items,
            older,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rev(status: &str) -> place_revision::Model {
        let now = Utc::now();
        place_revision::Model {
            id: "r".into(),
            place_id: "p".into(),
            open_for: Some("p".into()),
            author_id: "u".into(),
            status: status.into(),
            version: 1,
            data: "{}".into(),
            reason_code: None,
            reason_note: None,
            decided_by: None,
            submitted_at: None,
            decided_at: None,
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn standing_follows_the_place_and_its_open_revision() {
        assert_eq!(
            Standing::of(Status::Draft, Some(&rev("draft"))),
            Standing::Draft
        );
        assert_eq!(
            Standing::of(Status::Pending, Some(&rev("pending"))),
            Standing::Pending
        );
        assert_eq!(
            Standing::of(Status::Rejected, Some(&rev("rejected"))),
            Standing::Rejected
        );
        assert_eq!(Standing::of(Status::Published, None), Standing::Live);
        assert_eq!(
            Standing::of(Status::Published, Some(&rev("pending"))),
            Standing::LivePending
        );
        assert_eq!(
            Standing::of(Status::Published, Some(&rev("rejected"))),
            Standing::LiveRejected
        );
    }

    #[test]
    fn names_fall_back_to_english_then_anything() {
        let texts = vec![
            ("en".to_owned(), "Tea House".to_owned()),
            ("ja".to_owned(), "茶楼".to_owned()),
        ];
        assert_eq!(
            name_of(Locale::Ja, &texts),
            Some(("茶楼".into(), "ja".into()))
        );
        assert_eq!(
            name_of(Locale::Fr, &texts),
            Some(("Tea House".into(), "en".into()))
        );
        assert_eq!(
            name_of(Locale::Fr, &texts[1..]),
            Some(("茶楼".into(), "ja".into()))
        );
    }
}

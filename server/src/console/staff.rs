//! The home page of tourism staff (curators and admins): who is signed in and what waits
//! for review, oldest first (the same query as `GET /v1/staff/review-queue`).

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use guide_domain::l10n::tr;

use super::context::StaffUser;
use super::merchant::local_time;
use super::page::{Layout, PageError, html, role_label};
use crate::app::AppState;
use crate::store::listings::{self, Listing};

/// How many of the oldest submissions the page lists.
const SHOWN: usize = 10;

/// One submission waiting for review.
struct Waiting {
    /// The submission's review page.
    href: String,
    name: String,
    name_zh: String,
    submitted: String,
    submitted_iso: String,
}

#[derive(Template)]
#[template(path = "staff.html")]
struct StaffPage {
    l: Layout,
    role: String,
    waiting: Vec<Waiting>,
    /// More are waiting than the page lists.
    more: bool,
}

/// `GET /console/staff`.
pub async fn home(
    State(state): State<AppState>,
    StaffUser(me): StaffUser,
) -> Result<Response, PageError> {
    let ctx = &me.ctx;
    let locale = ctx.locale;
    let mut pending = listings::pending(&state.db, None, SHOWN as u64 + 1).await?;
    let more = pending.len() > SHOWN;
    pending.truncate(SHOWN);
    let waiting = pending
        .into_iter()
        .map(|rev| {
            let listing: Option<Listing> = serde_json::from_str(&rev.data).ok();
            let name = listing
                .as_ref()
                .and_then(|l| {
                    l.translations
                        .get(locale.tag())
                        .or_else(|| l.translations.get("en"))
                })
                .map(|t| t.name.clone())
                .unwrap_or_else(|| tr(locale, "console-unnamed"));
            let (submitted, submitted_iso) = local_time(rev.submitted_at.unwrap_or(rev.updated_at));
            Waiting {
                href: format!("/console/review/{}", rev.place_id),
                name,
                name_zh: listing.map(|l| l.name_zh).unwrap_or_default(),
                submitted,
                submitted_iso,
            }
        })
        .collect();
    html(
        StatusCode::OK,
        &StaffPage {
            l: Layout::new(ctx, "console-staff-title"),
            role: role_label(locale, me.account.role),
            waiting,
            more,
        },
    )
}

//! The web console (DESIGN.md "Pages": `/console…`): server-rendered pages for merchants
//! and tourism staff, in the same process as the API and over the same store functions
//! (no second implementation, no HTTP call to itself).
//!
//! - Pages are askama templates (`templates/`, checked at compile time) with every string
//!   from Fluent (`locales/<tag>/console.ftl`), right-to-left for Arabic, plain HTML forms
//!   and one small stylesheet (`static/console.css`); no script at all.
//! - [`context`] is the one middleware: session cookie, language, CSRF, problem pages,
//!   security headers. Handlers state their preconditions with its extractors.
//! - Sign-in shares the API's rate-limit buckets and password rules (`auth`), and every
//!   action is written to the audit log as the API's are.
//!
//! Routes: `/console` (sends each role to its home), `/console/sign-in`, `/console/sign-up`,
//! `/console/sign-out`, `/console/listings`, `/console/listings/new`,
//! `/console/listings/{id}` and `…/{id}/submit` (merchant), `/console/staff`,
//! `/console/review`, `/console/review/{id}` and `…/{id}/approve|reject`, `/console/audit`,
//! `/console/routes`, `/console/routes/new`, `/console/routes/{id}` and
//! `…/{id}/publish|unpublish`, the same for `/console/events…` and `/console/alerts…`
//! (curator, admin), `/console/users` and
//! `/console/users/{id}/role` (admin), `/console/static/console.css`. Listing, review,
//! curation, roles and the audit log go through `workflow`, exactly as the API's merchant
//! and staff endpoints do.

/// Sign up, sign in, sign out.
mod account;
/// Alerts: list, create, edit, publish (curators, admins).
mod alerts;
/// The stylesheet.
mod assets;
/// The audit log (curators, admins).
mod audit;
/// The middleware and the extractors.
mod context;
/// What the event and alert pages share.
mod curated;
/// Events: list, create, edit, publish (curators, admins).
mod events;
/// A merchant's listing form: create, edit, submit.
mod listing;
/// The merchant's dashboard.
mod merchant;
/// The frame of every page, rendering and the page error type.
mod page;
/// The curator's review queue and decisions.
mod review;
/// Themed routes: list, create, edit, reorder stops, publish (curators, admins).
mod routes;
/// The staff home page.
mod staff;
/// Accounts and roles (admins).
mod users;

use std::time::Duration;

use askama::Template;
use axum::Router;
use axum::extract::OriginalUri;
use axum::http::StatusCode;
use axum::middleware;
use axum::response::Response;
use axum::routing::{get, post};
use tower_http::timeout::TimeoutLayer;

use crate::app::AppState;
use crate::auth::Role;
use context::{Ctx, forbidden};
use page::{Layout, PageError, see_other};

pub use context::CSP;

/// How long a console request may take before it is answered with 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// The console's routes, with its middleware; the caller adds the shared outer layers
/// (tracing, metrics, compression, request ids, security headers).
pub fn router(state: &AppState) -> Router<AppState> {
    let pages = Router::new()
        .route("/", get(home))
        .route(
            "/sign-in",
            get(account::sign_in_page).post(account::sign_in),
        )
        .route(
            "/sign-up",
            get(account::sign_up_page).post(account::sign_up),
        )
        .route("/sign-out", post(account::sign_out))
        .route("/listings", get(merchant::listings))
        .route(
            "/listings/new",
            get(listing::new_form).post(listing::create),
        )
        .route(
            "/listings/{id}",
            get(listing::edit_form).post(listing::save),
        )
        .route("/listings/{id}/submit", post(listing::submit))
        .route("/staff", get(staff::home))
        .route("/review", get(review::queue))
        .route("/review/{id}", get(review::one))
        .route("/review/{id}/approve", post(review::approve))
        .route("/review/{id}/reject", post(review::reject))
        .route("/audit", get(audit::log))
        .route("/users", get(users::page))
        .route("/users/{id}/role", post(users::set_role))
        .route("/routes", get(routes::list))
        .route("/routes/new", get(routes::new_form).post(routes::create))
        .route("/routes/{id}", get(routes::edit_form).post(routes::save))
        .route("/routes/{id}/publish", post(routes::publish))
        .route("/routes/{id}/unpublish", post(routes::unpublish))
        .route("/events", get(events::list))
        .route("/events/new", get(events::new_form).post(events::create))
        .route("/events/{id}", get(events::edit_form).post(events::save))
        .route("/events/{id}/publish", post(events::publish))
        .route("/events/{id}/unpublish", post(events::unpublish))
        .route("/alerts", get(alerts::list))
        .route("/alerts/new", get(alerts::new_form).post(alerts::create))
        .route("/alerts/{id}", get(alerts::edit_form).post(alerts::save))
        .route("/alerts/{id}/publish", post(alerts::publish))
        .route("/alerts/{id}/unpublish", post(alerts::unpublish))
        .fallback(not_found)
        // Inside the middleware, so that a timeout is rendered as a page too.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            context::middleware,
        ));
    // The stylesheet needs no session, language or CSRF check.
    let assets = Router::new().route("/static/console.css", get(assets::stylesheet));
    Router::new().nest("/console", assets.merge(pages))
}

/// `/console`: each role's home; signed-out browsers go to sign in.
async fn home(ctx: Ctx) -> Result<Response, PageError> {
    Ok(match ctx.account.as_ref().map(|a| a.role) {
        None => see_other("/console/sign-in"),
        Some(Role::Merchant) => see_other("/console/listings"),
        Some(role) if role.is_staff() => see_other("/console/staff"),
        Some(role) => return Err(forbidden(&ctx, role)),
    })
}

/// Unknown console paths; `/console/` is only `/console` with a slash too many.
async fn not_found(uri: OriginalUri) -> Result<Response, PageError> {
    if uri.path() == "/console/" {
        Ok(see_other("/console"))
    } else {
        Err(PageError::NotFound)
    }
}

/// A language offered on the "language not available" page.
pub(crate) struct ProblemLanguage {
    href: String,
    tag: &'static str,
    name: &'static str,
}

/// The page of a failure (404, 403, 400, 500…).
#[derive(Template)]
#[template(path = "problem.html")]
pub(crate) struct ProblemPage {
    l: Layout,
    status: usize,
    detail: Option<String>,
    languages: Vec<ProblemLanguage>,
    home: &'static str,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use guide_domain::Locale;
    use guide_domain::l10n::has_message;

    /// Every `t("…")`, `t1("…"`, `tn("…"` key in the templates, and every
    /// `"console-…"` literal in the console's code.
    fn keys_used() -> BTreeSet<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/console");
        let mut keys = BTreeSet::new();
        let mut files = vec![];
        for entry in std::fs::read_dir(dir)
            .unwrap()
            .chain(std::fs::read_dir(format!("{dir}/templates")).unwrap())
        {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "rs" || e == "html") {
                files.push(path);
            }
        }
        for path in files {
            let source = std::fs::read_to_string(&path).unwrap();
            for piece in source.split('"').skip(1).step_by(2) {
                let key_like = piece.starts_with("console-")
                    && piece.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                if key_like && !piece.ends_with('-') {
                    keys.insert(piece.to_owned());
                }
            }
        }
        keys
    }

    #[test]
    fn every_message_the_console_uses_exists_in_english() {
        let keys = keys_used();
        assert!(
            keys.len() > 40,
            "the scan finds the console's messages ({})",
            keys.len()
        );
        let missing: Vec<_> = keys
            .iter()
            .filter(|k| !has_message(Locale::En, k))
            .collect();
        assert!(
            missing.is_empty(),
            "messages missing from locales/en/console.ftl: {missing:?}"
        );
    }

    #[test]
    fn role_and_status_messages_built_at_run_time_exist() {
        for role in crate::auth::Role::WIRE {
            assert!(
                has_message(Locale::En, &format!("console-role-{role}")),
                "{role}"
            );
        }
    }
}

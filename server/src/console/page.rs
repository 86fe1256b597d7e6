//! What every console page shares: the [`Layout`] the base template draws (language,
//! direction, navigation, the signed-in account, the language switch), Fluent lookups
//! for templates, rendering to a response, and [`PageError`], the console's counterpart
//! of the API's `Error`.

use askama::Template;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use guide_domain::l10n::{MsgArg, tr, tr_args};
use guide_domain::locale::{Locale, TextDirection};
use sea_orm::DbErr;

use super::context::Ctx;
use crate::auth::Role;
use crate::error::Msg;

/// One link of the navigation bar.
pub struct NavItem {
    /// Absolute path.
    pub href: &'static str,
    /// Localized label.
    pub label: String,
    /// Whether it is the page being shown (`aria-current="page"`).
    pub current: bool,
}

/// One choice of the language switch.
pub struct LanguageChoice {
    /// BCP 47 tag, the value sent as `?lang=`.
    pub tag: &'static str,
    /// The language's own name for itself.
    pub name: &'static str,
    /// Whether it is the language of this page.
    pub selected: bool,
}

/// The signed-in account as the header shows it.
pub struct Who {
    /// Email address.
    pub email: String,
    /// Localized role.
    pub role: String,
}

/// The frame of every page, built from the request's [`Ctx`].
pub struct Layout {
    /// The page's language.
    pub locale: Locale,
    /// Its tag, for `<html lang>`.
    pub lang: &'static str,
    /// `ltr` or `rtl`, for `<html dir>`.
    pub dir: &'static str,
    /// The page title (also the `<h1>`).
    pub title: String,
    /// The signed-in account, if any.
    pub who: Option<Who>,
    /// The CSRF token the header's sign-out form sends.
    pub csrf: String,
    /// Navigation links for this visitor.
    pub nav: Vec<NavItem>,
    /// The language switch.
    pub languages: Vec<LanguageChoice>,
    /// Where the language switch sends its `GET` (the current page).
    pub path: String,
    /// The stylesheet's URL.
    pub css: &'static str,
}

impl Layout {
    /// The frame for a page titled by the message `title_key`.
    pub fn new(ctx: &Ctx, title_key: &str) -> Layout {
        let locale = ctx.locale;
        let mut nav = Vec::new();
        let mut link = |href: &'static str, key: &str| {
            let current = ctx.path == href;
            nav.push(NavItem {
                href,
                label: tr(locale, key),
                current,
            });
        };
        match ctx.account.as_ref().map(|a| a.role) {
            None => {
                link("/console/sign-in", "console-nav-sign-in");
                link("/console/sign-up", "console-nav-sign-up");
            }
            Some(Role::Merchant) => {
                link("/console/listings", "console-nav-listings");
                link("/console/listings/new", "console-nav-new-listing");
            }
            Some(role) if role.is_staff() => {
                link("/console/staff", "console-nav-staff");
                link("/console/review", "console-nav-review");
                link("/console/routes", "console-nav-routes");
                link("/console/events", "console-nav-events");
                link("/console/alerts", "console-nav-alerts");
                link("/console/audit", "console-nav-audit");
                if role == Role::Admin {
                    link("/console/users", "console-nav-users");
                }
            }
            Some(_) => {}
        }
        Layout {
            locale,
            lang: locale.tag(),
            dir: match locale.direction() {
                TextDirection::Ltr => "ltr",
                TextDirection::Rtl => "rtl",
            },
            title: tr(locale, title_key),
            who: ctx.account.as_ref().map(|a| Who {
                email: a.email.clone(),
                role: role_label(locale, a.role),
            }),
            csrf: ctx.form_token(),
            nav,
            languages: Locale::ALL
                .iter()
                .map(|l| LanguageChoice {
                    tag: l.tag(),
                    name: l.native_name(),
                    selected: *l == locale,
                })
                .collect(),
            path: ctx.path.clone(),
            css: super::assets::stylesheet_href(),
        }
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        tr(self.locale, key)
    }

    /// The message `key` with one text variable.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        tr_args(self.locale, key, &[(name, MsgArg::from(value))])
    }

    /// The message `key` with one number variable (plural forms apply).
    pub fn tn(&self, key: &str, name: &str, value: impl std::borrow::Borrow<usize>) -> String {
        tr_args(self.locale, key, &[(name, MsgArg::from(*value.borrow()))])
    }
}

/// A role in a language.
pub fn role_label(locale: Locale, role: Role) -> String {
    tr(locale, &format!("console-role-{}", role.as_str()))
}

/// Renders a template as an HTML response.
pub fn html(status: StatusCode, page: &impl Template) -> Result<Response, PageError> {
    let body = page
        .render()
        .map_err(|e| PageError::Internal(anyhow::anyhow!("rendering a console page: {e}")))?;
    let mut response = (status, body).into_response();
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(HTML));
    Ok(response)
}

/// Media type of console pages.
pub const HTML: &str = "text/html; charset=utf-8";

/// A `303 See Other` to a path of the console (the answer to a successful form post, so
/// that reloading the next page does not send the form again).
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// Every way a console page can fail. Like the API's `Error`, it does not write text
/// itself: it attaches a [`Problem`] to the response, and the console's middleware
/// (`context::middleware`) renders it as a page in the request's language, inside the
/// usual frame.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    /// 404: no such page, or an object this account may not see.
    #[error("not found")]
    NotFound,
    /// 403: signed in, but the role may not open this page; the detail says why.
    #[error("forbidden: {0:?}")]
    Forbidden(Msg),
    /// 400: the address or form was not understood; the detail says what would be.
    #[error("bad request: {0:?}")]
    BadRequest(Msg),
    /// 500: logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<DbErr> for PageError {
    fn from(e: DbErr) -> Self {
        PageError::Internal(anyhow::Error::new(e).context("database"))
    }
}

impl From<crate::error::Error> for PageError {
    fn from(e: crate::error::Error) -> Self {
        PageError::Internal(anyhow::anyhow!("{e}"))
    }
}

/// A failure waiting to be rendered: status, title and detail as Fluent messages.
#[derive(Debug, Clone)]
pub struct Problem {
    /// HTTP status of the page.
    pub status: StatusCode,
    /// Fluent key of the title.
    pub title: &'static str,
    /// What happened and what to do, if there is more to say than the title.
    pub detail: Option<Msg>,
    /// Offer every language (for an unsupported `?lang=`).
    pub languages: bool,
}

impl Problem {
    /// The page for a status that no handler described (raised by the router or an
    /// extractor: unknown path, wrong method, a form that does not parse).
    pub fn for_status(status: StatusCode) -> Problem {
        let (title, detail) = match status {
            StatusCode::NOT_FOUND => (
                "console-problem-not-found-title",
                "console-problem-not-found-detail",
            ),
            s if s.is_server_error() || s == StatusCode::REQUEST_TIMEOUT => (
                "console-problem-internal-title",
                "console-problem-internal-detail",
            ),
            _ => (
                "console-problem-bad-request-title",
                "console-problem-bad-request-detail",
            ),
        };
        Problem {
            status,
            title,
            detail: Some(Msg::new(detail)),
            languages: false,
        }
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let problem = match &self {
            PageError::NotFound => Problem::for_status(StatusCode::NOT_FOUND),
            PageError::Forbidden(detail) => Problem {
                status: StatusCode::FORBIDDEN,
                title: "console-problem-forbidden-title",
                detail: Some(detail.clone()),
                languages: false,
            },
            PageError::BadRequest(detail) => Problem {
                status: StatusCode::BAD_REQUEST,
                title: "console-problem-bad-request-title",
                detail: Some(detail.clone()),
                languages: false,
            },
            PageError::Internal(_) => Problem::for_status(StatusCode::INTERNAL_SERVER_ERROR),
        };
        // The only place console failures are logged; the page shows a generic text.
        if problem.status.is_server_error() {
            tracing::error!(error = format!("{self:#}"), "console page failed");
        } else {
            tracing::debug!(error = %self, "console request refused");
        }
        problem_response(problem)
    }
}

/// An empty response carrying `problem` for the middleware to render.
pub fn problem_response(problem: Problem) -> Response {
    let mut response = problem.status.into_response();
    response.extensions_mut().insert(problem);
    response
}

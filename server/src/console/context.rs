//! The console's one middleware and its extractors: every console request passes through
//! [`middleware`], which
//!
//! 1. finds the signed-in account from the session cookie (a row of `console_sessions`,
//!    read on every request so a sign-out ends the session on every node at once);
//! 2. picks the language: `?lang=` (then remembered in a cookie), else the remembered
//!    choice, else the account's language, else `Accept-Language`;
//! 3. refuses any form post whose CSRF token is missing or wrong: the session's
//!    synchronizer token once signed in, and before that (sign-in and sign-up forms) the
//!    token of a `SameSite=Strict` cookie that the form must repeat (double submit);
//! 4. renders every failure — a [`Problem`] attached by a handler, or a bare 4xx/5xx from
//!    the router or an extractor — as a page in the request's language;
//! 5. adds the console's Content-Security-Policy (no inline script or style: only the
//!    console's own stylesheet), `Cache-Control: no-store` and `Content-Language`.
//!
//! Handlers state what they need with [`Ctx`], [`SignedIn`], [`MerchantUser`],
//! [`StaffUser`] or [`AdminUser`]; the last three check the role exactly as the API's
//! guards do (`http::extract`): merchant pages need `Role::Merchant`, staff pages
//! `Role::is_staff`, admin pages `Role::Admin`.

use std::net::{IpAddr, SocketAddr};

use axum::body::{Body, to_bytes};
use axum::extract::{ConnectInfo, FromRequestParts, OriginalUri, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{Duration, Utc};
use guide_domain::locale::{Locale, negotiate};

use super::page::{HTML, Layout, PageError, Problem, role_label, see_other};
use crate::app::AppState;
use crate::auth::{self, Role};
use crate::error::Msg;
use crate::i18n::text;
use crate::store::audit::Actor;
use crate::store::console_sessions::{self, ConsoleSession, Lifetimes};

/// Cookie holding the session token (path `/console`).
pub const SESSION_COOKIE: &str = "guide_console";
/// Cookie holding the CSRF token of the signed-out forms (path `/console`).
pub const CSRF_COOKIE: &str = "guide_csrf";
/// Cookie remembering the chosen language (path `/`, so public pages can use it too).
pub const LANG_COOKIE: &str = "guide_lang";
/// Name of the hidden form field that carries the CSRF token.
pub const CSRF_FIELD: &str = "csrf";

/// A console session ends 12 hours after sign-in, or after 2 hours without a request.
pub const LIFETIMES: Lifetimes = Lifetimes {
    absolute: Duration::hours(12),
    idle: Duration::hours(2),
};

/// Largest form body the console accepts, in bytes (its forms are a few fields).
const MAX_FORM_BYTES: usize = 64 * 1024;

/// The content security policy of console pages: nothing but the console's own
/// stylesheet and forms that post back to it; no script at all, no framing.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The signed-in account of a request.
#[derive(Debug, Clone)]
pub struct Account {
    /// User id.
    pub id: String,
    /// Lower-cased email.
    pub email: String,
    /// Current role (read from the database on every request, as the API does).
    pub role: Role,
    /// The account's preferred language (BCP 47).
    pub locale: String,
}

impl Account {
    /// As an audit-log actor.
    pub fn actor(&self) -> Actor {
        Actor {
            id: self.id.clone(),
            role: self.role.as_str().to_owned(),
        }
    }
}

/// What the middleware learned about a request; every console handler can extract it.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The page's language.
    pub locale: Locale,
    /// The signed-in account, if any.
    pub account: Option<Account>,
    /// Its session.
    pub session: Option<ConsoleSession>,
    /// The CSRF token of signed-out forms (the value of [`CSRF_COOKIE`]).
    pub anon_csrf: Option<String>,
    /// Whether the browser reached us over https (directly or through a proxy that says
    /// so); cookies are `Secure` then.
    pub secure: bool,
    /// The request's path as the browser sent it (`/console/listings`).
    pub path: String,
    /// The client's address (the TCP peer), for rate limits.
    pub ip: IpAddr,
    /// A session cookie came, but its session is over (signed out, expired, idle).
    pub session_ended: bool,
}

impl Ctx {
    /// The CSRF token this request's forms must carry.
    fn csrf_token(&self) -> Option<&str> {
        match &self.session {
            Some(s) => Some(s.csrf_token.as_str()),
            None => self.anon_csrf.as_deref(),
        }
    }

    /// The CSRF token to print into a form, masked with a fresh random pad each time, so
    /// that compressed pages never repeat the secret byte for byte (BREACH).
    pub fn form_token(&self) -> String {
        self.csrf_token().and_then(mask).unwrap_or_default()
    }

    /// A `Set-Cookie` value for this request's scheme.
    pub fn cookie(
        &self,
        name: &str,
        value: &str,
        path: &str,
        max_age: Option<i64>,
        same_site: &str,
    ) -> HeaderValue {
        let mut cookie = format!("{name}={value}; Path={path}; HttpOnly; SameSite={same_site}");
        if let Some(age) = max_age {
            cookie.push_str(&format!("; Max-Age={age}"));
        }
        if self.secure {
            cookie.push_str("; Secure");
        }
        HeaderValue::from_str(&cookie).expect("cookie values are URL-safe base64 or locale tags")
    }

    /// A `Set-Cookie` value that deletes a cookie.
    pub fn clear_cookie(&self, name: &str, path: &str) -> HeaderValue {
        self.cookie(name, "", path, Some(0), "Lax")
    }

    /// Where to send a browser that must sign in first, coming back here afterwards.
    fn sign_in_url(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        query.append_pair("next", &self.path);
        if self.session_ended {
            query.append_pair("notice", "session_ended");
        }
        format!("/console/sign-in?{}", query.finish())
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Ctx {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Ctx>().cloned().ok_or_else(|| {
            PageError::Internal(anyhow::anyhow!(
                "console handler without the console middleware"
            ))
        })
    }
}

/// A request of a signed-in account (any role). Without one the browser is sent to the
/// sign-in page, and back here afterwards.
pub struct SignedIn {
    /// The request context.
    pub ctx: Ctx,
    /// The account.
    pub account: Account,
}

impl<S: Send + Sync> FromRequestParts<S> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let ctx = Ctx::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match ctx.account.clone() {
            Some(account) => Ok(SignedIn { ctx, account }),
            None => Err(see_other(&ctx.sign_in_url())),
        }
    }
}

/// The 403 of a role that may not open a page.
pub fn forbidden(ctx: &Ctx, role: Role) -> PageError {
    let detail = if role == Role::Visitor {
        Msg::new("console-problem-visitor-detail")
    } else {
        Msg::new("console-problem-forbidden-detail").arg("role", role_label(ctx.locale, role))
    };
    PageError::Forbidden(detail)
}

macro_rules! role_page {
    ($(#[$meta:meta])* $name:ident, $allowed:expr) => {
        $(#[$meta])*
        pub struct $name(pub SignedIn);

        impl<S: Send + Sync> FromRequestParts<S> for $name {
            type Rejection = Response;

            async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
                let signed_in = SignedIn::from_request_parts(parts, state).await?;
                let allowed: fn(Role) -> bool = $allowed;
                if allowed(signed_in.account.role) {
                    Ok($name(signed_in))
                } else {
                    Err(forbidden(&signed_in.ctx, signed_in.account.role).into_response())
                }
            }
        }
    };
}

role_page!(
    /// A merchant (their own listings only), as the API's `Merchant` guard.
    MerchantUser, |r| r == Role::Merchant
);
role_page!(
    /// A curator or an admin, as the API's `Staff` guard.
    StaffUser, |r| r.is_staff()
);
role_page!(
    /// An admin, as the API's `Admin` guard.
    AdminUser, |r| r == Role::Admin
);

/// The cookies of a request, first occurrence of each name.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.trim())
}

/// A token we issued: URL-safe base64 of 32 bytes. Anything else in a cookie is ignored
/// before it reaches the database.
fn token_shaped(value: &str) -> bool {
    value.len() == 43
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether the browser reached us over https: the server itself speaks plain HTTP, so
/// that is what a TLS-terminating proxy says in `X-Forwarded-Proto` or `Forwarded`. (A
/// client forging the header only makes its own cookies stricter.)
fn is_https(headers: &HeaderMap) -> bool {
    let forwarded_proto = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("https"));
    let forwarded = headers
        .get(header::FORWARDED)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .is_some_and(|v| {
            v.split(';')
                .any(|p| p.trim().eq_ignore_ascii_case("proto=https"))
        });
    forwarded_proto || forwarded
}

/// `pad ‖ (pad ⊕ token)`, URL-safe base64: the token, different on every page.
fn mask(token: &str) -> Option<String> {
    let raw = URL_SAFE_NO_PAD.decode(token).ok()?;
    let mut pad = vec![0u8; raw.len()];
    getrandom::fill(&mut pad).ok()?;
    let masked: Vec<u8> = raw.iter().zip(&pad).map(|(r, p)| r ^ p).collect();
    Some(URL_SAFE_NO_PAD.encode([pad, masked].concat()))
}

/// The token inside a masked form value.
fn unmask(sent: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(sent).ok()?;
    if bytes.is_empty() || bytes.len() % 2 != 0 {
        return None;
    }
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    let raw: Vec<u8> = pad.iter().zip(masked).map(|(p, m)| p ^ m).collect();
    Some(URL_SAFE_NO_PAD.encode(raw))
}

/// Compares two secrets in time that depends only on their lengths.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// The language of a request: `(locale, a new choice to remember, an unsupported
/// `?lang=` value)`. With an unsupported value the locale is the one to explain that in.
fn language(
    query: Option<&str>,
    headers: &HeaderMap,
    account: Option<&Account>,
) -> (Locale, Option<Locale>, Option<String>) {
    let param = query.and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "lang")
            .map(|(_, v)| v.trim().to_owned())
    });
    let remembered = cookie(headers, LANG_COOKIE)
        .and_then(Locale::from_tag)
        .or_else(|| account.and_then(|a| Locale::from_tag(&a.locale)));
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let fallback = remembered.unwrap_or_else(|| {
        negotiate(None, accept)
            .map(|n| n.locale)
            .unwrap_or(Locale::En)
    });
    match param.filter(|p| !p.is_empty()) {
        None => (fallback, None, None),
        Some(value) => match negotiate(Some(&value), None) {
            Ok(n) => (n.locale, Some(n.locale), None),
            Err(_) => (fallback, None, Some(value)),
        },
    }
}

/// The middleware (see the module documentation).
pub async fn middleware(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let now = Utc::now();
    let headers = req.headers();
    let path = req
        .extensions()
        .get::<OriginalUri>()
        .map(|u| u.path().to_owned())
        .unwrap_or_else(|| req.uri().path().to_owned());
    let ip = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    let secure = is_https(headers);
    let session_token = cookie(headers, SESSION_COOKIE)
        .filter(|t| token_shaped(t))
        .map(str::to_owned);
    let anon_csrf = cookie(headers, CSRF_COOKIE)
        .filter(|t| token_shaped(t))
        .map(str::to_owned);

    let mut ctx = Ctx {
        locale: Locale::En,
        account: None,
        session: None,
        anon_csrf: None,
        secure,
        path,
        ip,
        // A cookie that is not even token-shaped names no session either.
        session_ended: cookie(headers, SESSION_COOKIE).is_some() && session_token.is_none(),
    };
    let mut failure = None;
    if let Some(token) = &session_token {
        match console_sessions::live(&state.db, &auth::token_hash(token), LIFETIMES.idle, now).await
        {
            Ok(Some((session, user))) => match user.role.parse::<Role>() {
                Ok(role) => {
                    if let Err(e) = console_sessions::touch(&state.db, &session, now).await {
                        tracing::warn!(error = %e, "could not record console session activity");
                    }
                    ctx.account = Some(Account {
                        id: user.id,
                        email: user.email,
                        role,
                        locale: user.locale,
                    });
                    ctx.session = Some(session);
                }
                Err(_) => {
                    tracing::warn!(user = %user.id, role = %user.role, "console session of an account with an unknown role");
                    ctx.session_ended = true;
                }
            },
            Ok(None) => ctx.session_ended = true,
            // A database hiccup is not a sign-out: the cookie stays.
            Err(e) => failure = Some(PageError::from(e)),
        }
    }
    let (locale, remember, unsupported) =
        language(req.uri().query(), headers, ctx.account.as_ref());
    ctx.locale = locale;
    // Signed-out forms get their token from a cookie; a page that shows one sets it.
    let mut new_anon = None;
    if ctx.session.is_none() {
        ctx.anon_csrf = match anon_csrf.clone() {
            Some(token) => Some(token),
            None => match auth::new_refresh_token() {
                Ok(token) => {
                    new_anon = Some(token.clone());
                    Some(token)
                }
                Err(e) => {
                    failure = Some(PageError::Internal(e));
                    None
                }
            },
        };
    }

    let response = if let Some(e) = failure {
        e.into_response()
    } else if let Some(value) = unsupported {
        super::page::problem_response(Problem {
            status: StatusCode::BAD_REQUEST,
            title: "console-problem-bad-language-title",
            detail: Some(Msg::new("console-problem-bad-language-detail").arg("value", value)),
            languages: true,
        })
    } else if !matches!(*req.method(), Method::GET | Method::HEAD) {
        // The token a form must repeat is the one the browser held *before* this request.
        let expected = ctx
            .session
            .as_ref()
            .map(|s| s.csrf_token.clone())
            .or(anon_csrf);
        match checked_form(req, expected.as_deref()).await {
            Ok(mut req) => {
                req.extensions_mut().insert(ctx.clone());
                next.run(req).await
            }
            Err(problem) => super::page::problem_response(problem),
        }
    } else {
        let mut req = req;
        req.extensions_mut().insert(ctx.clone());
        next.run(req).await
    };
    finish(response, &ctx, remember, new_anon)
}

/// Reads a form post and lets it through only with the right CSRF token; the body is
/// buffered (it is small) and handed on unchanged.
async fn checked_form(req: Request, expected: Option<&str>) -> Result<Request, Problem> {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.trim().starts_with("application/x-www-form-urlencoded"));
    if !is_form {
        return Err(Problem::for_status(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
    let (parts, body) = req.into_parts();
    let bytes = to_bytes(body, MAX_FORM_BYTES).await.map_err(|_| Problem {
        detail: Some(Msg::new("console-problem-too-large-detail").arg("max", MAX_FORM_BYTES)),
        ..Problem::for_status(StatusCode::PAYLOAD_TOO_LARGE)
    })?;
    let mut sent = None;
    for (key, value) in form_urlencoded::parse(&bytes) {
        // PostgreSQL cannot store NUL in text, and no field of ours has a use for it.
        if key.contains('\0') || value.contains('\0') {
            return Err(Problem::for_status(StatusCode::BAD_REQUEST));
        }
        if key == CSRF_FIELD && sent.is_none() {
            sent = Some(value.into_owned());
        }
    }
    let ok = matches!((expected, sent.as_deref().and_then(unmask)), (Some(e), Some(s)) if same_secret(e, &s));
    if !ok {
        tracing::info!(path = %parts.uri.path(), "console form refused: CSRF token missing or wrong");
        return Err(Problem {
            status: StatusCode::FORBIDDEN,
            title: "console-problem-csrf-title",
            detail: Some(Msg::new("console-problem-csrf-detail")),
            languages: false,
        });
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// Renders problems as pages and adds the console's headers and cookies.
fn finish(
    response: Response,
    ctx: &Ctx,
    remember: Option<Locale>,
    new_anon: Option<String>,
) -> Response {
    let mut response = response;
    let status = response.status();
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let problem = match response.extensions_mut().remove::<Problem>() {
        Some(problem) => Some(problem),
        None if (status.is_client_error() || status.is_server_error()) && !is_html => {
            Some(Problem::for_status(status))
        }
        None => None,
    };
    if let Some(problem) = problem {
        let page = problem_page(ctx, &problem);
        let (mut parts, _) = response.into_parts();
        parts
            .headers
            .insert(header::CONTENT_TYPE, HeaderValue::from_static(HTML));
        parts.headers.remove(header::CONTENT_LENGTH);
        response = Response::from_parts(parts, Body::from(page));
    }
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(ctx.locale.tag()),
    );
    // Pages carry CSRF tokens and personal data: never stored by a browser or a proxy.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // The middleware's cookies go first, so a handler's own (a new session at sign-in)
    // win where both set the same name.
    let theirs: Vec<HeaderValue> = h.get_all(header::SET_COOKIE).iter().cloned().collect();
    h.remove(header::SET_COOKIE);
    if ctx.session_ended {
        h.append(
            header::SET_COOKIE,
            ctx.clear_cookie(SESSION_COOKIE, "/console"),
        );
    }
    if let Some(locale) = remember {
        h.append(
            header::SET_COOKIE,
            ctx.cookie(LANG_COOKIE, locale.tag(), "/", Some(365 * 24 * 3600), "Lax"),
        );
    }
    if let Some(token) = new_anon {
        h.append(
            header::SET_COOKIE,
            ctx.cookie(CSRF_COOKIE, &token, "/console", None, "Strict"),
        );
    }
    for cookie in theirs {
        h.append(header::SET_COOKIE, cookie);
    }
    response
}

/// A problem as a page; if even that fails, a plain sentence.
fn problem_page(ctx: &Ctx, problem: &Problem) -> String {
    use askama::Template;
    let languages = if problem.languages {
        Locale::ALL
            .iter()
            .map(|loc| super::ProblemLanguage {
                href: format!("{}?lang={}", ctx.path, loc.tag()),
                tag: loc.tag(),
                name: loc.native_name(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let detail = problem.detail.as_ref().map(|m| text(ctx.locale, m));
    let home = if ctx.account.is_some() {
        "/console"
    } else {
        "/console/sign-in"
    };
    let page = super::ProblemPage {
        l: Layout::new(ctx, problem.title),
        status: problem.status.as_u16().into(),
        detail,
        languages,
        home,
    };
    page.render().unwrap_or_else(|e| {
        tracing::error!(error = %e, "rendering a console problem page");
        text(ctx.locale, &Msg::new("console-problem-internal-detail"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_tokens_are_masked_differently_every_time_and_unmask_to_the_secret() {
        let secret = auth::new_refresh_token().unwrap();
        let (a, b) = (mask(&secret).unwrap(), mask(&secret).unwrap());
        assert_ne!(a, b, "a fresh pad each time");
        assert!(!a.contains(&secret));
        assert_eq!(unmask(&a).as_deref(), Some(secret.as_str()));
        assert_eq!(unmask(&b).as_deref(), Some(secret.as_str()));
        assert_ne!(
            unmask(&secret).as_deref(),
            Some(secret.as_str()),
            "the bare secret is not a form token"
        );
        assert_eq!(unmask("not base64!"), None);
    }

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
    }

    #[test]
    fn https_is_what_the_proxy_says() {
        let mut h = HeaderMap::new();
        assert!(!is_https(&h));
        h.insert("x-forwarded-proto", HeaderValue::from_static("https"));
        assert!(is_https(&h));
        let mut h = HeaderMap::new();
        h.insert(
            header::FORWARDED,
            HeaderValue::from_static("for=192.0.2.1;proto=https;by=203.0.113.4"),
        );
        assert!(is_https(&h));
    }
}

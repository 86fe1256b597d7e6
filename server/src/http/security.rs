//! Security headers on every response and CORS for the origins in `GUIDE_CORS_ORIGINS`
//! (OWASP API8:2023 "Security misconfiguration"; docs/SECURITY.md).

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderName, HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::error::{Error, Msg};

/// Longest path and query read, in bytes. Longer ones get a 414 problem here. (hyper
/// itself refuses request targets over 64 KiB with a bare 414 before any of our code
/// runs; `crate::connections` cannot change that answer.)
pub const MAX_URI_BYTES: usize = 16 * 1024;

/// Refuses, before anything else reads the request: a path and query over
/// [`MAX_URI_BYTES`] (414), and an HTTP/1.1 request without `Host` (400, as RFC 9112
/// §3.2 requires; hyper accepts it).
pub fn check_request_line(req: &Request) -> Result<(), Error> {
    let length = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if length > MAX_URI_BYTES {
        return Err(Error::UriTooLong(MAX_URI_BYTES));
    }
    if req.version() == axum::http::Version::HTTP_11 && !req.headers().contains_key(header::HOST) {
        return Err(Error::HostRequired);
    }
    Ok(())
}

/// Refuses a NUL character (`%00`) anywhere in the path or query with a 400: PostgreSQL
/// cannot store or compare text containing NUL and would turn it into a 500, and no
/// legitimate id, slug or filter contains one.
pub fn check_nul(req: &Request) -> Result<(), Error> {
    let uri = req.uri();
    let has_nul = |s: &str| s.as_bytes().windows(3).any(|w| w == b"%00");
    if has_nul(uri.path()) || uri.query().is_some_and(has_nul) {
        let field = if has_nul(uri.path()) { "path" } else { "query" };
        return Err(Error::bad_param(
            field,
            "invalid_character",
            Msg::new("field-nul-character"),
        ));
    }
    Ok(())
}

/// Which security headers a response gets, decided from the request's path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exposure {
    /// Data: a CSP that forbids everything (API responses are never documents to render).
    Data,
    /// The Swagger UI under `/docs`: keeps its scripts, may not be framed.
    Docs,
    /// Account routes (tokens, personal data): data, and `Cache-Control: no-store`.
    Private,
}

impl Exposure {
    /// The exposure of a request path.
    pub fn of(path: &str) -> Self {
        if path.starts_with("/docs") {
            Self::Docs
        } else if ["/v1/auth", "/v1/me", "/v1/merchant", "/v1/staff"]
            .iter()
            .any(|p| path.starts_with(p))
        {
            Self::Private
        } else {
            Self::Data
        }
    }
}

/// Adds `X-Content-Type-Options`, `Referrer-Policy`, `X-Frame-Options`,
/// `Cross-Origin-Resource-Policy` and a CSP (unless the response set its own, as console
/// pages do for their stylesheet); `no-store` for [`Exposure::Private`].
pub fn add_headers(exposure: Exposure, h: &mut HeaderMap) {
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let csp = match exposure {
        Exposure::Docs => "frame-ancestors 'none'",
        Exposure::Data | Exposure::Private => "default-src 'none'; frame-ancestors 'none'",
    };
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(csp));
    h.insert(
        HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-site"),
    );
    if exposure == Exposure::Private {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// CORS for an explicit list of origins, or `None` (no CORS headers at all, so browsers
/// on other origins cannot read responses) when the list is empty. Credentials (cookies)
/// are never allowed: the API uses bearer tokens.
pub fn cors(origins: &[String]) -> Option<CorsLayer> {
    let origins: Vec<HeaderValue> = origins
        .iter()
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    if origins.is_empty() {
        return None;
    }
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_methods([
                Method::GET,
                Method::HEAD,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([
                header::AUTHORIZATION,
                header::CONTENT_TYPE,
                header::IF_MATCH,
                header::IF_NONE_MATCH,
                header::ACCEPT_LANGUAGE,
            ])
            .expose_headers([
                header::ETAG,
                header::RETRY_AFTER,
                header::CONTENT_LANGUAGE,
                header::WWW_AUTHENTICATE,
                header::LOCATION,
            ])
            .max_age(std::time::Duration::from_secs(600)),
    )
}

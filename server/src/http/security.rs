//! Security headers on every response and CORS for the origins in `GUIDE_CORS_ORIGINS`
//! (OWASP API8:2023 "Security misconfiguration"; docs/SECURITY.md).

use axum::extract::Request;
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::error::{Error, Msg};

/// Longest path and query read, in bytes. Longer ones get a 414 problem here. (hyper
/// itself refuses request targets over 64 KiB with a bare 414 before any of our code
/// runs; `crate::connections` cannot change that answer.)
pub const MAX_URI_BYTES: usize = 16 * 1024;

/// Refuses, before anything else reads the request: a path and query over
/// [`MAX_URI_BYTES`] (414), and an HTTP/1.1 request without `Host` (400, as RFC 9112
/// §3.2 requires; hyper accepts it).
pub async fn request_line(req: Request, next: Next) -> Response {
    let length = req.uri().path_and_query().map_or(0, |p| p.as_str().len());
    if length > MAX_URI_BYTES {
        return Error::UriTooLong(MAX_URI_BYTES).into_response();
    }
    if req.version() == axum::http::Version::HTTP_11 && !req.headers().contains_key(header::HOST) {
        return Error::HostRequired.into_response();
    }
    next.run(req).await
}

/// Refuses a NUL character (`%00`) anywhere in the path or query with a 400: PostgreSQL
/// cannot store or compare text containing NUL and would turn it into a 500, and no
/// legitimate id, slug or filter contains one.
pub async fn reject_nul(req: Request, next: Next) -> Response {
    let uri = req.uri();
    let has_nul = |s: &str| s.as_bytes().windows(3).any(|w| w == b"%00");
    if has_nul(uri.path()) || uri.query().is_some_and(has_nul) {
        let field = if has_nul(uri.path()) { "path" } else { "query" };
        return Error::bad_param(field, "invalid_character", Msg::new("field-nul-character"))
            .into_response();
    }
    next.run(req).await
}

/// Adds `X-Content-Type-Options`, `Referrer-Policy`, `X-Frame-Options` and a CSP that
/// forbids everything for API responses (they are data, never documents to render). The
/// Swagger UI under `/docs` keeps its scripts but may not be framed either. Responses of
/// account routes are `Cache-Control: no-store` (tokens, personal data).
pub async fn headers(req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let mut response = next.run(req).await;
    let h = response.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    let csp = if path.starts_with("/docs") {
        "frame-ancestors 'none'"
    } else {
        "default-src 'none'; frame-ancestors 'none'"
    };
    // Console pages set their own (they load the console's stylesheet).
    h.entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(csp));
    h.insert(
        HeaderName::from_static("cross-origin-resource-policy"),
        HeaderValue::from_static("same-site"),
    );
    let private = ["/v1/auth", "/v1/me", "/v1/merchant", "/v1/staff"]
        .iter()
        .any(|p| path.starts_with(p));
    if private {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
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

//! The console's stylesheet, compiled into the binary and served from it (no CDN, no
//! build step). Its URL carries a hash of its content, so browsers may keep it for a year
//! and still never show a stale one after an upgrade.

use std::sync::OnceLock;

use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::http::etag;

/// The stylesheet.
const CSS: &str = include_str!("static/console.css");

/// The stylesheet's URL, versioned by its content.
pub fn stylesheet_href() -> &'static str {
    static HREF: OnceLock<String> = OnceLock::new();
    HREF.get_or_init(|| {
        let tag = etag::tag_of(CSS.as_bytes());
        let version: String = tag
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .skip(1)
            .take(12)
            .collect();
        format!("/console/static/console.css?v={version}")
    })
}

/// `GET /console/static/console.css`.
pub async fn stylesheet(headers: HeaderMap) -> Response {
    let tag = etag::tag_of(CSS.as_bytes());
    let fresh = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|inm| etag::matches(inm, &tag));
    let mut response = if fresh {
        StatusCode::NOT_MODIFIED.into_response()
    } else {
        CSS.into_response()
    };
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/css; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&tag).expect("base64 is a valid header value"),
    );
    response
}

//! `ETag` on every successful read and `If-None-Match` -> 304 (DESIGN.md "Caching").
//!
//! A middleware rather than per-handler code: the tag is a hash of the exact bytes sent,
//! so it is right by construction for every GET, including ones added later. Tags are
//! weak (`W/"…"`) because compression further out changes the bytes on the wire. The hash
//! is XXH3-128: specified, so every node tags the same body alike, and fast enough to
//! cost little on every read (SHA-256 took ~4 % of a place list). It is not collision-proof
//! against a crafted body; the worst such a collision could do is keep a client on the
//! previous version of the same URL's answer, which a merchant can change anyway.

use axum::body::{Body, to_bytes};
use axum::extract::Request;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;

/// Largest body the middleware hashes; bigger bodies go out untagged.
const MAX_TAGGED_BYTES: usize = 16 * 1024 * 1024;

/// The weak ETag of a body.
pub fn tag_of(bytes: &[u8]) -> String {
    let digest = xxhash_rust::xxh3::xxh3_128(bytes).to_be_bytes();
    format!(
        "W/\"{}\"",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
    )
}

/// Whether an `If-None-Match` header value matches a tag (weak comparison, RFC 9110).
pub fn matches(if_none_match: &str, tag: &str) -> bool {
    let bare = |t: &str| t.trim().trim_start_matches("W/").to_owned();
    if_none_match
        .split(',')
        .any(|candidate| candidate.trim() == "*" || bare(candidate) == bare(tag))
}

/// A read that gets an `ETag`: the request's `If-None-Match`, kept until its response.
pub struct Conditional {
    if_none_match: Option<HeaderValue>,
}

impl Conditional {
    /// For a GET or HEAD request; other methods are never tagged.
    pub fn of(req: &Request) -> Option<Self> {
        (req.method() == Method::GET || req.method() == Method::HEAD).then(|| Self {
            if_none_match: req.headers().get(header::IF_NONE_MATCH).cloned(),
        })
    }

    /// Tags a 200 response (unless it tagged itself) and answers 304 when the client's
    /// `If-None-Match` names the tag.
    pub async fn tag(self, response: Response) -> Response {
        if response.status() != StatusCode::OK || response.headers().contains_key(header::ETAG) {
            return response;
        }
        let (mut parts, body) = response.into_parts();
        let bytes = match to_bytes(body, MAX_TAGGED_BYTES).await {
            Ok(bytes) => bytes,
            Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        };
        let tag = tag_of(&bytes);
        let tag_header = HeaderValue::from_str(&tag).expect("base64 is a valid header value");
        parts.headers.insert(
            header::VARY,
            HeaderValue::from_static("accept, accept-language, accept-encoding"),
        );
        let if_none_match = self.if_none_match.as_ref().and_then(|v| v.to_str().ok());
        if if_none_match.is_some_and(|inm| matches(inm, &tag)) {
            let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
            not_modified.headers_mut().insert(header::ETAG, tag_header);
            for name in [
                header::VARY,
                header::CACHE_CONTROL,
                header::CONTENT_LANGUAGE,
            ] {
                if let Some(v) = parts.headers.get(&name) {
                    not_modified.headers_mut().insert(name, v.clone());
                }
            }
            return not_modified;
        }
        parts.headers.insert(header::ETAG, tag_header);
        Response::from_parts(parts, Body::from(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_depend_on_every_byte() {
        assert_eq!(tag_of(b"abc"), tag_of(b"abc"));
        assert_ne!(tag_of(b"abc"), tag_of(b"abd"));
    }

    #[test]
    fn if_none_match_compares_weakly_and_accepts_lists() {
        let tag = tag_of(b"x");
        assert!(matches(&tag, &tag));
        assert!(matches(
            &format!("\"nope\", {}", tag.trim_start_matches("W/")),
            &tag
        ));
        assert!(matches("*", &tag));
        assert!(!matches("W/\"other\"", &tag));
    }
}

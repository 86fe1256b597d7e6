//! A JSON body extractor whose rejections are our [`Error`]: malformed JSON and wrong
//! types become a 422 naming the field, a missing content type a 415, an oversized body
//! a 413 — never axum's plain-text rejections.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use crate::error::{Error, FieldError, Msg};

/// `Json<T>` for request bodies.
pub struct Json<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Json<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let limit = req
            .extensions()
            .get::<BodyLimit>()
            .map(|l| l.0)
            .unwrap_or(0);
        // NUL characters (`\u0000`) cannot be stored by PostgreSQL (a 500 there, silently
        // accepted by SQLite): refuse them up front, the same on both databases.
        let (parts, body) = req.into_parts();
        let bytes = axum::body::to_bytes(body, if limit == 0 { usize::MAX } else { limit })
            .await
            .map_err(|_| Error::PayloadTooLarge(limit))?;
        if has_nul_escape(&bytes) {
            return Err(Error::Unprocessable(vec![FieldError::new(
                "body",
                "invalid_character",
                Msg::new("field-nul-character"),
            )]));
        }
        let req = Request::from_parts(parts, axum::body::Body::from(bytes));
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Json(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(Error::UnsupportedMediaType),
            Err(JsonRejection::BytesRejection(_)) => Err(Error::PayloadTooLarge(limit)),
            Err(rejection) => {
                // axum's text reads "Failed to deserialize the JSON body into the target
                // type: purchases[0].amount_cny: invalid type…": keep the path part.
                let text = rejection.body_text();
                let reason = text.split_once(": ").map(|(_, r)| r).unwrap_or(&text);
                let field = reason
                    .split_once(": ")
                    .map(|(f, _)| f)
                    .filter(|f| !f.contains(' '))
                    .unwrap_or("body");
                Err(Error::Unprocessable(vec![FieldError::new(
                    field,
                    "invalid_json",
                    Msg::new("field-invalid-json").arg("reason", reason),
                )]))
            }
        }
    }
}

/// The configured body limit, placed in request extensions so rejections can say it.
#[derive(Debug, Clone, Copy)]
pub struct BodyLimit(pub usize);

/// Whether JSON text holds a `\u0000` escape (an unescaped backslash, then `u0000`).
fn has_nul_escape(bytes: &[u8]) -> bool {
    bytes.windows(6).enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(b"\\u0000")
            && bytes[..i].iter().rev().take_while(|b| **b == b'\\').count() % 2 == 0
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn nul_escapes_are_found_but_escaped_backslashes_are_not() {
        assert!(super::has_nul_escape(br#"{"a":"x\u0000y"}"#));
        assert!(!super::has_nul_escape(br#"{"a":"x\\u0000y"}"#));
        assert!(!super::has_nul_escape(br#"{"a":"u0000"}"#));
    }
}

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
        let limit = req.extensions().get::<BodyLimit>().map(|l| l.0).unwrap_or(0);
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Json(value)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(Error::UnsupportedMediaType),
            Err(JsonRejection::BytesRejection(_)) => Err(Error::PayloadTooLarge(limit)),
            Err(rejection) => {
                // axum's text reads "Failed to deserialize the JSON body into the target
                // type: purchases[0].amount_cny: invalid type…": keep the path part.
                let text = rejection.body_text();
                let reason = text.split_once(": ").map(|(_, r)| r).unwrap_or(&text);
                let field = reason.split_once(": ").map(|(f, _)| f).filter(|f| !f.contains(' ')).unwrap_or("body");
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

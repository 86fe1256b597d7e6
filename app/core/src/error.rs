//! Errors: the internal [`Error`] (as many variants as the code needs) and the public
//! [`CoreError`] that crosses the FFI, with one meeting point, [`to_public`], which also
//! decides what is logged (STYLE.md "guide-core errors meet the FFI in one place").
//!
//! A public variant exists only when a shell would act differently on it: `Offline`
//! (show cached data, retry later), `Unauthorized` (ask to sign in), `Validation`
//! (mark the fields), `NotFound` (go back), `Server` (try later) and `Other`.

use guide_domain::Locale;
use guide_domain::l10n::tr;

/// The internal error; `?` converts the libraries' errors into it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The server could not be reached (no network, DNS, refused, timed out).
    #[error("offline: {0}")]
    Offline(String),
    /// The server's certificate was refused (unknown issuer, wrong name, expired): not a
    /// network hiccup, so never retried and never shown as "offline".
    #[error("TLS: the server's certificate was refused: {0}")]
    Tls(String),
    /// The server answered with an error status.
    #[error("server answered {status}: {detail}")]
    Status { status: u16, detail: String },
    /// Some other HTTP failure (bad body, redirect loop, …).
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    /// The on-device database failed.
    #[error("database: {0}")]
    Db(#[from] rusqlite::Error),
    /// A stored or received document did not parse.
    #[error("json: {0}")]
    Json(#[from] serde_json::Error),
    /// Input from the shell is not valid: `(field, localized message)`.
    #[error("invalid input: {0:?}")]
    Validation(Vec<(String, String)>),
    /// No such item (`what`, `id`).
    #[error("no {0} called {1}")]
    NotFound(&'static str, String),
    /// Nothing has been downloaded yet, and the network is off.
    #[error("no offline data yet")]
    NoData,
    /// A platform service (token storage, location) failed.
    #[error("platform service: {0}")]
    Platform(String),
    /// Anything else (a bug).
    #[error("{0}")]
    Other(String),
}

/// The crate-wide result.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A field the shell should mark, with the message to show beside it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FieldProblem {
    /// The field of the request record (`amount_cny`, `entry_at`, …).
    pub field: String,
    /// What would be accepted, in the current language.
    pub message: String,
}

/// Every failure a shell can see. `reason` / `message` texts are in the current language
/// where a visitor may read them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
pub enum CoreError {
    /// The network is off or the server unreachable; offline data still works.
    #[error("offline: {reason}")]
    Offline { reason: String },
    /// The server failed or refused (5xx, 4xx other than the ones below).
    #[error("server error {status}: {reason}")]
    Server { status: u16, reason: String },
    /// Some input is not valid; each field says why.
    #[error("invalid input")]
    Validation { fields: Vec<FieldProblem> },
    /// The account's session is missing or expired: sign in again.
    #[error("sign-in required")]
    Unauthorized,
    /// The item does not exist (or is no longer published).
    #[error("not found: {what}")]
    NotFound { what: String },
    /// Anything else.
    #[error("{reason}")]
    Other { reason: String },
}

/// The public result of exported methods.
pub type ApiResult<T> = std::result::Result<T, CoreError>;

/// Maps an internal error to the public one, in `locale`, and logs what deserves it:
/// network trouble is expected on a phone (debug), server and database failures are not
/// (warn/error).
pub fn to_public(e: Error, locale: Locale) -> CoreError {
    match e {
        Error::Offline(reason) => {
            tracing::debug!(%reason, "offline");
            CoreError::Offline {
                reason: tr(locale, "app-error-offline") + " (" + &reason + ")",
            }
        }
        Error::NoData => CoreError::Offline {
            reason: tr(locale, "app-no-data"),
        },
        Error::Status { status: 401, .. } => CoreError::Unauthorized,
        Error::Status {
            status: 404,
            detail,
        } => CoreError::NotFound { what: detail },
        Error::Status { status, detail } => {
            tracing::warn!(status, %detail, "server error");
            CoreError::Server {
                status,
                reason: detail,
            }
        }
        Error::Validation(fields) => CoreError::Validation {
            fields: fields
                .into_iter()
                .map(|(field, message)| FieldProblem { field, message })
                .collect(),
        },
        Error::NotFound(what, id) => CoreError::NotFound {
            what: format!("{what} {id}"),
        },
        Error::Http(e) if e.is_connect() || e.is_timeout() => {
            tracing::debug!(error = %e, "offline");
            CoreError::Offline {
                reason: tr(locale, "app-error-offline"),
            }
        }
        other => {
            tracing::error!(error = %other, "guide-core failure");
            CoreError::Other {
                reason: other.to_string(),
            }
        }
    }
}

/// Builds a validation error for one field.
pub fn invalid(field: &str, locale: Locale, key: &str) -> Error {
    Error::Validation(vec![(field.to_owned(), tr(locale, key))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_what_a_shell_acts_on() {
        let status = |status| Error::Status {
            status,
            detail: "x".into(),
        };
        assert_eq!(to_public(status(401), Locale::En), CoreError::Unauthorized);
        assert!(matches!(
            to_public(status(404), Locale::En),
            CoreError::NotFound { .. }
        ));
        assert!(matches!(
            to_public(status(503), Locale::En),
            CoreError::Server { status: 503, .. }
        ));
        assert!(matches!(
            to_public(Error::Offline("refused".into()), Locale::En),
            CoreError::Offline { .. }
        ));
        assert!(matches!(
            to_public(Error::NoData, Locale::Ja),
            CoreError::Offline { .. }
        ));
    }

    #[test]
    fn validation_keeps_every_field_with_a_localized_message() {
        let e = invalid("amount_cny", Locale::De, "field-invalid-number");
        let CoreError::Validation { fields } = to_public(e, Locale::De) else {
            panic!()
        };
        assert_eq!(fields[0].field, "amount_cny");
        assert_ne!(fields[0].message, "field-invalid-number");
    }
}

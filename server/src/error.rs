//! The one error type of the API and its RFC 9457 problem form.
//!
//! Handlers return `Result<T>`; every failure is an [`Error`]. Its `IntoResponse` does not
//! write text: it attaches a [`Problem`] made of Fluent message *keys* to the response, and
//! the i18n middleware (`crate::i18n`) renders it as `application/problem+json` in the
//! request's language. That split keeps localization in one place and lets failures raised
//! by layers (body limit, unknown route, wrong method) be rendered the same way.
//!
//! Internal details (database errors, panics) are logged here and never sent to clients.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::DbErr;

/// Crate-wide result with [`Error`] as the default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A message argument for Fluent.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text, inserted as is.
    Str(String),
    /// A number, formatted by Fluent for the locale (plural rules apply).
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Num(n as f64)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(n as f64)
    }
}

/// A Fluent message key with its arguments: text that is localized at render time.
#[derive(Debug, Clone, PartialEq)]
pub struct Msg {
    /// Key in `locales/<tag>/*.ftl`.
    pub key: &'static str,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message without arguments.
    pub fn new(key: &'static str) -> Msg {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    /// Adds an argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }
}

/// One invalid input field: where, a stable code and what would be accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldError {
    /// Query parameter, header or JSON pointer-ish path (`near`, `purchases[0].amount_cny`).
    pub field: String,
    /// Stable machine code (`invalid_choice`, `out_of_range`, …).
    pub code: &'static str,
    /// What would be accepted, localized at render time.
    pub message: Msg,
}

impl FieldError {
    /// Builds a field error.
    pub fn new(field: impl Into<String>, code: &'static str, message: Msg) -> FieldError {
        FieldError {
            field: field.into(),
            code,
            message,
        }
    }
}

/// An RFC 9457 problem before localization.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code; also the last segment of the problem `type`.
    pub code: &'static str,
    /// Fluent key of the title.
    pub title: &'static str,
    /// Detail message, if any.
    pub detail: Option<Msg>,
    /// Field errors for validation problems.
    pub errors: Vec<FieldError>,
}

impl Problem {
    /// The generic problem for a status that no handler described (raised by a layer).
    pub fn for_status(status: StatusCode) -> Problem {
        let (code, title, detail) = match status {
            StatusCode::NOT_FOUND => ("not_found", "error-not-found-title", None),
            StatusCode::METHOD_NOT_ALLOWED => (
                "method_not_allowed",
                "error-method-not-allowed-title",
                Some(Msg::new("error-method-not-allowed-detail")),
            ),
            StatusCode::PAYLOAD_TOO_LARGE => {
                ("payload_too_large", "error-payload-too-large-title", None)
            }
            StatusCode::UNSUPPORTED_MEDIA_TYPE => (
                "unsupported_media_type",
                "error-unsupported-media-type-title",
                Some(Msg::new("error-unsupported-media-type-detail")),
            ),
            StatusCode::NOT_ACCEPTABLE => ("not_acceptable", "error-not-acceptable-title", None),
            StatusCode::UNAUTHORIZED => (
                "unauthorized",
                "error-unauthorized-title",
                Some(Msg::new("error-unauthorized-detail")),
            ),
            StatusCode::FORBIDDEN => (
                "forbidden",
                "error-forbidden-title",
                Some(Msg::new("error-forbidden-detail")),
            ),
            StatusCode::SERVICE_UNAVAILABLE => (
                "unavailable",
                "error-unavailable-title",
                Some(Msg::new("error-unavailable-detail")),
            ),
            s if s.is_server_error() => (
                "internal",
                "error-internal-title",
                Some(Msg::new("error-internal-detail")),
            ),
            _ => ("bad_request", "error-bad-request-title", None),
        };
        Problem {
            status,
            code,
            title,
            detail,
            errors: Vec::new(),
        }
    }
}

/// Every way a request can fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// 404: no object of this kind has this id or slug.
    #[error("{what} {id:?} not found")]
    NotFound {
        /// Fluent-free English noun for logs and the detail (`place`, `zone`, …).
        what: &'static str,
        /// The id or slug that was asked for.
        id: String,
    },
    /// 404: no endpoint at this path.
    #[error("no route {0}")]
    NoRoute(String),
    /// 400: query parameters or headers are invalid.
    #[error("invalid request parameters: {0:?}")]
    BadRequest(Vec<FieldError>),
    /// 422: the JSON body is well-formed but its values are invalid.
    #[error("invalid request body: {0:?}")]
    Unprocessable(Vec<FieldError>),
    /// 413: the body exceeds the configured limit.
    #[error("body larger than {0} bytes")]
    PayloadTooLarge(usize),
    /// 415: the body is not JSON.
    #[error("unsupported media type")]
    UnsupportedMediaType,
    /// 401 with `WWW-Authenticate: Bearer`: no, an invalid or an expired credential. The
    /// reason is logged, never sent: every failure looks the same to a client.
    #[error("unauthorized: {0}")]
    Unauthorized(&'static str),
    /// 401 with `WWW-Authenticate: Bearer`: wrong email or password at sign-in.
    #[error("invalid credentials")]
    InvalidCredentials,
    /// 403: signed in, but the role may not do this.
    #[error("forbidden: {0}")]
    Forbidden(&'static str),
    /// 409: the request conflicts with the current state (duplicate email, wrong state).
    #[error("conflict: {0:?}")]
    Conflict(Msg),
    /// 412: `If-Match` names an older version; nothing was written.
    #[error("precondition failed: stale If-Match")]
    PreconditionFailed,
    /// 428: a write that needs `If-Match` came without one.
    #[error("precondition required: If-Match missing")]
    PreconditionRequired,
    /// 429 with `Retry-After`: a rate limit was hit.
    #[error("too many requests; retry after {retry_after} s")]
    TooManyRequests {
        /// Seconds until the limit resets.
        retry_after: u64,
    },
    /// 503 with `Retry-After`: the database cannot be reached or is busy.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// 503 with `Retry-After`: the server is at its connection cap (load shedding).
    #[error("server overloaded")]
    Overloaded,
    /// 414: the path and query are longer than the server reads.
    #[error("URI longer than {0} bytes")]
    UriTooLong(usize),
    /// 400: an HTTP/1.1 request without `Host` (RFC 9112 §3.2 requires the 400).
    #[error("HTTP/1.1 request without Host")]
    HostRequired,
    /// 500: a database error that is our fault; logged, never shown.
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    /// 500: anything else unexpected; logged, never shown.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl Error {
    /// A single-field 400.
    pub fn bad_param(field: impl Into<String>, code: &'static str, message: Msg) -> Error {
        Error::BadRequest(vec![FieldError::new(field, code, message)])
    }

    /// The problem this error becomes.
    pub fn problem(&self) -> Problem {
        match self {
            Error::NotFound { what, id } => Problem {
                detail: Some(
                    Msg::new("error-not-found-detail")
                        .arg("what", *what)
                        .arg("id", shorten(id)),
                ),
                ..Problem::for_status(StatusCode::NOT_FOUND)
            },
            Error::NoRoute(path) => Problem {
                code: "no_route",
                detail: Some(Msg::new("error-route-not-found-detail").arg("path", path.as_str())),
                ..Problem::for_status(StatusCode::NOT_FOUND)
            },
            Error::BadRequest(errors) => Problem {
                status: StatusCode::BAD_REQUEST,
                code: "validation",
                title: "error-validation-title",
                detail: Some(Msg::new("error-validation-detail")),
                errors: errors.clone(),
            },
            Error::Unprocessable(errors) => Problem {
                status: StatusCode::UNPROCESSABLE_ENTITY,
                code: "validation",
                title: "error-validation-title",
                detail: Some(Msg::new("error-validation-detail")),
                errors: errors.clone(),
            },
            Error::PayloadTooLarge(max) => Problem {
                detail: Some(Msg::new("error-payload-too-large-detail").arg("max", *max)),
                ..Problem::for_status(StatusCode::PAYLOAD_TOO_LARGE)
            },
            Error::UnsupportedMediaType => Problem::for_status(StatusCode::UNSUPPORTED_MEDIA_TYPE),
            Error::Unauthorized(_) => Problem::for_status(StatusCode::UNAUTHORIZED),
            Error::InvalidCredentials => Problem {
                code: "invalid_credentials",
                detail: Some(Msg::new("error-invalid-credentials-detail")),
                ..Problem::for_status(StatusCode::UNAUTHORIZED)
            },
            Error::Forbidden(_) => Problem::for_status(StatusCode::FORBIDDEN),
            Error::Conflict(detail) => Problem {
                status: StatusCode::CONFLICT,
                code: "conflict",
                title: "error-conflict-title",
                detail: Some(detail.clone()),
                errors: Vec::new(),
            },
            Error::PreconditionFailed => Problem {
                status: StatusCode::PRECONDITION_FAILED,
                code: "precondition_failed",
                title: "error-precondition-failed-title",
                detail: Some(Msg::new("error-precondition-failed-detail")),
                errors: Vec::new(),
            },
            Error::PreconditionRequired => Problem {
                status: StatusCode::PRECONDITION_REQUIRED,
                code: "precondition_required",
                title: "error-precondition-required-title",
                detail: Some(Msg::new("error-precondition-required-detail")),
                errors: Vec::new(),
            },
            Error::TooManyRequests { retry_after } => Problem {
                status: StatusCode::TOO_MANY_REQUESTS,
                code: "too_many_requests",
                title: "error-too-many-requests-title",
                detail: Some(
                    Msg::new("error-too-many-requests-detail").arg("seconds", *retry_after),
                ),
                errors: Vec::new(),
            },
            Error::Unavailable(_) => Problem::for_status(StatusCode::SERVICE_UNAVAILABLE),
            Error::Overloaded => Problem {
                code: "overloaded",
                detail: Some(
                    Msg::new("error-overloaded-detail")
                        .arg("seconds", crate::http::RETRY_AFTER_SECS),
                ),
                ..Problem::for_status(StatusCode::SERVICE_UNAVAILABLE)
            },
            Error::UriTooLong(max) => Problem {
                status: StatusCode::URI_TOO_LONG,
                code: "uri_too_long",
                title: "error-uri-too-long-title",
                detail: Some(Msg::new("error-uri-too-long-detail").arg("max", *max)),
                errors: Vec::new(),
            },
            Error::HostRequired => Problem {
                code: "host_required",
                detail: Some(Msg::new("error-host-required-detail")),
                ..Problem::for_status(StatusCode::BAD_REQUEST)
            },
            Error::Db(e) if is_unavailable(e) => {
                Problem::for_status(StatusCode::SERVICE_UNAVAILABLE)
            }
            Error::Db(_) | Error::Internal(_) => {
                Problem::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
        }
    }
}

/// An id or slug as a 404 detail repeats it: long ones are cut (the path is in
/// `instance` already), so a 10 KB slug is not sent back twice.
fn shorten(id: &str) -> String {
    const MAX: usize = 64;
    match id.char_indices().nth(MAX) {
        Some((end, _)) => format!("{}…", &id[..end]),
        None => id.to_owned(),
    }
}

/// Whether a database error means "not now" rather than "our bug": the pool or the
/// server cannot be reached, SQLite stayed locked past its busy timeout, PostgreSQL is
/// shutting down, starting up, out of connections, cancelled a statement at its timeout
/// or chose this transaction as a deadlock or serialization victim. These are 503 with
/// `Retry-After`; everything else stays a logged 500.
pub fn is_unavailable(e: &DbErr) -> bool {
    use sea_orm::sqlx::Error as Sqlx;
    let runtime = match e {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(r) | DbErr::Query(r) => r,
        _ => return false,
    };
    let sea_orm::RuntimeErr::SqlxError(sqlx) = runtime else {
        return false;
    };
    match sqlx.as_ref() {
        Sqlx::Io(_)
        | Sqlx::PoolTimedOut
        | Sqlx::PoolClosed
        | Sqlx::WorkerCrashed
        | Sqlx::Protocol(_) => true,
        Sqlx::Database(db) => {
            let code = db.code().unwrap_or_default();
            match db.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>() {
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with their extended codes
                // (the primary code is the low byte).
                Some(_) => code.parse::<i32>().is_ok_and(|c| matches!(c & 0xff, 5 | 6)),
                // SQLSTATE classes 08 (connection), 53 (resources), 57 (operator
                // intervention: shutdown, cancel, statement timeout); 40001 and 40P01.
                None => {
                    code.starts_with("08")
                        || code.starts_with("53")
                        || code.starts_with("57")
                        || code == "40001"
                        || code == "40P01"
                }
            }
        }
        _ => false,
    }
}

/// Turns one unique-constraint violation into a client error at the call site
/// (realworld-axum-sqlx's `on_constraint`): the insert itself is the check, with no racy
/// SELECT beforehand.
pub trait OnUnique<T> {
    /// Maps a unique violation to `f()`; other database errors stay 500s.
    fn on_unique(self, f: impl FnOnce() -> Error) -> Result<T>;
}

impl<T> OnUnique<T> for std::result::Result<T, DbErr> {
    fn on_unique(self, f: impl FnOnce() -> Error) -> Result<T> {
        self.map_err(|e| match e.sql_err() {
            Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => f(),
            _ => Error::Db(e),
        })
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let problem = self.problem();
        // The only place internal failures are logged; the client gets a generic text.
        if problem.status.is_server_error() {
            tracing::error!(error = %self, "request failed");
        } else {
            tracing::debug!(error = %self, "request rejected");
        }
        let mut response = problem.status.into_response();
        match &self {
            // RFC 6750 §3: a 401 names the scheme the client should use.
            Error::Unauthorized(_) | Error::InvalidCredentials => {
                response.headers_mut().insert(
                    axum::http::header::WWW_AUTHENTICATE,
                    axum::http::HeaderValue::from_static("Bearer realm=\"canton-guide\""),
                );
            }
            Error::TooManyRequests { retry_after } => {
                response.headers_mut().insert(
                    axum::http::header::RETRY_AFTER,
                    axum::http::HeaderValue::from(*retry_after),
                );
            }
            _ => {}
        }
        // Every 503 says when to come back (RFC 9110 §10.2.3).
        if problem.status == StatusCode::SERVICE_UNAVAILABLE {
            response.headers_mut().insert(
                axum::http::header::RETRY_AFTER,
                axum::http::HeaderValue::from(crate::http::RETRY_AFTER_SECS),
            );
        }
        response.extensions_mut().insert(problem);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn database_failures_are_500_without_detail_of_the_cause() {
        let problem = Error::Db(DbErr::Custom("secret table xyz".into())).problem();
        assert_eq!(problem.status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(problem.detail, Some(Msg::new("error-internal-detail")));
    }

    #[test]
    fn lost_connections_are_503() {
        let problem =
            Error::Db(DbErr::Conn(sea_orm::RuntimeErr::Internal("down".into()))).problem();
        assert_eq!(problem.status, StatusCode::SERVICE_UNAVAILABLE);
    }

    #[test]
    fn unavailable_databases_are_503_and_bugs_stay_500() {
        use sea_orm::{ConnAcquireErr, RuntimeErr};
        let acquire = Error::Db(DbErr::ConnectionAcquire(ConnAcquireErr::Timeout));
        assert_eq!(acquire.problem().status, StatusCode::SERVICE_UNAVAILABLE);
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset");
        let io = DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(
            sea_orm::sqlx::Error::Io(io),
        )));
        assert!(is_unavailable(&io));
        let bug = DbErr::Query(RuntimeErr::SqlxError(std::sync::Arc::new(
            sea_orm::sqlx::Error::RowNotFound,
        )));
        assert!(!is_unavailable(&bug));
    }

    #[test]
    fn long_ids_are_shortened_in_404_details() {
        let long = "x".repeat(10_000);
        let problem = Error::NotFound {
            what: "place",
            id: long,
        }
        .problem();
        let Some(Arg::Str(id)) = problem
            .detail
            .unwrap()
            .args
            .into_iter()
            .find(|(n, _)| *n == "id")
            .map(|(_, v)| v)
        else {
            panic!("no id argument")
        };
        assert_eq!(id.chars().count(), 65);
        assert_eq!(shorten("canton-tower"), "canton-tower");
    }

    #[test]
    fn validation_keeps_every_field() {
        let err = Error::BadRequest(vec![
            FieldError::new(
                "near",
                "invalid_coordinates",
                Msg::new("field-invalid-coordinates"),
            ),
            FieldError::new("limit", "out_of_range", Msg::new("field-out-of-range")),
        ]);
        let problem = err.problem();
        assert_eq!(problem.status, StatusCode::BAD_REQUEST);
        assert_eq!(problem.errors.len(), 2);
    }
}

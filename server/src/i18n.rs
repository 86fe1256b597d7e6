//! Language per request (DESIGN.md "Conventions"): `?lang=` beats `Accept-Language`,
//! negotiated over the 15 supported locales by `guide_domain::locale::negotiate`.
//!
//! One middleware does all of it, so no handler can forget a piece: it negotiates, stores
//! [`Lang`] in the request, sets `Content-Language` on the response, and renders every
//! failure — [`Problem`]s attached by `Error` and bare 4xx/5xx statuses produced by layers
//! — as localized RFC 9457 `application/problem+json`.

use axum::body::Body;
use axum::extract::{FromRequestParts, Request};
use axum::http::{HeaderValue, header, request::Parts};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use guide_domain::l10n::{MsgArg, tr, tr_args};
use guide_domain::locale::{Locale, negotiate};
use serde_json::json;

use crate::error::{Arg, Error, FieldError, Msg, Problem};

/// Media type of error bodies (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The negotiated locale of the current request. Extract it in handlers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(pub Locale);

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        // Always present behind the middleware; English for routers used without it.
        Ok(parts
            .extensions
            .get::<Lang>()
            .copied()
            .unwrap_or(Lang(Locale::En)))
    }
}

/// Localizes a message.
pub fn text(locale: Locale, msg: &Msg) -> String {
    if msg.args.is_empty() {
        return tr(locale, msg.key);
    }
    let args: Vec<(&str, MsgArg<'_>)> = msg
        .args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Str(s) => MsgArg::from(s.as_str()),
                Arg::Num(n) => MsgArg::Num(*n),
            };
            (*name, value)
        })
        .collect();
    tr_args(locale, msg.key, &args)
}

/// The `lang` query parameter, if any (first occurrence, percent-decoded).
fn lang_param(req: &Request) -> Option<String> {
    let query = req.uri().query()?;
    form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == "lang")
        .map(|(_, value)| value.into_owned())
}

/// The request's locale, or, for an unsupported `?lang=`, the 400 that says which are
/// accepted together with the locale to say it in (the best the header still allows).
pub fn negotiate_request(req: &Request) -> Result<Locale, (Locale, Error)> {
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = lang_param(req);
    match negotiate(lang.as_deref(), accept) {
        Ok(n) => Ok(n.locale),
        Err(unsupported) => {
            let fallback = negotiate(None, accept)
                .map(|n| n.locale)
                .unwrap_or(Locale::En);
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            let error = Error::bad_param(
                "lang",
                "unsupported_locale",
                Msg::new("field-invalid-choice")
                    .arg("value", unsupported.value)
                    .arg("accepted", accepted.join(", ")),
            );
            Err((fallback, error))
        }
    }
}

/// Negotiates the locale, runs the request and localizes the response: the same as
/// `http::middleware::Api` does for the API, for routers that need only this (the small
/// router that answers connections over the caps).
pub async fn middleware(mut req: Request, next: Next) -> Response {
    let path = req.uri().path().to_owned();
    let (locale, response) = match negotiate_request(&req) {
        Ok(locale) => {
            req.extensions_mut().insert(Lang(locale));
            (locale, next.run(req).await)
        }
        Err((locale, error)) => (locale, error.into_response()),
    };
    localize(response, locale, &path)
}

/// Sets `Content-Language` and renders a failure (a [`Problem`] attached by `Error`, or a
/// bare 4xx/5xx status from a layer) as localized problem+json; `path` is its `instance`.
pub fn localize(mut response: Response, locale: Locale, path: &str) -> Response {
    response.headers_mut().insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(locale.tag()),
    );
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    // The public pages render their own localized error pages.
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    let problem = match response.extensions_mut().remove::<Problem>() {
        Some(problem) => problem,
        None if (status.is_client_error() || status.is_server_error())
            && !is_problem
            && !is_page =>
        {
            Problem::for_status(status)
        }
        None => return response,
    };
    let body = render(&problem, locale, path);
    let (mut parts, _) = response.into_parts();
    parts
        .headers
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(body))
}

/// The problem+json body of a problem in a locale.
pub fn render(problem: &Problem, locale: Locale, instance: &str) -> String {
    let errors: Vec<_> = problem
        .errors
        .iter()
        .map(
            |FieldError {
                 field,
                 code,
                 message,
             }| {
                json!({ "field": field, "code": code, "message": text(locale, message) })
            },
        )
        .collect();
    let mut body = json!({
        "type": format!("urn:canton-guide:problem:{}", problem.code),
        "title": tr(locale, problem.title),
        "status": problem.status.as_u16(),
        "code": problem.code,
        "instance": instance,
    });
    if let Some(detail) = &problem.detail {
        body["detail"] = json!(text(locale, detail));
    }
    if !errors.is_empty() {
        body["errors"] = json!(errors);
    }
    body.to_string()
}

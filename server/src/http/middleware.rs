//! What runs around every request, as two hand-written tower services instead of a dozen
//! layers: axum boxes each layer it is given (a service clone and a boxed future per
//! request each), and a stack of twelve capped every endpoint near 40 % of a bare route's
//! throughput (docs/PERFORMANCE.md). Each check stays in its own module; this file only
//! says in which order they run.
//!
//! - [`Edge`], around everything including the console: request id, security headers,
//!   metrics; tracing and compression (tower-http) inside it.
//! - [`Api`], around the API and the public pages: language negotiation, request-line,
//!   NUL and database-outage checks, body limit, ETag, and every failure rendered as
//!   localized problem+json; the timeouts and body limits (tower-http) inside it.

use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use axum::BoxError;
use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue};
use axum::response::{IntoResponse, Response};

use tower::{Layer, Service};

use super::etag::Conditional;
use super::security::{self, Exposure};
use super::{json, metrics, ops};
use crate::app::AppState;
use crate::i18n::{self, Lang};

/// The future both services return: one box per request per service.
pub type ResponseFuture = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

/// Header carrying the request id: taken from the client when sent, generated otherwise,
/// and echoed on the response so a report can be matched with the server's logs.
pub static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Adds [`Edge`] around a service.
#[derive(Clone, Copy, Default)]
pub struct EdgeLayer;

impl<S> Layer<S> for EdgeLayer {
    type Service = Edge<S>;

    fn layer(&self, inner: S) -> Edge<S> {
        Edge { inner }
    }
}

/// Request id, security headers and metrics around every response.
#[derive(Clone)]
pub struct Edge<S> {
    inner: S,
}

impl<S, B> Service<Request> for Edge<S>
where
    S: Service<Request, Response = axum::http::Response<B>, Error = Infallible>,
    S::Future: Send + 'static,
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> ResponseFuture {
        let started = Instant::now();
        let method = req.method().clone();
        let route = req.extensions().get::<MatchedPath>().cloned();
        let exposure = Exposure::of(req.uri().path());
        let request_id = match req.headers().get(&REQUEST_ID) {
            Some(id) => id.clone(),
            None => {
                let id = HeaderValue::try_from(uuid::Uuid::new_v4().to_string())
                    .expect("a UUID is a valid header value");
                req.headers_mut().insert(REQUEST_ID.clone(), id.clone());
                id
            }
        };
        let response = self.inner.call(req);
        Box::pin(async move {
            let Ok(response) = response.await;
            let mut response = response.map(Body::new);
            let headers = response.headers_mut();
            security::add_headers(exposure, headers);
            headers.entry(REQUEST_ID.clone()).or_insert(request_id);
            metrics::record(&method, route.as_ref(), response.status(), started);
            Ok(response)
        })
    }
}

/// Adds [`Api`] around a service.
#[derive(Clone)]
pub struct ApiLayer {
    state: AppState,
    body_limit: usize,
}

impl ApiLayer {
    /// With the state (for the database gate) and the largest request body accepted.
    pub fn new(state: AppState, body_limit: usize) -> Self {
        Self { state, body_limit }
    }
}

impl<S> Layer<S> for ApiLayer {
    type Service = Api<S>;

    fn layer(&self, inner: S) -> Api<S> {
        Api {
            inner,
            layer: self.clone(),
        }
    }
}

/// The API's checks before a handler runs, and ETag and localized problems after.
#[derive(Clone)]
pub struct Api<S> {
    inner: S,
    layer: ApiLayer,
}

impl<S, B> Service<Request> for Api<S>
where
    S: Service<Request, Response = axum::http::Response<B>, Error = Infallible>,
    S::Future: Send + 'static,
    B: HttpBody<Data = Bytes> + Send + 'static,
    B::Error: Into<BoxError>,
{
    type Response = Response;
    type Error = Infallible;
    type Future = ResponseFuture;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> ResponseFuture {
        // The problem's `instance`; a `Uri` clone shares its bytes.
        let uri = req.uri().clone();
        // Refused before the handler: in the request's language, like every failure.
        let checked = i18n::negotiate_request(&req).and_then(|locale| {
            security::check_request_line(&req)
                .and_then(|()| security::check_nul(&req))
                .and_then(|()| ops::check_database(&self.layer.state, &req))
                .map(|()| locale)
                .map_err(|error| (locale, error))
        });
        let locale = match checked {
            Ok(locale) => locale,
            Err((locale, error)) => {
                let response = i18n::localize(error.into_response(), locale, uri.path());
                return Box::pin(std::future::ready(Ok(response)));
            }
        };
        req.extensions_mut().insert(Lang(locale));
        req.extensions_mut()
            .insert(json::BodyLimit(self.layer.body_limit));
        let conditional = Conditional::of(&req);
        let response = self.inner.call(req);
        Box::pin(async move {
            let Ok(response) = response.await;
            let mut response = response.map(Body::new);
            if let Some(conditional) = conditional {
                response = conditional.tag(response).await;
            }
            Ok(i18n::localize(response, locale, uri.path()))
        })
    }
}

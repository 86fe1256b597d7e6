//! The HTTP API. Utility modules first, then one module per resource, each opening with
//! `pub fn router() -> OpenApiRouter<AppState>` so its URL surface reads at a glance.
//! [`router`] nests them under `/v1`, adds the layers and attaches the state once.
//!
//! Layers, outermost first: request id, tracing, metrics, compression, i18n (negotiates
//! the language and renders every failure as localized problem+json), ETag, timeout and
//! body limit.

/// `ETag` / `If-None-Match` for every read.
pub mod etag;
/// Authentication extractors, role guards, client address, `If-Match`, paging.
pub mod extract;
/// A JSON body extractor that rejects with our error type.
pub mod json;
/// Request counters and latency histograms for `/metrics`.
mod metrics;
/// The responses every operation shares, added to the OpenAPI document.
mod openapi;
/// Parsing query strings with field-level errors.
pub mod params;
/// Security headers and CORS.
mod security;
/// Choosing the translation of an object for the request's locale.
pub mod view;

mod auth;
mod docs;
mod events;
mod help;
mod itineraries;
mod locales;
mod me;
mod merchant;
mod ops;
pub(crate) mod places;
mod policies;
mod purchases;
mod routes;
mod staff;
mod sync;
mod tax_refund;
mod transit;
mod zones;

use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderName, StatusCode};
use axum::middleware::{self, Next};
use axum::response::Response;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::TraceLayer;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;

use crate::app::AppState;
use crate::error::Error;

pub use json::Json;
pub use ops::{RETRY_AFTER_SECS, shed_router};

/// How long a request may take before it is answered with 408.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Canton Guide API",
        description = "A multilingual guide for foreign visitors to Guangzhou. Errors are RFC 9457 problem+json in the request's language (`?lang=` beats `Accept-Language`).",
        version = "1"
    ),
    tags(
        (name = "places"), (name = "zones"), (name = "routes"), (name = "events"),
        (name = "policies"), (name = "rules"), (name = "meta"), (name = "ops"),
        (name = "accounts"), (name = "merchant"), (name = "staff")
    )
)]
struct ApiDoc;

/// The OpenAPI document and the routes it describes, built together so they cannot drift.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let v1 = OpenApiRouter::new()
        .merge(places::router())
        .merge(zones::router())
        .merge(routes::router())
        .merge(events::router())
        .merge(locales::router())
        .merge(help::router())
        .merge(policies::router())
        .merge(transit::router())
        .merge(tax_refund::router())
        .merge(itineraries::router())
        .merge(sync::router())
        .merge(auth::router())
        .merge(me::router())
        .merge(purchases::router())
        .merge(merchant::router())
        .merge(staff::router());
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .nest("/v1", v1)
        .merge(ops::router())
        .split_for_parts();
    openapi::complete(&mut doc);
    (router, doc)
}

/// The complete application router with every layer and the state attached.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = api();
    let limit = state.config.max_body_bytes;
    let request_id = HeaderName::from_static("x-request-id");
    let cors = security::cors(&state.config.cors_origins);
    let app = api
        .merge(docs::router(openapi))
        // Shareable place and route pages: inside the ETag and language layers.
        .merge(crate::pages::router())
        .fallback(no_route)
        .layer(middleware::from_fn(security::reject_nul))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            ops::database_gate,
        ))
        .layer(DefaultBodyLimit::max(limit))
        .layer(RequestBodyLimitLayer::new(limit))
        .layer(middleware::from_fn(
            move |mut req: Request, next: Next| async move {
                req.extensions_mut().insert(json::BodyLimit(limit));
                next.run(req).await
            },
        ))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(RequestBodyTimeoutLayer::new(
            state.config.connections.body_timeout,
        ))
        .layer(middleware::from_fn(etag::middleware))
        .layer(middleware::from_fn(security::request_line))
        .layer(middleware::from_fn(crate::i18n::middleware))
        // The console: inside the outer layers, outside the API's i18n, ETag and body limits.
        .merge(crate::console::router(&state))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(metrics::middleware))
        .layer(TraceLayer::new_for_http())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .layer(middleware::from_fn(security::headers))
        .with_state(state);
    // Outermost, so that preflight requests are answered before routing.
    match cors {
        Some(cors) => app.layer(cors),
        None => app,
    }
}

async fn no_route(req: Request) -> Response {
    use axum::response::IntoResponse;
    Error::NoRoute(req.uri().path().to_owned()).into_response()
}

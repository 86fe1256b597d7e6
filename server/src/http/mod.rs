//! The HTTP API. Utility modules first, then one module per resource, each opening with
//! `pub fn router() -> OpenApiRouter<AppState>` so its URL surface reads at a glance.
//! [`router`] nests them under `/v1`, adds the layers and attaches the state once.
//!
//! Around the routes, outermost first (`middleware`): request id, security headers and
//! metrics; tracing; compression; language negotiation, request checks and ETag, with
//! every failure rendered as localized problem+json; timeouts and body limits.

/// `ETag` / `If-None-Match` for every read.
pub mod etag;
/// Authentication extractors, role guards, client address, `If-Match`, paging.
pub mod extract;
/// A JSON body extractor that rejects with our error type.
pub mod json;
/// Request counters and latency histograms for `/metrics`.
mod metrics;
/// The two services every request passes: edge (request id, security headers, metrics)
/// and API (language, checks, ETag, localized problems).
mod middleware;
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
use axum::http::StatusCode;
use axum::response::Response;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
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
///
/// Two layers (see [`middleware`]): axum boxes each one per request, so the checks are
/// hand-written services with tower-http's timeouts, limits, tracing and compression
/// composed inside them, not beside them.
pub fn router(state: AppState) -> Router {
    let (api, openapi) = api();
    let limit = state.config.max_body_bytes;
    let cors = security::cors(&state.config.cors_origins);
    let api_layers = ServiceBuilder::new()
        .layer(middleware::ApiLayer::new(state.clone(), limit))
        .layer(RequestBodyTimeoutLayer::new(
            state.config.connections.body_timeout,
        ))
        .layer(RequestBodyLimitLayer::new(limit))
        // Inside the limit: its 408 needs a body type with a default (empty) value.
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(DefaultBodyLimit::max(limit));
    let edge_layers = ServiceBuilder::new()
        .layer(middleware::EdgeLayer)
        .layer(TraceLayer::new_for_http())
        .layer(CompressionLayer::new());
    let app = api
        .merge(docs::router(openapi))
        // Shareable place and route pages: inside the ETag and language checks.
        .merge(crate::pages::router())
        .fallback(no_route)
        .layer(api_layers)
        // The console: inside the edge, outside the API's language, ETag and body limits.
        .merge(crate::console::router(&state))
        .layer(edge_layers)
        .with_state(state);
    // Outermost, so that preflight requests are answered before the rest.
    match cors {
        Some(cors) => app.layer(cors),
        None => app,
    }
}

async fn no_route(req: Request) -> Response {
    use axum::response::IntoResponse;
    Error::NoRoute(req.uri().path().to_owned()).into_response()
}

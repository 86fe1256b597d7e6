//! Operations endpoints: liveness, readiness (database reachable and writable) and
//! Prometheus metrics; the fast-failing gate in front of the database; the small router
//! that answers connections over the caps (`crate::connections`).

use std::time::Duration;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppState;
use crate::error::{Error, Result};

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(healthz))
        .routes(routes!(readyz))
        .routes(routes!(metrics))
}

/// API routes that answer without the database: the gate lets them through during an
/// outage. Matched route patterns, as in `MatchedPath`. Routes served from memory belong
/// here; one that is missing still works, it only answers 503 during an outage. (Only
/// `/v1/…` is gated: ops, docs and the OpenAPI document never are.)
pub const DATABASE_FREE_ROUTES: &[&str] = &[
    "/v1/locales",
    // The published catalogue and the rules over it answer from the in-memory snapshot.
    "/v1/places",
    "/v1/places/{id}",
    "/v1/zones",
    "/v1/zones/{slug}",
    "/v1/routes",
    "/v1/routes/{slug}",
    "/v1/routes/{slug}/geojson",
    "/v1/events",
    "/v1/alerts",
    "/v1/help",
    "/v1/sync",
    "/v1/policies/transit",
    "/v1/policies/visa-free-entry",
    "/v1/policies/tax-refund",
    "/v1/transit/check",
    "/v1/tax-refund/estimate",
    "/v1/itineraries/plan",
    "/v1/itineraries/ics",
];

/// How long clients are asked to wait when the database or the server is unavailable.
pub const RETRY_AFTER_SECS: u64 = 2;

/// Health status.
#[derive(Serialize, ToSchema)]
struct Health {
    /// `ok` (liveness) or `ready` (readiness).
    #[schema(example = "ok")]
    status: &'static str,
}

/// Liveness: the process is up and serving. Answers even while the API sheds load.
#[utoipa::path(get, path = "/healthz", tag = "ops", responses((status = 200, body = Health)))]
async fn healthz() -> axum::Json<Health> {
    axum::Json(Health { status: "ok" })
}

/// Readiness: the database answers reads and writes (as last probed, at most about
/// 0.5 s ago) and this node's pool can reach it. 503 problem+json with `Retry-After`
/// when not.
#[utoipa::path(get, path = "/readyz", tag = "ops", responses(
    (status = 200, body = Health),
    (status = 503, description = "the database is unreachable, locked or read-only", content_type = "application/problem+json")
))]
async fn readyz(State(state): State<AppState>) -> Result<axum::Json<Health>> {
    if !state.health.ready() {
        return Err(Error::Unavailable("database probe failed".into()));
    }
    match tokio::time::timeout(Duration::from_secs(1), state.db.ping()).await {
        Ok(Ok(())) => Ok(axum::Json(Health { status: "ready" })),
        Ok(Err(e)) => Err(Error::Unavailable(e.to_string())),
        Err(_) => Err(Error::Unavailable("no pooled connection within 1 s".into())),
    }
}

/// Prometheus text exposition of request counters and latencies.
#[utoipa::path(get, path = "/metrics", tag = "ops", responses((status = 200, content_type = "text/plain")))]
async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
}

/// While the database is unreachable, answers requests that need it with 503 and
/// `Retry-After` at once, instead of each waiting for the pool's acquire timeout (a
/// circuit breaker; `store::health` closes it again within a probe interval).
pub fn check_database(state: &AppState, req: &Request) -> Result<()> {
    let needs_database = req.extensions().get::<MatchedPath>().is_some_and(|p| {
        p.as_str().starts_with("/v1/") && !DATABASE_FREE_ROUTES.contains(&p.as_str())
    });
    if needs_database && !state.health.reachable() {
        return Err(Error::Unavailable("database unreachable (probe)".into()));
    }
    Ok(())
}

/// What connections over the caps get: `/healthz` still answers (a liveness probe must
/// not restart a server for being busy), everything else is 503 with `Retry-After`.
pub fn shed_router() -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .fallback(|| async { Error::Overloaded.into_response() })
        .layer(axum::middleware::from_fn(crate::i18n::middleware))
}

//! `GET /v1/sync?locale=&since=`: the app's offline bundle for one locale (DESIGN.md "API
//! contract"; issue 5 "Offline first").
//!
//! Without `since` the answer is every published place, zone, route, event, alert and
//! policy version with its texts already picked for `locale` (fallback chain as
//! everywhere else), and `full: true`: the phone replaces what it holds for that locale.
//! With `since` (the `since` of the previous answer, an opaque watermark) it is only what
//! changed after it, plus `tombstones` for items deleted or unpublished meanwhile. The
//! watermark is the time of the newest change in the catalogue, not the clock, so an
//! unchanged catalogue gives byte-identical answers and the global ETag middleware turns
//! a repeated request with `If-None-Match` into a body-less 304.
//!
//! The bundle's shape is defined once, in guide-domain (`bundle`), and the app core reads
//! it back with the same types; it is built from the in-memory catalogue snapshot, and the
//! full bundle of each locale is serialized once per snapshot.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use guide_domain::{Locale, negotiate};
use serde::Deserialize;
use utoipa::IntoParams;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use crate::app::AppState;
use crate::error::{Msg, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(sync))
}

/// Query parameters of `GET /v1/sync`.
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct SyncParams {
    /// BCP 47 tag of the bundle's language (default: the request's language).
    locale: Option<String>,
    /// The `since` of the previous answer: only changes after it, with tombstones.
    since: Option<String>,
}

/// Offline bundle for one locale, or the delta since a previous sync (the shape is
/// guide-domain's `bundle::Bundle`, which the app core reads back).
#[utoipa::path(
    get, path = "/sync", tag = "sync", params(SyncParams),
    responses(
        (status = 200, body = Object, description = "a bundle (guide-domain `bundle::Bundle`): `format`, `locale`, `full`, `since`, `places`, `zones`, `routes`, `events`, `alerts`, `policies`, `tombstones`"),
        (status = 304, description = "unchanged (`If-None-Match`)"),
        (status = 400, description = "invalid locale or since (problem+json)")
    )
)]
async fn sync(
    State(state): State<AppState>,
    Lang(lang): Lang,
    RawQuery(query): RawQuery,
) -> Result<Response> {
    let mut p = Params::parse(query.as_deref(), &["locale", "since"]);
    let locale = match p.str("locale").map(|tag| negotiate(Some(tag), None)) {
        None => lang,
        Some(Ok(n)) => n.locale,
        Some(Err(e)) => {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            p.fail(
                "locale",
                "unsupported_locale",
                Msg::new("field-invalid-choice")
                    .arg("value", e.value)
                    .arg("accepted", accepted.join(", ")),
            );
            lang
        }
    };
    let since = p.time("since").map(|t| t.with_timezone(&Utc));
    p.finish()?;
    let snapshot = state.catalogue.snapshot();
    let mut response = match since {
        // The full bundle is the same for everyone until the catalogue changes: built once.
        None => snapshot.full_bundle(locale).into_response(),
        Some(since) => serde_json::to_vec(&snapshot.bundle(locale, Some(since)))
            .expect("a bundle serializes")
            .into_response(),
    };
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Ok(response)
}

//! `POST /v1/itineraries/plan` and `POST /v1/itineraries/ics`: days of timed visits for a
//! visa-free window, and the same plan as an RFC 5545 calendar. Planning is
//! `guide_domain::planner::plan` (the app runs it offline too); this module resolves the
//! request against the catalogue: candidate places in the visitor's language, the start
//! point and the exit port from the transit policy data.

use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset, Utc};
use guide_domain::catalogue::local_date;
use guide_domain::ics::to_ics;
use guide_domain::planner::{Pace, Plan, PlanError, PlanInput, PlanPlace, PlanSettings, plan};
use guide_domain::{Interest, LatLng, Locale};
use serde::Deserialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(plan_itinerary))
        .routes(routes!(plan_ics))
}

/// Most places a visitor may insist on.
const MAX_MUST_SEE: usize = 30;

/// Where every day starts: coordinates, or a place of the guide.
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
enum Start {
    At(LatLng),
    Place { place: String },
}

/// The request body (the fixed shape; fields may be added).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
struct PlanRequest {
    entry_at: DateTime<FixedOffset>,
    #[serde(default)]
    exit_at: Option<DateTime<FixedOffset>>,
    /// The visa-free deadline from `/v1/transit/check`.
    #[serde(default)]
    deadline: Option<DateTime<FixedOffset>>,
    /// A designated port code such as `CAN` (see `/v1/policies/transit`).
    #[serde(default)]
    exit_port: Option<String>,
    #[serde(default)]
    interests: Vec<Interest>,
    #[serde(default)]
    pace: Pace,
    start: Start,
    #[serde(default)]
    must_see: Vec<String>,
    #[serde(default)]
    has_refund_purchases: bool,
    /// Language of the plan; beats `?lang=` and `Accept-Language` when given.
    #[serde(default)]
    lang: Option<String>,
}

/// `/ics` takes either a plan request or a plan the client already holds (e.g. saved).
#[derive(Debug, Clone, Deserialize, ToSchema)]
#[serde(untagged)]
enum IcsRequest {
    Plan { plan: Box<Plan> },
    Request(Box<PlanRequest>),
}

fn unprocessable(field: impl Into<String>, code: &'static str, message: Msg) -> Error {
    Error::Unprocessable(vec![FieldError::new(field, code, message)])
}

/// Resolves the request against the catalogue and plans. Returns the plan in `locale`.
async fn make_plan(state: &AppState, req: PlanRequest, header_locale: Locale) -> Result<Plan> {
    let locale = match req.lang.as_deref() {
        None => header_locale,
        Some(tag) => guide_domain::negotiate(Some(tag), None)
            .map(|n| n.locale)
            .map_err(|e| {
                let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
                unprocessable(
                    "lang",
                    "unsupported_locale",
                    Msg::new("field-invalid-choice")
                        .arg("value", e.value)
                        .arg("accepted", accepted.join(", ")),
                )
            })?,
    };
    if req.must_see.len() > MAX_MUST_SEE {
        return Err(unprocessable(
            "must_see",
            "out_of_range",
            Msg::new("field-too-many").arg("max", MAX_MUST_SEE),
        ));
    }

    let snapshot = state.catalogue.snapshot();
    let exit_port = match &req.exit_port {
        None => None,
        Some(code) => Some(
            snapshot
                .policies
                .exit_port(code, local_date(req.entry_at))
                .map_err(|accepted| {
                    unprocessable(
                        "exit_port",
                        "invalid_choice",
                        Msg::new("field-invalid-choice")
                            .arg("value", code.as_str())
                            .arg("accepted", accepted.join(", ")),
                    )
                })?,
        ),
    };

    let start = match &req.start {
        Start::At(at) => *at,
        Start::Place { place } => snapshot
            .place(place)
            .and_then(|p| p.facts.lat_lng())
            .ok_or_else(|| {
                unprocessable(
                    "start.place",
                    "unknown_place",
                    Msg::new("error-not-found-detail")
                        .arg("what", "place")
                        .arg("id", place.as_str()),
                )
            })?,
    };

    let candidates: Vec<PlanPlace> = snapshot
        .places
        .iter()
        .filter_map(|p| {
            p.facts.plan_place(
                &p.name(locale),
                req.must_see.iter().any(|s| s == &p.facts.slug),
            )
        })
        .collect();

    let input = PlanInput {
        entry_at: req.entry_at,
        exit_at: req.exit_at,
        deadline: req.deadline,
        exit_port,
        interests: req.interests,
        pace: req.pace,
        start,
        must_see: req.must_see,
        has_refund_purchases: req.has_refund_purchases,
    };
    let planned = plan(&input, &candidates, &PlanSettings::default()).map_err(|e| match e {
        PlanError::NoEnd => unprocessable("exit_at", "required", Msg::new("field-plan-needs-end")),
        PlanError::EndBeforeStart => unprocessable(
            "exit_at",
            "end_before_entry",
            Msg::new("field-end-before-entry"),
        ),
        PlanError::TooLong => unprocessable(
            "exit_at",
            "out_of_range",
            Msg::new("field-window-too-long").arg("days", guide_domain::planner::MAX_DAYS),
        ),
    })?;
    Ok(planned.localized(locale))
}

/// Plan the days of a visit (DESIGN.md, issue "rules").
///
/// Body: `{"entry_at":"…","exit_at":"…","exit_port":"CAN","interests":["food","night"],
/// "pace":"normal","start":{"lat":23.12,"lng":113.27},"must_see":["<slug>"],"lang":"en"}`.
/// `start` may also be `{"place":"<slug>"}`; `deadline` (from the visa-free check) may
/// replace `exit_at`. The same input always gives the same plan.
#[utoipa::path(
    post, path = "/itineraries/plan", tag = "rules",
    request_body(content = PlanRequest, example = json!({
        "entry_at": "2026-12-01T09:00:00+08:00", "exit_at": "2026-12-04T18:00:00+08:00", "exit_port": "CAN",
        "interests": ["food", "heritage", "night"], "pace": "normal", "start": {"lat": 23.12, "lng": 113.27},
        "must_see": ["canton-tower"], "lang": "en"
    })),
    responses(
        (status = 200, body = Plan, description = "days with timed items, window, warnings"),
        (status = 422, description = "invalid input (problem+json with field errors)")
    )
)]
async fn plan_itinerary(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Json(req): Json<PlanRequest>,
) -> Result<Response> {
    let plan = make_plan(&state, req, locale).await?;
    Ok(axum::Json(plan).into_response())
}

/// The plan as an iCalendar file (RFC 5545): one VEVENT per item, TZID Asia/Shanghai,
/// the Chinese address as LOCATION. Body: a plan request, or `{"plan": <a plan>}`.
#[utoipa::path(
    post, path = "/itineraries/ics", tag = "rules",
    request_body(content = IcsRequest, description = "a plan request, or {\"plan\": <a plan>}"),
    responses(
        (status = 200, content_type = "text/calendar", description = "RFC 5545 calendar"),
        (status = 422, description = "invalid input (problem+json with field errors)")
    )
)]
async fn plan_ics(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Json(req): Json<IcsRequest>,
) -> Result<Response> {
    let plan = match req {
        IcsRequest::Plan { plan } => *plan,
        IcsRequest::Request(req) => make_plan(&state, *req, locale).await?,
    };
    let mut response = to_ics(&plan, Utc::now()).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"canton-guide.ics\""),
    );
    Ok(response)
}

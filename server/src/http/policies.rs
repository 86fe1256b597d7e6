//! `GET /v1/policies/transit`, `/visa-free-entry` and `/tax-refund`: the versioned
//! policy data the rules engine uses, with the version in force today, its source, the
//! date it was checked and how certain it is.

use axum::extract::{RawQuery, State};
use chrono::{NaiveDate, Utc};
use guide_domain::l10n::tr;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use crate::app::AppState;
use crate::error::Result;
use crate::i18n::Lang;
use crate::store::catalogue;
use crate::store::entity::policy;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(transit)).routes(routes!(visa_free_entry)).routes(routes!(tax_refund))
}

/// One version of a policy.
#[derive(Serialize, ToSchema)]
struct PolicyVersion {
    version: String,
    effective_from: NaiveDate,
    /// Null while in force until replaced.
    effective_to: Option<NaiveDate>,
    source: String,
    as_of: NaiveDate,
    /// `confirmed`, `inferred` or `uncertain`.
    confidence: String,
    /// "Verify before travel" unless confirmed.
    notice: Option<String>,
    /// The rules themselves (shape per kind, see guide-domain `policy`).
    #[schema(value_type = Object)]
    data: serde_json::Value,
}

/// A policy's versions and the one in force today.
#[derive(Serialize, ToSchema)]
struct PolicyHistory {
    kind: &'static str,
    /// The version in force today (Asia/Shanghai), if any.
    current: Option<PolicyVersion>,
    /// Every version, oldest first.
    versions: Vec<PolicyVersion>,
}

async fn history(state: &AppState, kind: &'static str, locale: guide_domain::Locale, query: Option<&str>) -> Result<PolicyHistory> {
    Params::parse(query, &[]).finish()?;
    let today = Utc::now().with_timezone(&guide_domain::hours::TIME_ZONE).date_naive();
    let rows = catalogue::policies(&state.db, kind).await?;
    let in_force = |p: &policy::Model| p.effective_from <= today && p.effective_to.is_none_or(|to| today <= to);
    let current = rows.iter().rev().find(|p| in_force(p)).map(|p| version(p, locale));
    let versions = rows.iter().map(|p| version(p, locale)).collect();
    Ok(PolicyHistory { kind, current, versions })
}

fn version(p: &policy::Model, locale: guide_domain::Locale) -> PolicyVersion {
    PolicyVersion {
        version: p.version.clone(),
        effective_from: p.effective_from,
        effective_to: p.effective_to,
        source: p.source.clone(),
        as_of: p.as_of,
        confidence: p.confidence.clone(),
        notice: (p.confidence != "confirmed").then(|| tr(locale, "notice-verify-before-travel")),
        data: serde_json::from_str(&p.data).unwrap_or(serde_json::Value::Null),
    }
}

/// Visa-free transit (144/240 hours): nationalities, ports, rules.
#[utoipa::path(get, path = "/policies/transit", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn transit(State(state): State<AppState>, Lang(locale): Lang, RawQuery(q): RawQuery) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(&state, "transit", locale, q.as_deref()).await?))
}

/// Unilateral 30-day visa-free entry, with each country's validity window.
#[utoipa::path(get, path = "/policies/visa-free-entry", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn visa_free_entry(State(state): State<AppState>, Lang(locale): Lang, RawQuery(q): RawQuery) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(&state, "visa_free_entry", locale, q.as_deref()).await?))
}

/// Departure tax refund: minimum, rates, fees, cash limit, deadlines.
#[utoipa::path(get, path = "/policies/tax-refund", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn tax_refund(State(state): State<AppState>, Lang(locale): Lang, RawQuery(q): RawQuery) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(&state, "tax_refund", locale, q.as_deref()).await?))
}

//! `GET /v1/policies/transit`, `/visa-free-entry` and `/tax-refund`: the versioned
//! policy data the rules engine uses, with the version in force today, its source, the
//! date it was checked and how certain it is.

use axum::extract::{RawQuery, State};
use chrono::{NaiveDate, Utc};
use guide_domain::catalogue::PolicyDocument;
use guide_domain::l10n::tr;
use guide_domain::policy::PolicyKind;
use guide_domain::{Confidence, Locale};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use crate::app::AppState;
use crate::error::Result;
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(transit))
        .routes(routes!(visa_free_entry))
        .routes(routes!(tax_refund))
}

/// One version of a policy.
#[derive(Serialize, ToSchema)]
struct PolicyVersion {
    version: String,
    effective_from: NaiveDate,
    /// Null while in force until replaced.
    effective_to: Option<NaiveDate>,
    /// Where the facts come from.
    source: String,
    as_of: NaiveDate,
    confidence: Confidence,
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

fn history(
    state: &AppState,
    kind: PolicyKind,
    locale: Locale,
    query: Option<&str>,
) -> Result<PolicyHistory> {
    Params::parse(query, &[]).finish()?;
    let today = Utc::now()
        .with_timezone(&guide_domain::hours::TIME_ZONE)
        .date_naive();
    let snapshot = state.catalogue.snapshot();
    let docs: Vec<PolicyDocument> = snapshot
        .policies
        .documents()
        .filter(|d| d.kind() == kind)
        .collect();
    let current = docs
        .iter()
        .rev()
        .find(|d| d.meta().covers(today))
        .map(|d| version(d, locale));
    let versions = docs.iter().map(|d| version(d, locale)).collect();
    Ok(PolicyHistory {
        kind: kind.as_str(),
        current,
        versions,
    })
}

fn version(d: &PolicyDocument, locale: Locale) -> PolicyVersion {
    let m = d.meta();
    PolicyVersion {
        version: m.version.clone(),
        effective_from: m.effective_from,
        effective_to: m.effective_to,
        source: m.source.clone(),
        as_of: m.as_of,
        confidence: m.confidence,
        notice: m
            .confidence
            .needs_verification()
            .then(|| tr(locale, "notice-verify-before-travel")),
        data: d.data_json(),
    }
}

/// Visa-free transit (144/240 hours): nationalities, ports, rules.
#[utoipa::path(get, path = "/policies/transit", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn transit(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(q): RawQuery,
) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(
        &state,
        PolicyKind::Transit,
        locale,
        q.as_deref(),
    )?))
}

/// Unilateral 30-day visa-free entry, with each country's validity window.
#[utoipa::path(get, path = "/policies/visa-free-entry", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn visa_free_entry(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(q): RawQuery,
) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(
        &state,
        PolicyKind::VisaFreeEntry,
        locale,
        q.as_deref(),
    )?))
}

/// Departure tax refund: minimum, rates, fees, cash limit, deadlines.
#[utoipa::path(get, path = "/policies/tax-refund", tag = "policies", responses((status = 200, body = PolicyHistory)))]
async fn tax_refund(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(q): RawQuery,
) -> Result<axum::Json<PolicyHistory>> {
    Ok(axum::Json(history(
        &state,
        PolicyKind::TaxRefund,
        locale,
        q.as_deref(),
    )?))
}

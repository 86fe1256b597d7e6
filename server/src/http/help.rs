//! `GET /v1/help` (DESIGN.md "Help"): emergency numbers, hotlines, consulates and clinics,
//! localized, each with the public page it comes from and a "verify before travel"
//! notice when that page is weak or old. The directory is versioned policy data
//! (`seeds/policies/help-*.yaml`, kind `help`), so it also travels in the offline bundle.

use axum::extract::{RawQuery, State};
use chrono::{NaiveDate, Utc};
use guide_domain::policy::{HelpCategory, HelpItem};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::params::Params;
use crate::app::AppState;
use crate::error::Result;
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(help))
}

/// Query parameters (documentation).
#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
#[allow(dead_code)]
struct HelpParams {
    /// Comma list of `emergency`, `hotline`, `consulate`, `hospital` (default: all).
    category: Option<String>,
    lang: Option<String>,
}

/// The help directory in one language.
#[derive(Serialize, ToSchema)]
struct HelpPage {
    /// BCP 47 tag of the texts.
    locale: &'static str,
    /// The directory version the entries come from (null before any is seeded).
    version: Option<String>,
    /// Where the directory as a whole was compiled from.
    source: Option<String>,
    /// When it was last checked.
    as_of: Option<NaiveDate>,
    /// The entries, emergency numbers first.
    items: Vec<HelpItem>,
}

/// Emergency numbers, hotlines, consulates in Guangzhou and clinics for foreign visitors.
#[utoipa::path(
    get, path = "/help", tag = "meta", params(HelpParams),
    responses(
        (status = 200, body = HelpPage),
        (status = 400, description = "unknown parameter or category (problem+json)")
    )
)]
async fn help(
    State(state): State<AppState>,
    Lang(locale): Lang,
    RawQuery(q): RawQuery,
) -> Result<axum::Json<HelpPage>> {
    let mut params = Params::parse(q.as_deref(), &["category"]);
    let only: Vec<HelpCategory> = params.list("category");
    params.finish()?;
    let snapshot = state.catalogue.snapshot();
    let today = Utc::now()
        .with_timezone(&guide_domain::hours::TIME_ZONE)
        .date_naive();
    // The version in force today, else the newest: a directory is better than none.
    let current = snapshot.policies.help_for(today);
    Ok(axum::Json(HelpPage {
        locale: locale.tag(),
        version: current.map(|v| v.meta.version.clone()),
        source: current.map(|v| v.meta.source.clone()),
        as_of: current.map(|v| v.meta.as_of),
        items: current
            .map(|v| v.data.localized(locale, &only))
            .unwrap_or_default(),
    }))
}

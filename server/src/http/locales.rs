//! `GET /v1/locales`: the 15 supported languages with native name and text direction.

use guide_domain::{Locale, TextDirection};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppState;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(list))
}

/// A supported language.
#[derive(Serialize, ToSchema)]
struct LocaleInfo {
    /// BCP 47 tag, as accepted by `?lang=`.
    tag: &'static str,
    /// The language's name in itself.
    native_name: &'static str,
    /// `ltr` or `rtl` (Arabic).
    #[schema(value_type = String)]
    direction: TextDirection,
}

/// The list response.
#[derive(Serialize, ToSchema)]
struct LocaleList {
    items: Vec<LocaleInfo>,
}

/// Supported languages (DESIGN.md "Locales").
#[utoipa::path(get, path = "/locales", tag = "meta", responses((status = 200, body = LocaleList)))]
async fn list() -> axum::Json<LocaleList> {
    let items = Locale::ALL
        .iter()
        .map(|l| LocaleInfo {
            tag: l.tag(),
            native_name: l.native_name(),
            direction: l.direction(),
        })
        .collect();
    axum::Json(LocaleList { items })
}

//! `/openapi.json` (OpenAPI 3.1, generated from the handlers) and `/docs`, a Swagger UI
//! whose assets are vendored into the binary, so the docs work without internet.

use axum::Router;
use utoipa_swagger_ui::SwaggerUi;

use crate::app::AppState;

/// Routes of this module.
pub fn router(openapi: utoipa::openapi::OpenApi) -> Router<AppState> {
    Router::new().merge(SwaggerUi::new("/docs").url("/openapi.json", openapi))
}

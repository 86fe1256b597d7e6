//! What every operation can answer besides its own responses, written into the OpenAPI
//! document in one place, because one place produces them: the layers and extractors that
//! every route shares. Handlers document their own outcomes (`200`, `404`, `409`, …);
//! [`complete`] adds, per operation:
//!
//! - `400` — an unsupported `?lang=` or a NUL character in the path or query (checked
//!   for every route by `middleware::Api`);
//! - `414` — a path and query over `security::MAX_URI_BYTES`;
//! - with a JSON body: `413` (body limit), `415` (not JSON), `422` (JSON of the wrong shape);
//! - with `security`: `401`, and `403` for merchant and staff routes (role guards);
//! - for routes that need the database: `503` with `Retry-After` (`ops::check_database`);
//!
//! and gives every error response without a body the `application/problem+json`
//! [`Problem`] body `middleware::Api` renders. It also declares the `bearer` scheme that
//! operations name in `security`.

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, ResponseBuilder, Type};
use utoipa::{PartialSchema, ToSchema};

use crate::i18n::PROBLEM_JSON;

/// An RFC 9457 problem, as every error answer carries it (rendered by `crate::i18n`).
#[derive(ToSchema)]
#[allow(dead_code)] // describes JSON written by `i18n::render`, never built in Rust
struct Problem {
    /// `urn:canton-guide:problem:<code>`.
    #[schema(rename = "type")]
    kind: String,
    /// Short summary in the request's language.
    title: String,
    /// The HTTP status.
    status: u16,
    /// Stable machine code (`validation`, `not_found`, `unavailable`, …).
    code: String,
    /// What happened and what would be accepted, in the request's language.
    detail: Option<String>,
    /// The request path.
    instance: String,
    /// One entry per invalid field (validation problems only).
    errors: Option<Vec<ProblemField>>,
}

/// One invalid input field of a problem.
#[derive(ToSchema)]
#[allow(dead_code)]
struct ProblemField {
    /// Query parameter, header or body path (`near`, `purchases[0].amount_cny`).
    field: String,
    /// Stable machine code (`invalid_choice`, `out_of_range`, …).
    code: String,
    /// What would be accepted, in the request's language.
    message: String,
}

/// Adds the shared responses, the problem body and the `bearer` scheme to `doc`.
pub fn complete(doc: &mut OpenApi) {
    let components = doc.components.get_or_insert_with(Default::default);
    components
        .schemas
        .insert(Problem::name().into_owned(), Problem::schema());
    components
        .schemas
        .insert(ProblemField::name().into_owned(), ProblemField::schema());
    components.security_schemes.insert(
        "bearer".to_owned(),
        RefOr::T(SecurityScheme::Http(
            HttpBuilder::new()
                .scheme(HttpAuthScheme::Bearer)
                .bearer_format("JWT")
                .build(),
        )),
    );
    for (path, item) in doc.paths.paths.iter_mut() {
        let operations = [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
            &mut item.head,
            &mut item.options,
            &mut item.trace,
        ];
        for operation in operations.into_iter().flatten() {
            let responses = &mut operation.responses.responses;
            let mut add = |status: &str, description: &str| {
                responses.entry(status.to_owned()).or_insert_with(|| {
                    RefOr::T(ResponseBuilder::new().description(description).build())
                });
            };
            add(
                "400",
                "invalid query parameter or `lang`, or a NUL character in the path or query",
            );
            add("414", "path and query longer than 16 KiB");
            if operation.request_body.is_some() {
                add("413", "body larger than the limit (64 KiB)");
                add("415", "the body is not `application/json`");
                add(
                    "422",
                    "the JSON body has the wrong shape or invalid values (`errors` names the fields)",
                );
            }
            if operation.security.is_some() {
                add("401", "no, an invalid or an expired access token");
                if path.starts_with("/v1/merchant") || path.starts_with("/v1/staff") {
                    add("403", "signed in, but the role may not do this");
                }
            }
            let needs_database = path.starts_with("/v1/")
                && !super::ops::DATABASE_FREE_ROUTES.contains(&path.as_str());
            if needs_database {
                add(
                    "503",
                    "the database is unreachable or busy: retry after `Retry-After` seconds",
                );
            }
            for (status, response) in responses.iter_mut() {
                let RefOr::T(response) = response else {
                    continue;
                };
                if !(status.starts_with('4') || status.starts_with('5')) {
                    continue;
                }
                if response.content.is_empty() {
                    let problem = ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name(Problem::name())))
                        .build();
                    response
                        .content
                        .insert(PROBLEM_JSON.to_owned(), RefOr::T(problem));
                }
                if status == "503" || status == "429" {
                    let seconds = HeaderBuilder::new()
                        .schema(Some(
                            utoipa::openapi::ObjectBuilder::new()
                                .schema_type(Type::Integer)
                                .minimum(Some(1)),
                        ))
                        .description(Some("seconds to wait before retrying"))
                        .build();
                    response
                        .headers
                        .insert("Retry-After".to_owned(), RefOr::T(seconds));
                }
            }
        }
    }
}

//! `POST /v1/transit/check`: may this visitor enter visa-free, under which scheme, and
//! until when exactly? The rules are `guide_domain::transit::check` (the same code runs
//! offline in the app); this module validates input, loads the policy versions and
//! localizes the outcome.

use axum::extract::State;
use guide_domain::transit::{TransitCheckInput, TransitCheckOutcome, check_policies};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(transit_check))
}

/// Whether a string is an ISO 3166-1 alpha-2 code in canonical (upper) case.
pub fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// Field checks serde cannot express; every problem at once.
fn validate(input: &mut TransitCheckInput) -> Result<()> {
    let mut errors = Vec::new();
    for (field, value) in [
        ("nationality", &mut input.nationality),
        ("origin", &mut input.origin),
        ("destination", &mut input.destination),
    ] {
        // Lower case is a harmless slip; anything else is not a code.
        *value = value.trim().to_ascii_uppercase();
        if !is_country_code(value) {
            errors.push(FieldError::new(
                field,
                "invalid_country",
                Msg::new("field-invalid-country"),
            ));
        }
    }
    input.entry_port = input.entry_port.trim().to_owned();
    if input.entry_port.is_empty() || input.entry_port.len() > 40 {
        errors.push(FieldError::new(
            "entry_port",
            "invalid_port",
            Msg::new("field-too-long").arg("max", 40usize),
        ));
    }
    if let Some(exit) = input.exit_at
        && exit <= input.entry_at
    {
        errors.push(FieldError::new(
            "exit_at",
            "end_before_entry",
            Msg::new("field-end-before-entry"),
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// Visa-free eligibility: 240-hour transit, 30-day entry and mutual visa-exemption
/// agreements (DESIGN.md, issue "rules"); "cannot confirm, check with the embassy" when
/// none of them does.
///
/// Body: `{"nationality":"US","entry_port":"CAN","entry_at":"2026-12-01T14:30:00+08:00",
/// "origin":"US","destination":"JP"}` plus optional `exit_port`, `exit_at`,
/// `passport_expiry`, `purpose`. The answer names the scheme, the exact deadline in
/// Asia/Shanghai time, every reason and warning (localized, with the policy's source
/// and `as_of`), and which scheme gives the longer stay when both apply.
#[utoipa::path(
    post, path = "/transit/check", tag = "rules",
    request_body(content = TransitCheckInput, example = json!({
        "nationality": "US", "entry_port": "CAN", "entry_at": "2026-12-01T14:30:00+08:00",
        "origin": "US", "destination": "JP"
    })),
    responses(
        (status = 200, body = TransitCheckOutcome, description = "eligible, scheme, deadline, reasons, warnings, policy, alternatives"),
        (status = 422, description = "invalid input (problem+json with field errors)")
    )
)]
async fn transit_check(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Json(mut input): Json<TransitCheckInput>,
) -> Result<axum::Json<TransitCheckOutcome>> {
    validate(&mut input)?;
    let snapshot = state.catalogue.snapshot();
    Ok(axum::Json(
        check_policies(&input, snapshot.policies.visa_policies()).localized(locale),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_two_upper_case_letters() {
        assert!(is_country_code("US"));
        assert!(!is_country_code("USA"));
        assert!(!is_country_code("u1"));
    }
}

//! `POST /v1/tax-refund/estimate`: what a visitor gets back for their purchases, per store
//! per day, and what to do at departure. The maths is `guide_domain::tax_refund`; this
//! module validates input against the policy in force and localizes the answer.

use axum::extract::State;
use chrono::Utc;
use guide_domain::policy::TaxRefundPolicy;
use guide_domain::tax_refund::{RefundEstimate, RefundInput, estimate};
use rust_decimal::Decimal;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::Json;
use crate::app::AppState;
use crate::error::{Error, FieldError, Msg, Result};
use crate::i18n::Lang;

/// Routes of this module.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(refund_estimate))
}

/// Most purchases one estimate takes (a visitor's receipts for a trip fit easily).
pub const MAX_PURCHASES: usize = 200;
/// Largest single invoice accepted, in CNY: far above any refund-eligible purchase,
/// small enough that no arithmetic can overflow.
pub const MAX_AMOUNT_CNY: i64 = 10_000_000;

fn validate(input: &RefundInput, policy: &TaxRefundPolicy) -> Result<()> {
    let mut errors = Vec::new();
    if input.purchases.is_empty() || input.purchases.len() > MAX_PURCHASES {
        errors.push(FieldError::new(
            "purchases",
            "out_of_range",
            Msg::new("field-too-many").arg("max", MAX_PURCHASES),
        ));
    }
    let rates: Vec<String> = policy.rates.iter().map(|r| r.vat.to_string()).collect();
    for (i, p) in input.purchases.iter().enumerate().take(MAX_PURCHASES) {
        // Yuan and fen: at most two decimals, so the invoice is reproduced exactly.
        if p.amount_cny <= Decimal::ZERO
            || p.amount_cny > Decimal::from(MAX_AMOUNT_CNY)
            || p.amount_cny.normalize().scale() > 2
        {
            errors.push(FieldError::new(
                format!("purchases[{i}].amount_cny"),
                "out_of_range",
                Msg::new("field-positive-amount").arg("max", MAX_AMOUNT_CNY),
            ));
        }
        if !policy.rates.iter().any(|r| r.vat == p.vat_rate) {
            errors.push(FieldError::new(
                format!("purchases[{i}].vat_rate"),
                "invalid_choice",
                Msg::new("field-invalid-choice")
                    .arg("value", p.vat_rate.to_string())
                    .arg("accepted", rates.join(", ")),
            ));
        }
        let store = p.store.trim();
        if store.is_empty() || store.chars().count() > 200 {
            errors.push(FieldError::new(
                format!("purchases[{i}].store"),
                "too_long",
                Msg::new("field-too-long").arg("max", 200usize),
            ));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Error::Unprocessable(errors))
    }
}

/// Departure tax-refund estimate (DESIGN.md, issue "rules").
///
/// Body: `{"purchases":[{"store":"<place slug or name>","date":"2026-12-01",
/// "amount_cny":"250.00","vat_rate":13}],"departure_at":"…"}`. Money is exact decimal
/// strings. The policy version is the one in force on the departure day (today when
/// none is given).
#[utoipa::path(
    post, path = "/tax-refund/estimate", tag = "rules",
    request_body(content = RefundInput, example = json!({
        "purchases": [{"store": "friendship-store-ifc", "date": "2026-12-01", "amount_cny": "250.00", "vat_rate": 13}],
        "departure_at": "2026-12-05T10:00:00+08:00", "departure_port": "CAN"
    })),
    responses(
        (status = 200, body = RefundEstimate, description = "groups per store per day, totals, payout, checklist"),
        (status = 422, description = "invalid input (problem+json with field errors)")
    )
)]
async fn refund_estimate(
    State(state): State<AppState>,
    Lang(locale): Lang,
    Json(input): Json<RefundInput>,
) -> Result<axum::Json<RefundEstimate>> {
    let snapshot = state.catalogue.snapshot();
    let day = input.departure_day().unwrap_or_else(|| {
        Utc::now()
            .with_timezone(&guide_domain::hours::TIME_ZONE)
            .date_naive()
    });
    // Outside every version's window (e.g. a date far in the past), the newest rules are
    // the best guess, and the answer names the version it used.
    let policy = snapshot
        .policies
        .refund_for(day)
        .ok_or_else(|| Error::Internal(anyhow::anyhow!("no tax-refund policy in the database")))?;
    validate(&input, &policy.data)?;
    Ok(axum::Json(estimate(&input, policy).localized(locale)))
}

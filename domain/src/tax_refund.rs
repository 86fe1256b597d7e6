//! "How much tax do I get back, and where?" — the departure tax-refund estimate behind
//! `POST /v1/tax-refund/estimate` and the app's purchase tracker (issue 3).
//!
//! Purchases are grouped per store per day, because that is how the minimum applies
//! (200 RMB per store per day since April 2025). Every limit — the minimum, the refund
//! rate per VAT rate, the agency fee, the cash limit, the 90-day export window and the
//! 183-day stay — comes from the [`TaxRefundPolicy`] version passed in; nothing is a
//! constant here. Money is `Decimal` throughout, never a float.
//!
//! Rounding: each group's gross refund and agency fee are rounded once, to 2 decimal
//! places, half away from zero ("四舍五入"), and net = gross − fee from those rounded
//! figures; totals are sums of the rounded group figures. Half-up is what receipts,
//! refund forms and the agencies' counters in China use, so the estimate matches the
//! figure printed on the form to the fen. Banker's rounding only pays off when averaging
//! very many amounts, and would make 0.125 show as 0.12 where the form says 0.13.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::hours::TIME_ZONE;
use crate::l10n::{MsgArg, tr_args};
use crate::locale::Locale;
pub use crate::policy::Note;
use crate::policy::{PolicyMeta, TaxRefundPolicy, Versioned};
use crate::transit::PolicyRef;
use crate::vocab::Confidence;

/// Decimal places kept for money (fen).
pub const MONEY_DP: u32 = 2;

/// One purchase with a tax-refund invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Purchase {
    /// The store: a place slug or the name on the receipt. Groups are per store per day.
    pub store: String,
    /// Purchase date (Asia/Shanghai calendar).
    pub date: NaiveDate,
    /// Invoice amount in CNY, VAT included (JSON: a decimal string such as "250.00").
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub amount_cny: Decimal,
    /// VAT rate of the goods, in percent: 13 or 9.
    pub vat_rate: u8,
    /// Whether the refund was paid in store (instant refund, 即买即退).
    #[serde(default)]
    pub instant: bool,
}

/// What the estimate is asked for.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefundInput {
    /// The purchases.
    pub purchases: Vec<Purchase>,
    /// Consecutive days already spent on the mainland, if known.
    #[serde(default)]
    pub days_on_mainland: Option<u32>,
    /// Planned departure, if known (its Asia/Shanghai date is the departure date).
    #[serde(default)]
    pub departure_at: Option<DateTime<FixedOffset>>,
    /// Planned departure date, when the time is not known (`departure_at` wins).
    #[serde(default)]
    pub departure_date: Option<NaiveDate>,
    /// Departure port (IATA code for airports, e.g. `CAN`), if known.
    #[serde(default)]
    pub departure_port: Option<String>,
}

impl RefundInput {
    /// The departure date in Asia/Shanghai, from `departure_at` or `departure_date`.
    pub fn departure_day(&self) -> Option<NaiveDate> {
        self.departure_at
            .map(|at| at.with_timezone(&TIME_ZONE).date_naive())
            .or(self.departure_date)
    }
}

/// How the refund can be paid out at departure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Payout {
    /// Nothing to collect at departure.
    Nothing,
    /// Up to the cash limit: cash or bank transfer.
    CashOrTransfer,
    /// Above the cash limit: bank transfer only.
    TransferOnly,
}

/// The refund for one store on one day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefundGroup {
    /// The store as given.
    pub store: String,
    /// The purchase date.
    pub date: NaiveDate,
    /// Sum of the invoices.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub invoice_cny: Decimal,
    /// Whether this group earns a refund (reasons say why not).
    pub eligible: bool,
    /// Refund before the agency fee (0 when not eligible).
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub gross_cny: Decimal,
    /// Agency fee (0 when not eligible).
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub fee_cny: Decimal,
    /// What the visitor gets (0 when not eligible).
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub net_cny: Decimal,
    /// Whether the refund was (at least partly) paid in store.
    pub instant: bool,
    /// Last day the goods may leave China.
    pub export_by: NaiveDate,
    /// Whether the planned departure is after `export_by` (unknown without a departure).
    pub departs_after_export_deadline: Option<bool>,
    /// Why the group earns nothing.
    pub reasons: Vec<Note>,
}

/// One item of the departure checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChecklistEntry {
    /// Stable key (`customs_stamp_before_checkin`, …).
    pub key: String,
    /// Localized text; empty until localized.
    #[serde(default)]
    pub text: String,
    /// How sure we are; anything but `confirmed` means "verify before travel".
    pub confidence: Confidence,
    /// Values for the text's placeables (`days`, `limit`, `minimum`), from the policy.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

/// The estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefundEstimate {
    /// Per store per day, ordered by date, then store.
    pub groups: Vec<RefundGroup>,
    /// Sum of eligible invoices.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub total_invoice_cny: Decimal,
    /// Sum of gross refunds.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub total_gross_cny: Decimal,
    /// Sum of agency fees.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub total_fee_cny: Decimal,
    /// Sum of net refunds.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub total_net_cny: Decimal,
    /// Net refunds already paid in store (instant refund).
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub instant_net_cny: Decimal,
    /// Net refunds still to collect at departure.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub to_collect_cny: Decimal,
    /// How `to_collect_cny` can be paid out.
    pub payout: Payout,
    /// The cash limit that decided `payout`.
    #[cfg_attr(feature = "openapi", schema(value_type = String, example = "27.50"))]
    pub cash_limit_cny: Decimal,
    /// Instant-refund conditions, when any purchase used instant refund.
    pub instant_conditions: Vec<Note>,
    /// Things to do before and at departure.
    pub checklist: Vec<ChecklistEntry>,
    /// Estimate-wide notes (stay too long, uncertain facts, verify before travel).
    pub warnings: Vec<Note>,
    /// The policy version used.
    pub policy: PolicyRef,
}

impl RefundEstimate {
    /// The same estimate with every reason, warning, condition and checklist text in
    /// `locale`.
    pub fn localized(&self, locale: Locale) -> RefundEstimate {
        let mut out = self.clone();
        for g in &mut out.groups {
            for r in &mut g.reasons {
                r.localize(locale, "refund-reason");
            }
        }
        for c in &mut out.instant_conditions {
            c.localize(locale, "refund-instant");
        }
        for w in &mut out.warnings {
            w.localize(locale, "refund-warning");
        }
        for item in &mut out.checklist {
            let args: Vec<(&str, MsgArg)> = item
                .args
                .iter()
                .map(|(k, v)| (k.as_str(), MsgArg::from(v.as_str())))
                .collect();
            item.text = tr_args(locale, &format!("refund-checklist-{}", item.key), &args);
        }
        out
    }
}

/// Rounds money to fen, half away from zero (see the module docs for why).
pub fn round_money(amount: Decimal) -> Decimal {
    let mut rounded =
        amount.round_dp_with_strategy(MONEY_DP, RoundingStrategy::MidpointAwayFromZero);
    // Always two decimals on the wire ("0.00", "20000.00"), whatever the input's scale.
    rounded.rescale(MONEY_DP);
    rounded
}

// The rules that decide a group's eligibility; kept apart so `estimate` reads as a table.
fn group_reasons(
    policy: &TaxRefundPolicy,
    invoice: Decimal,
    unknown_vat: Option<u8>,
    export_by: NaiveDate,
    departure: Option<NaiveDate>,
    stay_too_long: bool,
) -> Vec<Note> {
    let mut reasons = Vec::new();
    if let Some(vat) = unknown_vat {
        reasons.push(Note::new("vat_rate_not_refundable").arg("vat", vat));
    }
    if invoice < policy.min_per_store_per_day_cny {
        reasons.push(Note::new("below_minimum").arg("minimum", policy.min_per_store_per_day_cny));
    }
    if departure.is_some_and(|d| d > export_by) {
        reasons.push(Note::new("export_window_passed").arg("date", export_by));
    }
    if stay_too_long {
        reasons.push(Note::new("stay_too_long").arg("days", policy.max_stay_days));
    }
    reasons
}

/// Estimates the departure tax refund of `input.purchases` under `policy`.
///
/// Negative amounts are treated as zero (a refund line, not a purchase); the server
/// rejects them as invalid input before calling this. Groups below the minimum, with
/// goods at a VAT rate the policy does not refund, leaving after the export window, or of
/// a visitor who stayed too long earn zero and say why.
pub fn estimate(input: &RefundInput, policy: &Versioned<TaxRefundPolicy>) -> RefundEstimate {
    let p = &policy.data;
    let departure = input.departure_day();
    let stay_too_long = input.days_on_mainland.is_some_and(|d| d > p.max_stay_days);

    // BTreeMap: groups come out ordered by (date, store) whatever the input order.
    let mut by_group: BTreeMap<(NaiveDate, &str), Vec<&Purchase>> = BTreeMap::new();
    for purchase in &input.purchases {
        by_group
            .entry((purchase.date, purchase.store.trim()))
            .or_default()
            .push(purchase);
    }

    let mut groups = Vec::with_capacity(by_group.len());
    for ((date, store), purchases) in by_group {
        let mut invoice = Decimal::ZERO;
        let mut gross_exact = Decimal::ZERO;
        let mut unknown_vat = None;
        for purchase in &purchases {
            let amount = purchase.amount_cny.max(Decimal::ZERO);
            invoice += amount;
            match p.rate_for(purchase.vat_rate) {
                Some(rate) => gross_exact += amount * rate,
                None => unknown_vat = Some(purchase.vat_rate),
            }
        }
        let export_by = date + Days::new(u64::from(p.export_within_days));
        let reasons = group_reasons(p, invoice, unknown_vat, export_by, departure, stay_too_long);
        let eligible = reasons.is_empty();
        let (gross, fee) = if eligible {
            let gross = round_money(gross_exact);
            // The fee never exceeds the refund it is taken from.
            (gross, round_money(invoice * p.agency_fee_rate).min(gross))
        } else {
            (round_money(Decimal::ZERO), round_money(Decimal::ZERO))
        };
        groups.push(RefundGroup {
            store: store.to_owned(),
            date,
            invoice_cny: round_money(invoice),
            eligible,
            gross_cny: gross,
            fee_cny: fee,
            net_cny: gross - fee,
            instant: purchases.iter().any(|p| p.instant),
            export_by,
            departs_after_export_deadline: departure.map(|d| d > export_by),
            reasons,
        });
    }

    let sum = |f: fn(&RefundGroup) -> Decimal| groups.iter().map(f).sum::<Decimal>();
    let total_invoice = groups
        .iter()
        .filter(|g| g.eligible)
        .map(|g| g.invoice_cny)
        .sum();
    let total_net = sum(|g| g.net_cny);
    let instant_net = groups
        .iter()
        .filter(|g| g.instant)
        .map(|g| g.net_cny)
        .sum::<Decimal>();
    let to_collect = total_net - instant_net;
    let payout = if to_collect.is_zero() {
        Payout::Nothing
    } else if to_collect <= p.cash_limit_cny {
        Payout::CashOrTransfer
    } else {
        Payout::TransferOnly
    };

    let any_instant = groups.iter().any(|g| g.instant);
    let instant_conditions = if any_instant {
        p.instant_refund
            .conditions
            .iter()
            .map(|c| Note::new(c))
            .collect()
    } else {
        Vec::new()
    };
    let port = input.departure_port.as_deref().map(str::trim);
    let checklist = p
        .checklist
        .iter()
        .filter(|item| !item.instant_only || any_instant)
        // Port-specific items show when the port is that one or not yet known.
        .filter(|item| {
            item.ports.is_empty()
                || port.is_none_or(|port| item.ports.iter().any(|x| x.eq_ignore_ascii_case(port)))
        })
        .map(|item| ChecklistEntry {
            key: item.key.clone(),
            text: String::new(),
            confidence: item.confidence,
            // Every item gets the policy's figures, so no translation hard-codes a limit.
            args: BTreeMap::from([
                ("days".to_owned(), p.export_within_days.to_string()),
                ("limit".to_owned(), p.cash_limit_cny.to_string()),
                (
                    "minimum".to_owned(),
                    p.min_per_store_per_day_cny.to_string(),
                ),
                ("max_stay".to_owned(), p.max_stay_days.to_string()),
            ]),
        })
        .collect::<Vec<_>>();

    let mut warnings = Vec::new();
    if stay_too_long {
        warnings.push(Note::new("stay_too_long").arg("days", p.max_stay_days));
    }
    if payout == Payout::TransferOnly {
        warnings.push(Note::new("transfer_only").arg("limit", p.cash_limit_cny));
    }
    warnings.extend(p.uncertainties.iter().map(|u| Note::new(&u.code)));
    if needs_verification(&policy.meta)
        || checklist.iter().any(|c| c.confidence.needs_verification())
    {
        warnings.push(Note::new("verify_before_travel"));
    }

    RefundEstimate {
        total_invoice_cny: round_money(total_invoice),
        total_gross_cny: round_money(sum(|g| g.gross_cny)),
        total_fee_cny: round_money(sum(|g| g.fee_cny)),
        total_net_cny: round_money(total_net),
        instant_net_cny: round_money(instant_net),
        to_collect_cny: round_money(to_collect),
        payout,
        cash_limit_cny: p.cash_limit_cny,
        instant_conditions,
        checklist,
        warnings,
        policy: PolicyRef::from(&policy.meta),
        groups,
    }
}

fn needs_verification(meta: &PolicyMeta) -> bool {
    meta.confidence.needs_verification()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Exact decimal literals (rust_decimal's own `dec!` needs its `macros` feature).
    macro_rules! dec {
        ($x:literal) => {
            stringify!($x).parse::<Decimal>().unwrap()
        };
    }

    fn policy() -> Versioned<TaxRefundPolicy> {
        serde_saphyr::from_str(include_str!("../../seeds/policies/tax-refund-2025-04.yaml"))
            .unwrap()
    }

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn buy(store: &str, day: &str, amount: Decimal, vat: u8) -> Purchase {
        Purchase {
            store: store.into(),
            date: date(day),
            amount_cny: amount,
            vat_rate: vat,
            instant: false,
        }
    }

    fn input(purchases: Vec<Purchase>) -> RefundInput {
        RefundInput {
            purchases,
            ..RefundInput::default()
        }
    }

    #[test]
    fn issue_example_250_at_13_percent() {
        let out = estimate(
            &input(vec![buy("teemall", "2026-12-01", dec!(250.00), 13)]),
            &policy(),
        );
        let g = &out.groups[0];
        assert!(g.eligible);
        assert_eq!(
            (g.gross_cny, g.fee_cny, g.net_cny),
            (dec!(27.50), dec!(5.00), dec!(22.50))
        );
        assert_eq!(out.total_net_cny, dec!(22.50));
        assert_eq!(out.payout, Payout::CashOrTransfer);
        let json = serde_json::to_value(&out).unwrap();
        assert_eq!(json["groups"][0]["gross_cny"], "27.50");
        assert_eq!(json["total_net_cny"], "22.50");
    }

    #[test]
    fn nine_percent_goods_get_eight_percent() {
        let out = estimate(
            &input(vec![buy("a", "2026-12-01", dec!(1000), 9)]),
            &policy(),
        );
        assert_eq!(
            (
                out.groups[0].gross_cny,
                out.groups[0].fee_cny,
                out.total_net_cny
            ),
            (dec!(80.00), dec!(20.00), dec!(60.00))
        );
    }

    #[test]
    fn minimum_applies_per_store_per_day() {
        let out = estimate(
            &input(vec![
                buy("a", "2026-12-01", dec!(120), 13),
                buy("a", "2026-12-01", dec!(80), 13), // same store, same day: 200 in all
                buy("a", "2026-12-02", dec!(199.99), 13), // next day: on its own
                buy("b", "2026-12-01", dec!(150), 13), // other store
            ]),
            &policy(),
        );
        let summary: Vec<(&str, NaiveDate, bool)> = out
            .groups
            .iter()
            .map(|g| (g.store.as_str(), g.date, g.eligible))
            .collect();
        assert_eq!(
            summary,
            [
                ("a", date("2026-12-01"), true),
                ("b", date("2026-12-01"), false),
                ("a", date("2026-12-02"), false)
            ]
        );
        assert_eq!(out.groups[1].reasons[0].code, "below_minimum");
        assert_eq!(out.groups[1].net_cny, Decimal::ZERO);
        assert_eq!(out.total_net_cny, dec!(18.00));
    }

    #[test]
    fn money_rounds_half_up_to_the_fen() {
        // 202.50 * 0.11 = 22.275 -> 22.28 (banker's rounding would give 22.28 too; 22.265
        // shows the difference). 202.41 * 0.11 = 22.2651 -> 22.27; fee 4.0482 -> 4.05.
        assert_eq!(round_money(dec!(22.265)), dec!(22.27));
        assert_eq!(round_money(Decimal::ZERO).to_string(), "0.00");
        assert_eq!(round_money(dec!(20000)).to_string(), "20000.00");
        assert_eq!(round_money(dec!(22.275)), dec!(22.28));
        let out = estimate(
            &input(vec![buy("a", "2026-12-01", dec!(202.41), 13)]),
            &policy(),
        );
        assert_eq!(
            (
                out.groups[0].gross_cny,
                out.groups[0].fee_cny,
                out.groups[0].net_cny
            ),
            (dec!(22.27), dec!(4.05), dec!(18.22))
        );
    }

    #[test]
    fn leaving_after_ninety_days_forfeits_the_refund() {
        let mut inp = input(vec![buy("a", "2026-09-01", dec!(500), 13)]);
        inp.departure_date = Some(date("2026-11-30"));
        let g = &estimate(&inp, &policy()).groups[0];
        assert_eq!(g.export_by, date("2026-11-30"));
        assert_eq!(g.departs_after_export_deadline, Some(false));
        assert!(g.eligible);
        inp.departure_at = Some(DateTime::parse_from_rfc3339("2026-12-01T08:00:00+08:00").unwrap());
        let g = &estimate(&inp, &policy()).groups[0];
        assert_eq!(g.departs_after_export_deadline, Some(true));
        assert_eq!(g.reasons[0].code, "export_window_passed");
        assert_eq!(g.net_cny, Decimal::ZERO);
    }

    #[test]
    fn staying_longer_than_183_days_forfeits_every_refund() {
        let mut inp = input(vec![buy("a", "2026-12-01", dec!(5000), 13)]);
        inp.days_on_mainland = Some(183);
        assert!(estimate(&inp, &policy()).groups[0].eligible);
        inp.days_on_mainland = Some(184);
        let out = estimate(&inp, &policy());
        assert!(!out.groups[0].eligible);
        assert!(out.warnings.iter().any(|w| w.code == "stay_too_long"));
    }

    #[test]
    fn cash_only_up_to_the_limit() {
        // 9 % net of 222,222.22 is 20,000.00: still cash; one fen more is not.
        let out = estimate(
            &input(vec![buy("a", "2026-12-01", dec!(222222.22), 13)]),
            &policy(),
        );
        assert_eq!(out.to_collect_cny, dec!(20000.00));
        assert_eq!(out.payout, Payout::CashOrTransfer);
        let out = estimate(
            &input(vec![buy("a", "2026-12-01", dec!(222222.35), 13)]),
            &policy(),
        );
        assert_eq!(out.payout, Payout::TransferOnly);
        assert!(out.warnings.iter().any(|w| w.code == "transfer_only"));
    }

    #[test]
    fn instant_refunds_are_not_collected_again_and_bring_their_conditions() {
        let mut a = buy("grandbuy", "2026-12-01", dec!(1000), 13);
        a.instant = true;
        let out = estimate(
            &input(vec![a, buy("teemall", "2026-12-01", dec!(1000), 13)]),
            &policy(),
        );
        assert_eq!(out.instant_net_cny, dec!(90.00));
        assert_eq!(out.to_collect_cny, dec!(90.00));
        assert!(!out.instant_conditions.is_empty());
        assert!(
            out.checklist
                .iter()
                .any(|c| c.key == "instant_refund_customs_check")
        );
        let out = estimate(
            &input(vec![buy("teemall", "2026-12-01", dec!(1000), 13)]),
            &policy(),
        );
        assert!(out.instant_conditions.is_empty());
        assert!(
            !out.checklist
                .iter()
                .any(|c| c.key == "instant_refund_customs_check")
        );
    }

    #[test]
    fn baiyun_items_show_for_baiyun_or_an_unknown_port() {
        let mut inp = input(vec![buy("a", "2026-12-01", dec!(1000), 13)]);
        let keys = |inp: &RefundInput| {
            estimate(inp, &policy())
                .checklist
                .into_iter()
                .map(|c| c.key)
                .collect::<Vec<_>>()
        };
        assert!(keys(&inp).contains(&"customs_stamp_before_checkin".to_owned()));
        inp.departure_port = Some("can".into());
        assert!(keys(&inp).contains(&"collect_in_restricted_zone".to_owned()));
        inp.departure_port = Some("SZX".into());
        assert!(!keys(&inp).contains(&"customs_stamp_before_checkin".to_owned()));
        let out = estimate(&inp, &policy());
        assert!(
            out.warnings
                .iter()
                .any(|w| w.code == "verify_before_travel")
        );
    }

    #[test]
    fn unrefundable_vat_rate_is_a_reason() {
        let out = estimate(
            &input(vec![buy("a", "2026-12-01", dec!(1000), 6)]),
            &policy(),
        );
        assert_eq!(out.groups[0].reasons[0].code, "vat_rate_not_refundable");
    }

    #[test]
    fn localized_estimate_has_text_for_everything() {
        let mut a = buy("a", "2026-09-01", dec!(100), 13);
        a.instant = true;
        let mut inp = input(vec![a, buy("b", "2026-12-01", dec!(300000), 6)]);
        inp.days_on_mainland = Some(200);
        inp.departure_date = Some(date("2026-12-30"));
        for locale in Locale::ALL {
            let out = estimate(&inp, &policy()).localized(locale);
            let texts = out
                .groups
                .iter()
                .flat_map(|g| g.reasons.iter().map(|r| &r.message))
                .chain(out.warnings.iter().map(|w| &w.message))
                .chain(out.instant_conditions.iter().map(|c| &c.message))
                .chain(out.checklist.iter().map(|c| &c.text));
            for text in texts {
                assert!(
                    !text.is_empty() && !text.contains("refund-"),
                    "{locale:?}: {text}"
                );
            }
        }
    }

    fn arb_purchase() -> impl Strategy<Value = Purchase> {
        (
            0usize..4,
            0u64..5,
            -1_000i64..3_000_000,
            prop::sample::select(vec![13u8, 9, 6]),
            any::<bool>(),
        )
            .prop_map(|(store, day, fen, vat, instant)| Purchase {
                store: format!("store-{store}"),
                date: date("2026-12-01") + Days::new(day),
                amount_cny: Decimal::new(fen, 2),
                vat_rate: vat,
                instant,
            })
    }

    proptest! {
        #[test]
        fn refund_is_never_negative_nor_more_than_spent(purchases in prop::collection::vec(arb_purchase(), 0..12)) {
            let spent: Decimal = purchases.iter().map(|p| p.amount_cny.max(Decimal::ZERO)).sum();
            let out = estimate(&input(purchases), &policy());
            prop_assert!(out.total_net_cny >= Decimal::ZERO);
            prop_assert!(out.total_net_cny <= spent);
            prop_assert_eq!(out.total_net_cny, out.total_gross_cny - out.total_fee_cny);
            for g in &out.groups {
                prop_assert!(g.net_cny >= Decimal::ZERO && g.net_cny <= g.invoice_cny);
                prop_assert_eq!(g.net_cny.scale() <= MONEY_DP, true);
                if g.invoice_cny < dec!(200) {
                    prop_assert!(!g.eligible);
                    prop_assert_eq!(g.net_cny, Decimal::ZERO);
                }
            }
        }
    }
}

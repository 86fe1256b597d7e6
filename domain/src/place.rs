//! Attributes of a place that matter to a foreign visitor (DESIGN.md "Place attributes"),
//! shared by the seed files, the API and the app: payment methods with their verification
//! state, foreigner-friendliness, tax refund and duty-free details, and the location.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::geo::LatLng;
use crate::vocab::{Confidence, PaymentMethod};

/// Where a place is, in WGS-84, and whether that is only an estimate.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude in degrees (WGS-84).
    pub lat: f64,
    /// Longitude in degrees (WGS-84).
    pub lng: f64,
    /// True when the coordinate is an estimate (good to about 1 km), not from a source.
    #[serde(default)]
    pub approximate: bool,
}

impl Location {
    /// The coordinate without the approximation flag.
    pub fn lat_lng(&self) -> LatLng {
        LatLng {
            lat: self.lat,
            lng: self.lng,
        }
    }
}

/// One way to pay, and how sure we are that the place accepts it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentInfo {
    /// The method.
    pub method: PaymentMethod,
    /// How sure we are.
    pub confidence: Confidence,
    /// When someone last checked it at the till; `None` means never verified.
    #[serde(default)]
    pub verified_at: Option<NaiveDate>,
}

impl PaymentInfo {
    /// Whether the app must label this "not yet verified".
    pub fn unverified(&self) -> bool {
        self.verified_at.is_none() || self.confidence.needs_verification()
    }
}

/// Foreigner-friendliness flags. `None` means unknown, which is not the same as "no".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Friendliness {
    /// An English menu is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub english_menu: Option<bool>,
    /// A menu with pictures is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture_menu: Option<bool>,
    /// One can order without a WeChat account (no mini-program-only ordering).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_without_wechat: Option<bool>,
    /// Halal food.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub halal: Option<bool>,
    /// Vegetarian options.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vegetarian: Option<bool>,
    /// Step-free access.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheelchair: Option<bool>,
    /// Languages staff speak (BCP 47 tags).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub staff_languages: Vec<String>,
}

/// Departure tax refund at this place.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRefundInfo {
    /// A registered departure tax-refund store (issues the refund form).
    #[serde(default)]
    pub store: bool,
    /// Pays the refund on the spot against a card pre-authorisation (即买即退).
    #[serde(default)]
    pub instant: bool,
    /// How sure we are.
    pub confidence: Confidence,
}

/// Duty-free shopping at this place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyFreeInfo {
    /// Operator, e.g. "cdf" (China Duty Free Group).
    pub operator: String,
    /// Who may buy and how goods are collected, in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<String>,
    /// How sure we are.
    pub confidence: Confidence,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_payment_without_a_check_date_is_unverified() {
        let p = PaymentInfo {
            method: PaymentMethod::Cash,
            confidence: Confidence::Confirmed,
            verified_at: None,
        };
        assert!(p.unverified());
        let checked = PaymentInfo {
            verified_at: NaiveDate::from_ymd_opt(2026, 11, 1),
            ..p.clone()
        };
        assert!(!checked.unverified());
        let inferred = PaymentInfo {
            confidence: Confidence::Inferred,
            ..checked
        };
        assert!(inferred.unverified());
    }

    #[test]
    fn unknown_friendliness_fields_are_rejected() {
        let err =
            serde_json::from_str::<Friendliness>(r#"{"english_menu": true, "free_wifi": true}"#);
        assert!(err.is_err());
    }
}

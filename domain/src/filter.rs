//! Which places a visitor asked for and in what order (DESIGN.md "GET /v1/places"): the
//! filters and the sort key, shared by the server's list and the app's Explore screen.

use chrono::{DateTime, FixedOffset};

use crate::catalogue::PlaceFacts;
use crate::geo::LatLng;
use crate::hours::OpenState;
use crate::search::Tier;
use crate::vocab::{District, PaymentMethod, PlaceKind};

/// Which tax-refund places to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TaxRefundFilter {
    /// Any departure tax-refund store (instant or not).
    Any,
    /// Stores that pay the refund on the spot (即买即退).
    Instant,
}

/// Around a point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Near {
    /// The point (WGS-84).
    pub at: LatLng,
    /// Radius in metres.
    pub radius_m: f64,
}

/// The filters of a place list. Every set field narrows the result; list fields keep
/// places with any of the values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlaceFilter {
    /// Any of these kinds.
    pub kinds: Vec<PlaceKind>,
    /// In this district.
    pub district: Option<District>,
    /// In the zone with this slug.
    pub zone: Option<String>,
    /// Within this circle (places without a location are left out).
    pub near: Option<Near>,
    /// Open at this time (places with unknown hours are left out).
    pub open_at: Option<DateTime<FixedOffset>>,
    /// Accepts any of these payment methods.
    pub pay: Vec<PaymentMethod>,
    /// Tax-refund requirement.
    pub tax_refund: Option<TaxRefundFilter>,
    /// Duty-free shops only.
    pub duty_free: bool,
    /// Night-economy places only.
    pub night: bool,
    /// Carries any of these tags (lower case).
    pub tags: Vec<String>,
}

impl PlaceFilter {
    /// Whether `p` passes every filter but `near` and `open_at` (the cheap checks first).
    fn passes_attributes(&self, p: &PlaceFacts) -> bool {
        (self.kinds.is_empty() || self.kinds.contains(&p.kind))
            && self.district.is_none_or(|d| d == p.district)
            && self
                .zone
                .as_ref()
                .is_none_or(|z| p.zones.iter().any(|pz| pz == z))
            && (self.pay.is_empty() || p.accepts_any(&self.pay))
            && match self.tax_refund {
                None => true,
                Some(TaxRefundFilter::Any) => p.tax_refund_store(),
                Some(TaxRefundFilter::Instant) => p.instant_refund(),
            }
            && (!self.duty_free || p.duty_free.is_some())
            && (!self.night || p.night)
            && (self.tags.is_empty() || p.tags.iter().any(|t| self.tags.contains(t)))
    }

    /// `None` when `p` is filtered out; otherwise its distance from `near` in metres
    /// (`Some(None)` without `near`).
    pub fn check(&self, p: &PlaceFacts) -> Option<Option<f64>> {
        if !self.passes_attributes(p) {
            return None;
        }
        let distance = match self.near {
            None => None,
            Some(near) => {
                let d = near.at.distance_m(p.lat_lng()?);
                if d > near.radius_m {
                    return None;
                }
                Some(d)
            }
        };
        if let Some(at) = self.open_at
            && p.open_state(at) != OpenState::Open
        {
            return None;
        }
        Some(distance)
    }
}

/// How a list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sort {
    /// Best match of the search text first, then nearest (with `near`), then by name.
    Relevance,
    /// Nearest first.
    Distance,
    /// By the displayed name.
    Name,
}

/// Where a place stands in a sorted list: compare keys to sort, and resume after one to
/// page (a keyset cursor stays stable while places are added).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SortKey {
    /// Tier (relevance) and distance in centimetres, packed so that smaller is better.
    pub primary: i64,
    /// The displayed name, lower-cased.
    pub name: String,
    /// The id: a total order even among equal names.
    pub id: String,
}

/// Centimetres between tiers in [`SortKey::primary`]: more than the Earth's circumference.
const TIER_STRIDE: i64 = 10_000_000_000;

impl SortKey {
    /// The key of a place under `sort`, given how it matched (for relevance), its distance
    /// in metres (with `near`) and its displayed name.
    pub fn new(
        sort: Sort,
        tier: Option<Tier>,
        distance_m: Option<f64>,
        name: &str,
        id: &str,
    ) -> SortKey {
        let cm = distance_m.map_or(0, |d| (d * 100.0).round() as i64);
        let primary = match sort {
            Sort::Name => 0,
            Sort::Distance => distance_m.map_or(i64::MAX, |_| cm),
            Sort::Relevance => tier.map_or(5, |t| t as i64) * TIER_STRIDE + cm,
        };
        let name = if sort == Sort::Distance {
            String::new()
        } else {
            name.to_lowercase()
        };
        SortKey {
            primary,
            name,
            id: id.to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::tests::facts;
    use crate::place::{PaymentInfo, TaxRefundInfo};
    use crate::vocab::Confidence;

    #[test]
    fn each_filter_narrows() {
        let mut p = facts("a");
        p.payments.push(PaymentInfo {
            method: PaymentMethod::Cash,
            confidence: Confidence::Confirmed,
            verified_at: None,
        });
        p.tax_refund = Some(TaxRefundInfo {
            store: true,
            instant: false,
            confidence: Confidence::Confirmed,
        });
        p.tags = vec!["museum".into()];
        let all = PlaceFilter::default();
        assert_eq!(all.check(&p), Some(None));
        for (filter, keeps) in [
            (
                PlaceFilter {
                    kinds: vec![PlaceKind::Mall],
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    kinds: vec![PlaceKind::Mall, PlaceKind::Shop],
                    ..all.clone()
                },
                true,
            ),
            (
                PlaceFilter {
                    district: Some(District::Liwan),
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    zone: Some("z".into()),
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    pay: vec![PaymentMethod::ForeignCardPos],
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    pay: vec![PaymentMethod::Cash],
                    ..all.clone()
                },
                true,
            ),
            (
                PlaceFilter {
                    tax_refund: Some(TaxRefundFilter::Any),
                    ..all.clone()
                },
                true,
            ),
            (
                PlaceFilter {
                    tax_refund: Some(TaxRefundFilter::Instant),
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    duty_free: true,
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    night: true,
                    ..all.clone()
                },
                false,
            ),
            (
                PlaceFilter {
                    tags: vec!["museum".into()],
                    ..all.clone()
                },
                true,
            ),
            (
                PlaceFilter {
                    open_at: Some(chrono::DateTime::UNIX_EPOCH.fixed_offset()),
                    ..all.clone()
                },
                false,
            ),
        ] {
            assert_eq!(filter.check(&p).is_some(), keeps, "{filter:?}");
        }
    }

    #[test]
    fn near_keeps_the_circle_and_reports_the_distance() {
        let p = facts("a");
        let at = p.lat_lng().unwrap();
        let near = |radius_m| PlaceFilter {
            near: Some(Near {
                at: LatLng {
                    lat: at.lat + 0.01,
                    lng: at.lng,
                },
                radius_m,
            }),
            ..Default::default()
        };
        let d = near(2000.0).check(&p).unwrap().unwrap();
        assert!((1100.0..1120.0).contains(&d), "{d}");
        assert!(near(1000.0).check(&p).is_none());
        assert!(
            near(2000.0)
                .check(&PlaceFacts {
                    location: None,
                    ..facts("b")
                })
                .is_none()
        );
    }

    #[test]
    fn keys_order_by_tier_then_distance_then_name() {
        let k = |tier, d, name: &str| SortKey::new(Sort::Relevance, Some(tier), d, name, name);
        assert!(k(Tier::Exact, Some(5000.0), "z") < k(Tier::Prefix, Some(1.0), "a"));
        assert!(k(Tier::Words, Some(1.0), "z") < k(Tier::Words, Some(2.0), "a"));
        assert!(k(Tier::Fuzzy, None, "a") < k(Tier::Fuzzy, None, "b"));
        let by_distance = |d| SortKey::new(Sort::Distance, None, Some(d), "n", "i");
        assert!(by_distance(1.0) < by_distance(2.0));
    }
}

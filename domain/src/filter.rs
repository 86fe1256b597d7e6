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
    /// Latitude and longitude differences (degrees) beyond which a place cannot be
    /// within the radius: checked before the great-circle distance, which needs
    /// trigonometry for every place.
    reach: (f64, f64),
    /// `at.cos_lat()`, needed by every distance from the centre.
    cos_at: f64,
}

impl Near {
    /// The circle of `radius_m` metres around `at` (infinite: everywhere).
    pub fn new(at: LatLng, radius_m: f64) -> Near {
        Near {
            at,
            radius_m,
            reach: reach(at, radius_m),
            cos_at: at.cos_lat(),
        }
    }

    /// The latitudes a point inside the circle can have (a superset): lets a caller that
    /// keeps places by latitude look at a band instead of every place.
    pub fn latitudes(&self) -> std::ops::RangeInclusive<f64> {
        self.at.lat - self.reach.0..=self.at.lat + self.reach.0
    }

    /// Whether `p` may be inside the circle: false only when it is surely outside (beyond
    /// the band of latitudes or, within it, of longitudes). No trigonometry.
    pub fn may_contain(&self, p: LatLng) -> bool {
        let (dlat, dlng) = ((p.lat - self.at.lat).abs(), (p.lng - self.at.lng).abs());
        !(dlat > self.reach.0 || (dlng > self.reach.1 && dlng <= 180.0))
    }

    /// The distance of `p` from the centre when it is inside the circle.
    pub fn distance_within(&self, p: LatLng) -> Option<f64> {
        if !self.may_contain(p) {
            return None;
        }
        let d = self.at.distance_m_with(self.cos_at, p);
        (d <= self.radius_m).then_some(d)
    }
}

/// Margin for rounding in [`reach`]: the pre-check may keep a place a hair too far (the
/// distance then decides) but never drops one inside the circle.
const REACH_MARGIN: f64 = 1e-9;

/// The largest latitude and longitude differences, in degrees, of a point within
/// `radius_m` of `at`. A great circle is never shorter than its latitude difference
/// (`R·|Δφ|`), and, for points in that band, the haversine term
/// `cos φ1·cos φ2·sin²(Δλ/2)` is at least `cos φ1·cos(|φ1| + δ)·sin²(Δλ/2)`.
fn reach(at: LatLng, radius_m: f64) -> (f64, f64) {
    let delta = radius_m / crate::geo::EARTH_RADIUS_M;
    if !delta.is_finite() || delta >= std::f64::consts::FRAC_PI_2 {
        return (f64::INFINITY, f64::INFINITY);
    }
    let dlat = delta.to_degrees() * (1.0 + REACH_MARGIN) + REACH_MARGIN;
    let phi = at.lat.to_radians().abs();
    let c = phi.cos() * (phi + delta).cos();
    let s = (delta / 2.0).sin();
    let dlng = if phi + delta < std::f64::consts::FRAC_PI_2 && s * s < c {
        (2.0 * (s / c.sqrt()).asin()).to_degrees() * (1.0 + REACH_MARGIN) + REACH_MARGIN
    } else {
        f64::INFINITY
    };
    (dlat, dlng)
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
            Some(near) => Some(near.distance_within(p.lat_lng()?)?),
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
    /// The first component of the key, [`SortKey::primary`] (allocates nothing).
    pub fn primary_of(sort: Sort, tier: Option<Tier>, distance_m: Option<f64>) -> i64 {
        let cm = distance_m.map_or(0, |d| (d * 100.0).round() as i64);
        match sort {
            Sort::Name => 0,
            Sort::Distance => distance_m.map_or(i64::MAX, |_| cm),
            Sort::Relevance => tier.map_or(5, |t| t as i64) * TIER_STRIDE + cm,
        }
    }

    /// The key of a place under `sort`, given how it matched (for relevance), its distance
    /// in metres (with `near`) and its displayed name.
    pub fn new(
        sort: Sort,
        tier: Option<Tier>,
        distance_m: Option<f64>,
        name: &str,
        id: &str,
    ) -> SortKey {
        let primary = SortKey::primary_of(sort, tier, distance_m);
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
            near: Some(Near::new(
                LatLng {
                    lat: at.lat + 0.01,
                    lng: at.lng,
                },
                radius_m,
            )),
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

    /// The latitude/longitude pre-check never drops a place the distance keeps: points on
    /// rings just inside and outside the radius, in every direction, at the equator, in
    /// Guangzhou and far north, for small and large radii.
    #[test]
    fn the_reach_pre_check_agrees_with_the_distance() {
        for lat in [0.0, 23.1291, -33.9, 60.0, 84.0] {
            let at = LatLng { lat, lng: 113.2644 };
            for radius_m in [1.0, 150.0, 3000.0, 50_000.0, 900_000.0] {
                let near = Near::new(at, radius_m);
                for step in 0..720 {
                    let bearing = (step as f64 / 2.0).to_radians();
                    for scale in [0.5, 0.98, 0.999, 1.0, 1.001, 1.02, 2.0] {
                        // A point roughly `scale * radius_m` away along `bearing`.
                        let d = radius_m * scale / crate::geo::EARTH_RADIUS_M;
                        let p = LatLng {
                            lat: lat + (d * bearing.cos()).to_degrees(),
                            lng: at.lng + (d * bearing.sin() / lat.to_radians().cos()).to_degrees(),
                        };
                        if p.lat.abs() > 90.0 {
                            continue;
                        }
                        let exact = at.distance_m(p);
                        assert_eq!(
                            near.distance_within(p),
                            (exact <= radius_m).then_some(exact),
                            "{at:?} r={radius_m} {p:?}"
                        );
                    }
                }
            }
        }
        let everywhere = Near::new(
            LatLng {
                lat: 23.0,
                lng: 113.0,
            },
            f64::INFINITY,
        );
        assert!(
            everywhere
                .distance_within(LatLng {
                    lat: -60.0,
                    lng: -70.0
                })
                .is_some()
        );
    }
}

//! Coordinates: WGS-84 points, distances, bounding boxes and the GCJ-02 shift used by
//! Chinese map apps (DESIGN.md "Place attributes": WGS-84 stored, GCJ-02 derived).
//!
//! Everything the guide stores and serves is WGS-84 (GPS, Apple Maps outside China, Google
//! Maps, OpenStreetMap). GCJ-02 is the obfuscated datum that Amap, Tencent and Apple Maps
//! inside mainland China use; it differs by a few hundred metres, enough to put a pin on the
//! wrong street, so it is derived only at the edge (map links) and never stored.

use serde::{Deserialize, Serialize};

/// Mean Earth radius (IUGG), in metres, for haversine distances.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// A point in WGS-84 decimal degrees. Construct with [`LatLng::new`] or [`LatLng::parse`]
/// to have it validated; deserializing validates too.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawLatLng")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LatLng {
    /// Latitude, −90 to 90 (north positive).
    pub lat: f64,
    /// Longitude, −180 to 180 (east positive).
    pub lng: f64,
}

// What `LatLng` deserializes through, so that JSON bodies get the same checks as `new`.
#[derive(Deserialize)]
struct RawLatLng {
    lat: f64,
    lng: f64,
}

impl TryFrom<RawLatLng> for LatLng {
    type Error = GeoError;
    fn try_from(raw: RawLatLng) -> Result<Self, Self::Error> {
        LatLng::new(raw.lat, raw.lng)
    }
}

/// Why a coordinate was rejected; each message says what would be accepted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeoError {
    /// Not of the form `LAT,LNG`, or a part is not a decimal number.
    #[error(
        "“{input}” is not a coordinate: expected “LAT,LNG” in decimal degrees, for example “23.1291,113.2644”"
    )]
    Malformed {
        /// The text as given (cut to 64 characters).
        input: String,
    },
    /// NaN or infinite.
    #[error("coordinates must be finite decimal degrees, for example “23.1291,113.2644”")]
    NotFinite,
    /// Latitude outside −90..=90.
    #[error("latitude {lat} is out of range: expected a value from -90 to 90")]
    LatitudeOutOfRange {
        /// The latitude given.
        lat: f64,
    },
    /// Longitude outside −180..=180.
    #[error("longitude {lng} is out of range: expected a value from -180 to 180")]
    LongitudeOutOfRange {
        /// The longitude given.
        lng: f64,
    },
}

impl LatLng {
    /// A validated point: both parts finite, latitude in −90..=90, longitude in −180..=180.
    pub fn new(lat: f64, lng: f64) -> Result<LatLng, GeoError> {
        if !lat.is_finite() || !lng.is_finite() {
            return Err(GeoError::NotFinite);
        }
        if !(-90.0..=90.0).contains(&lat) {
            return Err(GeoError::LatitudeOutOfRange { lat });
        }
        if !(-180.0..=180.0).contains(&lng) {
            return Err(GeoError::LongitudeOutOfRange { lng });
        }
        Ok(LatLng { lat, lng })
    }

    /// Parses `"LAT,LNG"` (the `near=` query form), e.g. `"23.1291,113.2644"`; spaces
    /// around either part are allowed.
    pub fn parse(s: &str) -> Result<LatLng, GeoError> {
        let malformed = || GeoError::Malformed {
            input: s.chars().take(64).collect(),
        };
        let (lat, lng) = s.split_once(',').ok_or_else(malformed)?;
        let number = |part: &str| -> Result<f64, GeoError> {
            let part = part.trim();
            // Rust's float parser also takes "inf" and "NaN"; those are not coordinates.
            if part.is_empty()
                || !part
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b))
            {
                return Err(malformed());
            }
            part.parse().map_err(|_| malformed())
        };
        LatLng::new(number(lat)?, number(lng)?)
    }

    /// Great-circle (haversine) distance in metres on a sphere of [`EARTH_RADIUS_M`].
    pub fn distance_m(self, other: LatLng) -> f64 {
        self.distance_m_with(self.cos_lat(), other)
    }

    /// The cosine of the latitude, which [`LatLng::distance_m_with`] takes.
    pub fn cos_lat(self) -> f64 {
        self.lat.to_radians().cos()
    }

    /// [`LatLng::distance_m`] given this point's [`LatLng::cos_lat`], for measuring many
    /// distances from one point: the same arithmetic, so the same result to the bit.
    pub fn distance_m_with(self, cos_lat: f64, other: LatLng) -> f64 {
        let (phi1, phi2) = (self.lat.to_radians(), other.lat.to_radians());
        let d_phi = phi2 - phi1;
        let d_lambda = (other.lng - self.lng).to_radians();
        let h = (d_phi / 2.0).sin().powi(2) + cos_lat * phi2.cos() * (d_lambda / 2.0).sin().powi(2);
        // Rounding can push h a hair above 1 for antipodal points; asin would return NaN.
        2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
    }

    /// Whether the point is inside the rough rectangle where GCJ-02 applies (the bounds
    /// used by every common implementation, e.g. eviltransform). Points outside are
    /// unchanged by [`LatLng::to_gcj02`].
    pub fn in_china(self) -> bool {
        (72.004..=137.8347).contains(&self.lng) && (0.8293..=55.8271).contains(&self.lat)
    }

    /// The GCJ-02 ("Mars") coordinate of this WGS-84 point, for Amap and other Chinese map
    /// apps. The published forward formula on the Krasovsky 1940 ellipsoid; points outside
    /// China are returned unchanged.
    pub fn to_gcj02(self) -> LatLng {
        if !self.in_china() {
            return self;
        }
        let (d_lat, d_lng) = gcj02_delta(self.lat, self.lng);
        LatLng {
            lat: self.lat + d_lat,
            lng: self.lng + d_lng,
        }
    }

    /// The WGS-84 point whose GCJ-02 form is `gcj`, found by fixed-point iteration (the
    /// shift varies slowly, so each step gains several digits; error well under 0.5 m).
    pub fn from_gcj02(gcj: LatLng) -> LatLng {
        if !gcj.in_china() {
            return gcj;
        }
        let mut wgs = gcj;
        for _ in 0..20 {
            let there = wgs.to_gcj02();
            let (e_lat, e_lng) = (there.lat - gcj.lat, there.lng - gcj.lng);
            wgs = LatLng {
                lat: wgs.lat - e_lat,
                lng: wgs.lng - e_lng,
            };
            // 1e-10 degrees is about 0.01 mm.
            if e_lat.abs() < 1e-10 && e_lng.abs() < 1e-10 {
                break;
            }
        }
        wgs
    }

    /// The smallest latitude/longitude box that contains every point within `radius_m`
    /// metres of `self` (a negative or NaN radius counts as 0). Near a pole, or when the
    /// circle crosses the antimeridian, the box spans all longitudes.
    pub fn bounding_box(self, radius_m: f64) -> BoundingBox {
        let radius_m = if radius_m.is_nan() {
            0.0
        } else {
            radius_m.max(0.0)
        };
        // Angular radius; a circle of half the Earth's circumference or more covers it all.
        let angle = radius_m / EARTH_RADIUS_M;
        if angle >= std::f64::consts::PI {
            return BoundingBox {
                min_lat: -90.0,
                max_lat: 90.0,
                min_lng: -180.0,
                max_lng: 180.0,
            };
        }
        // A hair of slack so floating-point rounding never leaves a point on the circle
        // just outside (1e-9 degrees is about 0.1 mm).
        const SLACK: f64 = 1e-9;
        let d_lat = angle.to_degrees() + SLACK;
        let min_lat = (self.lat - d_lat).max(-90.0);
        let max_lat = (self.lat + d_lat).min(90.0);
        let all_lng = BoundingBox {
            min_lat,
            max_lat,
            min_lng: -180.0,
            max_lng: 180.0,
        };
        if min_lat <= -90.0 || max_lat >= 90.0 {
            return all_lng;
        }
        // The widest longitude reached by the circle (Matuschek, "Finding points within a
        // distance of a latitude/longitude using bounding coordinates", 2011).
        let ratio = angle.sin() / self.lat.to_radians().cos();
        if ratio >= 1.0 {
            return all_lng;
        }
        let d_lng = ratio.asin().to_degrees() + SLACK;
        let (min_lng, max_lng) = (self.lng - d_lng, self.lng + d_lng);
        if min_lng < -180.0 || max_lng > 180.0 {
            return all_lng;
        }
        BoundingBox {
            min_lat,
            max_lat,
            min_lng,
            max_lng,
        }
    }
}

impl std::fmt::Display for LatLng {
    /// `LAT,LNG` with 6 decimals (about 0.1 m), the form [`LatLng::parse`] reads.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:.6},{:.6}", self.lat, self.lng)
    }
}

impl std::str::FromStr for LatLng {
    type Err = GeoError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LatLng::parse(s)
    }
}

/// The GCJ-02 shift (degrees of latitude, longitude) at a WGS-84 point: the widely
/// published formula (as in eviltransform and coordtransform).
fn gcj02_delta(lat: f64, lng: f64) -> (f64, f64) {
    // Krasovsky 1940 ellipsoid: semi-major axis and first eccentricity squared.
    const A: f64 = 6_378_245.0;
    // Written as published (more digits than an f64 holds) so it can be checked by eye.
    #[allow(clippy::excessive_precision)]
    const EE: f64 = 0.006_693_421_622_965_943_23;
    use std::f64::consts::PI;

    let (x, y) = (lng - 105.0, lat - 35.0);
    let common = (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    let mut d_lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * x.abs().sqrt();
    d_lat += common;
    d_lat += (20.0 * (y * PI).sin() + 40.0 * (y / 3.0 * PI).sin()) * 2.0 / 3.0;
    d_lat += (160.0 * (y / 12.0 * PI).sin() + 320.0 * (y * PI / 30.0).sin()) * 2.0 / 3.0;
    let mut d_lng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * x.abs().sqrt();
    d_lng += common;
    d_lng += (20.0 * (x * PI).sin() + 40.0 * (x / 3.0 * PI).sin()) * 2.0 / 3.0;
    d_lng += (150.0 * (x / 12.0 * PI).sin() + 300.0 * (x / 30.0 * PI).sin()) * 2.0 / 3.0;

    let rad_lat = lat / 180.0 * PI;
    let magic = 1.0 - EE * rad_lat.sin().powi(2);
    let sqrt_magic = magic.sqrt();
    let d_lat = (d_lat * 180.0) / ((A * (1.0 - EE)) / (magic * sqrt_magic) * PI);
    let d_lng = (d_lng * 180.0) / (A / sqrt_magic * rad_lat.cos() * PI);
    (d_lat, d_lng)
}

/// A latitude/longitude rectangle (inclusive bounds), for "near" queries and area checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    /// Southern edge.
    pub min_lat: f64,
    /// Northern edge.
    pub max_lat: f64,
    /// Western edge.
    pub min_lng: f64,
    /// Eastern edge.
    pub max_lng: f64,
}

impl BoundingBox {
    /// Whether `p` lies inside or on the edge of the box.
    pub fn contains(&self, p: LatLng) -> bool {
        (self.min_lat..=self.max_lat).contains(&p.lat)
            && (self.min_lng..=self.max_lng).contains(&p.lng)
    }
}

/// Guangzhou's administrative area (all 11 districts, Conghua and Nansha included),
/// generously boxed: lat 22.5..=23.95, lng 112.95..=114.05. Seeds and merchant edits
/// outside it are almost certainly typos or swapped lat/lng.
pub const GUANGZHOU: BoundingBox = BoundingBox {
    min_lat: 22.5,
    max_lat: 23.95,
    min_lng: 112.95,
    max_lng: 114.05,
};

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn p(lat: f64, lng: f64) -> LatLng {
        LatLng::new(lat, lng).unwrap()
    }

    /// A point `distance_m` from `from` along `bearing_deg` (great circle, same sphere).
    fn destination(from: LatLng, bearing_deg: f64, distance_m: f64) -> LatLng {
        let d = distance_m / EARTH_RADIUS_M;
        let (phi1, lambda1, theta) = (
            from.lat.to_radians(),
            from.lng.to_radians(),
            bearing_deg.to_radians(),
        );
        let phi2 = (phi1.sin() * d.cos() + phi1.cos() * d.sin() * theta.cos()).asin();
        let lambda2 =
            lambda1 + (theta.sin() * d.sin() * phi1.cos()).atan2(d.cos() - phi1.sin() * phi2.sin());
        LatLng {
            lat: phi2.to_degrees(),
            lng: lambda2.to_degrees(),
        }
    }

    #[test]
    fn new_accepts_the_valid_range_and_rejects_the_rest() {
        assert!(LatLng::new(90.0, 180.0).is_ok());
        assert!(LatLng::new(-90.0, -180.0).is_ok());
        assert_eq!(
            LatLng::new(90.5, 0.0),
            Err(GeoError::LatitudeOutOfRange { lat: 90.5 })
        );
        assert_eq!(
            LatLng::new(0.0, -181.0),
            Err(GeoError::LongitudeOutOfRange { lng: -181.0 })
        );
        assert_eq!(LatLng::new(f64::NAN, 0.0), Err(GeoError::NotFinite));
        assert_eq!(LatLng::new(0.0, f64::INFINITY), Err(GeoError::NotFinite));
        assert!(
            GeoError::LatitudeOutOfRange { lat: 91.0 }
                .to_string()
                .contains("-90 to 90")
        );
    }

    #[test]
    fn parse_reads_lat_comma_lng_with_optional_spaces() {
        assert_eq!(LatLng::parse("23.1291,113.2644"), Ok(p(23.1291, 113.2644)));
        assert_eq!(
            LatLng::parse(" 23.1291 , 113.2644 "),
            Ok(p(23.1291, 113.2644))
        );
        assert_eq!(
            LatLng::parse("-33.8688,151.2093"),
            Ok(p(-33.8688, 151.2093))
        );
        assert_eq!("1e1,2".parse::<LatLng>(), Ok(p(10.0, 2.0)));
    }

    #[test]
    fn parse_rejects_what_is_not_a_coordinate_and_says_what_is_accepted() {
        for bad in [
            "",
            "23.1",
            "23.1,",
            ",113",
            "23.1;113.2",
            "a,b",
            "23.1,113.2,5",
            "NaN,1",
            "inf,1",
            "0x1,2",
        ] {
            let err = LatLng::parse(bad).unwrap_err();
            assert!(
                matches!(err, GeoError::Malformed { .. }),
                "{bad:?}: {err:?}"
            );
            assert!(err.to_string().contains("LAT,LNG"));
        }
        assert!(matches!(
            LatLng::parse("113.2644,23.1291"),
            Err(GeoError::LatitudeOutOfRange { .. })
        ));
        let long = "9".repeat(10_000);
        let GeoError::Malformed { input } = LatLng::parse(&long).unwrap_err() else {
            panic!()
        };
        assert_eq!(input.len(), 64);
    }

    #[test]
    fn display_writes_six_decimals_that_parse_back() {
        let canton_tower = p(23.1066, 113.3245);
        assert_eq!(canton_tower.to_string(), "23.106600,113.324500");
        assert_eq!(LatLng::parse(&canton_tower.to_string()), Ok(canton_tower));
    }

    #[test]
    fn deserializing_validates() {
        let ok: LatLng = serde_json::from_str(r#"{"lat":23.1,"lng":113.2}"#).unwrap();
        assert_eq!(ok, p(23.1, 113.2));
        assert_eq!(
            serde_json::to_string(&ok).unwrap(),
            r#"{"lat":23.1,"lng":113.2}"#
        );
        let err = serde_json::from_str::<LatLng>(r#"{"lat":123.1,"lng":113.2}"#).unwrap_err();
        assert!(err.to_string().contains("-90 to 90"), "{err}");
    }

    #[test]
    fn gcj02_matches_the_eviltransform_reference_vectors() {
        // WGS-84 -> GCJ-02 pairs from the test suite of googollee/eviltransform
        // (transform_test.go), reproduced by its ports in many languages.
        let vectors = [
            (
                (31.1774276, 121.5272106),
                (31.17530398364597, 121.531541859215),
            ), // Shanghai
            (
                (22.543847, 113.912316),
                (22.540796131694766, 113.9171764808363),
            ), // Shenzhen
            (
                (39.911954, 116.377817),
                (39.91334545536069, 116.38404722455657),
            ), // Beijing
        ];
        for ((lat, lng), (g_lat, g_lng)) in vectors {
            let gcj = p(lat, lng).to_gcj02();
            assert!(
                (gcj.lat - g_lat).abs() < 1e-9,
                "{lat},{lng}: lat {} != {g_lat}",
                gcj.lat
            );
            assert!(
                (gcj.lng - g_lng).abs() < 1e-9,
                "{lat},{lng}: lng {} != {g_lng}",
                gcj.lng
            );
            assert!(LatLng::from_gcj02(gcj).distance_m(p(lat, lng)) < 0.01);
        }
    }

    #[test]
    fn gcj02_shift_in_guangzhou_is_a_few_hundred_metres_south_west_to_north_east() {
        // Computed with the formula above at Guangzhou's centre (Haizhu Square).
        let wgs = p(23.1291, 113.2644);
        let gcj = wgs.to_gcj02();
        let (d_lat, d_lng) = (gcj.lat - wgs.lat, gcj.lng - wgs.lng);
        assert!((-0.0030..-0.0020).contains(&d_lat), "d_lat {d_lat}");
        assert!((0.0045..0.0060).contains(&d_lng), "d_lng {d_lng}");
        let shift = wgs.distance_m(gcj);
        assert!((400.0..700.0).contains(&shift), "shift {shift} m");
    }

    #[test]
    fn gcj02_leaves_points_outside_china_unchanged() {
        for outside in [
            p(51.5074, -0.1278),
            p(35.6762, 139.6503),
            p(-33.8688, 151.2093),
        ] {
            assert_eq!(outside.to_gcj02(), outside);
            assert_eq!(LatLng::from_gcj02(outside), outside);
        }
    }

    #[test]
    fn distance_is_zero_to_self_and_known_between_landmarks() {
        let canton_tower = p(23.1066, 113.3245);
        assert_eq!(canton_tower.distance_m(canton_tower), 0.0);
        // One degree of latitude on this sphere is 2πR/360 ≈ 111 195 m.
        let d = p(23.0, 113.0).distance_m(p(24.0, 113.0));
        assert!((d - 111_195.08).abs() < 0.1, "{d}");
        // Antipodes: half the circumference, not NaN.
        let half = p(0.0, 0.0).distance_m(p(0.0, 180.0));
        assert!((half - std::f64::consts::PI * EARTH_RADIUS_M).abs() < 1e-3);
    }

    #[test]
    fn bounding_box_covers_everything_at_the_poles_and_for_huge_radii() {
        let pole = p(89.99, 10.0).bounding_box(5_000.0);
        assert_eq!(
            (pole.min_lng, pole.max_lng, pole.max_lat),
            (-180.0, 180.0, 90.0)
        );
        let world = p(23.0, 113.0).bounding_box(3e7);
        assert!(world.contains(p(-90.0, -180.0)) && world.contains(p(90.0, 180.0)));
        let dateline = p(0.0, 179.99).bounding_box(5_000.0);
        assert!(dateline.contains(p(0.0, -179.99)));
        let zero = p(23.0, 113.0).bounding_box(-5.0);
        assert!(zero.contains(p(23.0, 113.0)) && !zero.contains(p(23.0001, 113.0)));
    }

    #[test]
    fn guangzhou_box_contains_the_city_and_not_its_neighbours() {
        assert!(GUANGZHOU.contains(p(23.1291, 113.2644))); // Haizhu Square
        assert!(GUANGZHOU.contains(p(22.7990, 113.5400))); // Nansha
        assert!(GUANGZHOU.contains(p(23.5486, 113.5864))); // Conghua
        assert!(!GUANGZHOU.contains(p(22.5431, 114.0579))); // Shenzhen Futian
        assert!(!GUANGZHOU.contains(p(22.3193, 114.1694))); // Hong Kong
    }

    proptest! {
        #[test]
        fn gcj02_round_trip_within_half_a_metre_over_guangzhou(
            lat in GUANGZHOU.min_lat..=GUANGZHOU.max_lat,
            lng in GUANGZHOU.min_lng..=GUANGZHOU.max_lng,
        ) {
            let wgs = p(lat, lng);
            let back = LatLng::from_gcj02(wgs.to_gcj02());
            prop_assert!(wgs.distance_m(back) < 0.5, "{wgs} -> {back}");
        }

        #[test]
        fn distance_is_symmetric_and_non_negative(
            a_lat in -90.0..=90.0f64, a_lng in -180.0..=180.0f64,
            b_lat in -90.0..=90.0f64, b_lng in -180.0..=180.0f64,
        ) {
            let (a, b) = (p(a_lat, a_lng), p(b_lat, b_lng));
            let (ab, ba) = (a.distance_m(b), b.distance_m(a));
            prop_assert!(ab >= 0.0 && (ab - ba).abs() < 1e-6, "{ab} vs {ba}");
            prop_assert_eq!(a.distance_m(a), 0.0);
        }

        #[test]
        fn bounding_box_contains_every_point_within_the_radius(
            lat in -80.0..=80.0f64, lng in -179.0..=179.0f64,
            radius in 0.0..60_000.0f64, bearing in 0.0..360.0f64, fraction in 0.0..=1.0f64,
        ) {
            let centre = p(lat, lng);
            let bbox = centre.bounding_box(radius);
            let q = destination(centre, bearing, radius * fraction);
            prop_assume!(q.lng.abs() <= 180.0);
            prop_assert!(centre.distance_m(q) <= radius + 1e-6);
            prop_assert!(bbox.contains(q), "{q} not in {bbox:?} around {centre} r={radius}");
        }
    }
}

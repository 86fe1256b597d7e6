//! The itinerary planner over a city-sized catalogue (issue 3: "10-day plan over 2,000
//! candidate places; target < 20 ms per plan"), with a baseline measured in the same run.
//!
//! Places are generated deterministically (a fixed linear congruential generator, no
//! `rand`) inside Guangzhou's bounding box, clustered around a dozen centres the way real
//! places are, with a realistic mix of kinds and opening hours. The baseline is one linear
//! scan of the candidates computing each one's distance to the hotel: the planner does that
//! work once per slot, so `plan_10_days / scan_distances` reads as "how many scans a plan
//! costs". Run with `cargo bench -p guide-domain --bench plan` (or `cargo xtask bench plan`).

use chrono::DateTime;
use guide_domain::geo::{GUANGZHOU, LatLng};
use guide_domain::hours::Hours;
use guide_domain::planner::{ExitPort, Pace, PlanInput, PlanPlace, PlanSettings, plan};
use guide_domain::policy::PortKind;
use guide_domain::{Interest, PlaceKind};

fn main() {
    divan::main();
}

/// Candidate places in the catalogue.
const PLACES: usize = 2_000;

// Numerical Recipes' LCG: deterministic, good enough to scatter points.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[(self.next() * items.len() as f64) as usize % items.len()]
    }
}

fn places() -> Vec<PlanPlace> {
    let mut rng = Lcg(20_261_201);
    let hours: Vec<Option<Hours>> = [
        None,
        Some("Mo-Su 09:00-17:30"),
        Some("Tu-Su 09:00-17:00"),
        Some("Mo-Su 10:00-22:00"),
        Some("Mo-Su 07:00-22:00"),
        Some("Mo-Su 11:00-14:30,17:00-22:00"),
        Some("Mo-Su 18:00-23:30"),
    ]
    .iter()
    .map(|h| h.map(|h| Hours::parse(h).unwrap()))
    .collect();
    let centres: Vec<(f64, f64)> = (0..12)
        .map(|_| {
            let lat = 22.9 + rng.next() * 0.45;
            let lng = 113.15 + rng.next() * 0.35;
            (lat, lng)
        })
        .collect();
    let kinds = [
        PlaceKind::Attraction,
        PlaceKind::Attraction,
        PlaceKind::Restaurant,
        PlaceKind::Restaurant,
        PlaceKind::FoodStreet,
        PlaceKind::NightScene,
        PlaceKind::Mall,
        PlaceKind::Shop,
        PlaceKind::Market,
    ];
    (0..PLACES)
        .map(|i| {
            let (clat, clng) = rng.pick(&centres);
            let lat =
                (clat + (rng.next() - 0.5) * 0.06).clamp(GUANGZHOU.min_lat, GUANGZHOU.max_lat);
            let lng =
                (clng + (rng.next() - 0.5) * 0.06).clamp(GUANGZHOU.min_lng, GUANGZHOU.max_lng);
            let kind = rng.pick(&kinds);
            let interests = vec![rng.pick(Interest::ALL), rng.pick(Interest::ALL)];
            PlanPlace {
                slug: format!("place-{i:04}"),
                name: format!("Place {i}"),
                name_zh: format!("地点{i}"),
                address_zh: Some(format!("广州市天河区某路{i}号")),
                kind,
                location: LatLng::new(lat, lng).unwrap(),
                hours: hours[(rng.next() * hours.len() as f64) as usize % hours.len()].clone(),
                interests,
                night: kind == PlaceKind::NightScene,
                visit_minutes: 45 + (rng.next() * 120.0) as u32,
            }
        })
        .collect()
}

fn input() -> PlanInput {
    PlanInput {
        entry_at: DateTime::parse_from_rfc3339("2026-12-01T09:00:00+08:00").unwrap(),
        exit_at: Some(DateTime::parse_from_rfc3339("2026-12-10T20:00:00+08:00").unwrap()),
        deadline: Some(DateTime::parse_from_rfc3339("2026-12-12T00:00:00+08:00").unwrap()),
        exit_port: Some(ExitPort {
            code: "CAN".into(),
            kind: PortKind::Airport,
            location: Some(LatLng::new(23.3925, 113.29889).unwrap()),
        }),
        interests: vec![
            Interest::Food,
            Interest::Heritage,
            Interest::Night,
            Interest::Shopping,
        ],
        pace: Pace::Packed,
        start: LatLng::new(23.1291, 113.2644).unwrap(),
        must_see: vec!["place-0007".into(), "place-1234".into()],
        has_refund_purchases: true,
    }
}

/// The planner: a 10-day packed plan over 2,000 candidates.
#[divan::bench]
fn plan_10_days(bencher: divan::Bencher) {
    let (places, input, settings) = (places(), input(), PlanSettings::default());
    let items = plan(&input, &places, &settings).unwrap().items().count();
    assert!(items > 40, "only {items} items planned");
    bencher.bench_local(|| {
        plan(
            divan::black_box(&input),
            divan::black_box(&places),
            &settings,
        )
        .unwrap()
    });
}

/// Baseline: one linear scan computing every candidate's distance to the hotel.
#[divan::bench]
fn scan_distances(bencher: divan::Bencher) {
    let (places, input) = (places(), input());
    bencher.bench_local(|| {
        divan::black_box(&places)
            .iter()
            .map(|p| p.location.distance_m(input.start))
            .fold(f64::MAX, f64::min)
    });
}

//! One immutable snapshot of the published catalogue, with the lookups every read needs:
//! by slug or id, places per zone, name order per locale, the search index and the full
//! offline bundle per locale (built once, on first request).

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::body::Bytes;
use chrono::{DateTime, FixedOffset, Utc};
use guide_domain::bundle::{
    BUNDLE_FORMAT, Bundle, BundleAlert, BundleEvent, BundlePlace, BundleRoute, BundleZone,
    Tombstone,
};
use guide_domain::catalogue::{Alert, Event, Place, PolicyDocument, PolicySet, Route, Zone};
use guide_domain::filter::{Near, Sort};
use guide_domain::geo::LatLng;
use guide_domain::{Locale, OpenState, PlaceKind};

use super::open_states::OpenStates;
use super::place_keys::PlaceKeys;
use super::search::SearchIndex;
use crate::store::catalogue::{Hidden, Published};

/// The published catalogue of one version, read-only and shared by every request.
pub struct Snapshot {
    /// The catalogue version it was built from.
    pub version: i64,
    /// Published places, by slug.
    pub places: Vec<Place>,
    /// Zones, by tier then slug.
    pub zones: Vec<Zone>,
    /// Published routes, by slug.
    pub routes: Vec<Route>,
    /// Published events, by start date then slug.
    pub events: Vec<Event>,
    /// Published alerts, by start.
    pub alerts: Vec<Alert>,
    /// Every policy version.
    pub policies: PolicySet,
    /// Rows left out because they did not parse.
    pub rejected: usize,
    /// The newest change of anything (the sync watermark); `None` for an empty catalogue.
    pub watermark: Option<DateTime<Utc>>,
    policy_updated: HashMap<String, DateTime<Utc>>,
    hidden: Vec<Hidden>,
    deleted: Vec<Hidden>,
    place_keys: PlaceKeys,
    zone_index: HashMap<String, usize>,
    route_index: HashMap<String, usize>,
    zone_places: HashMap<String, Vec<u32>>,
    kind_places: HashMap<PlaceKind, Vec<u32>>,
    /// Places with a location by latitude: all of them (`None`) and per kind.
    by_latitude: HashMap<Option<PlaceKind>, ByLatitude>,
    name_order: [OnceLock<Vec<u32>>; Locale::ALL.len()],
    name_rank: [OnceLock<Vec<u32>>; Locale::ALL.len()],
    id_order: OnceLock<Vec<u32>>,
    id_rank: OnceLock<Vec<u32>>,
    search: OnceLock<Option<SearchIndex>>,
    open_states: OpenStates,
    bundles: [OnceLock<Bytes>; Locale::ALL.len()],
}

fn locale_index(locale: Locale) -> usize {
    Locale::ALL
        .iter()
        .position(|l| *l == locale)
        .expect("every locale is in Locale::ALL")
}

impl Snapshot {
    /// Builds the lookups over what the store loaded.
    pub fn new(p: Published) -> Snapshot {
        let mut zone_places: HashMap<String, Vec<u32>> = HashMap::new();
        let mut kind_places: HashMap<PlaceKind, Vec<u32>> = HashMap::new();
        for (i, place) in p.places.iter().enumerate() {
            let i = i as u32;
            kind_places.entry(place.facts.kind).or_default().push(i);
            for z in &place.facts.zones {
                zone_places.entry(z.clone()).or_default().push(i);
            }
        }
        let mut located: HashMap<Option<PlaceKind>, Vec<(LatLng, u32)>> = HashMap::new();
        for (i, place) in p.places.iter().enumerate() {
            if let Some(at) = place.facts.lat_lng() {
                for key in [None, Some(place.facts.kind)] {
                    located.entry(key).or_default().push((at, i as u32));
                }
            }
        }
        let by_latitude = located
            .into_iter()
            .map(|(key, places)| (key, ByLatitude::new(places)))
            .collect();
        let watermark = p
            .places
            .iter()
            .map(|x| x.facts.updated_at)
            .chain(p.zones.iter().map(|x| x.facts.updated_at))
            .chain(p.routes.iter().map(|x| x.facts.updated_at))
            .chain(p.events.iter().map(|x| x.facts.updated_at))
            .chain(p.alerts.iter().map(|x| x.facts.updated_at))
            .chain(p.policy_updated.values().copied())
            .chain(p.hidden.iter().chain(&p.deleted).map(|h| h.updated_at))
            .max();
        Snapshot {
            version: p.version,
            zone_index: p
                .zones
                .iter()
                .enumerate()
                .map(|(i, z)| (z.facts.slug.clone(), i))
                .collect(),
            route_index: p
                .routes
                .iter()
                .enumerate()
                .map(|(i, r)| (r.facts.slug.clone(), i))
                .collect(),
            place_keys: PlaceKeys::new(&p.places),
            zone_places,
            kind_places,
            by_latitude,
            rejected: p.rejected.len(),
            watermark,
            open_states: OpenStates::new(p.places.len()),
            places: p.places,
            zones: p.zones,
            routes: p.routes,
            events: p.events,
            alerts: p.alerts,
            policies: p.policies,
            policy_updated: p.policy_updated,
            hidden: p.hidden,
            deleted: p.deleted,
            name_order: Default::default(),
            name_rank: Default::default(),
            id_order: OnceLock::new(),
            id_rank: OnceLock::new(),
            search: OnceLock::new(),
            bundles: Default::default(),
        }
    }

    /// An empty catalogue (before the first load).
    pub fn empty() -> Snapshot {
        Snapshot::new(Published::default())
    }

    /// The index of a place by slug or id.
    pub fn place_index(&self, key: &str) -> Option<u32> {
        self.place_keys.get(&self.places, key)
    }

    /// Whether place `i` is open at `at` (unknown without hours), remembered until it
    /// changes (see [`OpenStates`]).
    pub fn open_state(&self, i: u32, at: DateTime<Utc>) -> OpenState {
        match &self.places[i as usize].facts.hours {
            Some(h) => self.open_states.state(i, &h.hours, at),
            None => OpenState::Unknown,
        }
    }

    /// When place `i` next opens or closes after `at` (`None` without hours or if never).
    pub fn next_change(&self, i: u32, at: DateTime<Utc>) -> Option<DateTime<FixedOffset>> {
        let h = self.places[i as usize].facts.hours.as_ref()?;
        self.open_states.next_change(i, &h.hours, at)
    }

    /// A place by slug or id.
    pub fn place(&self, key: &str) -> Option<&Place> {
        self.place_index(key).map(|i| &self.places[i as usize])
    }

    /// A zone by slug.
    pub fn zone(&self, slug: &str) -> Option<&Zone> {
        self.zone_index.get(slug).map(|i| &self.zones[*i])
    }

    /// A route by slug.
    pub fn route(&self, slug: &str) -> Option<&Route> {
        self.route_index.get(slug).map(|i| &self.routes[*i])
    }

    /// The places of one kind (indexes into `places`), in slug order.
    pub fn kind_places(&self, kind: PlaceKind) -> &[u32] {
        self.kind_places.get(&kind).map_or(&[], Vec::as_slice)
    }

    /// Indices of the places (of `kind`, or of any) that may be within `near`: those in
    /// its band of latitudes, then, from their coordinates kept beside the indices, in its
    /// band of longitudes, so that places surely outside are never looked at.
    pub fn may_be_near(
        &self,
        kind: Option<PlaceKind>,
        near: Near,
    ) -> impl Iterator<Item = u32> + '_ {
        let band = self
            .by_latitude
            .get(&kind)
            .map_or(&[][..], |b| b.within(near.latitudes()));
        band.iter()
            .filter(move |(at, _)| near.may_contain(*at))
            .map(|(_, i)| *i)
    }

    /// Indices of the places in a zone, by slug order.
    pub fn zone_places(&self, slug: &str) -> &[u32] {
        self.zone_places.get(slug).map_or(&[], Vec::as_slice)
    }

    /// Place indices ordered by their name in `locale` (lower case), then id: the order of
    /// `sort=name`, computed once per locale.
    pub fn name_order(&self, locale: Locale) -> &[u32] {
        self.name_order[locale_index(locale)].get_or_init(|| {
            let mut keyed: Vec<(String, &str, u32)> = self
                .places
                .iter()
                .enumerate()
                .map(|(i, p)| (p.name(locale).to_lowercase(), p.facts.id.as_str(), i as u32))
                .collect();
            keyed.sort();
            keyed.into_iter().map(|(_, _, i)| i).collect()
        })
    }

    /// Place indices in the order that breaks ties between equal first sort-key
    /// components under `sort`: by name in `locale` then id, or by id alone for
    /// `sort=distance` (see `SortKey`).
    pub fn tie_order(&self, sort: Sort, locale: Locale) -> &[u32] {
        match sort {
            Sort::Distance => self.id_order.get_or_init(|| {
                let mut by_id: Vec<u32> = (0..self.places.len() as u32).collect();
                by_id.sort_by(|a, b| {
                    self.places[*a as usize]
                        .facts
                        .id
                        .cmp(&self.places[*b as usize].facts.id)
                });
                by_id
            }),
            Sort::Relevance | Sort::Name => self.name_order(locale),
        }
    }

    /// Each place's position (by place index) in [`tie_order`](Self::tie_order).
    pub fn tie_ranks(&self, sort: Sort, locale: Locale) -> &[u32] {
        let ranks = |order: &[u32]| {
            let mut rank = vec![0; order.len()];
            for (position, i) in order.iter().enumerate() {
                rank[*i as usize] = position as u32;
            }
            rank
        };
        match sort {
            Sort::Distance => self
                .id_rank
                .get_or_init(|| ranks(self.tie_order(sort, locale))),
            Sort::Relevance | Sort::Name => {
                self.name_rank[locale_index(locale)].get_or_init(|| ranks(self.name_order(locale)))
            }
        }
    }

    /// The search index, once [`Snapshot::warm_up`] has built it. Until then (and if it
    /// cannot be built) search classifies every place, which gives the same answer slowly.
    pub fn search_index(&self) -> Option<&SearchIndex> {
        self.search.get().and_then(Option::as_ref)
    }

    /// Builds the search index (blocking; call it off the request path after a load).
    pub fn warm_up(&self) {
        self.search.get_or_init(|| match SearchIndex::build(&self.places) {
            Ok(index) => Some(index),
            Err(e) => {
                tracing::error!(error = %e, "cannot build the search index; searching without it");
                None
            }
        });
    }

    /// The full offline bundle of `locale`, serialized once per snapshot.
    pub fn full_bundle(&self, locale: Locale) -> Bytes {
        self.bundles[locale_index(locale)]
            .get_or_init(|| {
                let bundle = self.bundle(locale, None);
                Bytes::from(serde_json::to_vec(&bundle).expect("a bundle serializes"))
            })
            .clone()
    }

    /// The bundle of `locale`: everything (`since` = `None`) or what changed after `since`.
    pub fn bundle(&self, locale: Locale, since: Option<DateTime<Utc>>) -> Bundle {
        let changed = |at: DateTime<Utc>| since.is_none_or(|s| at > s);
        let mut tombstones: Vec<Tombstone> = Vec::new();
        if since.is_some() {
            for h in self.hidden.iter().chain(&self.deleted) {
                if changed(h.updated_at) {
                    tombstones.push(Tombstone {
                        kind: h.kind,
                        id: h.id.clone(),
                    });
                }
            }
            tombstones.sort_by(|a, b| (a.kind.as_str(), &a.id).cmp(&(b.kind.as_str(), &b.id)));
        }
        let policies: Vec<PolicyDocument> = self
            .policies
            .documents()
            .filter(|d| {
                self.policy_updated
                    .get(d.version())
                    .is_none_or(|at| changed(*at))
            })
            .collect();
        let mut places: Vec<&Place> = self
            .places
            .iter()
            .filter(|p| changed(p.facts.updated_at))
            .collect();
        places.sort_by(|a, b| a.facts.id.cmp(&b.facts.id));
        Bundle {
            format: BUNDLE_FORMAT,
            locale,
            full: since.is_none(),
            since: self.watermark.or(since).map(stamp),
            places: places
                .into_iter()
                .map(|p| BundlePlace {
                    facts: p.facts.clone(),
                    text: p.text(locale).map(|t| t.into_owned()),
                    aka: p.other_names(locale),
                })
                .collect(),
            zones: self
                .zones
                .iter()
                .filter(|z| changed(z.facts.updated_at))
                .map(|z| BundleZone {
                    facts: z.facts.clone(),
                    text: z.text(locale).map(|t| t.into_owned()),
                })
                .collect(),
            routes: self
                .routes
                .iter()
                .filter(|r| changed(r.facts.updated_at))
                .map(|r| BundleRoute {
                    facts: r.facts.localized(locale),
                    text: r.text(locale).map(|t| t.into_owned()),
                })
                .collect(),
            events: self
                .events
                .iter()
                .filter(|e| changed(e.facts.updated_at))
                .map(|e| BundleEvent {
                    facts: e.facts.clone(),
                    text: e.text(locale).map(|t| t.into_owned()),
                })
                .collect(),
            alerts: self
                .alerts
                .iter()
                .filter(|a| changed(a.facts.updated_at))
                .filter_map(|a| {
                    Some(BundleAlert {
                        facts: a.facts.clone(),
                        text: a.texts.pick(locale)?.cloned(),
                    })
                })
                .collect(),
            policies,
            tombstones,
        }
    }
}

/// Places sorted by latitude, each with its coordinates beside its index: a band of
/// latitudes is found by binary search and filtered by longitude without touching places.
struct ByLatitude {
    places: Vec<(LatLng, u32)>,
}

impl ByLatitude {
    /// From (coordinates, place index) pairs in any order.
    fn new(mut places: Vec<(LatLng, u32)>) -> ByLatitude {
        places.sort_by(|a, b| a.0.lat.total_cmp(&b.0.lat).then(a.1.cmp(&b.1)));
        ByLatitude { places }
    }

    fn within(&self, band: std::ops::RangeInclusive<f64>) -> &[(LatLng, u32)] {
        let start = self
            .places
            .partition_point(|(at, _)| at.lat < *band.start());
        let end = self.places.partition_point(|(at, _)| at.lat <= *band.end());
        &self.places[start..end.max(start)]
    }
}

/// The watermark as sent to clients (RFC 3339, UTC).
pub fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)
}

/// A snapshot shared between requests.
pub type Shared = Arc<Snapshot>;

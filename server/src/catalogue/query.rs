//! `GET /v1/places` over a snapshot: filter, search, sort and page, with no database.
//!
//! The filters, the match ranking and the sort key are guide-domain's (the app's Explore
//! screen uses the same); this file only decides how to walk the snapshot cheaply: with a
//! query, best-first over the search index's candidates, classifying only those that can
//! be on the page; by the precomputed name order for `sort=name`; else over every place
//! (of the asked kind).

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use guide_domain::Locale;
use guide_domain::catalogue::Place;
use guide_domain::filter::{PlaceFilter, Sort, SortKey};
use guide_domain::search::{Match, Query, SearchDoc, Tier, classify, within_reach};

use super::search::PlaceSet;
use super::snapshot::Snapshot;

/// What a list request asks for.
#[derive(Debug, Clone)]
pub struct ListRequest {
    /// The filters.
    pub filter: PlaceFilter,
    /// The search text, analyzed.
    pub q: Option<Query>,
    /// The order.
    pub sort: Sort,
    /// Page size.
    pub limit: usize,
    /// Resume after this key (the previous page's last).
    pub after: Option<SortKey>,
    /// The reader's language (names for sorting, texts for search).
    pub locale: Locale,
}

/// A place that passed the filters, before its full sort key is built.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    index: u32,
    matched: Option<Match>,
    distance_m: Option<f64>,
    primary: i64,
}

/// One place of a page.
#[derive(Debug)]
pub struct Hit<'a> {
    /// The place.
    pub place: &'a Place,
    /// Its index in the snapshot.
    pub index: u32,
    /// Metres from `near`, when given.
    pub distance_m: Option<f64>,
    /// How it matched the search text, when given.
    pub matched: Option<Match>,
    /// Its position in the order.
    pub key: SortKey,
}

/// A page of places.
#[derive(Debug)]
pub struct Page<'a> {
    /// The places, in order.
    pub hits: Vec<Hit<'a>>,
    /// Whether more follow (then the last hit's key is the cursor).
    pub more: bool,
}

/// What search reads of a place, in the reader's language.
pub fn search_doc(place: &Place, locale: Locale) -> SearchDoc<'_> {
    let picked = place.texts.pick(locale);
    SearchDoc {
        name_zh: &place.facts.name_zh,
        names: names(place),
        summary: picked
            .as_ref()
            .and_then(|t| Some((t.locale, t.value.summary()?))),
        address: picked
            .as_ref()
            .and_then(|t| Some((t.locale, t.value.address()?))),
        address_zh: place.facts.address_zh.as_deref(),
        tags: &place.facts.tags,
    }
}

/// A place's name in every language it has, as search reads them.
pub(super) fn names(place: &Place) -> Vec<(Option<Locale>, &str)> {
    place
        .texts
        .iter()
        .map(|(l, t)| (Some(l), t.name()))
        .collect()
}

impl Snapshot {
    /// A page of places for `req`.
    pub fn list(&self, req: &ListRequest) -> Page<'_> {
        match (&req.q, req.sort) {
            (Some(q), _) => self.search(q, req),
            (None, Sort::Name) => self.list_by_name(req),
            (None, _) => self.list_by_key(req),
        }
    }

    /// The full hit of candidate `c` (allocates its name and id for the sort key).
    fn hit(&self, c: Candidate, req: &ListRequest) -> Hit<'_> {
        let place = &self.places[c.index as usize];
        let key = SortKey::new(
            req.sort,
            c.matched.map(|m| m.tier),
            c.distance_m,
            &place.name(req.locale),
            &place.facts.id,
        );
        Hit {
            place,
            index: c.index,
            distance_m: c.distance_m,
            matched: c.matched,
            key,
        }
    }

    /// Place `i` as a candidate when it passes the filters; allocates nothing. `tier` is
    /// how well it matched the search text (or a bound of it).
    fn candidate(&self, i: u32, req: &ListRequest, tier: Option<Tier>) -> Option<Candidate> {
        let distance_m = req.filter.check(&self.places[i as usize].facts)?;
        Some(Candidate {
            index: i,
            matched: None,
            distance_m,
            primary: SortKey::primary_of(req.sort, tier, distance_m),
        })
    }

    /// How place `i` matches `q`. Names are analyzed anew for each candidate classified:
    /// best-first classifies only about a page of them, and keeping every place's names
    /// analyzed cost ~2.5 KB per place (docs/PERFORMANCE.md) for no measurable speed.
    fn classify(&self, i: u32, q: &Query, locale: Locale) -> Option<Match> {
        let place = &self.places[i as usize];
        classify(q, &search_doc(place, locale))
    }

    /// A page of the places matching `q`, exactly as if every place had been classified,
    /// ranked, filtered and cut (`guide_domain::search::relevant`, then the filters, then
    /// the sort key) — which is what the app does offline — but classifying only the
    /// places that can still be on the page, and asking the index for a tier's candidates
    /// only when they can be.
    ///
    /// Every candidate enters a heap keyed by a bound of its sort key (the index's tier
    /// bound, its distance, its rank by name), which is never after its true key. The
    /// smallest comes out: a bound is classified and goes back with its true key; a true
    /// key is final, since nothing left in the heap, and no tier not yet asked, can come
    /// before it.
    fn search(&self, q: &Query, req: &ListRequest) -> Page<'_> {
        let mut judged: HashMap<u32, Option<Match>> = HashMap::new();
        let mut judge = |i: u32| {
            *judged
                .entry(i)
                .or_insert_with(|| self.classify(i, q, req.locale))
        };
        let mut tiers = TierCandidates::new(self, q);
        let Some((best, asked)) = best_tier(&mut tiers, &mut judge) else {
            return Page {
                hits: Vec::new(),
                more: false,
            };
        };
        let mut frontier = Frontier::new(self, req);
        for (bound, found) in asked {
            if within_reach(best, bound) {
                frontier.enter(bound, found);
            }
        }
        let mut hits = Vec::with_capacity(req.limit + 1);
        loop {
            // Ask the next tier while its best possible key could come before the top.
            while let Some(tier) = tiers.upcoming().filter(|t| within_reach(best, *t)) {
                let floor = SortKey::primary_of(req.sort, Some(tier), Some(0.0));
                if frontier.top().is_some_and(|top| top < floor) {
                    break;
                }
                if let Some((bound, found)) = tiers.ask() {
                    frontier.enter(bound, found);
                }
            }
            let Some(mut next) = frontier.pop() else {
                break;
            };
            if !next.filtered {
                let bound = next.candidate.primary;
                match self.candidate(next.candidate.index, req, None) {
                    // Without `near` its key is the bound it had (the tier aside).
                    Some(c) => {
                        next.candidate = Candidate {
                            primary: bound,
                            ..c
                        }
                    }
                    None => continue,
                }
                next.filtered = true;
            }
            if next.candidate.matched.is_none() {
                if let Some(m) = judge(next.candidate.index).filter(|m| within_reach(best, m.tier))
                {
                    next.candidate.matched = Some(m);
                    next.primary =
                        SortKey::primary_of(req.sort, Some(m.tier), next.candidate.distance_m);
                    next.candidate.primary = next.primary;
                    frontier.push(next);
                }
                continue;
            }
            let hit = self.hit(next.candidate, req);
            if req.after.as_ref().is_some_and(|after| hit.key <= *after) {
                continue;
            }
            hits.push(hit);
            if hits.len() > req.limit {
                break;
            }
        }
        let more = hits.len() > req.limit;
        hits.truncate(req.limit);
        Page { hits, more }
    }

    /// Any order without a search text: the candidates after the cursor, the best `limit + 1` chosen by the key's
    /// first component (ties kept), and only those keyed in full and sorted.
    fn list_by_key(&self, req: &ListRequest) -> Page<'_> {
        let keep = |i: u32| self.candidate(i, req, None);
        let kind = match req.filter.kinds.as_slice() {
            [kind] => Some(*kind),
            _ => None,
        };
        let mut candidates: Vec<Candidate> = match (req.filter.near, kind) {
            // Near a point: walk only the places that may be within it (of the kind).
            (Some(near), kind) => self.may_be_near(kind, near).filter_map(keep).collect(),
            // One kind asked for: walk only its places.
            (None, Some(kind)) => self
                .kind_places(kind)
                .iter()
                .filter_map(|&i| keep(i))
                .collect(),
            (None, None) => (0..self.places.len() as u32).filter_map(keep).collect(),
        };
        if let Some(after) = &req.after {
            candidates.retain(|c| {
                c.primary > after.primary
                    || (c.primary == after.primary && self.hit(*c, req).key > *after)
            });
        }
        let wanted = req.limit + 1;
        if candidates.len() > wanted {
            // Everything whose first component is beyond the (limit + 1)-th smallest
            // cannot be on this page; equal ones might be (names decide), so they stay.
            let (_, edge, _) = candidates.select_nth_unstable_by_key(req.limit, |c| c.primary);
            let edge = edge.primary;
            candidates.retain(|c| c.primary <= edge);
        }
        let mut hits: Vec<Hit<'_>> = candidates.into_iter().map(|c| self.hit(c, req)).collect();
        hits.sort_by(|a, b| a.key.cmp(&b.key));
        let more = hits.len() > req.limit;
        hits.truncate(req.limit);
        Page { hits, more }
    }

    /// `sort=name` without a search text: walk the precomputed name order from the cursor.
    fn list_by_name(&self, req: &ListRequest) -> Page<'_> {
        let order = self.name_order(req.locale);
        let start = match &req.after {
            None => 0,
            Some(after) => order.partition_point(|i| {
                let p = &self.places[*i as usize];
                SortKey::new(Sort::Name, None, None, &p.name(req.locale), &p.facts.id) <= *after
            }),
        };
        let mut hits = Vec::with_capacity(req.limit + 1);
        for i in &order[start..] {
            if let Some(c) = self.candidate(*i, req, None) {
                hits.push(self.hit(c, req));
                if hits.len() > req.limit {
                    break;
                }
            }
        }
        let more = hits.len() > req.limit;
        hits.truncate(req.limit);
        Page { hits, more }
    }
}

/// The search index's candidates for a query, one tier at a time, best first; each place
/// once, with the best tier bound whose clause found it. Without an index (it is being
/// built) or when it fails, every place, bound `Exact` (classification decides).
struct TierCandidates<'a> {
    snapshot: &'a Snapshot,
    q: &'a Query,
    /// Tiers not asked yet, best first.
    left: std::slice::Iter<'static, Tier>,
    seen: PlaceSet,
}

impl<'a> TierCandidates<'a> {
    fn new(snapshot: &'a Snapshot, q: &'a Query) -> Self {
        TierCandidates {
            snapshot,
            q,
            left: Tier::ALL.iter(),
            seen: PlaceSet::default(),
        }
    }

    /// The tier [`ask`](Self::ask) asks next.
    fn upcoming(&self) -> Option<Tier> {
        self.left.clone().next().copied()
    }

    /// The candidates of the next tier not seen in a better one, with the tier they are
    /// bound by (`None` when no tier is left).
    fn ask(&mut self) -> Option<(Tier, PlaceSet)> {
        let &tier = self.left.next()?;
        let every_place = |left: &mut std::slice::Iter<'static, Tier>| {
            *left = [].iter();
            Some((Tier::Exact, PlaceSet::every(self.snapshot.places.len())))
        };
        let Some(index) = self.snapshot.search_index() else {
            return every_place(&mut self.left);
        };
        match index.new_tier_candidates(self.q, tier, &mut self.seen) {
            Ok(found) => Some((tier, found)),
            Err(e) => {
                tracing::error!(error = %e, "search index query failed; classifying every place");
                every_place(&mut self.left)
            }
        }
    }
}

/// The best tier any candidate truly matches at, asking as few tiers and classifying as
/// few candidates as it can: in order of their bounds, until the best found is no worse
/// than every bound left. Also returns the candidates of the tiers it asked.
fn best_tier(
    tiers: &mut TierCandidates<'_>,
    judge: &mut impl FnMut(u32) -> Option<Match>,
) -> Option<(Tier, Vec<(Tier, PlaceSet)>)> {
    let mut best: Option<Tier> = None;
    let mut asked = Vec::new();
    while let Some(tier) = tiers.upcoming() {
        if best.is_some_and(|b| b <= tier) {
            break;
        }
        let Some((bound, found)) = tiers.ask() else {
            break;
        };
        for i in found.iter() {
            if let Some(m) = judge(i) {
                best = Some(best.map_or(m.tier, |b| b.min(m.tier)));
                if m.tier == bound {
                    break;
                }
            }
        }
        asked.push((bound, found));
    }
    Some((best?, asked))
}

/// A tier that found at least one place in this many is walked in rank order rather
/// than put in the heap whole: a common word or gram finds a quarter of a city, and
/// heaping thousands to take a page was most of a search's time; the walk reads a few
/// entries of the order per place taken.
const WALK_SHARE: usize = 64;

/// The search's candidates in the order of their keys' bounds: a heap, into which the
/// large tiers feed one place at a time from their walk in rank order.
struct Frontier<'s> {
    snapshot: &'s Snapshot,
    req: &'s ListRequest,
    ranks: &'s [u32],
    heap: BinaryHeap<Reverse<Bounded>>,
    walks: Vec<Walk<'s>>,
}

/// A tier's places in rank order (without `near`, where every bound in a tier has the
/// same first component, so the rank alone orders them).
struct Walk<'s> {
    order: &'s [u32],
    at: usize,
    found: PlaceSet,
    /// Places of `found` not yet walked past.
    left: usize,
    primary: i64,
}

impl Walk<'_> {
    /// The next place of the tier and its rank.
    fn next(&mut self) -> Option<(u32, u32)> {
        while self.left > 0 {
            let (rank, i) = (self.at as u32, self.order[self.at]);
            self.at += 1;
            if self.found.contains(i) {
                self.left -= 1;
                return Some((i, rank));
            }
        }
        None
    }
}

impl<'s> Frontier<'s> {
    fn new(snapshot: &'s Snapshot, req: &'s ListRequest) -> Self {
        Frontier {
            snapshot,
            req,
            ranks: snapshot.tie_ranks(req.sort, req.locale),
            heap: BinaryHeap::new(),
            walks: Vec::new(),
        }
    }

    /// Adds the places a tier found (bound by it).
    fn enter(&mut self, bound: Tier, found: PlaceSet) {
        let count = found.len();
        if self.req.filter.near.is_none() && count * WALK_SHARE >= self.snapshot.places.len() {
            self.walks.push(Walk {
                order: self.snapshot.tie_order(self.req.sort, self.req.locale),
                at: 0,
                found,
                left: count,
                primary: SortKey::primary_of(self.req.sort, Some(bound), None),
            });
            self.walk_on(self.walks.len() - 1);
            return;
        }
        // Without `near` the filters cannot change a key, only drop a place: they are
        // checked when a place comes out of the heap, so a candidate that never reaches
        // the page is never looked at (each would be a cache miss).
        let filter_later = self.req.filter.near.is_none();
        self.heap.reserve(count);
        for i in found.iter() {
            let c = if filter_later {
                Candidate {
                    index: i,
                    matched: None,
                    distance_m: None,
                    primary: SortKey::primary_of(self.req.sort, Some(bound), None),
                }
            } else {
                match self.snapshot.candidate(i, self.req, Some(bound)) {
                    Some(c) => c,
                    None => continue,
                }
            };
            self.push(Bounded {
                primary: c.primary,
                rank: self.ranks[i as usize],
                filtered: !filter_later,
                candidate: c,
                walk: None,
            });
        }
    }

    /// Puts walk `w`'s next place in the heap.
    fn walk_on(&mut self, w: usize) {
        let walk = &mut self.walks[w];
        if let Some((i, rank)) = walk.next() {
            let primary = walk.primary;
            self.push(Bounded {
                primary,
                rank,
                filtered: false,
                candidate: Candidate {
                    index: i,
                    matched: None,
                    distance_m: None,
                    primary,
                },
                walk: Some(w),
            });
        }
    }

    /// The first component of the smallest key bound.
    fn top(&self) -> Option<i64> {
        self.heap.peek().map(|top| top.0.primary)
    }

    fn push(&mut self, b: Bounded) {
        self.heap.push(Reverse(b));
    }

    /// The candidate with the smallest key bound.
    fn pop(&mut self) -> Option<Bounded> {
        let Reverse(mut next) = self.heap.pop()?;
        if let Some(w) = next.walk.take() {
            self.walk_on(w);
        }
        Some(next)
    }
}

/// A candidate in the search heap: ordered by its key's first component, then its rank
/// among equal first components (a bound until the candidate is classified).
#[derive(Debug)]
struct Bounded {
    primary: i64,
    rank: u32,
    /// Whether the candidate passed the filters (checked on the way in with `near`,
    /// since its distance is in the key; otherwise when it first comes out).
    filtered: bool,
    candidate: Candidate,
    /// The walk it came from, until it leaves the heap (then that walk's next enters).
    walk: Option<usize>,
}

impl PartialEq for Bounded {
    fn eq(&self, other: &Self) -> bool {
        (self.primary, self.rank) == (other.primary, other.rank)
    }
}

impl Eq for Bounded {}

impl PartialOrd for Bounded {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Bounded {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.primary, self.rank).cmp(&(other.primary, other.rank))
    }
}

#[cfg(test)]
mod tests {
    use guide_domain::LatLng;
    use guide_domain::PlaceKind;
    use guide_domain::catalogue::{PlaceText, PlaceTextFields};
    use guide_domain::filter::Near;
    use guide_domain::place::Location;
    use guide_domain::search::relevant;

    use super::*;
    use crate::catalogue::search::tests::place;
    use crate::store::catalogue::Published;

    const AREAS: [(&str, &str); 4] = [
        ("珠江", "Pearl River"),
        ("白云", "White Cloud"),
        ("天河", "Tianhe"),
        ("西关", "Xiguan"),
    ];
    const TRADES: [(&str, &str); 4] = [
        ("茶楼", "Tea House"),
        ("酒家", "Restaurant"),
        ("博物馆", "Museum"),
        ("书店", "Bookshop"),
    ];

    /// 480 places whose names share words, Chinese runs and pinyin in bulk, as a city's
    /// do, with a summary in English and points spread over a few kilometres.
    fn city() -> Vec<Place> {
        (0..480)
            .map(|i| {
                let (area_zh, area_en) = AREAS[i % AREAS.len()];
                let (trade_zh, trade_en) = TRADES[(i / AREAS.len()) % TRADES.len()];
                let branch = i / (AREAS.len() * TRADES.len()) + 1;
                let mut p = place(
                    &format!("p{i:04}"),
                    &format!("{area_zh}{trade_zh}{branch}号店"),
                    &[
                        (Locale::En, &format!("{area_en} {trade_en} {branch}")),
                        (Locale::Ja, &format!("{area_zh}{trade_zh} {branch}号店")),
                    ],
                );
                let summary = format!("A {} in {area_en}.", trade_en.to_lowercase());
                p.texts = p
                    .texts
                    .iter()
                    .map(|(locale, t)| {
                        let t = PlaceText::from(PlaceTextFields {
                            summary: Some(summary.clone()),
                            ..t.fields()
                        });
                        (locale, t)
                    })
                    .collect();
                p.facts.location = Some(Location {
                    lat: 23.10 + (i % 23) as f64 * 0.001,
                    lng: 113.26 + (i % 29) as f64 * 0.001,
                    approximate: false,
                });
                p
            })
            .collect()
    }

    /// The answer by definition: classify every place, keep the relevant, filter, sort.
    fn every_place(snapshot: &Snapshot, req: &ListRequest) -> Vec<String> {
        let q = req.q.as_ref().expect("a search");
        let matched = relevant(
            snapshot
                .places
                .iter()
                .enumerate()
                .filter_map(|(i, p)| Some((i, classify(q, &search_doc(p, req.locale))?)))
                .collect(),
        );
        let mut keyed: Vec<(SortKey, String)> = matched
            .into_iter()
            .filter_map(|(i, m)| {
                let p = &snapshot.places[i];
                let distance_m = req.filter.check(&p.facts)?;
                let key = SortKey::new(
                    req.sort,
                    Some(m.tier),
                    distance_m,
                    &p.name(req.locale),
                    &p.facts.id,
                );
                Some((key, p.facts.slug.clone()))
            })
            .collect();
        keyed.sort();
        keyed.into_iter().map(|(_, slug)| slug).collect()
    }

    /// Every page of `req`, following the cursor.
    fn all_pages(snapshot: &Snapshot, req: &ListRequest) -> Vec<String> {
        let mut req = req.clone();
        let mut slugs = Vec::new();
        loop {
            let page = snapshot.list(&req);
            slugs.extend(page.hits.iter().map(|h| h.place.facts.slug.clone()));
            if !page.more {
                return slugs;
            }
            req.after = Some(page.hits.last().expect("more follow a hit").key.clone());
        }
    }

    /// Lists near a point walk only a band of latitudes; every page must still be what
    /// filtering and sorting every place gives, with one kind, several and any.
    #[test]
    fn near_lists_page_like_filtering_every_place() {
        let mut places = city();
        for (i, p) in places.iter_mut().enumerate() {
            p.facts.kind = [
                PlaceKind::Attraction,
                PlaceKind::Restaurant,
                PlaceKind::Shop,
            ][i % 3];
            if i % 11 == 0 {
                p.facts.location = None;
            }
        }
        let snapshot = Snapshot::new(Published {
            places,
            ..Published::default()
        });
        let centre = LatLng {
            lat: 23.11,
            lng: 113.27,
        };
        let mut checked = 0;
        for radius in [50.0, 700.0, 1500.0, 50_000.0] {
            for kinds in [
                vec![],
                vec![PlaceKind::Restaurant],
                vec![PlaceKind::Shop, PlaceKind::Attraction],
                vec![PlaceKind::Market],
            ] {
                for sort in [Sort::Distance, Sort::Relevance, Sort::Name] {
                    let req = ListRequest {
                        filter: PlaceFilter {
                            near: Some(Near::new(centre, radius)),
                            kinds: kinds.clone(),
                            ..Default::default()
                        },
                        q: None,
                        sort,
                        limit: 7,
                        after: None,
                        locale: Locale::En,
                    };
                    let mut expected: Vec<(SortKey, String)> = snapshot
                        .places
                        .iter()
                        .filter_map(|p| {
                            let distance_m = req.filter.check(&p.facts)?;
                            let name = p.name(req.locale);
                            let key = SortKey::new(sort, None, distance_m, &name, &p.facts.id);
                            Some((key, p.facts.slug.clone()))
                        })
                        .collect();
                    expected.sort();
                    let expected: Vec<String> = expected.into_iter().map(|(_, s)| s).collect();
                    assert_eq!(
                        all_pages(&snapshot, &req),
                        expected,
                        "radius {radius} kinds {kinds:?} {sort:?}"
                    );
                    checked += expected.len();
                }
            }
        }
        assert!(
            checked > 1000,
            "the circles should hold many places: {checked}"
        );
    }

    /// Classifying only the candidates that can be on the page gives exactly the pages of
    /// classifying every place, with and without the index, in every order.
    #[test]
    fn best_first_search_pages_like_classifying_every_place() {
        // Kinds to filter by: a filter drops places the index found.
        let published = || {
            let mut places = city();
            for (i, p) in places.iter_mut().enumerate() {
                p.facts.kind = [PlaceKind::Attraction, PlaceKind::Restaurant][i % 5 / 3];
            }
            Published {
                places,
                ..Published::default()
            }
        };
        let indexed = Snapshot::new(published());
        indexed.warm_up();
        assert!(indexed.search_index().is_some());
        let unindexed = Snapshot::new(published());
        let near = Near::new(
            LatLng {
                lat: 23.11,
                lng: 113.27,
            },
            1500.0,
        );
        let mut checked = 0;
        for text in [
            "茶楼",
            "珠江 茶楼",
            "白云博物",
            "zhujiang chalou",
            "zjcl",
            "tianhe",
            "Pearl Rivr Tea",
            "resturant",
            "museun",
            "White Clo",
            "xiguan jiujia",
            "tea",
            "1",
            "whitecloudteahouse1",
            "bookshop pearl",
        ] {
            let q = Query::parse(text).unwrap().unwrap();
            for locale in [Locale::En, Locale::Ja, Locale::Fr] {
                let restaurants = || vec![PlaceKind::Restaurant];
                for (sort, near, kinds) in [
                    (Sort::Relevance, None, vec![]),
                    (Sort::Relevance, Some(near), vec![]),
                    (Sort::Name, None, vec![]),
                    (Sort::Distance, Some(near), vec![]),
                    (Sort::Distance, None, vec![]),
                    (Sort::Relevance, None, restaurants()),
                    (Sort::Relevance, Some(near), restaurants()),
                    (Sort::Name, None, restaurants()),
                ] {
                    let req = ListRequest {
                        filter: PlaceFilter {
                            near,
                            kinds,
                            ..Default::default()
                        },
                        q: Some(q.clone()),
                        sort,
                        limit: 7,
                        after: None,
                        locale,
                    };
                    let expected = every_place(&indexed, &req);
                    assert_eq!(
                        all_pages(&indexed, &req),
                        expected,
                        "{text} {locale:?} {sort:?} near={} {:?}",
                        near.is_some(),
                        req.filter.kinds
                    );
                    assert_eq!(all_pages(&unindexed, &req), expected, "{text} unindexed");
                    checked += expected.len();
                }
            }
        }
        assert!(
            checked > 5000,
            "the queries should match many places: {checked}"
        );
    }
}

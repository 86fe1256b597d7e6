//! `GET /v1/places` over a snapshot: filter, search, sort and page, with no database.
//!
//! The filters, the match ranking and the sort key are guide-domain's (the app's Explore
//! screen uses the same); this file only decides how to walk the snapshot cheaply: by the
//! search index's candidates when there is a query, by the precomputed name order for
//! `sort=name`, else over every place.

use guide_domain::Locale;
use guide_domain::catalogue::Place;
use guide_domain::filter::{PlaceFilter, Sort, SortKey};
use guide_domain::search::{Match, Query, SearchDoc, classify, classify_prepared, relevant};

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
    SearchDoc {
        names: names(place),
        ..other_fields(place, locale)
    }
}

/// A place's name in every language it has, as search reads them.
pub(super) fn names(place: &Place) -> Vec<(Option<Locale>, &str)> {
    place
        .texts
        .iter()
        .map(|(l, t)| (Some(l), t.name.as_str()))
        .collect()
}

/// [`search_doc`] without the names in every language (for `classify_prepared`, which
/// has them analyzed already).
fn other_fields(place: &Place, locale: Locale) -> SearchDoc<'_> {
    let picked = place.texts.pick(locale);
    SearchDoc {
        name_zh: &place.facts.name_zh,
        names: Vec::new(),
        summary: picked
            .as_ref()
            .and_then(|t| Some((t.locale, t.value.summary.as_deref()?))),
        address: picked
            .as_ref()
            .and_then(|t| Some((t.locale, t.value.address.as_deref()?))),
        address_zh: place.facts.address_zh.as_deref(),
        tags: &place.facts.tags,
    }
}

impl Snapshot {
    /// A page of places for `req`.
    pub fn list(&self, req: &ListRequest) -> Page<'_> {
        match (&req.q, req.sort) {
            (None, Sort::Name) => self.list_by_name(req),
            _ => self.list_by_key(req),
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
            distance_m: c.distance_m,
            matched: c.matched,
            key,
        }
    }

    /// Place `i` as a candidate when it passes the filters; allocates nothing.
    fn candidate(&self, i: u32, req: &ListRequest, matched: Option<Match>) -> Option<Candidate> {
        let distance_m = req.filter.check(&self.places[i as usize].facts)?;
        // The key's first component; names and ids are only needed to break its ties.
        let primary = SortKey::new(req.sort, matched.map(|m| m.tier), distance_m, "", "").primary;
        Some(Candidate {
            index: i,
            matched,
            distance_m,
            primary,
        })
    }

    /// The places matching the search text, with how they matched: the index's candidates
    /// (or every place while it is being built), classified, the loose ones dropped.
    fn matches(&self, q: &Query, locale: Locale) -> Vec<(u32, Match)> {
        let index = self.search_index();
        let candidates: Vec<u32> = match index {
            Some(index) => index.candidates(q).unwrap_or_else(|e| {
                tracing::error!(error = %e, "search index query failed; classifying every place");
                (0..self.places.len() as u32).collect()
            }),
            None => (0..self.places.len() as u32).collect(),
        };
        let classified = candidates
            .into_iter()
            .filter_map(|i| {
                let place = &self.places[i as usize];
                let matched = match index {
                    // The names were analyzed with the index: only the other fields are read.
                    Some(index) => {
                        classify_prepared(q, index.prepared(i), &other_fields(place, locale))
                    }
                    None => classify(q, &search_doc(place, locale)),
                };
                Some((i, matched?))
            })
            .collect();
        relevant(classified)
    }

    /// Any order: the candidates after the cursor, the best `limit + 1` chosen by the key's
    /// first component (ties kept), and only those keyed in full and sorted.
    fn list_by_key(&self, req: &ListRequest) -> Page<'_> {
        let mut candidates: Vec<Candidate> = match &req.q {
            Some(q) => self
                .matches(q, req.locale)
                .into_iter()
                .filter_map(|(i, m)| self.candidate(i, req, Some(m)))
                .collect(),
            None => {
                let keep = |i: u32| self.candidate(i, req, None);
                match req.filter.kinds.as_slice() {
                    // One kind asked for: walk only its places.
                    [kind] => self
                        .kind_places(*kind)
                        .iter()
                        .filter_map(|&i| keep(i))
                        .collect(),
                    _ => (0..self.places.len() as u32).filter_map(keep).collect(),
                }
            }
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

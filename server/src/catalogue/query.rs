//! `GET /v1/places` over a snapshot: filter, search, sort and page, with no database.
//!
//! The filters, the match ranking and the sort key are guide-domain's (the app's Explore
//! screen uses the same); this file only decides how to walk the snapshot cheaply: by the
//! search index's candidates when there is a query, by the precomputed name order for
//! `sort=name`, else over every place.

use guide_domain::Locale;
use guide_domain::catalogue::Place;
use guide_domain::filter::{PlaceFilter, Sort, SortKey};
use guide_domain::search::{Match, Query, SearchDoc, classify, relevant};

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
    let picked = place.texts.pick(locale);
    SearchDoc {
        name_zh: &place.facts.name_zh,
        names: place
            .texts
            .iter()
            .map(|(l, t)| (Some(l), t.name.as_str()))
            .collect(),
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

    fn hit(&self, i: u32, req: &ListRequest, matched: Option<Match>) -> Option<Hit<'_>> {
        let place = &self.places[i as usize];
        let distance_m = req.filter.check(&place.facts)?;
        let key = SortKey::new(
            req.sort,
            matched.map(|m| m.tier),
            distance_m,
            &place.name(req.locale),
            &place.facts.id,
        );
        Some(Hit {
            place,
            distance_m,
            matched,
            key,
        })
    }

    /// The places matching the search text, with how they matched: the index's candidates
    /// (or every place while it is being built), classified, the loose ones dropped.
    fn matches(&self, q: &Query, locale: Locale) -> Vec<(u32, Match)> {
        let candidates: Vec<u32> = match self.search_index() {
            Some(index) => index.candidates(q).unwrap_or_else(|e| {
                tracing::error!(error = %e, "search index query failed; classifying every place");
                (0..self.places.len() as u32).collect()
            }),
            None => (0..self.places.len() as u32).collect(),
        };
        let classified = candidates
            .into_iter()
            .filter_map(|i| {
                Some((
                    i,
                    classify(q, &search_doc(&self.places[i as usize], locale))?,
                ))
            })
            .collect();
        relevant(classified)
    }

    /// Any order: every candidate keyed, sorted, then the page after the cursor.
    fn list_by_key(&self, req: &ListRequest) -> Page<'_> {
        let hits: Vec<Hit<'_>> = match &req.q {
            Some(q) => self
                .matches(q, req.locale)
                .into_iter()
                .filter_map(|(i, m)| self.hit(i, req, Some(m)))
                .collect(),
            None => (0..self.places.len() as u32)
                .filter_map(|i| self.hit(i, req, None))
                .collect(),
        };
        let mut hits: Vec<Hit<'_>> = hits
            .into_iter()
            .filter(|h| req.after.as_ref().is_none_or(|after| h.key > *after))
            .collect();
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
            if let Some(hit) = self.hit(*i, req, None) {
                hits.push(hit);
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

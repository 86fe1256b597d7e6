//! The search index of a snapshot: finds the places that may match a query among
//! thousands (tantivy, in RAM), each with the best [`Tier`] it could match at. It never
//! decides a match: `guide_domain::search::classify` does that, exactly as the app core
//! does offline, so both give the same answers. The tier the index gives is a bound
//! (the place matches at that tier or worse, or not at all), which lets
//! [`query`](super::query) classify only the few places that can be on the page.
//!
//! Every term in the index comes from `guide_domain::search` (the same folding, the same
//! character grams, the same pinyin), written space-separated and read back by tantivy's
//! whitespace tokenizer: there is one analysis, not one per side. Six fields for the five
//! questions the tiers ask:
//! - `whole`: each name squashed to one term (`cantontower`, `广州塔`), the pinyin joined
//!   and its initials — "is the query a whole name?";
//! - `starts`: the first 1 to [`STARTS_MAX`] characters of each of those — "does a name
//!   start with the query?" as one term look-up (a prefix query would visit every name
//!   with that start, thousands of terms for `whitecl`);
//! - `words`: the words of every name, the pinyin syllables and runs of 2–4 syllables —
//!   "is every query word in a name?";
//! - `name_grams`: characters and character pairs of the names' Han/kana/Hangul/Thai runs;
//! - `other`, `other_grams`: the same for summaries, addresses and tags.
//!
//! Each tier's question is asked on its own ([`SearchIndex::new_tier_candidates`]), best tier
//! first, so a list that fills its page from the first tiers never asks the costly later
//! ones (fuzzy automata, summaries and addresses).

use std::collections::HashMap;
use std::sync::Arc;

use guide_domain::catalogue::Place;
use guide_domain::search::{
    Analyzed, PreparedNames, Query, Tier, allowed_edits, analyze, cjk_grams, cjk_query_grams,
};
use tantivy::index::InvertedIndexReader;
use tantivy::indexer::NoMergePolicy;
use tantivy::postings::TermInfo;
use tantivy::query::FuzzyTermQuery;
use tantivy::schema::{FAST, Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::termdict::TermOrdinal;
use tantivy::{Index, IndexReader, ReloadPolicy, Searcher, TantivyDocument, Term};

/// Longest name start indexed in `starts`: a longer query looks up its first
/// `STARTS_MAX` characters, which finds a few places too many (the bound holds; `classify`
/// sorts them out) and keeps the index small.
const STARTS_MAX: usize = 10;

/// Up to this many places the index is built with one tantivy thread and two threads
/// preparing documents (analysis, pinyin, grams); beyond, the other way round. Two
/// threads in all: both cores of a small node at start-up (the index is built before the
/// node reports ready; on a reload, off the request path). One tantivy thread writes one
/// segment within the budget, where two wrote two to be merged: at 10,000 places
/// 0.29–0.38 s instead of 0.36–0.50 s (alternating starts, noisy). A larger catalogue
/// flushes several segments anyway and keeps two tantivy threads (100,000: 3.5–4.7 s
/// either way).
const ONE_SEGMENT_PLACES: usize = 25_000;

/// tantivy's indexing memory, shared by its threads (at least 15 MB each); freed once
/// built.
const WRITER_BUDGET: usize = 40_000_000;

/// A built index over one snapshot's places.
pub struct SearchIndex {
    reader: IndexReader,
    /// Per segment, the place index of each document: read once from the `ord` fast
    /// field, since a plain array is much cheaper per found document than the column
    /// (merging segments does not keep documents in the order they were added).
    segment_places: Vec<Box<[u32]>>,
    fields: DocFields,
    /// How many places were indexed (the size of every set of found places).
    places: usize,
    /// Per segment and field, the places of each common term (by term ordinal).
    dense: HashMap<(usize, Field), HashMap<TermOrdinal, PlaceSet>>,
}

/// A term in at least one place in this many keeps its places as a set beside its
/// postings: a common word, gram or syllable is in thousands of places, and ORing a set
/// is far cheaper than decoding thousands of postings for every query that asks for it.
/// A set is one bit per place, so at most 64 bits per place that has the term.
const DENSE_SHARE: usize = 64;

/// Adds `term` and a space to `to` (nothing for an empty term).
fn push_term(to: &mut String, term: &str) {
    if !term.is_empty() {
        to.push_str(term);
        to.push(' ');
    }
}

/// Adds `term` to `whole` and its starts to `starts`.
fn push_whole(whole: &mut String, starts: &mut String, term: &str) {
    push_term(whole, term);
    // Where each start of 1, 2, … characters ends, up to the whole term.
    let ends = term
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain([term.len()]);
    for end in ends.take(STARTS_MAX) {
        push_term(starts, &term[..end]);
    }
}

/// The first [`STARTS_MAX`] characters of `text`.
fn start_of(text: &str) -> &str {
    text.char_indices()
        .nth(STARTS_MAX)
        .map_or(text, |(end, _)| &text[..end])
}

/// Adds the words of `text` to `words` and its character grams to `grams`.
fn push_terms(text: &str, words: &mut String, grams: &mut String) {
    push_analyzed(&analyze(text), words, grams);
}

/// Adds the words of an analyzed text to `words` and its character grams to `grams`.
fn push_analyzed(a: &Analyzed, words: &mut String, grams: &mut String) {
    for w in &a.words {
        push_term(words, w);
    }
    for g in cjk_grams(&a.cjk) {
        push_term(grams, &g);
    }
}

/// The fields of a document, and how a place becomes one.
#[derive(Clone, Copy)]
struct DocFields {
    ord: Field,
    whole: Field,
    starts: Field,
    words: Field,
    name_grams: Field,
    other: Field,
    other_grams: Field,
}

impl DocFields {
    /// The text fields (every one but `ord`).
    fn texts(&self) -> [Field; 6] {
        [
            self.whole,
            self.starts,
            self.words,
            self.name_grams,
            self.other,
            self.other_grams,
        ]
    }

    /// The schema of the index and its fields.
    fn schema() -> (Schema, DocFields) {
        let mut schema = Schema::builder();
        let terms = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(IndexRecordOption::Basic),
        );
        let fields = DocFields {
            ord: schema.add_u64_field("ord", FAST),
            whole: schema.add_text_field("whole", terms.clone()),
            starts: schema.add_text_field("starts", terms.clone()),
            words: schema.add_text_field("words", terms.clone()),
            name_grams: schema.add_text_field("name_grams", terms.clone()),
            other: schema.add_text_field("other", terms.clone()),
            other_grams: schema.add_text_field("other_grams", terms),
        };
        (schema.build(), fields)
    }

    /// The document of place `i`.
    fn document(&self, i: usize, place: &Place) -> TantivyDocument {
        let (mut wh, mut st, mut w, mut g, mut ow, mut og) =
            <(String, String, String, String, String, String)>::default();
        let f = &place.facts;
        // Each name analyzed once for all the fields it feeds.
        let names = PreparedNames::new(&f.name_zh, &super::query::names(place));
        for a in names.analyzed() {
            push_whole(&mut wh, &mut st, &a.squashed);
            push_analyzed(a, &mut w, &mut g);
        }
        let p = names.pinyin();
        push_whole(&mut wh, &mut st, &p.joined);
        push_whole(&mut wh, &mut st, &p.initials);
        for term in p.syllables.iter().chain(&p.runs) {
            push_term(&mut w, term);
        }
        for (_, t) in place.texts.iter() {
            for text in [t.summary(), t.address()].into_iter().flatten() {
                push_terms(text, &mut ow, &mut og);
            }
        }
        if let Some(address) = &f.address_zh {
            push_terms(address, &mut ow, &mut og);
        }
        for tag in &f.tags {
            push_terms(tag, &mut ow, &mut og);
        }
        let mut doc = TantivyDocument::default();
        doc.add_u64(self.ord, i as u64);
        doc.add_text(self.whole, &wh);
        doc.add_text(self.starts, &st);
        doc.add_text(self.words, &w);
        doc.add_text(self.name_grams, &g);
        doc.add_text(self.other, &ow);
        doc.add_text(self.other_grams, &og);
        doc
    }
}

impl SearchIndex {
    /// Indexes `places`; document `i` is `places[i]`.
    pub fn build(places: &[Place]) -> tantivy::Result<SearchIndex> {
        let (schema, fields) = DocFields::schema();
        let index = Index::create_in_ram(schema);
        let (preparing_threads, indexing_threads) = if places.len() <= ONE_SEGMENT_PLACES {
            (2, 1)
        } else {
            (1, 2)
        };
        let mut writer =
            index.writer_with_num_threads::<TantivyDocument>(indexing_threads, WRITER_BUDGET)?;
        writer.set_merge_policy(Box::new(NoMergePolicy));
        // Each preparing thread turns its share of the places into documents.
        let share = places.len().div_ceil(preparing_threads).max(1);
        std::thread::scope(|scope| {
            let writer = &writer;
            let handles: Vec<_> = places
                .chunks(share)
                .enumerate()
                .map(|(chunk, places)| {
                    scope.spawn(move || -> tantivy::Result<()> {
                        for (j, place) in places.iter().enumerate() {
                            writer.add_document(fields.document(chunk * share + j, place))?;
                        }
                        Ok(())
                    })
                })
                .collect();
            handles
                .into_iter()
                .try_for_each(|h| h.join().expect("preparing search documents panicked"))
        })?;
        writer.commit()?;
        // One segment: every query walks each segment's term dictionary, so several
        // segments (one per thread and per flushed budget) would multiply its cost.
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        let reader: IndexReader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        let segment_places = reader
            .searcher()
            .segment_readers()
            .iter()
            .map(|segment| {
                let ord = segment.fast_fields().u64("ord")?;
                Ok((0..segment.max_doc())
                    .map(|doc| ord.first(doc).map_or(u32::MAX, |i| i as u32))
                    .collect())
            })
            .collect::<tantivy::Result<Vec<_>>>()?;
        let dense = dense_sets(&reader.searcher(), &segment_places, &fields, places.len())?;
        Ok(SearchIndex {
            reader,
            segment_places,
            fields,
            places: places.len(),
            dense,
        })
    }

    /// Bytes the index takes (it lives in memory, so this is memory): reported at start
    /// and as a metric, since it is much of a large catalogue's footprint.
    pub fn memory_bytes(&self) -> u64 {
        let sets: usize = self
            .dense
            .values()
            .flat_map(HashMap::values)
            .map(PlaceSet::bytes)
            .sum();
        let places: usize = self.segment_places.iter().map(|p| p.len() * 4).sum();
        self.reader
            .searcher()
            .space_usage()
            .map_or(0, |usage| usage.total().get_bytes())
            + (sets + places) as u64
    }

    /// Every place that may match `q` (as its index in the snapshot), with the best tier
    /// it can match at: `classify` gives that tier, a worse one, or no match. Unordered.
    /// (The list asks [`new_tier_candidates`](Self::new_tier_candidates) lazily instead;
    /// this is the same answer in one call.)
    pub fn candidates(&self, q: &Query) -> tantivy::Result<Vec<(u32, Tier)>> {
        let mut seen = PlaceSet::default();
        let mut found = Vec::new();
        for tier in Tier::ALL {
            let fresh = self.new_tier_candidates(q, tier, &mut seen)?;
            found.extend(fresh.iter().map(|i| (i, tier)));
        }
        Ok(found)
    }

    /// The places that may match `q` at `tier` (or worse) and are not in `seen` yet, which
    /// they are added to: asked best tier first, each place comes once, with the best tier
    /// whose clause found it.
    pub fn new_tier_candidates(
        &self,
        q: &Query,
        tier: Tier,
        seen: &mut PlaceSet,
    ) -> tantivy::Result<PlaceSet> {
        let searcher = self.reader.searcher();
        let mut found = PlaceSet::none(self.places);
        for clause in self.tier_clauses(q, tier) {
            self.add_places(&searcher, &clause, &mut found)?;
        }
        found.subtract(seen);
        seen.union_with(&found);
        Ok(found)
    }

    /// Adds to `set` the places whose documents satisfy `clause`. Evaluated over sets of
    /// places rather than as a tantivy query: a common word or gram finds a quarter of a
    /// city, and setting a bit per posting, then AND and OR a word at a time, is several
    /// times cheaper than tantivy's doc-at-a-time unions and a collector (no scores are
    /// wanted).
    fn add_places(
        &self,
        searcher: &Searcher,
        clause: &Clause,
        set: &mut PlaceSet,
    ) -> tantivy::Result<()> {
        match clause {
            Clause::Any(clauses) => {
                for c in clauses {
                    self.add_places(searcher, c, set)?;
                }
            }
            Clause::All(clauses) => {
                let mut every = PlaceSet::none(self.places);
                for (n, c) in clauses.iter().enumerate() {
                    let mut found = PlaceSet::none(self.places);
                    self.add_places(searcher, c, &mut found)?;
                    if n == 0 {
                        every = found;
                    } else {
                        every.intersect_with(&found);
                    }
                    if every.is_empty() {
                        return Ok(());
                    }
                }
                set.union_with(&every);
            }
            Clause::Terms(field, terms) => {
                for (segment, reader) in searcher.segment_readers().iter().enumerate() {
                    let field = SegmentField {
                        field: *field,
                        index: reader.inverted_index(*field)?,
                        places: &self.segment_places[segment],
                        dense: self.dense.get(&(segment, *field)),
                    };
                    field.add_places(terms, set)?;
                }
            }
        }
        Ok(())
    }

    /// Every gram of the query's unspaced run in `field` (nothing when there is no run).
    fn grams(field: Field, q: &Query) -> Vec<Clause> {
        if q.cjk().is_empty() {
            return Vec::new();
        }
        cjk_query_grams(q.cjk())
            .into_iter()
            .map(|g| Clause::is(field, g))
            .collect()
    }

    /// Every word in `field` (the last also as a start, each also within its allowed
    /// edits when `fuzzy`) and every gram in `grams`.
    fn all_words(q: &Query, field: Field, grams: Field, fuzzy: bool) -> Option<Clause> {
        let last = q.words().len().saturating_sub(1);
        let mut every: Vec<Clause> = q
            .words()
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let mut any = vec![Clause::is(field, w.clone())];
                if i == last {
                    any.push(Clause::Terms(field, Terms::Start(w.clone())));
                }
                let edits = allowed_edits(w.chars().count());
                if fuzzy && edits > 0 {
                    any.push(Clause::Terms(field, Terms::Near(w.clone(), edits)));
                }
                Clause::Any(any)
            })
            .collect();
        every.extend(Self::grams(grams, q));
        (!every.is_empty()).then_some(Clause::All(every))
    }

    /// The clauses of `tier`: every way `classify` can reach it.
    fn tier_clauses(&self, q: &Query, tier: Tier) -> Vec<Clause> {
        let f = &self.fields;
        let s = q.squashed();
        let edits = allowed_edits(s.chars().count());
        match tier {
            // A whole name, the pinyin joined or its initials.
            Tier::Exact => vec![Clause::is(f.whole, s)],
            Tier::Prefix => vec![Clause::is(f.starts, start_of(s))],
            // Every word in a name; or the query, spaces removed, is a run of pinyin
            // syllables (`zh outa`).
            Tier::Words => [
                Some(Clause::is(f.words, s)),
                Self::all_words(q, f.words, f.name_grams, false),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Tier::Fuzzy => [
                (!q.words().is_empty())
                    .then(|| Self::all_words(q, f.words, f.name_grams, true))
                    .flatten(),
                // The pinyin joined within the query's edits (Latin queries only).
                (edits > 0 && q.cjk().is_empty())
                    .then(|| Clause::Terms(f.whole, Terms::Near(s.to_owned(), edits))),
            ]
            .into_iter()
            .flatten()
            .collect(),
            Tier::Other => Self::all_words(q, f.other, f.other_grams, false)
                .into_iter()
                .collect(),
        }
    }
}

/// What a tier asks of the index.
enum Clause {
    /// Documents with one of these terms in the field.
    Terms(Field, Terms),
    /// Documents satisfying any of these.
    Any(Vec<Clause>),
    /// Documents satisfying every one of these.
    All(Vec<Clause>),
}

impl Clause {
    fn is(field: Field, text: impl Into<String>) -> Clause {
        Clause::Terms(field, Terms::Is(text.into()))
    }
}

/// Which terms of a field.
enum Terms {
    /// This one.
    Is(String),
    /// Those starting with this.
    Start(String),
    /// Those within this many edits of this (a transposition is one).
    Near(String, u8),
}

/// One field of one segment: its terms and postings, and the place of each document.
struct SegmentField<'a> {
    field: Field,
    index: Arc<InvertedIndexReader>,
    places: &'a [u32],
    dense: Option<&'a HashMap<TermOrdinal, PlaceSet>>,
}

impl SegmentField<'_> {
    /// Adds to `set` the places of the documents with any of `terms`.
    fn add_places(&self, terms: &Terms, set: &mut PlaceSet) -> tantivy::Result<()> {
        let dictionary = self.index.terms();
        match terms {
            Terms::Is(text) => {
                let bytes = text.as_bytes();
                let mut stream = dictionary.range().ge(bytes).le(bytes).into_stream()?;
                if stream.advance() {
                    self.add(stream.term_ord(), stream.value(), set)?;
                }
            }
            // Terms are in byte order: those starting with `text` follow it.
            Terms::Start(text) => {
                let mut stream = dictionary.range().ge(text.as_bytes()).into_stream()?;
                while stream.advance() && stream.key().starts_with(text.as_bytes()) {
                    self.add(stream.term_ord(), stream.value(), set)?;
                }
            }
            Terms::Near(text, edits) => {
                // tantivy's Levenshtein automaton (its builders are made once per process).
                let dfa =
                    FuzzyTermQuery::new(Term::from_field_text(self.field, text), *edits, true)
                        .automaton()?;
                let mut stream = dictionary.search(dfa).without_keys().into_stream()?;
                while stream.advance() {
                    self.add(stream.term_ord(), stream.value(), set)?;
                }
            }
        }
        Ok(())
    }

    /// Adds the places of the documents of a term to `set`.
    fn add(&self, ord: TermOrdinal, term: &TermInfo, set: &mut PlaceSet) -> std::io::Result<()> {
        if let Some(places) = self.dense.and_then(|dense| dense.get(&ord)) {
            set.union_with(places);
            return Ok(());
        }
        add_postings(&self.index, term, self.places, set)
    }
}

/// Adds to `set` the places of the documents of a term (`places` maps a segment's
/// documents to places).
fn add_postings(
    index: &InvertedIndexReader,
    term: &TermInfo,
    places: &[u32],
    set: &mut PlaceSet,
) -> std::io::Result<()> {
    let mut postings = index.read_block_postings_from_terminfo(term, IndexRecordOption::Basic)?;
    loop {
        let docs = postings.docs();
        if docs.is_empty() {
            return Ok(());
        }
        for &doc in docs {
            // Every document has its place; the marker of one without stays unfound.
            let place = places[doc as usize];
            if place != u32::MAX {
                set.add(place);
            }
        }
        postings.advance();
    }
}

/// The places of every common term (see [`DENSE_SHARE`]), per segment and field.
fn dense_sets(
    searcher: &Searcher,
    segment_places: &[Box<[u32]>],
    fields: &DocFields,
    places: usize,
) -> tantivy::Result<HashMap<(usize, Field), HashMap<TermOrdinal, PlaceSet>>> {
    let mut dense = HashMap::new();
    let common = (places / DENSE_SHARE).max(1) as u32;
    for (segment, reader) in searcher.segment_readers().iter().enumerate() {
        for field in fields.texts() {
            let index = reader.inverted_index(field)?;
            let mut sets = HashMap::new();
            let mut stream = index.terms().stream()?;
            while stream.advance() {
                if stream.value().doc_freq >= common {
                    let mut set = PlaceSet::none(places);
                    add_postings(&index, stream.value(), &segment_places[segment], &mut set)?;
                    sets.insert(stream.term_ord(), set);
                }
            }
            if !sets.is_empty() {
                dense.insert((segment, field), sets);
            }
        }
    }
    Ok(dense)
}

/// A set of places (by index in the snapshot), one bit each: what a tier found, and the
/// places found by a better one.
#[derive(Default, Clone)]
pub struct PlaceSet(Vec<u64>);

impl PlaceSet {
    /// No place of `0..places` (room for them all).
    pub fn none(places: usize) -> PlaceSet {
        PlaceSet(vec![0; places.div_ceil(64)])
    }

    /// Every place `0..places`.
    pub fn every(places: usize) -> PlaceSet {
        let mut words = vec![u64::MAX; places / 64];
        if !places.is_multiple_of(64) {
            words.push((1u64 << (places % 64)) - 1);
        }
        PlaceSet(words)
    }

    /// Marks place `i`, which must be below the size the set was made for (the cheap
    /// insert, for adding postings).
    fn add(&mut self, i: u32) {
        self.0[(i / 64) as usize] |= 1u64 << (i % 64);
    }

    /// Whether place `i` is in the set.
    pub fn contains(&self, i: u32) -> bool {
        self.0
            .get((i / 64) as usize)
            .is_some_and(|word| word & (1u64 << (i % 64)) != 0)
    }

    /// How many places are in the set.
    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Bytes the set takes.
    pub fn bytes(&self) -> usize {
        self.0.len() * 8
    }

    /// Whether the set has no place.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|w| *w == 0)
    }

    /// The places, in index order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().enumerate().flat_map(|(n, &word)| {
            let mut left = word;
            std::iter::from_fn(move || {
                (left != 0).then(|| {
                    let bit = left.trailing_zeros();
                    left &= left - 1;
                    n as u32 * 64 + bit
                })
            })
        })
    }

    /// Adds the places of `other`.
    pub fn union_with(&mut self, other: &PlaceSet) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    /// Keeps only the places also in `other`.
    pub fn intersect_with(&mut self, other: &PlaceSet) {
        self.0.truncate(other.0.len());
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= b;
        }
    }

    /// Removes the places of `other`.
    pub fn subtract(&mut self, other: &PlaceSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a &= !b;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use guide_domain::catalogue::{PlaceFacts, PlaceText};
    use guide_domain::search::{SearchDoc, classify};
    use guide_domain::{Confidence, District, Locale, PlaceKind, Texts};

    /// A place with the given names (and a Chinese address and a tag), nowhere.
    pub(crate) fn place(slug: &str, name_zh: &str, names: &[(Locale, &str)]) -> Place {
        let facts = PlaceFacts {
            id: slug.into(),
            slug: slug.into(),
            kind: PlaceKind::Attraction,
            district: District::Haizhu,
            name_zh: name_zh.into(),
            address_zh: Some("广州市海珠区阅江西路222号".into()),
            phone: None,
            location: None,
            hours: None,
            payments: vec![],
            friendliness: Default::default(),
            tax_refund: None,
            duty_free: None,
            night: false,
            tags: vec!["landmark".into()],
            interests: vec![],
            visit_minutes: None,
            confidence: Confidence::Confirmed,
            uncertain_fields: vec![],
            sources: vec![],
            as_of: None,
            updated_at: chrono::DateTime::UNIX_EPOCH,
            zones: vec![],
        };
        let texts: Texts<PlaceText> = names
            .iter()
            .map(|(l, n)| (*l, PlaceText::named(*n)))
            .collect();
        Place { facts, texts }
    }

    /// Sets of places: iteration in index order across word boundaries, the last partial
    /// word of `every`, and the operations a tier uses.
    #[test]
    fn place_sets_iterate_in_order_and_combine() {
        let set = |places: &[u32]| {
            let mut s = PlaceSet::none(130);
            for &i in places {
                s.add(i);
            }
            s
        };
        let every = PlaceSet::every(130);
        assert_eq!(every.len(), 130);
        assert_eq!(
            every.iter().collect::<Vec<_>>(),
            (0..130).collect::<Vec<_>>()
        );
        assert!(!every.contains(130));
        let mut a = set(&[0, 63, 64, 129]);
        assert_eq!(a.iter().collect::<Vec<_>>(), [0, 63, 64, 129]);
        assert!(a.contains(63) && !a.contains(62));
        a.intersect_with(&set(&[63, 64, 100]));
        assert_eq!(a.iter().collect::<Vec<_>>(), [63, 64]);
        a.union_with(&set(&[1]));
        a.subtract(&set(&[64]));
        assert_eq!(a.iter().collect::<Vec<_>>(), [1, 63]);
        // A set made smaller (the `seen` of a tier starts empty) grows to the larger.
        let mut seen = PlaceSet::default();
        seen.union_with(&a);
        assert_eq!(seen.iter().collect::<Vec<_>>(), [1, 63]);
        assert!(PlaceSet::none(130).is_empty() && !seen.is_empty());
    }

    /// The index finds every place `classify` accepts, for every query class, with a tier
    /// no worse than the one `classify` gives (the ranking relies on that bound).
    #[test]
    fn candidates_cover_every_match_classify_accepts_at_a_bound_tier() {
        let places = vec![
            place(
                "canton-tower",
                "广州塔",
                &[
                    (Locale::En, "Canton Tower"),
                    (Locale::Ja, "広州タワー"),
                    (Locale::Ko, "광저우 타워"),
                ],
            ),
            place(
                "shangxiajiu",
                "上下九步行街",
                &[
                    (Locale::En, "Shangxiajiu Pedestrian Street"),
                    (Locale::Ru, "Улица Шансяцзю"),
                ],
            ),
            place(
                "chen-clan",
                "陈家祠",
                &[
                    (Locale::En, "Chen Clan Academy"),
                    (Locale::Ar, "أكاديمية عشيرة تشن"),
                ],
            ),
        ];
        let index = SearchIndex::build(&places).unwrap();
        for text in [
            "广州塔",
            "广州 塔",
            "州塔",
            "上下九",
            "guangzhouta",
            "guangzhou ta",
            "gzt",
            "guangzh",
            "towr",
            "cantn towr",
            "can",
            "Tower",
            "タワー",
            "광저우타워",
            "шансяцзю",
            "تشن",
            "landmark",
            "阅江",
            "chenjiaci",
            "\"canton\"",
            "canton:tower",
            "zh outa",
            "guanzhouta",
            "towr cantn",
        ] {
            let q = Query::parse(text).unwrap().unwrap();
            let found = index.candidates(&q).unwrap();
            let mut expected = 0;
            for (i, p) in places.iter().enumerate() {
                let doc = SearchDoc {
                    name_zh: &p.facts.name_zh,
                    names: p.texts.iter().map(|(l, t)| (Some(l), t.name())).collect(),
                    summary: None,
                    address: None,
                    address_zh: p.facts.address_zh.as_deref(),
                    tags: &p.facts.tags,
                };
                if let Some(m) = classify(&q, &doc) {
                    expected += 1;
                    let bound = found.iter().find(|(c, _)| *c == i as u32).map(|(_, t)| *t);
                    assert!(
                        bound.is_some_and(|b| b <= m.tier),
                        "{text}: {} matches at {:?}, the index says {bound:?}",
                        p.facts.slug,
                        m.tier
                    );
                }
            }
            assert!(expected > 0, "{text} should match something");
        }
    }
}

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
//! Each tier's question is one constant-score clause, weighted 16, 8, 4, 2, 1 from
//! [`Tier::Exact`] to [`Tier::Other`]: every weight is larger than the sum of the weights
//! below it, so a place's score names the best clause it matched.

use guide_domain::catalogue::Place;
use guide_domain::search::{
    Analyzed, PreparedNames, Query, Tier, allowed_edits, analyze, cjk_grams, cjk_query_grams,
};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::indexer::NoMergePolicy;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query as TantivyQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{
    DocId, Index, IndexReader, ReloadPolicy, Score, SegmentReader, TantivyDocument, Term,
};

/// Longest name start indexed in `starts`: a longer query looks up its first
/// `STARTS_MAX` characters, which finds a few places too many (the bound holds; `classify`
/// sorts them out) and keeps the index small.
const STARTS_MAX: usize = 10;

/// Indexing threads: both cores of a small node at start-up (the index is built before
/// the node reports ready); on a reload it is built off the request path.
const WRITER_THREADS: usize = 2;

/// Indexing memory budget per thread (tantivy's minimum is 15 MB).
const WRITER_BUDGET_PER_THREAD: usize = 20_000_000;

/// The score of each tier's clause (see the module documentation).
const WEIGHTS: [(Tier, Score); 5] = [
    (Tier::Exact, 16.0),
    (Tier::Prefix, 8.0),
    (Tier::Words, 4.0),
    (Tier::Fuzzy, 2.0),
    (Tier::Other, 1.0),
];

/// The best tier a score allows.
fn tier_of(score: Score) -> Tier {
    WEIGHTS
        .iter()
        .find(|(_, weight)| score >= *weight)
        .map_or(Tier::Other, |(tier, _)| *tier)
}

fn weight(tier: Tier) -> Score {
    WEIGHTS
        .iter()
        .find(|(t, _)| *t == tier)
        .map_or(1.0, |(_, w)| *w)
}

/// A built index over one snapshot's places.
pub struct SearchIndex {
    reader: IndexReader,
    whole: Field,
    starts: Field,
    words: Field,
    name_grams: Field,
    other: Field,
    other_grams: Field,
}

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

impl SearchIndex {
    /// Indexes `places`; document `i` is `places[i]`.
    pub fn build(places: &[Place]) -> tantivy::Result<SearchIndex> {
        let mut schema = Schema::builder();
        let terms = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("whitespace")
                .set_index_option(IndexRecordOption::Basic),
        );
        let ord = schema.add_u64_field("ord", FAST | STORED);
        let whole = schema.add_text_field("whole", terms.clone());
        let starts = schema.add_text_field("starts", terms.clone());
        let words = schema.add_text_field("words", terms.clone());
        let name_grams = schema.add_text_field("name_grams", terms.clone());
        let other = schema.add_text_field("other", terms.clone());
        let other_grams = schema.add_text_field("other_grams", terms);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(
            WRITER_THREADS,
            WRITER_THREADS * WRITER_BUDGET_PER_THREAD,
        )?;
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let (mut wh, mut st, mut w, mut g, mut ow, mut og): (
            String,
            String,
            String,
            String,
            String,
            String,
        ) = Default::default();
        for (i, place) in places.iter().enumerate() {
            for s in [&mut wh, &mut st, &mut w, &mut g, &mut ow, &mut og] {
                s.clear();
            }
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
                for text in [&t.summary, &t.address].into_iter().flatten() {
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
            doc.add_u64(ord, i as u64);
            doc.add_text(whole, &wh);
            doc.add_text(starts, &st);
            doc.add_text(words, &w);
            doc.add_text(name_grams, &g);
            doc.add_text(other, &ow);
            doc.add_text(other_grams, &og);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        // One segment: every query walks each segment's term dictionary, so several
        // segments (one per thread and per flushed budget) would multiply its cost.
        let segments = index.searchable_segment_ids()?;
        if segments.len() > 1 {
            writer.merge(&segments).wait()?;
        }
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            whole,
            starts,
            words,
            name_grams,
            other,
            other_grams,
        })
    }

    /// Bytes the index takes (it lives in memory, so this is memory): reported at start
    /// and as a metric, since it is much of a large catalogue's footprint.
    pub fn memory_bytes(&self) -> u64 {
        self.reader
            .searcher()
            .space_usage()
            .map_or(0, |usage| usage.total().get_bytes())
    }

    /// Every place that may match `q` (as its index in the snapshot), with the best tier
    /// it can match at: `classify` gives that tier, a worse one, or no match. Unordered.
    pub fn candidates(&self, q: &Query) -> tantivy::Result<Vec<(u32, Tier)>> {
        let found = self.reader.searcher().search(&self.query(q), &AllMatches)?;
        Ok(found
            .into_iter()
            .map(|(ord, score)| (ord, tier_of(score)))
            .collect())
    }

    fn term(&self, field: Field, text: &str) -> Box<dyn TantivyQuery> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, text),
            IndexRecordOption::Basic,
        ))
    }

    fn prefix(&self, field: Field, text: &str) -> Box<dyn TantivyQuery> {
        Box::new(FuzzyTermQuery::new_prefix(
            Term::from_field_text(field, text),
            0,
            true,
        ))
    }

    fn fuzzy(&self, field: Field, text: &str, edits: u8) -> Box<dyn TantivyQuery> {
        Box::new(FuzzyTermQuery::new(
            Term::from_field_text(field, text),
            edits,
            true,
        ))
    }

    /// Every gram of the query's unspaced run in `field` (nothing when there is no run).
    fn grams(&self, field: Field, q: &Query) -> Vec<(Occur, Box<dyn TantivyQuery>)> {
        if q.cjk().is_empty() {
            return Vec::new();
        }
        cjk_query_grams(q.cjk())
            .iter()
            .map(|g| (Occur::Must, self.term(field, g)))
            .collect()
    }

    /// Every word in `field` (the last also as a start, each also within its allowed
    /// edits when `fuzzy`) and every gram in `grams`.
    fn all_words(
        &self,
        q: &Query,
        field: Field,
        grams: Field,
        fuzzy: bool,
    ) -> Option<Box<dyn TantivyQuery>> {
        let last = q.words().len().saturating_sub(1);
        let mut must: Vec<(Occur, Box<dyn TantivyQuery>)> = q
            .words()
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let mut any = vec![(Occur::Should, self.term(field, w))];
                if i == last {
                    any.push((Occur::Should, self.prefix(field, w)));
                }
                let edits = allowed_edits(w.chars().count());
                if fuzzy && edits > 0 {
                    any.push((Occur::Should, self.fuzzy(field, w, edits)));
                }
                (
                    Occur::Must,
                    Box::new(BooleanQuery::new(any)) as Box<dyn TantivyQuery>,
                )
            })
            .collect();
        must.extend(self.grams(grams, q));
        (!must.is_empty()).then(|| Box::new(BooleanQuery::new(must)) as Box<dyn TantivyQuery>)
    }

    /// One constant-score clause per tier; each holds every way `classify` can reach it.
    fn query(&self, q: &Query) -> BooleanQuery {
        let s = q.squashed();
        let edits = allowed_edits(s.chars().count());
        let mut tiers: Vec<(Tier, Vec<Box<dyn TantivyQuery>>)> = vec![
            // A whole name, the pinyin joined or its initials.
            (Tier::Exact, vec![self.term(self.whole, s)]),
            (Tier::Prefix, vec![self.term(self.starts, start_of(s))]),
            // Every word in a name; or the query, spaces removed, is a run of pinyin
            // syllables (`zh outa`).
            (Tier::Words, vec![self.term(self.words, s)]),
            (Tier::Fuzzy, Vec::new()),
            (Tier::Other, Vec::new()),
        ];
        let mut add = |tier: Tier, query: Option<Box<dyn TantivyQuery>>| {
            if let (Some(query), Some((_, clauses))) =
                (query, tiers.iter_mut().find(|(t, _)| *t == tier))
            {
                clauses.push(query);
            }
        };
        add(
            Tier::Words,
            self.all_words(q, self.words, self.name_grams, false),
        );
        if !q.words().is_empty() {
            add(
                Tier::Fuzzy,
                self.all_words(q, self.words, self.name_grams, true),
            );
        }
        // The pinyin joined within the query's edits (Latin queries only).
        if edits > 0 && q.cjk().is_empty() {
            add(Tier::Fuzzy, Some(self.fuzzy(self.whole, s, edits)));
        }
        add(
            Tier::Other,
            self.all_words(q, self.other, self.other_grams, false),
        );
        BooleanQuery::new(
            tiers
                .into_iter()
                .filter(|(_, clauses)| !clauses.is_empty())
                .map(|(tier, clauses)| {
                    let any = BooleanQuery::new(
                        clauses.into_iter().map(|c| (Occur::Should, c)).collect(),
                    );
                    (
                        Occur::Should,
                        Box::new(ConstScoreQuery::new(Box::new(any), weight(tier)))
                            as Box<dyn TantivyQuery>,
                    )
                })
                .collect(),
        )
    }
}

/// Collects every matching document as (place index, score): the ranking needs all of
/// them, and a place's score only says which tier clauses it matched.
struct AllMatches;

struct SegmentMatches {
    ord: Column<u64>,
    found: Vec<(u32, Score)>,
}

impl Collector for AllMatches {
    type Fruit = Vec<(u32, Score)>;
    type Child = SegmentMatches;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<SegmentMatches> {
        Ok(SegmentMatches {
            ord: segment.fast_fields().u64("ord")?,
            found: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, segments: Vec<Vec<(u32, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(segments.concat())
    }
}

impl SegmentCollector for SegmentMatches {
    type Fruit = Vec<(u32, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(ord) = self.ord.first(doc) {
            self.found.push((ord as u32, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.found
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
            .map(|(l, n)| {
                (
                    *l,
                    PlaceText {
                        name: (*n).into(),
                        ..Default::default()
                    },
                )
            })
            .collect();
        Place { facts, texts }
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
                    names: p
                        .texts
                        .iter()
                        .map(|(l, t)| (Some(l), t.name.as_str()))
                        .collect(),
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

//! The search index of a snapshot: finds the places that may match a query, fast, among
//! thousands (tantivy, in RAM). It only finds candidates; `guide_domain::search::classify`
//! decides whether each one matches and how well, exactly as the app core does offline,
//! so both give the same answers.
//!
//! Every term in the index comes from `guide_domain::search` (the same folding, the same
//! character grams, the same pinyin), written space-separated and read back by tantivy's
//! whitespace tokenizer: there is one analysis, not one per side. Four fields:
//! - `names`: the words of every name in every language and of the Chinese name, each
//!   name squashed to one term (`cantontower`, `广州塔`), and the pinyin forms;
//! - `name_grams`: character grams of the names' Han/kana/Hangul/Thai runs;
//! - `other`, `other_grams`: the same for summaries, addresses and tags.
//!
//! The query asks for the union of what each [`Tier`](guide_domain::search::Tier) needs —
//! the squashed query as a whole name or a name's start, every word (the last one also as
//! a start), every word within its allowed edits, every character pair — so that every
//! place `classify` would accept is a candidate. Tiers are weighted so that, when more
//! places match than [`MAX_CANDIDATES`], the best are kept.

use guide_domain::catalogue::Place;
use guide_domain::search::{
    PreparedNames, Query, allowed_edits, analyze, cjk_grams, cjk_query_grams,
};
use tantivy::collector::TopDocs;
use tantivy::query::{
    BooleanQuery, ConstScoreQuery, FuzzyTermQuery, Occur, Query as TantivyQuery, TermQuery,
};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument, Term};

/// Most candidates a query returns (best first); the lists a visitor reads are far shorter.
pub const MAX_CANDIDATES: usize = 500;

/// Indexing memory budget (tantivy's minimum per thread is 15 MB).
const WRITER_BUDGET: usize = 20_000_000;

/// A built index over one snapshot's places.
pub struct SearchIndex {
    reader: IndexReader,
    names: Field,
    name_grams: Field,
    other: Field,
    other_grams: Field,
    /// Each place's names analyzed once, for `classify_prepared` (index = place index).
    prepared: Vec<PreparedNames>,
}

/// Adds the index terms of `text` to `words` (words and the squashed form) and `grams`.
fn push_terms(text: &str, words: &mut String, grams: &mut String, squashed_too: bool) {
    let a = analyze(text);
    for w in &a.words {
        words.push_str(w);
        words.push(' ');
    }
    if squashed_too && !a.squashed.is_empty() {
        words.push_str(&a.squashed);
        words.push(' ');
    }
    for g in cjk_grams(&a.cjk) {
        grams.push_str(&g);
        grams.push(' ');
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
        let names = schema.add_text_field("names", terms.clone());
        let name_grams = schema.add_text_field("name_grams", terms.clone());
        let other = schema.add_text_field("other", terms.clone());
        let other_grams = schema.add_text_field("other_grams", terms);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, WRITER_BUDGET)?;
        let (mut w, mut g, mut ow, mut og) =
            (String::new(), String::new(), String::new(), String::new());
        let mut prepared = Vec::with_capacity(places.len());
        for (i, place) in places.iter().enumerate() {
            for s in [&mut w, &mut g, &mut ow, &mut og] {
                s.clear();
            }
            let f = &place.facts;
            push_terms(&f.name_zh, &mut w, &mut g, true);
            for (_, t) in place.texts.iter() {
                push_terms(&t.name, &mut w, &mut g, true);
                for text in [&t.summary, &t.address].into_iter().flatten() {
                    push_terms(text, &mut ow, &mut og, false);
                }
            }
            prepared.push(PreparedNames::new(&f.name_zh, &super::query::names(place)));
            let p = prepared[i].pinyin();
            for term in p
                .syllables
                .iter()
                .chain(&p.runs)
                .chain([&p.joined, &p.initials])
            {
                if !term.is_empty() {
                    w.push_str(term);
                    w.push(' ');
                }
            }
            if let Some(address) = &f.address_zh {
                push_terms(address, &mut ow, &mut og, false);
            }
            for tag in &f.tags {
                push_terms(tag, &mut ow, &mut og, false);
            }
            let mut doc = TantivyDocument::default();
            doc.add_u64(ord, i as u64);
            doc.add_text(names, &w);
            doc.add_text(name_grams, &g);
            doc.add_text(other, &ow);
            doc.add_text(other_grams, &og);
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(SearchIndex {
            reader,
            names,
            name_grams,
            other,
            other_grams,
            prepared,
        })
    }

    /// Place `i`'s names, analyzed.
    pub fn prepared(&self, i: u32) -> &PreparedNames {
        &self.prepared[i as usize]
    }

    /// Indices of the places that may match `q`, best first, at most [`MAX_CANDIDATES`].
    pub fn candidates(&self, q: &Query) -> tantivy::Result<Vec<u32>> {
        let query = self.query(q);
        let searcher = self.reader.searcher();
        let top = searcher.search(
            &query,
            &TopDocs::with_limit(MAX_CANDIDATES).order_by_score(),
        )?;
        let mut out = Vec::with_capacity(top.len());
        for (_, address) in top {
            let column = searcher
                .segment_reader(address.segment_ord)
                .fast_fields()
                .u64("ord")?;
            if let Some(ord) = column.first(address.doc_id) {
                out.push(ord as u32);
            }
        }
        Ok(out)
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

    /// Every word in `field` (the last also as a start, each also within `fuzzy` edits
    /// when asked) and every gram in `grams`.
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

    fn query(&self, q: &Query) -> BooleanQuery {
        let s = q.squashed();
        let edits = allowed_edits(s.chars().count());
        let weighted =
            |score: f32, query: Box<dyn TantivyQuery>| -> (Occur, Box<dyn TantivyQuery>) {
                (Occur::Should, Box::new(ConstScoreQuery::new(query, score)))
            };
        let mut any = vec![
            weighted(16.0, self.term(self.names, s)),
            weighted(8.0, self.prefix(self.names, s)),
        ];
        if edits > 0 && q.cjk().is_empty() {
            any.push(weighted(1.0, self.fuzzy(self.names, s, edits)));
        }
        if let Some(words) = self.all_words(q, self.names, self.name_grams, false) {
            any.push(weighted(4.0, words));
        }
        if !q.words().is_empty()
            && let Some(fuzzy) = self.all_words(q, self.names, self.name_grams, true)
        {
            any.push(weighted(2.0, fuzzy));
        }
        if let Some(other) = self.all_words(q, self.other, self.other_grams, false) {
            any.push(weighted(0.5, other));
        }
        BooleanQuery::new(any)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_domain::catalogue::{PlaceFacts, PlaceText};
    use guide_domain::search::{SearchDoc, classify};
    use guide_domain::{Confidence, District, Locale, PlaceKind, Texts};

    fn place(slug: &str, name_zh: &str, names: &[(Locale, &str)]) -> Place {
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

    /// The index finds every place `classify` accepts, for every query class.
    #[test]
    fn candidates_cover_every_match_classify_accepts() {
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
                if classify(&q, &doc).is_some() {
                    expected += 1;
                    assert!(
                        found.contains(&(i as u32)),
                        "{text}: {} not a candidate ({found:?})",
                        p.facts.slug
                    );
                }
            }
            assert!(expected > 0, "{text} should match something");
        }
    }
}

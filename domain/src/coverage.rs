//! How much of what a visitor acts on the catalogue actually knows (issue 9, point 7):
//! per place kind, how many places have coordinates (exact or approximate), opening hours,
//! payment methods, foreigner-friendliness, tax-refund or duty-free details, public
//! sources (and whether each fact has a dated one), and uncertain marks; per locale, how
//! many places have their own name and summary.
//!
//! The figures are written as flat `key: value` pairs (`all.hours`, `kind.mall.payments`,
//! `locale.ja.summary`); `seeds/coverage-floors.yaml` commits them as floors, and a test
//! fails when a change lowers one, so coverage only goes up. Counts of doubt
//! (`located_approximate`, `uncertain`, `uncertain_fields`) are reported but never floored:
//! resolving a doubt lowers them and honestly flagging one raises them, and neither should
//! fail a build.

use std::collections::BTreeMap;
use std::fmt;

use crate::catalogue::Place;
use crate::locale::Locale;
use crate::place::Friendliness;
use crate::source::Source;
use crate::vocab::{Fact, PlaceKind};

const FLOORS_HEADER: &str = "\
# Coverage floors of the seeded places (issue 9): a test loads seeds/ into a fresh database
# and fails when a figure falls below its floor here, so coverage only goes up.
# Written by `guide-server seed --dir seeds --report=floors`. Raise the floors whenever the
# data improves; lower one only on purpose (a place closed), saying why in the commit.
# Keys: all.*, kind.<kind>.*, locale.<tag>.* (see domain/src/coverage.rs).
";

/// Counts over a set of places (all of them, or those of one kind).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Places counted.
    pub places: u32,
    /// With coordinates, exact or approximate.
    pub located: u32,
    /// With coordinates taken from a source.
    pub located_exact: u32,
    /// With estimated coordinates (good to about 1 km). Reported, not floored.
    pub located_approximate: u32,
    /// With opening hours.
    pub hours: u32,
    /// With opening hours backed by a dated public source.
    pub hours_sourced: u32,
    /// With at least one payment method.
    pub payments: u32,
    /// With payment methods backed by a dated public source.
    pub payments_sourced: u32,
    /// With at least one foreigner-friendliness attribute.
    pub friendliness: u32,
    /// With friendliness backed by a dated public source.
    pub friendliness_sourced: u32,
    /// With tax-refund or duty-free details.
    pub tax_refund: u32,
    /// With every tax-refund and duty-free detail backed by a dated public source.
    pub tax_refund_sourced: u32,
    /// Citing at least one public page.
    pub sourced: u32,
    /// Citing at least one public page with the date it was read.
    pub sourced_dated: u32,
    /// Shown with "verify before travel" (see `PlaceFacts::needs_verification`).
    /// Reported, not floored.
    pub uncertain: u32,
    /// With fields a source leaves in doubt (`uncertain_fields`). Reported, not floored.
    pub uncertain_fields: u32,
}

/// One figure of [`Counts`]: its key, how to read it, and whether it is floored.
struct Metric {
    key: &'static str,
    get: fn(&Counts) -> u32,
    floored: bool,
}

const METRICS: [Metric; 16] = [
    Metric {
        key: "places",
        get: |c| c.places,
        floored: true,
    },
    Metric {
        key: "located",
        get: |c| c.located,
        floored: true,
    },
    Metric {
        key: "located_exact",
        get: |c| c.located_exact,
        floored: true,
    },
    Metric {
        key: "located_approximate",
        get: |c| c.located_approximate,
        floored: false,
    },
    Metric {
        key: "hours",
        get: |c| c.hours,
        floored: true,
    },
    Metric {
        key: "hours_sourced",
        get: |c| c.hours_sourced,
        floored: true,
    },
    Metric {
        key: "payments",
        get: |c| c.payments,
        floored: true,
    },
    Metric {
        key: "payments_sourced",
        get: |c| c.payments_sourced,
        floored: true,
    },
    Metric {
        key: "friendliness",
        get: |c| c.friendliness,
        floored: true,
    },
    Metric {
        key: "friendliness_sourced",
        get: |c| c.friendliness_sourced,
        floored: true,
    },
    Metric {
        key: "tax_refund",
        get: |c| c.tax_refund,
        floored: true,
    },
    Metric {
        key: "tax_refund_sourced",
        get: |c| c.tax_refund_sourced,
        floored: true,
    },
    Metric {
        key: "sourced",
        get: |c| c.sourced,
        floored: true,
    },
    Metric {
        key: "sourced_dated",
        get: |c| c.sourced_dated,
        floored: true,
    },
    Metric {
        key: "uncertain",
        get: |c| c.uncertain,
        floored: false,
    },
    Metric {
        key: "uncertain_fields",
        get: |c| c.uncertain_fields,
        floored: false,
    },
];

/// Texts of one locale.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LocaleCounts {
    /// Places with a name of their own in this locale (not a fallback).
    pub named: u32,
    /// Places with a summary of their own in this locale.
    pub summary: u32,
}

/// The coverage of a catalogue's places.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    /// Over every place.
    pub all: Counts,
    /// Per kind; every kind is present, with zeros when it has no place.
    pub by_kind: BTreeMap<PlaceKind, Counts>,
    /// Per supported locale; every locale is present.
    pub by_locale: BTreeMap<Locale, LocaleCounts>,
}

/// Whether a dated public page among `sources` supports `fact`.
fn dated_source_for(sources: &[Source], fact: Fact) -> bool {
    sources
        .iter()
        .any(|s| s.is_public() && s.as_of.is_some() && s.supports(fact))
}

impl Counts {
    fn add(&mut self, place: &Place) {
        let facts = &place.facts;
        let sourced = |fact| dated_source_for(&facts.sources, fact);
        let count = |yes: bool| u32::from(yes);
        self.places += 1;
        self.located += count(facts.location.is_some());
        self.located_exact += count(facts.location.is_some_and(|l| !l.approximate));
        self.located_approximate += count(facts.location.is_some_and(|l| l.approximate));
        self.hours += count(facts.hours.is_some());
        self.hours_sourced += count(facts.hours.is_some() && sourced(Fact::Hours));
        self.payments += count(!facts.payments.is_empty());
        self.payments_sourced += count(!facts.payments.is_empty() && sourced(Fact::Payments));
        let friendly = facts.friendliness != Friendliness::default();
        self.friendliness += count(friendly);
        self.friendliness_sourced += count(friendly && sourced(Fact::Friendliness));
        let refund = facts.tax_refund.is_some();
        let duty_free = facts.duty_free.is_some();
        self.tax_refund += count(refund || duty_free);
        self.tax_refund_sourced += count(
            (refund || duty_free)
                && (!refund || sourced(Fact::TaxRefund))
                && (!duty_free || sourced(Fact::DutyFree)),
        );
        self.sourced += count(facts.sources.iter().any(Source::is_public));
        self.sourced_dated += count(
            facts
                .sources
                .iter()
                .any(|s| s.is_public() && s.as_of.is_some()),
        );
        self.uncertain += count(facts.needs_verification());
        self.uncertain_fields += count(!facts.uncertain_fields.is_empty());
    }
}

/// Computes the coverage of `places`.
pub fn coverage(places: &[Place]) -> Coverage {
    let mut out = Coverage {
        all: Counts::default(),
        by_kind: PlaceKind::ALL
            .iter()
            .map(|k| (*k, Counts::default()))
            .collect(),
        by_locale: Locale::ALL
            .iter()
            .map(|l| (*l, LocaleCounts::default()))
            .collect(),
    };
    for place in places {
        out.all.add(place);
        out.by_kind.entry(place.facts.kind).or_default().add(place);
        for (locale, text) in place.texts.iter() {
            let counts = out.by_locale.entry(locale).or_default();
            counts.named += u32::from(!text.name().trim().is_empty());
            counts.summary += u32::from(text.summary().is_some_and(|s| !s.trim().is_empty()));
        }
    }
    out
}

/// A floored figure that fell below its floor, or a floor that names no figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shortfall {
    /// The figure's key (`kind.attraction.hours`).
    pub key: String,
    /// Its floor.
    pub floor: u32,
    /// Its value now; `None` when no floored figure has that key.
    pub value: Option<u32>,
}

impl fmt::Display for Shortfall {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.value {
            Some(value) => write!(
                f,
                "{} is {value}, below its floor of {}",
                self.key, self.floor
            ),
            None => write!(f, "{} is not a floored coverage figure", self.key),
        }
    }
}

impl Coverage {
    /// Every figure that has a floor, as `(key, value)` in report order: `all.*`, then
    /// `kind.<kind>.*`, then `locale.<tag>.*`.
    pub fn floored_figures(&self) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        let mut counts = |prefix: &str, c: &Counts| {
            for m in METRICS.iter().filter(|m| m.floored) {
                out.push((format!("{prefix}.{}", m.key), (m.get)(c)));
            }
        };
        counts("all", &self.all);
        for (kind, c) in &self.by_kind {
            counts(&format!("kind.{kind}"), c);
        }
        for (locale, c) in &self.by_locale {
            let tag = locale.tag();
            out.push((format!("locale.{tag}.named"), c.named));
            out.push((format!("locale.{tag}.summary"), c.summary));
        }
        out
    }

    /// The floors that this coverage does not reach, and floors naming no figure.
    pub fn shortfalls(&self, floors: &BTreeMap<String, u32>) -> Vec<Shortfall> {
        let figures: BTreeMap<String, u32> = self.floored_figures().into_iter().collect();
        floors
            .iter()
            .filter_map(|(key, floor)| {
                let value = figures.get(key).copied();
                (value.is_none_or(|v| v < *floor)).then(|| Shortfall {
                    key: key.clone(),
                    floor: *floor,
                    value,
                })
            })
            .collect()
    }

    /// The floored figures as a YAML file of `key: value` lines (the form of
    /// `seeds/coverage-floors.yaml`), after a comment saying what they are.
    pub fn floors_yaml(&self) -> String {
        let mut out = String::from(FLOORS_HEADER);
        for (key, value) in self.floored_figures() {
            out.push_str(&format!("{key}: {value}\n"));
        }
        out
    }
}

/// Reads a floors file written by [`Coverage::floors_yaml`]: `key: value` lines, blank
/// lines and `#` comments. An error names the line that is not of that form.
pub fn parse_floors(text: &str) -> Result<BTreeMap<String, u32>, String> {
    let mut floors = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let parsed = line
            .split_once(':')
            .and_then(|(key, value)| Some((key.trim(), value.trim().parse::<u32>().ok()?)))
            .filter(|(key, _)| !key.is_empty());
        match parsed {
            Some((key, value)) => {
                if floors.insert(key.to_owned(), value).is_some() {
                    return Err(format!("line {}: `{key}` appears twice", n + 1));
                }
            }
            None => {
                return Err(format!(
                    "line {}: expected `key: number`, found `{line}`",
                    n + 1
                ));
            }
        }
    }
    Ok(floors)
}

/// A table for people: one row per kind and a total, then one row per locale.
impl fmt::Display for Coverage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const HEAD: [&str; 16] = [
            "places", "loc", "exact", "approx", "hours", "h.src", "pay", "p.src", "friend",
            "f.src", "refund", "r.src", "src", "dated", "verify", "unc.f",
        ];
        write!(f, "{:<17}", "kind")?;
        for h in HEAD {
            write!(f, "{h:>7}")?;
        }
        writeln!(f)?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            write!(f, "{name:<17}")?;
            for m in &METRICS {
                write!(f, "{:>7}", (m.get)(c))?;
            }
            writeln!(f)
        };
        for (kind, c) in &self.by_kind {
            row(f, kind.as_str(), c)?;
        }
        row(f, "all", &self.all)?;
        writeln!(
            f,
            "(loc: any coordinates; *.src: backed by a dated public source; verify: shown with \
             \"verify before travel\"; unc.f: with uncertain fields)"
        )?;
        writeln!(f)?;
        writeln!(f, "{:<17}{:>7}{:>9}", "locale", "named", "summary")?;
        for (locale, c) in &self.by_locale {
            writeln!(f, "{:<17}{:>7}{:>9}", locale.tag(), c.named, c.summary)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Utc};

    use super::*;
    use crate::catalogue::{HoursInfo, PlaceFacts, PlaceText, PlaceTextFields};
    use crate::place::{Location, PaymentInfo, TaxRefundInfo};
    use crate::vocab::{Confidence, District, PaymentMethod};
    use crate::{Hours, Texts};

    fn place(kind: PlaceKind) -> Place {
        let mut texts = Texts::new();
        texts.insert(
            Locale::En,
            PlaceTextFields {
                name: "A place".into(),
                summary: Some("Worth a look.".into()),
                ..PlaceTextFields::default()
            }
            .into(),
        );
        texts.insert(Locale::Ja, PlaceText::named("場所"));
        Place {
            facts: PlaceFacts {
                id: "0".into(),
                slug: "a-place".into(),
                kind,
                district: District::Yuexiu,
                name_zh: "地方".into(),
                address_zh: None,
                phone: None,
                location: None,
                hours: None,
                payments: Vec::new(),
                friendliness: Friendliness::default(),
                tax_refund: None,
                duty_free: None,
                night: false,
                tags: Vec::new(),
                interests: Vec::new(),
                visit_minutes: None,
                confidence: Confidence::Confirmed,
                uncertain_fields: Vec::new(),
                sources: Vec::new(),
                as_of: None,
                updated_at: Utc::now(),
                zones: Vec::new(),
            },
            texts,
        }
    }

    fn source(url: &str, as_of: Option<NaiveDate>, facts: Vec<Fact>) -> Source {
        Source {
            url: url.into(),
            title: None,
            as_of,
            facts,
        }
    }

    fn day() -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2026, 12, 5)
    }

    #[test]
    fn counts_each_fact_and_whether_a_dated_page_backs_it() {
        let bare = place(PlaceKind::Mall);
        let mut known = place(PlaceKind::Attraction);
        known.facts.location = Some(Location {
            lat: 23.1,
            lng: 113.3,
            approximate: false,
        });
        known.facts.hours = Some(HoursInfo {
            hours: Hours::parse("Tu-Su 09:00-17:00; Mo off").unwrap(),
            confidence: Confidence::Confirmed,
        });
        known.facts.payments = vec![PaymentInfo {
            method: PaymentMethod::Cash,
            confidence: Confidence::Confirmed,
            verified_at: None,
        }];
        known.facts.sources = vec![
            source("https://museum.example/visit", day(), vec![Fact::Hours]),
            // Undated, and not a page: neither backs the payments.
            source("https://guide.example/", None, vec![]),
            source("facts/places.md#1", day(), vec![]),
        ];
        let c = coverage(&[bare, known]);
        assert_eq!(c.all.places, 2);
        assert_eq!(
            (
                c.all.located,
                c.all.located_exact,
                c.all.located_approximate
            ),
            (1, 1, 0)
        );
        assert_eq!((c.all.hours, c.all.hours_sourced), (1, 1));
        assert_eq!((c.all.payments, c.all.payments_sourced), (1, 0));
        assert_eq!((c.all.sourced, c.all.sourced_dated), (1, 1));
        assert_eq!(c.by_kind[&PlaceKind::Attraction].hours, 1);
        assert_eq!(c.by_kind[&PlaceKind::Mall].places, 1);
        assert_eq!(
            c.by_kind[&PlaceKind::Market].places,
            0,
            "every kind is listed"
        );
        assert_eq!(
            c.by_locale[&Locale::En],
            LocaleCounts {
                named: 2,
                summary: 2
            }
        );
        assert_eq!(
            c.by_locale[&Locale::Ja],
            LocaleCounts {
                named: 2,
                summary: 0
            }
        );
        assert_eq!(c.by_locale[&Locale::Ms], LocaleCounts::default());
    }

    #[test]
    fn a_general_dated_source_backs_every_fact_and_both_refund_facts_must_be_backed() {
        let mut p = place(PlaceKind::DutyFreeShop);
        p.facts.tax_refund = Some(TaxRefundInfo {
            store: true,
            instant: false,
            confidence: Confidence::Confirmed,
        });
        p.facts.duty_free = Some(crate::place::DutyFreeInfo {
            operator: "cdf".into(),
            rules: None,
            confidence: Confidence::Confirmed,
        });
        p.facts.sources = vec![source("https://a.example", day(), vec![Fact::TaxRefund])];
        assert_eq!(coverage(std::slice::from_ref(&p)).all.tax_refund_sourced, 0);
        p.facts
            .sources
            .push(source("https://b.example", day(), vec![]));
        assert_eq!(coverage(&[p]).all.tax_refund_sourced, 1);
    }

    #[test]
    fn doubt_is_reported_but_never_floored() {
        let mut p = place(PlaceKind::Market);
        p.facts.location = Some(Location {
            lat: 23.1,
            lng: 113.3,
            approximate: true,
        });
        p.facts.uncertain_fields = vec!["address".into()];
        let c = coverage(&[p]);
        assert_eq!(
            (
                c.all.located_approximate,
                c.all.uncertain,
                c.all.uncertain_fields
            ),
            (1, 1, 1)
        );
        let keys: Vec<String> = c.floored_figures().into_iter().map(|(k, _)| k).collect();
        assert!(keys.contains(&"kind.market.located".to_owned()));
        assert!(keys.contains(&"locale.ja.summary".to_owned()));
        assert!(
            !keys
                .iter()
                .any(|k| k.ends_with("approximate") || k.contains("uncertain"))
        );
    }

    #[test]
    fn a_figure_below_its_floor_or_an_unknown_floor_is_a_shortfall() {
        let c = coverage(&[place(PlaceKind::Shop)]);
        let mut floors: BTreeMap<String, u32> = c.floored_figures().into_iter().collect();
        assert!(
            c.shortfalls(&floors).is_empty(),
            "the current figures meet themselves"
        );
        floors.insert("all.places".into(), 2);
        floors.insert("all.vibes".into(), 0);
        let short = c.shortfalls(&floors);
        assert_eq!(short.len(), 2);
        assert_eq!(
            short[0].to_string(),
            "all.places is 1, below its floor of 2"
        );
        assert_eq!(
            short[1].to_string(),
            "all.vibes is not a floored coverage figure"
        );
    }

    #[test]
    fn a_floors_file_reads_back_and_bad_lines_are_named() {
        let c = coverage(&[place(PlaceKind::Shop)]);
        let floors = parse_floors(&c.floors_yaml()).unwrap();
        assert_eq!(floors.len(), c.floored_figures().len());
        assert_eq!(floors["kind.shop.places"], 1);
        assert_eq!(
            parse_floors("# ok\n\nall.places: 3\nall.hours three\n").unwrap_err(),
            "line 4: expected `key: number`, found `all.hours three`"
        );
        assert!(parse_floors("a: 1\na: 2\n").unwrap_err().contains("twice"));
    }

    #[test]
    fn the_floors_file_lists_every_floored_figure_once() {
        let c = coverage(&[place(PlaceKind::Shop)]);
        let yaml = c.floors_yaml();
        assert!(yaml.starts_with("# Coverage floors"));
        assert!(yaml.contains("\nall.places: 1\n"));
        assert!(yaml.contains("kind.shop.places: 1\n"));
        assert!(yaml.contains("locale.en.named: 1\n"));
        let figures = yaml.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(figures, c.floored_figures().len());
        // 13 floored figures for the total and each of 11 kinds, 2 for each of 15 locales.
        assert_eq!(c.floored_figures().len(), 13 * 12 + 2 * 15);
    }
}

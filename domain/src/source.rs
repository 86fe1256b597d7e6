//! Where a fact comes from (DESIGN.md "Data truth"): a page a visitor or a border officer
//! can open — an official notice, the venue's own page, a reputable guide — with the date
//! it was read. Places, zones, routes and events carry a list of them; the API and the app
//! show them next to the facts they support.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::vocab::Fact;

/// A cited page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Address of the page (`https://…`).
    pub url: String,
    /// What the page is, in a few words ("Canton Tower — official site, opening hours").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// When the page was read; `None` when the record predates dated citations.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// The facts this page supports; empty means the place (or object) in general.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<Fact>,
}

impl Source {
    /// Whether this page supports `fact` (a general source supports every fact).
    pub fn supports(&self, fact: Fact) -> bool {
        self.facts.is_empty() || self.facts.contains(&fact)
    }

    /// Whether the address is a public web page (http or https), as opposed to a reference
    /// to a team document that no visitor can open.
    pub fn is_public(&self) -> bool {
        let url = self.url.trim();
        (url.starts_with("https://") || url.starts_with("http://"))
            && !url.contains(char::is_whitespace)
    }
}

// A source is written either as a bare address (older records) or as an object with its
// title, date and the facts it supports.
#[derive(Deserialize)]
#[serde(untagged)]
enum SourceForm {
    Url(String),
    Full {
        url: String,
        #[serde(default)]
        title: Option<String>,
        #[serde(default)]
        as_of: Option<NaiveDate>,
        #[serde(default)]
        facts: Vec<Fact>,
    },
}

impl<'de> Deserialize<'de> for Source {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match SourceForm::deserialize(d)? {
            SourceForm::Url(url) => Source {
                url,
                title: None,
                as_of: None,
                facts: Vec::new(),
            },
            SourceForm::Full {
                url,
                title,
                as_of,
                facts,
            } => Source {
                url,
                title,
                as_of,
                facts,
            },
        })
    }
}

/// The sources among `sources` that support `fact`.
pub fn supporting(sources: &[Source], fact: Fact) -> impl Iterator<Item = &Source> {
    sources.iter().filter(move |s| s.supports(fact))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bare_address_and_a_full_record_both_read() {
        let sources: Vec<Source> = serde_json::from_str(
            r#"["https://example.org/a", {"url": "https://example.org/b", "title": "B", "as_of": "2026-11-30", "facts": ["hours"]}]"#,
        )
        .unwrap();
        assert_eq!(sources[0].url, "https://example.org/a");
        assert!(sources[0].supports(Fact::Payments));
        assert_eq!(sources[1].as_of, NaiveDate::from_ymd_opt(2026, 11, 30));
        assert!(sources[1].supports(Fact::Hours));
        assert!(!sources[1].supports(Fact::Payments));
        assert_eq!(supporting(&sources, Fact::Hours).count(), 2);
    }

    #[test]
    fn unknown_facts_are_rejected() {
        assert!(
            serde_json::from_str::<Source>(r#"{"url": "https://x.org", "facts": ["vibes"]}"#)
                .is_err()
        );
    }

    #[test]
    fn only_web_addresses_are_public() {
        let s = |url: &str| Source {
            url: url.into(),
            title: None,
            as_of: None,
            facts: vec![],
        };
        assert!(s("https://www.gov.cn/notice").is_public());
        assert!(!s("facts/places.md#12").is_public());
        assert!(!s("https://x.org/a b").is_public());
    }
}

//! Response shapes shared by several resources (places, zones, routes, events).

use chrono::NaiveDate;
use guide_domain::{Fact, Source};
use serde::Serialize;
use utoipa::ToSchema;

/// A cited page: where a fact comes from.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SourceOut {
    /// Address of the page.
    pub url: String,
    /// What the page is.
    pub title: Option<String>,
    /// When it was read.
    pub as_of: Option<NaiveDate>,
    /// The facts it supports (empty: the object in general).
    #[schema(value_type = Vec<String>)]
    pub facts: Vec<Fact>,
}

impl From<&Source> for SourceOut {
    fn from(s: &Source) -> Self {
        SourceOut {
            url: s.url.clone(),
            title: s.title.clone(),
            as_of: s.as_of,
            facts: s.facts.clone(),
        }
    }
}

/// The sources of an object, for a response.
pub fn sources(sources: &[Source]) -> Vec<SourceOut> {
    sources.iter().map(SourceOut::from).collect()
}

//! The synced catalogue of one locale as the core reads it: the items of `GET /v1/sync`,
//! read back with guide-domain's bundle types (the same ones the server writes), plus the
//! policy set the rules need. Nothing here parses the wire format by hand.

use guide_domain::Locale;
use guide_domain::bundle::{
    BundleAlert, BundleEvent, BundlePlace, BundleRoute, BundleZone, ItemKind,
};
use guide_domain::catalogue::{PolicyDocument, PolicySet};

use crate::db::Db;
use crate::error::Result;

/// Everything stored for one locale.
#[derive(Debug, Default)]
pub struct Catalog {
    /// The locale the data is in (may differ from the UI's when only another was synced).
    pub locale: Option<Locale>,
    /// Places, by displayed name.
    pub places: Vec<BundlePlace>,
    /// Zones, by tier then slug.
    pub zones: Vec<BundleZone>,
    /// Routes, by slug.
    pub routes: Vec<BundleRoute>,
    /// Events, by start date then slug.
    pub events: Vec<BundleEvent>,
    /// Alerts.
    pub alerts: Vec<BundleAlert>,
    /// Every policy version (visa-free schemes, tax refund).
    pub policies: PolicySet,
}

impl Catalog {
    /// Loads the best stored locale for `wanted`: itself, then its fallback chain, then
    /// any synced locale. An empty catalogue when nothing was ever synced.
    pub fn load(db: &Db, wanted: Locale) -> Result<Catalog> {
        let synced = db.synced_locales()?;
        let chosen = wanted
            .fallback_chain()
            .into_iter()
            .find(|l| synced.iter().any(|s| s == l.tag()))
            .or_else(|| synced.iter().find_map(|s| Locale::from_tag(s)));
        let Some(locale) = chosen else {
            return Ok(Catalog::default());
        };
        let tag = locale.tag();
        let mut places: Vec<BundlePlace> = db.items(tag, ItemKind::Place)?;
        places.sort_by(|a, b| {
            a.text
                .value
                .name()
                .cmp(b.text.value.name())
                .then_with(|| a.facts.slug.cmp(&b.facts.slug))
        });
        let mut zones: Vec<BundleZone> = db.items(tag, ItemKind::Zone)?;
        zones.sort_by(|a, b| (a.facts.tier, &a.facts.slug).cmp(&(b.facts.tier, &b.facts.slug)));
        let mut routes: Vec<BundleRoute> = db.items(tag, ItemKind::Route)?;
        routes.sort_by(|a, b| a.facts.slug.cmp(&b.facts.slug));
        let mut events: Vec<BundleEvent> = db.items(tag, ItemKind::Event)?;
        events.sort_by(|a, b| {
            (a.facts.starts_on, &a.facts.slug).cmp(&(b.facts.starts_on, &b.facts.slug))
        });
        let policies: Vec<PolicyDocument> = db.items(tag, ItemKind::Policy)?;
        Ok(Catalog {
            locale: Some(locale),
            places,
            zones,
            routes,
            events,
            alerts: db.items(tag, ItemKind::Alert)?,
            policies: PolicySet::from_documents(policies),
        })
    }

    /// Whether anything was ever synced.
    pub fn is_empty(&self) -> bool {
        self.locale.is_none()
    }

    /// A place by slug or id.
    pub fn place(&self, key: &str) -> Option<&BundlePlace> {
        self.places
            .iter()
            .find(|p| p.facts.slug == key || p.facts.id == key)
    }
}

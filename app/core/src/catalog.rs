//! The synced catalogue of one locale as the core reads it: the documents of
//! `GET /v1/sync` parsed into private serde structs (application-services' `http.rs`
//! keeps remote payloads private the same way), plus the policy versions the rules need.

use chrono::NaiveDate;
use guide_domain::place::{Friendliness, PaymentInfo};
use guide_domain::policy::{TaxRefundPolicy, TransitPolicy, Versioned, VisaFreeEntryPolicy};
use guide_domain::{Hours, LatLng, Locale, OpenState, PaymentMethod};
use serde::Deserialize;

use crate::db::Db;
use crate::error::Result;

/// A place.
#[derive(Debug, Clone, Deserialize)]
pub struct Place {
    pub id: String,
    pub slug: String,
    pub kind: String,
    pub district: String,
    pub name: String,
    pub name_zh: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub address_zh: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    pub locale: String,
    #[serde(default)]
    pub fallback: bool,
    #[serde(default)]
    pub lat: Option<f64>,
    #[serde(default)]
    pub lng: Option<f64>,
    #[serde(default)]
    pub approximate: bool,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub payments: Vec<PaymentInfo>,
    #[serde(default)]
    pub friendliness: Friendliness,
    #[serde(default)]
    pub tax_refund: bool,
    #[serde(default)]
    pub instant_refund: bool,
    #[serde(default)]
    pub duty_free: bool,
    #[serde(default)]
    pub night: bool,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    #[serde(default)]
    pub visit_minutes: Option<i32>,
    #[serde(default)]
    pub zones: Vec<String>,
    pub confidence: String,
    #[serde(default)]
    pub uncertain_fields: Vec<String>,
}

impl Place {
    /// Where it is, if known.
    pub fn location(&self) -> Option<LatLng> {
        Some(LatLng { lat: self.lat?, lng: self.lng? })
    }

    /// Parsed opening hours, if known and valid.
    pub fn parsed_hours(&self) -> Option<Hours> {
        Hours::parse(self.hours.as_deref()?).ok()
    }

    /// Open, closed or unknown at `at`.
    pub fn open_state(&self, at: chrono::DateTime<chrono::Utc>) -> OpenState {
        self.parsed_hours().map_or(OpenState::Unknown, |h| h.state_at(at))
    }

    /// Takes foreign bank cards (at the till or through Alipay/WeChat with a foreign card).
    pub fn takes_foreign_cards(&self) -> bool {
        self.payments.iter().any(|p| {
            matches!(
                p.method,
                PaymentMethod::ForeignCardPos | PaymentMethod::AlipayForeignCard | PaymentMethod::WechatForeignCard
            )
        })
    }

    /// Some fact is not confirmed: show "verify before travel".
    pub fn needs_verification(&self) -> bool {
        self.confidence != "confirmed" || self.approximate || !self.uncertain_fields.is_empty()
    }
}

/// A zone.
#[derive(Debug, Clone, Deserialize)]
pub struct Zone {
    pub slug: String,
    pub tier: String,
    pub name: String,
    pub name_zh: String,
    #[serde(default)]
    pub summary: Option<String>,
}

/// A route stop.
#[derive(Debug, Clone, Deserialize)]
pub struct Stop {
    pub place_id: String,
    pub dwell_minutes: i32,
    #[serde(default)]
    pub to_next_mode: Option<String>,
    #[serde(default)]
    pub to_next_minutes: Option<i32>,
    #[serde(default)]
    pub to_next_note: Option<String>,
}

/// A curated route.
#[derive(Debug, Clone, Deserialize)]
pub struct Route {
    pub slug: String,
    pub theme: String,
    pub name: String,
    #[serde(default)]
    pub summary: Option<String>,
    #[serde(default)]
    pub stops: Vec<Stop>,
}

/// An event.
#[derive(Debug, Clone, Deserialize)]
pub struct Event {
    pub slug: String,
    pub kind: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub name: String,
}

/// An alert.
#[derive(Debug, Clone, Deserialize)]
pub struct Alert {
    pub severity: String,
    pub starts_at: chrono::DateTime<chrono::Utc>,
    pub ends_at: chrono::DateTime<chrono::Utc>,
    pub title: String,
}

/// Everything stored for one locale.
#[derive(Debug, Default)]
pub struct Catalog {
    /// The locale the data is in (may differ from the UI's when only another was synced).
    pub locale: Option<Locale>,
    pub places: Vec<Place>,
    pub zones: Vec<Zone>,
    pub routes: Vec<Route>,
    pub events: Vec<Event>,
    pub alerts: Vec<Alert>,
    pub transit: Vec<Versioned<TransitPolicy>>,
    pub entry: Vec<Versioned<VisaFreeEntryPolicy>>,
    pub refund: Vec<Versioned<TaxRefundPolicy>>,
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
        let Some(locale) = chosen else { return Ok(Catalog::default()) };
        let tag = locale.tag();
        let mut places: Vec<Place> = db.items(tag, "place")?;
        places.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.slug.cmp(&b.slug)));
        let mut zones: Vec<Zone> = db.items(tag, "zone")?;
        zones.sort_by(|a, b| a.tier.cmp(&b.tier).then_with(|| a.slug.cmp(&b.slug)));
        let mut routes: Vec<Route> = db.items(tag, "route")?;
        routes.sort_by(|a, b| a.slug.cmp(&b.slug));
        let mut events: Vec<Event> = db.items(tag, "event")?;
        events.sort_by(|a, b| a.starts_on.cmp(&b.starts_on).then_with(|| a.slug.cmp(&b.slug)));
        let mut catalog = Catalog {
            locale: Some(locale),
            places,
            zones,
            routes,
            events,
            alerts: db.items(tag, "alert")?,
            ..Catalog::default()
        };
        for mut doc in db.items::<serde_json::Value>(tag, "policy")? {
            // The envelope rejects unknown keys; `id` is the server's row id.
            if let Some(obj) = doc.as_object_mut() {
                obj.remove("id");
            }
            let parsed = match doc["kind"].as_str() {
                Some("transit") => serde_json::from_value(doc).map(|v| catalog.transit.push(v)),
                Some("visa_free_entry") => serde_json::from_value(doc).map(|v| catalog.entry.push(v)),
                Some("tax_refund") => serde_json::from_value(doc).map(|v| catalog.refund.push(v)),
                _ => Ok(()),
            };
            if let Err(e) = parsed {
                tracing::warn!(error = %e, "skipping a policy version that does not parse");
            }
        }
        Ok(catalog)
    }

    /// Whether anything was ever synced.
    pub fn is_empty(&self) -> bool {
        self.locale.is_none()
    }

    /// A place by slug or id.
    pub fn place(&self, key: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.slug == key || p.id == key)
    }
}

//! guide-domain: the types and rules shared by the Canton Guide server and the app core.
//!
//! No I/O, no async, no database; time is always a parameter, so every function here is
//! deterministic and runs the same on the server and offline on a phone.
//!
//! Map of the crate (one concern per file):
//! - `vocab`     closed vocabularies (place kinds, payment methods, districts, …)
//! - `locale`    the 15 supported locales, negotiation and the fallback chain
//! - `l10n`      Fluent messages from `locales/` (embedded at build time)
//! - `geo`       WGS-84 / GCJ-02 coordinates, distances, Guangzhou's bounds
//! - `maplinks`  deep links to Amap, Apple Maps and Google Maps
//! - `sharelink` reading a pasted Amap / Apple / Google share link back into a point
//! - `hours`     OpenStreetMap opening hours evaluated in Asia/Shanghai
//! - `place`     visitor-facing place attributes (payments, friendliness, refunds)
//! - `policy`    versioned policy documents (transit, 30-day entry, tax refund)
//! - `transit`   the visa-free check: which scheme, until when, and why not
//! - `tax_refund` departure tax-refund estimate per store per day
//! - `planner`   the 240-hour itinerary planner (days of timed items)
//! - `ics`       RFC 5545 calendar of a plan
//! - `text`      translated texts and the one fallback picker (`Texts`, `Localized`)
//! - `source`    cited pages behind facts
//! - `catalogue` the published catalogue as typed data, and the rules on its facts
//! - `coverage` how many places have coordinates, hours, payments, sources (floored figures)
//! - `filter`    list filters and sort keys (server list, app Explore)
//! - `search`    query analysis and match ranking (server index, app offline)
//! - `bundle`    the offline bundle of `GET /v1/sync`, written by the server, read by the app

pub mod bundle;
pub mod catalogue;
pub mod coverage;
pub mod filter;
pub mod geo;
pub mod hours;
pub mod ics;
pub mod l10n;
pub mod locale;
pub mod maplinks;
pub mod place;
pub mod planner;
pub mod policy;
pub mod search;
pub mod sharelink;
pub mod source;
pub mod tax_refund;
pub mod text;
pub mod transit;
pub mod vocab;

pub use vocab::{
    Confidence, District, EventKind, Fact, Interest, PaymentMethod, PlaceKind, Severity,
    TextOrigin, TravelMode, UnknownValue, ZoneTier,
};

pub use geo::{BoundingBox, GUANGZHOU, GeoError, LatLng};
pub use hours::{Hours, HoursError, OpenState};
pub use l10n::{MsgArg, has_message, tr, tr_args};
pub use locale::{Locale, Negotiated, TextDirection, UnsupportedLocale, negotiate};
pub use maplinks::{MapLinks, map_links};
pub use source::Source;
pub use text::{Localized, Texts};

//! sea-orm entities, one per table of `guide-migrations` (ids are UUIDv7 text; JSON
//! columns are text holding serialized JSON, portable across SQLite and PostgreSQL).

pub mod alert;
pub mod audit_entry;
pub mod event;
pub mod event_translation;
pub mod favorite;
pub mod place;
pub mod place_revision;
pub mod place_translation;
pub mod place_zone;
pub mod policy;
pub mod purchase;
pub mod refresh_token;
pub mod route;
pub mod route_stop;
pub mod route_translation;
pub mod saved_itinerary;
pub mod session;
pub mod user;
pub mod zone;
pub mod zone_translation;

//! guide-server: the Canton Guide HTTP API (axum + sea-orm), as a library so that the
//! binary (`main.rs`), the end-to-end tests and the benchmarks start exactly the same app.
//!
//! Map of the crate:
//! - `auth`    roles, password hashing, JWT access and opaque refresh tokens
//! - `config`  settings from the environment (`GUIDE_*`)
//! - `error`   the one error type; every failure becomes localized problem+json
//! - `i18n`    language negotiation per request and problem rendering
//! - `store`   sea-orm entities and queries (the service layer; no axum types), the only
//!   code that turns rows into guide-domain's catalogue types
//! - `catalogue` the published catalogue in memory: snapshot, search index, list queries
//! - `seed`    loading and validating `seeds/` YAML into the database
//! - `workflow` the listing workflow (create, edit, submit, approve, reject), shared by
//!   the API and the console
//! - `http`    the router: one module per resource, each with its own `router()`
//! - `console` the server-rendered web console for merchants and staff (`/console`)
//! - `app`     building the shared state and serving with graceful shutdown
//! - `connections` the accept loop: connection caps, timeouts, load shedding

pub mod app;
pub mod auth;
pub mod catalogue;
pub mod config;
pub mod connections;
pub mod console;
pub mod error;
pub mod http;
pub mod i18n;
pub mod pages;
pub mod seed;
pub mod store;
pub mod workflow;

pub use app::{AppState, build_state, serve};
pub use config::Config;
pub use error::{Error, Result};

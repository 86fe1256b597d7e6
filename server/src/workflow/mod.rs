//! The listing workflow: what a merchant and a curator may do to a listing, each step with
//! its rules, its optimistic-concurrency check and its audit entry, in one transaction.
//!
//! The API (`http::merchant`, `http::staff::review`) and the web console
//! (`console::listing`, `console::review`) both call these functions, so a listing saved
//! from a form and one sent as JSON are checked, stored and audited the same way. They
//! take domain and store types and return the API's [`Error`](crate::Error), which each
//! caller turns into its own answer (problem+json, or a form with its field errors).
//!
//! - [`listings`]: validate, create a draft, edit (drafts stay drafts; a live listing's
//!   edit waits for review), submit.
//! - [`review`]: the queue with a field-level diff, approve, reject with a reason.
//! - [`curation`]: create, edit, publish and unpublish routes, events and alerts (one
//!   flow for the three kinds); [`routes`], [`events`], [`alerts`]: the three kinds.
//! - [`accounts`]: finding accounts by email and changing a role (admins).
//! - [`audit`]: reading the audit log with its filters.

pub mod accounts;
pub mod alerts;
pub mod audit;
pub mod curation;
pub mod events;
pub mod listings;
pub mod review;
pub mod routes;

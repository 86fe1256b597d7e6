//! guide-core: the Canton Guide phone app without its UI. Shells (Jetpack Compose,
//! SwiftUI) call [`GuideCore`] and render the view models it returns; every string is
//! already in the visitor's language, every number, price, distance and date formatted,
//! and every rule (visa-free check, planner, tax refund) runs here, offline, with
//! guide-domain's code. See docs/APP.md.
//!
//! Map of the crate (one concern per file):
//! - `lib.rs`     the exported object: a public shell over an internal worker
//! - `app.rs`     model, view models and the pure `view` projections (Crux's shape)
//! - `catalog.rs` the synced catalogue of a locale, parsed from the store
//! - `db.rs`      the on-device SQLite store (rusqlite)
//! - `net.rs`     the network seam: requests, responses, the `Transport` trait, canned answers
//! - `http.rs`    the real transport (reqwest on a core-owned runtime, retries, TLS)
//! - `account.rs` register, sign in and out, tokens and the refresh-once-on-401 rule
//! - `format.rs`  numbers, money, distances, dates per locale
//! - `platform.rs` foreign traits the shells implement (token storage, location)
//! - `qr.rs`      QR codes as modules for the shells to draw
//! - `error.rs`   internal errors, the public `CoreError`, and the one mapping

uniffi::setup_scaffolding!();

pub mod account;
pub mod app;
pub mod catalog;
pub mod db;
pub mod error;
pub mod format;
pub mod http;
pub mod net;
pub mod platform;
pub mod qr;

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, Utc};
use guide_domain::l10n::{tr, tr_args};
use guide_domain::tax_refund::{Purchase, RefundInput, estimate};
use guide_domain::transit::{TransitCheckInput, check_policies};
use guide_domain::{LatLng, Locale};
use rust_decimal::Decimal;

pub use app::*;
pub use error::{ApiResult, CoreError, FieldProblem};
pub use platform::{GeoPoint, LocationProvider, PlatformError, TokenStore};

use catalog::Catalog;
use db::{Db, SavedPurchase};
use error::{Error, Result, invalid, to_public};
use http::Http;
use net::{Method, Request, Transport};

/// How the core is set up by a shell.
#[derive(Debug, Clone, uniffi::Record)]
pub struct CoreConfig {
    /// The guide server, e.g. `http://10.0.2.2:8080`.
    pub base_url: String,
    /// A private folder of the app; the offline database lives there.
    pub data_dir: String,
    /// The first language (BCP 47); later changed with `set_locale`.
    pub locale: String,
    /// PEM certificates of extra certificate authorities to trust for `https://` besides
    /// the public ones (a staging server's private CA); `None` in production.
    #[uniffi(default = None)]
    pub extra_ca_pem: Option<String>,
}

/// The app core. One per app; safe to call from any thread (calls are serialized). Every
/// method blocks until done — call from a background thread or coroutine, as network
/// methods can take seconds.
#[derive(uniffi::Object)]
pub struct GuideCore {
    // The public shell only delegates; the worker's methods return the internal error
    // type so they can call each other, and errors become `CoreError` in one place
    // (application-services' `ExampleComponent` / `…Inner` split). Worth the boilerplate.
    inner: Mutex<Inner>,
}

#[uniffi::export]
impl GuideCore {
    /// Opens (or creates) the offline store in `config.data_dir`. Makes no network call.
    #[uniffi::constructor]
    pub fn new(
        config: CoreConfig,
        tokens: Arc<dyn TokenStore>,
        location: Arc<dyn LocationProvider>,
    ) -> ApiResult<Arc<GuideCore>> {
        let locale = Locale::from_tag(&config.locale).unwrap_or(Locale::En);
        Inner::open(&config, tokens, location)
            .map(|inner| {
                Arc::new(GuideCore {
                    inner: Mutex::new(inner),
                })
            })
            .map_err(|e| to_public(e, locale))
    }

    /// Downloads the guide for the current language (full the first time, then only
    /// changes) and pushes favourites made offline. Fails with `Offline` without network;
    /// everything else keeps working from the store.
    pub fn sync(&self) -> ApiResult<SyncReport> {
        self.with(Inner::sync)
    }

    /// Changes the language; returns the Settings screen in it.
    pub fn set_locale(&self, tag: String) -> ApiResult<SettingsView> {
        self.with(|i| i.set_locale(&tag))
    }

    /// The Explore screen: places matching `query`.
    pub fn explore(&self, query: ExploreQuery) -> ApiResult<ExploreView> {
        self.with(|i| i.explore(&query))
    }

    /// A place by slug or id.
    pub fn place(&self, slug: String) -> ApiResult<PlaceView> {
        self.with(|i| i.place(&slug))
    }

    /// The "5+2+4" shopping districts.
    pub fn zones(&self) -> ApiResult<ZonesView> {
        self.with(Inner::zones)
    }

    /// Curated routes.
    pub fn routes(&self) -> ApiResult<RoutesView> {
        self.with(Inner::routes)
    }

    /// One route with its stops.
    pub fn route(&self, slug: String) -> ApiResult<RouteView> {
        self.with(|i| i.route(&slug))
    }

    /// Visa-free check (transit and 30-day entry), with a countdown to the deadline.
    pub fn check_transit(&self, request: TransitRequest) -> ApiResult<TransitView> {
        self.with(|i| i.check_transit(&request))
    }

    /// Plans the days of the stay (bounded by the last visa-free check's deadline).
    pub fn plan_trip(&self, request: PlanRequest) -> ApiResult<PlanView> {
        self.with(|i| i.plan_trip(&request))
    }

    /// The last plan as an iCalendar file (text/calendar) for the phone's calendar.
    pub fn export_calendar(&self) -> ApiResult<String> {
        self.with(Inner::export_calendar)
    }

    /// Saves the last plan under `name`; returns the Saved screen.
    pub fn save_plan(&self, name: String) -> ApiResult<SavedView> {
        self.with(|i| i.save_plan(&name))
    }

    /// Adds a purchase to the tax-refund tracker.
    pub fn add_purchase(&self, purchase: PurchaseInput) -> ApiResult<RefundView> {
        self.with(|i| i.add_purchase(&purchase))
    }

    /// Removes a purchase from the tracker.
    pub fn remove_purchase(&self, id: String) -> ApiResult<RefundView> {
        self.with(|i| i.remove_purchase(&id))
    }

    /// The tax-refund tracker; `departure_at` (RFC 3339) adds deadlines to the checklist.
    pub fn refund_tracker(&self, departure_at: Option<String>) -> ApiResult<RefundView> {
        self.with(|i| i.refund_tracker(departure_at.as_deref()))
    }

    /// Adds or removes a favourite; returns the Saved screen.
    pub fn toggle_favorite(&self, slug: String) -> ApiResult<SavedView> {
        self.with(|i| i.toggle_favorite(&slug))
    }

    /// Favourites and saved itineraries.
    pub fn saved(&self) -> ApiResult<SavedView> {
        self.with(Inner::saved)
    }

    /// Language, offline data and account.
    pub fn settings(&self) -> ApiResult<SettingsView> {
        self.with(Inner::settings)
    }

    /// The shell's own words (navigation, section titles, buttons, form fields) in the
    /// current language; fetch again after `set_locale`.
    pub fn labels(&self) -> Labels {
        app::labels(&self.lock().model)
    }
}

impl GuideCore {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic in one call must not brick the app: the store is transactional.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn with<T>(&self, f: impl FnOnce(&mut Inner) -> Result<T>) -> ApiResult<T> {
        let mut inner = self.lock();
        let locale = inner.model.locale;
        f(&mut inner).map_err(|e| to_public(e, locale))
    }
}

/// The worker behind [`GuideCore`].
pub struct Inner {
    model: Model,
    db: Db,
    /// The network, behind its seam (tests script it).
    net: Box<dyn Transport>,
    tokens: Arc<dyn TokenStore>,
    location: Arc<dyn LocationProvider>,
    /// The catalogue of the current locale, loaded lazily and dropped after each sync.
    catalog: Option<Arc<Catalog>>,
    /// The clock (tests pin it).
    now: fn() -> DateTime<Utc>,
}

impl Inner {
    fn open(
        config: &CoreConfig,
        tokens: Arc<dyn TokenStore>,
        location: Arc<dyn LocationProvider>,
    ) -> Result<Inner> {
        let net = Box::new(Http::new(&config.base_url, config.extra_ca_pem.as_deref())?);
        Inner::open_with(config, tokens, location, net)
    }

    /// [`Inner::open`] over any transport (tests pass canned answers).
    fn open_with(
        config: &CoreConfig,
        tokens: Arc<dyn TokenStore>,
        location: Arc<dyn LocationProvider>,
        net: Box<dyn Transport>,
    ) -> Result<Inner> {
        let dir = PathBuf::from(&config.data_dir);
        std::fs::create_dir_all(&dir)
            .map_err(|e| Error::Other(format!("cannot create {}: {e}", dir.display())))?;
        let db = Db::open(&dir.join("guide-core.db"))?;
        let locale = match Locale::from_tag(&config.locale) {
            Some(l) => l,
            None => guide_domain::negotiate(Some(&config.locale), None)
                .map(|n| n.locale)
                .unwrap_or(Locale::En),
        };
        let signed_in = account::stored(tokens.as_ref())?.is_some();
        Ok(Inner {
            model: Model {
                locale,
                signed_in,
                ..Model::default()
            },
            db,
            net,
            tokens,
            location,
            catalog: None,
            now: Utc::now,
        })
    }

    fn catalog(&mut self) -> Result<Arc<Catalog>> {
        if let Some(c) = &self.catalog {
            return Ok(c.clone());
        }
        let c = Arc::new(Catalog::load(&self.db, self.model.locale)?);
        self.catalog = Some(c.clone());
        Ok(c)
    }

    fn here(&self) -> Option<LatLng> {
        // A failing location service is the same as an unknown position: lists still work.
        match self.location.current() {
            Ok(p) => p.and_then(|p| LatLng::new(p.lat, p.lng).ok()),
            Err(e) => {
                tracing::debug!(error = %e, "no position");
                None
            }
        }
    }

    fn sync(&mut self) -> Result<SyncReport> {
        let l = self.model.locale;
        let state = self.db.bundle_state(l.tag())?;
        let mut path = format!("/v1/sync?locale={}", l.tag());
        if let Some(since) = state.as_ref().and_then(|s| s.since.as_deref()) {
            path.push_str("&since=");
            path.push_str(&since.replace('+', "%2B").replace(':', "%3A"));
        }
        let etag = state.as_ref().and_then(|s| s.etag.as_deref());
        let fetched = self.net.call(&Request::new(Method::Get, path).etag(etag));
        self.model.offline = matches!(fetched, Err(Error::Offline(_)));
        let now = (self.now)();
        let mut report = SyncReport {
            locale: l.tag().to_owned(),
            full: false,
            changed: 0,
            removed: 0,
            unchanged: false,
            pushed: 0,
            status: String::new(),
        };
        let response = fetched?;
        match response.status {
            304 => report.unchanged = true,
            _ => {
                let etag = response.etag.clone();
                let bundle: guide_domain::bundle::Bundle = response.json()?;
                let applied = self.db.apply(&bundle, etag.as_deref(), now)?;
                report.full = bundle.full;
                report.changed = applied.upserted;
                report.removed = applied.removed;
                report.unchanged = !bundle.full && applied.upserted == 0 && applied.removed == 0;
                self.catalog = None;
            }
        }
        report.pushed =
            self.push_favorites()? + self.push_purchases()? + self.push_itineraries()?;
        self.pull_favorites()?;
        self.pull_purchases()?;
        self.pull_itineraries()?;
        report.status = if report.unchanged {
            tr(l, "app-sync-current")
        } else {
            tr_args(
                l,
                "app-sync-updated",
                &[("changed", (report.changed + report.removed).into())],
            )
        };
        Ok(report)
    }

    /// Pushes favourite changes made offline, when signed in. PUT/DELETE by slug are
    /// idempotent, so a change whose answer was lost is simply sent again next time.
    fn push_favorites(&mut self) -> Result<u32> {
        self.model.signed_in = account::stored(self.tokens.as_ref())?.is_some();
        if !self.model.signed_in {
            return Ok(0);
        }
        let mut pushed = 0;
        for (slug, on) in self.db.pending_favorites()? {
            let method = if on { Method::Put } else { Method::Delete };
            let request = Request::new(method, format!("/v1/me/favorites/{slug}"));
            match self.authed(request).and_then(|r| r.ok()) {
                Ok(_) => {
                    self.db.favorite_pushed(&slug)?;
                    pushed += 1;
                }
                // Signed out (the session ended): stop; the changes wait for the next account.
                Err(e @ Error::Status { status: 401, .. }) => return Err(e),
                // Removing what the account never had is done too.
                Err(Error::Status { status: 404, .. }) if !on => self.db.favorite_pushed(&slug)?,
                // Anything else: keep it pending for the next sync.
                Err(e) => {
                    tracing::debug!(error = %e, "favourite stays pending");
                    break;
                }
            }
        }
        Ok(pushed)
    }

    /// Takes the account's favourites (saved on another device) into the store, when
    /// signed in; pending changes made here are kept.
    fn pull_favorites(&mut self) -> Result<()> {
        if !self.model.signed_in {
            return Ok(());
        }
        #[derive(serde::Deserialize)]
        struct Item {
            slug: String,
        }
        // The server caps an account's favourites; the bound only guards a loop.
        let items: Vec<Item> = self.account_list("/v1/me/favorites", 50)?;
        let slugs: Vec<String> = items.into_iter().map(|i| i.slug).collect();
        let now = (self.now)();
        self.db.merge_account_favorites(&slugs, now)
    }

    /// Every item of one of the account's paged lists (`items`, `next_cursor`; 100 a
    /// page), reading at most `max_pages` pages: the server bounds each list, the cap only
    /// guards the loop.
    fn account_list<T: serde::de::DeserializeOwned>(
        &mut self,
        path: &str,
        max_pages: usize,
    ) -> Result<Vec<T>> {
        #[derive(serde::Deserialize)]
        struct Page<T> {
            items: Vec<T>,
            next_cursor: Option<String>,
        }
        let mut all = Vec::new();
        let mut cursor: Option<String> = None;
        for _ in 0..max_pages {
            let mut url = format!("{path}?limit=100");
            if let Some(c) = &cursor {
                url.push_str("&cursor=");
                url.push_str(c);
            }
            let page: Page<T> = self.authed(Request::new(Method::Get, url))?.json()?;
            all.extend(page.items);
            cursor = page.next_cursor;
            if cursor.is_none() {
                break;
            }
        }
        Ok(all)
    }

    /// Pushes purchases noted or removed offline, when signed in. The id was made on the
    /// phone, so a purchase whose answer was lost is simply sent again.
    fn push_purchases(&mut self) -> Result<u32> {
        if !self.model.signed_in {
            return Ok(0);
        }
        let mut pushed = 0;
        for (p, removed) in self.db.pending_purchases()? {
            let path = format!("/v1/me/purchases/{}", p.id);
            let request = if removed {
                Request::new(Method::Delete, path)
            } else {
                Request::new(Method::Put, path).json(serde_json::json!({
                    "store": p.store, "date": p.date, "amount_cny": p.amount,
                    "vat_rate": p.vat_rate, "instant": p.instant,
                }))
            };
            match self.authed(request).and_then(|r| r.ok()) {
                Ok(_) => {
                    self.db.purchase_pushed(&p.id)?;
                    pushed += 1;
                }
                Err(e @ Error::Status { status: 401, .. }) => return Err(e),
                // Removing what the account never had is done too.
                Err(Error::Status { status: 404, .. }) if removed => {
                    self.db.purchase_pushed(&p.id)?
                }
                Err(e) => {
                    tracing::debug!(error = %e, "purchase stays pending");
                    break;
                }
            }
        }
        Ok(pushed)
    }

    /// Takes the account's purchases (noted on another device) into the store.
    fn pull_purchases(&mut self) -> Result<()> {
        if !self.model.signed_in {
            return Ok(());
        }
        #[derive(serde::Deserialize)]
        struct Item {
            id: String,
            store: String,
            date: String,
            amount_cny: String,
            vat_rate: u8,
            instant: bool,
        }
        // The server keeps at most 1,000 purchases an account: ten pages.
        let items: Vec<Item> = self.account_list("/v1/me/purchases", 20)?;
        let all: Vec<SavedPurchase> = items
            .into_iter()
            .map(|i| SavedPurchase {
                id: i.id,
                store: i.store,
                date: i.date,
                amount: i.amount_cny,
                vat_rate: i.vat_rate,
                instant: i.instant,
                pending: false,
            })
            .collect();
        let now = (self.now)();
        self.db.merge_account_purchases(&all, now)
    }

    /// Pushes itineraries saved offline, by their phone-made id, when signed in.
    fn push_itineraries(&mut self) -> Result<u32> {
        if !self.model.signed_in {
            return Ok(0);
        }
        let mut pushed = 0;
        for it in self.db.itineraries()?.into_iter().filter(|i| i.pending) {
            let plan: serde_json::Value = serde_json::from_str(&it.body)?;
            let request = Request::new(Method::Put, format!("/v1/me/itineraries/{}", it.id))
                .json(serde_json::json!({ "title": it.name, "plan": plan }));
            match self.authed(request).and_then(|r| r.ok()) {
                Ok(_) => {
                    self.db.itinerary_pushed(&it.id)?;
                    pushed += 1;
                }
                Err(e @ Error::Status { status: 401, .. }) => return Err(e),
                Err(e) => {
                    tracing::debug!(error = %e, "itinerary stays pending");
                    break;
                }
            }
        }
        Ok(pushed)
    }

    /// Takes the account's itineraries saved on another device (their plans fetched one
    /// by one, only for those this phone lacks).
    fn pull_itineraries(&mut self) -> Result<()> {
        if !self.model.signed_in {
            return Ok(());
        }
        #[derive(serde::Deserialize)]
        struct Summary {
            id: String,
        }
        #[derive(serde::Deserialize)]
        struct Full {
            id: String,
            title: String,
            plan: serde_json::Value,
            created_at: DateTime<Utc>,
        }
        let known: std::collections::HashSet<String> =
            self.db.itineraries()?.into_iter().map(|i| i.id).collect();
        // The server keeps at most 200 itineraries an account: two pages.
        let summaries: Vec<Summary> = self.account_list("/v1/me/itineraries", 5)?;
        let missing: Vec<String> = summaries
            .into_iter()
            .map(|i| i.id)
            .filter(|id| !known.contains(id))
            .collect();
        for id in missing {
            let full: Full = self
                .authed(Request::new(
                    Method::Get,
                    format!("/v1/me/itineraries/{id}"),
                ))?
                .json()?;
            self.db.keep_account_itinerary(
                &full.id,
                &full.title,
                &full.plan.to_string(),
                full.created_at,
            )?;
        }
        Ok(())
    }

    fn set_locale(&mut self, tag: &str) -> Result<SettingsView> {
        let locale = guide_domain::negotiate(Some(tag), None)
            .map_err(|_| invalid("locale", self.model.locale, "field-invalid-choice"))?
            .locale;
        self.model.locale = locale;
        self.db.set_setting("locale", locale.tag())?;
        self.catalog = None;
        // The visa-free outcome holds texts: localize it again.
        if let Some(t) = self.model.transit.take() {
            self.model.transit = Some(t.localized(locale));
        }
        self.settings()
    }

    fn explore(&mut self, q: &ExploreQuery) -> Result<ExploreView> {
        let catalog = self.catalog()?;
        let here = if q.near_me { self.here() } else { None };
        let favorites = self.db.favorites()?;
        Ok(app::explore(
            &self.model,
            &catalog,
            q,
            here,
            &favorites,
            (self.now)(),
        ))
    }

    fn place(&mut self, slug: &str) -> Result<PlaceView> {
        let catalog = self.catalog()?;
        if catalog.is_empty() {
            return Err(Error::NoData);
        }
        let p = catalog
            .place(slug)
            .ok_or_else(|| Error::NotFound("place", slug.to_owned()))?;
        let favorite = self.db.favorites()?.iter().any(|f| f == &p.facts.slug);
        Ok(app::place(
            &self.model,
            &catalog,
            p,
            self.here(),
            favorite,
            (self.now)(),
        ))
    }

    fn zones(&mut self) -> Result<ZonesView> {
        let catalog = self.catalog()?;
        Ok(app::zones(&self.model, &catalog, (self.now)()))
    }

    fn routes(&mut self) -> Result<RoutesView> {
        let catalog = self.catalog()?;
        Ok(app::routes(&self.model, &catalog, (self.now)()))
    }

    fn route(&mut self, slug: &str) -> Result<RouteView> {
        let catalog = self.catalog()?;
        let r = catalog
            .routes
            .iter()
            .find(|r| r.facts.slug == slug)
            .ok_or_else(|| Error::NotFound("route", slug.to_owned()))?;
        let favorites = self.db.favorites()?;
        Ok(app::route(
            &self.model,
            &catalog,
            r,
            &favorites,
            (self.now)(),
        ))
    }

    fn check_transit(&mut self, req: &TransitRequest) -> Result<TransitView> {
        let l = self.model.locale;
        let catalog = self.catalog()?;
        if catalog.policies.transit.is_empty()
            && catalog.policies.entry.is_empty()
            && catalog.policies.mutual.is_empty()
        {
            return Err(Error::NoData);
        }
        let mut problems = Vec::new();
        let mut time = |field: &str, v: &str| {
            app::parse_time(field, v, l)
                .map_err(|e| {
                    if let Error::Validation(p) = e {
                        problems.extend(p)
                    }
                })
                .ok()
        };
        let entry_at = time("entry_at", &req.entry_at);
        let exit_at = req
            .exit_at
            .as_deref()
            .map(|v| time("exit_at", v))
            .unwrap_or(None);
        let passport_expiry = match req.passport_expiry.as_deref() {
            None => None,
            Some(v) => match v.trim().parse::<NaiveDate>() {
                Ok(d) => Some(d),
                Err(_) => {
                    problems.push(("passport_expiry".to_owned(), tr(l, "field-invalid-date")));
                    None
                }
            },
        };
        for (field, value) in [
            ("nationality", &req.nationality),
            ("entry_port", &req.entry_port),
            ("origin", &req.origin),
            ("destination", &req.destination),
        ] {
            if value.trim().is_empty() {
                problems.push((field.to_owned(), tr(l, "field-required")));
            }
        }
        let (Some(entry_at), true) = (entry_at, problems.is_empty()) else {
            return Err(Error::Validation(problems));
        };
        let input = TransitCheckInput {
            nationality: req.nationality.trim().to_uppercase(),
            entry_port: req.entry_port.trim().to_owned(),
            entry_at,
            origin: req.origin.trim().to_uppercase(),
            destination: req.destination.trim().to_uppercase(),
            exit_port: req.exit_port.clone(),
            exit_at,
            passport_expiry,
            purpose: None,
        };
        let outcome = check_policies(&input, catalog.policies.visa_policies()).localized(l);
        let view = app::transit(&self.model, &catalog, &outcome, (self.now)());
        self.model.transit = Some(outcome);
        Ok(view)
    }

    fn plan_trip(&mut self, req: &PlanRequest) -> Result<PlanView> {
        let l = self.model.locale;
        let catalog = self.catalog()?;
        if catalog.is_empty() {
            return Err(Error::NoData);
        }
        let here = if req.start.is_none() {
            self.here()
        } else {
            None
        };
        let mut input = app::plan_input(req, self.model.transit.as_ref(), here, l)?;
        input.has_refund_purchases = !self.db.purchases()?.is_empty();
        let places = app::plan_places(&catalog, &input.must_see);
        let plan = guide_domain::planner::plan(
            &input,
            &places,
            &guide_domain::planner::PlanSettings::default(),
        )
        .map_err(|e| Error::Validation(vec![("exit_at".to_owned(), e.to_string())]))?;
        let view = app::plan(&self.model, &catalog, &plan, (self.now)());
        self.model.plan = Some(plan);
        Ok(view)
    }

    fn export_calendar(&mut self) -> Result<String> {
        let plan = self
            .model
            .plan
            .as_ref()
            .ok_or_else(|| invalid("plan", self.model.locale, "app-plan-empty"))?;
        Ok(guide_domain::ics::to_ics(plan, (self.now)()))
    }

    fn save_plan(&mut self, name: &str) -> Result<SavedView> {
        let l = self.model.locale;
        let plan = self
            .model
            .plan
            .as_ref()
            .ok_or_else(|| invalid("plan", l, "app-plan-empty"))?;
        if name.trim().is_empty() {
            return Err(invalid("name", l, "field-required"));
        }
        let body = serde_json::to_string(plan)?;
        let id = uuid::Uuid::now_v7().to_string();
        self.db
            .save_itinerary(&id, name.trim(), &body, (self.now)())?;
        self.saved()
    }

    fn add_purchase(&mut self, p: &PurchaseInput) -> Result<RefundView> {
        let l = self.model.locale;
        let mut problems = Vec::new();
        if p.store.trim().is_empty() {
            problems.push(("store".to_owned(), tr(l, "field-required")));
        }
        if p.date.trim().parse::<NaiveDate>().is_err() {
            problems.push(("date".to_owned(), tr(l, "field-invalid-date")));
        }
        match p.amount_cny.trim().replace(',', ".").parse::<Decimal>() {
            Ok(a) if a > Decimal::ZERO => {}
            _ => problems.push(("amount_cny".to_owned(), tr(l, "field-invalid-number"))),
        }
        // The VAT rates that get a refund are the policy's, as on the server.
        let catalog = self.catalog()?;
        let day = p
            .date
            .trim()
            .parse::<NaiveDate>()
            .unwrap_or_else(|_| (self.now)().date_naive());
        let policy = catalog.policies.refund_for(day).ok_or(Error::NoData)?;
        let rates: Vec<u8> = policy.data.rates.iter().map(|r| r.vat).collect();
        if !rates.contains(&p.vat_rate) {
            let accepted: Vec<String> = rates.iter().map(u8::to_string).collect();
            problems.push((
                "vat_rate".to_owned(),
                tr_args(
                    l,
                    "field-invalid-choice",
                    &[
                        ("value", p.vat_rate.to_string().into()),
                        ("accepted", accepted.join(", ").into()),
                    ],
                ),
            ));
        }
        if !problems.is_empty() {
            return Err(Error::Validation(problems));
        }
        let saved = SavedPurchase {
            id: uuid::Uuid::now_v7().to_string(),
            store: p.store.trim().to_owned(),
            date: p.date.trim().to_owned(),
            amount: p.amount_cny.trim().replace(',', "."),
            vat_rate: p.vat_rate,
            instant: p.instant,
            pending: true,
        };
        self.db.add_purchase(&saved, (self.now)())?;
        self.refund_tracker(None)
    }

    fn remove_purchase(&mut self, id: &str) -> Result<RefundView> {
        if !self.db.remove_purchase(id)? {
            return Err(Error::NotFound("purchase", id.to_owned()));
        }
        self.refund_tracker(None)
    }

    fn refund_tracker(&mut self, departure_at: Option<&str>) -> Result<RefundView> {
        let l = self.model.locale;
        let catalog = self.catalog()?;
        let purchases = self.db.purchases()?;
        let departure_at = departure_at
            .map(|d| app::parse_time("departure_at", d, l))
            .transpose()?;
        let today = (self.now)()
            .with_timezone(&guide_domain::hours::TIME_ZONE)
            .date_naive();
        let policy = catalog
            .policies
            .refund_for(departure_at.map_or(today, |d| d.date_naive()));
        let estimate = match (purchases.is_empty(), policy) {
            (false, Some(policy)) => {
                let input = RefundInput {
                    purchases: purchases
                        .iter()
                        .filter_map(|p| {
                            Some(Purchase {
                                store: p.store.clone(),
                                date: p.date.parse().ok()?,
                                amount_cny: p.amount.parse().ok()?,
                                vat_rate: p.vat_rate,
                                instant: p.instant,
                            })
                        })
                        .collect(),
                    departure_at,
                    ..RefundInput::default()
                };
                Some(estimate(&input, policy).localized(l))
            }
            // Purchases but no policy synced yet: the list still shows, totals wait.
            _ => None,
        };
        Ok(app::refund(
            &self.model,
            &catalog,
            &purchases,
            estimate.as_ref(),
            (self.now)(),
        ))
    }

    fn toggle_favorite(&mut self, slug: &str) -> Result<SavedView> {
        let catalog = self.catalog()?;
        let p = catalog
            .place(slug)
            .ok_or_else(|| Error::NotFound("place", slug.to_owned()))?;
        let on = !self.db.favorites()?.contains(&p.facts.slug);
        self.db.set_favorite(&p.facts.slug, on, (self.now)())?;
        self.saved()
    }

    fn saved(&mut self) -> Result<SavedView> {
        let catalog = self.catalog()?;
        let favorites = self.db.favorites()?;
        let pending = !self.db.pending_favorites()?.is_empty();
        let itineraries = self.db.itineraries()?;
        Ok(app::saved(
            &self.model,
            &catalog,
            &favorites,
            pending,
            &itineraries,
            (self.now)(),
        ))
    }

    fn settings(&mut self) -> Result<SettingsView> {
        let catalog = self.catalog()?;
        let synced = self.db.synced_locales()?;
        let synced_at = match catalog.locale {
            Some(l) => self.db.bundle_state(l.tag())?.map(|s| s.synced_at),
            None => None,
        };
        Ok(app::settings(
            &self.model,
            &catalog,
            &synced,
            synced_at,
            (self.now)(),
        ))
    }
}

#[cfg(test)]
mod tests;

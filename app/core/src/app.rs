//! The app, in Crux's order (STYLE.md "guide-core follows Crux's app.rs shape"): the
//! [`Model`] (state the core owns), the view models (records the shells render; every
//! string already localized), then the requests shells send, then `view` functions: pure
//! projections from the model and the offline catalogue to a screen. Deciding and
//! formatting happen here; I/O (HTTP, SQLite, platform services) happens in `lib.rs`'s
//! worker, which calls these with what it fetched. Tests are at the bottom.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use guide_domain::bundle::{BundlePlace as Place, BundleRoute};
use guide_domain::catalogue::FOREIGN_CARD_METHODS;
use guide_domain::filter::{Near, PlaceFilter, Sort, SortKey, TaxRefundFilter};
use guide_domain::l10n::{tr, tr_args};
use guide_domain::planner::{ItemRole, Pace, Plan, PlanInput, PlanPlace};
use guide_domain::search::{MAX_QUERY_CHARS, Match, Query, SearchDoc, classify, relevant};
use guide_domain::tax_refund::RefundEstimate;
use guide_domain::transit::TransitCheckOutcome;
use guide_domain::{Interest, LatLng, Locale, OpenState, PlaceKind, TextDirection, map_links};

use crate::catalog::Catalog;
use crate::db::{SavedItinerary, SavedPurchase};
use crate::format;
use crate::platform::GeoPoint;

// ---------------------------------------------------------------------------------------
// Model

/// What the core remembers between calls.
#[derive(Debug)]
pub struct Model {
    /// The visitor's language.
    pub locale: Locale,
    /// The last network attempt failed: views show the offline banner.
    pub offline: bool,
    /// The last visa-free check (its deadline bounds the plan).
    pub transit: Option<TransitCheckOutcome>,
    /// The last generated plan (for calendar export and saving).
    pub plan: Option<Plan>,
    /// An account token is stored.
    pub signed_in: bool,
}

impl Default for Model {
    fn default() -> Self {
        Model {
            locale: Locale::En,
            offline: false,
            transit: None,
            plan: None,
            signed_in: false,
        }
    }
}

// ---------------------------------------------------------------------------------------
// View models

/// What every screen shows at the top.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Header {
    /// Screen title.
    pub title: String,
    /// BCP 47 tag of the UI language.
    pub locale: String,
    /// Lay the screen out right-to-left (Arabic).
    pub rtl: bool,
    /// The network is off: data comes from the phone.
    pub offline: bool,
    /// Text of the offline / no-data banner, if one should show.
    pub banner: Option<String>,
    /// Alerts in force now (weather, closures), already localized.
    pub alerts: Vec<String>,
}

/// A small label on a place: open now, takes foreign cards, tax refund, …
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Badge {
    /// Stable code (`open_now`, `closed_now`, `hours_unknown`, `foreign_card`,
    /// `tax_refund`, `instant_refund`, `duty_free`, `night`): pick icon and colour by it.
    pub code: String,
    /// Text to show.
    pub label: String,
}

/// A place in a list.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlaceCard {
    pub id: String,
    pub slug: String,
    /// Name in the visitor's language (or the best fallback).
    pub name: String,
    /// Chinese name, for signs and drivers.
    pub name_zh: String,
    /// "Shopping mall", "Sight", …
    pub kind_label: String,
    pub summary: Option<String>,
    /// "340 m", when the position is known.
    pub distance: Option<String>,
    /// Metres, for sorting or a map.
    pub distance_m: Option<u32>,
    pub badges: Vec<Badge>,
    /// Saved as a favourite.
    pub favorite: bool,
    pub lat: Option<f64>,
    pub lng: Option<f64>,
}

/// A filter chip of the Explore screen.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FilterChip {
    /// The field of [`ExploreQuery`] it toggles.
    pub key: String,
    pub label: String,
    pub on: bool,
}

/// The Explore screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ExploreView {
    pub header: Header,
    pub chips: Vec<FilterChip>,
    pub items: Vec<PlaceCard>,
    /// "12 places".
    pub count: String,
    /// Shown instead of the list when it is empty.
    pub empty: Option<String>,
}

/// What the visitor asks the Explore screen for.
#[derive(Debug, Clone, Default, PartialEq, uniffi::Record)]
pub struct ExploreQuery {
    /// Text to find in names (any script), summaries and slugs.
    #[uniffi(default = None)]
    pub text: Option<String>,
    /// Place kinds (any of); empty means all.
    #[uniffi(default = [])]
    pub kinds: Vec<String>,
    /// A zone slug.
    #[uniffi(default = None)]
    pub zone: Option<String>,
    #[uniffi(default = false)]
    pub open_now: bool,
    #[uniffi(default = false)]
    pub foreign_card: bool,
    #[uniffi(default = false)]
    pub tax_refund: bool,
    #[uniffi(default = false)]
    pub instant_refund: bool,
    #[uniffi(default = false)]
    pub duty_free: bool,
    #[uniffi(default = false)]
    pub night: bool,
    /// Sort by distance from the device (LocationProvider) and show distances.
    #[uniffi(default = false)]
    pub near_me: bool,
    /// With `near_me`: only within this many metres.
    #[uniffi(default = None)]
    pub radius_m: Option<u32>,
    /// At most this many items (default 50).
    #[uniffi(default = None)]
    pub limit: Option<u32>,
}

/// A label and its detail ("Foreign bank cards" / "Not yet verified").
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Row {
    pub label: String,
    pub detail: Option<String>,
}

/// The card to show a taxi driver: Chinese only, large.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DriverCard {
    pub title: String,
    pub request: String,
    pub name_zh: String,
    pub address_zh: Option<String>,
    pub phone: Option<String>,
    /// The Amap link as a QR code, for a driver to scan (when the place has a location).
    pub qr: Option<crate::qr::QrView>,
}

/// Deep links into map apps (Amap uses GCJ-02; the core converts).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct MapLinksView {
    pub amap: String,
    pub apple: String,
    pub google: String,
}

/// The Place detail screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlaceView {
    pub header: Header,
    pub card: PlaceCard,
    pub address: Option<String>,
    pub address_zh: Option<String>,
    pub phone: Option<String>,
    /// "Closes 22:00", "Opens Fri 28 Nov 10:00", or that hours are unknown.
    pub hours: String,
    /// What the hours do not say: holidays, last entry.
    pub hours_note: Option<String>,
    /// The OpenStreetMap hours as written (for sharing; shells show `hours_week`).
    pub hours_source: Option<String>,
    /// The coming seven days from today in Guangzhou: “Mon 12-07” / “10:00–22:00”, or
    /// “Closed” (public holidays applied); empty when the hours are unknown.
    pub hours_week: Vec<Row>,
    pub payments: Vec<Row>,
    /// "English menu", "Halal", "Staff speak: en, ja", …
    pub friendliness: Vec<String>,
    /// "Verify before travel", "Approximate location", translation fallback.
    pub notices: Vec<String>,
    pub driver_card: DriverCard,
    pub map_links: Option<MapLinksView>,
    /// Names of the zones it belongs to.
    pub zones: Vec<String>,
    /// Where the facts come from: the page's title (or address), and its address with the
    /// day it was read.
    pub sources: Vec<Row>,
}

/// A zone in the list.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ZoneCard {
    pub slug: String,
    pub name: String,
    pub name_zh: String,
    pub tier: String,
    pub summary: Option<String>,
    pub place_count: u32,
    /// "12 places".
    pub places: String,
}

/// The Zones screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct ZonesView {
    pub header: Header,
    pub items: Vec<ZoneCard>,
}

/// A route in the list.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RouteCard {
    pub slug: String,
    pub name: String,
    pub summary: Option<String>,
    /// "5 stops".
    pub stops: String,
    /// "4 h 30 min".
    pub duration: String,
}

/// The Routes screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RoutesView {
    pub header: Header,
    pub items: Vec<RouteCard>,
}

/// A stop of a route.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RouteStopView {
    pub place: PlaceCard,
    /// "Stay 1 h 30 min".
    pub stay: String,
    /// "Metro, 20 minutes — Line 3 to Zhujiang New Town", to the next stop.
    pub to_next: Option<String>,
}

/// A route's detail screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RouteView {
    pub header: Header,
    pub card: RouteCard,
    pub stops: Vec<RouteStopView>,
}

/// The trip the visitor describes for the visa-free check.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct TransitRequest {
    /// Passport nationality, ISO 3166-1 alpha-2 (`US`).
    pub nationality: String,
    /// Port of entry code (`CAN`).
    pub entry_port: String,
    /// Arrival, RFC 3339 with offset.
    pub entry_at: String,
    /// Country or region flown in from (`US`).
    pub origin: String,
    /// Country or region flying on to (`JP`).
    pub destination: String,
    #[uniffi(default = None)]
    pub exit_port: Option<String>,
    /// Departure, RFC 3339, if booked.
    #[uniffi(default = None)]
    pub exit_at: Option<String>,
    /// Passport expiry date (`2030-01-31`).
    #[uniffi(default = None)]
    pub passport_expiry: Option<String>,
}

/// The visa-free check screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct TransitView {
    pub header: Header,
    pub eligible: bool,
    /// "You can enter without a visa" / "This trip needs a visa".
    pub verdict: String,
    /// Wire code of the scheme (`transit_240h`, `visa_free_30d`, `none`).
    pub scheme: String,
    /// Its name ("240-hour visa-free transit").
    pub scheme_name: String,
    /// "Leave mainland China by Sat 12 Dec 00:00".
    pub deadline: Option<String>,
    /// RFC 3339, for a native timer.
    pub deadline_at: Option<String>,
    /// "6 days 5 h left" from now.
    pub countdown: Option<String>,
    pub seconds_left: Option<i64>,
    /// Why not (when not eligible).
    pub reasons: Vec<String>,
    /// What to verify (uncertain facts, with their source).
    pub warnings: Vec<String>,
    /// Where the visitor may travel.
    pub permitted_area: Option<String>,
}

/// What the visitor asks the planner for.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlanRequest {
    /// Arrival, RFC 3339.
    pub entry_at: String,
    /// Departure, RFC 3339 (else the deadline of the last visa-free check is the end).
    #[uniffi(default = None)]
    pub exit_at: Option<String>,
    /// Interests (`food`, `shopping`, `night`, `heritage`, `culture`, `nature`, `family`).
    #[uniffi(default = [])]
    pub interests: Vec<String>,
    /// `relaxed`, `normal` or `packed`.
    #[uniffi(default = None)]
    pub pace: Option<String>,
    /// Hotel; else the device position; else the city centre.
    #[uniffi(default = None)]
    pub start: Option<GeoPoint>,
    /// Slugs of places to include.
    #[uniffi(default = [])]
    pub must_see: Vec<String>,
}

/// One timed item of a day.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlanItemView {
    /// "10:00–11:30".
    pub time: String,
    /// "Visit", "Lunch", …
    pub role: String,
    pub slug: String,
    pub name: String,
    pub name_zh: String,
    /// "Metro, 25 minutes".
    pub travel: String,
}

/// One day of a plan.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlanDayView {
    /// "Tue 1 Dec".
    pub title: String,
    pub date: String,
    pub items: Vec<PlanItemView>,
    /// "Leave for the port at 15:00" on the last day.
    pub leave: Option<String>,
}

/// The trip planner screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct PlanView {
    pub header: Header,
    /// "3 days, 9 visits".
    pub summary: String,
    pub days: Vec<PlanDayView>,
    pub warnings: Vec<String>,
}

/// A purchase the visitor adds to the tax-refund tracker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PurchaseInput {
    /// Place slug or the name on the receipt.
    pub store: String,
    /// `2026-12-01`.
    pub date: String,
    /// Invoice amount in yuan, VAT included (`"1280.00"`).
    pub amount_cny: String,
    /// 13 or 9.
    #[uniffi(default = 13)]
    pub vat_rate: u8,
    /// Refunded on the spot (instant refund).
    #[uniffi(default = false)]
    pub instant: bool,
}

/// A purchase in the tracker.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PurchaseView {
    pub id: String,
    pub store: String,
    pub date: String,
    pub amount: String,
    pub instant: bool,
    /// Not yet synced to the account.
    pub pending: bool,
}

/// Running totals for one store on one day.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RefundGroupView {
    pub store: String,
    pub date: String,
    pub spent: String,
    pub refund: String,
    pub eligible: bool,
    pub notes: Vec<String>,
}

/// The tax-refund tracker screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct RefundView {
    pub header: Header,
    pub purchases: Vec<PurchaseView>,
    pub groups: Vec<RefundGroupView>,
    /// "Spent: ¥3,280.00".
    pub spent: String,
    /// "Estimated refund: ¥295.20".
    pub refund: String,
    pub instant: Option<String>,
    pub to_collect: Option<String>,
    /// Departure checklist.
    pub checklist: Vec<String>,
    pub warnings: Vec<String>,
    pub empty: Option<String>,
}

/// A saved itinerary.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SavedPlanView {
    pub id: String,
    pub name: String,
    /// "3 days, 9 visits".
    pub summary: String,
    pub pending: bool,
}

/// The Saved screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SavedView {
    pub header: Header,
    pub favorites: Vec<PlaceCard>,
    pub itineraries: Vec<SavedPlanView>,
    /// Shown when some items wait to sync.
    pub pending: Option<String>,
    pub empty: Option<String>,
}

/// A language choice.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LanguageOption {
    pub tag: String,
    pub native_name: String,
    pub rtl: bool,
    pub selected: bool,
}

/// The Settings screen.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct SettingsView {
    pub header: Header,
    pub language_label: String,
    pub languages: Vec<LanguageOption>,
    pub offline_label: String,
    /// "312 places saved, updated Thu 27 Nov 18:30".
    pub offline_status: String,
    /// Locales downloaded to the phone.
    pub offline_locales: Vec<String>,
    pub account_label: String,
    pub account_status: String,
    pub signed_in: bool,
}

/// What a sync did.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SyncReport {
    pub locale: String,
    /// A full bundle replaced the stored data.
    pub full: bool,
    /// Items added or updated.
    pub changed: u32,
    /// Items removed (tombstones).
    pub removed: u32,
    /// 304: nothing new.
    pub unchanged: bool,
    /// Favourite changes pushed to the account.
    pub pushed: u32,
    /// "The guide is up to date".
    pub status: String,
}

/// A tab of the shell's navigation bar.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NavTab {
    /// Stable screen key: `explore`, `planner`, `refund`, `zones`, `routes`, `saved`,
    /// `settings`.
    pub key: String,
    pub label: String,
}

/// A form field: its label, and an example of what to type (not localized: codes, dates).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct FormField {
    /// The field of the request it fills (`nationality`, `entry_at`, `amount_cny`, …).
    pub key: String,
    pub label: String,
    pub hint: String,
}

/// One of a fixed set of choices (an interest of the planner).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Choice {
    /// What the request carries (`food`).
    pub key: String,
    pub label: String,
}

/// The shell's own words in the visitor's language: navigation, section titles, buttons
/// and form fields, so shells show no text of their own.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Labels {
    /// BCP 47 tag of the UI language.
    pub locale: String,
    /// Lay the shell out right-to-left (Arabic).
    pub rtl: bool,
    pub tabs: Vec<NavTab>,
    pub search: String,
    pub back: String,
    /// Place screen sections.
    pub hours: String,
    pub payments: String,
    pub maps: String,
    pub sources: String,
    /// Route screen section.
    pub stops: String,
    /// Opens the driver card full screen; `close` closes it.
    pub driver_show: String,
    pub close: String,
    pub favorite_add: String,
    pub favorite_remove: String,
    pub map_amap: String,
    pub map_apple: String,
    pub map_google: String,
    /// The fields of [`TransitRequest`] a visitor fills in.
    pub transit_fields: Vec<FormField>,
    pub transit_check: String,
    pub interests_label: String,
    /// The planner's interests (`PlanRequest.interests`).
    pub interests: Vec<Choice>,
    pub plan: String,
    /// The fields of [`PurchaseInput`] (`store`, `date`, `amount_cny`, `vat_rate`).
    pub purchase_fields: Vec<FormField>,
    pub purchase_instant: String,
    pub purchase_add: String,
    pub purchase_remove: String,
    /// The departure time of the refund tracker (its deadlines).
    pub departure: FormField,
    pub checklist: String,
    pub sync: String,
}

// ---------------------------------------------------------------------------------------
// view: pure projections

/// The header of a screen.
pub fn header(model: &Model, catalog: &Catalog, title_key: &str, now: DateTime<Utc>) -> Header {
    let l = model.locale;
    let banner = if catalog.is_empty() {
        Some(tr(l, "app-no-data"))
    } else if model.offline {
        Some(tr(l, "app-offline-banner"))
    } else {
        None
    };
    Header {
        title: tr(l, title_key),
        locale: l.tag().to_owned(),
        rtl: l.direction() == TextDirection::Rtl,
        offline: model.offline,
        banner,
        alerts: catalog
            .alerts
            .iter()
            .filter(|a| a.facts.active_at(now))
            .map(|a| a.text.value.title.clone())
            .collect(),
    }
}

/// Badges of a place at `now`.
pub fn badges(l: Locale, p: &Place, now: DateTime<Utc>) -> Vec<Badge> {
    let f = &p.facts;
    let badge = |code: &str, key: &str| Badge {
        code: code.to_owned(),
        label: tr(l, key),
    };
    let mut out = vec![match f.open_state(now) {
        OpenState::Open => badge("open_now", "badge-open-now"),
        OpenState::Closed => badge("closed_now", "badge-closed-now"),
        OpenState::Unknown => badge("hours_unknown", "badge-hours-unknown"),
    }];
    if f.takes_foreign_cards() {
        out.push(badge("foreign_card", "badge-foreign-card"));
    }
    if f.instant_refund() {
        out.push(badge("instant_refund", "badge-instant-refund"));
    } else if f.tax_refund_store() {
        out.push(badge("tax_refund", "badge-tax-refund"));
    }
    if f.duty_free.is_some() {
        out.push(badge("duty_free", "badge-duty-free"));
    }
    if f.night {
        out.push(badge("night", "badge-night"));
    }
    out
}

/// A place card; `from` adds the distance.
pub fn card(
    l: Locale,
    p: &Place,
    from: Option<LatLng>,
    favorite: bool,
    now: DateTime<Utc>,
) -> PlaceCard {
    let f = &p.facts;
    let distance_m = from.zip(f.lat_lng()).map(|(a, b)| a.distance_m(b));
    PlaceCard {
        id: f.id.clone(),
        slug: f.slug.clone(),
        name: p.text.value.name().to_owned(),
        name_zh: f.name_zh.clone(),
        kind_label: tr(l, &format!("kind-{}", f.kind.as_str())),
        summary: p.text.value.summary().map(str::to_owned),
        distance: distance_m.map(|d| format::distance(l, d)),
        distance_m: distance_m.map(|d| d.round() as u32),
        badges: badges(l, p, now),
        favorite,
        lat: f.location.map(|l| l.lat),
        lng: f.location.map(|l| l.lng),
    }
}

/// What offline search reads of a place: its name in the synced language, its names in
/// the others (`aka`), the Chinese name, and the summary, address and tags.
pub fn search_doc(p: &Place) -> SearchDoc<'_> {
    let mut names = vec![(Some(p.text.locale), p.text.value.name())];
    names.extend(p.aka.iter().map(|n| (None, n.as_str())));
    SearchDoc {
        name_zh: &p.facts.name_zh,
        names,
        summary: p.text.value.summary().map(|s| (p.text.locale, s)),
        address: p.text.value.address().map(|a| (p.text.locale, a)),
        address_zh: p.facts.address_zh.as_deref(),
        tags: &p.facts.tags,
    }
}

/// The filters of an Explore query, as guide-domain's (the server's list uses the same).
fn explore_filter(
    q: &ExploreQuery,
    near: Option<LatLng>,
    now: DateTime<Utc>,
) -> Option<PlaceFilter> {
    let kinds: Vec<PlaceKind> = q.kinds.iter().filter_map(|k| k.parse().ok()).collect();
    if kinds.is_empty() && !q.kinds.is_empty() {
        // Only unknown kinds were asked for: nothing is of those kinds.
        return None;
    }
    Some(PlaceFilter {
        kinds,
        zone: q.zone.clone(),
        near: near.map(|at| Near::new(at, q.radius_m.map_or(f64::INFINITY, f64::from))),
        open_at: q.open_now.then(|| now.fixed_offset()),
        pay: if q.foreign_card {
            FOREIGN_CARD_METHODS.to_vec()
        } else {
            Vec::new()
        },
        tax_refund: if q.instant_refund {
            Some(TaxRefundFilter::Instant)
        } else if q.tax_refund {
            Some(TaxRefundFilter::Any)
        } else {
            None
        },
        duty_free: q.duty_free,
        night: q.night,
        ..PlaceFilter::default()
    })
}

/// The places an Explore query finds, in the order the server's list would give them:
/// matches of the search text (loose ones dropped when better ones exist), then the
/// filters, then the sort key (best match, nearest, name).
pub fn find<'a>(
    catalog: &'a Catalog,
    q: &ExploreQuery,
    near: Option<LatLng>,
    now: DateTime<Utc>,
) -> Vec<(&'a Place, Option<f64>)> {
    let Some(filter) = explore_filter(q, near, now) else {
        return Vec::new();
    };
    let text: String = q
        .text
        .as_deref()
        .unwrap_or("")
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    let query = match Query::parse(&text) {
        Ok(query) => query,
        Err(_) => return Vec::new(),
    };
    let candidates: Vec<(&Place, Option<Match>)> = match (
        &query,
        q.text.as_deref().is_some_and(|t| !t.trim().is_empty()),
    ) {
        (Some(query), _) => relevant(
            catalog
                .places
                .iter()
                .filter_map(|p| Some((p, classify(query, &search_doc(p))?)))
                .collect(),
        )
        .into_iter()
        .map(|(p, m)| (p, Some(m)))
        .collect(),
        // Text with nothing searchable in it (only punctuation) matches nothing.
        (None, true) => Vec::new(),
        (None, false) => catalog.places.iter().map(|p| (p, None)).collect(),
    };
    let sort = if query.is_some() {
        Sort::Relevance
    } else if near.is_some() {
        Sort::Distance
    } else {
        Sort::Name
    };
    let mut hits: Vec<(SortKey, &Place, Option<f64>)> = candidates
        .into_iter()
        .filter_map(|(p, m)| {
            let distance = filter.check(&p.facts)?;
            Some((
                SortKey::new(
                    sort,
                    m.map(|m| m.tier),
                    distance,
                    p.text.value.name(),
                    &p.facts.id,
                ),
                p,
                distance,
            ))
        })
        .collect();
    hits.sort_by(|a, b| a.0.cmp(&b.0));
    hits.into_iter().map(|(_, p, d)| (p, d)).collect()
}

/// The Explore screen.
pub fn explore(
    model: &Model,
    catalog: &Catalog,
    q: &ExploreQuery,
    here: Option<LatLng>,
    favorites: &[String],
    now: DateTime<Utc>,
) -> ExploreView {
    let l = model.locale;
    let from = if q.near_me { here } else { None };
    let found = find(catalog, q, from, now);
    let total = found.len();
    let items: Vec<PlaceCard> = found
        .into_iter()
        .take(q.limit.unwrap_or(50) as usize)
        .map(|(p, _)| card(l, p, from, favorites.contains(&p.facts.slug), now))
        .collect();
    let chip = |key: &str, label: &str, on: bool| FilterChip {
        key: key.to_owned(),
        label: tr(l, label),
        on,
    };
    ExploreView {
        header: header(model, catalog, "app-title-explore", now),
        chips: vec![
            chip("open_now", "badge-open-now", q.open_now),
            chip("foreign_card", "badge-foreign-card", q.foreign_card),
            chip("tax_refund", "badge-tax-refund", q.tax_refund),
            chip("instant_refund", "badge-instant-refund", q.instant_refund),
            chip("duty_free", "badge-duty-free", q.duty_free),
            chip("night", "badge-night", q.night),
        ],
        count: tr_args(l, "app-place-count", &[("count", total.into())]),
        empty: items.is_empty().then(|| {
            tr(
                l,
                if catalog.is_empty() {
                    "app-no-data"
                } else {
                    "app-explore-empty"
                },
            )
        }),
        items,
    }
}

/// The Place detail screen.
pub fn place(
    model: &Model,
    catalog: &Catalog,
    p: &Place,
    here: Option<LatLng>,
    favorite: bool,
    now: DateTime<Utc>,
) -> PlaceView {
    let l = model.locale;
    let f = &p.facts;
    let hours = match f.hours.as_ref().map(|h| &h.hours) {
        None => tr(l, "app-hours-unknown"),
        Some(h) => {
            let state = h.state_at(now);
            match h.next_change(now) {
                Some(next) => {
                    let local = next
                        .with_timezone(&guide_domain::hours::TIME_ZONE)
                        .fixed_offset();
                    let now_local = now
                        .with_timezone(&guide_domain::hours::TIME_ZONE)
                        .date_naive();
                    let when = if local.date_naive() == now_local {
                        format::time(&local)
                    } else {
                        format::date_time(l, &local)
                    };
                    let key = if state == OpenState::Open {
                        "closes-at"
                    } else {
                        "opens-at"
                    };
                    tr_args(l, key, &[("time", when.into())])
                }
                None => tr(
                    l,
                    if state == OpenState::Open {
                        "badge-open-now"
                    } else {
                        "badge-closed-now"
                    },
                ),
            }
        }
    };
    let payments = f
        .payments
        .iter()
        .map(|pay| Row {
            label: tr(l, &format!("pay-{}", pay.method.as_str())),
            detail: pay.unverified().then(|| tr(l, "notice-not-yet-verified")),
        })
        .collect();
    let fr = &f.friendliness;
    let mut friendliness: Vec<String> = [
        (fr.english_menu, "friendly-english_menu"),
        (fr.picture_menu, "friendly-picture_menu"),
        (fr.order_without_wechat, "friendly-order_without_wechat"),
        (fr.halal, "friendly-halal"),
        (fr.vegetarian, "friendly-vegetarian"),
        (fr.wheelchair, "friendly-wheelchair"),
    ]
    .into_iter()
    .filter(|(v, _)| *v == Some(true))
    .map(|(_, key)| tr(l, key))
    .collect();
    if !fr.staff_languages.is_empty() {
        let names: Vec<String> = fr
            .staff_languages
            .iter()
            .map(|t| Locale::from_tag(t).map_or_else(|| t.clone(), |l| l.native_name().to_owned()))
            .collect();
        friendliness.push(tr_args(
            l,
            "friendly-staff_languages",
            &[("languages", names.join(", ").into())],
        ));
    }
    let mut notices = Vec::new();
    if f.needs_verification() {
        notices.push(tr(l, "notice-verify-before-travel"));
    }
    if f.location.is_some_and(|loc| loc.approximate) {
        notices.push(tr(l, "notice-approximate-location"));
    }
    if p.text.locale != l {
        notices.push(tr_args(
            l,
            "notice-translation-fallback",
            &[("language", p.text.locale.native_name().into())],
        ));
    }
    let zones = f
        .zones
        .iter()
        .map(|slug| {
            catalog
                .zones
                .iter()
                .find(|z| &z.facts.slug == slug)
                .map_or(slug.clone(), |z| z.text.value.name.clone())
        })
        .collect();
    let sources = f
        .sources
        .iter()
        .filter(|s| s.is_public())
        .map(|s| Row {
            label: s.title.clone().unwrap_or_else(|| s.url.clone()),
            detail: Some(match s.as_of {
                Some(day) => tr_args(
                    l,
                    "app-source-checked",
                    &[
                        ("url", s.url.as_str().into()),
                        ("date", format::date(l, day).into()),
                    ],
                ),
                None => s.url.clone(),
            }),
        })
        .collect();
    PlaceView {
        header: Header {
            title: p.text.value.name().to_owned(),
            ..header(model, catalog, "app-title-explore", now)
        },
        card: card(l, p, here, favorite, now),
        address: p.text.value.address().map(str::to_owned),
        address_zh: f.address_zh.clone(),
        phone: f.phone.clone(),
        hours,
        hours_note: p.text.value.hours_note().map(str::to_owned),
        hours_source: f.hours.as_ref().map(|h| h.hours.as_str().to_owned()),
        hours_week: f
            .hours
            .as_ref()
            .map(|h| {
                let today = now
                    .with_timezone(&guide_domain::hours::TIME_ZONE)
                    .date_naive();
                guide_domain::hours::week_lines(&h.hours, today, l)
                    .into_iter()
                    .map(|d| Row {
                        label: format!("{} {}", d.weekday, d.date.format("%m-%d")),
                        detail: Some(d.text),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        payments,
        friendliness,
        notices,
        driver_card: DriverCard {
            title: tr(l, "driver-card-title"),
            request: tr(l, "driver-card-request"),
            name_zh: f.name_zh.clone(),
            address_zh: f.address_zh.clone(),
            phone: f.phone.clone(),
            qr: f
                .lat_lng()
                .and_then(|at| crate::qr::qr(&map_links(p.text.value.name(), at).amap)),
        },
        map_links: f.lat_lng().map(|at| {
            let links = map_links(p.text.value.name(), at);
            MapLinksView {
                amap: links.amap,
                apple: links.apple,
                google: links.google,
            }
        }),
        zones,
        sources,
    }
}

/// The Zones screen.
pub fn zones(model: &Model, catalog: &Catalog, now: DateTime<Utc>) -> ZonesView {
    let l = model.locale;
    let items = catalog
        .zones
        .iter()
        .map(|z| {
            let count = catalog
                .places
                .iter()
                .filter(|p| p.facts.zones.contains(&z.facts.slug))
                .count();
            ZoneCard {
                slug: z.facts.slug.clone(),
                name: z.text.value.name.clone(),
                name_zh: z.facts.name_zh.clone(),
                tier: tr(l, &format!("zone-tier-{}", z.facts.tier.as_str())),
                summary: z.text.value.summary.clone(),
                place_count: count as u32,
                places: tr_args(l, "app-place-count", &[("count", count.into())]),
            }
        })
        .collect();
    ZonesView {
        header: header(model, catalog, "app-title-zones", now),
        items,
    }
}

fn route_card(l: Locale, r: &BundleRoute) -> RouteCard {
    RouteCard {
        slug: r.facts.slug.clone(),
        name: r.text.value.name.clone(),
        summary: r.text.value.summary.clone(),
        stops: tr_args(
            l,
            "app-stop-count",
            &[("count", r.facts.stops.len().into())],
        ),
        duration: format::duration(l, i64::from(r.facts.total_minutes())),
    }
}

/// The Routes screen.
pub fn routes(model: &Model, catalog: &Catalog, now: DateTime<Utc>) -> RoutesView {
    RoutesView {
        header: header(model, catalog, "app-title-routes", now),
        items: catalog
            .routes
            .iter()
            .map(|r| route_card(model.locale, r))
            .collect(),
    }
}

/// A route's detail screen.
pub fn route(
    model: &Model,
    catalog: &Catalog,
    r: &BundleRoute,
    favorites: &[String],
    now: DateTime<Utc>,
) -> RouteView {
    let l = model.locale;
    let stops = r
        .facts
        .stops
        .iter()
        .filter_map(|s| {
            let p = catalog.place(&s.place_id)?;
            let to_next = s.to_next.as_ref().map(|leg| {
                let mode = tr(l, &format!("mode-{}", leg.mode.as_str()));
                let duration = format::duration(l, i64::from(leg.minutes));
                let text = tr_args(
                    l,
                    "app-leg",
                    &[("mode", mode.into()), ("duration", duration.into())],
                );
                match &leg.directions {
                    Some(d) => format!("{text} — {}", d.value.note),
                    None => text,
                }
            });
            Some(RouteStopView {
                place: card(l, p, None, favorites.contains(&p.facts.slug), now),
                stay: tr_args(
                    l,
                    "app-stay",
                    &[(
                        "duration",
                        format::duration(l, i64::from(s.dwell_minutes)).into(),
                    )],
                ),
                to_next,
            })
        })
        .collect();
    RouteView {
        header: Header {
            title: r.text.value.name.clone(),
            ..header(model, catalog, "app-title-routes", now)
        },
        card: route_card(l, r),
        stops,
    }
}

/// The visa-free check screen for an outcome (already localized).
pub fn transit(
    model: &Model,
    catalog: &Catalog,
    out: &TransitCheckOutcome,
    now: DateTime<Utc>,
) -> TransitView {
    let l = model.locale;
    let seconds_left = out.deadline.map(|d| (d.to_utc() - now).num_seconds());
    TransitView {
        header: header(model, catalog, "app-title-planner", now),
        eligible: out.eligible,
        verdict: tr(
            l,
            if out.eligible {
                "app-transit-eligible"
            } else {
                "app-transit-not-eligible"
            },
        ),
        scheme: out.scheme.as_str().to_owned(),
        scheme_name: tr(l, &format!("transit-scheme-{}", out.scheme.as_str())),
        deadline: out.deadline.map(|d| {
            tr_args(
                l,
                "app-transit-deadline",
                &[("time", format::date_time(l, &d).into())],
            )
        }),
        deadline_at: out.deadline.map(|d| d.to_rfc3339()),
        countdown: seconds_left.map(|s| format::countdown(l, s)),
        seconds_left,
        reasons: out.reasons.iter().map(|f| f.message.clone()).collect(),
        warnings: out.warnings.iter().map(|f| f.message.clone()).collect(),
        permitted_area: out.permitted_area.as_ref().map(|a| {
            let key = format!("transit-area-{}", a.code);
            let text = tr(l, &key);
            if text == key {
                a.description.clone()
            } else {
                text
            }
        }),
    }
}

/// The places the planner may use: the one rule of guide-domain (`PlaceFacts::plan_place`)
/// that the server's planner applies too.
pub fn plan_places(catalog: &Catalog, must_see: &[String]) -> Vec<PlanPlace> {
    catalog
        .places
        .iter()
        .filter_map(|p| {
            p.facts.plan_place(
                p.text.value.name(),
                must_see.iter().any(|s| s == &p.facts.slug),
            )
        })
        .collect()
}

/// Parses a pace name.
pub fn parse_pace(s: Option<&str>) -> Option<Pace> {
    match s.unwrap_or("normal") {
        "relaxed" => Some(Pace::Relaxed),
        "normal" => Some(Pace::Normal),
        "packed" => Some(Pace::Packed),
        _ => None,
    }
}

/// "3 days, 9 visits".
pub fn plan_summary(l: Locale, plan: &Plan) -> String {
    let visits = plan
        .days
        .iter()
        .flat_map(|d| &d.items)
        .filter(|i| i.role == ItemRole::Visit)
        .count();
    tr_args(
        l,
        "app-plan-summary",
        &[("days", plan.days.len().into()), ("visits", visits.into())],
    )
}

/// The planner screen.
pub fn plan(model: &Model, catalog: &Catalog, plan: &Plan, now: DateTime<Utc>) -> PlanView {
    let l = model.locale;
    let role = |r: ItemRole| match r {
        ItemRole::Visit => "app-role-visit",
        ItemRole::Lunch => "app-role-lunch",
        ItemRole::Dinner => "app-role-dinner",
        ItemRole::Night => "app-role-night",
    };
    let days = plan
        .days
        .iter()
        .map(|d| PlanDayView {
            title: format::date(l, d.date),
            date: d.date.to_string(),
            items: d
                .items
                .iter()
                .map(|i| PlanItemView {
                    time: format!("{}–{}", format::time(&i.start), format::time(&i.end)),
                    role: tr(l, role(i.role)),
                    slug: i.place.slug.clone(),
                    name: i.place.name.clone(),
                    name_zh: i.place.name_zh.clone(),
                    travel: tr_args(
                        l,
                        "app-leg",
                        &[
                            (
                                "mode",
                                tr(l, &format!("mode-{}", i.travel.mode.as_str())).into(),
                            ),
                            (
                                "duration",
                                format::duration(l, i64::from(i.travel.minutes)).into(),
                            ),
                        ],
                    ),
                })
                .collect(),
            leave: d
                .leave_for_port_at
                .map(|t| tr_args(l, "app-plan-leave", &[("time", format::time(&t).into())])),
        })
        .collect();
    PlanView {
        header: header(model, catalog, "app-title-planner", now),
        summary: plan_summary(l, plan),
        days,
        warnings: plan
            .warnings
            .iter()
            .map(|w| localize_note(l, "plan-warning", w))
            .collect(),
    }
}

fn localize_note(l: Locale, prefix: &str, note: &guide_domain::policy::Note) -> String {
    if !note.message.is_empty() {
        return note.message.clone();
    }
    let args: Vec<(&str, guide_domain::MsgArg)> = note
        .args
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str().into()))
        .collect();
    let key = format!("{prefix}-{}", note.code);
    let text = tr_args(l, &key, &args);
    if text == key {
        note.code.replace('_', " ")
    } else {
        text
    }
}

/// The tax-refund tracker screen; `estimate` is localized and `None` without purchases.
pub fn refund(
    model: &Model,
    catalog: &Catalog,
    purchases: &[SavedPurchase],
    estimate: Option<&RefundEstimate>,
    now: DateTime<Utc>,
) -> RefundView {
    let l = model.locale;
    let store_name = |s: &str| {
        catalog
            .place(s)
            .map_or_else(|| s.to_owned(), |p| p.text.value.name().to_owned())
    };
    let day = |d: &str| {
        d.parse::<NaiveDate>()
            .map_or_else(|_| d.to_owned(), |d| format::date(l, d))
    };
    let money = |d: rust_decimal::Decimal| format::money(l, d);
    let zero = rust_decimal::Decimal::ZERO;
    RefundView {
        header: header(model, catalog, "app-title-refund", now),
        purchases: purchases
            .iter()
            .map(|p| PurchaseView {
                id: p.id.clone(),
                store: store_name(&p.store),
                date: day(&p.date),
                amount: p.amount.parse().map_or_else(|_| p.amount.clone(), money),
                instant: p.instant,
                pending: p.pending,
            })
            .collect(),
        groups: estimate
            .map(|e| {
                e.groups
                    .iter()
                    .map(|g| RefundGroupView {
                        store: store_name(&g.store),
                        date: format::date(l, g.date),
                        spent: money(g.invoice_cny),
                        refund: money(g.net_cny),
                        eligible: g.eligible,
                        notes: if g.eligible {
                            g.reasons.iter().map(|r| r.message.clone()).collect()
                        } else {
                            std::iter::once(tr(l, "app-refund-not-eligible"))
                                .chain(g.reasons.iter().map(|r| r.message.clone()))
                                .collect()
                        },
                    })
                    .collect()
            })
            .unwrap_or_default(),
        spent: tr_args(
            l,
            "app-refund-spent",
            &[(
                "amount",
                money(estimate.map_or(zero, |e| e.total_invoice_cny)).into(),
            )],
        ),
        refund: tr_args(
            l,
            "app-refund-estimate",
            &[(
                "amount",
                money(estimate.map_or(zero, |e| e.total_net_cny)).into(),
            )],
        ),
        instant: estimate.filter(|e| e.instant_net_cny > zero).map(|e| {
            tr_args(
                l,
                "app-refund-instant",
                &[("amount", money(e.instant_net_cny).into())],
            )
        }),
        to_collect: estimate.filter(|e| e.to_collect_cny > zero).map(|e| {
            tr_args(
                l,
                "app-refund-collect",
                &[("amount", money(e.to_collect_cny).into())],
            )
        }),
        checklist: estimate
            .map(|e| e.checklist.iter().map(|c| c.text.clone()).collect())
            .unwrap_or_default(),
        warnings: estimate
            .map(|e| e.warnings.iter().map(|w| w.message.clone()).collect())
            .unwrap_or_default(),
        empty: purchases.is_empty().then(|| tr(l, "app-refund-empty")),
    }
}

/// The Saved screen.
pub fn saved(
    model: &Model,
    catalog: &Catalog,
    favorites: &[String],
    pending: bool,
    itineraries: &[SavedItinerary],
    now: DateTime<Utc>,
) -> SavedView {
    let l = model.locale;
    let favorites_cards: Vec<PlaceCard> = favorites
        .iter()
        .filter_map(|s| catalog.place(s))
        .map(|p| card(l, p, None, true, now))
        .collect();
    let itineraries: Vec<SavedPlanView> = itineraries
        .iter()
        .map(|i| SavedPlanView {
            id: i.id.clone(),
            name: i.name.clone(),
            summary: serde_json::from_str::<Plan>(&i.body)
                .map(|p| plan_summary(l, &p))
                .unwrap_or_default(),
            pending: i.pending,
        })
        .collect();
    let any_pending = pending || itineraries.iter().any(|i| i.pending);
    SavedView {
        header: header(model, catalog, "app-title-saved", now),
        empty: (favorites_cards.is_empty() && itineraries.is_empty())
            .then(|| tr(l, "app-saved-empty")),
        pending: any_pending.then(|| tr(l, "app-saved-pending")),
        favorites: favorites_cards,
        itineraries,
    }
}

/// The Settings screen.
pub fn settings(
    model: &Model,
    catalog: &Catalog,
    synced: &[String],
    synced_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> SettingsView {
    let l = model.locale;
    let offline_status = match synced_at {
        Some(at) => tr_args(
            l,
            "app-settings-synced",
            &[
                ("count", catalog.places.len().into()),
                ("time", format::date_time(l, &at.fixed_offset()).into()),
            ],
        ),
        None => tr(l, "app-settings-never"),
    };
    SettingsView {
        header: header(model, catalog, "app-title-settings", now),
        language_label: tr(l, "app-settings-language"),
        languages: Locale::ALL
            .iter()
            .map(|x| LanguageOption {
                tag: x.tag().to_owned(),
                native_name: x.native_name().to_owned(),
                rtl: x.direction() == TextDirection::Rtl,
                selected: *x == l,
            })
            .collect(),
        offline_label: tr(l, "app-settings-offline"),
        offline_status,
        offline_locales: synced.to_vec(),
        account_label: tr(l, "app-settings-account"),
        account_status: tr(
            l,
            if model.signed_in {
                "app-settings-signed-in"
            } else {
                "app-settings-signed-out"
            },
        ),
        signed_in: model.signed_in,
    }
}

/// The shell's own words in the model's language.
pub fn labels(model: &Model) -> Labels {
    let l = model.locale;
    let t = |key: &str| tr(l, key);
    let field = |key: &str, msg: &str, hint: &str| FormField {
        key: key.to_owned(),
        label: t(msg),
        hint: hint.to_owned(),
    };
    let tab = |key: &str| NavTab {
        key: key.to_owned(),
        label: t(&format!("app-title-{key}")),
    };
    Labels {
        locale: l.tag().to_owned(),
        rtl: l.direction() == TextDirection::Rtl,
        tabs: [
            "explore", "planner", "refund", "zones", "routes", "saved", "settings",
        ]
        .into_iter()
        .map(tab)
        .collect(),
        search: t("app-label-search"),
        back: t("app-label-back"),
        hours: t("page-hours"),
        payments: t("page-payments"),
        maps: t("page-maps"),
        sources: t("page-sources"),
        stops: t("page-stops"),
        driver_show: t("app-label-driver-show"),
        close: t("app-label-close"),
        favorite_add: t("app-label-favorite-add"),
        favorite_remove: t("app-label-favorite-remove"),
        map_amap: t("app-label-map-amap"),
        map_apple: t("app-label-map-apple"),
        map_google: t("app-label-map-google"),
        transit_fields: vec![
            field("nationality", "app-label-nationality", "US"),
            field("entry_port", "app-label-entry-port", "CAN"),
            field(
                "entry_at",
                "app-label-entry-at",
                "2026-12-01T14:30:00+08:00",
            ),
            field("origin", "app-label-origin", "US"),
            field("destination", "app-label-destination", "JP"),
            field(
                "exit_at",
                "app-label-departure",
                "2026-12-04T18:00:00+08:00",
            ),
        ],
        transit_check: t("app-label-check"),
        interests_label: t("app-label-interests"),
        interests: Interest::ALL
            .iter()
            .map(|i| Choice {
                key: i.as_str().to_owned(),
                label: t(&format!("app-interest-{}", i.as_str())),
            })
            .collect(),
        plan: t("app-label-plan"),
        purchase_fields: vec![
            field("store", "app-label-store", "friendship-store-ifc"),
            field("date", "app-label-date", "2026-12-02"),
            field("amount_cny", "app-label-amount", "1280.00"),
            field("vat_rate", "app-label-vat", "13"),
        ],
        purchase_instant: t("app-label-instant"),
        purchase_add: t("app-label-add"),
        purchase_remove: t("app-label-remove"),
        departure: field(
            "departure_at",
            "app-label-departure",
            "2026-12-05T10:00:00+08:00",
        ),
        checklist: t("app-label-checklist"),
        sync: t("app-label-sync"),
    }
}

/// Parses an RFC 3339 time for `field`.
pub fn parse_time(
    field: &str,
    value: &str,
    l: Locale,
) -> crate::error::Result<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(value.trim())
        .map_err(|_| crate::error::invalid(field, l, "field-invalid-time"))
}

/// Builds the planner's input.
pub fn plan_input(
    req: &PlanRequest,
    transit: Option<&TransitCheckOutcome>,
    here: Option<LatLng>,
    l: Locale,
) -> crate::error::Result<PlanInput> {
    let mut problems = Vec::new();
    let mut fail = |field: &str, key: &str| problems.push((field.to_owned(), tr(l, key)));
    let entry_at = DateTime::parse_from_rfc3339(req.entry_at.trim())
        .map_err(|_| fail("entry_at", "field-invalid-time"))
        .ok();
    let exit_at = match req.exit_at.as_deref() {
        None => None,
        Some(s) => DateTime::parse_from_rfc3339(s.trim())
            .map_err(|_| fail("exit_at", "field-invalid-time"))
            .ok(),
    };
    let pace = parse_pace(req.pace.as_deref());
    if pace.is_none() {
        fail("pace", "field-invalid-choice");
    }
    let mut interests = Vec::new();
    for i in &req.interests {
        match i.parse::<Interest>() {
            Ok(i) => interests.push(i),
            Err(_) => fail("interests", "field-invalid-choice"),
        }
    }
    let deadline = transit.filter(|t| t.eligible).and_then(|t| t.deadline);
    if exit_at.is_none() && deadline.is_none() && entry_at.is_some() {
        problems.push(("exit_at".to_owned(), tr(l, "app-plan-empty")));
    }
    let (Some(entry_at), Some(pace), true) = (entry_at, pace, problems.is_empty()) else {
        return Err(crate::error::Error::Validation(problems));
    };
    // Guangzhou's centre (Tianhe, Zhujiang New Town) when nothing better is known.
    let centre = LatLng {
        lat: 23.1190,
        lng: 113.3214,
    };
    Ok(PlanInput {
        entry_at,
        exit_at,
        deadline,
        exit_port: None,
        interests,
        pace,
        start: req
            .start
            .map(|g| LatLng {
                lat: g.lat,
                lng: g.lng,
            })
            .or(here)
            .unwrap_or(centre),
        must_see: req.must_see.clone(),
        has_refund_purchases: false,
    })
}

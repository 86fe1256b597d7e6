//! Versioned visitor policies: the envelope every policy document in `seeds/policies/`
//! shares, and the data shapes of the policies the rules engine reads (visa-free transit,
//! 30-day visa-free entry, mutual visa-exemption agreements, departure tax refund) and of
//! the help directory (emergency numbers, hotlines, consulates, clinics).
//!
//! Policies change several times a year, so they are data, never constants in code
//! (DESIGN.md "Data truth"): each version carries the dates it is in force, where the
//! facts came from (`source`, `as_of`) and how sure we are (`confidence`). The rules in
//! `transit` and `tax_refund` pick the version in force at the date that matters with
//! [`in_force`] and report which one they used, so an answer can always be traced back to
//! a document. What the facts mark as uncertain travels with the data as
//! [`Uncertainty`] entries and comes back to the visitor as "verify before travel" warnings.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::l10n::{MsgArg, tr_args};
use crate::locale::Locale;
use crate::vocab::Confidence;

/// Which policy a document describes; the `kind` field of the YAML envelope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyKind {
    /// Visa-free transit (72/144/240 hours with an onward ticket to a third country).
    Transit,
    /// Unilateral 30-day visa-free entry, each country with its own validity window.
    VisaFreeEntry,
    /// Departure tax refund (离境退税).
    TaxRefund,
    /// Mutual visa-exemption agreements (互免签证协定), one entry per country.
    MutualExemption,
    /// Emergency numbers, hotlines, consulates and clinics a visitor may need.
    Help,
}

impl PolicyKind {
    /// The wire string (`transit`, `visa_free_entry`, `tax_refund`, `mutual_exemption`,
    /// `help`).
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyKind::Transit => "transit",
            PolicyKind::VisaFreeEntry => "visa_free_entry",
            PolicyKind::TaxRefund => "tax_refund",
            PolicyKind::MutualExemption => "mutual_exemption",
            PolicyKind::Help => "help",
        }
    }

    /// Checks the `data` block of a policy document of this kind, for the seed loader.
    ///
    /// The error names the offending field by its path inside `data` (for example
    /// `data.ports[2].kind: unknown variant ...`), then what is wrong with it.
    pub fn validate(self, data: &serde_json::Value) -> Result<(), String> {
        match self {
            PolicyKind::Transit => parse_data::<TransitPolicy>(data)?.check(),
            PolicyKind::VisaFreeEntry => parse_data::<VisaFreeEntryPolicy>(data)?.check(),
            PolicyKind::TaxRefund => parse_data::<TaxRefundPolicy>(data)?.check(),
            PolicyKind::MutualExemption => parse_data::<MutualExemptionPolicy>(data)?.check(),
            PolicyKind::Help => parse_data::<HelpDirectory>(data)?.check(),
        }
    }
}

// serde_path_to_error turns "invalid type" into "data.ports[2].kind: invalid type", which
// is what a curator editing a YAML file needs to find the line.
fn parse_data<T: DeserializeOwned>(data: &serde_json::Value) -> Result<T, String> {
    serde_path_to_error::deserialize(data).map_err(|err| {
        let path = err.path().to_string();
        if path == "." {
            format!("data: {}", err.inner())
        } else {
            format!("data.{path}: {}", err.inner())
        }
    })
}

/// What every policy document says about itself: its version, when it is in force, where
/// its facts came from and how sure we are of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyMeta {
    /// Stable identifier, e.g. `transit-240h-2025-11-05`.
    pub version: String,
    /// First day the version applies (Asia/Shanghai calendar date).
    pub effective_from: NaiveDate,
    /// Last day the version applies, inclusive; `None` while in force until replaced.
    pub effective_to: Option<NaiveDate>,
    /// Where the facts come from (URL or fact-sheet reference).
    pub source: String,
    /// When the facts were last checked.
    pub as_of: NaiveDate,
    /// How sure we are; anything but `confirmed` is shown with "verify before travel".
    pub confidence: Confidence,
}

impl PolicyMeta {
    /// Whether this version applies on `date` (both ends inclusive).
    pub fn covers(&self, date: NaiveDate) -> bool {
        date >= self.effective_from && self.effective_to.is_none_or(|to| date <= to)
    }
}

/// The data of one policy kind; ties a Rust shape to its `kind` in the envelope.
pub trait PolicyData: Serialize + DeserializeOwned {
    /// The envelope `kind` of documents holding this data.
    const KIND: PolicyKind;
}

/// One version of a policy: the envelope of a `seeds/policies/*.yaml` document.
///
/// On the wire the meta fields sit at the top level beside `kind` and `data`
/// (see `seeds/README.md`); `kind` is written on output and checked on input.
#[derive(Debug, Clone, PartialEq)]
pub struct Versioned<T> {
    /// Version, dates, provenance and confidence.
    pub meta: PolicyMeta,
    /// The policy itself.
    pub data: T,
}

// The flat wire form. Written out rather than `#[serde(flatten)]` so that unknown keys are
// rejected (a typo such as `efective_to` must not silently mean "in force forever") and
// so that formats which buffer flattened fields (YAML dates) behave like JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope<T> {
    kind: PolicyKind,
    version: String,
    effective_from: NaiveDate,
    #[serde(default)]
    effective_to: Option<NaiveDate>,
    source: String,
    as_of: NaiveDate,
    confidence: Confidence,
    data: T,
}

impl<T: PolicyData + Clone> Serialize for Versioned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        Envelope {
            kind: T::KIND,
            version: self.meta.version.clone(),
            effective_from: self.meta.effective_from,
            effective_to: self.meta.effective_to,
            source: self.meta.source.clone(),
            as_of: self.meta.as_of,
            confidence: self.meta.confidence,
            data: self.data.clone(),
        }
        .serialize(s)
    }
}

impl<'de, T: PolicyData> Deserialize<'de> for Versioned<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let env = Envelope::<T>::deserialize(d)?;
        if env.kind != T::KIND {
            return Err(serde::de::Error::custom(format!(
                "kind is “{}” but “{}” was expected here",
                env.kind.as_str(),
                T::KIND.as_str()
            )));
        }
        if env.effective_to.is_some_and(|to| to < env.effective_from) {
            return Err(serde::de::Error::custom(
                "effective_to is before effective_from",
            ));
        }
        Ok(Versioned {
            meta: PolicyMeta {
                version: env.version,
                effective_from: env.effective_from,
                effective_to: env.effective_to,
                source: env.source,
                as_of: env.as_of,
                confidence: env.confidence,
            },
            data: env.data,
        })
    }
}

/// The version in force on `date`: among those that cover the date, the one that started
/// last (so a newer version wins when an old one was left open-ended), ties broken by the
/// version string so the answer never depends on the order of the slice.
pub fn in_force<T>(versions: &[Versioned<T>], date: NaiveDate) -> Option<&Versioned<T>> {
    versions
        .iter()
        .filter(|v| v.meta.covers(date))
        .max_by(|a, b| {
            (a.meta.effective_from, &a.meta.version).cmp(&(b.meta.effective_from, &b.meta.version))
        })
}

/// A fact the sources leave open; shown to visitors as a "verify before travel" warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uncertainty {
    /// Stable snake_case code; the message is the Fluent key `transit-warning-<code>`.
    pub code: String,
    /// Where the (weak or conflicting) statement comes from.
    pub source: String,
    /// When it was last checked.
    pub as_of: NaiveDate,
}

/// Why a visitor travels; schemes allow some purposes and exclude others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Purpose {
    Tourism,
    Business,
    /// Visiting family or friends.
    Visit,
    Exchange,
    Transit,
    Work,
    Study,
    Journalism,
}

/// What kind of border crossing a port is; the planner's departure buffer depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PortKind {
    Airport,
    /// International cruise terminal.
    Cruise,
    /// Passenger ferry terminal.
    Ferry,
    /// Land crossing (bridge or road checkpoint).
    Land,
    /// Railway station with border control.
    Rail,
}

/// A port of entry designated for a transit scheme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesignatedPort {
    /// IATA code for airports, otherwise our own stable slug (e.g. `gz-pazhou-ferry`).
    pub code: String,
    /// English name.
    pub name: String,
    /// Chinese name, when the sources give it.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// Airport, cruise, ferry, land or rail.
    pub kind: PortKind,
    /// The sources leave the port's identity open (e.g. which Guangzhou cruise terminal).
    #[serde(default)]
    pub uncertain: bool,
    /// Where the port is (WGS-84), when a source gives it; the planner uses it to time
    /// the last day's trip to the port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<crate::geo::LatLng>,
}

/// Where a transit visitor may travel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PermittedArea {
    /// Stable code; the text is the Fluent key `transit-area-<code>`.
    pub code: String,
    /// English description, for documents and logs.
    pub description: String,
    /// Number of provinces in the area, when the facts give it.
    #[serde(default)]
    pub provinces: Option<u32>,
}

/// How the permitted stay is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StayClock {
    /// The clock starts at 00:00 of the day after entry (the transit rule).
    #[default]
    NextMidnight,
    /// The clock starts at the moment of entry.
    EntryTime,
    /// The day of entry is the first day; the stay ends at 24:00 of the last day (how the
    /// agreements word "a stay not exceeding N days from the date of entry"). One day
    /// shorter than `NextMidnight`, so the safer reading when the sources do not say.
    EntryDay,
}

/// How visitors are registered with the police.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationRule {
    /// Hotels register their guests.
    pub hotel_registers: bool,
    /// Visitors staying elsewhere register with the police within this many hours.
    pub self_register_within_hours: u32,
}

/// A visa-free transit scheme (144-hour or 240-hour).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitPolicy {
    /// Length of the permitted stay in hours.
    pub hours: u32,
    /// How the stay is counted.
    #[serde(default)]
    pub clock: StayClock,
    /// Eligible nationalities, ISO 3166-1 alpha-2. Empty when the sources do not give the
    /// list for this version: then no nationality can be confirmed as eligible.
    pub nationalities: Vec<String>,
    /// Designated entry ports that the data knows of.
    pub ports: Vec<DesignatedPort>,
    /// Whether `ports` lists every designated port. When false (we only keep the Guangdong
    /// ones of a national scheme), an unknown port is a warning, not a reason to refuse.
    pub ports_complete: bool,
    /// Where the visitor may travel.
    pub permitted_area: PermittedArea,
    /// The onward ticket must go to a third country or region (neither China nor origin).
    pub onward_third_country_required: bool,
    /// Places that count as regions of their own for the onward rule (HK, MO, TW).
    pub regions: Vec<String>,
    /// Minimum passport validity beyond the entry date, in months.
    pub passport_min_validity_months: u32,
    /// Purposes the scheme allows.
    pub purposes: Vec<Purpose>,
    /// Police registration.
    pub registration: RegistrationRule,
    /// Facts the sources leave open.
    #[serde(default)]
    pub uncertainties: Vec<Uncertainty>,
}

impl PolicyData for TransitPolicy {
    const KIND: PolicyKind = PolicyKind::Transit;
}

impl TransitPolicy {
    /// The designated port with this code (case-insensitive).
    pub fn port(&self, code: &str) -> Option<&DesignatedPort> {
        self.ports
            .iter()
            .find(|p| p.code.eq_ignore_ascii_case(code.trim()))
    }

    fn check(&self) -> Result<(), String> {
        if self.hours == 0 {
            return Err("data.hours: must be more than 0".into());
        }
        check_codes("data.nationalities", &self.nationalities)?;
        check_codes("data.regions", &self.regions)?;
        let mut seen = std::collections::HashSet::new();
        for (i, port) in self.ports.iter().enumerate() {
            if port.code.trim().is_empty() {
                return Err(format!("data.ports[{i}].code: must not be empty"));
            }
            if !seen.insert(port.code.to_ascii_uppercase()) {
                return Err(format!(
                    "data.ports[{i}].code: “{}” appears twice",
                    port.code
                ));
            }
        }
        if self.purposes.is_empty() {
            return Err("data.purposes: at least one purpose is required".into());
        }
        check_uncertainties(&self.uncertainties)
    }
}

/// Whether `source` is the address of a public web page (http or https), which a visitor
/// or a border officer can open; team notes and file paths are not.
pub fn is_public_source(source: &str) -> bool {
    let s = source.trim();
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() > "https://".len()
        && !s.contains(char::is_whitespace)
}

// Every source a visitor can read must be a page they can open (issue 9).
fn check_source(field: &str, source: &str) -> Result<(), String> {
    if is_public_source(source) {
        Ok(())
    } else {
        Err(format!(
            "{field}: “{source}” is not the address of a public page (https://…)"
        ))
    }
}

fn check_uncertainties(uncertainties: &[Uncertainty]) -> Result<(), String> {
    for (i, u) in uncertainties.iter().enumerate() {
        check_source(&format!("data.uncertainties[{i}].source"), &u.source)?;
    }
    Ok(())
}

fn check_code(field: &str, code: &str) -> Result<(), String> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!(
            "{field}: “{code}” is not an ISO 3166-1 alpha-2 code (two capital letters)"
        ));
    }
    Ok(())
}

fn check_codes(field: &str, codes: &[String]) -> Result<(), String> {
    for (i, code) in codes.iter().enumerate() {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(format!(
                "{field}[{i}]: “{code}” is not an ISO 3166-1 alpha-2 code (two capital letters)"
            ));
        }
    }
    Ok(())
}

/// One country's window under the 30-day visa-free entry scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryWindow {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// First day of the window; `None` when it started before this version and the
    /// sources do not give the date.
    #[serde(default)]
    pub from: Option<NaiveDate>,
    /// Last day of the window, inclusive.
    pub to: NaiveDate,
    /// Longest stay per entry, in days.
    pub max_days: u32,
    /// Free-text note (e.g. "trial").
    #[serde(default)]
    pub notes: Option<String>,
    /// How sure we are of this country's window.
    pub confidence: Confidence,
}

impl CountryWindow {
    /// Whether an entry on `date` falls inside the window.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| date >= from) && date <= self.to
    }
}

/// The unilateral 30-day visa-free entry scheme (单方面免签).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisaFreeEntryPolicy {
    /// Each country's window.
    pub countries: Vec<CountryWindow>,
    /// How the stay is counted.
    #[serde(default)]
    pub clock: StayClock,
    /// Purposes the scheme allows.
    pub purposes: Vec<Purpose>,
    /// Minimum passport validity beyond the entry date, in months, when known.
    #[serde(default)]
    pub passport_min_validity_months: Option<u32>,
    /// Where the visitor may travel, when the data says.
    #[serde(default)]
    pub permitted_area: Option<PermittedArea>,
    /// Facts the sources leave open.
    #[serde(default)]
    pub uncertainties: Vec<Uncertainty>,
}

impl PolicyData for VisaFreeEntryPolicy {
    const KIND: PolicyKind = PolicyKind::VisaFreeEntry;
}

impl VisaFreeEntryPolicy {
    /// The window of `country` that covers an entry on `date`.
    pub fn window(&self, country: &str, date: NaiveDate) -> Option<&CountryWindow> {
        self.countries
            .iter()
            .find(|w| w.country.eq_ignore_ascii_case(country.trim()) && w.covers(date))
    }

    fn check(&self) -> Result<(), String> {
        for (i, w) in self.countries.iter().enumerate() {
            check_codes(
                &format!("data.countries[{i}].country"),
                std::slice::from_ref(&w.country),
            )
            .map_err(|e| e.replace("[0]", ""))?;
            if w.from.is_some_and(|from| from > w.to) {
                return Err(format!("data.countries[{i}].to: before “from”"));
            }
            if w.max_days == 0 {
                return Err(format!("data.countries[{i}].max_days: must be more than 0"));
            }
        }
        check_uncertainties(&self.uncertainties)
    }
}

/// The refund rate for goods taxed at one VAT rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefundRate {
    /// VAT rate in percent (13 or 9).
    pub vat: u8,
    /// Share of the invoice amount refunded before the agency fee (e.g. "0.11").
    pub rate: Decimal,
}

/// Something the visitor must do (or know) to get a refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    /// Stable key; the text is the Fluent key `refund-checklist-<key>`.
    pub key: String,
    /// How sure we are; anything but `confirmed` gets a "verify" notice.
    pub confidence: Confidence,
    /// Only for departures through these ports (empty: any port).
    #[serde(default)]
    pub ports: Vec<String>,
    /// Only when at least one purchase used instant refund.
    #[serde(default)]
    pub instant_only: bool,
}

/// Instant refund in store (即买即退).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InstantRefundRule {
    /// Available nationwide since this date, when known.
    #[serde(default)]
    pub nationwide_since: Option<NaiveDate>,
    /// Condition keys; the text is the Fluent key `refund-instant-<key>`.
    pub conditions: Vec<String>,
}

/// The departure tax-refund scheme (离境退税).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxRefundPolicy {
    /// Minimum invoice total per store per day, in CNY.
    pub min_per_store_per_day_cny: Decimal,
    /// Refund rate per VAT rate.
    pub rates: Vec<RefundRate>,
    /// Agency fee as a share of the invoice amount (e.g. "0.02").
    pub agency_fee_rate: Decimal,
    /// Refunds up to this amount may be paid in cash; above it, bank transfer only.
    pub cash_limit_cny: Decimal,
    /// Goods must leave China within this many days of purchase.
    pub export_within_days: u32,
    /// Visitors must not have stayed on the mainland longer than this many consecutive days.
    pub max_stay_days: u32,
    /// Instant refund in store.
    pub instant_refund: InstantRefundRule,
    /// The departure checklist.
    pub checklist: Vec<ChecklistItem>,
    /// Facts the sources leave open.
    #[serde(default)]
    pub uncertainties: Vec<Uncertainty>,
}

impl PolicyData for TaxRefundPolicy {
    const KIND: PolicyKind = PolicyKind::TaxRefund;
}

impl TaxRefundPolicy {
    /// The refund rate for goods at `vat` percent VAT, if such goods are refundable.
    pub fn rate_for(&self, vat: u8) -> Option<Decimal> {
        self.rates.iter().find(|r| r.vat == vat).map(|r| r.rate)
    }

    fn check(&self) -> Result<(), String> {
        let one = Decimal::ONE;
        if self.min_per_store_per_day_cny.is_sign_negative() {
            return Err("data.min_per_store_per_day_cny: must not be negative".into());
        }
        for (i, r) in self.rates.iter().enumerate() {
            if r.rate.is_sign_negative() || r.rate > one {
                return Err(format!(
                    "data.rates[{i}].rate: expected a share between 0 and 1"
                ));
            }
        }
        if self.agency_fee_rate.is_sign_negative() || self.agency_fee_rate > one {
            return Err("data.agency_fee_rate: expected a share between 0 and 1".into());
        }
        if self.cash_limit_cny.is_sign_negative() {
            return Err("data.cash_limit_cny: must not be negative".into());
        }
        check_uncertainties(&self.uncertainties)
    }
}

/// Over which period a cumulative limit of days is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum CumulativePeriod {
    /// Any rolling window of 180 days.
    #[serde(rename = "any_180_days")]
    Any180Days,
    /// A calendar year.
    CalendarYear,
}

impl CumulativePeriod {
    /// The wire string, also the suffix of the Fluent key `transit-warning-cumulative_<…>`.
    pub fn as_str(self) -> &'static str {
        match self {
            CumulativePeriod::Any180Days => "any_180_days",
            CumulativePeriod::CalendarYear => "calendar_year",
        }
    }
}

/// A limit on the total days of all stays within a period (e.g. 90 days in any 180).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CumulativeLimit {
    /// Most days in all.
    pub days: u32,
    /// Over which period.
    pub per: CumulativePeriod,
}

/// One country's mutual visa-exemption agreement with China for ordinary passports, as
/// far as the cited notice states it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    /// ISO 3166-1 alpha-2 of the partner country.
    pub country: String,
    /// Longest stay per entry, in days.
    pub max_days_per_stay: u32,
    /// Limit on the total of all stays, when the agreement sets one.
    #[serde(default)]
    pub cumulative: Option<CumulativeLimit>,
    /// First day the agreement applies to an entry.
    pub from: NaiveDate,
    /// Last day, inclusive, when the agreement has ended or been suspended.
    #[serde(default)]
    pub to: Option<NaiveDate>,
    /// Public page stating the agreement (an official notice where one was found).
    pub source: String,
    /// When that page was read.
    pub as_of: NaiveDate,
    /// How sure we are of this entry; anything but confirmed is shown "verify before travel".
    pub confidence: Confidence,
    /// Free-text note for curators (not shown to visitors).
    #[serde(default)]
    pub notes: Option<String>,
}

impl Agreement {
    /// Whether an entry on `date` falls inside the agreement's dates.
    pub fn covers(&self, date: NaiveDate) -> bool {
        date >= self.from && self.to.is_none_or(|to| date <= to)
    }
}

/// China's mutual visa-exemption agreements for holders of ordinary passports.
///
/// Only countries whose agreement a public page confirms are listed; a nationality that is
/// not here is "not confirmed", never "needs a visa" (the list is known to be incomplete).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MutualExemptionPolicy {
    /// One entry per country (a country may have several over time, with dates).
    pub agreements: Vec<Agreement>,
    /// How the stay is counted.
    #[serde(default)]
    pub clock: StayClock,
    /// Purposes the agreements allow (work, study and journalism need a visa).
    pub purposes: Vec<Purpose>,
    /// Where the visitor may travel.
    #[serde(default)]
    pub permitted_area: Option<PermittedArea>,
    /// Facts the sources leave open.
    #[serde(default)]
    pub uncertainties: Vec<Uncertainty>,
}

impl PolicyData for MutualExemptionPolicy {
    const KIND: PolicyKind = PolicyKind::MutualExemption;
}

impl MutualExemptionPolicy {
    /// Every agreement of `country` (case-insensitive), oldest first as written.
    pub fn agreements_of<'a>(&'a self, country: &'a str) -> impl Iterator<Item = &'a Agreement> {
        self.agreements
            .iter()
            .filter(move |a| a.country.eq_ignore_ascii_case(country.trim()))
    }

    /// The agreement of `country` that covers an entry on `date`.
    pub fn agreement<'a>(&'a self, country: &'a str, date: NaiveDate) -> Option<&'a Agreement> {
        self.agreements_of(country).find(|a| a.covers(date))
    }

    fn check(&self) -> Result<(), String> {
        for (i, a) in self.agreements.iter().enumerate() {
            let field = |name: &str| format!("data.agreements[{i}].{name}");
            check_code(&field("country"), &a.country)?;
            if a.max_days_per_stay == 0 {
                return Err(format!(
                    "{}: must be more than 0",
                    field("max_days_per_stay")
                ));
            }
            if let Some(c) = a.cumulative
                && c.days < a.max_days_per_stay
            {
                return Err(format!(
                    "{}: fewer days than one stay allows",
                    field("cumulative.days")
                ));
            }
            if a.to.is_some_and(|to| to < a.from) {
                return Err(format!("{}: before “from”", field("to")));
            }
            check_source(&field("source"), &a.source)?;
            let overlapping = self.agreements[..i].iter().any(|b| {
                b.country == a.country
                    && a.to.is_none_or(|to| to >= b.from)
                    && b.to.is_none_or(|to| to >= a.from)
            });
            if overlapping {
                return Err(format!(
                    "{}: “{}” has two agreements covering the same days",
                    field("country"),
                    a.country
                ));
            }
        }
        if self.purposes.is_empty() {
            return Err("data.purposes: at least one purpose is required".into());
        }
        check_uncertainties(&self.uncertainties)
    }
}

/// What kind of help an entry of the help directory offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum HelpCategory {
    /// Police, fire, ambulance, traffic police.
    Emergency,
    /// Non-emergency hotlines (12345, the multilingual line, the health line).
    Hotline,
    /// A foreign consulate-general in Guangzhou.
    Consulate,
    /// A hospital or clinic that receives foreign patients.
    Hospital,
}

impl HelpCategory {
    /// Every category, in the order the directory lists them.
    pub const ALL: &'static [HelpCategory] = &[
        HelpCategory::Emergency,
        HelpCategory::Hotline,
        HelpCategory::Consulate,
        HelpCategory::Hospital,
    ];
    /// Every wire string, in the same order.
    pub const WIRE: &'static [&'static str] = &["emergency", "hotline", "consulate", "hospital"];

    /// The wire string, also the suffix of the Fluent key `help-category-<…>`.
    pub fn as_str(self) -> &'static str {
        match self {
            HelpCategory::Emergency => "emergency",
            HelpCategory::Hotline => "hotline",
            HelpCategory::Consulate => "consulate",
            HelpCategory::Hospital => "hospital",
        }
    }
}

impl std::str::FromStr for HelpCategory {
    type Err = crate::vocab::UnknownValue;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        HelpCategory::ALL
            .iter()
            .copied()
            .find(|c| c.as_str() == s)
            .ok_or_else(|| crate::vocab::UnknownValue {
                value: s.to_owned(),
                accepted: HelpCategory::WIRE,
            })
    }
}

/// One entry of the help directory: a number to call or a place to go.
///
/// What it is called and what it is for are Fluent messages `help-<key>-name` and
/// `help-<key>-note` (every locale has them); the proper names of hospitals and consulates
/// are also given in Chinese for a taxi driver.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpEntry {
    /// Stable key: lowercase ASCII letters, digits and `-`.
    pub key: String,
    /// Emergency, hotline, consulate or hospital.
    pub category: HelpCategory,
    /// The number to dial, as written in China (e.g. `110`, `+86 20 3892 7185`).
    #[serde(default)]
    pub phone: Option<String>,
    /// For consulates: the country they represent (ISO 3166-1 alpha-2).
    #[serde(default)]
    pub country: Option<String>,
    /// Chinese name, for signs and drivers.
    #[serde(default)]
    pub name_zh: Option<String>,
    /// Chinese address, for drivers.
    #[serde(default)]
    pub address_zh: Option<String>,
    /// Address in English, as the source writes it.
    #[serde(default)]
    pub address: Option<String>,
    /// Where it is (WGS-84), when a source gives it.
    #[serde(default)]
    pub location: Option<crate::geo::LatLng>,
    /// When it answers, OpenStreetMap `opening_hours` syntax (`24/7` for emergency lines).
    #[serde(default)]
    pub hours: Option<String>,
    /// Languages served besides Chinese (BCP 47 tags of our locales), when a source says.
    #[serde(default)]
    pub languages: Vec<String>,
    /// The official website, when there is one.
    #[serde(default)]
    pub website: Option<String>,
    /// Public page the facts come from.
    pub source: String,
    /// When that page was read.
    pub as_of: NaiveDate,
    /// How sure we are; anything but confirmed is shown "verify before you rely on it".
    pub confidence: Confidence,
}

/// The help directory: emergency numbers, hotlines, consulates and clinics.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpDirectory {
    /// Every entry, in the order they are listed.
    pub entries: Vec<HelpEntry>,
}

impl PolicyData for HelpDirectory {
    const KIND: PolicyKind = PolicyKind::Help;
}

impl HelpDirectory {
    fn check(&self) -> Result<(), String> {
        let mut seen = std::collections::HashSet::new();
        for (i, e) in self.entries.iter().enumerate() {
            let field = |name: &str| format!("data.entries[{i}].{name}");
            let key_ok = !e.key.is_empty()
                && e.key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !key_ok {
                return Err(format!(
                    "{}: “{}” must be lowercase ASCII letters, digits and “-”",
                    field("key"),
                    e.key
                ));
            }
            if !seen.insert(e.key.as_str()) {
                return Err(format!("{}: “{}” appears twice", field("key"), e.key));
            }
            if e.phone.is_none() && e.address_zh.is_none() && e.website.is_none() {
                return Err(format!(
                    "{}: an entry needs a phone, an address or a website",
                    field("phone")
                ));
            }
            if e.category == HelpCategory::Consulate {
                let Some(country) = &e.country else {
                    return Err(format!(
                        "{}: a consulate needs its country",
                        field("country")
                    ));
                };
                check_code(&field("country"), country)?;
            }
            if let Some(hours) = &e.hours {
                crate::hours::Hours::parse(hours)
                    .map_err(|err| format!("{}: {err}", field("hours")))?;
            }
            for (j, tag) in e.languages.iter().enumerate() {
                if tag.parse::<crate::locale::Locale>().is_err() {
                    return Err(format!(
                        "{}[{j}]: “{tag}” is not one of our locales",
                        field("languages")
                    ));
                }
            }
            if let Some(site) = &e.website {
                check_source(&field("website"), site)?;
            }
            check_source(&field("source"), &e.source)?;
        }
        Ok(())
    }

    /// The directory in `locale`, optionally only some categories, in listed order.
    pub fn localized(&self, locale: Locale, only: &[HelpCategory]) -> Vec<HelpItem> {
        self.entries
            .iter()
            .filter(|e| only.is_empty() || only.contains(&e.category))
            .map(|e| HelpItem {
                key: e.key.clone(),
                category: e.category,
                category_label: crate::l10n::tr(
                    locale,
                    &format!("help-category-{}", e.category.as_str()),
                ),
                name: crate::l10n::tr(locale, &format!("help-{}-name", e.key)),
                note: crate::l10n::tr(locale, &format!("help-{}-note", e.key)),
                phone: e.phone.clone(),
                country: e.country.clone(),
                name_zh: e.name_zh.clone(),
                address_zh: e.address_zh.clone(),
                address: e.address.clone(),
                location: e.location,
                hours: e.hours.clone(),
                languages: e.languages.clone(),
                website: e.website.clone(),
                source: e.source.clone(),
                as_of: e.as_of,
                confidence: e.confidence,
                notice: e
                    .confidence
                    .needs_verification()
                    .then(|| crate::l10n::tr(locale, "notice-verify-before-travel")),
            })
            .collect()
    }
}

/// One help entry as a visitor reads it, in one language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct HelpItem {
    /// Stable key.
    pub key: String,
    /// `emergency`, `hotline`, `consulate` or `hospital`.
    pub category: HelpCategory,
    /// The category in the reader's language.
    pub category_label: String,
    /// What it is, in the reader's language.
    pub name: String,
    /// When to call or go, in the reader's language.
    pub note: String,
    /// Number to dial.
    pub phone: Option<String>,
    /// For consulates: the country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// Chinese name for signs and drivers.
    pub name_zh: Option<String>,
    /// Chinese address for drivers.
    pub address_zh: Option<String>,
    /// Address in English.
    pub address: Option<String>,
    /// WGS-84 location, when known.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub location: Option<crate::geo::LatLng>,
    /// When it answers (OpenStreetMap syntax).
    pub hours: Option<String>,
    /// Languages served besides Chinese.
    pub languages: Vec<String>,
    /// Official website.
    pub website: Option<String>,
    /// Public page the facts come from.
    pub source: String,
    /// When it was read.
    pub as_of: NaiveDate,
    /// How sure we are.
    pub confidence: Confidence,
    /// "Verify before travel" unless confirmed.
    pub notice: Option<String>,
}

/// A coded note with its localized text (filled in by `localized`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Note {
    /// Stable snake_case code.
    pub code: String,
    /// Localized text; empty until localized.
    #[serde(default)]
    pub message: String,
    /// Values for the message's placeables.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Note {
    pub(crate) fn new(code: &str) -> Note {
        Note {
            code: code.to_owned(),
            message: String::new(),
            args: BTreeMap::new(),
        }
    }

    pub(crate) fn arg(mut self, name: &str, value: impl ToString) -> Note {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    pub(crate) fn localize(&mut self, locale: Locale, prefix: &str) {
        let args: Vec<(&str, MsgArg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), MsgArg::from(v.as_str())))
            .collect();
        self.message = tr_args(locale, &format!("{prefix}-{}", self.code), &args);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn meta(version: &str, from: &str, to: Option<&str>) -> PolicyMeta {
        PolicyMeta {
            version: version.into(),
            effective_from: date(from),
            effective_to: to.map(date),
            source: "facts/visitor-policy.md".into(),
            as_of: date("2026-11-15"),
            confidence: Confidence::Confirmed,
        }
    }

    #[test]
    fn in_force_picks_the_version_covering_the_date() {
        let versions = vec![
            Versioned {
                meta: meta("a", "2019-05-01", Some("2024-12-16")),
                data: 1,
            },
            Versioned {
                meta: meta("b", "2024-12-17", Some("2025-06-11")),
                data: 2,
            },
            Versioned {
                meta: meta("c", "2025-06-12", None),
                data: 3,
            },
        ];
        assert_eq!(in_force(&versions, date("2024-12-16")).unwrap().data, 1);
        assert_eq!(in_force(&versions, date("2024-12-17")).unwrap().data, 2);
        assert_eq!(in_force(&versions, date("2030-01-01")).unwrap().data, 3);
        assert!(in_force(&versions, date("2019-04-30")).is_none());
    }

    #[test]
    fn newer_open_ended_version_wins_over_older_open_ended_one() {
        let versions = vec![
            Versioned {
                meta: meta("new", "2025-06-12", None),
                data: 2,
            },
            Versioned {
                meta: meta("old", "2024-12-17", None),
                data: 1,
            },
        ];
        assert_eq!(in_force(&versions, date("2026-01-01")).unwrap().data, 2);
        assert_eq!(in_force(&versions, date("2025-01-01")).unwrap().data, 1);
    }

    fn transit_doc() -> serde_json::Value {
        json!({
            "kind": "transit",
            "version": "transit-240h-test",
            "effective_from": "2025-11-05",
            "effective_to": null,
            "source": "facts/visitor-policy.md",
            "as_of": "2026-11-15",
            "confidence": "confirmed",
            "data": {
                "hours": 240,
                "nationalities": ["US", "GB"],
                "ports": [{"code": "CAN", "name": "Guangzhou Baiyun", "kind": "airport"}],
                "ports_complete": false,
                "permitted_area": {"code": "designated_provinces", "description": "24 provinces", "provinces": 24},
                "onward_third_country_required": true,
                "regions": ["HK", "MO", "TW"],
                "passport_min_validity_months": 3,
                "purposes": ["tourism", "business", "visit"],
                "registration": {"hotel_registers": true, "self_register_within_hours": 24},
                "uncertainties": [{"code": "exit_port_rule_uncertain", "source": "https://example.org/notice", "as_of": "2026-11-15"}]
            }
        })
    }

    #[test]
    fn envelope_round_trips_with_meta_at_the_top_level() {
        let v: Versioned<TransitPolicy> = serde_json::from_value(transit_doc()).unwrap();
        assert_eq!(v.meta.version, "transit-240h-test");
        assert_eq!(v.data.hours, 240);
        let back = serde_json::to_value(&v).unwrap();
        assert_eq!(back["kind"], "transit");
        assert_eq!(back["effective_from"], "2025-11-05");
        assert_eq!(back["data"]["ports"][0]["code"], "CAN");
        let again: Versioned<TransitPolicy> = serde_json::from_value(back).unwrap();
        assert_eq!(again, v);
    }

    #[test]
    fn envelope_of_another_kind_is_rejected() {
        let mut doc = transit_doc();
        doc["kind"] = json!("tax_refund");
        let err = serde_json::from_value::<Versioned<TransitPolicy>>(doc).unwrap_err();
        assert!(err.to_string().contains("transit"), "{err}");
    }

    #[test]
    fn misspelt_envelope_field_is_rejected() {
        let mut doc = transit_doc();
        doc["efective_to"] = json!("2026-01-01");
        assert!(serde_json::from_value::<Versioned<TransitPolicy>>(doc).is_err());
    }

    #[test]
    fn validate_names_the_offending_field() {
        let mut data = transit_doc()["data"].clone();
        assert_eq!(PolicyKind::Transit.validate(&data), Ok(()));
        data["ports"][0]["kind"] = json!("spaceport");
        let err = PolicyKind::Transit.validate(&data).unwrap_err();
        assert!(err.starts_with("data.ports[0].kind"), "{err}");
        let mut data = transit_doc()["data"].clone();
        data["nationalities"][1] = json!("usa");
        let err = PolicyKind::Transit.validate(&data).unwrap_err();
        assert!(err.starts_with("data.nationalities[1]"), "{err}");
    }

    #[test]
    fn validate_checks_tax_refund_shares() {
        let data = json!({
            "min_per_store_per_day_cny": "200",
            "rates": [{"vat": 13, "rate": "0.11"}, {"vat": 9, "rate": "1.5"}],
            "agency_fee_rate": "0.02",
            "cash_limit_cny": "20000",
            "export_within_days": 90,
            "max_stay_days": 183,
            "instant_refund": {"conditions": []},
            "checklist": []
        });
        let err = PolicyKind::TaxRefund.validate(&data).unwrap_err();
        assert!(err.starts_with("data.rates[1].rate"), "{err}");
    }

    #[test]
    fn a_source_that_is_not_a_public_page_is_rejected() {
        let mut data = transit_doc()["data"].clone();
        data["uncertainties"][0]["source"] = json!("facts/visitor-policy.md#visa-free-transit");
        let err = PolicyKind::Transit.validate(&data).unwrap_err();
        assert!(err.starts_with("data.uncertainties[0].source"), "{err}");
        assert!(is_public_source("https://www.gov.cn/notice"));
        assert!(!is_public_source("https://"));
        assert!(!is_public_source("https://x.org/a b"));
    }

    fn agreement(country: &str, from: &str, to: Option<&str>) -> serde_json::Value {
        json!({"country": country, "max_days_per_stay": 30, "cumulative": {"days": 90, "per": "any_180_days"},
               "from": from, "to": to, "source": "https://example.org/a", "as_of": "2026-12-02", "confidence": "confirmed"})
    }

    #[test]
    fn agreements_are_checked_field_by_field() {
        let ok =
            json!({"purposes": ["tourism"], "agreements": [agreement("TH", "2024-03-01", None)]});
        assert_eq!(PolicyKind::MutualExemption.validate(&ok), Ok(()));
        let cases = [
            (
                json!({"purposes": ["tourism"], "agreements": [agreement("tha", "2024-03-01", None)]}),
                "data.agreements[0].country",
            ),
            (
                json!({"purposes": ["tourism"], "agreements": [agreement("TH", "2024-03-01", Some("2024-01-01"))]}),
                "data.agreements[0].to",
            ),
            (
                json!({"purposes": ["tourism"], "agreements": [agreement("TH", "2024-03-01", None), agreement("TH", "2025-01-01", None)]}),
                "data.agreements[1].country",
            ),
            (json!({"purposes": [], "agreements": []}), "data.purposes"),
        ];
        for (data, field) in cases {
            let err = PolicyKind::MutualExemption.validate(&data).unwrap_err();
            assert!(err.starts_with(field), "{field}: {err}");
        }
        let mut bad_source = ok.clone();
        bad_source["agreements"][0]["source"] = json!("team notes");
        let err = PolicyKind::MutualExemption
            .validate(&bad_source)
            .unwrap_err();
        assert!(err.starts_with("data.agreements[0].source"), "{err}");
        // One agreement after another ended is fine.
        let renewed = json!({"purposes": ["tourism"], "agreements": [
            agreement("TH", "2020-01-01", Some("2023-12-31")), agreement("TH", "2024-03-01", None)]});
        assert_eq!(PolicyKind::MutualExemption.validate(&renewed), Ok(()));
    }

    #[test]
    fn help_entries_are_checked_field_by_field() {
        let entry = json!({"key": "police", "category": "emergency", "phone": "110", "hours": "24/7",
                           "languages": ["en"], "source": "https://example.org/a", "as_of": "2026-12-02", "confidence": "confirmed"});
        assert_eq!(
            PolicyKind::Help.validate(&json!({"entries": [entry.clone()]})),
            Ok(())
        );
        let with = |field: &str, value: serde_json::Value| {
            let mut e = entry.clone();
            e[field] = value;
            json!({"entries": [e]})
        };
        let cases = [
            (with("key", json!("Police!")), "data.entries[0].key"),
            (with("hours", json!("whenever")), "data.entries[0].hours"),
            (
                with("languages", json!(["klingon"])),
                "data.entries[0].languages[0]",
            ),
            (
                with("category", json!("consulate")),
                "data.entries[0].country",
            ),
            (
                with("source", json!("facts/help.md")),
                "data.entries[0].source",
            ),
            (
                json!({"entries": [entry.clone(), entry.clone()]}),
                "data.entries[1].key",
            ),
        ];
        for (data, field) in cases {
            let err = PolicyKind::Help.validate(&data).unwrap_err();
            assert!(err.starts_with(field), "{field}: {err}");
        }
    }

    #[test]
    fn every_seeded_help_entry_has_its_texts() {
        let help: Versioned<HelpDirectory> =
            serde_saphyr::from_str(include_str!("../../seeds/policies/help-2026-12.yaml")).unwrap();
        let data = serde_json::to_value(&help.data).unwrap();
        assert_eq!(PolicyKind::Help.validate(&data), Ok(()));
        for category in HelpCategory::ALL {
            assert!(crate::l10n::has_message(
                Locale::En,
                &format!("help-category-{}", category.as_str())
            ));
        }
        for e in &help.data.entries {
            for part in ["name", "note"] {
                let key = format!("help-{}-{part}", e.key);
                assert!(crate::l10n::has_message(Locale::En, &key), "{key}");
            }
        }
        let items = help.data.localized(Locale::Ja, &[HelpCategory::Emergency]);
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].name, "警察");
        assert!(items.iter().all(|i| i.notice.is_none()));
        let uncertain = help.data.localized(Locale::En, &[HelpCategory::Hotline]);
        assert!(uncertain.iter().any(|i| i.notice.is_some()));
    }

    #[test]
    fn country_window_without_start_covers_everything_up_to_its_end() {
        let w = CountryWindow {
            country: "FR".into(),
            from: None,
            to: date("2026-12-31"),
            max_days: 30,
            notes: None,
            confidence: Confidence::Confirmed,
        };
        assert!(w.covers(date("2020-01-01")));
        assert!(w.covers(date("2026-12-31")));
        assert!(!w.covers(date("2027-01-01")));
    }
}

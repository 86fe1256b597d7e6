//! "May I come without a visa, and until when exactly?" — the visa-free check behind
//! `POST /v1/transit/check` and the app's offline check (issue 3).
//!
//! Three schemes are weighed against the same trip: visa-free *transit* (240 hours today,
//! 144 hours before 17 Dec 2024; an onward ticket to a third country or region), the
//! unilateral 30-day visa-free *entry* (per-country windows) and the *mutual*
//! visa-exemption agreements (per-country, with their own dates and sources). For each,
//! the version in force on the entry date (Asia/Shanghai calendar) is chosen from the
//! versioned policy data; nothing about the rules is a constant here. The answer lists
//! every reason that rules a scheme out, as stable snake_case codes, and every uncertain
//! fact as a warning carrying its public `source` and `as_of`. When several schemes apply,
//! the one with the latest deadline is the answer and all are listed as alternatives.
//!
//! The data is known to be incomplete (not every agreement is recorded), so a trip that no
//! scheme confirms is answered "we cannot confirm this; check with the embassy", with the
//! reasons, never "a visa is needed".
//!
//! Texts are Fluent messages `transit-reason-<code>`, `transit-warning-<code>`,
//! `transit-scheme-<scheme>` and `transit-area-<code>` in `locales/<tag>/rules.ftl`;
//! [`TransitCheckOutcome::localized`] fills them in, so the server and the app core show
//! the same words.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, FixedOffset, Months, NaiveDate, TimeDelta, TimeZone};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::hours::TIME_ZONE;
use crate::l10n::{MsgArg, tr, tr_args};
use crate::locale::Locale;
use crate::policy::{
    Agreement, MutualExemptionPolicy, PermittedArea, PolicyMeta, Purpose, StayClock, TransitPolicy,
    Uncertainty, Versioned, VisaFreeEntryPolicy, in_force,
};

/// Days before the end of a policy window within which a stay counts as "near" it: the
/// facts ask for the end date and a verify notice for trips close to it, since no
/// extension may have been announced yet.
pub const NEAR_POLICY_END_DAYS: u64 = 30;

/// What the visitor tells us about the trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransitCheckInput {
    /// Passport nationality, ISO 3166-1 alpha-2 (e.g. `US`).
    pub nationality: String,
    /// Port of entry: IATA code for airports (`CAN`) or a port code from the policy data.
    pub entry_port: String,
    /// Date and time of entry, with offset.
    pub entry_at: DateTime<FixedOffset>,
    /// Country or region the visitor arrives from (ISO alpha-2; HK, MO, TW are regions).
    pub origin: String,
    /// Country or region of the onward ticket.
    pub destination: String,
    /// Planned exit port, if known.
    #[serde(default)]
    pub exit_port: Option<String>,
    /// Planned exit date and time, if known.
    #[serde(default)]
    pub exit_at: Option<DateTime<FixedOffset>>,
    /// Passport expiry date, if given.
    #[serde(default)]
    pub passport_expiry: Option<NaiveDate>,
    /// Purpose of the trip, if given.
    #[serde(default)]
    pub purpose: Option<Purpose>,
}

/// Which scheme lets the visitor in (wire: `transit_240h`, `transit_144h`,
/// `visa_free_30d`, `mutual_visa_exemption`, `none`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Scheme {
    /// 240-hour visa-free transit.
    #[serde(rename = "transit_240h")]
    Transit240h,
    /// 144-hour visa-free transit (before 17 Dec 2024).
    #[serde(rename = "transit_144h")]
    Transit144h,
    /// Unilateral 30-day visa-free entry.
    #[serde(rename = "visa_free_30d")]
    VisaFree30d,
    /// A mutual visa-exemption agreement between China and the visitor's country.
    #[serde(rename = "mutual_visa_exemption")]
    MutualExemption,
    /// No scheme in our data confirms a visa-free entry: check with the embassy. (Not "a
    /// visa is needed": the data does not hold every arrangement.)
    #[serde(rename = "none")]
    None,
}

impl Scheme {
    /// The wire string, also the suffix of the Fluent key `transit-scheme-<scheme>`.
    pub fn as_str(self) -> &'static str {
        match self {
            Scheme::Transit240h => "transit_240h",
            Scheme::Transit144h => "transit_144h",
            Scheme::VisaFree30d => "visa_free_30d",
            Scheme::MutualExemption => "mutual_visa_exemption",
            Scheme::None => "none",
        }
    }

    // Transit versions are named by their hours; anything up to 144 h is the older scheme
    // (the data holds no 72-hour version).
    fn for_transit_hours(hours: u32) -> Scheme {
        if hours <= 144 {
            Scheme::Transit144h
        } else {
            Scheme::Transit240h
        }
    }
}

/// One reason or warning: a stable code, the scheme it concerns, the policy facts it rests
/// on, and (after [`TransitCheckOutcome::localized`]) the text for the visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Finding {
    /// Stable snake_case code (`round_trip`, `exit_port_rule_uncertain`, …).
    pub code: String,
    /// Localized text; empty until localized.
    #[serde(default)]
    pub message: String,
    /// The scheme this finding is about (`none` for findings about the whole trip).
    pub scheme: Scheme,
    /// The policy source behind the finding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// When that source was last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Values for the message's placeables (e.g. `date`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<String, String>,
}

impl Finding {
    fn new(code: &str, scheme: Scheme, meta: Option<&PolicyMeta>) -> Finding {
        Finding {
            code: code.to_owned(),
            message: String::new(),
            scheme,
            source: meta.map(|m| m.source.clone()),
            as_of: meta.map(|m| m.as_of),
            args: BTreeMap::new(),
        }
    }

    fn uncertainty(u: &Uncertainty, scheme: Scheme) -> Finding {
        Finding {
            code: u.code.clone(),
            message: String::new(),
            scheme,
            source: Some(u.source.clone()),
            as_of: Some(u.as_of),
            args: BTreeMap::new(),
        }
    }

    // A finding about one country's agreement cites that agreement's own notice.
    fn agreement(code: &str, a: &Agreement) -> Finding {
        Finding {
            code: code.to_owned(),
            message: String::new(),
            scheme: Scheme::MutualExemption,
            source: Some(a.source.clone()),
            as_of: Some(a.as_of),
            args: BTreeMap::new(),
        }
    }

    fn arg(mut self, name: &str, value: impl ToString) -> Finding {
        self.args.insert(name.to_owned(), value.to_string());
        self
    }

    fn localize(&mut self, locale: Locale, prefix: &str) {
        let key = format!("{prefix}-{}", self.code);
        let args: Vec<(&str, MsgArg)> = self
            .args
            .iter()
            .map(|(k, v)| (k.as_str(), MsgArg::from(v.as_str())))
            .collect();
        self.message = tr_args(locale, &key, &args);
    }
}

/// Which policy version an answer rests on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PolicyRef {
    /// Version identifier.
    pub version: String,
    /// Where the facts come from.
    pub source: String,
    /// When they were last checked.
    pub as_of: NaiveDate,
    /// First day in force.
    pub effective_from: NaiveDate,
    /// Last day in force, if set.
    pub effective_to: Option<NaiveDate>,
    /// How sure we are.
    pub confidence: crate::vocab::Confidence,
}

impl From<&PolicyMeta> for PolicyRef {
    fn from(m: &PolicyMeta) -> PolicyRef {
        PolicyRef {
            version: m.version.clone(),
            source: m.source.clone(),
            as_of: m.as_of,
            effective_from: m.effective_from,
            effective_to: m.effective_to,
            confidence: m.confidence,
        }
    }
}

impl PolicyRef {
    // The version of the agreements document, with the dates, notice and confidence of the
    // one agreement the answer rests on (the less sure of the two confidences).
    fn for_agreement(meta: &PolicyMeta, a: &Agreement) -> PolicyRef {
        PolicyRef {
            version: meta.version.clone(),
            source: a.source.clone(),
            as_of: a.as_of,
            effective_from: a.from,
            effective_to: a.to,
            confidence: meta.confidence.max(a.confidence),
        }
    }
}

/// Where the visitor may travel under the chosen scheme.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaRef {
    /// Stable code (`designated_provinces`, `guangdong`, `mainland`).
    pub code: String,
    /// Localized text (English description until localized).
    pub description: String,
}

impl From<&PermittedArea> for AreaRef {
    fn from(a: &PermittedArea) -> AreaRef {
        AreaRef {
            code: a.code.clone(),
            description: a.description.clone(),
        }
    }
}

/// How one scheme came out for this trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SchemeOption {
    /// The scheme (never `none`).
    pub scheme: Scheme,
    /// Whether the trip qualifies under it.
    pub eligible: bool,
    /// Latest moment to leave under it (present when a policy version was found).
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Localized scheme name, empty until localized.
    #[serde(default)]
    pub name: String,
    /// The version used, if one is in force.
    pub policy: Option<PolicyRef>,
}

/// The answer to a visa-free check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TransitCheckOutcome {
    /// Whether the visitor may enter without a visa under some scheme.
    pub eligible: bool,
    /// The scheme that gives the longest stay, or `none`.
    pub scheme: Scheme,
    /// Latest moment to have left, in Asia/Shanghai time (+08:00); `None` when ineligible.
    pub deadline: Option<DateTime<FixedOffset>>,
    /// Where the visitor may travel under `scheme`.
    pub permitted_area: Option<AreaRef>,
    /// Every reason a scheme does not apply (empty reasons for the chosen one).
    pub reasons: Vec<Finding>,
    /// Uncertain facts and things to watch, each with its policy source.
    pub warnings: Vec<Finding>,
    /// The policy version behind `scheme` (for `none`: the transit version, if any).
    pub policy: Option<PolicyRef>,
    /// Every scheme weighed, eligible or not.
    pub alternatives: Vec<SchemeOption>,
    /// When more than one scheme applies: the one giving the longer stay.
    pub longer_stay: Option<Scheme>,
}

impl TransitCheckOutcome {
    /// The same outcome with every message, scheme name and area text in `locale`.
    pub fn localized(&self, locale: Locale) -> TransitCheckOutcome {
        let mut out = self.clone();
        for r in &mut out.reasons {
            r.localize(locale, "transit-reason");
        }
        for w in &mut out.warnings {
            w.localize(locale, "transit-warning");
        }
        for alt in &mut out.alternatives {
            alt.name = tr(locale, &format!("transit-scheme-{}", alt.scheme.as_str()));
        }
        if let Some(area) = &mut out.permitted_area {
            area.description = tr(locale, &format!("transit-area-{}", area.code));
        }
        out
    }
}

// One scheme's verdict before the two are combined.
struct Evaluation {
    scheme: Scheme,
    deadline: Option<DateTime<Tz>>,
    reasons: Vec<Finding>,
    warnings: Vec<Finding>,
    meta: Option<PolicyMeta>,
    area: Option<AreaRef>,
    // What the answer cites; for agreements, the country's own notice rather than the
    // document's.
    policy: Option<PolicyRef>,
    // The nationality appears in this scheme's data (eligible or not on this trip).
    knows_nationality: bool,
}

impl Evaluation {
    fn eligible(&self) -> bool {
        self.meta.is_some() && self.reasons.is_empty()
    }

    fn not_in_force(scheme: Scheme, entry_day: NaiveDate) -> Evaluation {
        Evaluation {
            scheme,
            deadline: None,
            reasons: vec![Finding::new("policy_not_in_force", scheme, None).arg("date", entry_day)],
            warnings: Vec::new(),
            meta: None,
            area: None,
            policy: None,
            knows_nationality: false,
        }
    }
}

fn norm(code: &str) -> String {
    code.trim().to_ascii_uppercase()
}

/// The moment the permitted stay ends: `length` after 00:00 of the day after entry (the
/// transit rule), after the entry itself for `EntryTime`, or after 00:00 of the day of
/// entry for `EntryDay` (the entry day counts as day one).
/// Computed in Asia/Shanghai, which has no daylight saving, so midnight always exists.
pub fn stay_deadline(
    entry_at: DateTime<FixedOffset>,
    clock: StayClock,
    length: TimeDelta,
) -> DateTime<Tz> {
    let local = entry_at.with_timezone(&TIME_ZONE);
    let start = match clock {
        StayClock::NextMidnight => {
            let next_day = local.date_naive() + Days::new(1);
            TIME_ZONE
                .from_local_datetime(&next_day.and_time(chrono::NaiveTime::MIN))
                .single()
                .expect("Asia/Shanghai has no DST gaps")
        }
        StayClock::EntryTime => local,
        StayClock::EntryDay => TIME_ZONE
            .from_local_datetime(&local.date_naive().and_time(chrono::NaiveTime::MIN))
            .single()
            .expect("Asia/Shanghai has no DST gaps"),
    };
    start + length
}

// The last calendar day of the stay (the day before a midnight deadline).
fn last_day(deadline: DateTime<Tz>) -> NaiveDate {
    (deadline - TimeDelta::seconds(1)).date_naive()
}

fn check_passport(
    input: &TransitCheckInput,
    entry_day: NaiveDate,
    months: Option<u32>,
    deadline: DateTime<Tz>,
    scheme: Scheme,
    meta: &PolicyMeta,
    reasons: &mut Vec<Finding>,
) {
    let Some(expiry) = input.passport_expiry else {
        return;
    };
    let required = months
        .and_then(|m| entry_day.checked_add_months(Months::new(m)))
        .unwrap_or(entry_day)
        .max(last_day(deadline));
    if expiry < required {
        reasons.push(
            Finding::new("passport_validity_too_short", scheme, Some(meta))
                .arg("date", required)
                .arg("months", months.unwrap_or(0)),
        );
    }
}

fn check_exit(
    input: &TransitCheckInput,
    deadline: DateTime<Tz>,
    scheme: Scheme,
    meta: &PolicyMeta,
    reasons: &mut Vec<Finding>,
) {
    if let Some(exit_at) = input.exit_at {
        if exit_at < input.entry_at {
            reasons.push(Finding::new("exit_before_entry", scheme, Some(meta)));
        } else if exit_at > deadline {
            reasons.push(
                Finding::new("exit_after_deadline", scheme, Some(meta))
                    .arg("deadline", deadline.format("%Y-%m-%d %H:%M")),
            );
        }
    }
}

// Warnings about the end of the policy itself: the stay outlasts it, or ends close to it.
fn check_policy_end(
    end: Option<NaiveDate>,
    deadline: DateTime<Tz>,
    scheme: Scheme,
    meta: &PolicyMeta,
    warnings: &mut Vec<Finding>,
) {
    let Some(end) = end else { return };
    let last = last_day(deadline);
    if last > end {
        warnings.push(Finding::new("policy_ends_during_stay", scheme, Some(meta)).arg("date", end));
    } else if end - Days::new(NEAR_POLICY_END_DAYS) <= last {
        warnings.push(Finding::new("policy_ends_soon", scheme, Some(meta)).arg("date", end));
    }
}

fn evaluate_transit(
    input: &TransitCheckInput,
    versions: &[Versioned<TransitPolicy>],
) -> Evaluation {
    let entry_day = input.entry_at.with_timezone(&TIME_ZONE).date_naive();
    let Some(v) = in_force(versions, entry_day) else {
        return Evaluation::not_in_force(Scheme::Transit240h, entry_day);
    };
    let (p, meta) = (&v.data, &v.meta);
    let scheme = Scheme::for_transit_hours(p.hours);
    let deadline = stay_deadline(
        input.entry_at,
        p.clock,
        TimeDelta::hours(i64::from(p.hours)),
    );
    let mut reasons = Vec::new();
    let mut warnings = Vec::new();
    let r = |code: &str| Finding::new(code, scheme, Some(meta));

    let nationality = norm(&input.nationality);
    if p.nationalities.is_empty() {
        reasons.push(r("nationality_list_unknown"));
    } else if !p.nationalities.contains(&nationality) {
        reasons.push(r("nationality_not_eligible").arg("country", &nationality));
    }

    match p.port(&input.entry_port) {
        Some(port) if port.uncertain => {
            warnings.push(r("port_identity_uncertain").arg("port", &port.name));
        }
        Some(_) => {}
        None if p.ports_complete => {
            reasons.push(r("port_not_designated").arg("port", input.entry_port.trim()));
        }
        None => warnings.push(r("port_not_listed").arg("port", input.entry_port.trim())),
    }

    // The onward rule: origin and destination must differ (no A -> China -> A), and the
    // destination must be outside the mainland; HK, MO and TW count as regions of their
    // own when the policy lists them.
    let (origin, destination) = (norm(&input.origin), norm(&input.destination));
    if p.onward_third_country_required {
        let is_mainland = |c: &str| c == "CN" && !p.regions.iter().any(|r| r == c);
        if is_mainland(&destination) {
            reasons.push(r("onward_not_third_country").arg("destination", &destination));
        } else if origin == destination {
            reasons.push(r("round_trip").arg("country", &destination));
        }
    }

    if let Some(purpose) = input.purpose
        && !p.purposes.contains(&purpose)
    {
        reasons.push(r("purpose_not_allowed"));
    }

    check_passport(
        input,
        entry_day,
        Some(p.passport_min_validity_months),
        deadline,
        scheme,
        meta,
        &mut reasons,
    );
    check_exit(input, deadline, scheme, meta, &mut reasons);

    if let Some(exit_port) = &input.exit_port {
        match p.port(exit_port) {
            Some(port) if port.uncertain => {
                warnings.push(r("port_identity_uncertain").arg("port", &port.name));
            }
            Some(_) => {}
            None => warnings.push(r("exit_port_not_listed").arg("port", exit_port.trim())),
        }
    }
    check_policy_end(meta.effective_to, deadline, scheme, meta, &mut warnings);
    warnings.extend(
        p.uncertainties
            .iter()
            .map(|u| Finding::uncertainty(u, scheme)),
    );

    Evaluation {
        scheme,
        deadline: Some(deadline),
        reasons,
        warnings,
        meta: Some(meta.clone()),
        area: Some(AreaRef::from(&p.permitted_area)),
        policy: Some(PolicyRef::from(meta)),
        knows_nationality: p.nationalities.contains(&nationality),
    }
}

fn evaluate_entry(
    input: &TransitCheckInput,
    versions: &[Versioned<VisaFreeEntryPolicy>],
) -> Evaluation {
    let scheme = Scheme::VisaFree30d;
    let entry_day = input.entry_at.with_timezone(&TIME_ZONE).date_naive();
    let Some(v) = in_force(versions, entry_day) else {
        return Evaluation::not_in_force(scheme, entry_day);
    };
    let (p, meta) = (&v.data, &v.meta);
    let nationality = norm(&input.nationality);
    let Some(window) = p.window(&nationality, entry_day) else {
        return Evaluation {
            scheme,
            deadline: None,
            reasons: vec![
                Finding::new("nationality_not_eligible", scheme, Some(meta))
                    .arg("country", &nationality),
            ],
            warnings: Vec::new(),
            meta: Some(meta.clone()),
            area: None,
            policy: Some(PolicyRef::from(meta)),
            knows_nationality: p.countries.iter().any(|w| w.country == nationality),
        };
    };
    let deadline = stay_deadline(
        input.entry_at,
        p.clock,
        TimeDelta::days(i64::from(window.max_days)),
    );
    let mut reasons = Vec::new();
    let mut warnings = Vec::new();
    if let Some(purpose) = input.purpose
        && !p.purposes.contains(&purpose)
    {
        reasons.push(Finding::new("purpose_not_allowed", scheme, Some(meta)));
    }
    check_passport(
        input,
        entry_day,
        p.passport_min_validity_months,
        deadline,
        scheme,
        meta,
        &mut reasons,
    );
    check_exit(input, deadline, scheme, meta, &mut reasons);
    let end = Some(meta.effective_to.map_or(window.to, |to| to.min(window.to)));
    check_policy_end(end, deadline, scheme, meta, &mut warnings);
    if window.confidence.needs_verification() {
        warnings.push(Finding::new("country_window_uncertain", scheme, Some(meta)));
    }
    warnings.extend(
        p.uncertainties
            .iter()
            .map(|u| Finding::uncertainty(u, scheme)),
    );
    Evaluation {
        scheme,
        deadline: Some(deadline),
        reasons,
        warnings,
        meta: Some(meta.clone()),
        area: p.permitted_area.as_ref().map(AreaRef::from),
        policy: Some(PolicyRef::from(meta)),
        knows_nationality: true,
    }
}

fn evaluate_mutual(
    input: &TransitCheckInput,
    versions: &[Versioned<MutualExemptionPolicy>],
) -> Evaluation {
    let scheme = Scheme::MutualExemption;
    let entry_day = input.entry_at.with_timezone(&TIME_ZONE).date_naive();
    // Each agreement carries its own dates, so a date before the document's first day is
    // still answered from the newest list ("not yet in force", with the date).
    let newest = versions.iter().max_by_key(|v| v.meta.effective_from);
    let Some(v) = in_force(versions, entry_day).or(newest) else {
        return Evaluation::not_in_force(scheme, entry_day);
    };
    let (p, meta) = (&v.data, &v.meta);
    let nationality = norm(&input.nationality);
    let known: Vec<&Agreement> = p.agreements_of(&nationality).collect();
    let Some(a) = p.agreement(&nationality, entry_day) else {
        // Say why, citing the agreement the visitor may have heard of: the next one to
        // start, else the last one that ended, else none at all.
        let next = known
            .iter()
            .filter(|a| a.from > entry_day)
            .min_by_key(|a| a.from);
        let last = known
            .iter()
            .filter(|a| a.to.is_some_and(|to| to < entry_day))
            .max_by_key(|a| a.to);
        let reason = match (next, last) {
            (Some(a), _) => Finding::agreement("agreement_not_yet_in_force", a)
                .arg("country", &nationality)
                .arg("date", a.from),
            (None, Some(a)) => Finding::agreement("agreement_ended", a)
                .arg("country", &nationality)
                .arg("date", a.to.unwrap_or(a.from)),
            (None, None) => {
                Finding::new("no_agreement", scheme, Some(meta)).arg("country", &nationality)
            }
        };
        return Evaluation {
            scheme,
            deadline: None,
            reasons: vec![reason],
            warnings: Vec::new(),
            meta: Some(meta.clone()),
            area: None,
            policy: Some(PolicyRef::from(meta)),
            knows_nationality: !known.is_empty(),
        };
    };
    let deadline = stay_deadline(
        input.entry_at,
        p.clock,
        TimeDelta::days(i64::from(a.max_days_per_stay)),
    );
    let mut reasons = Vec::new();
    let mut warnings = Vec::new();
    if let Some(purpose) = input.purpose
        && !p.purposes.contains(&purpose)
    {
        reasons.push(Finding::agreement("purpose_not_allowed", a));
    }
    check_passport(input, entry_day, None, deadline, scheme, meta, &mut reasons);
    check_exit(input, deadline, scheme, meta, &mut reasons);
    for f in reasons.iter_mut() {
        f.source = Some(a.source.clone());
        f.as_of = Some(a.as_of);
    }
    if let Some(c) = a.cumulative {
        warnings.push(
            Finding::agreement(&format!("cumulative_{}", c.per.as_str()), a).arg("days", c.days),
        );
    }
    let end = match (meta.effective_to, a.to) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    };
    check_policy_end(end, deadline, scheme, meta, &mut warnings);
    if a.confidence.needs_verification() {
        warnings.push(Finding::agreement("agreement_uncertain", a));
    }
    warnings.extend(
        p.uncertainties
            .iter()
            .map(|u| Finding::uncertainty(u, scheme)),
    );
    Evaluation {
        scheme,
        deadline: Some(deadline),
        reasons,
        warnings,
        meta: Some(meta.clone()),
        area: p.permitted_area.as_ref().map(AreaRef::from),
        policy: Some(PolicyRef::for_agreement(meta, a)),
        knows_nationality: true,
    }
}

/// Every versioned policy the visa-free check weighs: each slice holds every known version
/// of one policy (from `seeds/policies/`), in any order.
#[derive(Debug, Clone, Copy, Default)]
pub struct VisaPolicies<'a> {
    /// Visa-free transit versions.
    pub transit: &'a [Versioned<TransitPolicy>],
    /// Unilateral 30-day visa-free entry versions.
    pub entry: &'a [Versioned<VisaFreeEntryPolicy>],
    /// Mutual visa-exemption agreement versions.
    pub mutual: &'a [Versioned<MutualExemptionPolicy>],
}

/// Checks a trip against the transit and 30-day entry policies only (no mutual
/// agreements): a visitor whose only way in is an agreement gets "not confirmed" here.
/// Callers that hold the agreements use [`check_policies`].
pub fn check(
    input: &TransitCheckInput,
    transit_versions: &[Versioned<TransitPolicy>],
    entry_versions: &[Versioned<VisaFreeEntryPolicy>],
) -> TransitCheckOutcome {
    check_policies(
        input,
        VisaPolicies {
            transit: transit_versions,
            entry: entry_versions,
            mutual: &[],
        },
    )
}

/// Checks a trip against every scheme in force on its entry date (Asia/Shanghai calendar):
/// transit, 30-day entry and mutual agreements.
///
/// When several apply, `scheme` is the one with the latest deadline, `longer_stay` names
/// it and `alternatives` lists all; otherwise `reasons` lists why each failed, and the
/// answer is "we cannot confirm this; check with the embassy" (`scheme: none`), never "a
/// visa is needed", since the data does not hold every arrangement.
pub fn check_policies(
    input: &TransitCheckInput,
    policies: VisaPolicies<'_>,
) -> TransitCheckOutcome {
    let evaluations = [
        evaluate_transit(input, policies.transit),
        evaluate_entry(input, policies.entry),
        evaluate_mutual(input, policies.mutual),
    ];
    let alternatives: Vec<SchemeOption> = evaluations
        .iter()
        .map(|e| SchemeOption {
            scheme: e.scheme,
            eligible: e.eligible(),
            deadline: e.deadline.map(|d| d.fixed_offset()),
            name: String::new(),
            policy: e.policy.clone(),
        })
        .collect();
    let eligible: Vec<&Evaluation> = evaluations.iter().filter(|e| e.eligible()).collect();
    // The later deadline wins; on a tie the scheme listed first (transit) is kept, since
    // its conditions were checked in more detail.
    let best = eligible
        .iter()
        .copied()
        .reduce(|a, b| if b.deadline > a.deadline { b } else { a });
    let longer_stay = (eligible.len() > 1)
        .then(|| best.map(|b| b.scheme))
        .flatten();

    let mut warnings: Vec<Finding> = Vec::new();
    match best {
        Some(best) => {
            warnings.extend(best.warnings.iter().cloned());
            let confidence_low = best
                .policy
                .as_ref()
                .is_some_and(|p| p.confidence.needs_verification());
            if !warnings.is_empty() || confidence_low {
                let mut verify =
                    Finding::new("verify_before_travel", best.scheme, best.meta.as_ref());
                if let Some(p) = &best.policy {
                    verify.source = Some(p.source.clone());
                    verify.as_of = Some(p.as_of);
                }
                warnings.push(verify);
            }
            TransitCheckOutcome {
                eligible: true,
                scheme: best.scheme,
                deadline: best.deadline.map(|d| d.fixed_offset()),
                permitted_area: best.area.clone(),
                // The schemes that did not apply still explain themselves.
                reasons: evaluations
                    .iter()
                    .filter(|e| e.scheme != best.scheme)
                    .flat_map(|e| e.reasons.iter().cloned())
                    .collect(),
                warnings,
                policy: best.policy.clone(),
                alternatives,
                longer_stay,
            }
        }
        None => {
            let mut reasons: Vec<Finding> = evaluations
                .iter()
                .flat_map(|e| e.reasons.iter().cloned())
                .collect();
            // A nationality none of the schemes lists: say plainly that our data has no
            // arrangement for it, which is not the same as "none exists".
            if !evaluations.iter().any(|e| e.knows_nationality) {
                // Cites the agreements list (the most complete list we hold), else any.
                let meta = evaluations.iter().rev().find_map(|e| e.meta.as_ref());
                reasons.insert(
                    0,
                    Finding::new("nationality_not_in_data", Scheme::None, meta)
                        .arg("country", norm(&input.nationality)),
                );
            }
            TransitCheckOutcome {
                eligible: false,
                scheme: Scheme::None,
                deadline: None,
                permitted_area: None,
                reasons,
                warnings: vec![Finding::new(
                    "cannot_confirm_check_embassy",
                    Scheme::None,
                    evaluations[0].meta.as_ref(),
                )],
                policy: evaluations[0].policy.clone(),
                alternatives,
                longer_stay: None,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Confidence;

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    fn seeds_transit() -> Vec<Versioned<TransitPolicy>> {
        [
            include_str!("../../seeds/policies/transit-144h-2019-05-01.yaml"),
            include_str!("../../seeds/policies/transit-240h-2024-12-17.yaml"),
            include_str!("../../seeds/policies/transit-240h-2025-06-12.yaml"),
            include_str!("../../seeds/policies/transit-240h-2025-11-05.yaml"),
        ]
        .iter()
        .map(|y| serde_saphyr::from_str(y).unwrap())
        .collect()
    }

    fn seeds_entry() -> Vec<Versioned<VisaFreeEntryPolicy>> {
        vec![
            serde_saphyr::from_str(include_str!(
                "../../seeds/policies/visa-free-entry-2026-02-17.yaml"
            ))
            .unwrap(),
        ]
    }

    fn trip(
        nationality: &str,
        entry_at: &str,
        origin: &str,
        destination: &str,
    ) -> TransitCheckInput {
        TransitCheckInput {
            nationality: nationality.into(),
            entry_port: "CAN".into(),
            entry_at: at(entry_at),
            origin: origin.into(),
            destination: destination.into(),
            exit_port: None,
            exit_at: None,
            passport_expiry: None,
            purpose: None,
        }
    }

    fn seeds_mutual() -> Vec<Versioned<MutualExemptionPolicy>> {
        vec![
            serde_saphyr::from_str(include_str!(
                "../../seeds/policies/mutual-exemption-2026-12.yaml"
            ))
            .unwrap(),
        ]
    }

    fn run(input: &TransitCheckInput) -> TransitCheckOutcome {
        let (transit, entry, mutual) = (seeds_transit(), seeds_entry(), seeds_mutual());
        check_policies(
            input,
            VisaPolicies {
                transit: &transit,
                entry: &entry,
                mutual: &mutual,
            },
        )
    }

    fn alternative(out: &TransitCheckOutcome, scheme: Scheme) -> &SchemeOption {
        out.alternatives
            .iter()
            .find(|a| a.scheme == scheme)
            .unwrap()
    }

    fn codes(findings: &[Finding]) -> Vec<&str> {
        findings.iter().map(|f| f.code.as_str()).collect()
    }

    #[test]
    fn issue_example_us_traveller_gets_240_hours() {
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "US", "JP"));
        assert!(out.eligible);
        assert_eq!(out.scheme, Scheme::Transit240h);
        assert_eq!(out.deadline, Some(at("2026-12-12T00:00:00+08:00")));
        assert_eq!(
            out.policy.as_ref().unwrap().version,
            "transit-240h-2025-11-05"
        );
        assert_eq!(
            out.permitted_area.as_ref().unwrap().code,
            "designated_provinces"
        );
        assert!(codes(&out.warnings).contains(&"exit_port_rule_uncertain"));
        assert!(codes(&out.warnings).contains(&"verify_before_travel"));
        let json = serde_json::to_value(&out).unwrap();
        assert_eq!(json["scheme"], "transit_240h");
        assert_eq!(json["deadline"], "2026-12-12T00:00:00+08:00");
    }

    #[test]
    fn deadline_boundaries_in_asia_shanghai() {
        // (entry, deadline): the clock starts at the next local midnight, whatever the
        // time of entry or the offset it is written in.
        let table = [
            ("2026-03-01T00:01:00+08:00", "2026-03-12T00:00:00+08:00"),
            ("2026-03-01T23:59:00+08:00", "2026-03-12T00:00:00+08:00"),
            // 23:30 in London on 1 March is 07:30 on 2 March in Guangzhou.
            ("2026-03-01T23:30:00+00:00", "2026-03-13T00:00:00+08:00"),
            // Across a month end (February, non-leap year) and a year end.
            ("2026-02-20T10:00:00+08:00", "2026-03-03T00:00:00+08:00"),
            ("2026-12-25T09:00:00+08:00", "2027-01-05T00:00:00+08:00"),
            ("2027-12-31T23:59:00+08:00", "2028-01-11T00:00:00+08:00"),
        ];
        for (entry, deadline) in table {
            let out = run(&trip("US", entry, "US", "KR"));
            assert_eq!(out.deadline, Some(at(deadline)), "entry {entry}");
            assert_eq!(out.deadline.unwrap().offset().local_minus_utc(), 8 * 3600);
        }
    }

    #[test]
    fn round_trip_is_not_transit() {
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "US", "US"));
        assert!(!out.eligible);
        assert_eq!(out.scheme, Scheme::None);
        assert!(codes(&out.reasons).contains(&"round_trip"));
        assert!(out.deadline.is_none());
        assert_eq!(codes(&out.warnings), ["cannot_confirm_check_embassy"]);
    }

    #[test]
    fn hong_kong_counts_as_an_onward_region() {
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "US", "HK"));
        assert!(out.eligible);
        assert_eq!(out.scheme, Scheme::Transit240h);
        // But HK -> China -> HK is a round trip too.
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "HK", "HK"));
        assert!(codes(&out.reasons).contains(&"round_trip"));
    }

    #[test]
    fn mainland_destination_is_not_a_third_country() {
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "US", "cn"));
        assert!(codes(&out.reasons).contains(&"onward_not_third_country"));
    }

    #[test]
    fn ineligible_nationality_gets_reasons_for_both_schemes() {
        let out = run(&trip("IN", "2026-12-01T14:30:00+08:00", "IN", "JP"));
        assert!(!out.eligible);
        assert_eq!(out.scheme, Scheme::None);
        let reasons: Vec<(&str, Scheme)> = out
            .reasons
            .iter()
            .map(|r| (r.code.as_str(), r.scheme))
            .collect();
        assert!(reasons.contains(&("nationality_not_eligible", Scheme::Transit240h)));
        assert!(reasons.contains(&("nationality_not_eligible", Scheme::VisaFree30d)));
        assert!(reasons.contains(&("no_agreement", Scheme::MutualExemption)));
        assert!(reasons.contains(&("nationality_not_in_data", Scheme::None)));
        assert!(out.reasons.iter().all(|r| r.source.is_some()));
    }

    #[test]
    fn a_case_the_data_does_not_cover_is_not_confirmed_never_visa_required() {
        let out = run(&trip("IN", "2026-12-01T14:30:00+08:00", "IN", "JP"));
        assert!(!out.eligible);
        assert_eq!(out.scheme, Scheme::None);
        assert_eq!(codes(&out.warnings), ["cannot_confirm_check_embassy"]);
        assert_eq!(out.reasons[0].code, "nationality_not_in_data");
        for locale in Locale::ALL {
            let text = out.localized(locale);
            assert!(!text.warnings[0].message.is_empty(), "{locale:?}");
        }
        let en = out.localized(Locale::En);
        let said = format!(
            "{} {}",
            en.warnings[0].message,
            tr(Locale::En, "transit-scheme-none")
        );
        assert!(said.contains("embassy"), "{said}");
        assert!(!said.to_lowercase().contains("visa required"), "{said}");
        // A nationality that is in the data but fails on this trip: reasons, no
        // "not in data", and still "cannot confirm".
        let out = run(&trip("US", "2026-12-01T14:30:00+08:00", "US", "US"));
        assert!(!codes(&out.reasons).contains(&"nationality_not_in_data"));
        assert_eq!(codes(&out.warnings), ["cannot_confirm_check_embassy"]);
    }

    #[test]
    fn a_thai_visitor_gets_the_mutual_exemption() {
        // The issue's example: Thailand and China waive visas for each other.
        let out = run(&trip("TH", "2026-12-01T14:30:00+08:00", "TH", "TH"));
        assert!(out.eligible, "{out:?}");
        assert_eq!(out.scheme, Scheme::MutualExemption);
        // The entry day is day one of 30: the stay ends at 24:00 on 30 December.
        assert_eq!(out.deadline, Some(at("2026-12-31T00:00:00+08:00")));
        let policy = out.policy.as_ref().unwrap();
        assert!(policy.source.starts_with("https://"), "{}", policy.source);
        assert_eq!(policy.effective_from, date("2024-03-01"));
        let w = out
            .warnings
            .iter()
            .find(|w| w.code == "cumulative_any_180_days")
            .unwrap();
        assert_eq!(w.args["days"], "90");
        assert_eq!(w.source.as_deref(), Some(policy.source.as_str()));
        assert_eq!(out.permitted_area.as_ref().unwrap().code, "mainland");
        let json = serde_json::to_value(&out).unwrap();
        assert_eq!(json["scheme"], "mutual_visa_exemption");
    }

    #[test]
    fn each_agreement_applies_from_its_first_day_and_not_the_day_before() {
        let mutual = seeds_mutual();
        let agreements = &mutual[0].data.agreements;
        assert!(agreements.len() >= 10);
        for a in agreements {
            let first = format!("{}T10:00:00+08:00", a.from);
            let before = format!("{}T10:00:00+08:00", a.from - Days::new(1));
            // Origin and destination equal: no transit, so only the agreement can apply.
            let out = run(&trip(&a.country, &first, &a.country, &a.country));
            let option = alternative(&out, Scheme::MutualExemption);
            assert!(option.eligible, "{} on {}: {out:?}", a.country, a.from);
            assert_eq!(out.scheme, Scheme::MutualExemption, "{}", a.country);
            assert_eq!(option.policy.as_ref().unwrap().source, a.source);
            let out = run(&trip(&a.country, &before, &a.country, &a.country));
            assert!(
                !alternative(&out, Scheme::MutualExemption).eligible,
                "{}",
                a.country
            );
            let reason = out
                .reasons
                .iter()
                .find(|r| r.scheme == Scheme::MutualExemption)
                .unwrap();
            assert_eq!(reason.code, "agreement_not_yet_in_force", "{}", a.country);
            assert_eq!(reason.args["date"], a.from.to_string());
            assert!(!out.eligible, "{} the day before", a.country);
            // Uncertain agreements always carry the notice.
            if a.confidence.needs_verification() {
                let out = run(&trip(&a.country, &first, &a.country, &a.country));
                assert!(
                    codes(&out.warnings).contains(&"agreement_uncertain"),
                    "{}",
                    a.country
                );
                assert!(
                    codes(&out.warnings).contains(&"verify_before_travel"),
                    "{}",
                    a.country
                );
            }
        }
    }

    #[test]
    fn an_ended_agreement_says_so() {
        let mut mutual = seeds_mutual();
        let th = mutual[0]
            .data
            .agreements
            .iter_mut()
            .find(|a| a.country == "TH")
            .unwrap();
        th.to = Some(date("2026-06-30"));
        let transit = seeds_transit();
        let entry = seeds_entry();
        let policies = VisaPolicies {
            transit: &transit,
            entry: &entry,
            mutual: &mutual,
        };
        let out = check_policies(
            &trip("TH", "2026-07-01T10:00:00+08:00", "TH", "TH"),
            policies,
        );
        assert!(!out.eligible);
        let reason = out
            .reasons
            .iter()
            .find(|r| r.code == "agreement_ended")
            .unwrap();
        assert_eq!(reason.args["date"], "2026-06-30");
        // A stay that runs past the end is flagged.
        let out = check_policies(
            &trip("TH", "2026-06-20T10:00:00+08:00", "TH", "TH"),
            policies,
        );
        assert!(codes(&out.warnings).contains(&"policy_ends_during_stay"));
    }

    #[test]
    fn work_is_not_covered_by_an_agreement() {
        let mut input = trip("MY", "2026-12-01T10:00:00+08:00", "MY", "MY");
        input.purpose = Some(Purpose::Work);
        let out = run(&input);
        assert!(!out.eligible);
        let r = out
            .reasons
            .iter()
            .find(|r| r.scheme == Scheme::MutualExemption)
            .unwrap();
        assert_eq!(r.code, "purpose_not_allowed");
        assert!(r.source.as_deref().unwrap().starts_with("http"));
    }

    #[test]
    fn the_plain_check_without_agreements_still_never_says_visa_required() {
        let out = check(
            &trip("TH", "2026-12-01T10:00:00+08:00", "TH", "TH"),
            &seeds_transit(),
            &seeds_entry(),
        );
        assert_eq!(out.scheme, Scheme::None);
        assert_eq!(codes(&out.warnings), ["cannot_confirm_check_embassy"]);
    }

    #[test]
    fn passport_expiring_too_soon() {
        let mut input = trip("US", "2026-12-01T14:30:00+08:00", "US", "JP");
        input.passport_expiry = Some(date("2027-02-28"));
        let out = run(&input);
        assert!(!out.eligible);
        assert!(codes(&out.reasons).contains(&"passport_validity_too_short"));
        input.passport_expiry = Some(date("2027-03-01"));
        assert!(run(&input).eligible);
    }

    #[test]
    fn both_schemes_apply_and_the_longer_stay_is_named() {
        let out = run(&trip("FR", "2026-06-01T10:00:00+08:00", "FR", "JP"));
        assert!(out.eligible);
        assert_eq!(out.scheme, Scheme::VisaFree30d);
        assert_eq!(out.longer_stay, Some(Scheme::VisaFree30d));
        assert_eq!(out.deadline, Some(at("2026-07-02T00:00:00+08:00")));
        assert_eq!(out.alternatives.len(), 3);
        assert!(out.alternatives[..2].iter().all(|a| a.eligible));
        assert!(!out.alternatives[2].eligible);
        assert_eq!(
            out.alternatives[0].deadline,
            Some(at("2026-06-12T00:00:00+08:00"))
        );
        assert_eq!(out.permitted_area.as_ref().unwrap().code, "mainland");
        // A round trip still qualifies for the 30-day entry, and the transit reason stays.
        let out = run(&trip("FR", "2026-06-01T10:00:00+08:00", "FR", "FR"));
        assert_eq!(out.scheme, Scheme::VisaFree30d);
        assert_eq!(out.longer_stay, None);
        assert_eq!(codes(&out.reasons), ["round_trip", "no_agreement"]);
    }

    #[test]
    fn policy_expiring_mid_trip_is_a_warning() {
        // Russia's 30-day trial ends on 14 Sep 2026.
        let out = run(&trip("RU", "2026-09-01T10:00:00+08:00", "RU", "RU"));
        assert_eq!(out.scheme, Scheme::VisaFree30d);
        let w = out
            .warnings
            .iter()
            .find(|w| w.code == "policy_ends_during_stay")
            .unwrap();
        assert_eq!(w.args["date"], "2026-09-14");
        // The GB window ends on 31 Dec 2026: a stay ending close to it is flagged too.
        let out = run(&trip("GB", "2026-12-10T10:00:00+08:00", "GB", "GB"));
        assert!(codes(&out.warnings).contains(&"policy_ends_during_stay"));
        let out = run(&trip("GB", "2026-11-20T10:00:00+08:00", "GB", "GB"));
        assert!(codes(&out.warnings).contains(&"policy_ends_soon"));
    }

    #[test]
    fn entry_after_a_country_window_falls_back_to_transit() {
        let out = run(&trip("RU", "2026-09-15T10:00:00+08:00", "RU", "JP"));
        assert_eq!(out.scheme, Scheme::Transit240h);
        assert!(codes(&out.reasons).contains(&"nationality_not_eligible"));
    }

    #[test]
    fn version_in_force_at_entry_is_used() {
        // Indonesia joined on 12 Jun 2025.
        let before = run(&trip("ID", "2025-06-11T10:00:00+08:00", "ID", "JP"));
        assert!(!before.eligible);
        assert_eq!(before.policy.unwrap().version, "transit-240h-2024-12-17");
        let after = run(&trip("ID", "2025-06-12T10:00:00+08:00", "ID", "JP"));
        assert!(after.eligible);
        assert_eq!(after.policy.unwrap().version, "transit-240h-2025-06-12");
        // The Pazhou ferry terminal became a port on 5 Nov 2025; before that it is only
        // "not listed" (the national list is not complete in our data).
        let mut input = trip("US", "2025-11-04T10:00:00+08:00", "US", "JP");
        input.entry_port = "gz-pazhou-ferry".into();
        assert!(codes(&run(&input).warnings).contains(&"port_not_listed"));
        input.entry_at = at("2025-11-05T10:00:00+08:00");
        assert!(!codes(&run(&input).warnings).contains(&"port_not_listed"));
    }

    #[test]
    fn the_144_hour_era_counts_144_hours_and_guangdong_ports_only() {
        let mut input = trip("US", "2024-06-01T10:00:00+08:00", "US", "JP");
        let out = run(&input);
        // The facts do not list that era's nationalities: nothing is confirmed.
        assert!(!out.eligible);
        assert_eq!(out.alternatives[0].scheme, Scheme::Transit144h);
        assert_eq!(
            out.alternatives[0].deadline,
            Some(at("2024-06-08T00:00:00+08:00"))
        );
        assert!(codes(&out.reasons).contains(&"nationality_list_unknown"));
        input.entry_port = "PEK".into();
        assert!(codes(&run(&input).reasons).contains(&"port_not_designated"));
    }

    #[test]
    fn before_any_policy_nothing_is_in_force() {
        let out = run(&trip("US", "2018-01-01T10:00:00+08:00", "US", "JP"));
        assert!(!out.eligible);
        assert!(out.reasons.iter().any(|r| r.code == "policy_not_in_force"));
    }

    #[test]
    fn purpose_and_exit_time_are_checked() {
        let mut input = trip("US", "2026-12-01T14:30:00+08:00", "US", "JP");
        input.purpose = Some(Purpose::Work);
        assert!(codes(&run(&input).reasons).contains(&"purpose_not_allowed"));
        input.purpose = Some(Purpose::Tourism);
        input.exit_at = Some(at("2026-12-12T00:00:00+08:00"));
        assert!(run(&input).eligible);
        input.exit_at = Some(at("2026-12-12T00:01:00+08:00"));
        let out = run(&input);
        assert!(!out.eligible);
        assert!(codes(&out.reasons).contains(&"exit_after_deadline"));
    }

    #[test]
    fn uncertain_ports_and_unlisted_exit_ports_are_warnings() {
        let mut input = trip("US", "2026-12-01T14:30:00+08:00", "US", "JP");
        input.entry_port = "gz-cruise".into();
        input.exit_port = Some("PEK".into());
        let out = run(&input);
        assert!(out.eligible);
        let w = codes(&out.warnings);
        assert!(w.contains(&"port_identity_uncertain"));
        assert!(w.contains(&"exit_port_not_listed"));
        assert!(w.contains(&"exit_port_rule_uncertain"));
        let rule = out
            .warnings
            .iter()
            .find(|w| w.code == "exit_port_rule_uncertain")
            .unwrap();
        assert_eq!(rule.as_of, Some(date("2026-12-02")));
    }

    #[test]
    fn each_nationality_group_gets_its_scheme() {
        // (nationality, scheme on 1 Jun 2026 flying US -> CN -> JP)
        let table = [
            ("US", Scheme::Transit240h),     // transit only
            ("ID", Scheme::Transit240h),     // transit only, added 2025
            ("DE", Scheme::VisaFree30d),     // both
            ("GB", Scheme::VisaFree30d),     // both since 17 Feb 2026
            ("RU", Scheme::VisaFree30d),     // transit + 30-day trial
            ("PE", Scheme::VisaFree30d),     // 30-day entry only
            ("SA", Scheme::VisaFree30d),     // 30-day entry only
            ("TH", Scheme::MutualExemption), // agreement since 1 Mar 2024
            ("MY", Scheme::MutualExemption), // agreement since 17 Jul 2025
            ("SG", Scheme::MutualExemption), // transit too, but 30 days > 10
            ("KZ", Scheme::MutualExemption),
            ("IN", Scheme::None), // none in our data: not confirmed
        ];
        for (nationality, scheme) in table {
            let out = run(&trip(nationality, "2026-06-01T10:00:00+08:00", "US", "JP"));
            assert_eq!(out.scheme, scheme, "{nationality}");
            assert_eq!(out.eligible, scheme != Scheme::None, "{nationality}");
        }
    }

    #[test]
    fn localized_outcome_has_a_message_for_every_finding() {
        let mut input = trip("US", "2026-12-01T14:30:00+08:00", "US", "US");
        input.passport_expiry = Some(date("2027-01-01"));
        for locale in Locale::ALL {
            let out = run(&input).localized(locale);
            for f in out.reasons.iter().chain(&out.warnings) {
                assert!(
                    !f.message.is_empty() && !f.message.contains("transit-"),
                    "{locale:?} {}",
                    f.code
                );
            }
            for alt in &out.alternatives {
                assert!(
                    !alt.name.is_empty() && !alt.name.contains("transit-"),
                    "{locale:?}"
                );
            }
        }
        let out = run(&trip("DE", "2026-06-01T10:00:00+08:00", "DE", "JP")).localized(Locale::En);
        assert!(out.permitted_area.unwrap().description.contains("Mainland"));
    }

    #[test]
    fn seed_policies_have_the_documented_shape() {
        let t = seeds_transit();
        assert_eq!(t.len(), 4);
        let current = in_force(&t, date("2026-11-15")).unwrap();
        assert_eq!(current.data.nationalities.len(), 55);
        assert_eq!(current.data.ports.len(), 10);
        assert_eq!(
            in_force(&t, date("2025-01-01"))
                .unwrap()
                .data
                .nationalities
                .len(),
            54
        );
        let e = seeds_entry();
        assert_eq!(e[0].meta.confidence, Confidence::Confirmed);
        for v in &t {
            let data = serde_json::to_value(&v.data).unwrap();
            assert_eq!(crate::policy::PolicyKind::Transit.validate(&data), Ok(()));
        }
        let data = serde_json::to_value(&e[0].data).unwrap();
        assert_eq!(
            crate::policy::PolicyKind::VisaFreeEntry.validate(&data),
            Ok(())
        );
    }
}

//! The published catalogue as typed data (issue "One typed catalogue"): places, zones,
//! routes, events, alerts and the policy set, each with closed enums and its texts as
//! [`Texts`] that pick a [`Localized`] value per request.
//!
//! The server's store is the only code that turns database rows into these types; the
//! offline bundle (`bundle`) is built from them; the app core reads the bundle back into
//! the same facts. The rules a visitor relies on ("verify before travel", "takes foreign
//! cards", "can be planned without known hours", "open at") are methods here, so the
//! server and the phone cannot disagree.

use std::borrow::Cow;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::geo::LatLng;
use crate::hours::{Hours, OpenState};
use crate::locale::Locale;
use crate::place::{DutyFreeInfo, Friendliness, Location, PaymentInfo, TaxRefundInfo};
use crate::planner::{ExitPort, PlanPlace, plannable_without_hours};
use crate::policy::{
    HelpDirectory, MutualExemptionPolicy, PolicyKind, PolicyMeta, TaxRefundPolicy, TransitPolicy,
    Versioned, VisaFreeEntryPolicy, in_force,
};
use crate::source::Source;
use crate::text::{Localized, Texts};
use crate::vocab::{
    Confidence, District, EventKind, Interest, PaymentMethod, PlaceKind, Severity, TextOrigin,
    TravelMode, ZoneTier,
};

/// How long a visit lasts when the data does not say.
pub const DEFAULT_VISIT_MINUTES: u32 = 60;

/// Payment methods that take a foreign bank card (at the till, or through Alipay or
/// WeChat Pay linked to a foreign card).
pub const FOREIGN_CARD_METHODS: [PaymentMethod; 3] = [
    PaymentMethod::ForeignCardPos,
    PaymentMethod::AlipayForeignCard,
    PaymentMethod::WechatForeignCard,
];

fn is_false(b: &bool) -> bool {
    !*b
}

/// Opening hours of a place: the parsed OpenStreetMap expression and how sure we are.
///
/// Parsed once when the data is read (parsing costs far more than evaluating), so an
/// expression that does not parse is a data error at load time, never a surprise later.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "HoursWire", into = "HoursWire")]
pub struct HoursInfo {
    /// The expression, parsed.
    pub hours: Hours,
    /// How sure we are of it.
    pub confidence: Confidence,
}

impl PartialEq for HoursInfo {
    fn eq(&self, other: &Self) -> bool {
        self.hours.as_str() == other.hours.as_str() && self.confidence == other.confidence
    }
}

#[derive(Serialize, Deserialize)]
struct HoursWire {
    /// OpenStreetMap `opening_hours`.
    osm: String,
    #[serde(default = "confirmed")]
    confidence: Confidence,
}

fn confirmed() -> Confidence {
    Confidence::Confirmed
}

impl TryFrom<HoursWire> for HoursInfo {
    type Error = crate::hours::HoursError;
    fn try_from(w: HoursWire) -> Result<Self, Self::Error> {
        Ok(HoursInfo {
            hours: Hours::parse(&w.osm)?,
            confidence: w.confidence,
        })
    }
}

impl From<HoursInfo> for HoursWire {
    fn from(h: HoursInfo) -> Self {
        HoursWire {
            osm: h.hours.as_str().to_owned(),
            confidence: h.confidence,
        }
    }
}

/// The texts of a place in one language, as written and read (the offline bundle, the
/// seeds, the store's rows): four strings, each its own allocation. [`PlaceText`] is how
/// the catalogue keeps them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceTextFields {
    /// Name.
    pub name: String,
    /// One or two sentences on what it is and why go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Address, when translated (the Chinese address is a fact of the place).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// What the opening hours do not say: holidays, last entry, seasonal changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    /// Who wrote this text (official wording or a team translation), when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<TextOrigin>,
}

/// The texts of a place in one language: name, summary, address and hours note.
///
/// Kept as one string with the ends of its parts because a catalogue holds one per place
/// and locale (800,000 at 100,000 places in eight locales): four `String`s cost 104 bytes
/// before their text plus four allocations, this 32 bytes plus one. Built from and
/// serialized as [`PlaceTextFields`], so the wire format is the same flat object.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct PlaceText {
    /// The parts one after the other.
    joined: Box<str>,
    /// Where name, summary and address end in `joined` (the hours note ends with it).
    ends: [u32; 3],
    /// Which of summary, address and hours note are given (bits 0, 1, 2); an empty part
    /// that is given is not the same as one that is not.
    given: u8,
    origin: Option<TextOrigin>,
}

impl PlaceText {
    /// Texts with only a name.
    pub fn named(name: impl Into<String>) -> PlaceText {
        PlaceTextFields {
            name: name.into(),
            ..PlaceTextFields::default()
        }
        .into()
    }

    fn part(&self, at: usize) -> &str {
        let start = if at == 0 {
            0
        } else {
            self.ends[at - 1] as usize
        };
        let end = self.ends.get(at).map_or(self.joined.len(), |e| *e as usize);
        &self.joined[start..end]
    }

    fn optional_part(&self, at: usize) -> Option<&str> {
        (self.given & (1 << (at - 1)) != 0).then(|| self.part(at))
    }

    /// Name.
    pub fn name(&self) -> &str {
        self.part(0)
    }

    /// One or two sentences on what it is and why go.
    pub fn summary(&self) -> Option<&str> {
        self.optional_part(1)
    }

    /// Address, when translated (the Chinese address is a fact of the place).
    pub fn address(&self) -> Option<&str> {
        self.optional_part(2)
    }

    /// What the opening hours do not say: holidays, last entry, seasonal changes.
    pub fn hours_note(&self) -> Option<&str> {
        self.optional_part(3)
    }

    /// Who wrote this text, when recorded.
    pub fn origin(&self) -> Option<TextOrigin> {
        self.origin
    }

    /// The parts borrowed, for serializing.
    fn fields_ref(&self) -> PlaceTextRef<'_> {
        PlaceTextRef {
            name: self.name(),
            summary: self.summary(),
            address: self.address(),
            hours_note: self.hours_note(),
            origin: self.origin,
        }
    }

    /// The parts as separate strings.
    pub fn fields(&self) -> PlaceTextFields {
        PlaceTextFields {
            name: self.name().to_owned(),
            summary: self.summary().map(str::to_owned),
            address: self.address().map(str::to_owned),
            hours_note: self.hours_note().map(str::to_owned),
            origin: self.origin,
        }
    }
}

impl From<PlaceTextFields> for PlaceText {
    fn from(f: PlaceTextFields) -> PlaceText {
        let parts = [
            Some(f.name.as_str()),
            f.summary.as_deref(),
            f.address.as_deref(),
            f.hours_note.as_deref(),
        ];
        let mut joined = String::with_capacity(parts.iter().flatten().map(|p| p.len()).sum());
        let mut ends = [0; 3];
        let mut given = 0;
        for (at, part) in parts.iter().enumerate() {
            if let Some(part) = part {
                joined.push_str(part);
                if at > 0 {
                    given |= 1 << (at - 1);
                }
            }
            if let Some(end) = ends.get_mut(at) {
                // A text longer than 4 GiB is not a place's text; the store's limits are
                // far below (a summary is at most a few kilobytes).
                *end = u32::try_from(joined.len()).expect("a place's texts are under 4 GiB");
            }
        }
        PlaceText {
            joined: joined.into_boxed_str(),
            ends,
            given,
            origin: f.origin,
        }
    }
}

impl std::fmt::Debug for PlaceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.fields_ref().fmt(f)
    }
}

/// [`PlaceTextFields`] borrowed from a [`PlaceText`]: the same serialized form, without
/// copying the strings.
#[derive(Debug, Serialize)]
struct PlaceTextRef<'a> {
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    hours_note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<TextOrigin>,
}

impl Serialize for PlaceText {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.fields_ref().serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for PlaceText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        PlaceTextFields::deserialize(deserializer).map(PlaceText::from)
    }
}

/// Everything about a place that is not text in a language: what it is, where, when it is
/// open, how to pay, and how sure we are of each.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceFacts {
    /// UUIDv7.
    pub id: String,
    /// Stable public identifier.
    pub slug: String,
    /// What the place is.
    pub kind: PlaceKind,
    /// Which of the 11 districts.
    pub district: District,
    /// Chinese name, for drivers and signs.
    pub name_zh: String,
    /// Chinese address, for drivers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_zh: Option<String>,
    /// Phone, as published by the place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Where it is (WGS-84), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Opening hours, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<HoursInfo>,
    /// Payment methods with their verification state.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<PaymentInfo>,
    /// Foreigner-friendliness (unknown is not "no").
    #[serde(default, skip_serializing_if = "is_default")]
    pub friendliness: Friendliness,
    /// Departure tax refund, if offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_refund: Option<TaxRefundInfo>,
    /// Duty-free shopping, if offered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duty_free: Option<DutyFreeInfo>,
    /// Part of the night economy.
    #[serde(default, skip_serializing_if = "is_false")]
    pub night: bool,
    /// Free lowercase tags (`heritage`, `museum`, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Planner interests it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Interest>,
    /// Typical visit length in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visit_minutes: Option<u32>,
    /// How sure we are of the place as a whole.
    pub confidence: Confidence,
    /// Fields the sources leave in doubt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uncertain_fields: Vec<String>,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the facts were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Last change of the record.
    pub updated_at: DateTime<Utc>,
    /// Slugs of the zones it belongs to, sorted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<String>,
}

fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}

impl PlaceFacts {
    /// Where it is, if known.
    pub fn lat_lng(&self) -> Option<LatLng> {
        self.location.map(|l| l.lat_lng())
    }

    /// Open, closed or unknown at `at` (Asia/Shanghai); unknown without hours.
    pub fn open_state<Tz: chrono::TimeZone>(&self, at: DateTime<Tz>) -> OpenState {
        self.hours
            .as_ref()
            .map_or(OpenState::Unknown, |h| h.hours.state_at(at))
    }

    /// Whether it accepts any of `methods` (as recorded, verified or not).
    pub fn accepts_any(&self, methods: &[PaymentMethod]) -> bool {
        self.payments.iter().any(|p| methods.contains(&p.method))
    }

    /// Takes foreign bank cards, at the till or through Alipay/WeChat with a foreign card.
    pub fn takes_foreign_cards(&self) -> bool {
        self.accepts_any(&FOREIGN_CARD_METHODS)
    }

    /// A registered departure tax-refund store (instant or not).
    pub fn tax_refund_store(&self) -> bool {
        self.tax_refund.is_some_and(|t| t.store || t.instant)
    }

    /// Pays the tax refund on the spot.
    pub fn instant_refund(&self) -> bool {
        self.tax_refund.is_some_and(|t| t.instant)
    }

    /// Whether a visitor must be told "verify before travel": the place as a whole, its
    /// location, hours, tax refund or duty-free details are not confirmed, or a source
    /// flags a field as uncertain.
    pub fn needs_verification(&self) -> bool {
        let doubtful = |c: Option<Confidence>| c.is_some_and(Confidence::needs_verification);
        self.confidence.needs_verification()
            || self.location.is_some_and(|l| l.approximate)
            || doubtful(self.hours.as_ref().map(|h| h.confidence))
            || doubtful(self.tax_refund.map(|t| t.confidence))
            || doubtful(self.duty_free.as_ref().map(|d| d.confidence))
            || !self.uncertain_fields.is_empty()
    }

    /// Whether the planner may use this place: it has a location, and its hours are known
    /// or it is an open space (see [`plannable_without_hours`]) or the visitor insists.
    pub fn plannable(&self, insisted: bool) -> bool {
        self.location.is_some()
            && (self.hours.is_some() || insisted || plannable_without_hours(self.kind))
    }

    /// The planner's view of the place, named `name`; `None` when not [`Self::plannable`].
    pub fn plan_place(&self, name: &str, insisted: bool) -> Option<PlanPlace> {
        if !self.plannable(insisted) {
            return None;
        }
        Some(PlanPlace {
            slug: self.slug.clone(),
            name: name.to_owned(),
            name_zh: self.name_zh.clone(),
            address_zh: self.address_zh.clone(),
            kind: self.kind,
            location: self.lat_lng()?,
            hours: self.hours.as_ref().map(|h| h.hours.clone()),
            interests: self.interests.clone(),
            night: self.night,
            visit_minutes: self.visit_minutes.unwrap_or(DEFAULT_VISIT_MINUTES),
        })
    }
}

/// A published place with its texts in every language it has.
#[derive(Debug, Clone, PartialEq)]
pub struct Place {
    /// The facts.
    pub facts: PlaceFacts,
    /// Texts by locale.
    pub texts: Texts<PlaceText>,
}

impl Place {
    /// The texts for `locale` along the fallback chain; a place without any text shows its
    /// Chinese name (and says it fell back to Chinese).
    pub fn text(&self, locale: Locale) -> Localized<Cow<'_, PlaceText>> {
        match self.texts.pick(locale) {
            Some(picked) => picked.map(Cow::Borrowed),
            None => Localized {
                value: Cow::Owned(PlaceText::named(self.facts.name_zh.as_str())),
                locale: Locale::ZhHans,
                fallback: locale != Locale::ZhHans,
            },
        }
    }

    /// The name in `locale` (or its fallback).
    pub fn name(&self, locale: Locale) -> Cow<'_, str> {
        match self.text(locale).value {
            Cow::Borrowed(t) => Cow::Borrowed(t.name()),
            Cow::Owned(t) => Cow::Owned(t.name().to_owned()),
        }
    }

    /// Names in every locale that differ from the one shown in `locale` and from the
    /// Chinese name: what the offline bundle sends so that a visitor can find a place by
    /// its name in another language.
    pub fn other_names(&self, locale: Locale) -> Vec<String> {
        let shown = self.name(locale);
        let mut names: Vec<String> = Vec::new();
        for (_, t) in self.texts.iter() {
            let name = t.name();
            if name != shown && name != self.facts.name_zh && !names.iter().any(|n| n == name) {
                names.push(name.to_owned());
            }
        }
        names
    }
}

/// The name and summary of a zone, route or event in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NameText {
    /// Name.
    pub name: String,
    /// Summary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// A commercial district of the "5+2+4" plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ZoneFacts {
    /// UUIDv7.
    pub id: String,
    /// Stable public identifier.
    pub slug: String,
    /// Tier of the plan.
    pub tier: ZoneTier,
    /// Chinese name.
    pub name_zh: String,
    /// Districts it spans.
    pub districts: Vec<District>,
    /// A landmark near its middle, for maps.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub center: Option<Location>,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the facts were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

/// A zone with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// The facts.
    pub facts: ZoneFacts,
    /// Texts by locale.
    pub texts: Texts<NameText>,
}

impl Zone {
    /// The texts for `locale`; a zone without texts shows its Chinese name.
    pub fn text(&self, locale: Locale) -> Localized<Cow<'_, NameText>> {
        named_text(&self.texts, &self.facts.name_zh, locale)
    }
}

fn named_text<'a>(
    texts: &'a Texts<NameText>,
    fallback_name: &str,
    locale: Locale,
) -> Localized<Cow<'a, NameText>> {
    match texts.pick(locale) {
        Some(picked) => picked.map(Cow::Borrowed),
        None => Localized {
            value: Cow::Owned(NameText {
                name: fallback_name.to_owned(),
                summary: None,
            }),
            locale: Locale::ZhHans,
            fallback: locale != Locale::ZhHans,
        },
    }
}

/// Directions for one leg of a route, in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LegText {
    /// "About 10 min on foot south to Yongqingfang."
    pub note: String,
}

/// How to reach the next stop. `D` is how the directions are held: every locale
/// ([`Texts`], the catalogue) or the one picked for a reader (the offline bundle).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "D: Deserialize<'de> + Default"))]
pub struct Leg<D = Texts<LegText>> {
    /// How.
    pub mode: TravelMode,
    /// How long, in minutes.
    pub minutes: u32,
    /// Directions.
    #[serde(default)]
    pub directions: D,
}

/// One stop of a route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "D: Deserialize<'de> + Default"))]
pub struct Stop<D = Texts<LegText>> {
    /// The place (id).
    pub place_id: String,
    /// How long to stay.
    pub dwell_minutes: u32,
    /// How to go on; `None` on the last stop.
    #[serde(default = "none", skip_serializing_if = "Option::is_none")]
    pub to_next: Option<Leg<D>>,
}

fn none<T>() -> Option<T> {
    None
}

impl Stop {
    /// The stop with its directions picked for `locale`.
    pub fn localized(&self, locale: Locale) -> Stop<Option<Localized<LegText>>> {
        Stop {
            place_id: self.place_id.clone(),
            dwell_minutes: self.dwell_minutes,
            to_next: self.to_next.as_ref().map(|leg| Leg {
                mode: leg.mode,
                minutes: leg.minutes,
                directions: leg.directions.pick(locale).map(Localized::cloned),
            }),
        }
    }
}

/// A curated themed route.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(bound(deserialize = "D: Deserialize<'de> + Default"))]
pub struct RouteFacts<D = Texts<LegText>> {
    /// UUIDv7.
    pub id: String,
    /// Stable public identifier.
    pub slug: String,
    /// Theme.
    pub theme: Interest,
    /// Stops in visiting order.
    pub stops: Vec<Stop<D>>,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the facts were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl<D> RouteFacts<D> {
    /// Dwell plus travel time of the whole route, in minutes.
    pub fn total_minutes(&self) -> u32 {
        self.stops
            .iter()
            .map(|s| s.dwell_minutes + s.to_next.as_ref().map_or(0, |l| l.minutes))
            .sum()
    }
}

impl RouteFacts {
    /// The route with every stop's directions picked for `locale`.
    pub fn localized(&self, locale: Locale) -> RouteFacts<Option<Localized<LegText>>> {
        RouteFacts {
            id: self.id.clone(),
            slug: self.slug.clone(),
            theme: self.theme,
            stops: self.stops.iter().map(|s| s.localized(locale)).collect(),
            sources: self.sources.clone(),
            as_of: self.as_of,
            updated_at: self.updated_at,
        }
    }
}

/// A route with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Route {
    /// The facts.
    pub facts: RouteFacts,
    /// Texts by locale.
    pub texts: Texts<NameText>,
}

impl Route {
    /// The texts for `locale`; a route without texts shows its slug.
    pub fn text(&self, locale: Locale) -> Localized<Cow<'_, NameText>> {
        let mut t = named_text(&self.texts, &self.facts.slug, locale);
        if self.texts.is_empty() {
            t.locale = Locale::En;
            t.fallback = locale != Locale::En;
        }
        t
    }
}

/// A fair, festival or holiday.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventFacts {
    /// UUIDv7.
    pub id: String,
    /// Stable public identifier.
    pub slug: String,
    /// What sort of event.
    pub kind: EventKind,
    /// First day (Asia/Shanghai).
    pub starts_on: NaiveDate,
    /// Last day, inclusive.
    pub ends_on: NaiveDate,
    /// Venue, when it is a place in the guide (id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
    /// Zone slugs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<String>,
    /// `confirmed` once the dates are announced.
    pub date_confidence: Confidence,
    /// Where the facts come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// When the facts were last checked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<NaiveDate>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl EventFacts {
    /// Whether the event overlaps the days `from..=to`.
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.ends_on >= from && self.starts_on <= to
    }
}

/// An event with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// The facts.
    pub facts: EventFacts,
    /// Texts by locale.
    pub texts: Texts<NameText>,
}

impl Event {
    /// The texts for `locale`; an event without texts shows its slug.
    pub fn text(&self, locale: Locale) -> Localized<Cow<'_, NameText>> {
        let mut t = named_text(&self.texts, &self.facts.slug, locale);
        if self.texts.is_empty() {
            t.locale = Locale::En;
            t.fallback = locale != Locale::En;
        }
        t
    }
}

/// The words of an alert in one language.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AlertText {
    /// Headline.
    pub title: String,
    /// Details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
}

/// A warning in force for a while (typhoon, closure).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlertFacts {
    /// UUIDv7.
    pub id: String,
    /// How serious.
    pub severity: Severity,
    /// From.
    pub starts_at: DateTime<Utc>,
    /// Until (exclusive).
    pub ends_at: DateTime<Utc>,
    /// Zone slugs it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<String>,
    /// Route slugs it concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<String>,
    /// Last change.
    pub updated_at: DateTime<Utc>,
}

impl AlertFacts {
    /// Whether the alert is in force at `now`.
    pub fn active_at(&self, now: DateTime<Utc>) -> bool {
        self.starts_at <= now && now < self.ends_at
    }
}

/// An alert with its texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Alert {
    /// The facts.
    pub facts: AlertFacts,
    /// Texts by locale.
    pub texts: Texts<AlertText>,
}

/// One policy version of any kind, as stored and as sent to the phone.
#[derive(Debug, Clone, PartialEq)]
pub enum PolicyDocument {
    /// Visa-free transit.
    Transit(Versioned<TransitPolicy>),
    /// 30-day visa-free entry.
    VisaFreeEntry(Versioned<VisaFreeEntryPolicy>),
    /// Departure tax refund.
    TaxRefund(Versioned<TaxRefundPolicy>),
    /// Mutual visa-exemption agreements.
    MutualExemption(Versioned<MutualExemptionPolicy>),
    /// The help directory (emergency numbers, hotlines, consulates, clinics).
    Help(Versioned<HelpDirectory>),
}

impl PolicyDocument {
    /// The kind of policy.
    pub fn kind(&self) -> PolicyKind {
        match self {
            PolicyDocument::Transit(_) => PolicyKind::Transit,
            PolicyDocument::VisaFreeEntry(_) => PolicyKind::VisaFreeEntry,
            PolicyDocument::TaxRefund(_) => PolicyKind::TaxRefund,
            PolicyDocument::MutualExemption(_) => PolicyKind::MutualExemption,
            PolicyDocument::Help(_) => PolicyKind::Help,
        }
    }

    /// The version string (unique across kinds).
    pub fn version(&self) -> &str {
        &self.meta().version
    }

    /// Version, dates, provenance and confidence.
    pub fn meta(&self) -> &PolicyMeta {
        match self {
            PolicyDocument::Transit(v) => &v.meta,
            PolicyDocument::VisaFreeEntry(v) => &v.meta,
            PolicyDocument::TaxRefund(v) => &v.meta,
            PolicyDocument::MutualExemption(v) => &v.meta,
            PolicyDocument::Help(v) => &v.meta,
        }
    }

    /// The `data` block as JSON (how the database keeps it).
    pub fn data_json(&self) -> serde_json::Value {
        let data = match self {
            PolicyDocument::Transit(v) => serde_json::to_value(&v.data),
            PolicyDocument::VisaFreeEntry(v) => serde_json::to_value(&v.data),
            PolicyDocument::TaxRefund(v) => serde_json::to_value(&v.data),
            PolicyDocument::MutualExemption(v) => serde_json::to_value(&v.data),
            PolicyDocument::Help(v) => serde_json::to_value(&v.data),
        };
        data.expect("policy data serializes")
    }
}

impl Serialize for PolicyDocument {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            PolicyDocument::Transit(v) => v.serialize(s),
            PolicyDocument::VisaFreeEntry(v) => v.serialize(s),
            PolicyDocument::TaxRefund(v) => v.serialize(s),
            PolicyDocument::MutualExemption(v) => v.serialize(s),
            PolicyDocument::Help(v) => v.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for PolicyDocument {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let value = serde_json::Value::deserialize(d)?;
        let kind = PolicyKind::deserialize(value.get("kind").cloned().unwrap_or_default())
            .map_err(D::Error::custom)?;
        Ok(match kind {
            PolicyKind::Transit => {
                PolicyDocument::Transit(serde_json::from_value(value).map_err(D::Error::custom)?)
            }
            PolicyKind::VisaFreeEntry => PolicyDocument::VisaFreeEntry(
                serde_json::from_value(value).map_err(D::Error::custom)?,
            ),
            PolicyKind::TaxRefund => {
                PolicyDocument::TaxRefund(serde_json::from_value(value).map_err(D::Error::custom)?)
            }
            PolicyKind::MutualExemption => PolicyDocument::MutualExemption(
                serde_json::from_value(value).map_err(D::Error::custom)?,
            ),
            PolicyKind::Help => {
                PolicyDocument::Help(serde_json::from_value(value).map_err(D::Error::custom)?)
            }
        })
    }
}

/// Every version of every policy, by kind, oldest first: what the rules read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PolicySet {
    /// Visa-free transit versions.
    pub transit: Vec<Versioned<TransitPolicy>>,
    /// 30-day visa-free entry versions.
    pub entry: Vec<Versioned<VisaFreeEntryPolicy>>,
    /// Tax-refund versions.
    pub refund: Vec<Versioned<TaxRefundPolicy>>,
    /// Mutual visa-exemption agreement versions.
    pub mutual: Vec<Versioned<MutualExemptionPolicy>>,
    /// Help directory versions.
    pub help: Vec<Versioned<HelpDirectory>>,
}

impl PolicySet {
    /// Sorts documents into kinds, each oldest first.
    pub fn from_documents(docs: impl IntoIterator<Item = PolicyDocument>) -> PolicySet {
        let mut set = PolicySet::default();
        for doc in docs {
            match doc {
                PolicyDocument::Transit(v) => set.transit.push(v),
                PolicyDocument::VisaFreeEntry(v) => set.entry.push(v),
                PolicyDocument::TaxRefund(v) => set.refund.push(v),
                PolicyDocument::MutualExemption(v) => set.mutual.push(v),
                PolicyDocument::Help(v) => set.help.push(v),
            }
        }
        let key = |m: &PolicyMeta| (m.effective_from, m.version.clone());
        set.transit.sort_by_key(|v| key(&v.meta));
        set.entry.sort_by_key(|v| key(&v.meta));
        set.refund.sort_by_key(|v| key(&v.meta));
        set.mutual.sort_by_key(|v| key(&v.meta));
        set.help.sort_by_key(|v| key(&v.meta));
        set
    }

    /// Every version as documents (transit, entry, refund, mutual, help; each oldest first).
    pub fn documents(&self) -> impl Iterator<Item = PolicyDocument> + '_ {
        self.transit
            .iter()
            .cloned()
            .map(PolicyDocument::Transit)
            .chain(
                self.entry
                    .iter()
                    .cloned()
                    .map(PolicyDocument::VisaFreeEntry),
            )
            .chain(self.refund.iter().cloned().map(PolicyDocument::TaxRefund))
            .chain(
                self.mutual
                    .iter()
                    .cloned()
                    .map(PolicyDocument::MutualExemption),
            )
            .chain(self.help.iter().cloned().map(PolicyDocument::Help))
    }

    /// The policies the visa-free check weighs (`transit::check_policies`).
    pub fn visa_policies(&self) -> crate::transit::VisaPolicies<'_> {
        crate::transit::VisaPolicies {
            transit: &self.transit,
            entry: &self.entry,
            mutual: &self.mutual,
        }
    }

    /// The help directory in force on `date`, else the newest one.
    pub fn help_for(&self, date: NaiveDate) -> Option<&Versioned<HelpDirectory>> {
        in_force(&self.help, date).or(self.help.last())
    }

    /// The tax-refund version in force on `date`, else the newest one (an estimate for a
    /// date no version covers is still worth showing, with the version it used).
    pub fn refund_for(&self, date: NaiveDate) -> Option<&Versioned<TaxRefundPolicy>> {
        in_force(&self.refund, date).or(self.refund.last())
    }

    /// The transit version in force on `date`, else the newest one.
    pub fn transit_for(&self, date: NaiveDate) -> Option<&Versioned<TransitPolicy>> {
        in_force(&self.transit, date).or(self.transit.last())
    }

    /// The designated port `code` (any case) of the transit rules of `date`, as the
    /// planner's exit port; else every code that would be accepted.
    pub fn exit_port(&self, code: &str, date: NaiveDate) -> Result<ExitPort, Vec<String>> {
        let ports = self
            .transit_for(date)
            .map(|v| v.data.ports.as_slice())
            .unwrap_or_default();
        ports
            .iter()
            .find(|p| p.code.eq_ignore_ascii_case(code.trim()))
            .map(|p| ExitPort {
                code: p.code.clone(),
                kind: p.kind,
                location: p.location,
            })
            .ok_or_else(|| ports.iter().map(|p| p.code.clone()).collect())
    }
}

/// The local date of an instant in Guangzhou.
pub fn local_date(at: DateTime<FixedOffset>) -> NaiveDate {
    at.with_timezone(&crate::hours::TIME_ZONE).date_naive()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::place::TaxRefundInfo;

    /// A place's texts keep every part apart, tell an empty part from a missing one,
    /// and read and write the same flat object as [`PlaceTextFields`].
    #[test]
    fn place_texts_keep_their_parts_in_one_string() {
        let fields = PlaceTextFields {
            name: "陈家祠".into(),
            summary: Some(String::new()),
            address: None,
            hours_note: Some("Last entry 17:00.".into()),
            origin: Some(TextOrigin::Official),
        };
        let text = PlaceText::from(fields.clone());
        assert_eq!(text.name(), "陈家祠");
        assert_eq!(text.summary(), Some(""));
        assert_eq!(text.address(), None);
        assert_eq!(text.hours_note(), Some("Last entry 17:00."));
        assert_eq!(text.origin(), Some(TextOrigin::Official));
        assert_eq!(text.fields(), fields);
        let json = serde_json::to_value(&text).unwrap();
        assert_eq!(json, serde_json::to_value(&fields).unwrap());
        assert_eq!(serde_json::from_value::<PlaceText>(json).unwrap(), text);
        let only_address = PlaceText::from(PlaceTextFields {
            name: "A".into(),
            address: Some("B".into()),
            ..PlaceTextFields::default()
        });
        assert_eq!(
            (
                only_address.summary(),
                only_address.address(),
                only_address.hours_note()
            ),
            (None, Some("B"), None)
        );
        assert_eq!(PlaceText::named("x").fields().name, "x");
        assert!(std::mem::size_of::<PlaceText>() <= 32);
    }

    /// A confirmed shop in Tianhe with nothing else known (tests fill in what they need).
    pub fn facts(slug: &str) -> PlaceFacts {
        PlaceFacts {
            id: format!("id-{slug}"),
            slug: slug.to_owned(),
            kind: PlaceKind::Shop,
            district: District::Tianhe,
            name_zh: "店".into(),
            address_zh: None,
            phone: None,
            location: Some(Location {
                lat: 23.12,
                lng: 113.32,
                approximate: false,
            }),
            hours: None,
            payments: Vec::new(),
            friendliness: Friendliness::default(),
            tax_refund: None,
            duty_free: None,
            night: false,
            tags: Vec::new(),
            interests: Vec::new(),
            visit_minutes: None,
            confidence: Confidence::Confirmed,
            uncertain_fields: Vec::new(),
            sources: Vec::new(),
            as_of: None,
            updated_at: DateTime::UNIX_EPOCH,
            zones: Vec::new(),
        }
    }

    fn hours(osm: &str, confidence: Confidence) -> Option<HoursInfo> {
        Some(HoursInfo {
            hours: Hours::parse(osm).unwrap(),
            confidence,
        })
    }

    #[test]
    fn verify_before_travel_follows_every_doubtful_fact() {
        assert!(!facts("a").needs_verification());
        let cases = [
            PlaceFacts {
                confidence: Confidence::Inferred,
                ..facts("a")
            },
            PlaceFacts {
                location: Some(Location {
                    lat: 23.1,
                    lng: 113.3,
                    approximate: true,
                }),
                ..facts("a")
            },
            PlaceFacts {
                hours: hours("Mo-Su 10:00-22:00", Confidence::Uncertain),
                ..facts("a")
            },
            PlaceFacts {
                tax_refund: Some(TaxRefundInfo {
                    store: true,
                    instant: false,
                    confidence: Confidence::Inferred,
                }),
                ..facts("a")
            },
            PlaceFacts {
                uncertain_fields: vec!["phone".into()],
                ..facts("a")
            },
        ];
        for case in cases {
            assert!(case.needs_verification(), "{case:?}");
        }
        assert!(
            !PlaceFacts {
                hours: hours("24/7", Confidence::Confirmed),
                ..facts("a")
            }
            .needs_verification()
        );
    }

    #[test]
    fn shops_without_hours_are_not_planned_unless_insisted_on() {
        let shop = facts("shop");
        assert!(!shop.plannable(false));
        assert!(shop.plannable(true));
        assert!(shop.plan_place("Shop", false).is_none());
        let street = PlaceFacts {
            kind: PlaceKind::FoodStreet,
            ..facts("street")
        };
        assert_eq!(
            street.plan_place("Street", false).unwrap().visit_minutes,
            DEFAULT_VISIT_MINUTES
        );
        let nowhere = PlaceFacts {
            location: None,
            kind: PlaceKind::FoodStreet,
            ..facts("x")
        };
        assert!(!nowhere.plannable(true));
    }

    #[test]
    fn hours_that_do_not_parse_are_rejected_when_read() {
        let bad = serde_json::json!({"osm": "whenever", "confidence": "confirmed"});
        assert!(serde_json::from_value::<HoursInfo>(bad).is_err());
        let good: HoursInfo = serde_json::from_value(serde_json::json!({"osm": "24/7"})).unwrap();
        assert_eq!(good.confidence, Confidence::Confirmed);
    }

    #[test]
    fn a_place_without_texts_is_named_in_chinese_as_a_fallback() {
        let place = Place {
            facts: PlaceFacts {
                name_zh: "广州塔".into(),
                ..facts("t")
            },
            texts: Texts::new(),
        };
        let t = place.text(Locale::Ja);
        assert_eq!(
            (t.value.name(), t.locale, t.fallback),
            ("广州塔", Locale::ZhHans, true)
        );
        assert!(!place.text(Locale::ZhHans).fallback);
    }

    #[test]
    fn other_names_leave_out_the_shown_and_the_chinese_name() {
        let texts: Texts<PlaceText> = [
            (Locale::En, PlaceText::named("Canton Tower")),
            (Locale::Ja, PlaceText::named("広州タワー")),
            (Locale::Fr, PlaceText::named("Canton Tower")),
            (Locale::ZhHans, PlaceText::named("广州塔")),
        ]
        .into_iter()
        .collect();
        let place = Place {
            facts: PlaceFacts {
                name_zh: "广州塔".into(),
                ..facts("t")
            },
            texts,
        };
        assert_eq!(place.other_names(Locale::Ja), ["Canton Tower"]);
        assert_eq!(place.other_names(Locale::En), ["広州タワー"]);
    }

    #[test]
    fn facts_round_trip_through_json() {
        let f = PlaceFacts {
            hours: hours("Mo-Su 10:00-22:00", Confidence::Confirmed),
            night: true,
            ..facts("x")
        };
        let back: PlaceFacts = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
        assert_eq!(back, f);
    }
}

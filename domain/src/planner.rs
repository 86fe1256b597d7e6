//! "What should I do with my days?" — the itinerary planner behind
//! `POST /v1/itineraries/plan` and the app's offline planner (issue 3).
//!
//! Given the visitor's window (entry to exit, capped at the visa-free deadline), interests,
//! pace and hotel, it lays out days of timed items: visits in the morning and afternoon, a
//! meal at a food place around 12:00 and 18:30, a night scene in the evening, each item
//! inside its opening hours in Asia/Shanghai, and the last day ending in time to reach the
//! exit port with the buffer its kind needs (3 hours before a flight at Baiyun).
//!
//! The method is greedy and deterministic: every day starts at the hotel, its first stop
//! (a must-see when one is left) becomes the day's *anchor*, and each next stop is the
//! candidate with the lowest cost = travel minutes + a penalty per km from the anchor
//! (which keeps a day in one part of town) − a bonus per matching interest − a large bonus
//! for must-sees. Ties are broken by slug, so the same input gives the same plan. No
//! randomness, no clock: "now" never enters.
//!
//! Travel time between stops ([`travel`]): walking under [`WALK_MAX_M`], otherwise the
//! quicker of metro and taxi, each estimated as straight-line distance × detour factor ÷
//! speed + a fixed overhead (walking to the station and waiting, or hailing a taxi).

use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Days, FixedOffset, NaiveDate, NaiveTime, TimeDelta, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::geo::{GUANGZHOU, LatLng};
use crate::hours::{Hours, TIME_ZONE};
use crate::locale::Locale;
use crate::policy::{Note, PortKind};
use crate::vocab::{Interest, PlaceKind, TravelMode};

/// Longest leg walked, in metres of straight-line distance.
pub const WALK_MAX_M: f64 = 1200.0;
/// Walking speed, metres per minute (4.5 km/h, an unhurried visitor).
pub const WALK_M_PER_MIN: f64 = 75.0;
/// Streets are not straight: walking distance ≈ straight line × this.
pub const WALK_DETOUR: f64 = 1.3;
/// Metro average speed including stops, metres per minute (≈ 35 km/h on Guangzhou lines).
pub const METRO_M_PER_MIN: f64 = 583.0;
/// Metro lines bend and need transfers: track distance ≈ straight line × this.
pub const METRO_DETOUR: f64 = 1.4;
/// Walking to and from stations, buying a ticket, waiting: minutes added to every metro leg.
pub const METRO_OVERHEAD_MIN: f64 = 12.0;
/// Taxi average speed in city traffic, metres per minute (≈ 25 km/h).
pub const TAXI_M_PER_MIN: f64 = 417.0;
/// Road distance ≈ straight line × this.
pub const TAXI_DETOUR: f64 = 1.35;
/// Hailing or waiting for a ride-hailing car: minutes added to every taxi leg.
pub const TAXI_OVERHEAD_MIN: f64 = 8.0;
/// Item start times are rounded up to this many minutes (easier to read and to keep).
pub const ROUND_TO_MIN: i64 = 5;
/// Time from landing (or crossing) to leaving the arrival port: immigration, baggage.
pub const ARRIVAL_MIN: i64 = 90;
/// Longest wait for a place to open before another is chosen instead.
pub const MAX_WAIT_MIN: i64 = 45;
/// Longest window the planner lays out (the 30-day scheme), to bound the work.
pub const MAX_DAYS: i64 = 31;
/// Cost, in minutes, of each km between a stop and the day's anchor.
pub const ANCHOR_PENALTY_MIN_PER_KM: f64 = 4.0;
/// Cost bonus, in minutes, for each of the visitor's interests a place matches.
pub const INTEREST_BONUS_MIN: f64 = 20.0;
/// Cost bonus, in minutes, for a must-see: large enough to beat any ordinary choice.
pub const MUST_SEE_BONUS_MIN: f64 = 600.0;
/// Candidates looked at in cost order per slot before widening to all of them.
const SHORTLIST: usize = 48;

/// How full the days are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Pace {
    /// Late start, few visits, long breaks.
    Relaxed,
    /// The default.
    #[default]
    Normal,
    /// Early start, many visits, late night.
    Packed,
}

/// The shape of a day at one pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PaceProfile {
    /// When the first item may start.
    pub day_start: NaiveTime,
    /// When the last item must end.
    pub day_end: NaiveTime,
    /// Visits per day, meals and night scenes not counted.
    pub max_visits: u32,
    /// Night scenes per evening.
    pub max_night: u32,
    /// Breathing space added after every item, in minutes.
    pub slack_min: u32,
}

/// Minutes to be at a port before departure, per port kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortBuffer {
    /// The kind of port.
    pub kind: PortKind,
    /// Minutes before departure the visitor should be there.
    pub minutes: u32,
}

/// The planner's tunable data: pace profiles, meal windows, departure buffers. These are
/// planning assumptions, not policy: [`PlanSettings::default`] documents each choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanSettings {
    /// Relaxed, normal, packed.
    pub relaxed: PaceProfile,
    /// See [`Pace::Normal`].
    pub normal: PaceProfile,
    /// See [`Pace::Packed`].
    pub packed: PaceProfile,
    /// Lunch may start from here…
    pub lunch_from: NaiveTime,
    /// …until here; its length in minutes.
    pub lunch_until: NaiveTime,
    /// Length of lunch.
    pub lunch_min: u32,
    /// Dinner may start from here…
    pub dinner_from: NaiveTime,
    /// …until here.
    pub dinner_until: NaiveTime,
    /// Length of dinner.
    pub dinner_min: u32,
    /// Buffers before departure per port kind.
    pub port_buffers: Vec<PortBuffer>,
    /// Buffer when the exit port is not known (assume a flight).
    pub default_buffer_min: u32,
    /// Travel time to the port when its location is not known.
    pub default_to_port_min: u32,
}

fn hm(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid time")
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            relaxed: PaceProfile {
                day_start: hm(10, 0),
                day_end: hm(21, 0),
                max_visits: 2,
                max_night: 1,
                slack_min: 20,
            },
            normal: PaceProfile {
                day_start: hm(9, 30),
                day_end: hm(22, 0),
                max_visits: 4,
                max_night: 1,
                slack_min: 10,
            },
            packed: PaceProfile {
                day_start: hm(9, 0),
                day_end: hm(23, 0),
                max_visits: 6,
                max_night: 2,
                slack_min: 5,
            },
            // Lunch "around 12:00" and dinner "around 18:30" (issue 3), with room either way.
            lunch_from: hm(11, 30),
            lunch_until: hm(13, 30),
            lunch_min: 60,
            dinner_from: hm(18, 0),
            dinner_until: hm(20, 0),
            dinner_min: 75,
            // 3 hours before an international flight at Baiyun (issue 3: "at least 3 hours");
            // ships board early and close check-in well ahead; ferries, trains and land
            // crossings need border control plus a margin.
            port_buffers: vec![
                PortBuffer {
                    kind: PortKind::Airport,
                    minutes: 180,
                },
                PortBuffer {
                    kind: PortKind::Cruise,
                    minutes: 180,
                },
                PortBuffer {
                    kind: PortKind::Ferry,
                    minutes: 90,
                },
                PortBuffer {
                    kind: PortKind::Rail,
                    minutes: 90,
                },
                PortBuffer {
                    kind: PortKind::Land,
                    minutes: 60,
                },
            ],
            default_buffer_min: 180,
            default_to_port_min: 60,
        }
    }
}

impl PlanSettings {
    /// The profile of `pace`.
    pub fn profile(&self, pace: Pace) -> PaceProfile {
        match pace {
            Pace::Relaxed => self.relaxed,
            Pace::Normal => self.normal,
            Pace::Packed => self.packed,
        }
    }

    /// Minutes to be at a port of `kind` before departure.
    pub fn buffer_min(&self, kind: Option<PortKind>) -> u32 {
        kind.and_then(|k| self.port_buffers.iter().find(|b| b.kind == k))
            .map_or(self.default_buffer_min, |b| b.minutes)
    }
}

/// A place the planner may use.
#[derive(Debug, Clone)]
pub struct PlanPlace {
    /// Stable slug; also the tie-breaker.
    pub slug: String,
    /// Name in the visitor's language.
    pub name: String,
    /// Chinese name (for signs and drivers).
    pub name_zh: String,
    /// Chinese address, if known.
    pub address_zh: Option<String>,
    /// What it is.
    pub kind: PlaceKind,
    /// Where it is (WGS-84).
    pub location: LatLng,
    /// Opening hours; `None` means always accessible (streets, squares).
    pub hours: Option<Hours>,
    /// Interests it serves.
    pub interests: Vec<Interest>,
    /// Part of the night economy: planned in the evening only.
    pub night: bool,
    /// Typical visit length, minutes.
    pub visit_minutes: u32,
}

/// Whether a place whose opening hours are unknown may still be planned. Streets,
/// squares, riverside scenes and open areas are accessible at any reasonable hour; shops,
/// restaurants, museums and markets are not, and planning them blind would send visitors
/// to closed doors. Callers (server and app) use this one rule to pick candidates; places
/// the visitor insists on are planned regardless, with an `hours_unknown` warning.
pub fn plannable_without_hours(kind: PlaceKind) -> bool {
    matches!(
        kind,
        PlaceKind::FoodStreet | PlaceKind::NightScene | PlaceKind::Attraction
    )
}

/// The exit port, resolved by the caller from the policy data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExitPort {
    /// Port code (`CAN`).
    pub code: String,
    /// Its kind, which decides the buffer.
    pub kind: PortKind,
    /// Where it is, when known.
    #[serde(default)]
    pub location: Option<LatLng>,
}

/// What the visitor asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanInput {
    /// Arrival (entry) time.
    pub entry_at: DateTime<FixedOffset>,
    /// Departure time (flight, ship, train), if known.
    #[serde(default)]
    pub exit_at: Option<DateTime<FixedOffset>>,
    /// The visa-free deadline from the check, if any: the plan never outlasts it.
    #[serde(default)]
    pub deadline: Option<DateTime<FixedOffset>>,
    /// The exit port, if known.
    #[serde(default)]
    pub exit_port: Option<ExitPort>,
    /// What the visitor likes; empty means "anything".
    #[serde(default)]
    pub interests: Vec<Interest>,
    /// How full the days are.
    #[serde(default)]
    pub pace: Pace,
    /// Hotel or starting point; every day starts here.
    pub start: LatLng,
    /// Slugs of places the visitor insists on.
    #[serde(default)]
    pub must_see: Vec<String>,
    /// Whether the visitor has tax-refund purchases (adds a reminder for departure).
    #[serde(default)]
    pub has_refund_purchases: bool,
}

/// Why no plan can be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// Neither an exit time nor a deadline was given.
    #[error("give an exit time or a visa-free deadline: the plan needs an end")]
    NoEnd,
    /// The end is not after the entry.
    #[error("the exit time must be after the entry time")]
    EndBeforeStart,
    /// More than [`MAX_DAYS`] days.
    #[error("the window may be at most {MAX_DAYS} days")]
    TooLong,
}

/// What an item of a day is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum ItemRole {
    Visit,
    Lunch,
    Dinner,
    Night,
}

/// A place as shown in a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlacePin {
    /// Slug.
    pub slug: String,
    /// Name in the visitor's language.
    pub name: String,
    /// Chinese name.
    pub name_zh: String,
    /// Chinese address, if known.
    pub address_zh: Option<String>,
    /// Where it is.
    pub location: LatLng,
}

/// How to get to an item from the previous one (or the hotel).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Travel {
    /// Walk, metro or taxi.
    pub mode: TravelMode,
    /// Estimated minutes.
    pub minutes: u32,
    /// Straight-line distance in metres.
    pub distance_m: u32,
}

/// One timed item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanItem {
    /// Where.
    pub place: PlacePin,
    /// Visit, lunch, dinner or night.
    pub role: ItemRole,
    /// Arrival (Asia/Shanghai, +08:00).
    pub start: DateTime<FixedOffset>,
    /// Departure.
    pub end: DateTime<FixedOffset>,
    /// Getting there.
    pub travel: Travel,
}

/// One day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanDay {
    /// The calendar date (Asia/Shanghai).
    pub date: NaiveDate,
    /// Items in time order.
    pub items: Vec<PlanItem>,
    /// On the last day: when to set off for the exit port.
    pub leave_for_port_at: Option<DateTime<FixedOffset>>,
}

/// The plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    /// Days from entry to exit.
    pub days: Vec<PlanDay>,
    /// Earliest item start (entry + arrival time).
    pub window_start: DateTime<FixedOffset>,
    /// Latest item end (set off for the port, or the deadline).
    pub window_end: DateTime<FixedOffset>,
    /// Things to know (`outlasts_deadline`, `outside_guangzhou`, `tax_refund_reminder`, …).
    pub warnings: Vec<Note>,
}

impl Plan {
    /// The same plan with every warning in `locale` (Fluent keys `plan-warning-<code>`).
    pub fn localized(&self, locale: Locale) -> Plan {
        let mut out = self.clone();
        for w in &mut out.warnings {
            w.localize(locale, "plan-warning");
        }
        out
    }

    /// Every item, in order.
    pub fn items(&self) -> impl Iterator<Item = &PlanItem> {
        self.days.iter().flat_map(|d| d.items.iter())
    }
}

/// The travel estimate between two points (see the module docs and the constants).
pub fn travel(from: LatLng, to: LatLng) -> Travel {
    let d = from.distance_m(to);
    let distance_m = d.round() as u32;
    if d < WALK_MAX_M {
        let minutes = (d * WALK_DETOUR / WALK_M_PER_MIN).ceil().max(1.0) as u32;
        return Travel {
            mode: TravelMode::Walk,
            minutes,
            distance_m,
        };
    }
    let metro = d * METRO_DETOUR / METRO_M_PER_MIN + METRO_OVERHEAD_MIN;
    let taxi = d * TAXI_DETOUR / TAXI_M_PER_MIN + TAXI_OVERHEAD_MIN;
    // On a tie the metro: cheaper, and no language barrier with a driver.
    let (mode, minutes) = if taxi < metro {
        (TravelMode::Taxi, taxi)
    } else {
        (TravelMode::Metro, metro)
    };
    Travel {
        mode,
        minutes: minutes.ceil() as u32,
        distance_m,
    }
}

fn minutes(n: impl Into<i64>) -> TimeDelta {
    TimeDelta::minutes(n.into())
}

fn round_up(t: DateTime<Tz>) -> DateTime<Tz> {
    let t = t
        .with_second(0)
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(t);
    let rem = i64::from(t.minute()) % ROUND_TO_MIN;
    if rem == 0 {
        t
    } else {
        t + minutes(ROUND_TO_MIN - rem)
    }
}

fn at(date: NaiveDate, time: NaiveTime) -> DateTime<Tz> {
    TIME_ZONE
        .from_local_datetime(&date.and_time(time))
        .single()
        .expect("Asia/Shanghai has no DST gaps")
}

/// Whether `p` is open for the whole of `[start, end)`. Places without hours always are.
pub fn open_throughout(hours: Option<&Hours>, start: DateTime<Tz>, end: DateTime<Tz>) -> bool {
    let Some(h) = hours else { return true };
    h.is_open(start) && h.next_change(start).is_none_or(|change| change >= end)
}

fn is_food(p: &PlanPlace) -> bool {
    matches!(p.kind, PlaceKind::Restaurant | PlaceKind::FoodStreet)
}

fn is_night(p: &PlanPlace) -> bool {
    p.night || p.kind == PlaceKind::NightScene
}

fn is_shopping(p: &PlanPlace) -> bool {
    matches!(
        p.kind,
        PlaceKind::Shop
            | PlaceKind::Mall
            | PlaceKind::FlagshipStore
            | PlaceKind::Market
            | PlaceKind::DutyFreeShop
    )
}

// Working state while laying out the days.
struct Planner<'a> {
    places: &'a [PlanPlace],
    input: &'a PlanInput,
    settings: &'a PlanSettings,
    profile: PaceProfile,
    interests: HashSet<Interest>,
    must_see: HashSet<&'a str>,
    used: Vec<bool>,
    // Per place, computed once: which roles it suits (bit per role) and its bonus in
    // minutes (interests, must-see). Saves hashing slugs for every candidate of every slot.
    suits: Vec<u8>,
    bonus: Vec<f64>,
    // Latest end of any item, and the port's location for the last-day check.
    port: Option<LatLng>,
    leave_limit: DateTime<Tz>,
}

// One pick: where, when.
struct Pick {
    idx: usize,
    start: DateTime<Tz>,
    end: DateTime<Tz>,
    travel: Travel,
}

impl Planner<'_> {
    fn matches(&self, p: &PlanPlace) -> usize {
        if self.interests.is_empty() {
            1
        } else {
            p.interests
                .iter()
                .filter(|i| self.interests.contains(i))
                .count()
        }
    }

    // Whether place `p` may fill a slot of `role` at all (before time and distance).
    fn suits(&self, p: &PlanPlace, role: ItemRole) -> bool {
        if matches!(p.kind, PlaceKind::TransportHub | PlaceKind::TaxRefundPoint) {
            return false;
        }
        let must = self.must_see.contains(p.slug.as_str());
        match role {
            ItemRole::Lunch | ItemRole::Dinner => is_food(p),
            ItemRole::Night => is_night(p) && (must || self.matches(p) > 0),
            ItemRole::Visit => {
                // Restaurants are kept for meals; a food street is a visit for food lovers.
                let food_visit =
                    p.kind == PlaceKind::FoodStreet && self.interests.contains(&Interest::Food);
                // A must-see night scene that is open by day (Canton Tower) may be seen by
                // day: its evening alone may be too short for the visit.
                if (is_night(p) && !must) || (is_food(p) && !food_visit && !must) {
                    return false;
                }
                if is_shopping(p)
                    && !must
                    && !self.interests.is_empty()
                    && !self.interests.contains(&Interest::Shopping)
                {
                    return false;
                }
                must || self.matches(p) > 0
            }
        }
    }

    fn bonus(&self, p: &PlanPlace) -> f64 {
        let must = if self.must_see.contains(p.slug.as_str()) {
            MUST_SEE_BONUS_MIN
        } else {
            0.0
        };
        INTEREST_BONUS_MIN * self.matches(p) as f64 + must
    }

    fn role_bit(role: ItemRole) -> u8 {
        match role {
            ItemRole::Visit => 1,
            ItemRole::Lunch => 2,
            ItemRole::Dinner => 4,
            ItemRole::Night => 8,
        }
    }

    fn prepare(&mut self) {
        let roles = [
            ItemRole::Visit,
            ItemRole::Lunch,
            ItemRole::Dinner,
            ItemRole::Night,
        ];
        self.suits = self
            .places
            .iter()
            .map(|p| {
                roles
                    .iter()
                    .filter(|&&r| self.suits(p, r))
                    .map(|&r| Self::role_bit(r))
                    .sum()
            })
            .collect();
        self.bonus = self.places.iter().map(|p| self.bonus(p)).collect();
    }

    fn cost(&self, idx: usize, from: LatLng, anchor: Option<LatLng>) -> f64 {
        let p = &self.places[idx];
        let mut cost = f64::from(travel(from, p.location).minutes);
        if let Some(anchor) = anchor {
            cost += anchor.distance_m(p.location) / 1000.0 * ANCHOR_PENALTY_MIN_PER_KM;
        }
        cost - self.bonus[idx]
    }

    fn duration(&self, p: &PlanPlace, role: ItemRole) -> TimeDelta {
        match role {
            ItemRole::Lunch => minutes(self.settings.lunch_min),
            ItemRole::Dinner => minutes(self.settings.dinner_min),
            ItemRole::Visit | ItemRole::Night => minutes(p.visit_minutes.clamp(15, 480)),
        }
    }

    // When a pick at `p` would start and end, or None when it does not fit: it must start
    // in `[earliest, latest_start]` (waiting up to MAX_WAIT_MIN for an opening), end by
    // `end_by`, be open throughout, and on the last day leave time to reach the port.
    #[allow(clippy::too_many_arguments)]
    fn fit(
        &self,
        idx: usize,
        role: ItemRole,
        from: LatLng,
        now: DateTime<Tz>,
        earliest: DateTime<Tz>,
        latest_start: DateTime<Tz>,
        end_by: DateTime<Tz>,
    ) -> Option<Pick> {
        let p = &self.places[idx];
        let leg = travel(from, p.location);
        let mut start = round_up((now + minutes(leg.minutes)).max(earliest));
        let length = self.duration(p, role);
        if let Some(h) = &p.hours
            && !h.is_open(start)
        {
            let opens = h.next_change(start)?.with_timezone(&TIME_ZONE);
            if opens - start > minutes(MAX_WAIT_MIN) {
                return None;
            }
            start = round_up(opens);
        }
        let end = start + length;
        if start > latest_start || end > end_by || !open_throughout(p.hours.as_ref(), start, end) {
            return None;
        }
        let to_port = match self.port {
            Some(port) => minutes(travel(p.location, port).minutes),
            None => minutes(self.settings.default_to_port_min),
        };
        if end + to_port > self.leave_limit {
            return None;
        }
        Some(Pick {
            idx,
            start,
            end,
            travel: leg,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn pick(
        &self,
        role: ItemRole,
        from: LatLng,
        anchor: Option<LatLng>,
        now: DateTime<Tz>,
        earliest: DateTime<Tz>,
        latest_start: DateTime<Tz>,
        end_by: DateTime<Tz>,
    ) -> Option<Pick> {
        if now.max(earliest) > latest_start {
            return None;
        }
        let bit = Self::role_bit(role);
        let mut ranked: Vec<(f64, usize)> = (0..self.places.len())
            .filter(|&i| !self.used[i] && self.suits[i] & bit != 0)
            .map(|i| (self.cost(i, from, anchor), i))
            .collect();
        let order = |a: &(f64, usize), b: &(f64, usize)| {
            a.0.total_cmp(&b.0)
                .then_with(|| self.places[a.1].slug.cmp(&self.places[b.1].slug))
        };
        // Look at the cheapest few first; sorting all 2,000 candidates for every slot
        // would dominate the planner's time.
        let short = SHORTLIST.min(ranked.len());
        if short < ranked.len() {
            ranked.select_nth_unstable_by(short, order);
        }
        ranked[..short].sort_unstable_by(order);
        let found = ranked[..short]
            .iter()
            .find_map(|&(_, i)| self.fit(i, role, from, now, earliest, latest_start, end_by));
        if found.is_some() || short == ranked.len() {
            return found;
        }
        ranked[short..].sort_unstable_by(order);
        ranked[short..]
            .iter()
            .find_map(|&(_, i)| self.fit(i, role, from, now, earliest, latest_start, end_by))
    }

    fn commit(
        &mut self,
        pick: Pick,
        role: ItemRole,
        items: &mut Vec<PlanItem>,
    ) -> (LatLng, DateTime<Tz>) {
        self.used[pick.idx] = true;
        let p = &self.places[pick.idx];
        items.push(PlanItem {
            place: PlacePin {
                slug: p.slug.clone(),
                name: p.name.clone(),
                name_zh: p.name_zh.clone(),
                address_zh: p.address_zh.clone(),
                location: p.location,
            },
            role,
            start: pick.start.fixed_offset(),
            end: pick.end.fixed_offset(),
            travel: pick.travel,
        });
        (p.location, pick.end + minutes(self.profile.slack_min))
    }

    // Lays out one day between `day_start` and `day_end`.
    fn day(
        &mut self,
        date: NaiveDate,
        day_start: DateTime<Tz>,
        day_end: DateTime<Tz>,
    ) -> Vec<PlanItem> {
        let s = self.settings;
        let (lunch_from, lunch_until) = (at(date, s.lunch_from), at(date, s.lunch_until));
        let (dinner_from, dinner_until) = (at(date, s.dinner_from), at(date, s.dinner_until));
        let mut items = Vec::new();
        let mut pos = self.input.start;
        let mut now = day_start;
        let mut anchor: Option<LatLng> = None;
        let mut visits = 0;

        // Visits until `until` (the next meal), then the meal, twice; then the evening.
        for (meal, from, to) in [
            (ItemRole::Lunch, lunch_from, lunch_until),
            (ItemRole::Dinner, dinner_from, dinner_until),
        ] {
            let meal_len = minutes(if meal == ItemRole::Lunch {
                s.lunch_min
            } else {
                s.dinner_min
            });
            while visits < self.profile.max_visits && now < from {
                // A visit must end in time for the meal to start inside its window.
                let end_by = to.min(day_end - meal_len);
                let Some(pick) = self.pick(ItemRole::Visit, pos, anchor, now, now, to, end_by)
                else {
                    break;
                };
                (pos, now) = self.commit(pick, ItemRole::Visit, &mut items);
                anchor.get_or_insert(pos);
                visits += 1;
            }
            if let Some(pick) = self.pick(meal, pos, anchor, now, from, to, day_end) {
                (pos, now) = self.commit(pick, meal, &mut items);
                anchor.get_or_insert(pos);
            }
        }
        // After dinner: night scenes, or one more visit when the day allows.
        let mut nights = 0;
        while nights < self.profile.max_night {
            let Some(pick) = self.pick(
                ItemRole::Night,
                pos,
                anchor,
                now,
                now.max(dinner_from),
                day_end,
                day_end,
            ) else {
                break;
            };
            (pos, now) = self.commit(pick, ItemRole::Night, &mut items);
            nights += 1;
        }
        items
    }
}

/// Plans the visitor's days from `places`.
///
/// The window runs from `entry_at` + [`ARRIVAL_MIN`] to the moment the visitor must set
/// off for the exit port: `exit_at` (capped at `deadline`) minus the port's buffer minus
/// the ride there. `settings` holds the tunable assumptions ([`PlanSettings::default`]).
pub fn plan(
    input: &PlanInput,
    places: &[PlanPlace],
    settings: &PlanSettings,
) -> Result<Plan, PlanError> {
    let entry = input.entry_at.with_timezone(&TIME_ZONE);
    let mut warnings = Vec::new();
    let end = match (input.exit_at, input.deadline) {
        (Some(exit), Some(deadline)) if exit > deadline => {
            warnings.push(Note::new("outlasts_deadline").arg(
                "deadline",
                deadline.with_timezone(&TIME_ZONE).format("%Y-%m-%d %H:%M"),
            ));
            deadline
        }
        (Some(exit), _) => exit,
        (None, Some(deadline)) => deadline,
        (None, None) => return Err(PlanError::NoEnd),
    }
    .with_timezone(&TIME_ZONE);
    if end <= entry {
        return Err(PlanError::EndBeforeStart);
    }
    if end - entry > TimeDelta::days(MAX_DAYS) {
        return Err(PlanError::TooLong);
    }
    let buffer = minutes(settings.buffer_min(input.exit_port.as_ref().map(|p| p.kind)));
    let port = input.exit_port.as_ref().and_then(|p| p.location);
    let leave_limit = end - buffer;
    let window_start = entry + minutes(ARRIVAL_MIN);

    let mut planner = Planner {
        places,
        input,
        settings,
        profile: settings.profile(input.pace),
        interests: input.interests.iter().copied().collect(),
        must_see: input.must_see.iter().map(String::as_str).collect(),
        used: vec![false; places.len()],
        suits: Vec::new(),
        bonus: Vec::new(),
        port,
        leave_limit,
    };
    planner.prepare();

    let mut days = Vec::new();
    let mut date = entry.date_naive();
    let last_date = leave_limit.date_naive();
    while date <= last_date {
        let day_start = at(date, planner.profile.day_start).max(window_start);
        let day_end = at(date, planner.profile.day_end).min(leave_limit);
        let items = if day_start < day_end {
            planner.day(date, day_start, day_end)
        } else {
            Vec::new()
        };
        days.push(PlanDay {
            date,
            items,
            leave_for_port_at: None,
        });
        date = date + Days::new(1);
    }
    // The last day says when to set off: the buffer before departure, minus the ride.
    let to_port = match port {
        Some(port) => {
            let from = days
                .last()
                .and_then(|d| d.items.last())
                .map_or(input.start, |i| i.place.location);
            minutes(travel(from, port).minutes)
        }
        None => minutes(settings.default_to_port_min),
    };
    let leave_at = leave_limit - to_port;
    if let Some(last) = days.last_mut() {
        last.leave_for_port_at = Some(leave_at.fixed_offset());
    }
    let leave = match &input.exit_port {
        Some(port) => Note::new("leave_for_port").arg("port", &port.code),
        None => Note::new("leave_for_departure"),
    };
    warnings.push(
        leave
            .arg("time", leave_at.format("%Y-%m-%d %H:%M"))
            .arg("minutes", buffer.num_minutes()),
    );
    if input.has_refund_purchases {
        warnings.push(Note::new("tax_refund_reminder"));
    }
    if !GUANGZHOU.contains(input.start) {
        warnings.push(Note::new("start_outside_guangzhou"));
    }
    let by_slug: BTreeMap<&str, usize> = places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.slug.as_str(), i))
        .collect();
    for slug in &input.must_see {
        match by_slug.get(slug.as_str()) {
            None => warnings.push(Note::new("must_see_unknown").arg("place", slug)),
            Some(&i) if !planner.used[i] => {
                warnings.push(Note::new("must_see_not_scheduled").arg("place", &places[i].name))
            }
            Some(_) => {}
        }
    }
    for item in days.iter().flat_map(|d| &d.items) {
        if !GUANGZHOU.contains(item.place.location) {
            warnings.push(Note::new("outside_guangzhou").arg("place", &item.place.name));
        }
        // Unknown hours are planned as "always accessible"; say so rather than imply
        // that we checked.
        if by_slug
            .get(item.place.slug.as_str())
            .is_some_and(|&i| places[i].hours.is_none())
        {
            warnings.push(Note::new("hours_unknown").arg("place", &item.place.name));
        }
    }
    if days.iter().all(|d| d.items.is_empty()) {
        warnings.push(Note::new("nothing_fits"));
    }
    Ok(Plan {
        days,
        window_start: window_start.fixed_offset(),
        window_end: leave_limit.fixed_offset(),
        warnings,
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    pub(crate) fn place(
        slug: &str,
        kind: PlaceKind,
        lat: f64,
        lng: f64,
        hours: Option<&str>,
        interests: &[Interest],
    ) -> PlanPlace {
        PlanPlace {
            slug: slug.into(),
            name: slug.replace('-', " "),
            name_zh: format!("{slug}（中文）"),
            address_zh: Some("广州市越秀区北京路1号".into()),
            kind,
            location: LatLng::new(lat, lng).unwrap(),
            hours: hours.map(|h| Hours::parse(h).unwrap()),
            interests: interests.to_vec(),
            night: kind == PlaceKind::NightScene,
            visit_minutes: 90,
        }
    }

    pub(crate) fn sample_places() -> Vec<PlanPlace> {
        use Interest::*;
        use PlaceKind::*;
        vec![
            place(
                "chen-clan-academy",
                Attraction,
                23.1257,
                113.2448,
                Some("Mo-Su 09:00-17:30"),
                &[Heritage, Culture],
            ),
            place(
                "yongqingfang",
                Attraction,
                23.1180,
                113.2440,
                None,
                &[Heritage, Culture, Shopping],
            ),
            place(
                "shamian-island",
                Attraction,
                23.1070,
                113.2420,
                None,
                &[Heritage, Nature],
            ),
            place(
                "guangdong-museum",
                Attraction,
                23.1150,
                113.3260,
                Some("Tu-Su 09:00-17:00"),
                &[Culture, Family],
            ),
            place(
                "yuexiu-park",
                Attraction,
                23.1390,
                113.2640,
                Some("Mo-Su 06:00-22:00"),
                &[Nature, Heritage, Family],
            ),
            place(
                "sacred-heart-cathedral",
                Attraction,
                23.1160,
                113.2640,
                Some("Mo-Su 08:30-17:30"),
                &[Heritage],
            ),
            place(
                "baiyun-mountain",
                Attraction,
                23.1850,
                113.2980,
                Some("Mo-Su 06:00-18:00"),
                &[Nature],
            ),
            place(
                "taikoo-hui",
                Mall,
                23.1364,
                113.3269,
                Some("Mo-Su 10:00-22:00"),
                &[Shopping],
            ),
            place(
                "beijing-road",
                Shop,
                23.1250,
                113.2690,
                Some("Mo-Su 10:00-22:00"),
                &[Shopping],
            ),
            place(
                "canton-tower",
                NightScene,
                23.1066,
                113.3245,
                Some("Mo-Su 09:30-22:30"),
                &[Night, Family],
            ),
            place(
                "pearl-river-cruise",
                NightScene,
                23.1150,
                113.2700,
                Some("Mo-Su 18:30-22:30"),
                &[Night],
            ),
            place(
                "tao-tao-ju",
                Restaurant,
                23.1230,
                113.2470,
                Some("Mo-Su 07:00-22:00"),
                &[Food],
            ),
            place(
                "guangzhou-restaurant",
                Restaurant,
                23.1200,
                113.2570,
                Some("Mo-Su 07:00-22:00"),
                &[Food],
            ),
            place(
                "huifu-east-road",
                FoodStreet,
                23.1240,
                113.2680,
                Some("Mo-Su 10:00-24:00"),
                &[Food, Night],
            ),
            place(
                "bingsheng",
                Restaurant,
                23.1200,
                113.3280,
                Some("Mo-Su 11:00-22:00"),
                &[Food],
            ),
            place(
                "dian-dou-de",
                Restaurant,
                23.1330,
                113.3200,
                Some("Mo-Su 08:00-22:00"),
                &[Food],
            ),
            place("baiyun-airport", TransportHub, 23.3925, 113.2989, None, &[]),
        ]
    }

    pub(crate) fn sample_input() -> PlanInput {
        PlanInput {
            entry_at: t("2026-12-01T09:00:00+08:00"),
            exit_at: Some(t("2026-12-04T18:00:00+08:00")),
            deadline: Some(t("2026-12-12T00:00:00+08:00")),
            exit_port: Some(ExitPort {
                code: "CAN".into(),
                kind: PortKind::Airport,
                location: Some(LatLng::new(23.3925, 113.2989).unwrap()),
            }),
            interests: vec![Interest::Food, Interest::Heritage, Interest::Night],
            pace: Pace::Normal,
            start: LatLng::new(23.1291, 113.2644).unwrap(),
            must_see: vec!["guangdong-museum".into()],
            has_refund_purchases: true,
        }
    }

    fn check_invariants(
        plan: &Plan,
        input: &PlanInput,
        places: &[PlanPlace],
    ) -> Result<(), String> {
        let by_slug: BTreeMap<&str, &PlanPlace> =
            places.iter().map(|p| (p.slug.as_str(), p)).collect();
        let mut seen = HashSet::new();
        let mut prev_end: Option<DateTime<FixedOffset>> = None;
        let end_cap = input
            .exit_at
            .into_iter()
            .chain(input.deadline)
            .min()
            .unwrap();
        for item in plan.items() {
            if !seen.insert(item.place.slug.clone()) {
                return Err(format!("{} twice", item.place.slug));
            }
            if item.end <= item.start {
                return Err(format!("{} ends before it starts", item.place.slug));
            }
            if let Some(prev) = prev_end
                && item.start < prev + minutes(item.travel.minutes)
            {
                return Err(format!(
                    "{} overlaps the previous item or its travel",
                    item.place.slug
                ));
            }
            prev_end = Some(item.end);
            if item.start < input.entry_at || item.end > end_cap || item.end > plan.window_end {
                return Err(format!("{} outside the window", item.place.slug));
            }
            let p = by_slug[item.place.slug.as_str()];
            let (s, e) = (
                item.start.with_timezone(&TIME_ZONE),
                item.end.with_timezone(&TIME_ZONE),
            );
            if !open_throughout(p.hours.as_ref(), s, e) {
                return Err(format!("{} closed during {s}..{e}", item.place.slug));
            }
        }
        Ok(())
    }

    #[test]
    fn places_with_unknown_hours_are_planned_with_a_warning() {
        let places = sample_places();
        let plan = plan(&sample_input(), &places, &PlanSettings::default()).unwrap();
        let unknown: Vec<&str> = places
            .iter()
            .filter(|p| p.hours.is_none())
            .map(|p| p.slug.as_str())
            .collect();
        let planned_unknown: Vec<&PlanItem> = plan
            .items()
            .filter(|i| unknown.contains(&i.place.slug.as_str()))
            .collect();
        assert!(
            !planned_unknown.is_empty(),
            "the sample plans at least one street or square"
        );
        for item in planned_unknown {
            assert!(
                plan.warnings
                    .iter()
                    .any(|w| w.code == "hours_unknown"
                        && w.args.get("place") == Some(&item.place.name)),
                "{} planned without hours but no warning",
                item.place.slug
            );
        }
    }

    #[test]
    fn only_open_spaces_are_planned_blind() {
        assert!(plannable_without_hours(PlaceKind::FoodStreet));
        assert!(plannable_without_hours(PlaceKind::NightScene));
        assert!(!plannable_without_hours(PlaceKind::Restaurant));
        assert!(!plannable_without_hours(PlaceKind::Mall));
        assert!(!plannable_without_hours(PlaceKind::Market));
    }

    #[test]
    fn travel_walks_short_legs_and_rides_long_ones() {
        let a = LatLng::new(23.1291, 113.2644).unwrap();
        let near = LatLng::new(23.1330, 113.2644).unwrap(); // ~430 m
        let far = LatLng::new(23.3925, 113.2989).unwrap(); // Baiyun airport, ~29 km
        let w = travel(a, near);
        assert_eq!(w.mode, TravelMode::Walk);
        assert_eq!(w.minutes, 8); // 434 m * 1.3 / 75 = 7.5 -> 8
        let r = travel(a, far);
        assert_eq!(r.mode, TravelMode::Metro);
        assert!((70..=90).contains(&r.minutes), "{r:?}");
        let mid = LatLng::new(23.1291, 113.2944).unwrap(); // ~3 km: a taxi is quicker
        assert_eq!(travel(a, mid).mode, TravelMode::Taxi);
    }

    #[test]
    fn plans_meals_visits_and_nights_inside_the_rules() {
        let (input, places) = (sample_input(), sample_places());
        let plan = plan(&input, &places, &PlanSettings::default()).unwrap();
        check_invariants(&plan, &input, &places).unwrap();
        assert_eq!(plan.days.len(), 4);
        let day1 = &plan.days[0];
        let roles: Vec<ItemRole> = day1.items.iter().map(|i| i.role).collect();
        assert!(
            roles.contains(&ItemRole::Lunch) && roles.contains(&ItemRole::Dinner),
            "{roles:?}"
        );
        for item in plan.items() {
            let local = item.start.with_timezone(&TIME_ZONE).time();
            match item.role {
                ItemRole::Lunch => assert!((hm(11, 30)..=hm(13, 30)).contains(&local)),
                ItemRole::Dinner => assert!((hm(18, 0)..=hm(20, 0)).contains(&local)),
                ItemRole::Night => assert!(local >= hm(18, 0)),
                ItemRole::Visit => {}
            }
            assert_ne!(item.place.slug, "baiyun-airport");
        }
        // The must-see is in, the night cruise is in the evening.
        assert!(plan.items().any(|i| i.place.slug == "guangdong-museum"));
        assert!(plan.items().any(|i| i.role == ItemRole::Night));
        let codes: Vec<&str> = plan.warnings.iter().map(|w| w.code.as_str()).collect();
        assert!(codes.contains(&"tax_refund_reminder") && codes.contains(&"leave_for_port"));
    }

    #[test]
    fn last_day_ends_three_hours_before_a_baiyun_flight_plus_the_ride() {
        let (input, places) = (sample_input(), sample_places());
        let plan = plan(&input, &places, &PlanSettings::default()).unwrap();
        let last = plan.days.last().unwrap();
        let leave = last.leave_for_port_at.unwrap();
        assert!(leave <= t("2026-12-04T15:00:00+08:00") - minutes(60));
        for item in &last.items {
            let ride = travel(
                item.place.location,
                input.exit_port.as_ref().unwrap().location.unwrap(),
            );
            assert!(item.end + minutes(ride.minutes) <= t("2026-12-04T15:00:00+08:00"));
        }
        assert_eq!(plan.window_end, t("2026-12-04T15:00:00+08:00"));
    }

    #[test]
    fn the_deadline_caps_the_plan_and_is_warned_about() {
        let mut input = sample_input();
        input.exit_at = Some(t("2026-12-14T18:00:00+08:00"));
        let plan = plan(&input, &sample_places(), &PlanSettings::default()).unwrap();
        assert!(plan.warnings.iter().any(|w| w.code == "outlasts_deadline"));
        assert!(
            plan.items()
                .all(|i| i.end <= t("2026-12-11T21:00:00+08:00"))
        );
        assert_eq!(
            plan.days.last().unwrap().date,
            "2026-12-11".parse::<NaiveDate>().unwrap()
        );
    }

    #[test]
    #[ignore]
    fn dump_sample_plan() {
        let plan = plan(&sample_input(), &sample_places(), &PlanSettings::default()).unwrap();
        for d in &plan.days {
            println!("{} leave={:?}", d.date, d.leave_for_port_at);
            for i in &d.items {
                println!(
                    "  {:?} {} {}-{} {:?} {}min",
                    i.role,
                    i.place.slug,
                    i.start.time(),
                    i.end.time(),
                    i.travel.mode,
                    i.travel.minutes
                );
            }
        }
        println!(
            "{:?}",
            plan.warnings.iter().map(|w| &w.code).collect::<Vec<_>>()
        );
    }

    #[test]
    fn same_input_same_plan() {
        let (input, mut places) = (sample_input(), sample_places());
        let a = plan(&input, &places, &PlanSettings::default()).unwrap();
        places.reverse();
        let b = plan(&input, &places, &PlanSettings::default()).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn unknown_and_unschedulable_must_sees_are_reported() {
        let mut input = sample_input();
        input.must_see = vec!["atlantis".into(), "guangdong-museum".into()];
        // Guangdong Museum is closed on Mondays: a one-day Monday trip cannot include it.
        input.entry_at = t("2026-11-30T08:00:00+08:00");
        input.exit_at = Some(t("2026-11-30T23:59:00+08:00"));
        let plan = plan(&input, &sample_places(), &PlanSettings::default()).unwrap();
        let codes: Vec<&str> = plan.warnings.iter().map(|w| w.code.as_str()).collect();
        assert!(codes.contains(&"must_see_unknown"));
        assert!(codes.contains(&"must_see_not_scheduled"));
    }

    #[test]
    fn a_must_see_night_scene_that_closes_early_is_seen_by_day() {
        // Open 10:00-21:30 for a two-hour visit: no evening after dinner is long enough.
        let mut places = sample_places();
        let tower = places
            .iter_mut()
            .find(|p| p.slug == "canton-tower")
            .unwrap();
        tower.hours = Some(Hours::parse("Mo-Su 10:00-21:30").unwrap());
        tower.visit_minutes = 120;
        let mut input = sample_input();
        input.must_see = vec!["canton-tower".into()];
        let plan = plan(&input, &places, &PlanSettings::default()).unwrap();
        let item = plan.items().find(|i| i.place.slug == "canton-tower");
        let item = item.expect("the must-see is planned");
        assert_eq!(item.role, ItemRole::Visit);
        assert!(
            !plan
                .warnings
                .iter()
                .any(|w| w.code == "must_see_not_scheduled")
        );
    }

    #[test]
    fn a_window_without_an_end_is_an_error() {
        let mut input = sample_input();
        input.exit_at = None;
        input.deadline = None;
        assert_eq!(
            plan(&input, &sample_places(), &PlanSettings::default()),
            Err(PlanError::NoEnd)
        );
        input.exit_at = Some(input.entry_at - minutes(1));
        assert_eq!(
            plan(&input, &sample_places(), &PlanSettings::default()),
            Err(PlanError::EndBeforeStart)
        );
    }

    #[test]
    fn relaxed_days_hold_fewer_visits_than_packed_ones() {
        let mut input = sample_input();
        let places = sample_places();
        input.interests = vec![];
        input.pace = Pace::Relaxed;
        let relaxed = plan(&input, &places, &PlanSettings::default()).unwrap();
        input.pace = Pace::Packed;
        let packed = plan(&input, &places, &PlanSettings::default()).unwrap();
        let visits = |p: &Plan| {
            p.days[1]
                .items
                .iter()
                .filter(|i| i.role == ItemRole::Visit)
                .count()
        };
        assert!(visits(&relaxed) <= 2);
        assert!(visits(&packed) > visits(&relaxed));
    }

    #[test]
    fn localized_warnings_have_text() {
        let plan = plan(&sample_input(), &sample_places(), &PlanSettings::default()).unwrap();
        for locale in Locale::ALL {
            for w in &plan.localized(locale).warnings {
                assert!(
                    !w.message.is_empty() && !w.message.contains("plan-warning"),
                    "{locale:?} {}",
                    w.code
                );
            }
        }
    }

    const HOURS: [Option<&str>; 5] = [
        None,
        Some("Mo-Su 09:00-17:00"),
        Some("Tu-Su 10:00-18:00"),
        Some("Mo-Su 11:00-14:00,17:00-22:00"),
        Some("Mo-Su 18:00-23:30"),
    ];

    fn arb_places() -> impl Strategy<Value = Vec<PlanPlace>> {
        let parsed: Vec<Option<Hours>> = HOURS
            .iter()
            .map(|h| h.map(|h| Hours::parse(h).unwrap()))
            .collect();
        let kinds = vec![
            PlaceKind::Attraction,
            PlaceKind::Restaurant,
            PlaceKind::FoodStreet,
            PlaceKind::NightScene,
            PlaceKind::Mall,
        ];
        prop::collection::vec(
            (
                0.0f64..0.12,
                0.0f64..0.12,
                0usize..HOURS.len(),
                prop::sample::select(kinds),
                prop::sample::subsequence(Interest::ALL.to_vec(), 1..3),
                30u32..200,
            ),
            1..40,
        )
        .prop_map(move |raw| {
            raw.into_iter()
                .enumerate()
                .map(|(i, (dlat, dlng, h, kind, interests, visit))| PlanPlace {
                    slug: format!("p{i:03}"),
                    name: format!("Place {i}"),
                    name_zh: format!("地点{i}"),
                    address_zh: None,
                    kind,
                    location: LatLng::new(23.08 + dlat, 113.22 + dlng).unwrap(),
                    hours: parsed[h].clone(),
                    interests,
                    night: kind == PlaceKind::NightScene,
                    visit_minutes: visit,
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn plans_keep_every_invariant(
            places in arb_places(),
            entry_offset_min in 0i64..(3 * 24 * 60),
            length_min in 60i64..(4 * 24 * 60),
            pace in prop::sample::select(vec![Pace::Relaxed, Pace::Normal, Pace::Packed]),
            interests in prop::sample::subsequence(Interest::ALL.to_vec(), 0..4),
            deadline_first in any::<bool>(),
        ) {
            let entry = t("2026-12-01T00:00:00+08:00") + minutes(entry_offset_min);
            let exit = entry + minutes(length_min);
            let input = PlanInput {
                entry_at: entry,
                exit_at: Some(exit),
                deadline: deadline_first.then(|| entry + minutes(length_min / 2 + 1)),
                exit_port: None,
                interests,
                pace,
                start: LatLng::new(23.13, 113.28).unwrap(),
                must_see: places.iter().take(2).map(|p| p.slug.clone()).collect(),
                has_refund_purchases: false,
            };
            let plan = plan(&input, &places, &PlanSettings::default()).unwrap();
            prop_assert_eq!(check_invariants(&plan, &input, &places), Ok(()));
        }
    }
}

//! Each place's open state, evaluated from its opening hours once and remembered until the
//! hours say it changes. Every item of a place list shows `open_now` and a detail its next
//! change; evaluating an OpenStreetMap expression for each was the largest single cost of a
//! list (~14 % of its CPU, docs/PERFORMANCE.md), and the answer only changes a few times a
//! day. The rules stay the domain's ([`Hours::state_at`], [`Hours::next_change`]): this
//! only remembers their answers, per snapshot, so new hours start with a fresh memo.
//!
//! One `AtomicU64` per place: requests read and refresh it without locks, and a reader
//! sees either the old window or the new one, never half of each.

use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use guide_domain::{Hours, OpenState};

/// Minutes from the Unix epoch to 2020-01-01, the zero of the stored minutes.
const EPOCH_MINUTE: i64 = 1_577_836_800 / 60;
/// Stored minutes have 29 bits (about 1,000 years from 2020).
const MINUTE_BITS: u32 = 29;
const MINUTE_MASK: u64 = (1 << MINUTE_BITS) - 1;
/// How long a state is remembered when the hours name no change within it (`24/7`, or a
/// place closed for a season): a day, so a memo is never trusted far beyond what was
/// evaluated.
const LONGEST_WINDOW_MINUTES: i64 = 24 * 60;

/// Open states of a snapshot's places, by place index.
pub struct OpenStates(Vec<AtomicU64>);

/// A remembered state: `state` holds for every minute in `from..until`; `until` is the next
/// change itself when `changes`, else only the end of the window.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Window {
    from: i64,
    until: i64,
    changes: bool,
    state: OpenState,
}

impl Window {
    /// Packed as `until | from | changes | state` (29 + 29 + 1 + 2 bits); 0 is "none yet".
    fn pack(self) -> Option<u64> {
        let minute = |m: i64| {
            u64::try_from(m - EPOCH_MINUTE)
                .ok()
                .filter(|m| *m <= MINUTE_MASK)
        };
        let state = match self.state {
            OpenState::Open => 1,
            OpenState::Closed => 2,
            OpenState::Unknown => 3,
        };
        Some(
            minute(self.until)? << (MINUTE_BITS + 3)
                | minute(self.from)? << 3
                | u64::from(self.changes) << 2
                | state,
        )
    }

    fn unpack(bits: u64) -> Option<Window> {
        let state = match bits & 3 {
            1 => OpenState::Open,
            2 => OpenState::Closed,
            3 => OpenState::Unknown,
            _ => return None,
        };
        Some(Window {
            from: ((bits >> 3) & MINUTE_MASK) as i64 + EPOCH_MINUTE,
            until: ((bits >> (MINUTE_BITS + 3)) & MINUTE_MASK) as i64 + EPOCH_MINUTE,
            changes: bits & 4 != 0,
            state,
        })
    }

    fn holds_at(&self, minute: i64) -> bool {
        (self.from..self.until).contains(&minute)
    }

    /// Evaluates `hours` at `at`. Rules have minute resolution and Shanghai's offset is
    /// whole hours, so the state at `at` holds from the start of its minute.
    fn evaluate(hours: &Hours, at: DateTime<Utc>) -> Window {
        let from = at.timestamp().div_euclid(60);
        let end = from + LONGEST_WINDOW_MINUTES;
        let next = hours
            .next_change(at)
            .map(|t| t.timestamp().div_euclid(60))
            .filter(|t| *t <= end);
        Window {
            from,
            until: next.unwrap_or(end),
            changes: next.is_some(),
            state: hours.state_at(at),
        }
    }
}

impl OpenStates {
    /// Nothing remembered yet for `places` places.
    pub fn new(places: usize) -> OpenStates {
        OpenStates((0..places).map(|_| AtomicU64::new(0)).collect())
    }

    /// The window of place `i` (with `hours`) that holds at `at`, evaluated if needed.
    fn window(&self, i: u32, hours: &Hours, at: DateTime<Utc>) -> Window {
        let minute = at.timestamp().div_euclid(60);
        let cell = &self.0[i as usize];
        if let Some(w) = Window::unpack(cell.load(Ordering::Relaxed)).filter(|w| w.holds_at(minute))
        {
            return w;
        }
        let w = Window::evaluate(hours, at);
        if let Some(bits) = w.pack() {
            cell.store(bits, Ordering::Relaxed);
        }
        w
    }

    /// Open, closed or unknown at `at`: [`Hours::state_at`].
    pub fn state(&self, i: u32, hours: &Hours, at: DateTime<Utc>) -> OpenState {
        self.window(i, hours, at).state
    }

    /// The next change after `at`: [`Hours::next_change`].
    pub fn next_change(
        &self,
        i: u32,
        hours: &Hours,
        at: DateTime<Utc>,
    ) -> Option<DateTime<FixedOffset>> {
        let w = self.window(i, hours, at);
        if !w.changes {
            // Nothing within the window: ask the hours how far it goes (rare and exact).
            return hours.next_change(at);
        }
        let shanghai = FixedOffset::east_opt(8 * 3600).expect("+08:00 is a valid offset");
        shanghai.timestamp_opt(w.until * 60, 0).single()
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().to_utc()
    }

    /// Every minute of two days (and seconds within minutes around the changes), for hours
    /// with daily, weekly, split and overnight changes and ones that never change: the
    /// remembered answer is the domain's answer, whichever minute came first.
    #[test]
    fn remembered_states_agree_with_the_hours_at_every_minute() {
        let cases = [
            "Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00",
            "Tu-Su 09:00-17:00; Mo off",
            "Mo-Su 11:00-14:30,17:00-02:00",
            "24/7",
            "off",
            "Mo-Su 10:00-22:00; Sa-Su unknown",
        ];
        for text in cases {
            let hours = Hours::parse(text).unwrap();
            // Two memos: one read minute by minute, one read in a scrambled order.
            let forward = OpenStates::new(1);
            let scrambled = OpenStates::new(1);
            let start = utc("2026-12-04T15:58:30+08:00");
            let minutes: Vec<i64> = (0..2 * 24 * 60).collect();
            for m in &minutes {
                for seconds in [0, 59] {
                    let at = start + Duration::minutes(*m) + Duration::seconds(seconds);
                    assert_eq!(
                        forward.state(0, &hours, at),
                        hours.state_at(at),
                        "{text} at {at}"
                    );
                    assert_eq!(
                        forward.next_change(0, &hours, at),
                        hours.next_change(at),
                        "{text}: next change after {at}"
                    );
                }
            }
            for m in minutes.iter().map(|m| (m * 7919) % (2 * 24 * 60)) {
                let at = start + Duration::minutes(m);
                assert_eq!(
                    scrambled.state(0, &hours, at),
                    hours.state_at(at),
                    "{text} at {at}"
                );
            }
        }
    }

    #[test]
    fn windows_pack_and_unpack_and_zero_is_empty() {
        let w = Window {
            from: EPOCH_MINUTE + 3_000_000,
            until: EPOCH_MINUTE + 3_000_600,
            changes: true,
            state: OpenState::Unknown,
        };
        assert_eq!(Window::unpack(w.pack().unwrap()), Some(w));
        assert_eq!(Window::unpack(0), None);
        // Before 2020 cannot be stored: it is evaluated each time instead.
        let old = Window { from: 0, ..w };
        assert_eq!(old.pack(), None);
    }
}

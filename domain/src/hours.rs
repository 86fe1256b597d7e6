//! Opening hours in OpenStreetMap `opening_hours` syntax (DESIGN.md "Place attributes"),
//! evaluated in Guangzhou's time zone, Asia/Shanghai (DESIGN.md "API contract": local times
//! are Asia/Shanghai).
//!
//! Parsing and evaluation are the `opening-hours` crate's; this module fixes the context
//! every place shares: the Asia/Shanghai zone, China's public holidays (for `PH off`) and
//! Guangzhou's coordinates (for `sunset`-style times). Callers pass any instant with any
//! offset; it is converted to Shanghai wall-clock time first.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, TimeZone};
use opening_hours::localization::{Coordinates, Country, TzLocation};
use opening_hours::{Context, OpeningHours, RuleKind};

/// The time zone all opening hours are written in.
pub const TIME_ZONE: chrono_tz::Tz = chrono_tz::Asia::Shanghai;

/// Longest accepted expression, in characters. Real ones are well under 200; the cap keeps
/// merchant input from making the parser do unbounded work.
pub const MAX_LEN: usize = 1000;

type Expr = OpeningHours<TzLocation<chrono_tz::Tz>>;

// Built once: loading the holiday calendar decompresses an embedded database.
static CONTEXT: LazyLock<Context<TzLocation<chrono_tz::Tz>>> = LazyLock::new(|| {
    // Haizhu Square: sunrise and sunset differ by minutes across the city.
    let guangzhou = Coordinates::new(23.1291, 113.2644).expect("valid coordinates");
    Context::default()
        .with_holidays(Country::CN.holidays())
        .with_locale(TzLocation::new(TIME_ZONE).with_coords(guangzhou))
});

/// A parsed opening-hours expression together with its source text.
///
/// Parsing runs a full PEG grammar and builds the rule tree: it costs about 30 times one
/// [`Hours::state_at`] or [`Hours::next_change`] on the same expression (measured for
/// "Mo-Fr 10:00-18:00; Sa 10:00-14:00; PH off" in a debug build: ~200 µs against ~7 µs).
/// A server answering many `open_now` queries may cache parsed `Hours` by source text;
/// cloning one is cheap (the rule tree and the holiday calendar are shared).
#[derive(Debug, Clone)]
pub struct Hours {
    source: String,
    expr: Expr,
}

/// Why an opening-hours expression was rejected, as readable text that points at the
/// problem (for a syntax error: the line with a caret under the first bad character).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct HoursError {
    /// The explanation, in English (parser output is not localised).
    pub message: String,
}

/// Whether a place is open at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpenState {
    /// Open.
    Open,
    /// Closed (including every time the expression does not mention).
    Closed,
    /// The expression says `unknown` for that time (e.g. `Sa-Su unknown`).
    Unknown,
}

impl Hours {
    /// Parses an OpenStreetMap `opening_hours` value, e.g. `"Mo-Fr 10:00-22:00; PH off"`.
    /// Rejects empty (or blank) text and text longer than [`MAX_LEN`] characters.
    pub fn parse(s: &str) -> Result<Hours, HoursError> {
        const EXAMPLE: &str = "for example “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off”";
        if s.trim().is_empty() {
            return Err(HoursError {
                message: format!(
                    "opening hours are empty: expected OpenStreetMap opening_hours syntax, {EXAMPLE}"
                ),
            });
        }
        let len = s.chars().count();
        if len > MAX_LEN {
            return Err(HoursError {
                message: format!(
                    "opening hours are {len} characters long: at most {MAX_LEN} are accepted"
                ),
            });
        }
        let expr: OpeningHours = s.parse().map_err(|e| HoursError {
            message: format!("not valid OpenStreetMap opening_hours syntax ({EXAMPLE}):\n{e}"),
        })?;
        Ok(Hours {
            source: s.to_owned(),
            expr: expr.with_context(CONTEXT.clone()),
        })
    }

    /// The expression exactly as given to [`Hours::parse`].
    pub fn as_str(&self) -> &str {
        &self.source
    }

    /// Open, closed or unknown at instant `at` (converted to Shanghai local time).
    pub fn state_at<T: TimeZone>(&self, at: DateTime<T>) -> OpenState {
        match self.expr.state(at.with_timezone(&TIME_ZONE)).0 {
            RuleKind::Open => OpenState::Open,
            RuleKind::Closed => OpenState::Closed,
            RuleKind::Unknown => OpenState::Unknown,
        }
    }

    /// Whether the place is open at instant `at`; unknown counts as not open.
    pub fn is_open<T: TimeZone>(&self, at: DateTime<T>) -> bool {
        self.state_at(at) == OpenState::Open
    }

    /// The next instant after `at` at which the state changes, in +08:00; `None` if it
    /// never changes again (e.g. `24/7`, `off`). Evaluation scans forward from `at`, so an
    /// expression that changes rarely (a yearly date range) costs more than a daily one.
    pub fn next_change<T: TimeZone>(&self, at: DateTime<T>) -> Option<DateTime<FixedOffset>> {
        self.expr
            .next_change(at.with_timezone(&TIME_ZONE))
            .map(|t| t.fixed_offset())
    }
}

/// One stretch of a day in one state, in Shanghai wall-clock minutes since midnight
/// (`to` is 1440 for “until midnight”).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DaySpan {
    /// First minute.
    pub from: u16,
    /// Minute after the last.
    pub to: u16,
    /// Open, closed or unknown throughout.
    pub state: OpenState,
}

impl DaySpan {
    /// `HH:MM–HH:MM` (24-hour clock, `24:00` for midnight at the end), readable in every
    /// language.
    pub fn clock(&self) -> String {
        let hm = |m: u16| format!("{:02}:{:02}", m / 60, m % 60);
        format!("{}–{}", hm(self.from), hm(self.to))
    }
}

impl Hours {
    /// The open, closed and unknown stretches of one Shanghai calendar day, in order,
    /// covering the whole day (holidays applied): what a week preview shows.
    pub fn day_spans(&self, day: chrono::NaiveDate) -> Vec<DaySpan> {
        let start = TIME_ZONE
            .from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight exists"))
            .earliest()
            .expect("Shanghai has no gaps at midnight");
        let end = start + chrono::Duration::days(1);
        let minute = |t: DateTime<chrono_tz::Tz>| ((t - start).num_minutes().clamp(0, 1440)) as u16;
        let mut spans: Vec<DaySpan> = Vec::new();
        let mut at = start;
        // A day has at most a few dozen changes; the cap guards odd expressions.
        for _ in 0..96 {
            let state = self.state_at(at);
            let next = self
                .next_change(at)
                .map(|t| t.with_timezone(&TIME_ZONE))
                .filter(|t| *t < end && *t > at)
                .unwrap_or(end);
            match spans.last_mut() {
                Some(last) if last.state == state => last.to = minute(next),
                _ => spans.push(DaySpan {
                    from: minute(at),
                    to: minute(next),
                    state,
                }),
            }
            if next >= end {
                break;
            }
            at = next;
        }
        spans
    }
}

/// One day of opening hours as a visitor reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayLine {
    /// The weekday in the reader's language (`Mon`, `月`).
    pub weekday: String,
    /// The Shanghai calendar date.
    pub date: chrono::NaiveDate,
    /// The open stretches (`10:00–14:00, 17:00–22:00`), stretches of unknown state marked
    /// as such, or “Closed”.
    pub text: String,
    /// Whether the place opens at all that day.
    pub open: bool,
}

/// Seven days of `hours` from `from`, each as a line in `locale`: the one week view the
/// console's preview, the public page and the app show.
pub fn week_lines(hours: &Hours, from: chrono::NaiveDate, locale: crate::Locale) -> Vec<DayLine> {
    use chrono::Datelike;
    from.iter_days()
        .take(7)
        .map(|date| {
            let spans = hours.day_spans(date);
            let shown: Vec<String> = spans
                .iter()
                .filter(|s| s.state != OpenState::Closed)
                .map(|s| match s.state {
                    OpenState::Unknown => format!(
                        "{} ({})",
                        s.clock(),
                        crate::l10n::tr(locale, "hours-unknown-span")
                    ),
                    _ => s.clock(),
                })
                .collect();
            DayLine {
                weekday: crate::l10n::tr(
                    locale,
                    &format!("app-weekday-{}", date.weekday().number_from_monday()),
                ),
                date,
                open: spans.iter().any(|s| s.state == OpenState::Open),
                text: if shown.is_empty() {
                    crate::l10n::tr(locale, "hours-closed-day")
                } else {
                    shown.join(", ")
                },
            }
        })
        .collect()
}

impl std::fmt::Display for Hours {
    /// The source text.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.source)
    }
}

impl std::str::FromStr for Hours {
    type Err = HoursError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Hours::parse(s)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_week_reads_in_the_visitors_language() {
        let h = Hours::parse("Mo-Sa 10:00-22:00; Su unknown; PH off").unwrap();
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 12, 28).unwrap();
        let week = week_lines(&h, monday, crate::Locale::En);
        let lines: Vec<String> = week
            .iter()
            .map(|d| format!("{} {}: {}", d.weekday, d.date, d.text))
            .collect();
        assert_eq!(lines[0], "Mon 2026-12-28: 10:00–22:00");
        assert_eq!(lines[4], "Fri 2027-01-01: Closed", "New Year's Day");
        assert_eq!(lines[6], "Sun 2027-01-03: 00:00–24:00 (unknown)");
        assert!(!week[6].open && week[0].open);
        let ja = week_lines(&h, monday, crate::Locale::Ja);
        assert_eq!(ja[4].text, "休業");
    }

    #[test]
    fn a_day_is_cut_into_open_and_closed_stretches() {
        let h = Hours::parse("Mo-Fr 10:00-14:00,17:00-22:00; Sa 09:00-02:00; PH off").unwrap();
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        // Monday 7 December 2026.
        let monday = h.day_spans(day("2026-12-07"));
        let open: Vec<String> = monday
            .iter()
            .filter(|s| s.state == OpenState::Open)
            .map(DaySpan::clock)
            .collect();
        assert_eq!(open, ["10:00–14:00", "17:00–22:00"]);
        assert_eq!((monday[0].from, monday.last().unwrap().to), (0, 1440));
        // Saturday runs past midnight: Sunday starts open until 02:00.
        let sunday = h.day_spans(day("2026-12-13"));
        assert_eq!(sunday[0].clock(), "00:00–02:00");
        assert_eq!(sunday[0].state, OpenState::Open);
        let saturday = h.day_spans(day("2026-12-12"));
        assert_eq!(saturday.last().unwrap().clock(), "09:00–24:00");
        // New Year's Day 2027 is a Friday and a public holiday.
        let new_year = h.day_spans(day("2027-01-01"));
        assert_eq!(new_year.len(), 1);
        assert_eq!(new_year[0].state, OpenState::Closed);
    }

    use super::*;
    use chrono::{NaiveDate, Utc};

    /// An instant given as Shanghai wall-clock time.
    fn sh(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<chrono_tz::Tz> {
        let naive = NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap();
        TIME_ZONE.from_local_datetime(&naive).single().unwrap()
    }

    fn hours(s: &str) -> Hours {
        Hours::parse(s).unwrap()
    }

    #[test]
    fn daily_hours_are_open_inside_and_closed_outside() {
        let h = hours("Mo-Su 08:30-17:30");
        // 2026-12-01 is a Tuesday.
        assert!(h.is_open(sh(2026, 12, 1, 9, 0)));
        assert_eq!(h.state_at(sh(2026, 12, 1, 8, 0)), OpenState::Closed);
        assert!(!h.is_open(sh(2026, 12, 1, 17, 30)));
        assert_eq!(h.as_str(), "Mo-Su 08:30-17:30");
    }

    #[test]
    fn instants_in_other_zones_are_converted_to_shanghai_time() {
        let h = hours("Mo-Su 08:30-17:30");
        // 01:00Z is 09:00 in Shanghai: open; 01:00 Shanghai time would be closed.
        let utc = Utc.with_ymd_and_hms(2026, 12, 1, 1, 0, 0).unwrap();
        assert!(h.is_open(utc));
        let paris = FixedOffset::east_opt(3600)
            .unwrap()
            .with_ymd_and_hms(2026, 12, 1, 2, 0, 0)
            .unwrap();
        assert!(h.is_open(paris));
        // 10:00Z is 18:00 in Shanghai: closed.
        assert!(!h.is_open(Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap()));
    }

    #[test]
    fn monday_off_is_closed_on_a_monday() {
        let h = hours("Tu-Su 09:00-17:00; Mo off");
        // 2026-11-30 is a Monday.
        assert_eq!(h.state_at(sh(2026, 11, 30, 10, 0)), OpenState::Closed);
        assert_eq!(h.state_at(sh(2026, 12, 1, 10, 0)), OpenState::Open);
    }

    #[test]
    fn next_change_is_the_next_opening_or_closing_in_plus_eight() {
        let h = hours("Mo-Su 08:30-17:30");
        let plus8 = FixedOffset::east_opt(8 * 3600).unwrap();
        let expect = |y, m, d, hh, mm| plus8.with_ymd_and_hms(y, m, d, hh, mm, 0).unwrap();
        assert_eq!(
            h.next_change(sh(2026, 12, 1, 9, 0)),
            Some(expect(2026, 12, 1, 17, 30))
        );
        assert_eq!(
            h.next_change(sh(2026, 12, 1, 18, 0)),
            Some(expect(2026, 12, 2, 8, 30))
        );
        let utc = Utc.with_ymd_and_hms(2026, 12, 1, 0, 0, 0).unwrap(); // 08:00 Shanghai
        let next = h.next_change(utc).unwrap();
        assert_eq!(next, expect(2026, 12, 1, 8, 30));
        assert_eq!(next.offset().local_minus_utc(), 8 * 3600);
        let closed_monday = hours("Tu-Su 09:00-17:00; Mo off");
        assert_eq!(
            closed_monday.next_change(sh(2026, 11, 30, 10, 0)),
            Some(expect(2026, 12, 1, 9, 0))
        );
    }

    #[test]
    fn always_open_never_changes() {
        let h = hours("24/7");
        assert!(h.is_open(sh(2026, 12, 1, 3, 0)));
        assert_eq!(h.next_change(sh(2026, 12, 1, 3, 0)), None);
    }

    #[test]
    fn hours_past_midnight_stay_open_into_the_next_day() {
        let h = hours("Mo-Su 18:00-02:00");
        assert!(h.is_open(sh(2026, 12, 2, 1, 30)));
        assert!(!h.is_open(sh(2026, 12, 2, 2, 30)));
    }

    #[test]
    fn unknown_is_its_own_state() {
        let h = hours("Mo-Fr 10:00-18:00; Sa-Su unknown");
        // 2026-12-05 is a Saturday.
        assert_eq!(h.state_at(sh(2026, 12, 5, 12, 0)), OpenState::Unknown);
        assert!(!h.is_open(sh(2026, 12, 5, 12, 0)));
        assert_eq!(
            serde_json::to_string(&OpenState::Unknown).unwrap(),
            "\"unknown\""
        );
    }

    #[test]
    fn public_holidays_are_china_s() {
        let h = hours("Mo-Su 10:00-22:00; PH off");
        // 1 October is National Day; 2 December is an ordinary Wednesday.
        assert!(!h.is_open(sh(2026, 10, 1, 12, 0)));
        assert!(h.is_open(sh(2026, 12, 2, 12, 0)));
    }

    #[test]
    fn garbage_empty_and_overlong_input_are_errors_with_a_message() {
        for bad in [
            "open sometimes",
            "Mo-Fr 25:00-26:00",
            "Mo-Fr 10:00-",
            "",
            "   ",
        ] {
            let err = Hours::parse(bad).unwrap_err();
            assert!(!err.message.is_empty(), "{bad:?}");
            assert!(err.to_string().contains("opening"), "{bad:?}: {err}");
        }
        let long = "Mo 10:00-12:00; ".repeat(100);
        let err = Hours::parse(&long).unwrap_err();
        assert!(err.message.contains("at most 1000"), "{}", err.message);
    }

    #[test]
    fn a_syntax_error_points_at_the_problem() {
        let err = Hours::parse("Mo-Fr 10:00-18:00; Sa 10:00-1x:00").unwrap_err();
        assert!(err.message.contains('^'), "{}", err.message);
    }
}

//! An RFC 5545 (iCalendar) calendar of a plan, for `POST /v1/itineraries/ics` and the
//! saved-itinerary download: one VEVENT per item, local times with `TZID=Asia/Shanghai`
//! and the matching VTIMEZONE, the Chinese address as LOCATION (what a taxi driver reads).
//!
//! The output is what phone calendars import without complaint: CRLF line endings
//! (RFC 5545 §3.1), content lines folded at 75 octets without splitting a UTF-8 character,
//! TEXT values escaped (§3.3.11), and a DTSTAMP that the caller passes in (time is a
//! parameter), so the same plan and stamp always give the same bytes.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, Utc};

use crate::hours::TIME_ZONE;
use crate::planner::{Plan, PlanItem};

/// The calendar's PRODID (RFC 5545 §3.7.3).
pub const PRODID: &str = "-//Canton Guide//Itinerary planner//EN";

/// Longest content line in octets, CRLF excluded (RFC 5545 §3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line into CRLF-terminated lines of at most [`MAX_LINE_OCTETS`]
/// octets, continuation lines starting with a space, never inside a UTF-8 character.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        // A continuation line's leading space counts towards its 75 octets.
        if used + len > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
    out
}

fn local(t: DateTime<FixedOffset>) -> String {
    t.with_timezone(&TIME_ZONE)
        .format("%Y%m%dT%H%M%S")
        .to_string()
}

fn event(item: &PlanItem, index: usize, dtstamp: DateTime<Utc>, lines: &mut Vec<String>) {
    let place = &item.place;
    lines.push("BEGIN:VEVENT".into());
    // Stable across exports of the same plan, unique within it (a place appears once).
    lines.push(format!(
        "UID:{}-{}-{}@canton-guide",
        local(item.start),
        index,
        place.slug
    ));
    lines.push(format!("DTSTAMP:{}", dtstamp.format("%Y%m%dT%H%M%SZ")));
    lines.push(format!("DTSTART;TZID=Asia/Shanghai:{}", local(item.start)));
    lines.push(format!("DTEND;TZID=Asia/Shanghai:{}", local(item.end)));
    let summary = if place.name == place.name_zh {
        place.name.clone()
    } else {
        format!("{} ({})", place.name, place.name_zh)
    };
    lines.push(format!("SUMMARY:{}", escape_text(&summary)));
    let location = match &place.address_zh {
        Some(address) => format!("{} {}", place.name_zh, address),
        None => place.name_zh.clone(),
    };
    lines.push(format!("LOCATION:{}", escape_text(&location)));
    lines.push(format!(
        "GEO:{:.6};{:.6}",
        place.location.lat, place.location.lng
    ));
    let mut description = String::new();
    let _ = write!(
        description,
        "{} {} min",
        item.travel.mode, item.travel.minutes
    );
    lines.push(format!("DESCRIPTION:{}", escape_text(&description)));
    lines.push("END:VEVENT".into());
}

/// The plan as an iCalendar document (`text/calendar`), one VEVENT per item.
/// `dtstamp` is when the calendar is generated (a parameter: no clock is read).
pub fn to_ics(plan: &Plan, dtstamp: DateTime<Utc>) -> String {
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        // China has kept UTC+8 all year since 1992: one STANDARD block says it all.
        "BEGIN:VTIMEZONE".into(),
        "TZID:Asia/Shanghai".into(),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        "TZOFFSETFROM:+0800".into(),
        "TZOFFSETTO:+0800".into(),
        "TZNAME:CST".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ];
    for (index, item) in plan.items().enumerate() {
        event(item, index, dtstamp, &mut lines);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::planner::tests::{sample_input, sample_places};
    use crate::planner::{PlanSettings, plan};
    use proptest::prelude::*;

    fn stamp() -> DateTime<Utc> {
        "2026-11-20T08:00:00Z".parse().unwrap()
    }

    fn sample() -> String {
        let plan = plan(&sample_input(), &sample_places(), &PlanSettings::default()).unwrap();
        to_ics(&plan, stamp())
    }

    #[test]
    fn calendar_has_one_event_per_item_in_shanghai_time() {
        let plan = plan(&sample_input(), &sample_places(), &PlanSettings::default()).unwrap();
        let ics = to_ics(&plan, stamp());
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), plan.items().count());
        assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n"));
        let first = plan.items().next().unwrap();
        let start = format!("DTSTART;TZID=Asia/Shanghai:{}", local(first.start));
        assert!(ics.contains(&start), "{start}");
        assert!(ics.contains("DTSTAMP:20261120T080000Z"));
        // The Chinese address is the location.
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains("LOCATION:"));
        assert!(unfolded.contains("广州市越秀区北京路1号"));
    }

    #[test]
    fn every_line_ends_in_crlf_and_fits_75_octets() {
        let ics = sample();
        assert!(!ics.replace("\r\n", "").contains('\n'));
        for line in ics.split_terminator("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{line}");
        }
    }

    #[test]
    fn same_plan_same_bytes() {
        assert_eq!(sample(), sample());
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folding_never_splits_a_character() {
        let line = format!("SUMMARY:{}", "陈家祠".repeat(20));
        let folded = fold_line(&line);
        let parts: Vec<&str> = folded.split_terminator("\r\n").collect();
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| p.len() <= MAX_LINE_OCTETS));
        let unfolded: String = parts
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { *p } else { &p[1..] })
            .collect();
        assert_eq!(unfolded, line);
    }

    proptest! {
        #[test]
        fn folding_round_trips(s in "[^\\r\\n]{0,200}") {
            let line = format!("X:{s}");
            let folded = fold_line(&line);
            prop_assert!(folded.ends_with("\r\n"));
            let parts: Vec<&str> = folded.split_terminator("\r\n").collect();
            prop_assert!(parts.iter().all(|p| p.len() <= MAX_LINE_OCTETS));
            let unfolded: String = parts.iter().enumerate().map(|(i, p)| if i == 0 { *p } else { &p[1..] }).collect();
            prop_assert_eq!(unfolded, line);
        }
    }
}

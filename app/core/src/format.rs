//! Numbers, money, distances, durations, dates and times formatted for a locale. Words
//! come from Fluent (`locales/<tag>/app.ftl`, `main.ftl`); separators are per locale here
//! (CLDR's common patterns; no ICU on the phone for a few separators).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use guide_domain::Locale;
use guide_domain::l10n::{tr, tr_args};
use rust_decimal::Decimal;

/// `(grouping, decimal)` separators.
fn separators(locale: Locale) -> (&'static str, &'static str) {
    match locale {
        Locale::De | Locale::Es | Locale::Pt | Locale::Id | Locale::Vi => (".", ","),
        Locale::Fr | Locale::Ru => ("\u{202F}", ","),
        _ => (",", "."),
    }
}

/// A number with `decimals` fraction digits and the locale's separators.
pub fn number(locale: Locale, value: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let (group, decimal) = separators(locale);
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(group);
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push_str(decimal);
        out.push_str(frac);
    }
    if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) {
        out.insert(0, '-');
    }
    out
}

/// A whole number.
pub fn integer(locale: Locale, value: i64) -> String {
    number(locale, value as f64, 0)
}

/// An amount of yuan: `¥1,234.50` (pattern per locale in `app-price`).
pub fn money(locale: Locale, amount: Decimal) -> String {
    let value: f64 = amount.round_dp(2).to_string().parse().unwrap_or(0.0);
    tr_args(
        locale,
        "app-price",
        &[("amount", number(locale, value, 2).into())],
    )
}

/// A distance: metres below 1 km (rounded to 10 m), else kilometres with one decimal.
pub fn distance(locale: Locale, meters: f64) -> String {
    if meters < 995.0 {
        let m = ((meters / 10.0).round() * 10.0).max(10.0);
        tr_args(
            locale,
            "distance-m",
            &[("meters", integer(locale, m as i64).into())],
        )
    } else {
        tr_args(
            locale,
            "distance-km",
            &[("km", number(locale, meters / 1000.0, 1).into())],
        )
    }
}

/// A duration: "45 minutes", or "2 h 15 min".
pub fn duration(locale: Locale, minutes: i64) -> String {
    if minutes < 60 {
        tr_args(locale, "minutes", &[("count", minutes.into())])
    } else {
        tr_args(
            locale,
            "app-duration-hm",
            &[
                ("hours", (minutes / 60).into()),
                ("minutes", (minutes % 60).into()),
            ],
        )
    }
}

/// A time of day, 24-hour (`18:30`), as shown on Guangzhou's signs and tickets.
pub fn time(t: &DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

/// A date with weekday and month names: "Thu 27 Nov" (pattern per locale in `app-date`).
pub fn date(locale: Locale, d: NaiveDate) -> String {
    let weekday = tr(
        locale,
        &format!("app-weekday-{}", d.weekday().number_from_monday()),
    );
    let month = tr(locale, &format!("app-month-{}", d.month()));
    tr_args(
        locale,
        "app-date",
        &[
            ("weekday", weekday.into()),
            ("day", i64::from(d.day()).into()),
            ("month", month.into()),
            ("month_number", i64::from(d.month()).into()),
            ("year", i64::from(d.year()).into()),
        ],
    )
}

/// A date and time in Guangzhou: "Thu 27 Nov 18:30".
pub fn date_time(locale: Locale, t: &DateTime<FixedOffset>) -> String {
    let local = t
        .with_timezone(&guide_domain::hours::TIME_ZONE)
        .fixed_offset();
    tr_args(
        locale,
        "app-date-time",
        &[
            ("date", date(locale, local.date_naive()).into()),
            ("time", time(&local).into()),
        ],
    )
}

/// A countdown: "6 days 5 h left", or that the time is up.
pub fn countdown(locale: Locale, seconds: i64) -> String {
    if seconds <= 0 {
        return tr(locale, "app-countdown-over");
    }
    let hours = seconds / 3600;
    tr_args(
        locale,
        "app-countdown",
        &[
            ("days", (hours / 24).into()),
            ("hours", (hours % 24).into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_use_the_locale_separators() {
        assert_eq!(number(Locale::En, 1234567.891, 2), "1,234,567.89");
        assert_eq!(number(Locale::De, 1234.5, 2), "1.234,50");
        assert_eq!(number(Locale::Fr, 1234.5, 1), "1\u{202F}234,5");
        assert_eq!(number(Locale::Ja, 999.0, 0), "999");
        assert_eq!(number(Locale::En, -12.0, 0), "-12");
    }

    #[test]
    fn money_and_distances_read_naturally() {
        assert_eq!(money(Locale::En, Decimal::new(123450, 2)), "¥1,234.50");
        assert_eq!(distance(Locale::En, 342.0), "340 m");
        assert_eq!(distance(Locale::De, 2540.0), "2,5 km");
        assert_eq!(duration(Locale::En, 45), "45 minutes");
        assert_eq!(duration(Locale::En, 135), "2 h 15 min");
    }

    #[test]
    fn dates_have_localized_names() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        assert_eq!(date(Locale::En, d), "Thu 26 Nov");
        assert_ne!(date(Locale::Ja, d), date(Locale::En, d));
        assert!(date(Locale::Ja, d).contains("11"));
        let t = DateTime::parse_from_rfc3339("2026-11-26T10:30:00Z").unwrap();
        assert_eq!(date_time(Locale::En, &t), "Thu 26 Nov 18:30");
    }

    #[test]
    fn countdowns_say_days_and_hours() {
        assert_eq!(
            countdown(Locale::En, 6 * 86400 + 5 * 3600 + 59),
            "6 days 5 h left"
        );
        assert_eq!(countdown(Locale::En, 86400 + 3600), "1 day 1 h left");
        assert_eq!(
            countdown(Locale::En, 0),
            tr(Locale::En, "app-countdown-over")
        );
    }
}

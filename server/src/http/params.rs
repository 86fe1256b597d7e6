//! Query-string parsing that reports every bad parameter at once, each with a localized
//! message saying what would be accepted (DESIGN.md "Errors").
//!
//! Hand-rolled rather than `Query<T>` because serde's rejection says *that* a value is
//! wrong but not what the API accepts, and stops at the first problem.

use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDate};
use guide_domain::UnknownValue;

use crate::error::{Error, FieldError, Msg};

/// Longest accepted query string, in bytes.
pub const MAX_QUERY_BYTES: usize = 4096;
/// Longest accepted single value, in characters.
pub const MAX_VALUE_CHARS: usize = 200;

/// Parsed query parameters plus the errors found so far.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
    errors: Vec<FieldError>,
}

impl Params {
    /// Parses a raw query. Unknown names (other than `lang`) and oversized values are errors.
    pub fn parse(query: Option<&str>, accepted: &[&str]) -> Params {
        let mut params = Params::default();
        let Some(query) = query else { return params };
        if query.len() > MAX_QUERY_BYTES {
            params.errors.push(FieldError::new(
                "query",
                "too_long",
                Msg::new("field-too-long").arg("max", MAX_QUERY_BYTES),
            ));
            return params;
        }
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            if name == "lang" {
                continue;
            }
            if !accepted.contains(&name.as_ref()) {
                let mut all: Vec<&str> = accepted.to_vec();
                all.push("lang");
                params.errors.push(FieldError::new(
                    name.as_ref(),
                    "unknown_parameter",
                    Msg::new("field-unknown-parameter").arg("accepted", all.join(", ")),
                ));
                continue;
            }
            if value.chars().count() > MAX_VALUE_CHARS {
                params.errors.push(FieldError::new(
                    name.as_ref(),
                    "too_long",
                    Msg::new("field-too-long").arg("max", MAX_VALUE_CHARS),
                ));
                continue;
            }
            params.pairs.push((name.into_owned(), value.into_owned()));
        }
        params
    }

    /// Records an error for a field.
    pub fn fail(&mut self, field: &str, code: &'static str, message: Msg) {
        self.errors.push(FieldError::new(field, code, message));
    }

    /// The raw value (last occurrence wins), trimmed; empty counts as absent.
    pub fn str(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// A value from a closed vocabulary.
    pub fn one<T: FromStr<Err = UnknownValue>>(&mut self, name: &str) -> Option<T> {
        let raw = self.str(name)?.to_owned();
        match raw.parse() {
            Ok(v) => Some(v),
            Err(e) => {
                self.fail(name, "invalid_choice", choice_msg(&e));
                None
            }
        }
    }

    /// A comma list of values from a closed vocabulary (duplicates removed).
    pub fn list<T: FromStr<Err = UnknownValue> + PartialEq>(&mut self, name: &str) -> Vec<T> {
        let Some(raw) = self.str(name).map(str::to_owned) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in raw.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            match item.parse::<T>() {
                Ok(v) if !out.contains(&v) => out.push(v),
                Ok(_) => {}
                Err(e) => self.fail(name, "invalid_choice", choice_msg(&e)),
            }
        }
        out
    }

    /// A whole number in `min..=max`, or `default` when absent.
    pub fn int(&mut self, name: &str, min: i64, max: i64, default: i64) -> i64 {
        let Some(raw) = self.str(name).map(str::to_owned) else {
            return default;
        };
        match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => {
                self.fail(
                    name,
                    "out_of_range",
                    Msg::new("field-out-of-range")
                        .arg("min", min)
                        .arg("max", max),
                );
                default
            }
        }
    }

    /// `true` or `false`; absent is `false`.
    pub fn flag(&mut self, name: &str) -> bool {
        match self.str(name) {
            None | Some("false") => false,
            Some("true") => true,
            Some(_) => {
                self.fail(name, "invalid_boolean", Msg::new("field-invalid-boolean"));
                false
            }
        }
    }

    /// An RFC 3339 date-time with offset.
    pub fn time(&mut self, name: &str) -> Option<DateTime<FixedOffset>> {
        let raw = self.str(name)?.to_owned();
        match DateTime::parse_from_rfc3339(&raw) {
            Ok(t) => Some(t),
            Err(_) => {
                self.fail(name, "invalid_time", Msg::new("field-invalid-time"));
                None
            }
        }
    }

    /// A calendar date (YYYY-MM-DD).
    pub fn date(&mut self, name: &str) -> Option<NaiveDate> {
        let raw = self.str(name)?.to_owned();
        match NaiveDate::parse_from_str(&raw, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.fail(name, "invalid_date", Msg::new("field-invalid-date"));
                None
            }
        }
    }

    /// Ends parsing: all errors as one 400, or nothing.
    pub fn finish(self) -> Result<(), Error> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(Error::BadRequest(self.errors))
        }
    }
}

/// "“x” is not accepted here. Accepted values: a, b, c".
pub fn choice_msg(e: &UnknownValue) -> Msg {
    Msg::new("field-invalid-choice")
        .arg("value", e.value.as_str())
        .arg("accepted", e.accepted.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide_domain::PlaceKind;

    #[test]
    fn collects_every_error_not_just_the_first() {
        let mut p = Params::parse(
            Some("kind=castle&limit=1000000&bogus=1"),
            &["kind", "limit"],
        );
        let kinds: Vec<PlaceKind> = p.list("kind");
        assert!(kinds.is_empty());
        p.int("limit", 1, 100, 20);
        let Err(Error::BadRequest(errors)) = p.finish() else {
            panic!("expected a 400")
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["bogus", "kind", "limit"]);
    }

    #[test]
    fn comma_lists_parse_and_dedupe() {
        let mut p = Params::parse(Some("kind=mall,shop,mall"), &["kind"]);
        assert_eq!(
            p.list::<PlaceKind>("kind"),
            vec![PlaceKind::Mall, PlaceKind::Shop]
        );
        assert!(p.finish().is_ok());
    }

    #[test]
    fn huge_queries_are_refused_whole() {
        let q = format!("q={}", "a".repeat(MAX_QUERY_BYTES));
        assert!(Params::parse(Some(&q), &["q"]).finish().is_err());
    }

    #[test]
    fn lang_is_always_accepted() {
        assert!(Params::parse(Some("lang=ja"), &[]).finish().is_ok());
    }
}

//! Typed columns: entity fields hold domain types, not strings, and a value that does not
//! parse is an error when the row is read — never a silent default.
//!
//! Three shapes, all stored as text so that SQLite and PostgreSQL share one schema:
//! - [`Wire`]: a closed vocabulary (place kind, district, status, confidence, …) as its
//!   stable wire string;
//! - [`JsonText`]: structured data (payments, friendliness, sources, texts of an alert) as JSON;
//! - [`Framed`]: a list of words as comma-framed text (`,cash,unionpay,`), the form the
//!   schema has always used for tags, interests and payment methods.

use std::fmt;

use guide_domain::policy::PolicyKind;
use guide_domain::{
    Confidence, District, EventKind, Interest, Locale, PaymentMethod, PlaceKind, Severity,
    TextOrigin, TravelMode, ZoneTier,
};
use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, Value, ValueType, ValueTypeErr};
use sea_orm::{ColIdx, DbErr, QueryResult, TryGetError, TryGetable};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// A value stored as a short, stable string.
pub trait WireValue: Sized + Clone + fmt::Debug + PartialEq {
    /// What the column holds, for error messages (`place kind`).
    const WHAT: &'static str;
    /// The stored string.
    fn to_wire(&self) -> &'static str;
    /// The value of a stored string.
    fn from_wire(s: &str) -> Option<Self>;
}

macro_rules! vocabulary {
    ($($ty:ty => $what:literal),+ $(,)?) => {$(
        impl WireValue for $ty {
            const WHAT: &'static str = $what;
            fn to_wire(&self) -> &'static str { self.as_str() }
            fn from_wire(s: &str) -> Option<Self> { s.parse().ok() }
        }
    )+};
}

vocabulary!(
    PlaceKind => "place kind",
    District => "district",
    Confidence => "confidence",
    ZoneTier => "zone tier",
    Interest => "interest",
    TravelMode => "travel mode",
    EventKind => "event kind",
    Severity => "alert severity",
    PaymentMethod => "payment method",
    TextOrigin => "text origin",
);

impl WireValue for Locale {
    const WHAT: &'static str = "locale";
    fn to_wire(&self) -> &'static str {
        self.tag()
    }
    fn from_wire(s: &str) -> Option<Self> {
        Locale::from_tag(s)
    }
}

impl WireValue for PolicyKind {
    const WHAT: &'static str = "policy kind";
    fn to_wire(&self) -> &'static str {
        self.as_str()
    }
    fn from_wire(s: &str) -> Option<Self> {
        // Its serde names are its wire names: one list of kinds, in guide-domain.
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }
}

/// Whether a catalogue object is public (DESIGN.md: drafts, reviews and rejections belong
/// to merchants and staff).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Public.
    Published,
    /// Being written; not public.
    Draft,
    /// Submitted for review (merchant listings).
    Pending,
    /// Refused by a curator (merchant listings).
    Rejected,
}

impl Status {
    /// The stored string.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Published => "published",
            Status::Draft => "draft",
            Status::Pending => "pending",
            Status::Rejected => "rejected",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl WireValue for Status {
    const WHAT: &'static str = "status";
    fn to_wire(&self) -> &'static str {
        self.as_str()
    }
    fn from_wire(s: &str) -> Option<Self> {
        [
            Status::Published,
            Status::Draft,
            Status::Pending,
            Status::Rejected,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

fn type_error(what: &str, detail: impl fmt::Display) -> TryGetError {
    TryGetError::DbErr(DbErr::Type(format!("{what}: {detail}")))
}

/// A vocabulary value in a text column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Wire<T>(pub T);

impl<T: WireValue> From<Wire<T>> for Value {
    fn from(w: Wire<T>) -> Value {
        Value::String(Some(w.0.to_wire().to_owned()))
    }
}

impl<T: WireValue> TryGetable for Wire<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, index: I) -> Result<Self, TryGetError> {
        let s = <String as TryGetable>::try_get_by(res, index)?;
        T::from_wire(&s)
            .map(Wire)
            .ok_or_else(|| type_error(T::WHAT, format_args!("“{s}” is not a known value")))
    }
}

impl<T: WireValue> ValueType for Wire<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        match v {
            Value::String(Some(s)) => T::from_wire(&s).map(Wire).ok_or(ValueTypeErr),
            _ => Err(ValueTypeErr),
        }
    }
    fn type_name() -> String {
        format!("Wire<{}>", T::WHAT)
    }
    fn array_type() -> ArrayType {
        <String as ValueType>::array_type()
    }
    fn column_type() -> ColumnType {
        <String as ValueType>::column_type()
    }
}

impl<T: WireValue> Nullable for Wire<T> {
    fn null() -> Value {
        <String as Nullable>::null()
    }
}

/// Structured data as JSON in a text column.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct JsonText<T>(pub T);

impl<T: Serialize> From<JsonText<T>> for Value {
    fn from(j: JsonText<T>) -> Value {
        // Our own types always serialize; a failure here is a bug, not bad data.
        Value::String(Some(
            serde_json::to_string(&j.0).expect("column data serializes to JSON"),
        ))
    }
}

impl<T: DeserializeOwned> TryGetable for JsonText<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, index: I) -> Result<Self, TryGetError> {
        let s = <String as TryGetable>::try_get_by(res, index)?;
        serde_json::from_str(&s)
            .map(JsonText)
            .map_err(|e| type_error(std::any::type_name::<T>(), e))
    }
}

impl<T: DeserializeOwned> ValueType for JsonText<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        match v {
            Value::String(Some(s)) => serde_json::from_str(&s)
                .map(JsonText)
                .map_err(|_| ValueTypeErr),
            _ => Err(ValueTypeErr),
        }
    }
    fn type_name() -> String {
        format!("JsonText<{}>", std::any::type_name::<T>())
    }
    fn array_type() -> ArrayType {
        <String as ValueType>::array_type()
    }
    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

impl<T: DeserializeOwned> Nullable for JsonText<T> {
    fn null() -> Value {
        <String as Nullable>::null()
    }
}

/// A list of vocabulary words (or free words) as comma-framed text: `,a,b,`.
#[derive(Clone, Debug, PartialEq)]
pub struct Framed<T>(pub Vec<T>);

impl<T> Default for Framed<T> {
    fn default() -> Self {
        Framed(Vec::new())
    }
}

/// An item of a [`Framed`] list.
pub trait FramedItem: Sized {
    /// Its text (no commas).
    fn text(&self) -> &str;
    /// The item of a text.
    fn parse(s: &str) -> Option<Self>;
}

impl FramedItem for String {
    fn text(&self) -> &str {
        self
    }
    fn parse(s: &str) -> Option<Self> {
        Some(s.to_owned())
    }
}

impl<T: WireValue> FramedItem for T {
    fn text(&self) -> &str {
        self.to_wire()
    }
    fn parse(s: &str) -> Option<Self> {
        T::from_wire(s)
    }
}

impl<T: FramedItem> Framed<T> {
    fn to_text(&self) -> String {
        let mut out = String::from(",");
        for item in &self.0 {
            out.push_str(item.text());
            out.push(',');
        }
        out
    }

    fn from_text(s: &str) -> Result<Self, String> {
        s.split(',')
            .filter(|w| !w.is_empty())
            .map(|w| T::parse(w).ok_or_else(|| format!("“{w}” is not a known value")))
            .collect::<Result<_, _>>()
            .map(Framed)
    }
}

impl<T: FramedItem> From<Framed<T>> for Value {
    fn from(f: Framed<T>) -> Value {
        Value::String(Some(f.to_text()))
    }
}

impl<T: FramedItem> TryGetable for Framed<T> {
    fn try_get_by<I: ColIdx>(res: &QueryResult, index: I) -> Result<Self, TryGetError> {
        let s = <String as TryGetable>::try_get_by(res, index)?;
        Framed::from_text(&s).map_err(|e| type_error("framed list", e))
    }
}

impl<T: FramedItem> ValueType for Framed<T> {
    fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
        match v {
            Value::String(Some(s)) => Framed::from_text(&s).map_err(|_| ValueTypeErr),
            _ => Err(ValueTypeErr),
        }
    }
    fn type_name() -> String {
        "Framed".to_owned()
    }
    fn array_type() -> ArrayType {
        <String as ValueType>::array_type()
    }
    fn column_type() -> ColumnType {
        ColumnType::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framed_lists_round_trip_and_reject_unknown_words() {
        let f = Framed(vec![PaymentMethod::Cash, PaymentMethod::Unionpay]);
        assert_eq!(f.to_text(), ",cash,unionpay,");
        assert_eq!(
            Framed::<PaymentMethod>::from_text(",cash,unionpay,").unwrap(),
            f
        );
        assert_eq!(
            Framed::<PaymentMethod>::from_text(",").unwrap(),
            Framed(vec![])
        );
        assert!(Framed::<PaymentMethod>::from_text(",bitcoin,").is_err());
        assert_eq!(
            Framed::<String>::from_text(",a,b,").unwrap(),
            Framed(vec!["a".to_owned(), "b".to_owned()])
        );
    }

    #[test]
    fn wire_values_parse_only_known_strings() {
        assert_eq!(
            <Wire<PlaceKind> as ValueType>::try_from(Value::String(Some("mall".into()))).ok(),
            Some(Wire(PlaceKind::Mall))
        );
        assert!(
            <Wire<PlaceKind> as ValueType>::try_from(Value::String(Some("castle".into()))).is_err()
        );
        assert_eq!(Status::from_wire("pending"), Some(Status::Pending));
        assert_eq!(
            PolicyKind::from_wire("tax_refund"),
            Some(PolicyKind::TaxRefund)
        );
    }
}

//! The closed vocabularies of the guide: place kinds, payment methods, districts, zone
//! tiers, confidence levels, planner interests, travel modes and event kinds.
//!
//! Each is a small `Copy` enum whose wire form is a stable snake_case string (the same in
//! JSON, YAML seeds, query strings and Fluent keys), defined once by `string_enum!` so that
//! parsing, printing and "what would be accepted" error text can never disagree.

use std::fmt;
use std::str::FromStr;

/// A value that is not one of a vocabulary's accepted strings.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{value}” is not one of: {}", accepted.join(", "))]
pub struct UnknownValue {
    /// What was given.
    pub value: String,
    /// Every accepted wire string, in declaration order.
    pub accepted: &'static [&'static str],
}

macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        // Every wire string is the snake_case form of its variant, so the schema matches.
        #[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(rename_all = "snake_case"))]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// Every wire string, in declaration order.
            pub const WIRE: &'static [&'static str] = &[$($wire),+];

            /// The stable wire string (JSON, YAML, query strings, Fluent key suffix).
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s { $($wire => Ok($name::$variant),)+
                    _ => Err(UnknownValue { value: s.to_owned(), accepted: Self::WIRE }) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

string_enum! {
    /// What a place is (DESIGN.md "Place kinds"). Commercial districts are zones, not kinds.
    PlaceKind {
        Shop = "shop",
        Mall = "mall",
        /// A brand flagship or "first store".
        FlagshipStore = "flagship_store",
        Restaurant = "restaurant",
        FoodStreet = "food_street",
        DutyFreeShop = "duty_free_shop",
        /// Refund counters and instant-refund centres; ordinary refund *stores* are any
        /// place with the tax-refund attribute.
        TaxRefundPoint = "tax_refund_point",
        NightScene = "night_scene",
        Attraction = "attraction",
        /// Specialised wholesale markets.
        Market = "market",
        TransportHub = "transport_hub",
    }
}

string_enum! {
    /// How a visitor can pay (DESIGN.md "Place attributes").
    PaymentMethod {
        ForeignCardPos = "foreign_card_pos",
        AlipayForeignCard = "alipay_foreign_card",
        WechatForeignCard = "wechat_foreign_card",
        ForeignWallets = "foreign_wallets",
        Unionpay = "unionpay",
        Cash = "cash",
    }
}

string_enum! {
    /// The 11 districts of Guangzhou.
    District {
        Yuexiu = "yuexiu",
        Liwan = "liwan",
        Haizhu = "haizhu",
        Tianhe = "tianhe",
        Baiyun = "baiyun",
        Huangpu = "huangpu",
        Panyu = "panyu",
        Huadu = "huadu",
        Nansha = "nansha",
        Conghua = "conghua",
        Zengcheng = "zengcheng",
    }
}

string_enum! {
    /// The three tiers of the city's "5+2+4" commercial-district plan.
    ZoneTier {
        WorldClass = "world_class",
        Lingnan = "lingnan",
        TransportHub = "transport_hub",
    }
}

string_enum! {
    /// How sure we are of a fact. Anything but `Confirmed` is shown to users with a
    /// "verify before travel" / "not yet verified" notice.
    Confidence {
        /// A source says so and nothing contradicts it.
        Confirmed = "confirmed",
        /// Follows from the place's role; no source states it.
        Inferred = "inferred",
        /// Single weak source, conflicting sources, or unverified.
        Uncertain = "uncertain",
    }
}

impl Confidence {
    /// Whether users must be told to verify this fact before relying on it.
    pub fn needs_verification(self) -> bool {
        self != Confidence::Confirmed
    }
}

string_enum! {
    /// What a visitor wants from a trip; drives the itinerary planner.
    Interest {
        Food = "food",
        Shopping = "shopping",
        Night = "night",
        Heritage = "heritage",
        Culture = "culture",
        Nature = "nature",
        Family = "family",
    }
}

string_enum! {
    /// How one gets from one stop to the next.
    TravelMode {
        Walk = "walk",
        Metro = "metro",
        Taxi = "taxi",
        Bus = "bus",
        Ferry = "ferry",
    }
}

string_enum! {
    /// What sort of event an event is.
    EventKind {
        Fair = "fair",
        Festival = "festival",
        Exhibition = "exhibition",
        Sport = "sport",
        Holiday = "holiday",
    }
}

string_enum! {
    /// How serious an alert is.
    Severity {
        /// Good to know (a closure, a schedule change).
        Info = "info",
        /// Plan around it (heavy rain, crowds).
        Warning = "warning",
        /// Act now (typhoon signal, safety).
        Severe = "severe",
    }
}

string_enum! {
    /// A fact about a place that a visitor acts on, and that a source can support.
    Fact {
        Name = "name",
        Address = "address",
        Phone = "phone",
        Location = "location",
        Hours = "hours",
        Payments = "payments",
        Friendliness = "friendliness",
        TaxRefund = "tax_refund",
        DutyFree = "duty_free",
        /// What the place is and offers (summary texts).
        Description = "description",
    }
}

string_enum! {
    /// Who wrote a translated text.
    TextOrigin {
        /// The venue's or the city's own wording in that language (an official name).
        Official = "official",
        /// Translated by the Canton Guide team.
        Team = "team",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_strings_round_trip() {
        for kind in PlaceKind::ALL {
            assert_eq!(kind.as_str().parse::<PlaceKind>(), Ok(*kind));
        }
        assert_eq!(PlaceKind::ALL.len(), 11);
        assert_eq!(District::ALL.len(), 11);
        assert_eq!(PaymentMethod::ALL.len(), 6);
    }

    #[test]
    fn unknown_value_lists_what_is_accepted() {
        let err = "castle".parse::<PlaceKind>().unwrap_err();
        assert_eq!(err.value, "castle");
        assert!(err.accepted.contains(&"flagship_store"));
        assert!(err.to_string().contains("night_scene"));
    }

    #[test]
    fn serde_uses_wire_strings() {
        let json = serde_json::to_string(&PaymentMethod::AlipayForeignCard).unwrap();
        assert_eq!(json, "\"alipay_foreign_card\"");
        let back: PaymentMethod = serde_json::from_str(&json).unwrap();
        assert_eq!(back, PaymentMethod::AlipayForeignCard);
        assert!(serde_json::from_str::<PaymentMethod>("\"bitcoin\"").is_err());
    }

    #[test]
    fn only_confirmed_needs_no_verification() {
        assert!(!Confidence::Confirmed.needs_verification());
        assert!(Confidence::Inferred.needs_verification());
        assert!(Confidence::Uncertain.needs_verification());
    }
}

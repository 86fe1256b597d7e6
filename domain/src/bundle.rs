//! The offline bundle of `GET /v1/sync?locale=&since=` (DESIGN.md "API contract"): the
//! one definition of what the server writes and the app core reads, so that a change that
//! would break the phone breaks the build instead.
//!
//! Without `since` a bundle holds every published place, zone, route, event, alert and
//! policy version with its texts picked for one locale, and `full: true`: the phone
//! replaces what it holds for that locale. With `since` it holds only what changed, plus
//! [`Tombstone`]s for what was removed. Empty and false fields are left out: the bundle is
//! the biggest thing a phone downloads.

use serde::{Deserialize, Serialize};

use crate::catalogue::{
    AlertFacts, AlertText, EventFacts, LegText, NameText, PlaceFacts, PlaceText, PolicyDocument,
    RouteFacts, ZoneFacts,
};
use crate::locale::Locale;
use crate::text::Localized;

/// Version of the bundle's shape. A phone holding documents of another format drops them
/// and downloads a full bundle.
pub const BUNDLE_FORMAT: u32 = 2;

/// A place with its texts in the bundle's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundlePlace {
    /// The facts.
    #[serde(flatten)]
    pub facts: PlaceFacts,
    /// Name, summary, address and hours note in the bundle's locale (or its fallback).
    #[serde(flatten)]
    pub text: Localized<PlaceText>,
    /// Its names in other languages, so that offline search finds it by any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aka: Vec<String>,
}

/// A zone with its texts in the bundle's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleZone {
    /// The facts.
    #[serde(flatten)]
    pub facts: ZoneFacts,
    /// Name and summary.
    #[serde(flatten)]
    pub text: Localized<NameText>,
}

/// A route with its texts and directions in the bundle's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleRoute {
    /// The facts, directions picked for the locale.
    #[serde(flatten)]
    pub facts: RouteFacts<Option<Localized<LegText>>>,
    /// Name and summary.
    #[serde(flatten)]
    pub text: Localized<NameText>,
}

/// An event with its texts in the bundle's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleEvent {
    /// The facts.
    #[serde(flatten)]
    pub facts: EventFacts,
    /// Name and summary.
    #[serde(flatten)]
    pub text: Localized<NameText>,
}

/// An alert with its words in the bundle's locale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleAlert {
    /// The facts.
    #[serde(flatten)]
    pub facts: AlertFacts,
    /// Title and body.
    #[serde(flatten)]
    pub text: Localized<AlertText>,
}

/// What sort of item a tombstone removes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A place.
    Place,
    /// A zone.
    Zone,
    /// A route.
    Route,
    /// An event.
    Event,
    /// An alert.
    Alert,
    /// A policy version (its id is the version string).
    Policy,
}

impl ItemKind {
    /// The wire string.
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Place => "place",
            ItemKind::Zone => "zone",
            ItemKind::Route => "route",
            ItemKind::Event => "event",
            ItemKind::Alert => "alert",
            ItemKind::Policy => "policy",
        }
    }

    /// Every kind.
    pub const ALL: [ItemKind; 6] = [
        ItemKind::Place,
        ItemKind::Zone,
        ItemKind::Route,
        ItemKind::Event,
        ItemKind::Alert,
        ItemKind::Policy,
    ];
}

/// An item the phone must drop (deleted or unpublished).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tombstone {
    /// What it was.
    pub kind: ItemKind,
    /// Its id.
    pub id: String,
}

/// A full bundle or a delta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    /// [`BUNDLE_FORMAT`] of the writer.
    pub format: u32,
    /// Language of the texts.
    pub locale: Locale,
    /// True: a complete bundle that replaces what the phone holds for `locale`.
    pub full: bool,
    /// Send back as `since` next time (null for an empty catalogue).
    pub since: Option<String>,
    /// Places.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<BundlePlace>,
    /// Zones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub zones: Vec<BundleZone>,
    /// Routes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<BundleRoute>,
    /// Events.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<BundleEvent>,
    /// Alerts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alerts: Vec<BundleAlert>,
    /// Every policy version (the rules run on the phone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub policies: Vec<PolicyDocument>,
    /// Items to drop.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<Tombstone>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::tests::facts;
    use crate::catalogue::{HoursInfo, Leg, Stop};
    use crate::text::Texts;
    use crate::vocab::{Confidence, Interest, TravelMode};

    #[test]
    fn a_place_round_trips_with_its_texts_flat() {
        let place = BundlePlace {
            facts: crate::catalogue::PlaceFacts {
                hours: Some(HoursInfo {
                    hours: crate::hours::Hours::parse("Mo-Su 09:00-22:00").unwrap(),
                    confidence: Confidence::Confirmed,
                }),
                ..facts("canton-tower")
            },
            text: Localized {
                value: PlaceText::named("広州タワー"),
                locale: Locale::Ja,
                fallback: false,
            },
            aka: vec!["Canton Tower".into()],
        };
        let json = serde_json::to_value(&place).unwrap();
        assert_eq!(json["name"], "広州タワー");
        assert_eq!(json["locale"], "ja");
        assert_eq!(json["slug"], "canton-tower");
        assert_eq!(json["hours"]["osm"], "Mo-Su 09:00-22:00");
        assert!(
            json.get("fallback").is_none() && json.get("payments").is_none(),
            "{json}"
        );
        assert_eq!(serde_json::from_value::<BundlePlace>(json).unwrap(), place);
    }

    #[test]
    fn a_route_carries_directions_in_one_language() {
        let mut directions = Texts::new();
        directions.insert(
            Locale::En,
            LegText {
                note: "Walk south".into(),
            },
        );
        let stop = Stop {
            place_id: "a".into(),
            dwell_minutes: 30,
            to_next: Some(Leg {
                mode: TravelMode::Walk,
                minutes: 10,
                directions,
            }),
        };
        let facts = RouteFacts {
            id: "r".into(),
            slug: "walk".into(),
            theme: Interest::Heritage,
            stops: vec![
                stop,
                Stop {
                    place_id: "b".into(),
                    dwell_minutes: 20,
                    to_next: None,
                },
            ],
            sources: vec![],
            as_of: None,
            updated_at: chrono::DateTime::UNIX_EPOCH,
        };
        let route = BundleRoute {
            facts: facts.localized(Locale::Ko),
            text: Localized {
                value: NameText {
                    name: "Walk".into(),
                    summary: None,
                },
                locale: Locale::En,
                fallback: true,
            },
        };
        let json = serde_json::to_value(&route).unwrap();
        assert_eq!(
            json["stops"][0]["to_next"]["directions"]["note"],
            "Walk south"
        );
        assert_eq!(json["stops"][0]["to_next"]["directions"]["fallback"], true);
        assert_eq!(serde_json::from_value::<BundleRoute>(json).unwrap(), route);
        assert_eq!(facts.total_minutes(), 60);
    }

    #[test]
    fn an_unknown_kind_of_tombstone_is_refused() {
        assert!(serde_json::from_str::<Tombstone>(r#"{"kind": "castle", "id": "x"}"#).is_err());
    }
}

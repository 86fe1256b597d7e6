//! The YAML shapes of `seeds/` (documented in `seeds/README.md`) and their validation.
//!
//! Parsing goes YAML -> `serde_json::Value` -> typed struct through
//! `serde_path_to_error`, so a wrong field is reported with its path
//! (`translations.en.name`), and every entry is checked for what serde cannot see
//! (coordinates in Guangzhou, parsable opening hours, required languages, references).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use guide_domain::place::{DutyFreeInfo, Friendliness, Location, PaymentInfo, TaxRefundInfo};
use guide_domain::policy::PolicyKind;
use guide_domain::{
    Confidence, District, EventKind, GUANGZHOU, Hours, Interest, Locale, PlaceKind, Source,
    TextOrigin, TravelMode, ZoneTier,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// A problem in a seed file, located as precisely as possible.
#[derive(Debug, Clone, PartialEq)]
pub struct SeedError {
    /// The file.
    pub file: PathBuf,
    /// Index of the entry in the file's list (0-based) and its slug when known.
    pub entry: Option<(usize, Option<String>)>,
    /// Path of the field inside the entry.
    pub field: Option<String>,
    /// What is wrong and what would be accepted.
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some((index, slug)) = &self.entry {
            write!(f, ": entry {}", index + 1)?;
            if let Some(slug) = slug {
                write!(f, " ({slug})")?;
            }
        }
        if let Some(field) = &self.field {
            write!(f, ": field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Texts of a translated object in one language.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedText {
    /// Display name.
    pub name: String,
    /// One or two sentences.
    #[serde(default)]
    pub summary: Option<String>,
    /// Address in this language (places only).
    #[serde(default)]
    pub address: Option<String>,
    /// What the opening hours do not say: holidays, last entry (places only).
    #[serde(default)]
    pub hours_note: Option<String>,
    /// `official` (the venue's or city's own wording) or `team` (our translation).
    #[serde(default)]
    pub origin: Option<TextOrigin>,
}

/// A zone of `zones.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedZone {
    pub slug: String,
    pub tier: ZoneTier,
    pub name_zh: String,
    pub districts: Vec<District>,
    #[serde(default)]
    pub center: Option<Location>,
    pub translations: BTreeMap<String, SeedText>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

/// A place of `places/*.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPlace {
    pub slug: String,
    pub kind: PlaceKind,
    pub district: District,
    #[serde(default)]
    pub zones: Vec<String>,
    pub name_zh: String,
    #[serde(default)]
    pub address_zh: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub location: Option<Location>,
    #[serde(default)]
    pub opening_hours: Option<String>,
    #[serde(default)]
    pub opening_hours_confidence: Option<Confidence>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub night: bool,
    #[serde(default)]
    pub payments: Vec<PaymentInfo>,
    #[serde(default)]
    pub friendliness: Option<Friendliness>,
    #[serde(default)]
    pub tax_refund: Option<TaxRefundInfo>,
    #[serde(default)]
    pub duty_free: Option<DutyFreeInfo>,
    #[serde(default)]
    pub interests: Vec<Interest>,
    #[serde(default)]
    pub visit_minutes: Option<u32>,
    pub confidence: Confidence,
    #[serde(default)]
    pub uncertain_fields: Vec<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
    pub translations: BTreeMap<String, SeedText>,
}

/// How to get from a route stop to the next.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedLeg {
    pub mode: TravelMode,
    pub minutes: u32,
    #[serde(default)]
    pub translations: BTreeMap<String, String>,
}

/// A stop of a route.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedStop {
    pub place: String,
    pub dwell_minutes: u32,
    #[serde(default)]
    pub to_next: Option<SeedLeg>,
}

/// A route of `routes.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedRoute {
    pub slug: String,
    pub theme: Interest,
    pub translations: BTreeMap<String, SeedText>,
    pub stops: Vec<SeedStop>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

/// An event of `events.yaml`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedEvent {
    pub slug: String,
    pub kind: EventKind,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub zones: Vec<String>,
    pub date_confidence: Confidence,
    pub translations: BTreeMap<String, SeedText>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub as_of: Option<NaiveDate>,
}

/// A policy version of `policies/*.yaml` (the `data` block is validated by the domain).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedPolicy {
    pub kind: PolicyKind,
    pub version: String,
    pub effective_from: NaiveDate,
    #[serde(default)]
    pub effective_to: Option<NaiveDate>,
    pub source: String,
    pub as_of: NaiveDate,
    pub confidence: Confidence,
    pub data: serde_json::Value,
}

/// Everything in a seeds directory, parsed and validated.
#[derive(Debug, Clone, Default)]
pub struct SeedSet {
    pub zones: Vec<SeedZone>,
    pub places: Vec<SeedPlace>,
    pub routes: Vec<SeedRoute>,
    pub events: Vec<SeedEvent>,
    pub policies: Vec<SeedPolicy>,
}

/// Reads and validates a seeds directory. Returns every problem found, not just the first.
pub fn read_dir(dir: &Path) -> Result<SeedSet, Vec<SeedError>> {
    let mut errors = Vec::new();
    let mut set = SeedSet::default();
    let file_error = |file: &Path, message: String| SeedError {
        file: file.to_owned(),
        entry: None,
        field: None,
        message,
    };

    if !dir.is_dir() {
        return Err(vec![file_error(
            dir,
            "seeds directory not found (set GUIDE_SEEDS_DIR or --dir)".into(),
        )]);
    }
    set.zones = read_list(&dir.join("zones.yaml"), &mut errors);
    for file in yaml_files(&dir.join("places"), &mut errors) {
        let places: Vec<SeedPlace> = read_list(&file, &mut errors);
        for (index, place) in places.into_iter().enumerate() {
            validate_place(&file, index, &place, &mut errors);
            set.places.push(place);
        }
    }
    set.routes = read_list(&dir.join("routes.yaml"), &mut errors);
    set.events = read_list(&dir.join("events.yaml"), &mut errors);
    for file in yaml_files(&dir.join("policies"), &mut errors) {
        match read_value(&file) {
            Ok(value) => match typed::<SeedPolicy>(value) {
                Ok(policy) => {
                    if let Err(message) = policy.kind.validate(&policy.data) {
                        errors.push(SeedError {
                            file: file.clone(),
                            entry: None,
                            field: Some("data".into()),
                            message,
                        });
                    }
                    set.policies.push(policy);
                }
                Err((field, message)) => errors.push(SeedError {
                    file: file.clone(),
                    entry: None,
                    field,
                    message,
                }),
            },
            Err(message) => errors.push(file_error(&file, message)),
        }
    }
    cross_check(dir, &set, &mut errors);
    if errors.is_empty() {
        Ok(set)
    } else {
        Err(errors)
    }
}

fn yaml_files(dir: &Path, errors: &mut Vec<SeedError>) -> Vec<PathBuf> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(SeedError {
                file: dir.to_owned(),
                entry: None,
                field: None,
                message: e.to_string(),
            });
            return Vec::new();
        }
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    files.sort();
    files
}

fn read_value(file: &Path) -> Result<serde_json::Value, String> {
    let text = std::fs::read_to_string(file).map_err(|e| e.to_string())?;
    serde_saphyr::from_str::<serde_json::Value>(&text).map_err(|e| format!("not valid YAML: {e}"))
}

fn typed<T: DeserializeOwned>(value: serde_json::Value) -> Result<T, (Option<String>, String)> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        (Some(path).filter(|p| p != "."), e.into_inner().to_string())
    })
}

/// Reads a file holding a YAML list, reporting each bad entry with its index and slug.
fn read_list<T: DeserializeOwned>(file: &Path, errors: &mut Vec<SeedError>) -> Vec<T> {
    let value = match read_value(file) {
        Ok(v) => v,
        Err(message) => {
            errors.push(SeedError {
                file: file.to_owned(),
                entry: None,
                field: None,
                message,
            });
            return Vec::new();
        }
    };
    let serde_json::Value::Array(items) = value else {
        errors.push(SeedError {
            file: file.to_owned(),
            entry: None,
            field: None,
            message: "expected a list of entries".into(),
        });
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for (index, item) in items.into_iter().enumerate() {
        let slug = item.get("slug").and_then(|s| s.as_str()).map(str::to_owned);
        match typed::<T>(item) {
            Ok(entry) => out.push(entry),
            Err((field, message)) => errors.push(SeedError {
                file: file.to_owned(),
                entry: Some((index, slug)),
                field,
                message,
            }),
        }
    }
    out
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 100
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn check_translations(translations: &BTreeMap<String, impl Sized>) -> Result<(), (String, String)> {
    for tag in translations.keys() {
        if Locale::from_tag(tag).map(|l| l.tag()) != Some(tag.as_str()) {
            let accepted: Vec<&str> = Locale::ALL.iter().map(|l| l.tag()).collect();
            return Err((
                format!("translations.{tag}"),
                format!("unknown locale; accepted: {}", accepted.join(", ")),
            ));
        }
    }
    for required in [Locale::En, Locale::ZhHans] {
        if !translations.contains_key(required.tag()) {
            return Err((
                "translations".into(),
                format!("missing the required `{}` translation", required.tag()),
            ));
        }
    }
    Ok(())
}

fn validate_place(file: &Path, index: usize, place: &SeedPlace, errors: &mut Vec<SeedError>) {
    let mut fail = |field: &str, message: String| {
        errors.push(SeedError {
            file: file.to_owned(),
            entry: Some((index, Some(place.slug.clone()))),
            field: Some(field.to_owned()),
            message,
        })
    };
    if !is_slug(&place.slug) {
        fail("slug", "use lowercase ASCII letters, digits and '-'".into());
    }
    if let Some(loc) = place.location
        && !GUANGZHOU.contains(loc.lat_lng())
    {
        fail(
            "location",
            format!(
                "({}, {}) lies outside Guangzhou (lat 22.5..23.95, lng 112.95..114.05)",
                loc.lat, loc.lng
            ),
        );
    }
    if let Some(hours) = &place.opening_hours
        && let Err(e) = Hours::parse(hours)
    {
        fail(
            "opening_hours",
            format!("not valid OpenStreetMap opening_hours: {}", e.message),
        );
    }
    if let Err((field, message)) = check_translations(&place.translations) {
        fail(&field, message);
    }
}

/// Checks across files: unique slugs, zone/place references, required languages, dates.
fn cross_check(dir: &Path, set: &SeedSet, errors: &mut Vec<SeedError>) {
    use std::collections::HashSet;
    let mut err = |file: &str, index: usize, slug: &str, field: &str, message: String| {
        errors.push(SeedError {
            file: dir.join(file),
            entry: Some((index, Some(slug.to_owned()))),
            field: Some(field.to_owned()),
            message,
        })
    };
    let mut zone_slugs = HashSet::new();
    for (i, zone) in set.zones.iter().enumerate() {
        if !is_slug(&zone.slug) || !zone_slugs.insert(zone.slug.as_str()) {
            err(
                "zones.yaml",
                i,
                &zone.slug,
                "slug",
                "must be a unique lowercase slug".into(),
            );
        }
        if let Err((field, message)) = check_translations(&zone.translations) {
            err("zones.yaml", i, &zone.slug, &field, message);
        }
    }
    let mut place_slugs = HashSet::new();
    for (i, place) in set.places.iter().enumerate() {
        if !place_slugs.insert(place.slug.as_str()) {
            err(
                "places",
                i,
                &place.slug,
                "slug",
                "duplicate place slug".into(),
            );
        }
        for zone in &place.zones {
            if !zone_slugs.contains(zone.as_str()) {
                err(
                    "places",
                    i,
                    &place.slug,
                    "zones",
                    format!("unknown zone `{zone}`"),
                );
            }
        }
    }
    let mut route_slugs = HashSet::new();
    for (i, route) in set.routes.iter().enumerate() {
        if !is_slug(&route.slug) || !route_slugs.insert(route.slug.as_str()) {
            err(
                "routes.yaml",
                i,
                &route.slug,
                "slug",
                "must be a unique lowercase slug".into(),
            );
        }
        if let Err((field, message)) = check_translations(&route.translations) {
            err("routes.yaml", i, &route.slug, &field, message);
        }
        if route.stops.len() < 2 {
            err(
                "routes.yaml",
                i,
                &route.slug,
                "stops",
                "a route needs at least two stops".into(),
            );
        }
        for (s, stop) in route.stops.iter().enumerate() {
            if !place_slugs.contains(stop.place.as_str()) {
                err(
                    "routes.yaml",
                    i,
                    &route.slug,
                    &format!("stops[{s}].place"),
                    format!("unknown place `{}`", stop.place),
                );
            }
        }
    }
    let mut event_slugs = HashSet::new();
    for (i, event) in set.events.iter().enumerate() {
        if !is_slug(&event.slug) || !event_slugs.insert(event.slug.as_str()) {
            err(
                "events.yaml",
                i,
                &event.slug,
                "slug",
                "must be a unique lowercase slug".into(),
            );
        }
        if event.ends_on < event.starts_on {
            err(
                "events.yaml",
                i,
                &event.slug,
                "ends_on",
                "ends before it starts".into(),
            );
        }
        if let Some(place) = &event.place
            && !place_slugs.contains(place.as_str())
        {
            err(
                "events.yaml",
                i,
                &event.slug,
                "place",
                format!("unknown place `{place}`"),
            );
        }
        for zone in &event.zones {
            if !zone_slugs.contains(zone.as_str()) {
                err(
                    "events.yaml",
                    i,
                    &event.slug,
                    "zones",
                    format!("unknown zone `{zone}`"),
                );
            }
        }
        if let Err((field, message)) = check_translations(&event.translations) {
            err("events.yaml", i, &event.slug, &field, message);
        }
    }
    let mut versions = HashSet::new();
    for (i, policy) in set.policies.iter().enumerate() {
        if !versions.insert(policy.version.as_str()) {
            err(
                "policies",
                i,
                &policy.version,
                "version",
                "duplicate policy version".into(),
            );
        }
        if policy
            .effective_to
            .is_some_and(|to| to < policy.effective_from)
        {
            err(
                "policies",
                i,
                &policy.version,
                "effective_to",
                "ends before it starts".into(),
            );
        }
    }
}

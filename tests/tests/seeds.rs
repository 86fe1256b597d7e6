//! The shipped data itself: enough real places of every kind in every district, the
//! "5+2+4" zones, routes, events, versioned policies and translations (issue: spine).

use std::collections::HashSet;

use guide_domain::{District, GUANGZHOU, Locale, PlaceKind};
use guide_server::seed::read_dir;
use guide_tests::seeds_dir;

#[test]
fn seeds_cover_the_city() {
    let set = read_dir(&seeds_dir()).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(set.places.len() >= 120, "{} places", set.places.len());
    let kinds: HashSet<PlaceKind> = set.places.iter().map(|p| p.kind).collect();
    for kind in PlaceKind::ALL {
        assert!(kinds.contains(kind), "no place of kind {kind}");
    }
    let districts: HashSet<District> = set.places.iter().map(|p| p.district).collect();
    for district in District::ALL {
        assert!(districts.contains(district), "no place in {district}");
    }
    assert_eq!(set.zones.len(), 11);
    assert!(set.routes.len() >= 6);
    assert!(set.events.len() >= 8);
    let kinds: HashSet<_> = set.policies.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds.len(),
        5,
        "transit, visa-free entry, tax refund, mutual agreements and help"
    );
    for slug in [
        "cdf-guangzhou-downtown-duty-free",
        "canton-tower",
        "beijing-road",
        "yongqingfang",
        "huacheng-square",
        "pati",
    ] {
        assert!(set.places.iter().any(|p| p.slug == slug), "{slug} missing");
    }
    assert!(
        set.places
            .iter()
            .any(|p| p.tax_refund.is_some_and(|t| t.instant)),
        "instant-refund stores"
    );
}

#[test]
fn every_coordinate_lies_in_guangzhou() {
    let set = read_dir(&seeds_dir()).unwrap();
    for p in &set.places {
        if let Some(at) = p.location {
            assert!(GUANGZHOU.contains(at.lat_lng()), "{} at {at:?}", p.slug);
        }
    }
    for z in &set.zones {
        if let Some(at) = z.center {
            assert!(GUANGZHOU.contains(at.lat_lng()), "zone {}", z.slug);
        }
    }
}

#[test]
fn top_places_are_translated_into_the_main_visitor_languages() {
    let set = read_dir(&seeds_dir()).unwrap();
    let extra = [
        Locale::ZhHant,
        Locale::Ja,
        Locale::Ko,
        Locale::Ru,
        Locale::Ar,
        Locale::Fr,
    ];
    let full = set
        .places
        .iter()
        .filter(|p| extra.iter().all(|l| p.translations.contains_key(l.tag())))
        .count();
    assert!(
        full >= 40,
        "only {full} places in all of zh-Hant, ja, ko, ru, ar, fr"
    );
    for p in &set.places {
        for required in [Locale::En, Locale::ZhHans] {
            let text = &p.translations[required.tag()];
            assert!(
                !text.name.trim().is_empty(),
                "{} has an empty {} name",
                p.slug,
                required.tag()
            );
        }
    }
}

#[test]
fn zones_routes_events_and_the_sixty_top_places_speak_every_language() {
    let set = read_dir(&seeds_dir()).unwrap();
    let missing = |what: &str, slug: &str, has: &dyn Fn(&str) -> bool| {
        let gaps: Vec<&str> = Locale::ALL
            .iter()
            .map(|l| l.tag())
            .filter(|t| !has(t))
            .collect();
        assert!(gaps.is_empty(), "{what} {slug} has no text in {gaps:?}");
    };
    for z in &set.zones {
        missing("zone", &z.slug, &|t| {
            z.translations.get(t).is_some_and(|x| x.summary.is_some())
        });
    }
    for r in &set.routes {
        missing("route", &r.slug, &|t| {
            r.translations.get(t).is_some_and(|x| x.summary.is_some())
        });
        for stop in &r.stops {
            if let Some(leg) = &stop.to_next {
                missing("a leg of route", &r.slug, &|t| {
                    leg.translations.contains_key(t)
                });
            }
        }
    }
    for e in &set.events {
        missing("event", &e.slug, &|t| {
            e.translations.get(t).is_some_and(|x| x.summary.is_some())
        });
    }
    let everywhere = set
        .places
        .iter()
        .filter(|p| {
            Locale::ALL.iter().all(|l| {
                p.translations
                    .get(l.tag())
                    .is_some_and(|x| x.summary.is_some())
            })
        })
        .count();
    assert!(
        everywhere >= 60,
        "only {everywhere} places have a name and summary in all 15 languages"
    );
}

#[test]
fn uncertain_facts_are_marked_not_hidden() {
    let set = read_dir(&seeds_dir()).unwrap();
    // The facts sheet marks dozens of values UNCERTAIN and most coordinates approximate;
    // the seeds must carry those marks rather than present them as certain.
    let approximate = set
        .places
        .iter()
        .filter(|p| p.location.is_some_and(|l| l.approximate))
        .count();
    assert!(approximate >= 50, "{approximate}");
    let flagged = set
        .places
        .iter()
        .filter(|p| {
            !p.uncertain_fields.is_empty() || p.confidence != guide_domain::Confidence::Confirmed
        })
        .count();
    assert!(flagged >= 20, "{flagged}");
    for p in &set.places {
        assert!(!p.sources.is_empty(), "{} has no source", p.slug);
    }
}

/// What visitors read cites pages they can open, never a team file (issue 9).
#[test]
fn every_cited_source_is_a_public_page() {
    use guide_domain::policy::is_public_source;
    let set = read_dir(&seeds_dir()).unwrap();
    let mut bad = Vec::new();
    let mut check = |what: String, source: &str| {
        if !is_public_source(source) {
            bad.push(format!("{what}: {source}"));
        }
    };
    for p in &set.places {
        p.sources
            .iter()
            .for_each(|s| check(format!("place {}", p.slug), &s.url));
    }
    for z in &set.zones {
        z.sources
            .iter()
            .for_each(|s| check(format!("zone {}", z.slug), &s.url));
    }
    for r in &set.routes {
        r.sources
            .iter()
            .for_each(|s| check(format!("route {}", r.slug), &s.url));
    }
    for e in &set.events {
        e.sources
            .iter()
            .for_each(|s| check(format!("event {}", e.slug), &s.url));
    }
    for policy in &set.policies {
        check(format!("policy {}", policy.version), &policy.source);
        // Sources inside the data (uncertainties, agreements, help entries) too.
        let mut stack = vec![&policy.data];
        while let Some(value) = stack.pop() {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, v) in map {
                        if key == "source" {
                            check(
                                format!("policy {}", policy.version),
                                v.as_str().unwrap_or(""),
                            );
                        }
                        stack.push(v);
                    }
                }
                serde_json::Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} sources are not public pages:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// Coverage only goes up (issue 9): the seeds, loaded into a fresh database and read back
/// as the published catalogue, reach every floor of `seeds/coverage-floors.yaml`.
#[tokio::test]
async fn coverage_never_falls_below_its_floors() {
    use guide_domain::coverage::{coverage, parse_floors};
    let path = seeds_dir().join("coverage-floors.yaml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let floors = parse_floors(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    for backend in guide_tests::backends() {
        let db = guide_server::store::connect(&guide_tests::new_database(backend).await)
            .await
            .unwrap();
        guide_server::store::migrate(&db).await.unwrap();
        guide_server::seed::load(&db, &seeds_dir(), |_| {})
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let published = guide_server::store::catalogue::load_published(&db)
            .await
            .unwrap();
        assert!(
            published.rejected.is_empty(),
            "{backend:?}: rows rejected: {:?}",
            published.rejected
        );
        let current = coverage(&published.places);
        let short = current.shortfalls(&floors);
        assert!(
            short.is_empty(),
            "{backend:?}: coverage fell below its floors:\n{}\n\nnow:\n{current}",
            short
                .iter()
                .map(|s| format!("  - {s}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        db.close().await.ok();
    }
}

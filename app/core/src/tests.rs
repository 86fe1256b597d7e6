//! Tests of every screen, driving the core as a shell would: against a live seeded server
//! (guide-tests' `start`, on loopback), then with the network gone (the server's port
//! closed), from the offline store. Platform services are Rust fakes here; the Python
//! and Kotlin suites implement them in their own language.

use std::sync::{Arc, Mutex, OnceLock};

use super::*;

/// Token storage in memory.
#[derive(Default)]
struct FakeTokens(Mutex<Option<String>>);

impl TokenStore for FakeTokens {
    fn load(&self) -> Result<Option<String>, PlatformError> {
        Ok(self.0.lock().unwrap().clone())
    }
    fn save(&self, token: Option<String>) -> Result<(), PlatformError> {
        *self.0.lock().unwrap() = token;
        Ok(())
    }
}

/// A fixed position (the Canton Tower area), or none.
struct FakeLocation(Option<GeoPoint>);

impl LocationProvider for FakeLocation {
    fn current(&self) -> Result<Option<GeoPoint>, PlatformError> {
        Ok(self.0)
    }
}

/// The shared seeded server for these tests.
fn server() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let db =
            guide_tests::scratch_dir().join(format!("core_{}.db", uuid::Uuid::now_v7().simple()));
        let config = guide_tests::test_config(format!("sqlite://{}?mode=rwc", db.display()));
        guide_tests::start(config).0
    })
}

fn data_dir() -> String {
    let dir =
        guide_tests::scratch_dir().join(format!("core_app_{}", uuid::Uuid::now_v7().simple()));
    dir.display().to_string()
}

fn core_at(base: &str, dir: &str, locale: &str) -> Arc<GuideCore> {
    let config = CoreConfig {
        base_url: base.to_owned(),
        data_dir: dir.to_owned(),
        locale: locale.to_owned(),
        extra_ca_pem: None,
    };
    let here = GeoPoint {
        lat: 23.1066,
        lng: 113.3245,
    };
    GuideCore::new(
        config,
        Arc::new(FakeTokens::default()),
        Arc::new(FakeLocation(Some(here))),
    )
    .unwrap()
}

/// A synced core on the live server, and its data folder.
fn online(locale: &str) -> (Arc<GuideCore>, String) {
    let dir = data_dir();
    let core = core_at(server(), &dir, locale);
    let report = core.sync().unwrap();
    assert!(report.full && report.changed > 50, "{report:?}");
    (core, dir)
}

/// The same data folder with the network gone (nothing listens on port 9).
fn offline(dir: &str, locale: &str) -> Arc<GuideCore> {
    core_at("http://127.0.0.1:9", dir, locale)
}

fn us_trip() -> TransitRequest {
    TransitRequest {
        nationality: "US".into(),
        entry_port: "CAN".into(),
        entry_at: "2026-12-01T14:30:00+08:00".into(),
        origin: "US".into(),
        destination: "JP".into(),
        exit_port: None,
        exit_at: None,
        passport_expiry: None,
    }
}

#[test]
fn explore_lists_filters_and_searches_in_the_visitors_language() {
    let (core, _) = online("ja");
    let all = core.explore(ExploreQuery::default()).unwrap();
    assert_eq!(all.header.locale, "ja");
    assert!(!all.header.rtl && !all.header.offline && all.header.banner.is_none());
    assert!(all.items.len() > 20);
    assert_eq!(all.header.title, tr(Locale::Ja, "app-title-explore"));
    // Tax-refund filter: only refund stores, each with a refund badge.
    let refund = core
        .explore(ExploreQuery {
            tax_refund: true,
            ..Default::default()
        })
        .unwrap();
    assert!(!refund.items.is_empty() && refund.items.len() < all.items.len());
    assert!(refund.items.iter().all(|c| {
        c.badges
            .iter()
            .any(|b| b.code == "tax_refund" || b.code == "instant_refund")
    }));
    assert!(refund.chips.iter().any(|c| c.key == "tax_refund" && c.on));
    // Near me: nearest first, with localized distances.
    let near = core
        .explore(ExploreQuery {
            near_me: true,
            radius_m: Some(3000),
            ..Default::default()
        })
        .unwrap();
    let d: Vec<u32> = near.items.iter().map(|c| c.distance_m.unwrap()).collect();
    assert!(
        d.windows(2).all(|w| w[0] <= w[1]) && d.iter().all(|m| *m <= 3000),
        "{d:?}"
    );
    assert!(
        near.items[0]
            .distance
            .as_deref()
            .is_some_and(|t| t.ends_with('m'))
    );
    // Search by Chinese name finds the tower.
    let tower = core
        .explore(ExploreQuery {
            text: Some("广州塔".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(tower.items[0].slug, "canton-tower");
    let none = core
        .explore(ExploreQuery {
            text: Some("zzzz-nothing".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(none.items.is_empty());
    assert_eq!(
        none.empty.as_deref(),
        Some(tr(Locale::Ja, "app-explore-empty").as_str())
    );
}

#[test]
fn place_detail_has_driver_card_map_links_and_rtl_in_arabic() {
    let (core, _) = online("ar");
    let view = core.place("canton-tower".into()).unwrap();
    assert!(view.header.rtl, "Arabic is right-to-left");
    assert_eq!(view.driver_card.name_zh, "广州塔");
    assert_eq!(view.driver_card.title, tr(Locale::Ar, "driver-card-title"));
    let links = view.map_links.expect("map links");
    assert!(links.amap.contains("amap") && links.google.contains("google"));
    let qr = view.driver_card.qr.expect("a QR code of the Amap link");
    assert_eq!(qr.text, links.amap);
    assert_eq!(qr.modules.len() as u32, qr.size * qr.size);
    assert_eq!(view.hours_week.len(), 7, "a week of hours");
    assert!(
        view.hours_week[0].label.starts_with(&tr(
            Locale::Ar,
            &format!(
                "app-weekday-{}",
                chrono::Utc::now()
                    .with_timezone(&guide_domain::hours::TIME_ZONE)
                    .date_naive()
                    .format("%u")
            )
        )),
        "{:?}",
        view.hours_week[0]
    );
    assert!(!view.card.badges.is_empty());
    assert!(
        view.notices
            .contains(&tr(Locale::Ar, "notice-approximate-location"))
    );
    let Err(CoreError::NotFound { .. }) = core.place("no-such-place".into()) else {
        panic!("not found")
    };
}

#[test]
fn zones_and_routes_are_listed_with_counts_and_legs() {
    let (core, _) = online("en");
    let zones = core.zones().unwrap();
    assert!(zones.items.len() >= 10);
    let tianhe = zones
        .items
        .iter()
        .find(|z| z.slug == "tianhe-road-zhujiang-new-town")
        .unwrap();
    assert!(tianhe.place_count > 0);
    assert_eq!(tianhe.places, format!("{} places", tianhe.place_count));
    assert_eq!(tianhe.tier, "World-class commercial district");
    let routes = core.routes().unwrap();
    let walk = routes
        .items
        .iter()
        .find(|r| r.slug == "lingnan-heritage-walk")
        .unwrap();
    assert_eq!(walk.stops, "5 stops");
    let detail = core.route("lingnan-heritage-walk".into()).unwrap();
    assert_eq!(detail.stops.len(), 5);
    assert_eq!(detail.stops[0].stay, "Stay 1 h 15 min");
    assert!(
        detail.stops[0]
            .to_next
            .as_deref()
            .unwrap()
            .starts_with("Walk, 10 minutes — ")
    );
    assert!(detail.stops[4].to_next.is_none());
}

#[test]
fn transit_check_counts_down_and_the_plan_stays_inside_the_window() {
    let (core, _) = online("en");
    let view = core.check_transit(us_trip()).unwrap();
    assert!(view.eligible, "{view:?}");
    assert_eq!(view.scheme, "transit_240h");
    assert_eq!(
        view.deadline_at.as_deref(),
        Some("2026-12-12T00:00:00+08:00")
    );
    assert_eq!(
        view.deadline.as_deref(),
        Some("Leave mainland China by Sat 12 Dec 00:00")
    );
    assert!(view.countdown.is_some() && !view.warnings.is_empty());
    let round_trip = core
        .check_transit(TransitRequest {
            destination: "US".into(),
            ..us_trip()
        })
        .unwrap();
    assert!(!round_trip.eligible && !round_trip.reasons.is_empty());
    // Bad input names the fields.
    let Err(CoreError::Validation { fields }) = core.check_transit(TransitRequest {
        entry_at: "tomorrow".into(),
        nationality: " ".into(),
        ..us_trip()
    }) else {
        panic!("validation")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["entry_at", "nationality"]);

    // The eligible check is remembered: its deadline ends the plan.
    core.check_transit(us_trip()).unwrap();
    let plan = core
        .plan_trip(PlanRequest {
            entry_at: "2026-12-01T14:30:00+08:00".into(),
            exit_at: Some("2026-12-04T18:00:00+08:00".into()),
            interests: vec!["food".into(), "heritage".into()],
            pace: None,
            start: None,
            must_see: vec!["canton-tower".into()],
        })
        .unwrap();
    assert_eq!(plan.days.len(), 4, "{}", plan.summary);
    assert!(plan.summary.starts_with("4 days, "));
    assert!(
        plan.days
            .iter()
            .flat_map(|d| &d.items)
            .any(|i| i.slug == "canton-tower")
    );
    assert_eq!(plan.days[0].title, "Tue 1 Dec");
    let ics = core.export_calendar().unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR") && ics.contains("BEGIN:VEVENT"));
    let saved = core.save_plan("Guangzhou in December".into()).unwrap();
    assert_eq!(saved.itineraries[0].name, "Guangzhou in December");
    assert!(saved.pending.is_some(), "not pushed to an account yet");
    let Err(CoreError::Validation { fields }) = core.plan_trip(PlanRequest {
        entry_at: "2026-12-01T14:30:00+08:00".into(),
        exit_at: None,
        interests: vec!["skydiving".into()],
        pace: Some("sprint".into()),
        start: None,
        must_see: vec![],
    }) else {
        panic!("validation")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["pace", "interests"]);
}

#[test]
fn refund_tracker_totals_per_store_per_day_with_a_checklist() {
    let (core, _) = online("de");
    let empty = core.refund_tracker(None).unwrap();
    assert!(empty.empty.is_some() && empty.groups.is_empty());
    let buy = |store: &str, amount: &str| PurchaseInput {
        store: store.into(),
        date: "2026-12-02".into(),
        amount_cny: amount.into(),
        vat_rate: 13,
        instant: false,
    };
    core.add_purchase(buy("teemall", "150")).unwrap();
    core.add_purchase(buy("teemall", "1130,50")).unwrap();
    let view = core.add_purchase(buy("grandview-mall", "120")).unwrap();
    assert_eq!(view.purchases.len(), 3);
    assert_eq!(view.groups.len(), 2);
    let teemall = view
        .groups
        .iter()
        .find(|g| g.spent == "¥1.280,50" || g.spent.contains("1.280,50"))
        .expect("teemall group");
    assert!(teemall.eligible);
    let small = view
        .groups
        .iter()
        .find(|g| !g.eligible)
        .expect("below-minimum group");
    assert!(small.notes[0] == tr(Locale::De, "app-refund-not-eligible"));
    assert!(
        view.spent.contains("1.280,50") || view.spent.contains("1.400,50"),
        "{}",
        view.spent
    );
    assert!(!view.checklist.is_empty());
    let Err(CoreError::Validation { fields }) = core.add_purchase(PurchaseInput {
        amount_cny: "-3".into(),
        date: "soon".into(),
        vat_rate: 7,
        ..buy("x", "1")
    }) else {
        panic!("validation")
    };
    assert_eq!(fields.len(), 3);
    let id = view.purchases[0].id.clone();
    assert_eq!(core.remove_purchase(id.clone()).unwrap().purchases.len(), 2);
    assert!(matches!(
        core.remove_purchase(id),
        Err(CoreError::NotFound { .. })
    ));
}

#[test]
fn saved_and_settings_reflect_favourites_language_and_offline_data() {
    let (core, _) = online("en");
    let saved = core.toggle_favorite("canton-tower".into()).unwrap();
    assert_eq!(saved.favorites[0].slug, "canton-tower");
    assert!(saved.favorites[0].favorite && saved.pending.is_some());
    assert!(
        core.explore(ExploreQuery {
            text: Some("Canton Tower".into()),
            ..Default::default()
        })
        .unwrap()
        .items[0]
            .favorite
    );
    let saved = core.toggle_favorite("canton-tower".into()).unwrap();
    assert!(saved.favorites.is_empty() && saved.empty.is_some());
    let settings = core.settings().unwrap();
    assert_eq!(settings.languages.len(), 15);
    assert!(settings.languages.iter().any(|l| l.tag == "ar" && l.rtl));
    assert!(
        settings.offline_status.contains("places saved"),
        "{}",
        settings.offline_status
    );
    assert!(!settings.signed_in);
    // Switching language: UI strings change at once; data follows after a sync.
    let fr = core.set_locale("fr".into()).unwrap();
    assert_eq!(fr.header.locale, "fr");
    assert!(fr.languages.iter().any(|l| l.tag == "fr" && l.selected));
    assert!(matches!(
        core.set_locale("xx-nope".into()),
        Err(CoreError::Validation { .. })
    ));
}

#[test]
fn a_second_sync_is_a_small_delta_or_304() {
    let (core, _) = online("en");
    let again = core.sync().unwrap();
    assert!(
        again.unchanged && !again.full && again.changed == 0,
        "{again:?}"
    );
    assert_eq!(again.status, "The guide is up to date");
}

#[test]
fn everything_works_offline_from_the_store() {
    let (online_core, dir) = online("ja");
    online_core.set_locale("ar".into()).unwrap();
    online_core.sync().unwrap();
    online_core.toggle_favorite("canton-tower".into()).unwrap();
    drop(online_core);

    let core = offline(&dir, "ar");
    // Sync fails as Offline, and the screens say so.
    assert!(matches!(core.sync(), Err(CoreError::Offline { .. })));
    let explore = core.explore(ExploreQuery::default()).unwrap();
    assert!(explore.header.offline && explore.header.banner.is_some() && explore.header.rtl);
    assert!(explore.items.len() > 20);
    assert_eq!(
        core.place("canton-tower".into())
            .unwrap()
            .driver_card
            .name_zh,
        "广州塔"
    );
    assert!(core.check_transit(us_trip()).unwrap().eligible);
    let plan = core
        .plan_trip(PlanRequest {
            entry_at: "2026-12-01T14:30:00+08:00".into(),
            exit_at: None,
            interests: vec![],
            pace: Some("relaxed".into()),
            start: Some(GeoPoint {
                lat: 23.129,
                lng: 113.323,
            }),
            must_see: vec![],
        })
        .unwrap();
    assert!(
        plan.days.len() >= 10,
        "the 240-hour deadline bounds the plan"
    );
    let refund = core
        .add_purchase(PurchaseInput {
            store: "teemall".into(),
            date: "2026-12-02".into(),
            amount_cny: "800".into(),
            vat_rate: 13,
            instant: false,
        })
        .unwrap();
    assert!(refund.purchases[0].pending && refund.groups[0].eligible);
    // Made offline, kept: the favourite from before and the purchase.
    assert_eq!(core.saved().unwrap().favorites[0].slug, "canton-tower");
    // The Japanese data is there too; a language never synced falls back to stored data.
    core.set_locale("ja".into()).unwrap();
    let ja = core
        .explore(ExploreQuery {
            text: Some("广州塔".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(ja.items[0].slug, "canton-tower");
    assert_eq!(ja.header.locale, "ja");
    core.set_locale("ko".into()).unwrap();
    assert!(!core.zones().unwrap().items.is_empty());
}

#[test]
fn a_fresh_install_without_network_says_there_is_no_data_yet() {
    let core = offline(&data_dir(), "en");
    let explore = core.explore(ExploreQuery::default()).unwrap();
    assert_eq!(
        explore.header.banner.as_deref(),
        Some(tr(Locale::En, "app-no-data").as_str())
    );
    assert!(matches!(
        core.place("canton-tower".into()),
        Err(CoreError::Offline { .. })
    ));
    assert!(matches!(
        core.check_transit(us_trip()),
        Err(CoreError::Offline { .. })
    ));
    assert_eq!(
        core.settings().unwrap().offline_status,
        tr(Locale::En, "app-settings-never")
    );
}

/// POSTs (or GETs, without a body) JSON to the shared server, as a client of the API would.
fn server_json(path: &str, body: Option<serde_json::Value>) -> serde_json::Value {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = reqwest::Client::new();
        let request = match body {
            Some(body) => client.post(format!("{}{path}", server())).json(&body),
            None => client.get(format!("{}{path}", server())),
        };
        let response = request
            .header("accept-language", "en")
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json().await.unwrap()
    })
}

#[test]
fn the_core_offline_and_the_server_give_the_same_answers() {
    let (_, dir) = online("en");
    let core = offline(&dir, "en");

    // The same visa-free check: one rules engine, the same policy versions.
    core.check_transit(us_trip()).unwrap();
    let in_core = serde_json::to_value(core.lock().model.transit.clone().unwrap()).unwrap();
    let trip = serde_json::json!({"nationality": "US", "entry_port": "CAN", "entry_at": "2026-12-01T14:30:00+08:00", "origin": "US", "destination": "JP"});
    assert_eq!(server_json("/v1/transit/check", Some(trip)), in_core);

    // The same plan: the same candidates (one plannability rule), the same planner.
    let core = offline(&dir, "en");
    let request = PlanRequest {
        entry_at: "2026-12-01T09:00:00+08:00".into(),
        exit_at: Some("2026-12-04T18:00:00+08:00".into()),
        interests: vec!["food".into(), "heritage".into(), "night".into()],
        pace: Some("normal".into()),
        start: Some(GeoPoint {
            lat: 23.12,
            lng: 113.27,
        }),
        must_see: vec!["canton-tower".into()],
    };
    core.plan_trip(request).unwrap();
    let in_core = serde_json::to_value(
        core.lock()
            .model
            .plan
            .clone()
            .unwrap()
            .localized(Locale::En),
    )
    .unwrap();
    let plan = serde_json::json!({
        "entry_at": "2026-12-01T09:00:00+08:00", "exit_at": "2026-12-04T18:00:00+08:00",
        "interests": ["food", "heritage", "night"], "pace": "normal", "start": {"lat": 23.12, "lng": 113.27},
        "must_see": ["canton-tower"], "lang": "en"
    });
    assert_eq!(server_json("/v1/itineraries/plan", Some(plan)), in_core);

    // The same search results in the same order: one ranking code.
    for q in [
        "广州 塔",
        "guangzhouta",
        "cantn towr",
        "museum",
        "上下九",
        "shang",
        "GZT",
        "広州タワー",
        "halal",
    ] {
        let view = core
            .explore(ExploreQuery {
                text: Some(q.into()),
                limit: Some(100),
                ..Default::default()
            })
            .unwrap();
        let in_core: Vec<String> = view.items.iter().map(|i| i.slug.clone()).collect();
        let encoded: String = q
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let body = server_json(&format!("/v1/places?limit=100&q={encoded}"), None);
        let on_server: Vec<String> = body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["slug"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(in_core, on_server, "q={q}");
        assert!(
            !on_server.is_empty() || q == "halal",
            "q={q} finds something"
        );
    }
}

#[test]
fn labels_give_the_shell_every_word_it_shows_in_each_language() {
    let core = offline(&data_dir(), "en");
    let en = core.labels();
    assert_eq!(en.locale, "en");
    assert!(!en.rtl);
    let keys: Vec<&str> = en.tabs.iter().map(|t| t.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "explore", "planner", "refund", "zones", "routes", "saved", "settings"
        ]
    );
    assert_eq!(en.tabs[0].label, "Explore");
    assert_eq!(en.search, "Search places");
    assert_eq!(en.hours, "Opening hours");
    let fields: Vec<&str> = en.transit_fields.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(
        fields,
        [
            "nationality",
            "entry_port",
            "entry_at",
            "origin",
            "destination",
            "exit_at"
        ]
    );
    assert_eq!(en.interests.len(), 7);
    assert_eq!(en.interests[0].key, "food");
    assert_eq!(en.purchase_fields[2].key, "amount_cny");
    // Every locale has its own words for every label (none falls back to a key).
    for tag in [
        "ar", "de", "es", "fr", "id", "ja", "ko", "ms", "pt", "ru", "th", "vi", "zh-Hans",
        "zh-Hant",
    ] {
        core.set_locale(tag.to_owned()).unwrap();
        let l = core.labels();
        assert_eq!(l.locale, tag);
        assert_eq!(l.rtl, tag == "ar");
        let texts = [
            &l.search,
            &l.back,
            &l.driver_show,
            &l.transit_check,
            &l.plan,
        ]
        .into_iter()
        .chain(l.interests.iter().map(|c| &c.label))
        .chain(l.purchase_fields.iter().map(|f| &f.label))
        .chain([&l.purchase_add, &l.checklist, &l.sync, &l.departure.label]);
        for text in texts {
            assert!(!text.starts_with("app-"), "{tag}: {text}");
        }
        assert_ne!(l.search, en.search, "{tag}");
    }
}

/// The account inside the core against the real server: register, push a favourite, an
/// expired access token refreshed once, a replayed refresh token signing the visitor out.
#[test]
fn the_account_lives_in_the_core_with_refresh_rotation_and_reuse_detection() {
    let store = Arc::new(FakeTokens::default());
    let config = CoreConfig {
        base_url: server().to_owned(),
        data_dir: data_dir(),
        locale: "en".into(),
        extra_ca_pem: None,
    };
    let core = GuideCore::new(config, store.clone(), Arc::new(FakeLocation(None))).unwrap();
    core.sync().unwrap();
    let email = format!("core-{}@example.com", uuid::Uuid::now_v7().simple());
    let settings = core
        .register(email.clone(), "lychee season in Canton".into())
        .unwrap();
    assert!(settings.signed_in);
    let first: account::Tokens =
        serde_json::from_str(&store.load().unwrap().expect("tokens kept")).unwrap();

    core.toggle_favorite("canton-tower".into()).unwrap();
    assert_eq!(core.sync().unwrap().pushed, 1);

    // The access token has expired (here: is garbage); the refresh token is good.
    let expired = account::Tokens {
        access: "expired".into(),
        refresh: first.refresh.clone(),
    };
    store
        .save(Some(serde_json::to_string(&expired).unwrap()))
        .unwrap();
    core.toggle_favorite("chen-clan-academy".into()).unwrap();
    assert_eq!(core.sync().unwrap().pushed, 1, "refreshed once and retried");
    let second: account::Tokens = serde_json::from_str(&store.load().unwrap().unwrap()).unwrap();
    assert_ne!(second.refresh, first.refresh, "the pair rotated");

    // The first refresh token again (a replay): the server ends the session.
    store
        .save(Some(serde_json::to_string(&expired).unwrap()))
        .unwrap();
    core.toggle_favorite("canton-tower".into()).unwrap();
    assert!(matches!(core.sync(), Err(CoreError::Unauthorized)));
    assert_eq!(store.load().unwrap(), None, "signed out on the device");
    assert!(!core.settings().unwrap().signed_in);
    assert!(
        core.saved().unwrap().pending.is_some(),
        "the change waits for the next sign-in"
    );
    // Signing in again pushes it.
    core.sign_in(email, "lychee season in Canton".into())
        .unwrap();
    assert!(core.saved().unwrap().pending.is_none());
}

/// Two phones on one account: a favourite saved or a purchase noted on one appears on
/// the other after a sync, and removing it there removes it here.
#[test]
fn favourites_purchases_and_plans_follow_the_account_across_two_cores() {
    let email = format!("two-{}@example.com", uuid::Uuid::now_v7().simple());
    let password = "lychee season in Canton".to_owned();
    let phone = |_: &str| {
        let config = CoreConfig {
            base_url: server().to_owned(),
            data_dir: data_dir(),
            locale: "en".into(),
            extra_ca_pem: None,
        };
        GuideCore::new(
            config,
            Arc::new(FakeTokens::default()),
            Arc::new(FakeLocation(None)),
        )
        .unwrap()
    };
    let a = phone("a");
    a.sync().unwrap();
    a.register(email.clone(), password.clone()).unwrap();
    a.toggle_favorite("canton-tower".into()).unwrap();
    a.sync().unwrap();

    let b = phone("b");
    b.sync().unwrap();
    b.sign_in(email, password).unwrap();
    b.sync().unwrap();
    let on_b: Vec<String> = b
        .saved()
        .unwrap()
        .favorites
        .into_iter()
        .map(|f| f.slug)
        .collect();
    assert_eq!(on_b, ["canton-tower"]);

    b.toggle_favorite("canton-tower".into()).unwrap();
    b.sync().unwrap();
    a.sync().unwrap();
    assert!(
        a.saved().unwrap().favorites.is_empty(),
        "removed on the other phone"
    );

    // A purchase noted on one phone shows on the other, and its removal follows.
    let noted = a
        .add_purchase(PurchaseInput {
            store: "friendship-store-ifc".into(),
            date: "2026-12-01".into(),
            amount_cny: "860".into(),
            vat_rate: 13,
            instant: false,
        })
        .unwrap();
    let id = noted.purchases[0].id.clone();
    assert!(noted.purchases[0].pending);
    assert!(a.sync().unwrap().pushed >= 1);
    assert!(!a.refund_tracker(None).unwrap().purchases[0].pending);
    b.sync().unwrap();
    let on_b = b.refund_tracker(None).unwrap();
    assert_eq!(on_b.purchases.len(), 1);
    assert_eq!(on_b.purchases[0].id, id);
    b.remove_purchase(id).unwrap();
    b.sync().unwrap();
    a.sync().unwrap();
    assert!(
        a.refund_tracker(None).unwrap().purchases.is_empty(),
        "removed on the other phone"
    );

    // A plan saved on one phone, pushed by its own id (twice: harmless), is on the other.
    a.plan_trip(PlanRequest {
        entry_at: "2026-12-01T14:30:00+08:00".into(),
        exit_at: Some("2026-12-03T18:00:00+08:00".into()),
        interests: vec!["food".into()],
        pace: None,
        start: None,
        must_see: vec![],
    })
    .unwrap();
    let saved = a.save_plan("Three days of dim sum".into()).unwrap();
    assert!(a.sync().unwrap().pushed >= 1);
    b.sync().unwrap();
    let on_b = b.saved().unwrap();
    assert_eq!(on_b.itineraries.len(), 1, "{on_b:?}");
    assert_eq!(on_b.itineraries[0].name, "Three days of dim sum");
    assert_eq!(on_b.itineraries[0].id, saved.itineraries[0].id);
}

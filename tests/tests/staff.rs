//! Staff curation end to end on every backend: function-level authorization on every
//! staff route (OWASP API5), themed routes (published stops only, reorder, publish),
//! events, alerts that appear in `GET /v1/alerts`, and the audit log with filters.

use guide_tests::accounts::{call, register, staff};
use guide_tests::{assert_problem, backends, fresh, get_json};
use reqwest::Method;
use serde_json::{Value, json};

/// Every staff route, with a body that would be valid.
fn staff_routes() -> Vec<(Method, &'static str, Option<Value>)> {
    let id = "01900000-0000-7000-8000-000000000000";
    let leak = |p: &str| -> &'static str { Box::leak(p.replace("{id}", id).into_boxed_str()) };
    vec![
        (Method::GET, "/v1/staff/review-queue", None),
        (Method::POST, leak("/v1/staff/places/{id}/approve"), None),
        (
            Method::POST,
            leak("/v1/staff/places/{id}/reject"),
            Some(json!({"reason": "other"})),
        ),
        (Method::GET, "/v1/staff/routes", None),
        (
            Method::POST,
            "/v1/staff/routes",
            Some(route_body("x", &["canton-tower", "huacheng-square"])),
        ),
        (Method::GET, leak("/v1/staff/routes/{id}"), None),
        (
            Method::PUT,
            leak("/v1/staff/routes/{id}"),
            Some(route_body("x", &["canton-tower", "huacheng-square"])),
        ),
        (Method::POST, leak("/v1/staff/routes/{id}/publish"), None),
        (Method::POST, leak("/v1/staff/routes/{id}/unpublish"), None),
        (Method::GET, "/v1/staff/events", None),
        (Method::POST, "/v1/staff/events", Some(event_body("x"))),
        (Method::GET, leak("/v1/staff/events/{id}"), None),
        (
            Method::PUT,
            leak("/v1/staff/events/{id}"),
            Some(event_body("x")),
        ),
        (Method::POST, leak("/v1/staff/events/{id}/publish"), None),
        (Method::POST, leak("/v1/staff/events/{id}/unpublish"), None),
        (Method::GET, "/v1/staff/alerts", None),
        (Method::POST, "/v1/staff/alerts", Some(alert_body())),
        (Method::GET, leak("/v1/staff/alerts/{id}"), None),
        (
            Method::PUT,
            leak("/v1/staff/alerts/{id}"),
            Some(alert_body()),
        ),
        (Method::POST, leak("/v1/staff/alerts/{id}/publish"), None),
        (Method::POST, leak("/v1/staff/alerts/{id}/unpublish"), None),
        (Method::GET, "/v1/staff/audit", None),
        (Method::GET, "/v1/staff/users?email=a@example.com", None),
        (
            Method::PUT,
            leak("/v1/staff/users/{id}/role"),
            Some(json!({"role": "admin"})),
        ),
    ]
}

fn route_body(slug: &str, stops: &[&str]) -> Value {
    let n = stops.len();
    let stops: Vec<Value> = stops
        .iter()
        .enumerate()
        .map(|(i, place)| {
            let mut stop = json!({"place": place, "dwell_minutes": 45});
            if i + 1 < n {
                stop["to_next"] =
                    json!({"mode": "metro", "minutes": 20, "notes": {"en": "Line 3"}});
            }
            stop
        })
        .collect();
    json!({"slug": slug, "theme": "night", "translations": {"en": {"name": "Night lights"}, "zh-Hans": {"name": "夜景"}}, "stops": stops})
}

fn event_body(slug: &str) -> Value {
    json!({
        "slug": slug, "kind": "festival", "starts_on": "2027-02-01", "ends_on": "2027-02-03",
        "place": "canton-tower", "zones": [], "date_confidence": "confirmed",
        "translations": {"en": {"name": "Lantern evening"}, "ja": {"name": "ランタンの夜"}}
    })
}

fn alert_body() -> Value {
    let now = chrono::Utc::now();
    json!({
        "severity": "severe",
        "starts_at": (now - chrono::Duration::hours(1)).to_rfc3339(),
        "ends_at": (now + chrono::Duration::hours(6)).to_rfc3339(),
        "zones": [], "routes": [],
        "texts": {"en": {"title": "Typhoon signal No. 8", "body": "Stay indoors."}, "zh-Hans": {"title": "八号台风信号"}}
    })
}

#[tokio::test]
async fn only_staff_reach_staff_routes() {
    for backend in backends() {
        let s = fresh(backend).await;
        let visitor = register(&s, "visitor", "visitor").await;
        let merchant = register(&s, "merchant", "merchant").await;
        let curator = staff(&s, "curator").await;
        for (method, path, body) in staff_routes() {
            let (status, headers, out) =
                call(&s, method.clone(), path, None, &[], body.as_ref()).await;
            assert_problem(status, &headers, &out, 401);
            for who in [&visitor, &merchant] {
                let (status, headers, out) = call(
                    &s,
                    method.clone(),
                    path,
                    Some(&who.access),
                    &[],
                    body.as_ref(),
                )
                .await;
                assert_eq!(status, 403, "{method} {path}: {out}");
                assert_problem(status, &headers, &out, 403);
            }
            // Account management is for admins only.
            if path.starts_with("/v1/staff/users") {
                let (status, _, _) = call(
                    &s,
                    method.clone(),
                    path,
                    Some(&curator.access),
                    &[],
                    body.as_ref(),
                )
                .await;
                assert_eq!(status, 403, "{method} {path} as curator");
            }
        }
    }
}

#[tokio::test]
async fn curators_build_publish_reorder_and_unpublish_routes() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let t = Some(curator.access.as_str());
        // Stops must be published places.
        let (status, headers, out) = call(
            &s,
            Method::POST,
            "/v1/staff/routes",
            t,
            &[],
            Some(&route_body("bad", &["canton-tower", "atlantis"])),
        )
        .await;
        assert_eq!(
            assert_problem(status, &headers, &out, 422),
            ["stops[1].place"]
        );
        let mut no_leg = route_body("bad", &["canton-tower", "huacheng-square"]);
        no_leg["stops"][0]
            .as_object_mut()
            .unwrap()
            .remove("to_next");
        let (status, headers, out) =
            call(&s, Method::POST, "/v1/staff/routes", t, &[], Some(&no_leg)).await;
        assert_eq!(
            assert_problem(status, &headers, &out, 422),
            ["stops[0].to_next"]
        );

        let body = route_body(
            "night-lights-test",
            &["canton-tower", "huacheng-square", "haixinsha"],
        );
        let (status, _, route) =
            call(&s, Method::POST, "/v1/staff/routes", t, &[], Some(&body)).await;
        assert_eq!(status, 201, "{route}");
        assert_eq!(route["status"], "draft");
        let (status, _, _) = call(&s, Method::POST, "/v1/staff/routes", t, &[], Some(&body)).await;
        assert_eq!(status, 409, "slug taken");
        let id = route["id"].as_str().unwrap();
        assert_eq!(
            get_json(&s, "/v1/routes/night-lights-test").await.0,
            404,
            "drafts are not public"
        );

        let (status, _, _) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/routes/{id}/publish"),
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        let (status, _, public) = get_json(&s, "/v1/routes/night-lights-test").await;
        assert_eq!(status, 200);
        let slugs: Vec<&str> = public["stops"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["place_slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["canton-tower", "huacheng-square", "haixinsha"]);

        // Reorder and change dwell times.
        let mut reordered = route_body("night-lights-test", &["haixinsha", "canton-tower"]);
        reordered["stops"][0]["dwell_minutes"] = json!(90);
        let (status, _, updated) = call(
            &s,
            Method::PUT,
            &format!("/v1/staff/routes/{id}"),
            t,
            &[],
            Some(&reordered),
        )
        .await;
        assert_eq!(
            (status, updated["status"].as_str()),
            (200, Some("published")),
            "{updated}"
        );
        let (_, _, public) = get_json(&s, "/v1/routes/night-lights-test").await;
        let slugs: Vec<&str> = public["stops"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["place_slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["haixinsha", "canton-tower"]);
        assert_eq!(public["stops"][0]["dwell_minutes"], 90);

        let (status, _, _) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/routes/{id}/unpublish"),
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(get_json(&s, "/v1/routes/night-lights-test").await.0, 404);
        let (_, _, audit) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/audit?target_type=route&target_id={id}"),
            t,
            &[],
            None,
        )
        .await;
        let actions: Vec<&str> = audit["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["action"].as_str().unwrap())
            .collect();
        assert_eq!(
            actions,
            [
                "route.unpublish",
                "route.update",
                "route.publish",
                "route.create"
            ]
        );
        assert_eq!(
            audit["items"][1]["before"]["stops"]
                .as_array()
                .unwrap()
                .len(),
            3,
            "before holds the old stops"
        );
    }
}

#[tokio::test]
async fn events_and_alerts_are_curated_and_published() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let t = Some(curator.access.as_str());
        let mut bad = event_body("bad-event");
        bad["ends_on"] = json!("2027-01-01");
        let (status, headers, out) =
            call(&s, Method::POST, "/v1/staff/events", t, &[], Some(&bad)).await;
        assert_eq!(assert_problem(status, &headers, &out, 422), ["ends_on"]);
        let (status, _, event) = call(
            &s,
            Method::POST,
            "/v1/staff/events",
            t,
            &[],
            Some(&event_body("lantern-evening-test")),
        )
        .await;
        assert_eq!(status, 201, "{event}");
        let window = "/v1/events?from=2027-01-01&to=2027-03-01&limit=100";
        let listed = |body: &Value| {
            body["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["slug"] == "lantern-evening-test")
        };
        assert!(!listed(&get_json(&s, window).await.2));
        call(
            &s,
            Method::POST,
            &format!("/v1/staff/events/{}/publish", event["id"].as_str().unwrap()),
            t,
            &[],
            None,
        )
        .await;
        let (_, _, events) = get_json(&s, &format!("{window}&lang=ja")).await;
        assert!(listed(&events));
        let e = events["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["slug"] == "lantern-evening-test")
            .unwrap();
        assert_eq!(e["name"], "ランタンの夜");

        // Alerts: a typhoon warning with a validity window, shown while in force.
        let (status, headers, out) = call(&s, Method::POST, "/v1/staff/alerts", t, &[], Some(&json!({"severity": "apocalyptic", "starts_at": "2026-01-01T00:00:00+08:00", "ends_at": "2025-01-01T00:00:00+08:00", "texts": {"zh-Hans": {"title": "x"}}, "zones": ["atlantis"]}))).await;
        let mut fields = assert_problem(status, &headers, &out, 422);
        fields.sort();
        assert_eq!(fields, ["ends_at", "severity", "texts.en", "zones[0]"]);
        let mut body = alert_body();
        body["zones"] = json!(["canton-tower-pazhou"]);
        let (status, _, alert) =
            call(&s, Method::POST, "/v1/staff/alerts", t, &[], Some(&body)).await;
        assert_eq!(status, 201, "{alert}");
        let id = alert["id"].as_str().unwrap();
        let shown = |b: &Value| b["items"].as_array().unwrap().iter().any(|a| a["id"] == id);
        assert!(
            !shown(&get_json(&s, "/v1/alerts").await.2),
            "drafts are not shown"
        );
        call(
            &s,
            Method::POST,
            &format!("/v1/staff/alerts/{id}/publish"),
            t,
            &[],
            None,
        )
        .await;
        let (_, _, alerts) = get_json(&s, "/v1/alerts?lang=zh-Hans").await;
        assert!(shown(&alerts));
        let a = alerts["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["id"] == id)
            .unwrap();
        assert_eq!(
            (a["title"].as_str(), a["severity"].as_str()),
            (Some("八号台风信号"), Some("severe"))
        );
        assert_eq!(a["zones"], json!(["canton-tower-pazhou"]));
        // An alert whose window is over disappears.
        let mut expired = alert_body();
        expired["ends_at"] =
            json!((chrono::Utc::now() - chrono::Duration::minutes(1)).to_rfc3339());
        expired["starts_at"] =
            json!((chrono::Utc::now() - chrono::Duration::hours(3)).to_rfc3339());
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &format!("/v1/staff/alerts/{id}"),
            t,
            &[],
            Some(&expired),
        )
        .await;
        assert_eq!(status, 200);
        assert!(!shown(&get_json(&s, "/v1/alerts").await.2));
        // Unpublish.
        call(
            &s,
            Method::PUT,
            &format!("/v1/staff/alerts/{id}"),
            t,
            &[],
            Some(&alert_body()),
        )
        .await;
        assert!(shown(&get_json(&s, "/v1/alerts").await.2));
        call(
            &s,
            Method::POST,
            &format!("/v1/staff/alerts/{id}/unpublish"),
            t,
            &[],
            None,
        )
        .await;
        assert!(!shown(&get_json(&s, "/v1/alerts").await.2));
    }
}

#[tokio::test]
async fn the_audit_log_filters_and_pages() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let other = staff(&s, "curator").await;
        let t = Some(curator.access.as_str());
        for _ in 0..3 {
            call(
                &s,
                Method::POST,
                "/v1/staff/alerts",
                t,
                &[],
                Some(&alert_body()),
            )
            .await;
        }
        call(
            &s,
            Method::POST,
            "/v1/staff/events",
            Some(&other.access),
            &[],
            Some(&event_body("by-other")),
        )
        .await;
        let (_, _, all) = call(&s, Method::GET, "/v1/staff/audit", t, &[], None).await;
        assert_eq!(all["items"].as_array().unwrap().len(), 4);
        let (_, _, mine) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/audit?actor={}", curator.id),
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(mine["items"].as_array().unwrap().len(), 3);
        let (_, _, alerts) = call(
            &s,
            Method::GET,
            "/v1/staff/audit?action=alert.",
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(alerts["items"].as_array().unwrap().len(), 3);
        let (_, _, events) = call(
            &s,
            Method::GET,
            "/v1/staff/audit?target_type=event",
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(events["items"][0]["after"]["slug"], "by-other");
        let future = (chrono::Utc::now() + chrono::Duration::hours(1))
            .to_rfc3339()
            .replace('+', "%2B");
        let (_, _, none) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/audit?since={future}"),
            t,
            &[],
            None,
        )
        .await;
        assert!(none["items"].as_array().unwrap().is_empty());
        // Pages of 2, newest first, no overlap.
        let (_, _, page1) = call(&s, Method::GET, "/v1/staff/audit?limit=2", t, &[], None).await;
        let cursor = page1["next_cursor"].as_str().unwrap();
        let (_, _, page2) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/audit?limit=2&cursor={cursor}"),
            t,
            &[],
            None,
        )
        .await;
        let ids: Vec<&str> = page1["items"]
            .as_array()
            .unwrap()
            .iter()
            .chain(page2["items"].as_array().unwrap())
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        let expected: Vec<&str> = all["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, expected);
        for bad in [
            "/v1/staff/audit?limit=1000",
            "/v1/staff/audit?since=yesterday",
            "/v1/staff/audit?who=me",
            "/v1/staff/audit?cursor=%%%",
        ] {
            let (status, headers, out) = call(&s, Method::GET, bad, t, &[], None).await;
            assert_problem(status, &headers, &out, 400);
        }
    }
}

#[tokio::test]
async fn names_and_titles_visitors_read_cannot_be_blank() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let mut route = route_body("blank-name-walk", &["canton-tower", "huacheng-square"]);
        route["translations"]["en"]["name"] = json!("  ");
        route["translations"]["en"]["summary"] = json!("Only a summary.");
        let mut event = event_body("blank-name-evening");
        event["translations"]["ja"]["name"] = json!("");
        let mut alert = alert_body();
        alert["texts"]["en"]["title"] = json!("");
        for (path, body, field) in [
            ("/v1/staff/routes", route, "translations.en.name"),
            ("/v1/staff/events", event, "translations.ja.name"),
            ("/v1/staff/alerts", alert, "texts.en.title"),
        ] {
            let (status, _, problem) = call(
                &s,
                Method::POST,
                path,
                Some(&curator.access),
                &[],
                Some(&body),
            )
            .await;
            assert_eq!(status, 422, "{backend:?} {path}: {problem}");
            let fields: Vec<&str> = problem["errors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["field"].as_str().unwrap())
                .collect();
            assert_eq!(fields, [field], "{path}");
        }
    }
}

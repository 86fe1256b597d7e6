//! Security misconfiguration and resource consumption (OWASP API8, API4), BOLA on the
//! visitor's own data (API1), and favourites and saved itineraries with `.ics` export,
//! over real HTTP on every backend.

use guide_tests::accounts::{call, register};
use guide_tests::{
    TestServer, assert_problem, backends, client, fresh, get_json, new_database, shared, start,
    test_config,
};
use reqwest::Method;
use serde_json::json;

fn plan_request() -> serde_json::Value {
    json!({"entry_at": "2026-12-01T09:00:00+08:00", "exit_at": "2026-12-03T18:00:00+08:00", "start": {"lat": 23.12, "lng": 113.27}})
}

#[tokio::test]
async fn security_headers_on_api_errors_and_docs() {
    for backend in backends() {
        let s = shared(backend);
        for path in ["/v1/places?limit=1", "/v1/nowhere", "/v1/me", "/healthz"] {
            let response = client().get(s.url(path)).send().await.unwrap();
            let h = response.headers();
            assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
            assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
            assert_eq!(h["x-frame-options"], "DENY", "{path}");
            assert!(
                h["content-security-policy"]
                    .to_str()
                    .unwrap()
                    .contains("frame-ancestors 'none'"),
                "{path}"
            );
            assert!(
                h.get("access-control-allow-origin").is_none(),
                "no CORS unless configured: {path}"
            );
        }
        // The docs page keeps working (its scripts are allowed) and cannot be framed.
        let docs = client().get(s.url("/docs/")).send().await.unwrap();
        assert_eq!(docs.status(), 200);
        assert_eq!(
            docs.headers()["content-security-policy"],
            "frame-ancestors 'none'"
        );
        // Personal responses are never cached.
        let (_, headers, _) = call(s, Method::GET, "/v1/me", None, &[], None).await;
        assert_eq!(headers["cache-control"], "no-store");
        // The console sets its own CSP (its stylesheet) and gets the rest.
        let console = client()
            .get(s.url("/console/sign-in"))
            .send()
            .await
            .unwrap();
        let h = console.headers();
        assert_eq!(h["x-frame-options"], "DENY");
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("style-src")
        );
    }
}

#[tokio::test]
async fn request_ids_are_echoed_or_made() {
    for backend in backends() {
        let s = shared(backend);
        // Every route kind: API, API failure, ops, docs, console.
        for path in [
            "/v1/places?limit=1",
            "/v1/nowhere",
            "/healthz",
            "/docs/",
            "/console/sign-in",
        ] {
            let sent = client()
                .get(s.url(path))
                .header("x-request-id", "report-4711")
                .send()
                .await
                .unwrap();
            assert_eq!(sent.headers()["x-request-id"], "report-4711", "{path}");
            let made = client().get(s.url(path)).send().await.unwrap();
            let id = made.headers()["x-request-id"].to_str().unwrap().to_owned();
            assert!(uuid::Uuid::parse_str(&id).is_ok(), "{path}: {id}");
            let again = client().get(s.url(path)).send().await.unwrap();
            assert_ne!(again.headers()["x-request-id"], id.as_str(), "{path}");
        }
    }
}

#[tokio::test]
async fn cors_allows_only_configured_origins() {
    for backend in backends() {
        let database_url = new_database(backend).await;
        let config = guide_server::Config {
            cors_origins: vec!["https://app.example.com".into()],
            ..test_config(database_url.clone())
        };
        let (base, _) = tokio::task::spawn_blocking(move || start(config))
            .await
            .unwrap();
        let s = TestServer {
            base,
            database_url,
            backend,
        };
        let preflight = |origin: &'static str| {
            client()
                .request(Method::OPTIONS, s.url("/v1/auth/login"))
                .header("origin", origin)
                .header("access-control-request-method", "POST")
                .header(
                    "access-control-request-headers",
                    "content-type,authorization",
                )
                .send()
        };
        let ok = preflight("https://app.example.com").await.unwrap();
        assert_eq!(
            ok.headers()["access-control-allow-origin"],
            "https://app.example.com"
        );
        assert!(
            ok.headers()["access-control-allow-headers"]
                .to_str()
                .unwrap()
                .contains("authorization")
        );
        assert!(
            ok.headers()
                .get("access-control-allow-credentials")
                .is_none(),
            "no cookies, no credentials"
        );
        let evil = preflight("https://evil.example").await.unwrap();
        assert!(evil.headers().get("access-control-allow-origin").is_none());
        let get = client()
            .get(s.url("/v1/zones"))
            .header("origin", "https://app.example.com")
            .send()
            .await
            .unwrap();
        assert_eq!(
            get.headers()["access-control-allow-origin"],
            "https://app.example.com"
        );
        assert!(
            get.headers()["access-control-expose-headers"]
                .to_str()
                .unwrap()
                .contains("etag")
        );
    }
}

#[tokio::test]
async fn resource_limits_hold() {
    for backend in backends() {
        let s = fresh(backend).await;
        let user = register(&s, "big", "visitor").await;
        // Body size limit (64 KiB): 413 problem+json, on public and account routes alike.
        let huge = json!({"title": "x".repeat(70 * 1024), "plan": {}});
        let (status, headers, body) = call(
            &s,
            Method::POST,
            "/v1/me/itineraries",
            Some(&user.access),
            &[],
            Some(&huge),
        )
        .await;
        assert_problem(status, &headers, &body, 413);
        let huge = json!({"email": "x".repeat(70 * 1024), "password": "y"});
        let (status, headers, body) =
            call(&s, Method::POST, "/v1/auth/login", None, &[], Some(&huge)).await;
        assert_problem(status, &headers, &body, 413);
        // List caps: limit above 100 is a 400 that says what is accepted.
        for path in [
            "/v1/me/favorites?limit=101",
            "/v1/me/itineraries?limit=5000",
            "/v1/me/itineraries?limit=-1",
        ] {
            let (status, headers, body) =
                call(&s, Method::GET, path, Some(&user.access), &[], None).await;
            assert_eq!(
                assert_problem(status, &headers, &body, 400),
                ["limit"],
                "{path}"
            );
        }
        let merchant = register(&s, "m", "merchant").await;
        let (status, _, _) = call(
            &s,
            Method::GET,
            "/v1/merchant/places?limit=1000",
            Some(&merchant.access),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 400);
        // Over-long passwords are refused before any hashing work.
        let body = json!({"email": user.email, "password": "p".repeat(10_000)});
        assert_eq!(
            call(&s, Method::POST, "/v1/auth/login", None, &[], Some(&body))
                .await
                .0,
            401
        );
    }
}

#[tokio::test]
async fn errors_never_leak_internals() {
    for backend in backends() {
        let s = shared(backend);
        let cases = [
            (Method::POST, "/v1/auth/login", Some("{not json")),
            (
                Method::POST,
                "/v1/auth/refresh",
                Some("{\"refresh_token\": 42}"),
            ),
            (Method::GET, "/v1/me/itineraries/'%20OR%201=1--", None),
            (Method::GET, "/v1/places/%00%00", None),
            (Method::GET, "/v1/places?q=%00", None),
            (
                Method::POST,
                "/v1/auth/register",
                Some(
                    "{\"email\":\"nul@example.com\",\"password\":\"lychee season in Canton\",\"display_name\":\"a\\u0000b\"}",
                ),
            ),
            (
                Method::POST,
                "/v1/auth/login",
                Some("{\"email\":\"a\\u0000@example.com\",\"password\":\"x\"}"),
            ),
        ];
        for (method, path, body) in cases {
            let mut request = client()
                .request(method.clone(), s.url(path))
                .header("content-type", "application/json");
            if let Some(body) = body {
                request = request.body(body);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            assert!((400..500).contains(&status), "{method} {path}: {status}");
            assert_eq!(
                response.headers()["content-type"],
                "application/problem+json"
            );
            let text = response.text().await.unwrap();
            for leak in [
                "panicked",
                "src/",
                ".rs:",
                "sqlx",
                "SELECT",
                "stack backtrace",
                "DbErr",
            ] {
                assert!(!text.contains(leak), "{path} leaks {leak}: {text}");
            }
        }
    }
}

#[tokio::test]
async fn favourites_and_itineraries_are_private_and_export_to_ics() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mei = register(&s, "mei", "visitor").await;
        let tom = register(&s, "tom", "visitor").await;
        let (mt, tt) = (Some(mei.access.as_str()), Some(tom.access.as_str()));

        // Favourites by slug or id; only published places.
        assert_eq!(
            call(
                &s,
                Method::PUT,
                "/v1/me/favorites/canton-tower",
                mt,
                &[],
                None
            )
            .await
            .0,
            204
        );
        assert_eq!(
            call(
                &s,
                Method::PUT,
                "/v1/me/favorites/canton-tower",
                mt,
                &[],
                None
            )
            .await
            .0,
            204,
            "idempotent"
        );
        assert_eq!(
            call(
                &s,
                Method::PUT,
                "/v1/me/favorites/chen-clan-academy",
                mt,
                &[],
                None
            )
            .await
            .0,
            204
        );
        assert_eq!(
            call(&s, Method::PUT, "/v1/me/favorites/atlantis", mt, &[], None)
                .await
                .0,
            404
        );
        let (_, _, favs) = call(&s, Method::GET, "/v1/me/favorites?lang=ja", mt, &[], None).await;
        let slugs: Vec<&str> = favs["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs.len(), 2, "{favs}");
        assert!(slugs.contains(&"canton-tower"));
        let (_, _, page) = call(&s, Method::GET, "/v1/me/favorites?limit=1", mt, &[], None).await;
        let cursor = page["next_cursor"].as_str().unwrap();
        let (_, _, rest) = call(
            &s,
            Method::GET,
            &format!("/v1/me/favorites?limit=1&cursor={cursor}"),
            mt,
            &[],
            None,
        )
        .await;
        assert_eq!(rest["items"].as_array().unwrap().len(), 1);
        assert!(rest["next_cursor"].is_null());
        let (_, _, toms) = call(&s, Method::GET, "/v1/me/favorites", tt, &[], None).await;
        assert!(
            toms["items"].as_array().unwrap().is_empty(),
            "favourites are per user"
        );
        assert_eq!(
            call(
                &s,
                Method::DELETE,
                "/v1/me/favorites/canton-tower",
                tt,
                &[],
                None
            )
            .await
            .0,
            404,
            "Tom cannot remove Mei's"
        );
        assert_eq!(
            call(
                &s,
                Method::DELETE,
                "/v1/me/favorites/canton-tower",
                mt,
                &[],
                None
            )
            .await
            .0,
            204
        );
        assert_eq!(
            call(&s, Method::GET, "/v1/me/favorites", None, &[], None)
                .await
                .0,
            401
        );

        // Save a plan exactly as the planner returned it.
        let (status, _, plan) = call(
            &s,
            Method::POST,
            "/v1/itineraries/plan",
            None,
            &[],
            Some(&plan_request()),
        )
        .await;
        assert_eq!(status, 200, "{plan}");
        let body = json!({"title": "Three days in Canton", "plan": plan});
        let (status, headers, saved) =
            call(&s, Method::POST, "/v1/me/itineraries", mt, &[], Some(&body)).await;
        assert_eq!(status, 201, "{saved}");
        assert_eq!(saved["plan"], plan, "stored as the user saw it");
        let id = saved["id"].as_str().unwrap();
        assert_eq!(
            headers["location"].to_str().unwrap(),
            format!("/v1/me/itineraries/{id}")
        );
        let (_, _, got) = call(
            &s,
            Method::GET,
            &format!("/v1/me/itineraries/{id}"),
            mt,
            &[],
            None,
        )
        .await;
        assert_eq!(got["plan"], plan);
        let (_, _, list) = call(&s, Method::GET, "/v1/me/itineraries", mt, &[], None).await;
        assert_eq!(list["items"][0]["id"], id);
        assert!(list["items"][0]["days"].as_u64().unwrap() >= 2);

        let ics = client()
            .get(s.url(&format!("/v1/me/itineraries/{id}/ics")))
            .bearer_auth(&mei.access)
            .send()
            .await
            .unwrap();
        assert_eq!(ics.status(), 200);
        assert!(
            ics.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        let text = ics.text().await.unwrap();
        assert!(
            text.starts_with("BEGIN:VCALENDAR\r\n")
                && text.contains("BEGIN:VEVENT")
                && text.trim_end().ends_with("END:VCALENDAR")
        );

        // BOLA: every {id} route with Mei's id, as Tom, is a 404 like a missing id.
        for (method, path) in [
            (Method::GET, format!("/v1/me/itineraries/{id}")),
            (Method::GET, format!("/v1/me/itineraries/{id}/ics")),
            (Method::DELETE, format!("/v1/me/itineraries/{id}")),
        ] {
            let (status, headers, body) = call(&s, method.clone(), &path, tt, &[], None).await;
            assert_problem(status, &headers, &body, 404);
            assert_eq!(call(&s, method, &path, None, &[], None).await.0, 401);
        }
        let (_, _, toms) = call(&s, Method::GET, "/v1/me/itineraries", tt, &[], None).await;
        assert!(toms["items"].as_array().unwrap().is_empty());

        // Not a plan -> 422 naming the field.
        let bad = json!({"title": "x", "plan": {"days": "soon"}});
        let (status, headers, out) =
            call(&s, Method::POST, "/v1/me/itineraries", mt, &[], Some(&bad)).await;
        let fields = assert_problem(status, &headers, &out, 422);
        assert!(fields[0].starts_with("plan"), "{out}");
        assert_eq!(
            call(
                &s,
                Method::DELETE,
                &format!("/v1/me/itineraries/{id}"),
                mt,
                &[],
                None
            )
            .await
            .0,
            204
        );
        assert_eq!(
            call(
                &s,
                Method::GET,
                &format!("/v1/me/itineraries/{id}"),
                mt,
                &[],
                None
            )
            .await
            .0,
            404
        );
        // Browsing stays anonymous.
        assert_eq!(get_json(&s, "/v1/places?limit=1").await.0, 200);
    }
}

#[tokio::test]
async fn account_paths_are_in_the_openapi_document() {
    for backend in backends() {
        let (_, _, spec) = get_json(shared(backend), "/openapi.json").await;
        let paths = spec["paths"].as_object().unwrap();
        for path in [
            "/v1/auth/register",
            "/v1/auth/login",
            "/v1/auth/refresh",
            "/v1/auth/logout",
            "/v1/me",
            "/v1/me/favorites",
            "/v1/me/favorites/{place}",
            "/v1/me/itineraries",
            "/v1/me/itineraries/{id}",
            "/v1/me/itineraries/{id}/ics",
            "/v1/merchant/places",
            "/v1/merchant/places/{id}",
            "/v1/merchant/places/{id}/submit",
            "/v1/staff/review-queue",
            "/v1/staff/places/{id}/approve",
            "/v1/staff/places/{id}/reject",
            "/v1/staff/routes",
            "/v1/staff/routes/{id}",
            "/v1/staff/routes/{id}/publish",
            "/v1/staff/routes/{id}/unpublish",
            "/v1/staff/events",
            "/v1/staff/events/{id}",
            "/v1/staff/events/{id}/publish",
            "/v1/staff/alerts",
            "/v1/staff/alerts/{id}",
            "/v1/staff/alerts/{id}/publish",
            "/v1/staff/audit",
            "/v1/staff/users",
            "/v1/staff/users/{id}/role",
        ] {
            assert!(
                paths.contains_key(path),
                "{path} missing from the OpenAPI document"
            );
        }
    }
}

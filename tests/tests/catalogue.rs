//! Zones, routes (+ GeoJSON), events, alerts, locales, policies and the ops endpoints,
//! over real HTTP on every backend.

use guide_tests::{assert_problem, backends, client, get_json, metric_value, shared};

#[tokio::test]
async fn the_eleven_commercial_zones_are_listed_by_tier() {
    for backend in backends() {
        let (status, _, body) = get_json(shared(backend), "/v1/zones?lang=zh-Hans").await;
        assert_eq!(status, 200);
        let items = body["items"].as_array().unwrap();
        assert_eq!(
            items.len(),
            11,
            "5 world-class + 2 Lingnan + 4 transport-hub"
        );
        let count = |tier: &str| items.iter().filter(|z| z["tier"] == tier).count();
        assert_eq!(
            (
                count("world_class"),
                count("lingnan"),
                count("transport_hub")
            ),
            (5, 2, 4)
        );
        for zone in items {
            assert_eq!(zone["locale"], "zh-Hans");
            assert!(
                zone["tier_label"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .any(|c| c > '\u{2E80}'),
                "tier label in Chinese"
            );
        }
        let (status, _, zone) = get_json(shared(backend), "/v1/zones/canton-tower-pazhou").await;
        assert_eq!(status, 200);
        assert!(
            zone["places"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "canton-tower")
        );
        let (status, headers, body) = get_json(shared(backend), "/v1/zones/atlantis").await;
        assert_problem(status, &headers, &body, 404);
    }
}

#[tokio::test]
async fn routes_have_ordered_stops_and_geojson() {
    for backend in backends() {
        let s = shared(backend);
        let (_, _, list) = get_json(s, "/v1/routes").await;
        let routes = list["items"].as_array().unwrap();
        assert!(routes.len() >= 6);
        for route in routes {
            let slug = route["slug"].as_str().unwrap();
            let (status, _, detail) = get_json(s, &format!("/v1/routes/{slug}?lang=ja")).await;
            assert_eq!(status, 200);
            let stops = detail["stops"].as_array().unwrap();
            assert!(stops.len() >= 2, "{slug}");
            for (i, stop) in stops.iter().enumerate() {
                assert!(stop["dwell_minutes"].as_i64().unwrap() > 0);
                let last = i + 1 == stops.len();
                assert_eq!(
                    stop["to_next"].is_null(),
                    last,
                    "{slug}: only the last stop has no leg"
                );
                if !last {
                    assert!(stop["to_next"]["minutes"].as_i64().unwrap() > 0);
                }
            }
            let (status, headers, geo) = get_json(s, &format!("/v1/routes/{slug}/geojson")).await;
            assert_eq!(status, 200);
            assert_eq!(headers["content-type"], "application/geo+json");
            assert_eq!(geo["type"], "FeatureCollection");
            let line = &geo["features"][0]["geometry"];
            assert_eq!(line["type"], "LineString");
            for point in line["coordinates"].as_array().unwrap() {
                let (lng, lat) = (point[0].as_f64().unwrap(), point[1].as_f64().unwrap());
                assert!(
                    lng > 112.9 && lng < 114.1 && lat > 22.5 && lat < 24.0,
                    "[lng, lat] order"
                );
            }
        }
        let (status, headers, body) = get_json(s, "/v1/routes/nowhere").await;
        assert_problem(status, &headers, &body, 404);
    }
}

#[tokio::test]
async fn events_are_windowed_and_paginated() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, all) =
            get_json(s, "/v1/events?from=2026-01-01&to=2028-12-31&limit=100").await;
        assert_eq!(status, 200);
        let all = all["items"].as_array().unwrap().clone();
        assert!(all.len() >= 8, "at least 8 events");
        for pair in all.windows(2) {
            assert!(pair[0]["starts_on"].as_str() <= pair[1]["starts_on"].as_str());
        }
        for event in &all {
            if event["date_confidence"] != "confirmed" {
                assert!(
                    event["notice"].is_string(),
                    "uncertain dates carry a notice"
                );
            }
        }
        let (_, _, first) = get_json(s, "/v1/events?from=2026-01-01&to=2028-12-31&limit=3").await;
        let cursor = first["next_cursor"].as_str().unwrap();
        let (_, _, second) = get_json(
            s,
            &format!("/v1/events?from=2026-01-01&to=2028-12-31&limit=3&cursor={cursor}"),
        )
        .await;
        assert_eq!(second["items"][0]["slug"], all[3]["slug"]);
        // A window with nothing in it.
        let (_, _, none) = get_json(s, "/v1/events?from=1990-01-01&to=1990-12-31").await;
        assert!(none["items"].as_array().unwrap().is_empty());
        for bad in [
            "/v1/events?from=yesterday",
            "/v1/events?from=2027-02-01&to=2027-01-01",
            "/v1/events?limit=500",
        ] {
            let (status, headers, body) = get_json(s, bad).await;
            assert_problem(status, &headers, &body, 400);
        }
    }
}

#[tokio::test]
async fn alerts_locales_and_policies() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, alerts) = get_json(s, "/v1/alerts").await;
        assert_eq!(status, 200);
        assert!(alerts["items"].is_array());

        let (_, _, locales) = get_json(s, "/v1/locales").await;
        let locales = locales["items"].as_array().unwrap();
        assert_eq!(locales.len(), 15);
        let ar = locales.iter().find(|l| l["tag"] == "ar").unwrap();
        assert_eq!(ar["direction"], "rtl");

        let (_, _, transit) = get_json(s, "/v1/policies/transit").await;
        assert_eq!(transit["kind"], "transit");
        assert!(
            transit["versions"].as_array().unwrap().len() >= 2,
            "144 h and 240 h versions"
        );
        let current = &transit["current"];
        for field in [
            "version",
            "source",
            "as_of",
            "confidence",
            "effective_from",
            "data",
        ] {
            assert!(!current[field].is_null(), "{field}");
        }
        let (_, _, refund) = get_json(s, "/v1/policies/tax-refund").await;
        assert!(refund["current"]["data"].is_object());
        let (_, _, entry) = get_json(s, "/v1/policies/visa-free-entry").await;
        assert!(!entry["versions"].as_array().unwrap().is_empty());
    }
}

#[tokio::test]
async fn ops_endpoints_and_docs() {
    for backend in backends() {
        let s = shared(backend);
        assert_eq!(get_json(s, "/healthz").await.0, 200);
        assert_eq!(get_json(s, "/readyz").await.0, 200);
        get_json(s, "/v1/places?kind=mall").await;
        let metrics = client()
            .get(s.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(metrics.contains("http_requests_total"), "{metrics}");
        assert!(metrics.contains("route=\"/v1/places\""));
        // The search index lives in memory; operators see how much of it.
        let index_bytes = metric_value(&metrics, "catalogue_search_index_bytes")
            .unwrap_or_else(|| panic!("no catalogue_search_index_bytes in {metrics}"));
        assert!(index_bytes > 0.0);

        let (status, _, spec) = get_json(s, "/openapi.json").await;
        assert_eq!(status, 200);
        assert!(spec["openapi"].as_str().unwrap().starts_with("3.1"));
        let paths = spec["paths"].as_object().unwrap();
        for path in [
            "/v1/places",
            "/v1/places/{id}",
            "/v1/zones",
            "/v1/zones/{slug}",
            "/v1/routes",
            "/v1/routes/{slug}",
            "/v1/routes/{slug}/geojson",
            "/v1/events",
            "/v1/alerts",
            "/v1/locales",
            "/v1/policies/transit",
            "/v1/policies/tax-refund",
            "/v1/policies/visa-free-entry",
            "/healthz",
            "/readyz",
            "/metrics",
        ] {
            assert!(
                paths.contains_key(path),
                "{path} missing from the OpenAPI document"
            );
        }
        let docs = client().get(s.url("/docs/")).send().await.unwrap();
        assert_eq!(docs.status(), 200);
        let html = docs.text().await.unwrap();
        assert!(html.contains("swagger"), "vendored Swagger UI");
        let css = client()
            .get(s.url("/docs/swagger-ui.css"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            css.status(),
            200,
            "assets served from the binary, no internet needed"
        );
    }
}

/// Every `$ref` in a JSON document.
fn refs(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v.as_str()) {
                    ("$ref", Some(r)) => out.push(r.to_owned()),
                    _ => refs(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_rules_and_every_ref_resolves() {
    for backend in backends() {
        let (_, _, spec) = get_json(shared(backend), "/openapi.json").await;
        let schemas = spec["components"]["schemas"]
            .as_object()
            .expect("component schemas");
        for name in [
            "TransitCheckInput",
            "TransitCheckOutcome",
            "RefundInput",
            "RefundEstimate",
            "PlanRequest",
            "Plan",
            "PlanItem",
        ] {
            assert!(schemas.contains_key(name), "{name} missing from components");
        }
        let transit = &spec["paths"]["/v1/transit/check"]["post"];
        assert!(
            transit["requestBody"]
                .to_string()
                .contains("TransitCheckInput")
        );
        let mut all = Vec::new();
        refs(&spec, &mut all);
        assert!(!all.is_empty());
        for r in all {
            let name = r
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected ref {r}"));
            assert!(schemas.contains_key(name), "dangling $ref {r}");
        }
    }
}

#[tokio::test]
async fn unknown_routes_and_methods_are_problems_too() {
    for backend in backends() {
        let s = shared(backend);
        let (status, headers, body) = get_json(s, "/v1/does-not-exist").await;
        assert_problem(status, &headers, &body, 404);
        let response = client().delete(s.url("/v1/places")).send().await.unwrap();
        assert_eq!(response.status(), 405);
        assert_eq!(
            response.headers()["content-type"],
            "application/problem+json"
        );
    }
}

#[tokio::test]
async fn responses_are_compressed_when_asked() {
    for backend in backends() {
        let s = shared(backend);
        let response = client()
            .get(s.url("/v1/places?limit=100"))
            .header("Accept-Encoding", "gzip")
            .send()
            .await
            .unwrap();
        assert_eq!(response.headers()["content-encoding"], "gzip");
    }
}

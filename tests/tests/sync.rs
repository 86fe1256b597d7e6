//! `GET /v1/sync` (issue 5, "Offline first"): a full bundle per locale with texts in that
//! locale, deltas with tombstones for unpublished and deleted items, ETag/304 when
//! nothing changed, and the sizes docs/PERFORMANCE.md records (seeded bundle <= 1.5 MB
//! gzip per locale, no-change sync <= 1 KB).

use chrono::{Duration, Utc};
use guide_domain::Locale;
use guide_server::store::column::{Status, Wire};
use guide_server::store::entity::place;
use guide_server::store::sync::record_tombstone;
use guide_tests::{assert_problem, backends, client, fresh, get_json, get_with, shared};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

/// Most bytes a seeded bundle of one locale may take gzip-compressed.
const MAX_BUNDLE_GZIP: usize = 1_500_000;
/// Most bytes a sync may take when nothing changed.
const MAX_NO_CHANGE: usize = 1024;

async fn body_size(url: &str, gzip: bool, extra: &[(&str, &str)]) -> (u16, usize, Option<String>) {
    let mut request = client()
        .get(url)
        .header("accept-encoding", if gzip { "gzip" } else { "identity" });
    for (name, value) in extra {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    let etag = response
        .headers()
        .get("etag")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (status, response.bytes().await.unwrap().len(), etag)
}

#[tokio::test]
async fn full_bundle_has_everything_in_the_requested_locale() {
    for backend in backends() {
        let server = shared(backend);
        let (status, _, ja) = get_json(server, "/v1/sync?locale=ja").await;
        assert_eq!(status, 200, "{ja}");
        assert_eq!(ja["locale"], "ja");
        assert_eq!(ja["full"], true);
        assert!(ja["since"].as_str().is_some());
        for key in ["places", "zones", "routes", "events", "policies"] {
            assert!(
                ja[key].as_array().is_some_and(|a| !a.is_empty()),
                "{key} in the bundle"
            );
        }
        assert!(
            ja.get("tombstones").is_none(),
            "a full bundle has no tombstones"
        );
        let tower = ja["places"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["slug"] == "canton-tower")
            .expect("canton-tower");
        assert_eq!(tower["locale"], "ja");
        assert_eq!(tower["name_zh"], "广州塔");
        // Bundle format 2 nests the coordinate as everywhere else in the API.
        assert!(tower["location"]["lat"].as_f64().is_some() && tower["kind"] == "night_scene");
        // The same place, in Arabic or its fallback, never nameless.
        let (_, _, ar) = get_json(server, "/v1/sync?locale=ar").await;
        let tower_ar = ar["places"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["slug"] == "canton-tower")
            .unwrap();
        assert!(!tower_ar["name"].as_str().unwrap().is_empty());
        assert_ne!(tower_ar["name"], tower["name"]);
        // Policies carry their envelope, so the app runs the rules offline.
        let kinds: Vec<&str> = ja["policies"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["kind"].as_str())
            .collect();
        for kind in ["transit", "visa_free_entry", "tax_refund"] {
            assert!(kinds.contains(&kind), "{kind} policy in the bundle");
        }
        // `?lang=` decides when `locale` is absent; a bad locale is a 400 naming the field.
        let (_, _, by_lang) = get_json(server, "/v1/sync?lang=ko").await;
        assert_eq!(by_lang["locale"], "ko");
        let (status, headers, body) = get_json(server, "/v1/sync?locale=xx-nope").await;
        assert_eq!(assert_problem(status, &headers, &body, 400), ["locale"]);
        let (status, headers, body) = get_json(server, "/v1/sync?since=yesterday").await;
        assert_eq!(assert_problem(status, &headers, &body, 400), ["since"]);
    }
}

#[tokio::test]
async fn no_change_sync_is_tiny_and_304_with_the_etag() {
    for backend in backends() {
        let server = shared(backend);
        let (_, _, full) = get_json(server, "/v1/sync?locale=en").await;
        let since = full["since"].as_str().unwrap().to_owned();
        let url = server.url(&format!("/v1/sync?locale=en&since={}", urlencode(&since)));
        let (status, _, delta) = get_with(
            server,
            &format!("/v1/sync?locale=en&since={}", urlencode(&since)),
            &[],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(delta["full"], false);
        assert_eq!(
            delta["since"],
            since.as_str(),
            "the watermark does not move without changes"
        );
        assert!(
            delta.get("places").is_none() && delta.get("tombstones").is_none(),
            "{delta}"
        );
        let (_, identity, etag) = body_size(&url, false, &[]).await;
        let (_, gzip, _) = body_size(&url, true, &[]).await;
        assert!(
            identity <= MAX_NO_CHANGE,
            "no-change sync is {identity} bytes"
        );
        let etag = etag.expect("ETag on the sync");
        let (status, not_modified, _) = body_size(&url, true, &[("if-none-match", &etag)]).await;
        assert_eq!(status, 304);
        assert_eq!(not_modified, 0);
        eprintln!(
            "SIZE no-change sync ({backend:?}): {identity} bytes identity, {gzip} bytes gzip, 304 with If-None-Match: 0 bytes"
        );
    }
}

#[tokio::test]
async fn seeded_bundle_fits_the_budget_in_every_locale() {
    let server = shared(backends()[0]);
    let mut report = Vec::new();
    for locale in Locale::ALL {
        let url = server.url(&format!("/v1/sync?locale={}", locale.tag()));
        let (status, gzip, _) = body_size(&url, true, &[]).await;
        assert_eq!(status, 200);
        let (_, identity, _) = body_size(&url, false, &[]).await;
        assert!(gzip <= MAX_BUNDLE_GZIP, "{locale}: {gzip} bytes gzip");
        assert!(gzip < identity, "{locale}: the bundle is compressed");
        report.push(format!("{}={}/{}", locale.tag(), identity, gzip));
    }
    eprintln!("SIZE full bundle identity/gzip bytes: {}", report.join(" "));
}

#[tokio::test]
async fn deltas_carry_changes_and_tombstones() {
    for backend in backends() {
        let server = fresh(backend).await;
        let db = server.db().await;
        let (_, _, full) = get_json(&server, "/v1/sync?locale=fr").await;
        let since = full["since"].as_str().unwrap().to_owned();
        let places = full["places"].as_array().unwrap();
        let pick = |slug: &str| {
            places.iter().find(|p| p["slug"] == slug).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        let (tower, kept) = (
            pick("canton-tower"),
            places[0]["id"].as_str().unwrap().to_owned(),
        );
        let event_id = full["events"][0]["id"].as_str().unwrap().to_owned();

        // Unpublish one place, touch another, delete an event (recorded as a tombstone).
        let later = Utc::now() + Duration::seconds(1);
        let mut row = place::Entity::find_by_id(tower.clone())
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        row.status = Set(Wire(Status::Draft));
        row.updated_at = Set(later);
        row.update(&db).await.unwrap();
        let touched = if kept == tower {
            places[1]["id"].as_str().unwrap().to_owned()
        } else {
            kept
        };
        let mut row = place::Entity::find_by_id(touched.clone())
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        row.updated_at = Set(later);
        row.update(&db).await.unwrap();
        record_tombstone(&db, "event", &event_id, later)
            .await
            .unwrap();
        record_tombstone(&db, "event", &event_id, later)
            .await
            .unwrap();

        // Written behind the server's back, as another node would: wait for its poll.
        let delta_url = format!("/v1/sync?locale=fr&since={}", urlencode(&since));
        let started = std::time::Instant::now();
        let (status, _, delta) = loop {
            let answer = get_json(&server, &delta_url).await;
            if answer.2.get("tombstones").is_some()
                || started.elapsed() > std::time::Duration::from_secs(5)
            {
                break answer;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        };
        assert_eq!(status, 200, "{delta}");
        assert_eq!(delta["full"], false);
        let changed: Vec<&str> = delta["places"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap())
            .collect();
        assert_eq!(
            changed,
            [touched.as_str()],
            "only the touched place is sent again"
        );
        let mut tombstones: Vec<(String, String)> = delta["tombstones"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["kind"].as_str().unwrap().to_owned(),
                    t["id"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        tombstones.sort();
        assert_eq!(
            tombstones,
            [
                ("event".to_owned(), event_id.clone()),
                ("place".to_owned(), tower.clone())
            ]
        );
        assert!(
            delta.get("policies").is_none() && delta.get("zones").is_none(),
            "unchanged kinds are left out"
        );
        let next = delta["since"].as_str().unwrap();
        assert!(next > since.as_str(), "the watermark moves forward");

        // From the new watermark, nothing again.
        let (_, _, again) = get_json(
            &server,
            &format!("/v1/sync?locale=fr&since={}", urlencode(next)),
        )
        .await;
        assert!(
            again.get("places").is_none() && again.get("tombstones").is_none(),
            "{again}"
        );
        // A fresh full bundle simply leaves the unpublished place out.
        let (_, _, full) = get_json(&server, "/v1/sync?locale=fr").await;
        assert!(
            full["places"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["id"] != tower.as_str())
        );
    }
}

fn urlencode(s: &str) -> String {
    form_urlencoded_byte_serialize(s)
}

fn form_urlencoded_byte_serialize(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

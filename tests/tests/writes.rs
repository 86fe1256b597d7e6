//! Tests that change data, each on a server with a database of its own: pagination that
//! stays stable while places are inserted, idempotent seeding, and readiness when the
//! database goes away.

use std::collections::HashSet;

use chrono::Utc;
use guide_domain::{District, PlaceKind};
use guide_server::seed;
use guide_server::store::entity::{place, place_translation};
use guide_tests::{backends, fresh, get_json, seeds_dir};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, PaginatorTrait};

/// Inserts a published place directly (the merchant API comes later).
async fn insert_place(db: &sea_orm::DatabaseConnection, slug: &str, name: &str) {
    let id = uuid::Uuid::now_v7().to_string();
    let now = Utc::now();
    place::Model {
        lat: Some(23.13),
        lng: Some(113.32),
        ..place::Model::blank(
            id.clone(),
            slug.to_owned(),
            PlaceKind::Shop,
            District::Tianhe,
            format!("测试{slug}"),
            now,
        )
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await
    .unwrap();
    place_translation::Model {
        place_id: id,
        locale: "en".into(),
        name: name.into(),
        summary: None,
        address: None,
        hours_note: None,
        origin: None,
    }
    .into_active_model()
    .reset_all()
    .insert(db)
    .await
    .unwrap();
}

#[tokio::test]
async fn pagination_is_stable_while_places_are_inserted() {
    for backend in backends() {
        let server = fresh(backend).await;
        let db = server.db().await;
        let (_, _, before) = get_json(&server, "/v1/places?limit=100&sort=name").await;
        let mut expected: Vec<String> = before["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["slug"].as_str().unwrap().to_owned())
            .collect();
        let mut seen = Vec::new();
        let mut cursor: Option<String> = None;
        let mut page = 0;
        loop {
            let path = match &cursor {
                None => "/v1/places?limit=10&sort=name".to_owned(),
                Some(c) => format!("/v1/places?limit=10&sort=name&cursor={c}"),
            };
            let (status, _, body) = get_json(&server, &path).await;
            assert_eq!(status, 200);
            seen.extend(
                body["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|i| i["slug"].as_str().unwrap().to_owned()),
            );
            // Between pages, someone adds places sorting before and after the cursor.
            insert_place(
                &db,
                &format!("aaa-early-{page}"),
                &format!("AAA early {page}"),
            )
            .await;
            insert_place(
                &db,
                &format!("zzz-late-{page}"),
                &format!("ZZZ late {page}"),
            )
            .await;
            // Written behind the server's back, as another node would: the catalogue takes
            // them in within its poll interval.
            let late = format!("/v1/places/zzz-late-{page}");
            let started = std::time::Instant::now();
            while get_json(&server, &late).await.0 != 200 {
                assert!(
                    started.elapsed() < std::time::Duration::from_secs(5),
                    "{backend:?}: {late} never appeared"
                );
                tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            }
            page += 1;
            match body["next_cursor"].as_str() {
                Some(c) if page < 40 => cursor = Some(c.to_owned()),
                _ => break,
            }
        }
        let unique: HashSet<&String> = seen.iter().collect();
        assert_eq!(unique.len(), seen.len(), "{backend:?}: no place twice");
        // Every place that existed before is seen exactly once, in order.
        expected.truncate(100);
        let original: Vec<&String> = seen
            .iter()
            .filter(|s| !s.starts_with("aaa-") && !s.starts_with("zzz-"))
            .collect();
        assert!(original.len() >= expected.len());
        assert_eq!(
            original[..expected.len()]
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>(),
            expected
        );
        // Places inserted before the cursor never show up late; ones after it do.
        assert!(seen.iter().all(|s| !s.starts_with("aaa-")));
        assert!(seen.iter().any(|s| s.starts_with("zzz-")));
    }
}

#[tokio::test]
async fn seeding_twice_changes_nothing_and_duplicates_nothing() {
    for backend in backends() {
        let server = fresh(backend).await;
        let db = server.db().await;
        let places_before = place::Entity::find().count(&db).await.unwrap();
        let (_, first, _) = get_json(&server, "/v1/places/canton-tower").await;
        let report = seed::load(&db, &seeds_dir(), |_| {}).await.unwrap();
        assert_eq!(report.changed(), 0, "{report}");
        assert_eq!(
            place::Entity::find().count(&db).await.unwrap(),
            places_before
        );
        let (_, second, _) = get_json(&server, "/v1/places/canton-tower").await;
        assert_eq!(
            first["etag"], second["etag"],
            "an unchanged seed keeps ETags"
        );
    }
}

#[tokio::test]
async fn invalid_seed_files_are_reported_with_file_entry_and_field() {
    let dir =
        guide_tests::scratch_dir().join(format!("bad-seeds-{}", uuid::Uuid::now_v7().simple()));
    copy_dir(&seeds_dir(), &dir);
    let zones = std::fs::read_to_string(dir.join("zones.yaml")).unwrap();
    std::fs::write(
        dir.join("zones.yaml"),
        zones.replacen("tier: world_class", "tier: galactic", 1),
    )
    .unwrap();
    std::fs::write(
        dir.join("places/zz-broken.yaml"),
        "- slug: broken-place\n  kind: castle\n  district: tianhe\n  name_zh: 坏\n  confidence: confirmed\n  translations: {en: {name: Broken}, zh-Hans: {name: 坏}}\n\
         - slug: far-away\n  kind: shop\n  district: tianhe\n  name_zh: 远\n  confidence: confirmed\n  location: {lat: 48.85, lng: 2.35}\n  opening_hours: \"Mo-Xx 25:00\"\n  translations: {en: {name: Far}}\n",
    )
    .unwrap();
    let errors = seed::read_dir(&dir).unwrap_err();
    let text: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("zones.yaml: entry 1"), "{text:#?}");
    assert!(has("field `tier`"), "{text:#?}");
    assert!(
        has("zz-broken.yaml: entry 1 (broken-place): field `kind`"),
        "{text:#?}"
    );
    assert!(has("(far-away): field `location`"), "{text:#?}");
    assert!(has("(far-away): field `opening_hours`"), "{text:#?}");
    assert!(
        has("(far-away): field `translations`"),
        "missing zh-Hans: {text:#?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[tokio::test]
async fn readiness_fails_with_503_when_the_database_is_gone() {
    for backend in backends() {
        let (server, pool) = guide_tests::fresh_with_pool(backend).await;
        assert_eq!(get_json(&server, "/readyz").await.0, 200);
        pool.close().await.unwrap();
        let (status, headers, body) = get_json(&server, "/readyz").await;
        guide_tests::assert_problem(status, &headers, &body, 503);
        assert_eq!(
            get_json(&server, "/healthz").await.0,
            200,
            "liveness does not depend on the database"
        );
        // The published catalogue is served from memory, so visitors keep reading it.
        assert_eq!(get_json(&server, "/v1/places").await.0, 200);
        // What needs the database says so, without internals.
        let response = guide_tests::client()
            .post(server.url("/v1/auth/login"))
            .json(&serde_json::json!({"email": "a@example.com", "password": "a long enough password"}))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        let body = response.text().await.unwrap();
        assert_eq!(status, 503, "{body}");
        assert!(!body.contains("pool"), "no internals leak: {body}");
    }
}

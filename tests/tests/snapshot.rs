//! The in-memory catalogue (issue "One typed catalogue, served from memory"): a write on
//! one node is visible in the next read on that node, and within a second on another node
//! (a separate `guide-server` process on the same database), on every backend.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use axum::http::Method;
use guide_tests::accounts::{call, staff};
use guide_tests::{TEST_JWT_SECRET, backends, fresh, get_json, seeds_dir};
use serde_json::json;

/// A `guide-server` process, killed when dropped.
struct Node {
    child: Child,
    base: String,
}

impl Drop for Node {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// The server binary: `GUIDE_SERVER_BIN`, else the workspace's debug build (`cargo xtask
/// test` builds it before the tests run).
fn server_bin() -> std::path::PathBuf {
    std::env::var_os("GUIDE_SERVER_BIN")
        .map(Into::into)
        .unwrap_or_else(|| {
            let bin = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../target/debug/guide-server");
            assert!(
                bin.exists(),
                "{} is missing: run `cargo build -p guide-server` (cargo xtask test does)",
                bin.display()
            );
            bin
        })
}

/// Starts a second node on `database_url` and waits until it serves.
fn second_node(database_url: &str) -> Node {
    let mut child = Command::new(server_bin())
        .env("GUIDE_DATABASE_URL", database_url)
        .env("GUIDE_BIND", "127.0.0.1:0")
        .env("GUIDE_JWT_SECRET", TEST_JWT_SECRET)
        .env("GUIDE_SEEDS_DIR", seeds_dir())
        .env("GUIDE_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start guide-server");
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    let base = loop {
        let line = lines
            .next()
            .expect("the node prints its address")
            .expect("readable stdout");
        if let Some(rest) = line.strip_prefix("Canton Guide API listening on ") {
            break rest.trim().to_owned();
        }
    };
    // Keep draining stdout so the node never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Node { child, base }
}

#[tokio::test]
async fn a_write_is_seen_at_once_here_and_within_a_second_on_another_node() {
    for backend in backends() {
        let a = fresh(backend).await;
        let b = tokio::task::spawn_blocking({
            let url = a.database_url.clone();
            move || second_node(&url)
        })
        .await
        .unwrap();
        let b_server = guide_tests::TestServer {
            base: b.base.clone(),
            database_url: a.database_url.clone(),
            backend,
        };
        let curator = staff(&a, "curator").await;
        let t = Some(curator.access.as_str());
        let body = json!({
            "slug": "snapshot-lantern-night", "kind": "festival", "starts_on": "2027-02-10", "ends_on": "2027-02-12",
            "place": "canton-tower", "zones": [], "date_confidence": "confirmed",
            "translations": {"en": {"name": "Lantern night"}, "zh-Hans": {"name": "灯会之夜"}}
        });
        let (status, _, event) =
            call(&a, Method::POST, "/v1/staff/events", t, &[], Some(&body)).await;
        assert_eq!(status, 201, "{event}");
        let window = "/v1/events?from=2027-02-01&to=2027-02-28&limit=100";
        let listed = |b: &serde_json::Value| {
            b["items"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["slug"] == "snapshot-lantern-night")
        };
        assert!(
            !listed(&get_json(&a, window).await.2),
            "{backend:?}: a draft is not public"
        );

        let published_at = Instant::now();
        let (status, _, _) = call(
            &a,
            Method::POST,
            &format!("/v1/staff/events/{}/publish", event["id"].as_str().unwrap()),
            t,
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        // This node: the very next read.
        assert!(
            listed(&get_json(&a, window).await.2),
            "{backend:?}: visible on the writing node at once"
        );
        // The other node: polls the catalogue version every half second.
        let seen_after = loop {
            if listed(&get_json(&b_server, window).await.2) {
                break published_at.elapsed();
            }
            assert!(
                published_at.elapsed() < Duration::from_secs(5),
                "{backend:?}: the second node never saw the event"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        };
        eprintln!(
            "FRESHNESS {backend:?}: second node saw the write after {} ms",
            seen_after.as_millis()
        );

        // And an unpublish travels the same way.
        call(
            &a,
            Method::POST,
            &format!(
                "/v1/staff/events/{}/unpublish",
                event["id"].as_str().unwrap()
            ),
            t,
            &[],
            None,
        )
        .await;
        assert!(!listed(&get_json(&a, window).await.2));
        let started = Instant::now();
        while listed(&get_json(&b_server, window).await.2) {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{backend:?}: the second node kept the unpublished event"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        drop(b);
    }
}

#[tokio::test]
async fn etags_change_exactly_when_the_answer_does() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let (_, before, _) = get_json(&s, "/v1/places/canton-tower").await;
        let (_, again, _) = get_json(&s, "/v1/places/canton-tower").await;
        assert_eq!(before["etag"], again["etag"], "same answer, same tag");
        // A change elsewhere in the catalogue reloads the snapshot but not this answer.
        let body = json!({
            "slug": "etag-test-event", "kind": "fair", "starts_on": "2027-03-01", "ends_on": "2027-03-02",
            "zones": [], "date_confidence": "uncertain", "translations": {"en": {"name": "Fair"}}
        });
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/staff/events",
            Some(&curator.access),
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 201);
        let (_, after, _) = get_json(&s, "/v1/places/canton-tower").await;
        assert_eq!(
            before["etag"], after["etag"],
            "{backend:?}: an unrelated write keeps the tag"
        );
        let (_, events_before, _) = get_json(&s, "/v1/events?from=2027-03-01&to=2027-03-31").await;
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/staff/events/etag-test-event/publish",
            Some(&curator.access),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        let (_, events_after, _) = get_json(&s, "/v1/events?from=2027-03-01&to=2027-03-31").await;
        assert_ne!(
            events_before["etag"], events_after["etag"],
            "{backend:?}: a changed answer gets a new tag"
        );
    }
}

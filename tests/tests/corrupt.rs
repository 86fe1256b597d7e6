//! A catalogue row that does not parse (issue "One typed catalogue": "an error that is
//! logged and counted, never a silent default"): the place is left out of every answer,
//! the rest of the catalogue is served, and `/metrics` counts the rejected row. One test
//! per binary, so no other server in this process moves the shared metrics recorder.

use std::time::{Duration, Instant};

use guide_tests::{backends, client, fresh, get_json};
use sea_orm::{ConnectionTrait, TransactionTrait};

#[tokio::test]
async fn a_row_that_does_not_parse_is_left_out_logged_and_counted() {
    for backend in backends() {
        let s = fresh(backend).await;
        let db = s.db().await;
        // Written behind the server's back, as a bad migration or a hand-run fix could; in
        // one transaction, so that no reload can fall between the three.
        let txn = db.begin().await.unwrap();
        for sql in [
            "UPDATE places SET kind = 'castle' WHERE slug = 'canton-tower'",
            "UPDATE places SET payments = 'not json' WHERE slug = 'chen-clan-academy'",
            "UPDATE places SET opening_hours = 'whenever you like' WHERE slug = 'guangdong-museum'",
        ] {
            txn.execute_unprepared(sql).await.unwrap();
        }
        txn.commit().await.unwrap();
        // The catalogue version moved (triggers); the server reloads within its poll.
        let started = Instant::now();
        while get_json(&s, "/v1/places/canton-tower").await.0 != 404 {
            assert!(
                started.elapsed() < Duration::from_secs(5),
                "{backend:?}: the broken row is still served"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        for slug in ["chen-clan-academy", "guangdong-museum"] {
            assert_eq!(
                get_json(&s, &format!("/v1/places/{slug}")).await.0,
                404,
                "{backend:?}: {slug}"
            );
        }
        // Everything else is still there, and lists never show a defaulted version.
        let (status, _, body) = get_json(&s, "/v1/places?limit=100").await;
        assert_eq!(status, 200);
        let slugs: Vec<&str> = body["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["slug"].as_str().unwrap())
            .collect();
        assert!(
            slugs.len() > 50 && !slugs.contains(&"canton-tower"),
            "{backend:?}: {}",
            slugs.len()
        );
        assert_eq!(get_json(&s, "/v1/places/shamian-island").await.0, 200);
        let metrics = client()
            .get(s.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            metrics.contains("catalogue_rows_rejected{table=\"places\"} 3"),
            "{backend:?}: {metrics}"
        );
    }
}

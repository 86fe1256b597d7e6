//! What a visitor notes on the phone and keeps with the account (tax-refund purchases,
//! saved plans), on every backend: the phone makes the id, so an upload repeated after a
//! lost answer changes nothing; another account's id is not found; mistakes are explained
//! by field.

use guide_tests::accounts::{call, register};
use guide_tests::{backends, fresh};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn purchases_are_stored_by_the_phones_id_and_only_for_their_account() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mei = register(&s, "mei", "visitor").await;
        let other = register(&s, "other", "visitor").await;
        let id = uuid::Uuid::new_v4().to_string();
        let path = format!("/v1/me/purchases/{id}");
        let body = json!({"store": "friendship-store-ifc", "date": "2026-12-01",
            "amount_cny": "250.00", "vat_rate": 13, "instant": true});

        let (status, _, _) = call(&s, Method::PUT, &path, None, &[], Some(&body)).await;
        assert_eq!(status, 401, "{backend:?}");
        let (status, _, first) =
            call(&s, Method::PUT, &path, Some(&mei.access), &[], Some(&body)).await;
        assert_eq!(status, 201, "{first}");
        assert_eq!(first["amount_cny"], "250.00");
        // The same upload again (the phone never saw the answer): nothing new.
        let (status, _, _) =
            call(&s, Method::PUT, &path, Some(&mei.access), &[], Some(&body)).await;
        assert_eq!(status, 200);
        let (_, _, list) = call(
            &s,
            Method::GET,
            "/v1/me/purchases",
            Some(&mei.access),
            &[],
            None,
        )
        .await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1, "{list}");
        assert_eq!(list["items"][0]["id"], id.as_str());
        assert_eq!(list["items"][0]["store"], "friendship-store-ifc");

        // Another account can neither overwrite, see nor delete it.
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &path,
            Some(&other.access),
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 404);
        let (_, _, theirs) = call(
            &s,
            Method::GET,
            "/v1/me/purchases",
            Some(&other.access),
            &[],
            None,
        )
        .await;
        assert!(theirs["items"].as_array().unwrap().is_empty());
        let (status, _, _) = call(&s, Method::DELETE, &path, Some(&other.access), &[], None).await;
        assert_eq!(status, 404);

        // Mistakes by field; an id that is not a UUID names nothing.
        let bad = json!({"store": " ", "date": "2026-12-01", "amount_cny": "-3", "vat_rate": 40});
        let (status, _, problem) =
            call(&s, Method::PUT, &path, Some(&mei.access), &[], Some(&bad)).await;
        assert_eq!(status, 422, "{problem}");
        let fields: Vec<&str> = problem["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["field"].as_str().unwrap())
            .collect();
        assert_eq!(fields, ["store", "amount_cny", "vat_rate"]);
        let (status, _, _) = call(
            &s,
            Method::PUT,
            "/v1/me/purchases/not-a-uuid",
            Some(&mei.access),
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 404);

        let (status, _, _) = call(&s, Method::DELETE, &path, Some(&mei.access), &[], None).await;
        assert_eq!(status, 204);
        let (status, _, _) = call(&s, Method::DELETE, &path, Some(&mei.access), &[], None).await;
        assert_eq!(status, 404);
    }
}

#[tokio::test]
async fn a_plan_saved_on_the_phone_is_stored_by_its_id_once() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mei = register(&s, "plan", "visitor").await;
        let other = register(&s, "other", "visitor").await;
        let request = json!({"entry_at": "2026-12-01T09:00:00+08:00",
            "exit_at": "2026-12-02T18:00:00+08:00", "start": {"lat": 23.12, "lng": 113.27}});
        let (status, _, plan) = call(
            &s,
            Method::POST,
            "/v1/itineraries/plan",
            None,
            &[],
            Some(&request),
        )
        .await;
        assert_eq!(status, 200, "{plan}");
        let id = uuid::Uuid::new_v4().to_string();
        let path = format!("/v1/me/itineraries/{id}");
        let body = json!({"title": "Two days", "plan": plan});
        let (status, _, saved) =
            call(&s, Method::PUT, &path, Some(&mei.access), &[], Some(&body)).await;
        assert_eq!(status, 201, "{backend:?}: {saved}");
        let (status, _, _) =
            call(&s, Method::PUT, &path, Some(&mei.access), &[], Some(&body)).await;
        assert_eq!(status, 200, "the same upload again");
        let (_, _, list) = call(
            &s,
            Method::GET,
            "/v1/me/itineraries",
            Some(&mei.access),
            &[],
            None,
        )
        .await;
        assert_eq!(list["items"].as_array().unwrap().len(), 1);
        let (status, _, one) = call(&s, Method::GET, &path, Some(&mei.access), &[], None).await;
        assert_eq!((status, &one["plan"]), (200, &plan));
        // Another account's id is not theirs to overwrite; a non-plan is refused by field.
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &path,
            Some(&other.access),
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 404);
        let (status, _, problem) = call(
            &s,
            Method::PUT,
            &path,
            Some(&mei.access),
            &[],
            Some(&json!({"title": "", "plan": {"days": "many"}})),
        )
        .await;
        assert_eq!(status, 422, "{problem}");
    }
}

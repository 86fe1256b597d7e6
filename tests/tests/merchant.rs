//! Merchant listings end to end on every backend: drafts, submission, review with a diff,
//! approval, pending revisions of live listings, If-Match (428/412 and a real race in
//! which no edit is silently lost), validation, mass assignment and BOLA.

use guide_tests::accounts::{Session, call, listing, register, staff};
use guide_tests::{TestServer, assert_problem, backends, fresh, get_json};
use reqwest::Method;
use serde_json::{Value, json};

async fn create(s: &TestServer, merchant: &Session, name: &str) -> Value {
    let (status, headers, body) = call(
        s,
        Method::POST,
        "/v1/merchant/places",
        Some(&merchant.access),
        &[],
        Some(&listing(name)),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        headers["etag"].to_str().unwrap(),
        body["etag"].as_str().unwrap()
    );
    body
}

async fn patch(
    s: &TestServer,
    who: &Session,
    id: &str,
    etag: &str,
    body: Value,
) -> (u16, reqwest::header::HeaderMap, Value) {
    call(
        s,
        Method::PATCH,
        &format!("/v1/merchant/places/{id}"),
        Some(&who.access),
        &[("if-match", etag)],
        Some(&body),
    )
    .await
}

async fn submit(
    s: &TestServer,
    who: &Session,
    id: &str,
    etag: &str,
) -> (u16, reqwest::header::HeaderMap, Value) {
    call(
        s,
        Method::POST,
        &format!("/v1/merchant/places/{id}/submit"),
        Some(&who.access),
        &[("if-match", etag)],
        None,
    )
    .await
}

#[tokio::test]
async fn a_listing_goes_from_draft_to_review_to_live_and_revisions_wait_for_approval() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "shop", "merchant").await;
        let curator = staff(&s, "curator").await;
        let created = create(&s, &merchant, "Dawn").await;
        let id = created["id"].as_str().unwrap().to_owned();
        let slug = created["slug"].as_str().unwrap().to_owned();
        assert_eq!(created["status"], "draft");
        assert_eq!(created["revision"]["status"], "draft");
        // Drafts are not public.
        assert_eq!(get_json(&s, &format!("/v1/places/{id}")).await.0, 404);

        let (status, _, submitted) =
            submit(&s, &merchant, &id, created["etag"].as_str().unwrap()).await;
        assert_eq!(status, 200, "{submitted}");
        assert_eq!(submitted["status"], "pending");

        // The review queue shows the new listing with every field as a change.
        let (status, _, queue) = call(
            &s,
            Method::GET,
            "/v1/staff/review-queue",
            Some(&curator.access),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        let item = queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["place_id"] == id.as_str())
            .unwrap()
            .clone();
        assert_eq!(item["kind"], "new");
        assert_eq!(item["merchant_email"], merchant.email.as_str());
        assert!(
            item["changes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["field"] == "translations.en.name")
        );

        let (status, _, approved) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/places/{id}/approve"),
            Some(&curator.access),
            &[("if-match", item["etag"].as_str().unwrap())],
            None,
        )
        .await;
        assert_eq!(status, 200, "{approved}");
        let (status, _, public) = get_json(&s, &format!("/v1/places/{slug}?lang=en")).await;
        assert_eq!(status, 200);
        assert_eq!(public["name"], "Dawn Tea House");
        // Merchant claims are not verified facts.
        assert!(
            public["payments"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["verified_at"].is_null())
        );

        // Editing the live listing creates a pending revision; the live one stays.
        let (_, headers, view) = call(
            &s,
            Method::GET,
            &format!("/v1/merchant/places/{id}"),
            Some(&merchant.access),
            &[],
            None,
        )
        .await;
        assert_eq!(view["live"], true);
        assert!(view["revision"].is_null());
        let etag = headers["etag"].to_str().unwrap().to_owned();
        let (status, _, edited) = patch(
            &s,
            &merchant,
            &id,
            &etag,
            json!({"translations": {"en": {"name": "Dawn Tea House & Bakery"}}, "night": true}),
        )
        .await;
        assert_eq!(status, 200, "{edited}");
        assert_eq!(edited["revision"]["status"], "pending");
        assert_eq!(edited["status"], "published");
        assert_eq!(
            edited["listing"]["translations"]["en"]["summary"], "Cantonese breakfast.",
            "merge patch keeps other fields"
        );
        let (_, _, public) = get_json(&s, &format!("/v1/places/{slug}?lang=en")).await;
        assert_eq!(
            public["name"], "Dawn Tea House",
            "the published version stays live"
        );

        let (_, _, queue) = call(
            &s,
            Method::GET,
            "/v1/staff/review-queue",
            Some(&curator.access),
            &[],
            None,
        )
        .await;
        let item = queue["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["place_id"] == id.as_str())
            .unwrap()
            .clone();
        assert_eq!(item["kind"], "revision");
        let mut fields: Vec<&str> = item["changes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["field"].as_str().unwrap())
            .collect();
        fields.sort();
        assert_eq!(
            fields,
            ["night", "translations.en.name"],
            "the diff names exactly what changed"
        );

        let (status, _, _) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/places/{id}/approve"),
            Some(&curator.access),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200);
        let (_, _, public) = get_json(&s, &format!("/v1/places/{slug}?lang=en")).await;
        assert_eq!(public["name"], "Dawn Tea House & Bakery");
        assert_eq!(public["night"], true);
        // Approving again: nothing is pending.
        let (status, headers, body) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/places/{id}/approve"),
            Some(&curator.access),
            &[],
            None,
        )
        .await;
        assert_problem(status, &headers, &body, 409);

        // Every step is in the audit log, with before and after.
        let (_, _, audit) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/audit?target_id={id}&limit=100"),
            Some(&curator.access),
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
                "place.approve",
                "listing.submit",
                "place.approve",
                "listing.submit",
                "listing.create"
            ]
        );
        let last = &audit["items"][0];
        assert_eq!(
            last["before"]["translations"]["en"]["name"],
            "Dawn Tea House"
        );
        assert_eq!(
            last["after"]["translations"]["en"]["name"],
            "Dawn Tea House & Bakery"
        );
        assert_eq!(last["actor_role"], "curator");
    }
}

#[tokio::test]
async fn a_rejection_reason_reaches_the_merchant_in_their_language() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "rejected", "merchant").await;
        let curator = staff(&s, "curator").await;
        let created = create(&s, &merchant, "Dusk").await;
        let id = created["id"].as_str().unwrap();
        submit(&s, &merchant, id, created["etag"].as_str().unwrap()).await;
        let path = format!("/v1/staff/places/{id}/reject");
        let (status, headers, body) = call(
            &s,
            Method::POST,
            &path,
            Some(&curator.access),
            &[],
            Some(&json!({"reason": "rude"})),
        )
        .await;
        assert_eq!(assert_problem(status, &headers, &body, 422), ["reason"]);
        let (status, _, out) = call(
            &s,
            Method::POST,
            &path,
            Some(&curator.access),
            &[],
            Some(&json!({"reason": "incomplete", "note": "Add the phone number."})),
        )
        .await;
        assert_eq!(
            (status, out["status"].as_str()),
            (200, Some("rejected")),
            "{out}"
        );

        let (_, headers, ja) = call(
            &s,
            Method::GET,
            &format!("/v1/merchant/places/{id}"),
            Some(&merchant.access),
            &[("accept-language", "ja")],
            None,
        )
        .await;
        assert_eq!(ja["review"]["decision"], "rejected");
        assert_eq!(ja["review"]["reason_code"], "incomplete");
        assert_eq!(ja["review"]["note"], "Add the phone number.");
        assert!(
            ja["review"]["reason"]
                .as_str()
                .unwrap()
                .chars()
                .any(|c| c > '\u{3000}'),
            "Japanese: {ja}"
        );
        let (_, _, ar) = call(
            &s,
            Method::GET,
            &format!("/v1/merchant/places/{id}?lang=ar"),
            Some(&merchant.access),
            &[],
            None,
        )
        .await;
        assert_ne!(ar["review"]["reason"], ja["review"]["reason"]);
        // Fix and resubmit.
        let etag = headers["etag"].to_str().unwrap().to_owned();
        let (status, headers, _) = patch(
            &s,
            &merchant,
            id,
            &etag,
            json!({"phone": "+86 20 0000 0000"}),
        )
        .await;
        assert_eq!(status, 200);
        let (status, _, again) = submit(&s, &merchant, id, headers["etag"].to_str().unwrap()).await;
        assert_eq!((status, again["status"].as_str()), (200, Some("pending")));
    }
}

#[tokio::test]
async fn listings_are_validated_with_messages_that_point_at_the_problem() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "validate", "merchant").await;
        let cases: Vec<(Value, &str)> = vec![
            (
                json!({"location": {"lat": 22.54, "lng": 114.06}}),
                "location",
            ),
            (
                json!({"opening_hours": "Mo-Fr 25:00-26:00"}),
                "opening_hours",
            ),
            (json!({"kind": "castle"}), "kind"),
            (json!({"payments": ["bitcoin"]}), "payments[0]"),
            (
                json!({"translations": {"zh-Hans": {"name": "只有中文"}}}),
                "translations.en",
            ),
            (
                json!({"translations": {"en": {"name": "x"}, "klingon": {"name": "y"}}}),
                "translations.klingon",
            ),
        ];
        for (change, field) in cases {
            let mut body = listing("Bad");
            for (k, v) in change.as_object().unwrap() {
                body[k] = v.clone();
            }
            let (status, headers, out) = call(
                &s,
                Method::POST,
                "/v1/merchant/places",
                Some(&merchant.access),
                &[],
                Some(&body),
            )
            .await;
            let fields = assert_problem(status, &headers, &out, 422);
            assert_eq!(fields, [field], "{change} -> {out}");
        }
        let mut body = listing("Hours");
        body["opening_hours"] = json!("Mo-Fr 25:00-26:00");
        let (_, _, out) = call(
            &s,
            Method::POST,
            "/v1/merchant/places",
            Some(&merchant.access),
            &[],
            Some(&body),
        )
        .await;
        assert!(
            out["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("25:00"),
            "the parser's message points at the error: {out}"
        );
    }
}

#[tokio::test]
async fn writes_need_if_match_and_a_race_loses_no_edit() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "racer", "merchant").await;
        let created = create(&s, &merchant, "Race").await;
        let id = created["id"].as_str().unwrap().to_owned();
        let etag = created["etag"].as_str().unwrap().to_owned();
        let path = format!("/v1/merchant/places/{id}");
        let (status, headers, body) = call(
            &s,
            Method::PATCH,
            &path,
            Some(&merchant.access),
            &[],
            Some(&json!({"night": true})),
        )
        .await;
        assert_problem(status, &headers, &body, 428);
        let (status, _, _) = call(
            &s,
            Method::PATCH,
            &path,
            Some(&merchant.access),
            &[("if-match", "*")],
            Some(&json!({"night": true})),
        )
        .await;
        assert_eq!(status, 428, "`*` would skip the check");
        let (status, headers, body) = submit(&s, &merchant, &id, "\"stale\"").await;
        assert_problem(status, &headers, &body, 412);

        // Two writers load the same version and save different edits at the same moment.
        let (a, b) = tokio::join!(
            patch(
                &s,
                &merchant,
                &id,
                &etag,
                json!({"phone": "+86 20 1111 1111"})
            ),
            patch(
                &s,
                &merchant,
                &id,
                &etag,
                json!({"address_zh": "天河区体育东路 9 号"})
            )
        );
        let mut statuses = [a.0, b.0];
        statuses.sort();
        assert_eq!(
            statuses,
            [200, 412],
            "exactly one write wins: {} / {}",
            a.2,
            b.2
        );
        let (loser_edit, winner) = if a.0 == 412 {
            (json!({"phone": "+86 20 1111 1111"}), b)
        } else {
            (json!({"address_zh": "天河区体育东路 9 号"}), a)
        };
        // The loser's 412 changed nothing; it reloads, re-applies and saves.
        let (_, headers, current) =
            call(&s, Method::GET, &path, Some(&merchant.access), &[], None).await;
        assert_eq!(
            current["listing"], winner.2["listing"],
            "the winner's edit is what is stored"
        );
        let (status, _, merged) = patch(
            &s,
            &merchant,
            &id,
            headers["etag"].to_str().unwrap(),
            loser_edit,
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(merged["listing"]["phone"], "+86 20 1111 1111");
        assert_eq!(
            merged["listing"]["address_zh"], "天河区体育东路 9 号",
            "both edits survive"
        );
        // The old ETag is stale now.
        let (status, _, _) = patch(&s, &merchant, &id, &etag, json!({"night": true})).await;
        assert_eq!(status, 412);
    }
}

#[tokio::test]
async fn staff_fields_cannot_be_mass_assigned() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "mass", "merchant").await;
        for (field, value) in [
            ("status", json!("published")),
            ("owner_id", json!("someone")),
            ("featured", json!(true)),
            ("confidence", json!("confirmed")),
            ("verified_at", json!("2026-01-01")),
            ("slug", json!("canton-tower")),
        ] {
            let mut body = listing("Mass");
            body[field] = value.clone();
            let (status, headers, out) = call(
                &s,
                Method::POST,
                "/v1/merchant/places",
                Some(&merchant.access),
                &[],
                Some(&body),
            )
            .await;
            assert_eq!(
                assert_problem(status, &headers, &out, 422),
                [field],
                "{out}"
            );
        }
        // Verification dates inside payments are staff data too.
        let mut body = listing("Mass");
        body["payments"] = json!([{"method": "cash", "verified_at": "2026-01-01"}]);
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/merchant/places",
            Some(&merchant.access),
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 422);
        // Through PATCH as well; nothing changes.
        let created = create(&s, &merchant, "Patch").await;
        let id = created["id"].as_str().unwrap();
        let (status, _, _) = patch(
            &s,
            &merchant,
            id,
            created["etag"].as_str().unwrap(),
            json!({"status": "published"}),
        )
        .await;
        assert_eq!(status, 422);
        let (_, _, view) = call(
            &s,
            Method::GET,
            &format!("/v1/merchant/places/{id}"),
            Some(&merchant.access),
            &[],
            None,
        )
        .await;
        assert_eq!(view["status"], "draft");
        assert_eq!(view["etag"], created["etag"], "nothing was written");
        assert_eq!(get_json(&s, &format!("/v1/places/{id}")).await.0, 404);
    }
}

#[tokio::test]
async fn merchants_only_see_their_own_listings() {
    for backend in backends() {
        let s = fresh(backend).await;
        let alice = register(&s, "alice", "merchant").await;
        let bob = register(&s, "bob", "merchant").await;
        let created = create(&s, &alice, "Alice").await;
        let id = created["id"].as_str().unwrap();
        let etag = created["etag"].as_str().unwrap();
        // Every {id} route with another merchant's id is a 404, exactly like a missing id.
        let (status, headers, body) = call(
            &s,
            Method::GET,
            &format!("/v1/merchant/places/{id}"),
            Some(&bob.access),
            &[],
            None,
        )
        .await;
        assert_problem(status, &headers, &body, 404);
        assert_eq!(
            patch(&s, &bob, id, etag, json!({"night": true})).await.0,
            404
        );
        assert_eq!(submit(&s, &bob, id, etag).await.0, 404);
        // A seeded (staff-owned) place is nobody's listing.
        let (_, _, tower) = get_json(&s, "/v1/places/canton-tower").await;
        let tower_id = tower["id"].as_str().unwrap();
        assert_eq!(
            call(
                &s,
                Method::GET,
                &format!("/v1/merchant/places/{tower_id}"),
                Some(&alice.access),
                &[],
                None
            )
            .await
            .0,
            404
        );
        // Lists show only one's own.
        let (_, _, list) = call(
            &s,
            Method::GET,
            "/v1/merchant/places",
            Some(&bob.access),
            &[],
            None,
        )
        .await;
        assert!(list["items"].as_array().unwrap().is_empty());
        let (_, _, list) = call(
            &s,
            Method::GET,
            "/v1/merchant/places",
            Some(&alice.access),
            &[],
            None,
        )
        .await;
        assert_eq!(list["items"][0]["id"], id);
        // Visitors are not merchants.
        let visitor = register(&s, "visitor", "visitor").await;
        assert_eq!(
            call(
                &s,
                Method::GET,
                "/v1/merchant/places",
                Some(&visitor.access),
                &[],
                None
            )
            .await
            .0,
            403
        );
        assert_eq!(
            call(
                &s,
                Method::POST,
                "/v1/merchant/places",
                Some(&visitor.access),
                &[],
                Some(&listing("V"))
            )
            .await
            .0,
            403
        );
        assert_eq!(
            call(
                &s,
                Method::POST,
                "/v1/merchant/places",
                None,
                &[],
                Some(&listing("V"))
            )
            .await
            .0,
            401
        );
    }
}

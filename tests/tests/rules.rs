//! The visitor rules over HTTP: visa-free check, tax-refund estimate, itinerary plan and
//! its calendar, on every backend, with hostile input.

use guide_tests::{assert_problem, backends, client, shared};
use serde_json::{Value, json};

async fn post(
    server: &guide_tests::TestServer,
    path: &str,
    body: Value,
    lang: &str,
) -> (u16, reqwest::header::HeaderMap, Value) {
    let response = client()
        .post(server.url(path))
        .header("Accept-Language", lang)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.json().await.unwrap_or(Value::Null);
    (status, headers, body)
}

#[tokio::test]
async fn a_us_traveller_to_japan_gets_240_hours_from_the_next_midnight() {
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"nationality":"US","entry_port":"CAN","entry_at":"2026-12-01T14:30:00+08:00","origin":"US","destination":"JP"});
        let (status, _, out) = post(s, "/v1/transit/check", body, "en").await;
        assert_eq!(status, 200, "{out}");
        assert_eq!(out["eligible"], true);
        assert_eq!(out["scheme"], "transit_240h");
        assert_eq!(out["deadline"], "2026-12-12T00:00:00+08:00");
        assert!(out["policy"]["source"].is_string() && out["policy"]["as_of"].is_string());
        for w in out["warnings"].as_array().unwrap() {
            assert!(
                !w["message"].as_str().unwrap().is_empty(),
                "warnings are localized: {w}"
            );
        }
    }
}

#[tokio::test]
async fn a_round_trip_is_refused_with_a_localized_reason() {
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"nationality":"US","entry_port":"CAN","entry_at":"2026-12-01T14:30:00+08:00","origin":"US","destination":"US"});
        let (status, headers, out) = post(s, "/v1/transit/check", body, "ja").await;
        assert_eq!(status, 200);
        assert_eq!(headers["content-language"], "ja");
        let transit_reasons: Vec<&Value> = out["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["scheme"] == "transit_240h")
            .collect();
        assert!(
            transit_reasons.iter().any(|r| r["code"] == "round_trip"),
            "{out}"
        );
        let message = transit_reasons[0]["message"].as_str().unwrap();
        assert!(
            message
                .chars()
                .any(|c| ('\u{3040}'..='\u{30FF}').contains(&c)
                    || ('\u{4E00}'..='\u{9FFF}').contains(&c)),
            "Japanese text: {message}"
        );
        // A US citizen has no 30-day scheme either, so no way in.
        assert_eq!(
            (out["eligible"].as_bool(), out["scheme"].as_str()),
            (Some(false), Some("none"))
        );
    }
}

#[tokio::test]
async fn a_thai_visitor_is_answered_by_the_mutual_agreement_and_an_uncovered_case_is_not_confirmed()
{
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"nationality":"TH","entry_port":"CAN","entry_at":"2026-12-01T14:30:00+08:00","origin":"TH","destination":"TH"});
        let (status, _, out) = post(s, "/v1/transit/check", body, "th").await;
        assert_eq!(status, 200, "{out}");
        assert_eq!(
            (out["eligible"].as_bool(), out["scheme"].as_str()),
            (Some(true), Some("mutual_visa_exemption")),
            "{out}"
        );
        assert_eq!(out["deadline"], "2026-12-31T00:00:00+08:00");
        assert!(
            out["policy"]["source"]
                .as_str()
                .unwrap()
                .starts_with("https://"),
            "{out}"
        );
        // The day before the agreement started, the same trip is not confirmed, and says why.
        let body = json!({"nationality":"TH","entry_port":"CAN","entry_at":"2024-02-29T14:30:00+08:00","origin":"TH","destination":"TH"});
        let (_, _, out) = post(s, "/v1/transit/check", body, "en").await;
        assert_eq!(out["scheme"], "none");
        assert!(
            out["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["code"] == "agreement_not_yet_in_force"),
            "{out}"
        );
        // A nationality no scheme covers: "cannot confirm, check with the embassy", with the reason.
        let body = json!({"nationality":"IN","entry_port":"CAN","entry_at":"2026-12-01T14:30:00+08:00","origin":"IN","destination":"JP"});
        let (_, _, out) = post(s, "/v1/transit/check", body, "en").await;
        assert_eq!(out["eligible"], false);
        assert_eq!(out["warnings"][0]["code"], "cannot_confirm_check_embassy");
        assert!(
            out["warnings"][0]["message"]
                .as_str()
                .unwrap()
                .contains("embassy")
        );
        assert!(
            out["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r["code"] == "nationality_not_in_data")
        );
        assert!(
            !out.to_string().to_lowercase().contains("visa required"),
            "{out}"
        );
        // No answer points at a team file.
        assert!(!out.to_string().contains("facts/"), "{out}");
    }
}

#[tokio::test]
async fn transit_input_is_validated_field_by_field() {
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"nationality":"USA","entry_port":"","entry_at":"2026-12-01T14:30:00+08:00","origin":"1","destination":"JP",
                          "exit_at":"2026-11-30T10:00:00+08:00"});
        let (status, headers, out) = post(s, "/v1/transit/check", body, "de").await;
        let mut fields = assert_problem(status, &headers, &out, 422);
        fields.sort();
        assert_eq!(fields, ["entry_port", "exit_at", "nationality", "origin"]);
        let (status, headers, out) =
            post(s, "/v1/transit/check", json!({"nationality": "US"}), "en").await;
        assert_problem(status, &headers, &out, 422);
        let raw = client()
            .post(s.url("/v1/transit/check"))
            .header("content-type", "application/json")
            .body("{not json")
            .send()
            .await
            .unwrap();
        assert!(raw.status().is_client_error());
        let no_type = client()
            .post(s.url("/v1/transit/check"))
            .body("{}")
            .send()
            .await
            .unwrap();
        assert_eq!(no_type.status(), 415);
        let huge = client()
            .post(s.url("/v1/transit/check"))
            .header("content-type", "application/json")
            .body(format!("{{\"nationality\":\"{}\"}}", "x".repeat(200_000)))
            .send()
            .await
            .unwrap();
        assert_eq!(huge.status(), 413);
        assert_eq!(huge.headers()["content-type"], "application/problem+json");
    }
}

#[tokio::test]
async fn tax_refund_estimate_matches_the_worked_example() {
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"purchases":[
            {"store":"friendship-store-ifc","date":"2026-12-01","amount_cny":"250.00","vat_rate":13},
            {"store":"grandview-mall","date":"2026-12-01","amount_cny":"150.00","vat_rate":13}
        ],"departure_at":"2026-12-05T10:00:00+08:00","departure_port":"CAN"});
        let (status, _, out) = post(s, "/v1/tax-refund/estimate", body, "en").await;
        assert_eq!(status, 200, "{out}");
        let groups = out["groups"].as_array().unwrap();
        let ifc = groups
            .iter()
            .find(|g| g["store"] == "friendship-store-ifc")
            .unwrap();
        assert_eq!(
            (
                ifc["eligible"].as_bool(),
                ifc["gross_cny"].as_str(),
                ifc["fee_cny"].as_str(),
                ifc["net_cny"].as_str()
            ),
            (Some(true), Some("27.50"), Some("5.00"), Some("22.50"))
        );
        let small = groups
            .iter()
            .find(|g| g["store"] == "grandview-mall")
            .unwrap();
        assert_eq!(
            (small["eligible"].as_bool(), small["net_cny"].as_str()),
            (Some(false), Some("0.00")),
            "below the 200 RMB minimum"
        );
        assert_eq!(out["total_net_cny"], "22.50");
        assert!(!out["checklist"].as_array().unwrap().is_empty());
    }
}

#[tokio::test]
async fn tax_refund_rejects_impossible_purchases() {
    for backend in backends() {
        let s = shared(backend);
        let body = json!({"purchases":[{"store":"x","date":"2026-12-01","amount_cny":"-5","vat_rate":20}]});
        let (status, headers, out) = post(s, "/v1/tax-refund/estimate", body, "en").await;
        let mut fields = assert_problem(status, &headers, &out, 422);
        fields.sort();
        assert_eq!(fields, ["purchases[0].amount_cny", "purchases[0].vat_rate"]);
        assert!(
            out["errors"].to_string().contains("13"),
            "says which VAT rates exist: {out}"
        );
        let (status, headers, out) =
            post(s, "/v1/tax-refund/estimate", json!({"purchases": []}), "en").await;
        assert_problem(status, &headers, &out, 422);
        // Fractions of a fen are not money.
        let (status, headers, out) = post(
            s,
            "/v1/tax-refund/estimate",
            json!({"purchases":[{"store":"x","date":"2026-12-01","amount_cny":"300.001","vat_rate":13}]}),
            "en",
        )
        .await;
        assert_eq!(
            assert_problem(status, &headers, &out, 422),
            ["purchases[0].amount_cny"]
        );
    }
}

fn plan_request() -> Value {
    json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2026-12-04T18:00:00+08:00","exit_port":"CAN",
           "interests":["food","heritage","night"],"pace":"normal","start":{"lat":23.12,"lng":113.27},
           "must_see":["canton-tower"],"lang":"en"})
}

#[tokio::test]
async fn a_plan_is_deterministic_ordered_and_ends_in_time_for_the_flight() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, first) = post(s, "/v1/itineraries/plan", plan_request(), "en").await;
        assert_eq!(status, 200, "{first}");
        let (_, _, second) = post(s, "/v1/itineraries/plan", plan_request(), "en").await;
        assert_eq!(first, second, "same input, same plan");
        let mut seen = std::collections::HashSet::new();
        let mut last_end = String::new();
        let mut count = 0;
        for day in first["days"].as_array().unwrap() {
            for item in day["items"].as_array().unwrap() {
                let start = item["start"].as_str().unwrap().to_owned();
                assert!(start >= last_end, "items do not overlap");
                last_end = item["end"].as_str().unwrap().to_owned();
                assert!(
                    seen.insert(item["place"]["slug"].as_str().unwrap().to_owned()),
                    "no place twice"
                );
                assert!(item["travel"]["minutes"].as_u64().is_some());
                count += 1;
            }
        }
        assert!(count >= 6, "a 3½-day trip gets visits: {count}");
        assert!(seen.contains("canton-tower"), "must-see is planned");
        // Leave Guangzhou for Baiyun at least 3 hours before an 18:00 flight.
        assert!(
            last_end.as_str() <= "2026-12-04T15:00:00+08:00",
            "{last_end}"
        );
        // Localized: the same plan in Korean names places in Korean where translated.
        let mut ko = plan_request();
        ko["lang"] = json!("ko");
        let (_, _, korean) = post(s, "/v1/itineraries/plan", ko, "en").await;
        assert_ne!(korean["days"], first["days"]);
    }
}

#[tokio::test]
async fn plan_input_errors_are_422s() {
    for backend in backends() {
        let s = shared(backend);
        let cases: Vec<(Value, &str)> = vec![
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","start":{"lat":23.12,"lng":113.27}}),
                "exit_at",
            ),
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2026-11-01T09:00:00+08:00","start":{"lat":23.12,"lng":113.27}}),
                "exit_at",
            ),
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2027-03-01T09:00:00+08:00","start":{"lat":23.12,"lng":113.27}}),
                "exit_at",
            ),
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2026-12-03T09:00:00+08:00","exit_port":"LHR","start":{"lat":23.12,"lng":113.27}}),
                "exit_port",
            ),
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2026-12-03T09:00:00+08:00","start":{"place":"atlantis"}}),
                "start.place",
            ),
            (
                json!({"entry_at":"2026-12-01T09:00:00+08:00","exit_at":"2026-12-03T09:00:00+08:00","start":{"lat":23.12,"lng":113.27},"lang":"tlh"}),
                "lang",
            ),
        ];
        for (body, field) in cases {
            let (status, headers, out) = post(s, "/v1/itineraries/plan", body.clone(), "en").await;
            let fields = assert_problem(status, &headers, &out, 422);
            assert_eq!(fields, [field], "{body} -> {out}");
        }
    }
}

#[tokio::test]
async fn the_calendar_is_rfc_5545() {
    for backend in backends() {
        let s = shared(backend);
        let response = client()
            .post(s.url("/v1/itineraries/ics"))
            .json(&plan_request())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert!(
            response.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/calendar")
        );
        let ics = response.text().await.unwrap();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.trim_end().ends_with("END:VCALENDAR"));
        assert!(ics.contains("TZID=Asia/Shanghai"));
        assert!(
            ics.contains("LOCATION:") && ics.contains("广州"),
            "Chinese address as location"
        );
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "folded at 75 octets: {line}");
        }
        let (_, _, plan) = post(s, "/v1/itineraries/plan", plan_request(), "en").await;
        let events = ics.matches("BEGIN:VEVENT").count();
        let items: usize = plan["days"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["items"].as_array().unwrap().len())
            .sum();
        assert_eq!(events, items, "one VEVENT per item");
        // A plan the client already holds converts the same way.
        let again = client()
            .post(s.url("/v1/itineraries/ics"))
            .json(&json!({"plan": plan}))
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), 200);
        assert_eq!(
            again.text().await.unwrap().matches("BEGIN:VEVENT").count(),
            events
        );
    }
}

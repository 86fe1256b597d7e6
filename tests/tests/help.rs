//! `GET /v1/help` (issue 9): emergency numbers, hotlines and consulates, localized, sourced,
//! cached by ETag, problem+json on bad input, and part of the offline bundle; on every
//! backend.

use guide_tests::{assert_problem, backends, get_json, get_with, shared};
use serde_json::Value;

fn items(body: &Value) -> &Vec<Value> {
    body["items"].as_array().expect("items")
}

#[tokio::test]
async fn the_directory_lists_emergency_numbers_first_in_the_visitors_language() {
    for backend in backends() {
        let s = shared(backend);
        let (status, headers, body) = get_with(s, "/v1/help", &[("Accept-Language", "ko")]).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(headers["content-language"], "ko");
        assert_eq!(body["locale"], "ko");
        assert!(body["source"].as_str().unwrap().starts_with("http"));
        let all = items(&body);
        let phones: Vec<&str> = all
            .iter()
            .take(4)
            .filter_map(|i| i["phone"].as_str())
            .collect();
        assert_eq!(phones, ["110", "119", "120", "122"]);
        let police = &all[0];
        assert_eq!(police["category"], "emergency");
        assert_eq!(police["name"], "경찰");
        assert!(
            police["note"]
                .as_str()
                .is_some_and(|n| !n.is_empty() && !n.starts_with("help-"))
        );
        assert!(
            police["category_label"]
                .as_str()
                .is_some_and(|n| !n.starts_with("help-"))
        );
        for item in all {
            // Every entry cites a page a visitor can open, with the date it was read.
            assert!(
                item["source"].as_str().unwrap().starts_with("http"),
                "{item}"
            );
            assert!(item["as_of"].is_string(), "{item}");
            // Uncertain entries say so; confirmed ones do not.
            assert_eq!(
                item["notice"].is_string(),
                item["confidence"] != "confirmed",
                "{item}"
            );
        }
        // The multilingual line names its languages; consulates name their country.
        let line = all.iter().find(|i| i["phone"] == "960169").expect("960169");
        assert_eq!(line["languages"], serde_json::json!(["en", "ja", "ko"]));
        assert!(
            all.iter()
                .any(|i| i["category"] == "consulate" && i["country"] == "US")
        );
        // Another language, other words, same numbers.
        let (_, _, ar) = get_json(s, "/v1/help?lang=ar").await;
        assert_eq!(items(&ar)[0]["phone"], "110");
        assert_ne!(items(&ar)[0]["name"], police["name"]);
    }
}

#[tokio::test]
async fn categories_filter_and_bad_input_is_a_localized_problem() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, body) = get_json(s, "/v1/help?category=consulate,hotline").await;
        assert_eq!(status, 200);
        assert!(!items(&body).is_empty());
        assert!(
            items(&body)
                .iter()
                .all(|i| i["category"] == "consulate" || i["category"] == "hotline")
        );
        let (status, headers, body) =
            get_with(s, "/v1/help?category=spa", &[("Accept-Language", "fr")]).await;
        assert_eq!(assert_problem(status, &headers, &body, 400), ["category"]);
        assert_eq!(headers["content-language"], "fr");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("emergency"),
            "{body}"
        );
        let (status, headers, body) = get_json(s, "/v1/help?kind=emergency").await;
        assert_eq!(assert_problem(status, &headers, &body, 400), ["kind"]);
    }
}

#[tokio::test]
async fn the_directory_has_an_etag_and_travels_in_the_offline_bundle() {
    for backend in backends() {
        let s = shared(backend);
        let (status, headers, _) = get_json(s, "/v1/help?lang=de").await;
        assert_eq!(status, 200);
        let etag = headers["etag"].to_str().unwrap().to_owned();
        let (status, _, _) = get_with(s, "/v1/help?lang=de", &[("If-None-Match", &etag)]).await;
        assert_eq!(status, 304);
        let (_, _, bundle) = get_json(s, "/v1/sync?locale=de").await;
        let policies = bundle["policies"].as_array().unwrap();
        let help = policies
            .iter()
            .find(|p| p["kind"] == "help")
            .expect("help in the bundle");
        assert!(
            help["data"]["entries"]
                .as_array()
                .is_some_and(|e| e.len() >= 7)
        );
        assert!(
            policies.iter().any(|p| p["kind"] == "mutual_exemption"),
            "agreements in the bundle"
        );
    }
}

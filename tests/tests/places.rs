//! `GET /v1/places` and `GET /v1/places/{id}` over real HTTP, on every backend: every
//! filter, sorting, pagination, language negotiation and fallback, ETags, JSON-LD.

use std::collections::HashSet;

use guide_domain::{GUANGZHOU, LatLng};
use guide_tests::{assert_problem, backends, get_json, get_with, shared};
use serde_json::Value;

fn items(body: &Value) -> &Vec<Value> {
    body["items"].as_array().expect("items array")
}

fn slugs(body: &Value) -> Vec<String> {
    items(body)
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn list_items_carry_the_contract_fields() {
    for backend in backends() {
        let server = shared(backend);
        let (status, headers, body) = get_json(server, "/v1/places").await;
        assert_eq!(status, 200, "{backend:?}");
        assert_eq!(headers["content-language"], "en");
        assert_eq!(items(&body).len(), 20, "default limit is 20");
        for item in items(&body) {
            for field in [
                "id", "slug", "kind", "name", "name_zh", "summary", "locale", "fallback",
                "location", "zones", "district", "open_now",
            ] {
                assert!(item.get(field).is_some(), "{field} missing in {item}");
            }
            assert!(item.get("distance_m").is_none(), "no distance without near");
        }
        assert!(body["next_cursor"].is_string());
    }
}

#[tokio::test]
async fn near_returns_places_within_the_radius_nearest_first() {
    // Haizhu Square metro station (visitor-policy.md anchor).
    let here = LatLng {
        lat: 23.11480,
        lng: 113.26534,
    };
    for backend in backends() {
        let (status, _, body) = get_json(
            shared(backend),
            "/v1/places?near=23.11480,113.26534&radius_m=1500&limit=100",
        )
        .await;
        assert_eq!(status, 200);
        let list = items(&body);
        assert!(
            list.len() >= 3,
            "{backend:?}: expected several places near Haizhu Square, got {}",
            list.len()
        );
        let mut previous = 0;
        for item in list {
            let d = item["distance_m"].as_u64().expect("distance_m");
            assert!(d >= previous, "sorted by distance");
            assert!(d <= 1500, "inside radius");
            previous = d;
            let at = LatLng {
                lat: item["location"]["lat"].as_f64().unwrap(),
                lng: item["location"]["lng"].as_f64().unwrap(),
            };
            assert!((here.distance_m(at) - d as f64).abs() < 1.0);
        }
    }
}

#[tokio::test]
async fn every_filter_narrows_to_matching_places() {
    for backend in backends() {
        let s = shared(backend);
        let check = |path: &'static str, pred: fn(&Value) -> bool| async move {
            let (status, _, body) = get_json(s, path).await;
            assert_eq!(status, 200, "{path}: {body}");
            assert!(!items(&body).is_empty(), "{backend:?} {path}: no results");
            for item in items(&body) {
                assert!(pred(item), "{path}: {item}");
            }
        };
        check("/v1/places?kind=mall,flagship_store&limit=100", |i| {
            i["kind"] == "mall" || i["kind"] == "flagship_store"
        })
        .await;
        check("/v1/places?district=liwan&limit=100", |i| {
            i["district"] == "liwan"
        })
        .await;
        check("/v1/places?zone=canton-tower-pazhou&limit=100", |i| {
            i["zones"]
                .as_array()
                .unwrap()
                .iter()
                .any(|z| z == "canton-tower-pazhou")
        })
        .await;
        check("/v1/places?pay=foreign_card_pos&limit=100", |i| {
            i["pay"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == "foreign_card_pos")
        })
        .await;
        check("/v1/places?tax_refund=true&limit=100", |i| {
            i["tax_refund"]["store"] == true
        })
        .await;
        check("/v1/places?tax_refund=instant&limit=100", |i| {
            i["tax_refund"]["instant"] == true
        })
        .await;
        check("/v1/places?duty_free=true&limit=100", |i| {
            i["duty_free"] == true
        })
        .await;
        check("/v1/places?night=true&limit=100", |i| i["night"] == true).await;
        check("/v1/places?tag=halal&limit=100", |_| true).await;
        // Filters combine: night scenes in the Canton Tower–Pazhou zone.
        check("/v1/places?night=true&zone=canton-tower-pazhou", |i| {
            i["night"] == true
        })
        .await;
    }
}

#[tokio::test]
async fn instant_refund_is_a_subset_of_tax_refund() {
    for backend in backends() {
        let s = shared(backend);
        let (_, _, any) = get_json(s, "/v1/places?tax_refund=true&limit=100").await;
        let (_, _, instant) = get_json(s, "/v1/places?tax_refund=instant&limit=100").await;
        let any: HashSet<String> = slugs(&any).into_iter().collect();
        let instant: HashSet<String> = slugs(&instant).into_iter().collect();
        assert!(instant.is_subset(&any));
        assert!(instant.len() < any.len() || !instant.is_empty());
        assert!(
            instant.contains("friendship-store-ifc"),
            "pilot store from visitor-policy.md"
        );
    }
}

#[tokio::test]
async fn cdf_downtown_duty_free_is_found_by_filter_and_search() {
    for backend in backends() {
        let s = shared(backend);
        let (_, _, body) = get_json(s, "/v1/places?duty_free=true&limit=100").await;
        assert!(slugs(&body).contains(&"cdf-guangzhou-downtown-duty-free".to_owned()));
        let (_, _, body) = get_json(s, "/v1/places?q=%E5%B9%BF%E5%B7%9E%E5%A1%94").await; // 广州塔
        assert_eq!(
            slugs(&body).first().map(String::as_str),
            Some("canton-tower"),
            "{body}"
        );
        let (_, _, body) = get_json(s, "/v1/places?q=canton%20tower").await;
        assert_eq!(
            slugs(&body).first().map(String::as_str),
            Some("canton-tower"),
            "exact name ranks first"
        );
        // A name that only exists in Japanese still finds the place.
        let (_, _, body) = get_json(
            s,
            "/v1/places?q=%E5%BA%83%E5%B7%9E%E3%82%BF%E3%83%AF%E3%83%BC",
        )
        .await; // 広州タワー
        assert!(slugs(&body).contains(&"canton-tower".to_owned()), "{body}");
    }
}

#[tokio::test]
async fn search_treats_like_wildcards_as_text() {
    for backend in backends() {
        let s = shared(backend);
        for q in ["%25", "_", "%25%25", "%5C"] {
            let (status, _, body) = get_json(s, &format!("/v1/places?q={q}")).await;
            assert_eq!(status, 200, "{q}");
            assert!(
                items(&body).is_empty(),
                "{backend:?} q={q} matched {:?}",
                slugs(&body)
            );
        }
        // Mixed case and surrounding spaces still find the place.
        let (_, _, body) = get_json(s, "/v1/places?q=%20CANTON%20tower%20").await;
        assert_eq!(
            slugs(&body).first().map(String::as_str),
            Some("canton-tower")
        );
    }
}

#[tokio::test]
async fn open_at_respects_hours_in_asia_shanghai() {
    for backend in backends() {
        let s = shared(backend);
        // Guangdong Museum: "Tu-Su 09:00-17:00; Mo off". 2026-12-01 is a Tuesday.
        let open = "/v1/places?q=guangdong-museum&open_at=2026-12-01T10:00:00%2B08:00";
        let (_, _, body) = get_json(s, open).await;
        assert_eq!(slugs(&body), ["guangdong-museum"]);
        // The same instant written in UTC.
        let (_, _, body) = get_json(
            s,
            "/v1/places?q=guangdong-museum&open_at=2026-12-01T02:00:00Z",
        )
        .await;
        assert_eq!(slugs(&body), ["guangdong-museum"]);
        // Monday, and Tuesday night: closed.
        for closed in ["2026-11-30T10:00:00%2B08:00", "2026-12-01T20:00:00%2B08:00"] {
            let (_, _, body) = get_json(
                s,
                &format!("/v1/places?q=guangdong-museum&open_at={closed}"),
            )
            .await;
            assert!(slugs(&body).is_empty(), "{closed}: {body}");
        }
        // open_now only keeps places with known hours that are open now.
        let (status, _, body) = get_json(s, "/v1/places?open_now=true&limit=100").await;
        assert_eq!(status, 200);
        for item in items(&body) {
            assert_eq!(item["open_now"], true);
        }
    }
}

#[tokio::test]
async fn pages_cover_the_whole_list_without_duplicates() {
    for backend in backends() {
        let s = shared(backend);
        for sort in [
            "name",
            "distance&near=23.12,113.30&radius_m=50000",
            "relevance&q=a",
        ] {
            let (_, _, all) = get_json(s, &format!("/v1/places?limit=100&sort={sort}")).await;
            let all = slugs(&all);
            let mut paged = Vec::new();
            let mut cursor: Option<String> = None;
            loop {
                let path = match &cursor {
                    None => format!("/v1/places?limit=7&sort={sort}"),
                    Some(c) => format!("/v1/places?limit=7&sort={sort}&cursor={c}"),
                };
                let (status, _, body) = get_json(s, &path).await;
                assert_eq!(status, 200, "{body}");
                paged.extend(slugs(&body));
                match body["next_cursor"].as_str() {
                    Some(c) => cursor = Some(c.to_owned()),
                    None => break,
                }
            }
            // The first 100 in one page are the first 100 walked in pages of 7.
            assert!(paged.len() >= all.len());
            assert_eq!(paged[..all.len()], all[..], "{backend:?} sort={sort}");
            let unique: HashSet<&String> = paged.iter().collect();
            assert_eq!(unique.len(), paged.len(), "no duplicates");
        }
    }
}

#[tokio::test]
async fn hostile_input_gets_a_4xx_naming_what_is_accepted() {
    for backend in backends() {
        let s = shared(backend);
        let cases: &[(&str, &str)] = &[
            ("/v1/places?near=abc", "near"),
            ("/v1/places?near=91,200", "near"),
            ("/v1/places?near=23.1,113.2&radius_m=-1", "radius_m"),
            ("/v1/places?near=23.1,113.2&radius_m=50001", "radius_m"),
            ("/v1/places?limit=1000000", "limit"),
            ("/v1/places?limit=0", "limit"),
            ("/v1/places?kind=castle", "kind"),
            ("/v1/places?pay=bitcoin", "pay"),
            ("/v1/places?cursor=not-a-cursor", "cursor"),
            ("/v1/places?tax_refund=maybe", "tax_refund"),
            ("/v1/places?open_at=tomorrow", "open_at"),
            ("/v1/places?sort=distance", "sort"),
            ("/v1/places?sort=random", "sort"),
            ("/v1/places?night=yes", "night"),
            ("/v1/places?colour=red", "colour"),
            ("/v1/places?lang=xx-Klingon", "lang"),
            ("/v1/places?district=kowloon", "district"),
        ];
        for (path, field) in cases {
            let (status, headers, body) = get_json(s, path).await;
            let fields = assert_problem(status, &headers, &body, 400);
            assert_eq!(fields, [*field], "{path}: {body}");
            let message = body["errors"][0]["message"].as_str().unwrap();
            assert!(
                message.len() > 10,
                "{path}: a message says what is accepted: {message}"
            );
        }
        let huge = format!("/v1/places?q={}", "x".repeat(10_000));
        let (status, headers, body) = get_json(s, &huge).await;
        assert_problem(status, &headers, &body, 400);
        let (status, headers, body) = get_json(s, "/v1/places?kind=castle").await;
        assert_problem(status, &headers, &body, 400);
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("flagship_store")
        );
    }
}

#[tokio::test]
async fn errors_are_localized() {
    for backend in backends() {
        let s = shared(backend);
        let (_, headers, body) =
            get_with(s, "/v1/places?limit=0", &[("Accept-Language", "ja")]).await;
        assert_eq!(headers["content-language"], "ja");
        assert_ne!(body["title"], "Some input is not valid");
        let (_, _, en) = get_json(s, "/v1/places?limit=0").await;
        assert_eq!(en["title"], "Some input is not valid");
        let (status, headers, body) = get_json(s, "/v1/places/no-such-place?lang=ar").await;
        assert_problem(status, &headers, &body, 404);
        assert_eq!(headers["content-language"], "ar");
    }
}

#[tokio::test]
async fn language_negotiation_and_fallback() {
    for backend in backends() {
        let s = shared(backend);
        // ?lang= beats Accept-Language.
        let (_, headers, body) = get_with(
            s,
            "/v1/places/canton-tower?lang=ja",
            &[("Accept-Language", "fr")],
        )
        .await;
        assert_eq!(headers["content-language"], "ja");
        assert_eq!(
            (body["locale"].as_str(), body["fallback"].as_bool()),
            (Some("ja"), Some(false))
        );
        // Accept-Language with region: zh-TW -> zh-Hant.
        let (_, headers, body) = get_with(
            s,
            "/v1/places/canton-tower",
            &[("Accept-Language", "zh-TW,en;q=0.5")],
        )
        .await;
        assert_eq!(headers["content-language"], "zh-Hant");
        assert_eq!(body["locale"], "zh-Hant");
        // Xinhepu has no Malay text: English text, flagged as fallback, with a notice.
        let (_, headers, body) = get_json(s, "/v1/places/xinhepu-historic-district?lang=ms").await;
        assert_eq!(headers["content-language"], "ms");
        assert_eq!(
            (body["locale"].as_str(), body["fallback"].as_bool()),
            (Some("en"), Some(true))
        );
        assert!(
            body["notices"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["code"] == "translation_fallback")
        );
        // The Chinese name is always there for drivers.
        assert_eq!(body["name_zh"], "新河浦历史文化街区");
    }
}

#[tokio::test]
async fn detail_has_driver_card_map_links_and_hours() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, by_slug) = get_json(s, "/v1/places/guangdong-museum").await;
        assert_eq!(status, 200);
        let (_, _, by_id) = get_json(
            s,
            &format!("/v1/places/{}", by_slug["id"].as_str().unwrap()),
        )
        .await;
        assert_eq!(by_id["slug"], "guangdong-museum");
        let card = &by_slug["driver_card"];
        assert_eq!(card["name_zh"], by_slug["name_zh"]);
        assert!(card["address_zh"].as_str().unwrap().contains("广州"));
        assert!(card["request"].as_str().unwrap().contains("请带我去"));
        let links = &by_slug["map_links"];
        assert!(
            links["amap"]
                .as_str()
                .unwrap()
                .starts_with("https://uri.amap.com/marker?position=")
        );
        assert!(
            links["google"].as_str().unwrap().contains("23.11722"),
            "Google gets WGS-84"
        );
        assert!(
            !links["amap"].as_str().unwrap().contains("23.117220"),
            "Amap gets GCJ-02"
        );
        let hours = &by_slug["hours"];
        assert_eq!(hours["osm"], "Tu-Su,PH 09:00-17:00");
        assert!(hours["next_change"].as_str().unwrap().ends_with("+08:00"));
        assert!(by_slug["notices"].is_array());
    }
}

#[tokio::test]
async fn json_ld_on_request() {
    for backend in backends() {
        let (status, headers, body) = get_with(
            shared(backend),
            "/v1/places/canton-tower",
            &[("Accept", "application/ld+json")],
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(headers["content-type"], "application/ld+json");
        assert_eq!(body["@context"], "https://schema.org");
        assert_eq!(body["alternateName"], "广州塔");
        assert_eq!(body["address"]["addressCountry"], "CN");
    }
}

#[tokio::test]
async fn etags_turn_repeat_reads_into_304() {
    for backend in backends() {
        let s = shared(backend);
        for path in [
            "/v1/places?kind=mall",
            "/v1/places/canton-tower",
            "/v1/zones",
            "/v1/routes",
            "/v1/events",
            "/v1/policies/transit",
        ] {
            let (status, headers, _) = get_json(s, path).await;
            assert_eq!(status, 200);
            let tag = headers["etag"].to_str().unwrap().to_owned();
            let (status, headers, _) = get_with(s, path, &[("If-None-Match", &tag)]).await;
            assert_eq!(status, 304, "{path}");
            assert_eq!(headers["etag"].to_str().unwrap(), tag);
            let (status, _, _) = get_with(s, path, &[("If-None-Match", "W/\"stale\"")]).await;
            assert_eq!(status, 200);
        }
        // Different languages are different representations.
        let (_, en, _) = get_json(s, "/v1/places/canton-tower").await;
        let (_, ja, _) = get_json(s, "/v1/places/canton-tower?lang=ja").await;
        assert_ne!(en["etag"], ja["etag"]);
    }
}

#[tokio::test]
async fn every_seeded_coordinate_lies_in_guangzhou() {
    for backend in backends() {
        let (_, _, body) = get_json(
            shared(backend),
            "/v1/places?near=23.13,113.26&radius_m=50000&limit=100",
        )
        .await;
        for item in items(&body) {
            let at = LatLng {
                lat: item["location"]["lat"].as_f64().unwrap(),
                lng: item["location"]["lng"].as_f64().unwrap(),
            };
            assert!(GUANGZHOU.contains(at), "{item}");
        }
    }
}

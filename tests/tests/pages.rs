//! The public pages a shared link opens (`/p/{slug}`, `/r/{slug}`): in the visitor's
//! language, with the driver card, Open Graph tags and schema.org JSON-LD, cached by ETag,
//! right to left in Arabic, a page (not JSON) for what does not exist; on every backend.

use guide_tests::{backends, client, new_database, shared, start, test_config};
use reqwest::StatusCode;

async fn page(
    base: &guide_tests::TestServer,
    path: &str,
    lang: &str,
) -> (StatusCode, reqwest::header::HeaderMap, String) {
    let response = client()
        .get(base.url(path))
        .header("Accept-Language", lang)
        .send()
        .await
        .unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    (status, headers, response.text().await.unwrap())
}

/// The JSON-LD of a page, parsed.
fn json_ld(html: &str) -> serde_json::Value {
    let start = html
        .find(r#"<script type="application/ld+json">"#)
        .expect("a JSON-LD block")
        + 35;
    let end = start + html[start..].find("</script>").unwrap();
    serde_json::from_str(&html[start..end]).expect("valid JSON-LD")
}

#[tokio::test]
async fn a_shared_place_opens_in_the_visitors_language_with_previews_and_the_driver_card() {
    for backend in backends() {
        let s = shared(backend);
        let (status, headers, html) = page(s, "/p/canton-tower", "ja").await;
        assert_eq!(status, StatusCode::OK, "{backend:?}");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert_eq!(headers["content-language"], "ja");
        assert!(
            !headers["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("script-src"),
            "no script allowed"
        );
        assert!(html.contains(r#"<html lang="ja" dir="ltr">"#));
        // The same name the API gives in Japanese, as title and preview.
        let api: serde_json::Value = client()
            .get(s.url("/v1/places/canton-tower?lang=ja"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let name = api["name"].as_str().unwrap();
        assert!(
            html.contains(&format!(r#"<meta property="og:title" content="{name}">"#)),
            "{html}"
        );
        assert!(html.contains("営業時間"), "section titles in Japanese");
        // The driver card in Chinese, whatever the language.
        assert!(html.contains(r#"<p class="zh-name">广州塔</p>"#));
        assert!(html.contains("广州市海珠区阅江西路222号"));
        // Sourced and uncertain: says "verify before travel" and cites its pages.
        assert!(
            html.contains("お出かけ前にご確認ください"),
            "verify-before-travel notice"
        );
        assert!(
            html.contains("https://www.china-travel-guide.net/attraction/guangzhou/canton-tower/")
        );
        let ld = json_ld(&html);
        assert_eq!(ld["@context"], "https://schema.org");
        assert_eq!(ld["name"], name);
        assert_eq!(ld["inLanguage"], "ja");
        assert!(
            html.contains("https://uri.amap.com/marker?position="),
            "map links"
        );

        // Cached like the API: the ETag answers 304, and changes with the language.
        let tag = headers["etag"].to_str().unwrap().to_owned();
        let again = client()
            .get(s.url("/p/canton-tower"))
            .header("Accept-Language", "ja")
            .header("If-None-Match", &tag)
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
        let (_, english, html) = page(s, "/p/canton-tower?lang=en", "ja").await;
        assert_ne!(english["etag"].to_str().unwrap(), tag);
        assert!(
            html.contains("Opening hours"),
            "?lang= wins over Accept-Language"
        );
    }
}

#[tokio::test]
async fn arabic_pages_run_right_to_left_and_routes_list_their_stops_in_order() {
    for backend in backends() {
        let s = shared(backend);
        let (status, _, html) = page(s, "/p/canton-tower", "ar").await;
        assert_eq!(status, StatusCode::OK);
        assert!(html.contains(r#"<html lang="ar" dir="rtl">"#));

        let (status, _, html) = page(s, "/r/lingnan-heritage-walk", "en").await;
        assert_eq!(status, StatusCode::OK);
        let api: serde_json::Value = client()
            .get(s.url("/v1/routes/lingnan-heritage-walk?lang=en"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut at = 0;
        for stop in api["stops"].as_array().unwrap() {
            let link = format!(
                r#"<a href="/p/{}?lang=en">"#,
                stop["place_slug"].as_str().unwrap()
            );
            let found = html[at..]
                .find(&link)
                .unwrap_or_else(|| panic!("{link} after byte {at}"));
            at += found + link.len();
        }
        assert!(
            html.contains("About 10 min on foot south to Yongqingfang"),
            "leg directions"
        );
        let ld = json_ld(&html);
        assert_eq!(ld["@type"], "TouristTrip");
        assert_eq!(
            ld["itinerary"]["numberOfItems"],
            api["stops"].as_array().unwrap().len()
        );
    }
}

#[tokio::test]
async fn what_is_not_published_is_a_localized_404_page_that_does_not_echo_long_input() {
    for backend in backends() {
        let s = shared(backend);
        let (status, headers, html) = page(s, "/p/atlantis", "fr").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        assert!(html.contains("n’est pas dans le guide"), "{html}");
        let long = "x".repeat(5000);
        let (status, _, html) = page(s, &format!("/r/{long}"), "en").await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(html.len() < 5000, "the slug is not echoed in full");
    }
}

#[tokio::test]
async fn with_a_public_address_previews_link_absolutely() {
    for backend in backends() {
        let config = guide_server::Config {
            public_url: Some("https://guide.example.com".into()),
            ..test_config(new_database(backend).await)
        };
        let (base, _) = tokio::task::spawn_blocking(move || start(config))
            .await
            .unwrap();
        let html = client()
            .get(format!("{base}/r/lingnan-heritage-walk?lang=ko"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(
            html.contains(r#"<meta property="og:url" content="https://guide.example.com/r/lingnan-heritage-walk?lang=ko">"#),
            "{backend:?}: {html}"
        );
        assert!(html.contains(r#"<link rel="canonical" href="https://guide.example.com/r/lingnan-heritage-walk?lang=ko">"#));
    }
}

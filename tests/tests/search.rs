//! `GET /v1/places?q=` as a visitor types it, over real HTTP on every backend: Chinese
//! substrings with and without spaces, pinyin (joined, spaced, initials, the start of it,
//! a typo), Latin typos and prefixes, native names in Japanese, Korean, Russian and Arabic,
//! query-syntax characters as plain text, the limit on length, the ranking and the field
//! that matched, and `q` together with `near`.

use guide_tests::{assert_problem, backends, get_json, shared};
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

/// URL-encodes a query value.
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Searches, and returns the slugs with the first item's match.
async fn search(backend: guide_tests::Backend, q: &str, extra: &str) -> (Vec<String>, Value) {
    let (status, _, body) = get_json(
        shared(backend),
        &format!("/v1/places?limit=100&q={}{extra}", enc(q)),
    )
    .await;
    assert_eq!(status, 200, "q={q}: {body}");
    let first = items(&body)
        .first()
        .map(|i| i["match"].clone())
        .unwrap_or(Value::Null);
    (slugs(&body), first)
}

/// `q` finds `slug` first, matched with `tier` in `field`.
async fn finds_first(backend: guide_tests::Backend, q: &str, slug: &str, tier: &str, field: &str) {
    let (found, matched) = search(backend, q, "").await;
    assert_eq!(
        found.first().map(String::as_str),
        Some(slug),
        "{backend:?} q={q}: {found:?}"
    );
    assert_eq!(
        (matched["tier"].as_str(), matched["field"].as_str()),
        (Some(tier), Some(field)),
        "{backend:?} q={q}: {matched}"
    );
}

#[tokio::test]
async fn chinese_with_and_without_spaces_and_inside_names() {
    for backend in backends() {
        finds_first(backend, "广州塔", "canton-tower", "exact", "name_zh").await;
        finds_first(backend, "广州 塔", "canton-tower", "exact", "name_zh").await;
        finds_first(backend, "上下九", "shangxiajiu", "prefix", "name_zh").await;
        // Across what a word segmenter would call a word boundary.
        let (found, _) = search(backend, "州塔", "").await;
        assert!(found.contains(&"canton-tower".to_owned()), "{found:?}");
        // Traditional characters of the Traditional Chinese name.
        let (found, _) = search(backend, "廣州塔", "").await;
        assert!(
            found.contains(&"canton-tower".to_owned()),
            "{backend:?}: {found:?}"
        );
    }
}

#[tokio::test]
async fn pinyin_joined_spaced_initials_start_and_typo() {
    for backend in backends() {
        finds_first(backend, "guangzhouta", "canton-tower", "exact", "pinyin").await;
        finds_first(backend, "guangzhou ta", "canton-tower", "exact", "pinyin").await;
        finds_first(backend, "GZT", "canton-tower", "exact", "pinyin").await;
        finds_first(backend, "shangxiajiubu", "shangxiajiu", "prefix", "pinyin").await;
        // The initials' start while typing (上下九步行街: sxjbxj).
        finds_first(backend, "sxjb", "shangxiajiu", "prefix", "pinyin").await;
        let (found, _) = search(backend, "shangxiajoo", "").await;
        assert!(
            found.contains(&"shangxiajiu".to_owned()),
            "{backend:?} typo in pinyin: {found:?}"
        );
    }
}

#[tokio::test]
async fn latin_typos_and_search_as_you_type() {
    for backend in backends() {
        finds_first(backend, "Canton Tower", "canton-tower", "exact", "name").await;
        finds_first(backend, "canton towr", "canton-tower", "fuzzy", "name").await;
        finds_first(backend, "cantn towr", "canton-tower", "fuzzy", "name").await;
        // Two edits from six letters on.
        let (found, _) = search(backend, "shangxaijiu pedestrain", "").await;
        assert_eq!(
            found.first().map(String::as_str),
            Some("shangxiajiu"),
            "{backend:?}: {found:?}"
        );
        // The start of a name while typing, then of its last word.
        for partial in ["canto", "canton to", "shangx"] {
            let (found, _) = search(backend, partial, "").await;
            assert!(!found.is_empty(), "{backend:?} {partial}");
        }
        let (found, matched) = search(backend, "canton to", "").await;
        assert_eq!(found.first().map(String::as_str), Some("canton-tower"));
        assert_eq!(matched["tier"], "prefix");
    }
}

#[tokio::test]
async fn native_names_in_japanese_korean_russian_and_arabic() {
    for backend in backends() {
        for (q, slug, locale) in [
            ("広州タワー", "canton-tower", "ja"),
            ("광저우타워", "canton-tower", "ko"),
            ("광저우 타워", "canton-tower", "ko"),
            ("Кантон-тауэр", "canton-tower", "ru"),
            ("Шансяцзю", "shangxiajiu", "ru"),
            ("برج كانتون", "canton-tower", "ar"),
        ] {
            let (found, matched) = search(backend, q, "").await;
            assert_eq!(
                found.first().map(String::as_str),
                Some(slug),
                "{backend:?} q={q}: {found:?}"
            );
            assert_eq!(matched["field"], "name", "{q}");
            assert_eq!(matched["locale"], locale, "{q}: {matched}");
        }
        // Results come back in the reader's language whatever the query's script.
        let (status, _, body) = get_json(
            shared(backend),
            &format!("/v1/places?q={}&lang=ja", enc("canton tower")),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(items(&body)[0]["locale"], "ja");
    }
}

#[tokio::test]
async fn query_syntax_is_searched_as_text_and_length_is_limited() {
    for backend in backends() {
        for q in [
            "\"canton tower\"",
            "canton:tower",
            "(canton) [tower]",
            "canton*",
            "~canton",
            "-canton tower",
        ] {
            let (found, _) = search(backend, q, "").await;
            assert!(
                found.contains(&"canton-tower".to_owned()),
                "{backend:?} q={q}: {found:?}"
            );
        }
        for q in ["*", "\"\"", ":", "~", "-", "()"] {
            let (found, _) = search(backend, q, "").await;
            assert!(found.is_empty(), "{backend:?} q={q} found {found:?}");
        }
        let (status, headers, body) = get_json(
            shared(backend),
            &format!("/v1/places?q={}", "广".repeat(201)),
        )
        .await;
        assert_eq!(assert_problem(status, &headers, &body, 400), ["q"]);
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("200"),
            "{body}"
        );
        let (status, _, _) = get_json(
            shared(backend),
            &format!("/v1/places?q={}", enc(&"广".repeat(200))),
        )
        .await;
        assert_eq!(status, 200);
    }
}

#[tokio::test]
async fn ranking_is_exact_then_prefix_then_words_then_fuzzy_and_near_breaks_ties() {
    for backend in backends() {
        let (status, _, body) = get_json(shared(backend), "/v1/places?q=museum&limit=100").await;
        assert_eq!(status, 200);
        let tiers: Vec<&str> = items(&body)
            .iter()
            .map(|i| i["match"]["tier"].as_str().unwrap())
            .collect();
        assert!(!tiers.is_empty());
        let rank = |t: &str| {
            ["exact", "prefix", "words", "fuzzy", "other"]
                .iter()
                .position(|x| *x == t)
                .unwrap()
        };
        assert!(
            tiers.windows(2).all(|w| rank(w[0]) <= rank(w[1])),
            "{backend:?}: {tiers:?}"
        );
        // With near, places of the same tier come nearest first.
        let (_, _, near) = get_json(
            shared(backend),
            "/v1/places?q=museum&near=23.1291,113.2644&radius_m=50000&limit=100",
        )
        .await;
        let list = items(&near);
        for w in list.windows(2) {
            if w[0]["match"]["tier"] == w[1]["match"]["tier"] {
                assert!(
                    w[0]["distance_m"].as_u64() <= w[1]["distance_m"].as_u64(),
                    "{backend:?}: {w:?}"
                );
            }
        }
        // Filters still apply to search results.
        let (_, _, kinds) = get_json(
            shared(backend),
            "/v1/places?q=museum&kind=attraction&limit=100",
        )
        .await;
        assert!(items(&kinds).iter().all(|i| i["kind"] == "attraction"));
    }
}

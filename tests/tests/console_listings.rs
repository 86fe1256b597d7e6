//! The console's listing form and review, over real HTTP on every backend: a merchant
//! creates a listing from a pasted Amap link, sees field errors next to the fields, keeps
//! their typing through a stale save, submits; a curator reads the diff, rejects with a
//! reason the merchant reads in Japanese, then approves, and the place is public. Both
//! sides go through the same workflow as the API, so the API sees every step.

use guide_domain::l10n::tr;
use guide_domain::{LatLng, Locale};
use guide_tests::accounts::{PASSWORD, audit_actions, call, register, staff};
use guide_tests::browser::{Browser, Page};
use guide_tests::{TestServer, backends, fresh};
use reqwest::Method;
use serde_json::Value;

/// Haizhu Square, WGS-84, and the Amap link a phone would share for it (GCJ-02).
fn amap_link() -> (LatLng, String) {
    let wgs = LatLng::new(23.1148, 113.26534).unwrap();
    let gcj = wgs.to_gcj02();
    (
        wgs,
        format!(
            "我在这里 https://uri.amap.com/marker?position={:.6},{:.6}&name=%E8%8C%B6",
            gcj.lng, gcj.lat
        ),
    )
}

/// The form's fields for a complete listing (plus any overrides, which win).
fn form<'a>(link: &'a str, overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("kind", "restaurant"),
        ("district", "yuexiu"),
        ("name_zh", "荔湾茶楼"),
        ("address_zh", "越秀区一德路 1 号"),
        ("map_link", link),
        ("opening_hours", "Mo-Su 07:00-22:00; PH off"),
        ("payments", "foreign_card_pos"),
        ("payments", "cash"),
        ("friendliness.english_menu", "yes"),
        ("translations.en.name", "Lychee Bay Teahouse"),
        ("translations.en.summary", "Dim sum from seven."),
        ("translations.ja.name", "ライチ湾茶楼"),
    ];
    for (k, v) in overrides {
        fields.retain(|(name, _)| name != k);
        fields.push((k, v));
    }
    fields
}

/// Posts the form of the page at `path` with `fields`, using that page's CSRF token and
/// version (`etag`).
async fn save(b: &mut Browser<'_>, path: &str, fields: &[(&str, &str)]) -> Page {
    let page = b.get(path).await;
    assert_eq!(page.status, 200, "{path}: {}", page.body);
    post_from(b, &page, path, fields).await
}

/// Posts `fields` to `action` with the CSRF token and version of an open page.
async fn post_from(
    b: &mut Browser<'_>,
    page: &Page,
    action: &str,
    fields: &[(&str, &str)],
) -> Page {
    let csrf = page.field("csrf").expect("a CSRF field");
    let etag = page
        .field("etag")
        .map(|e| e.replace("&quot;", "\"").replace("&#34;", "\""))
        .unwrap_or_default();
    let mut form: Vec<(&str, &str)> = vec![("csrf", &csrf), ("etag", &etag)];
    form.extend_from_slice(fields);
    b.post(action, &form).await
}

async fn merchant_view(s: &TestServer, token: &str, id: &str) -> Value {
    let (status, _, body) = call(
        s,
        Method::GET,
        &format!("/v1/merchant/places/{id}"),
        Some(token),
        &[],
        None,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

fn id_from(location: &str) -> String {
    location
        .trim_start_matches("/console/listings/")
        .split('?')
        .next()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn a_merchant_lists_a_place_from_an_amap_link_and_a_curator_rejects_then_approves_it() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "form", "merchant").await;
        let curator = staff(&s, "curator").await;
        let (wgs, link) = amap_link();
        let mut m = Browser::new(&s);
        m.sign_in(&merchant.email, PASSWORD).await;

        // Mistakes come back next to their fields, in Japanese, with the typing kept.
        let wrong = save(
            &mut m,
            "/console/listings/new?lang=ja",
            &form(
                &link,
                &[("name_zh", " "), ("opening_hours", "Mo-Fr 25:00-26:00")],
            ),
        )
        .await;
        assert_eq!(wrong.status, 422, "{backend:?}: {}", wrong.body);
        assert!(
            wrong.body.contains("id=\"f-name-zh-error\""),
            "{}",
            wrong.body
        );
        assert!(wrong.body.contains("id=\"f-opening-hours-error\""));
        assert!(wrong.body.contains(&tr(Locale::Ja, "field-required")));
        assert!(
            wrong.body.contains("value=\"Lychee Bay Teahouse\""),
            "typing kept"
        );
        assert!(
            wrong.body.contains(&format!("value=\"{:.6}\"", wgs.lat)),
            "the link's point, converted from GCJ-02, is shown"
        );

        // Fixed: a draft, at the point the link names.
        let created = save(&mut m, "/console/listings/new", &form(&link, &[])).await;
        assert_eq!(created.status, 303, "{}", created.body);
        assert!(created.location().ends_with("?done=created"));
        let id = id_from(created.location());
        let view = merchant_view(&s, &merchant.access, &id).await;
        assert_eq!(view["status"], "draft");
        let at = LatLng::new(
            view["listing"]["location"]["lat"].as_f64().unwrap(),
            view["listing"]["location"]["lng"].as_f64().unwrap(),
        )
        .unwrap();
        assert!(at.distance_m(wgs) < 1.0, "{at:?}");
        assert_eq!(
            view["listing"]["translations"]["ja"]["name"],
            "ライチ湾茶楼"
        );
        assert_eq!(view["listing"]["friendliness"]["english_menu"], true);
        let path = format!("/console/listings/{id}");
        let page = m.get(created.location()).await;
        assert!(
            page.body
                .contains(&tr(Locale::Ja, "console-listing-created"))
        );
        assert!(page.body.contains("07:00–22:00"), "the week preview");

        // Another merchant cannot open or save it; a merchant cannot open the review.
        let other = register(&s, "other", "merchant").await;
        let mut o = Browser::new(&s);
        o.sign_in(&other.email, PASSWORD).await;
        assert_eq!(o.get(&path).await.status, 404);
        let theirs = o.get("/console/listings/new").await;
        let refused = post_from(&mut o, &theirs, &path, &form(&link, &[])).await;
        assert_eq!(refused.status, 404);
        assert_eq!(m.get("/console/review").await.status, 403);

        // Submitted, then rejected with a reason.
        let submitted = post_from(&mut m, &page, &format!("{path}/submit"), &[]).await;
        assert_eq!(submitted.status, 303, "{}", submitted.body);
        assert_eq!(
            merchant_view(&s, &merchant.access, &id).await["status"],
            "pending"
        );
        let mut c = Browser::new(&s);
        c.sign_in(&curator.email, PASSWORD).await;
        let queue = c.get("/console/review").await;
        assert!(
            queue.body.contains(&format!("/console/review/{id}")),
            "{}",
            queue.body
        );
        let review_path = format!("/console/review/{id}");
        let review = c.get(&review_path).await;
        assert_eq!(review.status, 200);
        assert!(review.body.contains("Name · 日本語"), "{}", review.body);
        assert!(review.body.contains("ライチ湾茶楼"));
        let no_reason = post_from(
            &mut c,
            &review,
            &format!("{review_path}/reject"),
            &[("reason", "")],
        )
        .await;
        assert_eq!(no_reason.status, 422);
        assert!(no_reason.body.contains("id=\"f-reason-error\""));
        let rejected = post_from(
            &mut c,
            &review,
            &format!("{review_path}/reject"),
            &[("reason", "incomplete"), ("note", "Add the Sunday hours.")],
        )
        .await;
        assert_eq!(
            (rejected.status, rejected.location()),
            (303, "/console/review?done=rejected")
        );
        let seen = m.get(&format!("{path}?lang=ja")).await;
        assert!(
            seen.body
                .contains(&tr(Locale::Ja, "review-reason-incomplete"))
        );
        assert!(seen.body.contains("Add the Sunday hours."));

        // Fixed and submitted again; a decision on the version the curator saw before
        // is refused, the current one goes live.
        let fixed = save(
            &mut m,
            &path,
            &form(&link, &[("opening_hours", "Mo-Su 07:00-23:00")]),
        )
        .await;
        assert_eq!(fixed.status, 303, "{}", fixed.body);
        let page = m.get(&path).await;
        assert!(page.body.contains("07:00–23:00"));
        assert_eq!(
            post_from(&mut m, &page, &format!("{path}/submit"), &[])
                .await
                .status,
            303
        );
        let stale = post_from(&mut c, &review, &format!("{review_path}/approve"), &[]).await;
        assert_eq!(stale.status, 409);
        assert!(stale.body.contains(&tr(Locale::En, "console-review-gone")));
        let review = c.get(&review_path).await;
        assert!(
            review.body.contains("07:00-23:00"),
            "the diff shows the new hours"
        );
        let approved = post_from(&mut c, &review, &format!("{review_path}/approve"), &[]).await;
        assert_eq!(approved.status, 303, "{}", approved.body);
        let view = merchant_view(&s, &merchant.access, &id).await;
        assert_eq!(view["status"], "published");
        let slug = view["slug"].as_str().unwrap();
        let (status, _, public) = call(
            &s,
            Method::GET,
            &format!("/v1/places/{slug}?lang=ja"),
            None,
            &[],
            None,
        )
        .await;
        assert_eq!(status, 200, "{public}");
        assert_eq!(public["name"], "ライチ湾茶楼");
        let html = reqwest::get(s.url(&format!("/p/{slug}"))).await.unwrap();
        assert_eq!(html.status(), 200);

        let audit = audit_actions(&s, &curator.id).await;
        assert_eq!(
            audit,
            ["console.sign_in", "place.reject", "place.approve"],
            "{backend:?}"
        );
        let audit = audit_actions(&s, &merchant.id).await;
        assert!(
            audit.ends_with(&[
                "listing.create".into(),
                "listing.submit".into(),
                "listing.update".into(),
                "listing.submit".into()
            ]),
            "{audit:?}"
        );
    }
}

#[tokio::test]
async fn a_stale_save_is_refused_and_keeps_what_the_merchant_typed() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "stale", "merchant").await;
        let (_, link) = amap_link();
        let mut m = Browser::new(&s);
        m.sign_in(&merchant.email, PASSWORD).await;
        let created = save(&mut m, "/console/listings/new", &form(&link, &[])).await;
        let id = id_from(created.location());
        let path = format!("/console/listings/{id}");

        // Two tabs open the same version; the first saves.
        let tab_one = m.get(&path).await;
        let tab_two = m.get(&path).await;
        let first = post_from(
            &mut m,
            &tab_one,
            &path,
            &form(&link, &[("translations.en.summary", "First tab.")]),
        )
        .await;
        assert_eq!(first.status, 303, "{backend:?}: {}", first.body);

        // The second is refused, with its typing intact and the current version to save over.
        let second = post_from(
            &mut m,
            &tab_two,
            &path,
            &form(&link, &[("translations.en.summary", "Second tab.")]),
        )
        .await;
        assert_eq!(second.status, 409, "{}", second.body);
        assert!(
            second
                .body
                .contains(&tr(Locale::En, "console-listing-stale"))
        );
        assert!(
            second.body.contains(">Second tab.</textarea>"),
            "{}",
            second.body
        );
        let view = merchant_view(&s, &merchant.access, &id).await;
        assert_eq!(
            view["listing"]["translations"]["en"]["summary"], "First tab.",
            "nothing overwritten"
        );

        // Saving that form again replaces the other version knowingly.
        let again = post_from(
            &mut m,
            &second,
            &path,
            &form(&link, &[("translations.en.summary", "Second tab.")]),
        )
        .await;
        assert_eq!(again.status, 303, "{}", again.body);
        let view = merchant_view(&s, &merchant.access, &id).await;
        assert_eq!(
            view["listing"]["translations"]["en"]["summary"],
            "Second tab."
        );
    }
}

//! The console's staff pages over real HTTP on every backend: the audit log with the
//! API's filters, an admin changing a role, a curator building a themed route stop by
//! stop (add, reorder, save, publish) that the public API then shows in order; events and
//! alerts created with a field error, fixed, published and shown by the public API; and who
//! may not open what (403), and a form without its CSRF token (403). Each page calls the
//! same workflow as the API, so the API and the audit log see every step.

use guide_domain::Locale;
use guide_domain::l10n::tr;
use guide_tests::accounts::{PASSWORD, Session, audit_actions, call, register, staff};
use guide_tests::browser::{Browser, Page};
use guide_tests::{TestServer, backends, fresh};
use reqwest::Method;
use serde_json::{Value, json};

/// A browser signed in as `who`.
async fn signed_in<'a>(s: &'a TestServer, who: &Session) -> Browser<'a> {
    let mut b = Browser::new(s);
    let page = b.sign_in(&who.email, PASSWORD).await;
    assert_eq!(page.status, 303, "sign-in: {}", page.body);
    b
}

/// Posts `fields` to `action` with the CSRF token of the page at `page_path`.
async fn post(b: &mut Browser<'_>, page_path: &str, action: &str, fields: &[(&str, &str)]) -> Page {
    b.submit(page_path, action, fields).await
}

/// The audit log's actions by `actor`, oldest first, leaving out console sign-ins.
async fn actions(s: &TestServer, actor: &str) -> Vec<String> {
    audit_actions(s, actor)
        .await
        .into_iter()
        .filter(|a| a != "console.sign_in")
        .collect()
}

async fn get_json(s: &TestServer, path: &str, token: Option<&str>) -> (u16, Value) {
    let (status, _, body) = call(s, Method::GET, path, token, &[], None).await;
    (status, body)
}

/// The route's own fields, then its stops (`(place, dwell)`, each but the last going on by
/// metro in 20 minutes), then the button.
fn route_form<'a>(stops: &'a [(String, &'a str)], op: &'a str) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = vec![
        ("slug".into(), "pearl-river-evening".into()),
        ("theme".into(), "night".into()),
        ("translations.en.name".into(), "Pearl River evening".into()),
        ("translations.ja.name".into(), "珠江の夕べ".into()),
    ];
    for (i, (place, dwell)) in stops.iter().enumerate() {
        form.push((format!("stops[{i}].place"), place.clone()));
        form.push((format!("stops[{i}].dwell_minutes"), (*dwell).to_owned()));
        if i + 1 < stops.len() {
            form.push((format!("stops[{i}].to_next.mode"), "metro".into()));
            form.push((format!("stops[{i}].to_next.minutes"), "20".into()));
        }
    }
    form.push(("op".into(), op.into()));
    form
}

async fn post_route(
    b: &mut Browser<'_>,
    page_path: &str,
    action: &str,
    form: &[(String, String)],
    extra: &[(&str, &str)],
) -> Page {
    let mut fields: Vec<(&str, &str)> =
        form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    fields.extend_from_slice(extra);
    post(b, page_path, action, &fields).await
}

/// The places of the form's stops, in order.
fn stop_places(page: &Page) -> Vec<String> {
    (0..)
        .map_while(|i| page.field(&format!("stops[{i}].place")))
        .collect()
}

#[tokio::test]
async fn a_curator_builds_a_route_stop_by_stop_reorders_and_publishes_it() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let mut b = signed_in(&s, &curator).await;
        let new = "/console/routes/new";

        // The navigation leads here; the list starts with the seeded routes.
        let home = b.get("/console/staff").await;
        assert!(
            home.body.contains("href=\"/console/routes\""),
            "{}",
            home.body
        );
        assert!(home.body.contains("href=\"/console/audit\""));
        assert!(
            !home.body.contains("href=\"/console/users\""),
            "admins only"
        );
        assert_eq!(b.get("/console/routes").await.status, 200);

        // Stops are added one at a time; the form comes back unsaved, with a reminder.
        let one = post_route(
            &mut b,
            new,
            new,
            &route_form(&[], "add"),
            &[("add_place", "canton-tower")],
        )
        .await;
        assert_eq!(one.status, 200, "{backend:?}: {}", one.body);
        assert_eq!(stop_places(&one), ["canton-tower"]);
        assert!(one.body.contains(&tr(Locale::En, "console-route-unsaved")));
        let first = [("canton-tower".to_owned(), "60")];
        let two = post_route(
            &mut b,
            new,
            new,
            &route_form(&first, "add"),
            &[("add_place", "huacheng-square")],
        )
        .await;
        assert_eq!(stop_places(&two), ["canton-tower", "huacheng-square"]);
        assert!(
            two.body.contains("name=\"stops[0].to_next.mode\""),
            "the first stop now goes on"
        );
        assert!(
            !two.body.contains("name=\"stops[1].to_next.mode\""),
            "the last does not"
        );
        let unknown = post_route(
            &mut b,
            new,
            new,
            &route_form(&first, "add"),
            &[("add_place", "no-such-place")],
        )
        .await;
        assert_eq!(unknown.status, 422);
        assert!(
            unknown.body.contains("id=\"f-add-place-error\""),
            "{}",
            unknown.body
        );

        // One stop is too few: the error sits next to the stops.
        let short = post_route(&mut b, new, new, &route_form(&first, "save"), &[]).await;
        assert_eq!(short.status, 422, "{}", short.body);
        assert!(
            short.body.contains("id=\"f-stops-error\""),
            "{}",
            short.body
        );
        assert!(
            short.body.contains("value=\"Pearl River evening\""),
            "typing kept"
        );

        // Three stops, saved: a draft.
        let three = [
            ("canton-tower".to_owned(), "60"),
            ("huacheng-square".to_owned(), "30"),
            ("haixinsha".to_owned(), "45"),
        ];
        let created = post_route(&mut b, new, new, &route_form(&three, "save"), &[]).await;
        assert_eq!(created.status, 303, "{}", created.body);
        assert!(
            created.location().ends_with("?done=created"),
            "{}",
            created.location()
        );
        let edit = created.location().split('?').next().unwrap().to_owned();
        let page = b.get(created.location()).await;
        assert!(page.body.contains(&tr(Locale::En, "console-route-created")));
        let ids = stop_places(&page);
        assert_eq!(ids.len(), 3);

        // Move the first stop down: the form changes, the route does not until saved.
        let stored: Vec<(String, &str)> = ids.iter().map(|id| (id.clone(), "40")).collect();
        let moved = post_route(&mut b, &edit, &edit, &route_form(&stored, "down-0"), &[]).await;
        assert_eq!(moved.status, 200, "{}", moved.body);
        assert_eq!(
            stop_places(&moved),
            [ids[1].clone(), ids[0].clone(), ids[2].clone()]
        );
        let reordered: Vec<(String, &str)> = stop_places(&moved)
            .into_iter()
            .map(|id| (id, "40"))
            .collect();
        let saved = post_route(&mut b, &edit, &edit, &route_form(&reordered, "save"), &[]).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        assert!(saved.location().ends_with("?done=saved"));

        // Not public until published.
        let public_path = "/v1/routes/pearl-river-evening";
        assert_eq!(get_json(&s, public_path, None).await.0, 404);
        let published = post(&mut b, &edit, &format!("{edit}/publish"), &[]).await;
        assert_eq!(published.status, 303, "{}", published.body);
        assert!(published.location().ends_with("?done=published"));
        let (status, public) = get_json(&s, public_path, None).await;
        assert_eq!(status, 200, "{public}");
        let slugs: Vec<&str> = public["stops"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["place_slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["huacheng-square", "canton-tower", "haixinsha"]);
        assert_eq!(public["stops"][0]["dwell_minutes"], 40);

        // The page now offers to withdraw it, and the public page link.
        let page = b.get(&edit).await;
        assert!(
            page.body.contains(&format!("action=\"{edit}/unpublish\"")),
            "{}",
            page.body
        );
        assert!(page.body.contains("href=\"/r/pearl-river-evening\""));

        // Audited as the API's steps are.
        assert_eq!(
            actions(&s, &curator.id).await,
            ["route.create", "route.update", "route.publish"]
        );
    }
}

#[tokio::test]
async fn a_curator_filters_the_audit_log() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let admin = staff(&s, "admin").await;
        let visitor = register(&s, "audited", "visitor").await;
        // Two kinds of entry: a role change by the admin, an alert by the curator.
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &format!("/v1/staff/users/{}/role", visitor.id),
            Some(&admin.access),
            &[],
            Some(&json!({"role": "merchant"})),
        )
        .await;
        assert_eq!(status, 200);
        let now = chrono::Utc::now();
        let alert = json!({
            "severity": "info",
            "starts_at": now.to_rfc3339(),
            "ends_at": (now + chrono::Duration::hours(2)).to_rfc3339(),
            "zones": [], "routes": [],
            "texts": {"en": {"title": "Metro line 3 delays"}}
        });
        let (status, _, body) = call(
            &s,
            Method::POST,
            "/v1/staff/alerts",
            Some(&curator.access),
            &[],
            Some(&alert),
        )
        .await;
        assert_eq!(status, 201, "{body}");

        let mut b = signed_in(&s, &curator).await;
        let all = b.get("/console/audit").await;
        assert_eq!(all.status, 200, "{}", all.body);
        assert!(all.body.contains("user.role") && all.body.contains("alert.create"));
        assert!(all.body.contains(&admin.email), "actors by email");
        assert!(
            all.body.contains("&quot;merchant&quot;") || all.body.contains("&#34;merchant&#34;"),
            "before and after"
        );

        // The API's filters, as form fields.
        let roles = b.get("/console/audit?action=user.&target_type=user").await;
        assert_eq!(roles.status, 200);
        assert!(roles.body.contains("user.role"));
        assert!(!roles.body.contains("alert.create"), "{}", roles.body);
        assert!(
            roles
                .body
                .contains("name=\"action\" type=\"text\" dir=\"ltr\" value=\"user.\""),
            "the filter is kept"
        );
        let mine = b.get(&format!("/console/audit?actor={}", curator.id)).await;
        assert!(mine.body.contains("alert.create") && !mine.body.contains("user.role"));
        let later = (now + chrono::Duration::days(1)).to_rfc3339();
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("since", &later);
        let none = b.get(&format!("/console/audit?{}", q.finish())).await;
        assert_eq!(none.status, 200);
        assert!(none.body.contains(&tr(Locale::En, "console-audit-empty")));

        // Fifty entries a page, newest first; the next page keeps the filters.
        for i in 0..50 {
            let role = if i % 2 == 0 { "visitor" } else { "merchant" };
            let (status, _, _) = call(
                &s,
                Method::PUT,
                &format!("/v1/staff/users/{}/role", visitor.id),
                Some(&admin.access),
                &[],
                Some(&json!({"role": role})),
            )
            .await;
            assert_eq!(status, 200);
        }
        let rows = |p: &Page| p.body.matches("<td><time datetime=").count();
        let first = b.get("/console/audit?action=user.role").await;
        assert_eq!(rows(&first), 50);
        let older = first
            .body
            .split("<p class=\"pager\"><a href=\"")
            .nth(1)
            .expect("a next page");
        let older = older
            .split('"')
            .next()
            .unwrap()
            .replace("&amp;", "&")
            .replace("&#38;", "&");
        assert!(
            older.contains("action=user.role") && older.contains("cursor="),
            "{older}"
        );
        let second = b.get(&older).await;
        assert_eq!(second.status, 200, "{}", second.body);
        assert_eq!(rows(&second), 1, "51 role changes in all");
        assert!(!second.body.contains("class=\"pager\""));

        // A filter that does not parse is named next to its field, in the page's language.
        let bad = b.get("/console/audit?since=yesterday&lang=fr").await;
        assert_eq!(bad.status, 400, "{}", bad.body);
        assert!(bad.body.contains("id=\"f-since-error\""), "{}", bad.body);
        assert!(
            bad.body
                .contains("aria-describedby=\"f-since-hint f-since-error\" aria-invalid=\"true\"")
        );
        assert!(bad.body.contains(&tr(Locale::Fr, "field-invalid-time")));
    }
}

#[tokio::test]
async fn an_admin_promotes_a_user_to_curator() {
    for backend in backends() {
        let s = fresh(backend).await;
        let admin = staff(&s, "admin").await;
        let user = register(&s, "promoted", "visitor").await;
        let mut b = signed_in(&s, &admin).await;
        let home = b.get("/console/staff").await;
        assert!(home.body.contains("href=\"/console/users\""));

        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("email", &user.email.to_uppercase());
        let path = format!("/console/users?{}", q.finish());
        let found = b.get(&path).await;
        assert_eq!(found.status, 200, "{}", found.body);
        let action = format!("/console/users/{}/role", user.id);
        assert!(
            found.body.contains(&format!("action=\"{action}\"")),
            "{}",
            found.body
        );

        // A role that does not exist is named next to the field; nothing changes.
        let wrong = post(&mut b, &path, &action, &[("role", "emperor")]).await;
        assert_eq!(wrong.status, 422, "{}", wrong.body);
        assert!(
            wrong
                .body
                .contains(&format!("id=\"f-role-{}-error\"", user.id))
        );

        let done = post(&mut b, &path, &action, &[("role", "curator")]).await;
        assert_eq!(done.status, 303, "{}", done.body);
        assert!(done.location().contains("done=role"), "{}", done.location());
        let page = b.get(done.location()).await;
        assert!(
            page.body
                .contains("<p class=\"notice\" role=\"status\">Role changed."),
            "{}",
            page.body
        );

        // The API sees the new role; the audit log has the entry.
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("email", &user.email);
        let (status, body) = get_json(
            &s,
            &format!("/v1/staff/users?{}", q.finish()),
            Some(&admin.access),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(body["items"][0]["role"], "curator");
        assert_eq!(actions(&s, &admin.id).await, ["user.role"]);
        let log = b
            .get(&format!(
                "/console/audit?action=user.role&target_id={}",
                user.id
            ))
            .await;
        assert!(log.body.contains("user.role"), "{}", log.body);
        assert!(log.body.contains("&quot;curator&quot;") || log.body.contains("&#34;curator&#34;"));

        // The last admin cannot demote themself: said on the page, nothing changes.
        let own = format!("/console/users/{}/role", admin.id);
        let last = post(&mut b, &path, &own, &[("role", "visitor")]).await;
        assert_eq!(last.status, 409, "{}", last.body);
        assert!(last.body.contains("class=\"alert\""));
        assert_eq!(actions(&s, &admin.id).await, ["user.role"]);
    }
}

#[tokio::test]
async fn roles_are_checked_as_the_api_does() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let merchant = register(&s, "shop", "merchant").await;

        let mut c = signed_in(&s, &curator).await;
        assert_eq!(c.get("/console/users").await.status, 403);
        let page = c.get("/console/staff").await;
        let csrf = page.field("csrf").unwrap();
        let promote = c
            .post(
                &format!("/console/users/{}/role", curator.id),
                &[("csrf", &csrf), ("role", "admin")],
            )
            .await;
        assert_eq!(promote.status, 403, "a curator cannot make themself admin");
        let (status, _) = get_json(
            &s,
            "/v1/staff/users?email=a%40example.com",
            Some(&curator.access),
        )
        .await;
        assert_eq!(status, 403, "as the API's Admin guard");

        let mut m = signed_in(&s, &merchant).await;
        assert_eq!(m.get("/console/routes").await.status, 403);
        assert_eq!(m.get("/console/routes/new").await.status, 403);
        assert_eq!(m.get("/console/audit").await.status, 403);
        assert_eq!(m.get("/console/users").await.status, 403);

        // Signed out: to the sign-in page, and back afterwards.
        let mut anon = Browser::new(&s);
        let away = anon.get("/console/audit").await;
        assert_eq!(away.status, 303);
        assert!(
            away.location()
                .starts_with("/console/sign-in?next=%2Fconsole%2Faudit")
        );
    }
}

#[tokio::test]
async fn a_form_post_without_its_csrf_token_is_refused() {
    for backend in backends() {
        let s = fresh(backend).await;
        let admin = staff(&s, "admin").await;
        let user = register(&s, "kept", "visitor").await;
        let mut b = signed_in(&s, &admin).await;

        let no_token = b
            .post(
                &format!("/console/users/{}/role", user.id),
                &[("role", "admin")],
            )
            .await;
        assert_eq!(no_token.status, 403, "{}", no_token.body);
        let wrong = b
            .post(
                "/console/routes/new",
                &[("csrf", "not-the-token"), ("slug", "x"), ("op", "save")],
            )
            .await;
        assert_eq!(wrong.status, 403);
        let (_, body) = get_json(
            &s,
            &format!("/v1/staff/users?email={}", user.email.replace('@', "%40")),
            Some(&admin.access),
        )
        .await;
        assert_eq!(body["items"][0]["role"], "visitor", "nothing changed");
        assert!(actions(&s, &admin.id).await.is_empty());
    }
}

/// The event form's fields: a two-day festival in Tianhe with an English and an Arabic
/// name; `starts_on` and `ends_on` as given.
fn event_form<'a>(starts_on: &'a str, ends_on: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("slug", "lantern-night-2027"),
        ("kind", "festival"),
        ("starts_on", starts_on),
        ("ends_on", ends_on),
        ("date_confidence", "inferred"),
        ("place", "canton-tower"),
        ("zones", "tianhe-road-zhujiang-new-town"),
        ("translations.en.name", "Lantern night"),
        ("translations.en.summary", "Lanterns along the Pearl River."),
        ("translations.ar.name", "ليلة الفوانيس"),
        ("sources", "https://example.com/lanterns"),
    ]
}

#[tokio::test]
async fn a_curator_creates_fixes_and_publishes_an_event() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let mut b = signed_in(&s, &curator).await;
        let new = "/console/events/new";

        let home = b.get("/console/staff").await;
        assert!(
            home.body.contains("href=\"/console/events\""),
            "{}",
            home.body
        );
        assert!(home.body.contains("href=\"/console/alerts\""));
        let list = b.get("/console/events").await;
        assert_eq!(list.status, 200, "{}", list.body);
        assert!(
            list.body.contains("canton-fair-141-phase-1"),
            "the seeded events"
        );
        let form = b.get(new).await;
        assert_eq!(form.status, 200, "{}", form.body);
        assert!(
            form.body.contains("name=\"translations.zh-Hant.summary\""),
            "every language"
        );

        // The last day before the first: said next to the last day, in a summary at the
        // top, and everything typed is kept.
        let wrong = post(&mut b, new, new, &event_form("2027-02-12", "2027-02-10")).await;
        assert_eq!(wrong.status, 422, "{backend:?}: {}", wrong.body);
        assert!(
            wrong.body.contains("id=\"f-ends-on-error\""),
            "{}",
            wrong.body
        );
        assert!(
            wrong.body.contains("href=\"#f-ends-on\""),
            "the summary links to it"
        );
        assert!(
            wrong
                .body
                .contains(&tr(Locale::En, "field-ends-before-start"))
        );
        assert!(
            wrong.body.contains("value=\"Lantern night\""),
            "typing kept"
        );
        assert!(
            wrong
                .body
                .contains("value=\"tianhe-road-zhujiang-new-town\" checked")
        );
        // A date the form cannot read is named by its field too.
        let unreadable = post(&mut b, new, new, &event_form("next spring", "2027-02-10")).await;
        assert_eq!(unreadable.status, 422);
        assert!(unreadable.body.contains("id=\"f-starts-on-error\""));

        let created = post(&mut b, new, new, &event_form("2027-02-10", "2027-02-12")).await;
        assert_eq!(created.status, 303, "{}", created.body);
        assert!(
            created.location().ends_with("?done=created"),
            "{}",
            created.location()
        );
        let edit = created.location().split('?').next().unwrap().to_owned();
        let page = b.get(created.location()).await;
        assert!(page.body.contains(&tr(Locale::En, "console-event-created")));
        assert!(
            page.body
                .contains("name=\"place\" type=\"text\" dir=\"ltr\" value=\"canton-tower\""),
            "{}",
            page.body
        );

        // A draft is not public; published, it is.
        let public = "/v1/events?from=2027-02-01&to=2027-02-28";
        let slugs = |v: &Value| -> Vec<String> {
            v["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["slug"].as_str().unwrap().to_owned())
                .collect()
        };
        let (_, before) = get_json(&s, public, None).await;
        assert!(!slugs(&before).contains(&"lantern-night-2027".to_owned()));
        let published = post(&mut b, &edit, &format!("{edit}/publish"), &[]).await;
        assert_eq!(published.status, 303, "{}", published.body);
        assert!(published.location().ends_with("?done=published"));
        let (status, after) = get_json(&s, public, None).await;
        assert_eq!(status, 200);
        let ours = after["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["slug"] == "lantern-night-2027")
            .unwrap_or_else(|| panic!("{after}"));
        assert_eq!(ours["place"], "canton-tower");
        assert_eq!(ours["date_confidence"], "inferred");
        assert_eq!(ours["zones"][0], "tianhe-road-zhujiang-new-town");

        // Edited while live: it stays live; then withdrawn.
        let mut changed = event_form("2027-02-10", "2027-02-13");
        changed.retain(|(k, _)| *k != "zones");
        let saved = post(&mut b, &edit, &edit, &changed).await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        let (_, after) = get_json(&s, public, None).await;
        let ours = after["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["slug"] == "lantern-night-2027")
            .unwrap()
            .clone();
        assert_eq!(ours["ends_on"], "2027-02-13");
        assert_eq!(ours["zones"], json!([]));
        let page = b.get(&edit).await;
        assert!(page.body.contains(&format!("action=\"{edit}/unpublish\"")));
        let withdrawn = post(&mut b, &edit, &format!("{edit}/unpublish"), &[]).await;
        assert_eq!(withdrawn.status, 303);
        let (_, after) = get_json(&s, public, None).await;
        assert!(!slugs(&after).contains(&"lantern-night-2027".to_owned()));

        assert_eq!(
            actions(&s, &curator.id).await,
            [
                "event.create",
                "event.publish",
                "event.update",
                "event.unpublish"
            ]
        );
        let log = b.get("/console/audit?target_type=event").await;
        assert!(
            log.body.contains(&format!("href=\"{edit}\"")),
            "the audit log links to the event"
        );
    }
}

#[tokio::test]
async fn a_curator_creates_fixes_and_publishes_an_alert() {
    for backend in backends() {
        let s = fresh(backend).await;
        let curator = staff(&s, "curator").await;
        let mut b = signed_in(&s, &curator).await;
        let new = "/console/alerts/new";
        assert_eq!(b.get("/console/alerts").await.status, 200);
        let form = b.get(new).await;
        assert_eq!(form.status, 200, "{}", form.body);
        assert!(
            form.body
                .contains("name=\"starts_at\" type=\"datetime-local\"")
        );

        // In force from an hour ago for a day, Guangzhou time, as the form sends it.
        let gz = chrono::FixedOffset::east_opt(8 * 3600).unwrap();
        let now = chrono::Utc::now().with_timezone(&gz);
        let starts = (now - chrono::Duration::hours(1))
            .format("%Y-%m-%dT%H:%M")
            .to_string();
        let ends = (now + chrono::Duration::hours(23))
            .format("%Y-%m-%dT%H:%M")
            .to_string();
        let fields = |title: &'static str| -> Vec<(&'static str, String)> {
            vec![
                ("severity", "severe".into()),
                ("starts_at", starts.clone()),
                ("ends_at", ends.clone()),
                ("zones", "tianhe-road-zhujiang-new-town".into()),
                ("texts.en.title", title.into()),
                (
                    "texts.en.body",
                    "Stay indoors until the signal is lowered.".into(),
                ),
                ("texts.zh-Hans.title", "八号风球".into()),
            ]
        };

        // No English text: the error sits at the English title.
        let mut missing = fields("");
        missing.retain(|(k, _)| !k.starts_with("texts.en."));
        let refs: Vec<(&str, &str)> = missing.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let wrong = post(&mut b, new, new, &refs).await;
        assert_eq!(wrong.status, 422, "{backend:?}: {}", wrong.body);
        assert!(
            wrong.body.contains("id=\"f-texts-en-title-error\""),
            "{}",
            wrong.body
        );
        assert!(wrong.body.contains("value=\"八号风球\""), "typing kept");
        // A window that ends before it starts: at the end.
        let mut reversed = fields("Typhoon signal 8");
        reversed[1].1 = ends.clone();
        reversed[2].1 = starts.clone();
        let refs: Vec<(&str, &str)> = reversed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let wrong = post(&mut b, new, new, &refs).await;
        assert_eq!(wrong.status, 422);
        assert!(
            wrong.body.contains("id=\"f-ends-at-error\""),
            "{}",
            wrong.body
        );

        let good = fields("Typhoon signal 8");
        let refs: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let created = post(&mut b, new, new, &refs).await;
        assert_eq!(created.status, 303, "{}", created.body);
        assert!(created.location().ends_with("?done=created"));
        let edit = created.location().split('?').next().unwrap().to_owned();
        let page = b.get(created.location()).await;
        assert!(page.body.contains(&tr(Locale::En, "console-alert-created")));
        assert!(
            page.body.contains(&format!("value=\"{starts}\"")),
            "the window in Guangzhou time"
        );

        let (_, none) = get_json(&s, "/v1/alerts", None).await;
        assert_eq!(none["items"], json!([]), "a draft is not shown");
        let published = post(&mut b, &edit, &format!("{edit}/publish"), &[]).await;
        assert_eq!(published.status, 303, "{}", published.body);
        let (status, shown) = get_json(&s, "/v1/alerts", None).await;
        assert_eq!(status, 200);
        assert_eq!(shown["items"][0]["title"], "Typhoon signal 8", "{shown}");
        assert_eq!(shown["items"][0]["severity"], "severe");
        assert_eq!(
            shown["items"][0]["zones"][0],
            "tianhe-road-zhujiang-new-town"
        );
        let list = b.get("/console/alerts").await;
        assert!(
            list.body
                .contains(&tr(Locale::En, "console-alerts-in-force"))
        );

        assert_eq!(
            actions(&s, &curator.id).await,
            ["alert.create", "alert.publish"]
        );
    }
}

#[tokio::test]
async fn merchants_may_not_open_the_event_and_alert_pages() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "shop", "merchant").await;
        let mut m = signed_in(&s, &merchant).await;
        for path in [
            "/console/events",
            "/console/events/new",
            "/console/events/guangzhou-marathon-2026",
            "/console/alerts",
            "/console/alerts/new",
        ] {
            assert_eq!(m.get(path).await.status, 403, "{path}");
        }
        let page = m.get("/console/listings").await;
        let csrf = page.field("csrf").unwrap();
        let post = m
            .post(
                "/console/events/new",
                &[("csrf", &csrf), ("slug", "x"), ("kind", "fair")],
            )
            .await;
        assert_eq!(post.status, 403);
        let home = m.get("/console/listings").await;
        assert!(!home.body.contains("href=\"/console/events\""));
        assert!(actions(&s, &merchant.id).await.is_empty());
    }
}

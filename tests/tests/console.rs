//! The web console over real HTTP on every backend, driven like a browser without one:
//! cookies kept by hand, CSRF tokens read from the forms. (The Chromium suite in
//! `tests/browser/` covers what needs a real browser: layout, keyboard, axe-core.)
//!
//! Covered here: sign-up, sign-in, sign-out and the session's revocation; the cookie's
//! attributes; CSRF refusals; role checks as in the API; the merchant's dashboard with a
//! reviewer's reason in the page's language; the shared sign-in rate limit; the audit log;
//! localized problem pages.

use guide_domain::Locale;
use guide_domain::l10n::tr;
use guide_tests::accounts::{PASSWORD, audit_actions, call, email, listing, register, staff};
use guide_tests::browser::Browser;
use guide_tests::{backends, fresh};
use reqwest::Method;
use serde_json::json;

#[tokio::test]
async fn a_merchant_signs_up_sees_an_empty_dashboard_and_signs_out_for_good() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mut b = Browser::new(&s);
        let address = email("console");
        let done = b
            .submit(
                "/console/sign-up?lang=fr",
                "/console/sign-up",
                &[
                    ("display_name", "Salon Lychee"),
                    ("email", &address),
                    ("password", PASSWORD),
                ],
            )
            .await;
        assert_eq!(
            (done.status, done.location()),
            (303, "/console/listings"),
            "{backend:?}: {}",
            done.body
        );
        let session_cookie = done
            .set_cookies()
            .into_iter()
            .find(|c| c.starts_with("guide_console="))
            .expect("session cookie");
        for attribute in ["HttpOnly", "SameSite=Lax", "Path=/console", "Max-Age=43200"] {
            assert!(session_cookie.contains(attribute), "{session_cookie}");
        }
        assert!(
            !session_cookie.contains("Secure"),
            "plain http on loopback: {session_cookie}"
        );
        let stolen = b.cookies["guide_console"].clone();

        // The dashboard, in the language chosen on the sign-up page (remembered).
        let dashboard = b.get("/console/listings").await;
        assert_eq!(dashboard.status, 200);
        assert!(
            dashboard.body.contains("<html lang=\"fr\" dir=\"ltr\">"),
            "{}",
            dashboard.body
        );
        assert!(
            dashboard
                .body
                .contains(&tr(Locale::Fr, "console-listings-empty"))
        );
        assert!(dashboard.body.contains(&address));
        let db = s.db().await;
        let account = guide_server::store::accounts::user_by_email(&db, &address)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            (account.role.as_str(), account.locale.as_str()),
            ("merchant", "fr")
        );

        let csrf = dashboard.field("csrf").unwrap();
        let out = b.post("/console/sign-out", &[("csrf", &csrf)]).await;
        assert_eq!(
            (out.status, out.location()),
            (303, "/console/sign-in?notice=signed_out")
        );
        assert!(
            !b.cookies.contains_key("guide_console"),
            "the browser forgets the session"
        );
        // A copy of the cookie taken before signing out opens nothing: the row is revoked.
        b.cookies.insert("guide_console".into(), stolen);
        let after = b.get("/console/listings").await;
        assert_eq!(after.status, 303);
        assert!(
            after
                .location()
                .starts_with("/console/sign-in?next=%2Fconsole%2Flistings&notice=session_ended"),
            "{}",
            after.location()
        );
        assert_eq!(
            audit_actions(&s, &account.id).await,
            ["console.sign_up", "console.sign_in", "console.sign_out"]
        );

        // Signing in again works, and goes back where the browser was heading.
        let mut b = Browser::new(&s);
        let page = b.get("/console/sign-in?next=/console/listings").await;
        let csrf = page.field("csrf").unwrap();
        let done = b
            .post(
                "/console/sign-in",
                &[
                    ("csrf", &csrf),
                    ("email", &address.to_uppercase()),
                    ("password", PASSWORD),
                    ("next", "/console/listings"),
                ],
            )
            .await;
        assert_eq!(
            (done.status, done.location()),
            (303, "/console/listings"),
            "{}",
            done.body
        );
        assert!(
            !b.cookies.contains_key("guide_csrf"),
            "the signed-out form token ends at sign-in"
        );
    }
}

#[tokio::test]
async fn sign_up_and_sign_in_mistakes_are_explained_next_to_the_fields() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mut b = Browser::new(&s);
        let bad = b
            .submit(
                "/console/sign-up?lang=de",
                "/console/sign-up",
                &[("email", "not-an-email"), ("password", "short")],
            )
            .await;
        assert_eq!(bad.status, 422);
        assert!(bad.body.contains("id=\"email-error\""), "{}", bad.body);
        assert!(bad.body.contains("id=\"password-error\""));
        assert!(bad.body.contains("aria-invalid=\"true\""));
        assert!(
            bad.body.contains("value=\"not-an-email\""),
            "what was typed is kept"
        );

        let taken = register(&s, "taken", "merchant").await;
        let again = b
            .submit(
                "/console/sign-up",
                "/console/sign-up",
                &[("email", &taken.email), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(again.status, 422);
        assert!(
            again
                .body
                .contains(&tr(Locale::De, "console-error-email-taken")),
            "{}",
            again.body
        );

        let wrong = b.sign_in(&taken.email, "not the password at all").await;
        assert_eq!(wrong.status, 422);
        assert!(
            wrong
                .body
                .contains(&tr(Locale::De, "console-sign-in-failed"))
        );
        assert!(!b.cookies.contains_key("guide_console"));
    }
}

#[tokio::test]
async fn forms_without_the_right_csrf_token_are_refused() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "csrf", "merchant").await;
        let mut b = Browser::new(&s);
        assert_eq!(b.sign_in(&merchant.email, PASSWORD).await.status, 303);
        let dashboard = b.get("/console/listings").await;
        assert_eq!(dashboard.status, 200);

        // No token, a wrong token, and the signed-out token of another browser.
        let mut other = Browser::new(&s);
        let foreign = other.get("/console/sign-in").await.field("csrf").unwrap();
        for form in [
            vec![],
            vec![("csrf", "x".repeat(43))],
            vec![("csrf", foreign)],
        ] {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let refused = b.post("/console/sign-out", &form).await;
            assert_eq!(refused.status, 403, "{form:?}");
            assert!(
                refused
                    .body
                    .contains(&tr(Locale::En, "console-problem-csrf-title"))
            );
            assert_eq!(
                b.get("/console/listings").await.status,
                200,
                "still signed in"
            );
        }
        // A cross-site post of the sign-in form: no cookie, no token.
        let mut attacker = Browser::new(&s);
        let refused = attacker
            .post(
                "/console/sign-in",
                &[("email", merchant.email.as_str()), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(refused.status, 403);
        assert!(!attacker.cookies.contains_key("guide_console"));
        // Not a form at all.
        let json = b
            .send(
                Method::POST,
                "/console/sign-out",
                None,
                &[("content-type", "application/json")],
            )
            .await;
        assert_eq!(json.status, 415);
        assert!(
            json.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
    }
}

#[tokio::test]
async fn roles_are_checked_as_in_the_api() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "role-m", "merchant").await;
        let visitor = register(&s, "role-v", "visitor").await;
        let curator = staff(&s, "curator").await;

        let mut m = Browser::new(&s);
        assert_eq!(
            m.sign_in(&merchant.email, PASSWORD).await.location(),
            "/console"
        );
        assert_eq!(m.get("/console").await.location(), "/console/listings");
        let forbidden = m.get("/console/staff?lang=ja").await;
        assert_eq!(forbidden.status, 403);
        assert!(
            forbidden
                .body
                .contains(&tr(Locale::Ja, "console-problem-forbidden-title"))
        );
        assert!(
            forbidden
                .body
                .contains(&tr(Locale::Ja, "console-role-merchant"))
        );

        let mut c = Browser::new(&s);
        c.sign_in(&curator.email, PASSWORD).await;
        assert_eq!(c.get("/console").await.location(), "/console/staff");
        let home = c.get("/console/staff").await;
        assert_eq!(home.status, 200);
        assert!(
            home.body
                .contains(&tr(Locale::En, "console-staff-queue-empty"))
        );
        assert_eq!(
            c.get("/console/listings").await.status,
            403,
            "staff are not merchants, as in the API"
        );

        let mut v = Browser::new(&s);
        v.sign_in(&visitor.email, PASSWORD).await;
        let page = v.get("/console").await;
        assert_eq!(page.status, 403);
        assert!(
            page.body
                .contains(&tr(Locale::En, "console-problem-visitor-detail"))
        );

        // Signed out: sent to sign in, and back afterwards.
        let mut anonymous = Browser::new(&s);
        let page = anonymous.get("/console/staff").await;
        assert_eq!(
            (page.status, page.location()),
            (303, "/console/sign-in?next=%2Fconsole%2Fstaff")
        );
    }
}

#[tokio::test]
async fn the_dashboard_shows_each_listing_with_the_reviewers_reason_in_the_page_language() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "dash", "merchant").await;
        let curator = staff(&s, "curator").await;
        let mut rejected = listing("Harbour");
        rejected["translations"]["ja"] = json!({"name": "ハーバー茶楼"});
        let mut ids = Vec::new();
        for body in [listing("Draft"), rejected, listing("Waiting")] {
            let (status, _, created) = call(
                &s,
                Method::POST,
                "/v1/merchant/places",
                Some(&merchant.access),
                &[],
                Some(&body),
            )
            .await;
            assert_eq!(status, 201, "{created}");
            ids.push((
                created["id"].as_str().unwrap().to_owned(),
                created["etag"].as_str().unwrap().to_owned(),
            ));
        }
        for (id, etag) in &ids[1..] {
            let (status, _, body) = call(
                &s,
                Method::POST,
                &format!("/v1/merchant/places/{id}/submit"),
                Some(&merchant.access),
                &[("if-match", etag)],
                None,
            )
            .await;
            assert_eq!(status, 200, "{body}");
        }
        let (status, _, body) = call(
            &s,
            Method::POST,
            &format!("/v1/staff/places/{}/reject", ids[1].0),
            Some(&curator.access),
            &[],
            Some(&json!({"reason": "incomplete", "note": "Opening hours on Sundays?"})),
        )
        .await;
        assert_eq!(status, 200, "{body}");

        let mut b = Browser::new(&s);
        b.sign_in(&merchant.email, PASSWORD).await;
        let page = b.get("/console/listings?lang=ja").await;
        assert_eq!(page.status, 200);
        for key in [
            "console-status-draft",
            "console-status-rejected",
            "console-status-pending",
            "review-reason-incomplete",
        ] {
            assert!(
                page.body.contains(&tr(Locale::Ja, key)),
                "{key} in Japanese: {}",
                page.body
            );
        }
        assert!(
            page.body.contains("ハーバー茶楼"),
            "the name in the page's language"
        );
        assert!(
            page.body.contains("Opening hours on Sundays?"),
            "the reviewer's own words"
        );
        assert!(
            page.body.contains("Draft Tea House"),
            "English when there is no Japanese name"
        );
        // Remembered: the next page without ?lang= is still Japanese.
        assert!(
            b.get("/console/listings")
                .await
                .body
                .contains("<html lang=\"ja\"")
        );

        // Another merchant sees none of these.
        let other = register(&s, "other", "merchant").await;
        let mut o = Browser::new(&s);
        o.sign_in(&other.email, PASSWORD).await;
        let theirs = o.get("/console/listings").await;
        assert!(
            !theirs.body.contains("Harbour")
                && theirs
                    .body
                    .contains(&tr(Locale::En, "console-listings-empty"))
        );
        assert_eq!(
            o.get("/console/listings?before=not-a-cursor").await.status,
            400
        );
    }
}

#[tokio::test]
async fn sign_in_shares_the_apis_back_off() {
    for backend in backends() {
        let s = fresh(backend).await;
        let merchant = register(&s, "limit", "merchant").await;
        let free = guide_server::Config::default()
            .limits
            .login_free_failures_per_account;
        let mut b = Browser::new(&s);
        for _ in 0..free {
            assert_eq!(
                b.sign_in(&merchant.email, "a wrong password, again")
                    .await
                    .status,
                422
            );
        }
        // The last free failure started a back-off for this account from this address:
        // even the right password waits, in the console and in the API alike.
        let page = b.sign_in(&merchant.email, PASSWORD).await;
        assert_eq!(page.status, 429);
        assert!(page.headers.contains_key("retry-after"));
        let body = json!({"email": merchant.email, "password": PASSWORD});
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/login", None, &[], Some(&body)).await;
        assert_eq!(status, 429);
    }
}

#[tokio::test]
async fn pages_carry_the_console_headers_and_problems_are_localized_pages() {
    for backend in backends() {
        let s = fresh(backend).await;
        let mut b = Browser::new(&s);
        let page = b.get("/console/sign-in").await;
        let csp = page.headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'none'")
                && csp.contains("style-src 'self'")
                && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"));
        assert_eq!(page.headers["cache-control"], "no-store");
        assert!(
            !page.body.contains("<script") && !page.body.contains("style="),
            "no inline script or style"
        );
        // The API keeps its own, stricter policy.
        let (_, api, _) = guide_tests::get_json(&s, "/v1/locales").await;
        assert_eq!(
            api["content-security-policy"],
            "default-src 'none'; frame-ancestors 'none'"
        );

        let behind_tls = b
            .send(
                Method::GET,
                "/console/sign-in",
                None,
                &[("x-forwarded-proto", "https")],
            )
            .await;
        assert!(
            behind_tls
                .set_cookies()
                .iter()
                .all(|c| c.contains("; Secure")),
            "{:?}",
            behind_tls.set_cookies()
        );

        let missing = b.get("/console/no-such-page?lang=ar").await;
        assert_eq!(missing.status, 404);
        assert!(missing.body.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(
            missing
                .body
                .contains(&tr(Locale::Ar, "console-problem-not-found-title"))
        );
        let unsupported = b.get("/console/sign-in?lang=tlh").await;
        assert_eq!(unsupported.status, 400);
        assert!(
            unsupported
                .body
                .contains("href=\"/console/sign-in?lang=zh-Hant\""),
            "offers every language"
        );
        let method = b.get("/console/sign-out").await;
        assert_eq!(method.status, 405);
        assert!(
            method.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );

        let css = b.get("/console/static/console.css").await;
        assert_eq!(css.status, 200);
        assert!(
            css.headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/css")
        );
        assert!(page.body.contains("/console/static/console.css?v="));
    }
}

//! Accounts over real HTTP on every backend: register, login, `GET /v1/me`, refresh-token
//! rotation with reuse detection, logout, broken-authentication attacks (OWASP API2),
//! rate limits (API4), and two server instances on one database agreeing on all of it.

use base64::Engine;
use guide_server::config::RateLimits;
use guide_tests::accounts::{PASSWORD, call, email, login, register, staff};
use guide_tests::{
    Backend, TEST_JWT_SECRET, TestServer, assert_problem, backends, fresh, new_database, start,
    test_config,
};
use reqwest::Method;
use serde_json::json;

fn refresh_body(token: &str) -> serde_json::Value {
    json!({"refresh_token": token})
}

#[tokio::test]
async fn register_login_me_and_account_rules() {
    for backend in backends() {
        let s = fresh(backend).await;
        let addr = email("Mei");
        let body =
            json!({"email": addr.to_uppercase(), "password": PASSWORD, "display_name": "Mei"});
        let (status, headers, registered) = call(
            &s,
            Method::POST,
            "/v1/auth/register?lang=de",
            None,
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(status, 202, "{registered}");
        assert_eq!(
            registered["email"],
            addr.to_lowercase(),
            "emails are stored lower-cased"
        );
        assert!(
            registered.get("access_token").is_none(),
            "registration does not sign in"
        );
        assert_eq!(headers["cache-control"], "no-store");
        let (status, headers, out) = login(&s, &addr, PASSWORD).await;
        assert_eq!(status, 200, "{out}");
        assert_eq!(out["token_type"], "Bearer");
        assert_eq!(out["user"]["role"], "visitor");
        assert_eq!(
            out["user"]["locale"], "de",
            "the language of the registration"
        );
        assert!(out["expires_in"].as_u64().unwrap() <= 15 * 60);
        assert_eq!(
            headers["cache-control"], "no-store",
            "tokens are never cached"
        );
        let token = out["access_token"].as_str().unwrap();

        let (status, _, me) = call(&s, Method::GET, "/v1/me", Some(token), &[], None).await;
        assert_eq!(
            (status, me["email"].as_str()),
            (200, Some(addr.to_lowercase().as_str()))
        );

        // Registering a taken address (in any case) answers exactly like a new one, so it
        // tells nobody who has an account; it changes nothing about the account.
        let taken = json!({"email": addr.to_uppercase(), "password": "another long passphrase"});
        let (status, headers, again) = call(
            &s,
            Method::POST,
            "/v1/auth/register",
            None,
            &[],
            Some(&taken),
        )
        .await;
        assert_eq!(
            (status, &again),
            (202, &registered),
            "no enumeration: {again}"
        );
        assert!(!headers.contains_key("location"));
        assert_eq!(
            login(&s, &addr, "another long passphrase").await.0,
            401,
            "the password was not replaced"
        );
        // Sign in with any case; a wrong password is a 401 naming the Bearer scheme.
        let (status, _, _) = login(&s, &addr.to_uppercase(), PASSWORD).await;
        assert_eq!(status, 200);
        let (status, headers, out) = login(&s, &addr, "wrong password entirely").await;
        assert_problem(status, &headers, &out, 401);
        assert!(
            headers["www-authenticate"]
                .to_str()
                .unwrap()
                .starts_with("Bearer")
        );
        let (status, _, unknown) = login(&s, &email("nobody"), PASSWORD).await;
        assert_eq!(status, 401);
        assert_eq!(
            unknown["detail"], out["detail"],
            "unknown email and wrong password look the same"
        );

        // Password rules a person can follow, in the request's language; staff roles
        // cannot be self-assigned.
        for (password, code) in [
            ("short", "too_short"),
            ("password1234", "too_common"),
            ("aaaaaaaaaaaaaa", "too_common"),
        ] {
            let body = json!({"email": email("weak"), "password": password});
            let (status, headers, out) = call(
                &s,
                Method::POST,
                "/v1/auth/register?lang=ja",
                None,
                &[],
                Some(&body),
            )
            .await;
            assert_eq!(assert_problem(status, &headers, &out, 422), ["password"]);
            assert_eq!(out["errors"][0]["code"], code);
            assert!(
                out["errors"][0]["message"]
                    .as_str()
                    .unwrap()
                    .chars()
                    .any(|c| c > '\u{3000}'),
                "Japanese: {out}"
            );
        }
        for role in ["curator", "admin"] {
            let body = json!({"email": email("climber"), "password": PASSWORD, "role": role});
            let (status, headers, out) = call(
                &s,
                Method::POST,
                "/v1/auth/register",
                None,
                &[],
                Some(&body),
            )
            .await;
            assert_eq!(assert_problem(status, &headers, &out, 422), ["role"]);
        }
        let body = json!({"email": "not-an-email", "password": PASSWORD});
        let (status, headers, out) = call(
            &s,
            Method::POST,
            "/v1/auth/register",
            None,
            &[],
            Some(&body),
        )
        .await;
        assert_eq!(assert_problem(status, &headers, &out, 422), ["email"]);
        // Mass assignment at sign-up: unknown fields are refused.
        let body = json!({"email": email("sneaky"), "password": PASSWORD, "is_admin": true});
        let (status, headers, out) = call(
            &s,
            Method::POST,
            "/v1/auth/register",
            None,
            &[],
            Some(&body),
        )
        .await;
        assert_problem(status, &headers, &out, 422);
    }
}

#[tokio::test]
async fn refresh_tokens_rotate_and_reuse_revokes_the_family() {
    for backend in backends() {
        let s = fresh(backend).await;
        let first = register(&s, "rotate", "visitor").await;
        let (status, _, second) = call(
            &s,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&first.refresh)),
        )
        .await;
        assert_eq!(status, 200, "{second}");
        let second_refresh = second["refresh_token"].as_str().unwrap().to_owned();
        let second_access = second["access_token"].as_str().unwrap().to_owned();
        assert_ne!(second_refresh, first.refresh, "rotated");
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&second_access), &[], None)
                .await
                .0,
            200
        );

        // The first token again: reuse. The whole family dies, including the newest token
        // and every access token of the session.
        let (status, headers, out) = call(
            &s,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&first.refresh)),
        )
        .await;
        assert_problem(status, &headers, &out, 401);
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&second_refresh)),
        )
        .await;
        assert_eq!(status, 401, "family revoked");
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&second_access), &[], None)
                .await
                .0,
            401
        );
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&first.access), &[], None)
                .await
                .0,
            401
        );

        // Unknown tokens are 401 too.
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body("made-up")),
        )
        .await;
        assert_eq!(status, 401);

        // Logout ends the session at once: refresh and access tokens stop working.
        let other = register(&s, "leaver", "visitor").await;
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/logout",
            Some(&other.access),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 204);
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&other.access), &[], None)
                .await
                .0,
            401
        );
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&other.refresh)),
        )
        .await;
        assert_eq!(status, 401);
        // Logout with only the refresh token works too.
        let third = register(&s, "leaver2", "visitor").await;
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/logout",
            None,
            &[],
            Some(&refresh_body(&third.refresh)),
        )
        .await;
        assert_eq!(status, 204);
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&third.access), &[], None)
                .await
                .0,
            401
        );
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn forge(claims: &serde_json::Value, alg: jsonwebtoken::Algorithm, secret: &str) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(alg),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

#[tokio::test]
async fn broken_authentication_attempts_are_401() {
    for backend in backends() {
        let s = fresh(backend).await;
        let user = register(&s, "target", "visitor").await;
        // Read the real claims (the payload is not secret) to forge variants of them.
        let payload = user.access.split('.').nth(1).unwrap();
        let claims: serde_json::Value = serde_json::from_slice(
            &base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload)
                .unwrap(),
        )
        .unwrap();
        let now = chrono::Utc::now().timestamp();
        let with = |key: &str, value: serde_json::Value| {
            let mut c = claims.clone();
            c[key] = value;
            c
        };
        let hs256 = jsonwebtoken::Algorithm::HS256;
        let cases: Vec<(&str, String)> = vec![
            (
                "expired",
                forge(&with("exp", json!(now - 3600)), hs256, TEST_JWT_SECRET),
            ),
            (
                "forged signature",
                forge(&claims, hs256, "some-other-secret-some-other-secret!"),
            ),
            (
                "wrong audience",
                forge(&with("aud", json!("someone-else")), hs256, TEST_JWT_SECRET),
            ),
            (
                "wrong issuer",
                forge(&with("iss", json!("evil")), hs256, TEST_JWT_SECRET),
            ),
            (
                "foreign algorithm HS512",
                forge(&claims, jsonwebtoken::Algorithm::HS512, TEST_JWT_SECRET),
            ),
            (
                "alg none",
                format!(
                    "{}.{}.",
                    b64(br#"{"alg":"none","typ":"JWT"}"#),
                    b64(claims.to_string().as_bytes())
                ),
            ),
            (
                "alg none, role escalated",
                format!(
                    "{}.{}.",
                    b64(br#"{"alg":"none"}"#),
                    b64(with("role", json!("admin")).to_string().as_bytes())
                ),
            ),
            (
                "unknown session",
                forge(
                    &with("sid", json!("01900000-0000-7000-8000-000000000000")),
                    hs256,
                    TEST_JWT_SECRET,
                ),
            ),
            ("garbage", "not.a.jwt".to_owned()),
        ];
        for (name, token) in cases {
            let (status, headers, body) =
                call(&s, Method::GET, "/v1/me", Some(&token), &[], None).await;
            assert_eq!(status, 401, "{name}: {body}");
            assert_problem(status, &headers, &body, 401);
            assert!(headers.contains_key("www-authenticate"), "{name}");
        }
        // A scheme other than Bearer, and no token at all.
        let (status, _, _) = call(
            &s,
            Method::GET,
            "/v1/me",
            None,
            &[("authorization", "Basic YTpi")],
            None,
        )
        .await;
        assert_eq!(status, 401);
        assert_eq!(
            call(&s, Method::GET, "/v1/me", None, &[], None).await.0,
            401
        );
        // A bad token is refused even where no sign-in is needed (MaybeAuthUser).
        let (status, _, _) = call(
            &s,
            Method::POST,
            "/v1/auth/logout",
            Some("not.a.jwt"),
            &[],
            None,
        )
        .await;
        assert_eq!(status, 401);
        // The untouched token still works.
        assert_eq!(
            call(&s, Method::GET, "/v1/me", Some(&user.access), &[], None)
                .await
                .0,
            200
        );
    }
}

async fn server_with_limits(backend: Backend, limits: RateLimits) -> TestServer {
    let database_url = new_database(backend).await;
    let config = guide_server::Config {
        limits,
        ..test_config(database_url.clone())
    };
    let (base, _) = tokio::task::spawn_blocking(move || start(config))
        .await
        .unwrap();
    TestServer {
        base,
        database_url,
        backend,
    }
}

fn limits(per_ip: u32, per_account: u32, register_per_ip: u32) -> RateLimits {
    RateLimits {
        login_free_failures_per_ip: per_ip,
        login_free_failures_per_account: per_account,
        login_max_backoff_secs: 60,
        register_per_ip,
        window_secs: 600,
    }
}

/// Signs in from a given client address.
async fn login_from(
    client: &reqwest::Client,
    s: &TestServer,
    email: &str,
    password: &str,
) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
    let response = client
        .post(s.url("/v1/auth/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (
        status,
        headers,
        response.json().await.unwrap_or(serde_json::Value::Null),
    )
}

fn retry_after(headers: &reqwest::header::HeaderMap) -> u64 {
    headers["retry-after"].to_str().unwrap().parse().unwrap()
}

#[tokio::test]
async fn sign_in_backs_off_and_registration_is_rate_limited() {
    for backend in backends() {
        let s = server_with_limits(backend, limits(50, 3, 3)).await;
        let user = register(&s, "limited", "visitor").await;
        for _ in 0..3 {
            assert_eq!(
                login(&s, &user.email, "wrong password entirely").await.0,
                401
            );
        }
        // The 3rd failure from this address started a back-off for this account from
        // here: even the right password waits (the guesser cannot tell it was right).
        let (status, headers, body) = login(&s, &user.email, PASSWORD).await;
        assert_problem(status, &headers, &body, 429);
        assert_eq!(retry_after(&headers), 1);
        assert!(body["detail"].as_str().unwrap().contains('1'), "{body}");
        // Each further failure doubles the wait.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        assert_eq!(
            login(&s, &user.email, "wrong password entirely").await.0,
            401
        );
        let (status, headers, _) = login(&s, &user.email, PASSWORD).await;
        assert_eq!((status, retry_after(&headers)), (429, 2));
        // After the wait the right password works, and clears the count.
        tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
        assert_eq!(login(&s, &user.email, PASSWORD).await.0, 200);
        assert_eq!(
            login(&s, &user.email, "wrong password entirely").await.0,
            401
        );
        assert_eq!(
            login(&s, &user.email, PASSWORD).await.0,
            200,
            "one failure after a success is free again"
        );
        // Other accounts are not held back by it.
        let other = register(&s, "other", "visitor").await;
        assert_eq!(login(&s, &other.email, PASSWORD).await.0, 200);
        // Registrations per IP: two done above, the third passes, the fourth is 429.
        register(&s, "third", "visitor").await;
        let body = json!({"email": email("fourth"), "password": PASSWORD});
        let (status, headers, out) = call(
            &s,
            Method::POST,
            "/v1/auth/register",
            None,
            &[],
            Some(&body),
        )
        .await;
        assert_problem(status, &headers, &out, 429);
        assert!(headers.contains_key("retry-after"));
    }
}

#[tokio::test]
async fn a_stranger_cannot_lock_the_owner_out() {
    for backend in backends() {
        // Issue 10: nine wrong passwords from anywhere used to lock the owner out.
        let s = server_with_limits(backend, limits(10, 5, 50)).await;
        let owner = register(&s, "owner", "visitor").await;
        let attacker = guide_tests::accounts::client_from("127.0.0.2".parse().unwrap());
        let (mut refused, mut max_wait) = (0, 0);
        for _ in 0..40 {
            let (status, headers, _) =
                login_from(&attacker, &s, &owner.email, "guess guess guess").await;
            assert!(status == 401 || status == 429, "{status}");
            if status == 429 {
                refused += 1;
                max_wait = max_wait.max(retry_after(&headers));
            }
        }
        assert!(
            refused >= 30,
            "the guesser is held back: {refused} of 40 refused"
        );
        assert!(max_wait >= 1);
        // The owner, from their own address, signs in at once, again and again.
        for _ in 0..3 {
            let (status, _, out) = login(&s, &owner.email, PASSWORD).await;
            assert_eq!(
                status, 200,
                "{backend:?}: the owner is not locked out: {out}"
            );
        }
        // Spraying many accounts from one address: once it has used its free failures
        // per address (10), it waits for every account, while other addresses do not.
        let other = register(&s, "bystander", "visitor").await;
        for _ in 0..10 {
            login_from(&attacker, &s, &email("sprayed"), "guess guess guess").await;
        }
        let (status, _, _) = login_from(&attacker, &s, &other.email, PASSWORD).await;
        assert_eq!(status, 429, "per-address back-off covers every account");
        assert_eq!(login(&s, &other.email, PASSWORD).await.0, 200);
    }
}

#[tokio::test]
async fn two_server_instances_on_one_database_agree() {
    for backend in backends() {
        // Two independent app instances (own runtime, own pool, nothing shared in memory)
        // on one database, as two API nodes behind a load balancer would be.
        let database_url = new_database(backend).await;
        let config = guide_server::Config {
            limits: limits(100, 4, 50),
            ..test_config(database_url.clone())
        };
        let (config_a, config_b) = (config.clone(), config);
        let (base_a, _) = tokio::task::spawn_blocking(move || start(config_a))
            .await
            .unwrap();
        let (base_b, _) = tokio::task::spawn_blocking(move || start(config_b))
            .await
            .unwrap();
        let a = TestServer {
            base: base_a,
            database_url: database_url.clone(),
            backend,
        };
        let b = TestServer {
            base: base_b,
            database_url,
            backend,
        };

        // Rate limit: attempts on A and B count against one budget.
        let user = register(&a, "twonode", "visitor").await;
        for node in [&a, &b, &a, &b] {
            assert_eq!(
                login(node, &user.email, "wrong password entirely").await.0,
                401
            );
        }
        assert_eq!(
            login(&a, &user.email, PASSWORD).await.0,
            429,
            "4 failures across both nodes started the back-off"
        );
        assert_eq!(login(&b, &user.email, PASSWORD).await.0, 429);

        // Rotation: refresh on A, replay the old token on B -> reuse detected, family
        // revoked on both nodes.
        let s = register(&b, "rotator", "visitor").await;
        let (status, _, rotated) = call(
            &a,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&s.refresh)),
        )
        .await;
        assert_eq!(status, 200);
        let (status, _, _) = call(
            &b,
            Method::POST,
            "/v1/auth/refresh",
            None,
            &[],
            Some(&refresh_body(&s.refresh)),
        )
        .await;
        assert_eq!(status, 401, "replay on the other node is caught");
        let newest = rotated["refresh_token"].as_str().unwrap();
        assert_eq!(
            call(
                &a,
                Method::POST,
                "/v1/auth/refresh",
                None,
                &[],
                Some(&refresh_body(newest))
            )
            .await
            .0,
            401
        );
        assert_eq!(
            call(
                &b,
                Method::GET,
                "/v1/me",
                Some(rotated["access_token"].as_str().unwrap()),
                &[],
                None
            )
            .await
            .0,
            401
        );

        // Racing refreshes of one token on both nodes: exactly one wins.
        let r = register(&a, "racer", "visitor").await;
        let body = refresh_body(&r.refresh);
        let (x, y) = tokio::join!(
            call(&a, Method::POST, "/v1/auth/refresh", None, &[], Some(&body)),
            call(&b, Method::POST, "/v1/auth/refresh", None, &[], Some(&body))
        );
        // At most one exchange succeeds; the other is a reuse, which revokes the family,
        // so whatever the winner got is dead too (OAuth 2.0 Security BCP §4.14.2).
        assert!(
            x.0 == 401 || y.0 == 401,
            "never two winners: {} {}",
            x.0,
            y.0
        );
        for won in [&x, &y].into_iter().filter(|r| r.0 == 200) {
            let newest = refresh_body(won.2["refresh_token"].as_str().unwrap());
            assert_eq!(
                call(
                    &a,
                    Method::POST,
                    "/v1/auth/refresh",
                    None,
                    &[],
                    Some(&newest)
                )
                .await
                .0,
                401
            );
        }

        // Logout on A ends the session on B.
        let l = register(&a, "logout", "visitor").await;
        assert_eq!(
            call(&b, Method::GET, "/v1/me", Some(&l.access), &[], None)
                .await
                .0,
            200
        );
        assert_eq!(
            call(
                &a,
                Method::POST,
                "/v1/auth/logout",
                Some(&l.access),
                &[],
                None
            )
            .await
            .0,
            204
        );
        assert_eq!(
            call(&b, Method::GET, "/v1/me", Some(&l.access), &[], None)
                .await
                .0,
            401
        );
    }
}

#[tokio::test]
async fn the_first_admin_promotes_a_curator() {
    for backend in backends() {
        let s = fresh(backend).await;
        let admin = staff(&s, "admin").await;
        let user = register(&s, "future-curator", "visitor").await;
        // A visitor cannot use staff routes yet.
        assert_eq!(
            call(
                &s,
                Method::GET,
                "/v1/staff/review-queue",
                Some(&user.access),
                &[],
                None
            )
            .await
            .0,
            403
        );
        let (status, _, found) = call(
            &s,
            Method::GET,
            &format!("/v1/staff/users?email={}", user.email),
            Some(&admin.access),
            &[],
            None,
        )
        .await;
        assert_eq!(
            (status, found["items"][0]["id"].as_str()),
            (200, Some(user.id.as_str()))
        );
        let path = format!("/v1/staff/users/{}/role", user.id);
        let (status, _, out) = call(
            &s,
            Method::PUT,
            &path,
            Some(&admin.access),
            &[],
            Some(&json!({"role": "curator"})),
        )
        .await;
        assert_eq!(
            (status, out["role"].as_str()),
            (200, Some("curator")),
            "{out}"
        );
        // The role is read from the database: the same access token now has staff rights.
        assert_eq!(
            call(
                &s,
                Method::GET,
                "/v1/staff/review-queue",
                Some(&user.access),
                &[],
                None
            )
            .await
            .0,
            200
        );
        // A curator cannot promote anyone (admins only).
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &path,
            Some(&user.access),
            &[],
            Some(&json!({"role": "admin"})),
        )
        .await;
        assert_eq!(status, 403);
        let (status, headers, out) = call(
            &s,
            Method::PUT,
            &path,
            Some(&admin.access),
            &[],
            Some(&json!({"role": "emperor"})),
        )
        .await;
        assert_problem(status, &headers, &out, 422);
        let (_, _, audit) = call(
            &s,
            Method::GET,
            "/v1/staff/audit?action=user.role",
            Some(&admin.access),
            &[],
            None,
        )
        .await;
        assert_eq!(audit["items"][0]["after"]["role"], "curator");
        assert_eq!(audit["items"][0]["before"]["role"], "visitor");
        assert_eq!(audit["items"][0]["actor_id"], admin.id.as_str());
    }
}

#[tokio::test]
async fn there_is_always_an_admin() {
    for backend in backends() {
        let s = fresh(backend).await;
        let first = staff(&s, "admin").await;
        let role = |id: &str| format!("/v1/staff/users/{id}/role");
        // The only admin cannot demote themself.
        let demote = json!({"role": "visitor"});
        let (status, headers, out) = call(
            &s,
            Method::PUT,
            &role(&first.id),
            Some(&first.access),
            &[],
            Some(&demote),
        )
        .await;
        assert_problem(status, &headers, &out, 409);
        // With a second admin, one may step down; then the other is the last one.
        let second = register(&s, "second-admin", "visitor").await;
        let promote = json!({"role": "admin"});
        assert_eq!(
            call(
                &s,
                Method::PUT,
                &role(&second.id),
                Some(&first.access),
                &[],
                Some(&promote)
            )
            .await
            .0,
            200
        );
        assert_eq!(
            call(
                &s,
                Method::PUT,
                &role(&first.id),
                Some(&first.access),
                &[],
                Some(&demote)
            )
            .await
            .0,
            200
        );
        let (status, _, _) = call(
            &s,
            Method::PUT,
            &role(&second.id),
            Some(&second.access),
            &[],
            Some(&demote),
        )
        .await;
        assert_eq!(status, 409, "the last admin stays");
        // Two admins demoting each other at the same moment: one of them remains.
        assert_eq!(
            call(
                &s,
                Method::PUT,
                &role(&first.id),
                Some(&second.access),
                &[],
                Some(&promote)
            )
            .await
            .0,
            200
        );
        let (path_second, path_first) = (role(&second.id), role(&first.id));
        let (x, y) = tokio::join!(
            call(
                &s,
                Method::PUT,
                &path_second,
                Some(&first.access),
                &[],
                Some(&demote)
            ),
            call(
                &s,
                Method::PUT,
                &path_first,
                Some(&second.access),
                &[],
                Some(&demote)
            ),
        );
        let codes = [x.0, y.0];
        assert!(
            codes.contains(&409) || codes.contains(&403),
            "{backend:?}: never both: {codes:?}"
        );
        let db = s.db().await;
        use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
        let admins = guide_server::store::entity::user::Entity::find()
            .filter(guide_server::store::entity::user::Column::Role.eq("admin"))
            .count(&db)
            .await
            .unwrap();
        assert_eq!(admins, 1, "{backend:?}: {codes:?}");
    }
}

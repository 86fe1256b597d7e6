//! Accounts over real HTTP on every backend: register, login, `GET /v1/me`, refresh-token
//! rotation with reuse detection, logout, broken-authentication attacks (OWASP API2),
//! rate limits (API4), and two server instances on one database agreeing on all of it.

use base64::Engine;
use guide_server::config::RateLimits;
use guide_tests::accounts::{PASSWORD, call, email, login, register, staff};
use guide_tests::{Backend, TEST_JWT_SECRET, TestServer, assert_problem, backends, fresh, new_database, start, test_config};
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
        let body = json!({"email": addr.to_uppercase(), "password": PASSWORD, "display_name": "Mei"});
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register?lang=de", None, &[], Some(&body)).await;
        assert_eq!(status, 201, "{out}");
        assert_eq!(out["token_type"], "Bearer");
        assert_eq!(out["user"]["role"], "visitor");
        assert_eq!(out["user"]["email"], addr.to_lowercase(), "emails are stored lower-cased");
        assert_eq!(out["user"]["locale"], "de");
        assert!(out["expires_in"].as_u64().unwrap() <= 15 * 60);
        assert_eq!(headers["cache-control"], "no-store", "tokens are never cached");
        let token = out["access_token"].as_str().unwrap();

        let (status, _, me) = call(&s, Method::GET, "/v1/me", Some(token), &[], None).await;
        assert_eq!((status, me["email"].as_str()), (200, Some(addr.to_lowercase().as_str())));

        // The same address in other case is the same account.
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register", None, &[], Some(&body)).await;
        assert_problem(status, &headers, &out, 409);
        // Sign in with any case; a wrong password is a 401 naming the Bearer scheme.
        let (status, _, _) = login(&s, &addr.to_uppercase(), PASSWORD).await;
        assert_eq!(status, 200);
        let (status, headers, out) = login(&s, &addr, "wrong password entirely").await;
        assert_problem(status, &headers, &out, 401);
        assert!(headers["www-authenticate"].to_str().unwrap().starts_with("Bearer"));
        let (status, _, unknown) = login(&s, &email("nobody"), PASSWORD).await;
        assert_eq!(status, 401);
        assert_eq!(unknown["detail"], out["detail"], "unknown email and wrong password look the same");

        // Password rules a person can follow, in the request's language; staff roles
        // cannot be self-assigned.
        for (password, code) in [("short", "too_short"), ("password1234", "too_common"), ("aaaaaaaaaaaaaa", "too_common")] {
            let body = json!({"email": email("weak"), "password": password});
            let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register?lang=ja", None, &[], Some(&body)).await;
            assert_eq!(assert_problem(status, &headers, &out, 422), ["password"]);
            assert_eq!(out["errors"][0]["code"], code);
            assert!(out["errors"][0]["message"].as_str().unwrap().chars().any(|c| c > '\u{3000}'), "Japanese: {out}");
        }
        for role in ["curator", "admin"] {
            let body = json!({"email": email("climber"), "password": PASSWORD, "role": role});
            let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register", None, &[], Some(&body)).await;
            assert_eq!(assert_problem(status, &headers, &out, 422), ["role"]);
        }
        let body = json!({"email": "not-an-email", "password": PASSWORD});
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register", None, &[], Some(&body)).await;
        assert_eq!(assert_problem(status, &headers, &out, 422), ["email"]);
        // Mass assignment at sign-up: unknown fields are refused.
        let body = json!({"email": email("sneaky"), "password": PASSWORD, "is_admin": true});
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register", None, &[], Some(&body)).await;
        assert_problem(status, &headers, &out, 422);
    }
}

#[tokio::test]
async fn refresh_tokens_rotate_and_reuse_revokes_the_family() {
    for backend in backends() {
        let s = fresh(backend).await;
        let first = register(&s, "rotate", "visitor").await;
        let (status, _, second) = call(&s, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&first.refresh))).await;
        assert_eq!(status, 200, "{second}");
        let second_refresh = second["refresh_token"].as_str().unwrap().to_owned();
        let second_access = second["access_token"].as_str().unwrap().to_owned();
        assert_ne!(second_refresh, first.refresh, "rotated");
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&second_access), &[], None).await.0, 200);

        // The first token again: reuse. The whole family dies, including the newest token
        // and every access token of the session.
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&first.refresh))).await;
        assert_problem(status, &headers, &out, 401);
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&second_refresh))).await;
        assert_eq!(status, 401, "family revoked");
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&second_access), &[], None).await.0, 401);
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&first.access), &[], None).await.0, 401);

        // Unknown tokens are 401 too.
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body("made-up"))).await;
        assert_eq!(status, 401);

        // Logout ends the session at once: refresh and access tokens stop working.
        let other = register(&s, "leaver", "visitor").await;
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/logout", Some(&other.access), &[], None).await;
        assert_eq!(status, 204);
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&other.access), &[], None).await.0, 401);
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&other.refresh))).await;
        assert_eq!(status, 401);
        // Logout with only the refresh token works too.
        let third = register(&s, "leaver2", "visitor").await;
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/logout", None, &[], Some(&refresh_body(&third.refresh))).await;
        assert_eq!(status, 204);
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&third.access), &[], None).await.0, 401);
    }
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn forge(claims: &serde_json::Value, alg: jsonwebtoken::Algorithm, secret: &str) -> String {
    jsonwebtoken::encode(&jsonwebtoken::Header::new(alg), claims, &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes())).unwrap()
}

#[tokio::test]
async fn broken_authentication_attempts_are_401() {
    for backend in backends() {
        let s = fresh(backend).await;
        let user = register(&s, "target", "visitor").await;
        // Read the real claims (the payload is not secret) to forge variants of them.
        let payload = user.access.split('.').nth(1).unwrap();
        let claims: serde_json::Value =
            serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
        let now = chrono::Utc::now().timestamp();
        let with = |key: &str, value: serde_json::Value| {
            let mut c = claims.clone();
            c[key] = value;
            c
        };
        let hs256 = jsonwebtoken::Algorithm::HS256;
        let cases: Vec<(&str, String)> = vec![
            ("expired", forge(&with("exp", json!(now - 3600)), hs256, TEST_JWT_SECRET)),
            ("forged signature", forge(&claims, hs256, "some-other-secret-some-other-secret!")),
            ("wrong audience", forge(&with("aud", json!("someone-else")), hs256, TEST_JWT_SECRET)),
            ("wrong issuer", forge(&with("iss", json!("evil")), hs256, TEST_JWT_SECRET)),
            ("foreign algorithm HS512", forge(&claims, jsonwebtoken::Algorithm::HS512, TEST_JWT_SECRET)),
            ("alg none", format!("{}.{}.", b64(br#"{"alg":"none","typ":"JWT"}"#), b64(claims.to_string().as_bytes()))),
            ("alg none, role escalated", format!("{}.{}.", b64(br#"{"alg":"none"}"#), b64(with("role", json!("admin")).to_string().as_bytes()))),
            ("unknown session", forge(&with("sid", json!("01900000-0000-7000-8000-000000000000")), hs256, TEST_JWT_SECRET)),
            ("garbage", "not.a.jwt".to_owned()),
        ];
        for (name, token) in cases {
            let (status, headers, body) = call(&s, Method::GET, "/v1/me", Some(&token), &[], None).await;
            assert_eq!(status, 401, "{name}: {body}");
            assert_problem(status, &headers, &body, 401);
            assert!(headers.contains_key("www-authenticate"), "{name}");
        }
        // A scheme other than Bearer, and no token at all.
        let (status, _, _) = call(&s, Method::GET, "/v1/me", None, &[("authorization", "Basic YTpi")], None).await;
        assert_eq!(status, 401);
        assert_eq!(call(&s, Method::GET, "/v1/me", None, &[], None).await.0, 401);
        // A bad token is refused even where no sign-in is needed (MaybeAuthUser).
        let (status, _, _) = call(&s, Method::POST, "/v1/auth/logout", Some("not.a.jwt"), &[], None).await;
        assert_eq!(status, 401);
        // The untouched token still works.
        assert_eq!(call(&s, Method::GET, "/v1/me", Some(&user.access), &[], None).await.0, 200);
    }
}

async fn server_with_limits(backend: Backend, limits: RateLimits) -> TestServer {
    let database_url = new_database(backend).await;
    let config = guide_server::Config { limits, ..test_config(database_url.clone()) };
    let (base, _) = tokio::task::spawn_blocking(move || start(config)).await.unwrap();
    TestServer { base, database_url, backend }
}

#[tokio::test]
async fn sign_in_and_registration_are_rate_limited() {
    for backend in backends() {
        let limits = RateLimits { login_per_ip: 50, login_per_account: 3, register_per_ip: 3, window_secs: 600 };
        let s = server_with_limits(backend, limits).await;
        let user = register(&s, "limited", "visitor").await;
        for _ in 0..3 {
            assert_eq!(login(&s, &user.email, "wrong password entirely").await.0, 401);
        }
        // The 4th attempt on this account is refused even with the right password.
        let (status, headers, body) = login(&s, &user.email, PASSWORD).await;
        assert_problem(status, &headers, &body, 429);
        let retry: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
        assert!((1..=600).contains(&retry), "{retry}");
        assert!(body["detail"].as_str().unwrap().contains(&retry.to_string()), "{body}");
        // Other accounts are not locked out by it.
        let other = register(&s, "other", "visitor").await;
        assert_eq!(login(&s, &other.email, PASSWORD).await.0, 200);
        // Registrations per IP: two done above, the third passes, the fourth is 429.
        register(&s, "third", "visitor").await;
        let body = json!({"email": email("fourth"), "password": PASSWORD});
        let (status, headers, out) = call(&s, Method::POST, "/v1/auth/register", None, &[], Some(&body)).await;
        assert_problem(status, &headers, &out, 429);
        assert!(headers.contains_key("retry-after"));
    }
}

#[tokio::test]
async fn two_server_instances_on_one_database_agree() {
    for backend in backends() {
        // Two independent app instances (own runtime, own pool, nothing shared in memory)
        // on one database, as two API nodes behind a load balancer would be.
        let database_url = new_database(backend).await;
        let limits = RateLimits { login_per_ip: 100, login_per_account: 4, register_per_ip: 50, window_secs: 600 };
        let config = guide_server::Config { limits, ..test_config(database_url.clone()) };
        let (config_a, config_b) = (config.clone(), config);
        let (base_a, _) = tokio::task::spawn_blocking(move || start(config_a)).await.unwrap();
        let (base_b, _) = tokio::task::spawn_blocking(move || start(config_b)).await.unwrap();
        let a = TestServer { base: base_a, database_url: database_url.clone(), backend };
        let b = TestServer { base: base_b, database_url, backend };

        // Rate limit: attempts on A and B count against one budget.
        let user = register(&a, "twonode", "visitor").await;
        assert_eq!(login(&a, &user.email, "wrong password entirely").await.0, 401);
        assert_eq!(login(&b, &user.email, "wrong password entirely").await.0, 401);
        assert_eq!(login(&a, &user.email, "wrong password entirely").await.0, 401);
        assert_eq!(login(&b, &user.email, "wrong password entirely").await.0, 401);
        assert_eq!(login(&a, &user.email, PASSWORD).await.0, 429, "4 attempts across both nodes used the budget");
        assert_eq!(login(&b, &user.email, PASSWORD).await.0, 429);

        // Rotation: refresh on A, replay the old token on B -> reuse detected, family
        // revoked on both nodes.
        let s = register(&b, "rotator", "visitor").await;
        let (status, _, rotated) = call(&a, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&s.refresh))).await;
        assert_eq!(status, 200);
        let (status, _, _) = call(&b, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(&s.refresh))).await;
        assert_eq!(status, 401, "replay on the other node is caught");
        let newest = rotated["refresh_token"].as_str().unwrap();
        assert_eq!(call(&a, Method::POST, "/v1/auth/refresh", None, &[], Some(&refresh_body(newest))).await.0, 401);
        assert_eq!(call(&b, Method::GET, "/v1/me", Some(rotated["access_token"].as_str().unwrap()), &[], None).await.0, 401);

        // Racing refreshes of one token on both nodes: exactly one wins.
        let r = register(&a, "racer", "visitor").await;
        let body = refresh_body(&r.refresh);
        let (x, y) = tokio::join!(
            call(&a, Method::POST, "/v1/auth/refresh", None, &[], Some(&body)),
            call(&b, Method::POST, "/v1/auth/refresh", None, &[], Some(&body))
        );
        // At most one exchange succeeds; the other is a reuse, which revokes the family,
        // so whatever the winner got is dead too (OAuth 2.0 Security BCP §4.14.2).
        assert!(x.0 == 401 || y.0 == 401, "never two winners: {} {}", x.0, y.0);
        for won in [&x, &y].into_iter().filter(|r| r.0 == 200) {
            let newest = refresh_body(won.2["refresh_token"].as_str().unwrap());
            assert_eq!(call(&a, Method::POST, "/v1/auth/refresh", None, &[], Some(&newest)).await.0, 401);
        }

        // Logout on A ends the session on B.
        let l = register(&a, "logout", "visitor").await;
        assert_eq!(call(&b, Method::GET, "/v1/me", Some(&l.access), &[], None).await.0, 200);
        assert_eq!(call(&a, Method::POST, "/v1/auth/logout", Some(&l.access), &[], None).await.0, 204);
        assert_eq!(call(&b, Method::GET, "/v1/me", Some(&l.access), &[], None).await.0, 401);
    }
}

#[tokio::test]
async fn the_first_admin_promotes_a_curator() {
    for backend in backends() {
        let s = fresh(backend).await;
        let admin = staff(&s, "admin").await;
        let user = register(&s, "future-curator", "visitor").await;
        // A visitor cannot use staff routes yet.
        assert_eq!(call(&s, Method::GET, "/v1/staff/review-queue", Some(&user.access), &[], None).await.0, 403);
        let (status, _, found) = call(&s, Method::GET, &format!("/v1/staff/users?email={}", user.email), Some(&admin.access), &[], None).await;
        assert_eq!((status, found["items"][0]["id"].as_str()), (200, Some(user.id.as_str())));
        let path = format!("/v1/staff/users/{}/role", user.id);
        let (status, _, out) = call(&s, Method::PUT, &path, Some(&admin.access), &[], Some(&json!({"role": "curator"}))).await;
        assert_eq!((status, out["role"].as_str()), (200, Some("curator")), "{out}");
        // The role is read from the database: the same access token now has staff rights.
        assert_eq!(call(&s, Method::GET, "/v1/staff/review-queue", Some(&user.access), &[], None).await.0, 200);
        // A curator cannot promote anyone (admins only).
        let (status, _, _) = call(&s, Method::PUT, &path, Some(&user.access), &[], Some(&json!({"role": "admin"}))).await;
        assert_eq!(status, 403);
        let (status, headers, out) = call(&s, Method::PUT, &path, Some(&admin.access), &[], Some(&json!({"role": "emperor"}))).await;
        assert_problem(status, &headers, &out, 422);
        let (_, _, audit) = call(&s, Method::GET, "/v1/staff/audit?action=user.role", Some(&admin.access), &[], None).await;
        assert_eq!(audit["items"][0]["after"]["role"], "curator");
        assert_eq!(audit["items"][0]["before"]["role"], "visitor");
        assert_eq!(audit["items"][0]["actor_id"], admin.id.as_str());
    }
}

//! Helpers for tests of the account API: registering, signing in, creating staff
//! accounts directly (as `guide-server user create` does) and authenticated requests.

use reqwest::Method;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::{TestServer, client};

/// A password that passes the rules.
pub const PASSWORD: &str = "lychee season in Canton";

/// A signed-in account.
#[derive(Debug, Clone)]
pub struct Session {
    /// User id.
    pub id: String,
    /// Email.
    pub email: String,
    /// Access token.
    pub access: String,
    /// Refresh token.
    pub refresh: String,
}

/// A unique email for this run.
pub fn email(prefix: &str) -> String {
    format!("{prefix}-{}@example.com", uuid::Uuid::now_v7().simple())
}

/// A response: status, headers, JSON body (Null when not JSON).
pub type Answer = (u16, reqwest::header::HeaderMap, Value);

/// Sends a request with an optional bearer token, extra headers and JSON body.
pub async fn call(
    server: &TestServer,
    method: Method,
    path: &str,
    token: Option<&str>,
    headers: &[(&str, &str)],
    body: Option<&Value>,
) -> Answer {
    let mut request = client().request(method, server.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    if let Some(body) = body {
        request = request.json(body);
    }
    let response = request.send().await.expect("request sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body read");
    (
        status,
        headers,
        serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    )
}

fn session_of(body: &Value) -> Session {
    Session {
        id: body["user"]["id"].as_str().expect("user id").to_owned(),
        email: body["user"]["email"].as_str().expect("email").to_owned(),
        access: body["access_token"]
            .as_str()
            .expect("access token")
            .to_owned(),
        refresh: body["refresh_token"]
            .as_str()
            .expect("refresh token")
            .to_owned(),
    }
}

/// Registers a visitor or merchant, signs in and returns the session. (Registration
/// answers 202 without tokens, the same whether or not the address was taken.)
pub async fn register(server: &TestServer, prefix: &str, role: &str) -> Session {
    let address = email(prefix);
    let body = json!({"email": address, "password": PASSWORD, "role": role});
    let (status, _, out) = call(
        server,
        Method::POST,
        "/v1/auth/register",
        None,
        &[],
        Some(&body),
    )
    .await;
    assert_eq!(status, 202, "register: {out}");
    let (status, _, out) = login(server, &address, PASSWORD).await;
    assert_eq!(status, 200, "sign-in after registering: {out}");
    session_of(&out)
}

/// An HTTP client whose connections come from another loopback address (`127.0.0.2`,
/// …), so that tests can act as a different client IP.
pub fn client_from(ip: std::net::IpAddr) -> reqwest::Client {
    crate::tls_provider();
    reqwest::Client::builder()
        .local_address(ip)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Signs in.
pub async fn login(server: &TestServer, email: &str, password: &str) -> Answer {
    call(
        server,
        Method::POST,
        "/v1/auth/login",
        None,
        &[],
        Some(&json!({"email": email, "password": password})),
    )
    .await
}

/// Creates an account with any role directly in the database (like the CLI) and signs in.
pub async fn staff(server: &TestServer, role: &str) -> Session {
    let db = server.db().await;
    let email = email(role);
    guide_server::auth::create_user(&db, &email, PASSWORD.to_owned(), role)
        .await
        .expect("create staff account");
    let (status, _, out) = login(server, &email, PASSWORD).await;
    assert_eq!(status, 200, "staff login: {out}");
    session_of(&out)
}

/// A complete, valid merchant listing in Tianhe.
pub fn listing(name: &str) -> Value {
    json!({
        "kind": "restaurant",
        "district": "tianhe",
        "name_zh": format!("{name}茶餐厅"),
        "address_zh": "天河区体育西路 1 号",
        "location": {"lat": 23.1356, "lng": 113.3217},
        "opening_hours": "Mo-Su 10:00-22:00",
        "payments": ["foreign_card_pos", "cash"],
        "friendliness": {"english_menu": true, "staff_languages": ["en"]},
        "tax_refund": {"store": false},
        "translations": {
            "en": {"name": format!("{name} Tea House"), "summary": "Cantonese breakfast."},
            "zh-Hans": {"name": format!("{name}茶餐厅")}
        }
    })
}

/// The audit log's actions by one actor, oldest first.
pub async fn audit_actions(s: &TestServer, actor: &str) -> Vec<String> {
    let db = s.db().await;
    let sql = match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => {
            "SELECT action FROM audit_log WHERE actor_id = $1 ORDER BY id"
        }
        _ => "SELECT action FROM audit_log WHERE actor_id = ? ORDER BY id",
    };
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            db.get_database_backend(),
            sql,
            [actor.into()],
        ))
        .await
        .expect("audit log readable");
    rows.iter()
        .map(|r| r.try_get::<String>("", "action").unwrap())
        .collect()
}

//! guide-tests: end-to-end tests of Canton Guide over real HTTP, on SQLite and — when
//! `GUIDE_TEST_POSTGRES_URL` is set (as `cargo xtask test` does) — PostgreSQL.
//!
//! Each test loops over [`backends()`]. Read-only tests share one seeded server per
//! backend ([`shared`]), started once per test binary on its own thread and runtime so
//! that it outlives each `#[tokio::test]`'s runtime. Tests that write start a [`fresh`]
//! server with a database of their own.

/// Helpers for the account API (register, login, staff accounts, listings).
pub mod accounts;
pub mod browser;
/// A PostgreSQL cluster of a test's own, which it may stop and start.
pub mod pg;

use std::path::PathBuf;
use std::sync::OnceLock;

use guide_server::{AppState, Config, build_state, serve};
use sea_orm::{ConnectionTrait, DatabaseConnection};

/// Environment variable naming a PostgreSQL server for the tests: a URL without a
/// database name, e.g. `postgres://postgres@127.0.0.1:54329`.
pub const POSTGRES_ENV: &str = "GUIDE_TEST_POSTGRES_URL";

/// A database engine the tests run against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// SQLite in a temporary file.
    Sqlite,
    /// A fresh database in the PostgreSQL server of [`POSTGRES_ENV`].
    Postgres,
}

/// Makes ring the process's TLS provider. guide-core builds reqwest with rustls and no
/// provider of its own; in a workspace build that feature reaches every reqwest client, and
/// one built without a process provider would panic. Idempotent; every helper that starts
/// a server or makes a client calls it.
pub fn tls_provider() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// The backends available here: SQLite always, PostgreSQL when configured. When
/// PostgreSQL is missing this says so on stderr (`cargo xtask test` also says it loudly).
pub fn backends() -> Vec<Backend> {
    tls_provider();
    static WARNED: OnceLock<()> = OnceLock::new();
    if std::env::var(POSTGRES_ENV).is_ok_and(|v| !v.is_empty()) {
        vec![Backend::Sqlite, Backend::Postgres]
    } else {
        WARNED.get_or_init(|| {
            eprintln!(
                "NOTE: {POSTGRES_ENV} not set: PostgreSQL cases skipped (run `cargo xtask test`)"
            )
        });
        vec![Backend::Sqlite]
    }
}

/// The repository's `seeds/` directory.
pub fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

/// A scratch directory under `target/`.
pub fn scratch_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/test-data");
    std::fs::create_dir_all(&dir).expect("create target/test-data");
    dir
}

/// Creates an empty database for one server and returns its URL.
pub async fn new_database(backend: Backend) -> String {
    let name = format!("guide_test_{}", uuid::Uuid::now_v7().simple());
    match backend {
        Backend::Sqlite => {
            let path = scratch_dir().join(format!("{name}.db"));
            format!("sqlite://{}?mode=rwc", path.display())
        }
        Backend::Postgres => {
            let base = std::env::var(POSTGRES_ENV).expect("PostgreSQL configured");
            let base = base.trim_end_matches('/');
            let admin = sea_orm::Database::connect(format!("{base}/postgres"))
                .await
                .expect("connect to PostgreSQL");
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name} ENCODING 'UTF8'"))
                .await
                .expect("create test database");
            admin.close().await.ok();
            format!("{base}/{name}")
        }
    }
}

/// A running server.
pub struct TestServer {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// Its database.
    pub database_url: String,
    /// Which engine.
    pub backend: Backend,
}

impl TestServer {
    /// Absolute URL of a path.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// A separate connection to the server's database, for arranging test data.
    pub async fn db(&self) -> DatabaseConnection {
        guide_server::store::connect(&self.database_url)
            .await
            .expect("connect to the test database")
    }
}

/// The JWT secret of test servers (tests that forge tokens need it).
pub const TEST_JWT_SECRET: &str = "test-secret-for-canton-guide-e2e-0123456789";

/// The configuration of a test server.
pub fn test_config(database_url: String) -> Config {
    Config {
        database_url,
        seeds_dir: seeds_dir(),
        bind: "127.0.0.1:0".parse().unwrap(),
        jwt_secret: Some(TEST_JWT_SECRET.to_owned()),
        ..Config::default()
    }
}

/// Builds the app (connect, migrate, seed) and serves it on a thread and runtime of its
/// own, so the database pool and the server share one runtime that outlives any test.
/// Returns the base URL and a handle on the server's pool.
pub fn start(config: Config) -> (String, DatabaseConnection) {
    tls_provider();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let state: AppState = build_state(config).await.expect("build the app state");
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind loopback");
            tx.send((
                format!("http://{}", listener.local_addr().unwrap()),
                state.db.clone(),
            ))
            .unwrap();
            serve(state, listener, std::future::pending())
                .await
                .expect("serve");
        });
    });
    rx.recv().expect("server started")
}

/// A fresh seeded server with a database of its own (for tests that write), and the
/// server's own pool.
pub async fn fresh_with_pool(backend: Backend) -> (TestServer, DatabaseConnection) {
    let database_url = new_database(backend).await;
    let config = test_config(database_url.clone());
    let (base, pool) = tokio::task::spawn_blocking(move || start(config))
        .await
        .unwrap();
    (
        TestServer {
            base,
            database_url,
            backend,
        },
        pool,
    )
}

/// A fresh seeded server with a database of its own (for tests that write).
pub async fn fresh(backend: Backend) -> TestServer {
    fresh_with_pool(backend).await.0
}

/// The shared seeded server of a backend (read-only tests only).
pub fn shared(backend: Backend) -> &'static TestServer {
    static SQLITE: OnceLock<TestServer> = OnceLock::new();
    static POSTGRES: OnceLock<TestServer> = OnceLock::new();
    let cell = match backend {
        Backend::Sqlite => &SQLITE,
        Backend::Postgres => &POSTGRES,
    };
    cell.get_or_init(|| {
        let database_url = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(new_database(backend))
        })
        .join()
        .expect("create the shared database");
        let (base, _) = start(test_config(database_url.clone()));
        TestServer {
            base,
            database_url,
            backend,
        }
    })
}

/// An HTTP client without automatic decompression surprises or redirects.
pub fn client() -> reqwest::Client {
    tls_provider();
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The value of an unlabelled metric in a Prometheus text page (`/metrics`), if present.
pub fn metric_value(page: &str, name: &str) -> Option<f64> {
    page.lines().find_map(|line| {
        let value = line.strip_prefix(name)?.strip_prefix(' ')?;
        value.trim().parse().ok()
    })
}

/// GETs a path and returns status, headers and JSON body (Null when not JSON).
pub async fn get_json(
    server: &TestServer,
    path: &str,
) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
    get_with(server, path, &[]).await
}

/// GETs a path with extra headers.
pub async fn get_with(
    server: &TestServer,
    path: &str,
    headers: &[(&str, &str)],
) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
    let mut request = client().get(server.url(path));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.expect("request sent");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let bytes = response.bytes().await.expect("body read");
    let body = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    (status, headers, body)
}

/// Asserts a problem+json response with the status and returns the field names in `errors`.
pub fn assert_problem(
    status: u16,
    headers: &reqwest::header::HeaderMap,
    body: &serde_json::Value,
    expected: u16,
) -> Vec<String> {
    assert_eq!(status, expected, "status of {body}");
    assert_eq!(
        headers.get("content-type").and_then(|v| v.to_str().ok()),
        Some("application/problem+json"),
        "content type of {body}"
    );
    assert_eq!(body["status"], expected);
    assert!(
        body["type"]
            .as_str()
            .is_some_and(|t| t.starts_with("urn:canton-guide:problem:"))
    );
    assert!(body["title"].as_str().is_some_and(|t| !t.is_empty()));
    body["errors"]
        .as_array()
        .map(|errors| {
            errors
                .iter()
                .map(|e| e["field"].as_str().unwrap_or("").to_owned())
                .collect()
        })
        .unwrap_or_default()
}

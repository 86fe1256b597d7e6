//! Talking to the guide server: one reqwest client on a small tokio runtime owned by the
//! core, so the FFI stays synchronous (a shell calls from a background thread or
//! coroutine). Idempotent reads are retried with exponential backoff; writes are not
//! (favourites are PUT/DELETE by id, so the outbox may simply resend them next sync).
//!
//! TLS: none is compiled in. The tests talk plain HTTP to a loopback server, and the
//! production build will add `rustls` with the `ring` provider (installed before the
//! client is built; aws-lc-rs, reqwest's default, is heavy to cross-compile for phones).
//! Until then an `https://` base URL is refused with a clear error at construction.

use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{ETAG, IF_NONE_MATCH};

use crate::error::{Error, Result};

/// Connect timeout: a phone on a bad network gives up quickly and works offline.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(4);
/// Whole-request timeout (the full bundle is a few hundred kB).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts of an idempotent read.
const ATTEMPTS: u32 = 3;
/// First backoff; doubles each retry.
const BACKOFF: Duration = Duration::from_millis(150);

/// The answer to a conditional GET.
pub enum Fetched {
    /// `304 Not Modified`.
    NotModified,
    /// A body and its ETag.
    Body {
        bytes: Vec<u8>,
        etag: Option<String>,
    },
}

/// The server client.
pub struct Http {
    base: String,
    client: reqwest::Client,
    runtime: tokio::runtime::Runtime,
}

impl Http {
    /// A client for `base_url` (`http://host:port`, no trailing slash needed).
    pub fn new(base_url: &str) -> Result<Http> {
        if !base_url.starts_with("http://") {
            return Err(Error::Other(format!(
                "base URL {base_url:?}: this build speaks plain http only (see docs/APP.md, TLS)"
            )));
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Other(format!("cannot start the network runtime: {e}")))?;
        let client = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("guide-core/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Http {
            base: base_url.trim_end_matches('/').to_owned(),
            client,
            runtime,
        })
    }

    /// GET `path` (with query) with `If-None-Match`, retrying transient failures.
    pub fn get(&self, path: &str, etag: Option<&str>, token: Option<&str>) -> Result<Fetched> {
        let url = format!("{}{}", self.base, path);
        let mut delay = BACKOFF;
        let mut attempt = 1;
        loop {
            match self.get_once(&url, etag, token) {
                Err(e) if attempt < ATTEMPTS && transient(&e) => {
                    tracing::debug!(attempt, error = %e, "retrying GET {url}");
                    std::thread::sleep(delay);
                    delay *= 2;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    fn get_once(&self, url: &str, etag: Option<&str>, token: Option<&str>) -> Result<Fetched> {
        self.runtime.block_on(async {
            let mut request = self.client.get(url);
            if let Some(etag) = etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(token) = token {
                request = request.bearer_auth(token);
            }
            let response = request.send().await.map_err(network)?;
            let status = response.status();
            if status == StatusCode::NOT_MODIFIED {
                return Ok(Fetched::NotModified);
            }
            let etag = response
                .headers()
                .get(ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let bytes = response.bytes().await.map_err(network)?;
            if !status.is_success() {
                return Err(Error::Status {
                    status: status.as_u16(),
                    detail: problem_detail(&bytes),
                });
            }
            Ok(Fetched::Body {
                bytes: bytes.to_vec(),
                etag,
            })
        })
    }

    /// PUT or DELETE `path` with the account's token (no body); once, no retry.
    pub fn send(&self, method: reqwest::Method, path: &str, token: &str) -> Result<()> {
        let url = format!("{}{}", self.base, path);
        self.runtime.block_on(async {
            let response = self
                .client
                .request(method, &url)
                .bearer_auth(token)
                .send()
                .await
                .map_err(network)?;
            let status = response.status();
            if status.is_success() {
                return Ok(());
            }
            let bytes = response.bytes().await.map_err(network)?;
            Err(Error::Status {
                status: status.as_u16(),
                detail: problem_detail(&bytes),
            })
        })
    }
}

/// Connection trouble is "offline"; everything else stays an HTTP error.
fn network(e: reqwest::Error) -> Error {
    if e.is_connect() || e.is_timeout() || e.is_request() {
        Error::Offline(e.to_string())
    } else {
        Error::Http(e)
    }
}

fn transient(e: &Error) -> bool {
    match e {
        Error::Offline(_) => true,
        Error::Status { status, .. } => matches!(status, 408 | 429 | 502 | 503 | 504),
        _ => false,
    }
}

/// The `detail` (or `title`) of a problem+json body, else the start of the body.
fn problem_detail(bytes: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .ok()
        .and_then(|v| {
            v["detail"]
                .as_str()
                .or(v["title"].as_str())
                .map(str::to_owned)
        })
        .unwrap_or_else(|| String::from_utf8_lossy(&bytes[..bytes.len().min(200)]).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_server_is_offline_after_retries() {
        // Port 9 (discard) on loopback is closed on test machines: connection refused.
        let http = Http::new("http://127.0.0.1:9").unwrap();
        let started = std::time::Instant::now();
        let Err(Error::Offline(_)) = http.get("/v1/sync", None, None) else {
            panic!("expected offline")
        };
        assert!(
            started.elapsed() >= BACKOFF * 3,
            "backed off between attempts"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn https_is_refused_until_tls_is_compiled_in() {
        assert!(Http::new("https://example.org").is_err());
    }

    #[test]
    fn problem_details_are_read() {
        assert_eq!(
            problem_detail(br#"{"title":"Not found","detail":"No place x."}"#),
            "No place x."
        );
        assert_eq!(problem_detail(b"plain"), "plain");
    }
}

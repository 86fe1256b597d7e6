//! Talking to the guide server: one reqwest client on a small tokio runtime owned by the
//! core, so the FFI stays synchronous (a shell calls from a background thread or
//! coroutine). Idempotent reads are retried with exponential backoff; writes are not
//! (favourites are PUT/DELETE by id, so the outbox may simply resend them next sync).
//!
//! TLS: rustls with the `ring` provider (aws-lc-rs, reqwest's default, is heavy to
//! cross-compile for phones), certificates always checked, against Mozilla's roots
//! (`webpki-roots`, the same on every platform) plus any CA the config names (a staging
//! server's private CA). The client config is built here and handed to reqwest, so no
//! process-wide provider has to be installed by the shell.

use std::time::Duration;

use reqwest::header::{ETAG, IF_NONE_MATCH};

use crate::error::{Error, Result};
use crate::net::{Method, Request, Response, Transport};

/// Connect timeout: a phone on a bad network gives up quickly and works offline.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(4);
/// Whole-request timeout (the full bundle is a few hundred kB).
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// Attempts of an idempotent read.
const ATTEMPTS: u32 = 3;
/// First backoff; doubles each retry.
const BACKOFF: Duration = Duration::from_millis(150);

/// The server client.
pub struct Http {
    base: String,
    client: reqwest::Client,
    runtime: tokio::runtime::Runtime,
}

impl Http {
    /// A client for `base_url` (`https://host` or, for development, `http://host:port`),
    /// trusting the public roots and the CAs in `extra_ca_pem`.
    pub fn new(base_url: &str, extra_ca_pem: Option<&str>) -> Result<Http> {
        if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
            return Err(Error::Other(format!(
                "base URL {base_url:?}: expected https://host or http://host:port"
            )));
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Other(format!("cannot start the network runtime: {e}")))?;
        // Also the process default, so any other reqwest client in the app works.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("guide-core/", env!("CARGO_PKG_VERSION")))
            .tls_backend_preconfigured(tls_config(extra_ca_pem)?)
            .build()?;
        Ok(Http {
            base: base_url.trim_end_matches('/').to_owned(),
            client,
            runtime,
        })
    }

    /// One attempt.
    fn once(&self, r: &Request) -> Result<Response> {
        let url = format!("{}{}", self.base, r.path);
        self.runtime.block_on(async {
            let method = match r.method {
                Method::Get => reqwest::Method::GET,
                Method::Post => reqwest::Method::POST,
                Method::Put => reqwest::Method::PUT,
                Method::Delete => reqwest::Method::DELETE,
            };
            let mut request = self.client.request(method, &url);
            if let Some(etag) = &r.etag {
                request = request.header(IF_NONE_MATCH, etag);
            }
            if let Some(token) = &r.bearer {
                request = request.bearer_auth(token);
            }
            if let Some(body) = &r.json {
                request = request.json(body);
            }
            let response = request.send().await.map_err(network)?;
            let status = response.status().as_u16();
            let etag = response
                .headers()
                .get(ETAG)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned);
            let body = response.bytes().await.map_err(network)?.to_vec();
            Ok(Response { status, body, etag })
        })
    }
}

impl Transport for Http {
    /// Sends a request; a GET (idempotent) is retried with backoff when the network or the
    /// server hiccups, anything else is sent once.
    fn call(&self, r: &Request) -> Result<Response> {
        let mut delay = BACKOFF;
        let mut attempt = 1;
        loop {
            let result = self.once(r);
            let retry = r.method == Method::Get
                && attempt < ATTEMPTS
                && match &result {
                    Err(e) => transient(e),
                    Ok(response) => matches!(response.status, 408 | 429 | 502 | 503 | 504),
                };
            if !retry {
                return result;
            }
            tracing::debug!(attempt, path = %r.path, "retrying GET");
            std::thread::sleep(delay);
            delay *= 2;
            attempt += 1;
        }
    }
}

/// A refused certificate is [`Error::Tls`]; other connection trouble is "offline";
/// everything else stays an HTTP error.
fn network(e: reqwest::Error) -> Error {
    if let Some(tls) = rustls_cause(&e) {
        return Error::Tls(tls.to_string());
    }
    if e.is_connect() || e.is_timeout() || e.is_request() {
        Error::Offline(e.to_string())
    } else {
        Error::Http(e)
    }
}

/// The rustls error behind a failed request, if any (hyper-rustls puts it in an
/// `io::Error`, which hyper wraps in another; an `io::Error`'s `source()` skips the error
/// it holds, so those are opened with `get_ref`).
fn rustls_cause(e: &reqwest::Error) -> Option<&rustls::Error> {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let mut inner: Option<&(dyn std::error::Error + 'static)> = Some(s);
        while let Some(i) = inner {
            if let Some(tls) = i.downcast_ref::<rustls::Error>() {
                return Some(tls);
            }
            inner = i
                .downcast_ref::<std::io::Error>()
                .and_then(|io| io.get_ref())
                .map(|b| b as &(dyn std::error::Error + 'static));
        }
        source = s.source();
    }
    None
}

fn transient(e: &Error) -> bool {
    matches!(e, Error::Offline(_))
}

/// The `detail` (or `title`) of a problem+json body, else the start of the body.
pub fn problem_detail(bytes: &[u8]) -> String {
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

/// The TLS client configuration: ring, TLS 1.2 and 1.3, Mozilla's roots plus the
/// certificates in `extra_ca_pem` (every one must parse: a typo in a pinned CA is an error
/// at start, not a silent fallback).
fn tls_config(extra_ca_pem: Option<&str>) -> Result<rustls::ClientConfig> {
    use rustls::pki_types::CertificateDer;
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    };
    if let Some(pem) = extra_ca_pem {
        let mut added = 0;
        for cert in CertificateDer::pem_slice_iter(pem.as_bytes()) {
            let cert = cert.map_err(|e| Error::Other(format!("extra CA certificate: {e}")))?;
            roots
                .add(cert)
                .map_err(|e| Error::Other(format!("extra CA certificate: {e}")))?;
            added += 1;
        }
        if added == 0 {
            return Err(Error::Other(
                "extra CA certificate: no PEM certificate found".into(),
            ));
        }
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::Other(format!("TLS setup: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreachable_server_is_offline_after_retries() {
        // Port 9 (discard) on loopback is closed on test machines: connection refused.
        let http = Http::new("http://127.0.0.1:9", None).unwrap();
        let started = std::time::Instant::now();
        let Err(Error::Offline(_)) = http.call(&Request::new(Method::Get, "/v1/sync")) else {
            panic!("expected offline")
        };
        assert!(
            started.elapsed() >= BACKOFF * 3,
            "backed off between attempts"
        );
        assert!(started.elapsed() < Duration::from_secs(10));
    }

    /// A TLS server on loopback for `localhost`, its certificate signed by a throwaway
    /// CA; answers every request with `{}`. Returns its port and the CA's PEM.
    fn tls_server() -> (u16, String) {
        use std::io::{Read, Write};
        let ca_key = rcgen::KeyPair::generate().unwrap();
        let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).unwrap();
        ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
        ca_params
            .distinguished_name
            .push(rcgen::DnType::CommonName, "Canton Guide test CA");
        let ca = rcgen::CertifiedIssuer::self_signed(ca_params, ca_key).unwrap();
        let leaf_key = rcgen::KeyPair::generate().unwrap();
        let leaf = rcgen::CertificateParams::new(vec!["localhost".to_owned()])
            .unwrap()
            .signed_by(&leaf_key, &ca)
            .unwrap();
        let key = rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap();
        let config = std::sync::Arc::new(
            rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
                rustls::crypto::ring::default_provider(),
            ))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(vec![leaf.der().clone()], key)
            .unwrap(),
        );
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || {
            for tcp in listener.incoming().flatten() {
                let conn = rustls::ServerConnection::new(config.clone()).unwrap();
                let mut tls = rustls::StreamOwned::new(conn, tcp);
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                // A client that refuses the certificate ends the handshake: next one.
                while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                    match tls.read(&mut buf) {
                        Ok(n) if n > 0 => request.extend_from_slice(&buf[..n]),
                        _ => break,
                    }
                }
                let _ = tls.write_all(
                    b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
                );
                tls.conn.send_close_notify();
                let _ = tls.flush();
            }
        });
        (port, ca.pem())
    }

    #[test]
    fn https_works_with_the_configured_ca_and_checks_certificates() {
        let (port, ca) = tls_server();
        let trusted = Http::new(&format!("https://localhost:{port}"), Some(&ca)).unwrap();
        let ping = Request::new(Method::Get, "/v1/ping");
        assert_eq!(trusted.call(&ping).unwrap().ok().unwrap(), b"{}");

        // The public roots alone do not know the test CA.
        let public = Http::new(&format!("https://localhost:{port}"), None).unwrap();
        let Err(Error::Tls(refused)) = public.call(&ping) else {
            panic!("a refused certificate")
        };
        assert!(refused.contains("UnknownIssuer"), "{refused}");

        // The certificate names localhost, not 127.0.0.1.
        let other_name = Http::new(&format!("https://127.0.0.1:{port}"), Some(&ca)).unwrap();
        let Err(Error::Tls(refused)) = other_name.call(&ping) else {
            panic!("a refused certificate")
        };
        assert!(refused.contains("not valid for name"), "{refused}");
    }

    #[test]
    fn a_bad_ca_or_base_url_is_an_error_at_construction() {
        assert!(Http::new("https://example.org", Some("not a certificate")).is_err());
        assert!(Http::new("ftp://example.org", None).is_err());
        assert!(Http::new("https://example.org", None).is_ok());
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

//! Hostile clients at the connection level (issue 10, point 1): thousands of idle and
//! half-sent connections must not take the server down. Loopback only; the "clients"
//! are other loopback addresses (127.0.0.2, …), which Linux routes to `lo`.
//!
//! SQLite only: this is about sockets, not the database (each database test runs on both).
//! A test binary of its own, so that its thousands of sockets meet no other test.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use guide_server::config::ConnectionLimits;
use guide_tests::{Backend, TestServer, new_database, start, test_config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

/// Small caps so that the test needs only a few thousand sockets.
const LIMITS: ConnectionLimits = ConnectionLimits {
    max_connections: 400,
    max_per_ip: 100,
    max_shed: 300,
    header_read_timeout: Duration::from_secs(2),
    body_timeout: Duration::from_secs(2),
};

async fn server() -> TestServer {
    let database_url = new_database(Backend::Sqlite).await;
    let config = guide_server::Config {
        connections: LIMITS,
        ..test_config(database_url.clone())
    };
    let (base, _) = tokio::task::spawn_blocking(move || start(config))
        .await
        .unwrap();
    TestServer {
        base,
        database_url,
        backend: Backend::Sqlite,
    }
}

fn addr(server: &TestServer) -> SocketAddr {
    server.base.trim_start_matches("http://").parse().unwrap()
}

/// Opens `count` connections from `from`; every other one sends half a request head.
/// Connections the server closes at once (over every cap) are counted, not kept.
async fn flood(server: SocketAddr, from: IpAddr, count: usize) -> Vec<TcpStream> {
    let mut held = Vec::with_capacity(count);
    for i in 0..count {
        let socket = TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::new(from, 0)).unwrap();
        let Ok(Ok(mut stream)) =
            tokio::time::timeout(Duration::from_secs(2), socket.connect(server)).await
        else {
            continue;
        };
        if i % 2 == 1 {
            // Half-sent: a request line and a header, never the blank line that ends it.
            stream
                .write_all(b"GET /v1/places HTTP/1.1\r\nHost: guide\r\n")
                .await
                .ok();
        }
        held.push(stream);
    }
    held
}

/// One request on a fresh connection from `from`: status, `Retry-After`, body, time taken.
async fn request(
    server: SocketAddr,
    from: IpAddr,
    path: &str,
) -> (u16, Option<String>, String, Duration) {
    let started = Instant::now();
    let client = guide_tests::accounts::client_from(from);
    let response = client
        .get(format!("http://{server}{path}"))
        .timeout(Duration::from_secs(5))
        .send()
        .await;
    let Ok(response) = response else {
        return (0, None, String::new(), started.elapsed());
    };
    let status = response.status().as_u16();
    let retry = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().unwrap().to_owned());
    let body = response.text().await.unwrap_or_default();
    (status, retry, body, started.elapsed())
}

/// How many of `streams` the server has closed (EOF or reset) within `wait`.
async fn closed_by_server(streams: &mut [TcpStream], wait: Duration) -> usize {
    let deadline = tokio::time::Instant::now() + wait;
    let mut closed = 0;
    for stream in streams.iter_mut() {
        let mut buf = [0u8; 512];
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => closed += 1,
            // A 408 or 503 before the close counts too: the server let go of it.
            Ok(Ok(_)) => closed += 1,
            Err(_) => {}
        }
    }
    closed
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn thousands_of_idle_and_half_sent_connections_do_not_take_the_server_down() {
    let s = server().await;
    let target = addr(&s);
    let clean: IpAddr = "127.0.0.1".parse().unwrap();
    let greedy: IpAddr = "127.0.0.2".parse().unwrap();

    // 1. One greedy address opens 2,000 connections (half idle, half half-sent). It gets
    //    its 100; the rest are answered 503 or closed. Everyone else is unaffected.
    let mut held = flood(target, greedy, 2000).await;
    eprintln!("greedy client holds {} connections", held.len());
    let (status, _, _, took) = request(target, clean, "/healthz").await;
    assert_eq!(status, 200, "liveness answers");
    assert!(took < Duration::from_secs(1), "healthz took {took:?}");
    let (status, _, body, took) = request(target, clean, "/v1/places?limit=1").await;
    assert_eq!(status, 200, "a real read answers: {body}");
    assert!(took < Duration::from_secs(2), "the read took {took:?}");
    // The greedy address's next connection is over its cap: answered 503 while it has
    // shed slots left (a few of its own), otherwise closed at once. Never served.
    let (status, _, body, _) = request(target, greedy, "/v1/places?limit=1").await;
    assert!(
        status == 503 || status == 0,
        "the greedy address is over its cap: {status} {body}"
    );

    // 2. Idle and half-sent connections are closed after the header timeout (2 s here).
    let closed = closed_by_server(&mut held, Duration::from_secs(4)).await;
    eprintln!(
        "server closed {closed} of {} after the header timeout",
        held.len()
    );
    assert_eq!(
        closed,
        held.len(),
        "every idle or half-sent connection is let go"
    );
    drop(held);

    // 3. Many addresses together (10 × 100 = 1,000 > 400 overall): the API sheds load
    //    with 503 + Retry-After, /healthz still answers, and the API answers again once
    //    the header timeout has freed the slots.
    let mut crowd = Vec::new();
    for n in 3..13u8 {
        crowd.extend(flood(target, IpAddr::from([127, 0, 0, n]), 100).await);
    }
    eprintln!("ten addresses hold {} connections", crowd.len());
    let (status, _, _, took) = request(target, clean, "/healthz").await;
    assert_eq!(status, 200, "liveness answers while the API sheds load");
    assert!(took < Duration::from_secs(1), "healthz took {took:?}");
    let (status, retry, body, took) = request(target, clean, "/v1/places?limit=1").await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(retry.as_deref(), Some("2"));
    assert!(
        body.contains("urn:canton-guide:problem:overloaded"),
        "{body}"
    );
    assert!(
        took < Duration::from_secs(1),
        "shedding is immediate: {took:?}"
    );
    let shed_at = Instant::now();
    let recovered = loop {
        let (status, _, _, _) = request(target, clean, "/v1/places?limit=1").await;
        if status == 200 {
            break shed_at.elapsed();
        }
        assert!(
            shed_at.elapsed() < Duration::from_secs(10),
            "the API did not recover"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    eprintln!("the API answered again {recovered:?} after shedding began");
    assert!(recovered < Duration::from_secs(5));
    drop(crowd);
}

#[tokio::test]
async fn oversized_uris_and_requests_without_host_get_problems() {
    let s = server().await;
    let target = addr(&s);
    // 20 KB of query: over our 16 KiB cap, so a 414 with a problem body.
    let (status, _, body, _) = request(
        target,
        "127.0.0.1".parse().unwrap(),
        &format!("/v1/places?q={}", "a".repeat(20_000)),
    )
    .await;
    assert_eq!(status, 414);
    assert!(
        body.contains("urn:canton-guide:problem:uri_too_long"),
        "{body}"
    );
    // HTTP/1.1 without Host: 400 (RFC 9112 §3.2). HTTP/1.0 may omit it.
    for (head, expected) in [
        ("GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n", "400"),
        ("GET /healthz HTTP/1.0\r\n\r\n", "200"),
    ] {
        let mut stream = TcpStream::connect(target).await.unwrap();
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = String::new();
        tokio::time::timeout(Duration::from_secs(5), stream.read_to_string(&mut answer))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            answer.split(' ').nth(1),
            Some(expected),
            "{head:?} -> {answer}"
        );
        if expected == "400" {
            assert!(
                answer.contains("urn:canton-guide:problem:host_required"),
                "{answer}"
            );
        }
    }
    // A 10 KB slug is echoed at most once (in `instance`), not again in `detail`.
    let slug = "s".repeat(7_000);
    let (status, _, body, _) = request(
        target,
        "127.0.0.1".parse().unwrap(),
        &format!("/v1/places/{slug}"),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(
        body.matches(&slug).count(),
        1,
        "{}",
        &body[..200.min(body.len())]
    );
}

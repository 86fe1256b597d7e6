//! Accepting and serving client connections within limits (docs/SECURITY.md,
//! "Resource consumption"). `axum::serve` has no header-read timeout and no cap on
//! connections, so one client with thousands of half-sent requests could hold every file
//! handle; this accept loop drives hyper's HTTP/1.1 connections itself:
//!
//! - **timeouts**: hyper's `header_read_timeout` bounds the time to send a request head
//!   and, because hyper starts the clock as soon as it waits for a head, also the idle
//!   time between requests on a kept-alive connection. Bodies are bounded by
//!   `RequestBodyTimeoutLayer` in the router (`http::router`).
//! - **caps**: at most `max_connections` served at once, and `max_per_ip` from one client
//!   address, so one client cannot take every slot.
//! - **load shedding**: a connection over a cap is still accepted and served by a small
//!   router that answers `/healthz` and, for everything else, `503` problem+json with
//!   `Retry-After` and `Connection: close`, with a short header timeout. Waiting in the
//!   kernel's backlog or failing `accept` would tell a client nothing and would stop
//!   liveness probes too. Past `max_shed` such connections (or an eighth of `max_per_ip`
//!   from one address, so one flooder cannot use them all), further ones are closed at
//!   once: file handles are finite.
//!
//! Only HTTP/1.1 is served (as with axum's defaults before); HTTP/2 belongs to the TLS
//! terminator in front.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{Semaphore, watch};
use tower::ServiceExt;

use crate::config::ConnectionLimits;

/// Header timeout of shed connections: they get one quick answer, then are closed.
const SHED_HEADER_TIMEOUT: Duration = Duration::from_secs(2);

/// Serves `app` on `listener` until `shutdown` resolves, then lets open connections
/// finish their current request. Connections over a cap are served by `shed`.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    shed: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let open = Arc::new(Semaphore::new(limits.max_connections));
    let shedding = Arc::new(Semaphore::new(limits.max_shed));
    let per_ip = PerIp::default();
    let shed_per_ip = PerIp::default();
    let max_shed_per_ip = (limits.max_per_ip / 8).max(4);
    // Every connection holds a receiver: `closed()` resolves when the last one is gone.
    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file handles (EMFILE) or a connection reset before accept:
                    // wait a moment instead of spinning, and keep serving the others.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let admitted = open.clone().try_acquire_owned().ok().and_then(|permit| {
            per_ip
                .try_acquire(peer.ip(), limits.max_per_ip)
                .map(|ip| (permit, ip))
        });
        match admitted {
            Some(permits) => {
                metrics::gauge!("http_connections_open").increment(1.0);
                let stop = stop_rx.clone();
                let app = app.clone();
                tokio::spawn(async move {
                    connection(stream, peer, app, limits.header_read_timeout, true, stop).await;
                    drop(permits);
                    metrics::gauge!("http_connections_open").decrement(1.0);
                });
            }
            None => match shedding
                .clone()
                .try_acquire_owned()
                .ok()
                .and_then(|permit| {
                    shed_per_ip
                        .try_acquire(peer.ip(), max_shed_per_ip)
                        .map(|ip| (permit, ip))
                }) {
                Some(permit) => {
                    metrics::counter!("http_connections_shed_total").increment(1);
                    let stop = stop_rx.clone();
                    let shed = shed.clone();
                    let timeout = limits.header_read_timeout.min(SHED_HEADER_TIMEOUT);
                    tokio::spawn(async move {
                        connection(stream, peer, shed, timeout, false, stop).await;
                        drop(permit);
                    });
                }
                None => {
                    metrics::counter!("http_connections_dropped_total").increment(1);
                    drop(stream);
                }
            },
        }
    }
    drop(listener);
    drop(stop_rx);
    stop_tx.send_replace(true);
    stop_tx.closed().await;
}

/// Serves one connection until it closes, or until shutdown lets its current request end.
async fn connection(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    header_timeout: Duration,
    keep_alive: bool,
    mut stop: watch::Receiver<bool>,
) {
    // Small responses go out at once instead of waiting for Nagle's algorithm.
    stream.set_nodelay(true).ok();
    let service = app.map_request(move |mut req: axum::http::Request<Incoming>| {
        // What `into_make_service_with_connect_info` did: `ClientIp` reads it.
        req.extensions_mut().insert(ConnectInfo(peer));
        req
    });
    let service = TowerToHyperService::new(service.map_err(|e: Infallible| match e {}));
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .keep_alive(keep_alive);
    let conn = builder.serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    tokio::select! {
        result = conn.as_mut() => {
            if let Err(e) = result {
                tracing::debug!(%peer, error = %e, "connection ended with an error");
            }
        }
        _ = async { stop.wait_for(|stop| *stop).await.is_ok() } => {
            conn.as_mut().graceful_shutdown();
            if let Err(e) = conn.await {
                tracing::debug!(%peer, error = %e, "connection ended with an error during shutdown");
            }
        }
    }
}

/// Connections per client address.
#[derive(Default, Clone)]
struct PerIp(Arc<Mutex<HashMap<IpAddr, usize>>>);

impl PerIp {
    /// A slot for `ip` if it holds fewer than `max`; freed when the guard drops.
    fn try_acquire(&self, ip: IpAddr, max: usize) -> Option<IpSlot> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let count = map.entry(ip).or_default();
        if *count >= max {
            return None;
        }
        *count += 1;
        Some(IpSlot {
            ip,
            map: self.clone(),
        })
    }
}

/// One connection's share of its address's cap.
struct IpSlot {
    ip: IpAddr,
    map: PerIp,
}

impl Drop for IpSlot {
    fn drop(&mut self) {
        let mut map = self.map.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = map.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                // Empty entries are removed, so the map holds only addresses with open
                // connections (at most `max_connections` of them).
                map.remove(&self.ip);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn per_ip_slots_are_capped_and_given_back() {
        let per_ip = PerIp::default();
        let a: IpAddr = "127.0.0.2".parse().unwrap();
        let b: IpAddr = "127.0.0.3".parse().unwrap();
        let first = per_ip.try_acquire(a, 2).unwrap();
        let _second = per_ip.try_acquire(a, 2).unwrap();
        assert!(per_ip.try_acquire(a, 2).is_none(), "third from one address");
        assert!(
            per_ip.try_acquire(b, 2).is_some(),
            "another address is not affected"
        );
        drop(first);
        assert!(
            per_ip.try_acquire(a, 2).is_some(),
            "a closed connection frees its slot"
        );
    }

    #[test]
    fn addresses_without_connections_are_forgotten() {
        let per_ip = PerIp::default();
        drop(per_ip.try_acquire("::1".parse().unwrap(), 1).unwrap());
        assert!(per_ip.0.lock().unwrap().is_empty());
    }
}

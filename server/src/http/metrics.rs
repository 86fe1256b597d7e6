//! Prometheus metrics per request: `http_requests_total{method,route,status}` and
//! `http_request_duration_seconds{method,route}`. Every label has a bounded set of
//! values, so no client can grow the registry: the method is one of the standard ones or
//! `other`, the route is the matched pattern (`/v1/places/{id}`, never the raw path) or
//! `other`, and the status is a number from 100 to 999.

use std::time::Instant;

use axum::extract::MatchedPath;
use axum::http::{Method, StatusCode};

/// Counts a request and records how long it took. `route` is the matched pattern.
pub fn record(method: &Method, route: Option<&MatchedPath>, status: StatusCode, started: Instant) {
    let method = method_label(method);
    let route = route.map_or("other", MatchedPath::as_str).to_owned();
    let status = status.as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method, "route" => route.clone(), "status" => status).increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
}

/// The method as a label: the nine of RFC 9110 and PATCH, anything else `other`.
fn method_label(method: &Method) -> &'static str {
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::OPTIONS => "OPTIONS",
        Method::CONNECT => "CONNECT",
        Method::TRACE => "TRACE",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_methods_share_one_label() {
        assert_eq!(method_label(&Method::GET), "GET");
        assert_eq!(
            method_label(&Method::from_bytes(b"FROBNICATE").unwrap()),
            "other"
        );
        assert_eq!(
            method_label(&Method::from_bytes(b"X-12345").unwrap()),
            "other"
        );
    }
}

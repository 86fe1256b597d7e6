//! Prometheus metrics per request: `http_requests_total{method,route,status}` and
//! `http_request_duration_seconds{method,route}`. Every label has a bounded set of
//! values, so no client can grow the registry: the method is one of the standard ones or
//! `other`, the route is the matched pattern (`/v1/places/{id}`, never the raw path) or
//! `other`, and the status is a number from 100 to 999.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::Response;

/// The middleware.
pub async fn middleware(req: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(req.method());
    let route: String = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "other".to_owned());
    let response = next.run(req).await;
    let status = response.status().as_u16().to_string();
    metrics::counter!("http_requests_total", "method" => method, "route" => route.clone(), "status" => status).increment(1);
    metrics::histogram!("http_request_duration_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    response
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

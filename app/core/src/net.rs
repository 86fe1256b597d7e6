//! The one seam between the core and the network (as Crux keeps effects out of `update`):
//! the core builds a [`Request`], a [`Transport`] answers it with a [`Response`] of any
//! status, and the core decides what the status means. [`crate::http::Http`] is the real
//! transport (reqwest, retries, TLS); tests plug in canned answers ([`Canned`]) and run the
//! same sync, favourites and account logic with no server at all.

use std::collections::VecDeque;
use std::sync::Mutex;

use crate::error::{Error, Result};

/// An HTTP method the core uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

/// What the core asks of the server.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub method: Method,
    /// Path and query (`/v1/sync?locale=ja`).
    pub path: String,
    /// A JSON body.
    pub json: Option<serde_json::Value>,
    /// `Authorization: Bearer …`.
    pub bearer: Option<String>,
    /// `If-None-Match` (GET only).
    pub etag: Option<String>,
}

impl Request {
    /// A request without body, token or ETag.
    pub fn new(method: Method, path: impl Into<String>) -> Request {
        Request {
            method,
            path: path.into(),
            json: None,
            bearer: None,
            etag: None,
        }
    }

    /// With a JSON body.
    pub fn json(mut self, body: serde_json::Value) -> Request {
        self.json = Some(body);
        self
    }

    /// With `If-None-Match`.
    pub fn etag(mut self, etag: Option<&str>) -> Request {
        self.etag = etag.map(str::to_owned);
        self
    }
}

/// The server's answer, whatever its status.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    /// The `ETag` header.
    pub etag: Option<String>,
}

impl Response {
    /// The body of a 2xx answer; any other status is [`Error::Status`] with the problem's
    /// detail.
    pub fn ok(self) -> Result<Vec<u8>> {
        if (200..300).contains(&self.status) {
            Ok(self.body)
        } else {
            Err(Error::Status {
                status: self.status,
                detail: crate::http::problem_detail(&self.body),
            })
        }
    }

    /// The JSON body of a 2xx answer.
    pub fn json<T: serde::de::DeserializeOwned>(self) -> Result<T> {
        Ok(serde_json::from_slice(&self.ok()?)?)
    }
}

/// Something that answers requests: the network, or a test's script.
pub trait Transport: Send {
    /// Sends `request`; `Err` only when no answer came (offline, TLS refused).
    fn call(&self, request: &Request) -> Result<Response>;
}

/// A scripted transport for tests: answers in order, and records what was asked.
#[derive(Default)]
pub struct Canned {
    answers: Mutex<VecDeque<Result<Response>>>,
    /// Every request received, in order.
    pub asked: Mutex<Vec<Request>>,
}

impl Canned {
    /// A transport that gives these answers, in order (then "offline").
    pub fn new(answers: impl IntoIterator<Item = Result<Response>>) -> Canned {
        Canned {
            answers: Mutex::new(answers.into_iter().collect()),
            asked: Mutex::new(Vec::new()),
        }
    }

    /// A JSON answer.
    pub fn answer(status: u16, body: serde_json::Value) -> Result<Response> {
        Ok(Response {
            status,
            body: body.to_string().into_bytes(),
            etag: None,
        })
    }
}

impl Transport for Canned {
    fn call(&self, request: &Request) -> Result<Response> {
        self.asked
            .lock()
            .expect("not poisoned")
            .push(request.clone());
        self.answers
            .lock()
            .expect("not poisoned")
            .pop_front()
            .unwrap_or_else(|| Err(Error::Offline("no more canned answers".into())))
    }
}

impl<T: Transport + Sync> Transport for std::sync::Arc<T> {
    fn call(&self, request: &Request) -> Result<Response> {
        (**self).call(request)
    }
}

//! Expectations for Rust tests, written with the generated types: *when* a call of an endpoint
//! carries this body (or these query values), *then* answer this. The stand-in still checks the
//! vendor's auth and the spec before an expectation is looked at, so a test cannot expect a
//! call the vendor would refuse. Each expectation counts the calls it answered; a call that no
//! expectation of its endpoint matches is answered 404 with what differed.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::Serialize;
use serde_json::Value;

/// One expected call and its answer, as registered.
pub(crate) struct Expectation {
    pub(crate) endpoint: String,
    body: Option<Value>,
    query: Vec<(String, String)>,
    pub(crate) answer: Answer,
    hits: Arc<AtomicUsize>,
}

/// What an expectation answers.
pub(crate) enum Answer {
    /// A status and a body.
    Body(u16, Value),
    /// A status without a body.
    Empty(u16),
    /// The vendor's own error shape (its documented error example, or its envelope) with this
    /// status and message.
    VendorError(u16, String),
}

impl Expectation {
    /// What differs between this expectation and a call (`None`: it matches).
    pub(crate) fn differences(
        &self,
        body: Option<&Value>,
        query: &dyn Fn(&str) -> Option<String>,
    ) -> Option<Vec<String>> {
        let mut found = Vec::new();
        if let Some(expected) = &self.body {
            match body {
                Some(body) => differ(expected, body, String::new(), &mut found),
                None => found.push("the call has no body".to_owned()),
            }
        }
        for (name, value) in &self.query {
            match query(name) {
                Some(got) if got == *value => {}
                Some(got) => found.push(format!("query `{name}`: expected {value:?}, got {got:?}")),
                None => found.push(format!("query `{name}`: expected {value:?}, absent")),
            }
        }
        (!found.is_empty()).then_some(found)
    }

    pub(crate) fn hit(&self) {
        self.hits.fetch_add(1, Ordering::SeqCst);
    }
}

/// Where two JSON values differ, by JSON Pointer (a few, not every leaf of a large body).
fn differ(expected: &Value, got: &Value, at: String, found: &mut Vec<String>) {
    const MOST: usize = 8;
    if found.len() >= MOST || expected == got {
        return;
    }
    match (expected, got) {
        (Value::Object(want), Value::Object(have)) => {
            for (key, value) in want {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                match have.get(key) {
                    Some(other) => differ(value, other, here, found),
                    None => found.push(format!("{here}: expected {value}, absent")),
                }
            }
            for key in have.keys().filter(|key| !want.contains_key(*key)) {
                found.push(format!("{at}/{key}: not expected"));
            }
        }
        (Value::Array(want), Value::Array(have)) if want.len() == have.len() => {
            for (index, (value, other)) in want.iter().zip(have).enumerate() {
                differ(value, other, format!("{at}/{index}"), found);
            }
        }
        _ => found.push(format!(
            "{}: expected {expected}, got {got}",
            if at.is_empty() { "(body)" } else { &at }
        )),
    }
}

/// An expectation being written: `standin.expect("tiki.lead_application_create")`.
#[must_use = "an expectation is registered by one of its answers: `answer`, `no_content`"]
pub struct Expect<'s> {
    pub(crate) standin: &'s crate::StandIn,
    pub(crate) endpoint: String,
    pub(crate) body: Option<Value>,
    pub(crate) query: Vec<(String, String)>,
}

impl Expect<'_> {
    /// Only a call whose body is this value (compared as JSON).
    pub fn body(mut self, body: &impl Serialize) -> Self {
        self.body = serde_json::to_value(body).ok();
        self
    }

    /// Only a call whose query parameter `name` is `value`.
    pub fn query(mut self, name: &str, value: impl ToString) -> Self {
        self.query.push((name.to_owned(), value.to_string()));
        self
    }

    /// Answer with `status` and this body.
    pub fn answer(self, status: u16, body: &impl Serialize) -> Mock {
        match serde_json::to_value(body) {
            Ok(body) => self.register(Answer::Body(status, body)),
            Err(_) => self.register(Answer::Empty(status)),
        }
    }

    /// Answer `204 No Content`.
    pub fn no_content(self) -> Mock {
        self.register(Answer::Empty(204))
    }

    /// Answer in the vendor's own error shape (its documented error example, or the status its
    /// envelope carries) with `status` and `message`: how the vendor refuses.
    pub fn vendor_error(self, status: u16, message: &str) -> Mock {
        self.register(Answer::VendorError(status, message.to_owned()))
    }

    fn register(self, answer: Answer) -> Mock {
        let hits = Arc::new(AtomicUsize::new(0));
        self.standin.register(Expectation {
            endpoint: self.endpoint,
            body: self.body,
            query: self.query,
            answer,
            hits: hits.clone(),
        });
        Mock { hits }
    }
}

/// A registered expectation: how many calls it answered.
#[derive(Debug, Clone)]
pub struct Mock {
    hits: Arc<AtomicUsize>,
}

impl Mock {
    /// The calls it answered so far.
    pub fn hits(&self) -> usize {
        self.hits.load(Ordering::SeqCst)
    }
}

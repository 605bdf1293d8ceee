//! Faults injected per endpoint, so that consumers can test how they handle retries: a status
//! (with `Retry-After`), a delay, a dropped connection. Each request to the endpoint takes the
//! next fault in its queue; once the queue is empty the endpoint answers normally.

use std::collections::{HashMap, VecDeque};
use std::time::Duration;

use serde::Deserialize;

/// One injected answer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fault {
    /// Answer with this status (in the vendor's error shape) instead of handling the request.
    #[serde(default)]
    pub status: Option<u16>,
    /// The `Retry-After` header to send with the status (seconds, or an HTTP date).
    #[serde(default)]
    pub retry_after: Option<String>,
    /// Wait this many milliseconds before answering (or dropping).
    #[serde(default)]
    pub delay_ms: Option<u64>,
    /// Close the connection without answering.
    #[serde(default)]
    pub drop: bool,
}

impl Fault {
    /// The wait before the answer.
    pub fn delay(&self) -> Option<Duration> {
        self.delay_ms.map(Duration::from_millis)
    }
}

/// Faults by endpoint (`service.endpoint`), in the order requests take them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Scenario {
    faults: HashMap<String, VecDeque<Fault>>,
}

impl Scenario {
    /// A scenario file: a JSON object from `service.endpoint` to a list of faults, such as
    /// `{"tiki.lead_application_update": [{"status": 503}, {"status": 429, "retry_after": "2"}]}`.
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|error| {
            format!(
                "{error}; expected {{\"<service>.<endpoint>\": [{{\"status\": 503, \"retry_after\": \"2\", \"delay_ms\": 100, \"drop\": false}}]}}"
            )
        })
    }

    /// Adds `faults` after those already queued for `endpoint` (`service.endpoint`).
    pub fn add(&mut self, endpoint: &str, faults: impl IntoIterator<Item = Fault>) {
        self.faults
            .entry(endpoint.to_owned())
            .or_default()
            .extend(faults);
    }

    /// The endpoints the scenario names.
    pub fn endpoints(&self) -> impl Iterator<Item = &str> {
        self.faults.keys().map(String::as_str)
    }

    /// The next fault for `endpoint`, taken from its queue.
    pub(crate) fn next(&mut self, endpoint: &str) -> Option<Fault> {
        self.faults.get_mut(endpoint)?.pop_front()
    }
}

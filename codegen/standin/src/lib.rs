//! A runnable stand-in of every spec: what `cargo xtask mock` serves, so that consumers (in Rust
//! or any other language) test their code without the vendor.
//!
//! Each service is served under its own base URL (`http://<addr>/<service>`). A request is
//! answered as the vendor would:
//! - its authentication is checked the vendor's way: the key, the token, or the signature
//!   recomputed from the bytes received, with a timestamp window ([`auth::SIGNATURE_WINDOW`]);
//! - its body is validated against the spec (the same judge as `cargo xtask validate`); a
//!   broken one gets a 400 in the vendor's error shape naming each violated rule by JSON
//!   Pointer, and broken JSON a 400 too, never a 5xx;
//! - it is answered with the documented example (or a value made from the types where the spec
//!   has none), `204` where the spec says so, and list endpoints page over a stable data set
//!   that ends ([`paging::ITEMS`] items);
//! - a [`Scenario`] injects faults per endpoint: statuses with `Retry-After`, delays, dropped
//!   connections.
//!
//! Bodies are read up to [`MAX_BODY`]; hostile input gets a 4xx, never a crash.

mod auth;
pub mod deliver;
mod expect;
mod fault;
mod handle;
mod paging;
mod value;

use std::collections::HashSet;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};

use codegen_core::Diagnostic;
use codegen_core::ir::Endpoint;

pub use auth::{Credentials, SIGNATURE_WINDOW};
pub use expect::{Expect, Mock};
pub use fault::{Fault, Scenario};
pub use paging::{ITEMS, PAGE_SIZE};

/// The largest request body read; a larger one gets `413`.
pub const MAX_BODY: usize = 1 << 20;

/// Every spec under a root, ready to serve.
#[derive(Clone)]
pub struct StandIn {
    inner: Arc<Inner>,
}

struct Inner {
    services: Vec<Service>,
    scenario: Mutex<Scenario>,
    /// Access tokens handed out by OAuth token endpoints.
    tokens: Mutex<HashSet<String>>,
    /// Expected calls and their answers, in the order they were written.
    expectations: Mutex<Vec<expect::Expectation>>,
}

/// One service's endpoints and the credentials its callers use.
struct Service {
    name: String,
    credentials: Credentials,
    routes: Vec<Route>,
}

/// An endpoint the stand-in answers.
struct Route {
    endpoint: Endpoint,
}

impl std::fmt::Debug for StandIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StandIn")
            .field("services", &self.services())
            .finish_non_exhaustive()
    }
}

impl StandIn {
    /// Every spec under `root/specs`, with each service's credentials from `credentials`
    /// (given the service's name; [`Credentials::from_env`] reads what the examples read).
    pub fn load(
        root: &Path,
        credentials: impl Fn(&str) -> Credentials,
    ) -> Result<Self, Vec<Diagnostic>> {
        let workspace = codegen_core::generate::Workspace::load(root)?;
        Ok(Self::new(workspace.endpoints().to_vec(), credentials))
    }

    /// A stand-in of `endpoints`.
    pub fn new(endpoints: Vec<Endpoint>, credentials: impl Fn(&str) -> Credentials) -> Self {
        let mut services: Vec<Service> = Vec::new();
        for endpoint in endpoints {
            let route = Route { endpoint };
            match services
                .iter_mut()
                .find(|service| service.name == route.endpoint.service)
            {
                Some(service) => service.routes.push(route),
                None => services.push(Service {
                    name: route.endpoint.service.clone(),
                    credentials: credentials(&route.endpoint.service),
                    routes: vec![route],
                }),
            }
        }
        Self {
            inner: Arc::new(Inner {
                services,
                scenario: Mutex::new(Scenario::default()),
                tokens: Mutex::new(HashSet::new()),
                expectations: Mutex::new(Vec::new()),
            }),
        }
    }

    /// The services served, in spec order.
    pub fn services(&self) -> Vec<&str> {
        self.inner
            .services
            .iter()
            .map(|service| service.name.as_str())
            .collect()
    }

    /// The base URL of `service` when serving at `addr`.
    pub fn base_url(addr: SocketAddr, service: &str) -> String {
        format!("http://{addr}/{service}")
    }

    /// Adds the faults of `scenario` to those queued. An endpoint it names that no spec has
    /// is an error (a misspelt name would otherwise inject nothing).
    pub fn inject(&self, scenario: Scenario) -> Result<(), String> {
        for name in scenario.endpoints() {
            let known = self.inner.services.iter().any(|service| {
                service
                    .routes
                    .iter()
                    .any(|route| format!("{}.{}", service.name, route.endpoint.name) == name)
            });
            if !known {
                return Err(format!(
                    "the scenario names `{name}`, which no spec serves; expected `<service>.<endpoint>`"
                ));
            }
        }
        let mut queued = self
            .inner
            .scenario
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut scenario = scenario;
        let names: Vec<String> = scenario.endpoints().map(str::to_owned).collect();
        for name in names {
            let mut faults = Vec::new();
            while let Some(fault) = scenario.next(&name) {
                faults.push(fault);
            }
            queued.add(&name, faults);
        }
        Ok(())
    }

    /// Expects a call of `endpoint` (`service.endpoint`), to be answered as the returned
    /// builder says; once an endpoint has expectations, a call that matches none of them gets
    /// 404 listing what differed from each. Auth and the spec are checked first, as for any call.
    pub fn expect(&self, endpoint: &str) -> Expect<'_> {
        Expect {
            standin: self,
            endpoint: endpoint.to_owned(),
            body: None,
            query: Vec::new(),
        }
    }

    pub(crate) fn register(&self, expectation: expect::Expectation) {
        self.inner
            .expectations
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(expectation);
    }

    /// Serves every service on `listener` until the task is dropped; each connection on a task
    /// of its own.
    pub async fn serve(self, listener: tokio::net::TcpListener) -> std::io::Result<()> {
        loop {
            let (stream, _) = listener.accept().await?;
            let this = self.clone();
            tokio::spawn(async move {
                let io = hyper_util::rt::TokioIo::new(stream);
                let service = hyper::service::service_fn(move |request| {
                    let this = this.clone();
                    async move { this.answer(request).await }
                });
                // A client that goes away mid-request ends only its own connection.
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
            });
        }
    }
}

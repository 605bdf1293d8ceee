//! `cargo xtask mock`: the stand-in of every spec (`codegen-standin`), served until stopped.

use std::path::Path;
use std::process::ExitCode;

use codegen_standin::{Credentials, Scenario, StandIn};

use crate::UNUSABLE;

/// Where the stand-in listens unless `--listen` says.
const DEFAULT_ADDR: &str = "127.0.0.1:8080";

/// Loads every spec under `root`, prints `serving <service> at <base URL>` for each, and serves
/// until the process is stopped.
pub fn run(root: &Path, listen: Option<&str>, scenario: Option<&Path>) -> ExitCode {
    let standin = match StandIn::load(root, Credentials::from_env) {
        Ok(standin) => standin,
        Err(diagnostics) => {
            eprint!("{}", codegen_core::render_from_files(&diagnostics, root));
            return ExitCode::from(UNUSABLE);
        }
    };
    if let Some(path) = scenario {
        // A scenario is a short JSON file: read within a payload's limit.
        let loaded = codegen_core::input::read_text(path, codegen_core::input::PAYLOAD_LIMIT)
            .map_err(|error| format!("cannot read it: {error}"))
            .and_then(|text| Scenario::from_json(&text))
            .and_then(|scenario| standin.inject(scenario));
        if let Err(message) = loaded {
            eprintln!("error: {}: {message}", path.display());
            return ExitCode::from(UNUSABLE);
        }
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let addr = listen.unwrap_or(DEFAULT_ADDR);
    runtime.block_on(async {
        let listener = match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => listener,
            Err(error) => {
                eprintln!("error: cannot listen on {addr}: {error}");
                return ExitCode::from(UNUSABLE);
            }
        };
        let Ok(bound) = listener.local_addr() else {
            eprintln!("error: cannot read the address listened on");
            return ExitCode::FAILURE;
        };
        for service in standin.services() {
            // One line per service, exactly `serving <service> at <base URL>`, for scripts.
            println!("serving {service} at {}", StandIn::base_url(bound, service));
            if Credentials::from_env(service) == Credentials::default() {
                eprintln!(
                    "note: no credentials for {service} in the environment: any key or signature is taken"
                );
            }
        }
        use std::io::Write as _;
        let _ = std::io::stdout().flush();
        match standin.serve(listener).await {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: the stand-in stopped: {error}");
                ExitCode::FAILURE
            }
        }
    })
}

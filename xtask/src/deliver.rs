//! `cargo xtask deliver`: the stand-in sends a notification to a consumer's receiver, in the
//! forms a receiver must tell apart, and says whether each answer is the one expected.

use std::path::Path;
use std::process::ExitCode;

use codegen_standin::Credentials;
use codegen_standin::deliver::{Kind, deliver};

use crate::{FOUND, UNUSABLE};

/// Sends `kind` (or every kind) of the notification `name` (`service.endpoint`) to `url`;
/// prints `<kind> <status> <ok|unexpected>` per delivery.
pub fn run(
    root: &Path,
    name: &str,
    url: &str,
    body: Option<&Path>,
    kind: Option<&str>,
) -> ExitCode {
    let kinds: Vec<Kind> = match kind {
        None | Some("all") => Kind::ALL.to_vec(),
        Some(name) => match Kind::named(name) {
            Some(kind) => vec![kind],
            None => {
                eprintln!(
                    "error: `{name}` is no kind of delivery; expected valid, duplicate, tampered, stale, foreign, malformed or all"
                );
                return ExitCode::from(UNUSABLE);
            }
        },
    };
    let workspace = match codegen_core::generate::Workspace::load(root) {
        Ok(workspace) => workspace,
        Err(diagnostics) => {
            eprint!("{}", codegen_core::render_from_files(&diagnostics, root));
            return ExitCode::from(UNUSABLE);
        }
    };
    let Some(endpoint) = workspace
        .endpoints()
        .iter()
        .find(|e| format!("{}.{}", e.service, e.name) == name)
    else {
        eprintln!("error: no spec is `{name}` (expected `<service>.<endpoint>`)");
        return ExitCode::from(UNUSABLE);
    };
    let message = match body {
        Some(path) => match crate::read(path, codegen_core::input::PAGE_LIMIT) {
            Ok(text) => text,
            Err(code) => return code,
        },
        None => match endpoint
            .request
            .as_ref()
            .and_then(|body| body.examples.first())
        {
            Some(example) => example.value.to_string(),
            None => {
                eprintln!("error: `{name}` has no example; pass --body FILE");
                return ExitCode::from(UNUSABLE);
            }
        },
    };
    let credentials = Credentials::from_env(&endpoint.service);
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut unexpected = 0;
    for kind in kinds {
        match runtime.block_on(deliver(endpoint, url, &message, &credentials, kind)) {
            Ok(status) => {
                let expected = if kind.taken() {
                    (200..300).contains(&status)
                } else {
                    (400..500).contains(&status)
                };
                unexpected += usize::from(!expected);
                println!(
                    "{} {status} {}",
                    kind.name(),
                    if expected { "ok" } else { "unexpected" }
                );
            }
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    if unexpected == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(FOUND)
    }
}

//! What both examples do around their one call: arguments, the documented request, the output.

use std::fmt::Debug;
use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Error, Secret};
use generated_client::codegen_runtime::serde::Serialize;
use generated_client::codegen_runtime::serde::de::DeserializeOwned;
use generated_client::codegen_runtime::{DecodeError, serde_json};

/// Prints the client's spans and events on stderr as `RUST_LOG` asks (`RUST_LOG=debug` for
/// each call and attempt, `RUST_LOG=trace` for everything, the HTTP stack's too); nothing
/// without it. No span or event holds a secret, a signature or a body.
pub fn trace_from_env() {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::from_default_env())
        .with_writer(std::io::stderr)
        .try_init();
}

/// A Tiki client's configuration, signed with the app's key and secret from
/// `TIKI_CLIENT_KEY` and `TIKI_CLIENT_SECRET`; exit code 2 when either is unset.
#[allow(dead_code)] // Each example includes this module; only Tiki's sign.
pub fn tiki_signing() -> Result<Config, ExitCode> {
    let (Ok(client_id), Ok(secret)) = (
        std::env::var("TIKI_CLIENT_KEY"),
        std::env::var("TIKI_CLIENT_SECRET"),
    ) else {
        eprintln!("error: set TIKI_CLIENT_KEY and TIKI_CLIENT_SECRET");
        return Err(ExitCode::from(2));
    };
    Ok(Config::new(Credentials::Signing {
        client_id,
        secret: Secret::new(secret),
    }))
}

/// `config` with the base URL of `--base-url URL`, if given.
#[allow(dead_code)] // Each example includes this module; not every one uses every helper.
pub fn with_base_url(config: Config, example: &str) -> Result<Config, ExitCode> {
    trace_from_env();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => Ok(config),
        [flag, url] if flag == "--base-url" => Ok(config.base_url(url)),
        _ => {
            eprintln!("usage: {example} [--base-url URL]");
            Err(ExitCode::from(2))
        }
    }
}

/// `--base-url URL` (anywhere) applied to `config`, and the other arguments in order; exactly
/// `count` of them.
#[allow(dead_code)] // Each example includes this module; not every one takes arguments.
pub fn with_arguments(
    config: Config,
    usage: &str,
    count: usize,
) -> Result<(Config, Vec<String>), ExitCode> {
    trace_from_env();
    let mut config = config;
    let mut rest = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--base-url", Some(url)) => config = config.base_url(url),
            ("--base-url", None) => rest.push(String::new()),
            (_, next) => {
                rest.push(arg);
                rest.extend(next);
            }
        }
    }
    if rest.len() != count
        || rest
            .iter()
            .any(|arg| arg.is_empty() || arg.starts_with("--"))
    {
        eprintln!("usage: {usage}");
        return Err(ExitCode::from(2));
    }
    Ok((config, rest))
}

/// `--base-url URL` applied to `config`, and the values of the other `--flag value` pairs,
/// each of which must be one of `known`.
#[allow(dead_code)]
pub fn with_flags(
    config: Config,
    usage: &str,
    known: &[&str],
) -> Result<(Config, Vec<(String, String)>), ExitCode> {
    trace_from_env();
    let mut config = config;
    let mut flags = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args.next();
        match (flag.as_str(), value) {
            ("--base-url", Some(url)) => config = config.base_url(url),
            (name, Some(value)) if known.contains(&name) => flags.push((name.to_owned(), value)),
            _ => {
                eprintln!("usage: {usage}");
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok((config, flags))
}

/// The documented example request.
#[allow(dead_code)]
pub fn documented<T: DeserializeOwned>(text: &str) -> Result<T, ExitCode> {
    DecodeError::decode(text).map_err(|error| {
        eprintln!("error: the documented request does not decode: {error}");
        ExitCode::FAILURE
    })
}

/// Prints the typed response (as JSON, then as Rust) or the error.
#[allow(dead_code)]
pub fn report<T: Debug + Serialize>(result: Result<T, Error>) -> ExitCode {
    match result {
        Ok(response) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&response).unwrap_or_default()
            );
            println!("{response:#?}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

//! What both examples do around their one call: arguments, the documented request, the output.

use std::fmt::Debug;
use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Error};
use generated_client::codegen_runtime::serde::Serialize;
use generated_client::codegen_runtime::serde::de::DeserializeOwned;
use generated_client::codegen_runtime::{DecodeError, serde_json};

/// `config` with the base URL of `--base-url URL`, if given.
pub fn with_base_url(config: Config, example: &str) -> Result<Config, ExitCode> {
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

/// The documented example request.
pub fn documented<T: DeserializeOwned>(text: &str) -> Result<T, ExitCode> {
    DecodeError::decode(text).map_err(|error| {
        eprintln!("error: the documented request does not decode: {error}");
        ExitCode::FAILURE
    })
}

/// Prints the typed response (as JSON, then as Rust) or the error.
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

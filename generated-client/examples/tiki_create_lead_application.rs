//! Sends the documented Tiki "create lead application" request and prints the typed response.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_create_lead_application -- [--base-url URL]
//! ```

use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Secret};
use generated_client::codegen_runtime::{DecodeError, serde_json};
use generated_client::tiki::{TikiClient, lead_application_create};

#[tokio::main]
async fn main() -> ExitCode {
    let (Ok(client_id), Ok(secret)) = (
        std::env::var("TIKI_CLIENT_KEY"),
        std::env::var("TIKI_CLIENT_SECRET"),
    ) else {
        eprintln!("error: set TIKI_CLIENT_KEY and TIKI_CLIENT_SECRET");
        return ExitCode::from(2);
    };
    let mut config = Config::new(Credentials::Signing {
        client_id,
        secret: Secret::new(secret),
    });
    match base_url() {
        Ok(Some(url)) => config = config.base_url(url),
        Ok(None) => {}
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    }
    let request: lead_application_create::Request = match DecodeError::decode(include_str!(
        "../../specs/tiki/lead_application_create.request.json"
    )) {
        Ok(request) => request,
        Err(error) => {
            eprintln!("error: the documented request does not decode: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = match TikiClient::new(config) {
        Ok(client) => client.lead_application_create(&request).await,
        Err(error) => Err(error),
    };
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

/// `--base-url URL`, if given.
fn base_url() -> Result<Option<String>, String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [] => Ok(None),
        [flag, url] if flag == "--base-url" => Ok(Some(url.clone())),
        _ => Err("usage: tiki_create_lead_application [--base-url URL]".to_owned()),
    }
}

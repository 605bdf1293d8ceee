//! Sends the documented LadiFlow "create customer" request and prints the typed response.
//!
//! ```sh
//! LADIFLOW_API_KEY=… cargo run -p generated-client --example ladiflow_customer_create -- [--base-url URL]
//! ```

use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Secret};
use generated_client::codegen_runtime::{DecodeError, serde_json};
use generated_client::ladiflow::{LadiflowClient, customer_create};

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(key) = std::env::var("LADIFLOW_API_KEY") else {
        eprintln!("error: set LADIFLOW_API_KEY");
        return ExitCode::from(2);
    };
    let mut config = Config::new(Credentials::ApiKey(Secret::new(key)));
    match base_url() {
        Ok(Some(url)) => config = config.base_url(url),
        Ok(None) => {}
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    }
    let request: customer_create::Request = match DecodeError::decode(include_str!(
        "../../specs/ladiflow/customer_create.request.json"
    )) {
        Ok(request) => request,
        Err(error) => {
            eprintln!("error: the documented request does not decode: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result = match LadiflowClient::new(config) {
        Ok(client) => client.customer_create(&request).await,
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
        _ => Err("usage: ladiflow_customer_create [--base-url URL]".to_owned()),
    }
}

//! Shows one LadiFlow customer, found by e-mail (or id, or phone), and prints the typed record.
//!
//! ```sh
//! LADIFLOW_API_KEY=… cargo run -p generated-client --example ladiflow_customer_show -- [--base-url URL] --email E
//! ```

mod common;

use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Secret};
use generated_client::ladiflow::{LadiflowClient, customer_show};

const USAGE: &str =
    "ladiflow_customer_show [--base-url URL] (--email E | --customer-id ID | --phone P)";

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(key) = std::env::var("LADIFLOW_API_KEY") else {
        eprintln!("error: set LADIFLOW_API_KEY");
        return ExitCode::from(2);
    };
    let config = Config::new(Credentials::ApiKey(Secret::new(key)));
    let known = ["--email", "--customer-id", "--phone"];
    let (config, flags) = match common::with_flags(config, USAGE, &known) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let mut request = customer_show::Request::new();
    for (flag, value) in flags {
        request = match flag.as_str() {
            "--email" => request.with_email(value),
            "--customer-id" => request.with_customer_id(value),
            _ => request.with_phone(value),
        };
    }
    let result = match LadiflowClient::new(config) {
        Ok(client) => client.customer_show(&request).await,
        Err(error) => Err(error),
    };
    common::report(result)
}

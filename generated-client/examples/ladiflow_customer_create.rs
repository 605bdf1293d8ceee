//! Sends the documented LadiFlow "create customer" request and prints the typed response.
//!
//! ```sh
//! LADIFLOW_API_KEY=… cargo run -p generated-client --example ladiflow_customer_create -- [--base-url URL]
//! ```

mod common;

use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Secret};
use generated_client::ladiflow::{LadiflowClient, customer_create};

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(key) = std::env::var("LADIFLOW_API_KEY") else {
        eprintln!("error: set LADIFLOW_API_KEY");
        return ExitCode::from(2);
    };
    let config = Config::new(Credentials::ApiKey(Secret::new(key)));
    let (config, request) = match (
        common::with_base_url(config, "ladiflow_customer_create"),
        common::documented::<customer_create::Request>(include_str!(
            "../../specs/ladiflow/customer_create.request.json"
        )),
    ) {
        (Ok(config), Ok(request)) => (config, request),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let result = match LadiflowClient::new(config) {
        Ok(client) => client.customer_create(&request).await,
        Err(error) => Err(error),
    };
    common::report(result)
}

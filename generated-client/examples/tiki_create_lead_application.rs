//! Sends the documented Tiki "create lead application" request, signed, and prints the typed
//! response.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_create_lead_application -- [--base-url URL]
//! ```

mod common;

use std::process::ExitCode;

use generated_client::tiki::{TikiClient, lead_application_create};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match common::tiki_signing() {
        Ok(config) => config,
        Err(code) => return code,
    };
    let (config, request) = match (
        common::with_base_url(config, "tiki_create_lead_application"),
        common::documented::<lead_application_create::Request>(include_str!(
            "../../specs/tiki/lead_application_create.request.json"
        )),
    ) {
        (Ok(config), Ok(request)) => (config, request),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let result = match TikiClient::new(config) {
        Ok(client) => client.lead_application_create(&request).await,
        Err(error) => Err(error),
    };
    common::report(result)
}

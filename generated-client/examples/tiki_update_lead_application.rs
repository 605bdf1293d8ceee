//! Moves a Tiki lead application to another status (signed `PUT`, answered `204 No Content`).
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_update_lead_application -- [--base-url URL] <application_id> <new|disbursed|rejected>
//! ```

mod common;

use std::process::ExitCode;

use generated_client::tiki::{TikiClient, lead_application_update};

const USAGE: &str =
    "tiki_update_lead_application [--base-url URL] <application_id> <new|disbursed|rejected>";

#[tokio::main]
async fn main() -> ExitCode {
    let config = match common::tiki_signing() {
        Ok(config) => config,
        Err(code) => return code,
    };
    let (config, args) = match common::with_arguments(config, USAGE, 2) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let Some(status) = lead_application_update::ApplicationStatus::ALL
        .into_iter()
        .find(|status| status.as_str() == args[1])
    else {
        eprintln!(
            "error: the status is new, disbursed or rejected, not `{}`",
            args[1]
        );
        return ExitCode::from(2);
    };
    let params = lead_application_update::Params::new(args[0].as_str());
    let request = lead_application_update::Request::new(status);
    let result = match TikiClient::new(config) {
        Ok(client) => client.lead_application_update(&params, &request).await,
        Err(error) => Err(error),
    };
    match result {
        Ok(()) => {
            println!("application {} is now {status}", args[0]);
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

//! Walks every page of LadiFlow's customer list and prints each customer's id and e-mail.
//!
//! ```sh
//! LADIFLOW_API_KEY=… cargo run -p generated-client --example ladiflow_customer_list -- [--base-url URL] [--name N]
//! ```

mod common;

use std::process::ExitCode;

use generated_client::codegen_runtime::client::{Config, Credentials, Secret, StreamExt};
use generated_client::ladiflow::{LadiflowClient, customer_list};

const USAGE: &str = "ladiflow_customer_list [--base-url URL] [--name N]";

#[tokio::main]
async fn main() -> ExitCode {
    let Ok(key) = std::env::var("LADIFLOW_API_KEY") else {
        eprintln!("error: set LADIFLOW_API_KEY");
        return ExitCode::from(2);
    };
    let config = Config::new(Credentials::ApiKey(Secret::new(key)));
    let (config, flags) = match common::with_flags(config, USAGE, &["--name"]) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let mut request = customer_list::Request::new().with_limit(50);
    if let Some((_, name)) = flags.into_iter().next() {
        request = request.with_search(customer_list::CustomerSearch::new().with_name(name));
    }
    let client = match LadiflowClient::new(config) {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let mut customers = std::pin::pin!(client.customer_list_all(&request, None));
    let mut count = 0usize;
    while let Some(customer) = customers.next().await {
        match customer {
            Ok(customer) => {
                count += 1;
                println!(
                    "{}\t{}",
                    customer.id.as_deref().unwrap_or("-"),
                    customer.email.as_deref().unwrap_or("-")
                );
            }
            Err(error) => {
                eprintln!("error after {count} customer(s): {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    eprintln!("{count} customer(s)");
    ExitCode::SUCCESS
}

//! Creates a Tiki payment order (the documented request), then polls it until its status
//! changes or the polls run out, printing `order <id> <status>` each time it is read.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_order_create_and_poll -- [--base-url URL] [--polls N]
//! ```

mod common;

use std::process::ExitCode;
use std::time::Duration;

use generated_client::tiki::{TikiClient, order_create, order_get};

const USAGE: &str = "tiki_order_create_and_poll [--base-url URL] [--polls N]";

#[tokio::main]
async fn main() -> ExitCode {
    let config = match common::tiki_signing() {
        Ok(config) => config,
        Err(code) => return code,
    };
    let (config, flags) = match common::with_flags(config, USAGE, &["--polls"]) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    let polls: u32 = match flags.iter().find(|(name, _)| name == "--polls") {
        Some((_, n)) => match n.parse() {
            Ok(n) => n,
            Err(_) => {
                eprintln!("usage: {USAGE}");
                return ExitCode::from(2);
            }
        },
        None => 3,
    };
    let request: order_create::Request =
        match common::documented(include_str!("../../specs/tiki/order_create.request.json")) {
            Ok(request) => request,
            Err(code) => return code,
        };
    let tiki = match TikiClient::new(config) {
        Ok(tiki) => tiki,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let created = match tiki.order_create(&request).await {
        Ok(answer) => answer.data.order,
        Err(error) => {
            eprintln!("error: creating the order: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!("order {} {}", created.id, created.status);
    let mut last = created.status.to_string();
    for _ in 0..polls {
        tokio::time::sleep(Duration::from_millis(500)).await;
        match tiki
            .order_get(&order_get::Params::new(created.id.as_str()))
            .await
        {
            Ok(answer) => {
                let status = answer.data.order.status.to_string();
                println!("order {} {status}", answer.data.order.id);
                if status != last {
                    break;
                }
                last = status;
            }
            Err(error) => {
                eprintln!("error: reading the order: {error}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

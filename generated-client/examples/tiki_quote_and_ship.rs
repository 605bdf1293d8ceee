//! Asks Tiki for shipping quotes (the documented request), then creates a shipment with the
//! first quote's partner and service, and prints `shipment <tracking_id> <status>`.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_quote_and_ship -- [--base-url URL]
//! ```

mod common;

use std::process::ExitCode;

use generated_client::tiki::{TikiClient, shipment_create, shipping_quotes};

#[tokio::main]
async fn main() -> ExitCode {
    let config = match common::tiki_signing() {
        Ok(config) => config,
        Err(code) => return code,
    };
    let config = match common::with_base_url(config, "tiki_quote_and_ship") {
        Ok(config) => config,
        Err(code) => return code,
    };
    let (quote_request, mut shipment): (shipping_quotes::Request, shipment_create::Request) = match (
        common::documented(include_str!(
            "../../specs/tiki/shipping_quotes.request.json"
        )),
        common::documented(include_str!(
            "../../specs/tiki/shipment_create.request.json"
        )),
    ) {
        (Ok(quote), Ok(shipment)) => (quote, shipment),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let tiki = match TikiClient::new(config) {
        Ok(tiki) => tiki,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let quotes = match tiki.shipping_quotes(&quote_request).await {
        Ok(answer) => answer.data.quotes.unwrap_or_default(),
        Err(error) => {
            eprintln!("error: asking for quotes: {error}");
            return ExitCode::FAILURE;
        }
    };
    let Some((partner, service)) = quotes.iter().find_map(|quote| {
        Some((
            quote.partner_code.clone()?,
            quote.service.as_ref()?.code.clone()?,
        ))
    }) else {
        eprintln!("error: no quote names a partner and a service");
        return ExitCode::FAILURE;
    };
    println!("quote {partner} {service}");
    shipment.partner_code = partner;
    shipment.service_code = service;
    match tiki.shipment_create(&shipment).await {
        Ok(answer) => {
            println!(
                "shipment {} {}",
                answer.data.tracking_id.unwrap_or_default(),
                answer.data.status.unwrap_or_default()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: creating the shipment: {error}");
            ExitCode::FAILURE
        }
    }
}

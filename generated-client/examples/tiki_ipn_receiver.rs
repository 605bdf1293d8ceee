//! Receives Tiki's payment notifications (IPN) and prints `order <id> <status>` once for each
//! new one.
//!
//! ```sh
//! TIKI_CLIENT_KEY=… TIKI_CLIENT_SECRET=… cargo run -p generated-client --example tiki_ipn_receiver -- --listen 127.0.0.1:8080
//! ```
//!
//! Every POST, whatever its path, is judged as Tiki's page says a partner must: the signature
//! over the bytes received, a timestamp within 5 minutes, the partner's own client key, a
//! message that fits the spec. A verified message is printed once and answered 200; a resend
//! of it gets 200 and is not printed again; anything else gets a 4xx, which Tiki does not
//! resend.

use std::io::Write as _;
use std::process::ExitCode;
use std::sync::Arc;

use generated_client::codegen_runtime::webhook::axum::handler;
use generated_client::tiki::payment_ipn;

const USAGE: &str = "tiki_ipn_receiver --listen ADDR";

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let listen = match args.as_slice() {
        [flag, addr] if flag == "--listen" => addr.clone(),
        [flag] if flag.starts_with("--listen=") => flag["--listen=".len()..].to_owned(),
        _ => {
            eprintln!("usage: {USAGE}");
            return ExitCode::from(2);
        }
    };
    let (Ok(client_key), Ok(secret)) = (
        std::env::var("TIKI_CLIENT_KEY"),
        std::env::var("TIKI_CLIENT_SECRET"),
    ) else {
        eprintln!("error: set TIKI_CLIENT_KEY and TIKI_CLIENT_SECRET");
        return ExitCode::from(2);
    };
    let receiver = match payment_ipn::receiver(client_key, secret) {
        Ok(receiver) => Arc::new(receiver),
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    let route = handler(receiver, |message: payment_ipn::Message| async move {
        // Printed and flushed before the 200: a line is never lost to a buffer.
        let mut out = std::io::stdout().lock();
        writeln!(out, "order {} {}", message.order.id, message.order.status)?;
        out.flush()
    });
    let listener = match tokio::net::TcpListener::bind(&listen).await {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("error: cannot listen on {listen}: {error}");
            return ExitCode::FAILURE;
        }
    };
    match listener.local_addr() {
        Ok(addr) => eprintln!("receiving Tiki IPN messages at http://{addr}/"),
        Err(_) => eprintln!("receiving Tiki IPN messages on {listen}"),
    }
    let app = axum::Router::new().fallback_service(route);
    if let Err(error) = axum::serve(listener, app).await {
        eprintln!("error: {error}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

//! A small HTTP/1.1 server on 127.0.0.1 for client tests: it hands each request to a handler
//! and writes back what the handler says, including faults (truncated bodies, delays).
//!
//! Why not the stand-in (`codegen-standin`, which answers as the vendor does): these tests need
//! answers no well-behaved server sends, written byte for byte — a body cut short of its
//! `Content-Length`, a connection closed mid-answer, a redirect to another host, secrets echoed
//! back in headers, gzip under a wrong header. A real HTTP server (hyper) refuses to write most
//! of them, which is what makes it a good stand-in and a poor fault injector.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub method: String,
    pub path: String,
    /// Header names lowercased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == &name.to_ascii_lowercase())
            .map(|(_, v)| v.as_str())
    }

    /// Every header as `name=value`, joined by `; `: what a hostile server echoes back.
    pub fn headers_text(&self) -> String {
        let headers: Vec<String> = self
            .headers
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        headers.join("; ")
    }
}

/// Whether `request` carries Tiki's signature for `client_key` and `secret`, recomputed from
/// the bytes received: HMAC-SHA256 over base64url(`timestamp.client_key.body`), lowercase hex.
pub fn tiki_signature_ok(request: &Received, client_key: &str, secret: &str) -> bool {
    use base64::Engine as _;
    use hmac::{KeyInit, Mac};
    let (Some(client_id), Some(timestamp), Some(signature)) = (
        request.header("x-tiniapp-client-id"),
        request.header("x-tiniapp-timestamp"),
        request.header("x-tiniapp-signature"),
    ) else {
        return false;
    };
    let mut payload = format!("{timestamp}.{client_id}.").into_bytes();
    payload.extend_from_slice(&request.body);
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload);
    let Ok(mut mac) = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
    else {
        return false;
    };
    mac.update(encoded.as_bytes());
    let expected: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    client_id == client_key && signature == expected
}

/// What the server answers.
pub enum Reply {
    /// A status, a content type and a body.
    Body(u16, &'static str, Vec<u8>),
    /// Declares `declared` bytes, sends `body`, closes.
    Truncated(u16, usize, Vec<u8>),
    /// Waits, then answers.
    After(Duration, Box<Reply>),
    /// A status with a `Location` header and an empty body.
    Redirect(u16, String),
    /// A status with headers of its own (`Retry-After`, `Content-Encoding`) and a body.
    Headers(u16, Vec<(&'static str, String)>, Vec<u8>),
    /// Closes the connection without answering.
    Drop,
}

impl Reply {
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::Body(status, "application/json", body.into().into_bytes())
    }
}

/// A running server: its base URL and what it received.
pub struct Server {
    pub url: String,
    received: Arc<AtomicUsize>,
    log: Arc<Mutex<Vec<Received>>>,
}

impl Server {
    pub fn requests(&self) -> usize {
        self.received.load(Ordering::SeqCst)
    }

    /// Every request received so far.
    pub fn received(&self) -> Vec<Received> {
        self.log.lock().map(|log| log.clone()).unwrap_or_default()
    }
}

/// The stand-in of one fixture spec (`tests/fixtures/specs/<file>`) alone, on a loopback
/// port: its base URL for the fixture's service.
pub async fn standin_of(file: &str) -> String {
    let spec = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/specs")
        .join(file);
    let endpoint = codegen_core::load(&spec, file).expect("the fixture loads");
    let service = endpoint.service.clone();
    let standin =
        codegen_standin::StandIn::new(vec![endpoint], |_| codegen_standin::Credentials::default());
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(standin.serve(listener));
    codegen_standin::StandIn::base_url(addr, &service)
}

/// Starts a server whose answers come from `handler`; it stops with the test's runtime.
pub async fn serve(handler: impl Fn(&Received) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind loopback");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let handler = Arc::new(handler);
    let received = Arc::new(AtomicUsize::new(0));
    let log = Arc::new(Mutex::new(Vec::new()));
    let (counter, kept) = (received.clone(), log.clone());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (handler, counter, kept) = (handler.clone(), counter.clone(), kept.clone());
            tokio::spawn(async move {
                let _ = connection(stream, handler.as_ref(), &counter, &kept).await;
            });
        }
    });
    Server { url, received, log }
}

async fn connection(
    stream: TcpStream,
    handler: &(dyn Fn(&Received) -> Reply + Send + Sync),
    counter: &AtomicUsize,
    log: &Mutex<Vec<Received>>,
) -> std::io::Result<()> {
    // Answers go out in one write with Nagle off, or delayed ACKs add 40 ms to each.
    stream.set_nodelay(true)?;
    let mut stream = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if stream.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let mut parts = line.split_whitespace();
        let (method, path) = (
            parts.next().unwrap_or_default().to_owned(),
            parts.next().unwrap_or_default().to_owned(),
        );
        let mut headers = Vec::new();
        loop {
            let mut header = String::new();
            stream.read_line(&mut header).await?;
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
            }
        }
        let length = headers
            .iter()
            .find(|(n, _)| n == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        let mut body = vec![0; length];
        stream.read_exact(&mut body).await?;
        counter.fetch_add(1, Ordering::SeqCst);
        let request = Received {
            method,
            path,
            headers,
            body,
        };
        if let Ok(mut log) = log.lock() {
            log.push(request.clone());
        }
        let mut reply = handler(&request);
        while let Reply::After(delay, next) = reply {
            tokio::time::sleep(delay).await;
            reply = *next;
        }
        let stream = stream.get_mut();
        match reply {
            Reply::Body(status, content_type, body) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                let mut answer = head.into_bytes();
                answer.extend_from_slice(&body);
                stream.write_all(&answer).await?;
            }
            Reply::Truncated(status, declared, body) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
                );
                stream.write_all(head.as_bytes()).await?;
                stream.write_all(&body).await?;
                return stream.shutdown().await;
            }
            Reply::Redirect(status, location) => {
                let head = format!(
                    "HTTP/1.1 {status} X\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
                );
                stream.write_all(head.as_bytes()).await?;
            }
            Reply::Headers(status, headers, body) => {
                let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let mut answer = head.into_bytes();
                answer.extend_from_slice(&body);
                stream.write_all(&answer).await?;
            }
            Reply::Drop => return stream.shutdown().await,
            Reply::After(..) => {}
        }
    }
}

//! The shipped `tiki_ipn_receiver` example, as built by `cargo test`, sent every kind of
//! notification a Tiki stand-in (or an attacker) can send: each answered as Tiki's page
//! expects, and each new verified message printed once.

use std::io::{BufRead as _, BufReader, Read as _};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use generated_client::codegen_runtime::signing::{Signed, sign};
use generated_client::codegen_runtime::{AuthScheme, HmacSignature};
use generated_client::tiki::payment_ipn;

const CLIENT: &str = "8GXqhWDK3EppMwf8IyQU1GHgfq2TPADe";
const SECRET: &str = "the-partner-secret";

fn scheme() -> HmacSignature {
    match payment_ipn::ENDPOINT.auth {
        AuthScheme::HmacSignature(scheme) => scheme,
        other => panic!("the IPN is signed, not {other:?}"),
    }
}

fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

fn message(id: &str, order: &str, status: &str) -> String {
    format!(
        r#"{{"order":{{"id":"{order}","extra":"","status":"{status}","grand_total":35000,"reference_id":"0","tiki_order_id":"1001059779","tiki_order_code":"308714458"}},"message_id":"{id}","message_type":"notification","message_created_at":"2021-12-27T21:19:33+07:00"}}"#
    )
}

/// The receiver example, running, and the address it listens on.
struct Receiver {
    child: Child,
    url: String,
}

impl Receiver {
    fn start() -> Self {
        let example = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.parent()?.join("examples")))
            .expect("the build folder")
            .join("tiki_ipn_receiver");
        assert!(
            example.is_file(),
            "{} is built by `cargo test`",
            example.display()
        );
        let mut child = Command::new(example)
            .args(["--listen", "127.0.0.1:0"])
            .env("TIKI_CLIENT_KEY", CLIENT)
            .env("TIKI_CLIENT_SECRET", SECRET)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example starts");
        let mut stderr = BufReader::new(child.stderr.take().expect("stderr"));
        let mut line = String::new();
        stderr.read_line(&mut line).expect("the listening line");
        let url = line
            .split_whitespace()
            .find(|word| word.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_owned();
        Self { child, url }
    }

    /// Stops the receiver and returns what it printed.
    fn stop(mut self) -> String {
        let _ = self.child.kill();
        let mut out = String::new();
        if let Some(mut stdout) = self.child.stdout.take() {
            let _ = stdout.read_to_string(&mut out);
        }
        let _ = self.child.wait();
        out
    }
}

/// Posts `body` signed at `at` (ms) by `client` with `secret`; `tamper` changes the bytes after
/// signing. Returns the HTTP status.
async fn post(url: &str, body: &str, client: &str, secret: &str, at: u64, tamper: bool) -> u16 {
    let scheme = scheme();
    let signed = Signed {
        body: Some(body.as_bytes()),
        target: "",
    };
    let signature = sign(&scheme, at, client, secret.as_bytes(), signed);
    let sent = if tamper {
        body.replace("35000", "1")
    } else {
        body.to_owned()
    };
    reqwest::Client::new()
        .post(format!("{url}payment/ipn"))
        .header("Content-Type", "application/json")
        .header(scheme.client_id_header, client)
        .header(scheme.timestamp_header, at.to_string())
        .header(scheme.signature_header, signature)
        .body(sent)
        .send()
        .await
        .expect("the receiver answers")
        .status()
        .as_u16()
}

#[tokio::test]
async fn each_kind_of_notification_gets_the_answer_tiki_expects() {
    let receiver = Receiver::start();
    let url = receiver.url.clone();
    let now = now_millis();
    let first = message("m-1", "141857488587784201", "online_paid");
    let second = message("m-2", "141857488587784202", "canceled");
    let stale = now - Duration::from_secs(10 * 60).as_millis() as u64;
    let cases: [(&str, u16, u16); 7] = [
        (
            "valid",
            post(&url, &first, CLIENT, SECRET, now, false).await,
            200,
        ),
        (
            "duplicate",
            post(&url, &first, CLIENT, SECRET, now + 1, false).await,
            200,
        ),
        (
            "tampered",
            post(&url, &second, CLIENT, SECRET, now, true).await,
            401,
        ),
        (
            "stale",
            post(&url, &second, CLIENT, SECRET, stale, false).await,
            401,
        ),
        (
            "another client",
            post(&url, &second, "another-client", "its-secret", now, false).await,
            401,
        ),
        (
            "malformed",
            post(&url, r#"{"order": 5}"#, CLIENT, SECRET, now, false).await,
            422,
        ),
        (
            "second valid",
            post(&url, &second, CLIENT, SECRET, now, false).await,
            200,
        ),
    ];
    let printed = receiver.stop();
    for (kind, status, expected) in cases {
        assert_eq!(status, expected, "{kind}");
    }
    assert_eq!(
        printed,
        "order 141857488587784201 online_paid\norder 141857488587784202 canceled\n"
    );
}

#[tokio::test]
async fn a_hostile_sender_gets_4xx_and_nothing_printed() {
    let receiver = Receiver::start();
    let url = receiver.url.clone();
    let client = reqwest::Client::new();
    let unsigned = client
        .post(format!("{url}payment/ipn"))
        .body(message("m-9", "9", "canceled"))
        .send()
        .await
        .expect("answered");
    let huge = client
        .post(format!("{url}payment/ipn"))
        .header(scheme().client_id_header, CLIENT)
        .body(vec![b' '; 2 << 20])
        .send()
        .await
        .expect("answered");
    let future = post(
        &url,
        &message("m-8", "8", "canceled"),
        CLIENT,
        SECRET,
        now_millis() + 3_600_000,
        false,
    )
    .await;
    let printed = receiver.stop();
    assert_eq!(unsigned.status().as_u16(), 400);
    assert_eq!(huge.status().as_u16(), 413);
    assert_eq!(
        future, 401,
        "a timestamp an hour ahead is outside the window too"
    );
    assert_eq!(printed, "");
}

/// The stand-in's sender (`cargo xtask deliver`) and the receiver agree: every kind of
/// notification gets the answer the vendor expects, and the valid one is printed once.
#[tokio::test]
async fn the_stand_ins_deliveries_get_the_answers_tiki_expects() {
    use codegen_standin::deliver::{Kind, deliver};
    let receiver = Receiver::start();
    let url = format!("{}payment/ipn", receiver.url);
    let endpoint = workspace_endpoint("tiki", "payment_ipn");
    let credentials = codegen_standin::Credentials {
        client_id: Some(CLIENT.to_owned()),
        client_secret: Some(SECRET.to_owned()),
        ..Default::default()
    };
    let message = message("m-stand-in", "555", "online_paid");
    let mut answers = Vec::new();
    for kind in Kind::ALL {
        let status = deliver(&endpoint, &url, &message, &credentials, kind)
            .await
            .expect("delivered");
        answers.push((kind.name(), status));
    }
    let printed = receiver.stop();
    assert_eq!(
        answers,
        [
            ("valid", 200),
            ("duplicate", 200),
            ("tampered", 401),
            ("stale", 401),
            ("foreign", 401),
            ("malformed", 422)
        ]
    );
    assert_eq!(printed, "order 555 online_paid\n");
}

/// The spec's resolved endpoint, as the stand-in reads it.
fn workspace_endpoint(service: &str, name: &str) -> codegen_core::ir::Endpoint {
    // `cargo test` runs a package's tests in its folder; nothing of the build's checkout is
    // baked in (checkouts may share a build folder).
    let root = std::env::current_dir()
        .expect("the package folder")
        .join("..");
    codegen_core::generate::Workspace::load(&root)
        .expect("the specs load")
        .endpoints()
        .iter()
        .find(|e| e.service == service && e.name == name)
        .cloned()
        .expect("the spec")
}

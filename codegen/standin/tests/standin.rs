//! The stand-in driven as another team would: the generated clients (and raw HTTP for what a
//! client never sends) against every spec of the repository, served on a loopback port.

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use codegen_standin::{Credentials, Fault, ITEMS, Scenario, StandIn};
use generated_client::codegen_runtime::client::{
    Config, Credentials as ClientCredentials, Error, Secret, StreamExt,
};
use generated_client::ladiflow::{LadiflowClient, customer_create, customer_list};
use generated_client::tiki::types::ApplicationStatus;
use generated_client::tiki::{TikiClient, lead_application_create, lead_application_update};

const KEY: &str = "standin-ladiflow-key";
const CLIENT_KEY: &str = "standin-tiki-client";
const SECRET: &str = "standin/tiki+secret=";

fn root() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

fn credentials(service: &str) -> Credentials {
    match service {
        "ladiflow" => Credentials {
            api_key: Some(KEY.to_owned()),
            ..Credentials::default()
        },
        "tiki" => Credentials {
            client_id: Some(CLIENT_KEY.to_owned()),
            client_secret: Some(SECRET.to_owned()),
            ..Credentials::default()
        },
        _ => Credentials::default(),
    }
}

/// The stand-in of every spec, serving on a loopback port until the test ends.
async fn start() -> (StandIn, SocketAddr) {
    let standin = StandIn::load(root(), credentials)
        .unwrap_or_else(|d| panic!("{}", codegen_core::render_from_files(&d, root())));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(standin.clone().serve(listener));
    (standin, addr)
}

fn ladiflow(addr: SocketAddr, key: &str) -> LadiflowClient {
    let config = Config::new(ClientCredentials::ApiKey(Secret::new(key)))
        .base_url(StandIn::base_url(addr, "ladiflow"));
    LadiflowClient::new(config).expect("client")
}

fn tiki(addr: SocketAddr, secret: &str, skew: i64) -> TikiClient {
    let credentials = ClientCredentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(secret),
    };
    let config = Config::new(credentials)
        .base_url(StandIn::base_url(addr, "tiki"))
        .clock(move || {
            let now = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            (now.as_millis() as i64 + skew) as u64
        });
    TikiClient::new(config).expect("client")
}

fn example<T: serde::de::DeserializeOwned>(file: &str) -> T {
    let text = std::fs::read_to_string(root().join("specs").join(file)).expect("example");
    serde_json::from_str(&text).expect("fits")
}

/// A raw POST, as a client in another language sends it.
async fn post(url: String, headers: &[(&str, &str)], body: &str) -> (u16, serde_json::Value) {
    let mut call = reqwest::Client::new().post(url).body(body.to_owned());
    for (name, value) in headers {
        call = call.header(*name, *value);
    }
    let response = call.send().await.expect("answered");
    let status = response.status().as_u16();
    let text = response.text().await.expect("text");
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    )
}

#[tokio::test]
async fn ladiflow_create_with_its_key_gets_the_documented_shape() {
    let (_, addr) = start().await;
    let request: customer_create::Request = example("ladiflow/customer_create.request.json");
    let created = ladiflow(addr, KEY)
        .customer_create(&request)
        .await
        .expect("the documented answer");
    let documented: customer_create::Response = example("ladiflow/customer_create.response.json");
    assert_eq!(created, documented);
}

#[tokio::test]
async fn ladiflow_create_without_its_key_is_refused() {
    let (_, addr) = start().await;
    let request: customer_create::Request = example("ladiflow/customer_create.request.json");
    let error = ladiflow(addr, "not-the-key")
        .customer_create(&request)
        .await
        .expect_err("refused");
    assert!(
        matches!(error, Error::Vendor { status: 401, .. }),
        "{error:?}"
    );
    let url = format!("{}/customer/create", StandIn::base_url(addr, "ladiflow"));
    let (status, _) = post(url, &[], r#"{"email": "a@example.test"}"#).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn a_body_without_email_or_phone_is_refused_naming_the_rule() {
    let (_, addr) = start().await;
    let url = format!("{}/customer/create", StandIn::base_url(addr, "ladiflow"));
    let (status, body) = post(url, &[("Api-Key", KEY)], r#"{"first_name": "An"}"#).await;
    assert_eq!(status, 400, "{body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("email") && message.contains("phone"),
        "{body}"
    );
    assert_eq!(body["code"], 400, "the vendor's envelope: {body}");
}

#[tokio::test]
async fn a_body_labelled_as_another_media_type_is_refused_with_415() {
    let (_, addr) = start().await;
    let url = || format!("{}/customer/create", StandIn::base_url(addr, "ladiflow"));
    let body = r#"{"email": "a@example.test"}"#;
    let labelled = |media| [("Api-Key", KEY), ("Content-Type", media)];
    for media in ["text/plain", "application/x-www-form-urlencoded"] {
        let (status, answer) = post(url(), &labelled(media), body).await;
        assert_eq!(status, 415, "{media}: {answer}");
        let message = answer["message"].as_str().unwrap_or_default();
        assert!(message.contains(media), "{answer}");
    }
    for media in [
        "application/json",
        "application/json; charset=utf-8",
        "application/problem+json",
    ] {
        let (status, answer) = post(url(), &labelled(media), body).await;
        assert_eq!(status, 200, "{media}: {answer}");
    }
    let (status, answer) = post(url(), &[("Api-Key", KEY)], body).await;
    assert_eq!(status, 200, "an unlabelled body is read: {answer}");
}

#[tokio::test]
async fn broken_json_gets_a_4xx_never_a_5xx() {
    let (_, addr) = start().await;
    let base = StandIn::base_url(addr, "ladiflow");
    for body in [
        "{\"email\": ",
        "[1, 2",
        "\u{0}",
        "{\"email\": \"a@b.c\", \"email\": \"d@e.f\"}",
    ] {
        let (status, answer) =
            post(format!("{base}/customer/create"), &[("Api-Key", KEY)], body).await;
        assert!((400..500).contains(&status), "{body:?}: {status} {answer}");
    }
    let huge = "x".repeat(codegen_standin::MAX_BODY + 1);
    let (status, _) = post(
        format!("{base}/customer/create"),
        &[("Api-Key", KEY)],
        &huge,
    )
    .await;
    assert_eq!(status, 413);
}

#[tokio::test]
async fn tiki_create_correctly_signed_gets_the_documented_shape() {
    let (_, addr) = start().await;
    let request: lead_application_create::Request =
        example("tiki/lead_application_create.request.json");
    let created = tiki(addr, SECRET, 0)
        .lead_application_create(&request)
        .await
        .expect("the documented answer");
    let documented: lead_application_create::Response =
        example("tiki/lead_application_create.response.json");
    assert_eq!(created, documented);
}

#[tokio::test]
async fn tiki_signed_with_the_wrong_secret_gets_its_invalid_signature_error() {
    let (_, addr) = start().await;
    let request: lead_application_create::Request =
        example("tiki/lead_application_create.request.json");
    let error = tiki(addr, "the-wrong-secret", 0)
        .lead_application_create(&request)
        .await
        .expect_err("refused");
    assert!(
        matches!(&error, Error::Vendor { reason: Some(reason), .. } if reason == "invalid_signature"),
        "{error:?}"
    );
}

#[tokio::test]
async fn tiki_signed_an_hour_ago_is_refused() {
    let (_, addr) = start().await;
    let request: lead_application_create::Request =
        example("tiki/lead_application_create.request.json");
    let error = tiki(addr, SECRET, -3_600_000)
        .lead_application_create(&request)
        .await
        .expect_err("refused");
    assert!(error.status().is_some_and(|s| s >= 400), "{error:?}");
}

#[tokio::test]
async fn tiki_update_answers_204() {
    let (_, addr) = start().await;
    let params = lead_application_update::Params::new("141952217564315671");
    let request = lead_application_update::Request::new(ApplicationStatus::Rejected);
    tiki(addr, SECRET, 0)
        .lead_application_update(&params, &request)
        .await
        .expect("204");
}

#[tokio::test]
async fn ladiflow_list_pages_end() {
    let (_, addr) = start().await;
    let request = customer_list::Request::new().with_limit(7);
    let client = ladiflow(addr, KEY);
    let walk = client.customer_list_all(&request, None);
    let items: Vec<_> = tokio::time::timeout(Duration::from_secs(5), walk.collect::<Vec<_>>())
        .await
        .expect("the walk ends");
    assert_eq!(items.len(), ITEMS);
    let ids: std::collections::HashSet<_> = items
        .into_iter()
        .map(|item| item.expect("item").id)
        .collect();
    assert_eq!(ids.len(), ITEMS, "every item differs");
}

#[tokio::test]
async fn injected_faults_drive_the_clients_retries() {
    let (standin, addr) = start().await;
    let mut scenario = Scenario::default();
    let unavailable = Fault {
        status: Some(503),
        ..Fault::default()
    };
    let dropped = Fault {
        drop: true,
        ..Fault::default()
    };
    scenario.add(
        "tiki.lead_application_update",
        [unavailable.clone(), dropped, unavailable],
    );
    standin.inject(scenario).expect("known endpoint");
    let params = lead_application_update::Params::new("1");
    let request = lead_application_update::Request::new(ApplicationStatus::New);
    let client = tiki(addr, SECRET, 0);
    // Three attempts by default: 503, a dropped connection, 503.
    let error = client
        .lead_application_update(&params, &request)
        .await
        .expect_err("three faults outlast three attempts");
    assert_eq!(error.status(), Some(503), "{error:?}");
    client
        .lead_application_update(&params, &request)
        .await
        .expect("the queue is empty: 204");
    let mut misspelt = Scenario::default();
    misspelt.add("tiki.lead_update", [Fault::default()]);
    assert!(standin.inject(misspelt).is_err());
}

/// A stand-in of fixture specs (`tests/fixtures/specs/<name>.yaml`), with no credentials.
async fn fixtures(names: &[&str]) -> SocketAddr {
    let endpoints = names
        .iter()
        .map(|name| {
            let display = format!("tests/fixtures/specs/{name}.yaml");
            codegen_core::load(&root().join(&display), &display)
                .unwrap_or_else(|d| panic!("{}", codegen_core::render_from_files(&d, root())))
        })
        .collect();
    let standin = StandIn::new(endpoints, |_| Credentials::default());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("address");
    tokio::spawn(standin.serve(listener));
    addr
}

async fn get(url: String, headers: &[(&str, &str)]) -> (u16, serde_json::Value) {
    let mut call = reqwest::Client::new().get(url);
    for (name, value) in headers {
        call = call.header(*name, *value);
    }
    let response = call.send().await.expect("answered");
    let status = response.status().as_u16();
    let text = response.text().await.expect("text");
    (
        status,
        serde_json::from_str(&text).unwrap_or(serde_json::Value::String(text)),
    )
}

#[tokio::test]
async fn path_query_and_header_parameters_are_judged_by_their_types() {
    let addr = fixtures(&["params"]).await;
    let base = StandIn::base_url(addr, "fixture");
    let key = [("Api-Key", "any")];
    let (status, body) = get(
        format!("{base}/shops/s1/things?q=x&limit=5&ids=1,2&tag=a&tag=b&order=ASC"),
        &key,
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert!(
        body["items"].is_array(),
        "a value made from the types: {body}"
    );
    for (query, named) in [
        ("limit=5", "`q`"),
        ("q=x&limit=0", "`limit`"),
        ("q=x&limit=five", "`limit`"),
        ("q=x&ids=1,a", "`ids`"),
        ("q=x&order=UP", "`order`"),
    ] {
        let (status, body) = get(format!("{base}/shops/s1/things?{query}"), &key).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert!(
            body.to_string().contains(named),
            "{query} names {named}: {body}"
        );
    }
    let (status, _) = get(format!("{base}/shops/s1/things?q=x"), &[]).await;
    assert_eq!(status, 401, "the key is checked before the parameters");
    let (status, _) = get(format!("{base}/shops/s1/nothing"), &key).await;
    assert_eq!(status, 404);
}

#[tokio::test]
async fn a_cursor_walk_ends_over_every_item_once() {
    let addr = fixtures(&["cursor"]).await;
    let base = StandIn::base_url(addr, "fixture");
    let mut seen = Vec::new();
    let mut cursor: Option<i64> = None;
    for _ in 0..ITEMS + 2 {
        let url = match cursor {
            Some(id) => format!("{base}/events?lt_id={id}"),
            None => format!("{base}/events"),
        };
        let (status, body) = get(url, &[]).await;
        assert_eq!(status, 200, "{body}");
        let ids: Vec<i64> = body["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|event| event["id"].as_i64().expect("id"))
            .collect();
        let Some(last) = ids.last().copied() else {
            break;
        };
        seen.extend(ids);
        cursor = Some(last);
    }
    let unique: std::collections::HashSet<_> = seen.iter().collect();
    assert_eq!((seen.len(), unique.len()), (ITEMS, ITEMS), "{seen:?}");
}

/// What schemathesis found: `"limit": 3905.0` fits the published schema (`type: integer`), so
/// the stand-in takes it, as the vendor's JavaScript does.
#[tokio::test]
async fn an_integer_with_a_zero_fraction_is_taken() {
    let (_, addr) = start().await;
    let url = format!("{}/customer/list", StandIn::base_url(addr, "ladiflow"));
    let (status, body) = post(url.clone(), &[("Api-Key", KEY)], r#"{"limit": 3905.0}"#).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(url, &[("Api-Key", KEY)], r#"{"limit": 3.5}"#).await;
    assert_eq!(status, 400, "{body}");
}

/// Hostile bytes end their own connection, never the stand-in: the next caller is served.
#[tokio::test]
async fn hostile_input_never_stops_the_stand_in() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_, addr) = start().await;
    let huge_header = format!("GET /tiki/x HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(1 << 20));
    let chunked_lie = "POST /ladiflow/customer/create HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\n{";
    for garbage in [
        b"\x00\x01\x02 not http at all\r\n\r\n".to_vec(),
        huge_header.into_bytes(),
        chunked_lie.as_bytes().to_vec(),
        b"GET /../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n".to_vec(),
    ] {
        let mut stream = tokio::net::TcpStream::connect(addr)
            .await
            .expect("connects");
        let _ = stream.write_all(&garbage).await;
        let _ = stream.shutdown().await;
        let mut answer = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut answer)).await;
        let text = String::from_utf8_lossy(&answer);
        assert!(!text.starts_with("HTTP/1.1 5"), "{text}");
    }
    let request: customer_create::Request = example("ladiflow/customer_create.request.json");
    ladiflow(addr, KEY)
        .customer_create(&request)
        .await
        .expect("still serving");
}

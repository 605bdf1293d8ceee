//! Parameters, bodiless calls and 204 answers against a loopback server: what reaches the
//! wire (path, query, headers, no body), the signature over the request target (the Tiki
//! signature page's vector 2, exactly), and Tiki's real update endpoint.

// Shared with the other client tests, which use the fault replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Error, Secret, Transport};
use codegen_runtime::{NoParams, Parameters};
use generated_client::tiki::{self, TikiClient};
use support::{Received, Reply, serve};

mod signed_get {
    codegen_macros::generate!("tests/fixtures/specs/signed_get.yaml");
}
mod thing_list {
    codegen_macros::generate!("tests/fixtures/specs/params.yaml");
}
mod thing_delete {
    codegen_macros::generate!("tests/fixtures/specs/bodiless.yaml");
}

const CLIENT_KEY: &str = "RLCKb7Ae9kx4DXtXsCWjnDXtggFnM43W";
const CLIENT_SECRET: &str = "EhjGcsUUuRSJTHiYPbW5fxzyaKEx0JuAZIKRQ4HnIfNFidB2kMg6locQbTIEz3Vf";
const NOW: u64 = 1_620_621_619_569;

fn signing(url: &str) -> Config {
    let credentials = Credentials::Signing {
        client_id: CLIENT_KEY.to_owned(),
        secret: Secret::new(CLIENT_SECRET),
    };
    Config::new(credentials).base_url(url).clock(|| NOW)
}

/// The one request the server received.
fn only(received: Vec<Received>) -> Received {
    assert_eq!(received.len(), 1, "{received:?}");
    received.into_iter().next().expect("one request")
}

#[tokio::test]
async fn a_signed_get_sends_and_signs_the_published_vector_exactly() {
    let server =
        serve(|_| Reply::json(200, r#"{"id": 88062110977884170, "location": "Hà Nội"}"#)).await;
    let params = signed_get::Params::new("Hà Nội", 88_062_110_977_884_170_i64);
    let order: signed_get::Response = Transport::new(signing(&server.url))
        .expect("transport")
        .send(&signed_get::ENDPOINT, &params, None::<&()>)
        .await
        .expect("order");
    assert_eq!(order.id, 88_062_110_977_884_170);
    let request = only(server.received());
    assert_eq!(request.method, "GET");
    assert_eq!(
        request.path,
        "/order?location=H%C3%A0%20N%E1%BB%99i&order_id=88062110977884170"
    );
    assert_eq!(
        request.header("x-tiniapp-signature"),
        Some("e1e0d63f7f8296dd31b2c082e611351a6c41a3bc0309a9299832f70b693722c8")
    );
    assert_eq!(request.header("x-tiniapp-timestamp"), Some("1620621619569"));
    assert_eq!(
        request.header("content-type"),
        None,
        "no body, no content type"
    );
    assert!(request.body.is_empty());
}

#[tokio::test]
async fn every_kind_of_parameter_reaches_the_wire_encoded() {
    let server = serve(|_| {
        Reply::json(
            200,
            r#"{"items": [{"id": 1}], "sort": {"updated_at": "DESC", "name": "ASC"}, "extra": {"a": [1]}}"#,
        )
    })
    .await;
    let params = thing_list::Params::new("shop/1 ờ", "a,b & c")
        .with_limit(20)
        .with_ids(vec![1, 2, 3])
        .with_tag(vec!["x,y".to_owned(), "z".to_owned()])
        .with_codes(vec!["a".to_owned(), "b".to_owned()])
        .with_order(thing_list::SortOrder::Desc)
        .with_x_request_id("req-7");
    let page: thing_list::Response =
        Transport::new(Config::new(Credentials::ApiKey(Secret::new("key"))).base_url(&server.url))
            .expect("transport")
            .send(&thing_list::ENDPOINT, &params, None::<&()>)
            .await
            .expect("page");
    let request = only(server.received());
    assert_eq!(
        request.path,
        "/shops/shop%2F1%20%E1%BB%9D/things?q=a%2Cb%20%26%20c&limit=20&ids=1,2,3&tag=x%2Cy&tag=z&codes=a%2Cb&order=DESC"
    );
    assert_eq!(request.header("x-request-id"), Some("req-7"));
    assert_eq!(request.header("api-key"), Some("key"));
    // A map keeps its keys in the document's order.
    let sort = page.sort.expect("sort");
    let keys: Vec<&str> = sort.keys().map(String::as_str).collect();
    assert_eq!(keys, ["updated_at", "name"]);
    assert_eq!(
        sort["updated_at"],
        codegen_runtime::Open::Known(thing_list::SortOrder::Desc)
    );
}

#[tokio::test]
async fn parameters_that_break_the_spec_are_refused_before_anything_is_sent() {
    let server = serve(|_| Reply::json(200, r#"{"items": []}"#)).await;
    let params = thing_list::Params::new("", "q").with_limit(501);
    let error =
        Transport::new(Config::new(Credentials::ApiKey(Secret::new("key"))).base_url(&server.url))
            .expect("transport")
            .send::<_, (), thing_list::Response>(&thing_list::ENDPOINT, &params, None)
            .await
            .expect_err("invalid");
    let Error::Validation(report) = error else {
        panic!("expected a validation error, got {error:?}");
    };
    let found: Vec<(String, &str)> = report
        .violations()
        .iter()
        .map(|v| (v.pointer.clone(), v.kind.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("/shop_id".to_owned(), "length"),
            ("/limit".to_owned(), "range")
        ]
    );
    assert_eq!(server.requests(), 0);
    assert!(params.values().headers().is_empty());
}

#[tokio::test]
async fn a_delete_without_body_gets_204_as_ok() {
    let server = serve(|_| Reply::Body(204, "application/json", Vec::new())).await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    transport
        .send_without_response_body(
            &thing_delete::ENDPOINT,
            &thing_delete::Params::new(42),
            None::<&()>,
        )
        .await
        .expect("deleted");
    let request = only(server.received());
    assert_eq!(
        (request.method.as_str(), request.path.as_str()),
        ("DELETE", "/things/42")
    );
    assert!(request.body.is_empty());
    assert_eq!(request.header("content-type"), None);
    let _ = NoParams;
}

/// Tiki "update a lead application": the path carries the id, the body is signed like
/// create's, and `204 No Content` is `Ok(())`.
#[tokio::test]
async fn tiki_update_puts_the_signed_status_and_returns_unit_on_204() {
    let server = serve(|request: &Received| {
        let expected = signature_over(request.header("x-tiniapp-timestamp").unwrap_or(""), &request.body);
        if request.header("x-tiniapp-signature") == Some(expected.as_str()) {
            Reply::Body(204, "application/json", Vec::new())
        } else {
            Reply::json(400, r#"{"data":null,"error":{"code":400,"reason":"invalid_signature","message":"invalid signature"}}"#)
        }
    })
    .await;
    let client = TikiClient::new(signing(&server.url)).expect("client");
    let params = tiki::lead_application_update::Params::new("141952217564315671");
    let request = tiki::lead_application_update::Request::new(
        tiki::lead_application_update::ApplicationStatus::Disbursed,
    );
    client
        .lead_application_update(&params, &request)
        .await
        .expect("updated");
    let received = only(server.received());
    assert_eq!(received.method, "PUT");
    assert_eq!(received.path, "/lead/applications/141952217564315671");
    assert_eq!(received.body, br#"{"status":"disbursed"}"#);
    assert_eq!(received.header("content-type"), Some("application/json"));
}

/// Tiki's signature over a body, computed independently of the client.
fn signature_over(timestamp: &str, body: &[u8]) -> String {
    use base64::Engine as _;
    use hmac::{KeyInit, Mac};
    let mut payload = format!("{timestamp}.{CLIENT_KEY}.").into_bytes();
    payload.extend_from_slice(body);
    let encoded = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(payload);
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(CLIENT_SECRET.as_bytes())
        .expect("key");
    mac.update(encoded.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

mod thing_get {
    codegen_macros::generate!("tests/fixtures/specs/statuses.yaml");
}

/// Two documented error statuses decode into their own types; any other failure stays the
/// client's typed error.
#[tokio::test]
async fn documented_error_statuses_decode_into_their_types() {
    let server = serve(|request: &Received| match request.path.as_str() {
        "/things/gone" => Reply::json(404, r#"{"missing": "gone"}"#),
        "/things/busy" => Reply::json(409, r#"{"locked_by": "job-7", "retry_after": 30}"#),
        _ => Reply::Body(500, "text/plain", b"boom".to_vec()),
    })
    .await;
    let transport =
        Transport::new(Config::new(Credentials::None).base_url(&server.url)).expect("transport");
    let get = |id: &'static str| {
        let transport = transport.clone();
        async move {
            transport
                .send::<_, (), thing_get::Response>(
                    &thing_get::ENDPOINT,
                    &thing_get::Params::new(id),
                    None,
                )
                .await
                .expect_err("an error status")
        }
    };
    let documented = |error: Error| match error {
        Error::Documented { status, body, .. } => thing_get::StatusError::decode(status, &body)
            .expect("documented")
            .expect("decodes"),
        other => panic!("expected a documented status, got {other:?}"),
    };
    assert_eq!(
        documented(get("gone").await),
        thing_get::StatusError::Status404(thing_get::NotFound::new("gone"))
    );
    let thing_get::StatusError::Status409(conflict) = documented(get("busy").await) else {
        panic!("expected the 409 body");
    };
    assert_eq!(
        (conflict.locked_by.as_deref(), conflict.retry_after),
        (Some("job-7"), Some(30))
    );
    assert!(matches!(
        get("other").await,
        Error::Status { status: 500, .. }
    ));
    assert!(thing_get::StatusError::decode(500, "{}").is_none());
}

//! Bodies that are bare JSON lists. A call whose answer is one (`response: { list_of: Hook }`):
//! the client returns the items in order, reads each leniently as any answer is read, and names
//! the index of an item that does not fit. A call that sends one (`request: { list_of: NewHook
//! }`): the items go out as a JSON array, each checked (and named by its index) before anything
//! is sent, each read strictly as any request is read, and the list's length (`min_items`,
//! `max_items`: a batch of 1 to 3) checked with them.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::Validate;
use codegen_runtime::client::{Config, Credentials, Error, Transport};
use support::{Reply, serve};

mod hook_list {
    codegen_macros::generate!("tests/fixtures/specs/list_body.yaml");
}

mod hook_batch {
    codegen_macros::generate!("tests/fixtures/specs/list_request.yaml");
}

async fn list(answer: &'static str) -> Result<hook_list::Response, Error> {
    let server = serve(move |_| Reply::json(200, answer)).await;
    Transport::new(Config::new(Credentials::None).base_url(&server.url))?
        .send(
            &hook_list::ENDPOINT,
            &codegen_runtime::NoParams,
            None::<&()>,
        )
        .await
}

#[tokio::test]
async fn the_items_come_back_in_order() {
    let hooks = list(include_str!(
        "../../tests/fixtures/specs/list_body.response.json"
    ))
    .await
    .expect("the documented answer");
    let ids: Vec<&str> = hooks.iter().map(|hook| hook.id.as_str()).collect();
    assert_eq!(ids, ["h1", "h2"]);
    assert_eq!(hooks[0].url.as_deref(), Some("https://a.example/h"));
    assert!(hooks.validate().is_ok());
    assert!(list("[]").await.expect("an empty list").is_empty());
}

#[tokio::test]
async fn an_item_that_does_not_fit_is_named_by_its_index() {
    let error = list(r#"[{"id": "h1"}, {"url": "x"}]"#)
        .await
        .expect_err("no id");
    assert!(
        matches!(&error, Error::Decode { .. }) && error.to_string().contains("/1"),
        "{error}"
    );
    let error = list(r#"{"id": "h1"}"#)
        .await
        .expect_err("an object, not a list");
    assert!(matches!(&error, Error::Decode { .. }), "{error}");
}

#[test]
fn the_published_schema_is_a_list_of_the_item() {
    let schema: serde_json::Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/list_body.response.schema.json"
    ))
    .expect("json");
    assert_eq!(schema["type"], "array");
    assert_eq!(schema["items"]["$ref"], "#/$defs/Hook");
}

/// Sends `hooks` to a server that answers `[]`; what the server received beside the result.
async fn batch(hooks: &hook_batch::Request) -> (Result<hook_batch::Response, Error>, Vec<u8>) {
    let server = serve(|_| Reply::json(200, "[]")).await;
    let result = async {
        Transport::new(Config::new(Credentials::None).base_url(&server.url))?
            .send(
                &hook_batch::ENDPOINT,
                &codegen_runtime::NoParams,
                Some(hooks),
            )
            .await
    }
    .await;
    let sent = server.received().pop().map(|r| r.body).unwrap_or_default();
    (result, sent)
}

fn new_hooks() -> hook_batch::Request {
    serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/list_request.request.json"
    ))
    .expect("the documented request")
}

#[tokio::test]
async fn a_list_request_goes_out_as_a_json_array_in_order() {
    let (result, sent) = batch(&new_hooks()).await;
    assert!(result.expect("answered").is_empty());
    let sent: serde_json::Value = serde_json::from_slice(&sent).expect("JSON sent");
    let documented: serde_json::Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/list_request.request.json"
    ))
    .expect("json");
    assert_eq!(sent, documented);
}

#[tokio::test]
async fn an_item_that_breaks_the_spec_is_named_by_its_index_and_nothing_is_sent() {
    let mut hooks = new_hooks();
    hooks[1].url = "x".repeat(201);
    let (result, sent) = batch(&hooks).await;
    let error = result.expect_err("too long");
    assert!(
        matches!(&error, Error::Validation(_)) && error.to_string().contains("/1/url"),
        "{error}"
    );
    assert!(sent.is_empty(), "nothing is sent");
}

#[test]
fn a_list_request_is_read_strictly_item_by_item() {
    let unknown = r#"[{"url": "https://a.test"}, {"url": "https://b.test", "secret": 1}]"#;
    let error = serde_json::from_str::<hook_batch::Request>(unknown).expect_err("unknown field");
    assert!(error.to_string().contains("secret"), "{error}");
    assert!(serde_json::from_str::<hook_batch::Request>(r#"{"url": "https://a.test"}"#).is_err());
    let schema: serde_json::Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/list_request.request.schema.json"
    ))
    .expect("json");
    assert_eq!(schema["type"], "array");
    assert_eq!(schema["items"]["$ref"], "#/$defs/NewHook");
    assert_eq!(schema["$defs"]["NewHook"]["additionalProperties"], false);
}

/// The batch's length, as the spec bounds it (1 to 3 hooks): checked with the items, at the
/// list's own pointer (`""`), before anything is sent.
#[tokio::test]
async fn a_batch_outside_its_length_is_refused_before_anything_is_sent() {
    for count in [0, 4] {
        let hooks: hook_batch::Request = new_hooks().iter().cycle().take(count).cloned().collect();
        let violations = hooks.validate().expect_err("outside 1 to 3");
        let found: Vec<(&str, codegen_runtime::Kind)> = violations
            .violations()
            .iter()
            .map(|v| (v.pointer.as_str(), v.kind))
            .collect();
        assert_eq!(found, [("", codegen_runtime::Kind::Items)], "{count} hooks");
        let (result, sent) = batch(&hooks).await;
        assert!(
            matches!(result, Err(Error::Validation(_))),
            "{count} hooks: {result:?}"
        );
        assert!(sent.is_empty(), "{count} hooks: nothing is sent");
    }
    // Within the length, the items are still checked one by one.
    let mut three: hook_batch::Request = new_hooks().iter().cycle().take(3).cloned().collect();
    assert!(three.validate().is_ok());
    three[2].url = "x".repeat(201);
    let found: Vec<String> = three
        .validate()
        .expect_err("too long")
        .violations()
        .iter()
        .map(|v| v.pointer.clone())
        .collect();
    assert_eq!(found, ["/2/url"]);
}

#[test]
fn the_batch_length_is_in_the_schema_and_decoding_does_not_refuse_it() {
    let schema: serde_json::Value = serde_json::from_str(include_str!(
        "../../tests/fixtures/specs/list_request.request.schema.json"
    ))
    .expect("json");
    assert_eq!(
        (&schema["minItems"], &schema["maxItems"]),
        (&1.into(), &3.into())
    );
    // A payload of five is read (a server's validator, not its decoder, refuses it).
    let five = format!("[{}]", [r#"{"url": "https://a.test"}"#; 5].join(","));
    let read: hook_batch::Request = serde_json::from_str(&five).expect("decoded");
    assert_eq!(read.len(), 5);
    assert!(read.validate().is_err());
}

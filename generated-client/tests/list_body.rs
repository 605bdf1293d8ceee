//! A call whose answer is a bare JSON list (`response: { list_of: Hook }`): the client returns
//! the items in order, reads each leniently as any answer is read, and names the index of an
//! item that does not fit.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::Validate;
use codegen_runtime::client::{Config, Credentials, Error, Transport};
use support::{Reply, serve};

mod hook_list {
    codegen_macros::generate!("tests/fixtures/specs/list_body.yaml");
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

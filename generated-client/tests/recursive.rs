//! Recursive types compile (boxed where the cycle passes through a field), decode and encode
//! nested values losslessly, and validate at every depth.

// Shared with the other client tests, which use replies this file does not.
#[allow(dead_code)]
mod support;

use codegen_runtime::client::{Config, Credentials, Transport};
use codegen_runtime::{DecodeError, Validate, serde_json};

mod tree_put {
    codegen_macros::generate!("tests/fixtures/specs/recursive.yaml");
}

#[test]
fn nested_values_round_trip_and_validate_at_every_depth() {
    let text = r#"{
        "name": "root",
        "parent": null,
        "next": {"name": "second", "parent": {"name": "p", "parent": null}},
        "children": [{"name": "child", "parent": null, "children": []}],
        "by_name": {"x": {"name": "mapped", "parent": null}},
        "left": {"tree": {"name": "left", "parent": null}},
        "expression": {"left": 1, "right": {"left": 2, "right": 3}},
        "packed": "{\"name\":\"inside\",\"parent\":null}"
    }"#;
    let tree: tree_put::Request = DecodeError::decode(text).expect("decodes");
    let back = serde_json::to_value(&tree).expect("encodes");
    let original: serde_json::Value = serde_json::from_str(text).expect("json");
    assert_eq!(back, original);
    assert!(tree.validate().is_ok());

    let deep = text.replace(r#""name": "mapped""#, r#""name": """#);
    let tree: tree_put::Request = DecodeError::decode(&deep).expect("decodes");
    let report = tree.validate().expect_err("an empty name deep inside");
    assert_eq!(report.violations()[0].pointer, "/by_name/x/name");
}

#[test]
fn a_recursive_value_is_built_with_plain_values() {
    let leaf = tree_put::Tree::new("leaf", None);
    let tree = tree_put::Tree::new("root", Some(Box::new(leaf.clone()))).with_next(leaf);
    assert_eq!(tree.next.as_deref().map(|t| t.name.as_str()), Some("leaf"));
}

#[tokio::test]
async fn a_recursive_value_goes_out_and_comes_back_over_http() {
    let server = support::serve(|request: &support::Received| {
        support::Reply::Body(200, "application/json", request.body.clone())
    })
    .await;
    let inner = tree_put::Tree::new("inner", None);
    let tree = tree_put::Tree::new("outer", Some(Box::new(inner.clone())))
        .with_children(vec![inner.clone()])
        .with_next(inner);
    let echoed: tree_put::Response =
        Transport::new(Config::new(Credentials::None).base_url(&server.url))
            .expect("transport")
            .send(&tree_put::ENDPOINT, &codegen_runtime::NoParams, Some(&tree))
            .await
            .expect("echoed");
    assert_eq!(
        serde_json::to_value(&echoed).expect("json"),
        serde_json::to_value(&tree).expect("json")
    );
}

//! Wire names carried by `rename_all` (camelCase fields, SCREAMING_SNAKE_CASE values) with a
//! `rename` for each exception: compiled from the fixture spec through the macro, and run both
//! ways, through serde and through the derived schema.

use codegen_runtime::{DecodeError, Open, serde_json};

codegen_macros::generate!("tests/fixtures/specs/wire_names.yaml");

const WIRE: &str = r#"{"firstName":"An","lastName":"Lê","linkedIn_url":"https://x.vn/an","homeAddress":null,"accountStatus":"invalid_signature"}"#;

#[test]
fn every_field_keeps_its_wire_name_both_ways() {
    let person: Person = DecodeError::decode(WIRE).expect("decodes");
    assert_eq!(person.first_name, "An");
    assert_eq!(person.last_name.as_deref(), Some("Lê"));
    assert_eq!(person.linked_in_url.as_deref(), Some("https://x.vn/an"));
    assert_eq!(person.home_address, codegen_runtime::Nullable::Null);
    assert_eq!(
        person.account_status,
        Some(Open::Known(Status::InvalidSignature))
    );
    assert_eq!(serde_json::to_string(&person).expect("encodes"), WIRE);
}

#[test]
fn decoding_reads_a_keyword_field_and_names_wire_names_in_its_errors() {
    let person: Person =
        serde_json::from_str(r#"{"firstName":"An","type":"vip","nick":"A"}"#).expect("decodes");
    assert_eq!(person.r#type.as_deref(), Some("vip"));
    // Read from responses too, so a key the spec does not name is kept, not refused.
    assert_eq!(person.unknown_fields["nick"], "A");
    assert_eq!(
        serde_json::to_string(&person).expect("encodes"),
        r#"{"firstName":"An","type":"vip","nick":"A"}"#
    );
    let cases = [
        (r#"{"lastName":"Lê"}"#, "missing field `firstName`"),
        (
            r#"{"firstName":"An","firstName":"Bo"}"#,
            "duplicate field `firstName`",
        ),
        (
            r#"{"firstName":"An","lastName":null}"#,
            "invalid type: null, expected a string",
        ),
        (
            r#"["An"]"#,
            "invalid type: sequence, expected struct Person",
        ),
    ];
    for (json, expected) in cases {
        let error = serde_json::from_str::<Person>(json)
            .expect_err(json)
            .to_string();
        assert!(error.contains(expected), "{json}: {error}");
    }
}

#[test]
fn every_value_keeps_its_wire_name_both_ways() {
    for (value, wire) in Status::ALL.into_iter().zip(Status::WIRE) {
        let json = serde_json::to_string(&value).expect("encodes");
        assert_eq!(json, format!("\"{wire}\""));
        assert_eq!(
            serde_json::from_str::<Status>(&json).expect("decodes"),
            value
        );
        assert_eq!(value.to_string(), wire);
    }
    assert_eq!(
        Status::WIRE,
        ["ACTIVE_USER", "ON_HOLD", "invalid_signature"]
    );
}

#[test]
fn the_derived_schema_names_the_wire_names() {
    let schema = serde_json::to_value(codegen_runtime::schemars::schema_for!(Person))
        .expect("a schema is JSON");
    let properties: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    for name in [
        "firstName",
        "lastName",
        "linkedIn_url",
        "homeAddress",
        "accountStatus",
    ] {
        assert!(properties.contains(&name), "{name} in {properties:?}");
    }
    let status = serde_json::to_value(codegen_runtime::schemars::schema_for!(Status))
        .expect("a schema is JSON");
    assert_eq!(
        status["enum"],
        serde_json::json!(["ACTIVE_USER", "ON_HOLD", "invalid_signature"])
    );
}

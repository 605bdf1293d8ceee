//! Wire names that are Rust keywords compile and keep their names on the wire: `type` in
//! every edition, and `gen`, which syn reads as a name but the 2024 edition (this crate's)
//! reserves.

mod wire_names {
    codegen_macros::generate!("tests/fixtures/specs/wire_names.yaml");
}

#[test]
fn keyword_fields_are_raw_identifiers_with_their_wire_names() {
    let text = r#"{"firstName": "An", "type": "person", "gen": 2}"#;
    let person: wire_names::Person = serde_json::from_str(text).expect("decodes");
    assert_eq!(person.r#type.as_deref(), Some("person"));
    assert_eq!(person.r#gen, Some(2));
    let written = serde_json::to_value(&person).expect("encodes");
    assert_eq!(written["gen"], 2);
    assert_eq!(written["type"], "person");
}

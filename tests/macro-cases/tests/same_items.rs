//! The macro's items behave exactly as the checked-in ones: same metadata, same derived
//! schemas (which carry every field, wire name, type and doc), same wire format.

use codegen_runtime::schemars::schema_for;
use codegen_runtime::{DecodeError, Validate, serde_json};
use generated_client::{ladiflow, tiki};
use macro_cases::{
    ladiflow_customer_create as via_macro_l, tiki_lead_application_create as via_macro_t,
};

#[test]
fn endpoint_metadata_is_the_same() {
    assert_eq!(via_macro_l::ENDPOINT, ladiflow::customer_create::ENDPOINT);
    assert_eq!(
        via_macro_t::ENDPOINT,
        tiki::lead_application_create::ENDPOINT
    );
}

#[test]
fn derived_schemas_are_the_same() {
    assert_eq!(
        schema_for!(via_macro_l::Request),
        schema_for!(ladiflow::customer_create::Request)
    );
    assert_eq!(
        schema_for!(via_macro_l::Response),
        schema_for!(ladiflow::customer_create::Response)
    );
    assert_eq!(
        schema_for!(via_macro_t::Request),
        schema_for!(tiki::lead_application_create::Request)
    );
    assert_eq!(
        schema_for!(via_macro_t::ErrorResponse),
        schema_for!(tiki::lead_application_create::ErrorResponse)
    );
}

#[test]
fn both_read_and_write_the_documented_example_alike() {
    let text = include_str!("../../../specs/ladiflow/customer_create.request.json");
    let a: via_macro_l::Request = DecodeError::decode(text).expect("macro type decodes");
    let b: ladiflow::customer_create::Request =
        DecodeError::decode(text).expect("checked-in type decodes");
    assert_eq!(
        serde_json::to_value(&a).expect("json"),
        serde_json::to_value(&b).expect("json")
    );
    assert_eq!(a.validate(), b.validate());
}

// The LadiFlow spec through the macro, used as a consumer would: the service's shared types
// expand into a sibling module named `types`, which the endpoint's items name.
mod types {
    codegen_macros::generate!("specs/ladiflow/types.yaml");
}
mod customer_create {
    codegen_macros::generate!("specs/ladiflow/customer_create.yaml");
}

use codegen_runtime::{Nullable, Validate, serde_json};
use customer_create::{CustomerCreateRequest, ENDPOINT, Gender};

fn main() {
    let request = CustomerCreateRequest::new()
        .with_email("test@gmail.com")
        .with_gender(Gender::Male)
        .with_tags(vec!["5fffb9c981cf1245fa091985".to_owned()]);
    assert!(request.validate().is_ok());
    let json = serde_json::to_string(&request).unwrap();
    assert_eq!(json, r#"{"email":"test@gmail.com","gender":"male","tags":["5fffb9c981cf1245fa091985"]}"#);

    let invalid = CustomerCreateRequest { phone: Nullable::Null, ..CustomerCreateRequest::new() };
    let report = invalid.validate().unwrap_err();
    assert_eq!(report.violations()[0].kind.as_str(), "any_of_required");
    assert_eq!(ENDPOINT.path, "/customer/create");
}

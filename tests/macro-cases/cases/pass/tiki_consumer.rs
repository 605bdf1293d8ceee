// The Tiki spec through the macro, used as a consumer would: the service's shared types in a
// sibling module named `types`.
mod types {
    codegen_macros::generate!("specs/tiki/types.yaml");
}
mod lead_application_create {
    codegen_macros::generate!("specs/tiki/lead_application_create.yaml");
}

use codegen_runtime::{Validate, serde_json};
use lead_application_create::*;

fn main() {
    let inputs = LeadInputs::InputTemplate3(InputTemplate3::new("john@gmail.com", "090123443"));
    let request = LeadApplicationCreateRequest::new("333", inputs);
    assert!(request.validate().is_ok());
    assert_eq!(
        serde_json::to_string(&request).unwrap(),
        r#"{"customer_id":"333","inputs":"{\"email\":\"john@gmail.com\",\"phone\":\"090123443\"}"}"#
    );
    assert_eq!(ENDPOINT.server("sandbox").unwrap().url, "https://api.tiki.vn/tiniapp-sandbox-open-api");
}

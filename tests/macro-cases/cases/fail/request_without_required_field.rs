// A request cannot be built without its required fields.
mod types {
    codegen_macros::generate!("specs/tiki/types.yaml");
}
mod lead_application_create {
    codegen_macros::generate!("specs/tiki/lead_application_create.yaml");
}
use lead_application_create::LeadApplicationCreateRequest;

fn main() {
    let _ = LeadApplicationCreateRequest::new("333");
    let _ = LeadApplicationCreateRequest { customer_id: "333".to_owned(), unknown_fields: Default::default() };
}

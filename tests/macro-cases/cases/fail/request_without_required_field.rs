// A request cannot be built without its required fields.
codegen_macros::generate!("specs/tiki/lead_application_create.yaml");

fn main() {
    let _ = LeadApplicationCreateRequest::new("333");
    let _ = LeadApplicationCreateRequest { customer_id: "333".to_owned(), unknown_fields: Default::default() };
}

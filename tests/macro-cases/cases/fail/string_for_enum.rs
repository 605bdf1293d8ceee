// A string is not an enum value.
codegen_macros::generate!("specs/ladiflow/customer_create.yaml");

fn main() {
    let _ = CustomerCreateRequest::new().with_gender("male");
}

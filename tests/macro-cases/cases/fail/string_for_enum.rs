// A string is not an enum value.
mod types {
    codegen_macros::generate!("specs/ladiflow/types.yaml");
}
mod customer_create {
    codegen_macros::generate!("specs/ladiflow/customer_create.yaml");
}

fn main() {
    let _ = customer_create::CustomerCreateRequest::new().with_gender("male");
}

//! Both real specs expanded by `generate!`, as a crate that depends on the macro would do it.

/// LadiFlow "create customer", expanded at compile time.
pub mod ladiflow_customer_create {
    codegen_macros::generate!("specs/ladiflow/customer_create.yaml");
}

/// Tiki "create lead application", expanded at compile time.
pub mod tiki_lead_application_create {
    codegen_macros::generate!("specs/tiki/lead_application_create.yaml");
}

//! The real specs expanded by `generate!`, as a crate that depends on the macro would do it:
//! one module per service, holding the service's shared types (`types`, which the endpoints'
//! items name as `super::types`) and one module per endpoint.

/// LadiFlow, expanded at compile time.
pub mod ladiflow {
    /// The records LadiFlow's endpoints share.
    pub mod types {
        codegen_macros::generate!("specs/ladiflow/types.yaml");
    }
    /// "Create customer".
    pub mod customer_create {
        codegen_macros::generate!("specs/ladiflow/customer_create.yaml");
    }
}

/// Tiki, expanded at compile time.
pub mod tiki {
    /// The records Tiki's lead endpoints share.
    pub mod types {
        codegen_macros::generate!("specs/tiki/types.yaml");
    }
    /// "Create lead application".
    pub mod lead_application_create {
        codegen_macros::generate!("specs/tiki/lead_application_create.yaml");
    }
    /// "Update lead application".
    pub mod lead_application_update {
        codegen_macros::generate!("specs/tiki/lead_application_update.yaml");
    }
}

pub use ladiflow::customer_create as ladiflow_customer_create;
pub use tiki::lead_application_create as tiki_lead_application_create;

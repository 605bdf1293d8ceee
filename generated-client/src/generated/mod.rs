// @generated from specs/ by `cargo xtask codegen`; do not edit.

//! Every endpoint under `specs/`: one module per service, one per endpoint.
/// Endpoints of `ladiflow`.
pub mod ladiflow {
    /// Tạo khách hàng (Create customer) — `POST /customer/create`
    pub mod customer_create;
}
/// Endpoints of `tiki`.
pub mod tiki {
    /// Tạo hồ sơ (Create a lead application) — `POST /lead/applications`
    pub mod lead_application_create;
}
/// Every endpoint's metadata and body codecs, in spec order.
pub const ENDPOINTS: &[::codegen_runtime::EndpointTypes] = &[
    ladiflow::customer_create::TYPES,
    tiki::lead_application_create::TYPES,
];

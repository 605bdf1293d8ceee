//! The generator library: a pipeline from YAML specs of vendor API docs to Rust.
//!
//! ```text
//! specs/<service>/<endpoint>.yaml ─parse─▶ spec::SpecFile (serde, with positions)
//!                                  ─check & resolve─▶ ir::Endpoint, or every Diagnostic found
//!                                  ─emit─▶ Rust tokens (emit_rust) ─▶ formatted files (generate)
//! ```
//!
//! `cargo xtask codegen` and the `generate!` macro are thin shells over [`load`] and the
//! emitters, so their output cannot differ.

pub mod diagnostic;
pub mod emit_openapi;
pub mod emit_rust;
pub mod emit_schema;
pub mod generate;
pub mod ir;
pub mod json_validator;
mod names;
pub mod resolve;
pub mod spec;
mod yaml;

use std::path::Path;

pub use codegen_runtime;
pub use diagnostic::{Diagnostic, Location, render};

/// Reads, parses, checks and resolves the spec at `path`; `display` is how diagnostics and
/// generated docs name it (`specs/ladiflow/customer_create.yaml`). Examples are read relative
/// to the spec's folder.
pub fn load(path: &Path, display: &str) -> Result<ir::Endpoint, Vec<Diagnostic>> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        vec![Diagnostic::error(
            display,
            Location::default(),
            format!("cannot read the spec: {error}"),
        )]
    })?;
    load_str(&text, display, path.parent().unwrap_or(Path::new(".")))
}

/// [`load`] for a spec already in memory; `dir` is where its examples are.
pub fn load_str(text: &str, display: &str, dir: &Path) -> Result<ir::Endpoint, Vec<Diagnostic>> {
    let spec: spec::SpecFile = yaml::parse(display, text).map_err(|d| vec![d])?;
    resolve::resolve(spec, display, dir)
}

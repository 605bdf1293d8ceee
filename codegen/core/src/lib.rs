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

pub mod auth;
pub mod constraint;
pub mod diagnostic;
mod emit_markdown;
pub mod emit_openapi;
mod emit_rust;
pub mod emit_schema;
pub mod generate;
pub mod input;
pub mod ir;
pub mod json_validator;
pub mod names;
mod resolve;
pub mod spec;
pub mod spec_text;
mod yaml;

use std::path::Path;

pub use codegen_runtime;
pub use diagnostic::{Diagnostic, Location, render, render_from_files};
pub use yaml::scalar as spec_scalar;

/// The file beside a service's endpoint specs that declares the types they share.
pub const SHARED_TYPES_FILE: &str = "types.yaml";

/// Reads, parses, checks and resolves the spec at `path`; `display` is how diagnostics and
/// generated docs name it (`specs/ladiflow/customer_create.yaml`). Examples are read relative
/// to the spec's folder, and the service's shared types from `types.yaml` there, if any.
pub fn load(path: &Path, display: &str) -> Result<ir::Endpoint, Vec<Diagnostic>> {
    let text = read_spec(path, display)?;
    load_str(&text, display, path.parent().unwrap_or(Path::new(".")))
}

/// [`load`] for a spec already in memory; `dir` is where its examples and shared types are.
pub fn load_str(text: &str, display: &str, dir: &Path) -> Result<ir::Endpoint, Vec<Diagnostic>> {
    let spec: spec::SpecFile = yaml::parse(display, text).map_err(|d| vec![d])?;
    let shared_path = dir.join(SHARED_TYPES_FILE);
    let shared = if shared_path.is_file() {
        let shared_display = match display.rsplit_once('/') {
            Some((folder, _)) => format!("{folder}/{SHARED_TYPES_FILE}"),
            None => SHARED_TYPES_FILE.to_owned(),
        };
        Some(load_shared(&shared_path, &shared_display)?)
    } else {
        None
    };
    resolve::resolve(spec, display, dir, shared.as_ref())
}

/// Reads, parses, checks and resolves a service's shared types (`specs/<service>/types.yaml`).
pub fn load_shared(path: &Path, display: &str) -> Result<ir::SharedTypes, Vec<Diagnostic>> {
    let text = read_spec(path, display)?;
    let spec: spec::SharedTypesFile = yaml::parse(display, &text).map_err(|d| vec![d])?;
    resolve::resolve_shared(spec, display, path.parent().unwrap_or(Path::new(".")))
}

/// [`load_shared`] with the strict twins its service's endpoints send (the other specs in its
/// folder, which are read and resolved for it): what the service's `types` module and schema
/// hold. Also the paths of those specs.
pub fn load_service_types(
    path: &Path,
    display: &str,
) -> Result<(ir::SharedTypes, Vec<std::path::PathBuf>), Vec<Diagnostic>> {
    let mut shared = load_shared(path, display)?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let listing = std::fs::read_dir(dir).map_err(|error| {
        vec![Diagnostic::error(
            display,
            Location::default(),
            format!("cannot list the service's specs: {error}"),
        )]
    })?;
    let mut specs: Vec<std::path::PathBuf> = listing
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|spec| {
            spec.extension().is_some_and(|ext| ext == "yaml")
                && spec
                    .file_name()
                    .is_some_and(|name| name != SHARED_TYPES_FILE)
        })
        .collect();
    specs.sort();
    let folder = display.rsplit_once('/').map_or("", |(folder, _)| folder);
    let mut endpoints = Vec::new();
    for spec in &specs {
        let name = spec.file_name().unwrap_or_default().to_string_lossy();
        let spec_display = if folder.is_empty() {
            name.into_owned()
        } else {
            format!("{folder}/{name}")
        };
        let text = read_spec(spec, &spec_display)?;
        let parsed: spec::SpecFile = yaml::parse(&spec_display, &text).map_err(|d| vec![d])?;
        endpoints.push(resolve::resolve(parsed, &spec_display, dir, Some(&shared))?);
    }
    resolve::sent::gather(&mut shared, &endpoints);
    Ok((shared, specs))
}

fn read_spec(path: &Path, display: &str) -> Result<String, Vec<Diagnostic>> {
    input::read_text(path, input::SPEC_LIMIT).map_err(|error| {
        vec![Diagnostic::error(
            display,
            Location::default(),
            format!("cannot read the spec: {error}"),
        )]
    })
}

/// What `generate!(spec)` expands to: the spec at `spec` (looked up from `start`, then from
/// each of its ancestors) emitted as the same items `cargo xtask codegen` writes, plus an
/// `include_bytes!` of the spec and of each example so that editing them rebuilds the caller.
///
/// The spec is named in docs and diagnostics by `spec` as written, which for a crate inside the
/// workspace is the same name the xtask uses.
pub fn expand(spec: &str, start: &Path) -> Result<proc_macro2::TokenStream, Vec<Diagnostic>> {
    let found = start
        .ancestors()
        .map(|dir| dir.join(spec))
        .find(|path| path.is_file());
    let Some(path) = found else {
        return Err(vec![Diagnostic::error(
            spec,
            Location::default(),
            "cannot read the spec: no such file below the invoking file's folder or its parent folders",
        )]);
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tracked = vec![path.display().to_string()];
    // A service's shared types expand on their own (into a module named `types`, which the
    // endpoints' items name as `super::types`).
    if path
        .file_name()
        .is_some_and(|name| name == SHARED_TYPES_FILE)
    {
        // With the strict twins its endpoints send, as `cargo xtask codegen` writes it.
        let (shared, endpoints) = load_service_types(&path, spec)?;
        tracked.extend(endpoints.iter().map(|spec| spec.display().to_string()));
        let items = emit_rust::shared_items(&shared).into_tokens();
        return Ok(quote::quote! {
            const _: &[&[u8]] = &[#(::core::include_bytes!(#tracked)),*];
            #items
        });
    }
    let endpoint = load(&path, spec)?;
    if !endpoint.shared.is_empty() {
        tracked.push(dir.join(SHARED_TYPES_FILE).display().to_string());
    }
    for (_, body) in endpoint.bodies() {
        tracked.extend(
            body.examples
                .iter()
                .map(|example| dir.join(&example.file).display().to_string()),
        );
    }
    let items = emit_rust::items(&endpoint).into_tokens();
    Ok(quote::quote! {
        // Editing the spec or an example rebuilds the crate that expands it.
        const _: &[&[u8]] = &[#(::core::include_bytes!(#tracked)),*];
        #items
    })
}

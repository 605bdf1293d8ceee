//! The files `cargo xtask codegen` writes: one module per endpoint and an index, formatted
//! with prettyplease, each behind a "generated, do not edit" header.

use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;
use quote::quote;

use crate::diagnostic::{Diagnostic, Location};
use crate::emit_schema;
use crate::ir::{Endpoint, SharedTypes};
use crate::{emit_openapi, emit_rust};

/// Where specs live, relative to the workspace root.
pub const SPECS_DIR: &str = "specs";
/// Where generated Rust lives, relative to the workspace root.
pub const GENERATED_DIR: &str = "generated-client/src/generated";
/// Where the JSON Schemas and OpenAPI documents live, relative to the workspace root; a
/// handed-over copy (`cargo xtask schema --out DIR`) keeps the layout below it.
pub const PUBLISHED_DIR: &str = "generated-client";
/// Every folder `cargo xtask codegen` owns, with the extension of the files it writes there:
/// a file of that extension that no spec generates any more is stale.
pub const OWNED: [(&str, &str); 4] = [
    (GENERATED_DIR, "rs"),
    ("generated-client/schemas", "json"),
    ("generated-client/openapi", "yaml"),
    ("generated-client/docs", "md"),
];

/// A file to write, relative to the workspace root, with `/` separators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Relative path.
    pub path: String,
    /// Full contents.
    pub contents: String,
}

/// The spec files under `root/specs`: `specs/<service>/<endpoint>.yaml`, sorted by path.
pub fn discover_specs(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut specs = Vec::new();
    for service in std::fs::read_dir(root.join(SPECS_DIR))? {
        let service = service?.path();
        if !service.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&service)? {
            let path = entry?.path();
            let shared = path
                .file_name()
                .is_some_and(|name| name == crate::SHARED_TYPES_FILE);
            if path.extension().is_some_and(|ext| ext == "yaml") && !shared {
                specs.push(path);
            }
        }
    }
    specs.sort();
    Ok(specs)
}

/// The shared types files under `root/specs`: `specs/<service>/types.yaml`, sorted by path.
pub fn discover_shared_types(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    for service in std::fs::read_dir(root.join(SPECS_DIR))? {
        let path = service?.path().join(crate::SHARED_TYPES_FILE);
        if path.is_file() {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// How a spec under `root` is named in diagnostics and generated docs.
pub fn display_path(root: &Path, spec: &Path) -> String {
    let relative = spec.strip_prefix(root).unwrap_or(spec);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// A service with a `types.yaml`, as that file states it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Service {
    /// The service's name.
    pub name: String,
    /// Its `types.yaml`, as diagnostics name it (`specs/tiki/types.yaml`).
    pub spec: String,
    /// The version it states, a valid semver.
    pub version: Option<String>,
}

/// Every file generated from the specs under `root`, or every problem in them, sorted by path.
pub fn workspace(root: &Path) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let workspace = Workspace::load(root)?;
    let mut files = workspace.schemas().map_err(|d| vec![d])?;
    files.extend(workspace.code_and_docs().map_err(|d| vec![d])?);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// The specs under a root, loaded, checked and resolved: what every generated file comes
/// from. Generating is in two steps, so that a caller can judge the schemas (a release that
/// must not change) before anything is written, and then take the bulk of the output (Rust,
/// Markdown, OpenAPI) one file at a time instead of holding it all.
#[derive(Debug)]
pub struct Workspace {
    shared: Vec<SharedTypes>,
    endpoints: Vec<Endpoint>,
}

/// Why [`Workspace::emit_code_and_docs`] stopped.
#[derive(Debug)]
pub enum Failure<E> {
    /// A file could not be generated (an internal error, reported as a diagnostic).
    Generation(Diagnostic),
    /// The sink refused a file.
    Sink(E),
}

impl Workspace {
    /// Loads every spec under `root/specs`, or reports every problem in them.
    pub fn load(root: &Path) -> Result<Self, Vec<Diagnostic>> {
        let specs = discover_specs(root).map_err(|error| {
            vec![Diagnostic::error(
                SPECS_DIR,
                Location::default(),
                format!("cannot list the specs: {error}"),
            )]
        })?;
        let mut endpoints = Vec::new();
        let mut diagnostics = Vec::new();
        let mut shared = Vec::new();
        let shared_files = discover_shared_types(root).map_err(|error| {
            vec![Diagnostic::error(
                SPECS_DIR,
                Location::default(),
                format!("cannot list the shared types: {error}"),
            )]
        })?;
        // Each service's shared types are loaded once and resolve all of its endpoints; `None`
        // marks a service whose `types.yaml` did not load.
        let mut services: Vec<(&Path, Option<usize>)> = Vec::new();
        let shared_loaded = in_parallel(&shared_files, |file| {
            crate::load_shared(file, &display_path(root, file))
        });
        for (file, result) in shared_files.iter().zip(shared_loaded) {
            let loaded = match result {
                Ok(types) => {
                    shared.push(types);
                    Some(shared.len() - 1)
                }
                Err(found) => {
                    diagnostics.extend(found);
                    None
                }
            };
            services.push((file.parent().unwrap_or(root), loaded));
        }
        let loaded = in_parallel(&specs, |spec| {
            let display = display_path(root, spec);
            let dir = spec.parent().unwrap_or(root);
            let parsed: crate::spec::SpecFile = crate::read_spec(spec, &display)
                .and_then(|text| crate::yaml::parse(&display, &text).map_err(|d| vec![d]))?;
            let service = match services.iter().find(|(service, _)| *service == dir) {
                None => None,
                Some((_, Some(index))) => Some(&shared[*index]),
                // Its `types.yaml` is reported above: there is nothing sound to resolve against.
                Some((_, None)) => return Err(Vec::new()),
            };
            crate::resolve::resolve(parsed, &display, dir, service)
        });
        for result in loaded {
            match result {
                Ok(endpoint) => endpoints.push(endpoint),
                Err(found) => diagnostics.extend(found),
            }
        }
        for types in &mut shared {
            crate::resolve::sent::gather(types, &endpoints);
        }
        let names = name_clashes(&endpoints);
        // A spec whose name clashes is told that once, not again for its call.
        let told: Vec<&str> = names.iter().map(|d| d.file.as_str()).collect();
        let calls = call_clashes(&endpoints, &told);
        diagnostics.extend(names);
        diagnostics.extend(calls);
        if diagnostics.is_empty() {
            Ok(Self { shared, endpoints })
        } else {
            Err(diagnostics)
        }
    }

    /// Every endpoint, resolved, in spec order (what a stand-in serves).
    pub fn endpoints(&self) -> &[Endpoint] {
        &self.endpoints
    }

    /// The services that have a `types.yaml`, as those files state them.
    pub fn services(&self) -> Vec<Service> {
        self.shared
            .iter()
            .map(|types| Service {
                name: types.service.clone(),
                spec: types.spec.clone(),
                version: types.version.clone(),
            })
            .collect()
    }

    /// The name of every service that has a module, in spec order, each once.
    pub fn service_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .shared
            .iter()
            .map(|types| types.service.as_str())
            .chain(self.endpoints.iter().map(|e| e.service.as_str()))
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    }

    /// The JSON Schema of every body and of every service's shared types.
    pub fn schemas(&self) -> Result<Vec<GeneratedFile>, Diagnostic> {
        let mut files = Vec::new();
        for types in &self.shared {
            files.push(GeneratedFile {
                path: format!(
                    "{PUBLISHED_DIR}/schemas/{}/types.schema.json",
                    types.service
                ),
                contents: pretty_json(&types.spec, &emit_schema::shared_schema(types))?,
            });
        }
        let schemas = in_parallel(&self.endpoints, |endpoint| {
            let mut files = Vec::new();
            for (role, _) in endpoint.bodies() {
                if let Some(schema) = emit_schema::body_schema(endpoint, role) {
                    files.push(GeneratedFile {
                        path: format!(
                            "{PUBLISHED_DIR}/{}",
                            emit_openapi::schema_path(endpoint, role)
                        ),
                        contents: pretty_json(&endpoint.spec, &schema)?,
                    });
                }
            }
            Ok(files)
        });
        for endpoint_files in schemas {
            files.extend(endpoint_files?);
        }
        Ok(files)
    }

    /// What [`Self::emit_code_and_docs`] hands over, held together (in no set order).
    pub fn code_and_docs(&self) -> Result<Vec<GeneratedFile>, Diagnostic> {
        let files = std::sync::Mutex::new(Vec::new());
        self.emit_code_and_docs(|file| {
            files
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(file);
            Ok::<(), std::convert::Infallible>(())
        })
        .map_err(|failure| match failure {
            Failure::Generation(diagnostic) => diagnostic,
            Failure::Sink(never) => match never {},
        })?;
        Ok(files
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    /// Every other file (the Rust modules and their index, the Markdown pages, the OpenAPI
    /// documents), each handed to `sink` as soon as it is made: from several threads at once
    /// and in no set order, so that only the files in flight are held. Every file is made and
    /// handed over even when one fails; the failure returned is the first in file order.
    pub fn emit_code_and_docs<E: Send>(
        &self,
        sink: impl Fn(GeneratedFile) -> Result<(), E> + Sync,
    ) -> Result<(), Failure<E>> {
        let sink = |file: Result<GeneratedFile, Diagnostic>| {
            sink(file.map_err(Failure::Generation)?).map_err(Failure::Sink)
        };
        // Every file is independent of the others: one pool makes them all, the longest single
        // jobs first (each service's OpenAPI document, which holds every schema of the service,
        // then the index), so that no core idles while another finishes a long tail.
        let mut services: Vec<&str> = self.endpoints.iter().map(|e| e.service.as_str()).collect();
        services.dedup();
        let mut outputs: Vec<Output> = services
            .into_iter()
            .map(|service| {
                let members = self
                    .endpoints
                    .iter()
                    .filter(|e| e.service == service)
                    .collect();
                Output::OpenApi(service, members)
            })
            .collect();
        outputs.extend([Output::Index, Output::Guide]);
        outputs.extend(self.shared.iter().map(Output::Shared));
        outputs.extend(self.endpoints.iter().map(Output::Module));
        outputs.extend(self.endpoints.iter().map(Output::Page));
        in_parallel(&outputs, |output| sink(output.file(self)))
            .into_iter()
            .collect::<Result<(), _>>()
    }
}

/// Two endpoints of a service that would take one name in the generated code: the same endpoint
/// name (one module, one file, written twice), or a client method of one that is a method of
/// the other (`x_all` beside a paged `x`). Reported at the later spec. One pass with the names
/// taken so far (a service may have a thousand endpoints).
fn name_clashes(endpoints: &[Endpoint]) -> Vec<Diagnostic> {
    use std::collections::HashMap;
    // Every endpoint's methods first, so that the table of names taken borrows them.
    let all_calls: Vec<Vec<String>> = endpoints.iter().map(calls).collect();
    let mut modules: HashMap<(&str, &str), &Endpoint> = HashMap::new();
    let mut methods: HashMap<(&str, &str), &Endpoint> = HashMap::new();
    let mut diagnostics = Vec::new();
    for (endpoint, calls) in endpoints.iter().zip(&all_calls) {
        let service = endpoint.service.as_str();
        let message = if let Some(other) = modules.get(&(service, endpoint.name.as_str())) {
            Some(format!(
                "`{}` names an endpoint of `{}` that {} names too; expected a name of its own (it names the endpoint's module, its generated files and its client method)",
                endpoint.name, endpoint.service, other.spec
            ))
        } else {
            calls.iter().find_map(|method| {
                let other = methods.get(&(service, method.as_str()))?;
                Some(format!(
                    "the client method `{method}` of this endpoint is also one of `{}` ({}); expected another endpoint name",
                    other.name, other.spec
                ))
            })
        };
        if let Some(message) = message {
            diagnostics.push(Diagnostic::error(&endpoint.spec, endpoint.name_at, message));
        }
        modules.entry((service, &endpoint.name)).or_insert(endpoint);
        for method in calls {
            methods
                .entry((service, method.as_str()))
                .or_insert(endpoint);
        }
    }
    diagnostics
}

/// Two specs of a service for one call: the same method on the same path template (its
/// placeholders' names aside), which one OpenAPI operation and one stand-in route would have
/// to stand for; or one path template whose placeholders two specs name differently, which
/// OpenAPI holds as one path ("templated paths with the same hierarchy but different
/// templated names MUST NOT exist"). Reported at the later spec's `path`. Notifications, which
/// the vendor sends, have no route here.
fn call_clashes(endpoints: &[Endpoint], told: &[&str]) -> Vec<Diagnostic> {
    use std::collections::HashMap;
    let mut calls: HashMap<(&str, &str, String), &Endpoint> = HashMap::new();
    let mut templates: HashMap<(&str, String), &Endpoint> = HashMap::new();
    let mut diagnostics = Vec::new();
    for endpoint in endpoints.iter().filter(|e| e.inbound.is_none()) {
        let service = endpoint.service.as_str();
        let template = path_template(&endpoint.path);
        let method = endpoint.method.as_str();
        let message = if let Some(other) = calls.get(&(service, method, template.clone())) {
            Some(format!(
                "`{method} {}` is also the call of `{}` ({}); expected one spec per call (OpenAPI and the stand-in hold one operation for it)",
                endpoint.path, other.name, other.spec
            ))
        } else {
            templates
                .get(&(service, template.clone()))
                .filter(|other| other.path != endpoint.path)
                .map(|other| {
                    format!(
                        "path `{}` is `{}` of `{}` ({}) with its placeholders named otherwise; expected the same names (OpenAPI holds one path per template)",
                        endpoint.path, other.path, other.name, other.spec
                    )
                })
        };
        if let Some(message) = message
            && !told.contains(&endpoint.spec.as_str())
        {
            diagnostics.push(Diagnostic::error(&endpoint.spec, endpoint.path_at, message));
        }
        calls
            .entry((service, method, template.clone()))
            .or_insert(endpoint);
        templates.entry((service, template)).or_insert(endpoint);
    }
    diagnostics
}

/// A path with each placeholder's name left out: `/orders/{}/items`.
fn path_template(path: &str) -> String {
    let mut template = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        template.push_str(&rest[..=open]);
        match rest[open..].find('}') {
            Some(close) => rest = &rest[open + close..],
            None => {
                rest = &rest[open + 1..];
            }
        }
    }
    template.push_str(rest);
    template
}

/// The client methods of a call (none for a notification, which is received).
fn calls(endpoint: &Endpoint) -> Vec<String> {
    if endpoint.inbound.is_some() {
        return Vec::new();
    }
    emit_rust::MethodNames::of(endpoint)
        .all()
        .map(str::to_owned)
        .collect()
}

/// A file of [`Workspace::emit_code_and_docs`].
enum Output<'a> {
    /// The index module: `generated/mod.rs`.
    Index,
    /// A service's shared types: `types.rs`.
    Shared(&'a SharedTypes),
    /// An endpoint's module.
    Module(&'a Endpoint),
    /// An endpoint's Markdown reference page.
    Page(&'a Endpoint),
    /// A service's OpenAPI document, from its endpoints.
    OpenApi(&'a str, Vec<&'a Endpoint>),
    /// The guide for other teams beside the schemas: `schemas/README.md`.
    Guide,
}

impl Output<'_> {
    fn file(&self, workspace: &Workspace) -> Result<GeneratedFile, Diagnostic> {
        Ok(match self {
            Self::Index => GeneratedFile {
                path: format!("{GENERATED_DIR}/mod.rs"),
                contents: index_file(&workspace.endpoints, &workspace.shared)?,
            },
            Self::Shared(types) => GeneratedFile {
                path: format!("{GENERATED_DIR}/{}/types.rs", types.service),
                contents: shared_file(types)?,
            },
            Self::Module(endpoint) => GeneratedFile {
                path: format!("{GENERATED_DIR}/{}/{}.rs", endpoint.service, endpoint.name),
                contents: endpoint_file(endpoint)?,
            },
            Self::Page(endpoint) => page(endpoint)?,
            Self::Guide => guide(workspace)?,
            Self::OpenApi(service, members) => {
                let version = workspace
                    .shared
                    .iter()
                    .find(|types| types.service == *service)
                    .and_then(|types| types.version.as_deref());
                openapi_document(service, members, version)?
            }
        })
    }
}

/// `job` applied to every item on every core, the results in the items' order (so the output
/// is the same bytes whatever the scheduling). Specs and endpoint files are independent, and
/// scoped threads are all this needs (no thread pool crate).
fn in_parallel<T: Sync, R: Send>(items: &[T], job: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(items.len());
    if workers <= 1 {
        return items.iter().map(job).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(at) else {
                            break done;
                        };
                        done.push((at, job(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(at, _)| *at);
    results.into_iter().map(|(_, result)| result).collect()
}

/// An endpoint's Markdown reference page.
fn page(endpoint: &Endpoint) -> Result<GeneratedFile, Diagnostic> {
    let page = crate::emit_markdown::endpoint_page(endpoint).map_err(|error| {
        Diagnostic::error(
            &endpoint.spec,
            Location::default(),
            format!("internal error: cannot render the Markdown reference: {error}"),
        )
    })?;
    Ok(GeneratedFile {
        path: format!(
            "{PUBLISHED_DIR}/docs/{}/{}.md",
            endpoint.service, endpoint.name
        ),
        contents: page,
    })
}

/// The guide beside the published schemas.
fn guide(workspace: &Workspace) -> Result<GeneratedFile, Diagnostic> {
    let versions = workspace.services();
    let services: Vec<(&str, Option<&str>)> = workspace
        .service_names()
        .into_iter()
        .filter(|name| workspace.endpoints.iter().any(|e| e.service == *name))
        .map(|name| {
            let version = versions
                .iter()
                .find(|service| service.name == name)
                .and_then(|service| service.version.as_deref());
            (name, version)
        })
        .collect();
    let text =
        crate::emit_markdown::schemas_guide(&services, &workspace.endpoints).map_err(|error| {
            Diagnostic::error(
                SPECS_DIR,
                Location::default(),
                format!("internal error: cannot render the schemas guide: {error}"),
            )
        })?;
    Ok(GeneratedFile {
        path: format!("{PUBLISHED_DIR}/schemas/README.md"),
        contents: text,
    })
}

/// A service's OpenAPI document; its `info.version` is the service's version (`0.0.0` for a
/// service that states none, which has no release either).
fn openapi_document(
    service: &str,
    members: &[&Endpoint],
    version: Option<&str>,
) -> Result<GeneratedFile, Diagnostic> {
    let document = emit_openapi::document(service, members, version.unwrap_or("0.0.0"));
    let yaml = crate::yaml::to_string(&document).map_err(|error| {
        Diagnostic::error(
            SPECS_DIR,
            Location::default(),
            format!("internal error: cannot write OpenAPI YAML: {error}"),
        )
    })?;
    Ok(GeneratedFile {
        path: format!("{PUBLISHED_DIR}/openapi/{service}.openapi.yaml"),
        contents: format!(
            "# @generated from specs/{service}/ by `cargo xtask codegen`; do not edit.\n{yaml}"
        ),
    })
}

fn pretty_json(spec: &str, value: &serde_json::Value) -> Result<String, Diagnostic> {
    serde_json::to_string_pretty(value)
        .map(|text| text + "\n")
        .map_err(|error| {
            Diagnostic::error(
                spec,
                Location::default(),
                format!("internal error: {error}"),
            )
        })
}

/// The module file of one endpoint.
pub fn endpoint_file(endpoint: &Endpoint) -> Result<String, Diagnostic> {
    let docs = emit_rust::module_docs(endpoint).into_iter().map(|line| {
        let line = if line.is_empty() {
            line
        } else {
            format!(" {line}")
        };
        quote!(#![doc = #line])
    });
    let items = emit_rust::items(endpoint);
    format_items(&endpoint.spec, &endpoint.spec, quote!(#(#docs)*), items)
}

/// The index: one module per service, one submodule per endpoint (and `types` for the
/// service's shared types), and `ENDPOINTS`.
pub fn index_file(endpoints: &[Endpoint], shared: &[SharedTypes]) -> Result<String, Diagnostic> {
    let services: Vec<&str> = shared.iter().map(|types| types.service.as_str()).collect();
    format_file(SPECS_DIR, "specs/", emit_rust::index(endpoints, &services))
}

/// The module file of a service's shared types.
pub fn shared_file(shared: &SharedTypes) -> Result<String, Diagnostic> {
    let doc = format!(
        " The types every endpoint of `{}` shares, generated once. Spec: `{}`.",
        shared.service, shared.spec
    );
    let items = emit_rust::shared_items(shared);
    format_items(&shared.spec, &shared.spec, quote!(#![doc = #doc]), items)
}

fn format_file(
    diagnostic_file: &str,
    source: &str,
    tokens: TokenStream,
) -> Result<String, Diagnostic> {
    print_file(diagnostic_file, source, syn::parse2(tokens))
}

/// A module file: its inner attributes (`prefix`) and `items`.
fn format_items(
    diagnostic_file: &str,
    source: &str,
    prefix: TokenStream,
    items: emit_rust::Items,
) -> Result<String, Diagnostic> {
    print_file(diagnostic_file, source, items.into_file(prefix))
}

fn print_file(
    diagnostic_file: &str,
    source: &str,
    file: syn::Result<syn::File>,
) -> Result<String, Diagnostic> {
    let file = file.map_err(|error| {
        Diagnostic::error(
            diagnostic_file,
            Location::default(),
            format!("internal error: the generated code does not parse ({error}); please report it with this spec"),
        )
    })?;
    Ok(format!(
        "// @generated from {source} by `cargo xtask codegen`; do not edit.\n\n{}",
        prettyplease::unparse(&file)
    ))
}

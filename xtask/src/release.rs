//! The schema releases `cargo xtask codegen` writes beside the working schemas: for each
//! service whose `types.yaml` states a `version`, `generated-client/schemas/<service>/<version>/`
//! with an `index.json`, and the service's `CHANGELOG.md` (`codegen_review::release` decides;
//! this module reads the releases on disk and names the files).

use std::path::Path;

use codegen_core::codegen_runtime::serde_json::{self, Value};
use codegen_core::generate::{GeneratedFile, PUBLISHED_DIR, Service};
use codegen_core::input;
use codegen_review::release::{self, Released, Request};
use semver::Version;

/// The files of every service's releases (earlier ones as they are on disk), or why a service's
/// version cannot be released.
pub fn files(
    root: &Path,
    generated: &[GeneratedFile],
    services: &[Service],
) -> Result<Vec<GeneratedFile>, String> {
    let mut out = Vec::new();
    for service in services {
        let display = &service.spec;
        let folder = format!("{PUBLISHED_DIR}/schemas/{}", service.name);
        let released = released(&root.join(&folder))?;
        let Some(version) = &service.version else {
            // Releases are never removed, so a service that has some must keep a version.
            if let Some(latest) = released.iter().map(|r| &r.version).max() {
                return Err(format!(
                    "{display} states no `version`, but {} has releases (the latest is \
                     {latest}); state the version to release",
                    service.name
                ));
            }
            continue;
        };
        let version = Version::parse(version).map_err(|error| format!("{display}: {error}"))?;
        let current = current_schemas(&folder, generated)?;
        let request = Request {
            service: &service.name,
            spec: display,
            version: &version,
        };
        for (path, contents) in release::plan(request, &current, &released)? {
            out.push(GeneratedFile {
                path: format!("{folder}/{path}"),
                contents,
            });
        }
    }
    if !out.is_empty() {
        out.push(catalog(&out)?);
    }
    Ok(out)
}

/// `schemas/index.json`: every released schema of every service, with its version, `$id` and
/// sha256, gathered from the releases' own indexes.
fn catalog(releases: &[GeneratedFile]) -> Result<GeneratedFile, String> {
    let prefix = format!("{PUBLISHED_DIR}/schemas/");
    let mut schemas = Vec::new();
    for file in releases {
        let Some(relative) = file.path.strip_prefix(&prefix) else {
            continue;
        };
        let Some(folder) = relative.strip_suffix(&format!("/{}", release::INDEX_FILE)) else {
            continue;
        };
        let index: Value = serde_json::from_str(&file.contents)
            .map_err(|error| format!("{} is not JSON: {error}", file.path))?;
        for schema in index["schemas"].as_array().into_iter().flatten() {
            let name = schema["file"].as_str().unwrap_or_default();
            schemas.push(serde_json::json!({
                "service": index["service"],
                "version": index["version"],
                "file": format!("{folder}/{name}"),
                "$id": schema["$id"],
                "sha256": schema["sha256"],
            }));
        }
    }
    let text = serde_json::to_string_pretty(&serde_json::json!({ "schemas": schemas }))
        .map_err(|error| format!("cannot write the schema index: {error}"))?;
    Ok(GeneratedFile {
        path: format!("{prefix}{}", release::INDEX_FILE),
        contents: text + "\n",
    })
}

/// The service's working schemas as generated, by file name.
fn current_schemas(
    folder: &str,
    generated: &[GeneratedFile],
) -> Result<Vec<(String, Value)>, String> {
    let prefix = format!("{folder}/");
    generated
        .iter()
        .filter_map(|file| {
            let name = file.path.strip_prefix(&prefix)?;
            (!name.contains('/') && name.ends_with(".schema.json")).then_some((name, file))
        })
        .map(|(name, file)| {
            serde_json::from_str(&file.contents)
                .map(|value| (name.to_owned(), value))
                .map_err(|error| format!("internal error: {} is not JSON: {error}", file.path))
        })
        .collect()
}

/// The releases under `folder`: every sub-folder named by a version, with its files.
fn released(folder: &Path) -> Result<Vec<Released>, String> {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(format!("cannot read {}: {error}", folder.display())),
    };
    let mut releases = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|error| format!("cannot read {}: {error}", folder.display()))?
            .path();
        let Some(version) = path
            .file_name()
            .and_then(|name| Version::parse(&name.to_string_lossy()).ok())
            .filter(|_| path.is_dir())
        else {
            continue;
        };
        let mut files = Vec::new();
        let listing = std::fs::read_dir(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        for entry in listing {
            let file = entry
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?
                .path();
            let text = input::read_text(&file, input::PAYLOAD_LIMIT)
                .map_err(|error| format!("cannot read {}: {error}", file.display()))?;
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            files.push((name.into_owned(), text));
        }
        files.sort();
        releases.push(Released { version, files });
    }
    Ok(releases)
}

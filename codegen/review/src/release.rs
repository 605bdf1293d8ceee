//! Versioned releases of a service's JSON Schemas, for teams that pin one: each release is a
//! folder `<service>/<version>/` holding every schema with the version in its `$id` (and in the
//! `$ref`s between them), and an `index.json` listing each schema with its sha256; the
//! service's `CHANGELOG.md` has a section per release, from [`set_diff`].
//!
//! Releases are never rewritten. A spec change that changes the schemas needs a new version,
//! at least the bump its class calls for (as Cargo reads semver: below 1.0.0, a breaking change
//! bumps the minor and anything else the patch); [`plan`] refuses otherwise and says which
//! version to set.

use semver::Version;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::changes::{Bump, Change, bump};
use crate::schema_changes::set_diff;

pub use crate::schema_ids::{ID_PREFIX, map_ids, strip_version, versioned, with_version};

/// The service's changelog, beside its release folders.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

/// The file listing a release's schemas.
pub const INDEX_FILE: &str = "index.json";

/// A release already on disk: its version and its files (name, text), `index.json` included.
#[derive(Debug, Clone)]
pub struct Released {
    /// Its version (the folder's name).
    pub version: Version,
    /// Every file of its folder.
    pub files: Vec<(String, String)>,
}

impl Released {
    /// Its schemas, parsed, by file name; a file that is not JSON is an error naming it.
    fn schemas(&self) -> Result<Vec<(String, Value)>, String> {
        self.files
            .iter()
            .filter(|(name, _)| name.ends_with(".schema.json"))
            .map(|(name, text)| {
                serde_json::from_str(text)
                    .map(|value| (name.clone(), value))
                    .map_err(|error| format!("{}/{name} is not JSON: {error}", self.version))
            })
            .collect()
    }
}

/// The release a service asks for.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The service.
    pub service: &'a str,
    /// The file that states its version, for messages (`specs/tiki/types.yaml`).
    pub spec: &'a str,
    /// The version it states.
    pub version: &'a Version,
}

/// Why [`plan`] cannot release the stated version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The schemas changed and the stated version does not release them (it is released
    /// with other schemas, or the bump is smaller than the changes need): the message names
    /// the version to set. Until it is set, the releases stay as they are ([`published`]).
    Bump(String),
    /// The stated version can never be released (it is older than a release), or a release
    /// on disk cannot be read.
    Invalid(String),
}

impl From<String> for Refusal {
    fn from(message: String) -> Self {
        Self::Invalid(message)
    }
}

/// Every file of the service's release folder as published (`1.0.0/index.json`, …, and the
/// changelog): what the folder holds while a change waits for its version.
pub fn published(service: &str, released: &[Released]) -> Result<Vec<(String, String)>, String> {
    let mut released = released.to_vec();
    released.sort_by(|a, b| a.version.cmp(&b.version));
    let mut out = release_folders(&released);
    if !released.is_empty() {
        out.push((CHANGELOG_FILE.to_owned(), changelog(service, &released)?));
    }
    out.sort();
    Ok(out)
}

/// The files of `released`, each under its version's folder.
fn release_folders(released: &[Released]) -> Vec<(String, String)> {
    released
        .iter()
        .flat_map(|release| {
            release
                .files
                .iter()
                .map(|(name, text)| (format!("{}/{name}", release.version), text.clone()))
        })
        .collect()
}

/// Every file of the service's release folder, relative to it (`1.1.0/index.json`,
/// `CHANGELOG.md`): earlier releases as they are, the requested one from `current` (the
/// schemas as generated, by file name), and the changelog. A refusal says why the requested
/// version cannot be released: it is released with other schemas, it is older than a release,
/// or the bump is smaller than the changes need.
pub fn plan(
    request: Request<'_>,
    current: &[(String, Value)],
    released: &[Released],
) -> Result<Vec<(String, String)>, Refusal> {
    let mut released = released.to_vec();
    released.sort_by(|a, b| a.version.cmp(&b.version));
    let version = request.version;
    let files = release_files(request.service, version, current)?;
    let mut out = release_folders(&released);
    match released.iter().find(|r| &r.version == version) {
        Some(existing) => {
            if !same_files(&existing.files, &files) {
                let changes = set_diff(&existing.schemas()?, current);
                // Bytes changed where no rule looks (a `$comment`): still a new release.
                let needed = needed(version, bump(&changes).max(Bump::Patch));
                return Err(Refusal::Bump(format!(
                    "{}: the schemas released as {} would change ({}; files: {}); set \
                     `version: {needed}` in {} (a release is never rewritten)",
                    request.service,
                    version,
                    summary(&changes),
                    differing(&existing.files, &files).join(", "),
                    request.spec
                )));
            }
        }
        None => {
            if let Some(latest) = released.last().filter(|r| &r.version > version) {
                return Err(Refusal::Invalid(format!(
                    "{}: version {version} in {} is older than its latest release, {}",
                    request.service, request.spec, latest.version
                )));
            }
            if let Some(previous) = released.last() {
                let changes = set_diff(&previous.schemas()?, current);
                let needed = needed(&previous.version, bump(&changes));
                if version < &needed {
                    return Err(Refusal::Bump(format!(
                        "{}: {} to {version} is too small a bump for these changes ({}); set \
                         `version: {needed}` in {}",
                        request.service,
                        previous.version,
                        summary(&changes),
                        request.spec
                    )));
                }
            }
            for (name, text) in &files {
                out.push((format!("{version}/{name}"), text.clone()));
            }
            released.push(Released {
                version: version.clone(),
                files,
            });
        }
    }
    out.push((
        CHANGELOG_FILE.to_owned(),
        changelog(request.service, &released)?,
    ));
    out.sort();
    Ok(out)
}

/// The files of the release of `current` as `version`: the versioned schemas and the index.
fn release_files(
    service: &str,
    version: &Version,
    current: &[(String, Value)],
) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    let mut index = Vec::new();
    let mut current: Vec<&(String, Value)> = current.iter().collect();
    current.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, schema) in current {
        let schema = versioned(schema, version);
        let text = serde_json::to_string_pretty(&schema)
            .map_err(|error| format!("cannot write {name}: {error}"))?
            + "\n";
        index.push(json!({
            "file": name,
            "$id": schema.get("$id").cloned().unwrap_or(Value::Null),
            "sha256": sha256_hex(&text),
        }));
        files.push((name.clone(), text));
    }
    let index = json!({
        "service": service,
        "version": version.to_string(),
        "draft": codegen_core::emit_schema::DRAFT,
        "schemas": index,
    });
    let index = serde_json::to_string_pretty(&index)
        .map_err(|error| format!("cannot write {INDEX_FILE}: {error}"))?
        + "\n";
    files.push((INDEX_FILE.to_owned(), index));
    Ok(files)
}

/// Whether two releases hold the same files, line endings aside (a checkout may convert them).
fn same_files(a: &[(String, String)], b: &[(String, String)]) -> bool {
    differing(a, b).is_empty()
}

/// The names of the files that differ between two releases (or are in one only).
fn differing(a: &[(String, String)], b: &[(String, String)]) -> Vec<String> {
    let text = |files: &[(String, String)], name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.replace("\r\n", "\n"))
    };
    let mut names: Vec<String> = a.iter().chain(b).map(|(n, _)| n.clone()).collect();
    names.sort();
    names.dedup();
    names.retain(|name| text(a, name) != text(b, name));
    names
}

/// The smallest version after `from` that `bump` allows.
fn needed(from: &Version, bump: Bump) -> Version {
    let (major, minor, patch) = (from.major, from.minor, from.patch);
    match (bump, major) {
        (Bump::None, _) => from.clone(),
        (Bump::Major, 0) => Version::new(0, minor + 1, 0),
        (Bump::Major, _) => Version::new(major + 1, 0, 0),
        (Bump::Minor, 0) | (Bump::Patch, _) => Version::new(major, minor, patch + 1),
        (Bump::Minor, _) => Version::new(major, minor + 1, 0),
    }
}

fn summary(changes: &[Change]) -> String {
    let class = bump(changes);
    match changes.iter().max_by_key(|c| c.class) {
        Some(worst) => format!("{class}: {} change(s), the worst: {worst}", changes.len()),
        None => "nothing a validator sees".to_owned(),
    }
}

/// The changelog of every release, newest first, each section the changes from the one
/// before it.
fn changelog(service: &str, releases: &[Released]) -> Result<String, String> {
    let mut text = format!(
        "<!-- @generated by `cargo xtask codegen` from the release folders beside it; do not edit. -->\n\
         # {service}: JSON Schema releases\n\n\
         Each release is a folder `<version>/` with an `index.json` (every schema, its `$id`, its \
         sha256). Below 1.0.0 a breaking change bumps the minor version; from 1.0.0 on, the major.\n"
    );
    for (at, release) in releases.iter().enumerate().rev() {
        text.push_str(&format!("\n## {}\n\n", release.version));
        let schemas = release.schemas()?;
        let Some(previous) = at.checked_sub(1).map(|i| &releases[i]) else {
            text.push_str(&format!("First release: {} schemas.\n", schemas.len()));
            continue;
        };
        let changes = set_diff(&previous.schemas()?, &schemas);
        let meaning = match bump(&changes) {
            Bump::Major => "breaking for some holders of the previous release",
            Bump::Minor => "compatible for holders of the previous release",
            Bump::Patch => "descriptions only",
            Bump::None => "no change a validator sees",
        };
        text.push_str(&format!(
            "From {}: {} ({meaning}).\n\n",
            previous.version,
            bump(&changes)
        ));
        for change in &changes {
            text.push_str(&format!("- {change}\n"));
        }
    }
    Ok(text)
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(id: &str, max: u64) -> Value {
        json!({"$id": id, "type": "object", "properties": {"a": {"type": "string", "maxLength": max}}})
    }

    fn current(max: u64) -> Vec<(String, Value)> {
        vec![(
            "e.request.schema.json".to_owned(),
            schema("urn:generated-client:s:e:request", max),
        )]
    }

    fn released(version: &str, max: u64) -> Released {
        let version = Version::parse(version).expect("a version");
        let files = release_files("s", &version, &current(max)).expect("a release");
        Released { version, files }
    }

    fn ask(version: &str, max: u64, on_disk: &[Released]) -> Result<Vec<(String, String)>, String> {
        let version = Version::parse(version).expect("a version");
        let request = Request {
            service: "s",
            spec: "specs/s/types.yaml",
            version: &version,
        };
        plan(request, &current(max), on_disk).map_err(|refusal| match refusal {
            Refusal::Bump(message) => message,
            Refusal::Invalid(message) => format!("invalid: {message}"),
        })
    }

    #[test]
    fn ids_carry_the_version_and_lose_it_again() {
        let v = Version::new(1, 2, 0);
        let id = with_version("urn:generated-client:tiki:types#/$defs/X", &v);
        assert_eq!(id, "urn:generated-client:tiki:1.2.0:types#/$defs/X");
        assert_eq!(
            strip_version(&id),
            "urn:generated-client:tiki:types#/$defs/X"
        );
        assert_eq!(strip_version("#/$defs/X"), "#/$defs/X");
    }

    #[test]
    fn a_first_release_writes_the_schemas_the_index_and_the_changelog() {
        let files = ask("1.0.0", 10, &[]).expect("released");
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "1.0.0/e.request.schema.json",
                "1.0.0/index.json",
                "CHANGELOG.md"
            ]
        );
        assert!(
            files[0]
                .1
                .contains("urn:generated-client:s:1.0.0:e:request")
        );
        assert!(files[1].1.contains(&sha256_hex(&files[0].1)));
    }

    #[test]
    fn the_same_schemas_under_a_released_version_change_nothing() {
        let on_disk = [released("1.0.0", 10)];
        let files = ask("1.0.0", 10, &on_disk).expect("unchanged");
        assert_eq!(files.len(), 3);
    }

    #[test]
    fn a_changed_schema_under_a_released_version_asks_for_the_bump_its_class_needs() {
        let on_disk = [released("1.0.0", 10)];
        // A request accepting less breaks senders: major.
        let error = ask("1.0.0", 5, &on_disk).expect_err("not bumped");
        assert!(error.contains("set `version: 2.0.0`"), "{error}");
        // Accepting more is compatible: minor.
        let error = ask("1.0.0", 20, &on_disk).expect_err("not bumped");
        assert!(error.contains("set `version: 1.1.0`"), "{error}");
        let error = ask("1.0.1", 5, &on_disk).expect_err("too small");
        assert!(error.contains("set `version: 2.0.0`"), "{error}");
        assert!(ask("1.1.0", 20, &on_disk).is_ok());
        assert!(ask("2.0.0", 5, &on_disk).is_ok());
    }

    #[test]
    fn below_one_a_breaking_change_bumps_the_minor() {
        let on_disk = [released("0.3.1", 10)];
        let error = ask("0.3.2", 5, &on_disk).expect_err("too small");
        assert!(error.contains("set `version: 0.4.0`"), "{error}");
        assert!(ask("0.3.2", 20, &on_disk).is_ok());
    }

    #[test]
    fn an_older_version_than_the_latest_release_is_refused() {
        let on_disk = [released("1.0.0", 10), released("1.1.0", 20)];
        let error = ask("1.0.5", 20, &on_disk).expect_err("older");
        assert!(
            error.starts_with("invalid: ")
                && error.contains("older than its latest release, 1.1.0"),
            "no bump releases it: {error}"
        );
    }

    #[test]
    fn while_a_change_waits_for_its_version_the_releases_are_published_as_they_are() {
        let on_disk = [released("1.0.0", 10), released("1.1.0", 20)];
        let waiting = ask("1.1.0", 30, &on_disk).expect_err("not bumped");
        assert!(
            !waiting.starts_with("invalid: "),
            "a bump releases it: {waiting}"
        );
        let files = published("s", &on_disk).expect("published");
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "1.0.0/e.request.schema.json",
                "1.0.0/index.json",
                "1.1.0/e.request.schema.json",
                "1.1.0/index.json",
                "CHANGELOG.md"
            ]
        );
        assert_eq!(files[2].1, on_disk[1].files[0].1, "byte for byte");
        assert!(published("s", &[]).expect("none").is_empty());
    }

    #[test]
    fn the_changelog_has_a_section_per_release_from_the_one_before() {
        let on_disk = [released("1.0.0", 10)];
        let files = ask("2.0.0", 5, &on_disk).expect("released");
        let (_, changelog) = files
            .iter()
            .find(|(n, _)| n == CHANGELOG_FILE)
            .expect("a changelog");
        let new = changelog.find("## 2.0.0").expect("new section");
        let old = changelog.find("## 1.0.0").expect("old section");
        assert!(new < old, "{changelog}");
        assert!(changelog.contains("From 1.0.0: major"), "{changelog}");
        assert!(changelog.contains("maxLength"), "{changelog}");
    }
}

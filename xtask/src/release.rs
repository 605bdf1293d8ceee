//! The schema releases `cargo xtask codegen` writes beside the working schemas: for each
//! service whose `types.yaml` states a `version`, `generated-client/schemas/<service>/<version>/`
//! with an `index.json`, and the service's `CHANGELOG.md` (`codegen_review::release` decides;
//! this module finds the published releases and names the files).
//!
//! A release is published once it is committed. In a git checkout the published releases are
//! the release folders at `HEAD`, read from `HEAD` (so a committed release is never rewritten,
//! whatever the working tree holds); a release folder that only the working tree holds is a
//! draft, which `codegen` rewrites as the specs change, so that editing specs asks for one bump
//! per service per release, not one per run. Outside git (a source archive), every release
//! folder on disk counts as published.

use std::path::Path;

use codegen_core::codegen_runtime::serde_json::{self, Value};
use codegen_core::generate::{GeneratedFile, PUBLISHED_DIR, Service};
use codegen_core::input;
use codegen_review::release::{self, Refusal, Released, Request};
use semver::Version;

/// The release files of every service, and the services whose schemas changed without the
/// version that releases them.
pub struct Releases {
    /// Every release folder's files, and the catalog of them all: a service that waits for
    /// its version has its releases as they are.
    pub files: Vec<GeneratedFile>,
    /// For each service that waits, the version to set (one message each).
    pub waiting: Vec<String>,
}

/// The files of every service's releases (earlier ones as they are on disk), or why a service's
/// version can never be released.
pub fn files(
    root: &Path,
    generated: &[GeneratedFile],
    services: &[Service],
) -> Result<Releases, String> {
    let mut out = Vec::new();
    let mut waiting = Vec::new();
    let mut refused = Vec::new();
    let history = Published::find(root);
    for service in services {
        match service_files(root, &history, generated, service) {
            Ok(files) => out.extend(files),
            Err(Waiting::ForVersion(message, files)) => {
                waiting.push(message);
                out.extend(files);
            }
            Err(Waiting::Never(error)) => refused.push(error),
        }
    }
    if !refused.is_empty() {
        return Err(refused.join("\nerror: "));
    }
    if !out.is_empty() {
        out.push(catalog(&out)?);
    }
    Ok(Releases {
        files: out,
        waiting,
    })
}

/// Why a service's schemas are not released as they are generated.
enum Waiting {
    /// They need a new version: the message naming it, and the releases as published.
    ForVersion(String, Vec<GeneratedFile>),
    /// The stated version cannot be released (or a release cannot be read).
    Never(String),
}

/// The release files of one service.
fn service_files(
    root: &Path,
    history: &Published,
    generated: &[GeneratedFile],
    service: &Service,
) -> Result<Vec<GeneratedFile>, Waiting> {
    let display = &service.spec;
    let folder = format!("{PUBLISHED_DIR}/schemas/{}", service.name);
    let released = history.releases(root, &folder).map_err(Waiting::Never)?;
    let Some(version) = &service.version else {
        // Releases are never removed, so a service that has some must keep a version.
        if let Some(latest) = released.iter().map(|r| &r.version).max() {
            return Err(Waiting::Never(format!(
                "{display} states no `version`, but {} has releases (the latest is \
                 {latest}); state the version to release",
                service.name
            )));
        }
        return Ok(Vec::new());
    };
    let version =
        Version::parse(version).map_err(|error| Waiting::Never(format!("{display}: {error}")))?;
    let current = current_schemas(&folder, generated).map_err(Waiting::Never)?;
    let request = Request {
        service: &service.name,
        spec: display,
        version: &version,
    };
    let in_folder = |files: Vec<(String, String)>| -> Vec<GeneratedFile> {
        files
            .into_iter()
            .map(|(path, contents)| GeneratedFile {
                path: format!("{folder}/{path}"),
                contents,
            })
            .collect()
    };
    match release::plan(request, &current, &released) {
        Ok(files) => Ok(in_folder(files)),
        Err(Refusal::Bump(message)) => {
            let published = release::published(&service.name, &released).map_err(Waiting::Never)?;
            Err(Waiting::ForVersion(message, in_folder(published)))
        }
        Err(Refusal::Invalid(message)) => Err(Waiting::Never(message)),
    }
}

/// Where the published releases are read from.
enum Published {
    /// The release folders committed at `HEAD` of the git checkout that holds the root.
    Committed,
    /// Every release folder on disk (no git, or no commit yet).
    OnDisk,
}

impl Published {
    fn find(root: &Path) -> Self {
        match git(root, &["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]) {
            Some(_) => Self::Committed,
            None => Self::OnDisk,
        }
    }

    /// The published releases of the service whose release folders are in `folder`.
    fn releases(&self, root: &Path, folder: &str) -> Result<Vec<Released>, String> {
        match self {
            Self::OnDisk => released(&root.join(folder)),
            Self::Committed => committed(root, folder),
        }
    }
}

/// The releases committed at `HEAD` below `folder` (relative to `root`), read from the commit.
fn committed(root: &Path, folder: &str) -> Result<Vec<Released>, String> {
    let listing = git(
        root,
        &["ls-tree", "-r", "--name-only", "-z", "HEAD", "--", folder],
    )
    .ok_or_else(|| format!("cannot list the releases committed under {folder}"))?;
    // `ls-tree` names files from the repository's top; the root may be a folder below it.
    let prefix = git(root, &["rev-parse", "--show-prefix"]).unwrap_or_default();
    let prefix = String::from_utf8_lossy(&prefix).trim().to_owned();
    let mut releases: Vec<Released> = Vec::new();
    let mut wanted: Vec<(String, Version, String)> = Vec::new();
    for path in listing.split(|byte| *byte == 0).filter(|p| !p.is_empty()) {
        let path = String::from_utf8_lossy(path);
        let relative = path.strip_prefix(&prefix).unwrap_or(&path);
        let Some(inside) = relative
            .strip_prefix(folder)
            .and_then(|r| r.strip_prefix('/'))
        else {
            continue;
        };
        let Some((version, name)) = inside.split_once('/') else {
            continue;
        };
        let Ok(version) = Version::parse(version) else {
            continue;
        };
        if name.contains('/') {
            continue;
        }
        wanted.push((relative.to_owned(), version, name.to_owned()));
    }
    // Every file in one `git cat-file --batch`, not one process each.
    let names: Vec<String> = wanted
        .iter()
        .map(|(relative, _, _)| format!("HEAD:./{relative}"))
        .collect();
    let blobs = blobs(root, &names)?;
    for ((relative, version, name), blob) in wanted.into_iter().zip(blobs) {
        let blob = blob.ok_or_else(|| format!("cannot read {relative} at HEAD"))?;
        let text =
            String::from_utf8(blob).map_err(|_| format!("{relative} at HEAD is not UTF-8"))?;
        match releases.iter_mut().find(|r| r.version == version) {
            Some(release) => release.files.push((name, text)),
            None => releases.push(Released {
                version,
                files: vec![(name, text)],
            }),
        }
    }
    for release in &mut releases {
        release.files.sort();
    }
    Ok(releases)
}

/// The contents of each object in `names` (`HEAD:./path`), read by one `git cat-file --batch`;
/// `None` for one git does not have. A blob larger than a schema can be is an error.
fn blobs(root: &Path, names: &[String]) -> Result<Vec<Option<Vec<u8>>>, String> {
    use std::io::Write as _;
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let mut child = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["cat-file", "--batch"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|error| format!("cannot run git: {error}"))?;
    let request: String = names.iter().map(|name| format!("{name}\n")).collect();
    // Written from a thread while the answer is read, so neither pipe fills up and stalls.
    let mut stdin = child.stdin.take().ok_or("cannot write to git")?;
    let writer = std::thread::spawn(move || stdin.write_all(request.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|error| format!("cannot read git's answer: {error}"))?;
    let _ = writer.join();
    let mut rest = &output.stdout[..];
    let mut found = Vec::with_capacity(names.len());
    for name in names {
        let end = rest
            .iter()
            .position(|byte| *byte == b'\n')
            .ok_or_else(|| format!("git's answer ends before {name}"))?;
        let header = String::from_utf8_lossy(&rest[..end]).into_owned();
        rest = &rest[end + 1..];
        if header.ends_with(" missing") || header.ends_with(" ambiguous") {
            found.push(None);
            continue;
        }
        let size: usize = header
            .rsplit(' ')
            .next()
            .and_then(|size| size.parse().ok())
            .ok_or_else(|| {
                format!("git's answer for {name} is not `<sha> <type> <size>`: {header}")
            })?;
        if size as u64 > input::PAYLOAD_LIMIT {
            return Err(format!("{name} is larger than a schema can be"));
        }
        let blob = rest
            .get(..size)
            .ok_or_else(|| format!("git's answer for {name} is cut short"))?;
        found.push(Some(blob.to_vec()));
        // The blob is followed by a newline.
        rest = rest.get(size + 1..).unwrap_or_default();
    }
    Ok(found)
}

/// What `git -C root args…` prints, or `None` when git is missing or the command fails.
fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    output.status.success().then_some(output.stdout)
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

//! `cargo xtask …`: the project's tasks, thin shells over `codegen-core` and `codegen-review`.
//! `cargo xtask --help` lists them; `flags.rs` declares the command line.
//!
//! Every task exits 0 when it found nothing, 1 when it found something (stale files, an
//! invalid payload, drift, a breaking change) and 2 when its input is unusable (a spec that
//! does not load, a file that cannot be read, bad arguments).
//!
//! The workspace is found at run time, from the current folder upward (or `--root`), never
//! from where the xtask binary was built: two checkouts that share a build folder share this
//! binary, and each must regenerate its own files.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use codegen_core::generate::{self, GeneratedFile, OWNED};
use codegen_core::input;
use codegen_core::ir::Role;
use codegen_core::render_from_files;

mod bench;
mod flags;
mod git;
mod release;
mod review;

/// Generation builds and drops millions of small token trees: a faster allocator pays.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit code of a task that found something: stale files, violations, drift, breaking changes.
const FOUND: u8 = 1;
/// Exit code of a task whose input cannot be used (a spec that does not load, a missing file).
const UNUSABLE: u8 = 2;

fn main() -> ExitCode {
    let flags = match flags::Xtask::from_env() {
        Ok(flags) => flags,
        Err(error) if error.is_help() => {
            println!("{error}");
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            eprintln!("error: {error}\n(`cargo xtask --help` lists the tasks and their arguments)");
            return ExitCode::from(UNUSABLE);
        }
    };
    match flags.subcommand {
        flags::XtaskCmd::Codegen(flags) => {
            let mode = if flags.check {
                Mode::Check
            } else {
                Mode::Write
            };
            with_root(flags.root, |root| codegen(root, mode))
        }
        flags::XtaskCmd::Schema(flags) => with_root(flags.root, |root| schema(root, &flags.out)),
        flags::XtaskCmd::Validate(flags) => validate(
            &flags.spec,
            &flags.role,
            &flags.payload,
            flags.max_bytes.unwrap_or(input::PAYLOAD_LIMIT),
        ),
        flags::XtaskCmd::Import(flags) => review::import(flags),
        flags::XtaskCmd::Drift(flags) => review::drift(
            &flags.doc,
            &flags.spec,
            flags.max_bytes.unwrap_or(input::PAGE_LIMIT),
        ),
        flags::XtaskCmd::SchemaDiff(flags) => {
            review::schema_diff(&flags.old, &flags.new, flags.fail_on.as_deref())
        }
        flags::XtaskCmd::BenchScale(flags) => {
            match (
                bench::counts(flags.sizes.as_deref(), "1,10,100,1000"),
                bench::counts(flags.compile.as_deref(), "10,100"),
                find_workspace(),
            ) {
                (Ok(sizes), Ok(compile), Ok(repo)) => {
                    bench::run(&repo, &sizes, &compile, flags.keep)
                }
                (Err(message), _, _) | (_, Err(message), _) | (_, _, Err(message)) => {
                    eprintln!("error: {message}");
                    ExitCode::from(UNUSABLE)
                }
            }
        }
        flags::XtaskCmd::Diff(flags) => {
            review::diff(&flags.old, flags.new.as_deref(), flags.fail_on.as_deref())
        }
    }
}

/// Runs `task` on the workspace: `root` when given, else the nearest folder at or above the
/// current one whose `Cargo.toml` declares a `[workspace]`.
fn with_root(root: Option<PathBuf>, task: impl FnOnce(&Path) -> ExitCode) -> ExitCode {
    let root = match root {
        Some(root) => root,
        None => match find_workspace() {
            Ok(root) => root,
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::from(UNUSABLE);
            }
        },
    };
    if !root.join(generate::SPECS_DIR).is_dir() {
        eprintln!(
            "error: {} has no `{}` folder; pass the workspace with --root",
            root.display(),
            generate::SPECS_DIR
        );
        return ExitCode::from(UNUSABLE);
    }
    task(&root)
}

fn find_workspace() -> Result<PathBuf, String> {
    let here = std::env::current_dir()
        .map_err(|error| format!("cannot read the current folder: {error}"))?;
    here.ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|manifest| manifest.lines().any(|line| line.trim() == "[workspace]"))
        })
        .map(Path::to_path_buf)
        .ok_or_else(|| {
            format!(
                "no Cargo workspace at or above {}; run from inside the workspace or pass --root",
                here.display()
            )
        })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

/// What happened to one file.
enum Change {
    Created,
    Updated(String),
    Removed(String),
}

fn codegen(root: &Path, mode: Mode) -> ExitCode {
    let started = Instant::now();
    let files = match generate_all(root) {
        Ok(files) => files,
        Err(code) => return code,
    };
    let changes = match changes(root, &files) {
        Ok(changes) => changes,
        Err(error) => {
            eprintln!("error: cannot read the generated files: {error}");
            return ExitCode::from(UNUSABLE);
        }
    };
    let elapsed = started.elapsed();
    match mode {
        Mode::Check => {
            for (path, change) in &changes {
                let (old, new) = match change {
                    Change::Created => ("", contents_of(&files, path)),
                    Change::Updated(old) => (old.as_str(), contents_of(&files, path)),
                    Change::Removed(old) => (old.as_str(), ""),
                };
                print!(
                    "{}",
                    similar::TextDiff::from_lines(old, new)
                        .unified_diff()
                        .context_radius(3)
                        .header(&format!("a/{path}"), &format!("b/{path}"))
                );
            }
            if changes.is_empty() {
                println!(
                    "{} generated files are up to date ({:.0?})",
                    files.len(),
                    elapsed
                );
                ExitCode::SUCCESS
            } else {
                for (path, _) in &changes {
                    eprintln!("stale: {path}");
                }
                eprintln!(
                    "error: {} generated file(s) are stale; run `cargo xtask codegen`",
                    changes.len()
                );
                ExitCode::from(FOUND)
            }
        }
        Mode::Write => {
            for (path, change) in &changes {
                let full = root.join(path);
                let result = match change {
                    Change::Removed(_) => std::fs::remove_file(&full),
                    Change::Created | Change::Updated(_) => full
                        .parent()
                        .map_or(Ok(()), std::fs::create_dir_all)
                        .and_then(|()| std::fs::write(&full, contents_of(&files, path))),
                };
                if let Err(error) = result {
                    eprintln!("error: cannot write {path}: {error}");
                    return ExitCode::from(UNUSABLE);
                }
                let verb = match change {
                    Change::Created => "created",
                    Change::Updated(_) => "updated",
                    Change::Removed(_) => "removed",
                };
                println!("{verb} {path}");
            }
            println!(
                "{} generated files, {} changed ({:.0?})",
                files.len(),
                changes.len(),
                started.elapsed()
            );
            ExitCode::SUCCESS
        }
    }
}

/// `cargo xtask schema --out DIR`: the schema releases as `DIR/<service>/<version>/…` (with
/// `DIR/<service>/CHANGELOG.md` and `DIR/index.json`), and the working schemas and OpenAPI
/// documents with their layout below `generated-client/` kept (`DIR/schemas/…`,
/// `DIR/openapi/…`), so the documents' `$ref`s still resolve.
fn schema(root: &Path, out: &Path) -> ExitCode {
    let files = match generate_all(root) {
        Ok(files) => files,
        Err(code) => return code,
    };
    let prefix = format!("{}/", generate::PUBLISHED_DIR);
    let mut written = 0;
    for file in &files {
        let Some(relative) = file.path.strip_prefix(&prefix) else {
            continue;
        };
        if !(relative.starts_with("schemas/") || relative.starts_with("openapi/")) {
            continue;
        }
        let target = out.join(handed_over(relative));
        let result = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, &file.contents));
        if let Err(error) = result {
            eprintln!("error: cannot write {}: {error}", target.display());
            return ExitCode::from(UNUSABLE);
        }
        println!("wrote {}", target.display());
        written += 1;
    }
    println!("{written} files in {}", out.display());
    ExitCode::SUCCESS
}

/// Where a published file goes in a `schema --out` folder: releases, changelogs and the release
/// index at the top (`tiki/1.0.0/…`), everything else where it is below `generated-client/`.
fn handed_over(relative: &str) -> String {
    let Some(inside) = relative.strip_prefix("schemas/") else {
        return relative.to_owned();
    };
    let released = match inside.split('/').collect::<Vec<_>>().as_slice() {
        [_, version, _] => semver::Version::parse(version).is_ok(),
        [_, file] => *file == codegen_review::release::CHANGELOG_FILE,
        [file] => *file == codegen_review::release::INDEX_FILE,
        _ => false,
    };
    if released {
        inside.to_owned()
    } else {
        relative.to_owned()
    }
}

/// Every generated file, or the specs' diagnostics printed (exit 2).
fn generate_all(root: &Path) -> Result<Vec<GeneratedFile>, ExitCode> {
    let (mut files, services) = generate::workspace_and_services(root).map_err(|diagnostics| {
        eprint!("{}", render_from_files(&diagnostics, root));
        eprintln!(
            "error: {} problem(s) in the specs; nothing was generated",
            diagnostics.len()
        );
        ExitCode::from(UNUSABLE)
    })?;
    check_service_features(root, &files).map_err(|error| {
        eprintln!("error: {error}");
        eprintln!("error: nothing was generated");
        ExitCode::from(UNUSABLE)
    })?;
    let releases = release::files(root, &files, &services).map_err(|error| {
        eprintln!("error: {error}");
        eprintln!("error: nothing was generated");
        ExitCode::from(UNUSABLE)
    })?;
    files.extend(releases);
    Ok(files)
}

/// Each service's modules are behind the cargo feature of its name: a service whose feature
/// `generated-client/Cargo.toml` does not declare would compile to nothing, silently.
fn check_service_features(root: &Path, files: &[GeneratedFile]) -> Result<(), String> {
    let manifest = root.join(generate::PUBLISHED_DIR).join("Cargo.toml");
    let Ok(text) = input::read_text(&manifest, input::SPEC_LIMIT) else {
        // A workspace without the crate (a scratch root): nothing compiles the index.
        return Ok(());
    };
    let declared: BTreeSet<&str> = text
        .lines()
        .skip_while(|line| line.trim() != "[features]")
        .skip(1)
        .take_while(|line| !line.trim_start().starts_with('['))
        .filter_map(|line| line.split_once('=').map(|(key, _)| key.trim()))
        .collect();
    let prefix = format!("{}/", generate::GENERATED_DIR);
    let services: BTreeSet<&str> = files
        .iter()
        .filter_map(|file| file.path.strip_prefix(&prefix)?.split_once('/'))
        .map(|(service, _)| service)
        .collect();
    let missing: Vec<&str> = services.difference(&declared).copied().collect();
    if missing.is_empty() {
        return Ok(());
    }
    Err(format!(
        "{}/Cargo.toml declares no feature for the service(s) {}: add `<service> = []` under \
         [features] (and to `default`), or their modules compile to nothing",
        generate::PUBLISHED_DIR,
        missing.join(", ")
    ))
}

/// `cargo xtask validate`: judges a payload by a spec, without compiling anything.
fn validate(spec: &Path, role: &str, payload: &Path, limit: u64) -> ExitCode {
    let endpoint = match load_spec(spec) {
        Ok(endpoint) => endpoint,
        Err(code) => return code,
    };
    let Some(role) = Role::from_name(role) else {
        eprintln!("error: the role is `request`, `response` or `error`, not `{role}`");
        return ExitCode::from(UNUSABLE);
    };
    let Some(body) = endpoint.body(role) else {
        eprintln!("error: {} publishes no error body", spec.display());
        return ExitCode::from(UNUSABLE);
    };
    let (spec, role) = (spec.display(), role.as_str());
    let text = match read(payload, limit) {
        Ok(text) => text,
        Err(code) => return code,
    };
    let payload = payload.display();
    // The same verdict as the generated decoders and the client: a repeated key is refused.
    if let Err(duplicate) = codegen_core::codegen_runtime::check_unique_keys(&text) {
        println!("{duplicate} [duplicate_key]");
        eprintln!("{payload}: 1 violation(s)");
        return ExitCode::from(FOUND);
    }
    let value = match codegen_core::codegen_runtime::serde_json::from_str(&text) {
        Ok(value) => value,
        Err(error) => {
            let message = error.to_string();
            let message = message.split(" at line ").next().unwrap_or_default();
            eprintln!(
                "{payload}:{}:{}: error: not JSON: {message}",
                error.line(),
                error.column().max(1)
            );
            return ExitCode::from(UNUSABLE);
        }
    };
    let report = codegen_core::json_validator::validate(&endpoint, &body.ty, &value);
    if report.is_empty() {
        println!("{payload}: valid {role} of {spec}");
        ExitCode::SUCCESS
    } else {
        print!("{report}");
        eprintln!("{payload}: {} violation(s)", report.violations().len());
        ExitCode::from(FOUND)
    }
}

/// The spec at `path` (named as given, relative to the current folder), or its diagnostics
/// printed with the lines they point at, each from its own file.
fn load_spec(path: &Path) -> Result<codegen_core::ir::Endpoint, ExitCode> {
    let display = path.display().to_string();
    codegen_core::load(path, &display).map_err(|diagnostics| {
        eprint!("{}", render_from_files(&diagnostics, Path::new("")));
        ExitCode::from(UNUSABLE)
    })
}

/// A text file of at most `limit` bytes, or an error printed (exit 2).
fn read(path: &Path, limit: u64) -> Result<String, ExitCode> {
    input::read_text(path, limit).map_err(|error| {
        let hint = match error {
            input::ReadError::TooLarge { .. } => " (--max-bytes raises the limit)",
            _ => "",
        };
        eprintln!("error: cannot read {}: {error}{hint}", path.display());
        ExitCode::from(UNUSABLE)
    })
}

fn contents_of<'a>(files: &'a [GeneratedFile], path: &str) -> &'a str {
    files
        .iter()
        .find(|file| file.path == path)
        .map_or("", |file| file.contents.as_str())
}

/// Files whose contents differ from what the specs generate, and generated files no spec
/// generates any more, by path.
fn changes(root: &Path, files: &[GeneratedFile]) -> std::io::Result<Vec<(String, Change)>> {
    let mut changes = Vec::new();
    for file in files {
        match std::fs::read_to_string(root.join(&file.path)) {
            // A checkout that turned line ends into CRLF holds the same file.
            Ok(old) if old == file.contents || old.replace("\r\n", "\n") == file.contents => {}
            Ok(old) => changes.push((file.path.clone(), Change::Updated(old))),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                changes.push((file.path.clone(), Change::Created));
            }
            Err(error) => return Err(error),
        }
    }
    let wanted: BTreeSet<&str> = files.iter().map(|file| file.path.as_str()).collect();
    for (dir, extension) in OWNED {
        for path in existing_files(&root.join(dir), extension)? {
            let relative = generate::display_path(root, &path);
            if !wanted.contains(relative.as_str()) {
                changes.push((relative, Change::Removed(std::fs::read_to_string(&path)?)));
            }
        }
    }
    changes.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(changes)
}

fn existing_files(dir: &Path, extension: &str) -> std::io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(found),
        Err(error) => return Err(error),
    };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            found.extend(existing_files(&path, extension)?);
        } else if path.extension().is_some_and(|ext| ext == extension) {
            found.push(path);
        }
    }
    Ok(found)
}

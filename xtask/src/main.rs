//! `cargo xtask …`: the project's tasks, thin shells over `codegen-core` and `codegen-review`.
//!
//! - `cargo xtask codegen`: regenerate `generated-client/src/generated/` from every spec under
//!   `specs/`, printing which files changed.
//! - `cargo xtask codegen --check`: change nothing; print a diff of every stale file and exit 1
//!   if there is one.
//! - `cargo xtask schema --out DIR`: write the publishable set (JSON Schemas and OpenAPI
//!   documents, in `DIR/schemas/…` and `DIR/openapi/…`) for handing over to other teams.
//! - `cargo xtask validate <spec.yaml> <request|response|error> <payload.json>`: print one line
//!   per violation of the payload; exit 0 when valid, 1 when not, 2 when the spec or payload
//!   cannot be read or the payload is not JSON.
//! - `cargo xtask import <doc.md> [--out spec.yaml] [--service S] [--endpoint E] [--force]`:
//!   draft a spec (and its example files, beside it) from a vendor doc page; print what to
//!   review. Without `--out`, the YAML goes to stdout.
//! - `cargo xtask drift <doc.md> <spec.yaml>`: list each row, header or URL of the page that
//!   differs from the curated spec; exit 0 when none does, 1 when the doc drifted, 2 when
//!   either file cannot be read.
//! - `cargo xtask diff <old.yaml> <new.yaml>`: classify every change between two versions of a
//!   spec as breaking, compatible or docs, and print the semver bump it implies.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use codegen_core::generate::{self, GeneratedFile, OWNED};
use codegen_core::{Diagnostic, render};

mod review;

const USAGE: &str = "usage: cargo xtask codegen [--check]
       cargo xtask schema --out <dir>
       cargo xtask validate <spec.yaml> <request|response|error> <payload.json>
       cargo xtask import <doc.md> [--out <spec.yaml>] [--service <name>] [--endpoint <name>] [--force]
       cargo xtask drift <doc.md> <spec.yaml>
       cargo xtask diff <old.yaml> <new.yaml>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.split_first() {
        Some((task, rest)) if task == "codegen" => match rest {
            [] => codegen(Mode::Write),
            [flag] if flag == "--check" => codegen(Mode::Check),
            _ => usage(),
        },
        Some((task, [flag, dir])) if task == "schema" && flag == "--out" => schema(Path::new(dir)),
        Some((task, [spec, role, payload])) if task == "validate" => validate(spec, role, payload),
        Some((task, [doc, flags @ ..])) if task == "import" => {
            match review::ImportArgs::parse(flags) {
                Some(flags) => review::import(doc, flags),
                None => usage(),
            }
        }
        Some((task, [doc, spec])) if task == "drift" => review::drift(doc, spec),
        Some((task, [old, new])) if task == "diff" => review::diff(old, new),
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Write,
    Check,
}

/// The workspace root: xtask's manifest sits one folder below it.
fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

/// What happened to one file.
enum Change {
    Created,
    Updated(String),
    Removed(String),
}

fn codegen(mode: Mode) -> ExitCode {
    let started = Instant::now();
    let root = workspace_root();
    let files = match generate::workspace(&root) {
        Ok(files) => files,
        Err(diagnostics) => {
            eprint!("{}", render_all(&root, &diagnostics));
            eprintln!(
                "error: {} problem(s) in the specs; nothing was generated",
                diagnostics.len()
            );
            return ExitCode::FAILURE;
        }
    };
    let changes = match changes(&root, &files) {
        Ok(changes) => changes,
        Err(error) => {
            eprintln!("error: cannot read the generated files: {error}");
            return ExitCode::FAILURE;
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
                ExitCode::FAILURE
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
                    return ExitCode::FAILURE;
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

/// `cargo xtask schema --out DIR`: the published files, with their layout below
/// `generated-client/` kept, so the OpenAPI documents' `$ref`s still resolve.
fn schema(out: &Path) -> ExitCode {
    let root = workspace_root();
    let files = match generate::workspace(&root) {
        Ok(files) => files,
        Err(diagnostics) => {
            eprint!("{}", render_all(&root, &diagnostics));
            return ExitCode::FAILURE;
        }
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
        let target = out.join(relative);
        let result = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, &file.contents));
        if let Err(error) = result {
            eprintln!("error: cannot write {}: {error}", target.display());
            return ExitCode::FAILURE;
        }
        println!("wrote {}", target.display());
        written += 1;
    }
    println!("{written} files in {}", out.display());
    ExitCode::SUCCESS
}

/// `cargo xtask validate`: judges a payload by a spec, without compiling anything.
fn validate(spec: &str, role: &str, payload: &str) -> ExitCode {
    let endpoint = match load_spec(spec) {
        Ok(endpoint) => endpoint,
        Err(code) => return code,
    };
    let body = match role {
        "request" => Some(&endpoint.request),
        "response" => Some(&endpoint.response),
        "error" => endpoint.errors.as_ref(),
        _ => {
            eprintln!("error: the role is `request`, `response` or `error`, not `{role}`");
            return ExitCode::from(UNUSABLE);
        }
    };
    let Some(body) = body else {
        eprintln!("error: {spec} publishes no error body");
        return ExitCode::from(UNUSABLE);
    };
    let text = match std::fs::read_to_string(payload) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("error: cannot read {payload}: {error}");
            return ExitCode::from(UNUSABLE);
        }
    };
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
        ExitCode::FAILURE
    }
}

/// Exit code of a task whose input cannot be read (a spec that does not load, a missing file).
const UNUSABLE: u8 = 2;

/// The spec at `path`, or its diagnostics printed with the lines they point at.
fn load_spec(path: &str) -> Result<codegen_core::ir::Endpoint, ExitCode> {
    codegen_core::load(Path::new(path), path).map_err(|diagnostics| {
        let source = std::fs::read_to_string(path).ok();
        eprint!("{}", render(&diagnostics, source.as_deref()));
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
            Ok(old) if old == file.contents => {}
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

/// Diagnostics with the spec line each points at.
fn render_all(root: &Path, diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let source = std::fs::read_to_string(root.join(&diagnostic.file)).ok();
            render(std::slice::from_ref(diagnostic), source.as_deref())
        })
        .collect()
}

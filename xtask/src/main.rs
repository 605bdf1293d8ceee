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

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use codegen_core::generate;
use codegen_core::input;
use codegen_core::ir::Role;
use codegen_core::render_from_files;

mod bench;
mod codegen;
mod deliver;
mod features;
mod flags;
mod git;
mod import_folder;
mod mock;
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
                codegen::Mode::Check
            } else {
                codegen::Mode::Write
            };
            with_root(flags.root, |root| codegen::run(root, mode))
        }
        flags::XtaskCmd::Schema(flags) => with_root(flags.root, |root| schema(root, &flags.out)),
        flags::XtaskCmd::Validate(flags) => validate(
            &flags.spec,
            &flags.role,
            &flags.payload,
            flags.max_bytes.unwrap_or(input::PAYLOAD_LIMIT),
        ),
        flags::XtaskCmd::Import(flags) => review::import(flags),
        flags::XtaskCmd::Drift(flags) => match review::Format::parse(flags.format.as_deref()) {
            Ok(format) => review::drift(
                &flags.doc,
                &flags.spec,
                flags.max_bytes.unwrap_or(input::PAGE_LIMIT),
                format,
            ),
            Err(code) => code,
        },
        flags::XtaskCmd::SchemaDiff(flags) => {
            match review::Format::parse(flags.format.as_deref()) {
                Ok(format) => {
                    review::schema_diff(&flags.old, &flags.new, flags.fail_on.as_deref(), format)
                }
                Err(code) => code,
            }
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
        flags::XtaskCmd::Mock(flags) => with_root(flags.root, |root| {
            mock::run(root, flags.listen.as_deref(), flags.scenario.as_deref())
        }),
        flags::XtaskCmd::Deliver(flags) => with_root(flags.root.clone(), |root| {
            deliver::run(
                root,
                &flags.notification,
                &flags.to,
                flags.body.as_deref(),
                flags.kind.as_deref(),
            )
        }),
        flags::XtaskCmd::Diff(flags) => match review::Format::parse(flags.format.as_deref()) {
            Ok(format) => review::diff(
                &flags.old,
                flags.new.as_deref(),
                flags.fail_on.as_deref(),
                format,
            ),
            Err(code) => code,
        },
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

/// `cargo xtask schema --out DIR`: the schema releases as `DIR/<service>/<version>/…` (with
/// `DIR/<service>/CHANGELOG.md` and `DIR/index.json`), and the working schemas and OpenAPI
/// documents with their layout below `generated-client/` kept (`DIR/schemas/…`,
/// `DIR/openapi/…`), so the documents' `$ref`s still resolve.
fn schema(root: &Path, out: &Path) -> ExitCode {
    let files = match codegen::all_files(root) {
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
    if let Some(refused) = codegen_core::codegen_runtime::DecodeError::byte_order_mark(&text) {
        eprintln!("{payload}:1:1: error: not JSON: {}", refused.message);
        return ExitCode::from(UNUSABLE);
    }
    // The same verdict as the generated decoders and the client: a repeated key is refused.
    if let Err(duplicate) = codegen_core::codegen_runtime::check_unique_keys(&text) {
        println!("{duplicate} [duplicate_key]");
        eprintln!("{payload}: 1 violation(s)");
        return ExitCode::from(FOUND);
    }
    // Judged as it is parsed: no owned tree of the whole payload, so memory stays near the
    // payload's own size however large `--max-bytes` lets it be.
    let report = match codegen_core::json_validator::validate_text(&endpoint, &body.ty, &text) {
        Ok(report) => report,
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
    input::read_text(path, limit).map_err(|error| unreadable(path, &error))
}

/// A vendor page of at most `limit` bytes, as text: UTF-8, or the encoding it declares (a
/// byte order mark, an HTML `charset`); else an error printed (exit 2).
fn read_page(path: &Path, limit: u64) -> Result<String, ExitCode> {
    let bytes = input::read_bytes(path, limit).map_err(|error| unreadable(path, &error))?;
    codegen_review::page_text::decode(bytes).map_err(|error| {
        eprintln!("error: cannot read {}: {error}", path.display());
        ExitCode::from(UNUSABLE)
    })
}

/// Prints why `path` could not be read (with the flag that raises a size limit); exit 2.
fn unreadable(path: &Path, error: &input::ReadError) -> ExitCode {
    let hint = match error {
        input::ReadError::TooLarge { .. } => " (--max-bytes raises the limit)",
        _ => "",
    };
    eprintln!("error: cannot read {}: {error}{hint}", path.display());
    ExitCode::from(UNUSABLE)
}

pub(crate) fn existing_files(dir: &Path, extension: &str) -> std::io::Result<Vec<PathBuf>> {
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

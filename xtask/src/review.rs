//! `import`, `drift` and `diff`: shells over `codegen-review`.

use std::path::Path;
use std::process::ExitCode;

use codegen_core::codegen_runtime::serde_json;
use codegen_core::render_from_files;
use codegen_review::changes::{Class, bump, diff as spec_diff};
use codegen_review::drift::drift as page_drift;
use codegen_review::import::{ImportOptions, import as import_page};
use codegen_review::page::Page;

use crate::flags::Import;
use crate::{FOUND, UNUSABLE, load_spec, read};

/// How a review task prints its verdict: lines for people, or one JSON document for a CI job
/// (to comment on a pull request).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

impl Format {
    /// `--format`: `text` (the default) or `json`.
    pub fn parse(text: Option<&str>) -> Result<Self, ExitCode> {
        match text.unwrap_or("text") {
            "text" => Ok(Self::Text),
            "json" => Ok(Self::Json),
            other => {
                eprintln!("error: --format takes `text` or `json`, not `{other}`");
                Err(ExitCode::from(UNUSABLE))
            }
        }
    }
}

fn print_json(value: &serde_json::Value) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_else(|_| value.to_string())
    );
}

/// `cargo xtask import <doc.md> [--out spec.yaml] [--service S] [--endpoint E] [--force]`.
pub fn import(args: Import) -> ExitCode {
    if args.doc.is_dir() {
        return crate::import_folder::import_folder(args);
    }
    let doc = args.doc.display().to_string();
    let text = match crate::read_page(
        &args.doc,
        args.max_bytes.unwrap_or(codegen_core::input::PAGE_LIMIT),
    ) {
        Ok(text) => text,
        Err(code) => return code,
    };
    // A page of several calls: `--endpoint` names the one to draft (as a folder import names
    // each); without it the page is drafted whole and the reviewer is told.
    let sections = codegen_review::sections::split(&text);
    let section = args
        .endpoint
        .as_deref()
        .and_then(|name| sections.iter().find(|section| section.name == name));
    if section.is_none() && sections.len() >= 2 {
        let names: Vec<&str> = sections.iter().map(|s| s.name.as_str()).collect();
        eprintln!(
            "note: the page documents {} calls ({}); pass --endpoint NAME to draft one of them, or import its folder for a spec each",
            sections.len(),
            names.join(", ")
        );
    }
    let page = Page::parse(section.map_or(text.as_str(), |section| section.text.as_str()));
    let service_auth = args.service.as_deref().and_then(service_auth);
    let shared_path = args.service.as_deref().map(|service| {
        Path::new(codegen_core::generate::SPECS_DIR)
            .join(service)
            .join(codegen_core::SHARED_TYPES_FILE)
    });
    let shared = shared_path
        .as_deref()
        .filter(|path| path.is_file())
        .and_then(|path| codegen_core::load_shared(path, &path.display().to_string()).ok());
    let defaults = shared
        .as_ref()
        .map(|shared| shared.defaults.clone())
        .unwrap_or_default();
    let shared = shared
        .as_ref()
        .map_or_else(Vec::new, codegen_review::import::shared_fields);
    let options = ImportOptions {
        doc: doc.clone(),
        service: args.service,
        endpoint: args.endpoint,
        service_auth,
        shared,
        defaults,
    };
    let draft = import_page(&page, &options);
    let yaml = draft.to_yaml();
    let rows: usize = draft.types.iter().map(|t| t.rows.len()).sum();
    let format = match Format::parse(args.format.as_deref()) {
        Ok(format) => format,
        Err(code) => return code,
    };
    let Some(out) = args.out else {
        if format == Format::Text {
            print!("{yaml}");
            for flag in &draft.flags {
                eprintln!("review: {flag}");
            }
            if !draft.examples.is_empty() {
                eprintln!(
                    "note: {} example(s) not written; pass --out to write them beside the spec",
                    draft.examples.len()
                );
            }
        }
        let (diagnostics, rendered) = judge(&draft, &yaml, shared_path.as_deref());
        if format == Format::Json {
            let problems: Vec<serde_json::Value> = diagnostics
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "file": d.file,
                        "line": d.at.line,
                        "column": d.at.column,
                        "message": d.message,
                    })
                })
                .collect();
            let in_draft: Vec<&str> = codegen_review::import::review_points(&yaml)
                .into_iter()
                .map(str::trim)
                .collect();
            let examples: Vec<serde_json::Value> = draft
                .examples
                .iter()
                .map(|e| serde_json::json!({ "file": e.file, "text": e.text }))
                .collect();
            let points = diagnostics.len() + draft.flags.len() + in_draft.len();
            print_json(&serde_json::json!({
                "page": doc,
                "draft": yaml,
                "examples": examples,
                "review": draft.flags.iter().map(String::as_str).chain(in_draft).collect::<Vec<_>>(),
                "problems": problems,
                "loads": diagnostics.is_empty(),
            }));
            return if diagnostics.is_empty() && points == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(FOUND)
            };
        }
        eprint!("{rendered}");
        let loads = diagnostics.is_empty();
        return verdict(
            loads,
            diagnostics.len() + draft.flags.len() + review_lines(&yaml),
        );
    };
    let out_path = out.as_path();
    let dir = out_path.parent().unwrap_or(Path::new("."));
    let mut files = vec![(out_path.to_path_buf(), yaml)];
    for example in &draft.examples {
        files.push((dir.join(&example.file), format!("{}\n", example.text)));
    }
    if !args.force
        && let Some((existing, _)) = files.iter().find(|(path, _)| path.exists())
    {
        eprintln!(
            "error: {} exists; a draft never overwrites (pass --force to replace it)",
            existing.display()
        );
        return ExitCode::from(UNUSABLE);
    }
    for (path, contents) in &files {
        let written = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(path, contents));
        if let Err(error) = written {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::from(UNUSABLE);
        }
        println!("wrote {}", path.display());
    }
    println!(
        "{} type(s), {rows} row(s), {} example(s) from {doc}",
        draft.types.len(),
        draft.examples.len()
    );
    for flag in &draft.flags {
        eprintln!("review: {flag}");
    }
    let loads = match codegen_core::load(out_path, &out.display().to_string()) {
        Ok(_) => draft.is_spec(),
        Err(diagnostics) => {
            eprint!("{}", render_from_files(&diagnostics, Path::new("")));
            eprintln!(
                "review: the draft does not pass the spec checks yet ({} problem(s) above): each is a place where the page is silent or disagrees with itself",
                diagnostics.len()
            );
            false
        }
    };
    let in_draft = std::fs::read_to_string(out_path).map_or(0, |yaml| review_lines(&yaml));
    verdict(loads, draft.flags.len() + in_draft)
}

/// The problems of a draft as it would load, with its examples (and the service's shared
/// types) beside it in a scratch folder, and their rendering with the line of each one's own
/// file. A page that documents no call is a draft of shared types, judged as a `types.yaml`.
fn judge(
    draft: &codegen_review::import::Draft,
    yaml: &str,
    shared_path: Option<&Path>,
) -> (Vec<codegen_core::Diagnostic>, String) {
    let scratch = std::env::temp_dir().join(format!("xtask-import-{}", std::process::id()));
    let draft_name = if draft.is_spec() {
        "draft.yaml"
    } else {
        codegen_core::SHARED_TYPES_FILE
    };
    let written = std::fs::create_dir_all(&scratch).and_then(|()| {
        if let Some(path) = shared_path.filter(|path| path.is_file())
            && draft.is_spec()
        {
            std::fs::copy(path, scratch.join(codegen_core::SHARED_TYPES_FILE))?;
            // The examples the shared types name (the default error body's) come along.
            if let Some(folder) = path.parent() {
                for entry in std::fs::read_dir(folder)? {
                    let file = entry?.path();
                    if file.extension().is_some_and(|ext| ext == "json")
                        && let Some(name) = file.file_name()
                    {
                        std::fs::copy(&file, scratch.join(name))?;
                    }
                }
            }
        }
        for example in &draft.examples {
            std::fs::write(scratch.join(&example.file), format!("{}\n", example.text))?;
        }
        std::fs::write(scratch.join(draft_name), yaml)
    });
    let diagnostics = match written {
        Err(error) => vec![codegen_core::Diagnostic::error(
            draft_name,
            codegen_core::Location::default(),
            format!("cannot judge the draft in {}: {error}", scratch.display()),
        )],
        Ok(()) => {
            let path = scratch.join(draft_name);
            let loaded = if draft.is_spec() {
                codegen_core::load(&path, draft_name).map(|_| ())
            } else {
                codegen_core::load_shared(&path, draft_name).map(|_| ())
            };
            loaded.err().unwrap_or_default()
        }
    };
    // Rendered while the files are there to quote.
    let rendered = render_from_files(&diagnostics, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    (diagnostics, rendered)
}

/// The `# REVIEW` lines of a draft, each printed as a point to review; how many.
fn review_lines(yaml: &str) -> usize {
    let lines = codegen_review::import::review_points(yaml);
    for line in &lines {
        eprintln!("review (in the draft):{line}");
    }
    lines.len()
}

/// An honest verdict on a draft: exit 0 only when it loads as is (`cargo xtask codegen` would
/// accept it) with nothing left to review; otherwise 1, after every point was listed.
fn verdict(loads: bool, review_points: usize) -> ExitCode {
    if loads && review_points == 0 {
        eprintln!("the draft loads as it is");
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "the draft needs review: {}{review_points} point(s) listed above",
            if loads { "" } else { "it does not load yet; " }
        );
        ExitCode::from(FOUND)
    }
}

/// The headers and scheme of the first endpoint spec of `service` under `specs/` (from the
/// current folder) that loads: how a page that only says "signed" authenticates.
fn service_auth(service: &str) -> Option<codegen_review::import::ServiceAuth> {
    let folder = Path::new(codegen_core::generate::SPECS_DIR).join(service);
    let mut specs: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
        .ok()?
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| {
            path.extension().is_some_and(|ext| ext == "yaml")
                && path
                    .file_name()
                    .is_some_and(|name| name != codegen_core::SHARED_TYPES_FILE)
        })
        .collect();
    specs.sort();
    specs.iter().find_map(|spec| {
        let display = spec.display().to_string();
        let endpoint = codegen_core::load(spec, &display).ok()?;
        Some(codegen_review::import::ServiceAuth::of(&endpoint))
    })
}

/// `cargo xtask drift <doc.md> <spec.yaml>`: exit 0 when the page matches the spec, 1 when it
/// drifted, 2 when either cannot be read or the page states neither a table nor a call.
pub fn drift(doc_path: &Path, spec_path: &Path, limit: u64, format: Format) -> ExitCode {
    let (doc, spec) = (doc_path.display(), spec_path.display());
    let (text, endpoint) = match (crate::read_page(doc_path, limit), load_spec(spec_path)) {
        (Ok(text), Ok(endpoint)) => (text, endpoint),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let page = Page::parse(&text);
    // A page of no table that states its call (Tiki's user profile: a URL and a curl) is
    // compared by its call alone.
    if page.tables.is_empty() && !page.calls.is_empty() {
        eprintln!("note: {doc} has no table; its call alone is compared");
    }
    if page.tables.is_empty() && page.calls.is_empty() {
        // Reporting "no drift" for a page that was not understood would be a lie.
        for skipped in &page.skipped {
            eprintln!("note: {skipped}");
        }
        eprintln!("error: read no table of {doc}; nothing to compare with {spec}");
        return ExitCode::from(UNUSABLE);
    }
    let report = page_drift(&page, &endpoint);
    if format == Format::Json {
        let drifts: Vec<serde_json::Value> = report
            .drifts
            .iter()
            .map(|drift| {
                serde_json::json!({
                    "kind": drift.kind.to_string(),
                    "place": drift.place,
                    "detail": drift.detail,
                    "line": drift.line,
                })
            })
            .collect();
        print_json(&serde_json::json!({
            "page": doc.to_string(),
            "spec": spec.to_string(),
            "drifts": drifts,
            "not_on_page": report.not_on_page,
            "notes": page.skipped,
        }));
        return if report.drifts.is_empty() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(FOUND)
        };
    }
    for drift in &report.drifts {
        println!("{drift}");
    }
    if !report.not_on_page.is_empty() {
        println!(
            "not on this page (from pages it links to, or examples): {}",
            report.not_on_page.join(", ")
        );
    }
    for skipped in &page.skipped {
        eprintln!("note: {skipped}");
    }
    if report.drifts.is_empty() {
        println!("{doc}: no drift from {spec}");
        ExitCode::SUCCESS
    } else {
        eprintln!("{doc}: {} drift(s) from {spec}", report.drifts.len());
        ExitCode::from(FOUND)
    }
}

/// The least class that fails a run, from `--fail-on` (default `breaking`).
fn fail_on_class(fail_on: Option<&str>) -> Result<Class, ExitCode> {
    match fail_on.unwrap_or("breaking") {
        "breaking" => Ok(Class::Breaking),
        "compatible" => Ok(Class::Compatible),
        other => {
            eprintln!("error: --fail-on takes `breaking` or `compatible`, not `{other}`");
            Err(ExitCode::from(UNUSABLE))
        }
    }
}

/// Prints `changes` and their bump; exit 1 when one is of `fail_on` or a worse class.
fn report_changes(
    changes: &[codegen_review::changes::Change],
    fail_on: Class,
    format: Format,
) -> ExitCode {
    let count = |class: Class| changes.iter().filter(|c| c.class == class).count();
    if format == Format::Json {
        let listed: Vec<serde_json::Value> = changes
            .iter()
            .map(|change| {
                serde_json::json!({
                    "class": change.class.to_string(),
                    "place": change.place,
                    "what": change.what,
                    "breaks": {
                        "code": change.breaks.code,
                        "payloads": change.breaks.payloads,
                        "calls": change.breaks.calls,
                    },
                })
            })
            .collect();
        print_json(&serde_json::json!({
            "changes": listed,
            "bump": if changes.is_empty() { "none".to_owned() } else { bump(changes).to_string() },
            "breaking": count(Class::Breaking),
            "compatible": count(Class::Compatible),
            "documentation": count(Class::Documentation),
        }));
    } else {
        for change in changes {
            println!("{change}");
        }
    }
    if format == Format::Text {
        if changes.is_empty() {
            println!("semver: none (no change)");
        } else {
            println!(
                "semver: {} ({} breaking, {} compatible, {} docs)",
                bump(changes),
                count(Class::Breaking),
                count(Class::Compatible),
                count(Class::Documentation)
            );
        }
    }
    let fails = count(Class::Breaking) > 0
        || (fail_on == Class::Compatible && count(Class::Compatible) > 0);
    if fails {
        ExitCode::from(FOUND)
    } else {
        ExitCode::SUCCESS
    }
}

/// `cargo xtask schema-diff <old-dir> <new-dir> [--fail-on breaking|compatible]`.
pub fn schema_diff(old: &Path, new: &Path, fail_on: Option<&str>, format: Format) -> ExitCode {
    let fail_on = match fail_on_class(fail_on) {
        Ok(class) => class,
        Err(code) => return code,
    };
    let (old_set, new_set) = match (schema_set(old), schema_set(new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let changes = codegen_review::schema_changes::set_diff(&old_set, &new_set);
    report_changes(&changes, fail_on, format)
}

/// The schemas of a published set, by `<service>/<file>`: `dir/schemas/…` (a `schema --out`
/// folder) or `dir/…` (`generated-client/schemas`).
fn schema_set(
    dir: &Path,
) -> Result<Vec<(String, codegen_core::codegen_runtime::serde_json::Value)>, ExitCode> {
    let root = if dir.join("schemas").is_dir() {
        dir.join("schemas")
    } else {
        dir.to_path_buf()
    };
    let listing = |dir: &Path| {
        std::fs::read_dir(dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()))
            .map_err(|error| {
                eprintln!("error: cannot read {}: {error}", dir.display());
                ExitCode::from(UNUSABLE)
            })
    };
    let is_schema = |path: &Path| path.to_string_lossy().ends_with(".schema.json");
    // A release folder (`schemas/tiki/1.1.0`) holds one service's schemas itself.
    let folders: Vec<std::path::PathBuf> = if listing(&root)?.any(|p| is_schema(&p)) {
        vec![root.clone()]
    } else {
        listing(&root)?.filter(|p| p.is_dir()).collect()
    };
    let mut set = Vec::new();
    for service in folders {
        let files = std::fs::read_dir(&service).map_err(|error| {
            eprintln!("error: cannot read {}: {error}", service.display());
            ExitCode::from(UNUSABLE)
        })?;
        for file in files.filter_map(Result::ok).map(|e| e.path()) {
            if !file.to_string_lossy().ends_with(".schema.json") {
                continue;
            }
            let text = read(&file, codegen_core::input::PAYLOAD_LIMIT)?;
            let value =
                codegen_core::codegen_runtime::serde_json::from_str(&text).map_err(|error| {
                    eprintln!("error: {} is not JSON: {error}", file.display());
                    ExitCode::from(UNUSABLE)
                })?;
            let file_name = file.file_name().unwrap_or_default().to_string_lossy();
            let name = if service == root {
                file_name.into_owned()
            } else {
                let service = service.file_name().unwrap_or_default().to_string_lossy();
                format!("{service}/{file_name}")
            };
            set.push((name, value));
        }
    }
    if set.is_empty() {
        eprintln!("error: no published schemas under {}", root.display());
        return Err(ExitCode::from(UNUSABLE));
    }
    set.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(set)
}

/// `cargo xtask diff <old.yaml> <new.yaml> [--fail-on breaking|compatible]`, or
/// `cargo xtask diff <git-rev>`: every change, classified, and the semver bump; exit 1 when a
/// change of the `--fail-on` class (default `breaking`) or a worse one is found.
pub fn diff(old: &str, new: Option<&Path>, fail_on: Option<&str>, format: Format) -> ExitCode {
    let fail_on = match fail_on_class(fail_on) {
        Ok(class) => class,
        Err(code) => return code,
    };
    let changes = match new {
        Some(new) => match (load_spec(Path::new(old)), load_spec(new)) {
            (Ok(old), Ok(new)) => spec_diff(&old, &new),
            (Err(code), _) | (_, Err(code)) => return code,
        },
        None => match crate::git::changes_since(old) {
            Ok(changes) => changes,
            Err(code) => return code,
        },
    };
    report_changes(&changes, fail_on, format)
}

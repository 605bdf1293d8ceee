//! Every spec in `specs/` and the fixtures, mutated the way hands and tools break YAML (lines
//! deleted, duplicated, swapped, re-indented; unicode and control characters; truncation;
//! anchors and aliases; values of the wrong kind), goes through the loader without a panic, and
//! every diagnostic points inside the file it names. Deterministic (a fixed seed); a few
//! thousand mutants here, many more with `cargo test -p workspace-tests --test mutation --
//! --ignored`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use workspace_tests::mutate::{Rng, mutate};
use workspace_tests::workspace_root;

fn bases() -> Vec<PathBuf> {
    let root = workspace_root();
    let mut found = codegen_core::generate::discover_specs(&root).expect("specs");
    for folder in ["tests/fixtures/specs", "tests/fixtures/bad-specs"] {
        for entry in std::fs::read_dir(root.join(folder)).expect("fixtures") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|ext| ext == "yaml") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Runs `count` mutants of each base; returns how many ran.
fn run(count: usize, seed: u64) -> usize {
    let mut rng = Rng(seed);
    let mut ran = 0;
    let mut problems = Vec::new();
    for base in bases() {
        let text = std::fs::read_to_string(&base).expect("base");
        let dir = base.parent().unwrap_or(Path::new(".")).to_path_buf();
        let display = "mutant.yaml";
        for _ in 0..count {
            let mut mutant = mutate(&text, &mut rng);
            for _ in 0..rng.below(3) {
                mutant = mutate(&mutant, &mut rng);
            }
            ran += 1;
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                codegen_core::load_str(&mutant, display, &dir)
            }));
            let diagnostics = match outcome {
                Err(_) => {
                    problems.push(format!(
                        "panic on a mutant of {}:\n{mutant}",
                        base.display()
                    ));
                    continue;
                }
                Ok(Ok(_)) => continue,
                Ok(Err(diagnostics)) => diagnostics,
            };
            if diagnostics.is_empty() {
                problems.push(format!("an error without diagnostics:\n{mutant}"));
            }
            for diagnostic in &diagnostics {
                if let Some(problem) = misplaced(diagnostic, display, &mutant, &dir) {
                    problems.push(format!(
                        "{problem}: {diagnostic}\n--- mutant of {}:\n{mutant}",
                        base.display()
                    ));
                }
            }
        }
    }
    for problem in &problems {
        eprintln!("PROBLEM {}", problem.lines().next().unwrap_or_default());
    }
    assert!(
        problems.is_empty(),
        "{} problem(s); the first:\n{}",
        problems.len(),
        problems[0]
    );
    ran
}

/// Why `diagnostic` does not point inside the file it names, if it does not.
fn misplaced(
    diagnostic: &codegen_core::Diagnostic,
    display: &str,
    spec: &str,
    dir: &Path,
) -> Option<String> {
    let text = if diagnostic.file == display {
        spec.to_owned()
    } else {
        // An example file, named relative to the spec's display folder (none here).
        std::fs::read_to_string(dir.join(&diagnostic.file)).ok()?
    };
    let lines: Vec<&str> = codegen_core::diagnostic::source_lines(&text).collect();
    let (line, column) = (diagnostic.at.line as usize, diagnostic.at.column as usize);
    if line == 0 || line > lines.len() + 1 {
        return Some(format!("line {line} outside 1..={}", lines.len() + 1));
    }
    let width = lines.get(line - 1).map_or(0, |l| l.chars().count());
    if column == 0 || column > width + 2 {
        return Some(format!(
            "column {column} outside 1..={} on line {line}",
            width + 2
        ));
    }
    None
}

#[test]
fn mutated_specs_never_panic_and_point_inside_their_file() {
    let started = Instant::now();
    let ran = run(40, 0x5EED_2026_1125);
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{ran} mutants in {seconds:.2} s ({:.0} per second)",
        ran as f64 / seconds
    );
    assert!(ran >= 2000, "only {ran} mutants");
}

#[test]
#[ignore = "long: 2,000 mutants of each spec; run with --ignored"]
fn many_more_mutants() {
    let started = Instant::now();
    let ran = run(2000, 0xC0FF_EE00_1234);
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "{ran} mutants in {seconds:.2} s ({:.0} per second)",
        ran as f64 / seconds
    );
}

/// Markup fragments a broken doc page holds: cut tables, fences and template tags.
const PAGE_FRAGMENTS: &[&str] = &[
    "<table>",
    "</table>",
    "<tr><td>",
    "</td>",
    "```",
    "~~~",
    "| a | b |",
    "|---|",
    "# ",
    "---",
    "{% swagger method=\"post\" path=\"/x\" baseUrl=\"https://x.vn\" %}",
    "{% swagger-parameter in=\"body\" name=\"a\" type=\"string\" %}",
    "{% endswagger-parameter %}",
    "GET https://x.vn/v1/{id}",
    "curl -X POST https://x.vn?a=1 -d '{\"a\": null}'",
    "<!DOCTYPE html>",
    "<li>",
    "[Data](#data)",
];

/// Every doc page the repository holds (golden pages and the specs' vendor pages), mutated and
/// cut with markup fragments, goes through the page reader, the importer and the section
/// splitter without a panic.
#[test]
fn mutated_pages_never_panic_the_importer() {
    let root = workspace_root();
    let mut pages = Vec::new();
    let mut folders = vec![root.join("tests/fixtures/doc-pages"), root.join("specs")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                folders.push(path);
            } else if path
                .extension()
                .is_some_and(|ext| ext == "md" || ext == "html")
            {
                pages.push(path);
            }
        }
    }
    pages.sort();
    assert!(pages.len() > 40, "{} pages", pages.len());
    let mut rng = Rng(0x9A6E_2026_1205);
    let mut ran = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).expect("page");
        for _ in 0..12 {
            let mut mutant = mutate(&text, &mut rng);
            let lines: Vec<&str> = mutant.lines().collect();
            let at = rng.below(lines.len() + 1);
            let mut lines: Vec<String> = lines.into_iter().map(str::to_owned).collect();
            lines.insert(at.min(lines.len()), rng.pick(PAGE_FRAGMENTS).to_owned());
            mutant = lines.join("\n");
            ran += 1;
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                let read = codegen_review::page::Page::parse(&mutant);
                let options = codegen_review::import::ImportOptions::default();
                let draft = codegen_review::import::import(&read, &options);
                let _ = draft.to_yaml();
                let _ = codegen_review::sections::split(&mutant);
            }));
            assert!(
                outcome.is_ok(),
                "panic on a mutant of {}:\n{mutant}",
                page.display()
            );
        }
    }
    assert!(ran >= 500, "only {ran} mutants");
}

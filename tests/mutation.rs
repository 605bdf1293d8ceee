//! Every spec in `specs/` and the fixtures, mutated the way hands and tools break YAML (lines
//! deleted, duplicated, swapped, re-indented; unicode and control characters; truncation;
//! anchors and aliases; values of the wrong kind), goes through the loader without a panic, and
//! every diagnostic points inside the file it names. Deterministic (a fixed seed); a few
//! thousand mutants here, many more with `cargo test -p workspace-tests --test mutation --
//! --ignored`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::time::Instant;

use workspace_tests::workspace_root;

/// xorshift64*: small, fast and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

const ODD_TEXT: &[&str] = &[
    "é", "Việt", "😀", "\u{202E}", "\u{FEFF}", "\u{200B}", "\0", "\t", "\r", "\x1b[31m", "\u{7f}",
    "\\", "\"", "'", "#", ":", "- ", "{", "}", "[", "]", "&", "*", "!", "|", ">", "%", "@", "`",
];
const WRONG_VALUES: &[&str] = &[
    "[]",
    "{}",
    "123",
    "-1",
    "1.5e400",
    "true",
    "null",
    "~",
    "\"\"",
    "[1, [2, {}]]",
    "{ a: b }",
    "*nowhere",
    "&a x",
    "!!binary aGk=",
    "18446744073709551616",
    "0x1F",
    ".nan",
];

fn mutate(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    let at = rng.below(lines.len());
    match rng.below(10) {
        0 => {
            lines.remove(at);
        }
        1 => {
            let line = lines[at].clone();
            lines.insert(at, line);
        }
        2 => {
            let other = rng.below(lines.len());
            lines.swap(at, other);
        }
        3 => {
            let line = lines[at].trim_start().to_owned();
            let indent = rng.below(9);
            lines[at] = format!("{}{line}", " ".repeat(indent));
        }
        4 => {
            let line = &lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            lines[at] = format!("{}{}{}", &line[..cut], rng.pick(ODD_TEXT), &line[cut..]);
        }
        5 => {
            let joined = lines.join("\n");
            let cut = char_boundary(&joined, rng.below(joined.len() + 1));
            return joined[..cut].to_owned();
        }
        6 => {
            // An anchor on one value and aliases elsewhere, or an alias to nothing.
            if let Some(colon) = lines[at].find(": ") {
                lines[at].insert_str(colon + 2, "&shared ");
            }
            let other = rng.below(lines.len());
            if let Some(colon) = lines[other].find(": ") {
                lines[other].truncate(colon + 2);
                lines[other].push_str(rng.pick(&["*shared", "*missing", "[*shared, *shared]"]));
            }
        }
        7 => {
            if let Some(colon) = lines[at].find(": ") {
                lines[at].truncate(colon + 2);
                lines[at].push_str(rng.pick(WRONG_VALUES));
            }
        }
        8 => {
            // A nested alias bomb at the end.
            lines.push("bomb: &b0 [x, x, x, x, x, x, x, x, x, x]".to_owned());
            for level in 1..8 {
                let prev = level - 1;
                lines.push(format!(
                    "bomb{level}: &b{level} [*b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}, *b{prev}]"
                ));
            }
        }
        _ => {
            let line = &lines[at];
            let cut = char_boundary(line, rng.below(line.len() + 1));
            let kept = line[..cut].to_owned();
            lines[at] = kept;
        }
    }
    lines.join("\n")
}

fn char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

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

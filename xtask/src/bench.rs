//! `cargo xtask bench-scale`: how generation and the generated crate scale. It writes N
//! synthetic endpoints (typify's benchmark shapes: a 30-field request and a 30-field response
//! over string, integer, number, boolean, a 3-value enum, a string list, a nullable string and
//! a reference) into a scratch workspace under the system's temporary folder, never into
//! `specs/`; times `cargo xtask codegen --root <scratch>` in a child process (the first run,
//! which writes the whole tree, then the median of three regenerations over it, after the
//! written tree is flushed to disk; with the peak memory), counts the Rust lines written, and
//! for the sizes asked compiles the generated crate (dev profile, dependencies built first, `CARGO_INCREMENTAL=0`,
//! after touching `lib.rs`) with its time and the peak memory of the compiler.
//!
//! Peak memory is read with GNU time (`/usr/bin/time`), which sees the largest process of the
//! tree (rustc under cargo); where it is missing the figure is reported as unknown.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use codegen_core::codegen_runtime::serde_json;

use crate::UNUSABLE;

/// Fields per synthetic body.
const FIELDS: usize = 30;

/// Comma-separated endpoint counts (`default` when absent; `none`, no count).
pub fn counts(text: Option<&str>, default: &str) -> Result<Vec<usize>, String> {
    let text = text.unwrap_or(default);
    if text == "none" {
        return Ok(Vec::new());
    }
    text.split(',')
        .map(|n| match n.trim().parse() {
            Ok(0) => Err(format!(
                "`{n}`: a count is at least 1 (`none` skips the step)"
            )),
            Ok(count) => Ok(count),
            Err(_) => Err(format!("`{n}` is not a count")),
        })
        .collect()
}

/// Runs the benchmark on `sizes`, compiling the crate for `compile` (a subset of sizes).
pub fn run(repo: &Path, sizes: &[usize], compile: &[usize], keep: bool) -> ExitCode {
    let scratch = std::env::temp_dir().join(format!("xtask-bench-scale-{}", std::process::id()));
    let result = measure_all(repo, &scratch, sizes, compile);
    if keep {
        println!("kept {}", scratch.display());
    } else {
        let _ = std::fs::remove_dir_all(&scratch);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(UNUSABLE)
        }
    }
}

fn measure_all(
    repo: &Path,
    scratch: &Path,
    sizes: &[usize],
    compile: &[usize],
) -> Result<(), String> {
    let exe = release_xtask(repo)?;
    let time = Path::new("/usr/bin/time");
    let time = time.is_file().then_some(time);
    let codegen = |time: Option<&Path>, root: &Path| {
        let mut command = timed(time, &exe);
        command.args(["codegen", "--root"]).arg(root);
        command
    };
    println!(
        "| endpoints | first run (writes the tree) | regeneration (median of 3) | peak memory | Rust lines | lines per endpoint |"
    );
    println!("|---|---|---|---|---|---|");
    for &n in sizes {
        let root = scratch.join(format!("n{n}"));
        write_workspace(repo, &root, n)?;
        let (first, mut peak) = run_measured(codegen(time, &root), "codegen")?;
        // The first run writes the whole tree (68 MB at 1,000 endpoints); the kernel writes it
        // back to disk while the next runs would be timed, so it is flushed first.
        flush_to_disk();
        let mut runs = Vec::new();
        for _ in 0..3 {
            let (elapsed, memory) = run_measured(codegen(time, &root), "codegen")?;
            runs.push(elapsed);
            peak = peak.max(memory);
        }
        runs.sort();
        let lines = rust_lines(&root.join("generated-client/src"))?;
        println!(
            "| {n} | {:.3} s | {:.3} s | {} | {lines} | {} |",
            first.as_secs_f64(),
            runs[1].as_secs_f64(),
            show_kib(peak),
            lines / n.max(1)
        );
    }
    if compile.is_empty() {
        return Ok(());
    }
    // One build folder for every size: the dependencies are compiled once, untimed.
    let target = scratch.join("target");
    println!();
    println!("| endpoints | compile generated-client (dev, deps built) | peak memory |");
    println!("|---|---|---|");
    for &n in compile {
        let root = scratch.join(format!("n{n}"));
        if !root.join("generated-client/src/generated").is_dir() {
            write_workspace(repo, &root, n)?;
            run_measured(codegen(None, &root), "codegen")?;
        }
        let build = |time: Option<&Path>| {
            let mut command = timed(time, Path::new(&cargo()));
            command
                .args(["build", "--offline", "--quiet", "-p", "generated-client"])
                .current_dir(&root)
                .env("CARGO_TARGET_DIR", &target)
                .env("CARGO_INCREMENTAL", "0");
            command
        };
        run_measured(build(None), "cargo build (dependencies)")?;
        touch(&root.join("generated-client/src/lib.rs"))?;
        let (elapsed, memory) = run_measured(build(time), "cargo build")?;
        println!(
            "| {n} | {:.2} s | {} |",
            elapsed.as_secs_f64(),
            show_kib(memory)
        );
    }
    Ok(())
}

/// The xtask built with the release profile (generation is timed as users of an installed
/// generator run it, not unoptimized): its executable.
fn release_xtask(repo: &Path) -> Result<PathBuf, String> {
    eprintln!("building the xtask with the release profile…");
    let output = Command::new(cargo())
        .args(["build", "--release", "--quiet", "-p", "xtask"])
        .args(["--message-format=json-render-diagnostics"])
        .current_dir(repo)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "cannot build the xtask:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter(|message| message["target"]["name"] == "xtask")
        .find_map(|message| message["executable"].as_str().map(PathBuf::from))
        .ok_or_else(|| "cargo named no xtask executable".to_owned())
}

/// Asks the kernel to write dirty pages to disk (`sync`), where the command exists.
fn flush_to_disk() {
    let _ = Command::new("sync").status();
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// `program` run under GNU time when there is one (its report goes to a file we read).
fn timed(time: Option<&Path>, program: &Path) -> Command {
    match time {
        Some(time) => {
            let mut command = Command::new(time);
            command
                .args(["-f", "peak-kib %M", "-o"])
                .arg(peak_file())
                .arg(program);
            command
        }
        None => Command::new(program),
    }
}

fn peak_file() -> PathBuf {
    std::env::temp_dir().join(format!("xtask-bench-scale-{}.time", std::process::id()))
}

/// Runs `command` to success: its wall time and, under GNU time, its peak memory in KiB.
fn run_measured(mut command: Command, what: &str) -> Result<(Duration, Option<u64>), String> {
    let _ = std::fs::remove_file(peak_file());
    let started = Instant::now();
    let output = command
        .output()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    let elapsed = started.elapsed();
    if !output.status.success() {
        return Err(format!(
            "{what} failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let peak = std::fs::read_to_string(peak_file()).ok().and_then(|text| {
        text.lines()
            .find_map(|line| line.strip_prefix("peak-kib ")?.trim().parse().ok())
    });
    let _ = std::fs::remove_file(peak_file());
    Ok((elapsed, peak))
}

fn show_kib(kib: Option<u64>) -> String {
    kib.map_or_else(
        || "unknown (no /usr/bin/time)".to_owned(),
        |kib| format!("{:.0} MiB", kib as f64 / 1024.0),
    )
}

fn touch(path: &Path) -> Result<(), String> {
    let text = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn rust_lines(dir: &Path) -> Result<usize, String> {
    let files = crate::existing_files(dir, "rs")
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    files.iter().try_fold(0, |lines, path| {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        Ok(lines + text.lines().count())
    })
}

/// A workspace at `root` with `n` synthetic endpoint specs and a crate to compile them in,
/// depending on this repository's runtime.
fn write_workspace(repo: &Path, root: &Path, n: usize) -> Result<(), String> {
    let _ = std::fs::remove_dir_all(root);
    let write = |path: &str, text: &str| {
        let path = root.join(path);
        std::fs::create_dir_all(path.parent().unwrap_or(root))
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(
        "Cargo.toml",
        "[workspace]\nmembers = [\"generated-client\"]\nresolver = \"3\"\n",
    )?;
    let lock = std::fs::read_to_string(repo.join("Cargo.lock"))
        .map_err(|e| format!("cannot read the lock file: {e}"))?;
    write("Cargo.lock", &lock)?;
    let runtime = repo.join("codegen/runtime").display().to_string();
    write(
        "generated-client/Cargo.toml",
        &format!(
            "[package]\nname = \"generated-client\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [features]\ndefault = [\"client\", \"bench\"]\nclient = [\"codegen-runtime/client\"]\nschemars = [\"codegen-runtime/schemars\"]\nbench = []\n\n\
             [dependencies]\ncodegen-runtime = {{ path = {runtime:?} }}\n"
        ),
    )?;
    let lib = std::fs::read_to_string(repo.join("generated-client/src/lib.rs"))
        .map_err(|e| format!("cannot read generated-client/src/lib.rs: {e}"))?;
    // The real crate's lib.rs, without its doc test (it names the real services).
    let lib = lib
        .lines()
        .filter(|line| !line.starts_with("//!"))
        .collect::<Vec<_>>()
        .join("\n");
    write(
        "generated-client/src/lib.rs",
        &format!("//! Synthetic endpoints.\n{lib}\n"),
    )?;
    for i in 0..n {
        write(&format!("specs/bench/e{i:04}.yaml"), &synthetic_spec(i))?;
    }
    Ok(())
}

/// One synthetic endpoint: `E<i>Request` and `E<i>Response`, 30 fields each cycling through
/// the eight shapes; each enum field has an enum of its own; the request's references name
/// an enum, the response's the request.
pub fn synthetic_spec(i: usize) -> String {
    let mut types = String::new();
    let object = |name: &str, reference: &str, types: &mut String| {
        let mut fields = String::new();
        let mut enums = String::new();
        for f in 0..FIELDS {
            let field = match f % 8 {
                0 => "{ type: string, required: true, max_length: 64 }".to_owned(),
                1 => "{ type: integer, minimum: 0 }".to_owned(),
                2 => "{ type: number }".to_owned(),
                3 => "{ type: boolean }".to_owned(),
                4 => {
                    let enum_name = format!("{name}Kind{f}");
                    enums.push_str(&format!(
                        "  {enum_name}:\n    enum: [{{ value: alpha }}, {{ value: beta }}, {{ value: gamma }}]\n"
                    ));
                    format!("{{ type: {enum_name} }}")
                }
                5 => "{ type: list, items: { type: string }, max_items: 10 }".to_owned(),
                6 => "{ type: string, nullable: true }".to_owned(),
                _ => format!("{{ type: {reference} }}"),
            };
            fields.push_str(&format!("      field_{f}: {field}\n"));
        }
        types.push_str(&format!(
            "  {name}:\n    en: Synthetic body {i}.\n    fields:\n{fields}"
        ));
        types.push_str(&enums);
    };
    let request = format!("E{i}Request");
    let response = format!("E{i}Response");
    object(&request, &format!("{request}Kind4"), &mut types);
    object(&response, &request, &mut types);
    format!(
        "service: bench\nendpoint: e{i:04}\ntitle: {{ en: Synthetic endpoint {i} }}\n\
         doc: https://example.test/docs/{i}\nmethod: POST\nservers:\n  production: https://api.example.test\n\
         path: /things/{i}\nauth:\n  api_key: {{ header: Api-Key }}\nheaders:\n  Api-Key: {{ required: true, en: The key }}\n\
         request:\n  body: {request}\nresponse:\n  body: {response}\ntypes:\n{types}"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The synthetic shapes load as a spec and generate: two 30-field bodies over the eight
    /// shapes, and an enum of its own for each enum field.
    #[test]
    fn a_synthetic_endpoint_is_a_valid_spec_of_the_benchmark_shapes() {
        let text = synthetic_spec(7);
        let endpoint = codegen_core::load_str(&text, "specs/bench/e0007.yaml", Path::new("."))
            .unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, Some(&text))));
        let objects: Vec<usize> = endpoint
            .types
            .iter()
            .filter_map(|def| match &def.kind {
                codegen_core::ir::TypeKind::Object { fields, .. } => Some(fields.len()),
                _ => None,
            })
            .collect();
        assert_eq!(objects, [FIELDS, FIELDS]);
        assert_eq!(endpoint.types.len(), 2 + 8);
        assert!(codegen_core::generate::endpoint_file(&endpoint).is_ok());
    }

    #[test]
    fn counts_are_positive_and_none_skips() {
        assert_eq!(counts(None, "1,10"), Ok(vec![1, 10]));
        assert_eq!(counts(Some(" 5, 20"), "1"), Ok(vec![5, 20]));
        assert_eq!(counts(Some("none"), "1"), Ok(Vec::new()));
        assert!(counts(Some("0"), "1").is_err_and(|e| e.contains("at least 1")));
        assert!(counts(Some("ten"), "1").is_err_and(|e| e.contains("not a count")));
    }
}

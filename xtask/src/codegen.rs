//! `cargo xtask codegen [--check]`: regenerates everything from `specs/`, or (`--check`) says
//! which generated files differ from what the specs generate, with a diff.
//!
//! Everything that can refuse the run (a spec that does not load, a service without its cargo
//! feature, a version that can never be released) is decided before any file is written. A
//! schema change that needs a new version does not stop `codegen`: the code, docs and working
//! schemas follow the specs, the releases stay as published, and each service that waits is
//! named with the version to set (all in one run). `--check` refuses such a tree, so that a
//! change cannot land without its release.
//! The bulk of the output (Rust, Markdown, OpenAPI) is then compared with the files on disk,
//! and written, one file at a time as generation makes it, so the run holds only the files in
//! flight and what changed (at 1,000 endpoints the whole output is about 100 MB); check mode
//! holds and prints the diffs of the first stale files only, up to 1 MiB.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::ExitCode;
use std::sync::{Mutex, PoisonError};
use std::time::Instant;

use codegen_core::generate::{self, Failure, GeneratedFile, OWNED, Workspace};
use codegen_core::input::{self, ReadError};
use codegen_core::render_from_files;

use crate::{FOUND, UNUSABLE, existing_files, features, release};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Write,
    Check,
}

/// What happened to one file.
#[derive(Clone, Copy)]
enum Change {
    Created,
    Updated,
    Removed,
}

impl Change {
    fn verb(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Removed => "removed",
        }
    }
}

/// A file that differs from what the specs generate.
struct Changed {
    path: String,
    change: Change,
}

/// How much diff text check mode holds and prints: a check against an empty or long-stale
/// tree would otherwise hold the whole output again (50 MB at 1,000 endpoints).
const DIFF_BUDGET: usize = 1 << 20;

pub fn run(root: &Path, mode: Mode) -> ExitCode {
    let started = Instant::now();
    let waiting_allowed = mode == Mode::Write;
    let (workspace, before, waiting) = match prepare(root, waiting_allowed, waiting_allowed) {
        Ok(prepared) => prepared,
        Err(code) => return code,
    };
    let tree = Tree {
        root,
        mode,
        seen: Mutex::default(),
        folders: Mutex::default(),
    };
    // The files decided before (schemas, releases: thousands at scale) are compared and
    // written on a thread of their own while the pool makes the rest.
    let (handed, emitted) = std::thread::scope(|scope| {
        let handed = scope.spawn(|| before.into_iter().try_for_each(|file| tree.take(file)));
        let emitted = workspace
            .emit_code_and_docs(|file| tree.take(file))
            .map_err(|failure| match failure {
                Failure::Generation(diagnostic) => {
                    render_from_files(std::slice::from_ref(&diagnostic), root)
                }
                Failure::Sink(message) => message,
            });
        let handed = handed
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (handed, emitted)
    });
    let result = handed.and(emitted);
    if let Err(message) = result.and_then(|()| tree.remove_stale()) {
        eprint!("{}", tree.written());
        eprintln!("error: {}", message.trim_end());
        return ExitCode::from(UNUSABLE);
    }
    let seen = tree
        .seen
        .into_inner()
        .unwrap_or_else(PoisonError::into_inner);
    let mut changed = seen.changed;
    changed.sort_by(|a, b| a.path.cmp(&b.path));
    let elapsed = started.elapsed();
    match mode {
        Mode::Check if changed.is_empty() => {
            println!(
                "{} generated files are up to date ({elapsed:.0?})",
                seen.wanted.len()
            );
            ExitCode::SUCCESS
        }
        Mode::Check => {
            for diff in seen.diffs.values() {
                print!("{diff}");
            }
            for file in &changed {
                eprintln!("stale: {}", file.path);
            }
            let left_out = changed.len() - seen.diffs.len();
            if left_out > 0 {
                eprintln!(
                    "note: the diffs of {left_out} stale file(s) are left out (over {} KiB of diff shown)",
                    DIFF_BUDGET / 1024
                );
            }
            eprintln!(
                "error: {} generated file(s) are stale; run `cargo xtask codegen`",
                changed.len()
            );
            ExitCode::from(FOUND)
        }
        Mode::Write => {
            // One write for the list, not one per line (a first run lists thousands).
            let listed: String = changed
                .iter()
                .map(|file| format!("{} {}\n", file.change.verb(), file.path))
                .collect();
            print!("{listed}");
            println!(
                "{} generated files, {} changed ({elapsed:.0?})",
                seen.wanted.len(),
                changed.len()
            );
            for message in &waiting {
                eprintln!("warning: {message}");
            }
            if !waiting.is_empty() {
                eprintln!(
                    "warning: the schemas above are not released until that version is set \
                     (`cargo xtask codegen --check` refuses the tree until then)"
                );
            }
            ExitCode::SUCCESS
        }
    }
}

/// Loads the specs and makes every check that can refuse the run: the workspace, with the
/// files decided so far (the schemas and the releases), and what each service whose schemas
/// wait for a new version is asked to set. Unless `waiting_allowed`, such a service refuses
/// the run too; unless `declare_features`, so does a service whose cargo feature the crate's
/// manifest lacks (with it, the feature is added).
fn prepare(
    root: &Path,
    waiting_allowed: bool,
    declare_features: bool,
) -> Result<(Workspace, Vec<GeneratedFile>, Vec<String>), ExitCode> {
    let workspace = load(root)?;
    let refuse = |error: String| {
        eprintln!("error: {error}");
        eprintln!("error: nothing was generated");
        ExitCode::from(UNUSABLE)
    };
    let declared =
        features::ensure(root, &workspace.service_names(), declare_features).map_err(refuse)?;
    for service in declared {
        println!(
            "updated {}/Cargo.toml: feature `{service}` declared (on by default)",
            generate::PUBLISHED_DIR
        );
    }
    let mut files = workspace
        .schemas()
        .map_err(|diagnostic| refuse(render_from_files(&[diagnostic], root)))?;
    let releases = release::files(root, &files, &workspace.services()).map_err(refuse)?;
    if !waiting_allowed && !releases.waiting.is_empty() {
        // Every service that needs a bump, in one run.
        return Err(refuse(releases.waiting.join("\nerror: ")));
    }
    files.extend(releases.files);
    Ok((workspace, files, releases.waiting))
}

/// Every generated file, held together (for `schema --out`, which hands over a few of them):
/// the releases as published where a change waits for its version (a warning names it).
pub fn all_files(root: &Path) -> Result<Vec<GeneratedFile>, ExitCode> {
    let (workspace, mut files, waiting) = prepare(root, true, false)?;
    for message in &waiting {
        eprintln!("warning: {message}");
    }
    let rest = workspace.code_and_docs().map_err(|diagnostic| {
        eprint!("{}", render_from_files(&[diagnostic], root));
        ExitCode::from(UNUSABLE)
    })?;
    files.extend(rest);
    Ok(files)
}

/// The specs, or their diagnostics printed (exit 2).
fn load(root: &Path) -> Result<Workspace, ExitCode> {
    Workspace::load(root).map_err(|diagnostics| {
        eprint!("{}", render_from_files(&diagnostics, root));
        eprintln!(
            "error: {} problem(s) in the specs; nothing was generated",
            diagnostics.len()
        );
        ExitCode::from(UNUSABLE)
    })
}

/// What stands in the diff for a file on disk that is too large or not text to show (it
/// differs from what is generated either way); an error for one that cannot be read at all.
fn unreadable(path: &str, error: ReadError) -> Result<String, String> {
    match error {
        ReadError::TooLarge { .. } | ReadError::NotText => Ok(format!("({path}: {error})\n")),
        ReadError::Io(_) | ReadError::NotAFile(_) | ReadError::OutOfMemory { .. } => {
            Err(format!("cannot read {path}: {error}"))
        }
    }
}

/// The generated tree on disk, brought in line with (or, in check mode, compared with) the
/// files handed to it, from any thread.
struct Tree<'a> {
    root: &'a Path,
    mode: Mode,
    seen: Mutex<Seen>,
    /// Folders made (or found) in this run: a first run writes thousands of files into a few
    /// dozen folders, and asking the file system for each file's folder again is a system
    /// call or two per file.
    folders: Mutex<BTreeSet<std::path::PathBuf>>,
}

#[derive(Default)]
struct Seen {
    /// Every path generated.
    wanted: BTreeSet<String>,
    changed: Vec<Changed>,
    /// Check mode: the diffs of the first stale files in path order, within [`DIFF_BUDGET`].
    diffs: BTreeMap<String, String>,
    diff_bytes: usize,
    /// The first path whose diff did not fit: it and every later path are left out.
    cutoff: Option<String>,
}

impl Seen {
    fn record(&mut self, (changed, diff): (Changed, Option<String>)) {
        if let Some(diff) = diff {
            self.keep_diff(changed.path.clone(), diff, DIFF_BUDGET);
        }
        self.changed.push(changed);
    }

    /// Keeps `diff` if it belongs to the longest run of stale files, in path order, whose
    /// diffs fit `budget` bytes. Files arrive from several threads in any order; evicting the
    /// last path while over budget leaves that same run whatever the order, so the output is
    /// the same from run to run.
    fn keep_diff(&mut self, path: String, diff: String, budget: usize) {
        if self.cutoff.as_ref().is_some_and(|cutoff| path >= *cutoff) {
            return;
        }
        self.diff_bytes += diff.len();
        self.diffs.insert(path, diff);
        while self.diff_bytes > budget {
            let Some((last, dropped)) = self.diffs.pop_last() else {
                break;
            };
            self.diff_bytes -= dropped.len();
            self.cutoff = Some(last);
        }
    }
}

impl Tree<'_> {
    /// Compares `file` with the one on disk and, in write mode, writes it when it differs.
    fn take(&self, file: GeneratedFile) -> Result<(), String> {
        let full = self.root.join(&file.path);
        // A checkout that turned line ends into CRLF holds the same file, at most twice as
        // long: anything longer differs, and is not read whole.
        let limit = 2 * file.contents.len() as u64;
        let old = match input::read_text(&full, limit) {
            Ok(old) => Some(old),
            Err(ReadError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => None,
            Err(error) => Some(unreadable(&file.path, error)?),
        };
        let change = match &old {
            Some(old) if *old == file.contents || old.replace("\r\n", "\n") == file.contents => {
                None
            }
            Some(_) => Some(Change::Updated),
            None => Some(Change::Created),
        };
        let changed = match change {
            None => None,
            Some(change) => {
                let old = old.as_deref().unwrap_or_default();
                Some(self.apply(&file.path, change, old, &file.contents)?)
            }
        };
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.wanted.insert(file.path);
        if let Some(changed) = changed {
            seen.record(changed);
        }
        Ok(())
    }

    /// Removes (or reports) the files of the folders codegen owns that nothing generated.
    fn remove_stale(&self) -> Result<(), String> {
        let wanted = std::mem::take(
            &mut self
                .seen
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .wanted,
        );
        let mut stale = Vec::new();
        for (dir, extension) in OWNED {
            let found = existing_files(&self.root.join(dir), extension)
                .map_err(|error| format!("cannot list {dir}: {error}"))?;
            for path in found {
                let relative = generate::display_path(self.root, &path);
                if !wanted.contains(&relative) {
                    let old = input::read_text(&path, input::PAYLOAD_LIMIT)
                        .or_else(|error| unreadable(&relative, error))?;
                    stale.push(self.apply(&relative, Change::Removed, &old, "")?);
                }
            }
        }
        let mut seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        seen.wanted = wanted;
        for changed in stale {
            seen.record(changed);
        }
        Ok(())
    }

    /// Writes (or removes) `path`, or in check mode makes the diff from `old` to `new`.
    fn apply(
        &self,
        path: &str,
        change: Change,
        old: &str,
        new: &str,
    ) -> Result<(Changed, Option<String>), String> {
        let mut diff = None;
        match self.mode {
            Mode::Check => {
                diff = Some(
                    similar::TextDiff::from_lines(old, new)
                        .unified_diff()
                        .context_radius(3)
                        .header(&format!("a/{path}"), &format!("b/{path}"))
                        .to_string(),
                );
            }
            Mode::Write => {
                let full = self.root.join(path);
                let written = match change {
                    Change::Removed => std::fs::remove_file(&full),
                    Change::Created | Change::Updated => full
                        .parent()
                        .map_or(Ok(()), |folder| self.make_folder(folder))
                        .and_then(|()| std::fs::write(&full, new)),
                };
                written.map_err(|error| format!("cannot write {path}: {error}"))?;
            }
        }
        Ok((
            Changed {
                path: path.to_owned(),
                change,
            },
            diff,
        ))
    }

    /// Makes `folder` and its parents unless this run made them already.
    fn make_folder(&self, folder: &Path) -> std::io::Result<()> {
        let made = |folders: &BTreeSet<std::path::PathBuf>| folders.contains(folder);
        if made(&self.folders.lock().unwrap_or_else(PoisonError::into_inner)) {
            return Ok(());
        }
        std::fs::create_dir_all(folder)?;
        self.folders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(folder.to_path_buf());
        Ok(())
    }

    /// In write mode, the files written so far (after a failure, what changed before it).
    fn written(&self) -> String {
        let seen = self.seen.lock().unwrap_or_else(PoisonError::into_inner);
        if self.mode == Mode::Check {
            return String::new();
        }
        let mut paths: Vec<&Changed> = seen.changed.iter().collect();
        paths.sort_by(|a, b| a.path.cmp(&b.path));
        paths
            .iter()
            .map(|file| format!("{} {}\n", file.change.verb(), file.path))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Seen;

    /// The diffs kept from files that arrive in `order`, with a budget of 10 bytes.
    fn kept(order: &[(&str, usize)]) -> Vec<String> {
        let mut seen = Seen::default();
        for (path, size) in order {
            seen.keep_diff((*path).to_owned(), "x".repeat(*size), 10);
        }
        seen.diffs.into_keys().collect()
    }

    #[test]
    fn check_mode_keeps_the_same_first_diffs_whatever_the_order_files_arrive_in() {
        let files = [("a", 3), ("b", 4), ("c", 2), ("d", 5), ("e", 1)];
        let first_that_fit = ["a", "b", "c"];
        assert_eq!(kept(&files), first_that_fit);
        let mut reversed = files;
        reversed.reverse();
        assert_eq!(kept(&reversed), first_that_fit);
        assert_eq!(
            kept(&[files[3], files[0], files[4], files[2], files[1]]),
            first_that_fit
        );
        assert_eq!(kept(&[("a", 11), ("b", 1)]), Vec::<String>::new());
        assert_eq!(kept(&[("a", 10)]), ["a"]);
    }
}

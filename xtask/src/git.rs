//! `cargo xtask diff <git-rev>`: every spec compared with its version at a revision, read from
//! git (the spec, its examples and its service's shared types), so nothing is copied by hand.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use codegen_core::generate::{self, SPECS_DIR};
use codegen_review::changes::{Breaks, Change, diff as spec_diff};

use crate::{UNUSABLE, load_spec};

/// The classified changes of every spec between `revision` and the working tree, each place
/// prefixed with its spec; a spec added since is compatible, one removed is breaking.
pub fn changes_since(revision: &str) -> Result<Vec<Change>, ExitCode> {
    let root = git(&["rev-parse", "--show-toplevel"])?;
    let root = PathBuf::from(root.trim());
    git(&["rev-parse", "--verify", &format!("{revision}^{{commit}}")])?;
    let scratch = std::env::temp_dir().join(format!("xtask-diff-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let listed = git(&["ls-tree", "-r", "--name-only", revision, "--", SPECS_DIR])?;
    for file in listed.lines().filter(|file| !file.contains("/docs/")) {
        let contents = git_bytes(&["show", &format!("{revision}:{file}")])?;
        let target = scratch.join(file);
        let written = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&target, contents));
        if let Err(error) = written {
            eprintln!("error: cannot write {}: {error}", target.display());
            return Err(ExitCode::from(UNUSABLE));
        }
    }
    let old_specs = specs_under(&scratch);
    let new_specs = specs_under(&root);
    let mut changes = Vec::new();
    let names: std::collections::BTreeSet<&String> = old_specs
        .iter()
        .chain(&new_specs)
        .map(|(name, _)| name)
        .collect();
    for name in names {
        let old = old_specs.iter().find(|(n, _)| n == name).map(|(_, p)| p);
        let new = new_specs.iter().find(|(n, _)| n == name).map(|(_, p)| p);
        let mut change =
            |breaks, what: &str| changes.push(Change::judged(breaks, name.clone(), what));
        match (old, new) {
            (Some(old), Some(new)) => {
                let old = load_spec(old)?;
                let new = load_spec(new)?;
                changes.extend(spec_diff(&old, &new).into_iter().map(|c| Change {
                    place: format!("{name} {}", c.place),
                    ..c
                }));
            }
            (None, Some(_)) => change(Breaks::NOBODY, "endpoint added"),
            // Its module, types and client method go away, and so does the call.
            (Some(_), None) => change(Breaks::CODE | Breaks::CALLS, "endpoint removed"),
            (None, None) => {}
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(changes)
}

/// The endpoint specs under `root/specs`, named as the workspace names them.
fn specs_under(root: &Path) -> Vec<(String, PathBuf)> {
    generate::discover_specs(root)
        .unwrap_or_default()
        .into_iter()
        .map(|path| (generate::display_path(root, &path), path))
        .collect()
}

fn git(args: &[&str]) -> Result<String, ExitCode> {
    git_bytes(args).map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn git_bytes(args: &[&str]) -> Result<Vec<u8>, ExitCode> {
    let output = Command::new("git").args(args).output().map_err(|error| {
        eprintln!("error: cannot run git: {error}");
        ExitCode::from(UNUSABLE)
    })?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        eprintln!(
            "error: git {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr).trim()
        );
        Err(ExitCode::from(UNUSABLE))
    }
}

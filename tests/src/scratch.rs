//! Scratch cargo workspaces for tests that compile a consumer the way a user's crate would:
//! each with the repository's lock file (the same dependency versions, nothing to resolve or
//! download), all building into one folder so that dependencies are compiled once.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::workspace_root;

/// A cargo workspace under a test's build folder.
pub struct ScratchWorkspace {
    dir: PathBuf,
    target: PathBuf,
}

impl ScratchWorkspace {
    /// The workspace `tmp/name` (`tmp` is the test's `CARGO_TARGET_TMPDIR`) with `members`.
    pub fn new(tmp: &Path, name: &str, members: &[&str]) -> Self {
        let scratch = Self {
            dir: tmp.join(name),
            target: tmp.join("scratch-target"),
        };
        let members: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
        scratch.write(
            "Cargo.toml",
            &format!(
                "[workspace]\nmembers = [{}]\nresolver = \"3\"\n",
                members.join(", ")
            ),
        );
        let lock = std::fs::read_to_string(workspace_root().join("Cargo.lock")).expect("lock");
        scratch.write("Cargo.lock", &lock);
        scratch
    }

    /// Writes `text` to `path` inside the workspace.
    pub fn write(&self, path: &str, text: &str) {
        let path = self.dir.join(path);
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("scratch folder");
        std::fs::write(&path, text).expect("scratch file");
    }

    /// `cargo check -p package`: the compiler's errors when it fails.
    pub fn check(&self, package: &str) -> Result<(), String> {
        let output = Command::new(env!("CARGO"))
            .args(["check", "--quiet", "--offline", "--message-format=short"])
            .args(["-p", package])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", &self.target)
            .output()
            .expect("cargo runs");
        if output.status.success() {
            Ok(())
        } else {
            Err(String::from_utf8_lossy(&output.stderr).into_owned())
        }
    }
}

/// A library package's manifest with `dependencies` (TOML lines).
pub fn library(name: &str, dependencies: &str) -> String {
    format!(
        "[package]\nname = {name:?}\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{dependencies}"
    )
}

/// A dependency on the repository's crate at `path` (relative to the repository).
pub fn repository_crate(name: &str, path: &str, settings: &str) -> String {
    let path = workspace_root().join(path).display().to_string();
    format!("{name} = {{ path = {path:?}{settings} }}\n")
}

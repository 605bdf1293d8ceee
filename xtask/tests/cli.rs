//! The command line every task shares: help, argument errors, exit codes (0 nothing found,
//! 1 something found, 2 unusable input), and the workspace found at run time.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

/// Runs xtask in `dir` with `args`: exit code, stdout, stderr.
fn xtask_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("xtask runs");
    let text = |bytes: Vec<u8>| String::from_utf8_lossy(&bytes).into_owned();
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}

fn xtask(args: &[&str]) -> (i32, String, String) {
    xtask_in(&workspace(), args)
}

/// A scratch workspace: a `Cargo.toml` declaring a workspace, and a copy of `specs/`.
fn scratch_workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&workspace().join("specs"), &dir.join("specs"));
    std::fs::write(dir.join("Cargo.toml"), "[workspace]\nmembers = []\n").expect("manifest");
    dir
}

/// Every service under specs/ (a folder holding specs), sorted, however many there are.
fn spec_services() -> Vec<String> {
    let mut services: Vec<String> = std::fs::read_dir(workspace().join("specs"))
        .expect("specs")
        .map(|entry| entry.expect("entry").path())
        .filter(|dir| {
            std::fs::read_dir(dir).is_ok_and(|mut files| {
                files.any(|file| {
                    file.is_ok_and(|file| file.path().extension().is_some_and(|e| e == "yaml"))
                })
            })
        })
        .map(|dir| {
            dir.file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    services.sort();
    services
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create dir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let path = entry.expect("entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}

#[test]
fn help_exits_0_on_stdout_for_the_tool_and_each_task() {
    for args in [&["--help"][..], &["codegen", "--help"], &["validate", "-h"]] {
        let (code, stdout, stderr) = xtask(args);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        assert!(stdout.contains("xtask codegen"), "{args:?}: {stdout}");
        assert!(stdout.contains("--check"), "{args:?}: {stdout}");
    }
}

#[test]
fn an_unknown_argument_is_named_and_exits_2() {
    let (code, _, stderr) = xtask(&["codegen", "--chek"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("`--chek`"), "{stderr}");
    let (code, _, stderr) = xtask(&["generate"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("generate"), "{stderr}");
    let (code, _, stderr) = xtask(&["validate", "specs/ladiflow/customer_create.yaml"]);
    assert_eq!(code, 2, "{stderr}");
}

#[test]
fn codegen_exits_1_for_stale_files_0_when_fresh_2_for_a_broken_spec() {
    let root = scratch_workspace("codegen");
    let root_arg = root.to_str().expect("utf-8 path");
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 1, "nothing generated yet: {stderr}");
    assert!(
        stderr.contains("stale: generated-client/src/generated/mod.rs"),
        "{stderr}"
    );

    let (code, stdout, stderr) = xtask(&["codegen", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    // Every file is new: `N generated files, N changed`.
    let counts: Vec<&str> = stdout
        .lines()
        .last()
        .unwrap_or_default()
        .split(' ')
        .filter(|word| word.parse::<usize>().is_ok())
        .collect();
    assert!(counts.len() == 2 && counts[0] == counts[1], "{stdout}");
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");

    // A checkout that turned line ends into CRLF is not stale.
    let module = root.join("generated-client/src/generated/mod.rs");
    let text = std::fs::read_to_string(&module).expect("generated");
    std::fs::write(&module, text.replace('\n', "\r\n")).expect("write CRLF");
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 0, "CRLF only: {stderr}");

    // A file far longer than what is generated differs, and is not read whole to say so.
    std::fs::write(&module, text.repeat(3)).expect("write a long file");
    let (code, stdout, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("it is larger than the limit"), "{stdout}");
    let (code, _, stderr) = xtask(&["codegen", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(std::fs::read_to_string(&module).expect("rewritten"), text);

    // A broken spec: exit 2, the diagnostic with its line, nothing written.
    let spec = root.join("specs/ladiflow/customer_create.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    std::fs::write(&spec, text.replacen("type: string", "type: strng", 1)).expect("write");
    for args in [
        &["codegen"][..],
        &["codegen", "--check"],
        &["schema", "--out", "out"],
    ] {
        let args: Vec<&str> = args.iter().copied().chain(["--root", root_arg]).collect();
        let (code, _, stderr) = xtask(&args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains("specs/ladiflow/customer_create.yaml:"),
            "{stderr}"
        );
        assert!(stderr.contains("unknown type `strng`"), "{stderr}");
        assert!(stderr.contains(" | "), "the spec line is shown: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&root);
}

/// A file codegen cannot write stops the run with its path and exit 2; what was written
/// before it is listed, and a run once the path is free again finishes the tree.
#[test]
fn codegen_names_a_file_it_cannot_write() {
    let root = scratch_workspace("unwritable");
    let root_arg = root.to_str().expect("utf-8 path");
    let blocked = root.join("generated-client/src/generated/tiki/types.rs");
    std::fs::create_dir_all(blocked.join("in-the-way")).expect("a folder where a file goes");
    let (code, _, stderr) = xtask(&["codegen", "--root", root_arg]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: cannot read generated-client/src/generated/tiki/types.rs"),
        "{stderr}"
    );
    // The schemas are written first, once every check that can refuse the run has passed.
    assert!(
        stderr.contains("created generated-client/schemas/tiki/types.schema.json"),
        "{stderr}"
    );
    std::fs::remove_dir_all(&blocked).expect("clear the way");
    let (code, _, stderr) = xtask(&["codegen", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    let _ = std::fs::remove_dir_all(&root);
}

/// A broken `types.yaml` is reported once, not by each endpoint of its service; an endpoint
/// beside it that does not even parse is still named, and other services still resolve.
#[test]
fn codegen_reports_a_broken_types_yaml_once() {
    let root = scratch_workspace("shared");
    let root_arg = root.to_str().expect("utf-8 path");
    let types = root.join("specs/ladiflow/types.yaml");
    let text = std::fs::read_to_string(&types).expect("types");
    std::fs::write(
        &types,
        text.replacen("service: ladiflow", "service: LadiFlow", 1),
    )
    .expect("write");
    let spec = root.join("specs/ladiflow/customer_list.yaml");
    std::fs::write(&spec, "method: [").expect("write");
    let tiki = root.join("specs/tiki/lead_application_create.yaml");
    let text = std::fs::read_to_string(&tiki).expect("spec");
    std::fs::write(&tiki, text.replacen("type: string", "type: strng", 1)).expect("write");

    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 2, "{stderr}");
    let reported = stderr
        .matches("`LadiFlow` is not a snake_case name")
        .count();
    assert_eq!(reported, 1, "{stderr}");
    assert!(
        stderr.contains("specs/ladiflow/customer_list.yaml:1:"),
        "{stderr}"
    );
    assert!(stderr.contains("unknown type `strng`"), "{stderr}");
    let _ = std::fs::remove_dir_all(&root);
}

/// Two checkouts sharing one build folder share this binary: it must work on the workspace it
/// is run in, not the one it was built in.
#[test]
fn codegen_works_on_the_workspace_around_the_current_folder() {
    let root = scratch_workspace("found");
    let (code, _, stderr) = xtask_in(&root.join("specs/tiki"), &["codegen"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(root.join("generated-client/src/generated/mod.rs").is_file());
    let _ = std::fs::remove_dir_all(&root);

    let outside = std::env::temp_dir().join(format!("xtask-cli-{}-none", std::process::id()));
    std::fs::create_dir_all(&outside).expect("dir");
    let (code, _, stderr) = xtask_in(
        &outside,
        &["codegen", "--root", outside.to_str().expect("utf-8")],
    );
    assert_eq!(code, 2);
    assert!(stderr.contains("has no `specs` folder"), "{stderr}");
    let _ = std::fs::remove_dir_all(&outside);
}

#[test]
fn schema_writes_the_published_set_and_exits_0() {
    let out = std::env::temp_dir().join(format!("xtask-cli-{}-schema", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let (code, stdout, stderr) = xtask(&["schema", "--out", out.to_str().expect("utf-8")]);
    assert_eq!(code, 0, "{stderr}");
    // Working schemas, releases (`<service>/<version>/`, with their index) and changelogs.
    let schemas = files_under(&workspace().join("generated-client/schemas"));
    let openapi = std::fs::read_dir(workspace().join("generated-client/openapi"))
        .expect("openapi")
        .count();
    assert!(
        stdout.contains(&format!("{} files in", schemas + openapi)),
        "{stdout}"
    );
    assert!(
        out.join("schemas/tiki/lead_application_create.request.schema.json")
            .is_file()
    );
    // Releases at the top, as a team pins them: `<service>/<version>/`, with the changelog
    // and the index of every release.
    assert!(out.join("tiki/1.0.0/index.json").is_file());
    assert!(
        out.join("tiki/1.0.0/lead_application_create.request.schema.json")
            .is_file()
    );
    assert!(out.join("tiki/CHANGELOG.md").is_file());
    assert!(out.join("index.json").is_file());
    assert!(!out.join("schemas/tiki/1.0.0").exists());
    let _ = std::fs::remove_dir_all(&out);
}

fn files_under(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .expect("readable")
        .map(|entry| entry.expect("entry").path())
        .map(|path| if path.is_dir() { files_under(&path) } else { 1 })
        .sum()
}

#[test]
fn diff_exits_1_on_a_breaking_change_and_0_otherwise() {
    let dir = std::env::temp_dir().join(format!("xtask-cli-{}-diff", std::process::id()));
    copy_dir(&workspace().join("specs/ladiflow"), &dir);
    let old = dir.join("customer_create.yaml");
    let text = std::fs::read_to_string(&old).expect("spec");
    // `email` becomes required: breaking for senders.
    let required = dir.join("required.yaml");
    let edited = text.replacen(
        "email: { type: string,",
        "email: { type: string, required: true,",
        1,
    );
    std::fs::write(&required, edited).expect("write");
    let arg = |path: &Path| path.to_str().expect("utf-8").to_owned();
    let (code, stdout, _) = xtask(&["diff", &arg(&old), &arg(&required)]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("semver: major"), "{stdout}");
    let (code, stdout, _) = xtask(&["diff", &arg(&old), &arg(&old)]);
    assert_eq!(code, 0, "{stdout}");
    let (code, _, stderr) = xtask(&["diff", &arg(&old), "no-such.yaml"]);
    assert_eq!(code, 2, "{stderr}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn diff_fail_on_sets_the_least_class_that_fails() {
    let dir = std::env::temp_dir().join(format!("xtask-cli-{}-fail-on", std::process::id()));
    copy_dir(&workspace().join("specs/ladiflow"), &dir);
    let old = dir.join("customer_create.yaml");
    let text = std::fs::read_to_string(&old).expect("spec");
    // An optional field added: compatible.
    let added = dir.join("added.yaml");
    let edited = text.replacen(
        "      first_name: {",
        "      nickname: { type: string }\n      first_name: {",
        1,
    );
    std::fs::write(&added, edited).expect("write");
    let arg = |path: &Path| path.to_str().expect("utf-8").to_owned();
    let run = |fail_on: Option<&str>| {
        let mut args = vec!["diff".to_owned(), arg(&old), arg(&added)];
        if let Some(fail_on) = fail_on {
            args.extend(["--fail-on".to_owned(), fail_on.to_owned()]);
        }
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        xtask(&args).0
    };
    assert_eq!(run(None), 0, "compatible does not fail by default");
    assert_eq!(run(Some("breaking")), 0);
    assert_eq!(run(Some("compatible")), 1);
    assert_eq!(run(Some("sometimes")), 2);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `diff <git-rev>` compares every spec with its version at the revision, examples and shared
/// types included, read from git.
#[test]
fn diff_against_a_git_revision_reads_the_old_specs_from_git() {
    let repo = std::env::temp_dir().join(format!("xtask-cli-{}-git", std::process::id()));
    let _ = std::fs::remove_dir_all(&repo);
    copy_dir(
        &workspace().join("specs/ladiflow"),
        &repo.join("specs/ladiflow"),
    );
    let git = |args: &[&str]| {
        let status = Command::new("git")
            .current_dir(&repo)
            .args(["-c", "user.name=test", "-c", "user.email=test@example.test"])
            .args(args)
            .output()
            .expect("git runs");
        assert!(
            status.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&status.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "specs"]);
    let spec = repo.join("specs/ladiflow/customer_create.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let edited = text.replacen(
        "email: { type: string,",
        "email: { type: string, required: true,",
        1,
    );
    std::fs::write(&spec, edited).expect("write");
    let (code, stdout, stderr) = xtask_in(&repo, &["diff", "HEAD"]);
    assert_eq!(code, 1, "{stdout}{stderr}");
    assert!(
        stdout
            .contains("breaking   specs/ladiflow/customer_create.yaml CustomerCreateRequest.email"),
        "{stdout}"
    );
    git(&["commit", "-q", "-am", "email required"]);
    let (code, stdout, _) = xtask_in(&repo, &["diff", "HEAD"]);
    assert_eq!((code, stdout.as_str()), (0, "semver: none (no change)\n"));
    let (code, _, stderr) = xtask_in(&repo, &["diff", "no-such-revision"]);
    assert_eq!(code, 2, "{stderr}");
    let _ = std::fs::remove_dir_all(&repo);
}

/// Two published sets compared schema by schema, request/response aware, with `--fail-on`.
#[test]
fn schema_diff_compares_published_sets_and_fails_on_breaking() {
    let base = std::env::temp_dir().join(format!("xtask-cli-{}-schema-diff", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (old, new) = (base.join("old"), base.join("new"));
    copy_dir(&workspace().join("generated-client/schemas"), &old);
    copy_dir(&workspace().join("generated-client/schemas"), &new);
    let arg = |path: &Path| path.to_str().expect("utf-8").to_owned();
    let (code, stdout, _) = xtask(&["schema-diff", &arg(&old), &arg(&new)]);
    assert_eq!((code, stdout.as_str()), (0, "semver: none (no change)\n"));

    // A value added to a response enum: readers that validate with the old set break.
    let file = new.join("tiki/types.schema.json");
    let text = std::fs::read_to_string(&file).expect("schema");
    let edited = text.replacen("\"rejected\"", "\"rejected\",\n        \"cancelled\"", 1);
    assert_ne!(edited, text);
    std::fs::write(&file, edited).expect("write");
    let (code, stdout, _) = xtask(&["schema-diff", &arg(&old), &arg(&new)]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains("breaking   tiki/types.schema.json#/$defs/ApplicationStatus/enum: enum value \"cancelled\" added"),
        "{stdout}"
    );
    // A request that accepts more (a minimum length dropped) is compatible for senders.
    std::fs::write(&file, text).expect("restore");
    let request = new.join("tiki/lead_application_create.request.schema.json");
    let text = std::fs::read_to_string(&request).expect("schema");
    let edited = text.replacen("\"minLength\": 1,", "", 1);
    assert_ne!(edited, text);
    std::fs::write(&request, edited).expect("write");
    let (code, stdout, _) = xtask(&["schema-diff", &arg(&old), &arg(&new)]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("compatible tiki/lead_application_create.request.schema.json#/$defs/LeadApplicationCreateRequest/properties/customer_id/minLength"),
        "{stdout}"
    );
    let (code, _, _) = xtask(&[
        "schema-diff",
        &arg(&old),
        &arg(&new),
        "--fail-on",
        "compatible",
    ]);
    assert_eq!(code, 1);
    let (code, _, stderr) = xtask(&["schema-diff", &arg(&old), &arg(&base.join("none"))]);
    assert_eq!(code, 2, "{stderr}");
    let _ = std::fs::remove_dir_all(&base);
}

/// A schema change under a released version is generated but not released: `codegen` names
/// the version to set and `--check` refuses until it is set; the bump releases a new folder
/// beside the old one, which stays byte for byte, and the changelog says what changed.
/// `schema-diff` compares two release folders.
#[test]
fn a_schema_change_needs_the_version_bump_its_class_calls_for() {
    let root = scratch_workspace("release");
    // The versions from the one the repository states: its next minor, the minor after that,
    // and its next major.
    let stated = std::fs::read_to_string(workspace().join("specs/tiki/types.yaml"))
        .expect("types")
        .lines()
        .find_map(|line| line.strip_prefix("version: ").map(str::to_owned))
        .expect("tiki states a version");
    let parts: Vec<u64> = stated
        .split('.')
        .map(|n| n.parse().expect("semver"))
        .collect();
    let (major, minor) = (parts[0], parts[1]);
    let next_minor = format!("{major}.{}.0", minor + 1);
    let minor_after = format!("{major}.{}.0", minor + 2);
    let next_major = format!("{}.0.0", major + 1);
    let released = format!("generated-client/schemas/tiki/{stated}");
    let released = released.as_str();
    let arg = |path: &Path| path.to_str().expect("utf-8").to_owned();
    let codegen = |extra: &[&str]| {
        let root = arg(&root);
        let mut args = vec!["codegen", "--root", &root];
        args.extend(extra);
        let (code, _, stderr) = xtask_in(&workspace(), &args);
        (code, stderr)
    };
    // The first run releases the specs as they are under the stated version (outside git,
    // every release folder on disk counts as published).
    assert_eq!(codegen(&[]), (0, String::new()));
    let first_index =
        std::fs::read_to_string(root.join(released).join("index.json")).expect("the first release");
    let module = root.join("generated-client/src/generated/tiki/lead_application_create.rs");
    let module_before = std::fs::read_to_string(&module).expect("generated");

    // Accepting more in a request: compatible, so a minor bump.
    let spec = root.join("specs/tiki/lead_application_create.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let compatible = text.replacen(
        "customer_id: { type: string, required: true, min_length: 1,",
        "customer_id: { type: string, required: true,",
        1,
    );
    assert_ne!(compatible, text);
    std::fs::write(&spec, &compatible).expect("write");
    let asks_for_the_minor = |stderr: &str| {
        stderr.contains(&format!(
            "tiki: the schemas released as {stated} would change (minor"
        )) && stderr.contains(&format!(
            "set `version: {next_minor}` in specs/tiki/types.yaml"
        ))
    };
    // Written: the code follows the specs, the release stays as published, and the run names
    // the version to set.
    let (code, stderr) = codegen(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        asks_for_the_minor(&stderr) && stderr.starts_with("warning: "),
        "{stderr}"
    );
    let module_after = std::fs::read_to_string(&module).expect("generated");
    assert_ne!(module_after, module_before, "the code follows the specs");
    assert_eq!(
        std::fs::read_to_string(root.join(released).join("index.json")).expect("kept"),
        first_index
    );
    let next_folder = root.join(format!("generated-client/schemas/tiki/{next_minor}"));
    assert!(!next_folder.exists(), "released before its version is set");
    // Checked: refused, so that a change cannot land without its release.
    let (code, stderr) = codegen(&["--check"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(asks_for_the_minor(&stderr), "{stderr}");
    let types = root.join("specs/tiki/types.yaml");
    let version = |v: &str| {
        let text = std::fs::read_to_string(&types).expect("types");
        let lines: Vec<String> = text
            .lines()
            .map(|line| {
                if line.starts_with("version: ") {
                    format!("version: {v}")
                } else {
                    line.to_owned()
                }
            })
            .collect();
        std::fs::write(&types, lines.join("\n") + "\n").expect("write");
    };
    version(&next_minor);
    assert_eq!(codegen(&[]).0, 0);
    let old_index = std::fs::read_to_string(root.join(released).join("index.json"));
    assert_eq!(old_index.expect("kept"), first_index);
    let index = std::fs::read_to_string(root.join(format!(
        "generated-client/schemas/tiki/{next_minor}/index.json"
    )))
    .expect("new release");
    assert!(index.contains(&format!(
        "urn:generated-client:tiki:{next_minor}:lead_application_create:request"
    )));
    let changelog =
        std::fs::read_to_string(root.join("generated-client/schemas/tiki/CHANGELOG.md"))
            .expect("changelog");
    assert!(
        changelog.contains(&format!("## {next_minor}\n\nFrom {stated}: minor")),
        "{changelog}"
    );
    assert!(changelog.contains("customer_id/minLength"), "{changelog}");
    let catalog =
        std::fs::read_to_string(root.join("generated-client/schemas/index.json")).expect("catalog");
    for version in [&stated, &next_minor] {
        let file = format!("tiki/{version}/types.schema.json");
        assert!(catalog.contains(&file), "{catalog}");
    }

    // Accepting less is breaking: the next minor is too small.
    let breaking = compatible.replacen(
        "customer_id: { type: string, required: true,",
        "customer_id: { type: string, required: true, max_length: 8,",
        1,
    );
    std::fs::write(&spec, breaking).expect("write");
    version(&minor_after);
    for (mode, refused) in [(&[][..], 0), (&["--check"], 2)] {
        let (code, stderr) = codegen(mode);
        assert_eq!(code, refused, "{stderr}");
        assert!(
            stderr.contains(&format!("set `version: {next_major}`")),
            "{stderr}"
        );
    }
    version(&next_major);
    let (code, stderr) = codegen(&["--check"]);
    assert_eq!(code, 1, "stale, not refused: {stderr}");
    assert_eq!(codegen(&[]).0, 0);

    let release = |v: &str| arg(&root.join("generated-client/schemas/tiki").join(v));
    let (code, stdout, _) = xtask(&["schema-diff", &release(&next_minor), &release(&next_major)]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("maxLength"), "{stdout}");
    let (code, _, _) = xtask(&["schema-diff", &release(&stated), &release(&next_minor)]);
    assert_eq!(code, 0);

    // Releases are never removed: dropping the version is refused.
    let text = std::fs::read_to_string(&types).expect("types");
    std::fs::write(
        &types,
        text.replacen(&format!("version: {next_major}\n"), "", 1),
    )
    .expect("write");
    let (code, stderr) = codegen(&[]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!("has releases (the latest is {next_major})")),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// Each service compiles behind the feature of its name: a service the crate's manifest does
/// not declare would vanish silently, so `--check` refuses such a manifest and `codegen`
/// declares the feature (on by default), beside the other services'.
#[test]
fn a_service_without_a_cargo_feature_gets_one() {
    let root = scratch_workspace("features");
    // Every service declared but tiki.
    let others: Vec<String> = spec_services()
        .into_iter()
        .filter(|s| s != "tiki")
        .collect();
    let quoted: Vec<String> = others.iter().map(|s| format!("\"{s}\"")).collect();
    let lines: String = others.iter().map(|s| format!("{s} = []\n")).collect();
    let declared = format!("default = [{}]\n{lines}", quoted.join(", "));
    let manifest = format!(
        "[package]\nname = \"generated-client\"\n\n[features]\n{declared}\n[dependencies]\n"
    );
    let path = root.join("generated-client/Cargo.toml");
    std::fs::create_dir_all(root.join("generated-client")).expect("dir");
    std::fs::write(&path, &manifest).expect("manifest");
    let root_arg = root.to_str().expect("utf-8");
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("declares no feature for the service(s) tiki"),
        "{stderr}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("kept"), manifest);
    let (code, stdout, stderr) = xtask(&["codegen", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("feature `tiki` declared"), "{stdout}");
    let with_tiki = format!(
        "default = [{}, \"tiki\"]\n{lines}tiki = []\n",
        quoted.join(", ")
    );
    assert_eq!(
        std::fs::read_to_string(&path).expect("declared"),
        manifest.replace(&declared, &with_tiki)
    );
    let (code, _, stderr) = xtask(&["codegen", "--check", "--root", root_arg]);
    assert_eq!(code, 0, "{stderr}");
    let _ = std::fs::remove_dir_all(&root);
}

/// `git -C dir args…`, which must succeed (the test's own repository).
fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(["-c", "user.name=test", "-c", "user.email=test@example.com"])
        .args(args)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}

/// The release flow while specs are edited, in a git checkout: a new endpoint is generated
/// while its release waits for a version, and asks once for a
/// bump of each service that needs one, all in one run; after the bump, further edits rewrite
/// the uncommitted release instead of asking again; the committed release is never rewritten,
/// even when its files in the working tree are edited; once the new release is committed, the
/// next edit asks for the next bump.
#[test]
fn editing_specs_asks_for_one_bump_per_service_per_release() {
    let root = scratch_workspace("release-flow");
    let root_arg = root.to_str().expect("utf-8").to_owned();
    let codegen = || {
        let (code, _, stderr) = xtask_in(&workspace(), &["codegen", "--root", &root_arg]);
        (code, stderr)
    };
    let edit = |file: &str, from: &str, to: &str| {
        let path = root.join(file);
        let text = std::fs::read_to_string(&path).expect("spec");
        assert!(text.contains(from), "{file} lacks {from}");
        std::fs::write(&path, text.replacen(from, to, 1)).expect("write");
    };
    let bumps = |stderr: &str| stderr.matches("set `version: ").count();
    // Each service's version as its specs state it, and the bumps the edits below call for.
    let version = |service: &str| -> semver::Version {
        let text = std::fs::read_to_string(root.join(format!("specs/{service}/types.yaml")))
            .expect("types.yaml");
        let stated = text
            .lines()
            .find_map(|line| line.strip_prefix("version: "))
            .expect("a version");
        semver::Version::parse(stated.trim()).expect("semver")
    };
    let minor = |v: &semver::Version| match v.major {
        0 => semver::Version::new(0, v.minor, v.patch + 1),
        major => semver::Version::new(major, v.minor + 1, 0),
    };
    let (ladiflow, tiki) = (version("ladiflow"), version("tiki"));
    let (ladiflow_next, tiki_next) = (minor(&ladiflow), minor(&tiki));
    assert_eq!(codegen(), (0, String::new()));
    git(&root, &["init", "-q"]);
    git(&root, &["add", "."]);
    git(&root, &["commit", "-q", "-m", "the releases as they are"]);
    let committed = root.join(format!("generated-client/schemas/tiki/{tiki}/index.json"));
    let committed_text = std::fs::read_to_string(&committed).expect("released");

    // A new endpoint in each service: one run names both, with the version each needs.
    for (service, spec, new) in [
        ("ladiflow", "customer_show", "customer_find"),
        ("tiki", "lead_application_update", "lead_application_patch"),
    ] {
        let from = root.join(format!("specs/{service}/{spec}.yaml"));
        let text = std::fs::read_to_string(&from).expect("spec");
        let text = text
            .replace(&format!("endpoint: {spec}"), &format!("endpoint: {new}"))
            .replacen("path: /", "path: /v2/", 1);
        std::fs::write(root.join(format!("specs/{service}/{new}.yaml")), text).expect("write");
    }
    let (code, stderr) = codegen();
    assert_eq!(code, 0, "the code follows the specs: {stderr}");
    assert_eq!(bumps(&stderr), 2, "{stderr}");
    for (service, next) in [("ladiflow", &ladiflow_next), ("tiki", &tiki_next)] {
        let asked = format!("set `version: {next}` in specs/{service}/types.yaml");
        assert!(stderr.contains(&asked), "{stderr}");
        let folder = root.join(format!("generated-client/schemas/{service}/{next}"));
        assert!(!folder.exists(), "released before its version is set");
    }
    assert!(
        root.join("generated-client/src/generated/tiki/lead_application_patch.rs")
            .is_file(),
        "the new endpoint's code is written"
    );
    assert_eq!(
        std::fs::read_to_string(&committed).expect("kept"),
        committed_text
    );

    // The one bump per service; then edits rewrite the uncommitted release and ask for nothing.
    let set = |v: &semver::Version| format!("version: {v}");
    edit(
        "specs/ladiflow/types.yaml",
        &set(&ladiflow),
        &set(&ladiflow_next),
    );
    edit("specs/tiki/types.yaml", &set(&tiki), &set(&tiki_next));
    assert_eq!(codegen(), (0, String::new()));
    let draft = root.join(format!(
        "generated-client/schemas/ladiflow/{ladiflow_next}/customer_create.request.schema.json"
    ));
    for description in ["First name as the customer writes it", "Given name"] {
        let at = "en: First name }";
        edit(
            "specs/ladiflow/customer_create.yaml",
            at,
            &format!("en: {description} }}"),
        );
        assert_eq!(codegen(), (0, String::new()), "after `{description}`");
        let text = std::fs::read_to_string(&draft).expect("draft release");
        assert!(text.contains(description), "the draft follows the specs");
        edit(
            "specs/ladiflow/customer_create.yaml",
            &format!("en: {description} }}"),
            at,
        );
    }
    edit(
        "specs/ladiflow/customer_create.yaml",
        "en: First name }",
        "en: Given name }",
    );
    assert_eq!(codegen(), (0, String::new()));

    // A committed release is read from the commit: an edit in the working tree is undone.
    std::fs::write(&committed, "{}\n").expect("tamper");
    assert_eq!(codegen(), (0, String::new()));
    assert_eq!(
        std::fs::read_to_string(&committed).expect("kept"),
        committed_text
    );

    // Committing publishes the new release: the next edit asks for the next bump, of that
    // service only.
    git(&root, &["add", "."]);
    git(&root, &["commit", "-q", "-m", "the new releases"]);
    edit(
        "specs/ladiflow/customer_create.yaml",
        "en: Given name }",
        "en: First name }",
    );
    let (code, stderr) = codegen();
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(bumps(&stderr), 1, "{stderr}");
    let patch = semver::Version::new(
        ladiflow_next.major,
        ladiflow_next.minor,
        ladiflow_next.patch + 1,
    );
    let asked = format!("set `version: {patch}` in specs/ladiflow/types.yaml");
    assert!(stderr.contains(&asked), "{stderr}");
    let _ = std::fs::remove_dir_all(&root);
}

/// `mock` prints one line per service with its base URL, and serves there; a scenario that
/// names an endpoint no spec has is refused before anything is served.
#[test]
fn mock_serves_every_service_at_the_url_it_prints() {
    use std::io::{BufRead, BufReader, Read, Write};
    let mut child = Command::new(env!("CARGO_BIN_EXE_xtask"))
        .current_dir(workspace())
        .args(["mock", "--listen", "127.0.0.1:0"])
        .env("LADIFLOW_API_KEY", "cli-key")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("xtask runs");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut urls = std::collections::BTreeMap::new();
    let services = spec_services();
    for _ in 0..services.len() {
        let line = lines.next().expect("a line").expect("text");
        let (service, url) = line
            .strip_prefix("serving ")
            .and_then(|rest| rest.split_once(" at "))
            .unwrap_or_else(|| panic!("unexpected line: {line}"));
        let url = url.split_whitespace().next().unwrap_or_default().to_owned();
        urls.insert(service.to_owned(), url);
    }
    assert_eq!(urls.keys().cloned().collect::<Vec<_>>(), services);
    // A request without the key: LadiFlow's envelope with 401, over a real socket.
    let address = urls["ladiflow"]
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let mut stream = std::net::TcpStream::connect(&address).expect("connects");
    let body = r#"{"email": "a@example.test"}"#;
    write!(
        stream,
        "POST /ladiflow/customer/create HTTP/1.1\r\nHost: {address}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("sent");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    let _ = child.kill();
    let _ = child.wait();
    assert!(answer.starts_with("HTTP/1.1 401"), "{answer}");
    assert!(answer.contains("\"code\":401"), "{answer}");

    let scenario =
        std::env::temp_dir().join(format!("xtask-cli-{}-faults.json", std::process::id()));
    std::fs::write(&scenario, r#"{"tiki.no_such_endpoint": [{"status": 503}]}"#).expect("write");
    let scenario_arg = scenario.to_str().expect("utf-8").to_owned();
    let (code, _, stderr) = xtask(&[
        "mock",
        "--listen",
        "127.0.0.1:0",
        "--scenario",
        &scenario_arg,
    ]);
    let _ = std::fs::remove_file(&scenario);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("tiki.no_such_endpoint"), "{stderr}");
    // A scenario that never ends is refused at its limit, not read until memory runs out.
    if Path::new("/dev/zero").exists() {
        let (code, _, stderr) =
            xtask(&["mock", "--listen", "127.0.0.1:0", "--scenario", "/dev/zero"]);
        assert_eq!(code, 2, "{stderr}");
        assert!(stderr.contains("larger than the limit"), "{stderr}");
    }
}

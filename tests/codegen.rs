//! The generator's output: checked in as generated, deterministic, and sensitive to spec edits.

use std::path::Path;

use codegen_core::generate::{self, GeneratedFile};
use workspace_tests::workspace_root;

fn generated_from(root: &Path) -> Vec<GeneratedFile> {
    generate::workspace(root).unwrap_or_else(|d| panic!("{}", codegen_core::render(&d, None)))
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
fn checked_in_files_are_what_the_specs_generate() {
    let root = workspace_root();
    for file in generated_from(&root) {
        let checked_in = std::fs::read_to_string(root.join(&file.path)).unwrap_or_default();
        assert!(
            checked_in == file.contents,
            "{} is stale: run `cargo xtask codegen`",
            file.path
        );
        let marked = match file.path.rsplit('.').next() {
            Some("rs") => file.contents.starts_with("// @generated from "),
            Some("yaml") => file.contents.starts_with("# @generated from "),
            _ => file
                .contents
                .contains("by `cargo xtask codegen`; do not edit."),
        };
        assert!(marked, "{} lacks its generated-file notice", file.path);
    }
}

#[test]
fn the_same_specs_give_the_same_bytes() {
    let root = workspace_root();
    assert_eq!(generated_from(&root), generated_from(&root));
}

#[test]
fn adding_an_optional_field_changes_only_that_endpoints_code_and_request_schema() {
    let root = workspace_root();
    let scratch = std::env::temp_dir().join(format!("codegen-edit-{}", std::process::id()));
    copy_dir(&root.join("specs"), &scratch.join("specs"));
    let spec = scratch.join("specs/ladiflow/customer_create.yaml");
    let text = std::fs::read_to_string(&spec).expect("spec");
    let edited = text.replacen(
        "      first_name: {",
        "      nickname: { type: string, en: A nickname }\n      first_name: {",
        1,
    );
    std::fs::write(&spec, edited).expect("write spec");

    let before = generated_from(&root);
    let after = generated_from(&scratch);
    let changed: Vec<&str> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b.contents != a.contents)
        .map(|(b, _)| b.path.as_str())
        .collect();
    let _ = std::fs::remove_dir_all(&scratch);
    // The response schema changes too: its `$comment`s name spec lines, which moved.
    assert_eq!(
        changed,
        [
            "generated-client/src/generated/ladiflow/customer_create.rs",
            "generated-client/schemas/ladiflow/customer_create.request.schema.json",
            "generated-client/schemas/ladiflow/customer_create.response.schema.json",
            "generated-client/docs/ladiflow/customer_create.md",
        ]
    );
    let file = &after[0].contents;
    assert!(
        file.contains("pub nickname: ::core::option::Option<::std::string::String>"),
        "{file}"
    );
    assert!(file.contains("pub fn with_nickname("), "{file}");
}

#[test]
fn the_macro_expands_to_the_checked_in_items() {
    let root = workspace_root();
    for path in generate::discover_specs(&root).expect("specs") {
        let display = generate::display_path(&root, &path);
        // What `generate!(display)` expands to from a crate in this workspace.
        let tokens = codegen_core::expand(&display, &root.join("tests")).expect("expands");
        let mut expansion: syn::File = syn::parse2(tokens).expect("expansion parses");
        let tracking = expansion.items.remove(0);
        let tracking = syn::File {
            items: vec![tracking],
            ..syn::parse_quote!()
        };
        assert!(
            prettyplease::unparse(&tracking).contains("include_bytes!"),
            "{display} is tracked"
        );

        let generated = format!(
            "generated-client/src/generated/{}.rs",
            display
                .trim_start_matches("specs/")
                .trim_end_matches(".yaml")
        );
        let text = std::fs::read_to_string(root.join(&generated)).expect("checked in");
        let mut checked_in: syn::File = syn::parse_str(&text).expect("checked-in file parses");
        // The module docs (`//!`) are the file's; the macro expands into a module of the caller's.
        checked_in.attrs.clear();
        // Compared as printed by prettyplease, which spells doc comments and trailing commas
        // one way; any difference in the tokens themselves remains.
        assert_eq!(
            prettyplease::unparse(&expansion),
            prettyplease::unparse(&checked_in),
            "{display}"
        );
    }
}

#[test]
fn the_markdown_reference_has_one_row_per_spec_field() {
    let root = workspace_root();
    for endpoint in workspace_tests::all_specs() {
        let path = root.join(format!(
            "generated-client/docs/{}/{}.md",
            endpoint.service, endpoint.name
        ));
        let page = std::fs::read_to_string(&path).expect("rendered");
        for def in &endpoint.types {
            let codegen_core::ir::TypeKind::Object { fields, .. } = &def.kind else {
                continue;
            };
            // The rows of the table under this type's heading: name, type word, required.
            let section = page
                .split("\n## ")
                .find(|section| {
                    section.starts_with(&format!("{}\n", def.name))
                        || section.starts_with(&format!("{} —", def.name))
                })
                .unwrap_or_else(|| panic!("{}: no section for {}", path.display(), def.name));
            let rows: Vec<(String, String, bool)> = section
                .lines()
                .filter(|line| {
                    line.starts_with("| ")
                        && !line.starts_with("| Tham số")
                        && !line.starts_with("| ---")
                })
                .map(|line| {
                    let cells: Vec<&str> = line
                        .split(" | ")
                        .map(|cell| cell.trim_matches(|c| c == '|' || c == ' '))
                        .collect();
                    (cells[0].to_owned(), cells[1].to_owned(), cells[2] == "có")
                })
                .collect();
            let expected: Vec<(String, String, bool)> = fields
                .iter()
                .map(|f| {
                    let word = f
                        .doc_type
                        .clone()
                        .unwrap_or_else(|| codegen_core::resolve::describe(&f.ty));
                    (f.wire_name.clone(), word, f.required)
                })
                .collect();
            assert_eq!(rows, expected, "{} {}", endpoint.spec, def.name);
        }
    }
}

// A spec with a problem fails to compile with its diagnostic, not a panic.
codegen_macros::generate!("tests/fixtures/bad-specs/duplicate_field.yaml");

fn main() {}

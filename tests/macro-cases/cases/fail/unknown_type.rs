// A spec with a problem fails to compile with its diagnostic, not a panic.
codegen_macros::generate!("tests/fixtures/bad-specs/unknown_type.yaml");

fn main() {}

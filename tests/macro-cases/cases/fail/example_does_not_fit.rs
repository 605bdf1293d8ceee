// A spec with a problem fails to compile with its diagnostic, not a panic.
codegen_macros::generate!("tests/fixtures/bad-specs/example_does_not_fit.yaml");

fn main() {}

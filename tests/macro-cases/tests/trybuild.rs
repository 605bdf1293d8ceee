//! What compiles and what does not, with the compiler's own messages checked in as `.stderr`.

#[test]
fn generate_macro_cases() {
    let cases = trybuild::TestCases::new();
    cases.pass("cases/pass/*.rs");
    cases.compile_fail("cases/fail/*.rs");
}

//! `generated-client`'s service features, as a consumer's crate uses them: enabling one
//! service compiles that service only (its modules, its client, its `ENDPOINTS` entries).

use std::path::Path;

use workspace_tests::scratch::{ScratchWorkspace, library, repository_crate};

fn consumer_of(features: &str, code: &str) -> Result<(), String> {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let scratch = ScratchWorkspace::new(tmp, "features", &["consumer"]);
    let settings = format!(", default-features = false, features = [{features}]");
    let dependency = repository_crate("generated-client", "generated-client", &settings);
    scratch.write("consumer/Cargo.toml", &library("consumer", &dependency));
    scratch.write("consumer/src/lib.rs", code);
    scratch.check("consumer")
}

#[test]
fn a_consumer_enabling_one_service_compiles_only_that_one() {
    // Every Tiki spec but its shared types is one endpoint.
    let specs = std::fs::read_dir(workspace_tests::workspace_root().join("specs/tiki"))
        .expect("specs/tiki")
        .filter_map(Result::ok)
        .filter(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.ends_with(".yaml") && name != "types.yaml"
        })
        .count();
    let tiki = format!(
        "pub use generated_client::tiki::lead_application_update::Request;\n\
         const _: () = assert!(generated_client::ENDPOINTS.len() == {specs});\n"
    );
    assert_eq!(consumer_of("\"tiki\"", &tiki), Ok(()));

    let ladiflow = "pub use generated_client::ladiflow::customer_create::Request;\n";
    let error = consumer_of("\"tiki\"", ladiflow).expect_err("ladiflow is not enabled");
    assert!(error.contains("could not find `ladiflow`"), "{error}");
    assert_eq!(consumer_of("\"ladiflow\"", ladiflow), Ok(()));
}

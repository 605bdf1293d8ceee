//! Every documented example of every spec under `specs/` decodes into the generated types and
//! encodes back to the same JSON. A new spec with examples is covered without new test code.

use workspace_tests::{all_specs, example_text, generated_types, json_differences};

#[test]
fn every_documented_example_round_trips_through_the_generated_types() {
    let mut failures = Vec::new();
    let mut compared = 0;
    for endpoint in all_specs() {
        let Some(types) = generated_types(&endpoint.service, &endpoint.name) else {
            failures.push(format!(
                "{}: no generated types; run `cargo xtask codegen`",
                endpoint.spec
            ));
            continue;
        };
        let bodies = [
            ("request", endpoint.request.as_ref().zip(types.request)),
            ("response", endpoint.response.as_ref().zip(types.response)),
            ("error", endpoint.errors.as_ref().zip(types.error)),
        ];
        for (role, body) in bodies {
            let Some((body, codec)) = body else { continue };
            for example in &body.examples {
                compared += 1;
                let text = example_text(&endpoint.service, &example.file);
                let case = format!(
                    "{} {role} {} as {}",
                    endpoint.spec, example.file, codec.type_name
                );
                match codec.round_trip(&text) {
                    Ok(encoded) => {
                        let differences = json_differences(&example.value, &encoded);
                        if !differences.is_empty() {
                            failures.push(format!("{case}: {}", differences.join("; ")));
                        }
                    }
                    Err(error) => failures.push(format!("{case}: does not decode: {error}")),
                }
            }
        }
    }
    println!("round-tripped {compared} documented examples");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // Both vendors' request and response examples, at the least.
    assert!(compared >= 4, "only {compared} examples found");
}

#[test]
fn generated_code_covers_exactly_the_specs() {
    let specs: Vec<(String, String)> = all_specs()
        .into_iter()
        .map(|e| (e.service, e.name))
        .collect();
    let generated: Vec<(String, String)> = generated_client::ENDPOINTS
        .iter()
        .map(|t| (t.info.service.to_owned(), t.info.name.to_owned()))
        .collect();
    let mut sorted = specs.clone();
    sorted.sort();
    let mut generated_sorted = generated.clone();
    generated_sorted.sort();
    assert_eq!(sorted, generated_sorted, "run `cargo xtask codegen`");
}

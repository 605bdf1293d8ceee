//! Properties over payloads generated from every spec's request type: valid values always pass
//! (both validators, and they round-trip), and a single broken constraint yields exactly that
//! violation.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use workspace_tests::arbitrary::{mutants, valid};
use workspace_tests::{all_specs, generated_types, json_differences, spec, violations};

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn generated_valid_requests_pass_and_round_trip() {
    for endpoint in all_specs() {
        let endpoint = spec(&endpoint.service, &endpoint.name);
        let types = generated_types(&endpoint.service, &endpoint.name).expect("generated");
        let (Some(body), Some(codec)) = (&endpoint.request, types.request) else {
            continue;
        };
        runner()
            .run(&valid(endpoint, &body.ty), |value| {
                let found = violations(&endpoint.service, &endpoint.name, "request", &value);
                prop_assert!(found.is_empty(), "{value} has violations {found:?}");
                let back = codec
                    .round_trip(&value.to_string())
                    .map_err(|e| TestCaseError::fail(e.to_string()))?;
                let differences = json_differences(&value, &back);
                prop_assert!(differences.is_empty(), "{value}: {differences:?}");
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{}: {failure}", endpoint.spec));
    }
}

#[test]
fn one_broken_constraint_gives_exactly_its_violation() {
    for endpoint in all_specs() {
        let endpoint = spec(&endpoint.service, &endpoint.name);
        let Some(body) = &endpoint.request else {
            continue;
        };
        let strategy = (valid(endpoint, &body.ty), any::<proptest::sample::Index>());
        runner()
            .run(&strategy, |(value, pick)| {
                let all = mutants(endpoint, &body.ty, &value);
                prop_assume!(!all.is_empty());
                let mutant = &all[pick.index(all.len())];
                let found = violations(&endpoint.service, &endpoint.name, "request", &mutant.value);
                prop_assert_eq!(
                    found,
                    vec![(mutant.pointer.clone(), mutant.kind)],
                    "{}",
                    mutant.value
                );
                Ok(())
            })
            .unwrap_or_else(|failure| panic!("{}: {failure}", endpoint.spec));
    }
}

/// The validator over text (`cargo xtask validate`, which streams so that memory stays bounded)
/// gives the report of the validator over the parsed document, in the same order, on valid
/// payloads and on every kind of mutant, for every body of every spec; members written in
/// reverse order change nothing.
#[test]
fn the_streaming_validator_gives_the_same_report() {
    use codegen_core::json_validator::{validate, validate_text};
    for endpoint in all_specs() {
        let endpoint = spec(&endpoint.service, &endpoint.name);
        for (_, body) in endpoint.bodies() {
            let strategy = (valid(endpoint, &body.ty), any::<proptest::sample::Index>());
            runner()
                .run(&strategy, |(value, pick)| {
                    let all = mutants(endpoint, &body.ty, &value);
                    let payload = match all.is_empty() {
                        true => value,
                        false => all[pick.index(all.len())].value.clone(),
                    };
                    let expected = validate(endpoint, &body.ty, &payload);
                    for text in [payload.to_string(), reversed(&payload).to_string()] {
                        let streamed = validate_text(endpoint, &body.ty, &text)
                            .map_err(|e| TestCaseError::fail(e.to_string()))?;
                        prop_assert_eq!(&streamed, &expected, "{}", text);
                    }
                    Ok(())
                })
                .unwrap_or_else(|failure| panic!("{}: {failure}", endpoint.spec));
        }
    }
}

/// `value` with every object's members in reverse order.
fn reversed(value: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .rev()
                .map(|(k, v)| (k.clone(), reversed(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(reversed).collect()),
        other => other.clone(),
    }
}

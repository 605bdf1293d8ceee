//! The cargo feature of each service in `generated-client/Cargo.toml`: each service's modules
//! compile behind the feature of its name, so a service the manifest does not declare would
//! compile to nothing, silently. `codegen` declares a new service's feature (on by default);
//! `--check` refuses a manifest that lacks one.

use std::collections::BTreeSet;
use std::path::Path;

use codegen_core::generate;
use codegen_core::input;

/// Makes sure the manifest declares a feature for each of `services`: with `declare`, adds
/// the missing ones (and to `default`) and says which it added; otherwise, or where the
/// manifest is not laid out as this reads it, an error naming them.
pub fn ensure(root: &Path, services: &[&str], declare: bool) -> Result<Vec<String>, String> {
    let manifest = root.join(generate::PUBLISHED_DIR).join("Cargo.toml");
    let Ok(text) = input::read_text(&manifest, input::SPEC_LIMIT) else {
        // A workspace without the crate (a scratch root): nothing compiles the index.
        return Ok(Vec::new());
    };
    let missing = missing(&text, services);
    if missing.is_empty() {
        return Ok(Vec::new());
    }
    let refusal = || {
        format!(
            "{}/Cargo.toml declares no feature for the service(s) {}: add `<service> = []` \
             under [features] (and to `default`), or their modules compile to nothing",
            generate::PUBLISHED_DIR,
            missing.join(", ")
        )
    };
    if !declare {
        return Err(refusal());
    }
    let declared = with_features(&text, &missing).ok_or_else(refusal)?;
    std::fs::write(&manifest, declared)
        .map_err(|error| format!("cannot write {}: {error}", manifest.display()))?;
    Ok(missing.into_iter().map(str::to_owned).collect())
}

/// The features `[features]` declares.
fn declared(text: &str) -> BTreeSet<&str> {
    let lines: Vec<&str> = text.lines().collect();
    features_table(&lines)
        .map(|table| &lines[table])
        .unwrap_or_default()
        .iter()
        .filter_map(|line| key(line))
        .collect()
}

/// Where the `[features]` table's lines are in `lines` (after its header, up to the next
/// table or the end).
fn features_table(lines: &[&str]) -> Option<std::ops::Range<usize>> {
    let header = lines.iter().position(|line| line.trim() == "[features]")?;
    let end = lines[header + 1..]
        .iter()
        .position(|line| line.trim_start().starts_with('['))
        .map_or(lines.len(), |at| header + 1 + at);
    Some(header + 1..end)
}

/// The key a `key = value` line sets.
fn key(line: &str) -> Option<&str> {
    line.split_once('=').map(|(key, _)| key.trim())
}

fn missing<'a>(text: &str, services: &[&'a str]) -> Vec<&'a str> {
    let declared = declared(text);
    services
        .iter()
        .copied()
        .filter(|service| !declared.contains(service))
        .collect()
}

/// `text` with `name = []` for each of `services`, after the last feature that enables
/// nothing (the services' own), and each in the one-line `default` list; `None` when the
/// table has no such list to add to.
fn with_features(text: &str, services: &[&str]) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let table = features_table(&lines)?;
    let default = table.clone().find(|&at| {
        let line = lines[at].trim();
        key(line) == Some("default") && line.ends_with(']') && line.contains('[')
    })?;
    let after = table
        .clone()
        .rev()
        .find(|&at| lines[at].trim().ends_with("= []"))
        .or_else(|| table.rev().find(|&at| !lines[at].trim().is_empty()))
        .unwrap_or(default);
    let mut out = Vec::with_capacity(lines.len() + services.len());
    for (at, line) in lines.iter().enumerate() {
        if at == default {
            let open = line.trim_end().trim_end_matches(']').trim_end();
            let added: Vec<String> = services.iter().map(|s| format!("\"{s}\"")).collect();
            let separator = if open.ends_with('[') { "" } else { ", " };
            out.push(format!("{open}{separator}{}]", added.join(", ")));
        } else {
            out.push((*line).to_owned());
        }
        if at == after {
            out.extend(services.iter().map(|service| format!("{service} = []")));
        }
    }
    Some(out.join("\n") + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MANIFEST: &str = "[package]\nname = \"g\"\n\n[features]\ndefault = [\"client\", \"ladiflow\"]\nclient = [\"rt/client\"]\n# One per service.\nladiflow = []\n# The mock.\nmock = [\"dep:m\"]\n\n[dependencies]\nrt = \"1\"\n";

    #[test]
    fn a_new_service_gets_its_feature_beside_the_others_and_on_by_default() {
        assert_eq!(
            missing(MANIFEST, &["ladiflow", "acme", "zeta"]),
            ["acme", "zeta"]
        );
        let text = with_features(MANIFEST, &["acme", "zeta"]).expect("declared");
        assert!(
            text.contains("default = [\"client\", \"ladiflow\", \"acme\", \"zeta\"]\n"),
            "{text}"
        );
        assert!(
            text.contains("ladiflow = []\nacme = []\nzeta = []\n# The mock."),
            "{text}"
        );
        assert!(missing(&text, &["ladiflow", "acme", "zeta"]).is_empty());
        assert!(text.ends_with("[dependencies]\nrt = \"1\"\n"), "{text}");
    }

    #[test]
    fn a_manifest_this_cannot_read_is_left_to_the_user() {
        let multi_line = MANIFEST.replace(
            "default = [\"client\", \"ladiflow\"]",
            "default = [\n  \"client\",\n]",
        );
        assert_eq!(with_features(&multi_line, &["acme"]), None);
        assert_eq!(with_features("[package]\nname = \"g\"\n", &["acme"]), None);
        let empty = MANIFEST.replace("default = [\"client\", \"ladiflow\"]", "default = []");
        let text = with_features(&empty, &["acme"]).expect("declared");
        assert!(text.contains("default = [\"acme\"]\n"), "{text}");
    }
}

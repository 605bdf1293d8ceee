//! No two modules of a crate import each other, directly or through others: each crate's
//! top-level modules form a layered graph (read from the `crate::<module>` paths in their
//! source, tests left out), so that a change to one module never has to reason about a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use workspace_tests::workspace_root;

/// Each top-level module of the crate in `src`, with the modules it names through `crate::`.
fn imports(src: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut files = vec![src.to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("readable")
                    .map(|e| e.expect("entry").path()),
            );
            continue;
        }
        if path.extension().is_none_or(|ext| ext != "rs") {
            continue;
        }
        let relative = path.strip_prefix(src).expect("below src");
        let first = relative.components().next().expect("a component");
        let module = first
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_owned();
        if matches!(module.as_str(), "lib" | "main") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("source");
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        let mut named = BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            let rest = &code[at + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use crate::{a, b::c};`
                let group = &group[..group.find('}').unwrap_or(group.len())];
                for item in group.split(',') {
                    named.insert(
                        item.trim()
                            .split("::")
                            .next()
                            .unwrap_or_default()
                            .to_owned(),
                    );
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                named.insert(name);
            }
        }
        named.retain(|name| !name.is_empty() && *name != module);
        graph.entry(module).or_default().extend(named);
    }
    graph
}

/// A cycle through `start`, if there is one: the modules in order.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_owned(), vec![start.to_owned()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == start {
                return Some([path.clone(), vec![start.to_owned()]].concat());
            }
            if graph.contains_key(next) && seen.insert(next.clone()) {
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

#[test]
fn no_crate_has_an_import_cycle() {
    let root = workspace_root();
    for krate in [
        "codegen/core",
        "codegen/review",
        "codegen/runtime",
        "codegen/macros",
        "xtask",
    ] {
        let graph = imports(&root.join(krate).join("src"));
        assert!(
            graph.len() > 1 || krate == "codegen/macros",
            "{krate}: no modules read"
        );
        for module in graph.keys() {
            if let Some(cycle) = cycle(&graph, module) {
                panic!("{krate}: modules import each other: {}", cycle.join(" → "));
            }
        }
    }
}

#[test]
fn a_cycle_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a")]
        .into_iter()
        .map(|(from, to)| (from.to_owned(), BTreeSet::from([to.to_owned()])))
        .collect();
    assert_eq!(
        cycle(&graph, "a").map(|c| c.join(" ")),
        Some("a b c a".to_owned())
    );
}

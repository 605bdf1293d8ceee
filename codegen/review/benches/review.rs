//! Reading, importing and comparing the seed pages: what `cargo xtask import` and `drift` spend
//! beyond starting up and loading the spec.

use std::hint::black_box;
use std::path::Path;

use codegen_review::drift::drift;
use codegen_review::import::{ImportOptions, import};
use codegen_review::page::Page;
use criterion::{Criterion, criterion_group, criterion_main};

fn workspace_file(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).expect("workspace file")
}

fn pages(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let cases = [
        (
            "ladiflow",
            "specs/ladiflow/docs/ladiflow-customer-create.md",
            "specs/ladiflow/customer_create.yaml",
        ),
        (
            "tiki",
            "specs/tiki/docs/tiki-lead-application-create.md",
            "specs/tiki/lead_application_create.yaml",
        ),
    ];
    for (name, page_path, spec_path) in cases {
        let text = workspace_file(page_path);
        let spec = codegen_core::load(&root.join(spec_path), spec_path).expect("the spec loads");
        let page = Page::parse(&text);
        let mut group = c.benchmark_group(name);
        group.bench_function("parse_page", |b| b.iter(|| Page::parse(black_box(&text))));
        group.bench_function("import_to_yaml", |b| {
            b.iter(|| import(black_box(&page), &ImportOptions::default()).to_yaml())
        });
        group.bench_function("drift", |b| b.iter(|| drift(black_box(&page), &spec)));
        group.finish();
    }
}

criterion_group!(benches, pages);
criterion_main!(benches);

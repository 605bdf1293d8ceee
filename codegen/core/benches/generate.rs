//! `generate::workspace` on the repository's real specs (both services, every endpoint): what
//! `cargo xtask codegen` spends generating, before it compares or writes anything. The scale
//! benchmark (many synthetic endpoints, and the generated crate's compile time) is
//! `cargo xtask bench-scale`.

use std::hint::black_box;
use std::path::Path;

use codegen_core::generate;
use criterion::{Criterion, criterion_group, criterion_main};

// The xtask's allocator: with the system one, malloc and free were a quarter of the profile,
// which is not what `cargo xtask codegen` spends.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn real_specs(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    c.bench_function("workspace/both real specs", |b| {
        b.iter(|| generate::workspace(black_box(&root)).expect("the specs generate"))
    });
}

criterion_group!(benches, real_specs);
criterion_main!(benches);

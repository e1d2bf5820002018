//! How long `privasite::build` takes: the example site, and a large synthetic policy (120
//! purposes, 60 recipients, 80 cookies) and histories of 10 and 100 versions, to see how it
//! scales. Run with `cargo bench`; `cargo run --release --example bench` times whole processes.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "support/synthetic.rs"]
mod synthetic;
use synthetic::{history_site, large_site};

fn bench_build(c: &mut Criterion) {
    let example = Path::new(env!("CARGO_MANIFEST_DIR"));
    c.bench_function("build example (3 languages, 12 files)", |b| {
        b.iter(|| privasite::build(example, &Default::default()).expect("example builds"))
    });

    let large = tempfile::tempdir().unwrap();
    large_site(large.path(), 120);
    privasite::build(large.path(), &Default::default()).expect("large site builds");
    c.bench_function("build large policy (120 purposes)", |b| {
        b.iter(|| privasite::build(large.path(), &Default::default()).expect("large site builds"))
    });

    for n in [10, 100] {
        let dir = tempfile::tempdir().unwrap();
        history_site(example, dir.path(), n);
        privasite::build(dir.path(), &Default::default()).expect("history site builds");
        c.bench_function(&format!("build history of {n} versions"), |b| {
            b.iter(|| privasite::build(dir.path(), &Default::default()).expect("builds"))
        });
    }

    let built = privasite::build(example, &Default::default()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    c.bench_function("write example to disk (atomic swap)", |b| {
        b.iter(|| privasite::output::publish(&built.site, &target, example).unwrap())
    });
}

criterion_group!(benches, bench_build);
criterion_main!(benches);

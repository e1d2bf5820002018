//! How long `privasite::build` takes: the example site, and a large synthetic policy (120
//! purposes, 60 recipients, 80 cookies) to see how it scales. Run with `cargo bench`.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

/// A policy with `n` purposes, `n / 2` recipients and `2n / 3` cookies, all valid.
fn large_site(dir: &Path, n: usize) {
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(content.join("site.yaml"), "languages: [nl, fr, en]\n").unwrap();
    let mut yaml = String::from(
        "last_updated: 2026-03-01\ncontroller:\n  name: Groot Voorbeeld NV\n  enterprise_number: \"0123.456.749\"\n  address: {street: Kerkstraat 1, postal_code: \"1000\", city: Brussel, country: BE}\n  email: privacy@voorbeeld.be\nsupervisory_authority: be-gba\ndata_categories: [identification, contact, usage, device]\npurposes:\n",
    );
    for i in 0..n {
        yaml += &format!(
            "  - id: purpose{i}\n    title: {{nl: Doeleinde {i}, fr: Finalité {i}, en: Purpose {i}}}\n    description: {{nl: \"Wij verwerken **gegevens** voor doel {i}.\", fr: \"Nous traitons des **données** pour la finalité {i}.\", en: \"We process **data** for purpose {i}.\"}}\n    data: [identification, contact]\n    legal_basis: contract\n    retention: {{years: 2, after: contract_end}}\n    recipients: [r{}]\n",
            i % (n / 2)
        );
    }
    yaml += "recipients:\n";
    for i in 0..n / 2 {
        yaml += &format!(
            "  - id: r{i}\n    name: Ontvanger {i} BV\n    role: processor\n    service: {{nl: dienst, fr: service, en: service}}\n    country: BE\n"
        );
    }
    yaml += "cookies:\n";
    for i in 0..2 * n / 3 {
        yaml += &format!(
            "  - name: c{i}\n    provider: first_party\n    category: analytics\n    purpose: {{nl: statistiek, fr: statistiques, en: statistics}}\n    duration: {{days: 30}}\n"
        );
    }
    yaml += "rights:\n  contact: {email: privacy@voorbeeld.be}\n";
    std::fs::write(content.join("policy.yaml"), yaml).unwrap();
}

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

    let built = privasite::build(example, &Default::default()).unwrap();
    let out = tempfile::tempdir().unwrap();
    let target = out.path().join("public");
    c.bench_function("write example to disk (atomic swap)", |b| {
        b.iter(|| privasite::site::write(&built.site, &target).unwrap())
    });
}

criterion_group!(benches, bench_build);
criterion_main!(benches);

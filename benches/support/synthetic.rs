//! Synthetic sites for the benches: a policy many times the example's size, and the example
//! with a long history. Shared by `benches/build.rs` (criterion) and `examples/bench.rs` (the
//! whole-process bench command); never shipped as content.

use std::path::Path;

/// A complete policy with `n` purposes, `n / 2` recipients and `2n / 3` cookies: no errors, no
/// warnings, so the bench measures a build that publishes.
pub fn large_site(dir: &Path, n: usize) {
    let content = dir.join("content");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(content.join("site.yaml"), "languages: [nl, fr, en]\n").unwrap();
    let mut yaml = String::from(
        "last_updated: 2026-03-01\ncontroller:\n  name: Groot Voorbeeld NV\n  enterprise_number: \"0123.456.749\"\n  address: {street: Kerkstraat 1, postal_code: \"1000\", city: Brussel, country: BE}\n  email: privacy@voorbeeld.be\ndpo: none\nsupervisory_authority: be-gba\ndata_categories: [identification, contact, usage, device]\nsources: [data_subject]\nautomated_decisions: none\ntransfers: none\nchanges: {notice: published_only}\npurposes:\n",
    );
    for i in 0..n {
        yaml += &format!(
            "  - id: purpose{i}\n    title: {{nl: Doeleinde {i}, fr: Finalité {i}, en: Purpose {i}}}\n    description: {{nl: \"Wij verwerken **gegevens** voor doel {i}.\", fr: \"Nous traitons des **données** pour la finalité {i}.\", en: \"We process **data** for purpose {i}.\"}}\n    data: [identification, contact]\n    legal_basis: contract\n    retention: {{years: 2, after: contract_end}}\n    recipients: [r{}]\n    provision: {{requirement: contract_prerequisite}}\n",
            i % (n / 2)
        );
    }
    yaml += "  - id: statistics\n    title: {nl: Statistieken, fr: Statistiques, en: Statistics}\n    data: [usage, device]\n    legal_basis: consent\n    retention: {months: 13, after: collection}\n    recipients: []\n    cookie_categories: [analytics]\n    provision: {requirement: voluntary}\n";
    yaml += "recipients:\n";
    for i in 0..n / 2 {
        yaml += &format!(
            "  - id: r{i}\n    name: Ontvanger {i} BV\n    role: processor\n    service: {{nl: dienst, fr: service, en: service}}\n    country: BE\n"
        );
    }
    yaml += "cookies:\n";
    for i in 0..2 * n / 3 {
        yaml += &format!(
            "  - name: c{i}\n    provider: first_party\n    kind: http_cookie\n    category: analytics\n    purpose: {{nl: statistiek, fr: statistiques, en: statistics}}\n    duration: {{days: 30}}\n"
        );
    }
    yaml += "cookie_consent: {mechanism: banner, reject_button: true, settings_url: \"https://voorbeeld.be/cookies\"}\nrights:\n  contact: {email: privacy@voorbeeld.be}\n";
    std::fs::write(content.join("policy.yaml"), yaml).unwrap();
}

/// The example site (from `repo`) with `n` archived versions instead of its own: one a day
/// from 2020-01-01, each keeping contact-form messages one day longer than the one before, so
/// every pair has a change, a changelog and a redline.
pub fn history_site(repo: &Path, dir: &Path, n: usize) {
    let content = dir.join("content");
    let history = content.join("history");
    std::fs::create_dir_all(&history).unwrap();
    for file in ["site.yaml", "policy.yaml"] {
        std::fs::copy(repo.join("content").join(file), content.join(file)).unwrap();
    }
    let current = std::fs::read_to_string(content.join("policy.yaml")).unwrap();
    const RETENTION: &str = "retention: {days: 90, after: collection}";
    assert!(
        current.contains(RETENTION),
        "the example keeps messages 90 days"
    );
    let first = time::macros::date!(2020 - 01 - 01);
    for i in 0..n {
        let date = first + time::Duration::days(i as i64);
        let version = current
            .replacen(
                "last_updated: 2026-03-01",
                &format!("last_updated: {date}"),
                1,
            )
            .replacen(
                RETENTION,
                &format!("retention: {{days: {}, after: collection}}", 90 + i),
                1,
            );
        std::fs::write(history.join(format!("{date}.yaml")), version).unwrap();
    }
}

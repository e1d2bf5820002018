//! `privasite schema`: the JSON Schemas an editor validates site.yaml and policy.yaml with.
//! Checked with an independent validator (the `jsonschema` crate), as VS Code would check them.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::helpers::{SiteTest, fixtures, repo, rules_dir};

fn schema(which: &str) -> jsonschema::Validator {
    let out = SiteTest::empty().run(&["schema", "--print", which]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let schema: Value = serde_json::from_str(&out.stdout).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn yaml_as_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The schema's complaints about `path`, as `instance path: message`.
fn complaints(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
    let value = yaml_as_json(path);
    validator
        .iter_errors(&value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Every policy written in the current model that the repository holds as valid: the example,
/// its archive, and the fixtures that model real published policies.
fn valid_policies() -> Vec<PathBuf> {
    let mut files = vec![
        repo().join("content/policy.yaml"),
        repo().join("content/history/2025-03-01.yaml"),
    ];
    for fixture in [
        "minimal",
        "silent",
        "reference/isowil-ipcom",
        "reference/it-voor-ondernemers",
    ] {
        files.push(fixtures().join(fixture).join("content/policy.yaml"));
    }
    files
}

// What loads, the editor accepts: the example and every modelled policy validate.
#[test]
fn the_example_and_the_fixtures_validate() {
    let policy = schema("policy");
    for file in valid_policies() {
        assert_eq!(
            complaints(&policy, &file),
            Vec::<String>::new(),
            "{}",
            file.display()
        );
    }
    let site = schema("site");
    let example_site = repo().join("content/site.yaml");
    assert_eq!(complaints(&site, &example_site), Vec::<String>::new());
}

// Each rule case is a small site. Where `check` finds nothing wrong, the editor must not
// complain either; where the loader refuses a misspelt field, a missing field or a wrong type,
// the editor must already have underlined it.
#[test]
fn the_schema_agrees_with_the_loader_on_every_rule_case() {
    let policy = schema("policy");
    let structural = ["error[PS-S02]", "error[PS-S03]", "error[PS-S04]"];
    let (mut clean, mut refused) = (0, 0);
    for rule in std::fs::read_dir(rules_dir()).unwrap().flatten() {
        for case in std::fs::read_dir(rule.path()).unwrap().flatten() {
            let expected =
                std::fs::read_to_string(case.path().join("expected.txt")).unwrap_or_default();
            let file = case.path().join("content/policy.yaml");
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            // Older model versions load through an upgrade the schema does not describe, and
            // a file YAML itself refuses has nothing to validate.
            if !text.contains("schema: 2") || serde_saphyr::from_str::<Value>(&text).is_err() {
                continue;
            }
            let found = complaints(&policy, &file);
            if expected.trim() == "no errors" {
                assert_eq!(found, Vec::<String>::new(), "{}", file.display());
                clean += 1;
            } else if structural.iter().any(|s| expected.contains(s))
                && !expected.contains("content/site.yaml")
            {
                assert!(
                    !found.is_empty(),
                    "{} validates:\n{expected}",
                    file.display()
                );
                refused += 1;
            }
        }
    }
    // The property must have been tested on real cases, not on an empty folder.
    assert!(
        clean > 20 && refused >= 4,
        "{clean} clean, {refused} refused"
    );
}

// A typo in a field name and a catalogue key the catalogue lacks are underlined while typing.
#[test]
fn typos_are_rejected() {
    let test = SiteTest::example();
    let text = test.read("content/policy.yaml");
    let policy = schema("policy");

    test.write(
        "content/policy.yaml",
        &text.replacen("\ncontroller:", "\ncontroler:", 1),
    );
    let found = complaints(&policy, &test.path("content/policy.yaml"));
    assert!(found.iter().any(|c| c.contains("controler")), "{found:?}");

    test.write(
        "content/policy.yaml",
        &text.replacen("legal_basis: contract", "legal_basis: contrat", 1),
    );
    let found = complaints(&policy, &test.path("content/policy.yaml"));
    assert!(
        found.iter().any(|c| c.contains("/legal_basis")),
        "{found:?}"
    );
}

// The schemas the example points at are the ones this privasite writes, and its files name
// them on their first line, so the editor finds them.
#[test]
fn the_committed_schemas_are_current() {
    for (which, yaml) in [("site", "site.yaml"), ("policy", "policy.yaml")] {
        let out = SiteTest::empty().run(&["schema", "--print", which]);
        let committed = repo().join(format!("content/schemas/{which}.schema.json"));
        assert_eq!(
            std::fs::read_to_string(&committed).unwrap(),
            out.stdout,
            "{} is out of date: run `cargo run -- schema`",
            committed.display()
        );
        let first = std::fs::read_to_string(repo().join("content").join(yaml)).unwrap();
        assert_eq!(
            first.lines().next().unwrap(),
            format!("# yaml-language-server: $schema=schemas/{which}.schema.json")
        );
    }
}

// `privasite schema` writes both files where the modelines expect them, and leaves a file it
// did not write alone.
#[test]
fn schema_writes_beside_the_content_and_keeps_foreign_files() {
    let test = SiteTest::example();
    let out = test.run(&["schema"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for which in ["site", "policy"] {
        let path = test.path(&format!("content/schemas/{which}.schema.json"));
        assert!(serde_json::from_str::<Value>(&std::fs::read_to_string(path).unwrap()).is_ok());
    }
    test.write(
        "content/schemas/policy.schema.json",
        "{\"hand\": \"written\"}",
    );
    let out = test.run(&["schema"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("was not written by `privasite schema`"),
        "{}",
        out.stderr
    );
    assert_eq!(
        test.read("content/schemas/policy.schema.json"),
        "{\"hand\": \"written\"}"
    );
}

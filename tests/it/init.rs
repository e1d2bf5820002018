//! `privasite init`: from an empty folder to a built site, with only the binary.

use crate::helpers::{Outcome, repo, run_binary, visible_text};
use std::path::{Path, PathBuf};

/// A copy of the binary in a folder of its own, run from a folder that holds nothing of this
/// repository: what a user has after `cargo install`.
struct Installed {
    dir: tempfile::TempDir,
    binary: PathBuf,
}

impl Installed {
    fn new() -> Installed {
        let dir = tempfile::tempdir().unwrap();
        let binary = dir.path().join("bin/privasite");
        std::fs::create_dir_all(binary.parent().unwrap()).unwrap();
        std::fs::copy(env!("CARGO_BIN_EXE_privasite"), &binary).unwrap();
        Installed { dir, binary }
    }

    fn work(&self) -> PathBuf {
        let work = self.dir.path().join("work");
        std::fs::create_dir_all(&work).unwrap();
        work
    }

    fn run(&self, args: &[&str]) -> Outcome {
        run_binary(&self.binary, &self.work(), args, &[])
    }

    fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.work().join(relative)).unwrap()
    }
}

// The first run a new user makes builds: a draft in four languages that says "not stated"
// where the policy is still empty, which `check` lists and refuses to pass.
#[test]
fn init_then_build_works_with_only_the_binary() {
    let user = Installed::new();
    let init = user.run(&["init", "policy", "--languages", "nl,fr,en,de"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(
        init.stderr.contains("privasite check --root policy"),
        "{}",
        init.stderr
    );

    let built = user.run(&["build", "--root", "policy"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(
        built.stderr.contains("a draft: not for publication"),
        "{}",
        built.stderr
    );
    for (lang, not_stated) in [
        ("nl", "niet vermeld"),
        ("fr", "non précisé"),
        ("en", "not stated"),
        ("de", "nicht angegeben"),
    ] {
        let html = user.read(&format!("policy/public/{lang}/privacy/index.html"));
        assert!(
            html.contains("noindex"),
            "{lang}: a draft must stay out of search engines"
        );
        let text = visible_text(&html).to_lowercase();
        assert!(text.contains(not_stated), "{lang}: {text}");
    }

    let check = user.run(&["check", "--root", "policy"]);
    assert_eq!(
        check.code, 1,
        "an incomplete policy must fail CI:\n{}",
        check.stderr
    );
    assert!(
        check.stderr.contains("the controller's name is not stated"),
        "{}",
        check.stderr
    );
    // A draft is not a published version: there is nothing to archive.
    let archive = user.run(&["new-version", "--root", "policy", "--date", "2030-01-01"]);
    assert_ne!(archive.code, 0);
    assert!(archive.stderr.contains("draft"), "{}", archive.stderr);
    assert!(!user.work().join("policy/content/history").exists());
}

// Once the policy is written and `draft: true` is removed, the same site publishes.
#[test]
fn a_completed_starter_publishes() {
    let user = Installed::new();
    assert_eq!(user.run(&["init", "policy"]).code, 0);
    let site = user.read("policy/content/site.yaml");
    let published: String = site
        .lines()
        .filter(|l| !l.starts_with("draft:"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(user.work().join("policy/content/site.yaml"), published).unwrap();
    let policy = std::fs::read_to_string(repo().join("content/policy.yaml")).unwrap();
    std::fs::write(user.work().join("policy/content/policy.yaml"), policy).unwrap();
    let checked = user.run(&["check", "--root", "policy"]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let built = user.run(&["build", "--root", "policy"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(!built.stderr.contains("draft"), "{}", built.stderr);
    let html = user.read("policy/public/nl/privacy/index.html");
    assert!(!html.contains("noindex"));
}

// What init writes is what an editor's schema accepts, and each file points at its schema.
#[test]
fn the_starter_validates_against_its_schemas() {
    let user = Installed::new();
    assert_eq!(user.run(&["init", "policy"]).code, 0);
    let content = user.work().join("policy/content");
    for which in ["site", "policy"] {
        let text = std::fs::read_to_string(content.join(format!("{which}.yaml"))).unwrap();
        let first = text.lines().next().unwrap();
        let target = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| panic!("{which}.yaml starts with {first}"));
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(content.join(target)).unwrap()).unwrap();
        let value: serde_json::Value = serde_saphyr::from_str(&text).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert_eq!(errors, Vec::<String>::new(), "{which}.yaml");
    }
}

// Every key of the starter policy carries a comment that says what to write.
#[test]
fn every_starter_key_is_explained() {
    let user = Installed::new();
    assert_eq!(user.run(&["init", "policy"]).code, 0);
    for file in ["site.yaml", "policy.yaml"] {
        let text = user.read(&format!("policy/content/{file}"));
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let is_key = !line.trim_start().starts_with('#') && line.contains(':');
            if is_key && !line.trim_start().starts_with("- ") {
                let above = lines[..i].last().copied().unwrap_or_default();
                assert!(
                    above.trim_start().starts_with('#'),
                    "{file}:{}: `{line}` has no comment above it",
                    i + 1
                );
            }
        }
    }
}

// Nothing of the user's is overwritten, and a language without texts is refused before
// anything is written.
#[test]
fn init_refuses_what_it_cannot_do_cleanly() {
    let user = Installed::new();
    std::fs::create_dir_all(user.work().join("mine")).unwrap();
    std::fs::write(user.work().join("mine/notes.md"), "my notes").unwrap();
    let out = user.run(&["init", "mine"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("is not empty (notes.md is in it)"),
        "{}",
        out.stderr
    );
    assert_eq!(user.read("mine/notes.md"), "my notes");
    assert!(!Path::new(&user.work().join("mine/content")).exists());

    let out = user.run(&["init", "other", "--languages", "nl,es"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no texts for the language `es`"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("locales/es/"), "{}", out.stderr);
    assert!(!user.work().join("other").exists());
}

//! The command line as a user meets it: help with examples, completions, how much is said.

use std::path::Path;

use crate::helpers::{Outcome, SiteTest, run_binary};

/// `privasite <args>` in `dir`, with no `--root`: `init` and `completions` take none.
fn privasite(dir: &Path, args: &[&str]) -> Outcome {
    run_binary(Path::new(env!("CARGO_BIN_EXE_privasite")), dir, args, &[])
}

const COMMANDS: &[&str] = &[
    "init",
    "build",
    "check",
    "new-version",
    "diff",
    "serve",
    "schema",
    "completions",
];

// Every command's help ends with examples of its use.
#[test]
fn every_command_has_examples() {
    let site = SiteTest::empty();
    for command in COMMANDS {
        let out = privasite(site.root(), &[command, "--help"]);
        assert_eq!(out.code, 0, "{command}: {}", out.stderr);
        let examples = out.stdout.split("Examples:").nth(1);
        assert!(
            examples.is_some_and(|e| e.contains(&format!("privasite {command}"))),
            "{command} --help has no examples:\n{}",
            out.stdout
        );
    }
}

// The completion scripts know every command.
#[test]
fn completions_name_every_command() {
    let site = SiteTest::empty();
    for shell in ["bash", "zsh", "fish"] {
        let out = privasite(site.root(), &["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        for command in COMMANDS {
            assert!(
                out.stdout.contains(command),
                "{shell} completion lacks {command}"
            );
        }
    }
}

// `--quiet` keeps errors and drops everything else; `--verbose` adds how long each step took.
#[test]
fn quiet_and_verbose() {
    let site = SiteTest::fixture("minimal");
    // Not saying how changes are announced is a warning (PS-C24).
    site.policy(|p| {
        p.as_object_mut().unwrap().remove("changes");
    });
    let normal = site.run(&["build"]).succeeds();
    assert!(normal.stderr.contains("built "), "{}", normal.stderr);
    assert!(
        normal.stderr.contains("warning["),
        "the fixture has warnings to hide"
    );

    let quiet = site.run(&["build", "--quiet"]).succeeds();
    assert_eq!(quiet.stderr, "", "--quiet printed:\n{}", quiet.stderr);

    let verbose = site.run(&["build", "--verbose"]).succeeds();
    assert!(
        verbose.stderr.contains("written to disk in "),
        "{}",
        verbose.stderr
    );
    assert!(verbose.stderr.contains("built "), "{}", verbose.stderr);

    // Errors are never hidden.
    site.write("content/policy.yaml", "schema: 2\n");
    let failed = site.run(&["check", "--quiet"]);
    assert_eq!(failed.code, 1);
    assert!(failed.stderr.contains("error[PS-C01]"), "{}", failed.stderr);
    assert!(!failed.stderr.contains("warning["), "{}", failed.stderr);
}

// Machine formats print their document alone on stdout, ending with a newline.
#[test]
fn every_format_ends_with_a_newline() {
    let site = SiteTest::fixture("minimal");
    for format in ["json", "github", "sarif"] {
        let out = site.run(&["check", "--format", format]);
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
        assert!(
            out.stdout.is_empty() || out.stdout.ends_with('\n'),
            "{format}: {:?}",
            out.stdout
        );
        if format != "github" {
            assert!(
                serde_json::from_str::<serde_json::Value>(&out.stdout).is_ok(),
                "{format}"
            );
        }
    }
}

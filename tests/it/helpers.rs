//! A small harness: copy a fixture site to a temp folder, run privasite, inspect the result.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;
use tempfile::TempDir;

/// The repository root, where `content/` holds the example site.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    repo().join("tests/fixtures")
}

/// `tests/rules`: a folder per rule id, a case folder per example.
pub fn rules_dir() -> PathBuf {
    repo().join("tests/rules")
}

/// A site in a temporary folder.
pub struct SiteTest {
    dir: TempDir,
}

/// What one run of privasite did.
#[derive(Debug)]
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl SiteTest {
    /// The example site of the repository (its `content/` only: the built-in theme and
    /// translations are what a fresh `cargo install` has).
    pub fn example() -> SiteTest {
        let test = SiteTest::empty();
        copy_dir(&repo().join("content"), &test.root().join("content"));
        test
    }

    /// `tests/fixtures/<name>`, copied whole.
    pub fn fixture(name: &str) -> SiteTest {
        let test = SiteTest::empty();
        copy_dir(&fixtures().join(name), test.root());
        test
    }

    /// The minimal valid site with the rule fixture `tests/rules/<rule>/<case>` laid over it.
    pub fn rule_case(rule: &str, case: &str) -> SiteTest {
        let test = SiteTest::fixture("minimal");
        copy_dir(&rules_dir().join(rule).join(case), test.root());
        let _ = std::fs::remove_file(test.path("expected.txt"));
        test
    }

    /// An empty folder: no site at all.
    pub fn empty() -> SiteTest {
        SiteTest {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, relative: &str) -> PathBuf {
        self.root().join(relative)
    }

    pub fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Changes `content/policy.yaml` through its structure: `change` receives the document as
    /// JSON values (`p["purposes"][0]["legal_basis"] = json!("contrat")`) and the file is
    /// written back as YAML. Comments and layout are not kept; line numbers change.
    pub fn policy(&self, change: impl FnOnce(&mut Value)) {
        self.yaml("content/policy.yaml", change);
    }

    /// [`SiteTest::policy`] for any YAML file of the site.
    pub fn yaml(&self, relative: &str, change: impl FnOnce(&mut Value)) {
        let mut doc: Value =
            serde_saphyr::from_str(&self.read(relative)).unwrap_or_else(|e| panic!("{e}"));
        change(&mut doc);
        self.write(
            relative,
            &serde_saphyr::to_string(&doc).expect("serialize YAML"),
        );
    }

    /// Runs `privasite <args> --root .` in the site's folder, as an author would.
    pub fn run(&self, args: &[&str]) -> Outcome {
        self.run_in(self.root(), args, ".")
    }

    /// Runs `privasite <args> --root .` in the site's folder with the environment variables
    /// `vars` set.
    pub fn run_with_env(&self, vars: &[(&str, &str)], args: &[&str]) -> Outcome {
        self.run_command(self.root(), args, ".", vars)
    }

    /// Runs `privasite <args> --root <root>` from the folder `dir`.
    pub fn run_in(&self, dir: &Path, args: &[&str], root: &str) -> Outcome {
        self.run_command(dir, args, root, &[])
    }

    fn run_command(&self, dir: &Path, args: &[&str], root: &str, vars: &[(&str, &str)]) -> Outcome {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--root", root]);
        run_binary(Path::new(env!("CARGO_BIN_EXE_privasite")), dir, &all, vars)
    }

    /// Builds and asserts success.
    pub fn build(&self) -> Outcome {
        self.run(&["build"]).succeeds()
    }
}

/// Runs `binary <args>` in `dir`, exactly as given (no `--root` added), and checks it did not
/// panic.
pub fn run_binary(binary: &Path, dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Outcome {
    let output = Command::new(binary)
        .envs(vars.iter().copied())
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run privasite");
    let outcome = Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    assert!(
        !outcome.stderr.contains("panicked"),
        "privasite panicked:\n{}",
        outcome.stderr
    );
    outcome
}

impl Outcome {
    pub fn succeeds(self) -> Outcome {
        assert_eq!(
            self.code, 0,
            "expected success, got:\n{}{}",
            self.stdout, self.stderr
        );
        self
    }

    /// Asserts that the messages privasite printed contain `text`.
    pub fn stderr_has(&self, text: &str) -> &Outcome {
        assert!(
            self.stderr.contains(text),
            "stderr lacks {text:?}:\n{}",
            self.stderr
        );
        self
    }

    /// Asserts that the messages privasite printed do not contain `text`.
    pub fn stderr_lacks(&self, text: &str) -> &Outcome {
        assert!(
            !self.stderr.contains(text),
            "stderr has {text:?}:\n{}",
            self.stderr
        );
        self
    }

    pub fn fails_with(self, code: i32) -> Outcome {
        assert_eq!(
            self.code, code,
            "expected exit {code}, got:\n{}{}",
            self.stdout, self.stderr
        );
        self
    }
}

/// Compares `actual` with the file `expected`; with `UPDATE_EXPECT=1`, rewrites the file
/// instead (then review the diff like code).
pub fn assert_matches_file(actual: &str, expected: &Path) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(expected, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(expected).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run with UPDATE_EXPECT=1",
            expected.display()
        )
    });
    assert_eq!(actual, want, "output differs from {}", expected.display());
}

/// Copies `from` into `to`, files over files. A link is copied as a link to the same target
/// (not followed), so a fixture can hold a link that leads outside the site.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display())) {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_symlink() {
            let link = std::fs::read_link(entry.path()).unwrap();
            if target.symlink_metadata().is_ok() {
                std::fs::remove_file(&target).unwrap();
            }
            std::os::unix::fs::symlink(link, &target).unwrap();
        } else if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Every file under `dir`, as relative path and bytes, sorted.
pub fn tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                let rel = path.strip_prefix(base).unwrap().display().to_string();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// The visible text of an HTML page: tags, scripts and the head removed, entities decoded
/// for the few that privasite emits.
pub fn visible_text(html: &str) -> String {
    let mut text = String::new();
    let body = html.split_once("<body>").map_or(html, |(_, b)| b);
    let mut in_tag = false;
    let mut in_script = false;
    let mut rest = body;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("<script") {
            in_script = true;
        }
        if in_script && rest.starts_with("</script>") {
            in_script = false;
        }
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag && !in_script => text.push(c),
            _ => {}
        }
        rest = &rest[c.len_utf8()..];
    }
    let text = text
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

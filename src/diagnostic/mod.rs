//! Findings about the author's files, and how to show them.
//!
//! A [`Diagnostic`] is one problem: the id of the rule that found it, a severity, a
//! [`Location`] where there is one, a plain-language message and an optional hint. Loading,
//! translations, templates and the checker all produce them; this module alone turns them into
//! text for people, JSON, GitHub annotations or SARIF. It knows nothing of YAML, of the policy
//! model or of the command line.

mod github;
mod human;
mod json;
mod sarif;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;

pub use human::Style;

/// How serious a finding is. Only errors stop a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The site must not be published like this.
    Error,
    /// Probably wrong, or weaker than the law or guidance asks.
    Warning,
    /// Worth a look; often a matter of style.
    Note,
}

impl Severity {
    /// `error`, `warning` or `note`.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Where a finding is: a file, a 1-based line and column, and the YAML path of the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    /// Relative to the site root, as the author sees it: `content/policy.yaml`.
    pub file: PathBuf,
    /// 1-based; 0 when the finding is about the file as a whole (a field missing at its top).
    pub line: usize,
    /// 1-based, in characters; 0 with line 0.
    pub column: usize,
    /// `purposes[2].legal_basis` (the second purpose: list positions count from 1, as people
    /// count); empty where the file has no such structure.
    pub yaml_path: String,
}

/// One problem found in the site's files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The id of the rule that found it, such as `PS-C03`.
    pub rule: &'static str,
    /// Error, warning or note, after the site's configuration was applied.
    pub severity: Severity,
    /// Where it is, when it is in a file (boxed: most of a finding's size, and often absent).
    pub location: Option<Box<Location>>,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A finding of `rule` with `severity`.
    pub fn new(rule: &'static str, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            rule,
            severity,
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    /// An error of `rule`.
    pub fn error(rule: &'static str, message: impl Into<String>) -> Self {
        Diagnostic::new(rule, Severity::Error, message)
    }

    /// Places the finding.
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location.map(Box::new);
        self
    }

    /// Adds what to do about it.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Whether the finding stops a build.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The order findings are shown in: by file, line and column; findings without a place
    /// last. Two findings about one place keep the order they were found in.
    fn sort_key(&self) -> (bool, Option<&Path>, usize, usize) {
        match &self.location {
            Some(l) => (false, Some(l.file.as_path()), l.line, l.column),
            None => (true, None, 0, 0),
        }
    }
}

/// Sorts findings by file, line and column (a stable sort: ties keep their order).
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
}

/// The text of each file a finding may point into, so a message can quote the line.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: BTreeMap<PathBuf, Arc<str>>,
}

impl SourceMap {
    /// Records the text of `file`.
    pub fn insert(&mut self, file: PathBuf, text: Arc<str>) {
        self.files.insert(file, text);
    }

    /// Feeds every file's path and text to `digest`, in path order, each delimited by its
    /// length: two maps give the same digest only when they hold the same files.
    pub fn digest_into(&self, digest: &mut sha2::Sha256) {
        use sha2::Digest;
        for (file, text) in &self.files {
            digest.update(format!("{}\0{}\0", file.display(), text.len()));
            digest.update(text.as_bytes());
        }
    }

    /// Adds every file of `other`.
    pub fn extend(&mut self, other: &SourceMap) {
        for (file, text) in &other.files {
            self.files.insert(file.clone(), text.clone());
        }
    }

    /// The same texts, keyed as `base/file`, to match [`rebase`]d findings.
    pub fn rebased(&self, base: &Path) -> SourceMap {
        SourceMap {
            files: self
                .files
                .iter()
                .map(|(f, t)| (rebase_path(base, f), t.clone()))
                .collect(),
        }
    }

    /// Line `line` (1-based) of `file`, when the map has the file and the file has the line.
    pub fn line(&self, file: &Path, line: usize) -> Option<&str> {
        self.files.get(file)?.lines().nth(line.checked_sub(1)?)
    }
}

/// Findings whose file paths are prefixed with `base`, the site root as the user gave it, so
/// paths in messages and CI annotations are relative to where privasite was run.
pub fn rebase(diagnostics: &[Diagnostic], base: &Path) -> Vec<Diagnostic> {
    let base = from_current_dir(base);
    let base = base.as_path();
    diagnostics
        .iter()
        .cloned()
        .map(|mut d| {
            if let Some(loc) = &mut d.location {
                loc.file = rebase_path(base, &loc.file);
            }
            d
        })
        .collect()
}

/// `base` as a path from the current folder when it lies inside it, so an absolute `--root`
/// still gives `site/content/policy.yaml`: the path an editor opens and a CI annotation
/// needs. A base elsewhere stays as given.
fn from_current_dir(base: &Path) -> PathBuf {
    if base.is_absolute()
        && let Ok(current) = std::env::current_dir().and_then(std::fs::canonicalize)
        && let Ok(canonical) = std::fs::canonicalize(base)
        && let Ok(inside) = canonical.strip_prefix(&current)
    {
        return inside.to_path_buf();
    }
    base.to_path_buf()
}

fn rebase_path(base: &Path, file: &Path) -> PathBuf {
    if base.as_os_str().is_empty() || base == Path::new(".") || file.starts_with("<built-in>") {
        file.to_path_buf()
    } else {
        base.join(file)
    }
}

/// A message about something written twice (a key, an entry), naming the line of the first
/// one when it is on another line than the finding: both in one flow list (`[contact,
/// contact]`), the line shown has them both.
pub fn naming_first(message: String, line: usize, first: usize) -> String {
    if first > 0 && first != line {
        format!("{message}; the first is on line {first}")
    } else {
        message
    }
}

/// The output formats findings can be printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// For people: `file:line:col`, the line itself, a caret and a hint.
    Human,
    /// One JSON document with every finding, for tools (see `docs/json-output.md`).
    Json,
    /// GitHub Actions workflow commands, which become annotations on a pull request.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other static-analysis dashboards.
    Sarif,
}

/// What the machine-readable formats say about each rule: its legal source and summary.
pub trait RuleInfo {
    /// The rule's one-line summary, for the id given.
    fn summary(&self, id: &str) -> Option<&'static str>;
    /// The legal source the rule rests on ("GDPR Art. 13(1)(c)").
    fn source(&self, id: &str) -> Option<&'static str>;
    /// Every rule id, in order, for SARIF's rule table.
    fn ids(&self) -> Vec<&'static str>;
}

/// Renders findings in the chosen format. `sources` lets human output quote the line; `rules`
/// gives the machine formats each rule's source.
pub fn render(
    diagnostics: &[Diagnostic],
    format: Format,
    sources: &SourceMap,
    rules: &dyn RuleInfo,
    style: Style,
) -> String {
    match format {
        Format::Human => human::render(diagnostics, sources, style),
        Format::Json => json::render(diagnostics, rules),
        Format::Github => github::render(diagnostics),
        Format::Sarif => sarif::render(diagnostics, rules),
    }
}

/// The closest candidate to a misspelt word, if one is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(input, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// A hint naming the closest candidate, or else the full list.
pub fn suggestion(input: &str, candidates: &[&str]) -> String {
    match did_you_mean(input, candidates.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("use one of: {}", quoted_list(candidates)),
    }
}

/// `` `a`, `b`, `c` ``.
pub fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Text from the author's files made safe to print: control characters (a terminal escape
/// sequence, a carriage return that would hide the start of a line) are written out as
/// `\u{1b}` instead of being sent to the terminal or a CI log.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_control) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Control characters other than the tab, including the C1 range and the bidirectional
/// overrides that can reorder what a terminal shows.
fn is_unsafe_control(c: char) -> bool {
    matches!(c, '\n' | '\r') || crate::markup::is_invisible(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A typo one letter off finds the intended key.
    #[test]
    fn suggests_the_closest_key() {
        let keys = ["consent", "contract", "legitimate_interests"];
        assert_eq!(
            did_you_mean("legitimate_interest", keys),
            Some("legitimate_interests")
        );
        assert_eq!(did_you_mean("contrat", keys), Some("contract"));
        assert_eq!(did_you_mean("xyz", keys), None);
    }

    // Terminal escapes and carriage returns from a YAML value are shown, not obeyed.
    #[test]
    fn control_characters_are_written_out() {
        assert_eq!(escape_controls("a\u{1b}[31mb\rc"), "a\\u{1b}[31mb\\u{d}c");
        assert_eq!(escape_controls("tab\tok"), "tab\tok");
        assert_eq!(escape_controls("x\u{202e}y"), "x\\u{202e}y");
    }

    // Findings are sorted by file and line; ties keep the order found; unplaced ones go last.
    #[test]
    fn sorts_by_file_and_line() {
        let at = |file: &str, line| {
            Some(Location {
                file: file.into(),
                line,
                column: 1,
                yaml_path: String::new(),
            })
        };
        let mut ds = vec![
            Diagnostic::error("A", "none"),
            Diagnostic::error("B", "b9").at(at("b.yaml", 9)),
            Diagnostic::error("C", "a5").at(at("a.yaml", 5)),
            Diagnostic::error("D", "b2").at(at("b.yaml", 2)),
            Diagnostic::error("E", "a5 again").at(at("a.yaml", 5)),
        ];
        sort(&mut ds);
        let order: Vec<&str> = ds.iter().map(|d| d.rule).collect();
        assert_eq!(order, ["C", "E", "D", "B", "A"]);
    }
}

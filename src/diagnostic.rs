//! Findings about the author's files and how to show them.
//!
//! A [`Diagnostic`] is one problem with a severity, a [`Location`] where there is one, a
//! plain-language message and an optional hint. Loading and checking produce them; this module
//! alone turns them into text for people (`file:line:col`, the line, a caret), JSON, or GitHub
//! annotations. It knows nothing of YAML or of the policy model.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

/// Whether a finding stops the build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// Where a finding is: a file, a 1-based line and column, and the YAML path of the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// `purposes[2].legal_basis`; empty for the whole document.
    pub yaml_path: String,
}

/// One problem found in the author's files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    pub location: Option<Location>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            location: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(message)
        }
    }

    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// The text of each file a diagnostic may point into, so a message can quote the line.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: BTreeMap<PathBuf, String>,
}

impl SourceMap {
    pub fn insert(&mut self, file: PathBuf, text: String) {
        self.files.insert(file, text);
    }

    /// The same texts, keyed as `base/file`, to match [`rebase`]d diagnostics.
    pub fn rebased(&self, base: &Path) -> SourceMap {
        SourceMap {
            files: self
                .files
                .iter()
                .map(|(f, t)| (rebase_path(base, f), t.clone()))
                .collect(),
        }
    }

    fn line(&self, file: &PathBuf, line: usize) -> Option<&str> {
        self.files.get(file)?.lines().nth(line.checked_sub(1)?)
    }
}

/// Diagnostics whose file paths are prefixed with `base`, the site root as the user gave it, so
/// that paths in messages and CI annotations are relative to where privasite was run.
pub fn rebase(diagnostics: &[Diagnostic], base: &Path) -> Vec<Diagnostic> {
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

fn rebase_path(base: &Path, file: &Path) -> PathBuf {
    if base.as_os_str().is_empty() || base == Path::new(".") || file.starts_with("<built-in>") {
        file.to_path_buf()
    } else {
        base.join(file)
    }
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: `file:line:col`, the line itself, a caret and a hint.
    Human,
    /// One JSON document with every finding, for tools.
    Json,
    /// GitHub Actions workflow commands, which become annotations on the pull request.
    Github,
}

/// Renders findings in the chosen format; `sources` lets human output quote the line.
pub fn render(diagnostics: &[Diagnostic], format: Format, sources: &SourceMap) -> String {
    match format {
        Format::Human => diagnostics
            .iter()
            .map(|d| render_human(d, sources))
            .collect::<Vec<_>>()
            .join("\n"),
        Format::Json => {
            let summary = serde_json::json!({
                "errors": diagnostics.iter().filter(|d| d.is_error()).count(),
                "warnings": diagnostics.iter().filter(|d| !d.is_error()).count(),
                "diagnostics": diagnostics,
            });
            let mut text = serde_json::to_string_pretty(&summary).unwrap_or_default();
            text.push('\n');
            text
        }
        Format::Github => diagnostics.iter().map(render_github).collect(),
    }
}

/// The human form, modelled on compilers: a headline, a pointer, the line, a caret, a hint.
pub fn render_human(d: &Diagnostic, sources: &SourceMap) -> String {
    let label = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{label}: {}\n", d.message);
    if let Some(loc) = &d.location {
        let _ = write!(
            out,
            "  --> {}:{}:{}",
            loc.file.display(),
            loc.line,
            loc.column
        );
        if !loc.yaml_path.is_empty() {
            let _ = write!(out, " (at `{}`)", loc.yaml_path);
        }
        out.push('\n');
        if let Some(text) = sources.line(&loc.file, loc.line) {
            let number = loc.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad: String = text
                .chars()
                .take(loc.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "{pad} |");
            let _ = writeln!(out, "{number} | {text}");
            let _ = writeln!(out, "{pad} | {caret_pad}^");
        }
    }
    if let Some(hint) = &d.hint {
        let _ = writeln!(out, "  = hint: {hint}");
    }
    out
}

fn render_github(d: &Diagnostic) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut message = d.message.clone();
    if let Some(hint) = &d.hint {
        message.push_str(". Hint: ");
        message.push_str(hint);
    }
    let location = d
        .location
        .as_ref()
        .map(|l| {
            format!(
                " file={},line={},col={}",
                escape_github_property(&l.file.display().to_string()),
                l.line,
                l.column
            )
        })
        .unwrap_or_default();
    format!("::{kind}{location}::{}\n", escape_github_data(&message))
}

// GitHub's workflow-command syntax reserves these characters.
fn escape_github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_github_property(s: &str) -> String {
    escape_github_data(s)
        .replace(':', "%3A")
        .replace(',', "%2C")
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

/// A hint naming the closest candidate, or else the full list when it is short.
pub fn suggestion(input: &str, candidates: &[&str]) -> String {
    match did_you_mean(input, candidates.iter().copied()) {
        Some(best) => format!("did you mean `{best}`?"),
        None => format!("use one of: {}", quoted_list(candidates)),
    }
}

pub fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|i| format!("`{i}`"))
        .collect::<Vec<_>>()
        .join(", ")
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

    // The human form shows the line and puts the caret under the column.
    #[test]
    fn human_output_points_at_the_column() {
        let mut sources = SourceMap::default();
        sources.insert("p.yaml".into(), "a: 1\nlegal_basis: contrat\n".into());
        let d = Diagnostic::error("unknown legal basis `contrat`")
            .at(Some(Location {
                file: "p.yaml".into(),
                line: 2,
                column: 14,
                yaml_path: "legal_basis".into(),
            }))
            .hint("did you mean `contract`?");
        let text = render_human(&d, &sources);
        assert!(
            text.contains("--> p.yaml:2:14 (at `legal_basis`)"),
            "{text}"
        );
        assert!(
            text.contains("2 | legal_basis: contrat\n  |              ^"),
            "{text}"
        );
        assert!(text.contains("hint: did you mean `contract`?"), "{text}");
    }

    // GitHub annotations escape newlines so one finding stays one command.
    #[test]
    fn github_output_is_one_line_per_finding() {
        let d = Diagnostic::error("two\nlines");
        assert_eq!(render_github(&d), "::error::two%0Alines\n");
    }
}

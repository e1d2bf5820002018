//! What resolving and the rules write their findings into: a rule, the YAML path of the value
//! the finding is about, the message and a hint. Paths are turned into file, line and column
//! only at the end, so the YAML index is built only when there is something to show.

use std::collections::HashSet;

use crate::diagnostic::{Diagnostic, naming_first};
use crate::load::SourceFile;

use super::config::RuleConfig;
use super::rule::Rule;

/// One finding before it is placed in its file.
#[derive(Debug, Clone)]
pub struct Finding {
    /// The rule that found it.
    pub rule: &'static Rule,
    /// `purposes[2].legal_basis`.
    pub path: String,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
    /// For an entry written twice, the path of the first one, so the message says where it is.
    pub first: Option<String>,
}

impl Finding {
    /// Adds what to do about it.
    pub fn hint(&mut self, hint: impl Into<String>) -> &mut Self {
        self.hint = Some(hint.into());
        self
    }

    /// Names the entry this one repeats.
    pub fn repeats(&mut self, first: impl Into<String>) -> &mut Self {
        self.first = Some(first.into());
        self
    }
}

/// The findings about one file.
#[derive(Debug, Default)]
pub struct Report {
    findings: Vec<Finding>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Records a finding of `rule` about the value at `path`.
    pub fn add(
        &mut self,
        rule: &'static Rule,
        path: impl Into<String>,
        message: impl Into<String>,
    ) -> &mut Finding {
        self.findings.push(Finding {
            rule,
            path: path.into(),
            message: message.into(),
            hint: None,
            first: None,
        });
        self.findings.last_mut().expect("just pushed")
    }

    /// Whether any finding so far is an error by its rule's default level.
    pub fn has_errors(&self) -> bool {
        self.findings
            .iter()
            .any(|f| f.rule.level == crate::diagnostic::Severity::Error)
    }

    /// Whether a finding was already made about the value at `path` (resolving reports a value
    /// it cannot read; a rule then need not say the value is missing).
    pub fn reported_at(&self, path: &str) -> bool {
        self.findings.iter().any(|f| f.path == path)
    }

    /// The findings so far.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The findings placed in `file`, at the level the configuration gives their rules;
    /// allowed ones are dropped.
    ///
    /// A text written once for every language (`reference: "2010/87/EU"`) is read by the rules
    /// as one text per language; what they find in it is reported once, about the value as
    /// written, however many languages the site has.
    pub fn into_diagnostics(self, file: &SourceFile, config: &RuleConfig) -> Vec<Diagnostic> {
        let mut seen = HashSet::new();
        self.findings
            .into_iter()
            .filter_map(|f| {
                let path = file.written_once(&f.path).unwrap_or(&f.path).to_owned();
                if !seen.insert((f.rule.id, path.clone(), f.message.clone(), f.hint.clone())) {
                    return None;
                }
                let location = file.locate(&path);
                let line = location.as_ref().map_or(0, |l| l.line);
                let severity = config.level(f.rule, file, &path, line)?;
                let message = match f.first.as_deref().and_then(|first| file.locate(first)) {
                    Some(first) => naming_first(f.message, line, first.line),
                    None => f.message,
                };
                let mut d = Diagnostic::new(f.rule.id, severity, message).at(location);
                d.hint = f.hint;
                Some(d)
            })
            .collect()
    }
}

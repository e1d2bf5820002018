//! Which level each rule reports at: its default, changed by `check:` in `site.yaml`, by the
//! command line (`--deny warnings`, `-A RULE`, `-W RULE`, `-D RULE`), and for one value by an
//! inline `# privasite: allow(RULE)` comment with the reason beside it.
//!
//! Precedence, strongest first: an inline allow on the value; the command line; `site.yaml`;
//! the rule's default. Rules about the structure of the files (`PS-S…`) cannot be changed:
//! without a readable file there is nothing to check.

use std::collections::HashMap;

use crate::diagnostic::Severity;
use crate::load::SourceFile;

use super::rule::{Family, Rule};

/// What an override sets a rule to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// Not reported.
    Allow,
    /// Reported as a warning.
    Warn,
    /// Reported as an error.
    Deny,
}

/// The levels in force for a run.
#[derive(Debug, Clone, Default)]
pub struct RuleConfig {
    /// From `site.yaml`'s `check:` section.
    site: HashMap<String, Setting>,
    /// From the command line; wins over `site`.
    command_line: HashMap<String, Setting>,
    /// `--deny warnings`: every warning is an error.
    deny_warnings: bool,
}

impl RuleConfig {
    /// Settings from `site.yaml`, by rule id.
    pub fn with_site(mut self, site: impl IntoIterator<Item = (String, Setting)>) -> Self {
        self.site.extend(site);
        self
    }

    /// Settings from the command line, by rule id.
    pub fn with_command_line(
        mut self,
        settings: impl IntoIterator<Item = (String, Setting)>,
        deny_warnings: bool,
    ) -> Self {
        self.command_line.extend(settings);
        self.deny_warnings |= deny_warnings;
        self
    }

    /// The level `rule` reports a finding at, for the value at `path` starting on `line` of
    /// `file`; `None` when the finding is allowed.
    pub fn level(
        &self,
        rule: &Rule,
        file: &SourceFile,
        path: &str,
        line: usize,
    ) -> Option<Severity> {
        if rule.family == Family::Structure {
            return Some(rule.level);
        }
        if inline_allows(file, rule.id, path, line) {
            return None;
        }
        let setting = self
            .command_line
            .get(rule.id)
            .or_else(|| self.site.get(rule.id));
        let level = match setting {
            Some(Setting::Allow) => return None,
            Some(Setting::Warn) => Severity::Warning,
            Some(Setting::Deny) => Severity::Error,
            None => rule.level,
        };
        Some(if self.deny_warnings && level == Severity::Warning {
            Severity::Error
        } else {
            level
        })
    }
}

/// The marker of an inline exception.
const DIRECTIVE: &str = "privasite: allow(";

/// Whether an `# privasite: allow(RULE)` comment covers the value at `path`: a comment at the
/// end of the line a value starts on covers that value and everything inside it; a comment on
/// a line of its own covers the value on the next line.
fn inline_allows(file: &SourceFile, rule: &str, path: &str, _line: usize) -> bool {
    let text = file.text();
    if !text.contains(DIRECTIVE) {
        return false;
    }
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(comment_at) = line.find('#') else {
            continue;
        };
        let comment = &line[comment_at..];
        if !directive_names(comment, rule) {
            continue;
        }
        let own_line = line[..comment_at].trim().is_empty();
        let target_line = if own_line {
            match lines[i + 1..]
                .iter()
                .position(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
            {
                Some(offset) => i + 1 + offset,
                None => continue,
            }
        } else {
            i
        };
        // The outermost value starting on that line is the one the comment is about.
        if let Some(target) = file.paths_on_line(target_line + 1).first()
            && covers(target, path)
        {
            return true;
        }
    }
    false
}

/// Whether a comment names `rule` in an allow directive (`allow(PS-W03, PS-T02)`).
fn directive_names(comment: &str, rule: &str) -> bool {
    let Some(start) = comment.find(DIRECTIVE) else {
        return false;
    };
    let rest = &comment[start + DIRECTIVE.len()..];
    let Some(end) = rest.find(')') else {
        return false;
    };
    rest[..end].split(',').any(|r| r.trim() == rule)
}

/// Whether `path` is `target` or lies inside it.
fn covers(target: &str, path: &str) -> bool {
    path == target
        || path
            .strip_prefix(target)
            .is_some_and(|rest| rest.starts_with('.') || rest.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    fn file(text: &str) -> SourceFile {
        SourceFile::new("p.yaml", Arc::from(text))
    }

    // A trailing comment covers the value on its line and what is inside it, and only the
    // rules it names.
    #[test]
    fn trailing_comment_covers_its_value() {
        let f = file(
            "a:\n  - id: x  # privasite: allow(PS-W01, PS-T02) reviewed by legal\n    t: 1\n  - id: y\n",
        );
        assert!(inline_allows(&f, "PS-W01", "a[0].t", 3));
        assert!(inline_allows(&f, "PS-T02", "a[0]", 2));
        assert!(!inline_allows(&f, "PS-W02", "a[0].t", 3));
        assert!(!inline_allows(&f, "PS-W01", "a[1]", 4));
    }

    // A comment on its own line covers the value that follows it.
    #[test]
    fn own_line_comment_covers_the_next_value() {
        let f = file(
            "# privasite: allow(PS-C01) the group's address is on the parent site\ncontroller:\n  name: X\nother: 1\n",
        );
        assert!(inline_allows(&f, "PS-C01", "controller", 2));
        assert!(inline_allows(&f, "PS-C01", "controller.name", 3));
        assert!(!inline_allows(&f, "PS-C01", "other", 4));
    }
}

//! The forgotten date (`PS-V06`): inside a git work tree, the policy compared with its last
//! committed version (or another revision). A change in substance under an unchanged
//! `last_updated` would rewrite what people were told on that date.

use std::path::Path;

use crate::check::{self, Report, RuleConfig, rules};
use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::model::RawPolicy;
use crate::policy::{Policy, iso_date};
use crate::project::Project;

use super::changes;

/// The policy at `revision` (`HEAD` when `None`), checked for `languages`; `None` when there is
/// no git work tree, no such revision, no policy at it, or one that does not load: then there is
/// nothing to compare with.
pub fn committed_policy(root: &Path, revision: &str, languages: &[String]) -> Option<Policy> {
    if !crate::project::may_be_in_git_work_tree(root) {
        return None;
    }
    let project = Project::at_revision(root, revision).ok()?;
    let text = project.read_text(Path::new("content/policy.yaml")).ok()??;
    let file = SourceFile::new("content/policy.yaml", text);
    let raw = crate::load::parse::<RawPolicy>(&file).ok()?;
    let (policy, diagnostics) =
        check::resolve_policy(&raw, &file, languages, crate::model::SCHEMA_VERSION);
    (!diagnostics.iter().any(Diagnostic::is_error)).then_some(policy)
}

/// `PS-V06` when `current` differs in substance from the policy at `revision` but keeps its
/// date.
pub fn forgotten_date(
    root: &Path,
    revision: Option<&str>,
    current: &Policy,
    current_file: &SourceFile,
    config: &RuleConfig,
) -> Vec<Diagnostic> {
    let revision = revision.unwrap_or("HEAD");
    let Some(committed) = committed_policy(root, revision, &current.languages) else {
        return Vec::new();
    };
    let (Some(then), Some(now)) = (
        committed.last_updated.stated(),
        current.last_updated.stated(),
    ) else {
        return Vec::new();
    };
    if then != now {
        return Vec::new();
    }
    let found = changes::changes(&committed, current);
    if found.is_empty() {
        return Vec::new();
    }
    let mut report = Report::new();
    report
        .add(
            &rules::FORGOTTEN_DATE,
            "last_updated",
            format!(
                "the policy changed since {revision} ({} change(s)), but it is still dated {}",
                found.len(),
                iso_date(*now)
            ),
        )
        .hint(format!(
            "`privasite diff git:{revision}` shows the changes; `privasite new-version` archives the published version and gives this one a new date"
        ));
    report.into_diagnostics(current_file, config)
}

/// The commit that added `relative` (a path from the site root), when the site is in a git
/// work tree and the file is committed.
pub fn commit_adding(root: &Path, relative: &Path) -> Option<String> {
    if !crate::project::may_be_in_git_work_tree(root) {
        return None;
    }
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["log", "--diff-filter=A", "--format=%H", "-1", "--"])
        .arg(relative)
        .output()
        .ok()?;
    let commit = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    (output.status.success() && !commit.is_empty()).then_some(commit)
}

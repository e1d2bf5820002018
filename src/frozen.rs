//! Whether archived pages still read as they were published (`PS-V05`): after rendering, each
//! archived version's page texts are compared with the fingerprints recorded when it was
//! archived.
//!
//! When a page drifted and the site is in a git work tree, the version is rendered again as
//! the site was at the commit that archived it (content, translations and theme of that
//! commit), so the warning can show the redline of what moved, not only where.

use std::collections::BTreeMap;

use crate::check::rules;
use crate::diagnostic::{Diagnostic, Location};
use crate::history::fingerprint::{self, Drift, PageText};
use crate::history::{self, Archived, History, redline};
use crate::policy::Settings;
use crate::project::Project;

/// How many changed lines of a redline a warning shows.
const REDLINE_LINES: usize = 6;

/// The `PS-V05` findings for the archived versions whose pages now read differently.
pub fn compare(
    project: &Project,
    history: &History,
    texts: &BTreeMap<String, BTreeMap<String, PageText>>,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for archived in &history.archived {
        let Some(recorded) = &archived.fingerprints else {
            continue;
        };
        let now = texts.get(&archived.id());
        let mut then: Option<Option<BTreeMap<String, PageText>>> = None;
        for (page, fingerprint) in &recorded.pages {
            let Some(lang) = page.split('/').next() else {
                continue;
            };
            if !settings.languages.iter().any(|l| l == lang) {
                // The site no longer publishes this language; its archive is not built.
                continue;
            }
            let current = now.and_then(|t| t.get(page));
            let sections = match current {
                None => None,
                Some(text) => match fingerprint::drift(fingerprint, text) {
                    Drift::Same => continue,
                    Drift::Changed(sections) => Some(sections),
                },
            };
            let old_texts = then.get_or_insert_with(|| as_published(project, archived));
            out.push(warning(
                archived,
                fingerprint,
                page,
                current,
                sections,
                old_texts.as_ref(),
            ));
        }
    }
    out
}

fn warning(
    archived: &Archived,
    recorded: &fingerprint::PageFingerprint,
    page: &str,
    now: Option<&PageText>,
    sections: Option<Vec<String>>,
    then: Option<&BTreeMap<String, PageText>>,
) -> Diagnostic {
    let location = Location {
        file: archived.fingerprint_file(),
        line: 0,
        column: 0,
        yaml_path: String::new(),
    };
    let Some(sections) = sections else {
        return Diagnostic::new(
            rules::FROZEN_TEXT_CHANGED.id,
            rules::FROZEN_TEXT_CHANGED.level,
            format!(
                "the archived page {page} of {} is no longer built",
                archived.id()
            ),
        )
        .at(Some(location))
        .hint("an archived version stays published in every language it was published in");
    };
    let mut message = format!(
        "the archived page {page} of {} would now read differently than when it was published",
        archived.id()
    );
    if !sections.is_empty() {
        message.push_str(&format!(", in: {}", sections.join(", ")));
    }
    // The rebuilt text is used only if it is the text that was fingerprinted.
    let published = then
        .and_then(|t| t.get(page))
        .filter(|old| fingerprint::drift(recorded, old) == Drift::Same);
    let redline = match (published, now) {
        (Some(old), Some(new)) => changed_lines(&old.text, &new.text),
        _ => Vec::new(),
    };
    let mut hint = String::new();
    if redline.is_empty() {
        hint.push_str(
            "a built-in sentence, a translation or a template changed since it was archived; ",
        );
        hint.push_str("the words that moved are shown when the version can be rebuilt from the git commit that archived it");
    } else {
        hint.push_str("what moved, [-then-]{+now+}:\n");
        hint.push_str(&redline.join("\n"));
    }
    hint.push_str("\nkeep the wording it was published with (a site's own locales/ override the built-in sentences), or re-record it knowingly with `privasite new-version --fingerprint ");
    hint.push_str(&archived.id());
    hint.push('`');
    Diagnostic::new(
        rules::FROZEN_TEXT_CHANGED.id,
        rules::FROZEN_TEXT_CHANGED.level,
        message,
    )
    .at(Some(location))
    .hint(hint)
}

/// The lines of a word redline that hold a change, at most [`REDLINE_LINES`].
fn changed_lines(old: &str, new: &str) -> Vec<String> {
    let plain = redline::to_plain(&redline::redline(old, new));
    plain
        .lines()
        .filter(|l| l.contains("[-") || l.contains("{+") || l.contains("-]") || l.contains("+}"))
        .take(REDLINE_LINES)
        .map(|l| format!("  {l}"))
        .collect()
}

/// The version's page texts as the site rendered them at the commit that archived it, when
/// that commit can be found and rebuilt.
fn as_published(project: &Project, archived: &Archived) -> Option<BTreeMap<String, PageText>> {
    let root = project.root();
    let commit = history::git::commit_adding(root, &archived.fingerprint_file())?;
    let then = Project::whole_at_revision(root, &commit).ok()?;
    let options = crate::BuildOptions {
        skip_fingerprints: true,
        ..Default::default()
    };
    let built = crate::build_project(&then, &options).ok()?;
    if built.policy.last_updated.stated() == Some(&archived.date) {
        return Some(built.texts);
    }
    built.archived_texts.get(&archived.id()).cloned()
}

//! Fingerprints of an archived version's pages: the SHA-256 of each page's visible text as it
//! was published, and of each of its sections, in `content/history/<date>.frozen.yaml`.
//!
//! Built-in sentences, translation files and templates can change after a version is archived;
//! the archived page, re-rendered, would then say words it never said. Comparing fingerprints
//! catches that, and the section fingerprints say where.

use std::collections::BTreeMap;

use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::check::rules;
use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;

use super::hex;

/// The end of a fingerprint file's name: `2025-03-01.frozen.yaml`.
pub const SUFFIX: &str = ".frozen.yaml";

/// A page's visible text, as a reader sees it: one line per paragraph, list item or cell,
/// whitespace collapsed, entities decoded; and the same text cut into the page's sections.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageText {
    /// The whole text.
    pub text: String,
    /// `(section id, where its text is in `text`)`, in page order. Ranges rather than copies:
    /// a long history keeps every archived page's text in memory until the changes pages
    /// are done.
    sections: Vec<(String, std::ops::Range<usize>)>,
}

impl PageText {
    /// A page without sections.
    pub fn whole(text: String) -> PageText {
        PageText {
            text,
            sections: Vec::new(),
        }
    }

    /// A page whose text is its sections' texts, one after the other.
    pub fn of_sections(sections: Vec<(String, String)>) -> PageText {
        let mut text = String::with_capacity(sections.iter().map(|(_, t)| t.len()).sum());
        let sections = sections
            .into_iter()
            .map(|(id, part)| {
                let start = text.len();
                text.push_str(&part);
                (id, start..text.len())
            })
            .collect();
        PageText { text, sections }
    }

    /// `(section id, text)`, in page order.
    pub fn sections(&self) -> impl Iterator<Item = (&str, &str)> {
        self.sections
            .iter()
            .map(|(id, range)| (id.as_str(), &self.text[range.clone()]))
    }

    /// The text of the section `id`, if the page has it.
    pub fn section(&self, id: &str) -> Option<&str> {
        self.sections().find(|(i, _)| *i == id).map(|(_, t)| t)
    }
}

/// The fingerprints of one version's pages, by `lang/page` (`en/privacy`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fingerprints {
    /// The version, `2025-03-01`.
    pub version: String,
    /// Each page's fingerprints.
    pub pages: BTreeMap<String, PageFingerprint>,
}

/// One page's fingerprints.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFingerprint {
    /// SHA-256 of the whole text.
    pub text: String,
    /// SHA-256 of each section's text (the first 16 hex digits: enough to tell them apart).
    #[serde(default)]
    pub sections: BTreeMap<String, String>,
}

/// The fingerprints of a page's text.
pub fn of(page: &PageText) -> PageFingerprint {
    PageFingerprint {
        text: sha256(&page.text),
        sections: page
            .sections()
            .map(|(id, text)| (id.to_owned(), sha256(text)[..16].to_owned()))
            .collect(),
    }
}

fn sha256(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// How a page reads now compared with its fingerprints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drift {
    /// It reads as published.
    Same,
    /// It reads differently, in these sections (empty when the change is outside any section
    /// or the sections were not recorded).
    Changed(Vec<String>),
}

/// Compares a page's text now with what was recorded.
pub fn drift(recorded: &PageFingerprint, now: &PageText) -> Drift {
    let now = of(now);
    if now.text == recorded.text {
        return Drift::Same;
    }
    let mut sections: Vec<String> = now
        .sections
        .iter()
        .filter(|(id, hash)| recorded.sections.get(*id).is_some_and(|h| h != *hash))
        .map(|(id, _)| id.clone())
        .collect();
    // Sections that appeared or disappeared changed too.
    for id in now.sections.keys() {
        if !recorded.sections.is_empty() && !recorded.sections.contains_key(id) {
            sections.push(id.clone());
        }
    }
    for id in recorded.sections.keys() {
        if !now.sections.contains_key(id) {
            sections.push(id.clone());
        }
    }
    sections.sort();
    sections.dedup();
    Drift::Changed(sections)
}

/// Reads a fingerprint file.
pub fn parse(file: &SourceFile) -> Result<Fingerprints, Diagnostic> {
    crate::load::parse::<Fingerprints>(file).map_err(|d| {
        let hint = "this file is written by `privasite new-version` and never edited: restore it with `git checkout -- content/history/`";
        Diagnostic {
            rule: rules::SNAPSHOT_UNREADABLE.id,
            hint: Some(hint.to_owned()),
            ..d
        }
    })
}

/// The fingerprint file of version `version`, from its pages' texts (by `lang/page`).
/// Deterministic: pages and sections in order, one value per line.
pub fn write(version: &str, pages: &BTreeMap<String, PageText>) -> String {
    let mut out = format!(
        "# Written by `privasite new-version` when the version of {version} was archived: the\n\
         # SHA-256 of each page's text as it was published. `privasite build` re-renders the\n\
         # version and warns (PS-V05) when a page would now read differently. Do not edit.\n\
         version: {version}\n\
         pages:\n"
    );
    for (page, text) in pages {
        let f = of(text);
        out.push_str(&format!("  {page}:\n    text: {}\n", f.text));
        if !f.sections.is_empty() {
            out.push_str("    sections:\n");
            for (id, hash) in &f.sections {
                out.push_str(&format!("      {id}: {hash}\n"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::sync::Arc;

    fn page(sections: &[(&str, &str)]) -> PageText {
        PageText::of_sections(
            sections
                .iter()
                .map(|(id, t)| ((*id).to_owned(), format!("{t}\n")))
                .collect(),
        )
    }

    // A written file reads back as the same fingerprints, and a page compared with its own
    // fingerprints has not drifted.
    #[test]
    fn written_fingerprints_read_back() {
        let mut pages = BTreeMap::new();
        pages.insert(
            "en/privacy".to_owned(),
            page(&[("controller", "Who we are"), ("rights", "Your rights")]),
        );
        let text = write("2025-03-01", &pages);
        let file = SourceFile::new(Path::new("x.frozen.yaml"), Arc::from(text));
        let parsed = parse(&file).unwrap();
        assert_eq!(parsed.version, "2025-03-01");
        let recorded = &parsed.pages["en/privacy"];
        assert_eq!(drift(recorded, &pages["en/privacy"]), Drift::Same);
    }

    // A reworded section is named; the others are not.
    #[test]
    fn drift_names_the_changed_section() {
        let before = page(&[("controller", "Who we are"), ("rights", "Your rights")]);
        let after = page(&[
            ("controller", "Who we are"),
            ("rights", "You may have rights"),
        ]);
        assert_eq!(
            drift(&of(&before), &after),
            Drift::Changed(vec!["rights".to_owned()])
        );
    }
}

//! `privasite diff [FROM] [TO]`: what changed between two versions, for a reviewer in a
//! terminal or a pull-request comment: the changelog in the site's words, then the redline of
//! each section whose text moved.
//!
//! A side is a date of the archive, `current`, a YAML file, or `git:REV` (`content/policy.yaml`
//! as committed at that revision). Both sides are rendered by the site's own renderer, so the
//! redline compares exactly the text the pages would show.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::history::changes::{self, Change};
use crate::history::fingerprint::PageText;
use crate::history::redline::{self, Segment};
use crate::history::{History, git};
use crate::i18n::{MessageError, Translations};
use crate::load::SourceFile;
use crate::model::RawPolicy;
use crate::policy::{Policy, iso_date};
use crate::project::Project;
use crate::render::versions::change_text;
use crate::render::view::Words;
use crate::render::{Mode, Renderer, SiteInput};
use crate::{Built, check};

/// Stands for the words "current version" in a side's label until it is printed.
const CURRENT: &str = "\u{0}current";

/// One side of a comparison, as the user named it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    /// The current `content/policy.yaml`.
    Current,
    /// The archived version of a date.
    Date(String),
    /// A policy file.
    File(PathBuf),
    /// `content/policy.yaml` at a git revision.
    Git(String),
}

impl Side {
    /// Reads what the user wrote: `current`, `2025-03-01`, `git:origin/main`, or a path.
    pub fn parse(text: &str) -> Side {
        if text == "current" {
            Side::Current
        } else if let Some(rev) = text.strip_prefix("git:") {
            Side::Git(rev.to_owned())
        } else if check::resolve::parse_date(text).is_some() && text.len() == 10 {
            Side::Date(text.to_owned())
        } else {
            Side::File(PathBuf::from(text))
        }
    }
}

/// Why a comparison could not be made.
#[derive(Debug, thiserror::Error)]
pub enum DiffError {
    /// A side names nothing that exists.
    #[error("{0}")]
    NotFound(String),
    /// A side's policy does not load.
    #[error("{what} does not load: {reason}")]
    Invalid {
        /// The side.
        what: String,
        /// The first error.
        reason: String,
    },
    /// A message is missing from the translations.
    #[error(transparent)]
    Message(#[from] MessageError),
    /// The site could not be rendered.
    #[error("the pages could not be rendered: {0}")]
    Render(String),
}

/// A side, loaded.
struct Loaded {
    label: String,
    policy: Policy,
}

/// What the comparison found, ready to print.
#[derive(Debug)]
pub struct Comparison {
    /// How the older side is called: `2025-03-01`, `git:origin/main`.
    pub from: String,
    /// How the newer side is called.
    pub to: String,
    /// The changelog, in the chosen language.
    pub items: Vec<String>,
    /// `(section title, redline)` for each section whose text changed, in page order; the
    /// cookie policy's sections after the privacy policy's.
    pub sections: Vec<(String, Vec<Segment>)>,
}

impl Comparison {
    /// Whether the two sides are the same, in substance and in text.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.sections.is_empty()
    }
}

/// Compares `from` and `to` of the site built as `built` (from `root`), in `lang`.
pub fn compare(
    root: &Path,
    built: &Built,
    from: &Side,
    to: &Side,
    lang: &str,
) -> Result<Comparison, DiffError> {
    let project = Project::folder(root);
    let translations = Arc::new(
        Translations::load(&project, &built.settings.languages, built.settings.register)
            .map_err(|e| DiffError::Render(first_message(&e.diagnostics)))?,
    );
    let renderer = Renderer::new(&project, &built.settings.theme, None, translations.clone())
        .map_err(|e| DiffError::Render(first_message(&e.diagnostics)))?;
    let old = load(root, built, from)?;
    let new = load(root, built, to)?;
    let words = Words {
        t: &translations,
        lang,
        draft: false,
    };
    let items = changes::changes(&old.policy, &new.policy)
        .iter()
        .map(|c: &Change| change_text(c, &words))
        .collect::<Result<Vec<_>, _>>()?;
    let old_texts = texts(&renderer, built, &old.policy)?;
    let new_texts = texts(&renderer, built, &new.policy)?;
    let mut sections = Vec::new();
    for page in ["privacy", "cookies"] {
        let key = format!("{lang}/{page}");
        let empty = PageText::default();
        let before = old_texts.get(&key).unwrap_or(&empty);
        let after = new_texts.get(&key).unwrap_or(&empty);
        sections.extend(section_redlines(before, after, &words)?);
    }
    Ok(Comparison {
        from: old.label,
        to: new.label,
        items,
        sections,
    })
}

fn first_message(diagnostics: &[crate::diagnostic::Diagnostic]) -> String {
    diagnostics
        .first()
        .map_or_else(String::new, |d| d.message.clone())
}

/// The default sides: the newest archived version and the current one.
pub fn default_from(history: &History) -> Option<Side> {
    history.newest().map(|a| Side::Date(a.id()))
}

fn load(root: &Path, built: &Built, side: &Side) -> Result<Loaded, DiffError> {
    let languages = &built.settings.languages;
    match side {
        Side::Current => Ok(Loaded {
            // Put in words when printed: "current version (2026-03-01)".
            label: format!(
                "{CURRENT}{}",
                built
                    .policy
                    .last_updated
                    .stated()
                    .map_or_else(String::new, |d| format!(" ({})", iso_date(*d)))
            ),
            policy: built.policy.clone(),
        }),
        Side::Date(date) => {
            if built.policy.last_updated.stated().map(|d| iso_date(*d)).as_deref() == Some(date) {
                return load(root, built, &Side::Current);
            }
            built
                .history
                .archived
                .iter()
                .find(|a| &a.id() == date)
                .map(|a| Loaded {
                    label: date.clone(),
                    policy: a.policy.clone(),
                })
                .ok_or_else(|| {
                    DiffError::NotFound(format!(
                        "there is no version of {date} (the archive has {})",
                        archive_dates(&built.history)
                    ))
                })
        }
        Side::Git(rev) => git::committed_policy(root, rev, languages)
            .map(|policy| Loaded {
                label: format!("git:{rev}"),
                policy,
            })
            .ok_or_else(|| {
                DiffError::NotFound(format!(
                    "content/policy.yaml could not be read at git revision `{rev}` (is this a git work tree, and does the revision exist?)"
                ))
            }),
        Side::File(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| {
                DiffError::NotFound(format!(
                    "{}: {}",
                    path.display(),
                    crate::project::io_reason(&e)
                ))
            })?;
            let file = SourceFile::new(path, Arc::from(text));
            let raw = crate::load::parse::<RawPolicy>(&file).map_err(|d| DiffError::Invalid {
                what: path.display().to_string(),
                reason: d.message,
            })?;
            let (policy, diagnostics) = check::resolve_policy(&raw, &file, languages, 1);
            if let Some(d) = diagnostics.iter().find(|d| d.is_error()) {
                return Err(DiffError::Invalid {
                    what: path.display().to_string(),
                    reason: d.message.clone(),
                });
            }
            Ok(Loaded {
                label: path.display().to_string(),
                policy,
            })
        }
    }
}

fn archive_dates(history: &History) -> String {
    if history.is_empty() {
        return "no versions".to_owned();
    }
    history
        .archived
        .iter()
        .map(|a| a.id())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page texts of one policy, rendered alone.
fn texts(
    renderer: &Renderer,
    built: &Built,
    policy: &Policy,
) -> Result<std::collections::BTreeMap<String, PageText>, DiffError> {
    let history = History::default();
    let input = SiteInput {
        settings: &built.settings,
        policy,
        hash: String::new(),
        history: &history,
    };
    renderer
        .render_site(&input, Mode::default())
        .map(|r| r.current_texts)
        .map_err(|e| DiffError::Render(first_message(&e.diagnostics)))
}

/// The redline of each section whose text changed, with the section's title.
fn section_redlines(
    old: &PageText,
    new: &PageText,
    words: &Words,
) -> Result<Vec<(String, Vec<Segment>)>, MessageError> {
    let mut out = Vec::new();
    let title = |id: &str, text: &str| -> Result<String, MessageError> {
        if id == crate::render::text::INTRO {
            words.msg("redline-intro")
        } else {
            Ok(text.lines().next().unwrap_or(id).to_owned())
        }
    };
    for (id, text) in new.sections() {
        let before = old.section(id).unwrap_or_default();
        let segments = redline::redline(before, text);
        if redline::changed(&segments) {
            out.push((title(id, text)?, segments));
        }
    }
    for (id, text) in old.sections() {
        if new.section(id).is_none() {
            out.push((title(id, text)?, redline::redline(text, "")));
        }
    }
    Ok(out)
}

/// How the comparison is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// For a terminal; coloured when `color` is set.
    Text {
        /// Whether to colour removals and additions.
        color: bool,
    },
    /// For a pull-request comment.
    Markdown,
}

/// The comparison as text or Markdown. Only the lines of a section that changed are shown.
pub fn print(c: &Comparison, output: Output, words: &Words) -> Result<String, MessageError> {
    let current = words.msg("versions-current")?;
    let label = |l: &str| l.replace(CURRENT, &current);
    let heading = words.msg_with(
        "diff-heading",
        &[
            ("from", fluent_bundle::FluentValue::from(label(&c.from))),
            ("to", fluent_bundle::FluentValue::from(label(&c.to))),
        ],
    )?;
    let mut out = String::new();
    let markdown = output == Output::Markdown;
    if markdown {
        out.push_str(&format!("### {heading}\n\n"));
    } else {
        out.push_str(&format!("{heading}\n\n"));
    }
    out.push_str(&format!(
        "{}{}\n",
        if markdown { "#### " } else { "" },
        words.msg("changes-list-title")?
    ));
    if c.items.is_empty() {
        out.push_str(&format!("{}\n", words.msg("changes-none")?));
    }
    for item in &c.items {
        out.push_str(&format!("{} {item}\n", if markdown { "-" } else { "  •" }));
    }
    if !c.sections.is_empty() {
        out.push_str(&format!(
            "\n{}{}\n",
            if markdown { "#### " } else { "" },
            words.msg("redline-title")?
        ));
    }
    for (title, segments) in &c.sections {
        if markdown {
            out.push_str(&format!("\n<details><summary>{title}</summary>\n\n"));
        } else {
            out.push_str(&format!("\n── {title}\n"));
        }
        for line in changed_lines(segments, output) {
            out.push_str(&line);
            out.push('\n');
        }
        if markdown {
            out.push_str("\n</details>\n");
        }
    }
    Ok(out)
}

/// The lines of a redline that hold a change, each marked up for the output.
fn changed_lines(segments: &[Segment], output: Output) -> Vec<String> {
    let mark = |s: &Segment| -> String {
        match (s, output) {
            (Segment::Same(t), _) => t.clone(),
            (Segment::Removed(t), Output::Text { color: true }) => format!("\x1b[31;9m{t}\x1b[0m"),
            (Segment::Added(t), Output::Text { color: true }) => format!("\x1b[32;4m{t}\x1b[0m"),
            (Segment::Removed(t), Output::Text { color: false }) => format!("[-{t}-]"),
            (Segment::Added(t), Output::Text { color: false }) => format!("{{+{t}+}}"),
            (Segment::Removed(t), Output::Markdown) => markdown_span(t, "~~"),
            (Segment::Added(t), Output::Markdown) => markdown_span(t, "**"),
        }
    };
    // Lines are cut where the text has line breaks; a change inside a line keeps the line.
    let mut lines: Vec<(String, bool)> = vec![(String::new(), false)];
    for segment in segments {
        let changed = !matches!(segment, Segment::Same(_));
        let text = match segment {
            Segment::Same(t) | Segment::Removed(t) | Segment::Added(t) => t,
        };
        for (n, part) in text.split('\n').enumerate() {
            if n > 0 {
                lines.push((String::new(), false));
            }
            if part.is_empty() {
                continue;
            }
            let piece = match segment {
                Segment::Same(_) => Segment::Same(part.to_owned()),
                Segment::Removed(_) => Segment::Removed(part.to_owned()),
                Segment::Added(_) => Segment::Added(part.to_owned()),
            };
            if let Some(last) = lines.last_mut() {
                last.0.push_str(&mark(&piece));
                last.1 |= changed;
            }
        }
    }
    lines
        .into_iter()
        .filter(|(_, changed)| *changed)
        .map(|(line, _)| {
            if output == Output::Markdown {
                format!("{line}  ")
            } else {
                format!("  {line}")
            }
        })
        .collect()
}

/// Markdown emphasis around a run of text, with its spaces outside the markers (CommonMark
/// does not close emphasis after a space).
fn markdown_span(text: &str, marker: &str) -> String {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return text.to_owned();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!(
        "{lead}{marker}{}{marker}{trail}",
        trimmed.replace('*', "\\*").replace('~', "\\~")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // What the user writes picks the kind of side.
    #[test]
    fn sides_are_read_from_what_the_user_wrote() {
        assert_eq!(Side::parse("current"), Side::Current);
        assert_eq!(Side::parse("2025-03-01"), Side::Date("2025-03-01".into()));
        assert_eq!(
            Side::parse("git:origin/main"),
            Side::Git("origin/main".into())
        );
        assert_eq!(
            Side::parse("old/policy.yaml"),
            Side::File(PathBuf::from("old/policy.yaml"))
        );
    }

    // Only changed lines are printed; plain output uses git's word-diff notation.
    #[test]
    fn only_changed_lines_are_printed() {
        let segments = redline::redline(
            "Title\nWe keep it 3 years.\nUnchanged.\n",
            "Title\nWe keep it 2 years.\nUnchanged.\n",
        );
        let lines = changed_lines(&segments, Output::Text { color: false });
        assert_eq!(lines, vec!["  We keep it [-3-]{+2+} years.".to_owned()]);
        let md = changed_lines(&segments, Output::Markdown);
        assert_eq!(md, vec!["We keep it ~~3~~**2** years.  ".to_owned()]);
    }
}

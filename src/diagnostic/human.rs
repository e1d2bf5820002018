//! Findings for people, in the compilers' form: a headline with the rule id, `file:line:col`,
//! the line itself with a caret under the problem, the YAML path, and a hint. Drawn by
//! annotate-snippets, the crate rustc's diagnostics come from.

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{Diagnostic, Severity, SourceMap, escape_controls};

/// Whether human output may use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Plain text, for files, pipes and `NO_COLOR`.
    Plain,
    /// ANSI colours, for a terminal.
    Color,
}

/// Lines up to this many bytes are quoted whole (annotate-snippets trims them to the terminal
/// width around the caret itself). Longer ones, such as a minified file's one line, are quoted
/// as [`WINDOW`] characters on each side of the column, so a finding never costs more than a
/// few hundred bytes to show however long the line.
const LONG_LINE: usize = 4096;
const WINDOW: usize = 60;

/// Every finding, separated by blank lines.
pub fn render(diagnostics: &[Diagnostic], sources: &SourceMap, style: Style) -> String {
    let renderer = match style {
        Style::Plain => Renderer::plain(),
        Style::Color => Renderer::styled(),
    };
    let mut out = String::new();
    for (i, d) in diagnostics.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&render_one(d, sources, &renderer));
        out.push('\n');
    }
    out
}

fn render_one(d: &Diagnostic, sources: &SourceMap, renderer: &Renderer) -> String {
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Note => Level::NOTE,
    };
    // Everything the report borrows is made first, so it outlives the report.
    let message = escape_controls(&d.message);
    // A hint may run over several lines (a redline); each line is escaped on its own.
    let hint = d.hint.as_deref().map(|h| {
        h.split('\n')
            .map(|line| escape_controls(line).into_owned())
            .collect::<Vec<_>>()
            .join("\n")
    });
    let place = d.location.as_ref().map(|loc| {
        let path = loc.file.display().to_string();
        let label = (!loc.yaml_path.is_empty()).then(|| format!("in `{}`", loc.yaml_path));
        let line = (loc.line > 0)
            .then(|| sources.line(&loc.file, loc.line))
            .flatten()
            .map(|text| {
                if text.len() <= LONG_LINE {
                    Quote::Whole(escape_controls(text).into_owned())
                } else {
                    Quote::Window(window(text, loc.column))
                }
            });
        (loc, path, label, line)
    });

    let mut title = level.primary_title(message.as_ref());
    if !d.rule.is_empty() {
        title = title.id(d.rule);
    }
    let mut group = Group::with_title(title);
    if let Some((loc, path, label, line)) = &place {
        match line {
            Some(Quote::Whole(text)) => {
                let start = char_offset(text, loc.column);
                let end = text[start..]
                    .chars()
                    .next()
                    .map_or(start, |c| start + c.len_utf8());
                let mut annotation = AnnotationKind::Primary.span(start..end);
                if let Some(label) = label {
                    annotation = annotation.label(label.as_str());
                }
                group = group.element(
                    Snippet::source(text.as_str())
                        .line_start(loc.line)
                        .path(path.as_str())
                        .annotation(annotation),
                );
            }
            other => {
                let mut origin = Origin::path(path.as_str());
                if loc.line > 0 {
                    origin = origin.line(loc.line).char_column(loc.column.max(1));
                }
                group = group.element(origin);
                let mut note = match other {
                    Some(Quote::Window(w)) => w.clone(),
                    _ => String::new(),
                };
                if let Some(label) = label {
                    if !note.is_empty() {
                        note.push_str("  ");
                    }
                    note.push_str(label);
                }
                if !note.is_empty() {
                    group = group.element(Level::NOTE.message(note));
                }
            }
        }
    }
    if let Some(hint) = &hint {
        group = group.element(Level::HELP.with_name("hint").message(hint.as_str()));
    }
    renderer.render(&[group])
}

/// How a source line is quoted.
enum Quote {
    /// The whole line, control characters written out.
    Whole(String),
    /// A part of a very long line around the column.
    Window(String),
}

/// The byte offset of 1-based character `column` in `text` (its end when past it).
fn char_offset(text: &str, column: usize) -> usize {
    text.char_indices()
        .nth(column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| i)
}

/// The [`WINDOW`] characters on each side of `column`, with `…` where the line was cut.
fn window(line: &str, column: usize) -> String {
    let at = column.saturating_sub(1);
    let start = at.saturating_sub(WINDOW);
    let part: String = line.chars().skip(start).take(2 * WINDOW).collect();
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.push_str(&escape_controls(&part));
    if line.chars().count() > start + 2 * WINDOW {
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;

    fn finding(line: usize, column: usize) -> Diagnostic {
        Diagnostic::error("PS-S07", "`contrat` is not a known legal basis")
            .at(Some(Location {
                file: "p.yaml".into(),
                line,
                column,
                yaml_path: "legal_basis".into(),
            }))
            .hint("did you mean `contract`?")
    }

    // The human form names the rule, the place and the path, quotes the line with a caret
    // under the column, and ends with the hint.
    #[test]
    fn human_output_points_at_the_column() {
        let mut sources = SourceMap::default();
        sources.insert("p.yaml".into(), "a: 1\nlegal_basis: contrat\n".into());
        let text = render(&[finding(2, 14)], &sources, Style::Plain);
        assert!(
            text.starts_with("error[PS-S07]: `contrat` is not a known legal basis\n"),
            "{text}"
        );
        assert!(text.contains("--> p.yaml:2:14"), "{text}");
        assert!(text.contains("2 | legal_basis: contrat"), "{text}");
        assert!(text.contains("|              ^ in `legal_basis`"), "{text}");
        assert!(!text.contains(":::"), "{text}");
        assert!(text.contains("= hint: did you mean `contract`?"), "{text}");
    }

    // A megabyte-long line is quoted as a short window around the column, and the column in
    // the header is still the column in the file.
    #[test]
    fn long_lines_are_quoted_as_a_window() {
        let line = format!(
            "{}legal_basis: contrat{}",
            "x".repeat(50_000),
            "y".repeat(50_000)
        );
        let mut sources = SourceMap::default();
        sources.insert("p.yaml".into(), line.into());
        let text = render(&[finding(1, 50_014)], &sources, Style::Plain);
        assert!(text.len() < 1_000, "{} bytes", text.len());
        assert!(text.contains("--> p.yaml:1:50014"), "{text}");
        assert!(text.contains("…"), "{text}");
        assert!(text.contains("legal_basis: contrat"), "{text}");
    }

    // A terminal escape written in the YAML is shown as text in the quoted line.
    #[test]
    fn quoted_lines_do_not_carry_terminal_escapes() {
        let mut sources = SourceMap::default();
        sources.insert("p.yaml".into(), "legal_basis: \u{1b}[2Jcontrat\n".into());
        let text = render(&[finding(1, 14)], &sources, Style::Plain);
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(text.contains("\\u{1b}[2J"), "{text}");
    }
}

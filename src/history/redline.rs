//! Differences between two texts as a reader wants to see them: what stayed, what was
//! removed, what was added.
//!
//! Texts are compared line by line first (a line is a paragraph, a list item or a table row),
//! then word by word inside a changed line that still resembles its old self; a line rewritten
//! beyond recognition is shown removed whole and added whole, which reads better than a
//! confetti of one-word edits. Short unchanged runs between two edits (a space, "de", "and")
//! are folded into the edit for the same reason. Matching uses the Patience algorithm
//! (`similar`), which keeps unchanged sentences aligned. No time limit: the same texts always
//! give the same redline.

use similar::{Algorithm, ChangeTag, DiffOp, TextDiff};

use crate::memo::Memo;

/// A run of text with one fate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// In both texts.
    Same(String),
    /// Only in the old text.
    Removed(String),
    /// Only in the new text.
    Added(String),
}

/// How alike two lines must be (similar's ratio, 0 to 1) to be compared word by word.
const SAME_LINE: f32 = 0.5;

/// The differences between `old` and `new`.
pub fn redline(old: &str, new: &str) -> Vec<Segment> {
    // Equal texts need no comparing, and the key copies both texts: only worth it when kept.
    if old == new || !COMPARED.is_remembering() {
        return compare(old, new);
    }
    COMPARED.get_or(&format!("{}:{old}{new}", old.len()), || compare(old, new))
}

/// Archived versions do not change: `serve` compares the same two texts of every earlier pair
/// again on each save. A build compares each pair once, so it remembers nothing (a long history
/// would hold every redline twice). The key's length prefix keeps it unambiguous.
static COMPARED: Memo<Vec<Segment>> = Memo::off_until_asked(50_000);

/// From now on, a redline once computed is remembered for the life of the process.
pub fn remember() {
    COMPARED.remember();
}

fn compare(old: &str, new: &str) -> Vec<Segment> {
    if old == new {
        return if old.is_empty() {
            Vec::new()
        } else {
            vec![Segment::Same(old.to_owned())]
        };
    }
    let lines = TextDiff::configure()
        .algorithm(Algorithm::Patience)
        .diff_lines(old, new);
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let mut out = Vec::new();
    for op in lines.ops() {
        match *op {
            DiffOp::Equal { old_index, len, .. } => {
                push(
                    &mut out,
                    Segment::Same(old_lines[old_index..old_index + len].concat()),
                );
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => push(
                &mut out,
                Segment::Removed(old_lines[old_index..old_index + old_len].concat()),
            ),
            DiffOp::Insert {
                new_index, new_len, ..
            } => push(
                &mut out,
                Segment::Added(new_lines[new_index..new_index + new_len].concat()),
            ),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => replaced(
                &old_lines[old_index..old_index + old_len],
                &new_lines[new_index..new_index + new_len],
                &mut out,
            ),
        }
    }
    out
}

/// Lines replaced by other lines: pairs that still resemble each other are compared word by
/// word; the rest are removed and added whole.
fn replaced(old: &[&str], new: &[&str], out: &mut Vec<Segment>) {
    let pairs = old.len().min(new.len());
    for i in 0..pairs {
        let diff = TextDiff::configure()
            .algorithm(Algorithm::Patience)
            .diff_unicode_words(old[i], new[i]);
        if diff.ratio() >= SAME_LINE {
            for segment in words(&diff) {
                push(out, segment);
            }
        } else {
            push(out, Segment::Removed(old[i].to_owned()));
            push(out, Segment::Added(new[i].to_owned()));
        }
    }
    for line in &old[pairs..] {
        push(out, Segment::Removed((*line).to_owned()));
    }
    for line in &new[pairs..] {
        push(out, Segment::Added((*line).to_owned()));
    }
}

/// One changed line, word by word (its diff), with short unchanged runs between edits folded
/// in.
fn words(diff: &TextDiff<'_, '_, str>) -> Vec<Segment> {
    // Runs: `(same, removed, added)`, where a run is either unchanged text or an edit.
    let mut runs: Vec<Run> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (change.tag(), runs.last_mut()) {
            (ChangeTag::Equal, Some(Run::Same(s))) => s.push_str(text),
            (ChangeTag::Equal, _) => runs.push(Run::Same(text.to_owned())),
            (ChangeTag::Delete, Some(Run::Edit(r, _))) => r.push_str(text),
            (ChangeTag::Insert, Some(Run::Edit(_, a))) => a.push_str(text),
            (ChangeTag::Delete, _) => runs.push(Run::Edit(text.to_owned(), String::new())),
            (ChangeTag::Insert, _) => runs.push(Run::Edit(String::new(), text.to_owned())),
        }
    }
    let mut folded: Vec<Run> = Vec::with_capacity(runs.len());
    let mut iter = runs.into_iter().peekable();
    while let Some(run) = iter.next() {
        let between_edits = matches!(folded.last(), Some(Run::Edit(..)))
            && matches!(iter.peek(), Some(Run::Edit(..)));
        match run {
            Run::Same(s) if between_edits && is_short(&s) => {
                if let (Some(Run::Edit(r, a)), Some(Run::Edit(r2, a2))) =
                    (folded.last_mut(), iter.next())
                {
                    r.push_str(&s);
                    r.push_str(&r2);
                    a.push_str(&s);
                    a.push_str(&a2);
                }
            }
            Run::Edit(r2, a2) if matches!(folded.last(), Some(Run::Edit(..))) => {
                if let Some(Run::Edit(r, a)) = folded.last_mut() {
                    r.push_str(&r2);
                    a.push_str(&a2);
                }
            }
            other => folded.push(other),
        }
    }
    let mut out = Vec::new();
    for run in folded {
        match run {
            Run::Same(s) => out.push(Segment::Same(s)),
            Run::Edit(r, a) => {
                if !r.is_empty() {
                    out.push(Segment::Removed(r));
                }
                if !a.is_empty() {
                    out.push(Segment::Added(a));
                }
            }
        }
    }
    out
}

enum Run {
    Same(String),
    Edit(String, String),
}

/// An unchanged run too short to stand between two edits: spaces and punctuation, or one short
/// word.
fn is_short(text: &str) -> bool {
    !text.contains('\n') && text.split_whitespace().count() <= 1 && text.trim().chars().count() <= 4
}

/// Appends a segment, joining it to the last one when they share a fate.
fn push(out: &mut Vec<Segment>, segment: Segment) {
    match (out.last_mut(), segment) {
        (Some(Segment::Same(s)), Segment::Same(t))
        | (Some(Segment::Removed(s)), Segment::Removed(t))
        | (Some(Segment::Added(s)), Segment::Added(t)) => s.push_str(&t),
        (_, segment) => out.push(segment),
    }
}

/// Whether the redline has any change.
pub fn changed(segments: &[Segment]) -> bool {
    segments.iter().any(|s| !matches!(s, Segment::Same(_)))
}

/// The redline as plain text: `[-removed-]` and `{+added+}`, the notation of `git diff
/// --word-diff`.
pub fn to_plain(segments: &[Segment]) -> String {
    segments
        .iter()
        .map(|s| match s {
            Segment::Same(t) => t.clone(),
            Segment::Removed(t) => format!("[-{t}-]"),
            Segment::Added(t) => format!("{{+{t}+}}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    // A changed word in a sentence is one removal and one addition; the rest is unchanged.
    #[test]
    fn a_changed_sentence_shows_what_moved() {
        let r = redline(
            "We keep your data for 3 years after your last order.\n",
            "We keep your data for 2 years after your last order.\n",
        );
        assert_eq!(
            to_plain(&r),
            "We keep your data for [-3-]{+2+} years after your last order.\n"
        );
        assert!(changed(&r));
        assert!(!changed(&redline("same text", "same text")));
    }

    // Two edits with one short word between them read as one replacement.
    #[test]
    fn nearby_edits_are_one_replacement() {
        let r = redline(
            "Purposes: web shop, spring contest, reviews and loyalty.\n",
            "Purposes: web shop, publishing product reviews and loyalty.\n",
        );
        assert_eq!(
            to_plain(&r),
            "Purposes: web shop, [-spring contest,-]{+publishing product+} reviews and loyalty.\n"
        );
    }

    // A line rewritten beyond recognition is removed and added whole; lines around it stay.
    #[test]
    fn a_rewritten_line_is_replaced_whole() {
        let r = redline(
            "Title\nBefore setting cookies we ask for your consent in a banner.\nEnd\n",
            "Title\nOur website uses only strictly necessary cookies.\nEnd\n",
        );
        assert_eq!(
            r,
            vec![
                Segment::Same("Title\n".into()),
                Segment::Removed(
                    "Before setting cookies we ask for your consent in a banner.\n".into()
                ),
                Segment::Added("Our website uses only strictly necessary cookies.\n".into()),
                Segment::Same("End\n".into()),
            ]
        );
    }

    // The new text can be rebuilt from the redline, and the old one too.
    #[test]
    fn both_texts_can_be_rebuilt() {
        let (old, new) = (
            "Send it by e-mail today.\nA line that goes.\nKept.\n",
            "Send it today by post.\nKept.\nA new line.\n",
        );
        let r = redline(old, new);
        let side = |keep_removed: bool| -> String {
            r.iter()
                .filter_map(|s| match s {
                    Segment::Same(t) => Some(t.as_str()),
                    Segment::Removed(t) if keep_removed => Some(t.as_str()),
                    Segment::Added(t) if !keep_removed => Some(t.as_str()),
                    _ => None,
                })
                .collect()
        };
        assert_eq!(side(true), old);
        assert_eq!(side(false), new);
    }
}

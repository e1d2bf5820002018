//! A rendered page's visible text, as a reader sees it: what fingerprints are taken of and
//! what redlines compare.
//!
//! Only the policy's body counts: the part of `<main>` between the `<!-- policy-body -->` and
//! `<!-- /policy-body -->` comments the built-in templates write (the whole of `<main>` for a
//! theme that leaves them out). Banners, navigation and links to other versions sit outside it,
//! so an archived page and the page it was when current read the same. Sections are the
//! elements written `<section id="…" data-section`.

use crate::history::fingerprint::PageText;

const BODY_START: &str = "<!-- policy-body -->";
const BODY_END: &str = "<!-- /policy-body -->";
const SECTION: &str = "<section id=\"";
/// The id given to the text before a page's first section.
pub const INTRO: &str = "intro";

/// The visible text of a page's policy body, whole and by section.
pub fn page_text(html: &str) -> PageText {
    let body = body(html);
    let starts: Vec<(usize, String)> = section_starts(body);
    let Some((first, _)) = starts.first() else {
        return PageText::whole(visible(body));
    };
    let mut sections = Vec::with_capacity(starts.len() + 1);
    // What comes before the first section (the summary, the introduction) is a section of its
    // own for comparing, named `intro`.
    let before = visible(&body[..*first]);
    if !before.is_empty() {
        sections.push((INTRO.to_owned(), before));
    }
    for (i, (start, id)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(body.len(), |(next, _)| *next);
        sections.push((id.clone(), visible(&body[*start..end])));
    }
    // The sections cover the body from the first one on, and every line ends where an element
    // ends, so the whole text is their sum.
    PageText::of_sections(sections)
}

fn body(html: &str) -> &str {
    if let (Some(start), Some(end)) = (html.find(BODY_START), html.find(BODY_END))
        && start < end
    {
        return &html[start + BODY_START.len()..end];
    }
    let start = html.find("<main").unwrap_or(0);
    let end = html.rfind("</main>").unwrap_or(html.len());
    &html[start..end.max(start)]
}

/// Where each top-level section starts, with its id.
fn section_starts(body: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(found) = body[from..].find(SECTION) {
        let start = from + found;
        let id_start = start + SECTION.len();
        let Some(id_len) = body[id_start..].find('"') else {
            break;
        };
        let id = &body[id_start..id_start + id_len];
        let after = &body[id_start + id_len + 1..];
        if after.starts_with(" data-section") {
            out.push((start, id.to_owned()));
        }
        from = id_start + id_len;
    }
    out
}

/// Whether a closing tag of this element ends a line of text.
fn ends_a_line(name: &str) -> bool {
    const BLOCKS: &[&str] = &[
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "summary",
        "div",
        "section",
        "table",
        "ul",
        "ol",
        "dl",
        "blockquote",
        "caption",
    ];
    BLOCKS.iter().any(|b| name.eq_ignore_ascii_case(b))
}

/// Text without tags: a line break after each block, after `<br>` and between table cells
/// (`|`), entities decoded, spaces collapsed, blank lines dropped. Script and style content
/// is not text. One pass over the HTML: every archived page's text is taken on every build.
pub fn visible(html: &str) -> String {
    let mut text = Lines::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_text(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            return text.finish();
        };
        let tag = &rest[lt + 1..lt + gt];
        rest = &rest[lt + gt + 1..];
        let closing = tag.starts_with('/');
        let name_part = tag.trim_start_matches('/');
        let name_len = name_part
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .count();
        let name = &name_part[..name_len];
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        if !closing && (is("script") || is("style")) {
            let close = format!("</{}", name.to_ascii_lowercase());
            rest = rest.find(&close).map_or("", |i| &rest[i..]);
            continue;
        }
        if is("br") || (closing && ends_a_line(name)) {
            text.end_line();
        } else if closing && (is("td") || is("th")) {
            text.end_cell();
        }
    }
    text.push_text(rest);
    text.finish()
}

/// The text being taken: lines of cells of words. A cell without words is dropped, cells
/// on a line are joined by ` | `, a line without text is dropped.
struct Lines {
    out: String,
    /// Where the current line starts in `out`.
    line_start: usize,
    /// Whether the current cell has a word yet.
    cell_started: bool,
    /// Whether whitespace came since the last character written.
    space: bool,
}

impl Lines {
    fn with_capacity(capacity: usize) -> Lines {
        Lines {
            out: String::with_capacity(capacity),
            line_start: 0,
            cell_started: false,
            space: false,
        }
    }

    fn push_text(&mut self, run: &str) {
        if run.contains('&') {
            self.push_decoded(&html_escape::decode_html_entities(run));
        } else {
            self.push_decoded(run);
        }
    }

    fn push_decoded(&mut self, run: &str) {
        for (i, piece) in run.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if piece.is_empty() {
                continue;
            }
            if !self.cell_started {
                if self.out.len() > self.line_start {
                    self.out.push_str(" | ");
                }
                self.cell_started = true;
            } else if self.space {
                self.out.push(' ');
            }
            self.space = false;
            self.out.push_str(piece);
        }
    }

    fn end_cell(&mut self) {
        self.cell_started = false;
        self.space = false;
    }

    fn end_line(&mut self) {
        if self.out.len() > self.line_start {
            self.out.push('\n');
        }
        self.line_start = self.out.len();
        self.end_cell();
    }

    fn finish(mut self) -> String {
        self.end_line();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The two-pass version `visible` replaced, kept as the oracle: an archived page's
    /// fingerprint must not change because the text is taken faster.
    fn visible_two_passes(html: &str) -> String {
        let mut raw = String::new();
        let mut rest = html;
        let push_text = |raw: &mut String, text: &str| {
            for (i, run) in text.split(['\n', '\t']).enumerate() {
                if i > 0 {
                    raw.push(' ');
                }
                raw.push_str(run);
            }
        };
        while let Some(lt) = rest.find('<') {
            push_text(&mut raw, &rest[..lt]);
            let Some(gt) = rest[lt..].find('>') else {
                rest = "";
                break;
            };
            let tag = &rest[lt + 1..lt + gt];
            rest = &rest[lt + gt + 1..];
            let closing = tag.starts_with('/');
            let name_part = tag.trim_start_matches('/');
            let len = name_part
                .bytes()
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            let name = &name_part[..len];
            let is = |n: &str| name.eq_ignore_ascii_case(n);
            if !closing && (is("script") || is("style")) {
                let close = format!("</{}", name.to_ascii_lowercase());
                rest = rest.find(&close).map_or("", |i| &rest[i..]);
                continue;
            }
            if is("br") || (closing && ends_a_line(name)) {
                raw.push('\n');
            } else if closing && (is("td") || is("th")) {
                raw.push('\t');
            }
        }
        push_text(&mut raw, rest);
        let decoded = html_escape::decode_html_entities(&raw).into_owned();
        let mut out = String::new();
        for line in decoded.split('\n') {
            let start = out.len();
            for cell in line.split('\t') {
                let mut words = cell.split_whitespace().peekable();
                if words.peek().is_none() {
                    continue;
                }
                if out.len() > start {
                    out.push_str(" | ");
                }
                for (n, word) in words.enumerate() {
                    if n > 0 {
                        out.push(' ');
                    }
                    out.push_str(word);
                }
            }
            if out.len() > start {
                out.push('\n');
            }
        }
        out
    }

    proptest! {
        // Markup made of the pieces pages are made of reads the same as before.
        #[test]
        fn one_pass_reads_as_two_passes(pieces in proptest::collection::vec(prop_oneof![
            Just("<p>"), Just("</p>"), Just("<td>"), Just("</td>"), Just("</th>"), Just("<br>"),
            Just("</LI>"), Just("<a href=\"x\">"), Just("</a>"), Just("<script>x</script>"),
            Just(" "), Just("\n"), Just("\t"), Just("&amp;"), Just("&nbsp;"), Just("&#8239;"),
            Just("word"), Just("é"), Just("\u{a0}"), Just("<"), Just(">"), Just("</section>"),
        ], 0..40)) {
            let html: String = pieces.concat();
            prop_assert_eq!(visible(&html), visible_two_passes(&html));
        }
    }

    // Blocks become lines, cells are separated, entities decoded, markup and scripts dropped.
    #[test]
    fn visible_text_reads_like_the_page() {
        let html = "<h2>Your  rights</h2>\n<p>You can &amp; may <a href=\"x\">ask</a>.</p>\
                    <table><tr><th>Name</th><td>_ga</td></tr></table><script>var x = 1;</script>";
        assert_eq!(
            visible(html),
            "Your rights\nYou can & may ask.\nName | _ga\n"
        );
    }

    // Sections are cut at their own elements; the body comments bound the text.
    #[test]
    fn sections_are_cut_where_they_start() {
        let html = "<main><h1>Title</h1><!-- policy-body --><p>Intro</p>\
                    <section id=\"a\" data-section><h2>A</h2><section id=\"inner\"><p>In</p></section></section>\
                    <section id=\"b\" data-section><h2>B</h2></section><!-- /policy-body --><p>Links</p></main>";
        let text = page_text(html);
        assert_eq!(text.text, "Intro\nA\nIn\nB\n");
        assert_eq!(
            text.sections().collect::<Vec<_>>(),
            vec![("intro", "Intro\n"), ("a", "A\nIn\n"), ("b", "B\n")]
        );
    }
}

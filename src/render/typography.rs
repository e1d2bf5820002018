//! Typography a language requires, applied to the text of finished pages (never inside tags,
//! scripts or styles), so the built-in sentences and the author's prose follow the same rules.

/// French: a narrow no-break space (U+202F) before `;`, `:`, `!`, `?` and `»`, and after `«`,
/// where a space or a no-break space was typed. Where no space was typed none is added: a colon
/// in "https://" is not punctuation.
pub fn french(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while !rest.is_empty() {
        if rest.starts_with('<') {
            let end = raw_element_end(rest).or_else(|| rest.find('>').map(|i| i + 1));
            let end = end.unwrap_or(rest.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        let end = rest.find('<').unwrap_or(rest.len());
        french_text(&rest[..end], &mut out);
        rest = &rest[end..];
    }
    out
}

/// For `<script` and `<style`, the end of the whole element: its content is not text.
fn raw_element_end(rest: &str) -> Option<usize> {
    for (open, close) in [("<script", "</script>"), ("<style", "</style>")] {
        let starts = rest
            .as_bytes()
            .get(..open.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(open.as_bytes()));
        if starts {
            return rest.find(close).map(|i| i + close.len());
        }
    }
    None
}

/// Appends `text` to `out`, each run of spaces before high punctuation or after `«` made one
/// narrow no-break space. Looks for the punctuation, which is rare, rather than at every space:
/// this runs over the whole text of every French page.
fn french_text(text: &str, out: &mut String) {
    const NARROW: char = '\u{202F}';
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let bytes = text.as_bytes();
    // `text[..copied]` is in `out` already.
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        let (opening, len) = match (bytes[i], bytes.get(i + 1)) {
            (b';' | b':' | b'!' | b'?', _) => (false, 1),
            (0xC2, Some(0xBB)) => (false, 2),
            (0xC2, Some(0xAB)) => (true, 2),
            _ => {
                i += 1;
                continue;
            }
        };
        if opening {
            // `«` and the spaces after it.
            let end = text.len() - text[i + len..].trim_start_matches(SPACES).len();
            if end > i + len {
                out.push_str(&text[copied..i + len]);
                out.push(NARROW);
                copied = end;
            }
            i = end;
        } else {
            // The spaces before `;`, `:`, `!`, `?` or `»`, not before what is copied already.
            let start = copied + text[copied..i].trim_end_matches(SPACES).len();
            if start < i {
                out.push_str(&text[copied..start]);
                out.push(NARROW);
                copied = i;
            }
            i += len;
        }
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first implementation, char by char: the oracle the faster one must agree with.
    fn french_text_by_chars(text: &str) -> String {
        const NARROW: char = '\u{202F}';
        let mut out = String::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let is_space = |c: char| c == ' ' || c == '\u{a0}';
            if is_space(c) {
                let mut j = i;
                while j < chars.len() && is_space(chars[j]) {
                    j += 1;
                }
                if j < chars.len() && matches!(chars[j], ';' | ':' | '!' | '?' | '»') {
                    out.push(NARROW);
                    i = j;
                    continue;
                }
                if out.ends_with('«') {
                    out.push(NARROW);
                    i = j;
                    continue;
                }
            }
            out.push(c);
            i += 1;
        }
        out
    }

    proptest! {
        // Text made of the pieces French sentences are made of reads as it did char by char.
        #[test]
        fn runs_agree_with_chars(pieces in proptest::collection::vec(prop_oneof![
            Just(" "), Just("\u{a0}"), Just(";"), Just(":"), Just("!"), Just("?"), Just("«"),
            Just("»"), Just("mot"), Just("é"), Just("https://x.be"), Just("\u{202F}"),
        ], 0..30)) {
            let text: String = pieces.concat();
            let mut out = String::new();
            french_text(&text, &mut out);
            prop_assert_eq!(out, french_text_by_chars(&text));
        }
    }

    // Spaces typed before French high punctuation become narrow no-break spaces; tags, scripts
    // and URLs are untouched.
    #[test]
    fn french_punctuation_gets_narrow_spaces() {
        assert_eq!(
            french("<p title=\"a : b\">Vous pouvez : écrire ; « oui » ! https://x.be</p>"),
            "<p title=\"a : b\">Vous pouvez\u{202F}: écrire\u{202F}; «\u{202F}oui\u{202F}»\u{202F}! https://x.be</p>"
        );
        assert_eq!(french("<h1>Déclaration</h1>"), "<h1>Déclaration</h1>");
        assert_eq!(
            french("<script>{\"a\" : 1}</script>Quoi ?"),
            "<script>{\"a\" : 1}</script>Quoi\u{202F}?"
        );
    }
}

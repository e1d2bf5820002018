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
        let text = &rest[..end];
        if text.contains([';', ':', '!', '?', '«', '»']) {
            out.push_str(&french_text(text));
        } else {
            out.push_str(text);
        }
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

fn french_text(text: &str) -> String {
    const NARROW: char = '\u{202F}';
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let is_space = |c: char| c == ' ' || c == '\u{a0}';
        if is_space(c) {
            // A run of spaces before high punctuation becomes one narrow no-break space.
            let mut j = i;
            while j < chars.len() && is_space(chars[j]) {
                j += 1;
            }
            if j < chars.len() && matches!(chars[j], ';' | ':' | '!' | '?' | '»') {
                out.push(NARROW);
                i = j;
                continue;
            }
            // After an opening guillemet, too.
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

#[cfg(test)]
mod tests {
    use super::*;

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

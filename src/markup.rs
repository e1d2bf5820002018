//! What author text may contain: the Markdown dialect of prose fields, and which addresses a
//! page may link to or load. The checker refuses what the renderer would not show, so both
//! read these rules here.

/// The Markdown dialect of prose fields, shared by the renderer and the checker's link scan.
pub fn markdown_options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    // No autolink extension: it turns `www.example.be` into `http://www.example.be`, a scheme
    // the author never wrote. Links are written `<https://…>` or `[text](https://…)`.
    options.extension.table = true;
    options.extension.strikethrough = true;
    options
}

/// A character an editor does not show: a control character other than tab and line breaks
/// (an escape sequence copied from a terminal, a form feed from a PDF), or a bidirectional
/// override, which can make a sentence read differently from what it says.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// What a Markdown link points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `[text](url)` or `<url>`.
    Link,
    /// `![alt](url)`.
    Image,
}

/// Every link and picture address in a Markdown text, as the renderer will see them.
pub fn markdown_targets(text: &str) -> Vec<(Target, String)> {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, text, &markdown_options());
    root.descendants()
        .filter_map(|node| match &node.data.borrow().value {
            NodeValue::Link(link) => Some((Target::Link, link.url.clone())),
            NodeValue::Image(link) => Some((Target::Image, link.url.clone())),
            _ => None,
        })
        .collect()
}

/// An address on this site: a fragment (`#rights`) or a path without a scheme or host.
pub fn is_site_relative(url: &str) -> bool {
    let has_scheme = url
        .split_once(':')
        .is_some_and(|(scheme, _)| !scheme.contains(['/', '?', '#']));
    !url.is_empty()
        && !has_scheme
        && !url.starts_with("//")
        && !url.starts_with("\\\\")
        && !url.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// Whether pages may link to `url`: `https://`, `http://` or `mailto:`, with no spaces or
/// control characters.
pub fn is_safe_url(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") && url.len() > 8
        || lower.starts_with("http://") && url.len() > 7
        || lower.starts_with("mailto:") && url.contains('@');
    scheme_ok
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>' || c == '"')
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pages may link to the web, to e-mail and to themselves; pictures come from the site only.
    #[test]
    fn addresses_pages_may_use() {
        for url in ["https://gba.be", "http://x.be/a", "mailto:dpo@x.be"] {
            assert!(is_safe_url(url), "{url}");
        }
        for url in [
            "javascript:alert(1)",
            "data:text/html,x",
            "https://",
            "mailto:x",
            "https://a b",
        ] {
            assert!(!is_safe_url(url), "{url}");
        }
        for url in ["#rights", "/static/logo.png", "logo.png", "../en/faq/"] {
            assert!(is_site_relative(url), "{url}");
        }
        for url in [
            "https://t.example/p.gif",
            "//t.example/p.gif",
            "data:image/png;base64,x",
            "",
        ] {
            assert!(!is_site_relative(url), "{url}");
        }
        let targets = markdown_targets("[a](https://x.be) ![b](/logo.png) <mailto:a@b.be>");
        assert_eq!(
            targets,
            [
                (Target::Link, "https://x.be".to_owned()),
                (Target::Image, "/logo.png".to_owned()),
                (Target::Link, "mailto:a@b.be".to_owned()),
            ]
        );
    }
}

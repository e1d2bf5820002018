//! Where each page of a site lives, and the links between pages.
//!
//! A page is known by its folder relative to the site root (`nl/privacy/`, or
//! `nl/privacy/2025-03-01/` for an archived version); its file is `index.html` in that folder.
//! Links between pages are relative, so a site works under any prefix, from the file system and
//! on the dev server; canonical and `hreflang` links are absolute and exist only with a
//! `base_url`. Nothing else in the renderer builds a path.

/// The pages of one language, in menu order: (id, template, title message).
pub const PAGES: &[(&str, &str, &str)] = &[
    ("privacy", "privacy.html", "page-privacy"),
    ("cookies", "cookies.html", "page-cookies"),
    ("faq", "faq.html", "page-faq"),
];

/// The site's address, if it has one, and the rules for paths in it.
#[derive(Debug, Clone)]
pub struct Urls {
    base_url: Option<String>,
}

impl Urls {
    /// `base_url` ends with `/` when given.
    pub fn new(base_url: Option<&str>) -> Urls {
        Urls {
            base_url: base_url.map(|b| {
                if b.ends_with('/') {
                    b.to_owned()
                } else {
                    format!("{b}/")
                }
            }),
        }
    }

    /// The folder of `page` in `lang`, under `prefix` (empty for the current version,
    /// `2025-03-01/` for an archived one): `nl/privacy/2025-03-01/`.
    pub fn page_dir(lang: &str, page: &str, prefix: &str) -> String {
        format!("{lang}/{page}/{prefix}")
    }

    /// The output file of the page in `dir`: `nl/privacy/index.html`.
    pub fn file(dir: &str) -> String {
        format!("{dir}index.html")
    }

    /// The link from the page in folder `from` to `to` (a folder ending in `/`, or a file),
    /// both relative to the site root. A link always leaves the page's own folder first
    /// (`../privacy/`, never an empty link), so it reads the same from every page.
    pub fn href(from: &str, to: &str) -> String {
        let from_parts: Vec<&str> = from.split('/').filter(|p| !p.is_empty()).collect();
        let to_parts: Vec<&str> = to.split('/').collect();
        let shared = from_parts
            .iter()
            .take(from_parts.len().saturating_sub(1))
            .zip(&to_parts)
            .take_while(|(a, b)| a == b)
            .count();
        let mut out = "../".repeat(from_parts.len() - shared);
        out.push_str(&to_parts[shared..].join("/"));
        out
    }

    /// The path from the page in `from` to the site root: `../../` for `nl/privacy/`.
    pub fn root(from: &str) -> String {
        Self::href(from, "")
    }

    /// The absolute address of `path`, when the site has a `base_url`.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.base_url.as_ref().map(|b| format!("{b}{path}"))
    }

    /// The site's `base_url`, ending with `/`.
    pub fn base(&self) -> Option<&str> {
        self.base_url.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Links are relative to the page's own folder, whatever its depth.
    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(Urls::href("nl/privacy/", "nl/cookies/"), "../cookies/");
        assert_eq!(Urls::href("nl/privacy/", "nl/privacy/"), "../privacy/");
        assert_eq!(
            Urls::href("nl/privacy/", "fr/privacy/"),
            "../../fr/privacy/"
        );
        assert_eq!(Urls::root("nl/privacy/"), "../../");
        assert_eq!(Urls::href("nl/privacy/", "style.css"), "../../style.css");
        assert_eq!(Urls::href("", "nl/privacy/"), "nl/privacy/");
        let archived = Urls::page_dir("nl", "privacy", "2025-03-01/");
        assert_eq!(archived, "nl/privacy/2025-03-01/");
        assert_eq!(Urls::href(&archived, "nl/privacy/"), "../");
        assert_eq!(Urls::href(&archived, "nl/cookies/"), "../../cookies/");
        assert_eq!(Urls::root(&archived), "../../../");
        assert_eq!(Urls::file(&archived), "nl/privacy/2025-03-01/index.html");
    }

    // Absolute addresses exist only with a base_url, which always ends with one slash.
    #[test]
    fn absolute_addresses_need_a_base_url() {
        assert_eq!(Urls::new(None).absolute("nl/privacy/"), None);
        assert_eq!(
            Urls::new(Some("https://p.example.be")).absolute("nl/privacy/"),
            Some("https://p.example.be/nl/privacy/".into())
        );
    }
}

//! From a request's URL to a file of the built site, refusing every path that tries to leave
//! it. The site is a map in memory, so no request ever reaches the file system; the checks
//! here still refuse traversal forms outright (400), so a mistake elsewhere cannot turn one
//! into a read.

use crate::site::Site;

/// What a URL names.
#[derive(Debug, PartialEq, Eq)]
pub enum Resolved {
    /// A file of the site, by its path in the site (`nl/privacy/index.html`).
    File(String),
    /// A folder asked for without its final `/`: where to send the browser instead.
    Redirect(String),
    /// Nothing of the site.
    NotFound,
}

/// Why a URL is refused outright.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum Rejected {
    /// The URL is not a path, or its escapes are broken.
    #[error("the address is malformed")]
    Malformed,
    /// The URL tries to reach outside the site (`..`, backslashes, NUL, escaped escapes).
    #[error("the address leaves the site")]
    Traversal,
}

/// The site path `url` names, or why it is refused.
pub fn resolve(url: &str, site: &Site) -> Result<Resolved, Rejected> {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let Some(path) = path.strip_prefix('/') else {
        return Err(Rejected::Malformed);
    };
    let decoded = percent_decode(path)?;
    if decoded.contains(['\0', '\\']) || has_escape(&decoded) {
        return Err(Rejected::Traversal);
    }
    let segments: Vec<&str> = decoded.split('/').collect();
    let last = segments.len() - 1;
    for (i, segment) in segments.iter().enumerate() {
        if *segment == ".." || *segment == "." || (segment.is_empty() && i != last) {
            return Err(Rejected::Traversal);
        }
    }
    if decoded.is_empty() || decoded.ends_with('/') {
        let index = format!("{decoded}index.html");
        return Ok(if site.get(&index).is_some() {
            Resolved::File(index)
        } else {
            Resolved::NotFound
        });
    }
    if site.get(&decoded).is_some() {
        return Ok(Resolved::File(decoded));
    }
    if site.get(&format!("{decoded}/index.html")).is_some() {
        return Ok(Resolved::Redirect(format!("/{path}/")));
    }
    Ok(Resolved::NotFound)
}

/// `%xx` escapes decoded once; the result must be UTF-8.
fn percent_decode(path: &str) -> Result<String, Rejected> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(Rejected::Malformed)?;
            let hex = std::str::from_utf8(hex).map_err(|_| Rejected::Malformed)?;
            let byte = u8::from_str_radix(hex, 16).map_err(|_| Rejected::Malformed)?;
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Rejected::Malformed)
}

/// Whether a decoded path still holds an escape: `%252e` decoded once is `%2e`. No file of a
/// built site has `%` in its name, so such a path can only be an attempt at a second decoding.
fn has_escape(decoded: &str) -> bool {
    decoded.contains('%')
}

/// The `Content-Type` of a site file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    match extension {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "xml" => "application/atom+xml; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "js" => "text/javascript; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let mut site = Site::default();
        site.insert("index.html".into(), b"home".to_vec());
        site.insert("nl/privacy/index.html".into(), b"privacy".to_vec());
        site.insert("style.css".into(), b"css".to_vec());
        site
    }

    #[test]
    fn pages_folders_and_files_resolve() {
        let site = site();
        let file = |p: &str| Ok(Resolved::File(p.to_owned()));
        assert_eq!(resolve("/", &site), file("index.html"));
        assert_eq!(
            resolve("/nl/privacy/", &site),
            file("nl/privacy/index.html")
        );
        assert_eq!(
            resolve("/nl/privacy/?x=1#top", &site),
            file("nl/privacy/index.html")
        );
        assert_eq!(resolve("/style.css", &site), file("style.css"));
        assert_eq!(
            resolve("/nl/privacy", &site),
            Ok(Resolved::Redirect("/nl/privacy/".into()))
        );
        assert_eq!(resolve("/nl/nothing/", &site), Ok(Resolved::NotFound));
    }

    // Every way of writing "go up" is refused before the site is consulted.
    #[test]
    fn traversal_in_any_form_is_refused() {
        let site = site();
        for url in [
            "/../Cargo.toml",
            "/nl/../../etc/passwd",
            "/%2e%2e/Cargo.toml",
            "/%2E%2E%2FCargo.toml",
            "/%252e%252e/Cargo.toml",
            "/..%5cCargo.toml",
            "/nl\\..\\Cargo.toml",
            "/style.css%00.html",
            "//etc/passwd",
            "/./style.css",
        ] {
            assert_eq!(resolve(url, &site), Err(Rejected::Traversal), "{url}");
        }
        for url in ["etc/passwd", "/%zz", "/%e2%82", "/%"] {
            assert_eq!(resolve(url, &site), Err(Rejected::Malformed), "{url}");
        }
    }
}

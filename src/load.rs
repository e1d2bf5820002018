//! Reads the author's YAML files into the raw model, with a location for every value.
//!
//! Parsing uses serde-saphyr, which reports a line and column for every error (syntax, wrong
//! type, unknown or missing field, duplicate key). Alongside the typed value, [`YamlIndex`]
//! records where each value starts, keyed by its YAML path, so `check` can point at
//! `purposes[2].legal_basis` without carrying spans through the model.
//! This module reads files and nothing else: it does not judge what the values mean.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::{Event, Parser};

use crate::diagnostic::{Diagnostic, Location, SourceMap};
use crate::model::{RawPolicy, RawSite};

/// A parsed YAML file: the typed value plus where each of its values is.
#[derive(Debug, Clone)]
pub struct Loaded<T> {
    pub value: T,
    pub index: YamlIndex,
}

/// The raw site settings and policy, as read from `content/`.
#[derive(Debug, Clone)]
pub struct RawContent {
    pub site: Loaded<RawSite>,
    pub policy: Loaded<RawPolicy>,
    pub sources: SourceMap,
}

/// Reads `content/site.yaml` and `content/policy.yaml` under `root`.
///
/// Both files are read even when the first fails, so the author sees every parse error at once;
/// on failure the texts read come back with the errors, so messages can quote their lines.
pub fn load_content(root: &Path) -> Result<RawContent, (Vec<Diagnostic>, SourceMap)> {
    let mut sources = SourceMap::default();
    let site = load_file::<RawSite>(root, Path::new("content/site.yaml"), &mut sources);
    let policy = load_file::<RawPolicy>(root, Path::new("content/policy.yaml"), &mut sources);
    match (site, policy) {
        (Ok(site), Ok(policy)) => Ok(RawContent {
            site,
            policy,
            sources,
        }),
        (site, policy) => Err((
            site.err().into_iter().chain(policy.err()).collect(),
            sources,
        )),
    }
}

/// Reads and parses one YAML file; `relative` is how messages name it.
pub fn load_file<T: DeserializeOwned>(
    root: &Path,
    relative: &Path,
    sources: &mut SourceMap,
) -> Result<Loaded<T>, Diagnostic> {
    let text = std::fs::read_to_string(root.join(relative)).map_err(|e| {
        Diagnostic::error(format!(
            "cannot read {}: {}",
            relative.display(),
            io_reason(&e)
        ))
        .hint(format!(
            "privasite expects this file under {}",
            root.display()
        ))
    })?;
    sources.insert(relative.to_path_buf(), text.clone());
    parse_yaml(relative, &text)
}

/// Parses YAML text into `T`, turning any failure into a located, plain-language diagnostic.
pub fn parse_yaml<T: DeserializeOwned>(file: &Path, text: &str) -> Result<Loaded<T>, Diagnostic> {
    let index = YamlIndex::build(file, text);
    let failed_path = RefCell::new(String::new());
    let result = serde_saphyr::with_deserializer_from_str(text, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            *failed_path.borrow_mut() = display_path(&e.path().to_string());
            e.into_inner()
        })
    });
    match result {
        Ok(value) => Ok(Loaded { value, index }),
        Err(error) => Err(yaml_error_diagnostic(
            file,
            &error,
            failed_path.into_inner(),
        )),
    }
}

fn display_path(path: &str) -> String {
    if path == "." || path == "?" {
        String::new()
    } else {
        path.to_owned()
    }
}

fn yaml_error_diagnostic(
    file: &Path,
    error: &serde_saphyr::Error,
    yaml_path: String,
) -> Diagnostic {
    let raw = error.without_snippet().to_string();
    // serde-saphyr appends " at line L, column C"; the location is shown separately.
    let message = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(head, _)| head)
        .to_owned();
    let (message, hint) = if is_syntax_error(error) {
        let hint = if message.contains("tabs disallowed") {
            "YAML is indented with spaces only: replace the tab at the start of this line with spaces"
        } else if message.contains("mapping values are not allowed") {
            "a `: ` inside a text makes YAML read a new field (common in French, as in « Vous pouvez : … »); put the whole text between double quotes, or move it to the next line after `|`"
        } else {
            "the mistake is often on this line or the one above: an unclosed `[` or `{`, a missing space after `:`, a tab, or a line indented differently from its neighbours"
        };
        (
            format!("the YAML is malformed here: {message}"),
            Some(hint.to_owned()),
        )
    } else {
        plain_message(&message)
    };
    let yaml_path = match (
        yaml_path.strip_suffix(".?"),
        message.strip_prefix('`').and_then(|m| m.split_once('`')),
    ) {
        // A duplicate key has no serde path of its own; name the key.
        (Some(parent), Some((key, _))) => format!("{parent}.{key}"),
        (Some(parent), None) => parent.to_owned(),
        (None, _) => yaml_path,
    };
    let location = error.location().map(|l| Location {
        file: file.to_path_buf(),
        line: l.line() as usize,
        column: l.column() as usize,
        yaml_path,
    });
    let diagnostic = Diagnostic::error(message).at(location);
    match hint {
        Some(h) => diagnostic.hint(h),
        None => diagnostic,
    }
}

fn is_syntax_error(error: &serde_saphyr::Error) -> bool {
    matches!(
        error.without_snippet(),
        serde_saphyr::Error::ExternalMessage { source, .. }
            if matches!(**source, serde_saphyr::ExternalMessageSource::Parser(_))
    )
}

/// Rewrites the parser's wording for someone who does not program: no Rust type names, and a
/// hint about the usual cause.
fn plain_message(message: &str) -> (String, Option<String>) {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        if let Some((field, expected)) = rest.split_once("`, expected one of ") {
            let candidates: Vec<&str> = expected.split(", ").map(|c| c.trim_matches('`')).collect();
            let hint = crate::diagnostic::suggestion(field, &candidates);
            return (format!("unknown field `{field}`"), Some(hint));
        }
        if let Some((field, expected)) = rest.split_once("`, expected `") {
            let expected = expected.trim_end_matches('`');
            return (
                format!("unknown field `{field}`"),
                Some(format!("did you mean `{expected}`?")),
            );
        }
        if let Some(field) = rest.strip_suffix("`, there are no fields") {
            return (
                format!("unknown field `{field}`: nothing may be written here"),
                None,
            );
        }
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = rest.trim_end_matches('`');
        return (
            format!("the field `{field}` is missing"),
            Some(format!(
                "add `{field}:` here; if it is there already, check that it is indented like the fields next to it"
            )),
        );
    }
    if message.starts_with("duplicate mapping key") {
        let key = message
            .split_once(": ")
            .map(|(_, k)| k.split(',').next().unwrap_or(k).trim())
            .unwrap_or("");
        return (
            format!("`{key}` is written twice in the same place"),
            Some("keep one of the two; the second would silently replace the first".into()),
        );
    }
    for (rust, plain) in [
        ("invalid u32", "expected a whole number (such as 10)"),
        ("invalid u64", "expected a whole number (such as 10)"),
        ("invalid bool", "expected `true` or `false`"),
        ("expected string scalar", "expected a text value"),
        (
            "invalid type: sequence, expected a string",
            "expected a text value, found a list",
        ),
        (
            "invalid type: map, expected a string",
            "expected a text value, found a map of fields",
        ),
    ] {
        if message.starts_with(rust) {
            return (plain.to_owned(), None);
        }
    }
    if message.starts_with("expected mapping start") {
        return (
            "expected several fields here, found a single value".into(),
            Some("a text is written once per language: `{nl: …, fr: …, en: …}`; other fields take `key: value` lines indented below this one".into()),
        );
    }
    if message.starts_with("expected sequence start") {
        return (
            "expected a list here, found a single value".into(),
            Some(
                "write `[a, b]`, or one `- item` per line below this one; a list of one is `[a]`"
                    .into(),
            ),
        );
    }
    if message.contains("expected a map") || message.contains("expected struct") {
        return (
            "expected a map of fields (`key: value` lines) here".into(),
            Some("check the indentation of this line and the ones below it".into()),
        );
    }
    if message.contains("expected a sequence") {
        return (
            "expected a list here (lines starting with `- `, or `[a, b]`)".into(),
            None,
        );
    }
    let cleaned = message
        .replace("invalid type: ", "wrong kind of value: found ")
        .replace("string", "text")
        .replace("struct", "map of fields");
    (cleaned, None)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Where each value of a YAML document starts, by YAML path (`purposes[2].legal_basis`).
#[derive(Debug, Clone, Default)]
pub struct YamlIndex {
    file: PathBuf,
    positions: HashMap<String, (usize, usize)>,
}

enum Frame {
    Map { path: String, key: Option<String> },
    Seq { path: String, next: usize },
}

impl YamlIndex {
    /// Walks the parser's events, keeping a stack of open maps and lists. Stops quietly at a
    /// syntax error: serde-saphyr reports that one with its own location.
    pub fn build(file: &Path, text: &str) -> YamlIndex {
        let mut positions = HashMap::new();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let at = (span.start.line(), span.start.col() + 1);
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Map {
                        key: key @ None, ..
                    }) = stack.last_mut()
                    {
                        *key = Some(value.into_owned());
                    } else if let Some(path) = next_child_path(&mut stack) {
                        positions.insert(path, at);
                    }
                }
                Event::Alias(_) => {
                    if let Some(path) = next_child_path(&mut stack) {
                        positions.insert(path, at);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let path = if stack.is_empty() {
                        Some(String::new())
                    } else {
                        next_child_path(&mut stack)
                    };
                    // A map used as a key has no path of its own; keep the stack balanced.
                    let path = path.unwrap_or_else(|| "?".into());
                    positions.entry(path.clone()).or_insert(at);
                    stack.push(if is_map {
                        Frame::Map { path, key: None }
                    } else {
                        Frame::Seq { path, next: 0 }
                    });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                }
                _ => {}
            }
        }
        YamlIndex {
            file: file.to_path_buf(),
            positions,
        }
    }

    /// The location of the value at `path`, or of its nearest ancestor that exists (a missing
    /// field is reported where it should have been).
    pub fn locate(&self, path: &str) -> Option<Location> {
        let mut probe = path;
        loop {
            if let Some(&(line, column)) = self.positions.get(probe) {
                return Some(Location {
                    file: self.file.clone(),
                    line,
                    column,
                    yaml_path: path.to_owned(),
                });
            }
            if probe.is_empty() {
                return None;
            }
            probe = parent_path(probe);
        }
    }
}

/// The path of the value that comes next in the innermost open map or list, advancing it.
fn next_child_path(stack: &mut [Frame]) -> Option<String> {
    match stack.last_mut()? {
        Frame::Map { path, key } => {
            let key = key.take()?;
            Some(if path.is_empty() {
                key
            } else {
                format!("{path}.{key}")
            })
        }
        Frame::Seq { path, next } => {
            let child = format!("{path}[{next}]");
            *next += 1;
            Some(child)
        }
    }
}

fn parent_path(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\npurposes:\n  - id: x\n    legal_basis: contract\n  - id: y\n    title: {nl: T, fr: T}\n";

    // Paths in the index are the same ones `check` builds, with 1-based columns.
    #[test]
    fn index_locates_nested_values() {
        let index = YamlIndex::build(Path::new("p.yaml"), DOC);
        let loc = index.locate("purposes[0].legal_basis").unwrap();
        assert_eq!((loc.line, loc.column), (4, 18));
        let loc = index.locate("purposes[1].title.fr").unwrap();
        assert_eq!((loc.line, loc.column), (6, 24));
    }

    // A missing field points at the map it belongs in.
    #[test]
    fn index_falls_back_to_the_parent() {
        let index = YamlIndex::build(Path::new("p.yaml"), DOC);
        let loc = index.locate("purposes[1].title.en").unwrap();
        assert_eq!((loc.line, loc.column), (6, 12));
        assert_eq!(loc.yaml_path, "purposes[1].title.en");
    }
}

//! Turns the text of a YAML file into the raw model, with a way to locate every value.
//!
//! Parsing uses serde-saphyr, which reports a line and column for every error (syntax, wrong
//! type, unknown or missing field, duplicate key); each error kind is put in plain words here.
//! A [`SourceFile`] keeps the text and, built only when a finding needs it, a [`YamlIndex`]
//! from YAML paths (`purposes[2].legal_basis`) to where the values start, so later stages can
//! point at values without carrying spans through the model.
//! This module reads text it is given and judges nothing about what the values mean.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::{ErrorKind as SyntaxKind, Event, Parser};

use crate::diagnostic::{Diagnostic, Location, SourceMap, naming_first, suggestion};

/// Rule ids of the findings this module makes. They are declared with their explanations in
/// `check::rules::structure`.
pub mod ids {
    /// The YAML cannot be parsed.
    pub const SYNTAX: &str = "PS-S01";
    /// A field the model does not have.
    pub const UNKNOWN_FIELD: &str = "PS-S02";
    /// A required field is absent.
    pub const MISSING_FIELD: &str = "PS-S03";
    /// A value of the wrong kind (a list where text belongs…).
    pub const WRONG_TYPE: &str = "PS-S04";
    /// The same key twice in one map.
    pub const DUPLICATE_KEY: &str = "PS-S05";
    /// A file that cannot be read.
    pub const UNREADABLE: &str = "PS-S06";
}

/// One YAML file: where it is, its text, and where each of its values starts.
#[derive(Debug)]
pub struct SourceFile {
    path: PathBuf,
    text: Arc<str>,
    index: OnceLock<YamlIndex>,
}

impl SourceFile {
    /// `path` is how messages name the file (relative to the site root).
    pub fn new(path: impl Into<PathBuf>, text: Arc<str>) -> SourceFile {
        SourceFile {
            path: path.into(),
            text,
            index: OnceLock::new(),
        }
    }

    /// The file, relative to the site root.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The file's text.
    pub fn text(&self) -> &Arc<str> {
        &self.text
    }

    /// Where the value at `yaml_path` is, or its nearest ancestor that exists (a missing field
    /// is reported where it should have been). A missing field of the document itself is
    /// placed at the file as a whole (line 0): no line of the file is about it. Builds the
    /// index on first use.
    pub fn locate(&self, yaml_path: &str) -> Option<Location> {
        let index = self.index.get_or_init(|| YamlIndex::build(&self.text));
        let (line, column) = if index.has(yaml_path) || !index.only_root_matches(yaml_path) {
            index.position(yaml_path)?
        } else {
            (0, 0)
        };
        Some(Location {
            file: self.path.clone(),
            line,
            column,
            yaml_path: counted_from_one(yaml_path),
        })
    }

    /// Where the key of the field at `yaml_path` is written (a finding about the field itself,
    /// such as an unknown one, points at its name), or [`SourceFile::locate`]'s place when
    /// the field is not written.
    pub fn locate_key(&self, yaml_path: &str) -> Option<Location> {
        let index = self.index.get_or_init(|| YamlIndex::build(&self.text));
        match index.nodes.get(yaml_path) {
            Some(node) => Some(Location {
                file: self.path.clone(),
                line: node.entry.0,
                column: node.entry.1,
                yaml_path: counted_from_one(yaml_path),
            }),
            None => self.locate(yaml_path),
        }
    }

    /// For a path one level inside a value written once (a `reference: "2010/87/EU"` that
    /// stands for every language, read as `reference.nl`, `reference.fr`, …), the path of that
    /// value: a finding about each language is a finding about it, once.
    pub fn written_once<'p>(&self, yaml_path: &'p str) -> Option<&'p str> {
        let index = self.index.get_or_init(|| YamlIndex::build(&self.text));
        let parent = parent_path(yaml_path);
        let is_field = yaml_path[parent.len()..].starts_with('.');
        (is_field && !index.has(yaml_path) && index.is_scalar(parent)).then_some(parent)
    }

    /// The YAML paths of the values that start on `line`, outermost first.
    pub fn paths_on_line(&self, line: usize) -> Vec<&str> {
        self.index
            .get_or_init(|| YamlIndex::build(&self.text))
            .paths_on_line(line)
    }

    /// The file's text for quoting in messages.
    pub fn source_map(&self) -> SourceMap {
        let mut map = SourceMap::default();
        map.insert(self.path.clone(), self.text.clone());
        map
    }
}

/// Parses the file into `T`. A failure is one located, plain-language finding.
pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T, Diagnostic> {
    if file.text.trim().is_empty() {
        return Err(Diagnostic::error(ids::MISSING_FIELD, "the file is empty")
            .at(Some(Location {
                file: file.path.clone(),
                line: 1,
                column: 1,
                yaml_path: String::new(),
            }))
            .hint(
                "`privasite init` writes a starting point with every field explained; see the README for what this file holds",
            ));
    }
    if let Some(found) = invisible_character(file) {
        return Err(found);
    }
    // Most files are valid, and tracking the path of every value costs about a third of the
    // parse; it is only needed to say where an error is, so a file that fails is parsed again
    // with it.
    if let Ok(value) = serde_saphyr::from_str::<T>(&file.text) {
        return Ok(value);
    }
    let mut failed_path = String::new();
    let result = serde_saphyr::with_deserializer_from_str(&file.text, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            failed_path = display_path(&e.path().to_string());
            e.into_inner()
        })
    });
    result.map_err(|error| error_diagnostic(file, &error, failed_path))
}

/// The first [invisible character](crate::markup::is_invisible) written in the file: unseen in
/// an editor, yet it would reach the page and the feed.
fn invisible_character(file: &SourceFile) -> Option<Diagnostic> {
    for (index, line) in file.text.lines().enumerate() {
        let Some((at, c)) = line
            .char_indices()
            .find(|&(_, c)| crate::markup::is_invisible(c))
        else {
            continue;
        };
        let column = line[..at].chars().count() + 1;
        let location = Location {
            file: file.path.clone(),
            line: index + 1,
            column,
            yaml_path: file
                .paths_on_line(index + 1)
                .first()
                .map_or_else(String::new, |p| (*p).to_owned()),
        };
        return Some(
            Diagnostic::error(
                ids::SYNTAX,
                format!("an invisible character (U+{:04X}) is written here", c as u32),
            )
            .at(Some(location))
            .hint("delete it: it usually comes with text copied from a terminal, a PDF or a chat window"),
        );
    }
    None
}

fn display_path(path: &str) -> String {
    if path == "." || path == "?" {
        String::new()
    } else {
        path.to_owned()
    }
}

/// What an error is, in plain words, with the rule it belongs to and a hint.
struct Explained {
    rule: &'static str,
    message: String,
    hint: Option<String>,
}

impl Explained {
    fn new(rule: &'static str, message: impl Into<String>, hint: Option<String>) -> Self {
        Explained {
            rule,
            message: message.into(),
            hint,
        }
    }
}

fn error_diagnostic(
    file: &SourceFile,
    error: &serde_saphyr::Error,
    yaml_path: String,
) -> Diagnostic {
    let error = error.without_snippet();
    let explained = explain(error);
    let yaml_path = match (yaml_path.strip_suffix(".?"), error) {
        // A duplicate key has no serde path of its own; name the key.
        (Some(parent), serde_saphyr::Error::DuplicateMappingKey { key: Some(key), .. }) => {
            if parent.is_empty() {
                key.clone()
            } else {
                format!("{parent}.{key}")
            }
        }
        (Some(parent), _) => parent.to_owned(),
        (None, _) => yaml_path,
    };
    let location = error
        .location()
        .filter(|l| l.line() > 0)
        .map(|l| Location {
            file: file.path.clone(),
            line: l.line() as usize,
            column: l.column() as usize,
            yaml_path: counted_from_one(&yaml_path),
        })
        .or_else(|| file.locate(&yaml_path));
    let mut message = explained.message;
    // The index keeps the first of two equal keys: say where it is.
    if matches!(error, serde_saphyr::Error::DuplicateMappingKey { .. })
        && let (Some(first), Some(here)) = (file.locate_key(&yaml_path), &location)
    {
        message = naming_first(message, here.line, first.line);
    }
    let diagnostic = Diagnostic::error(explained.rule, message).at(location);
    match explained.hint {
        Some(h) => diagnostic.hint(h),
        None => diagnostic,
    }
}

/// Puts each kind of parser and serde error into words for someone who does not program: no
/// Rust type names, and a hint about the usual cause.
fn explain(error: &serde_saphyr::Error) -> Explained {
    use serde_saphyr::Error as E;
    match error {
        E::SerdeUnknownField {
            field, expected, ..
        } => {
            if expected.is_empty() {
                Explained::new(
                    ids::UNKNOWN_FIELD,
                    format!("unknown field `{field}`: nothing may be written here"),
                    None,
                )
            } else {
                Explained::new(
                    ids::UNKNOWN_FIELD,
                    format!("unknown field `{field}`"),
                    Some(suggestion(field, expected)),
                )
            }
        }
        E::SerdeMissingField { field, .. } => Explained::new(
            ids::MISSING_FIELD,
            format!("the field `{field}` is missing"),
            Some(format!(
                "add `{field}:` here; if it is there already, check that it is indented like the fields next to it"
            )),
        ),
        E::DuplicateMappingKey { key, .. } => Explained::new(
            ids::DUPLICATE_KEY,
            format!(
                "`{}` is written twice in the same place",
                key.as_deref().unwrap_or("a key")
            ),
            Some("keep one of the two; the second would silently replace the first".into()),
        ),
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => wrong_type(unexpected, expected),
        E::Unexpected { expected, .. } => wrong_shape(expected),
        E::InvalidScalar { ty, .. } => wrong_type("a single value", ty),
        E::ExternalMessage { source, msg, .. } => match source.as_ref() {
            serde_saphyr::ExternalMessageSource::Parser(scan) => syntax(scan.kind(), msg),
            _ => Explained::new(ids::WRONG_TYPE, msg.clone(), None),
        },
        E::Eof { .. } => Explained::new(
            ids::SYNTAX,
            "the file ends in the middle of a value",
            Some("an opening `[`, `{` or quote is probably never closed".into()),
        ),
        E::Message { msg, .. } => Explained::new(ids::WRONG_TYPE, msg.clone(), None),
        E::NullIntoString { .. } => Explained::new(
            ids::WRONG_TYPE,
            "expected a text value, found nothing",
            Some("write the text after the `:`, or remove the line if the field is optional".into()),
        ),
        E::InvalidBooleanStrict { .. } => wrong_type("a single value", "bool"),
        E::NonFiniteFloat { .. } => Explained::new(ids::WRONG_TYPE, "expected a number", None),
        E::SerdeInvalidLength { expected, .. } => {
            Explained::new(ids::WRONG_TYPE, format!("expected {expected}"), None)
        }
        E::UnexpectedValueForUnit { .. }
        | E::UnexpectedValueForUnitEnumVariant { .. }
        | E::ExpectedEmptyMappingForUnitStruct { .. } => Explained::new(
            ids::WRONG_TYPE,
            "this word takes nothing after it",
            Some("remove what follows it, or choose a value that takes details".into()),
        ),
        E::UnsupportedTag { .. }
        | E::TaggedScalarCannotDeserializeIntoString { .. }
        | E::TaggedStructFieldName { .. }
        | E::TaggedEnumMismatch { .. }
        | E::InvalidBinaryBase64 { .. }
        | E::BinaryNotUtf8 { .. }
        | E::BytesNotSupportedMissingBinaryTag { .. } => Explained::new(
            ids::SYNTAX,
            "YAML tags (words starting with `!`) are not used in privasite files",
            Some("remove the `!…` word before the value; put the value between quotes if it starts with `!`".into()),
        ),
        E::MergeValueNotMapOrSeqOfMaps { .. } | E::MergeKeyNotAllowed { .. } => Explained::new(
            ids::SYNTAX,
            "merge keys (`<<:`) are not used in privasite files",
            Some("write the fields out in full".into()),
        ),
        E::UnknownAnchor { .. } => Explained::new(
            ids::SYNTAX,
            "a `*name` here refers to an anchor (`&name`) that is not defined above it",
            Some("write the value in full, or put the value between quotes if it starts with `*`".into()),
        ),
        E::Budget { breach, .. } => limit_exceeded(breach),
        E::AliasReplayLimitExceeded { .. }
        | E::AliasExpansionLimitExceeded { .. }
        | E::AliasReplayStackDepthExceeded { .. }
        | E::AliasReplayCounterOverflow { .. } => Explained::new(
            ids::SYNTAX,
            "the anchors and aliases (`&name`, `*name`) here repeat more text than privasite reads",
            Some("write the values out instead of repeating them through aliases".into()),
        ),
        E::MultipleDocuments { .. } => Explained::new(
            ids::SYNTAX,
            "the file holds more than one YAML document (a line `---` or `...` in the middle)",
            Some("keep one document per file: remove the `---` line and what you do not need".into()),
        ),
        E::FoldedBlockScalarMustIndentContent { .. } => Explained::new(
            ids::SYNTAX,
            "the text after `>` or `|` must be indented below its key",
            Some("indent every line of the text by two more spaces than the key".into()),
        ),
        E::InvalidUtf8Input => Explained::new(
            ids::SYNTAX,
            "the file is not saved as UTF-8 text",
            Some("save the file as UTF-8 (most editors offer it under \"Save with encoding\")".into()),
        ),
        E::InvalidCharNull { .. } | E::InvalidCharNotSingleScalar { .. } => {
            Explained::new(ids::WRONG_TYPE, "expected a single character", None)
        }
        // Mismatched brackets, a key without a value and the parser's internal states: the
        // error kind says nothing an author can act on beyond where it is.
        _ => Explained::new(
            ids::SYNTAX,
            "the YAML cannot be read from here on",
            Some("check the indentation, the quotes and the brackets on this line and the one above it".into()),
        ),
    }
}

/// The parser's limits, which keep a hostile file from taking all memory, in plain words.
fn limit_exceeded(breach: &serde_saphyr::budget::BudgetBreach) -> Explained {
    use serde_saphyr::budget::BudgetBreach as B;
    let what = match breach {
        B::Depth { .. } => "lists and fields are nested deeper than privasite reads",
        B::Aliases { .. } | B::Anchors { .. } | B::AliasAnchorRatio { .. } => {
            "the file uses more anchors and aliases (`&name`, `*name`) than privasite reads"
        }
        B::Documents { .. } => "the file holds more YAML documents than privasite reads",
        _ => "the file is larger than privasite reads (too many values or too much text)",
    };
    Explained::new(
        ids::SYNTAX,
        what,
        Some("a policy is a few hundred kilobytes with a few levels of nesting; check that this is the right file".into()),
    )
}

/// A value of the wrong kind, from serde's description of what it expected.
fn wrong_type(unexpected: &str, expected: &str) -> Explained {
    let found = if unexpected.contains("sequence") {
        "a list"
    } else if unexpected.contains("map") {
        "a map of fields"
    } else {
        "a single value"
    };
    let (message, hint) = if ["u8", "u16", "u32", "u64", "i32", "i64", "integer"]
        .iter()
        .any(|t| expected.split_whitespace().any(|w| w == *t))
    {
        ("expected a whole number (such as 10)".to_owned(), None)
    } else if expected.contains("bool") {
        ("expected `true` or `false`".to_owned(), None)
    } else if expected.contains("string") {
        (format!("expected a text value, found {found}"), None)
    } else if expected.contains("sequence") || expected.contains("list") {
        (
            "expected a list here (lines starting with `- `, or `[a, b]`)".to_owned(),
            None,
        )
    } else if expected.contains("map") || expected.contains("struct") {
        (
            "expected a map of fields (`key: value` lines) here".to_owned(),
            Some("check the indentation of this line and the ones below it".to_owned()),
        )
    } else {
        // A message of our own model (`KeyOr`, `AutomatedDecisions`) already in plain words.
        (format!("expected {expected}, found {found}"), None)
    };
    Explained::new(ids::WRONG_TYPE, message, hint)
}

/// The parser wanted a map or a list and found a single value.
fn wrong_shape(expected: &str) -> Explained {
    if expected.contains("mapping") {
        Explained::new(
            ids::WRONG_TYPE,
            "expected several fields here, found a single value",
            Some("a text is written once per language: `{nl: …, fr: …, en: …}`; other fields take `key: value` lines indented below this one".into()),
        )
    } else if expected.contains("string") {
        Explained::new(
            ids::WRONG_TYPE,
            "expected a text value",
            Some("write the text after the `:` on the same line; a list (`[…]` or `- …` lines) or fields indented below do not belong here".into()),
        )
    } else if expected.contains("sequence") {
        Explained::new(
            ids::WRONG_TYPE,
            "expected a list here, found a single value",
            Some(
                "write `[a, b]`, or one `- item` per line below this one; a list of one is `[a]`"
                    .into(),
            ),
        )
    } else {
        Explained::new(
            ids::WRONG_TYPE,
            format!("expected {expected} here"),
            Some("check the indentation of this line and the ones below it".into()),
        )
    }
}

/// A YAML syntax error, by the parser's kind: what is wrong in plain words, then what to do.
/// The parser's own words are kept, as a detail, only for the kinds not put in words here.
fn syntax(kind: &SyntaxKind, parser_message: &str) -> Explained {
    const QUOTE_IT: &str = "if this is a text with a `: ` in it (common in French, as in « Vous pouvez : … »), put the whole text between double quotes, or move it to the next line after `|`; otherwise indent this line like the fields next to it";
    const CLOSE_IT: &str = "close a `[` with `]` and a `{` with `}` on the value it opens, with a comma between items; a text with `:`, `[` or `{` in it goes between double quotes";
    const INDENT: &str = "fields of the same map start in the same column; a field's value is indented further than its name";
    let (what, hint): (String, String) = match kind {
        SyntaxKind::TabInBlockIndentation
        | SyntaxKind::TabInIndentation
        | SyntaxKind::TabNotAllowed
        | SyntaxKind::TabInPlainScalar
        | SyntaxKind::TabAtBlockScalarStart => (
            "a tab is used to indent this line".into(),
            "YAML is indented with spaces only: replace the tab at the start of this line with spaces".into(),
        ),
        SyntaxKind::InvalidColonPlacement => (
            "a `[` or `{` above is probably not closed, so the `:` on this line falls inside it".into(),
            CLOSE_IT.into(),
        ),
        SyntaxKind::UnclosedFlowCollection { .. }
        | SyntaxKind::UnexpectedEofFlowSequence
        | SyntaxKind::UnexpectedEofFlowMapping
        | SyntaxKind::UnexpectedEofImplicitFlowMapping
        | SyntaxKind::ExpectedFlowSequenceSeparator
        | SyntaxKind::ExpectedFlowMappingSeparator
        | SyntaxKind::FlowMappingValueAdjacentCollection
        | SyntaxKind::BlockEntryInFlowCollection => {
            ("a `[` or `{` is not closed".into(), CLOSE_IT.into())
        }
        SyntaxKind::MisplacedFlowCollectionEnd | SyntaxKind::MismatchedFlowCollectionEnd { .. } => (
            "a `]` or `}` closes nothing, or closes the other kind of bracket".into(),
            CLOSE_IT.into(),
        ),
        SyntaxKind::UnclosedQuotedScalar => (
            "a quoted text is not closed".into(),
            "end the text with the same quote it starts with".into(),
        ),
        SyntaxKind::InvalidTrailingSingleQuotedScalar
        | SyntaxKind::InvalidTrailingDoubleQuotedScalar => (
            "more text follows the closing quote of a quoted text".into(),
            "put the whole text between the quotes; a text that itself holds the quote character is easiest written on the next lines after `|`".into(),
        ),
        SyntaxKind::UnknownQuotedScalarEscape
        | SyntaxKind::InvalidQuotedScalarHexEscape
        | SyntaxKind::InvalidLowSurrogateHexEscape
        | SyntaxKind::InvalidLowSurrogate
        | SyntaxKind::MissingLowSurrogate
        | SyntaxKind::UnpairedLowSurrogate
        | SyntaxKind::InvalidUnicodeEscape => (
            "a `\\` in a double-quoted text starts a code YAML does not know".into(),
            "write `\\\\` for a backslash, or put the text between single quotes instead".into(),
        ),
        SyntaxKind::InvalidQuotedScalarIndent | SyntaxKind::InvalidFlowScalarIndent => (
            "a text that continues on the next line is indented less than its field".into(),
            "indent the continuation lines further than the field's name".into(),
        ),
        SyntaxKind::MappingValueNotAllowed
        | SyntaxKind::SimpleKeyExpected
        | SyntaxKind::InvalidSimpleKey
        | SyntaxKind::MappingKeyNotAllowed => (
            "a colon followed by a space starts a new field, and none can start here".into(),
            QUOTE_IT.into(),
        ),
        SyntaxKind::InvalidMappingValueWhitespace => (
            "a field's `:` must be followed by a space".into(),
            "write `name: value`, with a space after the colon".into(),
        ),
        SyntaxKind::ExpectedWhitespace | SyntaxKind::InvalidBlockEntryWhitespace => (
            "a `-` that starts a list item must be followed by a space".into(),
            "write `- item`; a text that starts with `-` goes between double quotes".into(),
        ),
        SyntaxKind::InvalidIndentation
        | SyntaxKind::ExpectedBlockMappingKey
        | SyntaxKind::ExpectedBlockSequenceEntry
        | SyntaxKind::BlockSequenceEntryNotAllowed
        | SyntaxKind::UnexpectedEofBlockSequence
        | SyntaxKind::UnexpectedEofBlockMapping
        | SyntaxKind::InvalidBlockScalarIndent => (
            "this line is indented differently from the lines around it".into(),
            INDENT.into(),
        ),
        SyntaxKind::ZeroBlockScalarIndent | SyntaxKind::InvalidBlockScalarHeader => (
            "a `|` or `>` that starts a longer text has something after it on its line".into(),
            "write `|` alone at the end of the line, and the text on the lines below, indented".into(),
        ),
        SyntaxKind::UnexpectedCharacter { character } => (
            format!("a value cannot start with `{character}`"),
            "put the whole text between double quotes".into(),
        ),
        SyntaxKind::UnknownAnchor => (
            "a `*name` refers to a `&name` that is not defined above it".into(),
            "define `&name` on the value to repeat, above this line; a text starting with `*` goes between double quotes".into(),
        ),
        SyntaxKind::MissingAnchorOrAliasName => (
            "a `&` or `*` at the start of a value must be followed by a name".into(),
            "a text that starts with `&` or `*` goes between double quotes".into(),
        ),
        SyntaxKind::CommentInterceptedScalar | SyntaxKind::CommentNotSeparated => (
            "a `#` starts a comment in the middle of a text".into(),
            "a text with ` #` in it goes between double quotes".into(),
        ),
        SyntaxKind::MultipleDocumentsUnsupported
        | SyntaxKind::InvalidDocumentEnd
        | SyntaxKind::ExpectedDocumentStart
        | SyntaxKind::MissingDocumentEndBeforeDirective => (
            "the file holds more than one YAML document (a line `---` or `...`)".into(),
            "keep one document per file: remove the `---` or `...` line".into(),
        ),
        SyntaxKind::RecursionLimitExceeded => (
            "the values are nested too deeply".into(),
            "a policy needs only a few levels of nesting; check for a runaway `[` or `{`".into(),
        ),
        _ => (
            "YAML cannot read this line".into(),
            format!(
                "the mistake is often on this line or the one above: an unclosed `[` or `{{`, a missing space after `:`, a tab, or a line indented differently from its neighbours (YAML's own words: {})",
                parser_message.trim()
            ),
        ),
    };
    Explained::new(
        ids::SYNTAX,
        format!("the YAML is malformed here: {what}"),
        Some(hint),
    )
}

/// Where each value of a YAML document starts, by YAML path (`purposes[2].legal_basis`), and
/// the line each entry begins on (a map entry at its key, a list item at its value).
#[derive(Debug, Clone, Default)]
pub struct YamlIndex {
    nodes: HashMap<String, Node>,
    entry_lines: HashMap<usize, Vec<String>>,
}

/// A position: 1-based line and column.
type Position = (usize, usize);

/// One value of the document: where it starts, where its entry starts (the key of a map
/// entry, the value itself for a list item), and whether it is a single value.
#[derive(Debug, Clone, Copy)]
struct Node {
    value: Position,
    entry: Position,
    scalar: bool,
}

impl Node {
    /// Where a finding about this value points: a single value or a `{…}`/`[…]` written on its
    /// key's line at the value; a map or list written on the lines below its key at the key,
    /// the line that names it (not at its first field, which a finding is not about).
    fn shown_at(&self) -> Position {
        if self.scalar || self.value.0 == self.entry.0 {
            self.value
        } else {
            self.entry
        }
    }
}

enum Frame {
    Map {
        path: String,
        key: Option<(String, Position)>,
    },
    Seq {
        path: String,
        next: usize,
    },
}

impl YamlIndex {
    /// Walks the parser's events, keeping a stack of open maps and lists. Stops quietly at a
    /// syntax error: parsing reports that one with its own location.
    pub fn build(text: &str) -> YamlIndex {
        let mut index = YamlIndex::default();
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
                        *key = Some((value.into_owned(), at));
                    } else if let Some((path, entry)) = next_child(&mut stack, at) {
                        index.record(path, at, entry, true);
                    }
                }
                Event::Alias(_) => {
                    if let Some((path, entry)) = next_child(&mut stack, at) {
                        index.record(path, at, entry, true);
                    }
                }
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let child = if stack.is_empty() {
                        Some((String::new(), at))
                    } else {
                        next_child(&mut stack, at)
                    };
                    // A map used as a key has no path of its own; keep the stack balanced.
                    let path = match child {
                        Some((path, entry)) => {
                            index.record(path.clone(), at, entry, false);
                            path
                        }
                        None => "?".into(),
                    };
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
        index
    }

    fn record(&mut self, path: String, value: Position, entry: Position, scalar: bool) {
        self.entry_lines
            .entry(entry.0)
            .or_default()
            .push(path.clone());
        self.nodes.entry(path).or_insert(Node {
            value,
            entry,
            scalar,
        });
    }

    /// Whether a value is written at `path`.
    pub fn has(&self, path: &str) -> bool {
        self.nodes.contains_key(path)
    }

    /// Whether a single value (not a map or list) is written at `path`.
    fn is_scalar(&self, path: &str) -> bool {
        self.nodes.get(path).is_some_and(|n| n.scalar)
    }

    /// Whether the nearest written ancestor of `path` is the document itself.
    fn only_root_matches(&self, path: &str) -> bool {
        let mut probe = parent_path(path);
        loop {
            if self.nodes.contains_key(probe) {
                return probe.is_empty();
            }
            if probe.is_empty() {
                return true;
            }
            probe = parent_path(probe);
        }
    }

    /// Line and column of the value at `path`, or of its nearest ancestor that exists; a map
    /// or list written below its key is placed at the key.
    pub fn position(&self, path: &str) -> Option<(usize, usize)> {
        let mut probe = path;
        loop {
            if let Some(node) = self.nodes.get(probe) {
                return Some(node.shown_at());
            }
            if probe.is_empty() {
                return None;
            }
            probe = parent_path(probe);
        }
    }

    /// The paths of the entries beginning on `line`, outermost (shortest) first. The document
    /// itself is not an entry.
    pub fn paths_on_line(&self, line: usize) -> Vec<&str> {
        let mut paths: Vec<&str> = self
            .entry_lines
            .get(&line)
            .map(|p| {
                p.iter()
                    .map(String::as_str)
                    .filter(|p| !p.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        paths.sort_by_key(|p| (p.len(), *p));
        paths
    }
}

/// The path of the value that comes next in the innermost open map or list, advancing it,
/// with where its entry begins (the key of a map entry, or `at` for a list item).
fn next_child(stack: &mut [Frame], at: Position) -> Option<(String, Position)> {
    match stack.last_mut()? {
        Frame::Map { path, key } => {
            let (key, key_at) = key.take()?;
            let child = if path.is_empty() {
                key
            } else {
                format!("{path}.{key}")
            };
            Some((child, key_at))
        }
        Frame::Seq { path, next } => {
            let child = format!("{path}[{next}]");
            *next += 1;
            Some((child, at))
        }
    }
}

/// A YAML path as people read it, with list positions counted from 1: `purposes[2].title` is
/// the second purpose's title. Inside privasite (the index, the rules, inline `allow`
/// comments) positions count from 0, as serde and the parser count them; every location
/// shown to people, in every output format, goes through here.
pub fn counted_from_one(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        match rest[..digits].parse::<usize>() {
            Ok(n) if rest[digits..].starts_with(']') => out.push_str(&(n + 1).to_string()),
            _ => out.push_str(&rest[..digits]),
        }
        rest = &rest[digits..];
    }
    out.push_str(rest);
    out
}

/// `purposes[2]` for `purposes[2].title`, `purposes` for `purposes[2]`, `` for `purposes`.
pub fn parent_path(path: &str) -> &str {
    match path.rfind(['.', '[']) {
        Some(i) => &path[..i],
        None => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "a: 1\npurposes:\n  - id: x\n    legal_basis: contract\n  - id: y\n    title: {nl: T, fr: T}\n";

    fn file(text: &str) -> SourceFile {
        SourceFile::new("p.yaml", Arc::from(text))
    }

    // Paths in the index are the ones `check` builds, with 1-based columns.
    #[test]
    fn index_locates_nested_values() {
        let f = file(DOC);
        let loc = f.locate("purposes[0].legal_basis").unwrap();
        assert_eq!((loc.line, loc.column), (4, 18));
        let loc = f.locate("purposes[1].title.fr").unwrap();
        assert_eq!((loc.line, loc.column), (6, 24));
    }

    // A missing field points at the map it belongs in; the path shown counts list positions
    // from 1 (`purposes[2]` is the second purpose), as people do.
    #[test]
    fn index_falls_back_to_the_parent() {
        let loc = file(DOC).locate("purposes[1].title.en").unwrap();
        assert_eq!((loc.line, loc.column), (6, 12));
        assert_eq!(loc.yaml_path, "purposes[2].title.en");
    }

    // Every list position in a path is shown counted from 1, and nothing else changes.
    #[test]
    fn paths_are_shown_counted_from_one() {
        assert_eq!(
            counted_from_one("purposes[0].data[9].x"),
            "purposes[1].data[10].x"
        );
        assert_eq!(counted_from_one("controller.name"), "controller.name");
        assert_eq!(counted_from_one(""), "");
        assert_eq!(counted_from_one("odd[x].y[2"), "odd[x].y[2");
    }

    // A map written below its key is shown at the key, and so is a field missing from it: a
    // finding about the controller does not point at its first field.
    #[test]
    fn block_maps_are_shown_at_their_key() {
        let f = file("a: 1\ncontroller:\n  name: X\n  email: y\n");
        let at = |path: &str| f.locate(path).map(|l| (l.line, l.column));
        assert_eq!(at("controller"), Some((2, 1)));
        assert_eq!(at("controller.address"), Some((2, 1)));
        assert_eq!(at("controller.name"), Some((3, 9)));
    }

    // A language read from a value written once is that value; a language written out, or a
    // field missing from a map, is not.
    #[test]
    fn a_value_written_once_stands_for_its_languages() {
        let f = file("r:\n  reference: \"2010/87/EU\"\n  text: {nl: a, fr: b}\n");
        assert_eq!(f.written_once("r.reference.nl"), Some("r.reference"));
        assert_eq!(f.written_once("r.text.nl"), None);
        assert_eq!(f.written_once("r.text.en"), None);
        assert_eq!(f.written_once("r.missing"), None);
    }

    // The values on a line, outermost first: what an inline comment on that line is about.
    #[test]
    fn paths_on_a_line_start_with_the_outermost() {
        assert_eq!(
            file(DOC).paths_on_line(3),
            ["purposes[0]", "purposes[0].id"]
        );
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Small {
        name: String,
        years: Option<u32>,
        tags: Option<Vec<String>>,
    }

    fn parse_error(text: &str) -> Diagnostic {
        parse::<Small>(&file(text)).unwrap_err()
    }

    // Each kind of mistake gets its own rule and plain words, without Rust type names.
    #[test]
    fn errors_are_put_in_plain_words() {
        let d = parse_error("nmae: x\n");
        assert_eq!(
            (d.rule, d.message.as_str()),
            (ids::UNKNOWN_FIELD, "unknown field `nmae`")
        );
        assert_eq!(d.hint.as_deref(), Some("did you mean `name`?"));

        let d = parse_error("years: 1\n");
        assert_eq!(
            (d.rule, d.message.as_str()),
            (ids::MISSING_FIELD, "the field `name` is missing")
        );

        let d = parse_error("name: x\nyears: one\n");
        assert_eq!(d.rule, ids::WRONG_TYPE);
        assert_eq!(d.message, "expected a whole number (such as 10)");
        assert_eq!(
            d.location.as_ref().map(|l| (l.line, l.column)),
            Some((2, 8))
        );

        let d = parse_error("name: x\ntags: one\n");
        assert_eq!(d.message, "expected a list here, found a single value");

        let d = parse_error("name: x\nname: y\n");
        assert_eq!(d.rule, ids::DUPLICATE_KEY);
        assert_eq!(
            d.message,
            "`name` is written twice in the same place; the first is on line 1"
        );

        let d = parse_error("name: x\ntags: [a, b\n");
        assert_eq!(d.rule, ids::SYNTAX);
        assert_eq!(
            d.message,
            "the YAML is malformed here: a `[` or `{` is not closed"
        );

        // An unclosed `[` makes the next field's colon illegal: the message says why, not
        // the parser's "illegal placement of ':' indicator".
        let d = parse_error("tags: [a, b\nname: x\n");
        assert_eq!(d.rule, ids::SYNTAX);
        assert!(
            d.message.contains("is probably not closed"),
            "{}",
            d.message
        );
        assert!(!d.message.contains("indicator"), "{}", d.message);

        let d = parse_error("");
        assert_eq!(d.message, "the file is empty");
    }
}

//! Findings as one JSON document, for tools. The shape is documented in `docs/json-output.md`
//! and versioned by its `version` field: fields may be added, never renamed or removed without
//! a new version.

use serde::Serialize;

use super::{Diagnostic, Location, RuleInfo, Severity};

/// The version of the document's shape.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    notes: usize,
    diagnostics: Vec<Finding<'a>>,
}

#[derive(Serialize)]
struct Finding<'a> {
    rule: Option<&'a str>,
    severity: Severity,
    message: &'a str,
    hint: Option<&'a str>,
    source: Option<&'static str>,
    location: Option<&'a Location>,
}

/// The document, pretty-printed, with a trailing newline.
pub fn render(diagnostics: &[Diagnostic], rules: &dyn RuleInfo) -> String {
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let doc = Document {
        version: VERSION,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        notes: count(Severity::Note),
        diagnostics: diagnostics
            .iter()
            .map(|d| Finding {
                rule: (!d.rule.is_empty()).then_some(d.rule),
                severity: d.severity,
                message: &d.message,
                hint: d.hint.as_deref(),
                source: rules.source(d.rule),
                location: d.location.as_deref(),
            })
            .collect(),
    };
    // Serializing plain strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

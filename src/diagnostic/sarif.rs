//! Findings as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the format
//! GitHub code scanning and other dashboards read. Every rule is listed in the tool's rule
//! table with its summary and legal source; every finding is a result pointing at its rule.

use serde_json::{Value, json};

use super::{Diagnostic, RuleInfo, Severity};

/// The SARIF log, pretty-printed, with a trailing newline.
pub fn render(diagnostics: &[Diagnostic], rules: &dyn RuleInfo) -> String {
    let ids = rules.ids();
    let rule_table: Vec<Value> = ids
        .iter()
        .map(|id| {
            let mut rule = json!({
                "id": id,
                "shortDescription": {"text": rules.summary(id).unwrap_or(id)},
                "help": {"text": format!("privasite check --explain {id}")},
            });
            if let Some(source) = rules.source(id) {
                rule["properties"] = json!({"legalSource": source});
            }
            rule
        })
        .collect();
    let results: Vec<Value> = diagnostics
        .iter()
        .map(|d| {
            let mut text = d.message.clone();
            if let Some(hint) = &d.hint {
                text.push_str(". Hint: ");
                text.push_str(hint);
            }
            let mut result = json!({
                "ruleId": d.rule,
                "level": match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Note => "note",
                },
                "message": {"text": text},
            });
            if let Some(index) = ids.iter().position(|id| *id == d.rule) {
                result["ruleIndex"] = json!(index);
            }
            if let Some(l) = &d.location {
                let mut physical = json!({
                    "artifactLocation": {"uri": l.file.display().to_string().replace('\\', "/")},
                });
                if l.line > 0 {
                    physical["region"] =
                        json!({"startLine": l.line, "startColumn": l.column.max(1)});
                }
                result["locations"] = json!([{
                    "physicalLocation": physical,
                    "logicalLocations": if l.yaml_path.is_empty() { json!([]) } else {
                        json!([{"fullyQualifiedName": l.yaml_path, "kind": "member"}])
                    },
                }]);
            }
            result
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "privasite",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_table,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

//! Every structural error of a YAML file at once: unknown, missing and mistyped fields.
//!
//! The loader ([`crate::load::parse`]) stops at the first error of a file, as serde does. When
//! it fails, the same text is read again as plain YAML values and validated against the JSON
//! Schema generated from the model's own types ([`crate::schema`] writes the same schema for
//! editors), so one run names every unknown field, every missing field and every value of the
//! wrong kind, each at its line. A valid file never gets here: the schema costs nothing then.
//!
//! The loader's own error stays first and keeps its words (they are tested one by one); the
//! schema only adds the errors found elsewhere in the file. Errors the schema's validator
//! reports are put in plain words from their kind, never from its English messages.

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, suggestion};
use crate::load::{self, SourceFile, ids};

/// Parses the file into `T`; on failure, every structural error of the file, the loader's
/// first.
pub fn parse<T: DeserializeOwned + JsonSchema>(file: &SourceFile) -> Result<T, Vec<Diagnostic>> {
    let first = match load::parse::<T>(file) {
        Ok(value) => return Ok(value),
        Err(first) => first,
    };
    // Only a file that reads as YAML can be compared with the schema; a syntax error, an
    // empty file or an invisible character is the one finding there is.
    if ![ids::UNKNOWN_FIELD, ids::MISSING_FIELD, ids::WRONG_TYPE].contains(&first.rule) {
        return Err(vec![first]);
    }
    let Ok(values) = serde_saphyr::from_str::<Value>(file.text()) else {
        return Err(vec![first]);
    };
    let mut all = vec![first];
    for found in errors(&schema_of::<T>(), &values, file) {
        let seen = all.iter().any(|d| same_place(d, &found));
        if !seen {
            all.push(found);
        }
    }
    point_to_misplaced_fields(&mut all);
    Err(all)
}

/// A field indented one level too little is unknown where it is and missing where it belongs
/// (`country` under `controller` instead of `controller.address`): the unknown one's hint says
/// where it goes.
fn point_to_misplaced_fields(all: &mut [Diagnostic]) {
    let missing: Vec<(String, String)> = all
        .iter()
        .filter(|d| d.rule == ids::MISSING_FIELD)
        .filter_map(|d| {
            let field = d.message.split('`').nth(1)?.to_owned();
            Some((field, d.location.as_ref()?.yaml_path.clone()))
        })
        .collect();
    for d in all.iter_mut().filter(|d| d.rule == ids::UNKNOWN_FIELD) {
        let Some(field) = d.message.split('`').nth(1) else {
            continue;
        };
        if let Some((_, map)) = missing.iter().find(|(f, _)| f == field) {
            d.hint = Some(format!(
                "`{map}` is missing a `{field}`: if this is it, indent it like the fields of `{map}`"
            ));
        }
    }
}

/// The schema of `T`, as the validator reads it (the editors' copy adds labels, not rules).
fn schema_of<T: JsonSchema>() -> Value {
    SchemaSettings::draft07()
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// Two findings about one value: the loader's and the schema's words for the same mistake.
fn same_place(a: &Diagnostic, b: &Diagnostic) -> bool {
    match (&a.location, &b.location) {
        (Some(a), Some(b)) => a.yaml_path == b.yaml_path || a.line == b.line && a.line > 0,
        _ => false,
    }
}

/// The structural errors in `values`, located in `file`.
fn errors(schema: &Value, values: &Value, file: &SourceFile) -> Vec<Diagnostic> {
    let Ok(validator) = jsonschema::validator_for(schema) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for error in validator.iter_errors(values) {
        explain(schema, &error, file, &mut found);
    }
    found
}

/// Puts one validation error in words, at its place. An error about alternatives (a value or
/// `not_stated`, a key or a custom entry) is explained by the alternative that came closest.
fn explain(
    schema: &Value,
    error: &ValidationError<'_>,
    file: &SourceFile,
    found: &mut Vec<Diagnostic>,
) {
    let pointer = error.instance_path().as_str();
    let schema_pointer = error.schema_path().as_str();
    let path = yaml_path(pointer);
    let at = |path: &str| file.locate(path);
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_fields(schema, schema_pointer);
            for field in unexpected {
                let field_path = join(&path, field);
                let diagnostic =
                    Diagnostic::error(ids::UNKNOWN_FIELD, format!("unknown field `{field}`"))
                        .at(file.locate_key(&field_path));
                found.push(if allowed.is_empty() {
                    diagnostic
                } else {
                    let names: Vec<&str> = allowed.iter().map(String::as_str).collect();
                    diagnostic.hint(suggestion(field, &names))
                });
            }
        }
        ValidationErrorKind::Required { property } => {
            let field = property.as_str().unwrap_or_default();
            found.push(
                Diagnostic::error(ids::MISSING_FIELD, format!("the field `{field}` is missing"))
                    .at(at(&join(&path, field)))
                    .hint(format!(
                        "add `{field}:` here; if it is there already, check that it is indented like the fields next to it"
                    )),
            );
        }
        ValidationErrorKind::Type { kind } => found.push(
            Diagnostic::error(
                ids::WRONG_TYPE,
                format!("expected {} here", expected_kind(kind)),
            )
            .at(at(&path)),
        ),
        ValidationErrorKind::Enum { options } => {
            let written = value_at(file, pointer);
            let names: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let diagnostic = Diagnostic::error(
                ids::WRONG_TYPE,
                format!("`{written}` is not one of the values allowed here"),
            )
            .at(at(&path));
            found.push(if names.is_empty() {
                diagnostic
            } else {
                diagnostic.hint(suggestion(&written, &names))
            });
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            if let Some(closest) = closest_alternative(context) {
                for error in closest {
                    explain(schema, error, file, found);
                }
            } else {
                let mut forms = Vec::new();
                expected_forms(context, pointer, &mut forms);
                let expected = match forms.split_last() {
                    None => "another kind of value".to_owned(),
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                };
                found.push(
                    Diagnostic::error(ids::WRONG_TYPE, format!("expected {expected} here"))
                        .at(at(&path))
                        .hint("the schema (`privasite schema`) and the example policy show the forms this field takes"),
                );
            }
        }
        // The rest (lengths, patterns, ranges) are about values, not structure: `check`
        // explains them once the file loads.
        _ => {}
    }
}

/// Of the alternatives a value failed, the one it came closest to: the one whose errors lie
/// deepest inside the value (a purpose with one unknown field is a purpose, not a mistyped
/// `not_stated`), then the one with the fewest errors. None when every alternative failed at
/// the value itself: its form is wrong, and the loader's error says so better.
fn closest_alternative<'c>(
    context: &'c [Vec<ValidationError<'static>>],
) -> Option<&'c Vec<ValidationError<'static>>> {
    let depth = |errors: &Vec<ValidationError<'static>>| {
        errors
            .iter()
            .map(|e| e.instance_path().as_str().matches('/').count())
            .max()
            .unwrap_or(0)
    };
    let deepest = context.iter().map(depth).max()?;
    let shallowest = context.iter().map(depth).min()?;
    if deepest == shallowest {
        return None;
    }
    context
        .iter()
        .filter(|errors| depth(errors) == deepest)
        .min_by_key(|errors| errors.len())
}

/// The forms the alternatives at `pointer` would have taken: their kinds and fixed words.
fn expected_forms(
    context: &[Vec<ValidationError<'static>>],
    pointer: &str,
    forms: &mut Vec<String>,
) {
    for error in context.iter().flatten() {
        if error.instance_path().as_str() != pointer {
            continue;
        }
        let form = match error.kind() {
            ValidationErrorKind::Type { kind } => Some(expected_kind(kind)),
            ValidationErrorKind::Constant { expected_value } => {
                expected_value.as_str().map(|word| format!("`{word}`"))
            }
            // A few fixed words (`not_stated`, `none`) are forms; a catalogue's keys are not.
            ValidationErrorKind::Enum { options } => {
                let words: Vec<&str> = options
                    .as_array()
                    .map(|o| o.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if words.len() <= 3 {
                    for word in words {
                        let form = format!("`{word}`");
                        if !forms.contains(&form) {
                            forms.push(form);
                        }
                    }
                }
                None
            }
            ValidationErrorKind::AnyOf { context }
            | ValidationErrorKind::OneOfNotValid { context } => {
                expected_forms(context, pointer, forms);
                None
            }
            _ => None,
        };
        if let Some(form) = form
            && !forms.contains(&form)
        {
            forms.push(form);
        }
    }
}

/// The field names the schema allows where `schema_pointer` (an `additionalProperties`
/// keyword) is: the `properties` beside it.
fn allowed_fields(schema: &Value, schema_pointer: &str) -> Vec<String> {
    let parent = schema_pointer
        .rsplit_once('/')
        .map_or("", |(parent, _)| parent);
    schema
        .pointer(parent)
        .and_then(|node| node.get("properties"))
        .and_then(Value::as_object)
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default()
}

/// The scalar written at `pointer`, for quoting.
fn value_at(file: &SourceFile, pointer: &str) -> String {
    serde_saphyr::from_str::<Value>(file.text())
        .ok()
        .and_then(|values| values.pointer(pointer).cloned())
        .map(|value| match value {
            Value::String(s) => s,
            other => other.to_string(),
        })
        .unwrap_or_default()
}

/// `/purposes/2/legal_basis` as the loader's index writes it: `purposes[2].legal_basis`.
fn yaml_path(pointer: &str) -> String {
    let mut path = String::new();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        if segment.chars().all(|c| c.is_ascii_digit()) && !segment.is_empty() {
            path.push_str(&format!("[{segment}]"));
        } else {
            path = join(&path, &segment);
        }
    }
    path
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// What a JSON Schema type is called in the loader's messages.
fn expected_kind(kind: &TypeKind) -> String {
    let one = |t: &jsonschema::JsonType| match t.to_string().as_str() {
        "array" => "a list",
        "object" => "a group of fields",
        "string" => "a text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "`true` or `false`",
        "null" => "nothing",
        _ => "another kind of value",
    };
    match kind {
        TypeKind::Single(t) => one(t).to_owned(),
        TypeKind::Multiple(types) => {
            let names: Vec<&str> = types.iter().map(|t| one(&t)).collect();
            names.join(" or ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointers_become_yaml_paths() {
        assert_eq!(yaml_path(""), "");
        assert_eq!(yaml_path("/controller"), "controller");
        assert_eq!(
            yaml_path("/purposes/2/legal_basis"),
            "purposes[2].legal_basis"
        );
        assert_eq!(yaml_path("/a~1b/0"), "a/b[0]");
    }
}

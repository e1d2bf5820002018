//! Every structural error of a YAML file at once: unknown, missing and mistyped fields.
//!
//! The loader ([`crate::load::parse`]) stops at the first error of a file, as serde does. When
//! it fails, the same text is read again as plain YAML values and validated against the JSON
//! Schema generated from the model's own types ([`crate::schema`] writes the same schema for
//! editors), so one run names every unknown field, every missing field and every value of the
//! wrong kind, each at its line. A valid file never gets here: the schema costs nothing then.
//!
//! The loader's own error stays first and keeps its words (they are tested one by one); the
//! schema only adds the errors found elsewhere in the file, and a syntax error further down is
//! added too. A misspelt required field is one finding, the misspelling, not also a missing
//! field. Errors the schema's validator reports are put in plain words from their kind, never
//! from its English messages.

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::{Diagnostic, did_you_mean, suggestion};
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
    // The loader reads as it goes, so its first error can come before a syntax error further
    // down; that one is a finding too, and the schema has nothing to read.
    let values = match load::parse::<Value>(file) {
        Ok(values) => values,
        Err(syntax) if syntax != first => return Err(vec![first, syntax]),
        Err(_) => return Err(vec![first]),
    };
    let mut found = errors(&schema_of::<T>(), &values, file);
    point_to_misplaced_fields(&mut found);
    let folded = fold_misspelt_fields(&mut found);
    // The loader's first error stays, in its own words, unless it is a missing field that a
    // misspelt one stands for: then the misspelling is the one finding.
    let mut first = Some(first).filter(|first| !folded.iter().any(|f| f.repeats(first)));
    let mut all = Vec::new();
    for f in found {
        match &mut first {
            Some(first) if f.repeats(first) => {
                if f.better_hint {
                    first.hint = f.diagnostic.hint;
                }
            }
            _ if all.contains(&f.diagnostic) => {}
            _ => all.push(f.diagnostic),
        }
    }
    all.splice(0..0, first);
    Err(all)
}

/// A required field written with a typo is both unknown and missing (`titel` for `title`):
/// one finding, the unknown one, says so. Returns the missing-field findings taken out.
fn fold_misspelt_fields(found: &mut Vec<Found>) -> Vec<Found> {
    let meant: Vec<(String, String)> = found
        .iter()
        .filter(|f| f.diagnostic.rule == ids::UNKNOWN_FIELD)
        .filter_map(|f| Some((f.meant.clone()?, f.map.clone())))
        .collect();
    let (folded, kept): (Vec<Found>, Vec<Found>) =
        std::mem::take(found).into_iter().partition(|f| {
            f.diagnostic.rule == ids::MISSING_FIELD
                && f.field
                    .as_ref()
                    .is_some_and(|field| meant.iter().any(|(m, map)| m == field && *map == f.map))
        });
    *found = kept;
    for f in found.iter_mut() {
        let Some(m) = &f.meant else {
            continue;
        };
        if folded
            .iter()
            .any(|g| g.field.as_ref() == Some(m) && g.map == f.map)
        {
            f.diagnostic.hint = Some(format!(
                "did you mean `{m}`? A `{m}` is required here, and none is written"
            ));
            f.better_hint = true;
        }
    }
    folded
}

/// One structural error the schema found, with what it is about.
struct Found {
    diagnostic: Diagnostic,
    /// The field an unknown-field or missing-field error names.
    field: Option<String>,
    /// The YAML path of the map the field is in, or is missing from.
    map: String,
    /// The hint says more than the loader's would: where a misplaced field belongs, or that
    /// a misspelt one is required.
    better_hint: bool,
    /// For an unknown field, the allowed one it is closest to.
    meant: Option<String>,
}

impl Found {
    fn new(diagnostic: Diagnostic, field: Option<&str>, map: &str) -> Found {
        Found {
            diagnostic,
            field: field.map(str::to_owned),
            map: map.to_owned(),
            better_hint: false,
            meant: None,
        }
    }

    /// Whether the loader's `first` error is about the same mistake: the same rule at the
    /// same value. The loader places a missing field at its map, so that one is the same
    /// field (the same message) missing from the same map.
    fn repeats(&self, first: &Diagnostic) -> bool {
        let (Some(mine), Some(theirs)) = (&self.diagnostic.location, &first.location) else {
            return false;
        };
        if self.diagnostic.rule != first.rule {
            return false;
        }
        if self.diagnostic.rule == ids::MISSING_FIELD {
            return self.diagnostic.message == first.message
                && load::counted_from_one(&self.map) == theirs.yaml_path;
        }
        mine.yaml_path == theirs.yaml_path
    }
}

/// A field indented one level too little is unknown where it is and missing where it belongs
/// (`country` under `controller` instead of in `controller.address`): the unknown one's hint
/// says where it goes. Only a map inside the one the field stands in can be where it belongs.
fn point_to_misplaced_fields(found: &mut [Found]) {
    let missing: Vec<(String, String)> = found
        .iter()
        .filter(|f| f.diagnostic.rule == ids::MISSING_FIELD)
        .filter_map(|f| Some((f.field.clone()?, f.map.clone())))
        .collect();
    for f in found
        .iter_mut()
        .filter(|f| f.diagnostic.rule == ids::UNKNOWN_FIELD)
    {
        let Some(field) = &f.field else {
            continue;
        };
        let inside = |map: &str| {
            map != f.map
                && (f.map.is_empty()
                    || map.starts_with(&format!("{}.", f.map))
                    || map.starts_with(&format!("{}[", f.map)))
        };
        if let Some((_, map)) = missing.iter().find(|(m, map)| m == field && inside(map)) {
            let shown = load::counted_from_one(map);
            f.diagnostic.hint = Some(format!(
                "`{shown}` is missing a `{field}`: if this is it, indent it like the fields of `{shown}`"
            ));
            f.better_hint = true;
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

/// The structural errors in `values`, located in `file`.
fn errors(schema: &Value, values: &Value, file: &SourceFile) -> Vec<Found> {
    let Ok(validator) = jsonschema::validator_for(schema) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for error in validator.iter_errors(values) {
        explain(schema, values, &error, file, &mut found);
    }
    found
}

/// Puts one validation error in words, at its place. An error about alternatives (a value or
/// `not_stated`, a key or a custom entry) is explained by the alternative that came closest.
fn explain(
    schema: &Value,
    values: &Value,
    error: &ValidationError<'_>,
    file: &SourceFile,
    found: &mut Vec<Found>,
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
                let names: Vec<&str> = allowed.iter().map(String::as_str).collect();
                let diagnostic = if names.is_empty() {
                    diagnostic
                } else {
                    diagnostic.hint(suggestion(field, &names))
                };
                let mut unknown = Found::new(diagnostic, Some(field), &path);
                unknown.meant = did_you_mean(field, names.iter().copied()).map(str::to_owned);
                found.push(unknown);
            }
        }
        ValidationErrorKind::Required { property } => {
            let field = property.as_str().unwrap_or_default();
            let diagnostic =
                Diagnostic::error(ids::MISSING_FIELD, format!("the field `{field}` is missing"))
                    .at(at(&join(&path, field)))
                    .hint(format!(
                        "add `{field}:` here; if it is there already, check that it is indented like the fields next to it"
                    ));
            found.push(Found::new(diagnostic, Some(field), &path));
        }
        ValidationErrorKind::Type { kind } => found.push(Found::new(
            Diagnostic::error(
                ids::WRONG_TYPE,
                format!("expected {} here", expected_kind(kind)),
            )
            .at(at(&path)),
            None,
            &path,
        )),
        ValidationErrorKind::Enum { options } => {
            let written = match values.pointer(pointer) {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            let names: Vec<&str> = options
                .as_array()
                .map(|o| o.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let diagnostic = Diagnostic::error(
                ids::WRONG_TYPE,
                format!("`{written}` is not one of the values allowed here"),
            )
            .at(at(&path));
            let diagnostic = if names.is_empty() {
                diagnostic
            } else {
                diagnostic.hint(suggestion(&written, &names))
            };
            found.push(Found::new(diagnostic, None, &path));
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            if let Some(closest) = closest_alternative(context) {
                for error in closest {
                    explain(schema, values, error, file, found);
                }
            } else if values.pointer(pointer).is_some_and(Value::is_string)
                && let Some(key) = enum_error(context, pointer)
            {
                // A word where a key or nothing may stand (an optional catalogue field): a
                // key is what was meant.
                explain(schema, values, key, file, found);
            } else {
                let mut forms = Vec::new();
                expected_forms(context, pointer, &mut forms);
                let expected = match forms.split_last() {
                    None => "another kind of value".to_owned(),
                    Some((last, [])) => last.clone(),
                    Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
                };
                found.push(Found::new(
                    Diagnostic::error(ids::WRONG_TYPE, format!("expected {expected} here"))
                        .at(at(&path))
                        .hint("the schema (`privasite schema`) and the example policy show the forms this field takes"),
                    None,
                    &path,
                ));
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
/// the value itself: then its form is wrong, whichever form was meant.
fn closest_alternative<'c>(
    context: &'c [Vec<ValidationError<'static>>],
) -> Option<&'c Vec<ValidationError<'static>>> {
    let depth =
        |errors: &Vec<ValidationError<'static>>| errors.iter().map(error_depth).max().unwrap_or(0);
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

/// How deep inside the document an error lies. An unknown or missing field is reported at its
/// map but is about what is inside it; alternatives lie as deep as their deepest error.
fn error_depth(error: &ValidationError<'_>) -> usize {
    let at = error.instance_path().as_str().matches('/').count();
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { .. } | ValidationErrorKind::Required { .. } => {
            at + 1
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            context
                .iter()
                .flatten()
                .map(error_depth)
                .max()
                .unwrap_or(at)
        }
        _ => at,
    }
}

/// Among the alternatives at `pointer`, an error of a list of keys (a catalogue) the value is
/// not in.
fn enum_error<'c>(
    context: &'c [Vec<ValidationError<'static>>],
    pointer: &str,
) -> Option<&'c ValidationError<'static>> {
    context.iter().flatten().find_map(|error| {
        if error.instance_path().as_str() != pointer {
            return None;
        }
        match error.kind() {
            ValidationErrorKind::Enum { options }
                if options.as_array().is_some_and(|o| o.len() > 3) =>
            {
                Some(error)
            }
            ValidationErrorKind::AnyOf { context }
            | ValidationErrorKind::OneOfNotValid { context } => enum_error(context, pointer),
            _ => None,
        }
    })
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
            // An optional field may be left out; nobody writes `null` for it.
            ValidationErrorKind::Type { kind } => {
                Some(expected_kind(kind)).filter(|form| form != "nothing")
            }
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
        // `integer or null` is an optional number: the number is what may be written.
        TypeKind::Multiple(types) => {
            let names: Vec<&str> = types
                .iter()
                .map(|t| one(&t))
                .filter(|name| *name != "nothing")
                .collect();
            if names.is_empty() {
                "nothing".to_owned()
            } else {
                names.join(" or ")
            }
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

//! The built-in translations read as Fluent syntax, for tests about their wording: which
//! messages exist, what text each can show, and how each chooses by `$register`.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use crate::helpers::repo;

/// The built-in `.ftl` files of a language.
pub const FILES: [&str; 2] = ["catalogue.ftl", "pages.ftl"];

/// A message's value or one of its attributes, by its name (`country-US.in-text`).
pub struct Text {
    pub file: &'static str,
    pub name: String,
    pub pattern: Pattern<String>,
}

/// Every message value and attribute of the built-in files of `lang`.
pub fn texts(lang: &str) -> Vec<Text> {
    let mut out = Vec::new();
    for file in FILES {
        let path = repo().join("locales").join(lang).join(file);
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source)
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name;
            if let Some(pattern) = message.value {
                out.push(Text {
                    file,
                    name: id.clone(),
                    pattern,
                });
            }
            for attribute in message.attributes {
                out.push(Text {
                    file,
                    name: format!("{id}.{}", attribute.id.name),
                    pattern: attribute.value,
                });
            }
        }
    }
    out
}

/// Which variants of a choice on `$register` to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Read {
    /// Every variant of every choice: all the words a message can show.
    All,
    /// For choices on `$register`, only the variant with this key; other choices whole.
    Register(&'static str),
}

/// The text of `pattern` as `read` selects it, placeables other than choices left out.
pub fn words(pattern: &Pattern<String>, read: Read) -> String {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push(' ');
                out.push_str(&expression_words(expression, read));
                out.push(' ');
            }
        }
    }
    out
}

fn expression_words(expression: &Expression<String>, read: Read) -> String {
    match expression {
        Expression::Select { selector, variants } => {
            let on_register = is_register(selector);
            variants
                .iter()
                .filter(|v| match read {
                    Read::Register(key) if on_register => variant_key(v) == key,
                    _ => true,
                })
                .map(|v| words(&v.value, read))
                .collect::<Vec<_>>()
                .join(" ")
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            expression_words(expression, read)
        }
        Expression::Inline(_) => String::new(),
    }
}

/// The choices on `$register` in `pattern`, at any depth: each as its variants' keys, with the
/// default's.
pub fn register_choices(pattern: &Pattern<String>) -> Vec<(Vec<String>, String)> {
    let mut out = Vec::new();
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_choices(expression, &mut out);
        }
    }
    out
}

fn collect_choices(expression: &Expression<String>, out: &mut Vec<(Vec<String>, String)>) {
    match expression {
        Expression::Select { selector, variants } => {
            if is_register(selector) {
                let keys = variants.iter().map(|v| variant_key(v).to_owned()).collect();
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| variant_key(v).to_owned())
                    .unwrap_or_default();
                out.push((keys, default));
            }
            for v in variants {
                out.extend(register_choices(&v.value));
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            collect_choices(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// The text a message shows in `register` when it takes no variable but `$register`; `None`
/// for a message with other placeables.
pub fn fixed_text(pattern: &Pattern<String>, register: &'static str) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } if is_register(selector) => {
                let variant = variants
                    .iter()
                    .find(|v| variant_key(v) == register)
                    .or_else(|| variants.iter().find(|v| v.default))?;
                out.push_str(&fixed_text(&variant.value, register)?);
            }
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

fn is_register(selector: &InlineExpression<String>) -> bool {
    matches!(selector, InlineExpression::VariableReference { id } if id.name == "register")
}

fn variant_key(variant: &fluent_syntax::ast::Variant<String>) -> &str {
    match &variant.key {
        fluent_syntax::ast::VariantKey::Identifier { name } => name,
        fluent_syntax::ast::VariantKey::NumberLiteral { value } => value,
    }
}

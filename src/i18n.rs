//! Fluent translations: every fixed sentence of the site, in every language.
//!
//! The built-in messages for nl, fr and en are compiled into the binary. A site's own
//! `locales/<lang>/*.ftl` files are added on top, message by message, so an author can reword
//! one sentence or add a language without copying the rest. A message missing in a language is
//! an error, never a fallback to another language. Dates are formatted here, with month names
//! from the messages, because Fluent has no date formatting of its own.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::diagnostic::{Diagnostic, Location};
use crate::policy::Date;

/// The built-in `.ftl` files: (language, file name, text).
const BUILT_IN: &[(&str, &str, &str)] = &[
    (
        "nl",
        "catalogue.ftl",
        include_str!("../locales/nl/catalogue.ftl"),
    ),
    ("nl", "pages.ftl", include_str!("../locales/nl/pages.ftl")),
    (
        "fr",
        "catalogue.ftl",
        include_str!("../locales/fr/catalogue.ftl"),
    ),
    ("fr", "pages.ftl", include_str!("../locales/fr/pages.ftl")),
    (
        "en",
        "catalogue.ftl",
        include_str!("../locales/en/catalogue.ftl"),
    ),
    ("en", "pages.ftl", include_str!("../locales/en/pages.ftl")),
];

/// A message that could not be produced.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MessageError {
    #[error("the message `{id}` does not exist in the `{lang}` translations")]
    Missing { lang: String, id: String },
    #[error("the message `{id}` in `{lang}` could not be formatted: {reason}")]
    Format {
        lang: String,
        id: String,
        reason: String,
    },
    #[error("there are no translations for the language `{0}`")]
    NoLanguage(String),
}

/// One Fluent bundle per language.
pub struct Translations {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("languages", &self.bundles.keys())
            .finish()
    }
}

/// The languages a site adds through `locales/<lang>/` folders, sorted.
pub fn site_languages(root: &Path) -> Vec<String> {
    let mut langs: Vec<String> = std::fs::read_dir(root.join("locales"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .collect();
    langs.sort();
    langs
}

impl Translations {
    /// Loads the built-in messages, then the site's `locales/<lang>/*.ftl` on top.
    pub fn load(root: &Path, languages: &[String]) -> Result<Translations, Vec<Diagnostic>> {
        let mut bundles = BTreeMap::new();
        let mut problems = Vec::new();
        for lang in languages {
            let id: unic_langid::LanguageIdentifier = match lang.parse() {
                Ok(id) => id,
                Err(_) => {
                    problems.push(Diagnostic::error(format!(
                        "`{lang}` is not a language code"
                    )));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks would wrap every value in invisible characters that end
            // up in the HTML and in copied text; our values are never mixed-direction.
            bundle.set_use_isolating(false);
            for (built_in_lang, name, text) in BUILT_IN {
                if built_in_lang == lang {
                    let file = PathBuf::from(format!("<built-in>/locales/{lang}/{name}"));
                    match parse_resource(&file, text) {
                        Ok(resource) => bundle.add_resource_overriding(resource),
                        Err(mut errs) => problems.append(&mut errs),
                    }
                }
            }
            for file in ftl_files(&root.join("locales").join(lang)) {
                let relative = file.strip_prefix(root).unwrap_or(&file).to_path_buf();
                match std::fs::read_to_string(&file) {
                    Ok(text) => match parse_resource(&relative, &text) {
                        Ok(resource) => bundle.add_resource_overriding(resource),
                        Err(mut errs) => problems.append(&mut errs),
                    },
                    Err(e) => problems.push(Diagnostic::error(format!(
                        "cannot read {}: {e}",
                        relative.display()
                    ))),
                }
            }
            bundles.insert(lang.clone(), bundle);
        }
        if problems.is_empty() {
            Ok(Translations { bundles })
        } else {
            Err(problems)
        }
    }

    /// Formats message `id` in `lang`. Any missing message or unresolved variable is an error.
    pub fn message(
        &self,
        lang: &str,
        id: &str,
        args: Option<&FluentArgs>,
    ) -> Result<String, MessageError> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| MessageError::NoLanguage(lang.to_owned()))?;
        let missing = || MessageError::Missing {
            lang: lang.to_owned(),
            id: id.to_owned(),
        };
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if let Some(first) = errors.first() {
            return Err(MessageError::Format {
                lang: lang.to_owned(),
                id: id.to_owned(),
                reason: first.to_string(),
            });
        }
        Ok(text.into_owned())
    }

    /// A date in the language's own form: "1 maart 2026", "1er mars 2026", "1 March 2026".
    pub fn date(&self, lang: &str, date: Date) -> Result<String, MessageError> {
        let month = self.message(lang, &format!("month-{}", u8::from(date.month())), None)?;
        let mut args = FluentArgs::new();
        args.set("day", FluentValue::from(date.day()));
        args.set("month", FluentValue::from(month));
        args.set("year", FluentValue::from(date.year().to_string()));
        self.message(lang, "date", Some(&args))
    }
}

fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    files
}

/// Parses one `.ftl` file; every syntax error is fatal, with its line and column.
fn parse_resource(file: &Path, text: &str) -> Result<FluentResource, Vec<Diagnostic>> {
    FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
        errors
            .into_iter()
            .map(|e| {
                let (line, column) = line_column(text, e.pos.start);
                Diagnostic::error(format!(
                    "this translation file has a syntax error: {}",
                    e.kind
                ))
                .at(Some(Location {
                    file: file.to_path_buf(),
                    line,
                    column,
                    yaml_path: String::new(),
                }))
                .hint("a message is written `id = text`; continuation lines start with spaces")
            })
            .collect()
    })
}

fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in(langs: &[&str]) -> Translations {
        let langs: Vec<String> = langs.iter().map(|s| s.to_string()).collect();
        Translations::load(Path::new("/nonexistent"), &langs).unwrap()
    }

    // Dates read as a native speaker writes them, including the French "1er".
    #[test]
    fn formats_dates_per_language() {
        let t = built_in(&["nl", "fr", "en"]);
        let d = time::macros::date!(2026 - 03 - 01);
        assert_eq!(t.date("nl", d).unwrap(), "1 maart 2026");
        assert_eq!(t.date("fr", d).unwrap(), "1er mars 2026");
        assert_eq!(t.date("en", d).unwrap(), "1 March 2026");
        let d = time::macros::date!(2026 - 12 - 24);
        assert_eq!(t.date("fr", d).unwrap(), "24 décembre 2026");
    }

    // A missing message is an error naming the id and language, not a placeholder.
    #[test]
    fn missing_message_is_an_error() {
        let t = built_in(&["en"]);
        assert_eq!(
            t.message("en", "no-such-message", None),
            Err(MessageError::Missing {
                lang: "en".into(),
                id: "no-such-message".into()
            })
        );
    }

    // All three built-in languages define exactly the same message ids and attributes.
    #[test]
    fn built_in_languages_have_the_same_messages() {
        let ids = |lang: &str| -> Vec<String> {
            let mut ids: Vec<String> = BUILT_IN
                .iter()
                .filter(|(l, ..)| *l == lang)
                .flat_map(|(_, _, text)| {
                    text.lines()
                        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
                        .filter(|id| !id.starts_with([' ', '#']) && !id.is_empty())
                        .map(str::to_owned)
                        .collect::<Vec<_>>()
                })
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(ids("nl"), ids("en"));
        assert_eq!(ids("fr"), ids("en"));
        assert!(ids("en").len() > 100);
    }
}

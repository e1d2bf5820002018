//! Fluent translations: every fixed sentence of the site, in every language it publishes in.
//!
//! The built-in messages (`assets::LOCALES`) come first; a site's own `locales/<lang>/*.ftl`
//! files are added on top, message by message, so an author can reword one sentence or add a
//! language without copying the rest. A message missing in a language is an error, never a
//! fallback to another language: a language added by a site is compared with the built-in
//! English messages, and every missing one is reported at once, naming the file to add it to.
//! Dates are formatted here, with month names from the messages, because Fluent has no date
//! formatting of its own.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::parser::ErrorKind as ParserErrorKind;

use crate::assets;
use crate::catalogue::Register;
use crate::diagnostic::{Diagnostic, Location, SourceMap};
use crate::policy::Date;
use crate::project::Project;

/// Rule id: a translation file with a syntax error.
pub const TRANSLATION_FILE: &str = "PS-S15";
/// Rule id: a message missing in a language.
pub const MISSING_MESSAGE: &str = "PS-S16";

/// The language whose built-in messages define the full set every language must have.
const REFERENCE_LANGUAGE: &str = "en";

/// A message that could not be produced.
#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum MessageError {
    /// No message with this id in this language.
    #[error("the message `{id}` does not exist in the `{lang}` translations")]
    Missing {
        /// The language.
        lang: String,
        /// The message id.
        id: String,
    },
    /// The message exists but refers to something that does not.
    #[error("the message `{id}` in `{lang}` cannot be shown: {reason}")]
    Format {
        /// The language.
        lang: String,
        /// The message id.
        id: String,
        /// What Fluent could not resolve.
        reason: String,
        /// Where the message is defined, when it is one of the site's own files.
        defined_at: Option<Box<Location>>,
    },
    /// The language has no bundle at all.
    #[error("there are no translations for the language `{0}`")]
    NoLanguage(String),
}

impl MessageError {
    /// The finding for this error.
    pub fn diagnostic(&self) -> Diagnostic {
        let d = Diagnostic::error(MISSING_MESSAGE, self.to_string());
        match self {
            MessageError::Format { defined_at, .. } => d.at(defined_at.as_deref().cloned()).hint(
                "a variable is written `{ $name }` and must be one the message is given; another message is referred to as `{ other-id }`",
            ),
            MessageError::Missing { lang, .. } => d.hint(format!(
                "add it to a file in `locales/{lang}/`, such as `locales/{lang}/site.ftl`"
            )),
            MessageError::NoLanguage(lang) => {
                d.hint(format!("add a folder `locales/{lang}/` with its translations"))
            }
        }
    }
}

/// The Fluent variable every message is given: the site's [`Register`], as its key
/// (`formal`, `informal`). A message that addresses the reader selects on it,
/// `{ $register -> [informal] … *[formal] … }`, so no template or view passes it.
pub const REGISTER_VARIABLE: &str = "register";

/// One Fluent bundle per language, and where the site's own messages are defined.
pub struct Translations {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    /// (language, message id) → where a site file defines it, for locating format errors.
    site_messages: HashMap<(String, String), Location>,
    /// How the messages address the reader.
    register: Register,
    /// What the messages were made from, as a digest: see [`Translations::identity`].
    identity: Vec<u8>,
}

impl std::fmt::Debug for Translations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translations")
            .field("languages", &self.bundles.keys())
            .field("register", &self.register)
            .finish()
    }
}

/// Why translations could not be loaded: every problem, with the texts to quote.
#[derive(Debug, Default)]
pub struct LoadErrors {
    /// Every problem found.
    pub diagnostics: Vec<Diagnostic>,
    /// The files they point into.
    pub sources: SourceMap,
}

/// The languages a site adds or rewords through `locales/<lang>/` folders, sorted.
pub fn site_languages(project: &Project) -> Vec<String> {
    project
        .list_folders(Path::new("locales"))
        .unwrap_or_default()
}

/// The languages that have translations: built in, or given by the site.
pub fn known_languages(project: &Project) -> Vec<String> {
    let mut langs: BTreeSet<String> = assets::built_in_languages()
        .into_iter()
        .map(str::to_owned)
        .collect();
    langs.extend(site_languages(project));
    langs.into_iter().collect()
}

/// A digest of what a set of translations is made from: the languages, the register and the
/// site's own `.ftl` files. The built-in files are part of the program, the same for the life of
/// the process.
fn identity(languages: &[String], register: Register, site_files: &SourceMap) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    let mut digest = Sha256::new();
    digest.update(format!("{languages:?} {register:?}\n"));
    site_files.digest_into(&mut digest);
    digest.finalize().to_vec()
}

impl Translations {
    /// Equal for two sets of translations made from the same files, languages and register
    /// within one process, and so formatting every message alike: what a result rendered with
    /// them is remembered by.
    pub fn identity(&self) -> &[u8] {
        &self.identity
    }

    /// No messages at all: every message is missing. For a preview whose translations do not
    /// load, so it can still show a build's errors.
    pub fn empty() -> Translations {
        Translations {
            bundles: BTreeMap::new(),
            site_messages: HashMap::new(),
            register: Register::default(),
            identity: Vec::new(),
        }
    }

    /// The built-in messages alone, for text that belongs to privasite rather than to a site
    /// (the editor schema's labels, the preview's error page), in the default register.
    pub fn built_in(languages: &[String]) -> Result<Translations, LoadErrors> {
        Translations::load(&Project::nothing(), languages, Register::default())
    }

    /// Loads the built-in messages, then the site's `locales/<lang>/*.ftl` on top. Every
    /// message is then formatted in `register` (the site's `register:`).
    pub fn load(
        project: &Project,
        languages: &[String],
        register: Register,
    ) -> Result<Translations, LoadErrors> {
        let mut bundles = BTreeMap::new();
        let mut errors = LoadErrors::default();
        let mut site_messages = HashMap::new();
        let reference_ids = built_in_ids(REFERENCE_LANGUAGE);
        for lang in languages {
            let id: unic_langid::LanguageIdentifier = match lang.parse() {
                Ok(id) => id,
                Err(_) => {
                    errors.diagnostics.push(Diagnostic::error(
                        MISSING_MESSAGE,
                        format!("`{lang}` is not a language code"),
                    ));
                    continue;
                }
            };
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Unicode isolation marks would wrap every value in invisible characters that end
            // up in the HTML and in copied text; our values are never mixed-direction.
            bundle.set_use_isolating(false);
            let mut ids: BTreeSet<String> = BTreeSet::new();
            for asset in assets::locale_files(lang) {
                let file = PathBuf::from(format!("<built-in>/locales/{}", asset.path));
                if let Some(resource) = parse_resource(&file, asset.text(), &mut errors) {
                    ids.extend(message_ids(&resource));
                    bundle.add_resource_overriding(resource);
                }
            }
            let folder = PathBuf::from("locales").join(lang);
            for name in project.list_files(&folder).unwrap_or_default() {
                if !name.ends_with(".ftl") {
                    continue;
                }
                let relative = folder.join(&name);
                let text = match project.read_text(&relative) {
                    Ok(Some(text)) => text,
                    Ok(None) => continue,
                    Err(e) => {
                        errors.diagnostics.push(Diagnostic::error(
                            crate::load::ids::UNREADABLE,
                            e.to_string(),
                        ));
                        continue;
                    }
                };
                // The repository's own locales are the built-ins' source: loading them again
                // would parse every message twice for nothing.
                if is_built_in_copy(lang, &name, &text) {
                    continue;
                }
                errors.sources.insert(relative.clone(), text.clone());
                if let Some(resource) = parse_resource(&relative, &text, &mut errors) {
                    for (message, line) in message_lines(&text) {
                        site_messages.insert(
                            (lang.clone(), message.to_owned()),
                            Location {
                                file: relative.clone(),
                                line,
                                column: 1,
                                yaml_path: String::new(),
                            },
                        );
                    }
                    ids.extend(message_ids(&resource));
                    bundle.add_resource_overriding(resource);
                }
            }
            let site_files = project.list_files(&folder).unwrap_or_default();
            let missing: Vec<&String> = reference_ids
                .iter()
                .filter(|id| !ids.contains(*id))
                .collect();
            errors
                .diagnostics
                .extend(missing_messages(lang, &missing, &site_files));
            bundles.insert(lang.clone(), bundle);
        }
        if errors.diagnostics.is_empty() {
            let identity = identity(languages, register, &errors.sources);
            Ok(Translations {
                bundles,
                site_messages,
                register,
                identity,
            })
        } else {
            Err(errors)
        }
    }

    /// Formats message `id` in `lang`, with `args` and the site's register (`$register`; an
    /// argument of that name in `args` wins). Any missing message or unresolved variable is an
    /// error. Every message privasite shows is formatted here or in [`Self::message_in`].
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
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| MessageError::Missing {
                lang: lang.to_owned(),
                id: id.to_owned(),
            })?;
        let args = self.with_register(args);
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if let Some(first) = errors.first() {
            return Err(MessageError::Format {
                lang: lang.to_owned(),
                id: id.to_owned(),
                reason: format_failure(first),
                defined_at: self
                    .site_messages
                    .get(&(lang.to_owned(), id.to_owned()))
                    .cloned()
                    .map(Box::new),
            });
        }
        Ok(text.into_owned())
    }

    /// The attribute `attr` of message `id` in `lang` when the message has it, else its value:
    /// `country-US` is "United States" in a table and `.in-text` "the United States" in a sentence.
    pub fn message_in(&self, lang: &str, id: &str, attr: &str) -> Result<String, MessageError> {
        let bundle = self
            .bundles
            .get(lang)
            .ok_or_else(|| MessageError::NoLanguage(lang.to_owned()))?;
        let Some(pattern) = bundle
            .get_message(id)
            .and_then(|m| m.get_attribute(attr))
            .map(|a| a.value())
        else {
            return self.message(lang, id, None);
        };
        let args = self.with_register(None);
        let mut errors = Vec::new();
        Ok(bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned())
    }

    /// How the messages address the reader.
    pub fn register(&self) -> Register {
        self.register
    }

    /// `args` with `$register` added, unless `args` gives it already. Texts are borrowed, not
    /// copied: this runs for every message of every page.
    fn with_register<'a>(&self, args: Option<&'a FluentArgs<'a>>) -> FluentArgs<'a> {
        let given = args.map_or(0, |a| a.iter().count());
        let mut all = FluentArgs::with_capacity(given + 1);
        all.set(REGISTER_VARIABLE, FluentValue::from(self.register.key()));
        for (name, value) in args.into_iter().flat_map(FluentArgs::iter) {
            let value = match value {
                FluentValue::String(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
                other => other.clone(),
            };
            all.set(name, value);
        }
        all
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

/// A shared handle on loaded translations.
pub type SharedTranslations = Arc<Translations>;

/// How many missing ids a finding names before "…".
const MISSING_SHOWN: usize = 3;

/// The messages `lang` lacks, as one finding per file: the file of the built-in English
/// messages they belong in, which the language's own file mirrors. A new language lacks
/// hundreds; one finding per file says what to do once.
fn missing_messages(lang: &str, missing: &[&String], site_files: &[String]) -> Vec<Diagnostic> {
    let mut by_file: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for id in missing {
        let file = assets::locale_files(REFERENCE_LANGUAGE)
            .find(|a| message_ids_of_text(a.text()).any(|m| m == id.as_str()))
            .map_or("site.ftl", |a| a.file_name());
        by_file.entry(file).or_default().push(id.as_str());
    }
    by_file
        .into_iter()
        .map(|(file, ids)| {
            let target = format!("locales/{lang}/{file}");
            let english = format!("locales/{REFERENCE_LANGUAGE}/{file}");
            let exists = site_files.iter().any(|f| f == file);
            let (message, hint) = match ids.as_slice() {
                [one] => (
                    format!("the message `{one}` is missing from `{target}`"),
                    format!(
                        "add `{one} = …` to `{target}`, translated from privasite's `{english}`"
                    ),
                ),
                many => {
                    let shown: Vec<String> = many
                        .iter()
                        .take(MISSING_SHOWN)
                        .map(|id| format!("`{id}`"))
                        .collect();
                    let more = if many.len() > MISSING_SHOWN {
                        ", …"
                    } else {
                        ""
                    };
                    let hint = if exists {
                        format!("add them to `{target}`, translated from privasite's `{english}`")
                    } else {
                        format!("copy privasite's `{english}` to `{target}` and translate it")
                    };
                    (
                        format!(
                            "{} messages are missing from `{target}`, such as {}{more}",
                            many.len(),
                            shown.join(", ")
                        ),
                        hint,
                    )
                }
            };
            let location = exists.then(|| Location {
                file: PathBuf::from(&target),
                line: 0,
                column: 0,
                yaml_path: String::new(),
            });
            Diagnostic::error(MISSING_MESSAGE, message)
                .at(location)
                .hint(hint)
        })
        .collect()
}

/// Whether a site's file is byte for byte the built-in one of the same name.
fn is_built_in_copy(lang: &str, name: &str, text: &str) -> bool {
    assets::locale_files(lang).any(|a| a.file_name() == name && a.text() == text)
}

/// The ids of the built-in messages of `lang`.
fn built_in_ids(lang: &str) -> BTreeSet<String> {
    assets::locale_files(lang)
        .flat_map(|a| {
            message_ids_of_text(a.text())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn message_ids(resource: &FluentResource) -> impl Iterator<Item = String> + '_ {
    resource.entries().filter_map(|e| match e {
        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
        _ => None,
    })
}

/// The message ids defined in `.ftl` text, from lines of the form `id = …`.
fn message_ids_of_text(text: &str) -> impl Iterator<Item = &str> {
    message_lines(text).map(|(id, _)| id)
}

/// Message ids with the 1-based line each is defined on.
fn message_lines(text: &str) -> impl Iterator<Item = (&str, usize)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let (id, _) = line.split_once('=')?;
        let id = id.trim_end();
        let valid = !id.is_empty()
            && id.starts_with(|c: char| c.is_ascii_alphabetic())
            && id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        valid.then_some((id, i + 1))
    })
}

/// Parses one `.ftl` file; every syntax error is reported with its line and column.
fn parse_resource(file: &Path, text: &str, errors: &mut LoadErrors) -> Option<FluentResource> {
    match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => Some(resource),
        Err((_, parse_errors)) => {
            for e in parse_errors {
                let (line, column) = line_column(text, e.pos.start);
                let (what, hint) = syntax_error_words(&e.kind);
                errors.diagnostics.push(
                    Diagnostic::error(
                        TRANSLATION_FILE,
                        format!("this translation file has a syntax error: {what}"),
                    )
                    .at(Some(Location {
                        file: file.to_path_buf(),
                        line,
                        column,
                        yaml_path: String::new(),
                    }))
                    .hint(hint),
                );
            }
            None
        }
    }
}

/// A Fluent syntax error, by its kind: what is wrong in plain words, and what to do. Fluent's
/// own words are kept, as a detail, only for kinds not put in words here.
fn syntax_error_words(kind: &ParserErrorKind) -> (String, String) {
    const FORM: &str = "a message is written `id = text` at the start of a line; lines that continue its text start with spaces";
    const BRACES: &str = "a variable is written `{ $name }`, another message `{ other-id }`; to show a brace itself, write `{\"{\"}` or `{\"}\"}`";
    match kind {
        ParserErrorKind::ExpectedToken('=') => (
            "the message name is not followed by `=` and its text".into(),
            FORM.into(),
        ),
        ParserErrorKind::ExpectedToken('}') | ParserErrorKind::ExpectedToken('{') => {
            ("a `{` is not closed with `}`".into(), BRACES.into())
        }
        ParserErrorKind::UnbalancedClosingBrace => ("a `}` closes no `{`".into(), BRACES.into()),
        ParserErrorKind::ExpectedCharRange { .. } => (
            "this line starts neither a message nor the continuation of one".into(),
            format!("{FORM}; a message name starts with a letter"),
        ),
        ParserErrorKind::ExpectedMessageField { entry_id } => (
            format!("the message `{entry_id}` has no text"),
            format!("write its text after `{entry_id} = `"),
        ),
        ParserErrorKind::ExpectedTermField { entry_id } => (
            format!("the term `-{entry_id}` has no text"),
            format!("write its text after `-{entry_id} = `"),
        ),
        ParserErrorKind::MissingValue => ("a message has no text after `=`".into(), FORM.into()),
        ParserErrorKind::UnterminatedStringLiteral => (
            "a quoted text inside `{ }` is not closed".into(),
            "end it with `\"` before the `}`".into(),
        ),
        ParserErrorKind::MissingDefaultVariant | ParserErrorKind::MultipleDefaultVariants => (
            "a choice (`{ $count -> … }`) needs exactly one default variant".into(),
            "mark one variant, and only one, with a star: `*[other] …`".into(),
        ),
        other => (
            "this line cannot be read as a translation".into(),
            format!("{FORM} (Fluent's own words: {other})"),
        ),
    }
}

fn line_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Why Fluent could not format a message, from the error's kind, in an author's words.
fn format_failure(error: &fluent_bundle::FluentError) -> String {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::{ResolverError, errors::ReferenceKind};
    let FluentError::ResolverError(error) = error else {
        return "its text cannot be read".into();
    };
    match error {
        ResolverError::Reference(ReferenceKind::Message {
            id,
            attribute: None,
        }) => {
            format!("it refers to the message `{id}`, which does not exist")
        }
        ResolverError::Reference(ReferenceKind::Message {
            id,
            attribute: Some(a),
        }) => {
            format!("it refers to `{id}.{a}`, which does not exist")
        }
        ResolverError::Reference(ReferenceKind::Term { id, .. }) => {
            format!("it refers to the term `-{id}`, which does not exist")
        }
        ResolverError::Reference(ReferenceKind::Variable { id }) => {
            format!("it uses the variable `${id}`, which this message is not given")
        }
        ResolverError::Reference(ReferenceKind::Function { id }) => {
            format!("it calls the function `{id}()`, which privasite does not provide")
        }
        ResolverError::NoValue(id) => format!("`{id}` has no text of its own"),
        ResolverError::MissingDefault => {
            "a choice (`->`) has no default variant marked with `*`".into()
        }
        ResolverError::Cyclic => "it refers to itself, directly or through other messages".into(),
        ResolverError::TooManyPlaceables => "it expands to too many placeholders".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn built_in(langs: &[&str]) -> Translations {
        let langs: Vec<String> = langs.iter().map(|s| s.to_string()).collect();
        Translations::built_in(&langs).unwrap()
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

    // Every built-in language defines exactly the messages English defines.
    #[test]
    fn built_in_languages_have_the_same_messages() {
        let reference = built_in_ids(REFERENCE_LANGUAGE);
        assert!(reference.len() > 100);
        for lang in assets::built_in_languages() {
            assert_eq!(built_in_ids(lang), reference, "{lang}");
        }
    }

    // A language added by a site gets one finding per file it lacks messages of, naming how
    // many, the first few, and the file to mirror.
    #[test]
    fn a_new_language_reports_missing_messages_per_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("locales/xx")).unwrap();
        std::fs::write(
            dir.path().join("locales/xx/pages.ftl"),
            "page-privacy = P\n",
        )
        .unwrap();
        let errors = Translations::load(
            &Project::folder(dir.path()),
            &["xx".to_owned()],
            Register::default(),
        )
        .unwrap_err();
        let files = assets::locale_files(REFERENCE_LANGUAGE).count();
        assert_eq!(errors.diagnostics.len(), files);
        let pages = errors
            .diagnostics
            .iter()
            .find(|d| d.message.contains("`locales/xx/pages.ftl`"))
            .expect("a finding for pages.ftl");
        assert!(
            pages.message.contains("messages are missing from"),
            "{}",
            pages.message
        );
        assert!(pages.message.ends_with(", …"), "{}", pages.message);
        assert_eq!(
            pages.location.as_ref().map(|l| l.file.clone()),
            Some(PathBuf::from("locales/xx/pages.ftl"))
        );
        assert!(errors.diagnostics.iter().any(|d| {
            d.hint.as_deref().is_some_and(|h| {
                h.contains(
                    "copy privasite's `locales/en/catalogue.ftl` to `locales/xx/catalogue.ftl`",
                )
            })
        }));
    }

    // Every message is given the register: a message that addresses the reader reads in
    // the site's register, with no isolation marks around the chosen words, and a caller may
    // still ask for the other one.
    #[test]
    fn messages_are_formatted_in_the_site_register() {
        let langs = ["nl".to_owned(), "fr".to_owned(), "de".to_owned()];
        let formal = Translations::built_in(&langs).unwrap();
        let informal = Translations::load(&Project::nothing(), &langs, Register::Informal).unwrap();
        assert_eq!(informal.register(), Register::Informal);
        let summary = |t: &Translations, lang| t.message(lang, "summary-rights", None).unwrap();
        assert!(summary(&formal, "nl").starts_with("U hebt rechten over uw gegevens"));
        assert!(summary(&informal, "nl").starts_with("Je hebt rechten over je gegevens"));
        assert!(summary(&informal, "fr").starts_with("Tu disposes de droits sur tes données"));
        assert!(summary(&informal, "de").starts_with("Du hast Rechte in Bezug auf deine Daten"));
        let mut args = FluentArgs::new();
        args.set("email", "privacy@example.be");
        let exercise = informal
            .message("nl", "exercise-email", Some(&args))
            .unwrap();
        assert_eq!(
            exercise,
            "Je kunt je verzoek sturen naar privacy@example.be."
        );
        assert!(!exercise.contains(['\u{2068}', '\u{2069}']));
        args.set(REGISTER_VARIABLE, "formal");
        assert_eq!(
            informal
                .message("nl", "exercise-email", Some(&args))
                .unwrap(),
            "U kunt uw verzoek sturen naar privacy@example.be."
        );
        let event = informal.message_in("nl", "event-last_order", "in").unwrap();
        assert_eq!(event, "na je laatste bestelling");
    }

    // A syntax error is put in words by its kind, not in the parser's.
    #[test]
    fn syntax_errors_are_put_in_plain_words() {
        let (what, _) = syntax_error_words(&ParserErrorKind::ExpectedToken('='));
        assert_eq!(what, "the message name is not followed by `=` and its text");
    }
}

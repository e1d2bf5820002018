//! Turns a checked [`Policy`] and the translations into the site's files, in memory.
//!
//! A [`Renderer`] is built once per build (and kept by `serve` between rebuilds): the tera
//! templates compiled from the built-in theme with the site's theme files laid over them one by
//! one, the static files, and the Fluent bundles. It then renders the pages of any policy under
//! any prefix ([`Renderer::render_policy`]), so the current version, an archived one or a page
//! for the dev server come from the same code. For each language it builds a
//! [`view::PolicyView`] (every word resolved) that the templates only lay out.
//! Reads no files after it is built and never writes: the result is a [`Site`].

pub mod faq;
pub mod typography;
pub mod urls;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::assets;
use crate::diagnostic::{Diagnostic, Location, SourceMap};
use crate::i18n::{MessageError, Translations};
use crate::policy::{Policy, Settings};
use crate::project::Project;
use crate::site::Site;
use urls::{PAGES, Urls};
use view::{PolicyView, Words};

/// Rule id: a template that cannot be compiled or rendered.
pub const TEMPLATE: &str = "PS-S17";
/// Rule id: the theme named in `site.yaml` does not exist.
pub const THEME_MISSING: &str = "PS-S18";

/// Built-in templates are registered under this prefix, so a theme's file of the same name
/// wins and the built-in one stays reachable as its fallback.
const BUILT_IN_PREFIX: &str = "builtin/";

/// Why rendering failed: every problem, with the template texts to quote.
#[derive(Debug, Default)]
pub struct RenderError {
    /// What went wrong, located in the template or translation file where possible.
    pub diagnostics: Vec<Diagnostic>,
    /// The theme files the diagnostics point into.
    pub sources: SourceMap,
}

impl RenderError {
    fn one(diagnostic: Diagnostic, sources: &SourceMap) -> RenderError {
        RenderError {
            diagnostics: vec![diagnostic],
            sources: sources.clone(),
        }
    }
}

impl From<MessageError> for RenderError {
    fn from(e: MessageError) -> Self {
        RenderError {
            diagnostics: vec![e.diagnostic()],
            sources: SourceMap::default(),
        }
    }
}

/// The compiled theme and the translations, ready to render any number of pages.
pub struct Renderer {
    tera: Tera,
    translations: Arc<Translations>,
    static_files: BTreeMap<String, Vec<u8>>,
    /// Template name → file, for locating template errors.
    template_files: BTreeMap<String, PathBuf>,
    sources: SourceMap,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer")
            .field("templates", &self.template_files.keys())
            .finish()
    }
}

impl Renderer {
    /// Compiles the built-in theme with the site's `themes/<theme>/` laid over it.
    /// `theme_at` locates the `theme` setting, for the error when the folder is missing.
    pub fn new(
        project: &Project,
        theme: &str,
        theme_at: Option<Location>,
        translations: Arc<Translations>,
    ) -> Result<Renderer, RenderError> {
        let theme_dir = PathBuf::from("themes").join(theme);
        let themes = project
            .list_folders(Path::new("themes"))
            .map_err(|e| RenderError::one(input_error(&e), &SourceMap::default()))?;
        // `default` is built in; any other name must be a folder of the site's own.
        if theme != "default" && !themes.iter().any(|t| t == theme) {
            return Err(RenderError::one(
                Diagnostic::error(
                    THEME_MISSING,
                    format!("there is no theme `{theme}`: the folder themes/{theme} does not exist"),
                )
                .at(theme_at)
                .hint("create the folder with the templates you want to replace, or write `theme: default`"),
                &SourceMap::default(),
            ));
        }
        let mut renderer = Renderer {
            tera: Tera::default(),
            translations: translations.clone(),
            static_files: BTreeMap::new(),
            template_files: BTreeMap::new(),
            sources: SourceMap::default(),
        };
        renderer.compile(project, &theme_dir, translations)?;
        renderer.static_files = static_files(project, &theme_dir)?;
        Ok(renderer)
    }

    /// The translations the renderer was built with.
    pub fn translations(&self) -> &Arc<Translations> {
        &self.translations
    }

    fn compile(
        &mut self,
        project: &Project,
        theme_dir: &Path,
        translations: Arc<Translations>,
    ) -> Result<(), RenderError> {
        let setup = |e: tera::Error| {
            RenderError::one(
                Diagnostic::error(TEMPLATE, format!("the templates could not be set up: {e}")),
                &SourceMap::default(),
            )
        };
        self.tera
            .set_fallback_prefixes([BUILT_IN_PREFIX])
            .map_err(setup)?;
        // Registered first: tera checks function names when a template is added.
        self.tera
            .register_function("t", move |kwargs: Kwargs, state: &State| {
                translate(&translations, kwargs, state)
            });
        let mut built_in = Vec::new();
        for asset in assets::TEMPLATES {
            let name = format!("{BUILT_IN_PREFIX}{}", asset.path);
            let file = PathBuf::from(format!(
                "<built-in>/themes/default/templates/{}",
                asset.path
            ));
            self.sources.insert(file.clone(), Arc::from(asset.text()));
            self.template_files.insert(name.clone(), file);
            built_in.push((name, asset.text()));
        }
        // Added as batches: a template may include or extend one that comes later in the list.
        self.tera
            .add_raw_templates(built_in)
            .map_err(|e| self.template_error(e))?;
        let folder = theme_dir.join("templates");
        let mut theme = Vec::new();
        for name in project
            .list_files(&folder)
            .map_err(|e| RenderError::one(input_error(&e), &SourceMap::default()))?
        {
            let relative = folder.join(&name);
            let text = match project.read_text(&relative) {
                Ok(Some(text)) => text,
                Ok(None) => continue,
                Err(e) => return Err(RenderError::one(input_error(&e), &self.sources)),
            };
            // This repository's own theme is the built-in one's source; compiling it again
            // would only double the work.
            if assets::TEMPLATES
                .iter()
                .any(|a| a.path == name && a.text() == &*text)
            {
                continue;
            }
            self.sources.insert(relative.clone(), text.clone());
            self.template_files.insert(name.clone(), relative);
            theme.push((name, text));
        }
        let theme: Vec<(String, &str)> = theme.iter().map(|(n, t)| (n.clone(), &**t)).collect();
        self.tera
            .add_raw_templates(theme)
            .map_err(|e| self.template_error(e))
    }

    /// A tera error as a finding located in its template file.
    fn template_error(&self, e: tera::Error) -> RenderError {
        let (report, what) = match e.kind() {
            tera::ErrorKind::SyntaxError(report) => (Some(report), "has a syntax error"),
            tera::ErrorKind::RenderingError(report) => (Some(report), "could not be rendered"),
            _ => (None, "could not be used"),
        };
        let mut message = match report {
            Some(r) => r.message().to_owned(),
            None => e.to_string(),
        };
        // A function's own error (a missing message) is the cause worth showing.
        let mut cause = std::error::Error::source(&e);
        while let Some(c) = cause {
            message = format!("{message}: {c}");
            cause = c.source();
        }
        let (file, location) = match report {
            Some(r) => {
                let file = self
                    .template_files
                    .get(r.filename())
                    .cloned()
                    .unwrap_or_else(|| PathBuf::from(r.filename()));
                let span = r.span();
                let location = Location {
                    file: file.clone(),
                    line: span.start_line,
                    column: span.start_col + 1,
                    yaml_path: String::new(),
                };
                (file, Some(location))
            }
            None => (PathBuf::from("templates"), None),
        };
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        RenderError::one(
            Diagnostic::error(TEMPLATE, format!("the template {name} {what}: {message}"))
                .at(location)
                .hint("templates use tera 2 syntax; functions take named arguments, as in `{{ t(key=\"page-privacy\") }}`"),
            &self.sources,
        )
    }

    /// Every file of the site: the current policy's pages in every language, the language
    /// choice, the static files and `policy.json`.
    pub fn render_site(
        &self,
        settings: &Settings,
        policy: &Policy,
        mode: Mode,
    ) -> Result<Site, RenderError> {
        let mut site = Site::default();
        let urls = Urls::new(settings.base_url.as_deref());
        self.render_policy(settings, policy, "", &urls, mode, &mut site)?;
        site.insert(
            "index.html".to_owned(),
            self.render_index(settings, policy, &urls, mode)?,
        );
        for (name, bytes) in &self.static_files {
            site.insert(name.clone(), bytes.clone());
        }
        site.insert("policy.json".to_owned(), policy_json(settings, policy));
        Ok(site)
    }

    /// The privacy, cookie and FAQ pages of `policy` in every site language, placed under
    /// `prefix` inside each page's folder (empty for the current version).
    pub fn render_policy(
        &self,
        settings: &Settings,
        policy: &Policy,
        prefix: &str,
        urls: &Urls,
        mode: Mode,
        site: &mut Site,
    ) -> Result<(), RenderError> {
        let language_names: BTreeMap<&str, String> = settings
            .languages
            .iter()
            .map(|l| {
                Ok((
                    l.as_str(),
                    self.translations.message(l, "language-name", None)?,
                ))
            })
            .collect::<Result<_, MessageError>>()?;
        for lang in &settings.languages {
            let words = Words {
                t: &self.translations,
                lang,
                draft: mode.draft,
            };
            let view = PolicyView::build(policy, &words)?;
            let faq = faq::entries(policy, &view, &words)?;
            // Converted once: tera values share their maps, so every page gets the same view
            // without a copy.
            let view_value = Value::from_serializable(&view);
            let faq_value = Value::from_serializable(&faq);
            for (page, template, title_id) in PAGES {
                let dir = Urls::page_dir(lang, page, prefix);
                let ctx = PageContext {
                    lang,
                    page,
                    title: words.msg(title_id)?,
                    root: Urls::root(&dir),
                    draft: mode.draft,
                    site_name: policy.controller.display_name(),
                    contact_email: policy.controller.email.stated().map(String::as_str),
                    nav: PAGES
                        .iter()
                        .map(|(id, _, title)| {
                            Ok(Link {
                                id,
                                label: words.msg(title)?,
                                href: Urls::href(&dir, &Urls::page_dir(lang, id, prefix)),
                                current: id == page,
                            })
                        })
                        .collect::<Result<_, MessageError>>()?,
                    languages: settings
                        .languages
                        .iter()
                        .map(|l| Link {
                            id: l,
                            label: language_names[l.as_str()].clone(),
                            href: Urls::href(&dir, &Urls::page_dir(l, page, prefix)),
                            current: l == lang,
                        })
                        .collect(),
                    links: PageLinks {
                        privacy: Urls::href(&dir, &Urls::page_dir(lang, "privacy", prefix)),
                        cookies: Urls::href(&dir, &Urls::page_dir(lang, "cookies", prefix)),
                    },
                    canonical: urls.absolute(&dir),
                    alternates: alternates(settings, urls, |l| Urls::page_dir(l, page, prefix)),
                };
                let mut context =
                    Context::from_serialize(&ctx).map_err(|e| self.template_error(e))?;
                context.insert_value("policy", view_value.clone());
                if *page == "faq" {
                    context.insert_value("faq", faq_value.clone());
                    context.insert("faq_json_ld", &faq::json_ld(&faq));
                }
                let html = self
                    .tera
                    .render(template, &context)
                    .map_err(|e| self.template_error(e))?;
                site.insert(Urls::file(&dir), finish_page(html, lang, mode).into_bytes());
            }
        }
        Ok(())
    }

    fn render_index(
        &self,
        settings: &Settings,
        policy: &Policy,
        urls: &Urls,
        mode: Mode,
    ) -> Result<Vec<u8>, RenderError> {
        #[derive(Serialize)]
        struct Choice {
            lang: String,
            name: String,
            intro: String,
            href: String,
        }
        // The default language first, so it is the first link a screen reader announces.
        let mut ordered: Vec<&String> = settings.languages.iter().collect();
        ordered.sort_by_key(|l| **l != settings.default_language);
        let choices = ordered
            .iter()
            .map(|l| {
                let mut args = FluentArgs::new();
                args.set(
                    "name",
                    FluentValue::from(policy.controller.display_name().to_owned()),
                );
                Ok(Choice {
                    lang: (*l).clone(),
                    name: self.translations.message(l, "language-name", None)?,
                    intro: self.translations.message(l, "index-intro", Some(&args))?,
                    href: Urls::href("", &Urls::page_dir(l, "privacy", "")),
                })
            })
            .collect::<Result<Vec<_>, MessageError>>()?;
        let lang = settings.default_language.as_str();
        let mut context = Context::new();
        context.insert("lang", lang);
        context.insert("page", "index");
        context.insert("root", "");
        context.insert("draft", &mode.draft);
        context.insert("site_name", policy.controller.display_name());
        context.insert(
            "title",
            &self.translations.message(lang, "index-title", None)?,
        );
        context.insert("choices", &choices);
        context.insert("canonical", &urls.base());
        context.insert(
            "alternates",
            &alternates(settings, urls, |l| Urls::page_dir(l, "privacy", "")),
        );
        let html = self
            .tera
            .render("index.html", &context)
            .map_err(|e| self.template_error(e))?;
        Ok(finish_page(html, lang, mode).into_bytes())
    }
}

/// How pages are rendered.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mode {
    /// A draft: content with errors is rendered, every place the policy leaves open is marked,
    /// and each page says it is not published.
    pub draft: bool,
}

/// The last steps every page goes through: draft markers become `<mark>` elements, and French
/// punctuation gets its narrow no-break spaces.
fn finish_page(html: String, lang: &str, mode: Mode) -> String {
    let html = if mode.draft {
        html.replace(view::MARK_OPEN, "<mark class=\"not-stated\">")
            .replace(view::MARK_CLOSE, "</mark>")
    } else {
        html
    };
    if lang == "fr" {
        typography::french(&html)
    } else {
        html
    }
}

/// What every page template receives besides `policy` (and, on the FAQ, `faq` and
/// `faq_json_ld`). Documented for theme authors in `docs/templates.md`.
#[derive(Serialize)]
struct PageContext<'a> {
    lang: &'a str,
    page: &'a str,
    title: String,
    /// Relative path from the page to the site root.
    root: String,
    /// A draft: not for publication, marked as such and kept out of search engines.
    draft: bool,
    site_name: &'a str,
    contact_email: Option<&'a str>,
    nav: Vec<Link<'a>>,
    languages: Vec<Link<'a>>,
    links: PageLinks,
    canonical: Option<String>,
    alternates: Vec<Alternate>,
}

#[derive(Serialize)]
struct Link<'a> {
    id: &'a str,
    label: String,
    href: String,
    current: bool,
}

/// Links to the other pages of the same version and language.
#[derive(Serialize)]
struct PageLinks {
    privacy: String,
    cookies: String,
}

#[derive(Serialize)]
struct Alternate {
    lang: String,
    href: String,
}

/// `hreflang` alternates need absolute URLs, so they exist only with a `base_url`.
fn alternates(settings: &Settings, urls: &Urls, dir: impl Fn(&str) -> String) -> Vec<Alternate> {
    if urls.base().is_none() {
        return Vec::new();
    }
    let mut out: Vec<Alternate> = settings
        .languages
        .iter()
        .filter_map(|l| {
            Some(Alternate {
                lang: l.clone(),
                href: urls.absolute(&dir(l))?,
            })
        })
        .collect();
    if let Some(href) = urls.absolute(&dir(&settings.default_language)) {
        out.push(Alternate {
            lang: "x-default".into(),
            href,
        });
    }
    out
}

#[derive(Serialize)]
struct PolicyJson<'a> {
    settings: &'a Settings,
    policy: &'a Policy,
}

fn policy_json(settings: &Settings, policy: &Policy) -> Vec<u8> {
    // The model holds only strings, numbers and maps with string keys: serializing cannot fail.
    let mut json = serde_json::to_vec_pretty(&PolicyJson { settings, policy }).unwrap_or_default();
    json.push(b'\n');
    json
}

/// `{{ t(key="page-privacy", name=site_name) }}`: a message in the page's language. Any other
/// named argument becomes a Fluent variable. A missing message fails the build.
fn translate(
    translations: &Translations,
    kwargs: Kwargs,
    state: &State,
) -> tera::TeraResult<String> {
    let key: String = kwargs.must_get("key")?;
    let lang: String = state
        .get("lang")?
        .ok_or_else(|| tera::Error::message("the template has no `lang` variable"))?;
    let mut args = FluentArgs::new();
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" {
            continue;
        }
        if let Some(n) = value.as_number() {
            args.set(name.to_owned(), FluentValue::from(n.as_float()));
        } else {
            args.set(name.to_owned(), FluentValue::from(value.to_string()));
        }
    }
    translations
        .message(&lang, &key, Some(&args))
        .map_err(|e| tera::Error::message(e.to_string()))
}

/// Built-in static files, replaced or added to by the theme's `static/` folder.
fn static_files(
    project: &Project,
    theme_dir: &Path,
) -> Result<BTreeMap<String, Vec<u8>>, RenderError> {
    let mut files: BTreeMap<String, Vec<u8>> = assets::STATIC
        .iter()
        .map(|a| (a.path.to_owned(), a.bytes.to_vec()))
        .collect();
    let folder = theme_dir.join("static");
    let names = project
        .list_files(&folder)
        .map_err(|e| RenderError::one(input_error(&e), &SourceMap::default()))?;
    for name in names {
        match project.read_bytes(&folder.join(&name)) {
            Ok(Some(bytes)) => {
                files.insert(name, bytes);
            }
            Ok(None) => {}
            Err(e) => return Err(RenderError::one(input_error(&e), &SourceMap::default())),
        }
    }
    Ok(files)
}

fn input_error(e: &crate::project::InputError) -> Diagnostic {
    Diagnostic::error(crate::load::ids::UNREADABLE, e.to_string())
}

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
pub mod json;
pub mod text;
pub mod typography;
pub mod urls;
pub mod versions;
pub mod view;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera, Value};

use crate::assets;
use crate::diagnostic::{Diagnostic, Location, SourceMap};
use crate::history::History;
use crate::history::fingerprint::PageText;
use crate::i18n::{MessageError, Translations};
use crate::memo::Memo;
use crate::policy::{Policy, Settings};
use crate::project::Project;
use crate::site::Site;
use urls::{PAGES, Urls};
use versions::{Timeline, Version};
use view::{PolicyView, Words};

/// Rule id: a template that cannot be compiled or rendered.
pub const TEMPLATE: &str = "PS-S17";
/// Rule id: the theme named in `site.yaml` does not exist.
pub const THEME_MISSING: &str = "PS-S18";

/// A theme's stylesheet that is added after the built-in `style.css` instead of replacing
/// it: a few rules of a company's own (colours, a font served from the site itself) without
/// copying the whole sheet.
const EXTRA_CSS: &str = "extra.css";

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

    /// Every file of the site: each version's pages in each of its languages (the current
    /// version at the pages' own addresses, archived ones under their date), the archive lists,
    /// the pages of what changed, the feeds, the language choice, the static files and
    /// `policy.json`. Also returns each version's page texts, for the fingerprints.
    pub fn render_site(&self, input: &SiteInput, mode: Mode) -> Result<Rendered, RenderError> {
        let current = Version {
            policy: input.policy,
            date: input.policy.last_updated.stated().copied(),
            hash: input.hash.clone(),
            languages: input.settings.languages.clone(),
            current: true,
        };
        let timeline = Timeline::new(input.history, current);
        let job = Job {
            settings: input.settings,
            timeline: &timeline,
            urls: Urls::new(input.settings.base_url.as_deref()),
            mode,
            language_names: self.language_names(input.settings)?,
        };
        // The current version renders beside the archive. Archived versions render
        // independently of each other; with a long history they are most of a build.
        let (archive, current) = rayon::join(
            || self.archive(&job),
            || {
                let mut pages = Site::default();
                self.render_version(&job, timeline.current(), &mut pages)
                    .map(|text| (pages, text))
            },
        );
        let (archive, current) = (archive?, current?);
        let mut site = Site::default();
        let mut texts = Vec::with_capacity(timeline.versions.len());
        // Each version filled its own `Site`, merged in version order, so the output does not
        // depend on which thread finished first.
        let archive = Arc::try_unwrap(archive).unwrap_or_else(|shared| (*shared).clone());
        for (pages, text) in archive.into_iter().chain([current]) {
            site.extend(pages);
            texts.push(text);
        }
        if timeline.has_history() {
            for lang in &input.settings.languages {
                self.render_versions_pages(&job, lang, &mut site)?;
            }
            site.extend(self.render_changes_pages(&job, &texts)?);
        }
        for lang in &input.settings.languages {
            self.render_feed(&job, lang, &mut site)?;
        }
        site.insert(
            "index.html".to_owned(),
            self.render_index(&job, input.policy)?,
        );
        for (name, bytes) in &self.static_files {
            site.insert(name.clone(), bytes.clone());
        }
        site.insert(
            "policy.json".to_owned(),
            json::policy_json(
                &self.translations,
                input.settings,
                input.policy,
                &timeline.versions[timeline.current()],
                mode.draft,
            )?,
        );
        site.insert(
            json::SCHEMA_FILE.to_owned(),
            json::schema_text().as_bytes().to_vec(),
        );
        let current_texts = texts.pop().unwrap_or_default();
        let archived_texts = timeline
            .versions
            .iter()
            .zip(texts)
            .map(|(v, t)| (v.id(), t))
            .collect();
        Ok(Rendered {
            site,
            current_texts,
            archived_texts,
        })
    }

    /// The archived versions' pages and texts, oldest first: remembered by what they are made
    /// from while [`remember`] is in force.
    fn archive(&self, job: &Job) -> Result<Arc<Archive>, RenderError> {
        let key = ARCHIVE.is_remembering().then(|| self.archive_key(job));
        if let Some(found) = key.as_deref().and_then(|k| ARCHIVE.get(k)) {
            return Ok(found);
        }
        // Collected whole before the first error is taken, so that with several broken
        // versions the one reported is the oldest, on every run, not the first to finish.
        let rendered: Vec<Result<_, _>> = (0..job.timeline.current())
            .into_par_iter()
            .map(|i| {
                let mut pages = Site::default();
                self.render_version(job, i, &mut pages)
                    .map(|text| (pages, text))
            })
            .collect();
        let rendered: Archive = rendered.into_iter().collect::<Result<_, _>>()?;
        let rendered = Arc::new(rendered);
        if let Some(key) = key {
            ARCHIVE.keep(&key, rendered.clone());
        }
        Ok(rendered)
    }

    /// What every archived page is made from, as a digest. An archived page shows its own
    /// version's policy, never the current one; of the timeline it shows which versions exist,
    /// their ids, hashes and languages, and which of them are cookie versions. So the key holds
    /// those, the renderer's templates, static files and translations, the settings and the
    /// mode: an edit of the current policy that leaves them alone leaves every archived page
    /// as it was.
    fn archive_key(&self, job: &Job) -> String {
        use sha2::{Digest, Sha256};
        let mut digest = Sha256::new();
        self.sources.digest_into(&mut digest);
        for (name, bytes) in &self.static_files {
            digest.update(format!("{name}\0{}\0", bytes.len()));
            digest.update(bytes);
        }
        digest.update(self.translations.identity());
        digest.update(format!(
            "\0{:?}\0{:?}\0{:?}\0{:?}\0",
            job.settings, job.mode, job.language_names, job.timeline.cookie_versions
        ));
        for v in &job.timeline.versions {
            let hash = if v.current { "" } else { &v.hash };
            digest.update(format!(
                "{}\0{hash}\0{:?}\0{}\n",
                v.id(),
                v.languages,
                v.current
            ));
        }
        crate::history::hex(&digest.finalize())
    }

    /// Whether the theme adds a stylesheet of its own after the built-in one.
    fn has_extra_css(&self) -> bool {
        self.static_files.contains_key(EXTRA_CSS)
    }

    /// The words of `lang` for this build's pages.
    fn words<'a>(&'a self, job: &Job, lang: &'a str) -> Words<'a> {
        Words {
            t: &self.translations,
            lang,
            draft: job.mode.draft,
        }
    }

    fn language_names(&self, settings: &Settings) -> Result<BTreeMap<String, String>, RenderError> {
        Ok(settings
            .languages
            .iter()
            .map(|l| {
                Ok((
                    l.clone(),
                    self.translations.message(l, "language-name", None)?,
                ))
            })
            .collect::<Result<_, MessageError>>()?)
    }

    /// The pages of version `i` in each of its languages: its privacy page, its cookie page
    /// when it is a cookie version, and for the current version the FAQ. Returns their texts
    /// by `lang/page`, including the cookie page of an archived version whose cookie part is
    /// the current one (that page is the current cookie page; its text is kept for the
    /// fingerprints only).
    fn render_version(
        &self,
        job: &Job,
        i: usize,
        site: &mut Site,
    ) -> Result<BTreeMap<String, PageText>, RenderError> {
        let timeline = job.timeline;
        let v = &timeline.versions[i];
        let mut texts = BTreeMap::new();
        let is_cookie_version = timeline.cookie_versions.contains(&i);
        let c = timeline.cookie_version_at(i);
        for lang in &v.languages {
            let words = self.words(job, lang);
            let view = PolicyView::build(v.policy, &words)?;
            let view_value = Value::from_serializable(&view);
            let links = |dir: &str| PageLinks {
                privacy: Urls::href(dir, &Urls::page_dir(lang, "privacy", &v.prefix())),
                cookies: Urls::href(
                    dir,
                    &Urls::page_dir(lang, "cookies", &timeline.cookie_prefix(c)),
                ),
            };

            let dir = Urls::page_dir(lang, "privacy", &v.prefix());
            let spec = PageSpec {
                page: "privacy",
                title: words.msg("page-privacy")?,
                version: self.version_context(job, lang, "privacy", i, &dir, &words)?,
                links: links(&dir),
                languages: v.languages.clone(),
                in_nav: true,
                dir,
            };
            let html = self.render_page(job, lang, "privacy.html", &spec, v.policy, |ctx| {
                ctx.insert_value("policy", view_value.clone());
            })?;
            texts.insert(format!("{lang}/privacy"), text::page_text(&html));
            site.insert(Urls::file(&spec.dir), html.into_bytes());

            // The cookie page of this version: its own when its cookie part changed; the
            // current one for the current version (whatever cookie version it shows).
            if is_cookie_version || v.current {
                let shown = if v.current { c } else { i };
                let prefix = if v.current { String::new() } else { v.prefix() };
                let dir = Urls::page_dir(lang, "cookies", &prefix);
                let mut version =
                    self.version_context(job, lang, "cookies", shown, &dir, &words)?;
                // The change summary is this version's: on a cookie page that shows an
                // earlier cookie version, it would describe other changes.
                version.own_summary = shown == i;
                let spec = PageSpec {
                    page: "cookies",
                    title: words.msg("page-cookies")?,
                    version,
                    links: links(&dir),
                    languages: v.languages.clone(),
                    in_nav: true,
                    dir,
                };
                let html = self.render_page(job, lang, "cookies.html", &spec, v.policy, |ctx| {
                    ctx.insert_value("policy", view_value.clone());
                })?;
                texts.insert(format!("{lang}/cookies"), text::page_text(&html));
                // An archived cookie version that is still in force is the current cookie
                // page: it gets no address of its own.
                if v.current || !timeline.is_current_cookie_version(i) {
                    site.insert(Urls::file(&spec.dir), html.into_bytes());
                }
            }

            if v.current {
                let faq = faq::entries(v.policy, &view, &words)?;
                let faq_value = Value::from_serializable(&faq);
                let dir = Urls::page_dir(lang, "faq", "");
                let mut version = self.version_context(job, lang, "faq", i, &dir, &words)?;
                version.versions_href = None;
                version.changes_href = None;
                let spec = PageSpec {
                    page: "faq",
                    title: words.msg("page-faq")?,
                    version,
                    links: links(&dir),
                    languages: v.languages.clone(),
                    in_nav: true,
                    dir,
                };
                let html = self.render_page(job, lang, "faq.html", &spec, v.policy, |ctx| {
                    ctx.insert_value("policy", view_value.clone());
                    ctx.insert_value("faq", faq_value.clone());
                    ctx.insert("faq_json_ld", &faq::json_ld(&faq));
                })?;
                site.insert(Urls::file(&spec.dir), html.into_bytes());
            }
        }
        Ok(texts)
    }

    /// What a page of version `i` says about its version: id, hash, date, whether it is
    /// archived, and the links to the archive and to what changed.
    fn version_context(
        &self,
        job: &Job,
        lang: &str,
        page: &str,
        i: usize,
        dir: &str,
        words: &Words,
    ) -> Result<VersionContext, MessageError> {
        let timeline = job.timeline;
        let v = &timeline.versions[i];
        let (archived, previous, history) = if page == "cookies" {
            let position = timeline.cookie_versions.iter().position(|&c| c == i);
            (
                !timeline.is_current_cookie_version(i),
                position
                    .and_then(|p| p.checked_sub(1))
                    .map(|p| timeline.cookie_versions[p]),
                timeline.cookie_versions.len() > 1,
            )
        } else {
            (!v.current, i.checked_sub(1), timeline.has_history())
        };
        let kind = if page == "cookies" {
            "cookies"
        } else {
            "privacy"
        };
        let date = match v.date {
            Some(d) => Some(words.date(d)?),
            None => words.missing(&v.policy.last_updated)?,
        };
        Ok(VersionContext {
            id: v.date.map(|_| v.id()),
            hash: v.hash.clone(),
            archived,
            date,
            date_iso: v.date.map(crate::policy::iso_date),
            current_href: archived.then(|| Urls::href(dir, &Urls::page_dir(lang, kind, ""))),
            versions_href: history
                .then(|| Urls::href(dir, &Urls::page_dir(lang, kind, "versions/"))),
            changes_href: previous.map(|p| {
                Urls::href(
                    dir,
                    &Urls::page_dir(lang, kind, &timeline.changes_prefix(p, i)),
                )
            }),
            own_summary: true,
        })
    }

    /// One page: the context every template gets, the page's own values, rendered and
    /// finished.
    fn render_page(
        &self,
        job: &Job,
        lang: &str,
        template: &str,
        spec: &PageSpec,
        policy: &Policy,
        extra: impl FnOnce(&mut Context),
    ) -> Result<String, RenderError> {
        let settings = job.settings;
        let nav = PAGES
            .iter()
            .map(|(id, _, title)| {
                Ok(Link {
                    id,
                    label: self.translations.message(lang, title, None)?,
                    href: Urls::href(&spec.dir, &Urls::page_dir(lang, id, "")),
                    current: *id == spec.page && spec.in_nav && !spec.version.archived,
                })
            })
            .collect::<Result<_, MessageError>>()?;
        let relocated = |l: &str| {
            let rest = spec.dir.strip_prefix(lang).unwrap_or(&spec.dir);
            format!("{l}{rest}")
        };
        let ctx = PageContext {
            lang,
            page: spec.page,
            title: spec.title.clone(),
            root: Urls::root(&spec.dir),
            draft: job.mode.draft,
            site_name: policy.controller.display_name(),
            contact_email: policy.controller.email.stated().map(String::as_str),
            nav,
            languages: spec
                .languages
                .iter()
                .map(|l| Link {
                    id: l,
                    label: job.language_names.get(l).cloned().unwrap_or_default(),
                    href: Urls::href(&spec.dir, &relocated(l)),
                    current: l == lang,
                })
                .collect(),
            links: PageLinks {
                privacy: spec.links.privacy.clone(),
                cookies: spec.links.cookies.clone(),
            },
            canonical: job.urls.absolute(&spec.dir),
            alternates: alternates(settings, &job.urls, &spec.languages, &relocated),
            version: &spec.version,
            feed_href: Some(Urls::href(&spec.dir, &format!("{lang}/feed.xml"))),
            policy_json_href: Urls::href(&spec.dir, "policy.json"),
            extra_css: self.has_extra_css(),
        };
        let mut context = Context::from_serialize(&ctx).map_err(|e| self.template_error(e))?;
        extra(&mut context);
        let html = self
            .tera
            .render(template, &context)
            .map_err(|e| self.template_error(e))?;
        Ok(finish_page(html, lang, job.mode))
    }

    fn render_index(&self, job: &Job, policy: &Policy) -> Result<Vec<u8>, RenderError> {
        #[derive(Serialize)]
        struct Choice {
            lang: String,
            name: String,
            intro: String,
            href: String,
        }
        let settings = job.settings;
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
        let current = &job.timeline.versions[job.timeline.current()];
        let mut context = Context::new();
        context.insert("lang", lang);
        context.insert("page", "index");
        context.insert("root", "");
        context.insert("policy_json_href", &Urls::href("", "policy.json"));
        context.insert("extra_css", &self.has_extra_css());
        context.insert("draft", &job.mode.draft);
        context.insert("site_name", policy.controller.display_name());
        context.insert(
            "title",
            &self.translations.message(lang, "index-title", None)?,
        );
        context.insert("choices", &choices);
        context.insert("canonical", &job.urls.base());
        context.insert(
            "alternates",
            &alternates(settings, &job.urls, &settings.languages, &|l| {
                Urls::page_dir(l, "privacy", "")
            }),
        );
        context.insert(
            "version",
            &VersionContext {
                id: current.date.map(|_| current.id()),
                hash: current.hash.clone(),
                ..VersionContext::default()
            },
        );
        let html = self
            .tera
            .render("index.html", &context)
            .map_err(|e| self.template_error(e))?;
        Ok(finish_page(html, lang, job.mode).into_bytes())
    }
}

/// Each archived version's pages and page texts, oldest first.
type Archive = Vec<(Site, BTreeMap<String, PageText>)>;

/// The archive as last rendered. `serve` builds the whole site again on each save, and most
/// saves change only the current policy; a build renders the archive once, so keeps nothing.
/// Four entries: the working copy's archive before and after an edit being undone, and those
/// of the other builds `serve` makes (the committed version it compares with, an archived
/// version as it was published), which would otherwise push the working copy's out.
static ARCHIVE: Memo<Arc<Archive>> = Memo::off_until_asked(4);

/// From now on, the archive's pages are remembered between builds (see
/// [`Renderer::archive_key`]).
pub fn remember() {
    ARCHIVE.remember();
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
    version: &'a VersionContext,
    /// The link to this language's Atom feed of versions.
    feed_href: Option<String>,
    /// The link to `policy.json`, the current version for other tools.
    policy_json_href: String,
    /// Whether the theme has a `static/extra.css`, linked after the built-in stylesheet.
    extra_css: bool,
}

/// What a page says about the version it shows. Documented for theme authors in
/// `docs/templates.md`.
#[derive(Debug, Clone, Default, Serialize)]
struct VersionContext {
    /// `2025-03-01`; none for a draft without a date.
    id: Option<String>,
    /// The content hash of the version's file, `sha256:…`.
    hash: String,
    /// Whether the page shows a version that is no longer in force.
    archived: bool,
    /// The version's date in the page's language.
    date: Option<String>,
    /// The date as `YYYY-MM-DD`, for `<time datetime>`.
    date_iso: Option<String>,
    /// On an archived page, the link to the current one.
    current_href: Option<String>,
    /// The list of versions, when there is more than one.
    versions_href: Option<String>,
    /// What changed in this version, when there is an earlier one.
    changes_href: Option<String>,
    /// Whether the policy's change summary is about this page's version.
    own_summary: bool,
}

/// What the renderer is given.
pub struct SiteInput<'a> {
    /// The checked settings.
    pub settings: &'a Settings,
    /// The current policy.
    pub policy: &'a Policy,
    /// The content hash of `content/policy.yaml`.
    pub hash: String,
    /// The archived versions.
    pub history: &'a History,
}

/// A rendered site, with the text of each version's pages.
#[derive(Debug)]
pub struct Rendered {
    /// Every output file.
    pub site: Site,
    /// The current version's page texts, by `lang/page`.
    pub current_texts: BTreeMap<String, PageText>,
    /// Each archived version's page texts (by version id, then `lang/page`).
    pub archived_texts: BTreeMap<String, BTreeMap<String, PageText>>,
}

/// One rendering of a site: what every page needs.
struct Job<'a> {
    settings: &'a Settings,
    timeline: &'a Timeline<'a>,
    urls: Urls,
    mode: Mode,
    language_names: BTreeMap<String, String>,
}

/// One page to render: where it goes and what it says about itself.
struct PageSpec {
    page: &'static str,
    title: String,
    /// Its folder, `nl/privacy/2025-03-01/`.
    dir: String,
    version: VersionContext,
    links: PageLinks,
    /// The languages it exists in (its language switch).
    languages: Vec<String>,
    /// Whether it is the page a menu entry leads to (not a list of versions or of changes).
    in_nav: bool,
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
fn alternates(
    settings: &Settings,
    urls: &Urls,
    languages: &[String],
    dir: &dyn Fn(&str) -> String,
) -> Vec<Alternate> {
    if urls.base().is_none() {
        return Vec::new();
    }
    let mut out: Vec<Alternate> = languages
        .iter()
        .filter_map(|l| {
            Some(Alternate {
                lang: l.clone(),
                href: urls.absolute(&dir(l))?,
            })
        })
        .collect();
    if languages.contains(&settings.default_language)
        && let Some(href) = urls.absolute(&dir(&settings.default_language))
    {
        out.push(Alternate {
            lang: "x-default".into(),
            href,
        });
    }
    out
}

/// `{{ t(key="page-privacy", name=site_name) }}`: a message in the page's language. Any other
/// named argument becomes a Fluent variable. A missing message fails the build.
fn translate(
    translations: &Translations,
    kwargs: Kwargs,
    state: &State,
) -> tera::TeraResult<String> {
    // Borrowed, not copied: this runs hundreds of times for every page.
    let key: &str = kwargs.must_get("key")?;
    let lang: Value = state
        .get("lang")?
        .ok_or_else(|| tera::Error::message("the template has no `lang` variable"))?;
    let lang = lang
        .as_str()
        .ok_or_else(|| tera::Error::message("the template's `lang` is not text"))?;
    let mut args = FluentArgs::with_capacity(kwargs.iter().count());
    for (name, value) in kwargs.iter() {
        let Some(name) = name.as_str() else { continue };
        if name == "key" {
            continue;
        }
        if let Some(n) = value.as_number() {
            args.set(name, FluentValue::from(n.as_float()));
        } else if let Some(text) = value.as_str() {
            args.set(name, FluentValue::from(text));
        } else {
            args.set(name, FluentValue::from(value.to_string()));
        }
    }
    translations
        .message(lang, key, Some(&args))
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

//! Turns a checked [`Policy`] and the translations into the site's files, in memory.
//!
//! For each language it builds a [`view::PolicyView`] (all words resolved) and renders the
//! privacy, cookie and FAQ pages with tera; then the language-choice page, the stylesheet and
//! `policy.json`. Templates come from the built-in theme, overridden file by file by the site's
//! `themes/<name>/`. Reads no content files and never writes: the result is a [`Site`].

pub mod view;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use tera::{Context, Kwargs, State, Tera};

use crate::i18n::{MessageError, Translations};
use crate::policy::{Policy, Settings};
use crate::site::Site;
use view::{FaqEntry, PolicyView, Words};

/// Built-in templates, registered under this prefix so a theme's file of the same name wins.
const BUILT_IN_PREFIX: &str = "builtin/";

const BUILT_IN_TEMPLATES: &[(&str, &str)] = &[
    (
        "head.html",
        include_str!("../../themes/default/templates/head.html"),
    ),
    (
        "base.html",
        include_str!("../../themes/default/templates/base.html"),
    ),
    (
        "index.html",
        include_str!("../../themes/default/templates/index.html"),
    ),
    (
        "privacy.html",
        include_str!("../../themes/default/templates/privacy.html"),
    ),
    (
        "cookies.html",
        include_str!("../../themes/default/templates/cookies.html"),
    ),
    (
        "faq.html",
        include_str!("../../themes/default/templates/faq.html"),
    ),
];

const BUILT_IN_STATIC: &[(&str, &[u8])] = &[(
    "style.css",
    include_bytes!("../../themes/default/static/style.css"),
)];

/// The pages every language gets, in menu order: (id and folder, template, title message).
pub const PAGES: &[(&str, &str, &str)] = &[
    ("privacy", "privacy.html", "page-privacy"),
    ("cookies", "cookies.html", "page-cookies"),
    ("faq", "faq.html", "page-faq"),
];

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error(transparent)]
    Message(#[from] MessageError),
    #[error("template {template}: {message}")]
    Template { template: String, message: String },
    #[error("there is no theme `{name}`: the folder {folder} does not exist")]
    MissingTheme { name: String, folder: String },
    #[error("cannot read the theme file {path}: {source}")]
    Theme {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

fn template_error(template: &str, e: tera::Error) -> RenderError {
    RenderError::Template {
        template: template.to_owned(),
        message: e.to_string(),
    }
}

/// Renders every page of the site.
pub fn render(
    root: &Path,
    settings: &Settings,
    policy: &Policy,
    translations: Arc<Translations>,
) -> Result<Site, RenderError> {
    let theme_dir = root.join("themes").join(&settings.theme);
    // `default` is built in; any other name must be a folder of the site's own.
    if settings.theme != "default" && !theme_dir.is_dir() {
        return Err(RenderError::MissingTheme {
            name: settings.theme.clone(),
            folder: format!("themes/{}", settings.theme),
        });
    }
    let tera = templates(&theme_dir, translations.clone())?;
    let mut site = Site::default();

    let language_names: BTreeMap<&str, String> = settings
        .languages
        .iter()
        .map(|l| Ok((l.as_str(), translations.message(l, "language-name", None)?)))
        .collect::<Result<_, MessageError>>()?;

    for lang in &settings.languages {
        let words = Words {
            t: &translations,
            lang,
        };
        let view = PolicyView::build(policy, &words)?;
        let faq = view::faq_entries(policy, &view, &words)?;
        for (page, template, title_id) in PAGES {
            let ctx = PageContext {
                lang,
                page,
                title: words.msg(title_id)?,
                root: "../../",
                site_name: &policy.controller.name,
                contact_email: &policy.controller.email,
                nav: PAGES
                    .iter()
                    .map(|(id, _, title)| {
                        Ok(Link {
                            id,
                            label: words.msg(title)?,
                            href: format!("../{id}/"),
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
                        href: format!("../../{l}/{page}/"),
                        current: l == lang,
                    })
                    .collect(),
                canonical: settings
                    .base_url
                    .as_ref()
                    .map(|b| format!("{b}{lang}/{page}/")),
                alternates: alternates(settings, &format!("{page}/")),
            };
            let mut context =
                Context::from_serialize(&ctx).map_err(|e| template_error(template, e))?;
            context.insert("policy", &view);
            if *page == "faq" {
                context.insert("faq", &faq);
                context.insert("faq_json_ld", &faq_json_ld(&faq));
            }
            let html = tera
                .render(template, &context)
                .map_err(|e| template_error(template, e))?;
            site.insert(format!("{lang}/{page}/index.html"), html.into_bytes());
        }
    }

    site.insert(
        "index.html".to_owned(),
        render_index(&tera, settings, policy, &translations, &language_names)?,
    );
    for (name, bytes) in static_files(&theme_dir)? {
        site.insert(name, bytes);
    }
    let mut json = serde_json::to_vec_pretty(&PolicyJson { settings, policy }).unwrap_or_default();
    json.push(b'\n');
    site.insert("policy.json".to_owned(), json);
    Ok(site)
}

#[derive(Serialize)]
struct PolicyJson<'a> {
    settings: &'a Settings,
    policy: &'a Policy,
}

#[derive(Serialize)]
struct PageContext<'a> {
    lang: &'a str,
    page: &'a str,
    title: String,
    /// Relative path from the page to the site root, so the site works under any prefix and
    /// from the file system.
    root: &'a str,
    site_name: &'a str,
    contact_email: &'a str,
    nav: Vec<Link<'a>>,
    languages: Vec<Link<'a>>,
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

#[derive(Serialize)]
struct Alternate {
    lang: String,
    href: String,
}

/// `hreflang` alternates need absolute URLs, so they exist only with a `base_url`.
fn alternates(settings: &Settings, path: &str) -> Vec<Alternate> {
    let Some(base) = &settings.base_url else {
        return Vec::new();
    };
    let mut out: Vec<Alternate> = settings
        .languages
        .iter()
        .map(|l| Alternate {
            lang: l.clone(),
            href: format!("{base}{l}/{path}"),
        })
        .collect();
    out.push(Alternate {
        lang: "x-default".into(),
        href: format!("{base}{}/{path}", settings.default_language),
    });
    out
}

fn render_index(
    tera: &Tera,
    settings: &Settings,
    policy: &Policy,
    translations: &Translations,
    language_names: &BTreeMap<&str, String>,
) -> Result<Vec<u8>, RenderError> {
    #[derive(Serialize)]
    struct Choice<'a> {
        lang: &'a str,
        name: &'a str,
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
            args.set("name", FluentValue::from(policy.controller.name.clone()));
            Ok(Choice {
                lang: l,
                name: &language_names[l.as_str()],
                intro: translations.message(l, "index-intro", Some(&args))?,
                href: format!("{l}/privacy/"),
            })
        })
        .collect::<Result<Vec<_>, MessageError>>()?;
    let lang = settings.default_language.as_str();
    let mut context = Context::new();
    context.insert("lang", lang);
    context.insert("page", "index");
    context.insert("root", "");
    context.insert("site_name", &policy.controller.name);
    context.insert("title", &translations.message(lang, "index-title", None)?);
    context.insert("choices", &choices);
    context.insert("canonical", &settings.base_url);
    context.insert("alternates", &alternates(settings, "privacy/"));
    let html = tera
        .render("index.html", &context)
        .map_err(|e| template_error("index.html", e))?;
    Ok(html.into_bytes())
}

/// schema.org FAQPage data, so search engines can show the answers. `</` is escaped because the
/// JSON sits inside a `<script>` element.
fn faq_json_ld(entries: &[FaqEntry]) -> String {
    let doc = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": entries.iter().map(|e| serde_json::json!({
            "@type": "Question",
            "name": e.question,
            "acceptedAnswer": {"@type": "Answer", "text": e.structured_answer},
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string(&doc)
        .unwrap_or_default()
        .replace("</", "<\\/")
}

/// Tera with the built-in templates, the theme's overrides and the `t` function.
fn templates(theme_dir: &Path, translations: Arc<Translations>) -> Result<Tera, RenderError> {
    let mut tera = Tera::default();
    tera.set_fallback_prefixes([BUILT_IN_PREFIX])
        .map_err(|e| template_error("(setup)", e))?;
    // Registered first: tera checks function names when a template is added.
    tera.register_function("t", move |kwargs: Kwargs, state: &State| {
        translate(&translations, kwargs, state)
    });
    // Added as batches: a template may include or extend one that comes later in the list.
    let built_in: Vec<(String, &str)> = BUILT_IN_TEMPLATES
        .iter()
        .map(|(name, text)| (format!("{BUILT_IN_PREFIX}{name}"), *text))
        .collect();
    tera.add_raw_templates(built_in)
        .map_err(|e| template_error("(built-in theme)", e))?;
    let mut theme = Vec::new();
    for (name, bytes) in theme_files(&theme_dir.join("templates"))? {
        let text = String::from_utf8(bytes).map_err(|_| RenderError::Template {
            template: name.clone(),
            message: "the file is not valid UTF-8 text".into(),
        })?;
        theme.push((name, text));
    }
    tera.add_raw_templates(theme)
        .map_err(|e| template_error("(theme)", e))?;
    Ok(tera)
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

/// The files of a theme folder, by name, sorted; an absent folder has none.
fn theme_files(dir: &Path) -> Result<Vec<(String, Vec<u8>)>, RenderError> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(Vec::new());
    };
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_file() {
            continue;
        }
        let Some(name) = path.file_name().and_then(|n| n.to_str()).map(str::to_owned) else {
            continue;
        };
        let bytes = std::fs::read(&path).map_err(|source| RenderError::Theme {
            path: path.display().to_string(),
            source,
        })?;
        files.push((name, bytes));
    }
    files.sort();
    Ok(files)
}

/// Built-in static files, replaced or added to by the theme's `static/` folder.
fn static_files(theme_dir: &Path) -> Result<BTreeMap<String, Vec<u8>>, RenderError> {
    let mut files: BTreeMap<String, Vec<u8>> = BUILT_IN_STATIC
        .iter()
        .map(|(name, bytes)| ((*name).to_owned(), bytes.to_vec()))
        .collect();
    files.extend(theme_files(&theme_dir.join("static"))?);
    Ok(files)
}

//! What the preview adds to a served page, and only while serving: the reload script, the
//! banner pointing to pending changes, and, when the last save broke the build, the errors
//! over the last good page. Texts come from the Fluent messages in the page's language.

use std::path::Path;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::diagnostic::{Diagnostic, SourceMap};
use crate::i18n::Translations;
use crate::render::view::escape;

use super::events;

/// One finding, ready to show: where, what, and the line itself.
#[derive(Debug, Clone)]
pub struct Shown {
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    /// The rule id.
    pub rule: &'static str,
    /// `content/policy.yaml:12:5`, when it has a place.
    pub place: Option<String>,
    /// The editor link for the place.
    pub editor_link: Option<String>,
    /// The field, such as `purposes[2].legal_basis`.
    pub field: String,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub hint: Option<String>,
    /// The line the finding points at.
    pub line: Option<String>,
}

impl Shown {
    /// `diagnostic` as shown; `editor` is the link template with `{path}`, `{line}` and
    /// `{column}`.
    pub fn new(diagnostic: &Diagnostic, sources: &SourceMap, root: &Path, editor: &str) -> Shown {
        let location = diagnostic.location.as_deref();
        let place = location
            .filter(|l| !l.file.as_os_str().is_empty())
            .map(|l| match l.line {
                0 => l.file.display().to_string(),
                line => format!("{}:{line}:{}", l.file.display(), l.column),
            });
        let editor_link = location
            .filter(|l| !l.file.as_os_str().is_empty() && !l.file.starts_with("<built-in>"))
            .map(|l| {
                let absolute = root.join(&l.file);
                editor
                    .replace("{path}", &absolute.display().to_string())
                    .replace("{line}", &l.line.max(1).to_string())
                    .replace("{column}", &l.column.max(1).to_string())
            });
        Shown {
            severity: diagnostic.severity.label(),
            rule: diagnostic.rule,
            place,
            editor_link,
            field: location.map(|l| l.yaml_path.clone()).unwrap_or_default(),
            message: diagnostic.message.clone(),
            hint: diagnostic.hint.clone(),
            line: location.and_then(|l| sources.line(&l.file, l.line).map(str::to_owned)),
        }
    }
}

/// What to add to the pages of one build.
#[derive(Debug, Clone, Default)]
pub struct Additions {
    /// The errors of the last save, when it did not build.
    pub errors: Vec<Shown>,
    /// The warnings of the last build that worked.
    pub warnings: Vec<Shown>,
    /// Whether the working copy differs from the published version.
    pub pending: bool,
}

/// `html` with the preview's additions before `</body>`, in `lang`.
pub fn inject(html: &str, lang: &str, additions: &Additions, t: &Translations) -> String {
    let mut added = String::new();
    if !additions.errors.is_empty() {
        added.push_str(&panel(lang, t, "errors", &additions.errors, true));
    }
    if !additions.warnings.is_empty() {
        added.push_str(&panel(lang, t, "warnings", &additions.warnings, false));
    }
    if additions.pending {
        added.push_str(&format!(
            "<aside class=\"ps-dev ps-dev-banner\" aria-label=\"{label}\"><p>{text} <a href=\"/_review/\">{link}</a></p></aside>",
            label = escape(&msg(t, lang, "serve-preview-label", None)),
            text = escape(&msg(t, lang, "serve-pending", None)),
            link = escape(&msg(t, lang, "serve-pending-link", None)),
        ));
    }
    added.push_str(&format!(
        "<script src=\"{}\"></script>",
        events::SCRIPT_PATH
    ));
    // The built pages allow no script and no connection; the preview's own script and event
    // stream come from the same origin, so the preview allows exactly that.
    let html = html.replacen(
        "default-src 'none';",
        "default-src 'none'; script-src 'self'; connect-src 'self';",
        1,
    );
    // The style belongs in the head; the panels and the script end the body.
    let link = format!("<link rel=\"stylesheet\" href=\"{STYLE_PATH}\">");
    let html = match html.find("</head>") {
        Some(at) => format!("{}{link}{}", &html[..at], &html[at..]),
        None => html,
    };
    match html.rfind("</body>") {
        Some(at) => format!("{}{added}{}", &html[..at], &html[at..]),
        None => format!("{html}{added}"),
    }
}

fn panel(lang: &str, t: &Translations, kind: &str, shown: &[Shown], open: bool) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(shown.len()));
    let title = msg(t, lang, &format!("serve-{kind}-title"), Some(&args));
    let open_in_editor = msg(t, lang, "serve-open-in-editor", None);
    let mut html = format!(
        "<aside class=\"ps-dev ps-dev-{kind}\" aria-labelledby=\"ps-dev-{kind}-title\"><details{}><summary id=\"ps-dev-{kind}-title\">{}</summary><ol>",
        if open { " open" } else { "" },
        escape(&title)
    );
    for s in shown {
        html.push_str("<li>");
        html.push_str(&format!(
            "<p><strong>{}[{}]</strong> {}</p>",
            s.severity,
            s.rule,
            escape(&s.message)
        ));
        if let Some(place) = &s.place {
            html.push_str(&format!("<p><code>{}</code>", escape(place)));
            if !s.field.is_empty() {
                html.push_str(&format!(" <code>{}</code>", escape(&s.field)));
            }
            if let Some(link) = &s.editor_link {
                html.push_str(&format!(
                    " <a href=\"{}\">{}</a>",
                    escape(link),
                    escape(&open_in_editor)
                ));
            }
            html.push_str("</p>");
        }
        if let Some(line) = &s.line {
            html.push_str(&format!("<pre>{}</pre>", escape(line)));
        }
        if let Some(hint) = &s.hint {
            html.push_str(&format!("<p>{}</p>", escape(hint)));
        }
        html.push_str("</li>");
    }
    html.push_str("</ol></details></aside>");
    html
}

/// A preview message in `lang`; English for a language privasite does not translate itself.
pub fn msg(t: &Translations, lang: &str, id: &str, args: Option<&FluentArgs>) -> String {
    t.message(lang, id, args)
        .or_else(|_| t.message("en", id, args))
        .unwrap_or_else(|_| id.to_owned())
}

/// Where the preview's style sheet is served.
pub const STYLE_PATH: &str = "/_privasite/preview.css";

/// Scoped to the `ps-dev` elements, high contrast, readable on a phone.
pub const STYLE: &str = ".ps-dev{font:1rem/1.5 system-ui,sans-serif;margin:0;padding:.75rem 1rem;border-top:4px solid}\
.ps-dev-errors{position:sticky;bottom:0;max-height:70vh;overflow:auto;background:#fff;color:#1a1a1a;border-color:#a30000}\
.ps-dev-errors summary{color:#a30000;font-weight:700}\
.ps-dev-warnings{background:#fffbe6;color:#1a1a1a;border-color:#8a5a00}\
.ps-dev-banner{background:#eef4ff;color:#1a1a1a;border-color:#1d4ed8}\
.ps-dev a{color:#1d4ed8}.ps-dev pre{white-space:pre-wrap;background:#f3f3f3;padding:.25rem .5rem}\
.ps-dev ol{padding-left:1.25rem}\n";

//! `/_review/`: what the working copy would publish, compared with the version published
//! before it. Per language: the changelog in the model's terms and the redline of each
//! section; then the translations that may be stale (`PS-T05`); then every section side by
//! side in each language, so a reviewer can read the translations against each other.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};

use crate::history::changes::{self, Change};
use crate::history::fingerprint::PageText;
use crate::i18n::Translations;
use crate::policy::{Date, Policy};
use crate::render::versions::{change_text, redline_html};
use crate::render::view::{Words, escape};

use super::overlay::{Shown, msg};

/// Which published version the working copy is compared with.
pub enum BaselineKind {
    /// The version committed in git.
    Head,
    /// The newest archived version, of this date.
    Archived(Date),
}

/// The version the working copy is compared with.
pub struct Baseline<'a> {
    /// Which version it is.
    pub kind: BaselineKind,
    /// Its policy.
    pub policy: &'a Policy,
    /// Its pages' text, by `lang/page`.
    pub texts: &'a BTreeMap<String, PageText>,
}

/// The working copy.
pub struct Current<'a> {
    /// Its policy.
    pub policy: &'a Policy,
    /// Its pages' text, by `lang/page`.
    pub texts: &'a BTreeMap<String, PageText>,
    /// The site's languages.
    pub languages: &'a [String],
    /// The site's default language: the review page's own.
    pub default_language: &'a str,
}

/// The review page, in the site's default language, and whether the working copy reads or
/// says anything other than the baseline (what the pages' banner is shown for).
pub fn page(
    baseline: Option<&Baseline>,
    current: &Current,
    stale: &[Shown],
    t: &Translations,
) -> (String, bool) {
    let ui = current.default_language;
    let m = |id: &str| escape(&msg(t, ui, id, None));
    let mut body = format!("<h1>{}</h1>", m("review-title"));
    let mut pending = false;
    match baseline {
        None => body.push_str(&format!("<p>{}</p>", m("review-no-baseline"))),
        Some(baseline) => {
            // Once, for every language's changelog and for the banner.
            let changes = changes::changes(baseline.policy, current.policy);
            pending = !changes.is_empty()
                || current.languages.iter().any(|lang| {
                    let key = format!("{lang}/privacy");
                    baseline.texts.get(&key).map(|t| &t.text)
                        != current.texts.get(&key).map(|t| &t.text)
                });
            let name = match baseline.kind {
                BaselineKind::Head => "git HEAD".to_owned(),
                BaselineKind::Archived(date) => t
                    .date(ui, date)
                    .unwrap_or_else(|_| crate::policy::iso_date(date)),
            };
            let mut args = FluentArgs::new();
            args.set("baseline", FluentValue::from(name));
            body.push_str(&format!(
                "<p>{}</p>",
                escape(&msg(t, ui, "review-intro", Some(&args)))
            ));
            for lang in current.languages {
                body.push_str(&language_section(baseline, &changes, current, lang, t));
            }
        }
    }
    body.push_str(&format!("<h2>{}</h2>", m("review-stale")));
    if stale.is_empty() {
        body.push_str(&format!("<p>{}</p>", m("review-stale-none")));
    } else {
        body.push_str("<ul>");
        for s in stale {
            body.push_str(&format!("<li>{}</li>", escape(&s.message)));
        }
        body.push_str("</ul>");
    }
    body.push_str(&side_by_side(current, ui, t));
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{ui}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'\"><link rel=\"stylesheet\" href=\"/style.css\"><link rel=\"stylesheet\" href=\"/_privasite/review.css\"></head><body><main id=\"main\" class=\"review\">{body}</main></body></html>\n",
        title = m("review-title"),
    );
    (html, pending)
}

fn language_section(
    baseline: &Baseline,
    changes: &[Change],
    current: &Current,
    lang: &str,
    t: &Translations,
) -> String {
    let words = Words {
        t,
        lang,
        draft: false,
    };
    let name = msg(t, lang, "language-name", None);
    let mut html = format!("<section lang=\"{lang}\"><h2>{}</h2>", escape(&name));
    html.push_str(&format!(
        "<h3>{}</h3>",
        escape(&msg(t, lang, "review-changelog", None))
    ));
    let items: Vec<String> = changes
        .iter()
        .filter_map(|c| change_text(c, &words).ok())
        .collect();
    if items.is_empty() {
        html.push_str(&format!(
            "<p>{}</p>",
            escape(&msg(t, lang, "review-no-changes", None))
        ));
    } else {
        html.push_str("<ul>");
        for item in items {
            html.push_str(&format!("<li>{}</li>", escape(&item)));
        }
        html.push_str("</ul>");
    }
    html.push_str(&format!(
        "<h3>{}</h3>",
        escape(&msg(t, lang, "review-text", None))
    ));
    let key = format!("{lang}/privacy");
    let empty = PageText::default();
    let old = baseline.texts.get(&key).unwrap_or(&empty);
    let new = current.texts.get(&key).unwrap_or(&empty);
    let mut any = false;
    for (id, new_text) in new.sections() {
        let old_text = old.section(id).unwrap_or_default();
        let Ok((changed, redline)) = redline_html(old_text, new_text, &words) else {
            continue;
        };
        if changed {
            any = true;
            let heading = new_text.lines().next().unwrap_or(id);
            html.push_str(&format!(
                "<h4>{}</h4><div class=\"redline\">{redline}</div>",
                escape(heading)
            ));
        }
    }
    if !any {
        html.push_str(&format!(
            "<p>{}</p>",
            escape(&msg(t, lang, "review-text-same", None))
        ));
    }
    html.push_str("</section>");
    html
}

/// Each section of the privacy page in a row, one column per language.
fn side_by_side(current: &Current, ui: &str, t: &Translations) -> String {
    let Some(first) = current.languages.first() else {
        return String::new();
    };
    let texts: Vec<(&String, Option<&PageText>)> = current
        .languages
        .iter()
        .map(|l| (l, current.texts.get(&format!("{l}/privacy"))))
        .collect();
    let mut html = format!(
        "<h2>{}</h2><div class=\"table-scroll\"><table><thead><tr>",
        escape(&msg(t, ui, "review-side-by-side", None))
    );
    for (lang, _) in &texts {
        html.push_str(&format!(
            "<th scope=\"col\">{}</th>",
            escape(&msg(t, lang, "language-name", None))
        ));
    }
    html.push_str("</tr></thead><tbody>");
    let ids: Vec<&str> = current
        .texts
        .get(&format!("{first}/privacy"))
        .map(|p| p.sections().map(|(id, _)| id).collect())
        .unwrap_or_default();
    for id in ids {
        html.push_str("<tr>");
        for (lang, text) in &texts {
            let section = text.and_then(|p| p.section(id)).unwrap_or_default();
            html.push_str(&format!(
                "<td lang=\"{lang}\">{}</td>",
                escape(section).replace('\n', "<br>")
            ));
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
    html
}

/// Where the review page's own style sheet is served.
pub const STYLE_PATH: &str = "/_privasite/review.css";

/// The review page's layout: wide, for the side-by-side table.
pub const STYLE: &str = ".review{max-width:90rem;margin:0 auto;padding:1rem}.review td{vertical-align:top;padding:.5rem;border-top:1px solid #ccc}.review table{border-collapse:collapse;width:100%}.table-scroll{overflow-x:auto}";

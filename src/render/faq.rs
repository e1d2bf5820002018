//! The FAQ: questions whose answers follow from the policy's data, then the author's own, as
//! HTML for the page and as schema.org `FAQPage` data for search engines.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::catalogue::RecipientRole;
use crate::i18n::MessageError;
use crate::policy::Policy;

use super::view::{LowercaseFirst, PolicyView, Words, escape};

/// One question of the FAQ, with its answer as HTML for the page and as the text for the
/// schema.org JSON-LD (plain for derived answers, the rendered HTML for the author's own).
#[derive(Debug, Serialize)]
pub struct FaqEntry {
    pub id: String,
    pub question: String,
    pub answer_html: String,
    pub structured_answer: String,
}

/// The questions whose answers follow from the data, then the author's own.
pub fn entries(
    policy: &Policy,
    view: &PolicyView,
    w: &Words,
) -> Result<Vec<FaqEntry>, MessageError> {
    let mut entries = Vec::new();
    let mut push = |id: &str, question: String, structured_answer: String, answer_html: String| {
        entries.push(FaqEntry {
            id: id.to_owned(),
            question,
            answer_html,
            structured_answer,
        });
    };
    let paragraph = |text: &str| format!("<p>{}</p>", escape(text));
    let list = |lead: &str, items: &[String]| {
        let lis: String = items
            .iter()
            .map(|i| format!("<li>{}</li>", escape(i)))
            .collect();
        (
            format!("{lead} {}", items.join("; ")),
            format!("<p>{}</p><ul>{lis}</ul>", escape(lead)),
        )
    };

    let labels: Vec<String> = view
        .data_categories
        .iter()
        .map(|c| c.label.to_lowercase_first())
        .collect();
    if !labels.is_empty() {
        let a = w.msg_with(
            "faq-data-a",
            &[("list", FluentValue::from(w.join(&labels)?))],
        )?;
        push("data", w.msg("faq-data-q")?, a.clone(), paragraph(&a));
    }

    let items: Vec<String> = view
        .purposes
        .iter()
        .map(|p| match &p.basis {
            Some(basis) => format!("{} ({})", p.title, basis.to_lowercase_first()),
            None => p.title.clone(),
        })
        .collect();
    let (text, html) = list(&w.msg("faq-purposes-a")?, &items);
    push("purposes", w.msg("faq-purposes-q")?, text, html);

    let items = view
        .purposes
        .iter()
        .map(|p| {
            w.msg_with(
                "label-value",
                &[
                    ("label", FluentValue::from(p.title.clone())),
                    ("value", FluentValue::from(p.retention.clone())),
                ],
            )
        })
        .collect::<Result<Vec<_>, _>>()?;
    let (text, html) = list(&w.msg("faq-retention-a")?, &items);
    push("retention", w.msg("faq-retention-q")?, text, html);

    let names = |pred: &dyn Fn(RecipientRole) -> bool| -> Vec<String> {
        policy
            .recipients
            .iter()
            .filter(|r| pred(r.role))
            .map(|r| r.name.clone())
            .collect()
    };
    // Whoever receives data for their own purposes is named; "we do not sell" is only said when
    // no such recipient exists, so the answer follows from the data.
    let own_use = names(&|role| {
        matches!(
            role,
            RecipientRole::Controller
                | RecipientRole::JointController
                | RecipientRole::GroupCompany
        )
    });
    let processors = names(&|role| role == RecipientRole::Processor);
    let answer = if !own_use.is_empty() {
        w.msg_with(
            "faq-share-a-controllers",
            &[("list", FluentValue::from(w.join(&own_use)?))],
        )?
    } else if !processors.is_empty() {
        w.msg_with(
            "faq-share-a-processors",
            &[("list", FluentValue::from(w.join(&processors)?))],
        )?
    } else {
        w.msg("faq-share-a-none")?
    };
    push(
        "sharing",
        w.msg("faq-share-q")?,
        answer.clone(),
        paragraph(&answer),
    );

    let countries = policy
        .third_countries()
        .into_iter()
        .map(|c| w.country(c))
        .collect::<Result<Vec<_>, _>>()?;
    let answer = if countries.is_empty() {
        w.msg("faq-transfers-a-no")?
    } else {
        w.msg_with(
            "faq-transfers-a-yes",
            &[("countries", FluentValue::from(w.join(&countries)?))],
        )?
    };
    push(
        "transfers",
        w.msg("faq-transfers-q")?,
        answer.clone(),
        paragraph(&answer),
    );

    let rights: Vec<String> = view
        .objection
        .iter()
        .chain(&view.rights)
        .map(|r| r.title.to_lowercase_first())
        .collect();
    let answer = w.msg_with(
        "faq-rights-a",
        &[
            ("list", FluentValue::from(w.join(&rights)?)),
            ("email", FluentValue::from(policy.rights.email.clone())),
        ],
    )?;
    push(
        "rights",
        w.msg("faq-rights-q")?,
        answer.clone(),
        paragraph(&answer),
    );

    let authority = match &view.authority.website {
        Some(site) => format!(
            "{} ({})",
            view.authority.name,
            site.trim_start_matches("https://")
        ),
        None => view.authority.name.clone(),
    };
    let answer = w.msg_with(
        "faq-complaint-a",
        &[
            ("email", FluentValue::from(policy.rights.email.clone())),
            ("authority", FluentValue::from(authority)),
        ],
    )?;
    push(
        "complaint",
        w.msg("faq-complaint-q")?,
        answer.clone(),
        paragraph(&answer),
    );

    let answer = if policy.cookies.is_empty() {
        w.msg("faq-cookies-a-none")?
    } else if policy.cookies_need_consent() {
        let cats: Vec<String> = view
            .cookie_groups
            .iter()
            .map(|g| g.title.to_lowercase_first())
            .collect();
        w.msg_with(
            "faq-cookies-a-consent",
            &[("list", FluentValue::from(w.join(&cats)?))],
        )?
    } else {
        w.msg("faq-cookies-a-necessary")?
    };
    push(
        "cookies",
        w.msg("faq-cookies-q")?,
        answer.clone(),
        paragraph(&answer),
    );

    // The author's answers may hold Markdown; schema.org's Answer text accepts the basic HTML
    // comrak produces, so the structured data carries the rendered answer, not the Markdown.
    for (i, faq) in policy.faq.iter().enumerate() {
        let html = w.html(&faq.answer);
        push(
            &format!("custom-{}", i + 1),
            w.plain(&faq.question),
            html.clone(),
            html,
        );
    }
    Ok(entries)
}

/// schema.org FAQPage data, so search engines can show the answers. `</` is escaped because the
/// JSON sits inside a `<script>` element.
pub fn json_ld(entries: &[FaqEntry]) -> String {
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

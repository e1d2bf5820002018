//! The FAQ: questions whose answers follow from what the policy states, then the author's own,
//! as HTML for the page and as schema.org `FAQPage` data for search engines.
//!
//! A derived question is asked only when the policy states enough to answer it truthfully: no
//! answer says "no" for a fact the policy leaves open.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::catalogue::RecipientRole;
use crate::i18n::MessageError;
use crate::policy::{Fact, Policy};

use super::view::{InSentence, PolicyView, Words, escape};

/// One question of the FAQ, with its answer as HTML for the page and as the text for the
/// schema.org JSON-LD (plain for derived answers, the rendered HTML for the author's own).
#[derive(Debug, Serialize)]
pub struct FaqEntry {
    pub id: String,
    pub question: String,
    pub answer_html: String,
    pub structured_answer: String,
}

type Res<T> = Result<T, MessageError>;

/// An answer as paragraphs, as a lead with a list, or as paragraphs around the author's own
/// Markdown (already HTML).
enum Answer {
    Paragraphs(Vec<String>),
    List(String, Vec<String>),
    WithProse(Vec<String>, String, Vec<String>),
}

impl Answer {
    fn text(&self) -> String {
        match self {
            Answer::Paragraphs(ps) => ps.join(" "),
            Answer::List(lead, items) => format!("{lead} {}", items.join("; ")),
            // schema.org's Answer text accepts basic HTML, as for the author's own answers.
            Answer::WithProse(..) => self.html(),
        }
    }

    fn html(&self) -> String {
        match self {
            Answer::Paragraphs(ps) => ps.iter().map(|p| format!("<p>{}</p>", escape(p))).collect(),
            Answer::List(lead, items) => {
                let lis: String = items
                    .iter()
                    .map(|i| format!("<li>{}</li>", escape(i)))
                    .collect();
                format!("<p>{}</p><ul>{lis}</ul>", escape(lead))
            }
            Answer::WithProse(before, prose, after) => {
                let paragraphs = |ps: &[String]| -> String {
                    ps.iter().map(|p| format!("<p>{}</p>", escape(p))).collect()
                };
                format!("{}{prose}{}", paragraphs(before), paragraphs(after))
            }
        }
    }
}

/// The questions the policy's facts answer, then the author's own.
pub fn entries(policy: &Policy, view: &PolicyView, w: &Words) -> Res<Vec<FaqEntry>> {
    let mut entries = Vec::new();
    let mut push = |id: &str, question: String, answer: Answer| {
        entries.push(FaqEntry {
            id: id.to_owned(),
            question,
            answer_html: answer.html(),
            structured_answer: answer.text(),
        });
    };

    let labels: Vec<String> = view
        .data_categories
        .iter()
        .map(|c| c.label.in_sentence(w.lang))
        .collect();
    if !labels.is_empty() {
        let mut list = w.join(&labels)?;
        // The answer is a sentence of its own: it starts with a capital.
        if let Some(first) = list.get(..1) {
            list = first.to_uppercase() + &list[1..];
        }
        push(
            "data",
            w.msg("faq-data-q")?,
            Answer::Paragraphs(vec![
                w.msg_with("faq-data-a", &[("list", FluentValue::from(list))])?,
            ]),
        );
    }

    // Every purpose is answered, with the basis as the policy states it: a purpose left out
    // would make the list read as complete when it is not.
    let items: Vec<String> = view
        .purposes
        .iter()
        .map(|p| match &p.basis_short {
            Some(basis) => format!("{} ({basis})", p.title),
            None => p.title.clone(),
        })
        .collect();
    if !items.is_empty() {
        push(
            "purposes",
            w.msg("faq-purposes-q")?,
            Answer::List(w.msg("faq-purposes-a")?, items),
        );
    }

    let items = view
        .retention_rows
        .iter()
        .map(|r| {
            w.msg_with(
                "label-value",
                &[
                    ("label", FluentValue::from(r.title.clone())),
                    ("value", FluentValue::from(r.retention.clone())),
                ],
            )
        })
        .collect::<Res<Vec<_>>>()?;
    if !items.is_empty() {
        push(
            "retention",
            w.msg("faq-retention-q")?,
            Answer::List(w.msg("faq-retention-a")?, items),
        );
    }

    if let Some(answer) = sharing(policy, view, w)? {
        push("sharing", w.msg("faq-share-q")?, answer);
    }

    match policy.leaves_eea() {
        Some(false) => push(
            "transfers",
            w.msg("faq-transfers-q")?,
            Answer::Paragraphs(vec![w.msg("faq-transfers-a-no")?]),
        ),
        Some(true) => {
            let countries = policy
                .third_countries()
                .into_iter()
                .map(|c| w.country_in_text(c))
                .collect::<Res<Vec<_>>>()?;
            let answer = if countries.is_empty() {
                w.msg("faq-transfers-a-unnamed")?
            } else {
                w.msg_with(
                    "faq-transfers-a-yes",
                    &[("countries", FluentValue::from(w.join(&countries)?))],
                )?
            };
            push(
                "transfers",
                w.msg("faq-transfers-q")?,
                Answer::Paragraphs(vec![answer]),
            );
        }
        None => {}
    }

    let rights: Vec<String> = view
        .objection
        .iter()
        .chain(&view.rights)
        .map(|r| r.title.in_sentence(w.lang))
        .collect();
    let mut answer = vec![w.msg_with(
        "faq-rights-a",
        &[("list", FluentValue::from(w.join(&rights)?))],
    )?];
    if let Some(email) = &view.exercise.email {
        answer.push(w.msg_with(
            "faq-rights-contact",
            &[("email", FluentValue::from(email.clone()))],
        )?);
    }
    push("rights", w.msg("faq-rights-q")?, Answer::Paragraphs(answer));

    let mut answer = vec![match &view.complaint.authority {
        Some(a) => {
            let name = a.name.clone().unwrap_or_default();
            let authority = match &a.website {
                Some(site) => format!("{name} ({})", site.trim_start_matches("https://")),
                None => name,
            };
            w.msg_with(
                "faq-complaint-a",
                &[("authority", FluentValue::from(authority))],
            )?
        }
        None => w.msg("faq-complaint-a-generic")?,
    }];
    if let Some(email) = &view.exercise.email {
        answer.push(w.msg_with(
            "faq-complaint-contact",
            &[("email", FluentValue::from(email.clone()))],
        )?);
    }
    push(
        "complaint",
        w.msg("faq-complaint-q")?,
        Answer::Paragraphs(answer),
    );

    let cookies = match &policy.cookies {
        Fact::Absent => Some(w.msg("faq-cookies-a-none")?),
        Fact::Stated(list) if list.is_empty() => Some(w.msg("faq-cookies-a-none")?),
        Fact::Stated(_) if policy.cookies_need_consent() => {
            let cats: Vec<String> = view
                .cookies
                .groups
                .iter()
                .map(|g| g.title.in_sentence(w.lang))
                .collect();
            Some(w.msg_with(
                "faq-cookies-a-consent",
                &[("list", FluentValue::from(w.join(&cats)?))],
            )?)
        }
        Fact::Stated(_) => Some(w.msg("faq-cookies-a-necessary")?),
        _ => None,
    };
    if let Some(answer) = cookies {
        push(
            "cookies",
            w.msg("faq-cookies-q")?,
            Answer::Paragraphs(vec![answer]),
        );
    }

    // The author's answers may hold Markdown; schema.org's Answer text accepts the basic HTML
    // comrak produces, so the structured data carries the rendered answer, not the Markdown.
    for (i, faq) in policy.faq.iter().enumerate() {
        let html = w.html(&faq.answer);
        entries.push(FaqEntry {
            id: format!("custom-{}", i + 1),
            question: w.plain(&faq.question),
            answer_html: html.clone(),
            structured_answer: html,
        });
    }
    Ok(entries)
}

/// "Do you sell or pass on my data?", answered from each recipient's role and the policy's own
/// statement on selling. Every recipient the policy names is listed, whether or not a purpose
/// points at it. Asked only when every purpose says who receives its data, or the policy makes
/// a statement on selling: otherwise the honest answer is not known. In a draft, a purpose that
/// does not say who receives its data is marked.
fn sharing(policy: &Policy, view: &PolicyView, w: &Words) -> Res<Option<Answer>> {
    let unstated: Vec<_> = policy
        .purposes
        .iter()
        .filter(|p| !matches!(p.recipients, Fact::Stated(_) | Fact::Absent))
        .collect();
    if (policy.purposes.is_empty() || !unstated.is_empty()) && policy.data_sale.is_none() {
        return Ok(None);
    }
    let mut paragraphs: Vec<String> = Vec::new();
    if view.recipients_none.is_some() {
        paragraphs.push(w.msg("faq-share-a-none")?);
        return Ok(Some(with_sale(view, paragraphs)));
    }
    let mut groups: Vec<(&str, Vec<String>)> = vec![
        ("faq-share-a-controllers", Vec::new()),
        ("faq-share-a-joint", Vec::new()),
        ("faq-share-a-authorities", Vec::new()),
        ("faq-share-a-group", Vec::new()),
        ("faq-share-a-processors", Vec::new()),
        ("faq-share-a-other", Vec::new()),
    ];
    for r in &policy.recipients {
        let slot = match r.role.stated() {
            Some(RecipientRole::Controller) => 0,
            Some(RecipientRole::JointController) => 1,
            Some(RecipientRole::PublicAuthority) => 2,
            Some(RecipientRole::GroupCompany) => 3,
            Some(RecipientRole::Processor) => 4,
            None => 5,
        };
        groups[slot].1.push(w.name(&r.name));
    }
    for (id, names) in groups {
        if !names.is_empty() {
            paragraphs.push(w.msg_with(id, &[("list", FluentValue::from(w.join(&names)?))])?);
        }
    }
    if let Some(first) = unstated.first()
        && let Some(marker) = w.missing(&first.recipients)?
    {
        let titles: Vec<String> = unstated
            .iter()
            .map(|p| w.msg_with("quoted", &[("text", FluentValue::from(w.plain(&p.title)))]))
            .collect::<Res<_>>()?;
        paragraphs.push(w.msg_with(
            "faq-share-a-unstated",
            &[
                ("purposes", FluentValue::from(w.join(&titles)?)),
                ("marker", FluentValue::from(marker)),
            ],
        )?);
    }
    Ok((!paragraphs.is_empty() || view.data_sale.is_some()).then(|| with_sale(view, paragraphs)))
}

/// The statement on selling, with its qualification, before the sentences on recipients.
fn with_sale(view: &PolicyView, recipients: Vec<String>) -> Answer {
    match &view.data_sale {
        None => Answer::Paragraphs(recipients),
        Some(sale) => match &sale.qualifier {
            None => Answer::Paragraphs([vec![sale.text.clone()], recipients].concat()),
            Some(html) => Answer::WithProse(vec![sale.text.clone()], html.clone(), recipients),
        },
    }
}

/// schema.org FAQPage data, so search engines can show the answers. The JSON sits inside a
/// `<script>` element, where `</script>` or `<!--` in a question would end or disturb it (HTML
/// script data rules): `<`, `>` and `&` are written as JSON escapes.
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
    escape_json_for_html(&serde_json::to_string(&doc).unwrap_or_default())
}

/// JSON made safe to embed in HTML: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026`,
/// which mean the same to a JSON parser and nothing to the HTML one.
pub fn escape_json_for_html(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    // A question holding `<!--<script>` cannot end the JSON-LD block early.
    #[test]
    fn embedded_json_has_no_markup_characters() {
        let entries = vec![FaqEntry {
            id: "x".into(),
            question: "<!--<script></script> & more".into(),
            answer_html: String::new(),
            structured_answer: "a</script>".into(),
        }];
        let out = json_ld(&entries);
        assert!(
            !out.contains('<') && !out.contains('>') && !out.contains('&'),
            "{out}"
        );
        let back: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(
            back["mainEntity"][0]["name"],
            "<!--<script></script> & more"
        );
    }
}

//! `PS-W…`: the author's own text is fair, concrete and in one register (WP260 rev.01; KB
//! R09, R13, §5.3).

use crate::catalogue;
use crate::check::report::Report;
use crate::diagnostic::Severity::Warning;
use crate::policy::{Policy, ProseText};

use super::rules;
use crate::check::rule::Family::Wording;

rules! {
    UNFAIR_CHANGE_CLAUSE {
        id: "PS-W01", family: Wording, level: Warning,
        summary: "asking people to re-read the policy, or continued use as acceptance",
        source: "WP260 rev.01 paras 29–30; GDPR Art. 5(1)(a); KB R09",
        explanation: r#"
Substantive changes are announced actively (e-mail, a notice). A clause telling people to check
the page regularly, or treating continued use as acceptance, is called unfair by the EDPB.

Wrong:
```yaml
introduction: {en: Please check this page regularly for changes.}
```
Right:
```yaml
introduction: {en: We will inform you by e-mail of any substantive change before it takes effect.}
```
"#,
        check: Some(unfair_change_clause),
    }
    VAGUE_RETENTION {
        id: "PS-W02", family: Wording, level: Warning,
        summary: "retention criteria that give neither a period nor a way to work one out",
        source: "GDPR Art. 13(2)(a); WP260 rev.01 Annex; KB R13",
        explanation: r#"
"As long as necessary" tells people nothing. Give a period, or criteria concrete enough to work
it out, and name the law that sets it.

Wrong:
```yaml
retention: {criteria: {en: As long as necessary.}}
```
Right:
```yaml
retention: {criteria: {en: Until the end of the warranty period, at most 2 years after delivery.}}
```
"#,
        check: Some(vague_retention),
    }
    INFORMAL_REGISTER {
        id: "PS-W03", family: Wording, level: Warning,
        summary: "informal address (je, tu) in a formal text",
        source: "WP260 rev.01 para 12 (clear and plain language); KB §5.3",
        explanation: r#"
The built-in texts address the reader formally ("u", "vous"); a "je" or "tu" in the author's
text makes the page switch register mid-way.

Wrong:
```yaml
description: {nl: Je kan je op elk moment uitschrijven.}
```
Right:
```yaml
description: {nl: U kunt zich op elk moment uitschrijven.}
```
"#,
        check: Some(informal_register),
    }
}

/// The author's texts in each language, with the YAML path of each language's text.
fn texts(policy: &Policy) -> impl Iterator<Item = (String, &str, String)> + '_ {
    policy.prose.iter().flat_map(|field| {
        let items: Vec<(String, &str, String)> = match &field.text {
            ProseText::Prose(p) => p
                .iter()
                .map(|(lang, text)| {
                    (
                        format!("{}.{lang}", field.path),
                        lang.as_str(),
                        text.clone(),
                    )
                })
                .collect(),
            ProseText::List(_) => Vec::new(),
        };
        items
    })
}

fn unfair_change_clause(policy: &Policy, report: &mut Report) {
    for (path, _, text) in texts(policy) {
        let lower = text.to_lowercase();
        for needle in catalogue::UNFAIR_CHANGE_CLAUSES {
            if lower.contains(needle) {
                report
                    .add(
                        &UNFAIR_CHANGE_CLAUSE,
                        path.clone(),
                        format!("\"{needle}\": asking people to re-read the policy, or treating continued use as acceptance, is not a fair way to announce changes"),
                    )
                    .hint("announce substantive changes actively (e-mail, notice); the EDPB (WP260 §29–30) calls such clauses unfair");
            }
        }
    }
}

fn vague_retention(policy: &Policy, report: &mut Report) {
    for (path, _, text) in texts(policy) {
        if !path.contains("retention.criteria") {
            continue;
        }
        let lower = text.to_lowercase();
        for needle in catalogue::VAGUE_RETENTION {
            if lower.contains(needle) {
                report
                    .add(
                        &VAGUE_RETENTION,
                        path.clone(),
                        format!("\"{needle}\" does not tell people how long their data is kept"),
                    )
                    .hint("give a period, or criteria concrete enough to work it out, and name the law that sets it");
            }
        }
    }
}

fn informal_register(policy: &Policy, report: &mut Report) {
    for (path, lang, text) in texts(policy) {
        let informal = text
            .split(|c: char| !c.is_alphabetic())
            .find(|w| catalogue::informal_words(lang).contains(&w.to_lowercase().as_str()));
        if let Some(word) = informal {
            let formal = if lang == "fr" { "vous" } else { "u" };
            report
                .add(
                    &INFORMAL_REGISTER,
                    path,
                    format!("\"{word}\" addresses the reader informally, but the rest of the site says \"{formal}\""),
                )
                .hint(format!("write \"{formal}\" throughout, so the policy keeps one register"));
        }
    }
}

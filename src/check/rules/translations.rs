//! `PS-T…`: every site language has the author's text, fully and really translated
//! (WP260 rev.01 para 13; KB R08).

use std::collections::BTreeSet;

use crate::check::report::Report;
use crate::diagnostic::Severity::{Error, Warning};
use crate::diagnostic::suggestion;
use crate::policy::{Policy, ProseText};

use super::rules;
use crate::check::rule::Family::Translations;

rules! {
    MISSING_TRANSLATION {
        id: "PS-T01", family: Translations, level: Error,
        summary: "a text missing or empty in a site language",
        source: "GDPR Art. 12(1); WP260 rev.01 para 13; KB R08",
        explanation: r#"
Every language a site publishes in gets the whole notice. privasite never shows one language's
text on another language's page.

Wrong:
```yaml
title: {nl: Bestellingen, en: Orders}   # the site is in nl, fr and en
```
Right:
```yaml
title: {nl: Bestellingen, fr: Commandes, en: Orders}
```
"#,
        check: None,
    }
    UNTRANSLATED_COPY {
        id: "PS-T02", family: Translations, level: Warning,
        summary: "the same sentence in two languages",
        source: "WP260 rev.01 para 13",
        explanation: r#"
A sentence pasted unchanged into a second language was most likely never translated.

Wrong:
```yaml
description: {nl: We use your data to ship your order., en: We use your data to ship your order.}
```
Right:
```yaml
description: {nl: Wij gebruiken uw gegevens om uw bestelling te verzenden., en: We use your data to ship your order.}
```
"#,
        check: Some(untranslated_copy),
    }
    UNPUBLISHED_LANGUAGE {
        id: "PS-T03", family: Translations, level: Warning,
        summary: "a text in a language the site does not publish",
        source: "privasite's site settings",
        explanation: r#"
A text in a language that is not in `languages` is never shown; often a typo in the language
code.

Wrong:
```yaml
title: {nl: Bestellingen, fr: Commandes, eng: Orders}
```
Right:
```yaml
title: {nl: Bestellingen, fr: Commandes, en: Orders}
```
"#,
        check: Some(unpublished_language),
    }
    LIST_LENGTHS {
        id: "PS-T04", family: Translations, level: Warning,
        summary: "the languages of a list have different numbers of items",
        source: "WP260 rev.01 para 13",
        explanation: r#"
When one language lists fewer items, something was probably left out of its translation.

Wrong:
```yaml
items: {nl: [naam, adres], fr: [nom], en: [name, address]}
```
Right:
```yaml
items: {nl: [naam, adres], fr: [nom, adresse], en: [name, address]}
```
"#,
        check: Some(list_lengths),
    }
    STALE_TRANSLATION {
        id: "PS-T05", family: Translations, level: Warning,
        summary: "a text reworded in one language but not in another since the last version",
        source: "GDPR Art. 12(1); WP260 rev.01 para 13",
        explanation: r#"
Between the newest archived version and the current policy, one language's wording of a text
changed and another's did not: the translations most likely say different things now. Reported
by `history`, which compares the two versions field by field.

Wrong (`purposes[1].description`, compared with the last version):
```yaml
description: {nl: Wij bewaren uw facturen 7 jaar., fr: Nous conservons vos factures 10 ans., en: We keep your invoices for 10 years.}
```
Right:
```yaml
description: {nl: Wij bewaren uw facturen 7 jaar., fr: Nous conservons vos factures 7 ans., en: We keep your invoices for 7 years.}
```
"#,
        check: None,
    }
}

fn untranslated_copy(policy: &Policy, report: &mut Report) {
    for field in &policy.prose {
        let ProseText::Prose(prose) = &field.text else {
            continue;
        };
        // A reference written once (a decision number) is the same in every language on purpose.
        if field.path.ends_with(".reference") {
            continue;
        }
        let langs: Vec<&String> = policy
            .languages
            .iter()
            .filter(|l| prose.contains_key(*l))
            .collect();
        for (i, a) in langs.iter().enumerate() {
            for b in &langs[i + 1..] {
                let text = prose[*a].trim();
                if text.split_whitespace().count() >= 4 && text == prose[*b].trim() {
                    report
                        .add(
                            &UNTRANSLATED_COPY,
                            format!("{}.{b}", field.path),
                            format!("the `{b}` text is the same as the `{a}` text"),
                        )
                        .hint(format!(
                            "was it translated? The `{b}` page must not show the sentence in `{a}`"
                        ));
                }
            }
        }
    }
}

fn unpublished_language(policy: &Policy, report: &mut Report) {
    let site: Vec<&str> = policy.languages.iter().map(String::as_str).collect();
    for field in &policy.prose {
        let ProseText::Prose(prose) = &field.text else {
            continue;
        };
        for lang in prose.keys() {
            if !site.contains(&lang.as_str()) {
                report
                    .add(
                        &UNPUBLISHED_LANGUAGE,
                        format!("{}.{lang}", field.path),
                        format!(
                            "`{lang}` is not one of the site's languages, so this text is not published"
                        ),
                    )
                    .hint(suggestion(lang, &site));
            }
        }
    }
}

fn list_lengths(policy: &Policy, report: &mut Report) {
    for field in &policy.prose {
        let ProseText::List(list) = &field.text else {
            continue;
        };
        let lengths: BTreeSet<usize> = list.values().map(Vec::len).collect();
        if lengths.len() > 1 {
            report
                .add(
                    &LIST_LENGTHS,
                    field.path.clone(),
                    "the languages list a different number of items",
                )
                .hint("check that no item was left out of one translation");
        }
    }
}

//! Translations that did not move together: between two versions, one language's wording of a
//! text changed and another's did not (`PS-T05`).
//!
//! Texts are matched by what they belong to (the purpose `orders`, the recipient `mailer`),
//! not by their position in a list, so reordering entries compares the right texts.

use std::collections::BTreeMap;

use crate::check::{Report, rules};
use crate::policy::{Date, Policy, ProseText, iso_date};

/// Reports each text of `current` whose languages changed unevenly since `old` (of `date`).
pub fn report(old: &Policy, current: &Policy, date: Date, report: &mut Report) {
    let before = texts_by_owner(old);
    for field in &current.prose {
        let key = owner_key(current, &field.path);
        let Some(old_text) = before.get(&key) else {
            continue;
        };
        let (changed, unchanged) = split_languages(old_text, &field.text, &current.languages);
        if changed.is_empty() || unchanged.is_empty() {
            continue;
        }
        report
            .add(
                &rules::STALE_TRANSLATION,
                field.path.clone(),
                format!(
                    "the {} text changed since the version of {}, but the {} text did not",
                    changed.join(" and "),
                    iso_date(date),
                    unchanged.join(" and ")
                ),
            )
            .hint(format!(
                "update the {} translation(s) too, or confirm they still say the same",
                unchanged.join(" and ")
            ));
    }
}

fn texts_by_owner(policy: &Policy) -> BTreeMap<String, &ProseText> {
    policy
        .prose
        .iter()
        .map(|f| (owner_key(policy, &f.path), &f.text))
        .collect()
}

/// Which languages' text differs between the two, and which is the same; languages without a
/// text on either side are left out.
fn split_languages(
    old: &ProseText,
    new: &ProseText,
    languages: &[String],
) -> (Vec<String>, Vec<String>) {
    let mut changed = Vec::new();
    let mut unchanged = Vec::new();
    for lang in languages {
        let same = match (old, new) {
            (ProseText::Prose(a), ProseText::Prose(b)) => match (a.get(lang), b.get(lang)) {
                (Some(x), Some(y)) => Some(x == y),
                _ => None,
            },
            (ProseText::List(a), ProseText::List(b)) => match (a.get(lang), b.get(lang)) {
                (Some(x), Some(y)) => Some(x == y),
                _ => None,
            },
            _ => None,
        };
        match same {
            Some(true) => unchanged.push(lang.clone()),
            Some(false) => changed.push(lang.clone()),
            None => {}
        }
    }
    (changed, unchanged)
}

/// A prose field's path with its list entry replaced by the entry's identity:
/// `purposes[2].description` → `purpose orders.description`.
fn owner_key(policy: &Policy, path: &str) -> String {
    let owners = owners(policy);
    let best = owners
        .iter()
        .filter(|(at, _)| {
            path.strip_prefix(at.as_str()).is_some_and(|rest| {
                rest.is_empty() || rest.starts_with('.') || rest.starts_with('[')
            })
        })
        .max_by_key(|(at, _)| at.len());
    match best {
        Some((at, key)) => format!("{key}{}", &path[at.len()..]),
        None => path.to_owned(),
    }
}

/// Every list entry that has an identity, with where it is written.
fn owners(policy: &Policy) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for p in &policy.purposes {
        out.push((p.at.clone(), format!("purpose {}", p.id)));
    }
    for r in &policy.recipients {
        out.push((r.at.clone(), format!("recipient {}", r.id)));
    }
    for c in policy.categories() {
        out.push((c.at.clone(), format!("data category {}", c.id)));
    }
    for s in policy.source_list() {
        out.push((s.at.clone(), format!("source {}", s.id)));
    }
    for c in policy.cookie_list() {
        out.push((
            c.at.clone(),
            format!("cookie {:?} {:?}", c.name, c.provider),
        ));
    }
    out
}

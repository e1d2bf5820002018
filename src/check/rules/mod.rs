//! The rules `check` applies, as data: each has an id, a default level, a one-line summary,
//! the legal source it rests on, an explanation with a wrong and a right example, and (for the
//! rules that judge a finished policy) the function that finds it.
//!
//! Ids follow one scheme, `PS-<family><number>`:
//! `S` structure of the files, `C` completeness (GDPR Art. 13/14), `K` consistency, `F` legal
//! freshness, `W` wording, `T` translations, `V` versions. A number is never reused.
//!
//! Each family's rules are declared once, in its own file, with [`rules!`]; [`all`] lists every
//! family. Rules read a finished [`Policy`] and never resolve references; resolving never
//! judges (it reports, under the structure rules, only what stops it from building a policy).

mod completeness;
mod consistency;
mod freshness;
mod structure;
mod translations;
mod versions;
mod wording;

pub use completeness::{
    ADEQUACY_NAMED, AUTHORITY_CONTACT, AUTHORITY_STATED, AUTOMATED_DECISIONS_STATED,
    CHANGES_STATED, CHILDREN_AGE, CONSENT_MECHANISM_STATED, CONTROLLER_ADDRESS,
    CONTROLLER_IDENTITY, COOKIE_DETAILS, COOKIE_WITHDRAWAL, COOKIES_STATED, DATA_CATEGORIES_STATED,
    DATE_STATED, DPO_STATED, ENTERPRISE_NUMBER, JOINT_ARRANGEMENT, LEGAL_BASIS_STATED,
    LEGITIMATE_INTEREST_NAMED, PROVISION_STATED, PURPOSE_DATA, RECIPIENTS_STATED, RESPONSE_TIME,
    RETENTION_STATED, RIGHTS_ROUTE, SAFEGUARD_COPY, SOURCES_STATED, SPECIAL_CATEGORY_CONDITION,
    STATUTORY_LAW_NAMED, TRANSFER_SAFEGUARD, TRANSFERS_STATED,
};
pub use consistency::{
    ADEQUACY_DECISION, CONSENT_MECHANISM, COOKIE_CONSENT_PURPOSE, DPF_OUTSIDE_US, EFFECTIVE_DATE,
    IGNORED_FIELD, INTEREST_WITHOUT_BASIS, ONE_LEGAL_BASIS, RIGHTS_MISSING, RIGHTS_NOT_GIVEN,
    SPECIAL_CATEGORIES_CONTRADICTED, SPECIAL_DENIED, TRANSFER_INSIDE_EEA, TRANSFERS_CONTRADICTED,
    UNUSED_RECIPIENT,
};
pub use freshness::{
    ABOLISHED_COOKIE_LAW, ADEQUACY_LIST_AGE, ANNULLED_US_FRAMEWORK, CURRENT_CLAUSES, DPF_CHECK_AGE,
    DPF_CHECKED, INVOICE_RETENTION, REPEALED_BELGIAN_LAW, REPEALED_CLAUSES, REPEALED_DIRECTIVE,
};
pub use structure::{
    CUSTOM_WITHOUT_LABEL, DUPLICATE_ENTRY, DUPLICATE_KEY, INVALID_ID, INVALID_PERIOD,
    INVALID_VALUE, MISSING_FIELD, MISSING_MESSAGE, POLICY_JSON_UNWRITABLE, SITE_LANGUAGES, SYNTAX,
    TEMPLATE, THEME_MISSING, TRANSLATION_FILE, UNKNOWN_FIELD, UNKNOWN_KEY, UNKNOWN_REFERENCE,
    UNREADABLE, WRONG_TYPE,
};
pub use translations::{
    LIST_LENGTHS, MISSING_TRANSLATION, STALE_TRANSLATION, UNPUBLISHED_LANGUAGE, UNTRANSLATED_COPY,
};
pub use versions::{
    CURRENT_NOT_NEWER, DUPLICATE_VERSION, FORGOTTEN_DATE, FROZEN_TEXT_CHANGED, NO_FINGERPRINTS,
    SNAPSHOT_DATE, SNAPSHOT_UNREADABLE, SUMMARY_REPEATED,
};
pub use wording::{
    BROWSER_SETTINGS_ONLY, CHECK_REGULARLY_CLAUSE, CONTINUED_USE, GENERIC_INTEREST,
    GENERIC_RECIPIENT, HEDGING, MIXED_REGISTER, RESPONSE_IN_DAYS, RIGHTS_CONDITIONS,
    UNFAIR_CHANGE_NOTICE, VAGUE_RETENTION,
};

use crate::diagnostic::RuleInfo;
use crate::policy::Policy;

use super::report::Report;
pub use super::rule::{Family, Rule};

/// A check on a finished policy.
pub type CheckFn = fn(&Policy, &mut Report);

/// Declares a family's rules: one `static` each, and the family's list of them.
macro_rules! rules {
    ($($(#[$doc:meta])* $name:ident {
        id: $id:literal, family: $family:expr, level: $level:expr,
        summary: $summary:expr, source: $source:expr, explanation: $explanation:expr,
        check: $check:expr $(,)?
    })*) => {
        $( #[doc = concat!("Rule `", $id, "`.")] $(#[$doc])*
        pub static $name: $crate::check::rule::Rule = $crate::check::rule::Rule {
            id: $id,
            family: $family,
            level: $level,
            summary: $summary,
            source: $source,
            explanation: $explanation,
        }; )*
        /// The rules of this family, in id order, each with its check on a finished policy
        /// (`None` for rules reported while loading, resolving or rendering).
        pub static RULES: &[(&$crate::check::rule::Rule, Option<$crate::check::rules::CheckFn>)] =
            &[$((&$name, $check)),*];
    };
}
pub(crate) use rules;

/// Every family's rules, with their checks.
fn families() -> impl Iterator<Item = &'static (&'static Rule, Option<CheckFn>)> {
    [
        structure::RULES,
        completeness::RULES,
        consistency::RULES,
        freshness::RULES,
        wording::RULES,
        translations::RULES,
        versions::RULES,
    ]
    .into_iter()
    .flatten()
}

/// Every rule, family by family, in id order.
pub fn all() -> impl Iterator<Item = &'static Rule> {
    families().map(|(rule, _)| *rule)
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().find(|r| r.id.eq_ignore_ascii_case(id))
}

/// Runs every rule that judges a finished policy.
pub fn run(policy: &Policy, report: &mut Report) {
    for (_, check) in families() {
        if let Some(check) = check {
            check(policy, report);
        }
    }
}

/// The registry as the output formats see it.
pub struct Registry;

impl RuleInfo for Registry {
    fn summary(&self, id: &str) -> Option<&'static str> {
        find(id).map(|r| r.summary)
    }

    fn source(&self, id: &str) -> Option<&'static str> {
        find(id).map(|r| r.source)
    }

    fn ids(&self) -> Vec<&'static str> {
        all().map(|r| r.id).collect()
    }
}

/// The rules page (`docs/rules.md`), generated from the registry so it cannot drift.
pub fn rules_page() -> String {
    let mut out = String::from(
        "# The rules of `privasite check`\n\n\
         Generated from the rule registry (`src/check/rules/`); a test fails when this page is \
         out of date. `privasite check --explain ID` prints one rule.\n\n\
         Ids are `PS-<family><number>`. A rule's level can be changed in `site.yaml` \
         (`check: {allow: [ID], warn: [ID], deny: [ID]}`), on the command line (`-A ID`, \
         `-W ID`, `-D ID`, `--deny warnings`) or for one value with a comment \
         `# privasite: allow(ID) reason`. Structure rules (`PS-S…`) cannot be changed.\n",
    );
    let mut family = None;
    for rule in all() {
        if family != Some(rule.family) {
            family = Some(rule.family);
            out.push_str(&format!("\n## {}\n\n", rule.family.title()));
            out.push_str("| id | level | finds | source |\n|---|---|---|---|\n");
            for r in all().filter(|r| r.family == rule.family) {
                out.push_str(&format!(
                    "| [{}](#{}) | {} | {} | {} |\n",
                    r.id,
                    r.id.to_lowercase(),
                    r.level.label(),
                    r.summary,
                    r.source
                ));
            }
        }
    }
    out.push_str("\n## Explanations\n");
    for rule in all() {
        out.push_str(&format!(
            "\n### {}\n\n*{}* — {}. Source: {}.\n\n{}\n",
            rule.id,
            rule.level.label(),
            rule.summary,
            rule.source,
            rule.explanation.trim()
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Map, Value, json};

    // Ids follow the scheme, match their family, are unique, and every explanation shows a
    // wrong and a right example.
    #[test]
    fn every_rule_is_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for rule in all() {
            assert!(seen.insert(rule.id), "{} declared twice", rule.id);
            let rest = rule.id.strip_prefix("PS-").expect("PS- prefix");
            let mut chars = rest.chars();
            assert_eq!(chars.next(), Some(rule.family.letter()), "{}", rule.id);
            assert!(
                chars.as_str().len() == 2 && chars.as_str().chars().all(|c| c.is_ascii_digit()),
                "{}",
                rule.id
            );
            assert!(
                !rule.summary.ends_with('.'),
                "{}: summary is a phrase",
                rule.id
            );
            assert!(!rule.source.is_empty(), "{} has no source", rule.id);
            assert!(
                rule.explanation.contains("Wrong") && rule.explanation.contains("Right"),
                "{} lacks a wrong and a right example",
                rule.id
            );
        }
    }

    /// The minimal complete policy every example is laid over.
    const MINIMAL: &str = include_str!("../../../tests/fixtures/minimal/content/policy.yaml");

    const TOP_FIELDS: &[&str] = &[
        "schema",
        "last_updated",
        "effective",
        "change_summary",
        "introduction",
        "controller",
        "joint_controllers",
        "representative",
        "dpo",
        "privacy_contact",
        "supervisory_authority",
        "data_categories",
        "special_categories",
        "sources",
        "purposes",
        "automated_decisions",
        "recipients",
        "transfers",
        "cookies",
        "cookie_consent",
        "rights",
        "changes",
        "data_sale",
        "after_retention",
        "children",
        "security",
        "faq",
    ];
    const PURPOSE_FIELDS: &[&str] = &[
        "id",
        "title",
        "description",
        "data",
        "legal_basis",
        "legitimate_interest",
        "retention",
        "recipients",
        "sources",
        "provision",
        "automated_decisions",
        "profiling",
        "direct_marketing",
        "cookie_categories",
    ];
    const RECIPIENT_FIELDS: &[&str] = &[
        "id",
        "name",
        "role",
        "service",
        "country",
        "legal_basis",
        "transfer",
    ];
    const COOKIE_FIELDS: &[&str] = &[
        "name", "provider", "category", "purpose", "duration", "kind",
    ];

    /// The first ```yaml block after the line that starts with `label` ("Wrong" or "Right")
    /// and before the line that starts with `until`.
    fn example<'e>(explanation: &'e str, label: &str, until: Option<&str>) -> Option<&'e str> {
        // "Right:" or "Right (…):" at the start of a line, not "Rights are…".
        let line_start = |text: &str, label: &str| {
            text.match_indices(&format!("\n{label}"))
                .map(|(i, _)| i)
                .find(|i| !text[i + 1 + label.len()..].starts_with(char::is_alphabetic))
        };
        let start = line_start(explanation, label)?;
        let rest = &explanation[start..];
        let end = until
            .and_then(|u| line_start(rest, u))
            .unwrap_or(rest.len());
        let section = &rest[..end];
        let open = section.find("```yaml\n")? + "```yaml\n".len();
        let close = section[open..].find("```")?;
        Some(&section[open..open + close])
    }

    fn keys_within(map: &Map<String, Value>, fields: &[&str]) -> bool {
        map.keys().all(|k| fields.contains(&k.as_str()))
    }

    fn merged(base: &Value, over: &Map<String, Value>) -> Value {
        let mut out = base.clone();
        for (k, v) in over {
            out[k] = v.clone();
        }
        out
    }

    /// A recipient the example's fields are laid over, in a country its safeguard fits.
    fn recipient_over(fields: &Map<String, Value>, n: usize) -> Value {
        let mechanism = fields
            .get("transfer")
            .and_then(|t| t.get("mechanism"))
            .and_then(Value::as_str);
        let country = match mechanism {
            Some("dpf") => "US",
            Some("adequacy") => "NZ",
            Some(_) => "IN",
            None => "BE",
        };
        let base = json!({
            "id": format!("example_recipient_{n}"),
            "name": "Example Ltd",
            "role": "processor",
            "service": {"nl": "dienst", "fr": "service", "en": "service"},
            "country": country,
        });
        merged(&base, fields)
    }

    /// The minimal policy with the example laid where it belongs: top-level fields at the top,
    /// a purpose's fields on its purpose, a recipient's on a recipient its purpose uses, cookies
    /// as its cookies. `None` when the example is a fragment that cannot be placed (or is not
    /// YAML on purpose, as a syntax error's example is).
    fn place(example: &str) -> Option<String> {
        if example.contains('#') {
            // A comment stands for context the example does not write out.
            return None;
        }
        let fragment: Value = serde_saphyr::from_str(example).ok()?;
        let mut doc: Value = serde_saphyr::from_str(MINIMAL).expect("the minimal policy");
        let purpose = doc["purposes"][0].clone();
        match &fragment {
            Value::Object(map) if keys_within(map, TOP_FIELDS) => {
                for (k, v) in map {
                    doc[k] = v.clone();
                }
            }
            Value::Object(map) if keys_within(map, PURPOSE_FIELDS) => {
                doc["purposes"][0] = merged(&purpose, map);
            }
            Value::Object(map) if keys_within(map, RECIPIENT_FIELDS) => {
                let r = recipient_over(map, 0);
                doc["purposes"][0]["recipients"] = json!([r["id"].clone()]);
                doc["recipients"] = json!([r]);
                doc.as_object_mut()?.remove("transfers");
            }
            Value::Array(items) => {
                let maps: Vec<&Map<String, Value>> =
                    items.iter().map(Value::as_object).collect::<Option<_>>()?;
                if maps
                    .iter()
                    .all(|m| keys_within(m, PURPOSE_FIELDS) && m.contains_key("id"))
                {
                    // Whole purposes: what they leave out is left out (a missing legal basis is
                    // the point of an example); only the title every purpose needs is lent.
                    let title = json!({"title": purpose["title"].clone()});
                    doc["purposes"] =
                        Value::Array(maps.iter().map(|m| merged(&title, m)).collect());
                } else if maps.iter().all(|m| keys_within(m, RECIPIENT_FIELDS)) {
                    let list: Vec<Value> = maps
                        .iter()
                        .enumerate()
                        .map(|(i, m)| recipient_over(m, i))
                        .collect();
                    doc["purposes"][0]["recipients"] =
                        Value::Array(list.iter().map(|r| r["id"].clone()).collect());
                    doc["recipients"] = Value::Array(list);
                    doc.as_object_mut()?.remove("transfers");
                } else if maps.iter().all(|m| keys_within(m, COOKIE_FIELDS)) {
                    doc["cookies"] = fragment.clone();
                } else {
                    return None;
                }
            }
            _ => return None,
        }
        serde_saphyr::to_string(&doc).ok()
    }

    /// The ids of the rules that report something about `text` as `content/policy.yaml`.
    fn reported(text: &str) -> Vec<&'static str> {
        let file = crate::load::SourceFile::new("content/policy.yaml", std::sync::Arc::from(text));
        let raw = match crate::load::parse::<crate::model::RawPolicy>(&file) {
            Ok(raw) => raw,
            Err(d) => return vec![d.rule],
        };
        let languages = ["nl", "fr", "en"].map(String::from);
        let (_, diagnostics) = crate::check::policy(
            &raw,
            &file,
            &languages,
            crate::catalogue::Register::Formal,
            crate::model::SCHEMA_VERSION,
            &crate::check::RuleConfig::default(),
        );
        diagnostics.iter().map(|d| d.rule).collect()
    }

    // Every explanation's examples that are complete enough to run, laid over the minimal
    // policy, do what they say: the wrong one is reported by its rule, the right one is not.
    // An example whose placement brings errors of another structure rule (a `…` standing for
    // omitted fields) is not complete enough, and is left out; so is one that is a fragment of a
    // file other than the policy, that names its context in a comment, or that is about the
    // difference between two versions.
    #[test]
    fn explanation_examples_do_what_they_say() {
        let mut ran = 0;
        let mut failures = Vec::new();
        for rule in all() {
            // Reported by `history`, comparing the policy with its last archived version: one
            // policy alone cannot show them.
            if rule.family == Family::Versions || rule.id == "PS-T05" {
                continue;
            }
            for (label, until, should_report) in
                [("Wrong", Some("Right"), true), ("Right", None, false)]
            {
                let Some(text) = example(rule.explanation, label, until).and_then(place) else {
                    continue;
                };
                let ids = reported(&text);
                let blocked = ids
                    .iter()
                    .any(|id| *id != rule.id && id.starts_with("PS-S"));
                if blocked {
                    continue;
                }
                ran += 1;
                if ids.contains(&rule.id) != should_report {
                    failures.push(format!(
                        "{} {label} example {}: reported {ids:?}\n{text}",
                        rule.id,
                        if should_report {
                            "is not reported"
                        } else {
                            "is reported"
                        }
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n\n"));
        eprintln!("{ran} explanation examples ran");
        assert!(ran >= 80, "only {ran} examples ran");
    }
}

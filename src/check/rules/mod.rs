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
    SPECIAL_CATEGORIES_CONTRADICTED, TRANSFER_INSIDE_EEA, TRANSFERS_CONTRADICTED, UNUSED_RECIPIENT,
};
pub use freshness::{
    ABOLISHED_COOKIE_LAW, ADEQUACY_LIST_AGE, ANNULLED_US_FRAMEWORK, CURRENT_CLAUSES, DPF_CHECK_AGE,
    DPF_CHECKED, INVOICE_RETENTION, REPEALED_BELGIAN_LAW, REPEALED_CLAUSES, REPEALED_DIRECTIVE,
};
pub use structure::{
    CUSTOM_WITHOUT_LABEL, DUPLICATE_ENTRY, DUPLICATE_KEY, INVALID_ID, INVALID_PERIOD,
    INVALID_VALUE, MISSING_FIELD, MISSING_MESSAGE, SITE_LANGUAGES, SYNTAX, TEMPLATE, THEME_MISSING,
    TRANSLATION_FILE, UNKNOWN_FIELD, UNKNOWN_KEY, UNKNOWN_REFERENCE, UNREADABLE, WRONG_TYPE,
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
    GENERIC_RECIPIENT, HEDGING, INFORMAL_REGISTER, RESPONSE_IN_DAYS, RIGHTS_CONDITIONS,
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
}

//! Turns the raw model into a checked [`Policy`] and judges it, reporting every problem at
//! once.
//!
//! Two steps that never mix: [`resolve`] builds the settings and the policy (types, keys,
//! references, dates, complete translations: the structural errors only), then [`rules`]
//! judge the finished policy against the GDPR notes in `shared/legal/`. Each finding carries
//! the id of the rule that made it; [`config`] sets the level it is reported at.
//! Knows nothing of Fluent, templates or files on disk.

pub mod config;
pub mod lexicon;
pub mod report;
pub mod resolve;
pub mod rule;
pub mod rules;

use crate::catalogue::Register;
use crate::diagnostic::Diagnostic;
use crate::load::SourceFile;
use crate::model::{RawPolicy, RawSite};
use crate::policy::{Policy, Settings};

pub use config::{RuleConfig, Setting};
pub use report::Report;

/// Resolves `site.yaml`: the settings when they are usable, and every finding about them.
/// `known_languages` are the languages with translations.
pub fn settings(
    raw: &RawSite,
    file: &SourceFile,
    known_languages: &[String],
) -> (Option<Settings>, Vec<Diagnostic>) {
    let mut report = Report::new();
    let settings = resolve::settings(raw, known_languages, &mut report);
    (
        settings,
        report.into_diagnostics(file, &RuleConfig::default()),
    )
}

/// The rule settings of `site.yaml`'s `check:` section, with findings for unknown rule ids.
pub fn site_rule_settings(
    raw: &RawSite,
    file: &SourceFile,
) -> (Vec<(String, Setting)>, Vec<Diagnostic>) {
    let mut report = Report::new();
    let mut settings = Vec::new();
    if let Some(check) = &raw.check {
        for (field, setting, ids) in [
            ("allow", Setting::Allow, &check.allow),
            ("warn", Setting::Warn, &check.warn),
            ("deny", Setting::Deny, &check.deny),
        ] {
            for (i, id) in ids.iter().enumerate() {
                match rules::find(id) {
                    Some(rule) => settings.push((rule.id.to_owned(), setting)),
                    None => {
                        let known: Vec<&str> = rules::all().map(|r| r.id).collect();
                        report
                            .add(
                                &rules::UNKNOWN_KEY,
                                format!("check.{field}[{i}]"),
                                format!("`{id}` is not a rule of privasite check"),
                            )
                            .hint(crate::diagnostic::did_you_mean(id, known.iter().copied()).map_or_else(
                                || "`privasite check --explain` lists the rules; docs/rules.md describes them".to_owned(),
                                |best| format!("did you mean `{best}`?"),
                            ));
                    }
                }
            }
        }
    }
    (
        settings,
        report.into_diagnostics(file, &RuleConfig::default()),
    )
}

/// Resolves and judges a policy written for a site in `languages` that addresses the reader
/// in `register` (a file without a `schema` field is read as `default_schema`). The policy
/// comes back even when it has errors, so callers can decide what to do with it (a normal
/// build refuses it).
pub fn policy(
    raw: &RawPolicy,
    file: &SourceFile,
    languages: &[String],
    register: Register,
    default_schema: u32,
    config: &RuleConfig,
) -> (Policy, Vec<Diagnostic>) {
    let mut report = Report::new();
    let mut policy = resolve::policy(raw, languages, default_schema, &mut report);
    policy.register = register;
    rules::run(&policy, &mut report);
    (policy, report.into_diagnostics(file, config))
}

/// Resolves a policy without judging it: only what stops it from being read is reported. For
/// archived versions, which were judged when they were published and are never edited.
pub fn resolve_policy(
    raw: &RawPolicy,
    file: &SourceFile,
    languages: &[String],
    default_schema: u32,
) -> (Policy, Vec<Diagnostic>) {
    let mut report = Report::new();
    let policy = resolve::policy(raw, languages, default_schema, &mut report);
    (
        policy,
        report.into_diagnostics(file, &RuleConfig::default()),
    )
}

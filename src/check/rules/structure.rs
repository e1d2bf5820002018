//! `PS-S…`: the site's files can be read and mean something. These are reported while
//! loading, resolving and rendering, never by a check over a finished policy, and their level
//! cannot be changed.

use crate::diagnostic::Severity::Error;

use super::rules;
use crate::check::rule::Family::Structure;

rules! {
    /// Reported by `load`.
    SYNTAX {
        id: "PS-S01", family: Structure, level: Error,
        summary: "the YAML cannot be parsed",
        source: "YAML 1.2",
        explanation: r#"
The file is not valid YAML, so nothing in it can be read. The usual causes are a tab used for
indentation, a `[` or `{` that is never closed, or a `: ` inside a text, which YAML reads as the
start of a new field (common in French).

Wrong:
```yaml
description:
  fr: Vous pouvez : écrire
```
Right:
```yaml
description:
  fr: "Vous pouvez : écrire"
```
"#,
        check: None,
    }
    /// Reported by `load`.
    UNKNOWN_FIELD {
        id: "PS-S02", family: Structure, level: Error,
        summary: "a field the model does not have",
        source: "privasite's model (`privasite schema`)",
        explanation: r#"
A misspelt field would otherwise be silently ignored, and the page would lack what the author
believes it says.

Wrong:
```yaml
legal_bases: contract
```
Right:
```yaml
legal_basis: contract
```
"#,
        check: None,
    }
    /// Reported by `load`.
    MISSING_FIELD {
        id: "PS-S03", family: Structure, level: Error,
        summary: "a field the model requires is absent",
        source: "privasite's model (`privasite schema`)",
        explanation: r#"
Some fields are needed to make sense of an entry at all, such as the `id` of a purpose. (A
fact the notice must give but the author left out, such as the controller's name, is not this
rule's: the completeness rules report it.)

Wrong:
```yaml
purposes:
  - title: {nl: Bestellingen, fr: Commandes, en: Orders}
    legal_basis: contract
```
Right:
```yaml
purposes:
  - id: orders
    title: {nl: Bestellingen, fr: Commandes, en: Orders}
    legal_basis: contract
```
"#,
        check: None,
    }
    /// Reported by `load`.
    WRONG_TYPE {
        id: "PS-S04", family: Structure, level: Error,
        summary: "a value of the wrong kind",
        source: "privasite's model (`privasite schema`)",
        explanation: r#"
A text where a list belongs, a word where a number belongs, a single text where a text per
language belongs.

Wrong:
```yaml
title: Bestellingen
```
Right:
```yaml
title: {nl: Bestellingen, fr: Commandes, en: Orders}
```
"#,
        check: None,
    }
    /// Reported by `load`.
    DUPLICATE_KEY {
        id: "PS-S05", family: Structure, level: Error,
        summary: "the same key twice in one map",
        source: "YAML 1.2",
        explanation: r#"
YAML would keep only the second value; privasite refuses rather than guess which one the author
meant.

Wrong:
```yaml
legal_basis: contract
legal_basis: consent
```
Right:
```yaml
legal_basis: contract
```
"#,
        check: None,
    }
    /// Reported by `load` and `project`.
    UNREADABLE {
        id: "PS-S06", family: Structure, level: Error,
        summary: "a file cannot be read",
        source: "privasite's input rules (README, \"Layout of a site\")",
        explanation: r#"
The file is missing, not a regular file, larger than privasite reads, not UTF-8 text, or a link
that leads outside the site's folder.

Wrong: `content/policy.yaml` as a link to a file elsewhere on the machine.

Right: `content/policy.yaml` as a regular UTF-8 file inside the site's folder.
"#,
        check: None,
    }
    UNKNOWN_KEY {
        id: "PS-S07", family: Structure, level: Error,
        summary: "a catalogue key or country code privasite does not know",
        source: "privasite's catalogues (README, \"Catalogue keys\")",
        explanation: r#"
Catalogue keys carry built-in translations and legal facts; an unknown key has neither.

Wrong:
```yaml
legal_basis: contrat
```
Right:
```yaml
legal_basis: contract
```
"#,
        check: None,
    }
    INVALID_VALUE {
        id: "PS-S08", family: Structure, level: Error,
        summary: "a date, e-mail address, web address or enterprise number that is not valid",
        source: "ISO 8601; KBO/BCE check digits",
        explanation: r#"
Dates are written `YYYY-MM-DD` and must exist; e-mail addresses need an `@` and a domain; a
Belgian enterprise number has ten digits whose last two are a modulo-97 check.

Wrong:
```yaml
last_updated: 2026-02-30
```
Right:
```yaml
last_updated: 2026-02-28
```
"#,
        check: None,
    }
    UNKNOWN_REFERENCE {
        id: "PS-S09", family: Structure, level: Error,
        summary: "an id that names no entry",
        source: "privasite's model",
        explanation: r#"
Purposes, cookies and joint controllers refer to data categories, recipients, sources and
purposes by id; the id must be defined.

Wrong:
```yaml
recipients: [mailer]   # no recipient has the id `mailer`
```
Right:
```yaml
recipients: [postwave]
```
"#,
        check: None,
    }
    DUPLICATE_ENTRY {
        id: "PS-S10", family: Structure, level: Error,
        summary: "two entries with one id, or one entry listed twice",
        source: "privasite's model",
        explanation: r#"
Ids become anchors and references; two entries with one id cannot be told apart.

Wrong:
```yaml
purposes:
  - id: orders
  - id: orders
```
Right:
```yaml
purposes:
  - id: orders
  - id: returns
```
"#,
        check: None,
    }
    INVALID_ID {
        id: "PS-S11", family: Structure, level: Error,
        summary: "an id with characters an anchor cannot hold",
        source: "HTML id and URL fragment rules",
        explanation: r#"
Ids become page anchors such as `#purpose-newsletter`: lowercase letters, digits, `_` and `-`.

Wrong:
```yaml
id: Nieuwsbrief 2026
```
Right:
```yaml
id: newsletter
```
"#,
        check: None,
    }
    CUSTOM_WITHOUT_LABEL {
        id: "PS-S12", family: Structure, level: Error,
        summary: "an entry of the author's own without a label",
        source: "privasite's model",
        explanation: r#"
Built-in keys have translated labels; an entry of one's own needs its label in every language.

Wrong:
```yaml
data_categories:
  - id: reviews
```
Right:
```yaml
data_categories:
  - id: reviews
    label: {nl: Productbeoordelingen, fr: Avis sur les produits, en: Product reviews}
```
"#,
        check: None,
    }
    SITE_LANGUAGES {
        id: "PS-S13", family: Structure, level: Error,
        summary: "a site language without translations, listed twice, or a default language not listed",
        source: "privasite's site settings",
        explanation: r#"
Every language a site publishes in needs the built-in sentences in that language: nl, fr and
en are built in; any other needs a `locales/<lang>/` folder.

Wrong:
```yaml
languages: [NL, fr]
```
Right:
```yaml
languages: [nl, fr]
```
"#,
        check: None,
    }
    INVALID_PERIOD {
        id: "PS-S14", family: Structure, level: Error,
        summary: "a retention period or cookie duration that cannot be read",
        source: "privasite's model",
        explanation: r#"
A period is one unit (`years`, `months` or `days`) greater than zero; a retention period also
says from when it counts (`after`).

Wrong:
```yaml
retention: {years: 1}
```
Right:
```yaml
retention: {years: 1, after: last_order}
```
"#,
        check: None,
    }
    /// Reported by `i18n`.
    TRANSLATION_FILE {
        id: "PS-S15", family: Structure, level: Error,
        summary: "a translation file (.ftl) with a syntax error",
        source: "Project Fluent syntax",
        explanation: r#"
A message is written `id = text`; continuation lines start with spaces.

Wrong:
```
page-privacy Privacy notice
```
Right:
```
page-privacy = Privacy notice
```
"#,
        check: None,
    }
    /// Reported by `i18n` and `render`.
    MISSING_MESSAGE {
        id: "PS-S16", family: Structure, level: Error,
        summary: "a message the pages need is missing in a language",
        source: "privasite's translations",
        explanation: r#"
privasite never shows one language's sentence on another language's page, so every message
must exist in every site language.

Wrong: `locales/de/pages.ftl` without `page-privacy`.

Right: `locales/de/pages.ftl` with `page-privacy = Datenschutzerklärung`.
"#,
        check: None,
    }
    /// Reported by `render`.
    TEMPLATE {
        id: "PS-S17", family: Structure, level: Error,
        summary: "a theme template that cannot be compiled or rendered",
        source: "Tera 2 template syntax",
        explanation: r#"
A template of the site's theme has a syntax error, or uses a variable or function that does not
exist. Template functions take named arguments.

Wrong:
```
{{ t("page-privacy") }}
```
Right:
```
{{ t(key="page-privacy") }}
```
"#,
        check: None,
    }
    /// Reported by `render`.
    THEME_MISSING {
        id: "PS-S18", family: Structure, level: Error,
        summary: "the theme named in site.yaml has no folder",
        source: "privasite's site settings",
        explanation: r#"
`theme` names a folder under `themes/`; `default` is built in.

Wrong:
```yaml
theme: corporate   # but there is no themes/corporate/
```
Right:
```yaml
theme: default
```
"#,
        check: None,
    }
    /// Reported by `render`.
    POLICY_JSON_UNWRITABLE {
        id: "PS-S19", family: Structure, level: Error,
        summary: "policy.json cannot be written",
        source: "privasite's policy.json (docs/policy-json.md)",
        explanation: r#"
privasite could not turn the policy into `policy.json`. This is a fault in privasite, not in
the policy; the build stops rather than publish the site with an empty or partial
`policy.json`, which other tools would read as a policy that says nothing.

Wrong: publishing the pages of a policy whose `policy.json` is empty.

Right: no site until privasite is fixed; report the fault with the policy file.
"#,
        check: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The ids `load` uses for its findings are the ones declared here (the later stages are
    // checked in lib.rs, which sees them all).
    #[test]
    fn lower_layers_use_declared_ids() {
        use crate::load::ids;
        for (id, rule) in [
            (ids::SYNTAX, &SYNTAX),
            (ids::UNKNOWN_FIELD, &UNKNOWN_FIELD),
            (ids::MISSING_FIELD, &MISSING_FIELD),
            (ids::WRONG_TYPE, &WRONG_TYPE),
            (ids::DUPLICATE_KEY, &DUPLICATE_KEY),
            (ids::UNREADABLE, &UNREADABLE),
        ] {
            assert_eq!(id, rule.id);
        }
    }
}

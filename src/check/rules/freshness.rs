//! `PS-F…`: the law a policy cites is still in force (KB §4: standard contractual clauses,
//! US frameworks, Belgian references, adequacy).

use crate::catalogue::{self, DecisionKind, LegalBasis, Repealed, TransferMechanism};
use crate::check::lexicon::{self, Phrase};
use crate::check::report::Report;
use crate::check::rule::Family::Freshness;
use crate::diagnostic::Severity::{Error, Warning};
use crate::policy::{Policy, ProseText, Retention, Transfer, Unit, iso_date};

use super::rules;

rules! {
    REPEALED_CLAUSES {
        id: "PS-F01", family: Freshness, level: Error,
        summary: "the repealed 2001, 2004 or 2010 standard contractual clauses cited",
        source: "Commission Implementing Decision (EU) 2021/914, Art. 4; KB F01",
        explanation: r#"
Decisions 2001/497/EC, 2004/915/EC and 2010/87/EU were repealed on 27 September 2021; contracts
on them stopped protecting transfers on 27 December 2022.

Wrong:
```yaml
transfer: {mechanism: scc, reference: "Decision 2010/87/EU"}
```
Right:
```yaml
transfer: {mechanism: scc, decision: "2021/914"}
```
"#,
        check: Some(repealed_clauses),
    }
    ANNULLED_US_FRAMEWORK {
        id: "PS-F02", family: Freshness, level: Error,
        summary: "Safe Harbour or the Privacy Shield cited",
        source: "CJEU C-362/14 (Schrems I), C-311/18 (Schrems II); KB F02",
        explanation: r#"
Safe Harbour was annulled in 2015 and the Privacy Shield in 2020. Transfers to listed US
organisations now rest on the Data Privacy Framework (Decision (EU) 2023/1795).

Wrong:
```yaml
description: {en: Our provider is certified under the Privacy Shield.}
```
Right:
```yaml
transfer: {mechanism: dpf, checked_on: 2026-02-20}
```
"#,
        check: Some(annulled_us_framework),
    }
    DPF_CHECKED {
        id: "PS-F03", family: Freshness, level: Warning,
        summary: "a Data Privacy Framework transfer without the date its listing was checked",
        source: "Commission Implementing Decision (EU) 2023/1795; KB F03",
        explanation: r#"
The Framework covers only organisations on the US Department of Commerce's list, and listings
lapse. Say when the recipient's listing was last checked.

Wrong:
```yaml
transfer: {mechanism: dpf}
```
Right:
```yaml
transfer: {mechanism: dpf, checked_on: 2026-02-20}
```
"#,
        check: Some(dpf_checked),
    }
    REPEALED_BELGIAN_LAW {
        id: "PS-F04", family: Freshness, level: Error,
        summary: "the Belgian privacy law of 1992 or the Privacy Commission cited",
        source: "Belgian law of 30 July 2018; law of 3 December 2017; KB F04",
        explanation: r#"
The law of 8 December 1992 was repealed by the law of 30 July 2018, and the Privacy Commission
was replaced by the Data Protection Authority (GBA/APD) in 2018.

Wrong:
```yaml
introduction: {nl: Wij volgen de wet van 8 december 1992.}
```
Right:
```yaml
introduction: {nl: Wij volgen de AVG en de wet van 30 juli 2018.}
```
"#,
        check: Some(repealed_belgian_law),
    }
    REPEALED_DIRECTIVE {
        id: "PS-F05", family: Freshness, level: Error,
        summary: "Directive 95/46/EC cited as current law",
        source: "GDPR Art. 94",
        explanation: r#"
The Data Protection Directive was repealed by the GDPR on 25 May 2018.

Wrong:
```yaml
introduction: {en: We comply with Directive 95/46/EC.}
```
Right:
```yaml
introduction: {en: We comply with the General Data Protection Regulation.}
```
"#,
        check: Some(repealed_directive),
    }
    CURRENT_CLAUSES {
        id: "PS-F06", family: Freshness, level: Warning,
        summary: "standard contractual clauses other than those for transfers, Decision (EU) 2021/914",
        source: "Commission Implementing Decision (EU) 2021/914; KB §4.1",
        explanation: r#"
The only standard contractual clauses for transfers are those of Implementing Decision (EU)
2021/914 (not to be confused with 2021/915, the clauses between controllers and processors).

Wrong:
```yaml
transfer: {mechanism: scc, reference: "Decision 2021/915"}
```
Right:
```yaml
transfer: {mechanism: scc, decision: "2021/914", module: 2}
```
"#,
        check: Some(current_clauses),
    }
    ADEQUACY_LIST_AGE {
        id: "PS-F07", family: Freshness, level: Warning,
        summary: "privasite's adequacy list is more than six months older than the policy",
        source: "GDPR Art. 45(5); KB §4.4",
        explanation: r#"
Adequacy decisions are adopted, renewed and withdrawn. When a policy is dated more than six
months after privasite's list was last verified, check the Commission's list yourself.

Wrong: relying on the built-in list for a policy dated a year after it was verified.

Right: checking the decision for the country on the Commission's list, then updating privasite.
"#,
        check: Some(adequacy_list_age),
    }
    ABOLISHED_COOKIE_LAW {
        id: "PS-F08", family: Freshness, level: Warning,
        summary: "Art. 129 of the law of 13 June 2005 cited for cookies",
        source: "Belgian law of 21 December 2021; law of 30 July 2018, Art. 10/2; KB §3.1",
        explanation: r#"
Since the law of 21 December 2021, the Belgian cookie rule is Art. 10/2 of the law of 30 July
2018; Art. 129 of the electronic communications law of 13 June 2005 was abolished. Other laws
have an article 129 too: the rule reports one only when the 2005 law, the electronic
communications law or cookies are named near it.

Wrong:
```yaml
introduction: {nl: Wij volgen artikel 129 van de wet van 13 juni 2005.}
```
Right:
```yaml
introduction: {nl: Wij volgen artikel 10/2 van de wet van 30 juli 2018.}
```
"#,
        check: Some(abolished_cookie_law),
    }
    DPF_CHECK_AGE {
        id: "PS-F09", family: Freshness, level: Warning,
        summary: "a Data Privacy Framework listing last checked more than a year before the policy",
        source: "Commission Implementing Decision (EU) 2023/1795; KB F03",
        explanation: r#"
Organisations must re-certify every year to stay on the Data Privacy Framework list. A check
older than the policy by more than a year no longer shows that the recipient is covered.

Wrong:
```yaml
last_updated: 2026-03-01
transfer: {mechanism: dpf, checked_on: 2024-11-01}
```
Right:
```yaml
last_updated: 2026-03-01
transfer: {mechanism: dpf, checked_on: 2026-02-20}
```
"#,
        check: Some(dpf_check_age),
    }
    INVOICE_RETENTION {
        id: "PS-F10", family: Freshness, level: Warning,
        summary: "invoices and accounting records kept less than the 10 years Belgian law now requires",
        source: "Law of 20 November 2022; Art. 60 VAT Code; Art. 315 Income Tax Code 1992; KB §2.4",
        explanation: r#"
Since 1 January 2023, invoices, books and tax records are kept for 10 years (it was 7). A policy
still saying 7 years for accounting under a legal obligation is out of date.

Wrong:
```yaml
- id: accounting
  title: {nl: Boekhouding, fr: Comptabilité, en: Accounting}
  legal_basis: legal_obligation
  retention: {years: 7, after: financial_year_end}
```
Right:
```yaml
- id: accounting
  title: {nl: Boekhouding, fr: Comptabilité, en: Accounting}
  legal_basis: legal_obligation
  retention: {years: 10, after: financial_year_end}
```
"#,
        check: Some(invoice_retention),
    }
}

fn citations(
    policy: &Policy,
    report: &mut Report,
    kind: Repealed,
    rule: &'static crate::check::rule::Rule,
) {
    for field in &policy.prose {
        let texts: Vec<(&String, String)> = match &field.text {
            ProseText::Prose(p) => p.iter().map(|(l, t)| (l, t.clone())).collect(),
            ProseText::List(l) => l.iter().map(|(l, items)| (l, items.join("\n"))).collect(),
        };
        let what = if field.path.ends_with(".reference") {
            "the reference"
        } else {
            "the text"
        };
        for (lang, text) in texts {
            for found in catalogue::outdated_references(&text) {
                if found.rule == kind {
                    report
                        .add(
                            rule,
                            format!("{}.{lang}", field.path),
                            format!("{what} {}: \"{}\"", found.cited.describe(), found.phrase),
                        )
                        .hint(found.why);
                }
            }
        }
    }
}

fn repealed_clauses(policy: &Policy, report: &mut Report) {
    citations(policy, report, Repealed::StandardClauses, &REPEALED_CLAUSES);
}

fn annulled_us_framework(policy: &Policy, report: &mut Report) {
    citations(
        policy,
        report,
        Repealed::UsFrameworks,
        &ANNULLED_US_FRAMEWORK,
    );
}

fn repealed_belgian_law(policy: &Policy, report: &mut Report) {
    citations(policy, report, Repealed::BelgianLaw, &REPEALED_BELGIAN_LAW);
}

fn repealed_directive(policy: &Policy, report: &mut Report) {
    citations(policy, report, Repealed::Directive, &REPEALED_DIRECTIVE);
}

/// Every stated transfer, with the YAML path of its recipient.
fn transfers(policy: &Policy) -> impl Iterator<Item = (&str, Option<&str>, &Transfer)> {
    policy.recipients.iter().filter_map(|r| {
        r.transfer
            .stated()
            .map(|t| (r.at.as_str(), r.country.stated().map(String::as_str), t))
    })
}

fn dpf_checked(policy: &Policy, report: &mut Report) {
    for (at, country, t) in transfers(policy) {
        if t.mechanism.stated() == Some(&TransferMechanism::Dpf)
            && country == Some("US")
            && t.checked_on.is_none()
        {
            report
                .add(
                    &DPF_CHECKED,
                    format!("{at}.transfer"),
                    "say when you last checked that the recipient is on the Data Privacy Framework list",
                )
                .hint("add `checked_on: YYYY-MM-DD`; only listed organisations are covered (Decision (EU) 2023/1795)");
        }
    }
}

fn current_clauses(policy: &Policy, report: &mut Report) {
    for (at, _, t) in transfers(policy) {
        if t.mechanism.stated() != Some(&TransferMechanism::Scc) {
            continue;
        }
        if let Some(d) = t.decision
            && d.kind != DecisionKind::StandardClauses
        {
            report
                .add(
                    &CURRENT_CLAUSES,
                    format!("{at}.transfer.decision"),
                    format!("decision {} is not the standard contractual clauses", d.key),
                )
                .hint(
                    "the clauses are Implementing Decision (EU) 2021/914: `decision: \"2021/914\"`",
                );
        }
        let reference = t.reference.as_ref().and_then(|r| r.values().next());
        if let Some(reference) = reference
            && t.decision.is_none()
            && !reference.contains("2021/914")
            && catalogue::outdated_references(reference).next().is_none()
        {
            let (message, hint) = if reference.contains(catalogue::PROCESSOR_CLAUSES) {
                (
                    "2021/915 are the clauses between controllers and processors (Art. 28 GDPR), not clauses for transfers",
                    "transfers outside the EEA rest on the clauses of Implementing Decision (EU) 2021/914: write `decision: \"2021/914\"`",
                )
            } else {
                (
                    "the reference does not cite the standard contractual clauses for transfers, those of Implementing Decision (EU) 2021/914",
                    "if the contract uses them, write `decision: \"2021/914\"`",
                )
            };
            report
                .add(
                    &CURRENT_CLAUSES,
                    format!("{at}.transfer.reference"),
                    message,
                )
                .hint(hint);
        }
    }
}

fn adequacy_list_age(policy: &Policy, report: &mut Report) {
    let Some(updated) = policy.last_updated.stated() else {
        return;
    };
    let verified = catalogue::ADEQUACY_LIST_VERIFIED;
    if (*updated - verified).whole_days() <= catalogue::ADEQUACY_LIST_MAX_AGE_DAYS {
        return;
    }
    for (at, country, t) in transfers(policy) {
        if t.mechanism.stated() == Some(&TransferMechanism::Adequacy) {
            report
                .add(
                    &ADEQUACY_LIST_AGE,
                    format!("{at}.transfer.mechanism"),
                    format!(
                        "privasite's list of adequacy decisions was last verified on {}, more than six months before this policy",
                        iso_date(verified)
                    ),
                )
                .hint(format!(
                    "check on the European Commission's list that the decision for {} still applies",
                    country.unwrap_or("this country")
                ));
        }
    }
}

fn abolished_cookie_law(policy: &Policy, report: &mut Report) {
    for field in &policy.prose {
        let ProseText::Prose(prose) = &field.text else {
            continue;
        };
        for (lang, text) in prose {
            if let Some(found) = lexicon::find(Phrase::AbolishedCookieLaw, lang, text) {
                report
                    .add(
                        &ABOLISHED_COOKIE_LAW,
                        format!("{}.{lang}", field.path),
                        format!("\"{found}\": Art. 129 of the electronic communications law was abolished in 2021"),
                    )
                    .hint("cite Art. 5(3) of the ePrivacy Directive and Art. 10/2 of the law of 30 July 2018");
            }
        }
    }
}

fn dpf_check_age(policy: &Policy, report: &mut Report) {
    let Some(updated) = policy.last_updated.stated() else {
        return;
    };
    for (at, _, t) in transfers(policy) {
        if let Some(checked) = t.checked_on
            && t.mechanism.stated() == Some(&TransferMechanism::Dpf)
            && (*updated - checked).whole_days() > 366
        {
            report
                .add(
                    &DPF_CHECK_AGE,
                    format!("{at}.transfer.checked_on"),
                    format!(
                        "the recipient's listing was last checked on {}, more than a year before this policy",
                        iso_date(checked)
                    ),
                )
                .hint("check the Data Privacy Framework list again (dataprivacyframework.gov) and update `checked_on`");
        }
    }
}

/// Words that show a purpose is about invoices or accounting records.
const ACCOUNTING_WORDS: &[&str] = &[
    "boekhoud",
    "factur",
    "factuur",
    "facturen",
    "comptab",
    "factures",
    "accounting",
    "invoic",
    "bookkeeping",
    "fiscal",
    "fiscaal",
    "fiscale",
];

fn invoice_retention(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        let is_legal = p.basis() == Some(LegalBasis::LegalObligation);
        let about_accounting = p
            .title
            .values()
            .chain(p.description.iter().flat_map(|d| d.values()))
            .any(|t| {
                let t = t.to_lowercase();
                ACCOUNTING_WORDS.iter().any(|w| t.contains(w))
            });
        if let Some(Retention::Period { period, .. }) = p.retention.stated() {
            let years = match period.unit {
                Unit::Years => period.amount,
                Unit::Months => period.amount / 12,
                Unit::Days => period.amount / 365,
            };
            if is_legal && about_accounting && years < 10 {
                report
                    .add(
                        &INVOICE_RETENTION,
                        format!("{}.retention", p.at),
                        format!("invoices and accounting records are kept for 10 years since 2023, not {years}"),
                    )
                    .hint("write `retention: {years: 10, after: financial_year_end}` (Art. 60 VAT Code, Art. 315 Income Tax Code 1992)");
            }
        }
    }
}

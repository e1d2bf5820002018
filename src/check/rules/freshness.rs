//! `PS-F…`: the law a policy cites is still in force (KB §4: standard contractual clauses,
//! US frameworks, Belgian references, adequacy).

use crate::catalogue::{self, Repealed, TransferMechanism};
use crate::check::report::Report;
use crate::diagnostic::Severity::{Error, Warning};
use crate::policy::{Policy, ProseText, iso_date};

use super::rules;
use crate::check::rule::Family::Freshness;

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
transfer: {mechanism: scc, reference: "Implementing Decision (EU) 2021/914"}
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
        summary: "standard contractual clauses other than those of 2021",
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
transfer: {mechanism: scc, reference: "Implementing Decision (EU) 2021/914, module 2"}
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
        for (lang, text) in texts {
            for (needle, found, why) in catalogue::outdated_references(&text) {
                if *found == kind {
                    report
                        .add(
                            rule,
                            format!("{}.{lang}", field.path),
                            format!("the text cites law that no longer applies: \"{needle}\""),
                        )
                        .hint(*why);
                }
            }
        }
    }
    for r in &policy.recipients {
        let Some(reference) = r.transfer.as_ref().and_then(|t| t.reference.as_ref()) else {
            continue;
        };
        for (needle, found, why) in catalogue::outdated_references(reference) {
            if *found == kind {
                report
                    .add(
                        rule,
                        format!("{}.transfer.reference", r.at),
                        format!("the reference cites law that no longer applies: \"{needle}\""),
                    )
                    .hint(*why);
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

fn dpf_checked(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        if let Some(t) = &r.transfer
            && t.mechanism == TransferMechanism::Dpf
            && r.country == "US"
            && t.checked_on.is_none()
        {
            report
                .add(
                    &DPF_CHECKED,
                    format!("{}.transfer", r.at),
                    "say when you last checked that the recipient is on the Data Privacy Framework list",
                )
                .hint("add `checked_on: YYYY-MM-DD`; only listed organisations are covered (Decision (EU) 2023/1795)");
        }
    }
}

fn current_clauses(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        let Some(t) = &r.transfer else { continue };
        if t.mechanism != TransferMechanism::Scc {
            continue;
        }
        if let Some(reference) = &t.reference
            && !reference.contains("2021/914")
            && catalogue::outdated_references(reference).next().is_none()
        {
            report
                .add(
                    &CURRENT_CLAUSES,
                    format!("{}.transfer.reference", r.at),
                    "standard contractual clauses must be the 2021 clauses",
                )
                .hint("cite Implementing Decision (EU) 2021/914");
        }
    }
}

fn adequacy_list_age(policy: &Policy, report: &mut Report) {
    let verified = catalogue::ADEQUACY_LIST_VERIFIED;
    if (policy.last_updated - verified).whole_days() <= catalogue::ADEQUACY_LIST_MAX_AGE_DAYS {
        return;
    }
    for r in &policy.recipients {
        if r.transfer
            .as_ref()
            .is_some_and(|t| t.mechanism == TransferMechanism::Adequacy)
        {
            report
                .add(
                    &ADEQUACY_LIST_AGE,
                    format!("{}.transfer.mechanism", r.at),
                    format!(
                        "privasite's list of adequacy decisions was last verified on {}, more than six months before this policy",
                        iso_date(verified)
                    ),
                )
                .hint(format!(
                    "check on the European Commission's list that the decision for {} still applies",
                    r.country
                ));
        }
    }
}

//! `PS-K…`: the parts of a policy agree with each other and with the legal facts of the
//! catalogue (KB §2: what follows from a legal basis; §4.4: adequacy).

use crate::catalogue::{self, LegalBasis, TransferMechanism};
use crate::check::report::Report;
use crate::diagnostic::Severity::{Error, Warning};
use crate::policy::{Policy, iso_date};

use super::rules;
use crate::check::rule::Family::Consistency;

rules! {
    ONE_LEGAL_BASIS {
        id: "PS-K01", family: Consistency, level: Error,
        summary: "a purpose with more than one legal basis",
        source: "GDPR Art. 6(1); EDPB Guidelines 05/2020 para 123; KB L03",
        explanation: r#"
Each purpose rests on one legal basis, chosen before processing starts; switching between bases
later (for instance to legitimate interests when consent is withdrawn) is not allowed. Split a
purpose that seems to need two.

Wrong:
```yaml
legal_basis: consent or legitimate_interests
```
Right:
```yaml
- id: newsletter_customers
  legal_basis: legitimate_interests
- id: newsletter_prospects
  legal_basis: consent
```
"#,
        check: None,
    }
    UNUSED_RECIPIENT {
        id: "PS-K02", family: Consistency, level: Warning,
        summary: "a recipient no purpose or cookie uses",
        source: "GDPR Art. 13(1)(e)",
        explanation: r#"
A recipient that no purpose names cannot be linked to any processing; either a purpose forgot it
or it no longer receives data.

Wrong:
```yaml
recipients: [{id: mailer, …}]   # and no purpose lists `mailer`
```
Right:
```yaml
purposes: [{id: newsletter, recipients: [mailer], …}]
```
"#,
        check: Some(unused_recipient),
    }
    INTEREST_WITHOUT_BASIS {
        id: "PS-K03", family: Consistency, level: Warning,
        summary: "a legitimate interest on a purpose with another basis",
        source: "GDPR Art. 6(1)(f), 13(1)(d)",
        explanation: r#"
`legitimate_interest` explains Art. 6(1)(f); next to another basis it is not shown, and it
suggests a basis the purpose does not use.

Wrong:
```yaml
legal_basis: contract
legitimate_interest: {en: …}
```
Right:
```yaml
legal_basis: contract
```
"#,
        check: Some(interest_without_basis),
    }
    TRANSFER_INSIDE_EEA {
        id: "PS-K04", family: Consistency, level: Warning,
        summary: "a transfer mechanism for a recipient inside the EEA",
        source: "GDPR Chapter V",
        explanation: r#"
Within the European Economic Area no transfer mechanism is needed; a stated one suggests the
country is wrong.

Wrong:
```yaml
country: BE
transfer: {mechanism: scc}
```
Right:
```yaml
country: BE
```
"#,
        check: Some(transfer_inside_eea),
    }
    ADEQUACY_DECISION {
        id: "PS-K05", family: Consistency, level: Error,
        summary: "an adequacy decision claimed for a country that has none",
        source: "GDPR Art. 45; KB §4.4",
        explanation: r#"
Only the countries on the Commission's list have an adequacy decision. The United States has
none of its own: only organisations listed under the Data Privacy Framework are covered (`dpf`).

Wrong:
```yaml
country: US
transfer: {mechanism: adequacy}
```
Right:
```yaml
country: US
transfer: {mechanism: dpf, checked_on: 2026-02-20}
```
"#,
        check: Some(adequacy_decision),
    }
    DPF_OUTSIDE_US {
        id: "PS-K06", family: Consistency, level: Error,
        summary: "the Data Privacy Framework for a recipient outside the United States",
        source: "Commission Implementing Decision (EU) 2023/1795",
        explanation: r#"
The EU-US Data Privacy Framework covers only organisations in the United States.

Wrong:
```yaml
country: IN
transfer: {mechanism: dpf}
```
Right:
```yaml
country: IN
transfer: {mechanism: scc, reference: "Implementing Decision (EU) 2021/914"}
```
"#,
        check: Some(dpf_outside_us),
    }
    EFFECTIVE_DATE {
        id: "PS-K07", family: Consistency, level: Error,
        summary: "a policy that takes effect before it was published",
        source: "privasite's version model",
        explanation: r#"
`effective` is when a version starts to apply; it cannot be before `last_updated`.

Wrong:
```yaml
last_updated: 2026-03-01
effective: 2026-02-15
```
Right:
```yaml
last_updated: 2026-03-01
effective: 2026-03-15
```
"#,
        check: Some(effective_date),
    }
    IGNORED_FIELD {
        id: "PS-K08", family: Consistency, level: Warning,
        summary: "a field that has no effect where it is written",
        source: "privasite's model",
        explanation: r#"
`after` says from when a retention period counts; next to `criteria` there is no period.

Wrong:
```yaml
retention: {criteria: {en: …}, after: contract_end}
```
Right:
```yaml
retention: {criteria: {en: …}}
```
"#,
        check: Some(ignored_field),
    }
}

fn unused_recipient(policy: &Policy, report: &mut Report) {
    let used = policy.used_recipients();
    for r in &policy.recipients {
        if !used.contains(&r.id) {
            report
                .add(
                    &UNUSED_RECIPIENT,
                    format!("{}.id", r.at),
                    format!(
                        "the recipient `{}` is not used by any purpose or cookie",
                        r.id
                    ),
                )
                .hint("name it in a purpose's `recipients`, or remove it");
        }
    }
}

fn interest_without_basis(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        if p.legitimate_interest.is_some()
            && p.legal_basis
                .is_some_and(|b| b != LegalBasis::LegitimateInterests)
        {
            report.add(
                &INTEREST_WITHOUT_BASIS,
                format!("{}.legitimate_interest", p.at),
                "`legitimate_interest` is only shown when the legal basis is `legitimate_interests`",
            );
        }
    }
}

fn transfer_inside_eea(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        if r.transfer.is_some() && catalogue::is_eea(&r.country) {
            report
                .add(
                    &TRANSFER_INSIDE_EEA,
                    format!("{}.transfer", r.at),
                    format!(
                        "{} is in the European Economic Area: no transfer mechanism is needed",
                        r.country
                    ),
                )
                .hint("remove `transfer`");
        }
    }
}

fn adequacy_decision(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        let Some(t) = &r.transfer else { continue };
        if t.mechanism != TransferMechanism::Adequacy {
            continue;
        }
        let path = format!("{}.transfer.mechanism", r.at);
        if r.country == "US" {
            report
                .add(&ADEQUACY_DECISION, path, "the United States has no general adequacy decision")
                .hint("for a company listed under the EU-US Data Privacy Framework write `mechanism: dpf`; otherwise use `scc`");
        } else if !catalogue::is_adequate(&r.country) && !catalogue::is_eea(&r.country) {
            report
                .add(
                    &ADEQUACY_DECISION,
                    path,
                    format!(
                        "{} has no adequacy decision of the European Commission (list verified {})",
                        r.country,
                        iso_date(catalogue::ADEQUACY_LIST_VERIFIED)
                    ),
                )
                .hint("use `scc` (standard contractual clauses) or another safeguard");
        }
    }
}

fn dpf_outside_us(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        if r.transfer
            .as_ref()
            .is_some_and(|t| t.mechanism == TransferMechanism::Dpf)
            && r.country != "US"
        {
            report.add(
                &DPF_OUTSIDE_US,
                format!("{}.transfer.mechanism", r.at),
                "the Data Privacy Framework covers only recipients in the United States",
            );
        }
    }
}

fn effective_date(policy: &Policy, report: &mut Report) {
    if let Some(effective) = policy.effective
        && effective < policy.last_updated
    {
        report
            .add(
                &EFFECTIVE_DATE,
                "effective",
                "the policy cannot take effect before it was published",
            )
            .hint("`effective` must be the same as or later than `last_updated`");
    }
}

fn ignored_field(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        if p.retention_after_ignored {
            report.add(
                &IGNORED_FIELD,
                format!("{}.retention.after", p.at),
                "`after` is only used with a period",
            );
        }
    }
}

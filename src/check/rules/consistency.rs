//! `PS-K…`: the parts of a policy agree with each other and with the legal facts of the
//! catalogue (KB §2: what follows from a legal basis; §3: cookies; §4.4: adequacy).

use crate::catalogue::{
    self, ConsentMechanism, DecisionKind, LegalBasis, Right, TransferMechanism,
};
use crate::check::report::Report;
use crate::check::rule::Family::Consistency;
use crate::diagnostic::Severity::{Error, Warning};
use crate::policy::{Basis, Fact, Policy, iso_date};

use super::rules;

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
legal_basis: [consent, legitimate_interests]
```
Right:
```yaml
- id: newsletter_customers
  legal_basis: legitimate_interests
- id: newsletter_prospects
  legal_basis: consent
```
"#,
        check: Some(one_legal_basis),
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
        summary: "a transfer safeguard for a recipient inside the EEA",
        source: "GDPR Chapter V",
        explanation: r#"
Within the European Economic Area no transfer safeguard is needed; a stated one suggests the
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
        summary: "an adequacy decision claimed for a country that has none, or another country's decision cited",
        source: "GDPR Art. 45; KB §4.4",
        explanation: r#"
Only the countries on the Commission's list have an adequacy decision. The United States has
none of its own: only organisations listed under the Data Privacy Framework are covered (`dpf`).
The decision cited must be the one for the recipient's country.

Wrong:
```yaml
country: US
transfer: {mechanism: adequacy}
```
Right:
```yaml
country: US
transfer: {mechanism: dpf, decision: "2023/1795", checked_on: 2026-02-20}
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
transfer: {mechanism: scc, decision: "2021/914", copy_on_request: true}
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
    COOKIE_CONSENT_PURPOSE {
        id: "PS-K09", family: Consistency, level: Error,
        summary: "cookies that need consent without a purpose based on consent that covers them",
        source: "ePrivacy Directive Art. 5(3); GDPR Art. 6(1)(a), 13(1)(c); Belgian DPA (2023)",
        explanation: r#"
Analytics, preference and marketing cookies may be set only with consent, and what is done with
their data is a purpose like any other: it needs a purpose based on consent that names the
cookie category.

Wrong: `_ka_id` (analytics) listed, and no purpose covering `analytics`.

Right:
```yaml
- id: statistics
  title: {nl: Bezoekersstatistieken, fr: Statistiques de visite, en: Visitor statistics}
  legal_basis: consent
  cookie_categories: [analytics]
```
"#,
        check: Some(cookie_consent_purpose),
    }
    RIGHTS_NOT_GIVEN {
        id: "PS-K11", family: Consistency, level: Error,
        summary: "a right promised that neither the legal bases nor the purposes give",
        source: "GDPR Art. 7(3), 20(1), 21(1)–(2), 22; KB L01",
        explanation: r#"
Portability applies only to processing on consent or contract; the right to object under Art.
21(1) only to legitimate interests and public task; withdrawal only to consent; objection to
direct marketing (Art. 21(2)) only where a purpose is direct marketing; the Art. 22 rights only
where decisions are automated. Promising them elsewhere misleads.

Wrong:
```yaml
rights: {listed: [access, portability]}   # every purpose on legal_obligation
```
Right:
```yaml
rights: {listed: [access, rectification, erasure, restriction]}
```
"#,
        check: Some(rights_not_given),
    }
    RIGHTS_MISSING {
        id: "PS-K12", family: Consistency, level: Error,
        summary: "the rights the controller lists leave out one the legal bases give",
        source: "GDPR Art. 7(3), 13(2)(b)–(c), 15–22; KB C09, C10, L02",
        explanation: r#"
When the policy lists the rights itself, the list must include every right its legal bases give:
access, rectification, erasure, restriction always; withdrawal of consent with consent; the
right to object with legitimate interests, public task or direct marketing; portability with
consent or contract.

Wrong:
```yaml
rights: {listed: [access, rectification]}   # with a purpose on consent
```
Right:
```yaml
rights: {listed: [access, rectification, erasure, restriction, portability, withdraw_consent]}
```
"#,
        check: Some(rights_missing),
    }
    TRANSFERS_CONTRADICTED {
        id: "PS-K13", family: Consistency, level: Error,
        summary: "`transfers: none` while a recipient is outside the EEA",
        source: "GDPR Art. 13(1)(f)",
        explanation: r#"
A policy cannot both say data does not leave the European Economic Area and name a recipient
outside it.

Wrong:
```yaml
transfers: none
recipients: [{id: mailer, country: US, …}]
```
Right:
```yaml
recipients: [{id: mailer, country: US, transfer: {mechanism: dpf, …}, …}]
```
"#,
        check: Some(transfers_contradicted),
    }
    CONSENT_MECHANISM {
        id: "PS-K15", family: Consistency, level: Error,
        summary: "cookie consent by browsing, by browser settings, or without a reject button",
        source: "ePrivacy Directive Art. 5(3); GDPR Art. 4(11), 7; Belgian DPA cookie checklist (2023)",
        explanation: r#"
Consent is a clear, active choice made before cookies are set, and refusing must be as easy as
accepting. Continuing to browse is not consent; browser settings are not consent; a banner
without a reject button of equal prominence does not meet the Belgian DPA's checklist.

Wrong (an analytics cookie, "consented to" by browsing on):
```yaml
cookies:
  - {name: _pk_id, kind: http_cookie, provider: first_party, category: analytics, duration: {months: 13}, purpose: {nl: Statistiek., fr: Statistiques., en: Statistics.}}
cookie_consent: {mechanism: continued_browsing}
```
Right:
```yaml
cookies:
  - {name: _pk_id, kind: http_cookie, provider: first_party, category: analytics, duration: {months: 13}, purpose: {nl: Statistiek., fr: Statistiques., en: Statistics.}}
cookie_consent: {mechanism: banner, reject_button: true}
```
"#,
        check: Some(consent_mechanism),
    }
    SPECIAL_CATEGORIES_CONTRADICTED {
        id: "PS-K16", family: Consistency, level: Error,
        summary: "`special_categories: none` while a special category is listed",
        source: "GDPR Art. 9(1)",
        explanation: r#"
A policy cannot state that it processes no special categories of data and list one.

Wrong:
```yaml
special_categories: none
data_categories: [health]
```
Right:
```yaml
data_categories: [{id: health, art9_condition: explicit_consent}]
```
"#,
        check: Some(special_categories_contradicted),
    }
    SPECIAL_DENIED {
        id: "PS-K17", family: Consistency, level: Warning,
        summary: "`special: false` on a category the GDPR makes special",
        source: "GDPR Art. 9(1)",
        explanation: r#"
Health data, biometric data, data on ethnic origin, religion, political opinions, trade-union
membership, sex life or sexual orientation and genetic data are special categories whatever the
policy says. privasite treats a catalogue key of these as special, and asks for its Art. 9(2)
condition, even when `special: false` is written beside it; the statement is wrong and misleads
the next reader of the YAML.

Wrong:
```yaml
data_categories: [{id: health, special: false}]
```
Right:
```yaml
data_categories: [{id: health, art9_condition: explicit_consent}]
```
"#,
        check: Some(special_denied),
    }
}

fn one_legal_basis(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        if let Some(Basis::Several(bases)) = p.legal_basis.stated() {
            let keys: Vec<&str> = bases.iter().map(|b| b.key()).collect();
            report
                .add(
                    &ONE_LEGAL_BASIS,
                    format!("{}.legal_basis", p.at),
                    format!(
                        "a purpose has exactly one legal basis, but `{}` names {}: {}",
                        p.id,
                        bases.len(),
                        keys.join(", ")
                    ),
                )
                .hint("split it into two purposes, each with its own basis (Art. 6 GDPR; the EDPB does not allow switching bases)");
        }
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
        let other_basis = p
            .legal_basis
            .stated()
            .is_some_and(|b| !b.includes(LegalBasis::LegitimateInterests));
        if p.legitimate_interest.is_some() && other_basis {
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
        if let (Some(country), Some(_)) = (r.country.stated(), r.transfer.stated())
            && catalogue::is_eea(country)
        {
            report
                .add(
                    &TRANSFER_INSIDE_EEA,
                    format!("{}.transfer", r.at),
                    format!("{country} is in the European Economic Area: no transfer safeguard is needed"),
                )
                .hint("remove `transfer`");
        }
    }
}

fn adequacy_decision(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        let (Some(t), Some(country)) = (r.transfer.stated(), r.country.stated()) else {
            continue;
        };
        if t.mechanism.stated() != Some(&TransferMechanism::Adequacy) {
            continue;
        }
        if let Some(d) = t.decision {
            let wrong = match (d.kind, d.country) {
                (DecisionKind::Adequacy, Some(theirs)) if theirs != country.as_str() => {
                    Some(format!(
                        "decision {} is the adequacy decision for {theirs}, not for {country}",
                        d.key
                    ))
                }
                (DecisionKind::StandardClauses, _) => Some(format!(
                    "decision {} is the standard contractual clauses, not an adequacy decision",
                    d.key
                )),
                _ => None,
            };
            if let Some(message) = wrong {
                let hint = match catalogue::Decision::adequacy_for(country) {
                    Some(own) => {
                        format!("the decision for {country} is `decision: \"{}\"`", own.key)
                    }
                    None if catalogue::is_adequate(country) => format!(
                        "privasite does not have the number of the decision for {country}; remove `decision` and name it in your own words with `reference: {{nl: …, fr: …, en: …}}`"
                    ),
                    None => {
                        "remove `decision`; see the other findings about this transfer".to_owned()
                    }
                };
                report
                    .add(
                        &ADEQUACY_DECISION,
                        format!("{}.transfer.decision", r.at),
                        message,
                    )
                    .hint(hint);
            }
        }
        let path = format!("{}.transfer.mechanism", r.at);
        if country == "US" {
            report
                .add(&ADEQUACY_DECISION, path, "the United States has no general adequacy decision")
                .hint("for a company listed under the EU-US Data Privacy Framework write `mechanism: dpf`; otherwise use `scc`");
        } else if !catalogue::is_adequate(country) && !catalogue::is_eea(country) {
            report
                .add(
                    &ADEQUACY_DECISION,
                    path,
                    format!(
                        "{country} has no adequacy decision of the European Commission (list verified {})",
                        iso_date(catalogue::ADEQUACY_LIST_VERIFIED)
                    ),
                )
                .hint("use `scc` (standard contractual clauses) or another safeguard");
        }
    }
}

fn dpf_outside_us(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        let dpf = r
            .transfer
            .stated()
            .is_some_and(|t| t.mechanism.stated() == Some(&TransferMechanism::Dpf));
        if dpf && r.country.stated().is_some_and(|c| c != "US") {
            report.add(
                &DPF_OUTSIDE_US,
                format!("{}.transfer.mechanism", r.at),
                "the Data Privacy Framework covers only recipients in the United States",
            );
        }
    }
}

fn effective_date(policy: &Policy, report: &mut Report) {
    if let (Some(effective), Some(updated)) = (policy.effective, policy.last_updated.stated())
        && effective < *updated
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

fn cookie_consent_purpose(policy: &Policy, report: &mut Report) {
    for category in policy.cookie_categories() {
        if !category.needs_consent() {
            continue;
        }
        let covered = policy.purposes.iter().any(|p| {
            p.cookie_categories.contains(&category)
                && p.legal_basis
                    .stated()
                    .is_some_and(|b| b.includes(LegalBasis::Consent))
        });
        if !covered {
            let first = policy
                .cookie_list()
                .iter()
                .find(|c| c.category == category)
                .map_or("cookies".to_owned(), |c| c.at.clone());
            report
                .add(
                    &COOKIE_CONSENT_PURPOSE,
                    first,
                    format!(
                        "{} cookies need consent, but no purpose based on consent covers them",
                        category.key()
                    ),
                )
                .hint(format!(
                    "add a purpose with `legal_basis: consent` and `cookie_categories: [{}]`, saying what the data is used for",
                    category.key()
                ));
        }
    }
}

/// The rights the stated legal bases give, and whether each one is required.
fn given_rights(policy: &Policy) -> Vec<Right> {
    policy
        .applicable_rights()
        .into_iter()
        .map(|r| r.right)
        .collect()
}

fn rights_not_given(policy: &Policy, report: &mut Report) {
    let Some(listed) = &policy.rights.listed else {
        return;
    };
    let given = given_rights(policy);
    for (i, right) in listed.iter().enumerate() {
        let conditional = matches!(
            right,
            Right::Portability
                | Right::Objection
                | Right::ObjectionMarketing
                | Right::WithdrawConsent
                | Right::HumanReview
        );
        if conditional && !given.contains(right) {
            report
                .add(
                    &RIGHTS_NOT_GIVEN,
                    format!("rights.listed[{i}]"),
                    match right {
                        Right::ObjectionMarketing => format!("the policy promises the right `{}`, but no purpose is direct marketing", right.key()),
                        Right::HumanReview => format!("the policy promises the right `{}`, but no purpose takes decisions by automated means", right.key()),
                        _ => format!("the policy promises the right `{}`, which none of its legal bases gives", right.key()),
                    },
                )
                .hint(match right {
                    Right::Portability => "portability applies to processing on consent or contract (Art. 20(1))",
                    Right::Objection => "the right to object applies to legitimate interests and public task (Art. 21(1)); objection to direct marketing is `objection_marketing`",
                    Right::WithdrawConsent => "withdrawal applies where consent is the basis (Art. 7(3))",
                    Right::ObjectionMarketing => "objection to direct marketing applies where data is used for it (Art. 21(2)): mark that purpose `direct_marketing: true`, or remove the right from the list",
                    _ => "it applies only where a purpose takes decisions by automated means (Art. 22)",
                });
        }
    }
}

fn rights_missing(policy: &Policy, report: &mut Report) {
    let Some(listed) = &policy.rights.listed else {
        return;
    };
    for right in given_rights(policy) {
        // The complaint has its own section; the list is about requests to the controller.
        if right == Right::Complaint || listed.contains(&right) {
            continue;
        }
        report
            .add(
                &RIGHTS_MISSING,
                "rights.listed",
                format!(
                    "the rights listed leave out `{}`, which the policy's legal bases give",
                    right.key()
                ),
            )
            .hint(format!("add `{}` to `rights.listed`", right.key()));
    }
}

fn transfers_contradicted(policy: &Policy, report: &mut Report) {
    if !policy.transfers.is_absent() {
        return;
    }
    for r in &policy.recipients {
        if let Some(country) = r.country.stated()
            && !catalogue::is_eea(country)
        {
            report
                .add(
                    &TRANSFERS_CONTRADICTED,
                    format!("{}.country", r.at),
                    format!(
                        "`transfers: none`, but `{}` receives data in {country}, outside the EEA",
                        r.id
                    ),
                )
                .hint("remove `transfers: none`; the recipient's `transfer` states the safeguard");
        }
    }
}

fn consent_mechanism(policy: &Policy, report: &mut Report) {
    let Some(consent) = policy.cookie_consent.stated() else {
        return;
    };
    let (message, hint) = match consent.mechanism {
        ConsentMechanism::ContinuedBrowsing => (
            "continuing to browse is not consent to cookies",
            "ask with a banner before setting cookies, with a button to accept and one to refuse: `mechanism: banner, reject_button: true`",
        ),
        ConsentMechanism::BrowserSettings => (
            "browser settings are not consent to cookies",
            "ask with a banner before setting cookies that are not strictly necessary: `mechanism: banner, reject_button: true`",
        ),
        ConsentMechanism::Banner if consent.reject_button == Some(false) => (
            "the cookie banner has no button to refuse",
            "the Belgian DPA requires refusing to be as easy as accepting: add a \"refuse all\" button next to \"accept all\"",
        ),
        ConsentMechanism::Banner => return,
    };
    let path = if consent.mechanism == ConsentMechanism::Banner {
        "cookie_consent.reject_button"
    } else {
        "cookie_consent.mechanism"
    };
    if policy.cookies_need_consent() || !matches!(policy.cookies, Fact::Absent) {
        report.add(&CONSENT_MECHANISM, path, message).hint(hint);
    }
}

fn special_categories_contradicted(policy: &Policy, report: &mut Report) {
    if !policy.special_categories.is_absent() {
        return;
    }
    for c in policy.categories() {
        if c.special {
            report
                .add(
                    &SPECIAL_CATEGORIES_CONTRADICTED,
                    &c.at,
                    format!(
                        "`special_categories: none`, but `{}` is a special category",
                        c.id
                    ),
                )
                .hint("remove one of the two statements");
        }
    }
}

fn special_denied(policy: &Policy, report: &mut Report) {
    for c in policy.categories() {
        let special_by_law = catalogue::DataCategory::from_key(&c.id)
            .is_some_and(catalogue::DataCategory::is_special);
        if special_by_law && c.special_written == Some(false) {
            report
                .add(
                    &SPECIAL_DENIED,
                    format!("{}.special", c.at),
                    format!(
                        "`{}` is a special category of personal data (Art. 9 GDPR): `special: false` does not change that, and the pages treat it as special",
                        c.id
                    ),
                )
                .hint("remove `special: false`");
        }
    }
}

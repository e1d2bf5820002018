//! `PS-C…`: the policy gives what GDPR Art. 13 and 14 require a notice to give. Numbers
//! follow the checklist ids of `shared/legal/gdpr-notice-kb.md` (C01–C15) where there is one.

use crate::catalogue::LegalBasis;
use crate::check::report::Report;
use crate::diagnostic::Severity::{Error, Warning};
use crate::policy::Policy;

use super::rules;
use crate::check::rule::Family::Completeness;

rules! {
    CONTROLLER_ADDRESS {
        id: "PS-C01", family: Completeness, level: Warning,
        summary: "the controller has no postal address",
        source: "GDPR Art. 13(1)(a), 14(1)(a)",
        explanation: r#"
The notice must give the controller's identity and contact details. An e-mail address alone
leaves people without a place to send a signed letter or serve a claim.

Wrong:
```yaml
controller: {name: Isowil N.V., email: privacy@isowil.be}
```
Right:
```yaml
controller:
  name: Isowil N.V.
  email: privacy@isowil.be
  address: {street: Industrieweg 1, postal_code: "9000", city: Gent, country: BE}
```
"#,
        check: Some(controller_address),
    }
    PURPOSES_LISTED {
        id: "PS-C03", family: Completeness, level: Error,
        summary: "the policy lists no purposes",
        source: "GDPR Art. 13(1)(c), 14(1)(c)",
        explanation: r#"
A notice states each purpose of the processing with its legal basis.

Wrong:
```yaml
purposes: []
```
Right:
```yaml
purposes:
  - id: orders
    title: {nl: Bestellingen, fr: Commandes, en: Orders}
    legal_basis: contract
    retention: {years: 10, after: contract_end}
```
"#,
        check: Some(purposes_listed),
    }
    LEGITIMATE_INTEREST_NAMED {
        id: "PS-C04", family: Completeness, level: Error,
        summary: "legitimate interests as a basis without the interest named",
        source: "GDPR Art. 13(1)(d), 14(2)(b); WP260 Annex",
        explanation: r#"
Where processing rests on legitimate interests, the notice names the specific interest pursued.

Wrong:
```yaml
legal_basis: legitimate_interests
```
Right:
```yaml
legal_basis: legitimate_interests
legitimate_interest:
  en: Protecting our web shop and your account against payment fraud.
```
"#,
        check: Some(legitimate_interest_named),
    }
    PURPOSE_DATA {
        id: "PS-C05", family: Completeness, level: Warning,
        summary: "a purpose that lists no data",
        source: "GDPR Art. 14(1)(d); WP260 para 23",
        explanation: r#"
People should be able to tell which data is used for which purpose.

Wrong:
```yaml
- id: newsletter
  legal_basis: consent
```
Right:
```yaml
- id: newsletter
  data: [identification, contact]
  legal_basis: consent
```
"#,
        check: Some(purpose_data),
    }
    TRANSFER_MECHANISM {
        id: "PS-C07", family: Completeness, level: Error,
        summary: "a recipient outside the EEA without a transfer mechanism",
        source: "GDPR Art. 13(1)(f), 14(1)(f); Chapter V",
        explanation: r#"
Data sent outside the European Economic Area needs an adequacy decision or another safeguard,
and the notice says which.

Wrong:
```yaml
- {id: mailer, name: Mailer Inc., role: processor, country: US, service: {…}}
```
Right:
```yaml
- id: mailer
  name: Mailer Inc.
  country: US
  transfer: {mechanism: dpf, checked_on: 2026-02-20}
```
"#,
        check: Some(transfer_mechanism),
    }
    RETENTION_STATED {
        id: "PS-C08", family: Completeness, level: Error,
        summary: "a retention with neither a period nor criteria",
        source: "GDPR Art. 13(2)(a), 14(2)(a); WP260 Annex",
        explanation: r#"
For each purpose the notice gives how long data is kept, or the criteria that decide it.

Wrong:
```yaml
retention: {}
```
Right:
```yaml
retention: {years: 10, after: financial_year_end}
```
"#,
        check: None,
    }
    RESPONSE_TIME {
        id: "PS-C09", family: Completeness, level: Error,
        summary: "a promised response time beyond one month, or of zero days",
        source: "GDPR Art. 12(3)",
        explanation: r#"
Requests about rights must be answered within one month of receipt.

Wrong:
```yaml
rights: {contact: {email: privacy@example.be}, response_days: 45}
```
Right:
```yaml
rights: {contact: {email: privacy@example.be}}
```
"#,
        check: Some(response_time),
    }
    SPECIAL_CATEGORY_CONDITION {
        id: "PS-C15", family: Completeness, level: Error,
        summary: "a special category of data without an Art. 9(2) condition",
        source: "GDPR Art. 9(1)–(2)",
        explanation: r#"
Health, biometric and the other special categories may be processed only under one of the
conditions of Art. 9(2), besides a legal basis.

Wrong:
```yaml
data_categories: [health]
```
Right:
```yaml
data_categories:
  - {id: health, art9_condition: explicit_consent}
```
"#,
        check: Some(special_category_condition),
    }
    ENTERPRISE_NUMBER {
        id: "PS-C16", family: Completeness, level: Warning,
        summary: "a Belgian controller without its enterprise number",
        source: "Belgian Code of Economic Law, Art. III.15; GDPR Art. 13(1)(a)",
        explanation: r#"
Belgian companies show their KBO/BCE number on their website; it identifies the controller
beyond doubt.

Wrong:
```yaml
controller: {name: Bakkerij Janssens BV, address: {…, country: BE}}
```
Right:
```yaml
controller: {name: Bakkerij Janssens BV, enterprise_number: "0123.456.749", address: {…}}
```
"#,
        check: Some(enterprise_number),
    }
    CHILDREN_AGE {
        id: "PS-C17", family: Completeness, level: Warning,
        summary: "a service open to children under 13",
        source: "GDPR Art. 8; Belgian law of 30 July 2018",
        explanation: r#"
In Belgium an information-society service needs a parent's consent for a child under 13.

Wrong:
```yaml
children: {min_age: 10}
```
Right:
```yaml
children: {min_age: 13}
```
"#,
        check: Some(children_age),
    }
}

fn controller_address(policy: &Policy, report: &mut Report) {
    if policy.controller.address.is_none() {
        report
            .add(&CONTROLLER_ADDRESS, "controller", "the controller has no postal address")
            .hint("Art. 13(1)(a) GDPR asks for the controller's contact details; add `address:` with street, postal_code, city and country");
    }
}

fn purposes_listed(policy: &Policy, report: &mut Report) {
    if policy.purposes.is_empty() {
        report
            .add(&PURPOSES_LISTED, "purposes", "the policy lists no purposes")
            .hint("describe at least one purpose with its legal basis");
    }
}

fn legitimate_interest_named(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        if p.legal_basis == Some(LegalBasis::LegitimateInterests) && p.legitimate_interest.is_none()
        {
            report
                .add(
                    &LEGITIMATE_INTEREST_NAMED,
                    &p.at,
                    format!(
                        "the purpose `{}` relies on legitimate interests but does not say which interest",
                        p.id
                    ),
                )
                .hint("add `legitimate_interest: {nl: …, fr: …, en: …}` naming the specific interest, such as protecting the shop against fraud");
        }
    }
}

fn purpose_data(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        if p.data.is_empty() {
            report
                .add(
                    &PURPOSE_DATA,
                    &p.at,
                    format!("the purpose `{}` lists no data", p.id),
                )
                .hint("add `data: [...]` with the categories of data it uses");
        }
    }
}

fn transfer_mechanism(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        if r.transfer.is_none()
            && !crate::catalogue::is_eea(&r.country)
            && crate::catalogue::COUNTRIES.contains(&r.country.as_str())
        {
            report
                .add(
                    &TRANSFER_MECHANISM,
                    &r.at,
                    format!(
                        "{} receives data in {}, outside the European Economic Area, but no transfer mechanism is given",
                        r.name, r.country
                    ),
                )
                .hint(format!(
                    "add `transfer: {{mechanism: …}}` with one of: {}",
                    crate::diagnostic::quoted_list(crate::catalogue::TransferMechanism::KEYS)
                ));
        }
    }
}

fn response_time(policy: &Policy, report: &mut Report) {
    match policy.rights.response_days {
        Some(days) if days > 31 => {
            report
                .add(
                    &RESPONSE_TIME,
                    "rights.response_days",
                    format!("{days} days is longer than the GDPR allows"),
                )
                .hint("requests must be answered within one month (Art. 12(3)); write 30 or less");
        }
        Some(0) => {
            report.add(
                &RESPONSE_TIME,
                "rights.response_days",
                "a response time of 0 days",
            );
        }
        _ => {}
    }
}

fn special_category_condition(policy: &Policy, report: &mut Report) {
    for c in &policy.data_categories {
        if c.special && c.art9_condition.is_none() {
            report
                .add(
                    &SPECIAL_CATEGORY_CONDITION,
                    &c.at,
                    format!(
                        "`{}` is a special category of data (Art. 9 GDPR) but no Art. 9(2) condition is given",
                        c.id
                    ),
                )
                .hint(format!(
                    "write it as `{{id: {}, art9_condition: explicit_consent}}`, with one of: {}",
                    c.id,
                    crate::diagnostic::quoted_list(crate::catalogue::Art9Condition::KEYS)
                ));
        }
    }
}

fn enterprise_number(policy: &Policy, report: &mut Report) {
    let c = &policy.controller;
    let is_belgian = c.address.as_ref().is_some_and(|a| a.country == "BE");
    if c.enterprise_number.is_none() && is_belgian {
        report
            .add(&ENTERPRISE_NUMBER, "controller", "the controller has no enterprise number")
            .hint("Belgian companies must show their KBO/BCE number on their website; add `enterprise_number: \"0123.456.749\"`");
    }
}

fn children_age(policy: &Policy, report: &mut Report) {
    if let Some(age) = policy.children_min_age
        && age < 13
    {
        report
            .add(
                &CHILDREN_AGE,
                "children.min_age",
                format!("the service is open to children under 13 (from {age})"),
            )
            .hint("in Belgium, information-society services need a parent's consent below 13 (Art. 8 GDPR; law of 30 July 2018)");
    }
}

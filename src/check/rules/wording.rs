//! `PS-W…`: the author's own text is fair, concrete and in one register (WP260 rev.01; KB
//! R06, R09, R12–R14, §5.3). The phrase patterns are in [`crate::check::lexicon`].

use crate::catalogue::{ChangeNotice, ConsentMechanism, Register};
use crate::check::lexicon::{self, Phrase};
use crate::check::report::Report;
use crate::check::rule::Family::Wording;
use crate::diagnostic::Severity::{Error, Note, Warning};
use crate::policy::{Fact, Name, Policy, ProseText, Retention};

use super::rules;

rules! {
    CHECK_REGULARLY_CLAUSE {
        id: "PS-W01", family: Wording, level: Warning,
        summary: "asking people to re-read the policy to learn of changes",
        source: "WP260 rev.01 paras 29–30; GDPR Art. 5(1)(a); KB R09",
        explanation: r#"
Substantive changes are announced actively (e-mail, a notice). Telling people to check the page
regularly puts the burden on them; the EDPB calls it unfair. State how changes are announced in
`changes:` instead.

Wrong:
```yaml
introduction: {en: Please check this page regularly for changes.}
```
Right:
```yaml
changes: {notice: prior_notice, channels: [email]}
```
"#,
        check: Some(check_regularly_clause),
    }
    VAGUE_RETENTION {
        id: "PS-W02", family: Wording, level: Error,
        summary: "retention criteria that give no period and no way to work one out",
        source: "GDPR Art. 13(2)(a); WP260 rev.01 Annex; KB R13",
        explanation: r#"
"As long as necessary", "indefinitely" or "in accordance with the law" (without naming the law)
tell people nothing about how long their data is kept. Give a period, or criteria concrete
enough to work it out, and name the law that sets it.

Wrong:
```yaml
retention: {criteria: {en: In accordance with applicable law.}}
```
Right:
```yaml
retention: {criteria: {en: "10 years from the end of the financial year, as Art. 60 of the VAT Code requires."}}
```
"#,
        check: Some(vague_retention),
    }
    MIXED_REGISTER {
        id: "PS-W03", family: Wording, level: Warning,
        summary: "the reader addressed in the other register (je on a formal site, u on an informal one)",
        source: "WP260 rev.01 para 12 (clear and plain language); KB §5.3",
        explanation: r#"
The built-in texts address the reader in the site's register: formally ("u", "vous", "Sie") by
default, informally ("je", "tu", "du") with `register: informal` in `site.yaml`. A word of the
other register in the author's text makes the page switch register mid-way: "je" or "tu" on a
formal site, "u", "vous" or "Sie" on an informal one. A German "Sie" or "Ihr" that starts a
sentence is not counted, as it may be "they" or "their". A question in the reader's own voice
(an FAQ question) may use any form.

Wrong:
```yaml
description: {nl: Je kan je op elk moment uitschrijven.}
```
Right:
```yaml
description: {nl: U kunt zich op elk moment uitschrijven.}
```
"#,
        check: Some(mixed_register),
    }
    CONTINUED_USE {
        id: "PS-W04", family: Wording, level: Warning,
        summary: "continued use or browsing taken as acceptance or consent",
        source: "WP260 rev.01 para 30; GDPR Art. 4(11), 7; Belgian DPA (2023); KB R09",
        explanation: r#"
Using a website is not agreeing to its privacy policy, and continuing to browse is not consent
to cookies or to changes. A privacy notice informs; it is not a contract to accept.

Wrong:
```yaml
introduction: {nl: "Door onze website te gebruiken, aanvaardt u dit privacybeleid."}
```
Right:
```yaml
introduction: {nl: In deze verklaring leest u hoe wij uw persoonsgegevens verwerken.}
```
"#,
        check: Some(continued_use),
    }
    BROWSER_SETTINGS_ONLY {
        id: "PS-W05", family: Wording, level: Warning,
        summary: "browser settings as the way to refuse cookies",
        source: "ePrivacy Directive Art. 5(3); Belgian DPA cookie checklist (2023); KB §3.3",
        explanation: r#"
Blocking cookies in the browser is not how consent is refused: cookies that need consent are
not set until the visitor accepts them. Describe the consent banner; browser settings can be
mentioned only as an addition. Strictly necessary cookies need no consent, so a site that sets
only those may point to the browser settings.

Wrong (an analytics cookie, no banner):
```yaml
introduction: {nl: U kunt cookies weigeren via de instellingen van uw browser., fr: Vous pouvez refuser les cookies dans les paramètres de votre navigateur., en: You can refuse cookies through your browser settings.}
cookies:
  - {name: _pk_id, kind: http_cookie, provider: first_party, category: analytics, duration: {months: 13}, purpose: {nl: Statistiek., fr: Statistiques., en: Statistics.}}
```
Right:
```yaml
cookie_consent: {mechanism: banner, reject_button: true, settings_url: https://www.example.be/cookies}
```
"#,
        check: Some(browser_settings_only),
    }
    HEDGING {
        id: "PS-W06", family: Wording, level: Note,
        summary: "a text full of qualifiers such as \"may\", \"kan\", \"peut\"",
        source: "WP260 rev.01 para 13; KB R06",
        explanation: r#"
Qualifiers ("may", "might", "some", "possible") leave people guessing what actually happens.
Say what is done. The hedge is what the organisation "may" do ("wij kunnen", "nous pouvons",
"we may", "your data may be shared"); what the reader can do ("u kan", "vous pouvez", "you
can") is not one.

Wrong:
```yaml
description: {en: We may share some of your data with certain partners where possible.}
```
Right:
```yaml
description: {en: We share your name and address with our courier to deliver your order.}
```
"#,
        check: Some(hedging),
    }
    GENERIC_INTEREST {
        id: "PS-W07", family: Wording, level: Error,
        summary: "a legitimate interest that names no actual interest",
        source: "GDPR Art. 13(1)(d); WP260 rev.01 Annex; KB R12",
        explanation: r#"
"Our legitimate interest" or "running a successful business" names no interest that can be
weighed against the person's rights. Say what the processing protects or enables.

Wrong:
```yaml
legitimate_interest: {nl: Ons gerechtvaardigd belang van ondernemerschap.}
```
Right:
```yaml
legitimate_interest: {nl: Fraude en misbruik van onze website voorkomen en opsporen.}
```
"#,
        check: Some(generic_interest),
    }
    RIGHTS_CONDITIONS {
        id: "PS-W08", family: Wording, level: Warning,
        summary: "conditions on rights the GDPR does not set",
        source: "GDPR Art. 12(2), 12(5), 15–21",
        explanation: r#"
Rights are exercised as the GDPR sets them. "Provided you do so reasonably" is a condition the
GDPR puts on no right. "Within legal limits" or "in certain circumstances" is true of erasure,
restriction, portability and objection, which apply only in the circumstances Art. 17, 18, 20
and 21 describe, and may be said of them; said of access, rectification, withdrawing consent
or the complaint to the authority, it suggests hurdles that do not exist. The law's own limits
on every request (manifestly unfounded or excessive requests, Art. 12(5)) need no repeating.

Wrong:
```yaml
introduction:
  nl: Binnen de wettelijke grenzen kunt u uw gegevens inkijken.
  fr: Dans les limites légales, vous pouvez consulter vos données.
  en: Within legal limits, you can see your data.
```
Right:
```yaml
introduction:
  nl: In bepaalde omstandigheden kunt u ons vragen uw gegevens te wissen.
  fr: Dans certaines circonstances, vous pouvez nous demander d'effacer vos données.
  en: In certain circumstances you can ask us to erase your data.
```
"#,
        check: Some(rights_conditions),
    }
    GENERIC_RECIPIENT {
        id: "PS-W09", family: Wording, level: Warning,
        summary: "a recipient named by a category word, written once for every language",
        source: "GDPR Art. 13(1)(e); WP260 rev.01 Annex; KB R14",
        explanation: r#"
A name written once is shown as it is on every page, so "Leveranciers" would appear on the
French and English pages. And "partners" or "suppliers" says little about who receives the
data: name the company, or describe the category per language.

Wrong:
```yaml
- {id: suppliers, name: Leveranciers, role: processor}
```
Right:
```yaml
- id: suppliers
  name: {nl: IT-leveranciers, fr: fournisseurs informatiques, en: IT suppliers}
  role: processor
```
"#,
        check: Some(generic_recipient),
    }
    RESPONSE_IN_DAYS {
        id: "PS-W10", family: Wording, level: Warning,
        summary: "an answer time in days instead of the law's one month",
        source: "GDPR Art. 12(3)",
        explanation: r#"
The GDPR gives one month, which is not always 30 days (31 in most months, 28 in February). A
number of days either promises less than the law gives or, in February, more than it allows.

Wrong:
```yaml
rights: {contact: {email: privacy@example.be}, response_days: 30}
```
Right:
```yaml
rights: {contact: {email: privacy@example.be}}
```
"#,
        check: Some(response_in_days),
    }
    UNFAIR_CHANGE_NOTICE {
        id: "PS-W11", family: Wording, level: Warning,
        summary: "changes that take effect without notice, or only if people look",
        source: "WP260 rev.01 paras 29–30; KB R09",
        explanation: r#"
Substantive changes (a new purpose, new recipients, a new way to exercise rights) are announced
actively and before they take effect. "Check this page regularly" and "without notice" are not,
and neither are changes that "take effect automatically on publication", however they are
announced: people learn of them only after they apply.

Wrong:
```yaml
changes: {notice: check_regularly}
```
Right:
```yaml
changes: {notice: prior_notice, channels: [email, website_notice]}
```
"#,
        check: Some(unfair_change_notice),
    }
}

/// The author's texts in each language, with the YAML path of each language's text. FAQ
/// questions (the reader's own voice) are left out when `reader_voice` is false.
fn texts(policy: &Policy, reader_voice: bool) -> Vec<(String, &str, &str)> {
    let mut out = Vec::new();
    for field in &policy.prose {
        if !reader_voice && field.path.starts_with("faq[") && field.path.ends_with(".question") {
            continue;
        }
        if let ProseText::Prose(p) = &field.text {
            for (lang, text) in p {
                out.push((
                    format!("{}.{lang}", field.path),
                    lang.as_str(),
                    text.as_str(),
                ));
            }
        }
    }
    out
}

fn report_phrase(
    policy: &Policy,
    report: &mut Report,
    phrase: Phrase,
    rule: &'static crate::check::rule::Rule,
    message: impl Fn(&str) -> String,
    hint: &str,
) {
    for (path, lang, text) in texts(policy, true) {
        if let Some(found) = lexicon::find(phrase, lang, text) {
            report.add(rule, path, message(&found)).hint(hint);
        }
    }
}

fn check_regularly_clause(policy: &Policy, report: &mut Report) {
    report_phrase(
        policy,
        report,
        Phrase::CheckRegularly,
        &CHECK_REGULARLY_CLAUSE,
        |found| {
            format!(
                "\"{found}\": asking people to re-read the policy is not a fair way to announce changes"
            )
        },
        "announce substantive changes actively and say how in `changes: {notice: prior_notice, channels: [email]}`; the EDPB (WP260 §29–30) calls such clauses unfair",
    );
}

fn vague_retention(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        let Some(Retention::Criteria(criteria)) = p.retention.stated() else {
            continue;
        };
        for (lang, text) in criteria {
            let found = lexicon::find(Phrase::VagueRetention, lang, text)
                .or_else(|| lexicon::find(Phrase::UnnamedLaw, lang, text));
            if let Some(found) = found {
                report
                    .add(
                        &VAGUE_RETENTION,
                        format!("{}.retention.criteria.{lang}", p.at),
                        format!("\"{found}\" does not tell people how long their data is kept"),
                    )
                    .hint(format!(
                        "give a period, or criteria concrete enough to work it out, and name the law that sets it ({})",
                        match lang.as_str() {
                            "nl" => "\"10 jaar, art. 60 btw-wetboek\"",
                            "fr" => "\"10 ans, art. 60 du Code de la TVA\"",
                            _ => "\"10 years, Art. 60 VAT Code\"",
                        }
                    ));
            }
        }
    }
}

fn mixed_register(policy: &Policy, report: &mut Report) {
    let register = policy.register;
    for (path, lang, text) in texts(policy, false) {
        if let Some(word) = lexicon::off_register_word(register, lang, text) {
            let site = lexicon::address_word(register, lang);
            let how = match register {
                Register::Formal => "informally",
                Register::Informal => "formally",
            };
            report
                .add(
                    &MIXED_REGISTER,
                    path,
                    format!("\"{word}\" addresses the reader {how}, but the rest of the site says \"{site}\""),
                )
                .hint(format!("write \"{site}\" throughout, so the policy keeps one register"));
        }
    }
}

fn continued_use(policy: &Policy, report: &mut Report) {
    report_phrase(
        policy,
        report,
        Phrase::ContinuedUse,
        &CONTINUED_USE,
        |found| {
            format!(
                "\"{found}\": using the website is not accepting the policy, nor consenting to cookies or changes"
            )
        },
        "remove the sentence; a privacy notice informs, and consent to cookies is asked separately (`cookie_consent`)",
    );
}

fn browser_settings_only(policy: &Policy, report: &mut Report) {
    let banner = policy
        .cookie_consent
        .stated()
        .is_some_and(|c| c.mechanism == ConsentMechanism::Banner);
    // Strictly necessary cookies need no consent: pointing to the browser is then no refusal
    // of consent, only a way to clear them.
    if banner || !policy.cookies_need_consent() {
        return;
    }
    report_phrase(
        policy,
        report,
        Phrase::BrowserSettings,
        &BROWSER_SETTINGS_ONLY,
        |found| format!("\"{found}\": browser settings are not how consent to cookies is refused"),
        "ask consent with a banner that has a reject button (`cookie_consent: {mechanism: banner, reject_button: true}`)",
    );
}

fn hedging(policy: &Policy, report: &mut Report) {
    for (path, lang, text) in texts(policy, false) {
        let hedges = lexicon::hedges(lang, text);
        let (count, words) = (hedges.count, hedges.words);
        if count >= 3 && count * 25 >= words {
            let found: Vec<String> = hedges.found.iter().map(|w| format!("\"{w}\"")).collect();
            report
                .add(&HEDGING, path, format!("{count} qualifiers in {words} words leave people guessing what happens"))
                .hint(format!(
                    "the qualifiers are {}; say what is done, to which data, and when, and keep such words for what really depends on the person's choice",
                    found.join(", ")
                ));
        }
    }
}

fn generic_interest(policy: &Policy, report: &mut Report) {
    for p in &policy.purposes {
        let Some(interest) = &p.legitimate_interest else {
            continue;
        };
        for (lang, text) in interest {
            if lexicon::find(Phrase::GenericInterest, lang, text).is_some() {
                report
                    .add(
                        &GENERIC_INTEREST,
                        format!("{}.legitimate_interest.{lang}", p.at),
                        format!("\"{}\" does not name the interest the processing serves", text.trim()),
                    )
                    .hint("say what the processing protects or enables, such as \"detecting and stopping payment fraud\"");
            }
        }
    }
}

fn rights_conditions(policy: &Policy, report: &mut Report) {
    let mut flag = |path: String, condition: Option<lexicon::RightsCondition>| {
        let (message, hint) = match condition {
            Some(lexicon::RightsCondition::Invented(found)) => (
                format!("\"{found}\" attaches a condition to rights that the GDPR does not set"),
                "rights are exercised as the GDPR sets them; remove conditions the law does not set",
            ),
            Some(lexicon::RightsCondition::Limit(found)) => (
                format!("\"{found}\" attaches a condition to rights that the GDPR does not set"),
                "only erasure, restriction, portability and objection apply in certain circumstances (Art. 17, 18, 20, 21); say it of them alone, and give access, rectification, withdrawal of consent and the complaint without conditions",
            ),
            None => (
                "the policy attaches conditions to the rights".to_owned(),
                "rights are exercised as the GDPR sets them; remove conditions the law does not set",
            ),
        };
        report.add(&RIGHTS_CONDITIONS, path, message).hint(hint);
    };
    if let Some(conditions) = &policy.rights.conditions {
        for (lang, text) in conditions {
            let found = lexicon::rights_condition(lang, text);
            if found.is_some() || !lexicon::only_limited_rights(lang, text) {
                flag(format!("rights.conditions.{lang}"), found);
            }
        }
    }
    for (path, lang, text) in texts(policy, true) {
        if path.starts_with("rights.conditions.") {
            continue;
        }
        if let Some(found) = lexicon::rights_condition(lang, text) {
            flag(path, Some(found));
        }
    }
}

fn generic_recipient(policy: &Policy, report: &mut Report) {
    for r in &policy.recipients {
        if let Name::Proper(name) = &r.name {
            let lower = lexicon::normalize(name);
            if lexicon::GENERIC_RECIPIENTS.contains(&lower.as_str()) {
                report
                    .add(
                        &GENERIC_RECIPIENT,
                        format!("{}.name", r.at),
                        format!("\"{name}\" is a category of recipients, not a name, and would be shown as it is in every language"),
                    )
                    .hint("name the company, or write the category per language: `name: {nl: …, fr: …, en: …}`, as specific as possible");
            }
        }
    }
}

fn response_in_days(policy: &Policy, report: &mut Report) {
    if let Some(days) = policy.rights.response_days
        && (1..=31).contains(&days)
    {
        report
            .add(
                &RESPONSE_IN_DAYS,
                "rights.response_days",
                format!("{days} days is not the one month the GDPR gives"),
            )
            .hint("leave `response_days` out: the page then says one month, extendable by two months for complex requests (Art. 12(3))");
    }
}

fn unfair_change_notice(policy: &Policy, report: &mut Report) {
    report_phrase(
        policy,
        report,
        Phrase::EffectiveOnPublication,
        &UNFAIR_CHANGE_NOTICE,
        |found| {
            format!(
                "\"{found}\": changes that apply as soon as they are published give people no notice before they take effect"
            )
        },
        "announce substantive changes actively before they take effect (`changes: {notice: prior_notice, channels: [email]}`), and say when they take effect",
    );
    if let Fact::Stated(changes) = &policy.changes {
        let what = match changes.notice {
            ChangeNotice::CheckRegularly => "the policy asks people to check it for changes",
            ChangeNotice::WithoutNotice => "changes take effect without notice",
            _ => return,
        };
        report
            .add(&UNFAIR_CHANGE_NOTICE, "changes.notice", what)
            .hint("announce substantive changes actively before they take effect: `notice: prior_notice, channels: [email]`");
    }
}

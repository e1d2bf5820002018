//! Translations: no page carries another language's words; sites reword or add languages
//! through their own `locales/` folder; a missing message is an error.

use std::collections::BTreeMap;

use serde_json::json;

use crate::ftl;
use crate::helpers::{SiteTest, repo, visible_text};

const LANGS: [&str; 3] = ["nl", "fr", "en"];

/// Built-in message values without variables, by language and id, as a formal site shows them.
fn fixed_messages(langs: &[&'static str]) -> BTreeMap<&'static str, BTreeMap<String, String>> {
    fixed_messages_in(langs, "formal")
}

/// Built-in message values without variables other than `$register`, by language and id, in
/// `register`.
pub fn fixed_messages_in(
    langs: &[&'static str],
    register: &'static str,
) -> BTreeMap<&'static str, BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for &lang in langs {
        let mut messages = BTreeMap::new();
        for text in ftl::texts(lang) {
            if text.name.contains('.') {
                continue;
            }
            if let Some(value) = ftl::fixed_text(&text.pattern, register)
                && !value.contains('\n')
            {
                messages.insert(text.name, value);
            }
        }
        out.insert(lang, messages);
    }
    out
}

/// Four or more words: short labels ("Cookie", "Website") and numbers are the same in several
/// languages; sentences are not.
fn is_sentence(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        >= 4
}

// No page contains a sentence from another language: neither a built-in message nor the
// author's prose.
#[test]
fn pages_contain_only_their_own_language() {
    let site = SiteTest::example();
    site.build();
    let built = privasite::build(site.root(), &Default::default()).unwrap();
    let messages = fixed_messages(&LANGS);
    for lang in LANGS {
        for page in ["privacy", "cookies", "faq"] {
            let text = visible_text(&site.read(&format!("public/{lang}/{page}/index.html")));
            for other in LANGS.iter().filter(|l| **l != lang) {
                for (id, value) in &messages[other] {
                    // Addresses are proper names, spelt the same in two languages.
                    let is_address = id.ends_with("-street") || id.ends_with("-city");
                    if is_sentence(value) && !is_address {
                        assert!(
                            !text.contains(value.as_str()),
                            "{lang}/{page} contains {other} message {id}: {value}"
                        );
                    }
                }
                for field in &built.policy.prose {
                    let privasite::policy::ProseText::Prose(prose) = &field.text else {
                        continue;
                    };
                    let path = &field.path;
                    let theirs = &prose[*other];
                    if is_sentence(theirs) {
                        let first_line = theirs.lines().next().unwrap();
                        assert!(
                            !text.contains(first_line),
                            "{lang}/{page} contains the {other} text of {path}"
                        );
                    }
                }
            }
        }
    }
}

// German is built in: a four-language site needs only `de` in its languages and its own texts
// in German. Each page is in its own language only, with German dates and capitals.
#[test]
fn a_four_language_site_with_german() {
    const FOUR: [&str; 4] = ["nl", "fr", "en", "de"];
    let site = SiteTest::fixture("minimal");
    site.write("content/site.yaml", "languages: [nl, fr, en, de]\n");
    site.policy(|p| p["purposes"][0]["title"]["de"] = json!("Bestellungen"));
    site.build();
    let messages = fixed_messages(&FOUR);
    for lang in FOUR {
        for page in ["privacy", "cookies", "faq"] {
            let html = site.read(&format!("public/{lang}/{page}/index.html"));
            assert!(html.contains(&format!("<html lang=\"{lang}\">")));
            let text = visible_text(&html);
            for other in FOUR.iter().filter(|l| **l != lang) {
                for (id, value) in &messages[other] {
                    // Addresses are spelt alike; the German page names the Belgian authority
                    // by its official Dutch and French names too.
                    let is_name = id.ends_with("-street")
                        || id.ends_with("-city")
                        || (lang == "de" && id.starts_with("authority-"));
                    if is_sentence(value) && !is_name {
                        assert!(
                            !text.contains(value.as_str()),
                            "{lang}/{page} contains {other} message {id}: {value}"
                        );
                    }
                }
            }
        }
    }
    let german = visible_text(&site.read("public/de/privacy/index.html"));
    for expected in [
        "Datenschutzerklärung",
        "15. Januar 2026",
        "Bestellungen",
        "Sie",
    ] {
        assert!(
            german.contains(expected),
            "the German page lacks {expected:?}"
        );
    }
    // A label inside a German sentence keeps its capital.
    assert!(!german.contains(" kontaktdaten"), "{german}");
}

// A site rewords one built-in sentence with its own .ftl file; the rest stays built in.
#[test]
fn site_locale_overrides_one_message() {
    let site = SiteTest::fixture("minimal");
    site.write("locales/en/site.ftl", "page-privacy = Privacy notice\n");
    site.build();
    let html = site.read("public/en/privacy/index.html");
    assert!(html.contains("<h1>Privacy notice</h1>"));
    assert!(
        html.contains("Cookie policy"),
        "other messages stay built in"
    );
    assert!(
        site.read("public/nl/privacy/index.html")
            .contains("<h1>Privacyverklaring</h1>")
    );
}

// Adding a language is adding a folder: here Italian (German, Dutch, French and English are built in), from complete .ftl files.
#[test]
fn a_language_is_added_with_a_folder() {
    let site = SiteTest::fixture("minimal");
    for file in ["catalogue.ftl", "pages.ftl"] {
        let en = std::fs::read_to_string(repo().join("locales/en").join(file)).unwrap();
        let it = en.replace(
            "page-privacy = Privacy policy",
            "page-privacy = Informativa sulla privacy",
        );
        site.write(&format!("locales/it/{file}"), &it);
    }
    site.write("content/site.yaml", "languages: [it]\n");
    site.policy(|p| p["purposes"][0]["title"]["it"] = json!("Ordini"));
    site.run(&["build"]).succeeds();
    let html = site.read("public/it/privacy/index.html");
    assert!(html.contains("<html lang=\"it\">"));
    assert!(html.contains("<h1>Informativa sulla privacy</h1>"));
    assert!(html.contains("Ordini"));
}

// A language folder that lacks messages fails the build, instead of showing a placeholder or
// another language: one finding per file, with how many messages it lacks and what to copy.
#[test]
fn missing_messages_in_added_language_fail() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "locales/it/pages.ftl",
        "page-privacy = Informativa sulla privacy\n",
    );
    site.write("content/site.yaml", "languages: [it]\n");
    site.policy(|p| p["purposes"][0]["title"]["it"] = json!("Ordini"));
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("messages are missing from `locales/it/pages.ftl`, such as");
    outcome.stderr_has(
        "add them to `locales/it/pages.ftl`, translated from privasite's `locales/en/pages.ftl`",
    );
    outcome.stderr_has("messages are missing from `locales/it/catalogue.ftl`, such as");
    outcome.stderr_has(
        "copy privasite's `locales/en/catalogue.ftl` to `locales/it/catalogue.ftl` and translate it",
    );
    assert_eq!(outcome.stderr.matches("error[PS-S16]").count(), 2);
    assert!(!site.path("public").exists());
}

// A language that lacks one message only is told which one, and where it goes.
#[test]
fn one_missing_message_is_named() {
    let site = SiteTest::fixture("minimal");
    for file in ["catalogue.ftl", "pages.ftl"] {
        let english = std::fs::read_to_string(repo().join("locales/en").join(file)).unwrap();
        let italian: String = english
            .lines()
            .filter(|l| !l.starts_with("page-cookies ="))
            .map(|l| format!("{l}\n"))
            .collect();
        site.write(&format!("locales/it/{file}"), &italian);
    }
    site.write("content/site.yaml", "languages: [it]\n");
    site.policy(|p| p["purposes"][0]["title"]["it"] = json!("Ordini"));
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has(
        "error[PS-S16]: the message `page-cookies` is missing from `locales/it/pages.ftl`",
    );
    outcome.stderr_has("add `page-cookies = …` to `locales/it/pages.ftl`");
    assert_eq!(outcome.stderr.matches("error[PS-S16]").count(), 1);
}

// A site's message that refers to what does not exist is named in plain words, at its line in
// the site's own .ftl file (not in Fluent's English).
#[test]
fn a_broken_reference_in_a_site_message_is_located() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "locales/en/site.ftl",
        "# our wording\npage-privacy = Privacy notice, see { privacy-extra }\n",
    );
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has(
        "the message `page-privacy` in `en` cannot be shown: it refers to the message `privacy-extra`, which does not exist",
    );
    outcome.stderr_has("--> locales/en/site.ftl:2:1");
    assert!(!outcome.stderr.contains("Resolver error"));
}

//! `register: informal` in `site.yaml` (issue #12): the built-in texts address the reader as
//! "je", "tu" and "du" instead of "u", "vous" and "Sie"; English, which has one "you", reads
//! the same; a site that leaves the setting out reads exactly as before.

use serde_json::{Value, json};

use crate::ftl::{self, Read};
use crate::helpers::{SiteTest, run_binary, tree, visible_text};

/// The formal words of address of a language. Dutch and French ones are compared in lower
/// case; German ones with their capital, which is what makes "Sie" the formal "you" (the
/// built-in German texts never start a sentence with "Sie" meaning "they").
fn formal_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &["u", "uw", "uzelf"],
        "fr" => &["vous", "votre", "vos", "vôtre", "vôtres"],
        "de" => &[
            "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres",
        ],
        _ => &[],
    }
}

/// The words of `text` (letters only; "t’en" is "t" and "en").
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
}

/// Every formal word of address in `text`, as written.
fn formal_in<'t>(lang: &str, text: &'t str) -> Vec<&'t str> {
    let formal = formal_words(lang);
    words(text)
        .filter(|w| {
            if lang == "de" {
                formal.contains(w)
            } else {
                formal.contains(&w.to_lowercase().as_str())
            }
        })
        .collect()
}

/// Whether `text` has the word `word`, in any case.
fn has_word(text: &str, word: &str) -> bool {
    words(text).any(|w| w.to_lowercase() == word)
}

/// Replaces every text the author wrote per language with one neutral word, keeping lists
/// lists, and adds German to each.
fn neutralise(value: &mut Value) {
    const LANGS: [&str; 3] = ["nl", "fr", "en"];
    match value {
        Value::Object(map)
            if !map.is_empty() && map.keys().all(|k| LANGS.contains(&k.as_str())) =>
        {
            let list = map.values().any(Value::is_array);
            let word = |w: &str| if list { json!([w]) } else { json!(w) };
            *value = json!({
                "nl": word("Zeep."), "fr": word("Savon."), "en": word("Soap."), "de": word("Seife."),
            });
        }
        Value::Object(map) => map.values_mut().for_each(neutralise),
        Value::Array(items) => items.iter_mut().for_each(neutralise),
        _ => {}
    }
}

/// The example site in nl, fr, en and de, with `register` set when given, every text of its
/// own reduced to a neutral word (so every word of address on its pages is privasite's) and
/// no archive; built.
fn neutral_example(register: Option<&str>) -> SiteTest {
    let site = SiteTest::example();
    std::fs::remove_dir_all(site.path("content/history")).unwrap();
    site.yaml("content/site.yaml", |s| {
        s["languages"] = json!(["nl", "fr", "en", "de"]);
        if let Some(register) = register {
            s["register"] = json!(register);
        }
    });
    site.policy(neutralise);
    site.build();
    site
}

const PAGES: [&str; 3] = ["privacy", "cookies", "faq"];

// With `register: informal`, no built-in sentence of the Dutch, French or German pages
// addresses the reader formally, and each uses the informal forms: je/jouw, tu/ton/tes,
// du/dein. The same site without the setting has the formal forms, so the check can fail.
#[test]
fn an_informal_site_addresses_the_reader_informally_in_every_language() {
    let informal = neutral_example(Some("informal"));
    let formal = neutral_example(None);
    let expected: [(&str, &[&str]); 3] = [
        ("nl", &["je", "jouw", "jou"]),
        ("fr", &["tu", "ton", "ta", "tes", "toi"]),
        ("de", &["du", "deine", "deiner", "deinen", "dich", "dir"]),
    ];
    for (lang, informal_words) in expected {
        let mut all_informal = String::new();
        for page in PAGES {
            let file = format!("public/{lang}/{page}/index.html");
            let text = visible_text(&informal.read(&file));
            let left = formal_in(lang, &text);
            assert!(
                left.is_empty(),
                "{lang}/{page} still says {left:?} on an informal site:\n{text}"
            );
            all_informal.push_str(&text);
            let before = formal_in(lang, &visible_text(&formal.read(&file))).len();
            assert!(before >= 3, "{lang}/{page} has only {before} formal words");
        }
        for word in informal_words {
            assert!(
                has_word(&all_informal, word),
                "the {lang} pages never say {word:?}"
            );
        }
    }
}

// English has one "you": its pages are byte for byte the same in both registers, and only
// policy.json names the register.
#[test]
fn english_reads_the_same_in_both_registers() {
    let informal = neutral_example(Some("informal"));
    let formal = neutral_example(None);
    for page in PAGES {
        let file = format!("public/en/{page}/index.html");
        assert_eq!(informal.read(&file), formal.read(&file), "{file}");
    }
    let json = |site: &SiteTest| -> Value {
        serde_json::from_str(&site.read("public/policy.json")).unwrap()
    };
    assert_eq!(json(&informal)["register"], "informal");
    assert_eq!(json(&formal)["register"], "formal");
}

// `register: formal` is the default: writing it changes no byte of the output.
#[test]
fn register_formal_is_the_default() {
    let implicit = SiteTest::example();
    implicit.build();
    let explicit = SiteTest::example();
    explicit.yaml("content/site.yaml", |s| s["register"] = json!("formal"));
    explicit.build();
    assert!(
        tree(&implicit.path("public")) == tree(&explicit.path("public")),
        "`register: formal` changed the output"
    );
}

// A site's own message can choose by register too: every message is given `$register`,
// those a template asks for with `t()` included.
#[test]
fn a_site_message_can_choose_by_register() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "locales/nl/site.ftl",
        "page-privacy = { $register ->\n    [informal] Jouw privacy\n   *[formal] Uw privacy\n}\n",
    );
    site.build();
    assert!(
        site.read("public/nl/privacy/index.html")
            .contains("<h1>Uw privacy</h1>")
    );
    site.write(
        "content/site.yaml",
        "languages: [nl, fr, en]\nregister: informal\n",
    );
    site.build();
    let html = site.read("public/nl/privacy/index.html");
    assert!(html.contains("<h1>Jouw privacy</h1>"));
    // Fluent's isolation marks stay off: nothing invisible wraps the chosen text.
    assert!(!html.contains(['\u{2068}', '\u{2069}']));
}

// Every built-in Dutch, French and German message (and attribute) that addresses the reader
// formally chooses an informal variant by `$register`, with the formal one as the default,
// and that variant has no formal word left: a new sentence cannot forget its informal form.
// Every choice on `$register` has exactly the two variants.
#[test]
fn every_formal_message_has_an_informal_variant() {
    let mut problems = Vec::new();
    for lang in ["nl", "fr", "de"] {
        for text in ftl::texts(lang) {
            let at = format!("locales/{lang}/{}: {}", text.file, text.name);
            let choices = ftl::register_choices(&text.pattern);
            for (keys, default) in &choices {
                let mut keys = keys.clone();
                keys.sort();
                if keys != ["formal", "informal"] || default != "formal" {
                    problems.push(format!(
                        "{at}: a choice on $register must be `[informal] … *[formal] …`, not {keys:?} with default {default:?}"
                    ));
                }
            }
            let all = ftl::words(&text.pattern, Read::All);
            if formal_in(lang, &all).is_empty() {
                continue;
            }
            if choices.is_empty() {
                problems.push(format!(
                    "{at} addresses the reader formally and has no `{{ $register -> [informal] … *[formal] … }}`"
                ));
                continue;
            }
            let informal = ftl::words(&text.pattern, Read::Register("informal"));
            let left = formal_in(lang, &informal);
            if !left.is_empty() {
                problems.push(format!("{at}: the informal variant still says {left:?}"));
            }
            if informal == ftl::words(&text.pattern, Read::Register("formal")) {
                problems.push(format!(
                    "{at}: the informal variant reads as the formal one"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// `init` offers the setting in its commented site.yaml; written out, the starter draft
// addresses the reader informally.
#[test]
fn the_starter_offers_the_register() {
    let site = SiteTest::empty();
    let binary = std::path::Path::new(env!("CARGO_BIN_EXE_privasite"));
    run_binary(binary, site.root(), &["init", "policy"], &[]).succeeds();
    let yaml = site.read("policy/content/site.yaml");
    assert!(yaml.contains("\n# register: informal\n"), "{yaml}");
    site.write(
        "policy/content/site.yaml",
        &yaml.replace("\n# register: informal\n", "\nregister: informal\n"),
    );
    site.run_in(site.root(), &["build"], "policy").succeeds();
    let text = visible_text(&site.read("policy/public/nl/privacy/index.html"));
    assert!(text.contains("Jouw rechten"), "{text}");
    assert!(formal_in("nl", &text).is_empty(), "{text}");
}

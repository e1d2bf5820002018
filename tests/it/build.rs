//! `privasite build` on the example site: every page, the right language, atomic output.

use serde_json::json;

use crate::helpers::{SiteTest, tree, visible_text};

const LANGS: [&str; 3] = ["nl", "fr", "en"];
const PAGES: [&str; 3] = ["privacy", "cookies", "faq"];

// The README's first command produces every page in every language, plus the root index.
#[test]
fn example_builds_every_page() {
    let site = SiteTest::example();
    site.build();
    assert!(site.path("public/index.html").is_file());
    assert!(site.path("public/style.css").is_file());
    assert!(site.path("public/policy.json").is_file());
    for lang in LANGS {
        for page in PAGES {
            let html = site.read(&format!("public/{lang}/{page}/index.html"));
            assert!(
                html.starts_with(
                    "<!DOCTYPE html>\n<html lang=\"{lang}\">"
                        .replace("{lang}", lang)
                        .as_str()
                ),
                "{lang}/{page}"
            );
            assert!(
                html.contains("Zeepziederij De Linde BV"),
                "{lang}/{page} lacks the controller"
            );
        }
    }
}

// Each language's privacy page carries every purpose of the example with its own title, legal
// basis and retention, written out as a reader of that language would expect them.
#[test]
fn privacy_page_shows_each_purpose_in_its_language() {
    let site = SiteTest::example();
    site.build();
    let expected: [(&str, &[&str]); 3] = [
        (
            "nl",
            &[
                "Uw bestellingen verwerken en leveren",
                "Uitvoering van een overeenkomst",
                "2 jaar na uw laatste bestelling",
                "Nieuwsbrief",
                "Uw toestemming",
                "Beveiliging van de webwinkel",
                "Gerechtvaardigd belang",
                "90 dagen na het verzamelen van de gegevens",
            ],
        ),
        (
            "fr",
            &[
                "Traiter et livrer vos commandes",
                "Exécution d’un contrat",
                "2 ans après votre dernière commande",
                "Lettre d’information",
                "Votre consentement",
                "Intérêt légitime",
            ],
        ),
        (
            "en",
            &[
                "Processing and delivering your orders",
                "Performance of a contract",
                "2 years after your last order",
                "Newsletter",
                "Your consent",
                "Legitimate interests",
                "90 days after the data was collected",
            ],
        ),
    ];
    for (lang, phrases) in expected {
        let page = visible_text(&site.read(&format!("public/{lang}/privacy/index.html")));
        for phrase in phrases {
            assert!(page.contains(phrase), "{lang}: missing {phrase:?}");
        }
    }
}

// The "last updated" date reads as a native speaker writes it.
#[test]
fn last_updated_date_is_localised() {
    let site = SiteTest::example();
    site.build();
    for (lang, date) in [
        ("nl", "1 maart 2026"),
        ("fr", "1er mars 2026"),
        ("en", "1 March 2026"),
    ] {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        assert!(html.contains("<time datetime=\"2026-03-01\">"), "{lang}");
        assert!(visible_text(&html).contains(date), "{lang}: no {date}");
    }
}

// Two builds of the same input are byte-identical.
#[test]
fn output_is_deterministic() {
    let site = SiteTest::example();
    site.build();
    let first = tree(&site.path("public"));
    site.build();
    let second = tree(&site.path("public"));
    assert_eq!(first.len(), second.len());
    assert!(first == second, "two builds differ");
}

// Pages, versions and changes pages render in parallel; the output is the same byte for byte
// as when they render one after another.
#[test]
fn parallel_build_equals_sequential_build() {
    let site = SiteTest::example();
    site.run_with_env(&[("RAYON_NUM_THREADS", "1")], &["build"])
        .succeeds();
    let sequential = tree(&site.path("public"));
    site.run_with_env(&[("RAYON_NUM_THREADS", "8")], &["build"])
        .succeeds();
    let parallel = tree(&site.path("public"));
    assert!(sequential.len() > 30, "the example has its archive");
    assert!(
        sequential == parallel,
        "parallel and sequential builds differ"
    );
}

// A build that fails leaves the previously published site exactly as it was.
#[test]
fn failed_build_keeps_previous_output() {
    let site = SiteTest::example();
    site.build();
    let before = tree(&site.path("public"));
    site.policy(|p| p["purposes"][0]["legal_basis"] = json!("contrat"));
    site.run(&["build"]).fails_with(1);
    assert!(
        before == tree(&site.path("public")),
        "the failed build changed public/"
    );
}

// privasite never empties a folder it did not create, and says what to do instead.
#[test]
fn refuses_to_replace_a_foreign_directory() {
    let site = SiteTest::example();
    site.write("public/keep-me.txt", "the author's own file");
    let outcome = site.run(&["build"]).fails_with(2);
    outcome.stderr_has("was not created by privasite, so it will not be replaced");
    outcome.stderr_has("hint: choose another output folder with --out");
    assert_eq!(site.read("public/keep-me.txt"), "the author's own file");
    assert!(!site.path("public/nl").exists());
}

// --out writes elsewhere, and the next build replaces its own earlier output.
#[test]
fn out_flag_chooses_the_directory() {
    let site = SiteTest::example();
    site.run(&["build", "--out", "site-out"]).succeeds();
    site.run(&["build", "--out", "site-out"]).succeeds();
    assert!(site.path("site-out/en/faq/index.html").is_file());
    assert!(!site.path("public").exists());
}

// Pages link to the same page in the other languages, and declare hreflang alternates.
#[test]
fn pages_link_to_their_translations() {
    let site = SiteTest::example();
    site.build();
    let html = site.read("public/fr/cookies/index.html");
    assert!(html.contains(r#"<a href="../../nl/cookies/" hreflang="nl" lang="nl">Nederlands</a>"#));
    assert!(html.contains(r#"<a href="../../en/cookies/" hreflang="en" lang="en">English</a>"#));
    assert!(html.contains(
        r#"<link rel="alternate" hreflang="nl" href="https://privacy.zeepdelinde.be/nl/cookies/">"#
    ));
    assert!(html.contains(r#"<link rel="alternate" hreflang="x-default" href="https://privacy.zeepdelinde.be/nl/cookies/">"#));
    let index = site.read("public/index.html");
    for lang in LANGS {
        assert!(
            index.contains(&format!(r#"<a href="{lang}/privacy/" hreflang="{lang}">"#)),
            "index lacks {lang}"
        );
    }
}

// Every in-page link of the table of contents points at a section that exists.
#[test]
fn table_of_contents_anchors_exist() {
    let site = SiteTest::example();
    site.build();
    for lang in LANGS {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        let toc = html
            .split("<nav class=\"toc\"")
            .nth(1)
            .unwrap()
            .split("</nav>")
            .next()
            .unwrap();
        let anchors: Vec<&str> = toc
            .split("href=\"#")
            .skip(1)
            .map(|s| s.split('"').next().unwrap())
            .collect();
        assert!(
            anchors.len() >= 10,
            "{lang}: toc has {} entries",
            anchors.len()
        );
        for a in anchors {
            assert!(
                html.contains(&format!("id=\"{a}\"")),
                "{lang}: #{a} has no target"
            );
        }
    }
}

// The FAQ carries schema.org FAQPage data with one entry per visible question.
#[test]
fn faq_has_structured_data() {
    let site = SiteTest::example();
    site.build();
    let html = site.read("public/en/faq/index.html");
    let json = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .unwrap()
        .split("</script>")
        .next()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_str(json).expect("valid JSON-LD");
    assert_eq!(doc["@type"], "FAQPage");
    let questions = doc["mainEntity"].as_array().unwrap();
    assert_eq!(
        questions.len(),
        html.matches("<section class=\"question\"").count()
    );
    assert!(
        questions
            .iter()
            .any(|q| q["name"] == "Do you sell my data or pass it on to others?")
    );
    assert!(
        questions
            .iter()
            .any(|q| q["name"] == "Can I order without an account?"),
        "custom FAQ entry missing"
    );
}

// The cookie page lists every cookie in a table, and says consent is needed for analytics.
#[test]
fn cookie_page_lists_every_cookie() {
    let site = SiteTest::example();
    site.build();
    let text = visible_text(&site.read("public/nl/cookies/index.html"));
    for name in [
        "shop_session",
        "cookie_choices",
        "preferred_language",
        "_ka_id",
        "_ka_ses",
    ] {
        assert!(text.contains(name), "cookie {name} missing");
    }
    assert!(text.contains("Kiwi Analytics Ltd (cookie van derden)"));
    assert!(text.contains("Zeepziederij De Linde BV (eigen cookie)"));
    assert!(text.contains("13 maanden"));
    assert!(text.contains("Tot u uw browser sluit"));
    // The consent sentences follow the declared mechanism: a banner with a reject button.
    assert!(text.contains("vraagt ze uw toestemming in een cookiebanner"));
    assert!(text.contains("even eenvoudig weigeren als aanvaarden"));
}

// Markdown in prose becomes HTML, but raw HTML and script links written by an author do not
// reach the page: `check` refuses the link, and even a draft leaves both out.
#[test]
fn markdown_is_rendered_without_raw_html() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["description"] = json!({
            "nl": "**Vet** <script>alert(1)</script> [x](javascript:alert(1))",
            "fr": "**Gras**",
            "en": "**Bold**",
        });
    });
    // The script link is refused, located; a draft renders the rest without it.
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("the link `javascript:alert(1)` is not a web address");
    outcome.stderr_has("in `purposes[1].description.nl`");
    site.run(&["build", "--draft"]).succeeds();
    let html = site.read("public/nl/privacy/index.html");
    assert!(html.contains("<strong>Vet</strong>"));
    assert!(!html.contains("<script>alert"));
    assert!(!html.contains("javascript:"));
}

// A theme overrides one built-in template; the rest stay built in.
#[test]
fn theme_file_overrides_the_built_in_template() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "themes/default/templates/faq.html",
        "{% extends \"base.html\" %}{% block content %}<h1>{{ title }}</h1><p>Custom FAQ for {{ site_name }}</p>{% endblock %}",
    );
    site.build();
    assert!(
        site.read("public/en/faq/index.html")
            .contains("<p>Custom FAQ for Bakkerij Janssens BV</p>")
    );
    assert!(
        site.read("public/en/privacy/index.html")
            .contains("<nav class=\"toc\"")
    );
}

// A template error is reported with the template's name and line, and nothing is written.
#[test]
fn template_error_names_the_template() {
    let site = SiteTest::fixture("minimal");
    site.write("themes/default/templates/faq.html", "{% extends \"base.html\" %}{% block content %}{{ t(key=\"no-such-message\") }}{% endblock %}");
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("faq.html");
    outcome.stderr_has("the message `no-such-message` does not exist in the `nl` translations");
    assert!(!site.path("public").exists());
}

// policy.json gives other tools the policy's facts, each in its documented form (the
// interface itself is tested in policy_json.rs).
#[test]
fn policy_json_is_machine_readable() {
    let site = SiteTest::example();
    site.build();
    let doc: serde_json::Value = serde_json::from_str(&site.read("public/policy.json")).unwrap();
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(
        doc["version"]["id"],
        json!({"status": "stated", "value": "2026-03-01"})
    );
    assert_eq!(doc["dpo"]["value"]["email"]["value"], "dpo@zeepdelinde.be");
    assert_eq!(
        doc["controller"]["enterprise_number"]["value"],
        "0456.789.133"
    );
    assert_eq!(doc["languages"], json!(["nl", "fr", "en"]));
}

// Every file the build reads is recorded, so the dev server knows what to watch.
#[test]
fn the_files_read_are_recorded() {
    let site = SiteTest::example();
    let project = privasite::project::Project::folder(site.root());
    privasite::build_project(&project, &Default::default()).unwrap();
    let consulted: Vec<String> = project
        .consulted()
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    for expected in [
        "content/site.yaml",
        "content/policy.yaml",
        "locales",
        "locales/nl",
        "themes",
        "themes/default/templates",
        "themes/default/static",
    ] {
        assert!(
            consulted.iter().any(|c| c == expected),
            "{expected} not in {consulted:?}"
        );
    }
}

// Every prose map of the checked policy is in its list of prose fields, which the text rules
// read: a field added to the model cannot escape them. (Counted in the serialized policy.)
#[test]
fn every_prose_field_is_listed() {
    let built = privasite::build(&SiteTest::example().path(""), &Default::default()).unwrap();
    let langs = &built.settings.languages;
    fn count(value: &serde_json::Value, langs: &[String]) -> usize {
        match value {
            serde_json::Value::Object(map) => {
                let is_prose = !map.is_empty()
                    && map.keys().all(|k| langs.contains(k))
                    && map.values().all(|v| v.is_string() || v.is_array());
                if is_prose {
                    1
                } else {
                    map.values().map(|v| count(v, langs)).sum()
                }
            }
            serde_json::Value::Array(items) => items.iter().map(|v| count(v, langs)).sum(),
            _ => 0,
        }
    }
    let serialized = serde_json::to_value(&built.policy).unwrap();
    let maps = count(&serialized, langs);
    assert!(maps > 30, "only {maps} prose maps in the example");
    assert_eq!(built.policy.prose.len(), maps);
}

// A theme's static/extra.css is added after the built-in stylesheet, which stays: a company
// changes a few colours without copying the whole sheet.
#[test]
fn extra_css_is_added_after_the_built_in_stylesheet() {
    let site = SiteTest::fixture("minimal");
    site.build();
    let plain = site.read("public/en/privacy/index.html");
    assert!(!plain.contains("extra.css"), "no link without the file");
    let built_in = site.read("public/style.css");

    site.write(
        "themes/default/static/extra.css",
        ":root { --accent: #005a9c; }\n",
    );
    site.build();
    let page = site.read("public/en/privacy/index.html");
    let style = page
        .find("href=\"../../style.css\"")
        .expect("the built-in stylesheet");
    let extra = page
        .find("href=\"../../extra.css\"")
        .expect("the extra stylesheet");
    assert!(style < extra, "extra.css comes last, so its rules win");
    assert_eq!(site.read("public/style.css"), built_in);
    assert_eq!(
        site.read("public/extra.css"),
        ":root { --accent: #005a9c; }\n"
    );
    assert!(
        site.read("public/index.html")
            .contains("href=\"extra.css\"")
    );
}

// --base-url publishes the site under another address, a sub-path included: canonical,
// hreflang and feed links use it, links between pages stay relative.
#[test]
fn base_url_flag_places_the_site_under_a_sub_path() {
    let site = SiteTest::example();
    site.run(&[
        "build",
        "--base-url",
        "https://www.zeepdelinde.be/legal/privacy",
    ])
    .succeeds();
    let page = site.read("public/nl/privacy/index.html");
    assert!(page.contains(
        "<link rel=\"canonical\" href=\"https://www.zeepdelinde.be/legal/privacy/nl/privacy/\">"
    ));
    assert!(
        page.contains(
            "hreflang=\"fr\" href=\"https://www.zeepdelinde.be/legal/privacy/fr/privacy/\""
        )
    );
    assert!(page.contains("href=\"../cookies/\""), "links stay relative");
    assert!(
        !page.contains("privacy.zeepdelinde.be"),
        "site.yaml's address is replaced"
    );
    let feed = site.read("public/nl/feed.xml");
    assert!(feed.contains("https://www.zeepdelinde.be/legal/privacy/nl/privacy/changes/"));

    let outcome = site
        .run(&["build", "--base-url", "/legal/privacy"])
        .fails_with(2);
    outcome.stderr_has("`/legal/privacy` is not a web address");
}

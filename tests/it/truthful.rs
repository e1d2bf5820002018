//! A page says only what the YAML says (issue "Say only what the YAML says"): facts left out
//! produce no sentence, declared absences do, drafts mark every gap, and the sentences that
//! used to be false for some policies now follow the declared facts.

use serde_json::json;

use crate::helpers::{SiteTest, visible_text};

const LANGS: [&str; 3] = ["nl", "fr", "en"];
const PAGES: [&str; 3] = ["privacy", "cookies", "faq"];

/// Sentences that claim an absence or give an assurance; each may appear only when the policy
/// states the fact it describes. (English, Dutch and French wording of the built-in texts, and
/// the wordings the first version of privasite printed unconditionally.)
const ASSURANCES: &[&str] = &[
    "does not leave the European Economic Area",
    "stays within the European Economic Area",
    "verlaten de Europese Economische Ruimte niet",
    "blijven binnen de Europese Economische Ruimte",
    "ne quittent pas l’Espace économique européen",
    "restent dans l’Espace économique européen",
    "We do not take decisions",
    "Wij nemen geen besluiten",
    "nous ne prenons à votre égard aucune décision",
    "No one outside our organisation",
    "Niemand buiten onze organisatie",
    "Personne en dehors de notre organisation",
    "do not share your personal data",
    "delen uw persoonsgegevens met niemand",
    "do not pass your personal data",
    "we inform you of it actively",
    "brengen wij u daarvan actief op de hoogte",
    "nous vous en informons activement",
    "as easily as you accept",
    "even eenvoudig weigeren als aanvaarden",
    "aussi simplement que les accepter",
    "does not use cookies",
    "gebruikt geen cookies",
    "n’utilise ni cookies",
    "only strictly necessary cookies",
    "uitsluitend strikt noodzakelijke cookies",
    "We do not sell",
    "Wij verkopen uw persoonsgegevens niet",
    "Nous ne vendons pas",
    "have not appointed a data protection officer",
    "geen functionaris voor gegevensbescherming aangesteld",
    "We do not process special categories",
    "Each purpose rests on one legal basis",
    "Elk doeleinde steunt op één rechtsgrond",
    "under a contract that obliges them",
    "which we have weighed",
    "we delete it or make it anonymous",
    "we delete the data",
    "not knowingly collect",
    "niet bewust",
    "No longer than necessary",
    "We set cookies that are not strictly necessary only",
];

fn pages(site: &SiteTest) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for lang in LANGS {
        for page in PAGES {
            let path = format!("public/{lang}/{page}/index.html");
            out.push((path.clone(), site.read(&path)));
        }
    }
    out
}

// A policy that states nothing optional builds as a draft, and no page claims an absence or
// gives an assurance the policy never gave.
#[test]
fn a_silent_policy_makes_no_claim_of_absence() {
    let site = SiteTest::fixture("silent");
    site.run(&["build"]).fails_with(1);
    site.run(&["build", "--draft"]).succeeds();
    for (path, html) in pages(&site) {
        let text = visible_text(&html);
        for claim in ASSURANCES {
            assert!(!text.contains(claim), "{path} says {claim:?}");
        }
    }
}

// A draft says it is one, keeps search engines out, and marks every place the policy leaves
// open, in the page's own language; a normal build of the same content refuses.
#[test]
fn a_draft_marks_what_is_not_stated() {
    let site = SiteTest::fixture("silent");
    let refused = site.run(&["build"]).fails_with(1);
    refused.stderr_has("error(s) found; nothing was written");
    assert!(!site.path("public").exists());
    site.run(&["build", "--draft"]).succeeds();
    for (lang, banner, marker) in [
        (
            "nl",
            "Ontwerp: niet gepubliceerd.",
            "niet vermeld in de verklaring",
        ),
        (
            "fr",
            "Projet\u{202F}: non publié.",
            "non précisé dans la déclaration",
        ),
        ("en", "Draft: not published.", "not stated in the policy"),
    ] {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        assert!(html.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
        assert!(html.contains(banner), "{lang}: no banner");
        let marked = format!(r#"<mark class="not-stated">{marker}</mark>"#);
        assert!(
            html.matches(&marked).count() >= 8,
            "{lang}: few markers in\n{}",
            visible_text(&html)
        );
    }
    // A published build carries neither.
    let example = SiteTest::example();
    example.build();
    let html = example.read("public/en/privacy/index.html");
    assert!(!html.contains("noindex") && !html.contains("not-stated"));
}

// What the policy declares absent is said; what it leaves out is not.
#[test]
fn declared_absences_are_stated() {
    let site = SiteTest::fixture("minimal");
    site.build();
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    for sentence in [
        "Your personal data does not leave the European Economic Area.",
        "We do not take decisions about you for this purpose based solely on automated processing.",
        "We do not share your personal data with anyone outside our organisation.",
        "We have not appointed a data protection officer.",
        "Our website does not use cookies or similar techniques.",
        "We publish each new version of this policy on this page, with its date.",
    ] {
        assert!(en.contains(sentence), "missing: {sentence}");
    }
    site.policy(|p| {
        let p = p.as_object_mut().unwrap();
        for key in [
            "transfers",
            "automated_decisions",
            "dpo",
            "cookies",
            "changes",
        ] {
            p.remove(key);
        }
        p["purposes"][0]
            .as_object_mut()
            .unwrap()
            .remove("recipients");
    });
    site.run(&["build", "--draft"]).succeeds();
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    for claim in ASSURANCES {
        assert!(!en.contains(claim), "says {claim:?} without the fact");
    }
}

// "Do you sell or pass on my data?" is answered from each recipient's role, never with "No"
// when data is disclosed, on the page and in its JSON-LD copy.
#[test]
fn sharing_answer_follows_recipient_roles() {
    let site = SiteTest::example();
    site.build();
    let html = site.read("public/en/faq/index.html");
    let answer = html
        .split("id=\"sharing-q\"")
        .nth(1)
        .and_then(|s| s.split("</section>").next())
        .expect("sharing question");
    let text = visible_text(answer);
    assert!(!text.contains(" No."), "{text}");
    assert!(
        text.contains("We do not sell your personal data."),
        "{text}"
    );
    assert!(
        text.contains("These service providers process your data on our behalf: Betaalhuis NV"),
        "{text}"
    );
    assert!(text.contains("We decide together with these organisations how your data is used: Coöperatie Lokaal Ambacht CV"), "{text}");
    assert!(
        text.contains("These public authorities receive your data: FOD Financiën / SPF Finances"),
        "{text}"
    );
    let json_ld = html
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .unwrap();
    let doc: serde_json::Value = serde_json::from_str(json_ld).unwrap();
    let sharing = doc["mainEntity"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["name"] == "Do you sell my data or pass it on to others?")
        .unwrap();
    assert!(
        sharing["acceptedAnswer"]["text"]
            .as_str()
            .unwrap()
            .contains("These public authorities receive your data")
    );
}

// A statutory requirement says who is obliged and by which law, not "the law obliges you".
#[test]
fn statutory_requirement_names_the_law() {
    let site = SiteTest::example();
    site.build();
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    assert!(!en.contains("The law requires you to provide"));
    assert!(en.contains(
        "Providing this data is a statutory requirement. It is required by the Belgian VAT Code (Article 60), which obliges us to show your name and address on the invoice. You are not obliged to provide it."
    ));
    let nl = visible_text(&site.read("public/nl/privacy/index.html"));
    assert!(!nl.contains("De wet verplicht u"));
    assert!(nl.contains("Het verstrekken van deze gegevens is een wettelijke verplichting. Dat vereist het Wetboek van de belasting over de toegevoegde waarde"));
}

// Analytics cookies need a purpose based on consent; the example has one, and removing it is
// an error.
#[test]
fn analytics_cookies_need_a_consent_purpose() {
    let site = SiteTest::example();
    site.run(&["check"]).succeeds();
    site.policy(|p| {
        let purposes = p["purposes"].as_array_mut().unwrap();
        purposes.retain(|purpose| purpose["id"] != "statistics");
        for purpose in purposes.iter_mut() {
            purpose.as_object_mut().unwrap().remove("cookie_categories");
        }
        for r in p["recipients"].as_array_mut().unwrap() {
            if r["id"] == "analytics_vendor" {
                r["id"] = json!("analytics_vendor");
            }
        }
    });
    site.run(&["check"])
        .fails_with(1)
        .stderr_has("error[PS-K09]: analytics cookies need consent, but no purpose based on consent covers them");
}

// Strictly necessary cookies are described as the exemption reads: a service explicitly asked
// for. The cookie law is cited as it stands since 2021, in each language.
#[test]
fn cookie_texts_follow_the_law() {
    let site = SiteTest::example();
    site.build();
    for (lang, explicit, law) in [
        (
            "en",
            "a service you have explicitly requested",
            "Art. 10/2 of the Belgian Law of 30 July 2018",
        ),
        (
            "nl",
            "waarom u uitdrukkelijk hebt gevraagd",
            "art. 10/2 van de wet van 30 juli 2018",
        ),
        (
            "fr",
            "que vous avez expressément demandé",
            "art. 10/2 de la loi du 30 juillet 2018",
        ),
    ] {
        let text = visible_text(&site.read(&format!("public/{lang}/cookies/index.html")));
        assert!(text.contains(explicit), "{lang}: {explicit}");
        assert!(text.contains(law), "{lang}: {law}");
        assert!(!text.contains("129"), "{lang} cites the abolished Art. 129");
    }
}

// Decisions are cited once, in each language's citation style; no English reference text on
// the Dutch or French page.
#[test]
fn decisions_are_cited_in_the_page_language() {
    let site = SiteTest::example();
    site.build();
    let nl = visible_text(&site.read("public/nl/privacy/index.html"));
    assert!(nl.contains("Uitvoeringsbesluit (EU) 2023/1795 van de Commissie van 10 juli 2023"));
    assert!(nl.contains("EU-VS-kader voor gegevensbescherming"));
    assert!(!nl.contains("Decision") && !nl.contains("Referentie"));
    assert_eq!(nl.matches("2023/1795").count(), 1, "cited once");
    let fr = visible_text(&site.read("public/fr/privacy/index.html"));
    assert!(fr.contains("décision d’exécution (UE) 2021/914 de la Commission du 4 juin 2021"));
    assert!(fr.contains("cadre de protection des données UE-États-Unis"));
    assert!(!fr.contains("Decision") && !fr.contains("Référence"));
}

// The example keeps invoices for the 10 years Belgian law has required since 2023, and a
// policy still saying 7 is flagged.
#[test]
fn invoices_are_kept_ten_years() {
    let site = SiteTest::example();
    site.build();
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    assert!(en.contains("10 years after the end of the financial year concerned"));
    site.policy(|p| {
        for purpose in p["purposes"].as_array_mut().unwrap() {
            if purpose["id"] == "accounting" {
                purpose["retention"] = json!({"years": 7, "after": "financial_year_end"});
            }
        }
    });
    site.run(&["check"]).succeeds().stderr_has(
        "warning[PS-F10]: invoices and accounting records are kept for 10 years since 2023, not 7",
    );
}

// The Belgian authority is named in full in each language, with address, telephone, e-mail
// and website; complaints may be written in three languages; the courts are open too.
#[test]
fn the_authority_is_complete() {
    let site = SiteTest::example();
    site.build();
    for (lang, name, street, court) in [
        (
            "en",
            "Belgian Data Protection Authority",
            "Rue de la Presse 35",
            "effective judicial remedy",
        ),
        (
            "nl",
            "Gegevensbeschermingsautoriteit",
            "Drukpersstraat 35",
            "voorziening in rechte",
        ),
        (
            "fr",
            "Autorité de protection des données",
            "Rue de la Presse 35",
            "recours juridictionnel effectif",
        ),
    ] {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        let section = html.split("<section id=\"complaint\"").nth(1).unwrap();
        let complaint = visible_text(section.split("</section>").next().unwrap());
        for expected in [name, street, "+32 2 274 48 00", court] {
            assert!(complaint.contains(expected), "{lang}: {expected}");
        }
        // Its e-mail address comes only from a secondary source; the page does not print it.
        assert!(!complaint.contains("apd-gba.be"), "{lang}: {complaint}");
    }
    let nl = visible_text(&site.read("public/nl/privacy/index.html"));
    assert!(nl.contains("in het Nederlands, het Frans of het Duits"));
}

// Words as a native legal writer uses them: the GDPR's own terms, question forms, no
// capital after a colon mid-sentence, one register, no "the law made us say it".
#[test]
fn pages_read_as_a_native_writer_would() {
    let site = SiteTest::example();
    site.build();
    let nl = visible_text(&site.read("public/nl/privacy/index.html"));
    assert!(nl.contains("Recht op rectificatie"));
    assert!(!nl.contains("Recht op verbetering"));
    assert!(!nl.contains("Zoals de wet voorschrijft"));
    let fr_faq = site.read("public/fr/faq/index.html");
    assert!(fr_faq.contains("Quels sont mes droits\u{202F}?"));
    let en_faq = visible_text(&site.read("public/en/faq/index.html"));
    assert!(en_faq.contains("to these countries: India, New Zealand and the United States"));
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    assert!(en.contains("This right applies to: security of the web shop."));
    assert!(!en.contains("as the law requires"));
}

// French typography: a narrow no-break space before ; : ! ? » and after «, in built-in
// sentences and in the author's own prose alike.
#[test]
fn french_punctuation_has_narrow_spaces() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["description"] = json!({
            "nl": "Twee dingen: de bestelling en de levering.",
            "fr": "Deux choses : la commande et la livraison ; rien d’autre !",
            "en": "Two things: the order and the delivery.",
        });
    });
    site.build();
    let html = site.read("public/fr/privacy/index.html");
    assert!(html.contains(
        "Deux choses\u{202F}: la commande et la livraison\u{202F}; rien d’autre\u{202F}!"
    ));
    assert!(html.contains("Dernière mise à jour\u{202F}:"));
    assert!(!html.contains(" :"), "a plain space before a colon is left");
}

// The first layer: a short summary of declared facts at the top of the privacy page, each
// line linking to its section.
#[test]
fn the_first_layer_summarises_declared_facts() {
    let site = SiteTest::example();
    site.build();
    for lang in LANGS {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        let summary = html
            .split("<section class=\"summary\"")
            .nth(1)
            .and_then(|s| s.split("</section>").next())
            .expect("summary");
        let words = visible_text(summary).split_whitespace().count();
        assert!((60..=220).contains(&words), "{lang}: {words} words");
        for link in summary.split("href=\"#").skip(1) {
            let id = link.split('"').next().unwrap();
            assert!(
                html.contains(&format!("<section id=\"{id}\"")),
                "{lang}: #{id}"
            );
        }
    }
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    assert!(en.contains("Some of it goes outside the European Economic Area: India, New Zealand and the United States."));
    // The silent policy's summary claims nothing it does not state.
    let silent = SiteTest::fixture("silent");
    silent.run(&["build", "--draft"]).succeeds();
    let html = silent.read("public/en/privacy/index.html");
    let summary = html
        .split("<section class=\"summary\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    let text = visible_text(summary);
    assert!(
        !text.contains("European Economic Area") && !text.contains("received by"),
        "{text}"
    );
}

// The cookie page carries the version's dates and change summary, links to the consent
// manager, and says how to withdraw consent.
#[test]
fn the_cookie_page_has_dates_and_withdrawal() {
    let site = SiteTest::example();
    site.build();
    let html = site.read("public/en/cookies/index.html");
    let text = visible_text(&html);
    assert!(text.contains("Last updated: 1 March 2026"));
    assert!(text.contains("This version takes effect on 15 March 2026."));
    assert!(text.contains("What has changed in this version"));
    assert!(
        text.contains(
            "You can change your choice or withdraw your consent at any time on this page:"
        )
    );
    assert!(html.contains(r#"<a href="https://www.zeepdelinde.be/cookie-instellingen">"#));
}

// How to exercise rights: the route, one month, free of charge, what the law allows on
// identity checks (never "only", which a controller's own practice may contradict).
#[test]
fn exercising_rights_is_explained() {
    let site = SiteTest::example();
    site.build();
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    for expected in [
        "You can send your request to privacy@zeepdelinde.be.",
        "You can also send it by post to the address above.",
        "within one month of receiving your request",
        "free of charge, unless a request is manifestly unfounded or excessive (Art. 12(5) GDPR)",
        "If we have reasonable doubts about your identity, we may ask for additional information to confirm it (Art. 12(6) GDPR).",
    ] {
        assert!(en.contains(expected), "missing {expected}");
    }
}

// Names written per language appear per language; a category word written once is flagged,
// as it would be shown untranslated on every page.
#[test]
fn recipient_names_can_be_written_per_language() {
    let site = SiteTest::example();
    site.policy(|p| {
        p["recipients"].as_array_mut().unwrap().push(json!({
            "id": "suppliers",
            "name": {"nl": "IT-leveranciers", "fr": "fournisseurs informatiques", "en": "IT suppliers"},
            "role": "processor",
            "country": "BE",
        }));
        p["purposes"][0]["recipients"].as_array_mut().unwrap().push(json!("suppliers"));
    });
    site.build();
    assert!(
        visible_text(&site.read("public/fr/privacy/index.html"))
            .contains("fournisseurs informatiques")
    );
    assert!(visible_text(&site.read("public/en/privacy/index.html")).contains("IT suppliers"));
    assert!(!visible_text(&site.read("public/en/privacy/index.html")).contains("IT-leveranciers"));
    site.policy(|p| {
        p["recipients"].as_array_mut().unwrap().last_mut().unwrap()["name"] = json!("Leveranciers");
    });
    site.run(&["check"])
        .succeeds()
        .stderr_has("warning[PS-W09]: \"Leveranciers\" is a category of recipients, not a name");
}

// Art. 9(2)(c) GDPR covers the vital interests of the data subject *or of another person*, when
// the data subject cannot consent physically or legally; the page says the same, in each
// language, and not the narrower "your vital interests".
#[test]
fn vital_interests_include_another_person() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["data_categories"] = json!([
            "identification",
            "contact",
            {"id": "health", "art9_condition": "vital_interests"}
        ]);
        p["purposes"][0]["data"] = json!(["identification", "contact", "health"]);
    });
    site.build().succeeds();
    for (lang, words) in [
        (
            "en",
            "or those of another person, when you are physically or legally incapable",
        ),
        (
            "nl",
            "of die van een andere persoon, wanneer u fysiek of juridisch niet in staat bent",
        ),
        (
            "fr",
            "ou de ceux d’une autre personne, lorsque vous êtes dans l’incapacité physique ou juridique",
        ),
    ] {
        let page = visible_text(&site.read(&format!("public/{lang}/privacy/index.html")));
        assert!(page.contains(words), "{lang}: {page}");
    }
}

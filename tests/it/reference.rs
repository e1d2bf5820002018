//! The two real Belgian policies in shared/reference-policies, transcribed without inventing a
//! value. They do not pass `check`: the checker must report what a lawyer reviewing them reports
//! (shared/legal/gdpr-notice-kb.md §5.1–5.2), and their draft pages must say no more than the
//! originals — above all, no reassuring sentence the original contradicts.

use crate::helpers::{SiteTest, visible_text};

const IT: &str = "reference/it-voor-ondernemers";
const ISOWIL: &str = "reference/isowil-ipcom";

/// The draft site of a reference fixture, built in all three languages.
fn draft(fixture: &str) -> SiteTest {
    let site = SiteTest::fixture(fixture);
    site.run(&["build", "--draft"]).succeeds();
    site
}

fn page(site: &SiteTest, lang: &str, page: &str) -> String {
    visible_text(&site.read(&format!("public/{lang}/{page}/index.html")))
}

// KB §5.2: what a lawyer finds in the IT voor ondernemers policy, the checker finds.
#[test]
fn it_voor_ondernemers_gaps_are_the_lawyers_findings() {
    let site = SiteTest::fixture(IT);
    let outcome = site.run(&["check"]).fails_with(1);
    for finding in [
        // C02: no word on a data protection officer.
        "warning[PS-C02]: the policy does not say whether a data protection officer is appointed",
        // C07: transfers only "in accordance with the GDPR", no countries, no safeguard.
        "error[PS-C07]: the policy says data leaves the EEA but does not name the safeguard",
        "error[PS-C07]: the policy says data leaves the EEA but does not name the countries",
        // C12 and C13: whether data must be provided; automated decisions.
        "warning[PS-C12]: the purpose `services` does not say whether people must provide the data",
        "warning[PS-C13]: the policy does not say whether decisions are taken by automated means",
        // L03: marketing on "consent or legitimate interest".
        "error[PS-K01]: a purpose has exactly one legal basis, but `marketing` names 2",
        // C08: "conform de wettelijke termijn".
        "error[PS-W02]: \"conform de wettelijke termijn\" does not tell people how long",
        // Visiting the site is not accepting the policy; "check regularly" is not notice.
        "warning[PS-W04]: \"door gebruik te maken van onze website wordt u geacht\"",
        "warning[PS-W01]: \"regelmatig na te gaan\"",
        // "je" next to "u"; and no date (R11).
        "warning[PS-W03]: \"je\" addresses the reader informally",
        "error[PS-C18]: the policy has no date",
    ] {
        outcome.stderr_has(finding);
    }
}

// The draft pages of IT voor ondernemers keep the original's facts, mark what it leaves open,
// and drop nothing the original says.
#[test]
fn it_voor_ondernemers_draft_says_what_the_original_says() {
    let site = draft(IT);
    let nl = page(&site, "nl", "privacy");
    for fact in [
        "IT voor ondernemers BV",
        "1003.158.063",
        "Moffelstraat 3",
        "10 jaar na het einde van de overeenkomst",
        "Drukpersstraat 35",
    ] {
        assert!(nl.contains(fact), "{fact}");
    }
    // The original's "tenzij" covers selling too: the sentence says it is qualified.
    assert!(
        nl.contains("Wij verkopen uw persoonsgegevens niet, onder voorbehoud van het volgende")
    );
    assert!(!nl.contains("Wij verkopen uw persoonsgegevens niet."));
    // "www.itvoorondernemers.be" has no scheme in the original; none is added.
    let html = site.read("public/nl/privacy/index.html");
    assert!(!html.contains("http://www.itvoorondernemers.be"));
    // The changes section keeps the channels the original names.
    assert!(
        nl.contains("via de website of e-mail") || nl.contains("via de website of per e-mail"),
        "{nl}"
    );

    let faq = page(&site, "en", "faq");
    // Every purpose is answered, also those with two bases or none.
    assert!(faq.contains("(Direct) marketing (your consent or legitimate interests)"));
    assert!(faq.contains("Supplier management"));
    // Every recipient is named, also the providers no purpose points at.
    assert!(faq.contains("External service providers for our ICT and marketing services"));
    // And purposes that do not say who receives their data are marked, not silently skipped.
    assert!(faq.contains("Who receives the data processed for “Providing services”"));

    // The one cookie entry gives no name, provider, duration or type: the page claims none.
    let cookies = site.read("public/en/cookies/index.html");
    assert!(
        cookies.contains(r#"data-label="Type"><mark class="not-stated">"#),
        "the type is not marked as not stated: {cookies}"
    );
    let privacy = page(&site, "en", "privacy");
    assert!(!privacy.contains("lists each of them"));
    assert!(privacy.contains("They are described in our cookie policy"));
}

// KB §5.1: the Isowil/IPCOM policy's gaps.
#[test]
fn isowil_ipcom_gaps_are_the_lawyers_findings() {
    let site = SiteTest::fixture(ISOWIL);
    let outcome = site.run(&["check"]).fails_with(1);
    for finding in [
        // C01: e-mail only, no postal address.
        "warning[PS-C20]: the controller has no postal address",
        "warning[PS-C02]: the policy does not say whether a data protection officer is appointed",
        // C07: the 2004 and 2010 clauses, repealed.
        "error[PS-F01]: the reference cites a Commission decision that has been repealed: \"2004/915\"",
        "error[PS-F01]: the reference cites a Commission decision that has been repealed: \"2010/87\"",
        // C08: "in accordance with applicable laws and regulations".
        "error[PS-W02]: \"in overeenstemming met de toepasselijke wet- en regelgeving\"",
        // C03: purposes and bases never linked.
        "error[PS-C03]: the purpose `deliver_services` does not say on which legal basis it rests",
        // C10: withdrawing consent only implied.
        "PS-K12",
        // R09: "read it regularly"; continued use means agreement.
        "warning[PS-W01]: \"regelmatig door\"",
        "warning[PS-W04]: \"voortgezette gebruik van de services in dat u akkoord\"",
    ] {
        outcome.stderr_has(finding);
    }
    // The original states how to get a copy of the safeguards, and scopes portability right.
    outcome.stderr_lacks("PS-C28");
    outcome.stderr_lacks("PS-K11");
}

// The Isowil draft pages: no sentence the original contradicts.
#[test]
fn isowil_ipcom_draft_adds_no_reassurance() {
    let site = draft(ISOWIL);
    let en = page(&site, "en", "privacy");
    assert!(en.contains("Company of our group"));
    assert!(en.contains("intended for persons aged 18 and over"));
    // The original verifies identity before every request; the page does not say it asks
    // "only where there are reasonable doubts".
    assert!(!en.contains("only where there are reasonable doubts"));
    // No retention period is set anywhere; the summary does not speak of one.
    assert!(!en.contains("the period set for each purpose"));
    // The authority's e-mail address is not in the original, nor confirmed: not printed.
    assert!(!en.contains("apd-gba"));
    // The conditions on rights are Markdown lists, rendered as lists.
    let html = site.read("public/en/privacy/index.html");
    let conditions = html
        .split("<div class=\"conditions\">")
        .nth(1)
        .unwrap_or_default();
    assert!(
        conditions.trim_start().starts_with("<ul>") || conditions.trim_start().starts_with("<p>"),
        "{conditions}"
    );
    assert!(
        !conditions
            .split("</div>")
            .next()
            .unwrap_or_default()
            .contains("\n- ")
    );

    // The FAQ answers all 21 purposes, most with their basis marked as not stated.
    let faq = site.read("public/en/faq/index.html");
    let purposes = faq.split("id=\"purposes\"").nth(1).unwrap_or_default();
    let purposes = purposes.split("</ul>").next().unwrap_or_default();
    assert_eq!(purposes.matches("<li>").count(), 21, "{purposes}");
    assert!(purposes.contains("not-stated"));

    // The only marketing-cookie use the original gives is "for example online advertising".
    let cookies = page(&site, "en", "cookies");
    assert!(!cookies.contains("based on your interests"));
}

// Every language of a reference draft carries its own words only: no message falls back to
// another language.
#[test]
fn reference_drafts_are_built_in_three_languages() {
    for fixture in [IT, ISOWIL] {
        let site = draft(fixture);
        for lang in ["nl", "fr", "en"] {
            for p in ["privacy", "cookies", "faq"] {
                assert!(
                    site.path(&format!("public/{lang}/{p}/index.html"))
                        .is_file()
                );
            }
        }
        assert!(page(&site, "fr", "privacy").contains("Vos droits"));
        assert!(page(&site, "nl", "privacy").contains("Uw rechten"));
    }
}

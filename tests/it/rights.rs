//! The rights a policy shows follow from its legal bases (KB §2.1): portability only for
//! consent and contract, objection only for legitimate interests and public task, withdrawal
//! only for consent, and the complaint always.

use serde_json::json;

use crate::helpers::SiteTest;

/// Builds the minimal site with one purpose on `basis` and returns the English privacy page.
fn page_for_basis(basis: &str) -> String {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["legal_basis"] = json!(basis);
        if basis == "legitimate_interests" {
            p["purposes"][0]["legitimate_interest"] = json!({
                "nl": "Betalingsfraude in onze webwinkel voorkomen",
                "fr": "Prévenir la fraude au paiement dans notre boutique en ligne",
                "en": "Preventing payment fraud in our web shop",
            });
        }
    });
    site.build();
    site.read("public/en/privacy/index.html")
}

// Each basis shows exactly the rights the GDPR attaches to it.
#[test]
fn rights_follow_the_legal_basis() {
    // (basis, portability, objection, withdraw consent)
    let table = [
        ("consent", true, false, true),
        ("contract", true, false, false),
        ("legal_obligation", false, false, false),
        ("vital_interests", false, false, false),
        ("public_task", false, true, false),
        ("legitimate_interests", false, true, false),
    ];
    for (basis, portability, objection, withdraw) in table {
        let page = page_for_basis(basis);
        for always in [
            "right-access",
            "right-rectification",
            "right-erasure",
            "right-restriction",
            // The complaint to the authority has its own section.
            "complaint",
        ] {
            assert!(
                page.contains(&format!("id=\"{always}\"")),
                "{basis}: {always} missing"
            );
        }
        assert_eq!(
            page.contains("id=\"right-portability\""),
            portability,
            "{basis}: portability"
        );
        assert_eq!(
            page.contains("id=\"right-objection\""),
            objection,
            "{basis}: objection"
        );
        assert_eq!(
            page.contains("id=\"right-withdraw-consent\""),
            withdraw,
            "{basis}: withdrawal"
        );
    }
}

// The right to object is shown apart and before the other rights (Art. 21(4)).
#[test]
fn objection_is_shown_separately_first() {
    let page = page_for_basis("legitimate_interests");
    let objection = page
        .find("<section class=\"objection\" id=\"right-objection\"")
        .expect("objection box");
    let access = page.find("id=\"right-access\"").unwrap();
    assert!(objection < access);
}

// When only some purposes give a right, the page says which.
#[test]
fn partial_rights_name_their_purposes() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"].as_array_mut().unwrap().push(json!({
            "id": "invoices",
            "title": {"nl": "Facturen", "fr": "Factures", "en": "Invoices"},
            "data": ["identification"],
            "legal_basis": "legal_obligation",
            "retention": {"years": 10, "after": "financial_year_end"},
        }));
    });
    site.build();
    let page = site.read("public/en/privacy/index.html");
    let portability = page.split("id=\"right-portability\"").nth(1).unwrap();
    let paragraph = portability.split("<h3").next().unwrap();
    assert!(
        paragraph.contains("This right applies to: orders."),
        "{paragraph}"
    );
}

// Direct marketing adds the absolute right to object to it.
#[test]
fn direct_marketing_adds_its_objection_right() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["legal_basis"] = json!("consent");
        p["purposes"][0]["direct_marketing"] = json!(true);
    });
    site.build();
    assert!(
        site.read("public/nl/privacy/index.html")
            .contains("Recht van bezwaar tegen direct marketing")
    );
}

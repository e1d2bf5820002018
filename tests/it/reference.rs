//! The two real Belgian policies in shared/reference-policies, modelled as fixtures: they must
//! build in all three languages and say what the originals say.

use serde_json::json;

use crate::helpers::{SiteTest, visible_text};

// IT voor ondernemers BV: identity, purposes and retention from the original.
#[test]
fn it_voor_ondernemers_builds() {
    let site = SiteTest::fixture("reference/it-voor-ondernemers");
    site.build();
    let nl = visible_text(&site.read("public/nl/privacy/index.html"));
    assert!(nl.contains("IT voor ondernemers BV"));
    assert!(nl.contains("1003.158.063"));
    assert!(nl.contains("Moffelstraat 3"));
    assert!(nl.contains("10 jaar na het einde van de overeenkomst"));
    assert!(nl.contains("Drukpersstraat 35"));
    for lang in ["fr", "en"] {
        assert!(
            site.path(&format!("public/{lang}/faq/index.html"))
                .is_file()
        );
    }
}

// Isowil N.V. / IPCOM: group sharing, partners and the 18+ audience.
#[test]
fn isowil_ipcom_builds_with_its_gaps_reported() {
    let site = SiteTest::fixture("reference/isowil-ipcom");
    let outcome = site.build();
    // The original gives no postal address: the model can say that, the checker warns.
    outcome.stderr_has("warning[PS-C01]: the controller has no postal address");
    let en = visible_text(&site.read("public/en/privacy/index.html"));
    assert!(en.contains("Isowil N.V."));
    assert!(en.contains("Company of our group"));
    assert!(en.contains("not intended for persons under 18"));
}

// The original's citation of the repealed 2004 and 2010 clauses is what the checker rejects.
#[test]
fn isowil_original_scc_reference_is_rejected() {
    let site = SiteTest::fixture("reference/isowil-ipcom");
    site.policy(|p| {
        p["recipients"].as_array_mut().unwrap().push(json!({
            "id": "group_outside_eea",
            "name": "IPCOM-groep",
            "role": "group_company",
            "service": {"nl": "marketing", "fr": "marketing", "en": "marketing"},
            "country": "CH",
            "transfer": {"mechanism": "scc", "reference": "Besluit 2004/915/EG en 2010/87/EU"},
        }));
    });
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has("the reference cites law that no longer applies: \"2004/915\"");
    outcome.stderr_has("cite Decision (EU) 2021/914");
}

//! `policy.json` as a documented interface (issue #12): it validates against its published
//! schema, speaks in snake_case and the author's keys, carries the pages' own labels and the
//! DPV terms, marks what the policy leaves open as such, and every page links it.

use serde_json::{Value, json};

use crate::helpers::{SiteTest, repo, tree, visible_text};

const LANGS: [&str; 3] = ["nl", "fr", "en"];

fn policy_json(site: &SiteTest) -> Value {
    serde_json::from_str(&site.read("public/policy.json")).expect("policy.json is JSON")
}

/// The schema as `privasite schema --print policy-json` prints it.
fn printed_schema() -> Value {
    let out = SiteTest::empty().run(&["schema", "--print", "policy-json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).expect("the schema is JSON")
}

/// The schema's complaints about `doc`, as `path: message`.
fn complaints(schema: &Value, doc: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("a valid JSON Schema");
    validator
        .iter_errors(doc)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// Every (key path, value) of `value`, depth first.
fn walk<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, &'a Value)>) {
    out.push((path.to_owned(), value));
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                walk(v, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                walk(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// The stated value of a statement, failing with its path when it is anything else.
fn stated<'a>(statement: &'a Value, what: &str) -> &'a Value {
    assert_eq!(statement["status"], "stated", "{what}: {statement}");
    &statement["value"]
}

/// Text as a page shows it and as a label holds it, compared without the difference French
/// typography makes (a narrow no-break space before `:`, `;`, `?`, `!`).
fn comparable(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    [" :", " ;", " ?", " !"]
        .iter()
        .fold(text, |t, p| t.replace(p, &p[1..]))
}

// The example's policy.json, a minimal site's and a silent draft's all validate against the
// schema that `privasite schema` prints and the build publishes beside the file; the schema
// is not vacuous: a file without its version or with an unknown status is refused.
#[test]
fn policy_json_validates_against_its_schema() {
    let schema = printed_schema();
    let example = SiteTest::example();
    example.build();
    let published: Value =
        serde_json::from_str(&example.read("public/policy-json.schema.json")).unwrap();
    assert_eq!(published, schema, "the published schema is the printed one");
    let doc = policy_json(&example);
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(complaints(&schema, &doc), Vec::<String>::new());

    let minimal = SiteTest::fixture("minimal");
    minimal.build();
    assert_eq!(
        complaints(&schema, &policy_json(&minimal)),
        Vec::<String>::new()
    );
    let silent = SiteTest::fixture("silent");
    silent.run(&["build", "--draft"]).succeeds();
    assert_eq!(
        complaints(&schema, &policy_json(&silent)),
        Vec::<String>::new()
    );

    let mut unversioned = doc.clone();
    unversioned
        .as_object_mut()
        .unwrap()
        .remove("schema_version");
    assert!(!complaints(&schema, &unversioned).is_empty());
    let mut unknown = doc.clone();
    unknown["dpo"] = json!({"status": "unknown"});
    assert!(!complaints(&schema, &unknown).is_empty());
    let mut bare_null = doc;
    bare_null["controller"]["phone"] = Value::Null;
    assert!(!complaints(&schema, &bare_null).is_empty());
}

// Field names are snake_case words chosen for readers, never the model's Rust shapes: no
// CamelCase key, no `null`, no empty list standing in for something, and every status, kind,
// unit and key is a lowercase word, not a variant name such as `Months` or `Dpf`.
#[test]
fn no_rust_names_leak() {
    let site = SiteTest::example();
    site.build();
    let doc = policy_json(&site);
    let text = site.read("public/policy.json");
    let mut nodes = Vec::new();
    walk(&doc, "", &mut nodes);
    let snake = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    };
    for (path, value) in &nodes {
        match value {
            Value::Object(map) => {
                for key in map.keys() {
                    let language = LANGS.contains(&key.as_str());
                    let prefix = path == ".dpv_prefixes";
                    assert!(
                        snake(key) || language || prefix,
                        "{path}: the key {key:?} is not snake_case"
                    );
                }
            }
            Value::Null => panic!("{path} is null"),
            Value::Array(items) => assert!(!items.is_empty(), "{path} is an empty list"),
            Value::String(s) => {
                let field = path.rsplit('.').next().unwrap_or_default();
                if ["status", "kind", "unit"].contains(&field) {
                    assert!(snake(s), "{path} = {s:?}");
                }
                if field == "key" {
                    assert!(snake(&s.replace('-', "_")), "{path} = {s:?}");
                }
            }
            _ => {}
        }
    }
    // The shapes of the model that the first policy.json printed are gone.
    for internal in [
        "\"one\"",
        "\"proper\"",
        "\"per_language\"",
        "\"Months\"",
        "\"Years\"",
        "\"Dpf\"",
        "\"settings\"",
        "\"policy\"",
    ] {
        assert!(!text.contains(internal), "policy.json holds {internal}");
    }
    assert!(nodes.len() > 500, "only {} values", nodes.len());
}

// Every catalogue key carries its label in every site language, and the labels are the words
// the pages print: each purpose's legal basis and retention, each data category, each
// recipient's role and each right appear as such on the privacy page of that language.
#[test]
fn labels_are_the_words_of_the_pages() {
    let site = SiteTest::example();
    site.build();
    let doc = policy_json(&site);
    let mut nodes = Vec::new();
    walk(&doc, "", &mut nodes);
    let mut terms = 0;
    for (path, value) in &nodes {
        if let Some(key) = value.get("key").and_then(Value::as_str) {
            let label = value["label"].as_object().expect("a term has labels");
            let mut langs: Vec<&str> = label.keys().map(String::as_str).collect();
            let mut site_langs = LANGS.to_vec();
            langs.sort_unstable();
            site_langs.sort_unstable();
            assert_eq!(langs, site_langs, "{path} ({key})");
            assert!(label.values().all(|l| !l.as_str().unwrap().is_empty()));
            terms += 1;
        }
    }
    assert!(terms > 50, "only {terms} catalogue keys");

    for (i, lang) in LANGS.iter().enumerate() {
        let page = comparable(&visible_text(
            &site.read(&format!("public/{lang}/privacy/index.html")),
        ));
        let shown = |label: &Value, what: &str| {
            let label = label[*lang].as_str().unwrap_or_else(|| panic!("{what}"));
            assert!(
                page.contains(&comparable(label)),
                "{lang}/privacy does not show {what} {label:?}"
            );
        };
        let mut labels = 0;
        for p in stated(&doc["purposes"], "purposes").as_array().unwrap() {
            shown(&stated(&p["legal_basis"], "basis")["label"], "the basis");
            let retention = stated(&p["retention"], "retention");
            if retention["kind"] == "period" {
                shown(&retention["text"], "the retention");
            }
            labels += 2;
        }
        for c in stated(&doc["data_categories"], "data").as_array().unwrap() {
            shown(&c["label"], "the data category");
            labels += 1;
        }
        for r in stated(&doc["recipients"], "recipients").as_array().unwrap() {
            shown(&stated(&r["role"], "role")["label"], "the role");
            labels += 1;
        }
        for r in doc["derived"]["rights"]["value"]["applicable"]
            .as_array()
            .unwrap()
        {
            if r["right"]["key"] != "complaint" {
                shown(&r["right"]["label"], "the right");
                labels += 1;
            }
        }
        assert!(labels > 30, "{lang}: only {labels} labels compared");
        // The languages differ: a label is not one language copied into the others.
        let webshop = &stated(&doc["purposes"], "purposes")[0];
        let basis = &stated(&webshop["legal_basis"], "basis")["label"];
        if i > 0 {
            assert_ne!(basis[*lang], basis[LANGS[0]]);
        }
    }
}

// DPV terms stand beside the keys they match, with the prefixes they use declared: the
// contract basis is Art. 6(1)(b), a processor is a DataProcessor, contact details are
// pd:Contact, the DPF is an adequacy decision; a category of the author's own has no term.
#[test]
fn dpv_terms_stand_beside_their_keys() {
    let site = SiteTest::example();
    site.build();
    let doc = policy_json(&site);
    let purposes = stated(&doc["purposes"], "purposes").as_array().unwrap();
    let webshop = purposes.iter().find(|p| p["id"] == "webshop").unwrap();
    let basis = stated(&webshop["legal_basis"], "basis");
    assert_eq!(basis["key"], "contract");
    assert_eq!(basis["dpv"], json!(["eu-gdpr:A6-1-b"]));
    let newsletter = purposes.iter().find(|p| p["id"] == "newsletter").unwrap();
    assert_eq!(
        stated(&newsletter["legal_basis"], "basis")["dpv"],
        json!(["eu-gdpr:A6-1-a"])
    );

    let recipients = stated(&doc["recipients"], "recipients").as_array().unwrap();
    let mailer = recipients.iter().find(|r| r["id"] == "mailer").unwrap();
    assert_eq!(
        stated(&mailer["role"], "role")["dpv"],
        json!(["dpv:DataProcessor"])
    );
    let transfer = stated(&mailer["transfer"], "transfer");
    assert_eq!(stated(&transfer["mechanism"], "mechanism")["key"], "dpf");
    assert_eq!(
        stated(&transfer["mechanism"], "mechanism")["dpv"],
        json!(["eu-gdpr:A45-3"])
    );

    let categories = stated(&doc["data_categories"], "data").as_array().unwrap();
    let contact = categories.iter().find(|c| c["id"] == "contact").unwrap();
    assert_eq!(contact["dpv"], json!(["pd:Contact"]));
    let reviews = categories.iter().find(|c| c["id"] == "reviews").unwrap();
    assert_eq!(reviews["catalogue"], false);
    assert!(reviews.get("dpv").is_none(), "{reviews}");

    let mut nodes = Vec::new();
    walk(&doc, "", &mut nodes);
    // The authority's term is in one place, beside its kind, not also on its catalogue key.
    let authority = stated(&doc["supervisory_authority"], "authority");
    assert_eq!(authority["kind"], "catalogue");
    assert_eq!(authority["dpv"], json!(["dpv:DataProtectionAuthority"]));
    assert!(authority["authority"].get("dpv").is_none(), "{authority}");

    // Every `dpv` is a list of terms, never empty and never a lone string.
    let lists: Vec<&Value> = nodes
        .iter()
        .filter(|(path, _)| path.ends_with(".dpv") && !path.starts_with(".dpv_prefixes"))
        .map(|(_, v)| *v)
        .collect();
    assert!(
        lists
            .iter()
            .all(|v| v.as_array().is_some_and(|a| !a.is_empty())),
        "{lists:?}"
    );
    let terms: Vec<&str> = lists
        .iter()
        .flat_map(|v| v.as_array().unwrap())
        .filter_map(Value::as_str)
        .collect();
    assert!(terms.len() > 20, "{terms:?}");
    for term in terms {
        let (prefix, _) = term.split_once(':').unwrap();
        assert!(
            doc["dpv_prefixes"][prefix]
                .as_str()
                .is_some_and(|ns| ns.starts_with("https://w3id.org/dpv")),
            "{term}"
        );
    }
}

// A key that covers two DPV concepts carries both, and only DPV's special categories stand for
// the special ones: racial or ethnic origin is pd:Race and pd:EthnicOrigin (not pd:Ethnicity),
// religious or philosophical beliefs pd:ReligiousBelief and pd:PhilosophicalBelief;
// identification data is pd:Name; a recipient that is a joint controller is one
// dpv:DataController (dpv:JointDataControllers is the group).
#[test]
fn dpv_terms_name_what_the_key_covers() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        let keys = [
            "identification",
            "racial_ethnic_origin",
            "religious_beliefs",
        ];
        p["data_categories"] = json!(keys);
        p["purposes"][0]["data"] = json!(keys);
        p["purposes"][0]["recipients"] = json!(["partner"]);
        p["recipients"] = json!([{"id": "partner", "name": "Bakkerij Peeters BV",
            "role": "joint_controller", "country": "BE"}]);
    });
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    let categories = stated(&doc["data_categories"], "data");
    assert_eq!(categories[0]["dpv"], json!(["pd:Name"]));
    assert_eq!(categories[1]["dpv"], json!(["pd:Race", "pd:EthnicOrigin"]));
    assert_eq!(
        categories[2]["dpv"],
        json!(["pd:ReligiousBelief", "pd:PhilosophicalBelief"])
    );
    let partner = &stated(&doc["recipients"], "recipients")[0];
    let role = stated(&partner["role"], "role");
    assert_eq!(role["key"], "joint_controller");
    assert_eq!(role["dpv"], json!(["dpv:DataController"]));
}

// A draft's text that lacks a language leaves that language out of every PerLanguage value,
// whether it is prose, a label of the author's own, a list of items or a recipient's name:
// never an empty string in its place.
#[test]
fn a_drafts_missing_language_is_left_out() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["data_categories"] = json!([{"id": "loyalty", "label": {"nl": "Klantenkaart", "en": "Loyalty card"},
            "items": {"nl": ["kaartnummer"], "en": ["card number"]}}]);
        let orders = &mut p["purposes"][0];
        orders["data"] = json!(["loyalty"]);
        orders["title"].as_object_mut().unwrap().remove("fr");
        orders["recipients"] = json!(["printer"]);
        p["recipients"] = json!([{"id": "printer", "role": "processor", "country": "BE",
            "name": {"nl": "drukkerij", "en": "printing company"}}]);
    });
    site.run(&["build"]).fails_with(1);
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    // (serde_json's map is sorted: the file's own order is checked by a unit test.)
    let keys = |v: &Value| -> Vec<String> { v.as_object().unwrap().keys().cloned().collect() };
    let loyalty = &stated(&doc["data_categories"], "data")[0];
    let orders = &stated(&doc["purposes"], "purposes")[0];
    let printer = &stated(&doc["recipients"], "recipients")[0];
    for (what, labels) in [
        ("a purpose's title", &orders["title"]),
        ("an own category's label", &loyalty["label"]),
        ("its items", stated(&loyalty["items"], "items")),
        ("a recipient's name", &printer["name"]),
    ] {
        assert_eq!(keys(labels), ["en", "nl"], "{what}: {labels}");
    }
    // A catalogue label is privasite's own and has every language.
    let basis = stated(&orders["legal_basis"], "basis");
    assert_eq!(keys(&basis["label"]), ["en", "fr", "nl"]);
}

// A fact the author leaves out is exported as not stated, a fact declared absent as none,
// and neither looks like the other or like a default: the minimal site without its DPO line,
// a draft without a retention, and a policy that states almost nothing.
#[test]
fn what_the_policy_leaves_open_is_not_stated() {
    let site = SiteTest::fixture("minimal");
    site.build();
    let declared = policy_json(&site);
    assert_eq!(declared["dpo"], json!({"status": "none"}));
    let orders = &stated(&declared["purposes"], "purposes")[0];
    assert_eq!(orders["recipients"], json!({"status": "none"}));
    assert_eq!(declared["cookies"], json!({"status": "none"}));
    assert_eq!(
        declared["derived"]["cookie_consent_needed"],
        json!({"status": "stated", "value": false})
    );

    site.policy(|p| {
        p.as_object_mut().unwrap().remove("dpo");
        p["purposes"][0]
            .as_object_mut()
            .unwrap()
            .remove("retention");
    });
    site.run(&["build"]).fails_with(1);
    site.run(&["build", "--draft"]).succeeds();
    let left_open = policy_json(&site);
    assert_eq!(left_open["dpo"], json!({"status": "not_stated"}));
    let orders = &stated(&left_open["purposes"], "purposes")[0];
    assert_eq!(orders["retention"], json!({"status": "not_stated"}));
    assert_eq!(left_open["draft"], true);

    let silent = SiteTest::fixture("silent");
    silent.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&silent);
    for field in [
        "dpo",
        "data_categories",
        "sources",
        "recipients",
        "transfers",
        "cookies",
        "cookie_consent",
        "changes",
        "data_sale",
        "special_categories",
    ] {
        assert_eq!(doc[field], json!({"status": "not_stated"}), "{field}");
    }
    for derived in ["third_countries", "leaves_eea", "cookie_consent_needed"] {
        assert_eq!(
            doc["derived"][derived],
            json!({"status": "not_stated"}),
            "derived.{derived}"
        );
    }
    let orders = &stated(&doc["purposes"], "purposes")[0];
    for field in [
        "data",
        "legal_basis",
        "retention",
        "recipients",
        "direct_marketing",
    ] {
        assert_eq!(orders[field], json!({"status": "not_stated"}), "{field}");
    }
    // Nothing the policy left open reads as "no": no false, no empty list, no null.
    let mut nodes = Vec::new();
    walk(&doc, "", &mut nodes);
    for (path, value) in nodes {
        let allowed_false = [".derived.rights", ".in_eea"];
        match value {
            Value::Bool(false) => assert!(
                allowed_false.iter().any(|a| path.contains(a)),
                "{path} is false"
            ),
            Value::Array(items) => assert!(!items.is_empty(), "{path} is []"),
            Value::Null => panic!("{path} is null"),
            _ => {}
        }
    }
}

// A catalogue category the author lists without examples does not export the catalogue's
// example wording as the author's: `items` is not stated and the wording stands apart as
// `catalogue_items`; examples the author writes are `items`.
#[test]
fn catalogue_wording_is_not_the_authors_items() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["data_categories"] = json!([
            "identification",
            {"id": "contact", "items": {
                "nl": ["e-mailadres"], "fr": ["adresse e-mail"], "en": ["e-mail address"]
            }},
            "location",
        ]);
        p["purposes"][0]["data"] = json!(["identification", "contact", "location"]);
    });
    site.build();
    let doc = policy_json(&site);
    let categories = stated(&doc["data_categories"], "data").as_array().unwrap();
    let location = &categories[2];
    assert_eq!(location["id"], "location");
    assert_eq!(location["items"], json!({"status": "not_stated"}));
    assert_eq!(
        location["catalogue_items"]["en"],
        "approximate location derived from your IP address"
    );
    let contact = &categories[1];
    assert_eq!(
        stated(&contact["items"], "items"),
        &json!({"nl": "e-mailadres", "fr": "adresse e-mail", "en": "e-mail address"})
    );
    assert!(contact["catalogue_items"]["en"].is_string());
}

// `special` of a category of the author's own is exported as written, `false` included; and
// the list of special categories is stated only when every category says whether it is one.
#[test]
fn special_is_exported_as_written() {
    let own = |id: &str, special: Option<bool>| {
        let mut c = json!({"id": id, "label": {"nl": id, "fr": id, "en": id}});
        if let Some(special) = special {
            c["special"] = json!(special);
        }
        c
    };
    let site = SiteTest::fixture("minimal");
    let categories = |p: &mut Value, second: Option<bool>| {
        p["data_categories"] = json!([
            "identification",
            own("allergies", Some(true)),
            own("loyalty_points", second),
        ]);
        p["purposes"][0]["data"] = json!(["identification", "allergies", "loyalty_points"]);
    };
    site.policy(|p| categories(p, None));
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    let listed = stated(&doc["data_categories"], "data");
    assert_eq!(
        listed[1]["special_category"],
        json!({"status": "stated", "value": true})
    );
    assert_eq!(
        listed[2]["special_category"],
        json!({"status": "not_stated"})
    );
    assert_eq!(doc["special_categories"], json!({"status": "not_stated"}));

    site.policy(|p| categories(p, Some(false)));
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    let listed = stated(&doc["data_categories"], "data");
    assert_eq!(
        listed[2]["special_category"],
        json!({"status": "stated", "value": false})
    );
    assert_eq!(
        doc["special_categories"],
        json!({"status": "stated", "value": ["allergies"]})
    );
}

/// The minimal site with `recipients` receiving its one purpose's data.
fn with_recipients(recipients: Value) -> SiteTest {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        let ids: Vec<Value> = recipients
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].clone())
            .collect();
        p["purposes"][0]["recipients"] = Value::Array(ids);
        p["recipients"] = recipients;
    });
    site
}

/// The codes of a stated list of countries.
fn codes(countries: &Value) -> Vec<&str> {
    stated(countries, "countries")
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect()
}

// The countries data goes to are a stated list only when the list is whole: with one
// recipient in the United States and one whose country is not stated, the file says data
// leaves the EEA but not that the United States is the only country it goes to; nor when the
// policy does not name the countries of the transfers it states, or does not say whether there
// are others beside its recipients'.
#[test]
fn third_countries_are_stated_only_when_every_country_is() {
    let mailer = json!({"id": "mailer", "name": "Postwave Inc.", "role": "processor",
        "country": "US", "transfer": {"mechanism": "scc", "decision": "2021/914", "module": 2}});
    let courier = json!({"id": "courier", "name": "Snelpost BV", "role": "processor"});
    let site = with_recipients(json!([mailer, courier]));
    let transfers = json!({"countries": ["US"], "mechanism": "scc", "decision": "2021/914"});
    site.policy(|p| p["transfers"] = transfers.clone());
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    let recipients = stated(&doc["recipients"], "recipients");
    assert_eq!(recipients[1]["country"], json!({"status": "not_stated"}));
    assert_eq!(
        doc["derived"]["leaves_eea"],
        json!({"status": "stated", "value": true})
    );
    assert_eq!(
        doc["derived"]["third_countries"],
        json!({"status": "not_stated"})
    );

    site.policy(|p| p["recipients"][1]["country"] = json!("BE"));
    site.run(&["build", "--draft"]).succeeds();
    assert_eq!(
        codes(&policy_json(&site)["derived"]["third_countries"]),
        ["US"]
    );

    for unnamed in [
        json!({"mechanism": "scc", "decision": "2021/914"}),
        Value::Null,
    ] {
        site.policy(|p| match &unnamed {
            Value::Null => {
                p.as_object_mut().unwrap().remove("transfers");
            }
            t => p["transfers"] = t.clone(),
        });
        site.run(&["build", "--draft"]).succeeds();
        let doc = policy_json(&site);
        assert_eq!(
            doc["derived"]["third_countries"],
            json!({"status": "not_stated"}),
            "transfers: {unnamed}"
        );
        assert_eq!(
            doc["derived"]["leaves_eea"],
            json!({"status": "stated", "value": true})
        );
    }
}

// The same contradiction beside a recipient outside the EEA: the list of countries names the
// United States, but the Irish recipient's safeguard says its data may go somewhere else too,
// so the list is not known to be whole.
#[test]
fn a_safeguard_inside_the_eea_leaves_the_country_list_open() {
    let site = with_recipients(json!([
        {"id": "host", "name": "Host Inc", "role": "processor", "country": "US",
         "service": {"nl": "Hosting", "fr": "Hébergement", "en": "Hosting"},
         "transfer": {"mechanism": "dpf"}},
        {"id": "crm", "name": "CRM Ltd", "role": "processor", "country": "IE",
         "service": {"nl": "Klantenbeheer", "fr": "Gestion clients", "en": "Customer records"},
         "transfer": {"mechanism": "scc"}}
    ]));
    site.policy(|p| p["transfers"] = json!({"countries": ["US"], "mechanism": "scc"}));
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    assert_eq!(
        doc["derived"]["third_countries"],
        json!({"status": "not_stated"})
    );

    site.policy(|p| {
        p["recipients"][1]
            .as_object_mut()
            .unwrap()
            .remove("transfer");
    });
    site.run(&["build", "--draft"]).succeeds();
    assert_eq!(
        codes(&policy_json(&site)["derived"]["third_countries"]),
        ["US"]
    );
}

// Without purposes (a draft), nothing decides portability, objection or withdrawal: the
// derived rights are not stated, rather than five rights that look like the whole list.
#[test]
fn rights_without_purposes_are_not_stated() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p.as_object_mut().unwrap().remove("purposes");
    });
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    assert_eq!(doc["derived"]["rights"], json!({"status": "not_stated"}));
}

// A recipient inside the EEA that names a transfer safeguard contradicts itself (a rule warns):
// whether data leaves the EEA is then not known, not `false`, even with `transfers: none`.
#[test]
fn a_safeguard_inside_the_eea_leaves_transfers_open() {
    let site = with_recipients(
        json!([{"id": "host", "name": "Datahal NV", "role": "processor",
        "country": "BE", "transfer": {"mechanism": "scc"}}]),
    );
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    assert_eq!(doc["transfers"], json!({"status": "none"}));
    assert_eq!(
        doc["derived"]["leaves_eea"],
        json!({"status": "not_stated"})
    );
    assert_eq!(
        doc["derived"]["third_countries"],
        json!({"status": "not_stated"})
    );

    site.policy(|p| {
        p["recipients"][0]
            .as_object_mut()
            .unwrap()
            .remove("transfer");
    });
    site.build();
    let doc = policy_json(&site);
    assert_eq!(
        doc["derived"]["leaves_eea"],
        json!({"status": "stated", "value": false})
    );
    assert_eq!(doc["derived"]["third_countries"], json!({"status": "none"}));
}

/// `(right, purpose, because)` of each undetermined right.
fn undetermined(doc: &Value) -> Vec<(String, String, String)> {
    doc["derived"]["rights"]["value"]["undetermined"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|u| {
            let text = |v: &Value| v.as_str().unwrap().to_owned();
            (
                text(&u["right"]["key"]),
                text(&u["purpose"]),
                text(&u["because"]),
            )
        })
        .collect()
}

/// The keys of the rights that certainly apply.
fn applicable(doc: &Value) -> Vec<String> {
    doc["derived"]["rights"]["value"]["applicable"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| r["right"]["key"].as_str().unwrap().to_owned())
        .collect()
}

fn entry(right: &str, purpose: &str, because: &str) -> (String, String, String) {
    (right.into(), purpose.into(), because.into())
}

// The rights that depend on a fact a purpose leaves open are neither listed as applying nor
// dropped: a published build whose purpose does not state `automated_decisions` (a warning,
// not an error) leaves the right to human review open, as does a purpose that does not say
// whether it is direct marketing; `direct_marketing: false` and `automated_decisions: none`
// settle them.
#[test]
fn rights_that_depend_on_unstated_facts_are_undetermined() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p.as_object_mut().unwrap().remove("automated_decisions");
    });
    site.build();
    let doc = policy_json(&site);
    assert_eq!(doc["draft"], false);
    let orders = &stated(&doc["purposes"], "purposes")[0];
    assert_eq!(
        orders["automated_decision"],
        json!({"status": "not_stated"})
    );
    assert_eq!(orders["direct_marketing"], json!({"status": "not_stated"}));
    assert_eq!(
        undetermined(&doc),
        [
            entry("objection_marketing", "orders", "direct_marketing"),
            entry("human_review", "orders", "automated_decision"),
        ]
    );
    let certain = applicable(&doc);
    assert!(certain.contains(&"portability".to_owned()), "{certain:?}");
    assert!(!certain.contains(&"human_review".to_owned()), "{certain:?}");

    site.policy(|p| {
        p["automated_decisions"] = json!("none");
        p["purposes"][0]["direct_marketing"] = json!(false);
    });
    site.build();
    let doc = policy_json(&site);
    let orders = &stated(&doc["purposes"], "purposes")[0];
    assert_eq!(
        orders["direct_marketing"],
        json!({"status": "stated", "value": false})
    );
    assert_eq!(doc["derived"]["rights"]["value"]["undetermined"], json!([]));
    assert!(!applicable(&doc).contains(&"objection_marketing".to_owned()));
}

// In a draft, a purpose without a legal basis leaves open each right the basis decides
// (portability, objection, withdrawal of consent) instead of dropping them.
#[test]
fn a_draft_without_a_basis_leaves_its_rights_open() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        let orders = p["purposes"][0].as_object_mut().unwrap();
        orders.remove("legal_basis");
        orders.insert("direct_marketing".into(), json!(false));
    });
    site.run(&["build", "--draft"]).succeeds();
    let doc = policy_json(&site);
    assert_eq!(
        undetermined(&doc),
        [
            entry("portability", "orders", "legal_basis"),
            entry("objection", "orders", "legal_basis"),
            entry("withdraw_consent", "orders", "legal_basis"),
        ]
    );
    assert_eq!(
        applicable(&doc),
        [
            "access",
            "rectification",
            "erasure",
            "restriction",
            "complaint"
        ]
    );
}

// Every HTML page, archived and list pages included, links policy.json in its head with a
// relative address that leads to the file from the page's own folder, so it works under any
// sub-path.
#[test]
fn every_page_links_policy_json() {
    let site = SiteTest::example();
    site.run(&[
        "build",
        "--base-url",
        "https://www.example.be/legal/privacy/",
    ])
    .succeeds();
    let out = site.path("public");
    let mut pages = 0;
    for (path, bytes) in tree(&out) {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let head = html.split("</head>").next().unwrap_or_default();
        let marker = r#"<link rel="alternate" type="application/json" href=""#;
        let at = head
            .find(marker)
            .unwrap_or_else(|| panic!("{path} does not link policy.json"));
        let href = &head[at + marker.len()..];
        let href = &href[..href.find('"').unwrap()];
        assert!(
            !href.starts_with('/') && !href.contains("://"),
            "{path}: {href}"
        );
        // Resolve the link from the page's folder, as a browser would.
        let mut parts: Vec<&str> = path.split('/').collect();
        parts.pop();
        for segment in href.split('/') {
            match segment {
                ".." => {
                    assert!(parts.pop().is_some(), "{path}: {href} leaves the site");
                }
                "." | "" => {}
                s => parts.push(s),
            }
        }
        assert_eq!(parts.join("/"), "policy.json", "{path}: {href}");
        pages += 1;
    }
    assert!(pages > 30, "only {pages} pages");
    assert!(out.join("policy.json").is_file());
}

// The documentation explains every field the schema defines.
#[test]
fn the_docs_explain_every_field() {
    let schema = printed_schema();
    let docs = std::fs::read_to_string(repo().join("docs/policy-json.md")).unwrap();
    let mut nodes = Vec::new();
    walk(&schema, "", &mut nodes);
    let mut fields = 0;
    for (path, value) in nodes {
        if !path.ends_with(".properties") {
            continue;
        }
        for field in value.as_object().unwrap().keys() {
            assert!(
                docs.contains(&format!("`{field}`")),
                "docs/policy-json.md does not explain `{field}`"
            );
            fields += 1;
        }
    }
    assert!(fields > 100, "only {fields} fields");
}

// And the other way: every field the documentation's tables describe is one the schema has (a
// property, or a `kind` the schema names), so a renamed or removed field cannot linger there.
#[test]
fn the_docs_describe_only_real_fields() {
    let schema = printed_schema();
    let docs = std::fs::read_to_string(repo().join("docs/policy-json.md")).unwrap();
    let mut nodes = Vec::new();
    walk(&schema, "", &mut nodes);
    let mut known = std::collections::BTreeSet::new();
    for (path, value) in nodes {
        if path.ends_with(".properties") {
            known.extend(value.as_object().unwrap().keys().cloned());
        }
        if let Value::String(text) = value
            && (path.ends_with(".const") || path.contains(".enum["))
        {
            known.insert(text.clone());
        }
    }
    let mut rows = 0;
    // A field row is "| `name` | type | meaning |"; a DPV row names its kind after the key.
    for line in docs.lines().filter(|l| l.starts_with("| `")) {
        let name = &line[3..];
        let Some((name, rest)) = name.split_once('`') else {
            continue;
        };
        if !rest.starts_with(" |") {
            continue;
        }
        assert!(
            known.contains(name),
            "docs/policy-json.md describes `{name}`, which the schema does not have"
        );
        rows += 1;
    }
    assert!(rows > 80, "only {rows} field rows");
}

/// The value at `path` (`purposes.value[0]`) of `doc`.
fn at<'a>(doc: &'a Value, path: &str) -> &'a Value {
    path.split('.')
        .fold(doc, |v, part| match part.split_once('[') {
            Some((field, index)) => {
                &v[field][index.trim_end_matches(']').parse::<usize>().unwrap()]
            }
            None => &v[part],
        })
}

// Each example in the documentation ("At `path`, …" and a JSON block) is what the build of
// the example site writes at that place, so the page cannot drift from the file.
#[test]
fn the_docs_examples_are_the_example_sites() {
    let site = SiteTest::example();
    site.build();
    let doc = policy_json(&site);
    let docs = std::fs::read_to_string(repo().join("docs/policy-json.md")).unwrap();
    let mut examples = 0;
    let mut rest = docs.as_str();
    while let Some(start) = rest.find("\nAt `") {
        rest = &rest[start + 5..];
        let path = &rest[..rest.find('`').unwrap()];
        let block = &rest[rest.find("```json\n").unwrap() + 8..];
        let block = &block[..block.find("\n```").unwrap()];
        let shown: Value = serde_json::from_str(block)
            .unwrap_or_else(|e| panic!("the example at {path} is not JSON: {e}"));
        assert_eq!(&shown, at(&doc, path), "the example at {path}");
        examples += 1;
    }
    assert!(examples >= 8, "only {examples} examples");
}

// The documentation's table of DPV terms is the catalogue's, key by key, each key's terms
// in order.
#[test]
fn the_docs_list_every_dpv_term() {
    use privasite::catalogue::{
        Art9Condition, Authority, DataCategory, Dpv, LegalBasis, RecipientRole, Right,
        TransferMechanism,
    };
    fn rows<K: Dpv>() -> Vec<(String, String)> {
        K::KEYS
            .iter()
            .filter_map(|k| K::from_key(k))
            .filter(|k| !k.dpv().is_empty())
            .map(|k| {
                let terms: Vec<String> = k.dpv().iter().map(|t| format!("`{t}`")).collect();
                (k.key().to_owned(), terms.join(", "))
            })
            .collect()
    }
    let docs = std::fs::read_to_string(repo().join("docs/policy-json.md")).unwrap();
    // Rows of the table: "| `key` (catalogue) | `term`, `term` |".
    let table: Vec<&str> = docs
        .lines()
        .filter(|l| l.starts_with("| `") && l.contains(") | `") && l.matches(" | ").count() == 1)
        .collect();
    let mut all = Vec::new();
    all.extend(rows::<LegalBasis>());
    all.extend(rows::<Art9Condition>());
    all.extend(rows::<Right>());
    all.extend(rows::<DataCategory>());
    all.extend(rows::<RecipientRole>());
    all.extend(rows::<TransferMechanism>());
    all.extend(rows::<Authority>());
    for (key, terms) in &all {
        assert!(
            table
                .iter()
                .any(|l| l.starts_with(&format!("| `{key}` ("))
                    && l.ends_with(&format!("| {terms} |"))),
            "docs/policy-json.md lacks `{key}` → {terms}"
        );
    }
    assert_eq!(
        table.len(),
        all.len(),
        "the docs list terms the catalogue lacks: {table:#?}"
    );
}

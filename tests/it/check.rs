//! `privasite check`: every rule against its fixtures, the output formats, rule configuration
//! and `--explain`. Error messages are part of the interface, so each fixture's full printed
//! output is compared with its `expected.txt`; a change shows up as a diff to review.

use std::path::Path;

use serde_json::json;

use crate::helpers::{SiteTest, assert_matches_file, rules_dir};

/// Every case folder of `tests/rules/<id>/`, as (rule id, case name).
fn rule_cases() -> Vec<(String, String)> {
    let mut cases = Vec::new();
    for rule in std::fs::read_dir(rules_dir()).unwrap().flatten() {
        let id = rule.file_name().to_string_lossy().into_owned();
        for case in std::fs::read_dir(rule.path()).unwrap().flatten() {
            if case.path().is_dir() {
                cases.push((id.clone(), case.file_name().to_string_lossy().into_owned()));
            }
        }
    }
    cases.sort();
    cases
}

/// Runs one case; returns what is wrong with it, if anything.
fn run_case(id: &str, case: &str) -> Option<String> {
    let site = SiteTest::rule_case(id, case);
    let outcome = site.run(&["check"]);
    let expected_file = rules_dir().join(id).join(case).join("expected.txt");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_file, &outcome.stderr).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_file).unwrap_or_default();
    let reports_rule = outcome.stderr.contains(&format!("[{id}]"));
    let problem = if case.starts_with("bad") && !reports_rule {
        Some(format!("does not report {id}"))
    } else if case.starts_with("good") && reports_rule {
        Some(format!("reports {id} although it should not"))
    } else if outcome.stderr != expected {
        Some(format!(
            "output differs from expected.txt (UPDATE_EXPECT=1 rewrites it):\n--- expected\n{expected}--- actual\n{}",
            outcome.stderr
        ))
    } else {
        let errors = outcome.stderr.contains("error[");
        let code = if errors { 1 } else { 0 };
        (outcome.code != code).then(|| format!("exit code {} instead of {code}", outcome.code))
    };
    if problem.is_none() && case.starts_with("bad") && outcome.code == 1 {
        // A failed check must not write anything, and build reports the same findings,
        // adding that it wrote nothing.
        let build = site.run(&["build"]);
        let expected_build = outcome.stderr.replace(
            " error(s) found\n",
            " error(s) found; nothing was written\n",
        );
        if build.stderr != expected_build || build.code != 1 {
            return Some("`build` does not report what `check` reports".into());
        }
        if site.path("public").exists() {
            return Some("a failed build created output".into());
        }
    }
    problem
}

// Each rule's bad cases report it and its good cases do not; the full output of every case is
// what its expected.txt says. All failures are listed at once.
#[test]
fn rule_fixtures_report_exactly_what_is_expected() {
    let cases = rule_cases();
    assert!(cases.len() >= 20, "only {} rule cases", cases.len());
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(id, case)| run_case(id, case).map(|p| format!("{id}/{case}: {p}")))
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

// `--format json` prints every finding with its rule and location to stdout, for CI tools.
#[test]
fn check_prints_json_for_tools() {
    let outcome = SiteTest::rule_case("PS-S07", "bad-several-errors")
        .run(&["check", "--format", "json"])
        .fails_with(1);
    let doc: serde_json::Value = serde_json::from_str(&outcome.stdout).expect("valid JSON");
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["errors"], 2);
    let first = &doc["diagnostics"][0];
    assert_eq!(first["rule"], "PS-S07");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["location"]["file"], "content/policy.yaml");
    assert_eq!(first["location"]["line"], 17);
    assert_eq!(first["location"]["yaml_path"], "purposes[1].legal_basis");
    assert_eq!(first["hint"], "did you mean `contract`?");
    assert!(first["source"].as_str().is_some_and(|s| !s.is_empty()));
    assert_eq!(outcome.stderr, "", "nothing but JSON is printed");
}

// One run reports every structural mistake of every file, each once and at its line: a
// misspelt field in site.yaml; in policy.yaml a misspelt field, a list where a retention
// belongs, a misspelt field inside a retention and inside a recipient, a purpose without its
// id and title, a misspelt title (one finding, not also a missing one), and a field indented
// one level too little, whose hint says where it belongs.
#[test]
fn structural_errors_are_all_reported_at_once() {
    let site = SiteTest::example();
    let edit = |file: &str, from: &str, to: &str| {
        let text = site.read(file);
        assert!(text.contains(from), "{file} has {from:?}");
        site.write(file, &text.replacen(from, to, 1));
    };
    edit(
        "content/site.yaml",
        "default_language:",
        "default_langauge:",
    );
    edit(
        "content/policy.yaml",
        "  name: Zeepziederij",
        "  nmae: Zeepziederij",
    );
    edit(
        "content/policy.yaml",
        "retention: {days: 90, after: collection}",
        "retention: [90]",
    );
    edit(
        "content/policy.yaml",
        "retention: {years: 2,",
        "retention: {yeras: 2,",
    );
    edit(
        "content/policy.yaml",
        "    role: processor",
        "    rol: processor",
    );
    edit(
        "content/policy.yaml",
        "    title: {nl: Boekhouding",
        "    titel: {nl: Boekhouding",
    );
    edit(
        "content/policy.yaml",
        "  address: {street: Groenstraat 31, postal_code: \"2640\", city: Mortsel, country: BE}\n",
        "  address:\n    street: Groenstraat 31\n    postal_code: \"2640\"\n    city: Mortsel\n  country: BE\n",
    );
    let policy = site.read("content/policy.yaml");
    let (before, after) = policy
        .split_once("  - id: newsletter\n")
        .expect("the newsletter purpose");
    let (title, rest) = after
        .split_once("    description:")
        .expect("its description");
    assert!(title.trim_start().starts_with("title:"), "{title}");
    site.write(
        "content/policy.yaml",
        &format!("{before}  - description:{rest}"),
    );

    let outcome = site.run(&["check", "--format", "json"]).fails_with(1);
    let doc: serde_json::Value = serde_json::from_str(&outcome.stdout).expect("valid JSON");
    let found: Vec<(String, String, String, String)> = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let text = |v: &serde_json::Value| v.as_str().unwrap_or_default().to_owned();
            (
                text(&d["location"]["file"]),
                text(&d["location"]["yaml_path"]),
                text(&d["message"]),
                text(&d["hint"]),
            )
        })
        .collect();
    let count = |file: &str, path: &str, message: &str| {
        found
            .iter()
            .filter(|(f, p, m, _)| f == file && p.starts_with(path) && m.starts_with(message))
            .count()
    };
    let policy = "content/policy.yaml";
    for (file, path, message) in [
        (
            "content/site.yaml",
            "default_langauge",
            "unknown field `default_langauge`",
        ),
        (policy, "controller.nmae", "unknown field `nmae`"),
        (
            policy,
            "purposes[",
            "expected `indefinite`, a group of fields",
        ),
        (policy, "purposes[", "unknown field `yeras`"),
        (policy, "recipients[", "unknown field `rol`"),
        (policy, "purposes[", "the field `id` is missing"),
        (policy, "purposes[", "the field `title` is missing"),
        (policy, "controller.country", "unknown field `country`"),
        (
            policy,
            "controller.address",
            "the field `country` is missing",
        ),
        (policy, "purposes[", "unknown field `titel`"),
    ] {
        assert_eq!(
            count(file, path, message),
            1,
            "`{message}` once at {path}: {found:#?}"
        );
    }
    assert_eq!(found.len(), 10, "nothing else, nothing twice: {found:#?}");
    // A misspelt required field is one finding, not also a missing one.
    let misspelt = found
        .iter()
        .find(|(_, _, m, _)| m == "unknown field `titel`");
    assert_eq!(
        misspelt.map(|(_, _, _, hint)| hint.as_str()),
        Some("did you mean `title`? A `title` is required here, and none is written")
    );
    let misplaced = found
        .iter()
        .find(|(_, _, m, _)| m == "unknown field `country`")
        .map(|(_, _, _, hint)| hint.as_str());
    assert_eq!(
        misplaced,
        Some(
            "`controller.address` is missing a `country`: if this is it, indent it like the fields of `controller.address`"
        )
    );
    assert!(
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["location"]["line"].as_u64().is_some_and(|l| l > 0)),
        "every error has its line"
    );
}

// `--format sarif` names the value with the same path as the other formats, list positions
// counted from 1.
#[test]
fn check_prints_sarif_with_the_same_paths() {
    let outcome = SiteTest::rule_case("PS-S07", "bad-unknown-catalogue-key")
        .run(&["check", "--format", "sarif"])
        .fails_with(1);
    let doc: serde_json::Value = serde_json::from_str(&outcome.stdout).expect("valid JSON");
    let result = &doc["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "PS-S07");
    assert_eq!(
        result["locations"][0]["logicalLocations"][0]["fullyQualifiedName"],
        "purposes[1].legal_basis"
    );
}

// `--format github` prints one workflow command per finding, titled with the rule id, naming
// the value as every format does (list positions counted from 1: the first purpose is `[1]`).
#[test]
fn check_prints_github_annotations() {
    let outcome = SiteTest::rule_case("PS-S07", "bad-unknown-catalogue-key")
        .run(&["check", "--format", "github"])
        .fails_with(1);
    assert_eq!(
        outcome.stdout,
        "::error file=content/policy.yaml,line=17,endLine=17,col=18,title=PS-S07::`contrat` is not a known legal basis (in `purposes[1].legal_basis`). Hint: did you mean `contract`?\n"
    );
}

// With `--root site`, paths in messages and annotations start at where privasite was run, so
// GitHub places them on the right file.
#[test]
fn paths_are_relative_to_where_privasite_runs() {
    let site = SiteTest::rule_case("PS-S07", "bad-unknown-catalogue-key");
    let parent = site.root().parent().unwrap();
    let name = site.root().file_name().unwrap().to_str().unwrap();
    // `--root site`, and an absolute --root inside the current folder, which is shown from
    // the current folder too.
    let absolute = site.root().to_str().unwrap();
    for root in [name, absolute] {
        let outcome = site
            .run_in(parent, &["check", "--format", "github"], root)
            .fails_with(1);
        assert!(
            outcome
                .stdout
                .starts_with(&format!("::error file={name}/content/policy.yaml,line=17,")),
            "--root {root}: {}",
            outcome.stdout
        );
    }
    let human = site.run_in(parent, &["check"], name).fails_with(1);
    human.stderr_has(&format!("--> {name}/content/policy.yaml:17:18"));
    human.stderr_has("17 |     legal_basis: contrat");
}

// A missing content file is explained, not a crash.
#[test]
fn missing_content_is_explained() {
    let site = SiteTest::fixture("minimal");
    std::fs::remove_file(site.path("content/policy.yaml")).unwrap();
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has("cannot read content/policy.yaml: the file does not exist");
}

// Warnings do not stop the build, but are shown.
#[test]
fn warnings_are_shown_and_build_continues() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["controller"].as_object_mut().unwrap().remove("address");
    });
    let outcome = site.build();
    outcome.stderr_has("warning[PS-C20]: the controller has no postal address");
    assert!(site.path("public/nl/privacy/index.html").exists());
}

// A syntax error in a site's own translation file is located in that file, with the line.
#[test]
fn broken_translation_file_is_located() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "locales/en/custom.ftl",
        "page-privacy = Privacy\nbroken line without equals\n",
    );
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("error[PS-S15]: this translation file has a syntax error: the message name is not followed by `=` and its text");
    outcome.stderr_has("--> locales/en/custom.ftl:2:");
    outcome.stderr_has("2 | broken line without equals");
}

// A theme named in site.yaml must exist; privasite does not silently fall back to its own. The
// error points at the setting.
#[test]
fn missing_theme_is_an_error() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "content/site.yaml",
        "languages: [nl, fr, en]\ntheme: corporate\n",
    );
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has(
        "error[PS-S18]: there is no theme `corporate`: the folder themes/corporate does not exist",
    );
    outcome.stderr_has("--> content/site.yaml:2:8");
}

// Informal "je" or "tu" in an author's text is flagged: the built-in texts say "u" and "vous".
#[test]
fn informal_address_is_warned_about() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["description"] = json!({
            "nl": "Wij verwerken je bestelling snel.",
            "fr": "Nous traitons ta commande rapidement.",
            "en": "We process your order quickly.",
        });
    });
    let outcome = site.build();
    outcome.stderr_has(
        "warning[PS-W03]: \"je\" addresses the reader informally, but the rest of the site says \"u\"",
    );
    outcome.stderr_has(
        "warning[PS-W03]: \"ta\" addresses the reader informally, but the rest of the site says \"vous\"",
    );
    outcome.stderr_has("in `purposes[1].description.nl`");
}

// A policy dated long after privasite's adequacy list was verified gets a reminder to check it.
#[test]
fn stale_adequacy_list_is_warned_about() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["last_updated"] = json!("2026-12-01");
        p.as_object_mut().unwrap().remove("transfers");
        p["purposes"][0]["recipients"] = json!(["stats"]);
        p["recipients"] = json!([{
            "id": "stats",
            "name": "Kiwi Analytics Ltd",
            "role": "processor",
            "service": {"nl": "statistiek", "fr": "statistiques", "en": "statistics"},
            "country": "NZ",
            "transfer": {"mechanism": "adequacy"},
        }]);
    });
    let outcome = site.build();
    outcome.stderr_has("warning[PS-F07]: privasite's list of adequacy decisions was last verified on 2026-02-01, more than six months before this policy");
    outcome.stderr_has(
        "check on the European Commission's list that the decision for NZ still applies",
    );
}

// Text in any prose field is read by the wording and freshness rules, including fields a hand
// list once missed (automated decisions, joint controllers' arrangements).
#[test]
fn every_prose_field_is_linted() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["purposes"][0]["automated_decisions"] = json!({
            "logic": {"nl": "Volgens het Privacy Shield.", "fr": "Logique.", "en": "Logic."},
            "significance": {"nl": "Gevolg.", "fr": "Conséquence.", "en": "Significance."},
        });
    });
    let outcome = site.run(&["check"]).fails_with(1);
    outcome
        .stderr_has("error[PS-F02]: the text cites a Commission decision that the Court of Justice annulled: \"privacy shield\"");
    outcome.stderr_has("in `purposes[1].automated_decisions.logic.nl`");
}

// `site.yaml` can allow a rule; `--deny warnings` turns a warning into exit 1; an inline
// comment allows a rule for one value.
#[test]
fn rule_levels_can_be_configured() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["controller"].as_object_mut().unwrap().remove("address");
    });
    site.run(&["check"])
        .succeeds()
        .stderr_has("warning[PS-C20]");
    site.run(&["check", "--deny", "warnings"])
        .fails_with(1)
        .stderr_has("error[PS-C20]");
    site.run(&["check", "-A", "PS-C20"]).succeeds();
    assert_eq!(site.run(&["check", "-A", "PS-C20"]).stderr, "no errors\n");

    let text = site.read("content/policy.yaml");
    let text = text.replacen(
        "controller:",
        "# privasite: allow(PS-C20) the address is on the group's website\ncontroller:",
        1,
    );
    site.write("content/policy.yaml", &text);
    assert_eq!(site.run(&["check"]).succeeds().stderr, "no errors\n");

    site.write(
        "content/site.yaml",
        "languages: [nl, fr, en]\ncheck: {deny: [PS-C20], allow: [PS-X99]}\n",
    );
    site.run(&["check"])
        .fails_with(1)
        .stderr_has("error[PS-S07]: `PS-X99` is not a rule of privasite check");
}

// `check --explain` prints a rule's explanation with its source, like `rustc --explain`.
#[test]
fn explain_prints_the_rule() {
    let outcome = SiteTest::fixture("minimal")
        .run(&["check", "--explain", "PS-C04"])
        .succeeds();
    assert!(outcome.stdout.starts_with("PS-C04 (error): legitimate interests as a basis without the interest named\nSource: GDPR Art. 13(1)(d)"), "{}", outcome.stdout);
    assert!(outcome.stdout.contains("Wrong:") && outcome.stdout.contains("Right:"));
    SiteTest::fixture("minimal")
        .run(&["check", "--explain", "PS-C4"])
        .fails_with(2)
        .stderr_has("there is no rule `PS-C4`");
}

// docs/rules.md is generated from the registry and up to date.
#[test]
fn rules_page_is_up_to_date() {
    let page = privasite::check::rules::rules_page();
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    assert_matches_file(&page, &file);
}

// The example is written formally throughout and uses a current adequacy list: no warnings.
#[test]
fn example_has_no_warnings() {
    let outcome = SiteTest::example().run(&["check"]).succeeds();
    assert_eq!(outcome.stderr, "no errors\n");
}

// A broken template is located in its file in every output format, and the warnings found
// before rendering are still reported beside it.
#[test]
fn template_errors_are_located_and_warnings_kept() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["controller"].as_object_mut().unwrap().remove("address");
    });
    site.write(
        "themes/default/templates/faq.html",
        "{% extends \"base.html\" %}\n{% block content %}\n{{ t(key=\"no-such-message\") }}{% endblock %}",
    );
    let human = site.run(&["build"]).fails_with(1);
    human.stderr_has("warning[PS-C20]: the controller has no postal address");
    human.stderr_has("error[PS-S17]: the template faq.html could not be rendered");
    human.stderr_has("the message `no-such-message` does not exist in the `nl` translations");
    human.stderr_has("--> themes/default/templates/faq.html:3:");
    let github = site.run(&["check", "--format", "github"]).fails_with(1);
    assert!(
        github
            .stdout
            .contains("::error file=themes/default/templates/faq.html,line=3,endLine=3,col="),
        "{}",
        github.stdout
    );
    let json = site.run(&["check", "--format", "json"]).fails_with(1);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(doc["warnings"], 1);
    let template = doc["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["rule"] == "PS-S17")
        .expect("the template error");
    assert_eq!(
        template["location"]["file"],
        "themes/default/templates/faq.html"
    );
    assert_eq!(template["location"]["line"], 3);
}

// The loader stops at the first mistake it meets; a syntax error further down is reported in
// the same run, and an unknown catalogue key in an optional field is named as a key, with a
// suggestion, not as a value of the wrong kind.
#[test]
fn a_syntax_error_after_a_structural_one_is_reported_too() {
    let site = SiteTest::example();
    let policy = site.read("content/policy.yaml");
    let policy = policy
        .replacen("  name: Zeepziederij", "  nmae: Zeepziederij", 1)
        .replacen("after: last_order}", "after: last_orders}", 1);
    let (head, tail) = policy.split_at(policy.find("\nrecipients:").expect("recipients"));
    site.write(
        "content/policy.yaml",
        &format!("{head}\n  stray: [1]\n   bad: indent{tail}"),
    );
    let outcome = site.run(&["check", "--color", "never"]).fails_with(1);
    outcome.stderr_has("unknown field `nmae`");
    outcome.stderr_has("error[PS-S01]");
    outcome.stderr_has("2 error(s) found");

    let site = SiteTest::example();
    site.write(
        "content/policy.yaml",
        &site
            .read("content/policy.yaml")
            .replacen("  name: Zeepziederij", "  nmae: Zeepziederij", 1)
            .replacen("after: last_order}", "after: last_orders}", 1),
    );
    let outcome = site.run(&["check", "--color", "never"]).fails_with(1);
    outcome.stderr_has("`last_orders` is not one of the values allowed here");
    outcome.stderr_has("did you mean `last_order`?");
}

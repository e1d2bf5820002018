//! Malformed content: every case must fail with exit code 1, a located plain-language message
//! (checked in full against `expected.txt`), and no panic. Error messages are part of the
//! interface, so a change to one shows up here as a diff to review.

use crate::helpers::{SiteTest, assert_matches_file, fixtures};

fn check_case(case: &str) {
    let site = SiteTest::invalid(case);
    let outcome = site.run(&["check"]).fails_with(1);
    assert!(
        outcome.stderr.contains("  --> content/"),
        "no location in:\n{}",
        outcome.stderr
    );
    assert_matches_file(
        &outcome.stderr,
        &fixtures().join("invalid").join(case).join("expected.txt"),
    );
    // `build` reports the same problems and writes nothing.
    let build = site.run(&["build"]).fails_with(1);
    assert_eq!(build.stderr, outcome.stderr);
    assert!(
        !site.path("public").exists(),
        "a failed build must not create output"
    );
}

macro_rules! error_cases {
    ($($(#[$doc:meta])* $name:ident),+ $(,)?) => {
        $( $(#[$doc])* #[test] fn $name() { check_case(stringify!($name)); } )+
    };
}

error_cases! {
    /// An unclosed `[`: the parser's position plus a hint on the usual causes.
    yaml_syntax_error,
    /// `legal_bases` instead of `legal_basis`: unknown field with the right spelling suggested.
    unknown_field_typo,
    /// `years: one`: a number was expected, said without Rust type names.
    wrong_type,
    /// A title without its French text names the missing language.
    missing_translation,
    /// `legal_basis: contrat` suggests `contract`.
    unknown_catalogue_key,
    /// A KBO number with swapped digits fails the modulo-97 check.
    invalid_enterprise_number,
    /// Two purposes with the same id.
    duplicate_purpose_id,
    /// A purpose naming a recipient that is not defined.
    unknown_recipient_id,
    /// Legitimate interests without naming the interest (WP260 Annex).
    missing_legitimate_interest,
    /// "consent or legitimate_interests": one basis per purpose.
    two_legal_bases,
    /// A US recipient without a transfer mechanism.
    transfer_missing,
    /// A special category (health) without an Art. 9(2) condition.
    special_category_without_condition,
    /// 30 February.
    invalid_date,
    /// `retention` indented as if it belonged to the list, not the purpose.
    wrong_indentation,
    /// The same key twice in one map.
    duplicate_key,
    /// Prose citing the repealed 1992 privacy law.
    outdated_reference,
    /// Promising an answer in 45 days, beyond the one month of Art. 12(3).
    response_days_too_long,
    /// A period with nothing to count from.
    retention_without_after,
    /// The controller's required e-mail address left out.
    missing_field,
    /// A site language that has no translations.
    unknown_language,
    /// Two mistakes in one file are both reported in one run.
    several_errors,
    /// A rights contact that is not an e-mail address.
    invalid_email,
    /// A title written once instead of per language.
    prose_as_plain_text,
    /// `data: identification` where a list is expected.
    text_instead_of_list,
    /// A line indented with a tab.
    tab_indentation,
    /// A built-in category used by a purpose but not listed under `data_categories`.
    undeclared_data_category,
}

// `--format json` prints every finding with its location to stdout, for CI tools.
#[test]
fn check_prints_json_for_tools() {
    let outcome = SiteTest::invalid("several_errors")
        .run(&["check", "--format", "json"])
        .fails_with(1);
    let doc: serde_json::Value = serde_json::from_str(&outcome.stdout).expect("valid JSON");
    assert_eq!(doc["errors"], 2);
    let first = &doc["diagnostics"][0];
    assert_eq!(first["severity"], "error");
    assert_eq!(first["location"]["file"], "content/policy.yaml");
    assert_eq!(first["location"]["line"], 17);
    assert_eq!(first["location"]["yaml_path"], "purposes[0].legal_basis");
    assert_eq!(first["hint"], "did you mean `contract`?");
}

// `--format github` prints one workflow command per finding, which GitHub shows on the diff.
#[test]
fn check_prints_github_annotations() {
    let outcome = SiteTest::invalid("unknown_catalogue_key")
        .run(&["check", "--format", "github"])
        .fails_with(1);
    assert_eq!(
        outcome.stdout,
        "::error file=content/policy.yaml,line=17,col=18::`contrat` is not a known legal basis. Hint: did you mean `contract`?\n"
    );
}

// With `--root site`, paths in messages and annotations start at where privasite was run, so
// GitHub places them on the right file.
#[test]
fn paths_are_relative_to_where_privasite_runs() {
    let site = SiteTest::invalid("unknown_catalogue_key");
    let parent = site.root().parent().unwrap();
    let name = site.root().file_name().unwrap().to_str().unwrap();
    let outcome = site
        .run_in(parent, &["check", "--format", "github"], name)
        .fails_with(1);
    assert!(
        outcome.stdout.starts_with(&format!(
            "::error file={name}/content/policy.yaml,line=17,col=18::"
        )),
        "{}",
        outcome.stdout
    );
    let human = site.run_in(parent, &["check"], name).fails_with(1);
    human.stderr_has(&format!("--> {name}/content/policy.yaml:17:18"));
    human.stderr_has("17 |     legal_basis: contrat");
}

// A missing content folder is explained, not a crash.
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
    site.edit(
        "content/policy.yaml",
        "  address: {street: Kerkstraat 1, postal_code: \"3000\", city: Leuven, country: BE}\n",
        "",
    );
    let outcome = site.build();
    outcome.stderr_has("warning: the controller has no postal address");
    assert!(site.path("public/nl/privacy/index.html").exists());
}

// A syntax error in a site's own translation file is located in that file.
#[test]
fn broken_translation_file_is_located() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "locales/en/custom.ftl",
        "page-privacy = Privacy\nbroken line without equals\n",
    );
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("--> locales/en/custom.ftl:2:");
}

// A theme named in site.yaml must exist; privasite does not silently fall back to its own.
#[test]
fn missing_theme_is_an_error() {
    let site = SiteTest::fixture("minimal");
    site.write(
        "content/site.yaml",
        "languages: [nl, fr, en]\ntheme: corporate\n",
    );
    let outcome = site.run(&["build"]).fails_with(1);
    outcome.stderr_has("there is no theme `corporate`: the folder themes/corporate does not exist");
}

// Informal "je" or "tu" in an author's text is flagged: the built-in texts say "u" and "vous".
#[test]
fn informal_address_is_warned_about() {
    let site = SiteTest::fixture("minimal");
    site.edit(
        "content/policy.yaml",
        "      en: Orders\n",
        "      en: Orders\n    description:\n      nl: Wij verwerken je bestelling snel.\n      fr: Nous traitons ta commande rapidement.\n      en: We process your order quickly.\n",
    );
    let outcome = site.build();
    outcome.stderr_has(
        "warning: \"je\" addresses the reader informally, but the rest of the site says \"u\"",
    );
    outcome.stderr_has(
        "warning: \"ta\" addresses the reader informally, but the rest of the site says \"vous\"",
    );
    outcome.stderr_has("--> content/policy.yaml:17:11 (at `purposes[0].description.nl`)");
}

// A policy dated long after privasite's adequacy list was verified gets a reminder to check it.
#[test]
fn stale_adequacy_list_is_warned_about() {
    let site = SiteTest::fixture("minimal");
    site.edit(
        "content/policy.yaml",
        "last_updated: 2026-01-15",
        "last_updated: 2026-12-01",
    );
    site.edit(
        "content/policy.yaml",
        "    retention: {years: 1, after: last_order}\n",
        "    retention: {years: 1, after: last_order}\n    recipients: [stats]\nrecipients:\n  - id: stats\n    name: Kiwi Analytics Ltd\n    role: processor\n    service: {nl: statistiek, fr: statistiques, en: statistics}\n    country: NZ\n    transfer: {mechanism: adequacy}\n",
    );
    let outcome = site.build();
    outcome.stderr_has("privasite's list of adequacy decisions was last verified on 2026-02-01, more than six months before this policy");
    outcome.stderr_has(
        "check on the European Commission's list that the decision for NZ still applies",
    );
}

// The example is written formally throughout and uses a current adequacy list: no warnings.
#[test]
fn example_has_no_warnings() {
    let outcome = crate::helpers::SiteTest::example()
        .run(&["check"])
        .succeeds();
    assert_eq!(outcome.stderr, "no errors\n");
}

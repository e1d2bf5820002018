//! Versions: the archive of published versions, the changelog and redline between them, the
//! feed, `new-version`, `diff`, and the checks that keep an archived version as it was.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use crate::helpers::{SiteTest, visible_text};

const OLD: &str = "2025-06-01";
const NEW: &str = "2026-01-15";

/// The minimal site with one archived version (the fixture with `before` applied, dated
/// [`OLD`]) and a current one (`after` applied on top, dated [`NEW`]).
fn versions(before: impl FnOnce(&mut Value), after: impl FnOnce(&mut Value)) -> SiteTest {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["last_updated"] = json!(OLD);
        before(p);
    });
    std::fs::create_dir_all(site.path("content/history")).unwrap();
    std::fs::copy(
        site.path("content/policy.yaml"),
        site.path(&format!("content/history/{OLD}.yaml")),
    )
    .unwrap();
    site.policy(|p| {
        p["last_updated"] = json!(NEW);
        after(p);
    });
    site
}

/// The changelog of the changes page from [`OLD`] to [`NEW`] in `lang`, one string per item.
fn changelog(site: &SiteTest, lang: &str) -> Vec<String> {
    // A draft: a test edit may leave the policy incomplete in ways that do not matter here.
    site.run(&["build", "--draft"]).succeeds();
    let html = site.read(&format!(
        "public/{lang}/privacy/changes/{OLD}_{NEW}/index.html"
    ));
    let Some((_, list)) = html.split_once("<ul class=\"changelog\">") else {
        return Vec::new();
    };
    let list = list.split("</ul>").next().unwrap_or_default();
    list.split("<li>")
        .skip(1)
        .map(|item| {
            // The link's own words ("See") are not part of the change.
            let item = item.split(" <a href").next().unwrap_or(item);
            visible_text(item).trim().to_owned()
        })
        .collect()
}

fn has(items: &[String], expected: &str) {
    assert!(
        items.iter().any(|i| i == expected),
        "no {expected:?} in {items:#?}"
    );
}

fn purpose(id: &str, basis: &str) -> Value {
    json!({
        "id": id,
        "title": {"nl": "Nieuwsbrief", "fr": "Lettre d’information", "en": "Newsletter"},
        "data": ["contact"],
        "legal_basis": basis,
        "retention": {"years": 2, "after": "last_contact"},
        "recipients": "none",
        "provision": {"requirement": "voluntary"},
    })
}

fn recipient(id: &str, name: &str, role: &str, country: &str) -> Value {
    json!({
        "id": id,
        "name": name,
        "role": role,
        "service": {"nl": "verzending", "fr": "envoi", "en": "sending"},
        "country": country,
    })
}

fn cookie(name: &str, category: &str, months: u32) -> Value {
    json!({
        "name": name,
        "kind": "http_cookie",
        "provider": "first_party",
        "category": category,
        "purpose": {"nl": "onthoudt", "fr": "mémorise", "en": "remembers"},
        "duration": {"months": months},
    })
}

fn purposes(p: &mut Value) -> &mut Vec<Value> {
    p["purposes"].as_array_mut().unwrap()
}

// A purpose added and one removed, in the page's own words, in all three languages.
#[test]
fn purposes_added_and_removed() {
    let site = versions(
        |p| purposes(p).push(purpose("contest", "consent")),
        |p| {
            purposes(p).retain(|x| x["id"] != "contest");
            let mut news = purpose("newsletter", "consent");
            news["title"] = json!({"nl": "Nieuwsbrief", "fr": "Lettre d’information", "en": "Monthly newsletter"});
            purposes(p).push(news);
        },
    );
    let en = changelog(&site, "en");
    has(
        &en,
        "New purpose: “Monthly newsletter”, based on your consent.",
    );
    has(&en, "The purpose “Newsletter” was removed.");
    has(
        &changelog(&site, "nl"),
        "Nieuw doeleinde: “Nieuwsbrief”, op grond van uw toestemming.",
    );
    has(
        &changelog(&site, "fr"),
        "Nouvelle finalité : « Lettre d’information », fondée sur votre consentement.",
    );
}

// A renamed purpose, a new legal basis and legitimate interest, a new retention period.
#[test]
fn a_purpose_renamed_rebased_and_kept_longer() {
    let site = versions(
        |p| {
            let mut news = purpose("newsletter", "legitimate_interests");
            news["legitimate_interest"] = json!({"nl": "Klanten informeren.", "fr": "Informer nos clients.", "en": "Informing our customers."});
            purposes(p).push(news);
        },
        |p| {
            let news = &mut purposes(p)[1];
            news["title"]["en"] = json!("News by e-mail");
            news["legal_basis"] = json!("consent");
            news.as_object_mut().unwrap().remove("legitimate_interest");
            news["retention"] = json!({"years": 1, "after": "last_contact"});
        },
    );
    let en = changelog(&site, "en");
    has(
        &en,
        "The purpose “Newsletter” is now called “News by e-mail”.",
    );
    has(
        &en,
        "“News by e-mail”: the legal basis changed from legitimate interests to your consent.",
    );
    has(
        &en,
        "“News by e-mail”: the description of our legitimate interest was changed.",
    );
    has(
        &en,
        "“News by e-mail”: the retention period changed from 2 years to 1 year after our last contact with you.",
    );
}

// Data categories added to and removed from a purpose.
#[test]
fn data_of_a_purpose() {
    let site = versions(
        |_| {},
        |p| {
            purposes(p)[0]["data"] = json!(["contact", "orders"]);
            p["data_categories"] = json!(["identification", "contact", "orders"]);
        },
    );
    let en = changelog(&site, "en");
    has(&en, "“Orders” now also uses: order data.");
    has(&en, "“Orders” no longer uses: identification data.");
    has(&en, "New categories of personal data: order data.");
}

// A recipient added says what it is, where, and under which safeguard; one removed; a role
// and a country changed; a safeguard changed.
#[test]
fn recipients_added_removed_and_changed() {
    let site = versions(
        |p| {
            p.as_object_mut().unwrap().remove("transfers");
            let mut helpdesk = recipient("helpdesk", "Helpdeskly Ltd", "processor", "IN");
            helpdesk["transfer"] = json!({"mechanism": "derogation"});
            p["recipients"] = json!([
                recipient("printer", "Drukkerij Van Damme BV", "processor", "BE"),
                recipient("accountant", "Boekhouding BV", "controller", "NL"),
                helpdesk,
            ]);
            purposes(p)[0]["recipients"] = json!(["printer", "accountant", "helpdesk"]);
        },
        |p| {
            let rs = p["recipients"].as_array_mut().unwrap();
            rs.retain(|r| r["id"] != "printer");
            rs[0]["role"] = json!("processor");
            rs[0]["country"] = json!("BE");
            rs[1]["transfer"] = json!({"mechanism": "scc", "decision": "2021/914", "module": 2});
            let mut mailer = recipient("mailer", "Mailer Inc.", "processor", "US");
            mailer["transfer"] =
                json!({"mechanism": "dpf", "decision": "2023/1795", "checked_on": "2026-01-02"});
            rs.push(mailer);
            purposes(p)[0]["recipients"] = json!(["accountant", "helpdesk", "mailer"]);
        },
    );
    let en = changelog(&site, "en");
    has(
        &en,
        "New recipient: Mailer Inc., as a processor, in the United States, under the EU-US Data Privacy Framework.",
    );
    // A name that ends with a full stop does not get a second one.
    has(&en, "“Orders”: new recipients: Mailer Inc.");
    has(
        &en,
        "Drukkerij Van Damme BV no longer receives your personal data.",
    );
    has(
        &en,
        "Boekhouding BV: the role changed from independent controller to processor (acts on our instructions).",
    );
    has(
        &en,
        "Boekhouding BV: the country changed from the Netherlands to Belgium.",
    );
    has(
        &en,
        "Helpdeskly Ltd: the safeguard for the transfer changed from derogation for a specific situation to standard contractual clauses.",
    );
    has(
        &changelog(&site, "nl"),
        "Nieuwe ontvanger: Mailer Inc., als verwerker, in de Verenigde Staten, op grond van het EU-VS-kader voor gegevensbescherming.",
    );
}

// Cookies added and removed, moved to another category, kept for another time; the cookie
// changes also have a changes page of the cookie policy.
#[test]
fn cookies_added_removed_and_changed() {
    let site = versions(
        |p| {
            p["cookies"] = json!([
                cookie("session", "strictly_necessary", 1),
                cookie("lang", "preferences", 12),
                cookie("old_ad", "marketing", 3),
            ]);
        },
        |p| {
            let cs = p["cookies"].as_array_mut().unwrap();
            cs.retain(|c| c["name"] != "old_ad");
            cs[0]["duration"] = json!({"months": 6});
            cs[1]["category"] = json!("strictly_necessary");
            cs.push(cookie("basket", "strictly_necessary", 1));
        },
    );
    let en = changelog(&site, "en");
    has(&en, "New cookie: basket (strictly necessary cookies).");
    has(&en, "The cookie old_ad is no longer used.");
    has(
        &en,
        "The cookie lang moved from preference cookies to strictly necessary cookies.",
    );
    has(
        &en,
        "The cookie session: the duration changed from 1 month to 6 months.",
    );
    let cookie_changes =
        visible_text(&site.read(&format!("public/en/cookies/changes/{OLD}_{NEW}/index.html")));
    assert!(cookie_changes.contains("New cookie: basket"));
    assert!(!cookie_changes.contains("“Orders”"), "only cookie changes");
}

// The controller's contact details, the DPO, the authority, the rights, reworded prose.
#[test]
fn contacts_rights_and_prose() {
    let site = versions(
        |_| {},
        |p| {
            p["controller"]["email"] = json!("privacy@bakkerij-janssens.be");
            p["dpo"] = json!({"name": "An Peeters", "email": "dpo@bakkerij-janssens.be"});
            p["supervisory_authority"] = json!({
                "name": {"nl": "GBA", "fr": "APD", "en": "DPA"},
                "website": "https://www.dataprotectionauthority.be",
            });
            p["rights"]["response_days"] = json!(20);
            purposes(p)[0]["description"] =
                json!({"nl": "Wij bakken.", "fr": "Nous cuisons.", "en": "We bake."});
        },
    );
    let en = changelog(&site, "en");
    has(&en, "Our details were changed: e-mail.");
    has(
        &en,
        "The information on our data protection officer was changed.",
    );
    has(
        &en,
        "The information on the supervisory authority was changed.",
    );
    has(&en, "The information on your rights was changed.");
    has(&en, "“Orders”: the description was reworded.");
}

// Reordering purposes, recipients and cookies changes nothing.
#[test]
fn a_reorder_is_no_change() {
    let site = versions(
        |p| {
            purposes(p).push(purpose("newsletter", "consent"));
            p["cookies"] = json!([
                cookie("a", "strictly_necessary", 1),
                cookie("b", "strictly_necessary", 2)
            ]);
        },
        |p| {
            purposes(p).reverse();
            p["cookies"].as_array_mut().unwrap().reverse();
        },
    );
    assert_eq!(changelog(&site, "en"), Vec::<String>::new());
    let page =
        visible_text(&site.read(&format!("public/en/privacy/changes/{OLD}_{NEW}/index.html")));
    assert!(page.contains("Nothing changed in substance"));
}

// The redline marks a changed sentence with <del> and <ins>, each announced in words, and folds
// the sections that did not change.
#[test]
fn the_redline_shows_what_moved() {
    let site = versions(
        |_| {},
        |p| {
            purposes(p)[0]["retention"] = json!({"years": 3, "after": "last_order"});
        },
    );
    site.run(&["build", "--draft"]).succeeds();
    let html = site.read(&format!("public/en/privacy/changes/{OLD}_{NEW}/index.html"));
    assert!(html.contains(
        "<del><span class=\"visually-hidden\">[removed: </span>1 year<span class=\"visually-hidden\"> end]</span></del>"
    ), "{html}");
    assert!(html.contains("<ins><span class=\"visually-hidden\">[added: </span>3 years"));
    assert!(html.contains("<details class=\"unchanged\">"));
}

// An archived version is marked as such on screen, in print and for screen readers, keeps out
// of search engines, and links to the current version; its links and stylesheet work at its
// depth.
#[test]
fn an_archived_page_says_it_is_not_current() {
    let site = SiteTest::example();
    site.build();
    let html = site.read("public/nl/privacy/2025-03-01/index.html");
    assert!(html.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    assert!(html.contains(r#"<p class="archived-banner" role="note"><strong>Dit is de versie van 1 maart 2025. Ze is niet meer van kracht.</strong> <a href="../">Lees de huidige versie</a></p>"#), "{html}");
    assert!(html.contains(r#"<link rel="stylesheet" href="../../../style.css">"#));
    assert!(html.contains(r#"<a href="../../../fr/privacy/2025-03-01/" hreflang="fr""#));
    assert!(html.contains(r#"<meta name="policy-version" content="2025-03-01">"#));
    // Its cookie section links to the cookie policy in force on its date.
    assert!(
        html.contains(r#"<a href="../../cookies/2025-03-01/">"#),
        "cookie link"
    );
    let css = site.read("public/style.css");
    let print = css.split("@media print").nth(1).unwrap();
    assert!(
        !print.split('}').next().unwrap().contains("archived-banner"),
        "hidden in print"
    );
    // The current page is indexed, names its version and hash, and links to the archive.
    let current = site.read("public/nl/privacy/index.html");
    assert!(!current.contains("noindex"));
    assert!(current.contains(r#"<meta name="policy-version" content="2026-03-01">"#));
    assert!(current.contains(r#"<meta name="policy-hash" content="sha256:"#));
    assert!(current.contains(r#"<a href="../privacy/changes/2025-03-01_2026-03-01/">"#));
    assert!(current.contains(r#"<a href="../privacy/versions/">Alle versies</a>"#));
}

// policy.json names the version and its content hash, the hash of the file as published: the
// archived copy of a version has the hash its pages carried.
#[test]
fn the_version_hash_is_the_files_hash() {
    use sha2::{Digest, Sha256};
    let site = SiteTest::example();
    site.build();
    let doc: Value = serde_json::from_str(&site.read("public/policy.json")).unwrap();
    assert_eq!(doc["version"]["id"]["value"], "2026-03-01");
    let bytes = std::fs::read(site.path("content/policy.yaml")).unwrap();
    let hex: String = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(doc["version"]["hash"], format!("sha256:{hex}"));
    let archived = std::fs::read(site.path("content/history/2025-03-01.yaml")).unwrap();
    let hex: String = Sha256::digest(&archived)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let page = site.read("public/en/privacy/2025-03-01/index.html");
    assert!(page.contains(&format!(
        r#"<meta name="policy-hash" content="sha256:{hex}">"#
    )));
}

// Each language has an Atom feed: valid XML, one entry per version, newest first, each with a
// link to what changed; every page points at it.
#[test]
fn the_feed_has_one_entry_per_version() {
    let site = SiteTest::example();
    site.build();
    let xml = site.read("public/fr/feed.xml");
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    let entries: Vec<_> = feed
        .children()
        .filter(|n| n.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 3);
    let updated: Vec<&str> = entries
        .iter()
        .map(|e| {
            e.children()
                .find(|n| n.has_tag_name("updated"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    assert_eq!(
        updated,
        [
            "2026-03-01T00:00:00Z",
            "2025-03-01T00:00:00Z",
            "2024-05-01T00:00:00Z"
        ]
    );
    let link = entries[0]
        .children()
        .find(|n| n.has_tag_name("link"))
        .unwrap()
        .attribute("href")
        .unwrap();
    assert_eq!(
        link,
        "https://privacy.zeepdelinde.be/fr/privacy/changes/2025-03-01_2026-03-01/"
    );
    let ids: std::collections::BTreeSet<_> = entries
        .iter()
        .map(|e| {
            e.children()
                .find(|n| n.has_tag_name("id"))
                .unwrap()
                .text()
                .unwrap()
        })
        .collect();
    assert_eq!(ids.len(), 3, "ids are unique");
    let page = site.read("public/fr/cookies/index.html");
    assert!(
        page.contains(r#"<link rel="alternate" type="application/atom+xml" href="../feed.xml""#)
    );
}

// `new-version` archives the file byte for byte, records its fingerprints, and changes only the
// date line of policy.yaml: comments and layout survive. The next build has nothing to report
// about the archive.
#[test]
fn new_version_round_trip() {
    let site = SiteTest::fixture("minimal");
    let before = site.read("content/policy.yaml");
    let before = before.replace(
        "last_updated: 2026-01-15",
        "last_updated: '2026-01-15'  # the date it was published",
    );
    site.write(
        "content/policy.yaml",
        &format!("# An editor's note at the top.\n{before}"),
    );
    let published = site.read("content/policy.yaml");
    site.run(&["new-version", "--date", "2026-09-01"])
        .succeeds()
        .stderr_has("archived the published version as content/history/2026-01-15.yaml");
    assert_eq!(site.read("content/history/2026-01-15.yaml"), published);
    assert_eq!(
        site.read("content/policy.yaml"),
        published.replace("'2026-01-15'", "'2026-09-01'")
    );
    let frozen = site.read("content/history/2026-01-15.frozen.yaml");
    for page in ["en/privacy:", "fr/privacy:", "nl/privacy:", "nl/cookies:"] {
        assert!(frozen.contains(page), "{page} in {frozen}");
    }
    let outcome = site.run(&["check"]).succeeds();
    outcome.stderr_lacks("PS-V");
    assert!(
        site.path("content/history/2026-01-15.frozen.yaml")
            .is_file()
    );
    // Archiving again under a date that is not later is refused, and nothing is written.
    let outcome = site
        .run(&["new-version", "--date", "2026-08-01"])
        .fails_with(2);
    outcome.stderr_has("must come after the current version's, 2026-09-01");
    assert!(!site.path("content/history/2026-09-01.yaml").exists());
}

// A version that does not build is not archived.
#[test]
fn new_version_refuses_a_policy_with_errors() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| p["purposes"][0]["legal_basis"] = json!("contrat"));
    let outcome = site
        .run(&["new-version", "--date", "2026-09-01"])
        .fails_with(1);
    outcome.stderr_has("the version is archived only once it builds without errors");
    assert!(!site.path("content/history").exists());
}

/// `git` in `dir`, asserting success.
fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(
        output.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn git_repo(site: &SiteTest) {
    git(site.root(), &["init", "-q", "-b", "main"]);
    git(site.root(), &["add", "."]);
    git(site.root(), &["commit", "-q", "-m", "published"]);
}

// `diff git:REV` compares the policy with a committed one: the changelog and the changed
// lines, exit 1; the same policy, exit 0. Markdown for a pull-request comment.
#[test]
fn diff_against_a_git_revision() {
    let site = SiteTest::fixture("minimal");
    git_repo(&site);
    site.run(&["diff", "git:HEAD", "current"]).succeeds();
    site.policy(|p| {
        p["last_updated"] = json!("2026-06-01");
        p["purposes"][0]["retention"] = json!({"years": 3, "after": "last_order"});
    });
    let outcome = site
        .run(&["diff", "git:HEAD", "current", "--lang", "en"])
        .fails_with(1);
    assert!(
        outcome.stdout.contains(
            "“Orders”: the retention period changed from 1 year to 3 years after your last order."
        ),
        "{}",
        outcome.stdout
    );
    assert!(
        outcome.stdout.contains("[-1 year-]{+3 years+}"),
        "{}",
        outcome.stdout
    );
    assert!(
        !outcome.stdout.contains('\u{1b}'),
        "no colour when not a terminal"
    );
    let md = site
        .run(&["diff", "git:HEAD", "--lang", "nl", "--format", "markdown"])
        .fails_with(1);
    assert!(md.stdout.starts_with("### "), "{}", md.stdout);
    assert!(
        md.stdout
            .contains("~~1~~**3** jaar na uw laatste bestelling"),
        "{}",
        md.stdout
    );
    assert!(
        md.stdout.contains("→ huidige versie (2026-06-01)"),
        "{}",
        md.stdout
    );
    let unknown = site.run(&["diff", "git:no-such-branch"]).fails_with(2);
    unknown.stderr_has("could not be read at git revision `no-such-branch`");
}

// Inside a git work tree, a change in substance under the published date is a forgotten date;
// `--since` compares with another revision.
#[test]
fn a_forgotten_date_is_reported() {
    let site = SiteTest::fixture("minimal");
    git_repo(&site);
    site.run(&["check"]).succeeds().stderr_lacks("PS-V06");
    site.policy(|p| p["purposes"][0]["retention"] = json!({"years": 3, "after": "last_order"}));
    let outcome = site.run(&["check"]).succeeds();
    outcome.stderr_has("warning[PS-V06]: the policy changed since HEAD (1 change(s)), but it is still dated 2026-01-15");
    outcome.stderr_has("content/policy.yaml:");
    site.policy(|p| p["last_updated"] = json!("2026-02-01"));
    site.run(&["check"]).succeeds().stderr_lacks("PS-V06");
    git(site.root(), &["commit", "-qam", "second"]);
    site.run(&["check", "--since", "HEAD~1"])
        .succeeds()
        .stderr_lacks("PS-V06");
}

// A reworded built-in sentence changes an archived page: `check` warns, and in a git work
// tree shows what moved, from the text the version was archived with.
#[test]
fn an_archived_page_that_would_read_differently_is_reported() {
    let site = SiteTest::fixture("minimal");
    git_repo(&site);
    site.run(&["new-version", "--date", "2026-09-01"])
        .succeeds();
    git(site.root(), &["add", "."]);
    git(site.root(), &["commit", "-qm", "new version"]);
    site.run(&["check"]).succeeds().stderr_lacks("PS-V05");
    site.write(
        "locales/en/site.ftl",
        "rights-intro = You may have some rights regarding your personal data.\n",
    );
    let outcome = site.run(&["check"]).succeeds();
    outcome.stderr_has("warning[PS-V05]: the archived page en/privacy of 2026-01-15 would now read differently than when it was published, in: rights");
    outcome.stderr_has("[-have the following-]{+may have some+} rights");
    outcome.stderr_lacks("nl/privacy");
}

// A version that changes the privacy text but not the cookies keeps the earlier cookie
// version as the current cookie page, and that page does not show the new version's "what
// changed": those changes are not about the cookies it shows.
#[test]
fn a_cookie_page_shows_only_its_own_change_summary() {
    let summary = json!({"nl": "Nieuw: een doeleinde voor de nieuwsbrief.", "en": "New: a purpose for the newsletter.", "fr": "Nouveau : une finalité pour la lettre d'information."});
    let site = versions(
        |_| {},
        |p| {
            p["change_summary"] = summary.clone();
            purposes(p).push(purpose("newsletter", "consent"));
        },
    );
    site.build();
    let privacy = site.read("public/en/privacy/index.html");
    assert!(privacy.contains("New: a purpose for the newsletter."));
    let cookies = site.read("public/en/cookies/index.html");
    assert!(
        !cookies.contains("New: a purpose for the newsletter."),
        "the cookie page shows another version's summary"
    );
}

//! Hostile input. A corpus of injection vectors put in every text and address field of the
//! example must leave nothing live in the HTML, the JSON-LD, the Atom feed or `policy.json`; and
//! property-based fuzzing of load → check → render (random YAML-shaped values in random places,
//! random edits of the YAML text) must never panic, and every finding it produces must be
//! located and in plain words.
//!
//! The fuzz tests run 40 cases each by default so `cargo test` stays quick; set
//! `PROPTEST_CASES=5000` for a longer run.

use std::path::Path;

use proptest::prelude::*;
use serde_json::Value;

use crate::helpers::{SiteTest, repo};

/// Ways to put markup, script or a request to another site into a page, or to hide text on a
/// terminal, grown from the issue's list and the OWASP XSS filter evasion cheat sheet.
const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<!--<script>",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "\"><svg onload=alert(1)>",
    "'><svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "[x](javascript:alert(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "![x](https://tracker.example/p.gif)",
    "![x](//tracker.example/p.gif)",
    "<iframe src=https://evil.example></iframe>",
    "<a href=\"https://evil.example\" onclick=\"x()\">x</a>",
    "<style>body{display:none}</style>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
    "<base href=https://evil.example/>",
    "<form action=https://evil.example><button>x</button></form>",
    "<object data=x></object><embed src=x>",
    "]]></content><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "{{ config }}{% raw %}",
    "{ $name } { -brand }",
    "\u{1b}[31mred\u{1b}[0m",
    "line\rreturn",
    "\u{202e}txt.exe",
    "\u{2028}\u{2029}",
    "```\n<script>alert(1)</script>\n```",
];

/// What may never appear in a built HTML page, lower-cased. The built pages carry no script but
/// the FAQ's JSON-LD, load nothing from another origin and have no inline event handlers.
fn live_markup(html: &str) -> Option<String> {
    let lower = html.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("<script") {
        let tail = &rest[i..];
        if !tail.starts_with("<script type=\"application/ld+json\">") {
            return Some(excerpt(tail));
        }
        let body_start = "<script type=\"application/ld+json\">".len();
        let end = tail.find("</script>")?;
        if serde_json::from_str::<Value>(&tail[body_start..end]).is_err() {
            return Some(format!("JSON-LD cut short: {}", excerpt(&tail[..end])));
        }
        rest = &tail[end..];
    }
    let forbidden = [
        "<iframe", "<object", "<embed", "<base", "<form", "<style", "<svg",
    ];
    if let Some(word) = forbidden.iter().find(|w| lower.contains(*w)) {
        let i = lower.find(word).unwrap_or(0);
        return Some(excerpt(&lower[i..]));
    }
    // Inside every tag: no event handler, no link or source with a script scheme, and
    // stylesheets and pictures from the site itself.
    for tag in tags(&lower) {
        for (name, value) in &tag.attributes {
            let value = value.trim_start();
            let scheme_live = ["javascript:", "vbscript:", "data:text"]
                .iter()
                .any(|s| value.starts_with(s));
            let remote = value.starts_with("http:")
                || value.starts_with("https:")
                || value.starts_with("//");
            // The one `http-equiv` is the page's own content security policy.
            let redirect = name == "http-equiv" && value != "content-security-policy";
            if name.starts_with("on")
                || redirect
                || (matches!(name.as_str(), "href" | "src" | "action" | "formaction")
                    && scheme_live)
                || (name == "src" && remote)
                || (tag.name == "link"
                    && name == "href"
                    && remote
                    && tag
                        .attributes
                        .iter()
                        .any(|(n, v)| n == "rel" && v.contains("stylesheet")))
            {
                return Some(format!("<{} {name}={value:?}>", tag.name));
            }
        }
    }
    None
}

struct Tag {
    name: String,
    attributes: Vec<(String, String)>,
}

/// The start tags of an HTML page with their attributes, read as a browser reads them (quoted
/// and unquoted values; text and comments skipped). Enough for pages privasite writes.
fn tags(html: &str) -> Vec<Tag> {
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r);
            continue;
        }
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if name.is_empty() {
            continue;
        }
        rest = &rest[name.len()..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let attr: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && !matches!(c, '=' | '>' | '/'))
                .collect();
            rest = &rest[attr.len()..];
            let mut value = String::new();
            if let Some(after) = rest.trim_start().strip_prefix('=') {
                let after = after.trim_start();
                let (v, r) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => after[1..].split_once(q).unwrap_or((&after[1..], "")),
                    _ => {
                        let end = after
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        after.split_at(end)
                    }
                };
                value = v.to_owned();
                rest = r;
            }
            if attr.is_empty() {
                rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
            } else {
                attributes.push((attr, value));
            }
        }
        found.push(Tag { name, attributes });
    }
    found
}

fn excerpt(text: &str) -> String {
    text.chars().take(120).collect()
}

/// Asserts that no output file of a built site carries live markup.
fn assert_nothing_live(out: &Path, vector: &str) {
    let mut checked = 0;
    for (path, bytes) in crate::helpers::tree(out) {
        let text = String::from_utf8_lossy(&bytes);
        if path.ends_with(".html") {
            if let Some(found) = live_markup(&text) {
                panic!("{vector:?} is live in {path}: {found}");
            }
        } else if path.ends_with(".xml") {
            let feed = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{vector:?} broke the feed {path}: {e}"));
            for node in feed.descendants().filter(|n| n.is_element()) {
                for attr in node.attributes() {
                    let value = attr.value().to_lowercase();
                    assert!(
                        !value.trim_start().starts_with("javascript:")
                            && !value.trim_start().starts_with("data:"),
                        "{vector:?} is a live link in {path}"
                    );
                }
            }
        } else if path.ends_with(".json") {
            serde_json::from_str::<Value>(&text)
                .unwrap_or_else(|e| panic!("{vector:?} broke {path}: {e}"));
        } else {
            continue;
        }
        checked += 1;
    }
    assert!(checked > 30, "only {checked} files were built");
}

/// Every string leaf of `value`, with its key (the last object key on its path).
fn for_each_string(value: &mut Value, key: &str, f: &mut dyn FnMut(&str, &mut String)) {
    match value {
        Value::String(s) => f(key, s),
        Value::Array(items) => items.iter_mut().for_each(|v| for_each_string(v, key, f)),
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                for_each_string(v, k, f);
            }
        }
        _ => {}
    }
}

/// Fields that hold the author's text or an address, as opposed to ids, keys and dates.
fn is_text_field(key: &str) -> bool {
    matches!(key, "nl" | "fr" | "en") || is_free_field(key)
}

fn is_free_field(key: &str) -> bool {
    matches!(
        key,
        "name"
            | "website"
            | "url"
            | "email"
            | "street"
            | "city"
            | "phone"
            | "contact"
            | "legal_form"
    )
}

// Every vector in every text field at once, then in every address and name field: the draft
// renders even what `check` refuses, so this is the widest door a vector could find.
#[test]
fn injection_vectors_leave_nothing_live() {
    let site = SiteTest::example();
    let original = site.read("content/policy.yaml");
    for vector in VECTORS {
        for replace_free_fields in [false, true] {
            site.write("content/policy.yaml", &original);
            site.policy(|p| {
                for_each_string(p, "", &mut |key, text| {
                    if replace_free_fields && is_free_field(key) {
                        *text = (*vector).to_owned();
                    } else if is_text_field(key) {
                        text.push(' ');
                        text.push_str(vector);
                    }
                })
            });
            let _ = std::fs::remove_dir_all(site.path("public"));
            if vector.contains('\u{202e}') {
                // A bidirectional override written as is: refused as the file is read.
                let outcome = site.run(&["build", "--draft"]).fails_with(1);
                outcome.stderr_has("an invisible character (U+202E)");
                continue;
            }
            site.run(&["build", "--draft"]).succeeds();
            assert_nothing_live(&site.path("public"), vector);
        }
    }
}

/// The minimal site's policy as a JSON value, and the names of every field in the example
/// (fuzzed keys are mostly real ones, so values reach deep into the checker).
fn seeds() -> (Value, Vec<String>) {
    let minimal =
        std::fs::read_to_string(repo().join("tests/fixtures/minimal/content/policy.yaml"))
            .expect("minimal policy");
    let example =
        std::fs::read_to_string(repo().join("content/policy.yaml")).expect("example policy");
    let example: Value = serde_saphyr::from_str(&example).expect("example parses");
    let mut keys = std::collections::BTreeSet::new();
    collect_keys(&example, &mut keys);
    (
        serde_saphyr::from_str(&minimal).expect("minimal parses"),
        keys.into_iter().collect(),
    )
}

fn collect_keys(value: &Value, keys: &mut std::collections::BTreeSet<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| collect_keys(v, keys)),
        Value::Object(map) => {
            for (k, v) in map {
                keys.insert(k.clone());
                collect_keys(v, keys);
            }
        }
        _ => {}
    }
}

fn arb_key(keys: Vec<String>) -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(keys),
        1 => "[a-z_]{1,12}",
        1 => "\\PC{0,8}",
    ]
}

fn arb_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1e12f64..1e12).prop_map(Value::from),
        "\\PC{0,30}".prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::String),
        proptest::sample::select(VECTORS).prop_map(|v| Value::String(v.to_owned())),
    ]
}

fn arb_value(keys: Vec<String>) -> impl Strategy<Value = Value> {
    arb_leaf().prop_recursive(3, 24, 4, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(arb_key(keys.clone()), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the node at `choice` (an index into a pre-order walk) with `new`, or, for an
/// object, adds `new` under `key`.
fn graft(doc: &mut Value, choice: usize, key: &str, new: Value) {
    fn walk(v: &mut Value, n: &mut usize, key: &str, new: &mut Option<Value>) {
        if new.is_none() {
            return;
        }
        if *n == 0 {
            match v {
                Value::Object(map) if key.len().is_multiple_of(2) => {
                    map.insert(key.to_owned(), new.take().unwrap_or_default());
                }
                _ => *v = new.take().unwrap_or_default(),
            }
            return;
        }
        *n -= 1;
        match v {
            Value::Array(items) => items.iter_mut().for_each(|c| walk(c, n, key, new)),
            Value::Object(map) => map.values_mut().for_each(|c| walk(c, n, key, new)),
            _ => {}
        }
    }
    let mut n = choice;
    walk(doc, &mut n, key, &mut Some(new));
}

fn fuzz_config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(40),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Words of a Rust program's insides that an author must never read in a finding.
const INTERNALS: &[&str] = &[
    "Some(",
    "None",
    "Option<",
    "Vec<",
    "String,",
    "ScalarBytes",
    "Nodes {",
    "AliasAnchor",
    "budget",
    "os error",
    "tagged scalar",
    "unit value",
    "serde",
    "Error {",
    "panicked",
];

/// Builds the site in `dir` in this process (a panic fails the test) and checks the findings.
fn build_and_judge(dir: &Path) -> Result<(), TestCaseError> {
    let findings = match privasite::build(dir, &Default::default()) {
        Ok(built) => built.findings,
        Err(privasite::Error::Invalid(f) | privasite::Error::Unreadable(f)) => f,
        Err(e) => return Err(TestCaseError::fail(format!("unexpected error: {e}"))),
    };
    for d in &findings.diagnostics {
        for word in INTERNALS {
            prop_assert!(
                !d.message.contains(word),
                "internals in a finding: {} ({})",
                d.message,
                d.rule
            );
        }
        if d.is_error() && d.rule.starts_with("PS-S") {
            prop_assert!(d.location.is_some(), "unlocated: {} {}", d.rule, d.message);
        }
    }
    // When it builds, the site it would publish has nothing live in it.
    if let Ok(built) = privasite::build(dir, &Default::default()) {
        for (path, bytes) in built.site.iter() {
            if path.ends_with(".html") {
                let found = live_markup(&String::from_utf8_lossy(bytes));
                prop_assert!(found.is_none(), "{path}: {found:?}");
            }
        }
    }
    Ok(())
}

fn site_with_policy(policy: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("content folder");
    std::fs::copy(
        repo().join("tests/fixtures/minimal/content/site.yaml"),
        content.join("site.yaml"),
    )
    .expect("site.yaml");
    std::fs::write(content.join("policy.yaml"), policy).expect("policy.yaml");
    dir
}

proptest! {
    #![proptest_config(fuzz_config())]

    // Random YAML-shaped values grafted into a valid policy: any shape, in any place.
    #[test]
    fn random_values_anywhere_never_panic(
        grafts in proptest::collection::vec(
            (0usize..200, "[a-z_]{1,10}", arb_value(seeds().1)),
            1..4,
        )
    ) {
        let (mut policy, _) = seeds();
        for (choice, key, value) in grafts {
            graft(&mut policy, choice, &key, value);
        }
        let yaml = serde_saphyr::to_string(&policy).expect("serialize");
        let dir = site_with_policy(&yaml);
        build_and_judge(dir.path())?;
    }

    // Random edits of the YAML text itself, as a hurried editor makes them: characters that
    // mean something to YAML inserted, a range deleted, a line repeated, the file cut short.
    #[test]
    fn random_edits_of_the_yaml_text_never_panic(
        edits in proptest::collection::vec(
            (0usize..4, any::<proptest::sample::Index>(), 0usize..40,
             "[-:#&*!|>'\"{}\\[\\], \t\n%@`a-z0-9\u{0}\u{1b}\u{feff}é]{1,6}"),
            1..5,
        )
    ) {
        let mut text = std::fs::read_to_string(
            repo().join("tests/fixtures/minimal/content/policy.yaml"),
        ).expect("minimal policy");
        for (kind, at, len, insert) in edits {
            let mut i = at.index(text.len() + 1);
            while !text.is_char_boundary(i) { i -= 1; }
            match kind {
                0 => text.insert_str(i, &insert),
                1 => {
                    let mut end = (i + len).min(text.len());
                    while !text.is_char_boundary(end) { end -= 1; }
                    text.replace_range(i..end, "");
                }
                2 => {
                    let start = text[..i].rfind('\n').map_or(0, |s| s + 1);
                    let end = text[i..].find('\n').map_or(text.len(), |e| i + e + 1);
                    let line = text[start..end].to_owned();
                    text.insert_str(start, &line);
                }
                _ => text.truncate(i),
            }
        }
        let dir = site_with_policy(&text);
        build_and_judge(dir.path())?;
    }
}

// A control character written as a YAML escape (`"\e[31m"`) passes the file scan; the
// checker still refuses it in the text, located.
#[test]
fn escaped_control_characters_are_refused() {
    let site = SiteTest::fixture("minimal");
    let policy = site.read("content/policy.yaml").replace(
        "    title:\n      nl: Bestellingen",
        "    title:\n      nl: \"Bestel\\e[8mlingen\"",
    );
    site.write("content/policy.yaml", &policy);
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has("the text holds an invisible character (U+001B)");
    outcome.stderr_has("in `purposes[1].title.nl`");
}

// `privasite check 2>&1 | head -1` closes the pipe early: privasite stops quietly with its
// own exit code instead of panicking.
#[test]
fn a_closed_output_pipe_is_not_a_panic() {
    let site = SiteTest::fixture("minimal");
    site.write("content/site.yaml", "languages: [nl, fr, en]\nbogus: 1\n");
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_privasite"))
        .args(["check", "--root", "."])
        .current_dir(site.root())
        .stdout(writer.try_clone().expect("a second end"))
        .stderr(writer)
        .status()
        .expect("run privasite");
    assert_eq!(status.code(), Some(1), "{status:?}");
}

// A named pipe where a content file belongs would block a read forever; it is refused at once,
// named, without being opened for reading.
#[test]
fn a_named_pipe_is_refused_at_once() {
    let site = SiteTest::fixture("minimal");
    std::fs::remove_file(site.path("content/policy.yaml")).unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(site.path("content/policy.yaml"))
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has("content/policy.yaml is not a regular file (a named pipe)");
}

//! The output folder: what `build` may replace, concurrent builds, crashes, symlinks and odd
//! `--out` paths. Nothing the author wrote is ever lost, and no visitor sees a half-written site.

use std::process::Command;

use crate::helpers::{SiteTest, tree};

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// Builds of one site started at the same moment take turns: each ends with the whole site in
// place (before, one could exit 0 having published a few of the files).
#[test]
fn concurrent_builds_publish_whole_sites() {
    let site = SiteTest::fixture("minimal");
    site.build();
    let expected = tree(&site.path("public"));
    for _ in 0..6 {
        let running: Vec<_> = (0..3)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_privasite"))
                    .args(["build", "--root", "."])
                    .current_dir(site.root())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .expect("start privasite")
            })
            .collect();
        for child in running {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        assert!(
            tree(&site.path("public")) == expected,
            "a build published a partial site"
        );
        assert_eq!(
            names(site.root()),
            [".public.privasite-staging", "content", "public"]
        );
    }
}

// `cp -r public/. www/` copies the marker along; the author's own files in www/ do not become
// privasite's to delete. The file is named, and kept.
#[test]
fn a_copied_marker_does_not_hand_over_the_authors_files() {
    let site = SiteTest::fixture("minimal");
    site.build();
    crate::helpers::copy_dir(&site.path("public"), &site.path("www"));
    site.write("www/contact.html", "<p>the company's own page</p>");
    let outcome = site.run(&["build", "--out", "www"]).fails_with(2);
    outcome.stderr_has("contact.html, which privasite did not write there");
    assert_eq!(
        site.read("www/contact.html"),
        "<p>the company's own page</p>"
    );
}

// A marker in the site's own folder must not let `--out .` replace it (content/ with it).
#[test]
fn the_sites_own_folder_is_never_the_output() {
    let site = SiteTest::fixture("minimal");
    site.write(".privasite-output", "");
    let before = tree(&site.path("content"));
    let outcome = site.run(&["build", "--out", "."]).fails_with(2);
    outcome.stderr_has("holds the site's own content, so it cannot be the output folder");
    assert!(tree(&site.path("content")) == before);
    let outcome = site.run(&["build", "--out", "content/.."]).fails_with(2);
    outcome.stderr_has("holds the site's own content");
}

// A crash between moving the old site aside and putting the new one in place left no site at
// all, and the copy aside was never mentioned. The next build puts it back and says so.
#[test]
fn a_site_left_aside_by_a_crash_is_reported_and_replaced() {
    let site = SiteTest::fixture("minimal");
    site.build();
    std::fs::rename(site.path("public"), site.path(".public.privasite-previous")).unwrap();
    let outcome = site.build();
    outcome.stderr_has("an interrupted build had left the published site in");
    assert_eq!(
        names(site.root()),
        [".public.privasite-staging", "content", "public"]
    );
    assert!(site.path("public/nl/privacy/index.html").is_file());
}

// A symlinked output folder (a common deployment: the web server serves the link's target) is
// followed: the target gets the new site, and the link stays a link.
#[test]
fn a_symlinked_output_folder_is_followed() {
    let site = SiteTest::fixture("minimal");
    std::fs::create_dir(site.path("served")).unwrap();
    std::os::unix::fs::symlink("served", site.path("public")).unwrap();
    site.build();
    site.build();
    let link = std::fs::symlink_metadata(site.path("public")).unwrap();
    assert!(
        link.file_type().is_symlink(),
        "the link was replaced by a folder"
    );
    assert!(site.path("served/nl/privacy/index.html").is_file());
    assert_eq!(
        names(site.root()),
        [".served.privasite-staging", "content", "public", "served"]
    );
}

// `--out e/x/..` is made canonical before anything is written: no staging folder is left in
// e/x, and the folder it names is judged like any other.
#[test]
fn a_dotted_out_path_leaves_nothing_behind() {
    let site = SiteTest::fixture("minimal");
    std::fs::create_dir_all(site.path("e/x")).unwrap();
    site.run(&["build", "--out", "e/x/.."]).fails_with(2);
    assert!(
        names(&site.path("e/x")).is_empty(),
        "{:?}",
        names(&site.path("e/x"))
    );
    site.run(&["build", "--out", "out/x/.."]).fails_with(2);
    assert!(!site.path("out/x").exists());
    site.run(&["build", "--out", "e/x/site"]).succeeds();
    assert_eq!(names(&site.path("e/x")), ["site"]);
}

// A site.yaml under review cannot send the build to a folder elsewhere on the machine.
#[test]
fn output_dir_stays_inside_the_site() {
    let site = SiteTest::fixture("minimal");
    for dir in ["/tmp/elsewhere", "../public", "~/www"] {
        site.write(
            "content/site.yaml",
            &format!("languages: [nl, fr, en]\noutput_dir: {dir}\n"),
        );
        let outcome = site.run(&["build"]).fails_with(1);
        outcome.stderr_has(&format!("`{dir}` is not a folder inside the site"));
        outcome.stderr_has("content/site.yaml:2:");
    }
}

// A picture from another site in Markdown prose is a request to another origin (a tracking
// pixel): check refuses it, located, and a draft renders no such picture.
#[test]
fn remote_pictures_in_prose_are_refused() {
    let site = SiteTest::fixture("minimal");
    site.policy(|p| {
        p["introduction"] = serde_json::json!({
            "nl": "Welkom ![](https://tracker.example/p.gif)",
            "fr": "Bienvenue ![](//tracker.example/p.gif)",
            "en": "Welcome [link](data:text/html,x) ![logo](/static/logo.png)",
        });
    });
    let outcome = site.run(&["check"]).fails_with(1);
    outcome.stderr_has("the picture `https://tracker.example/p.gif` is loaded from another site");
    outcome.stderr_has("the picture `//tracker.example/p.gif` is loaded from another site");
    outcome.stderr_has("the link `data:text/html,x` is not a web address");
    assert!(
        !outcome.stderr.contains("`/static/logo.png`"),
        "{}",
        outcome.stderr
    );
    site.run(&["build", "--draft"]).succeeds();
    for lang in ["nl", "fr", "en"] {
        let html = site.read(&format!("public/{lang}/privacy/index.html"));
        assert!(!html.contains("tracker.example"), "{lang}");
        assert!(!html.contains("data:text/html"), "{lang}");
    }
}

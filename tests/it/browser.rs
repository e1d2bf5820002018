//! Runs the real-browser quality gate (`tests/browser/`, Node + Chromium + the W3C checker) as
//! part of `cargo test`. Its npm packages are installed from the lock file when they are
//! missing or at other versions (`npm ci`). Where the browser, Node or Java is missing, a
//! developer is told the gate was skipped and what to install; in CI (`CI=true`) that is a
//! failure.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::helpers::repo;

/// What the gate needs that `cargo` does not provide, with how to get it.
fn missing_tools(browser_dir: &Path) -> Vec<String> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let mut missing = Vec::new();
    if !Path::new(&chromium).exists() {
        missing.push(format!("{chromium} (apt-get install chromium)"));
    }
    for tool in ["node", "java"] {
        if Command::new(tool).arg("--version").output().is_err() {
            missing.push(format!(
                "{tool} (apt-get install nodejs default-jre-headless)"
            ));
        }
    }
    if missing.is_empty() && !npm_packages_installed(browser_dir) {
        install_npm_packages(browser_dir, &mut missing);
    }
    missing
}

/// Whether every package `package.json` pins is installed at that version.
fn npm_packages_installed(browser_dir: &Path) -> bool {
    let read = |path: &Path| -> Option<serde_json::Value> {
        serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
    };
    let Some(manifest) = read(&browser_dir.join("package.json")) else {
        return false;
    };
    let Some(pinned) = manifest["devDependencies"].as_object() else {
        return false;
    };
    pinned.iter().all(|(name, version)| {
        read(
            &browser_dir
                .join("node_modules")
                .join(name)
                .join("package.json"),
        )
        .is_some_and(|installed| installed["version"] == *version)
    })
}

/// Installs the gate's npm packages from its lock file, as on a fresh clone; when that
/// fails (no npm, no registry), says which command to run.
fn install_npm_packages(browser_dir: &Path, missing: &mut Vec<String>) {
    let _ = writeln!(
        std::io::stderr(),
        "browser quality gate: installing its npm packages (npm ci in tests/browser)"
    );
    let installed = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        .current_dir(browser_dir)
        .output();
    match installed {
        Ok(output) if output.status.success() && npm_packages_installed(browser_dir) => {}
        Ok(output) => missing.push(format!(
            "the npm packages (`cd tests/browser && npm ci` failed: {})",
            String::from_utf8_lossy(&output.stderr).trim()
        )),
        Err(_) => {
            missing.push("npm (apt-get install npm), then `cd tests/browser && npm ci`".into())
        }
    }
}

// Every generated page passes axe-core WCAG 2.1 AA (light and dark), the W3C HTML checker, and
// the privacy, link, no-JavaScript, phone-width and print checks; and the harness catches a
// deliberately broken page.
#[test]
fn pages_pass_the_browser_quality_gate() {
    let browser_dir = repo().join("tests/browser");
    let missing = missing_tools(&browser_dir);
    if !missing.is_empty() {
        let message = format!(
            "browser quality gate SKIPPED: missing {}",
            missing.join(", ")
        );
        assert!(std::env::var("CI").as_deref() != Ok("true"), "{message}");
        // Written to stderr directly, past the test harness's capture, so it is seen.
        let _ = writeln!(std::io::stderr(), "\n{message}\n");
        return;
    }
    let output = Command::new("node")
        .arg("--test")
        .current_dir(&browser_dir)
        .env("PRIVASITE_BIN", env!("CARGO_BIN_EXE_privasite"))
        .output()
        .expect("run node --test");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "browser gate failed:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(report.contains("# fail 0"), "{report}");
}

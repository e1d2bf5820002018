//! The published versions of a policy: the archive in `content/history/`, what changed between
//! two versions, and whether an archived page still reads as it was published.
//!
//! An archived version is a verbatim copy of `policy.yaml` as it was published, in
//! `content/history/<YYYY-MM-DD>.yaml`, named after its `last_updated`, and never edited; beside
//! it, `<YYYY-MM-DD>.frozen.yaml` holds the fingerprints of its pages' text ([`fingerprint`]).
//! [`load`] reads the archive with the same loader as the current policy (each snapshot with
//! the model version it was written for) and reports the `PS-V…` findings; [`changes`] and
//! [`redline`] say what changed, as model facts and as words. Rendering the pages is the
//! renderer's job; this module only says what they show.

pub mod changes;
pub mod fingerprint;
pub mod git;
pub mod redline;
pub mod stale;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::check::{self, Report, RuleConfig, rules};
use crate::diagnostic::{Diagnostic, SourceMap};
use crate::load::SourceFile;
use crate::memo::Memo;
use crate::model::RawPolicy;
use crate::policy::{Date, Fact, Policy, iso_date};
use crate::project::{InputError, Project};

pub use fingerprint::Fingerprints;

/// Where archived versions live, relative to the site root.
pub const FOLDER: &str = "content/history";

/// An archived version of the policy.
#[derive(Debug, Clone)]
pub struct Archived {
    /// Its date: its `last_updated`, and its file name.
    pub date: Date,
    /// Its file, relative to the root: `content/history/2025-03-01.yaml`.
    pub file: PathBuf,
    /// The content hash of its file, `sha256:…`: what a consent record names.
    pub hash: String,
    /// The policy as it was published.
    pub policy: Policy,
    /// The site languages it was published in (a language added later has no archive).
    pub languages: Vec<String>,
    /// The fingerprints of its pages' text, when recorded.
    pub fingerprints: Option<Fingerprints>,
}

impl Archived {
    /// Its id: the date, `2025-03-01`.
    pub fn id(&self) -> String {
        iso_date(self.date)
    }

    /// Its fingerprint file: `content/history/2025-03-01.frozen.yaml`.
    pub fn fingerprint_file(&self) -> PathBuf {
        Path::new(FOLDER).join(format!("{}{}", self.id(), fingerprint::SUFFIX))
    }
}

/// Every archived version, oldest first. The current version is not in it.
#[derive(Debug, Clone, Default)]
pub struct History {
    /// The archived versions that load, oldest first.
    pub archived: Vec<Archived>,
}

impl History {
    /// Whether there is no archived version.
    pub fn is_empty(&self) -> bool {
        self.archived.is_empty()
    }

    /// The newest archived version.
    pub fn newest(&self) -> Option<&Archived> {
        self.archived.last()
    }

    /// The archived version of `date`.
    pub fn get(&self, date: Date) -> Option<&Archived> {
        self.archived.iter().find(|a| a.date == date)
    }
}

/// What [`load`] found.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The archive.
    pub history: History,
    /// The `PS-V…` findings, and the structural findings of snapshots that no longer load.
    pub diagnostics: Vec<Diagnostic>,
    /// The texts of the files the findings point into.
    pub sources: SourceMap,
}

/// The content hash of a version's file: `sha256:` and the hex digest of its bytes. A snapshot
/// is a byte-for-byte copy of `policy.yaml`, so a version keeps its hash once archived.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("sha256:{}", hex(&Sha256::digest(bytes)))
}

/// Lowercase hexadecimal.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A snapshot's date from its file name, `2025-03-01.yaml`.
fn snapshot_date(name: &str) -> Option<Date> {
    let stem = name.strip_suffix(".yaml")?;
    if stem.len() != 10 {
        return None;
    }
    check::resolve::parse_date(stem)
}

/// Reads the archive of a site published in `languages`, whose current policy is `current`
/// (from `current_file`), and reports every problem with it.
pub fn load(
    project: &Project,
    languages: &[String],
    current: &Policy,
    current_file: &SourceFile,
    config: &RuleConfig,
) -> Result<Loaded, InputError> {
    let mut loaded = Loaded::default();
    let folder = Path::new(FOLDER);
    let names = project.list_files(folder)?;
    let fingerprint_names: Vec<&String> = names
        .iter()
        .filter(|n| n.ends_with(fingerprint::SUFFIX))
        .collect();
    let mut files = Vec::new();
    for name in names.iter().filter(|n| !n.ends_with(fingerprint::SUFFIX)) {
        let relative = folder.join(name);
        let Some(date) = snapshot_date(name) else {
            if name.ends_with(".yaml") || name.ends_with(".yml") {
                loaded.diagnostics.push(
                    Diagnostic::new(
                        rules::SNAPSHOT_DATE.id,
                        rules::SNAPSHOT_DATE.level,
                        format!("{} is not named after a date", relative.display()),
                    )
                    .at(Some(file_location(&relative)))
                    .hint("an archived version is named after its `last_updated`: content/history/YYYY-MM-DD.yaml"),
                );
            }
            continue;
        };
        if let Some(text) = project.read_text(&relative)? {
            files.push((relative, date, text));
        }
    }
    // Snapshots parse and check independently: a long history is worth both cores. Each fills
    // its own `Loaded`, merged in file order so findings come out the same on every run.
    let snapshots: Vec<(Option<Archived>, Loaded)> = files
        .par_iter()
        .map(|(relative, date, text)| {
            let mut own = Loaded::default();
            let file = SourceFile::new(relative, text.clone());
            let archived = load_snapshot(&file, *date, languages, config, &mut own);
            (archived, own)
        })
        .collect();
    for ((relative, _, text), (archived, own)) in files.into_iter().zip(snapshots) {
        loaded.history.archived.extend(archived);
        loaded.diagnostics.extend(own.diagnostics);
        loaded.sources.insert(relative, text);
    }
    loaded.history.archived.sort_by_key(|a| a.date);
    attach_fingerprints(project, &fingerprint_names, &mut loaded)?;
    compare_with_current(current, current_file, config, &mut loaded);
    Ok(loaded)
}

/// One snapshot, loaded the way it was written; `None` when it no longer loads.
fn load_snapshot(
    file: &SourceFile,
    date: Date,
    languages: &[String],
    config: &RuleConfig,
    loaded: &mut Loaded,
) -> Option<Archived> {
    let unreadable = |loaded: &mut Loaded, count: usize| {
        loaded.diagnostics.push(
            Diagnostic::new(
                rules::SNAPSHOT_UNREADABLE.id,
                rules::SNAPSHOT_UNREADABLE.level,
                format!(
                    "the archived version of {} no longer loads ({count} error(s) in it)",
                    iso_date(date)
                ),
            )
            .at(Some(file_location(file.path())))
            .hint("archived versions are never edited: restore it with `git checkout -- content/history/`"),
        );
    };
    let hash = content_hash(file.text().as_bytes());
    let resolved = resolved_snapshot(file, &hash, languages);
    loaded.diagnostics.extend(resolved.diagnostics);
    let (policy, languages) = match resolved.outcome {
        Ok(found) => found,
        Err(count) => {
            unreadable(loaded, count);
            return None;
        }
    };
    let mut report = Report::new();
    match policy.last_updated {
        Fact::Stated(d) if d == date => {}
        Fact::Stated(d) => {
            report
                .add(
                    &rules::SNAPSHOT_DATE,
                    "last_updated",
                    format!(
                        "this archived version is dated {}, but its file is named {}",
                        iso_date(d),
                        iso_date(date)
                    ),
                )
                .hint(format!(
                    "rename the file to content/history/{}.yaml",
                    iso_date(d)
                ));
        }
        _ => {
            report
                .add(
                    &rules::SNAPSHOT_DATE,
                    "",
                    format!(
                        "this archived version has no `last_updated`, but its file is named {}",
                        iso_date(date)
                    ),
                )
                .hint("an archived version is a copy of policy.yaml as published, with its date");
        }
    }
    let wrong_date = report.has_errors();
    loaded
        .diagnostics
        .extend(report.into_diagnostics(file, config));
    if wrong_date {
        return None;
    }
    Some(Archived {
        date,
        file: file.path().to_path_buf(),
        hash,
        policy,
        languages,
        fingerprints: None,
    })
}

/// A snapshot parsed and resolved: the policy and the languages it resolves in, or the count of
/// errors that keep it from loading; with the findings of both steps.
#[derive(Clone)]
struct Resolved {
    outcome: Result<(Policy, Vec<String>), usize>,
    diagnostics: Vec<Diagnostic>,
}

/// Archived versions are never edited, and `serve` loads every one of them again on each save.
/// A resolved snapshot is a pure function of its path, its bytes and the site's languages, which
/// make its key, so a remembered one is what loading it would give now. A build loads each
/// snapshot once and remembers nothing.
static RESOLVED: Memo<Resolved> = Memo::off_until_asked(10_000);

/// From now on, what comparing and loading archived versions gives is remembered for the life
/// of the process: for `serve`, which does both again on every save.
pub fn remember() {
    RESOLVED.remember();
    changes::remember();
    redline::remember();
}

fn resolved_snapshot(file: &SourceFile, hash: &str, languages: &[String]) -> Resolved {
    let resolve = || match crate::load::parse::<RawPolicy>(file) {
        Err(d) => Resolved {
            outcome: Err(1),
            diagnostics: vec![d],
        },
        Ok(raw) => match resolve_in_its_languages(&raw, file, languages) {
            (Ok(policy), languages) => Resolved {
                outcome: Ok((policy, languages)),
                diagnostics: Vec::new(),
            },
            (Err(diagnostics), _) => Resolved {
                outcome: Err(diagnostics.iter().filter(|d| d.is_error()).count()),
                diagnostics,
            },
        },
    };
    if !RESOLVED.is_remembering() {
        return resolve();
    }
    let key = format!("{}\0{}\0{hash}", file.path().display(), languages.join(","));
    RESOLVED.get_or(&key, resolve)
}

/// Resolves a snapshot for the site's languages. A language the site added after the snapshot
/// was published is simply not one of its languages; any other error means it does not load.
fn resolve_in_its_languages(
    raw: &RawPolicy,
    file: &SourceFile,
    languages: &[String],
) -> (Result<Policy, Vec<Diagnostic>>, Vec<String>) {
    let (policy, diagnostics) = check::resolve_policy(raw, file, languages, 1);
    if !diagnostics.iter().any(Diagnostic::is_error) {
        return (Ok(policy), languages.to_vec());
    }
    let complete: Vec<String> = languages
        .iter()
        .filter(|l| {
            let (_, d) = check::resolve_policy(raw, file, std::slice::from_ref(*l), 1);
            !d.iter().any(Diagnostic::is_error)
        })
        .cloned()
        .collect();
    if complete.is_empty() {
        return (Err(diagnostics), Vec::new());
    }
    let (policy, diagnostics) = check::resolve_policy(raw, file, &complete, 1);
    if diagnostics.iter().any(Diagnostic::is_error) {
        return (Err(diagnostics), Vec::new());
    }
    (Ok(policy), complete)
}

/// Reads each `<date>.frozen.yaml` into its version; reports versions without one, and
/// fingerprint files without a version.
fn attach_fingerprints(
    project: &Project,
    names: &[&String],
    loaded: &mut Loaded,
) -> Result<(), InputError> {
    let mut by_date: BTreeMap<String, Fingerprints> = BTreeMap::new();
    for name in names {
        let relative = Path::new(FOLDER).join(name);
        let Some(text) = project.read_text(&relative)? else {
            continue;
        };
        let file = SourceFile::new(&relative, text.clone());
        match fingerprint::parse(&file) {
            Ok(f) => {
                by_date.insert(name.trim_end_matches(fingerprint::SUFFIX).to_owned(), f);
            }
            Err(d) => {
                loaded.diagnostics.push(d);
                loaded.sources.insert(relative, text);
            }
        }
    }
    for archived in &mut loaded.history.archived {
        match by_date.remove(&archived.id()) {
            Some(f) => archived.fingerprints = Some(f),
            None => loaded.diagnostics.push(
                Diagnostic::new(
                    rules::NO_FINGERPRINTS.id,
                    rules::NO_FINGERPRINTS.level,
                    format!(
                        "the archived version of {} has no fingerprints: its pages could change without a warning",
                        archived.id()
                    ),
                )
                .at(Some(file_location(&archived.file)))
                .hint(format!(
                    "`privasite new-version --fingerprint {}` records them as the pages read now",
                    archived.id()
                )),
            ),
        }
    }
    Ok(())
}

/// The current version against the newest archived one: dates in order, a new change summary,
/// translations that moved together.
fn compare_with_current(
    current: &Policy,
    current_file: &SourceFile,
    config: &RuleConfig,
    loaded: &mut Loaded,
) {
    let mut report = Report::new();
    if let Fact::Stated(date) = current.last_updated {
        if let Some(same) = loaded.history.get(date) {
            report
                .add(
                    &rules::DUPLICATE_VERSION,
                    "last_updated",
                    format!(
                        "the current policy has the date of the archived version {}",
                        same.file.display()
                    ),
                )
                .hint("give this version its own date: `privasite new-version` archives the published one and sets it");
        } else if let Some(newest) = loaded.history.newest()
            && newest.date > date
        {
            report
                .add(
                    &rules::CURRENT_NOT_NEWER,
                    "last_updated",
                    format!(
                        "the current policy is dated {}, before the archived version {}",
                        iso_date(date),
                        newest.file.display()
                    ),
                )
                .hint("the current policy is the newest version: give it a later date");
        }
    }
    if let Some(newest) = loaded.history.newest() {
        if current.change_summary.is_some()
            && current.change_summary == newest.policy.change_summary
            && current.last_updated.stated() != Some(&newest.date)
        {
            report
                .add(
                    &rules::SUMMARY_REPEATED,
                    "change_summary",
                    format!(
                        "the change summary is the one of the version of {}",
                        newest.id()
                    ),
                )
                .hint("say what changed in this version, or remove `change_summary`");
        }
        stale::report(&newest.policy, current, newest.date, &mut report);
    }
    loaded
        .diagnostics
        .extend(report.into_diagnostics(current_file, config));
}

/// A whole-file location (line 0), for findings about a file rather than a value in it.
fn file_location(file: &Path) -> crate::diagnostic::Location {
    crate::diagnostic::Location {
        file: file.to_path_buf(),
        line: 0,
        column: 0,
        yaml_path: String::new(),
    }
}

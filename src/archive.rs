//! `privasite new-version`: archives the published version and dates the next one.
//!
//! The current `policy.yaml` is copied byte for byte to `content/history/<its date>.yaml`,
//! the fingerprints of its pages' text are written beside it, and only then is the one line
//! `last_updated:` of `policy.yaml` changed, with the rest of the file (comments, quotes,
//! order) left exactly as its editor wrote it: the next pull request shows only real changes.
//! Nothing is ever overwritten: an existing snapshot stops the command before it writes.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::history::FOLDER;
use crate::history::changes;
use crate::history::fingerprint::{self, PageText};
use crate::load::SourceFile;
use crate::policy::{Date, iso_date};
use crate::{BuildOptions, Built};

/// What went wrong, in words for the person who ran the command.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    /// The current policy has no `last_updated`: it cannot be archived under a date.
    #[error("content/policy.yaml has no `last_updated`: the version to archive needs its date")]
    NoDate,
    /// `site.yaml` says `draft: true`: nothing has been published, so nothing is archived.
    #[error("site.yaml says `draft: true`: a draft is not a published version and is not archived")]
    Draft,
    /// The new date does not come after the current one.
    #[error("the new version's date, {new}, must come after the current version's, {current}")]
    NotLater {
        /// The date asked for.
        new: String,
        /// The current version's date.
        current: String,
    },
    /// A snapshot or fingerprint file of that date exists already.
    #[error("{0} already exists; archived versions are never overwritten")]
    Exists(PathBuf),
    /// There is no archived version of that date to fingerprint.
    #[error("there is no archived version of {0} in content/history/")]
    NoSuchVersion(String),
    /// The `last_updated:` line could not be found to edit.
    #[error("the line `last_updated:` of content/policy.yaml could not be found to change")]
    NoDateLine,
    /// A file could not be read or written.
    #[error("{path}: {reason}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why, in plain words.
        reason: String,
    },
}

impl ArchiveError {
    /// What to do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            ArchiveError::Draft => Some("remove `draft: true` from content/site.yaml once the policy is complete and published".into()),
            ArchiveError::NoDate => Some("add `last_updated: YYYY-MM-DD` with the date this version was published".into()),
            ArchiveError::NotLater { .. } => Some("give the date the new version is published, with `--date YYYY-MM-DD`".into()),
            ArchiveError::Exists(_) => Some("this version is archived already; to date the next version, set `last_updated:` in content/policy.yaml".into()),
            ArchiveError::NoSuchVersion(_) => Some("`--fingerprint` records the fingerprints of a version already in content/history/".into()),
            _ => None,
        }
    }
}

fn io(path: &Path, e: std::io::Error) -> ArchiveError {
    ArchiveError::Io {
        path: path.to_path_buf(),
        reason: crate::project::io_reason(&e),
    }
}

/// What `new-version` did.
#[derive(Debug)]
pub struct Archived {
    /// The snapshot written: `content/history/2025-03-01.yaml`.
    pub snapshot: PathBuf,
    /// The fingerprint file written beside it.
    pub fingerprints: PathBuf,
    /// The date `policy.yaml` now has.
    pub new_date: Date,
}

/// Archives the version built from `root` (which must have built without errors) and dates the
/// current policy `new_date`.
pub fn new_version(root: &Path, built: &Built, new_date: Date) -> Result<Archived, ArchiveError> {
    refuse_draft(built)?;
    let current = *built
        .policy
        .last_updated
        .stated()
        .ok_or(ArchiveError::NoDate)?;
    if new_date <= current {
        return Err(ArchiveError::NotLater {
            new: iso_date(new_date),
            current: iso_date(current),
        });
    }
    let id = iso_date(current);
    let folder = root.join(FOLDER);
    let snapshot = Path::new(FOLDER).join(format!("{id}.yaml"));
    let frozen = Path::new(FOLDER).join(format!("{id}{}", fingerprint::SUFFIX));
    for path in [&snapshot, &frozen] {
        if root.join(path).exists() {
            return Err(ArchiveError::Exists(path.clone()));
        }
    }
    let policy_path = root.join("content/policy.yaml");
    let bytes = fs::read(&policy_path).map_err(|e| io(&policy_path, e))?;
    let text = String::from_utf8(bytes).map_err(|_| ArchiveError::Io {
        path: policy_path.clone(),
        reason: "not UTF-8 text".into(),
    })?;
    let edited = with_date(&text, new_date)?;

    fs::create_dir_all(&folder).map_err(|e| io(&folder, e))?;
    write_new(
        &root.join(&snapshot),
        crate::schema::modeline_for_history(&text).as_bytes(),
    )?;
    let pages = pages_to_freeze(&built.texts, is_cookie_version(built));
    write_new(
        &root.join(&frozen),
        fingerprint::write(&id, &pages).as_bytes(),
    )?;
    replace(&policy_path, edited.as_bytes())?;
    Ok(Archived {
        snapshot,
        fingerprints: frozen,
        new_date,
    })
}

/// Records the fingerprints of the archived version of `date` as its pages read now.
pub fn fingerprint(root: &Path, built: &Built, date: Date) -> Result<PathBuf, ArchiveError> {
    refuse_draft(built)?;
    let id = iso_date(date);
    let texts = built
        .archived_texts
        .get(&id)
        .ok_or_else(|| ArchiveError::NoSuchVersion(id.clone()))?;
    let frozen = Path::new(FOLDER).join(format!("{id}{}", fingerprint::SUFFIX));
    // Cookie pages are in the texts only for versions whose cookie part changed.
    let pages = pages_to_freeze(texts, true);
    replace(
        &root.join(&frozen),
        fingerprint::write(&id, &pages).as_bytes(),
    )?;
    Ok(frozen)
}

/// Whether the current version's cookie part differs from the newest archived one's: only
/// then does it get a cookie page of its own in the archive.
fn is_cookie_version(built: &Built) -> bool {
    built
        .history
        .newest()
        .is_none_or(|newest| changes::cookie_part_changed(&newest.policy, &built.policy))
}

fn pages_to_freeze(
    texts: &BTreeMap<String, PageText>,
    with_cookies: bool,
) -> BTreeMap<String, PageText> {
    texts
        .iter()
        .filter(|(page, _)| {
            page.ends_with("/privacy") || (with_cookies && page.ends_with("/cookies"))
        })
        .map(|(page, text)| (page.clone(), text.clone()))
        .collect()
}

/// `text` with the value of its top-level `last_updated:` replaced by `date`, every other byte
/// kept: quotes around the date, a comment after it, the line ending.
pub fn with_date(text: &str, date: Date) -> Result<String, ArchiveError> {
    let file = SourceFile::new("content/policy.yaml", std::sync::Arc::from(text));
    let location = file
        .locate("last_updated")
        .ok_or(ArchiveError::NoDateLine)?;
    if location.line == 0 {
        return Err(ArchiveError::NoDateLine);
    }
    let line_start: usize = text
        .split_inclusive('\n')
        .take(location.line - 1)
        .map(str::len)
        .sum();
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let line = &text[line_start..line_end];
    let value_start = line
        .char_indices()
        .nth(location.column.saturating_sub(1))
        .map(|(i, _)| i)
        .ok_or(ArchiveError::NoDateLine)?;
    if !line[..value_start].trim_start().starts_with("last_updated") {
        return Err(ArchiveError::NoDateLine);
    }
    let value = &line[value_start..];
    let (quote, body) = match value.chars().next() {
        Some(q @ ('"' | '\'')) => (Some(q), &value[1..]),
        _ => (None, value),
    };
    let len = match quote {
        Some(q) => body.find(q).ok_or(ArchiveError::NoDateLine)?,
        None => body
            .find(|c: char| c.is_whitespace() || c == '#')
            .unwrap_or(body.len()),
    };
    let old_start = line_start + value_start + usize::from(quote.is_some());
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..old_start]);
    out.push_str(&iso_date(date));
    out.push_str(&text[old_start + len..]);
    Ok(out)
}

/// Writes a file that must not exist yet.
fn write_new(path: &Path, bytes: &[u8]) -> Result<(), ArchiveError> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => ArchiveError::Exists(path.to_path_buf()),
            _ => io(path, e),
        })?;
    file.write_all(bytes).map_err(|e| io(path, e))?;
    file.sync_all().map_err(|e| io(path, e))
}

/// Replaces a file's content in one step: a complete temporary file beside it, renamed over
/// it, so an interruption leaves the old file or the new one, never half of one.
fn replace(path: &Path, bytes: &[u8]) -> Result<(), ArchiveError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.privasite-tmp"));
    let result = (|| {
        let mut file = fs::File::create(&temp).map_err(|e| io(&temp, e))?;
        file.write_all(bytes).map_err(|e| io(&temp, e))?;
        file.sync_all().map_err(|e| io(&temp, e))?;
        if let Ok(meta) = fs::metadata(path) {
            let _ = fs::set_permissions(&temp, meta.permissions());
        }
        fs::rename(&temp, path).map_err(|e| io(path, e))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// A draft's pages mark what is missing: they are never what was published.
fn refuse_draft(built: &Built) -> Result<(), ArchiveError> {
    if built.settings.draft {
        Err(ArchiveError::Draft)
    } else {
        Ok(())
    }
}

/// Builds the site at `root` for archiving: a published build, so errors stop it.
pub fn build_for_archive(root: &Path) -> Result<Built, crate::Error> {
    crate::build(root, &BuildOptions::default())
}

/// Today's date (UTC), the default date of a new version.
pub fn today() -> Date {
    time::OffsetDateTime::now_utc().date()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    // Only the date changes: its quotes, the comment after it and every other line stay.
    #[test]
    fn only_the_date_changes() {
        let text = "# Our policy\nschema: 2\nlast_updated: '2025-03-01'   # the published date\ncontroller:\n  last_updated_note: x\n";
        let out = with_date(text, date!(2025 - 09 - 15)).unwrap();
        assert_eq!(
            out,
            "# Our policy\nschema: 2\nlast_updated: '2025-09-15'   # the published date\ncontroller:\n  last_updated_note: x\n"
        );
        let plain = with_date(
            "last_updated: 2025-03-01\r\nschema: 2\r\n",
            date!(2026 - 01 - 02),
        )
        .unwrap();
        assert_eq!(plain, "last_updated: 2026-01-02\r\nschema: 2\r\n");
    }

    // A file without the field is not edited.
    #[test]
    fn a_file_without_a_date_is_refused() {
        assert!(matches!(
            with_date("schema: 2\n", date!(2026 - 01 - 02)),
            Err(ArchiveError::NoDateLine)
        ));
    }
}

//! The one reader of a site's inputs: `content/`, `locales/` and `themes/` under a root
//! folder, or the content as it was at a git revision.
//!
//! Every file privasite reads about a site comes through a [`Project`], which
//! - reads only regular files inside the root (a link that leads outside it, a pipe or a
//!   device is refused without reading a byte of it),
//! - refuses files larger than [`MAX_FILE_BYTES`] and text that is not UTF-8 (with the line
//!   and byte where it breaks),
//! - records every file and folder it consulted, which is what `serve` watches.
//!
//! It returns bytes and text; it does not know what the files mean.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

/// The largest input file privasite reads: 8 MiB. A policy of a few hundred purposes is well
/// under 1 MiB; anything larger is a mistake (a wrong file, a generated dump) that would only
/// make every later step slow.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Why an input file could not be read. Messages name the file relative to the root and
/// never quote its contents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{path} is {size} bytes, more than the {limit} bytes privasite reads")]
    TooLarge {
        /// The file, relative to the root.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// [`MAX_FILE_BYTES`].
        limit: u64,
    },
    /// A folder, pipe, socket or device where a file was expected.
    #[error("{path} is not a regular file ({kind})")]
    NotAFile {
        /// The path, relative to the root.
        path: PathBuf,
        /// What it is instead.
        kind: &'static str,
    },
    /// A link (or `..`) that leads outside the site's folder.
    #[error("{path} leads outside the site's folder")]
    OutsideRoot {
        /// The path as written, relative to the root.
        path: PathBuf,
    },
    /// Bytes that are not UTF-8 text.
    #[error(
        "{path} is not saved as UTF-8 text, so some of its characters cannot be read; the first one is on line {line} (byte {byte} of that line)"
    )]
    NotUtf8 {
        /// The file, relative to the root.
        path: PathBuf,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 1-based byte offset of it within the line.
        byte: usize,
    },
    /// The operating system refused.
    #[error("{path} cannot be read: {reason}")]
    Io {
        /// The file, relative to the root.
        path: PathBuf,
        /// Why, in plain words.
        reason: String,
    },
    /// `git` could not give the file at a revision.
    #[error("{path} at the git revision `{revision}` cannot be read: {reason}")]
    Git {
        /// The file, relative to the root.
        path: PathBuf,
        /// The revision asked for.
        revision: String,
        /// What git said, or why git could not run.
        reason: String,
    },
}

impl InputError {
    /// The file the error is about, relative to the root.
    pub fn path(&self) -> &Path {
        match self {
            InputError::TooLarge { path, .. }
            | InputError::NotAFile { path, .. }
            | InputError::OutsideRoot { path }
            | InputError::NotUtf8 { path, .. }
            | InputError::Io { path, .. }
            | InputError::Git { path, .. } => path,
        }
    }
}

/// Where the content comes from.
#[derive(Debug, Clone)]
enum Origin {
    /// Files in the folder.
    Folder,
    /// No files at all: only what is built in.
    Nothing,
    /// `content/` as committed at a revision; locales and themes still from the folder,
    /// unless `everything` is read at the revision.
    Revision {
        revision: String,
        /// The path of the site root inside the repository, with a trailing `/` (or empty).
        prefix: String,
        /// Whether translations and themes are read at the revision too.
        everything: bool,
    },
}

/// A site's folder, and the record of what was read from it.
#[derive(Debug)]
pub struct Project {
    root: PathBuf,
    canonical_root: Option<PathBuf>,
    origin: Origin,
    consulted: Mutex<BTreeSet<PathBuf>>,
}

impl Project {
    /// The site in the folder `root` (which need not exist: reading from it then finds no
    /// files).
    pub fn folder(root: &Path) -> Project {
        Project {
            root: root.to_path_buf(),
            canonical_root: std::fs::canonicalize(root).ok(),
            origin: Origin::Folder,
            consulted: Mutex::new(BTreeSet::new()),
        }
    }

    /// A site with no files: reading finds nothing, so only the built-in translations and
    /// theme are used.
    pub fn nothing() -> Project {
        Project {
            root: PathBuf::new(),
            canonical_root: None,
            origin: Origin::Nothing,
            consulted: Mutex::new(BTreeSet::new()),
        }
    }

    /// The site in `root`, with `content/` read as it was committed at `revision` (any
    /// revision git understands: `HEAD`, `origin/main`, a commit id).
    pub fn at_revision(root: &Path, revision: &str) -> Result<Project, InputError> {
        Self::reading_revision(root, revision, false)
    }

    /// The site in `root` entirely as committed at `revision`: content, translations and
    /// theme, to render a page the way it read at that commit.
    pub fn whole_at_revision(root: &Path, revision: &str) -> Result<Project, InputError> {
        Self::reading_revision(root, revision, true)
    }

    fn reading_revision(
        root: &Path,
        revision: &str,
        everything: bool,
    ) -> Result<Project, InputError> {
        let failed = |reason: String| InputError::Git {
            path: PathBuf::from("content"),
            revision: revision.to_owned(),
            reason,
        };
        let output = Command::new("git")
            .arg("-C")
            .arg(root)
            .args(["rev-parse", "--show-prefix"])
            .output()
            .map_err(|e| failed(format!("git could not be started ({})", io_reason(&e))))?;
        if !output.status.success() {
            return Err(failed(git_message(&output.stderr)));
        }
        let prefix = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        let mut project = Project::folder(root);
        project.origin = Origin::Revision {
            revision: revision.to_owned(),
            prefix,
            everything,
        };
        Ok(project)
    }

    /// The root as the user gave it.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The git revision the content is read at, if any.
    pub fn revision(&self) -> Option<&str> {
        match &self.origin {
            Origin::Folder | Origin::Nothing => None,
            Origin::Revision { revision, .. } => Some(revision),
        }
    }

    /// Every file and folder read or listed so far, relative to the root: what a watcher
    /// must watch to see every change that can change the site.
    pub fn consulted(&self) -> Vec<PathBuf> {
        self.consulted
            .lock()
            .map(|c| c.iter().cloned().collect())
            .unwrap_or_default()
    }

    fn record(&self, relative: &Path) {
        if let Ok(mut c) = self.consulted.lock() {
            c.insert(relative.to_path_buf());
        }
    }

    /// The text of `relative`, or `None` when there is no such file.
    pub fn read_text(&self, relative: &Path) -> Result<Option<Arc<str>>, InputError> {
        let Some(bytes) = self.read_bytes(relative)? else {
            return Ok(None);
        };
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Some(Arc::from(text))),
            Err(e) => {
                let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
                let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
                let line_start = valid.iter().rposition(|b| *b == b'\n').map_or(0, |i| i + 1);
                Err(InputError::NotUtf8 {
                    path: relative.to_path_buf(),
                    line,
                    byte: valid.len() - line_start + 1,
                })
            }
        }
    }

    /// The bytes of `relative`, or `None` when there is no such file.
    pub fn read_bytes(&self, relative: &Path) -> Result<Option<Vec<u8>>, InputError> {
        self.record(relative);
        if let Origin::Revision {
            revision,
            prefix,
            everything,
        } = &self.origin
            && (*everything || relative.starts_with("content"))
        {
            return git_show(&self.root, revision, prefix, relative);
        }
        let Some(path) = self.resolve(relative)? else {
            return Ok(None);
        };
        read_regular_file(&path, relative)
    }

    /// The names of the regular files directly in the folder `relative`, sorted; none when
    /// the folder does not exist. Hidden files (editors' swap files) are left out.
    pub fn list_files(&self, relative: &Path) -> Result<Vec<String>, InputError> {
        self.list(relative, false)
    }

    /// The names of the folders directly in `relative`, sorted.
    pub fn list_folders(&self, relative: &Path) -> Result<Vec<String>, InputError> {
        self.list(relative, true)
    }

    fn list(&self, relative: &Path, folders: bool) -> Result<Vec<String>, InputError> {
        self.record(relative);
        if let Origin::Revision {
            revision,
            prefix,
            everything,
        } = &self.origin
            && (*everything || relative.starts_with("content"))
        {
            return git_list(&self.root, revision, prefix, relative, folders);
        }
        let Some(dir) = self.resolve(relative)? else {
            return Ok(Vec::new());
        };
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
                return Err(InputError::NotAFile {
                    path: relative.to_path_buf(),
                    kind: "a file where a folder was expected",
                });
            }
            Err(e) => {
                return Err(InputError::Io {
                    path: relative.to_path_buf(),
                    reason: io_reason(&e),
                });
            }
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter(|e| {
                e.metadata()
                    .is_ok_and(|m| if folders { m.is_dir() } else { m.is_file() })
            })
            .filter_map(|e| e.file_name().to_str().map(str::to_owned))
            .filter(|n| !n.starts_with('.'))
            .collect();
        names.sort();
        Ok(names)
    }

    /// The real path of `relative`, checked to stay inside the root; `None` when nothing is
    /// there. `..` and links that leave the root are refused.
    fn resolve(&self, relative: &Path) -> Result<Option<PathBuf>, InputError> {
        if matches!(self.origin, Origin::Nothing) {
            return Ok(None);
        }
        let outside = || InputError::OutsideRoot {
            path: relative.to_path_buf(),
        };
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
        {
            return Err(outside());
        }
        let joined = self.root.join(relative);
        match std::fs::symlink_metadata(&joined) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => return Ok(None),
            Err(e) => {
                return Err(InputError::Io {
                    path: relative.to_path_buf(),
                    reason: io_reason(&e),
                });
            }
            Ok(_) => {}
        }
        let real = match std::fs::canonicalize(&joined) {
            Ok(real) => real,
            // A link whose target does not exist.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(InputError::Io {
                    path: relative.to_path_buf(),
                    reason: "it is a link to something that does not exist".into(),
                });
            }
            Err(e) => {
                return Err(InputError::Io {
                    path: relative.to_path_buf(),
                    reason: io_reason(&e),
                });
            }
        };
        match &self.canonical_root {
            Some(root) if real.starts_with(root) => Ok(Some(real)),
            _ => Err(outside()),
        }
    }
}

/// Reads a file that must be a regular file of at most [`MAX_FILE_BYTES`].
fn read_regular_file(path: &Path, relative: &Path) -> Result<Option<Vec<u8>>, InputError> {
    let io = |e: std::io::Error| InputError::Io {
        path: relative.to_path_buf(),
        reason: io_reason(&e),
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(InputError::NotAFile {
            path: relative.to_path_buf(),
            kind: file_kind(&meta),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            path: relative.to_path_buf(),
            size: meta.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    // Read at most one byte past the limit, in case the file grew since it was measured.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            path: relative.to_path_buf(),
            size: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(Some(bytes))
}

fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "a named pipe";
        }
        if t.is_socket() {
            return "a socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "a device";
        }
    }
    if meta.is_dir() {
        "a folder"
    } else {
        "not a file"
    }
}

/// `git show REV:PATH`, where PATH is the file's path from the repository's top.
fn git_show(
    root: &Path,
    revision: &str,
    prefix: &str,
    relative: &Path,
) -> Result<Option<Vec<u8>>, InputError> {
    let spec = format!("{revision}:{prefix}{}", slash_path(relative));
    let output = git(root, &["show", &spec], relative, revision)?;
    if !output.status.success() {
        let message = git_message(&output.stderr);
        // "does not exist in" / "exists on disk, but not in": the file was not committed.
        if message.contains("does not exist") || message.contains("not in '") {
            return Ok(None);
        }
        return Err(InputError::Git {
            path: relative.to_path_buf(),
            revision: revision.to_owned(),
            reason: message,
        });
    }
    if output.stdout.len() as u64 > MAX_FILE_BYTES {
        return Err(InputError::TooLarge {
            path: relative.to_path_buf(),
            size: output.stdout.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    Ok(Some(output.stdout))
}

/// The names in a folder at a revision (`git ls-tree`).
fn git_list(
    root: &Path,
    revision: &str,
    prefix: &str,
    relative: &Path,
    folders: bool,
) -> Result<Vec<String>, InputError> {
    let spec = format!("{revision}:{prefix}{}", slash_path(relative));
    let output = git(root, &["ls-tree", &spec], relative, revision)?;
    if !output.status.success() {
        return Ok(Vec::new());
    }
    let wanted = if folders { "tree" } else { "blob" };
    let mut names: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let (meta, name) = line.split_once('\t')?;
            (meta.split_whitespace().nth(1) == Some(wanted)).then(|| name.to_owned())
        })
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    Ok(names)
}

/// Whether `root` can be in a git work tree: it or a folder above it holds `.git`, or the
/// environment tells git where the repository is. Starting git costs milliseconds, a good part
/// of a small site's build, so a check that git would answer with "not a git repository" asks
/// this first. `false` only when no `.git` exists above `root`: git then finds none either,
/// except in a bare repository, where a site does not live.
pub fn may_be_in_git_work_tree(root: &Path) -> bool {
    if std::env::var_os("GIT_DIR").is_some() || std::env::var_os("GIT_WORK_TREE").is_some() {
        return true;
    }
    let Ok(absolute) = std::fs::canonicalize(root) else {
        return true;
    };
    absolute
        .ancestors()
        .any(|dir| std::fs::symlink_metadata(dir.join(".git")).is_ok())
}

fn git(
    root: &Path,
    args: &[&str],
    relative: &Path,
    revision: &str,
) -> Result<std::process::Output, InputError> {
    Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .map_err(|e| InputError::Git {
            path: relative.to_path_buf(),
            revision: revision.to_owned(),
            reason: format!("git could not be started ({})", io_reason(&e)),
        })
}

fn git_message(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr);
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("git failed");
    line.trim_start_matches("fatal: ").trim().to_owned()
}

fn slash_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// An I/O error in plain words, without the "(os error N)" suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "it does not exist".into(),
        ErrorKind::PermissionDenied => "permission denied".into(),
        ErrorKind::AlreadyExists => "it already exists".into(),
        ErrorKind::IsADirectory => "it is a folder".into(),
        ErrorKind::NotADirectory => "a part of the path is a file, not a folder".into(),
        ErrorKind::DirectoryNotEmpty => "the folder is not empty".into(),
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only".into(),
        ErrorKind::StorageFull => "the disk is full".into(),
        ErrorKind::QuotaExceeded => "the disk quota is exceeded".into(),
        ErrorKind::InvalidInput | ErrorKind::InvalidFilename => "the name is not valid".into(),
        ErrorKind::CrossesDevices => "it is on another file system".into(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_lowercase(),
                None => text.to_lowercase(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // git is not started for a folder with no `.git` above it, and is for one inside a work
    // tree, however deep (a site in a monorepo's subfolder).
    #[test]
    fn a_folder_outside_any_repository_needs_no_git() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site/nested");
        std::fs::create_dir_all(&site).unwrap();
        if std::env::var_os("GIT_DIR").is_none() && !may_be_in_git_work_tree(dir.path()) {
            assert!(!may_be_in_git_work_tree(&site));
        }
        std::fs::create_dir(dir.path().join(".git")).unwrap();
        assert!(may_be_in_git_work_tree(&site));
    }

    fn site() -> (tempfile::TempDir, Project) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        let project = Project::folder(dir.path());
        (dir, project)
    }

    // A missing file is not an error: the caller decides whether it is required.
    #[test]
    fn absent_files_read_as_none() {
        let (_dir, project) = site();
        assert_eq!(project.read_text(Path::new("content/x.yaml")), Ok(None));
        assert_eq!(project.consulted(), vec![PathBuf::from("content/x.yaml")]);
    }

    // Invalid UTF-8 is reported with the line and the byte in it.
    #[test]
    fn invalid_utf8_is_located() {
        let (dir, project) = site();
        std::fs::write(dir.path().join("content/p.yaml"), b"a: 1\nb: \xff\n").unwrap();
        assert_eq!(
            project.read_text(Path::new("content/p.yaml")),
            Err(InputError::NotUtf8 {
                path: "content/p.yaml".into(),
                line: 2,
                byte: 4
            })
        );
    }

    // A link that leads outside the site is refused, and its target is never read.
    #[cfg(unix)]
    #[test]
    fn links_outside_the_root_are_refused() {
        let (dir, project) = site();
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "do not print").unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("secret"),
            dir.path().join("content/policy.yaml"),
        )
        .unwrap();
        let err = project
            .read_text(Path::new("content/policy.yaml"))
            .unwrap_err();
        assert!(matches!(err, InputError::OutsideRoot { .. }), "{err:?}");
        assert!(!err.to_string().contains("do not print"));
    }

    // A named pipe is refused instead of blocking forever.
    #[cfg(unix)]
    #[test]
    fn pipes_are_refused() {
        let (dir, project) = site();
        let fifo = dir.path().join("content/policy.yaml");
        let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(status.success());
        let err = project
            .read_text(Path::new("content/policy.yaml"))
            .unwrap_err();
        assert_eq!(
            err,
            InputError::NotAFile {
                path: "content/policy.yaml".into(),
                kind: "a named pipe"
            }
        );
    }

    // `..` never reaches outside the site.
    #[test]
    fn parent_components_are_refused() {
        let (_dir, project) = site();
        assert!(matches!(
            project.read_text(Path::new("content/../../etc/passwd")),
            Err(InputError::OutsideRoot { .. })
        ));
    }
}

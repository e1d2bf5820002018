//! The one place that writes the output folder.
//!
//! [`publish`] puts a [`Site`] in place so that a visitor never sees a half-written site and the
//! author never loses a file:
//!
//! 1. The target is made canonical first (`--out e/x/..`, a symlinked folder), and a folder that
//!    holds the site's own `content/` is refused.
//! 2. One build at a time per output: an exclusive lock on the folder that holds the output, so
//!    two builds at once take turns instead of swapping in each other's half-written trees.
//! 3. What an interrupted build left beside the output is restored or removed, and said.
//! 4. An existing output is replaced only while it holds exactly the files privasite listed in
//!    its marker when it wrote them; anything else (a copied marker, a file of the author's)
//!    is named and the folder left alone. Zola and mdBook both lost users' files by cleaning an
//!    output folder that held other things.
//! 5. The new tree is written into a staging folder beside the target, flushed to disk, and
//!    exchanged with the old one in one step (`renameat2(RENAME_EXCHANGE)` on Linux; two
//!    renames elsewhere, which step 3 repairs after a crash between them).
//! 6. The old tree is kept in the staging folder as the next build's starting point: that
//!    build rewrites only the files that differ and removes only what it no longer writes.
//!    Removing thousands of folders and creating them again costs seconds with a long
//!    history (more on ext4 without a journal, which skips every inode freed in the last
//!    minute when it allocates one), and an unchanged page keeps its modification time, so
//!    `rsync` and HTTP caches see what really changed. The kept tree carries a `.gitignore`
//!    of `*`, so git never offers it for a commit; it is removed before the tree is
//!    published again.
//!
//! A symlinked output folder is followed: the folder it points to is replaced and the link is
//! left as it is, so a web server serving the link's target sees the new site.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;

use crate::project::io_reason;
use crate::site::Site;

/// Name of the file that marks a folder as privasite's output and lists what it wrote there.
pub const MARKER: &str = ".privasite-output";
const MARKER_HEADER: &str = "# Written by privasite. `privasite build` replaces this folder only \
while it holds exactly the files listed below (size in bytes, a tab, the path).\n";

#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0} already exists and was not created by privasite, so it will not be replaced")]
    NotOurs(PathBuf),
    #[error(
        "{dir} holds {path}, which privasite did not write there, so the folder will not be replaced"
    )]
    Foreign { dir: PathBuf, path: String },
    #[error(
        "{dir} holds {path}, which was changed after privasite wrote it, so the folder will not be replaced"
    )]
    Changed { dir: PathBuf, path: String },
    #[error("{0} was written by an older privasite that did not list its files")]
    Unlisted(PathBuf),
    #[error("{out} holds the site's own content, so it cannot be the output folder")]
    HoldsSite { out: PathBuf },
    #[error("{path} could not be written: {reason}")]
    Io { path: PathBuf, reason: String },
}

impl WriteError {
    pub fn hint(&self) -> Option<String> {
        match self {
            WriteError::NotOurs(path) => Some(format!(
                "choose another output folder with --out, or empty or remove {} yourself",
                path.display()
            )),
            WriteError::Foreign { dir, .. } | WriteError::Changed { dir, .. } => Some(format!(
                "move that file out of {} (or remove the folder yourself if nothing in it is yours)",
                dir.display()
            )),
            WriteError::Unlisted(path) => Some(format!(
                "check that nothing in {} is yours, remove it once yourself, and build again",
                path.display()
            )),
            WriteError::HoldsSite { .. } => Some(
                "choose a folder next to content/, such as `public` (the default), with --out or output_dir".into(),
            ),
            WriteError::Io { .. } => None,
        }
    }
}

fn io_at(path: &Path) -> impl FnOnce(io::Error) -> WriteError + '_ {
    move |e| WriteError::Io {
        path: path.to_path_buf(),
        reason: io_reason(&e),
    }
}

/// What [`publish`] found left behind by an interrupted build, and did about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repair {
    /// The previous site had been moved aside and not put back; it was put back.
    Restored { from: PathBuf, to: PathBuf },
    /// A half-written or replaced tree of an earlier build was removed.
    Removed(PathBuf),
}

impl std::fmt::Display for Repair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Repair::Restored { from, to } => write!(
                f,
                "an interrupted build had left the published site in {}; it was put back at {}",
                from.display(),
                to.display()
            ),
            Repair::Removed(path) => write!(
                f,
                "removed {}, left behind by an interrupted build",
                path.display()
            ),
        }
    }
}

/// The result of [`publish`].
#[derive(Debug)]
pub struct Published {
    /// The folder that now holds the site (canonical: a symlink's target).
    pub dir: PathBuf,
    /// What an earlier interrupted build had left, and what was done about it.
    pub repairs: Vec<Repair>,
}

/// The output folder and its neighbours, resolved once.
struct Target {
    /// The canonical output folder (it may not exist yet).
    dir: PathBuf,
    /// A complete new tree is written here first.
    staging: PathBuf,
    /// Only the two-rename fallback moves the old tree here, for an instant.
    previous: PathBuf,
}

impl Target {
    /// Makes `out` canonical: a relative path, `..`, a symlinked folder or a symlinked parent
    /// all come to the real folder that will be replaced. Creates the parent if needed.
    fn resolve(out: &Path) -> Result<Target, WriteError> {
        let dir = match out.components().next_back() {
            Some(Component::Normal(name)) => {
                let parent = out
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                fs::create_dir_all(parent).map_err(io_at(parent))?;
                let candidate = fs::canonicalize(parent).map_err(io_at(parent))?.join(name);
                if fs::symlink_metadata(&candidate).is_ok_and(|m| m.is_symlink()) {
                    fs::canonicalize(&candidate).map_err(io_at(&candidate))?
                } else {
                    candidate
                }
            }
            // `--out .`, `--out e/x/..`: only an existing folder can be named this way.
            _ => fs::canonicalize(out).map_err(io_at(out))?,
        };
        let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
            return Err(WriteError::NotOurs(dir));
        };
        let name = name.to_string_lossy();
        Ok(Target {
            staging: parent.join(format!(".{name}.privasite-staging")),
            previous: parent.join(format!(".{name}.privasite-previous")),
            dir,
        })
    }

    fn parent(&self) -> &Path {
        self.dir.parent().unwrap_or(Path::new("/"))
    }
}

/// Writes `site` to `out`, replacing what privasite wrote there before. `site_root` (the folder
/// with `content/`) is never inside what gets replaced.
pub fn publish(site: &Site, out: &Path, site_root: &Path) -> Result<Published, WriteError> {
    let target = Target::resolve(out)?;
    let root = fs::canonicalize(site_root).map_err(io_at(site_root))?;
    if root.starts_with(&target.dir) {
        return Err(WriteError::HoldsSite { out: target.dir });
    }
    let _lock = lock(&target)?;
    let repairs = repair(&target)?;
    ensure_replaceable(&target.dir)?;

    // A failure here leaves the published site untouched and the staging folder marked: the
    // next build brings it up to date like any other.
    stage(site, &target.staging)?;
    swap_in(&target)?;
    keep_for_next_build(&target.staging)?;
    sync_dir(target.parent())?;
    Ok(Published {
        dir: target.dir,
        repairs,
    })
}

/// Holds the output's lock until dropped.
struct Lock(#[allow(dead_code)] fs::File);

/// An exclusive lock on the folder that holds the output; a second build waits for the first.
/// Locking the folder itself (on Unix) leaves no lock file behind for the author to wonder about.
fn lock(target: &Target) -> Result<Lock, WriteError> {
    let parent = target.parent();
    #[cfg(unix)]
    let file = fs::File::open(parent).map_err(io_at(parent))?;
    #[cfg(not(unix))]
    let file = {
        let name = target.dir.file_name().unwrap_or_default().to_string_lossy();
        let path = parent.join(format!(".{name}.privasite-lock"));
        fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(io_at(&path))?
    };
    file.lock().map_err(io_at(parent))?;
    Ok(Lock(file))
}

/// Puts back a site a crash left moved aside, and removes half-written trees. Only folders that
/// carry the marker are touched; anything else under our names is reported, not removed.
fn repair(target: &Target) -> Result<Vec<Repair>, WriteError> {
    let mut repairs = Vec::new();
    if exists(&target.previous) {
        ensure_marked(&target.previous)?;
        if exists(&target.dir) {
            remove_tree(&target.previous)?;
            repairs.push(Repair::Removed(target.previous.clone()));
        } else {
            fs::rename(&target.previous, &target.dir).map_err(io_at(&target.dir))?;
            repairs.push(Repair::Restored {
                from: target.previous.clone(),
                to: target.dir.clone(),
            });
        }
    }
    // The staging folder is the previous site, kept for the next build (or a tree an
    // interrupted build half updated, which the next one completes the same way); it is
    // only checked to be ours.
    if exists(&target.staging) {
        ensure_marked(&target.staging)?;
    }
    Ok(repairs)
}

fn exists(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok()
}

fn ensure_marked(dir: &Path) -> Result<(), WriteError> {
    if fs::symlink_metadata(dir).is_ok_and(|m| m.is_dir()) && dir.join(MARKER).is_file() {
        Ok(())
    } else {
        Err(WriteError::NotOurs(dir.to_path_buf()))
    }
}

/// `dir` may be replaced if it does not exist, is empty, or holds exactly the files its marker
/// lists (a listed file the author deleted is no loss; anything added or changed is).
fn ensure_replaceable(dir: &Path) -> Result<(), WriteError> {
    let mut entries = match fs::read_dir(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotADirectory => {
            return Err(WriteError::NotOurs(dir.to_path_buf()));
        }
        Err(e) => return Err(io_at(dir)(e)),
        Ok(entries) => entries,
    };
    if entries.next().is_none() {
        return Ok(());
    }
    let marker = dir.join(MARKER);
    let text = match fs::read_to_string(&marker) {
        Ok(text) => text,
        Err(_) => return Err(WriteError::NotOurs(dir.to_path_buf())),
    };
    let listed = parse_marker(&text).ok_or_else(|| WriteError::Unlisted(dir.to_path_buf()))?;
    let listed_folders: BTreeSet<&str> = listed
        .keys()
        .flat_map(|file| file.match_indices('/').map(|(i, _)| &file[..i]))
        .collect();
    let found = list_tree(dir)?;
    for (path, entry) in found {
        if path == MARKER {
            continue;
        }
        let ours = match entry {
            Entry::File(size) => match listed.get(path.as_str()) {
                Some(&listed_size) if listed_size == size => true,
                Some(_) => {
                    return Err(WriteError::Changed {
                        dir: dir.to_path_buf(),
                        path,
                    });
                }
                None => false,
            },
            // A folder of ours is one that leads to a listed file.
            Entry::Folder => listed_folders.contains(path.as_str()),
            Entry::Other => false,
        };
        if !ours {
            return Err(WriteError::Foreign {
                dir: dir.to_path_buf(),
                path,
            });
        }
    }
    Ok(())
}

/// The files a marker lists, by path; `None` for a marker without the list (older privasite,
/// or one the author wrote by hand).
fn parse_marker(text: &str) -> Option<BTreeMap<&str, u64>> {
    let mut lines = text.lines();
    if lines.next() != Some(MARKER_HEADER.trim_end()) {
        return None;
    }
    lines
        .filter(|line| !line.is_empty())
        .map(|line| {
            let (size, path) = line.split_once('\t')?;
            Some((path, size.parse().ok()?))
        })
        .collect()
}

fn marker_text(site: &Site) -> String {
    let mut text = MARKER_HEADER.to_owned();
    for (path, bytes) in site.iter() {
        text.push_str(&format!("{}\t{path}\n", bytes.len()));
    }
    text
}

enum Entry {
    File(u64),
    Folder,
    /// A symlink, socket, FIFO or device: never something privasite writes.
    Other,
}

/// Every entry under `dir`, by path relative to the output folder (`en/privacy/index.html`).
fn list_tree(dir: &Path) -> Result<BTreeMap<String, Entry>, WriteError> {
    let mut found = Vec::new();
    list_into(dir, "", &mut found)?;
    // Collected first and sorted once: appending each folder's map to the whole would rebuild
    // the map once per folder, and an archive has thousands.
    Ok(found.into_iter().collect())
}

/// Folders are listed side by side: an archive is thousands of them.
fn list_into(dir: &Path, prefix: &str, found: &mut Vec<(String, Entry)>) -> Result<(), WriteError> {
    let mut folders = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_at(dir))? {
        let entry = entry.map_err(io_at(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = format!("{prefix}{name}");
        let kind = entry.file_type().map_err(io_at(&entry.path()))?;
        if kind.is_dir() {
            folders.push((entry.path(), format!("{relative}/")));
            found.push((relative, Entry::Folder));
        } else if kind.is_file() {
            let size = entry.metadata().map_err(io_at(&entry.path()))?.len();
            found.push((relative, Entry::File(size)));
        } else {
            found.push((relative, Entry::Other));
        }
    }
    let nested: Vec<Vec<(String, Entry)>> = folders
        .par_iter()
        .map(|(path, prefix)| {
            let mut inner = Vec::new();
            list_into(path, prefix, &mut inner).map(|()| inner)
        })
        .collect::<Result<_, _>>()?;
    found.extend(nested.into_iter().flatten());
    Ok(())
}

fn remove_tree(dir: &Path) -> Result<(), WriteError> {
    // An archive of many versions is thousands of folders; removing them side by side keeps
    // both cores busy with what is mostly file-system work.
    let entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(io_at(dir))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io_at(dir))?;
    entries.par_iter().try_for_each(|path| {
        let removed = if fs::symlink_metadata(path).is_ok_and(|m| m.is_dir()) {
            fs::remove_dir_all(path)
        } else {
            fs::remove_file(path)
        };
        removed.map_err(io_at(path))
    })?;
    fs::remove_dir(dir).map_err(io_at(dir))
}

/// Makes `dir` hold exactly `site` (and the marker), reusing what it already holds: a file
/// whose bytes are already right is left alone, a file or folder the site no longer has is
/// removed, the rest is written. On a fresh folder, that is writing the whole site.
fn stage(site: &Site, dir: &Path) -> Result<(), WriteError> {
    let existing = if exists(dir) {
        list_tree(dir)?
    } else {
        fs::create_dir_all(dir).map_err(io_at(dir))?;
        BTreeMap::new()
    };
    let marker = dir.join(MARKER);
    let marker_text = marker_text(site);
    // Marked first: a build interrupted from here on leaves a folder the next one recognises.
    if !existing.contains_key(MARKER) {
        fs::write(&marker, &marker_text).map_err(io_at(&marker))?;
    }
    let folders: BTreeSet<&str> = site
        .iter()
        .filter_map(|(relative, _)| relative.rsplit_once('/').map(|(folder, _)| folder))
        .flat_map(|folder| {
            folder
                .match_indices('/')
                .map(|(i, _)| &folder[..i])
                .chain([folder])
        })
        .collect();
    // Folders whose entries changed, for the flush.
    let mut touched = remove_unwanted(dir, site, &folders, &existing)?;
    // Each folder once, parents before children (the set is sorted), then the files in
    // parallel: creating thousands of files is the file system's work, and it takes both cores.
    for folder in &folders {
        if !matches!(existing.get(*folder), Some(Entry::Folder)) {
            let path = dir.join(folder);
            fs::create_dir_all(&path).map_err(io_at(&path))?;
            touched.insert(parent_of(folder).to_owned());
        }
    }
    let files: Vec<(&str, &[u8])> = site.iter().collect();
    let written: Vec<&str> = files
        .par_iter()
        .map(|&(relative, bytes)| {
            let path = dir.join(relative);
            let same_size = matches!(existing.get(relative), Some(&Entry::File(size)) if size == bytes.len() as u64);
            if same_size && fs::read(&path).is_ok_and(|old| old == bytes) {
                return Ok(None);
            }
            fs::write(&path, bytes).map_err(io_at(&path))?;
            Ok(Some(relative))
        })
        .filter_map(Result::transpose)
        .collect::<Result<_, WriteError>>()?;
    for relative in &written {
        if !existing.contains_key(*relative) {
            touched.insert(parent_of(relative).to_owned());
        }
    }
    fs::write(&marker, &marker_text).map_err(io_at(&marker))?;
    let mut written = written;
    written.push(MARKER);
    sync_tree(dir, &written, &touched)
}

/// Removes from `dir` every entry that is neither a file of `site`, nor one of its `folders`,
/// nor the marker: pages of an earlier build, and anything standing where a file or a folder
/// must go.
fn remove_unwanted(
    dir: &Path,
    site: &Site,
    folders: &BTreeSet<&str>,
    existing: &BTreeMap<String, Entry>,
) -> Result<BTreeSet<String>, WriteError> {
    let mut removed: BTreeSet<&str> = BTreeSet::new();
    let mut touched = BTreeSet::new();
    // Sorted, so a folder comes before what it holds, and what a removed folder held is
    // skipped.
    for (path, entry) in existing {
        let within_removed = path
            .match_indices('/')
            .any(|(i, _)| removed.contains(&path[..i]));
        if path == MARKER || within_removed {
            continue;
        }
        let wanted = match entry {
            Entry::Folder => folders.contains(path.as_str()),
            Entry::File(_) => site.get(path).is_some(),
            Entry::Other => false,
        };
        if wanted {
            continue;
        }
        let full = dir.join(path);
        match entry {
            Entry::Folder => {
                fs::remove_dir_all(&full).map_err(io_at(&full))?;
                removed.insert(path);
            }
            Entry::File(_) | Entry::Other => fs::remove_file(&full).map_err(io_at(&full))?,
        }
        touched.insert(parent_of(path).to_owned());
    }
    Ok(touched)
}

/// The folder that holds `relative` (`""` for the top of the tree).
fn parent_of(relative: &str) -> &str {
    relative.rsplit_once('/').map_or("", |(folder, _)| folder)
}

/// The name of the file that keeps the tree kept for the next build out of git.
const GITIGNORE: &str = ".gitignore";

/// Readies the tree the swap put in the staging folder for the next build: a `.gitignore` of
/// `*` in it, unless the site has one of its own there (the next [`stage`] removes it with the
/// other files the site does not have). What was replaced was either a site of ours, marked,
/// or an empty folder (see [`ensure_replaceable`]); an empty folder is not worth keeping.
fn keep_for_next_build(kept: &Path) -> Result<(), WriteError> {
    if !exists(kept) {
        return Ok(());
    }
    if !exists(&kept.join(MARKER)) {
        return fs::remove_dir(kept).map_err(io_at(kept));
    }
    let path = kept.join(GITIGNORE);
    if exists(&path) {
        return Ok(());
    }
    fs::write(
        &path,
        "# The previous build, kept by privasite to make the next one faster.\n*\n",
    )
    .map_err(io_at(&path))
}

/// Above this many rewritten files one `syncfs` is cheaper than an `fsync` each (Linux): a
/// first build of a long history writes thousands, a rebuild a handful.
#[cfg(target_os = "linux")]
const FSYNC_EACH_UP_TO: usize = 256;

/// Flushes what [`stage`] changed to disk before the tree is swapped in, so a power cut after
/// the swap cannot leave a published site of empty or stale files: each rewritten file and
/// each folder that gained or lost an entry, or the whole file system at once when that is
/// cheaper. `syncfs` also flushes other programs' writes to the same disk, so it is kept for
/// the builds that write much.
fn sync_tree(dir: &Path, written: &[&str], folders: &BTreeSet<String>) -> Result<(), WriteError> {
    #[cfg(target_os = "linux")]
    if written.len() > FSYNC_EACH_UP_TO {
        use std::os::fd::AsRawFd;
        let handle = fs::File::open(dir).map_err(io_at(dir))?;
        // SAFETY: the descriptor is open for the duration of the call.
        if unsafe { libc::syncfs(handle.as_raw_fd()) } != 0 {
            return Err(io_at(dir)(io::Error::last_os_error()));
        }
        return Ok(());
    }
    written.par_iter().try_for_each(|relative| {
        let path = dir.join(relative);
        fs::File::open(&path)
            .and_then(|f| f.sync_all())
            .map_err(io_at(&path))
    })?;
    folders
        .par_iter()
        .try_for_each(|folder| sync_dir(&dir.join(folder)))
}

/// Makes the renames themselves durable.
fn sync_dir(dir: &Path) -> Result<(), WriteError> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(io_at(dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Puts the staging tree at the target: in one step where the OS can, else with two renames.
fn swap_in(target: &Target) -> Result<(), WriteError> {
    if !exists(&target.dir) {
        return fs::rename(&target.staging, &target.dir).map_err(io_at(&target.dir));
    }
    match exchange(&target.staging, &target.dir) {
        // The staging name now holds the old site, kept for the next build.
        Ok(()) => return Ok(()),
        Err(e) if exchange_unsupported(&e) => {}
        Err(e) => return Err(io_at(&target.dir)(e)),
    }
    fs::rename(&target.dir, &target.previous).map_err(io_at(&target.dir))?;
    if let Err(e) = fs::rename(&target.staging, &target.dir) {
        // Put the previous output back so the site is never left half-replaced.
        let _ = fs::rename(&target.previous, &target.dir);
        return Err(io_at(&target.dir)(e));
    }
    // Where the rename fails, the next build's repair removes the old site instead.
    let _ = fs::rename(&target.previous, &target.staging);
    Ok(())
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let cstring = |p: &Path| {
        CString::new(p.as_os_str().as_bytes())
            .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))
    };
    let (a, b) = (cstring(a)?, cstring(b)?);
    // SAFETY: both paths are valid NUL-terminated strings for the duration of the call.
    let status = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if status == 0 {
        return Ok(());
    }
    let error = io::Error::last_os_error();
    match error.raw_os_error() {
        Some(libc::ENOSYS | libc::EINVAL) => Err(io::ErrorKind::Unsupported.into()),
        _ => Err(error),
    }
}

#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> io::Result<()> {
    Err(io::Error::from(io::ErrorKind::Unsupported))
}

/// Kernels or file systems without `RENAME_EXCHANGE` (old kernels, some network file systems)
/// report it as unsupported; the two-rename fallback takes over.
fn exchange_unsupported(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::Unsupported
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_page(text: &str) -> Site {
        let mut site = Site::default();
        site.insert("en/privacy/index.html".into(), text.as_bytes().to_vec());
        site
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<_> = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// A site root beside the output, as `content/` is beside `public/`.
    fn root(tmp: &Path) -> PathBuf {
        let root = tmp.join("site");
        fs::create_dir_all(root.join("content")).unwrap();
        root
    }

    // A second build replaces the first completely (a file it wrote and then no longer writes
    // goes away). Beside the output only the kept previous site remains, out of git's sight.
    #[test]
    fn replaces_previous_output() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        let mut first = one_page("one");
        first.insert("old.html".into(), b"old".to_vec());
        publish(&first, &out, &root).unwrap();
        publish(&one_page("two"), &out, &root).unwrap();
        assert_eq!(
            fs::read_to_string(out.join("en/privacy/index.html")).unwrap(),
            "two"
        );
        assert!(!out.join("old.html").exists());
        assert_eq!(
            names(&root),
            [".public.privasite-staging", "content", "public"]
        );
        let kept = root.join(".public.privasite-staging");
        assert!(kept.join("old.html").is_file(), "the previous site is kept");
        assert!(
            fs::read_to_string(kept.join(GITIGNORE))
                .unwrap()
                .ends_with("*\n")
        );
        assert!(!out.join(GITIGNORE).exists());
    }

    // The kept tree is the next build's starting point: a page that did not change is the same
    // file with its modification time, a changed page has its new bytes, a page the site no
    // longer has is gone, and a file may become a folder and back.
    #[cfg(unix)]
    #[test]
    fn the_kept_tree_is_updated_not_rewritten() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        let site = |about: &str, shape: &str| {
            let mut site = Site::default();
            site.insert("en/same/index.html".into(), b"unchanged".to_vec());
            site.insert("en/about/index.html".into(), about.as_bytes().to_vec());
            site.insert(shape.into(), b"shape".to_vec());
            site
        };
        // Three builds, so the third is staged in the tree the first one wrote.
        publish(&site("first", "x"), &out, &root).unwrap();
        publish(&site("second", "x"), &out, &root).unwrap();
        let before = fs::metadata(out.join("en/same/index.html")).unwrap();
        let kept = fs::metadata(root.join(".public.privasite-staging/en/same/index.html")).unwrap();
        publish(&site("third", "x/y"), &out, &root).unwrap();
        let after = fs::metadata(out.join("en/same/index.html")).unwrap();
        assert_eq!(
            (after.ino(), after.mtime_nsec()),
            (kept.ino(), kept.mtime_nsec())
        );
        assert_ne!(after.ino(), before.ino(), "the published tree was swapped");
        assert_eq!(
            fs::read_to_string(out.join("en/about/index.html")).unwrap(),
            "third"
        );
        assert_eq!(fs::read_to_string(out.join("x/y")).unwrap(), "shape");
        publish(&site("fourth", "x"), &out, &root).unwrap();
        assert_eq!(fs::read_to_string(out.join("x")).unwrap(), "shape");
        assert_eq!(
            fs::read_to_string(out.join("en/about/index.html")).unwrap(),
            "fourth"
        );
        let listed: Vec<String> = list_tree(&out).unwrap().into_keys().collect();
        assert_eq!(
            listed,
            [
                MARKER,
                "en",
                "en/about",
                "en/about/index.html",
                "en/same",
                "en/same/index.html",
                "x"
            ]
        );
    }

    // A staging folder privasite did not mark is somebody's, and is neither reused nor removed.
    #[test]
    fn an_unmarked_staging_folder_is_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        let staging = root.join(".public.privasite-staging");
        fs::create_dir_all(&staging).unwrap();
        fs::write(staging.join("notes.txt"), "mine").unwrap();
        let err = publish(&one_page("x"), &out, &root).unwrap_err();
        assert!(matches!(err, WriteError::NotOurs(_)), "{err}");
        assert_eq!(
            fs::read_to_string(staging.join("notes.txt")).unwrap(),
            "mine"
        );
    }

    // A folder with the author's own files is never emptied.
    #[test]
    fn refuses_a_folder_it_did_not_create() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = tmp.path().join("www");
        fs::create_dir_all(&out).unwrap();
        fs::write(out.join("notes.txt"), "mine").unwrap();
        let err = publish(&one_page("x"), &out, &root).unwrap_err();
        assert!(matches!(err, WriteError::NotOurs(_)), "{err}");
        assert_eq!(fs::read_to_string(out.join("notes.txt")).unwrap(), "mine");
    }

    // A marker copied along with the site (`cp -r public/. www/`) does not make the author's
    // files ours: the file is named and kept.
    #[test]
    fn a_copied_marker_does_not_adopt_other_files() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        publish(&one_page("x"), &out, &root).unwrap();
        fs::create_dir_all(out.join("img")).unwrap();
        fs::write(out.join("img/logo.svg"), "<svg/>").unwrap();
        let err = publish(&one_page("y"), &out, &root).unwrap_err();
        assert!(err.to_string().contains("img"), "{err}");
        assert!(out.join("img/logo.svg").exists());
    }

    // A page edited by hand after the build is the author's work now.
    #[test]
    fn an_edited_page_is_not_replaced() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        publish(&one_page("x"), &out, &root).unwrap();
        fs::write(out.join("en/privacy/index.html"), "edited by hand").unwrap();
        let err = publish(&one_page("y"), &out, &root).unwrap_err();
        assert!(
            matches!(&err, WriteError::Changed { path, .. } if path == "en/privacy/index.html"),
            "{err}"
        );
    }

    // A crash between the two renames of the fallback leaves the old site aside; the next run
    // puts it back and says so.
    #[test]
    fn a_site_left_aside_by_a_crash_is_put_back() {
        let tmp = tempfile::tempdir().unwrap();
        let root = root(tmp.path());
        let out = root.join("public");
        publish(&one_page("published"), &out, &root).unwrap();
        let aside = root.join(".public.privasite-previous");
        fs::rename(&out, &aside).unwrap();
        let target = Target::resolve(&out).unwrap();
        let repairs = repair(&target).unwrap();
        assert!(
            matches!(repairs.as_slice(), [Repair::Restored { .. }]),
            "{repairs:?}"
        );
        assert_eq!(
            fs::read_to_string(out.join("en/privacy/index.html")).unwrap(),
            "published"
        );
        assert!(!aside.exists());
        // And the next publish replaces it as usual.
        let published = publish(&one_page("next"), &out, &root).unwrap();
        assert!(published.repairs.is_empty());
    }

    // The marker lists every file, so the next build can tell ours from anything else.
    #[test]
    fn marker_round_trips() {
        let site = one_page("abc");
        let text = marker_text(&site);
        let listed = parse_marker(&text).unwrap();
        assert_eq!(listed.get("en/privacy/index.html"), Some(&3));
        assert_eq!(
            parse_marker("This directory is generated by privasite"),
            None
        );
    }
}

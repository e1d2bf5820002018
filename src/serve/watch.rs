//! Watching the site's files: `content/` (the history included), `locales/` and `themes/`.
//! A short debounce folds an editor's several writes into one change; editors' temporary,
//! backup and swap files are ignored; a save by rename (vim, JetBrains) or by deleting and
//! re-creating the file is one change of the file itself.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::RecursiveMode;
use notify_debouncer_full::{DebounceEventResult, new_debouncer};

/// The folders under the root that hold the site's inputs.
pub const WATCHED: &[&str] = &["content", "locales", "themes"];

/// How long the watcher waits for an editor to finish writing. Editors that save by rename
/// touch the file twice or three times within a few milliseconds.
const DEBOUNCE: Duration = Duration::from_millis(10);

/// Every change to the site's files, one relevant path per debounced batch. The watcher lives
/// as long as the iterator.
pub fn watch(root: &Path) -> Result<impl Iterator<Item = PathBuf>, String> {
    // Events name files by absolute paths: a relative root (`.`, the default) would match
    // none of them.
    let root = std::fs::canonicalize(root).map_err(|e| format!("{}: {e}", root.display()))?;
    let root = root.as_path();
    let (sender, receiver) = mpsc::channel::<DebounceEventResult>();
    let mut debouncer = new_debouncer(DEBOUNCE, None, sender).map_err(|e| e.to_string())?;
    // The root itself, not recursively, so a `locales/` or `themes/` folder created while
    // serving is seen; the folders that exist, recursively.
    debouncer
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(|e| format!("{}: {e}", root.display()))?;
    for folder in WATCHED {
        let path = root.join(folder);
        if path.is_dir() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| format!("{}: {e}", path.display()))?;
        }
    }
    let root = root.to_path_buf();
    Ok(receiver.into_iter().filter_map(move |batch| {
        // Keeps the debouncer (and its watches) alive with the iterator.
        let _watching = &debouncer;
        let events = batch.ok()?;
        events
            .iter()
            // Reading a file is an event too (the build's own reads among them): only a
            // write, a creation, a rename or a removal changes the site.
            .filter(|e| e.kind.is_create() || e.kind.is_modify() || e.kind.is_remove())
            .flat_map(|e| e.paths.iter())
            .find(|p| is_input(&root, p))
            .cloned()
    }))
}

/// Whether `path` is one of the site's inputs, not an editor's scratch file.
pub fn is_input(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    let in_watched = relative
        .components()
        .next()
        .and_then(|c| c.as_os_str().to_str())
        .is_some_and(|first| WATCHED.contains(&first));
    let name = relative
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    in_watched && !is_scratch(name)
}

/// Editors' temporary, backup, lock and swap files.
fn is_scratch(name: &str) -> bool {
    name.ends_with('~')
        || name.starts_with(".#")
        || name == "4913"
        || [
            ".swp",
            ".swx",
            ".swo",
            ".tmp",
            ".bak",
            ".kate-swp",
            "___jb_tmp___",
            "___jb_old___",
        ]
        .iter()
        .any(|suffix| name.ends_with(suffix))
        || (name.starts_with('#') && name.ends_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_count_and_scratch_files_do_not() {
        let root = Path::new("/site");
        for input in [
            "content/policy.yaml",
            "content/history/2025-03-01.yaml",
            "locales/nl/pages.ftl",
            "themes/default/templates/base.html",
            "content",
        ] {
            assert!(is_input(root, &root.join(input)), "{input}");
        }
        for other in [
            "content/.policy.yaml.swp",
            "content/policy.yaml~",
            "content/4913",
            "content/.#policy.yaml",
            "content/policy.yaml___jb_tmp___",
            "public/index.html",
            ".git/index",
            "README.md",
        ] {
            assert!(!is_input(root, &root.join(other)), "{other}");
        }
    }
}

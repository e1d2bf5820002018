//! `privasite init`: a new site from the starter compiled into the binary.
//!
//! The starter is a commented `site.yaml` and a `policy.yaml` whose every fact is
//! `not_stated`: it builds as a draft at once, each page saying "not stated" where the author
//! has still to write, and `check` lists what is open. Nothing in it is a fact about anybody,
//! so a forgotten line can never publish a false sentence. Only a folder that is empty (but for
//! hidden files such as `.git`) is written into: nothing the user has is overwritten.

use std::path::{Path, PathBuf};

use crate::assets::{self, Asset};
use crate::project::io_reason;
use crate::schema;

/// What to write.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The languages of the site, in menu order; the first is the default.
    pub languages: Vec<String>,
    /// Copy the built-in theme into `themes/default/`, to edit it.
    pub eject_theme: bool,
    /// Copy the built-in translations of the site's languages into `locales/`, to reword them.
    pub eject_locales: bool,
}

/// Why the site was not created.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// The folder holds files already.
    #[error(
        "{path} is not empty ({first} is in it); privasite init only writes into an empty folder, so nothing of yours is overwritten"
    )]
    NotEmpty {
        /// The folder.
        path: PathBuf,
        /// One of the entries found.
        first: String,
    },
    /// No language was given.
    #[error("the site needs at least one language")]
    NoLanguage,
    /// A language privasite has no texts for.
    #[error("privasite has no texts for the language `{lang}`; it has {known}")]
    UnknownLanguage {
        /// The language asked for.
        lang: String,
        /// The built-in languages, listed.
        known: String,
    },
    /// A file or folder could not be written.
    #[error("{path}: could not be written ({reason})")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The system's reason.
        reason: String,
    },
}

impl InitError {
    /// What to do about it.
    pub fn hint(&self) -> Option<String> {
        match self {
            InitError::NotEmpty { .. } => {
                Some("give the name of a new folder: `privasite init my-policy`".into())
            }
            InitError::UnknownLanguage { lang, .. } => Some(format!(
                "start with the languages privasite has, then add a folder locales/{lang}/ with its translations (README, \"Your own wording, your own theme, a new language\")"
            )),
            InitError::NoLanguage => Some("write for example `--languages nl,fr,en`".into()),
            _ => None,
        }
    }
}

/// Creates a site in `dir` (made if it does not exist). Returns the files written, relative
/// to `dir`.
pub fn init(dir: &Path, options: &InitOptions) -> Result<Vec<PathBuf>, InitError> {
    check_languages(&options.languages)?;
    refuse_non_empty(dir)?;
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for asset in assets::STARTER {
        files.push((
            PathBuf::from(asset.path),
            starter_text(asset, options).into_bytes(),
        ));
    }
    // A repository may have its own `.gitignore` already (hidden files do not make a folder
    // non-empty): it is the user's, and left as it is.
    if !dir.join(".gitignore").exists() {
        files.push((
            PathBuf::from(".gitignore"),
            b"# The built site.\n/public/\n".to_vec(),
        ));
    }
    if options.eject_theme {
        copy_group(&mut files, "themes/default/templates", assets::TEMPLATES);
        copy_group(&mut files, "themes/default/static", assets::STATIC);
    }
    if options.eject_locales {
        for lang in &options.languages {
            for asset in assets::locale_files(lang) {
                files.push((Path::new("locales").join(asset.path), asset.bytes.to_vec()));
            }
        }
    }
    let mut written = Vec::new();
    for (relative, bytes) in files {
        write_file(&dir.join(&relative), &bytes)?;
        written.push(relative);
    }
    let schemas = schema::write(&dir.join(schema::DEFAULT_FOLDER)).map_err(|e| match e {
        schema::SchemaError::Io { path, reason } => InitError::Io { path, reason },
        schema::SchemaError::NotOurs { path } => InitError::NotEmpty {
            path: dir.to_path_buf(),
            first: path.display().to_string(),
        },
    })?;
    written.extend(
        schemas
            .iter()
            .filter_map(|p| p.strip_prefix(dir).ok().map(Path::to_path_buf)),
    );
    Ok(written)
}

fn check_languages(languages: &[String]) -> Result<(), InitError> {
    if languages.is_empty() {
        return Err(InitError::NoLanguage);
    }
    let built_in = assets::built_in_languages();
    match languages.iter().find(|l| !built_in.contains(&l.as_str())) {
        Some(lang) => Err(InitError::UnknownLanguage {
            lang: lang.clone(),
            known: built_in.join(", "),
        }),
        None => Ok(()),
    }
}

/// Hidden entries (`.git`, `.gitignore` of a fresh repository) do not count: `git init` then
/// `privasite init` is the usual order.
fn refuse_non_empty(dir: &Path) -> Result<(), InitError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(InitError::Io {
                path: dir.to_path_buf(),
                reason: io_reason(&e),
            });
        }
    };
    let mut visible: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('.'))
        .collect();
    visible.sort();
    match visible.into_iter().next() {
        Some(first) => Err(InitError::NotEmpty {
            path: dir.to_path_buf(),
            first,
        }),
        None => Ok(()),
    }
}

/// The starter file with the site's languages filled in.
fn starter_text(asset: &Asset, options: &InitOptions) -> String {
    let languages = format!("[{}]", options.languages.join(", "));
    let default = options.languages.first().cloned().unwrap_or_default();
    asset
        .text()
        .replace("{{languages}}", &languages)
        .replace("{{default_language}}", &default)
}

fn copy_group(files: &mut Vec<(PathBuf, Vec<u8>)>, folder: &str, group: &[Asset]) {
    for asset in group {
        files.push((Path::new(folder).join(asset.path), asset.bytes.to_vec()));
    }
}

/// Writes a new file; an existing one (which the emptiness check makes impossible short of a
/// race) is an error rather than overwritten.
fn write_file(path: &Path, bytes: &[u8]) -> Result<(), InitError> {
    use std::io::Write;
    let io = |path: &Path, e: std::io::Error| InitError::Io {
        path: path.to_path_buf(),
        reason: io_reason(&e),
    };
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| io(path, e))?;
    file.write_all(bytes).map_err(|e| io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(languages: &[&str]) -> InitOptions {
        InitOptions {
            languages: languages.iter().map(|l| l.to_string()).collect(),
            eject_theme: false,
            eject_locales: false,
        }
    }

    // The languages asked for are the site's, the first the default.
    #[test]
    fn the_starter_names_the_languages() {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), &options(&["fr", "nl"])).unwrap();
        let site = std::fs::read_to_string(dir.path().join("content/site.yaml")).unwrap();
        assert!(site.contains("\nlanguages: [fr, nl]\n"), "{site}");
        assert!(site.contains("\ndefault_language: fr\n"), "{site}");
        assert!(!site.contains("{{"), "{site}");
    }

    // A folder with anything visible in it is left exactly as it was.
    #[test]
    fn a_folder_with_files_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
        let err = init(dir.path(), &options(&["nl"])).unwrap_err();
        assert!(matches!(err, InitError::NotEmpty { ref first, .. } if first == "notes.txt"));
        let entries: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(entries.len(), 1);
        // Hidden entries, such as a fresh repository's `.git`, do not count.
        let fresh = tempfile::tempdir().unwrap();
        std::fs::create_dir(fresh.path().join(".git")).unwrap();
        std::fs::write(fresh.path().join(".gitignore"), "target/\n").unwrap();
        assert!(init(fresh.path(), &options(&["nl"])).is_ok());
        // The repository's own .gitignore is theirs.
        let ignore = std::fs::read_to_string(fresh.path().join(".gitignore")).unwrap();
        assert_eq!(ignore, "target/\n");
    }

    #[test]
    fn a_language_without_texts_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = init(dir.path(), &options(&["nl", "es"])).unwrap_err();
        assert!(matches!(err, InitError::UnknownLanguage { ref lang, .. } if lang == "es"));
        assert!(!dir.path().join("content").exists());
    }

    // Ejecting copies exactly the built-in files, so the site starts out looking the same.
    #[test]
    fn ejecting_copies_the_built_in_files() {
        let dir = tempfile::tempdir().unwrap();
        let mut opts = options(&["nl", "en"]);
        opts.eject_theme = true;
        opts.eject_locales = true;
        let written = init(dir.path(), &opts).unwrap();
        for asset in assets::TEMPLATES {
            let path = dir.path().join("themes/default/templates").join(asset.path);
            assert_eq!(
                std::fs::read(&path).unwrap(),
                asset.bytes,
                "{}",
                path.display()
            );
        }
        assert!(
            written.contains(&PathBuf::from("locales/nl/pages.ftl")),
            "{written:?}"
        );
        assert!(!dir.path().join("locales/fr").exists());
    }
}

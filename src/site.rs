//! The generated site as a value: output paths (`nl/privacy/index.html`) to bytes, in memory.
//! [`crate::output`] writes it to disk; `serve` serves it from memory.

use std::collections::BTreeMap;

/// Every output file, by path relative to the output directory. Ordered, so writing and hashing
/// are deterministic.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Site {
    files: BTreeMap<String, Vec<u8>>,
}

impl Site {
    /// Adds or replaces the file at `path`.
    pub fn insert(&mut self, path: String, bytes: Vec<u8>) {
        self.files.insert(path, bytes);
    }

    /// Adds every file of `other`, replacing files of the same path.
    pub fn extend(&mut self, other: Site) {
        self.files.extend(other.files);
    }

    /// The file at `path` (`nl/privacy/index.html`), if the site has it.
    pub fn get(&self, path: &str) -> Option<&[u8]> {
        self.files.get(path).map(Vec::as_slice)
    }

    /// Every file, in path order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[u8])> {
        self.files.iter().map(|(p, b)| (p.as_str(), b.as_slice()))
    }

    /// How many files the site has.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the site has no files.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The total size of the files, in bytes.
    pub fn total_bytes(&self) -> usize {
        self.files.values().map(Vec::len).sum()
    }
}

//! Remembered results of pure functions of text, for the life of the process.
//!
//! A long history repeats most of its text from one version to the next, and `serve` builds
//! the same site again on every save: the same prose is converted to HTML, and the same two
//! archived texts are compared, over and over. A [`Memo`] keeps each result by the exact text
//! it came from, so what it returns is what the function would return now: it cannot go stale.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex};

/// Results by the text they were computed from, at most `bound` of them: a dev server running
/// for days starts over rather than grow without end.
pub struct Memo<V> {
    entries: LazyLock<Mutex<HashMap<String, V>>>,
    bound: usize,
    remembering: AtomicBool,
}

impl<V: Clone> Memo<V> {
    /// An empty memo that keeps at most `bound` results.
    pub const fn new(bound: usize) -> Memo<V> {
        Memo::starting(bound, true)
    }

    /// A memo that computes every result until [`Memo::remember`] is called: for results a
    /// single build needs once each, which only a process that builds again can use.
    pub const fn off_until_asked(bound: usize) -> Memo<V> {
        Memo::starting(bound, false)
    }

    const fn starting(bound: usize, remembering: bool) -> Memo<V> {
        Memo {
            entries: LazyLock::new(Default::default),
            bound,
            remembering: AtomicBool::new(remembering),
        }
    }

    /// From now on, results are remembered.
    pub fn remember(&self) {
        self.remembering.store(true, Ordering::Relaxed);
    }

    /// Whether results are remembered: a caller whose key costs something to build skips it
    /// when they are not.
    pub fn is_remembering(&self) -> bool {
        self.remembering.load(Ordering::Relaxed)
    }

    /// The result for `key`, computed by `compute` when it is not remembered. `compute` runs
    /// without the lock held, so threads computing different results do not wait for each
    /// other.
    pub fn get_or(&self, key: &str, compute: impl FnOnce() -> V) -> V {
        if !self.is_remembering() {
            return compute();
        }
        if let Some(found) = self.get(key) {
            return found;
        }
        let value = compute();
        self.keep(key, value.clone());
        value
    }

    /// The result remembered for `key`, if any.
    pub fn get(&self, key: &str) -> Option<V> {
        if !self.is_remembering() {
            return None;
        }
        self.entries.lock().ok()?.get(key).cloned()
    }

    /// Remembers `value` as the result for `key`, when results are remembered.
    pub fn keep(&self, key: &str, value: V) {
        if !self.is_remembering() {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= self.bound {
                entries.clear();
            }
            entries.insert(key.to_owned(), value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    /// The length of `text` through `memo`, counting the times it is computed.
    fn length(memo: &Memo<usize>, calls: &Cell<usize>, text: &str) -> usize {
        memo.get_or(text, || {
            calls.set(calls.get() + 1);
            text.len()
        })
    }

    // A result is computed once per key, and a full memo starts over instead of growing.
    #[test]
    fn computes_once_per_key_within_its_bound() {
        static MEMO: Memo<usize> = Memo::new(2);
        let calls = Cell::new(0);
        let length = |text| length(&MEMO, &calls, text);
        assert_eq!((length("ab"), length("ab"), length("abc")), (2, 2, 3));
        assert_eq!(calls.get(), 2);
        length("abcd");
        assert!(MEMO.entries.lock().unwrap().len() <= 2);
        assert_eq!(length("abcd"), 4);
        assert_eq!(calls.get(), 3);
    }

    // Until it is asked to remember, a memo computes every time and keeps nothing.
    #[test]
    fn an_idle_memo_keeps_nothing() {
        static MEMO: Memo<usize> = Memo::off_until_asked(10);
        let calls = Cell::new(0);
        let length = |text| length(&MEMO, &calls, text);
        length("ab");
        length("ab");
        assert_eq!(calls.get(), 2);
        assert!(MEMO.entries.lock().unwrap().is_empty());
        MEMO.remember();
        length("ab");
        length("ab");
        assert_eq!(calls.get(), 3);
    }
}

//! localStorage, with a memory fallback when the browser blocks or lacks it.
//!
//! Storage can be missing (`None`), blocked (`Err`, e.g. a sandboxed frame or strict
//! privacy settings) or full (`setItem` throws QuotaExceededError). None of these may crash
//! the widget: the reader keeps working in memory and is told their answers won't be kept.

use std::cell::RefCell;
use std::collections::BTreeMap;

/// Why a value could not be kept in localStorage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refused the write (usually QuotaExceededError); the old value is intact.
    WriteRefused(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::WriteRefused(_) => write!(
                f,
                "Your browser's storage is full, so the latest change could not be saved."
            ),
        }
    }
}

/// A key-value store backed by localStorage when it works, by memory when it does not.
pub struct KeyValueStore {
    local: Option<web_sys::Storage>,
    memory: RefCell<BTreeMap<String, String>>,
}

impl KeyValueStore {
    /// Opens localStorage, falling back to memory when it is missing or blocked.
    pub fn open() -> Self {
        let local = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            // Safari's private mode used to hand out a store that throws on every write.
            .filter(|s| {
                let probe = "knot-coach:probe";
                s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok()
            });
        Self::with(local)
    }

    /// A store that never touches localStorage (for tests and blocked browsers).
    pub fn in_memory() -> Self {
        Self::with(None)
    }

    fn with(local: Option<web_sys::Storage>) -> Self {
        Self {
            local,
            memory: RefCell::new(BTreeMap::new()),
        }
    }

    /// Whether values outlive the page.
    pub fn is_persistent(&self) -> bool {
        self.local.is_some()
    }

    /// The value under `key`, if any.
    pub fn get(&self, key: &str) -> Option<String> {
        match &self.local {
            Some(local) => local.get_item(key).ok().flatten(),
            None => self.memory.borrow().get(key).cloned(),
        }
    }

    /// Writes `value` under `key`. On failure the previous value stays as it was.
    /// Writes to the memory fallback always succeed; [`Self::is_persistent`] says whether they last.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.local {
            Some(local) => local.set_item(key, value).map_err(|e| {
                StorageError::WriteRefused(
                    js_sys::Reflect::get(&e, &"name".into())
                        .ok()
                        .and_then(|n| n.as_string())
                        .unwrap_or_else(|| "unknown error".into()),
                )
            }),
            None => {
                self.memory
                    .borrow_mut()
                    .insert(key.to_owned(), value.to_owned());
                Ok(())
            }
        }
    }

    /// Deletes the value under `key`.
    pub fn remove(&self, key: &str) {
        match &self.local {
            Some(local) => {
                let _ = local.remove_item(key);
            }
            None => {
                self.memory.borrow_mut().remove(key);
            }
        }
    }
}

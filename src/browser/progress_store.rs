//! The progress document in localStorage: loading with every failure handled, saving
//! without ever losing the previous copy, and hearing about writes from other tabs.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::clock;
use super::storage::{KeyValueStore, StorageError};
use crate::domain::store::{self, DecodeError, Document};

/// What happened when the progress was loaded, for the notice the reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing saved yet (or only blank text): a fresh log, with nothing to write until it changes.
    NothingSaved,
    /// Read cleanly.
    Fine,
    /// Storage is blocked or missing: progress lasts for this visit only.
    MemoryOnly,
    /// The saved text could not be read; it was kept under `backup_key` and a fresh log begun.
    Damaged {
        /// Where the damaged text was kept.
        backup_key: String,
    },
    /// Some sessions or fields could not be used; the original was kept under `backup_key`.
    Repaired {
        /// Where the original text was kept.
        backup_key: String,
        /// How many sessions were left out.
        dropped: usize,
    },
    /// Saved by a newer version: shown read-only and never overwritten.
    NewerVersion,
}

/// Reads the progress document under `key`, giving each session saved without a UTC offset
/// (by an older build) the offset of its start in the reader's time zone now.
pub fn load(kv: &KeyValueStore, key: &str) -> (Document, LoadOutcome) {
    let (mut document, outcome) = load_as_stored(kv, key);
    document.history.pin_offsets(clock::utc_offset_min_at);
    (document, outcome)
}

fn load_as_stored(kv: &KeyValueStore, key: &str) -> (Document, LoadOutcome) {
    let fresh = || Document::new(clock::epoch_ms());
    if !kv.is_persistent() {
        return (fresh(), LoadOutcome::MemoryOnly);
    }
    let Some(text) = kv.get(key) else {
        return (fresh(), LoadOutcome::NothingSaved);
    };
    match store::decode(&text) {
        Ok(document) if document.needs_backup() => {
            let backup_key = backup(kv, key, &text);
            let dropped = document.dropped_sessions();
            (
                document,
                LoadOutcome::Repaired {
                    backup_key,
                    dropped,
                },
            )
        }
        Ok(document) => (document, LoadOutcome::Fine),
        Err(DecodeError::Empty) => (fresh(), LoadOutcome::NothingSaved),
        Err(DecodeError::NewerVersion(_)) => match store::decode_read_only(&text) {
            Ok(document) => (document, LoadOutcome::NewerVersion),
            Err(_) => {
                let mut document = fresh();
                document.read_only = true;
                (document, LoadOutcome::NewerVersion)
            }
        },
        Err(DecodeError::NotJson(_) | DecodeError::NotADocument(_)) => {
            let backup_key = backup(kv, key, &text);
            (fresh(), LoadOutcome::Damaged { backup_key })
        }
    }
}

/// Keeps `text` under a backup key next to `key`, returning that key.
fn backup(kv: &KeyValueStore, key: &str, text: &str) -> String {
    let backup_key = format!("{key}:backup:{}", clock::epoch_ms());
    if let Err(error) = kv.set(&backup_key, text) {
        super::console::warn(&format!(
            "knot-coach: could not keep a backup of damaged progress: {error}"
        ));
    }
    backup_key
}

/// Writes the document, unless it is read-only. A refused write leaves the old copy intact.
pub fn save(kv: &KeyValueStore, key: &str, document: &Document) -> Result<(), StorageError> {
    if document.read_only {
        return Ok(());
    }
    kv.set(key, &store::encode(document))
}

/// Calls a function with the new text whenever another tab writes `key`, until dropped.
/// (The tab that writes does not get its own `storage` events.)
pub struct OtherTabListener {
    closure: Option<Closure<dyn FnMut(web_sys::StorageEvent)>>,
}

impl OtherTabListener {
    /// Starts listening for writes to `key` by other tabs.
    pub fn new(key: String, mut on_write: impl FnMut(Option<String>) + 'static) -> Self {
        let closure = Closure::<dyn FnMut(web_sys::StorageEvent)>::new(
            move |event: web_sys::StorageEvent| {
                if event.key().as_deref() == Some(key.as_str()) {
                    on_write(event.new_value());
                }
            },
        );
        let added = web_sys::window().map(|w| {
            w.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        });
        Self {
            closure: added.is_some().then_some(closure),
        }
    }
}

impl Drop for OtherTabListener {
    fn drop(&mut self) {
        if let (Some(closure), Some(window)) = (self.closure.take(), web_sys::window()) {
            let _ = window
                .remove_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
    }
}

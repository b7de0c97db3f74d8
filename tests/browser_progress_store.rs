//! The progress document in real localStorage: damaged, newer, blocked and full storage.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::browser::clock;
use knot_coach::browser::progress_store::{self, LoadOutcome};
use knot_coach::browser::storage::KeyValueStore;
use knot_coach::domain::history::SessionRecord;
use knot_coach::domain::store::{self, Document};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const realSetItem = Storage.prototype.setItem;
export function fill_storage() {
  Storage.prototype.setItem = function (key, value) {
    if (key === 'knot-coach:probe') return realSetItem.call(this, key, value);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}
export function restore_storage() { Storage.prototype.setItem = realSetItem; }
"#)]
extern "C" {
    fn fill_storage();
    fn restore_storage();
}

fn session(id: &str) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms: 1_767_225_600_000,
        ended_ms: 1_767_226_200_000,
        routine: vec![],
        completed: vec!["prone-swimmers".into()],
        pain_before: None,
        pain_after: None,
        feedback: Default::default(),
        utc_offset_min: None,
    }
}

#[wasm_bindgen_test]
fn damaged_progress_is_kept_under_a_backup_key_and_a_fresh_log_begins() {
    let kv = KeyValueStore::open();
    let key = "kc-test:damaged:progress";
    kv.set(key, "{\"schema_version\":2,\"history\":{\"sess")
        .unwrap();
    let (document, outcome) = progress_store::load(&kv, key);
    assert!(document.history.sessions.is_empty());
    let LoadOutcome::Damaged { backup_key } = outcome else {
        panic!("expected Damaged, got {outcome:?}")
    };
    assert_eq!(
        kv.get(&backup_key).as_deref(),
        Some("{\"schema_version\":2,\"history\":{\"sess")
    );
    kv.remove(&backup_key);
    kv.remove(key);
}

#[wasm_bindgen_test]
fn progress_from_a_newer_version_opens_read_only_and_is_never_overwritten() {
    let kv = KeyValueStore::open();
    let key = "kc-test:newer:progress";
    let newer =
        "{\"schema_version\":99,\"format\":\"knot-coach-progress\",\"history\":{\"sessions\":[]}}";
    kv.set(key, newer).unwrap();
    let (mut document, outcome) = progress_store::load(&kv, key);
    assert_eq!(outcome, LoadOutcome::NewerVersion);
    assert!(document.read_only);
    document.history.record(session("new-here"));
    progress_store::save(&kv, key, &document).unwrap();
    assert_eq!(kv.get(key).as_deref(), Some(newer));
    kv.remove(key);
}

#[wasm_bindgen_test]
fn a_full_storage_refuses_the_write_and_keeps_the_previous_document() {
    let kv = KeyValueStore::open();
    let key = "kc-test:full:progress";
    let mut document = Document::new(1_767_225_600_000);
    document.history.record(session("first"));
    progress_store::save(&kv, key, &document).unwrap();
    let saved = kv.get(key).unwrap();
    document.history.record(session("second"));
    fill_storage();
    let result = progress_store::save(&kv, key, &document);
    restore_storage();
    assert!(result.is_err());
    assert_eq!(kv.get(key).unwrap(), saved);
    let (reloaded, outcome) = progress_store::load(&kv, key);
    assert_eq!(outcome, LoadOutcome::Fine);
    assert_eq!(reloaded.history.sessions.len(), 1);
    kv.remove(key);
}

#[wasm_bindgen_test]
fn blocked_storage_keeps_progress_in_memory_only() {
    let kv = KeyValueStore::in_memory();
    let (document, outcome) = progress_store::load(&kv, "kc-test:blocked:progress");
    assert_eq!(outcome, LoadOutcome::MemoryOnly);
    assert!(progress_store::save(&kv, "kc-test:blocked:progress", &document).is_ok());
}

#[wasm_bindgen_test]
fn a_saved_document_reads_back_the_same() {
    let kv = KeyValueStore::open();
    let key = "kc-test:roundtrip:progress";
    let mut document = Document::new(1_767_225_600_000);
    // As this build saves every session: with the reader's offset.
    let mut saved = session("a");
    saved.utc_offset_min = Some(60);
    document.history.record(saved);
    progress_store::save(&kv, key, &document).unwrap();
    let (reloaded, _) = progress_store::load(&kv, key);
    assert_eq!(store::encode(&reloaded), store::encode(&document));
    kv.remove(key);
}

#[wasm_bindgen_test]
fn sessions_saved_without_an_offset_load_with_the_offset_of_their_own_start() {
    let kv = KeyValueStore::open();
    let key = "kc-test:offsets:progress";
    let mut stored = Document::new(1_767_225_000_000);
    stored.history.record(session("old"));
    let mut abroad = session("abroad");
    abroad.started_ms += 86_400_000;
    abroad.ended_ms += 86_400_000;
    abroad.utc_offset_min = Some(-240);
    stored.history.record(abroad);
    kv.set(key, &store::encode(&stored)).unwrap();

    let (document, outcome) = progress_store::load(&kv, key);
    assert_eq!(outcome, LoadOutcome::Fine);
    let offsets: Vec<Option<i32>> = document
        .history
        .sessions
        .iter()
        .map(|s| s.utc_offset_min)
        .collect();
    assert_eq!(
        offsets,
        [
            Some(clock::utc_offset_min_at(1_767_225_600_000)),
            Some(-240)
        ]
    );
    kv.remove(key);
}

#[wasm_bindgen_test]
fn the_offset_now_is_the_offset_at_this_instant() {
    assert_eq!(
        clock::utc_offset_min_at(clock::epoch_ms()),
        clock::utc_offset_min()
    );
}

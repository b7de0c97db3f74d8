//! The localStorage adapter in a real browser, with storage working, blocked, missing and full.
//! Faults are injected by overriding `window.localStorage` and `Storage.prototype.setItem`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::browser::storage::{KeyValueStore, StorageError};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const realDescriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
const realSetItem = Storage.prototype.setItem;
export function block_storage() {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
  });
}
export function remove_storage() {
  Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });
}
export function fill_storage() {
  Storage.prototype.setItem = function (key, value) {
    if (key === 'knot-coach:probe') return realSetItem.call(this, key, value);
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}
export function restore_storage() {
  if (realDescriptor) Object.defineProperty(window, 'localStorage', realDescriptor);
  else delete window.localStorage;
  Storage.prototype.setItem = realSetItem;
}
"#)]
extern "C" {
    fn block_storage();
    fn remove_storage();
    fn fill_storage();
    fn restore_storage();
}

#[wasm_bindgen_test]
fn working_storage_keeps_values_across_stores() {
    restore_storage();
    let store = KeyValueStore::open();
    assert!(store.is_persistent());
    store.set("kc-test:a", "1").unwrap();
    assert_eq!(KeyValueStore::open().get("kc-test:a").as_deref(), Some("1"));
    store.remove("kc-test:a");
    assert_eq!(store.get("kc-test:a"), None);
}

#[wasm_bindgen_test]
fn blocked_storage_falls_back_to_memory_without_throwing() {
    block_storage();
    let store = KeyValueStore::open();
    restore_storage();
    assert!(!store.is_persistent());
    store.set("kc-test:b", "kept in memory").unwrap();
    assert_eq!(store.get("kc-test:b").as_deref(), Some("kept in memory"));
    assert_eq!(
        KeyValueStore::open().get("kc-test:b"),
        None,
        "nothing reached localStorage"
    );
}

#[wasm_bindgen_test]
fn missing_storage_falls_back_to_memory() {
    remove_storage();
    let store = KeyValueStore::open();
    restore_storage();
    assert!(!store.is_persistent());
    store.set("kc-test:c", "x").unwrap();
    assert_eq!(store.get("kc-test:c").as_deref(), Some("x"));
}

#[wasm_bindgen_test]
fn full_storage_reports_the_refusal_and_keeps_the_previous_value() {
    restore_storage();
    let store = KeyValueStore::open();
    store.set("kc-test:d", "old").unwrap();
    fill_storage();
    let result = store.set("kc-test:d", "new");
    restore_storage();
    assert_eq!(
        result,
        Err(StorageError::WriteRefused("QuotaExceededError".into()))
    );
    assert_eq!(store.get("kc-test:d").as_deref(), Some("old"));
    store.remove("kc-test:d");
}

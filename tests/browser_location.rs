//! The address and clipboard adapters of prescription links (issue 15) in a real browser:
//! reading the fragment, taking a prescription out of the address without a new history
//! entry (and leaving any other fragment to the host page), hearing `hashchange`, and
//! copying with the Clipboard API present, refusing or missing.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::cell::RefCell;
use std::rc::Rc;

use knot_coach::browser::{clipboard, location};
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
const realClipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
export function set_hash(hash) { history.replaceState(null, '', location.pathname + location.search + hash); }
export function history_length() { return history.length; }
export function fire_hashchange() { window.dispatchEvent(new HashChangeEvent('hashchange')); }
export function stub_clipboard(accepts) {
  const copied = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText(text) { copied.push(text); return accepts ? Promise.resolve() : Promise.reject(new DOMException('Denied', 'NotAllowedError')); } },
  });
  window.__copied = copied;
}
export function remove_clipboard() {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
}
export function restore_clipboard() {
  delete navigator.clipboard;
  if (realClipboard) Object.defineProperty(Navigator.prototype, 'clipboard', realClipboard);
}
export function copied() { return (window.__copied ?? []).join('|'); }
"#)]
extern "C" {
    fn set_hash(hash: &str);
    fn history_length() -> u32;
    fn fire_hashchange();
    fn stub_clipboard(accepts: bool);
    fn remove_clipboard();
    fn restore_clipboard();
    fn copied() -> String;
}

const LINK: &str = "#rx=1.AAEC.AAAAAA";

#[wasm_bindgen_test]
fn the_fragment_is_read_and_the_page_address_leaves_it_out() {
    set_hash(LINK);
    assert_eq!(location::fragment(), LINK);
    let address = location::page_address();
    assert!(address.starts_with("http"), "{address}");
    assert!(!address.contains('#'), "{address}");
    set_hash("");
    assert_eq!(location::fragment(), "");
}

#[wasm_bindgen_test]
fn a_prescription_fragment_is_taken_out_without_a_new_history_entry() {
    set_hash(LINK);
    let entries = history_length();
    location::clear_prescription_fragment();
    assert_eq!(location::fragment(), "");
    assert_eq!(
        history_length(),
        entries,
        "the back button must not bring the link back"
    );
}

#[wasm_bindgen_test]
fn the_host_pages_own_fragment_is_left_alone() {
    set_hash("#comments");
    location::clear_prescription_fragment();
    assert_eq!(location::fragment(), "#comments");
    set_hash("");
}

#[wasm_bindgen_test]
fn a_new_fragment_is_heard_until_the_listener_is_dropped() {
    let heard = Rc::new(RefCell::new(Vec::new()));
    let listener = {
        let heard = heard.clone();
        location::FragmentListener::new(move |fragment| heard.borrow_mut().push(fragment))
    };
    set_hash(LINK);
    fire_hashchange();
    assert_eq!(*heard.borrow(), vec![LINK.to_owned()]);
    drop(listener);
    fire_hashchange();
    assert_eq!(heard.borrow().len(), 1, "a dropped listener hears nothing");
    set_hash("");
}

#[wasm_bindgen_test]
async fn copying_says_whether_the_browser_took_the_text() {
    stub_clipboard(true);
    assert!(clipboard::copy("https://clinic.example/#rx=1").await);
    assert_eq!(copied(), "https://clinic.example/#rx=1");

    stub_clipboard(false);
    assert!(
        !clipboard::copy("refused").await,
        "a refused write is reported"
    );

    remove_clipboard();
    assert!(
        !clipboard::copy("nowhere").await,
        "a missing Clipboard API is reported"
    );
    restore_clipboard();
}

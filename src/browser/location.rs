//! The page's address: the fragment a prescription link travels in (issue 15), taking it
//! out once it has been dealt with, and hearing when a new one is opened. Each call does
//! nothing where the API is missing or throws (a sandboxed frame, say).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The page's fragment, `#` included; empty when there is none or it cannot be read.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's address without its fragment; empty when it cannot be read.
pub fn page_address() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .unwrap_or_default()
}

/// Removes the fragment from the address without reloading or adding to the history, so
/// a reload does not offer the same link again. Only a prescription fragment is removed;
/// any other belongs to the host page.
pub fn clear_prescription_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if crate::domain::prescription::prescription_in_fragment(&fragment()).is_none() {
        return;
    }
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}

/// Calls a function with the new fragment whenever it changes (a new link pasted into the
/// address bar of an open page), until dropped.
pub struct FragmentListener {
    closure: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

impl FragmentListener {
    /// Starts listening for `hashchange`.
    pub fn new(mut on_change: impl FnMut(String) + 'static) -> Self {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_: web_sys::Event| {
            on_change(fragment())
        });
        let added = web_sys::window().and_then(|w| {
            w.add_event_listener_with_callback("hashchange", closure.as_ref().unchecked_ref())
                .ok()
        });
        Self {
            closure: added.is_some().then_some(closure),
        }
    }
}

impl Drop for FragmentListener {
    fn drop(&mut self) {
        if let (Some(closure), Some(window)) = (self.closure.take(), web_sys::window()) {
            let _ = window.remove_event_listener_with_callback(
                "hashchange",
                closure.as_ref().unchecked_ref(),
            );
        }
    }
}

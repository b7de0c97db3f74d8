//! Page visibility: whether the reader can see the page, and a listener for changes.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::VisibilityState;

/// Whether the page is visible now.
pub fn is_visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| d.visibility_state() == VisibilityState::Visible)
}

/// Calls a function on every `visibilitychange` until dropped.
pub struct VisibilityListener {
    closure: Option<Closure<dyn FnMut()>>,
}

impl VisibilityListener {
    /// Starts listening; `on_change` receives whether the page is now visible.
    pub fn new(mut on_change: impl FnMut(bool) + 'static) -> Self {
        let closure = Closure::<dyn FnMut()>::new(move || on_change(is_visible()));
        let added = web_sys::window().and_then(|w| w.document()).map(|d| {
            d.add_event_listener_with_callback("visibilitychange", closure.as_ref().unchecked_ref())
        });
        Self {
            closure: added.is_some().then_some(closure),
        }
    }
}

impl Drop for VisibilityListener {
    fn drop(&mut self) {
        if let (Some(closure), Some(document)) = (
            self.closure.take(),
            web_sys::window().and_then(|w| w.document()),
        ) {
            let _ = document.remove_event_listener_with_callback(
                "visibilitychange",
                closure.as_ref().unchecked_ref(),
            );
        }
    }
}

//! Small hooks shared by the screens, and the focus move they make.

use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Moves keyboard and screen-reader focus to `node`, if it is on the page.
pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Moves focus to the first element inside `node`, when there is one.
pub fn focus_first_child(node: &NodeRef) {
    if let Some(element) = node
        .cast::<web_sys::Element>()
        .and_then(|parent| parent.first_element_child())
        .and_then(|child| child.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Moves keyboard and screen-reader focus to `node` when the screen appears, if `enabled`.
///
/// Screens that replace one another call this so the reader starts at the new heading;
/// it is off on first load so the widget never steals focus from the host page.
#[hook]
pub fn use_focus_on_mount(node: NodeRef, enabled: bool) {
    use_effect_with((), move |_| {
        if enabled {
            focus(&node);
        }
    });
}

/// Moves focus to `node` each time `shown` turns true: a dialog opening, a preview appearing.
#[hook]
pub fn use_focus_when(node: NodeRef, shown: bool) {
    use_effect_with(shown, move |shown| {
        if *shown {
            focus(&node);
        }
    });
}

/// The reader's language, provided by the app (English outside one).
#[hook]
pub fn use_lang() -> crate::text::Lang {
    use_context::<crate::text::Lang>().unwrap_or_default()
}

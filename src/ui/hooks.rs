//! Small hooks shared by the screens, and the focus move they make.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What `make` returns, made a moment after the first render: work that screen does not
/// need (listeners for other tabs and for the address) waits until it has been drawn
/// (issue 17). Dropping it first cancels the work, or drops what it made.
pub struct AfterRender<T> {
    _made: Rc<RefCell<Option<T>>>,
    _timeout: Timeout,
}

impl<T: 'static> AfterRender<T> {
    /// Schedules `make`.
    pub fn new(make: impl FnOnce() -> T + 'static) -> Self {
        let made = Rc::new(RefCell::new(None));
        let slot = made.clone();
        // Long enough for the browser to paint the first screen first (a frame is 16 ms),
        // and far shorter than any reader takes to act on it.
        const AFTER_FIRST_PAINT_MS: u32 = 100;
        let timeout = Timeout::new(AFTER_FIRST_PAINT_MS, move || {
            *slot.borrow_mut() = Some(make())
        });
        Self {
            _made: made,
            _timeout: timeout,
        }
    }

    /// Listens for changes once the first screen is drawn, missing none made before: reads
    /// the value with `read` now and again then, hands a changed value to `on_change`, and
    /// then starts `listen(on_change)`.
    pub fn listen<V: PartialEq + 'static, F: Fn(V) + 'static>(
        read: impl Fn() -> V + 'static,
        on_change: F,
        listen: impl FnOnce(F) -> T + 'static,
    ) -> Self {
        let seen = read();
        Self::new(move || {
            let now = read();
            if now != seen {
                on_change(now);
            }
            listen(on_change)
        })
    }
}

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

/// The language the widget shows while the reader wants `wanted`, and whether French
/// failed to load. English shows at once; French once its table is in. Until then the
/// language shown before stays (`None` on first mount: nothing shows yet, rather than
/// English flashing before French). If French cannot be loaded, English stays, with a
/// console warning naming why.
#[hook]
pub fn use_shown_lang(wanted: crate::text::Lang) -> (Option<crate::text::Lang>, bool) {
    use crate::text::{self, Lang};
    let shown = use_state_eq(|| text::ready(wanted).then_some(wanted));
    let failed = use_state_eq(|| false);
    // The latest language asked for: a load that ends after the reader switched back to
    // English must not switch to French.
    let latest = use_mut_ref(|| wanted);
    {
        let (shown, failed) = (shown.clone(), failed.clone());
        use_effect_with(wanted, move |&wanted| {
            *latest.borrow_mut() = wanted;
            if text::ready(wanted) {
                shown.set(Some(wanted));
                failed.set(false);
                return;
            }
            yew::platform::spawn_local(async move {
                let result = crate::browser::text_source::load_french().await;
                if *latest.borrow() != wanted {
                    return;
                }
                match result {
                    Ok(()) => {
                        shown.set(Some(wanted));
                        failed.set(false);
                    }
                    Err(error) => {
                        crate::browser::console::warn(&format!(
                            "knot-coach: {error}; showing English instead"
                        ));
                        shown.set(Some(Lang::En));
                        failed.set(true);
                    }
                }
            });
        });
    }
    (*shown, *failed)
}

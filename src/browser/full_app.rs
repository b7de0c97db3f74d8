//! The rest of the widget, as the welcome part sees it (issue 17): another wasm module
//! (`knot-coach-full.js` and its wasm), which the loader (`knot-coach.js`) downloads and
//! starts when asked. Asked for once per page, however many widgets want it.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlElement;

/// The module's name, as the loader is asked for it: it loads `<name>.js` and
/// `<name>_bg.wasm` from beside itself.
pub const MODULE: &str = "knot-coach-full";

thread_local! {
    /// The loader's function from a module name to a promise of its started bindings.
    static LOAD: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The one load in flight (or done), shared by every widget on the page.
    static PENDING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    /// The whole widget's bindings (its `embed` exports).
    pub type FullApp;
    /// Mounts the whole widget in `host`, where the reader left off.
    #[wasm_bindgen(method, catch)]
    pub fn mount(this: &FullApp, host: &HtmlElement) -> Result<FullWidget, JsValue>;
    /// Mounts the whole widget in `host`, at the first question.
    #[wasm_bindgen(method, catch, js_name = mountBegun)]
    pub fn mount_begun(this: &FullApp, host: &HtmlElement) -> Result<FullWidget, JsValue>;

    /// One whole widget, mounted.
    pub type FullWidget;
    /// Re-reads `host`'s attributes.
    #[wasm_bindgen(method)]
    pub fn refresh(this: &FullWidget, host: &HtmlElement);
    /// Tears the widget down.
    #[wasm_bindgen(method)]
    pub fn unmount(this: &FullWidget);
}

/// Keeps the loader's `load` function (`knot-coach.js` hands it over once), forgetting any
/// load made through an earlier one.
pub fn set_loader(load: JsValue) {
    LOAD.with(|slot| *slot.borrow_mut() = load.dyn_into().ok());
    PENDING.with(|slot| *slot.borrow_mut() = None);
}

/// Starts loading the whole widget, unless it is loading or loaded already.
pub fn preload() {
    let _ = pending();
}

/// The whole widget's bindings, once loaded. A failed load is forgotten (see [`pending`]), so
/// the next call tries again: the reader may be back online.
pub async fn load() -> Result<FullApp, JsValue> {
    let promise = pending()?;
    JsFuture::from(promise).await.map(JsCast::unchecked_into)
}

/// The load in flight, started if there is none. One that fails is forgotten as it fails,
/// even when nobody waits for it (a preload).
fn pending() -> Result<js_sys::Promise, JsValue> {
    PENDING.with(|slot| {
        if let Some(promise) = slot.borrow().as_ref() {
            return Ok(promise.clone());
        }
        let load = LOAD
            .with(|load| load.borrow().clone())
            .ok_or_else(|| JsValue::from_str("the loader gave no way to load the widget"))?;
        let promise = js_sys::Promise::resolve(&load.call1(&JsValue::NULL, &MODULE.into())?);
        // On the side: whoever waits still sees the rejection. Only this load is forgotten,
        // not one started since through another loader. Kept for the page's life (one small
        // closure per load started).
        let failed = JsValue::from(promise.clone());
        let forget = Closure::<dyn FnMut(JsValue)>::new(move |_| {
            PENDING.with(|slot| {
                let mut slot = slot.borrow_mut();
                if slot
                    .as_ref()
                    .is_some_and(|pending| AsRef::<JsValue>::as_ref(pending) == &failed)
                {
                    *slot = None;
                }
            });
        });
        let _ = promise.catch(&forget);
        forget.forget();
        *slot.borrow_mut() = Some(promise.clone());
        Ok(promise)
    })
}

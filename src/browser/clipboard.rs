//! Copying text to the clipboard, for the prescription link. Where the Clipboard API is
//! missing (an insecure page, an older browser) or refuses, the caller says so and the
//! reader copies the selected text themselves.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

/// Copies `text`; resolves to whether the browser took it.
pub async fn copy(text: &str) -> bool {
    let attempt = || -> Option<js_sys::Promise> {
        let navigator = web_sys::window()?.navigator();
        let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok()?;
        if clipboard.is_undefined() || clipboard.is_null() {
            return None;
        }
        let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()?
            .dyn_into()
            .ok()?;
        write
            .call1(&clipboard, &JsValue::from_str(text))
            .ok()?
            .dyn_into()
            .ok()
    };
    match attempt() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}

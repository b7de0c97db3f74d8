//! Vibration cues, where the device supports them.

/// Whether this browser can vibrate (Safari and most desktop browsers cannot).
pub fn is_supported() -> bool {
    // Not every browser has navigator.vibrate; calling a missing method would throw.
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::get(&window.navigator(), &"vibrate".into()).is_ok_and(|f| f.is_function())
    })
}

/// Vibrates with `pattern` (on, off, on… in ms); does nothing where unsupported.
pub fn vibrate(pattern: &[u32]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    if is_supported() {
        let values: js_sys::Array = pattern
            .iter()
            .map(|ms| wasm_bindgen::JsValue::from(*ms))
            .collect();
        let _ = navigator.vibrate_with_pattern(&values);
    }
}

//! Vibration cues, where the device supports them.

/// Vibrates with `pattern` (on, off, on… in ms); does nothing where unsupported.
pub fn vibrate(pattern: &[u32]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Not every browser has navigator.vibrate; calling a missing method would throw.
    if js_sys::Reflect::has(&navigator, &"vibrate".into()).unwrap_or(false) {
        let values: js_sys::Array = pattern
            .iter()
            .map(|ms| wasm_bindgen::JsValue::from(*ms))
            .collect();
        let _ = navigator.vibrate_with_pattern(&values);
    }
}

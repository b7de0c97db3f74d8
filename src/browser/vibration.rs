//! Vibration cues, where the device supports them.

/// Vibrates with `pattern` (on, off, on… in ms); does nothing where unsupported.
pub fn vibrate(pattern: &[u32]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let navigator = window.navigator();
    // Not every browser has navigator.vibrate; calling a missing method would throw.
    let present =
        js_sys::Reflect::get(&navigator, &"vibrate".into()).is_ok_and(|f| f.is_function());
    if present {
        let values: js_sys::Array = pattern
            .iter()
            .map(|ms| wasm_bindgen::JsValue::from(*ms))
            .collect();
        let _ = navigator.vibrate_with_pattern(&values);
    }
}

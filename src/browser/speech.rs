//! Spoken cues through the Web Speech API; silent where it is missing.
//!
//! Voices may arrive a moment after the page loads (Chromium lists none until its
//! `voiceschanged` event), so whether the browser can speak is asked again when they change.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // The typed getter trusts the property to exist; check first, or a missing API throws.
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|value| value.is_object())?;
    window.speech_synthesis().ok()
}

/// Whether this browser has the speech API at all.
pub fn is_supported() -> bool {
    synth().is_some()
}

/// Whether the browser lists at least one voice now.
pub fn has_voices() -> bool {
    synth().is_some_and(|synth| synth.get_voices().length() > 0)
}

/// Calls a function each time the browser's list of voices changes, until dropped.
pub struct VoicesListener {
    closure: Option<(SpeechSynthesis, Closure<dyn FnMut()>)>,
}

impl VoicesListener {
    /// Starts listening, where the speech API exists.
    pub fn new(on_change: impl FnMut() + 'static) -> Self {
        let closure = synth().and_then(|synth| {
            let closure = Closure::<dyn FnMut()>::new(on_change);
            synth
                .add_event_listener_with_callback("voiceschanged", closure.as_ref().unchecked_ref())
                .ok()
                .map(|_| (synth, closure))
        });
        Self { closure }
    }
}

impl Drop for VoicesListener {
    fn drop(&mut self) {
        if let Some((synth, closure)) = self.closure.take() {
            let _ = synth.remove_event_listener_with_callback(
                "voiceschanged",
                closure.as_ref().unchecked_ref(),
            );
        }
    }
}

/// Says `text`, cutting off anything still being said so cues never pile up.
pub fn say(text: &str) {
    let Some(synth) = synth() else { return };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_rate(1.0);
    synth.cancel();
    synth.speak(&utterance);
}

/// Stops speaking.
pub fn cancel() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

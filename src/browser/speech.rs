//! Spoken cues through the Web Speech API; silent where it is missing.
//!
//! Voices may arrive a moment after the page loads (Chromium lists none until its
//! `voiceschanged` event), so the player asks [`has_voices`] again after a while and on
//! each tap rather than once.

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

//! Spoken cues through the Web Speech API; silent where it is missing.

use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};

fn synth() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // The typed getter trusts the property to exist; check first, or a missing API throws.
    js_sys::Reflect::get(&window, &"speechSynthesis".into())
        .ok()
        .filter(|value| value.is_object())?;
    window.speech_synthesis().ok()
}

/// Whether this browser can speak.
pub fn is_supported() -> bool {
    synth().is_some()
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

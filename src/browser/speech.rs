//! Spoken cues through the Web Speech API; silent where it is missing.
//!
//! Voices may arrive a moment after the page loads (Chromium lists none until its
//! `voiceschanged` event), so the player asks [`has_voices`] again after a while and on
//! each tap rather than once.

use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::domain::lang::Lang;

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

/// Says `text` in `lang`, cutting off anything still being said so cues never pile up.
///
/// The utterance carries the language's tag (`en`, `fr-CA`) and, when the browser lists
/// one, a voice of that language: the exact region first (`fr-CA`), else any (`fr-FR`).
pub fn say(text: &str, lang: Lang) {
    let Some(synth) = synth() else { return };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    utterance.set_rate(1.0);
    utterance.set_lang(lang.tag());
    if let Some(voice) = voice_for(&synth, lang) {
        utterance.set_voice(Some(&voice));
    }
    synth.cancel();
    synth.speak(&utterance);
}

/// The browser's best voice for `lang`, if it lists any in that language.
fn voice_for(synth: &SpeechSynthesis, lang: Lang) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = synth
        .get_voices()
        .iter()
        .filter_map(|voice| voice.dyn_into().ok())
        .filter(|voice: &SpeechSynthesisVoice| Lang::parse(&voice.lang()) == Some(lang))
        .collect();
    let exact = voices
        .iter()
        .find(|voice| voice.lang().eq_ignore_ascii_case(lang.tag()))
        .cloned();
    exact.or_else(|| voices.into_iter().next())
}

/// Stops speaking.
pub fn cancel() {
    if let Some(synth) = synth() {
        synth.cancel();
    }
}

//! Beeps through Web Audio, scheduled ahead on the AudioContext clock so they stay on time
//! in a background tab, where timers are throttled. Silent where Web Audio is missing.

use web_sys::{AudioContext, AudioContextState, OscillatorNode, OscillatorType};

use crate::domain::cues::Pitch;

/// Length of one beep, in seconds.
const BEEP_S: f64 = 0.12;

/// Whether this browser has Web Audio (`AudioContext`).
pub fn is_supported() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::get(&window, &"AudioContext".into()).is_ok_and(|c| c.is_function())
    })
}

/// Plays beeps at given times; the context is created by a click (browsers require it).
#[derive(Default)]
pub struct Beeper {
    context: Option<AudioContext>,
    scheduled: Vec<OscillatorNode>,
}

impl Beeper {
    /// Creates or resumes the audio context. Call from a click or key handler. Returns
    /// whether there is a context to play beeps on.
    pub fn unlock(&mut self) -> bool {
        if self.context.is_none() && is_supported() {
            self.context = AudioContext::new().ok();
        }
        if let Some(context) = &self.context {
            if context.state() == AudioContextState::Suspended {
                let _ = context.resume();
            }
        }
        self.context.is_some()
    }

    /// Schedules `beeps` (times on the session clock, ms) given that the session clock
    /// reads `now_ms` at this moment. Beeps already in the past are skipped.
    pub fn schedule(&mut self, beeps: &[(u64, Pitch)], now_ms: u64) {
        let Some(context) = &self.context else { return };
        let base_s = context.current_time();
        for &(at_ms, pitch) in beeps {
            if at_ms < now_ms {
                continue;
            }
            let start_s = base_s + (at_ms - now_ms) as f64 / 1000.0;
            if let Some(node) = beep(context, start_s, pitch) {
                self.scheduled.push(node);
            }
        }
    }

    /// Stops every beep not yet played (after pause, skip or back).
    pub fn cancel(&mut self) {
        for node in self.scheduled.drain(..) {
            let _ = node.stop();
        }
    }

    /// Releases the audio device.
    pub fn close(&mut self) {
        self.cancel();
        if let Some(context) = self.context.take() {
            let _ = context.close();
        }
    }
}

fn beep(context: &AudioContext, start_s: f64, pitch: Pitch) -> Option<OscillatorNode> {
    let oscillator = context.create_oscillator().ok()?;
    let gain = context.create_gain().ok()?;
    oscillator.set_type(OscillatorType::Sine);
    oscillator.frequency().set_value(match pitch {
        Pitch::High => 880.0,
        Pitch::Low => 587.0,
    });
    // A short fade in and out avoids clicks.
    let level = gain.gain();
    level.set_value_at_time(0.0, start_s).ok()?;
    level
        .linear_ramp_to_value_at_time(0.3, start_s + 0.01)
        .ok()?;
    level
        .linear_ramp_to_value_at_time(0.0, start_s + BEEP_S)
        .ok()?;
    oscillator.connect_with_audio_node(&gain).ok()?;
    gain.connect_with_audio_node(&context.destination()).ok()?;
    oscillator.start_with_when(start_s).ok()?;
    oscillator.stop_with_when(start_s + BEEP_S + 0.02).ok()?;
    Some(oscillator)
}

//! The player's browser adapters in a real browser: each works where the API exists and
//! stays quiet where it is missing (APIs are removed from the test page to check).
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use knot_coach::browser::audio::{self, Beeper};
use knot_coach::browser::visibility::{is_visible, VisibilityListener};
use knot_coach::browser::wake_lock::{self, ScreenWakeLock};
use knot_coach::browser::{clock, speech, vibration};
use knot_coach::domain::cues::Pitch;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function remove_apis() {
  for (const [target, name] of [[window, 'speechSynthesis'], [Navigator.prototype, 'vibrate'], [Navigator.prototype, 'wakeLock'], [window, 'AudioContext']]) {
    try { Object.defineProperty(target, name, { configurable: true, value: undefined }); } catch (_) {}
    try { delete target[name]; } catch (_) {}
  }
}
export function dispatch_visibility_change() {
  document.dispatchEvent(new Event('visibilitychange'));
}
"#)]
extern "C" {
    fn remove_apis();
    fn dispatch_visibility_change();
}

#[wasm_bindgen_test]
async fn the_session_clock_never_goes_backwards_and_dates_are_plausible() {
    let first = clock::now_ms();
    yew::platform::time::sleep(Duration::from_millis(30)).await;
    let second = clock::now_ms();
    assert!(second >= first + 25, "{first} then {second}");
    assert!(clock::epoch_ms() > 1_700_000_000_000);
    assert_ne!(clock::unique_id(), clock::unique_id());
}

#[wasm_bindgen_test]
fn beeps_can_be_scheduled_cancelled_and_closed() {
    let mut beeper = Beeper::default();
    // Before unlock there is no audio context: scheduling is a quiet no-op.
    beeper.schedule(&[(1_000, Pitch::High)], 0);
    // Making the context may still fail where Web Audio exists (WebKitGTK on a display
    // with no sound device, outside a tap): then unlock says so rather than throwing.
    let unlocked = beeper.unlock();
    assert!(
        !unlocked || audio::is_supported(),
        "a context only where Web Audio exists"
    );
    beeper.schedule(&[(10, Pitch::High), (500, Pitch::Low), (0, Pitch::Low)], 5);
    beeper.cancel();
    beeper.schedule(&[(100, Pitch::High)], 0);
    beeper.close();
}

#[wasm_bindgen_test]
async fn the_visibility_listener_hears_changes_until_dropped() {
    assert!(is_visible(), "the test page is visible");
    let heard = Rc::new(Cell::new(0));
    let listener = {
        let heard = heard.clone();
        VisibilityListener::new(move |visible| {
            assert!(visible);
            heard.set(heard.get() + 1);
        })
    };
    dispatch_visibility_change();
    assert_eq!(heard.get(), 1);
    drop(listener);
    dispatch_visibility_change();
    assert_eq!(heard.get(), 1, "no calls after drop");
}

#[wasm_bindgen_test]
async fn speech_vibration_wake_lock_and_audio_stay_quiet_where_missing() {
    // With the APIs present first.
    speech::say("Prone swimmers, set 1 of 3.", knot_coach::text::Lang::En);
    // French picks a French voice when the browser lists one, and says it anyway if not.
    speech::say(
        "Nageur à plat ventre, série 1 sur 3.",
        knot_coach::text::Lang::Fr,
    );
    speech::cancel();
    vibration::vibrate(&[150]);
    let lock = ScreenWakeLock::default();
    lock.acquire(|| {});
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    lock.release();

    remove_apis();
    assert!(!speech::is_supported());
    assert!(!speech::has_voices());
    assert!(!vibration::is_supported());
    assert!(!wake_lock::is_supported());
    assert!(!audio::is_supported());
    speech::say("Switch sides.", knot_coach::text::Lang::En);
    speech::cancel();
    vibration::vibrate(&[200, 100, 200]);
    let refused = Rc::new(Cell::new(false));
    let lock = ScreenWakeLock::default();
    lock.acquire({
        let refused = refused.clone();
        move || refused.set(true)
    });
    assert!(
        refused.get(),
        "a missing wake lock is reported at once, not thrown"
    );
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    lock.release();
    let mut beeper = Beeper::default();
    assert!(!beeper.unlock(), "no audio context without Web Audio");
    beeper.schedule(&[(10, Pitch::High)], 0);
    beeper.close();
}

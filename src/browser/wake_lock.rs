//! Keeps the screen awake while a session plays (Screen Wake Lock), where supported.
//! The browser drops the lock when the page is hidden, so the player asks again on return.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{WakeLockSentinel, WakeLockType};

/// A screen wake lock that may or may not be held.
#[derive(Clone, Default)]
pub struct ScreenWakeLock {
    sentinel: Rc<RefCell<Option<WakeLockSentinel>>>,
}

impl ScreenWakeLock {
    /// Asks for the lock; failure (unsupported, hidden page, denied) is quietly ignored.
    pub fn acquire(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let navigator = window.navigator();
        let present =
            js_sys::Reflect::get(&navigator, &"wakeLock".into()).is_ok_and(|w| w.is_object());
        if !present {
            return;
        }
        let promise = navigator.wake_lock().request(WakeLockType::Screen);
        let slot = self.sentinel.clone();
        spawn_local(async move {
            if let Ok(value) = JsFuture::from(promise).await {
                if let Ok(sentinel) = value.dyn_into::<WakeLockSentinel>() {
                    if let Some(old) = slot.borrow_mut().replace(sentinel) {
                        let _ = old.release();
                    }
                }
            }
        });
    }

    /// Lets the screen sleep again.
    pub fn release(&self) {
        if let Some(sentinel) = self.sentinel.borrow_mut().take() {
            let _ = sentinel.release();
        }
    }
}

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

/// Whether this browser has the Screen Wake Lock API at all.
pub fn is_supported() -> bool {
    web_sys::window().is_some_and(|window| {
        js_sys::Reflect::get(&window.navigator(), &"wakeLock".into()).is_ok_and(|w| w.is_object())
    })
}

impl ScreenWakeLock {
    /// Asks for the lock. Where the API is missing or the request is refused (denied, page
    /// hidden), nothing is thrown: `on_refused` is called, so the reader can be told.
    pub fn acquire(&self, on_refused: impl FnOnce() + 'static) {
        let Some(window) = web_sys::window().filter(|_| is_supported()) else {
            on_refused();
            return;
        };
        let promise = window.navigator().wake_lock().request(WakeLockType::Screen);
        let slot = self.sentinel.clone();
        spawn_local(async move {
            let sentinel = JsFuture::from(promise)
                .await
                .ok()
                .and_then(|value| value.dyn_into::<WakeLockSentinel>().ok());
            match sentinel {
                Some(sentinel) => {
                    if let Some(old) = slot.borrow_mut().replace(sentinel) {
                        let _ = old.release();
                    }
                }
                None => on_refused(),
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

//! Clocks: `performance.now()` for the session timer, `Date.now()` for the log.

use crate::domain::session::clock_ms;

/// Monotonic milliseconds for timing a session (performance.now, whole ms).
pub fn now_ms() -> u64 {
    let reading = web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now());
    clock_ms(reading)
}

/// Wall-clock milliseconds since the Unix epoch, for dating sessions.
pub fn epoch_ms() -> u64 {
    clock_ms(js_sys::Date::now())
}

/// The reader's offset from UTC in minutes (east positive), for counting local weeks.
pub fn utc_offset_min() -> i32 {
    // getTimezoneOffset is minutes *behind* UTC; small enough for i32.
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// The reader's offset from UTC in minutes (east positive) at the instant `epoch_ms`, by
/// the browser's rules for the reader's time zone now.
pub fn utc_offset_min_at(epoch_ms: u64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(epoch_ms as f64));
    -(date.get_timezone_offset() as i32)
}

/// A fresh unique id (crypto.randomUUID, or time plus Math.random where it is missing).
pub fn unique_id() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| {
            format!(
                "{}-{:08x}",
                epoch_ms(),
                (js_sys::Math::random() * 4_294_967_295.0) as u32
            )
        })
}

//! Messages for the host page's developer, in the browser console.

/// Prints a warning, prefixed so a clinic's developer can tell where it came from.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Sends Rust panics to the console instead of an opaque `unreachable` trap.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("knot-coach crashed: {info}").into());
    }));
}

//! Knot Coach: a self-care coach for upper-back knots that runs entirely in the reader's browser.
//!
//! Where to start reading: [`domain`] (pure rules, no browser) -> [`browser`] (thin adapters
//! to browser APIs) -> [`ui`] (Yew components, one per screen) -> [`embed`] (the
//! `<knot-coach>` element that clinics paste into their pages).

/// The heap allocator in the browser: talc is a drop-in replacement for Rust's default
/// (dlmalloc) that is faster on small allocations.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

pub mod browser;
pub mod domain;
pub mod embed;
pub mod text;
pub mod ui;

/// Runs once when the wasm module is instantiated by the loader.
///
/// Mounting happens per `<knot-coach>` element through [`embed::mount`], which the loader
/// calls; here we only make panics readable in the console.
pub fn start() {
    browser::console::install_panic_hook();
}

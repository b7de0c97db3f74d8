//! Printing the page (the routine as a home-exercise sheet, the progress summary).

/// Opens the browser's print dialog; does nothing where there is no window or printing is
/// blocked (a sandboxed frame, say).
pub fn open_dialog() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

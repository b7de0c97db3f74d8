//! Reading a file the reader picked (import), on their device, with no network involved.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{File, HtmlInputElement};

/// Why a picked file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the caller allows; not read at all.
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// The browser could not read it (moved, deleted or locked since it was picked).
    Unreadable,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::TooLarge { bytes } => write!(f, "the file is too large ({bytes} bytes)"),
            Self::Unreadable => write!(
                f,
                "This file could not be opened. It may have been moved or deleted; try \
                 choosing it again."
            ),
        }
    }
}

/// The first file picked in a file input, if any.
pub fn first_picked(input: &HtmlInputElement) -> Option<File> {
    input.files().and_then(|files| files.get(0))
}

/// The file's size in bytes (saturating: a browser reports it as a float).
pub fn size_bytes(file: &File) -> usize {
    let size = file.size();
    if size.is_finite() && size >= 0.0 {
        // Saturating float-to-int conversion: a size beyond usize is "too large" anyway.
        size as usize
    } else {
        usize::MAX
    }
}

/// Reads `file` as UTF-8 text, refusing it before reading when it is over `max_bytes`,
/// so a huge file picked by mistake never fills the tab's memory.
pub async fn read_text(file: &File, max_bytes: usize) -> Result<String, ReadError> {
    let bytes = size_bytes(file);
    if bytes > max_bytes {
        return Err(ReadError::TooLarge { bytes });
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.dyn_into::<js_sys::JsString>()
        .map(String::from)
        .map_err(|_| ReadError::Unreadable)
}

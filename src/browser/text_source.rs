//! Where the French table comes from. The loader (`knot-coach.js`) hands over its own URL,
//! and the table is fetched beside it (`knot-coach.fr-CA.json`); the single-file build hands
//! over a function that returns the copy inlined there instead. Either way it is asked for
//! once per page, however many widgets want it, and installed
//! ([`crate::text::install_french`]).

use std::cell::RefCell;
use std::fmt;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::text::fr_table::TableError;
use crate::text::{self, Lang};

thread_local! {
    /// The loader's URL (files are fetched beside it), or a function from a file name to a
    /// promise of the file's text.
    static SOURCE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
    /// The one request in flight (or done), shared by every widget on the page.
    static PENDING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    /// A table that arrived but was rejected: not fetched again, it would fail again.
    static REJECTED: RefCell<Option<TableError>> = const { RefCell::new(None) };
}

/// The French table's file, beside the wasm (`text/knot-coach.fr-CA.json` in the sources).
pub const FRENCH_FILE: &str = "knot-coach.fr-CA.json";

/// Why French could not be loaded. The widget then stays in English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The page's loader gave no way to fetch it.
    NoSource,
    /// The request failed: offline before it was ever cached, a 404, a blocked request.
    Fetch(String),
    /// The file arrived but is not a usable table.
    Table(TableError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSource => f.write_str("the French words could not be loaded: no text source"),
            Self::Fetch(detail) => write!(f, "the French words could not be loaded ({detail})"),
            Self::Table(error) => write!(f, "the French words were rejected: {error}"),
        }
    }
}

/// Sets where files come from: a base URL, or a function from a file name to a promise of
/// its text (`knot-coach.js` calls this once).
pub fn set_source(source: JsValue) {
    SOURCE.with(|slot| *slot.borrow_mut() = Some(source));
}

/// Loads and installs the French table, unless it is in already. A failed request may be
/// tried again later (the reader may be back online); a rejected table is not.
pub async fn load_french() -> Result<(), LoadError> {
    if text::ready(Lang::Fr) {
        return Ok(());
    }
    if let Some(error) = REJECTED.with(|rejected| rejected.borrow().clone()) {
        return Err(LoadError::Table(error));
    }
    let promise = PENDING.with(|pending| -> Result<js_sys::Promise, LoadError> {
        if let Some(promise) = pending.borrow().as_ref() {
            return Ok(promise.clone());
        }
        let source = SOURCE
            .with(|source| source.borrow().clone())
            .ok_or(LoadError::NoSource)?;
        let promise = match (source.dyn_ref::<js_sys::Function>(), source.as_string()) {
            (Some(load), _) => js_sys::Promise::resolve(
                &load
                    .call1(&JsValue::NULL, &JsValue::from_str(FRENCH_FILE))
                    .map_err(|error| LoadError::Fetch(describe(&error)))?,
            ),
            (None, Some(base)) => wasm_bindgen_futures::future_to_promise(fetch_text(base)),
            (None, None) => return Err(LoadError::NoSource),
        };
        *pending.borrow_mut() = Some(promise.clone());
        Ok(promise)
    })?;
    let json = match JsFuture::from(promise).await {
        Ok(value) => value
            .as_string()
            .ok_or_else(|| LoadError::Fetch("the text source returned no text".into())),
        Err(error) => Err(LoadError::Fetch(describe(&error))),
    };
    let json = json.inspect_err(|_| PENDING.with(|pending| *pending.borrow_mut() = None))?;
    if text::ready(Lang::Fr) {
        // Another widget installed it while this one waited.
        return Ok(());
    }
    text::install_french(&json).map_err(|error| {
        REJECTED.with(|rejected| *rejected.borrow_mut() = Some(error.clone()));
        LoadError::Table(error)
    })
}

/// The text of [`FRENCH_FILE`] beside `base`; an HTTP error status is a failure.
async fn fetch_text(base: String) -> Result<JsValue, JsValue> {
    let url = web_sys::Url::new_with_base(FRENCH_FILE, &base)?;
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url.href()))
        .await?
        .dyn_into()?;
    if !response.ok() {
        return Err(js_sys::Error::new(&format!("HTTP {}", response.status())).into());
    }
    JsFuture::from(response.text()?).await
}

/// A thrown value or rejection in words: an `Error`'s message, else its string form.
fn describe(error: &JsValue) -> String {
    js_sys::Reflect::get(error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

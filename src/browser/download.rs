//! Saving a file to the reader's device (export), with no network involved.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `contents` as a download named `filename`. Returns false if the browser refused.
pub fn download(filename: &str, mime: &str, contents: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&contents.into());
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = Url::create_object_url_with_blob(&blob).ok()?;
        let anchor: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
        anchor.set_href(&url);
        anchor.set_download(filename);
        anchor.set_rel("noopener");
        // The anchor never joins the page: clicking it detached is enough to download.
        anchor.click();
        let _ = Url::revoke_object_url(&url);
        Some(())
    };
    attempt().is_some()
}

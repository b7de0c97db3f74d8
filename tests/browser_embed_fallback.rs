//! The `<knot-coach>` mount where the browser has no constructable stylesheets (Safari before
//! 16.4): the widget is still styled, through a `<style>` element in its shadow root. A file
//! of its own, since the page's constructed sheet is made once and kept.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen(inline_js = r#"
export function remove_constructable_stylesheets() {
  for (const [target, name] of [[window, 'CSSStyleSheet'], [ShadowRoot.prototype, 'adoptedStyleSheets'], [Document.prototype, 'adoptedStyleSheets']]) {
    try { Object.defineProperty(target, name, { configurable: true, value: undefined }); } catch (_) {}
    try { delete target[name]; } catch (_) {}
  }
}
"#)]
extern "C" {
    fn remove_constructable_stylesheets();
}

#[wasm_bindgen_test]
fn without_constructable_stylesheets_a_style_element_styles_the_widget() {
    remove_constructable_stylesheets();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document
        .create_element("knot-coach")
        .unwrap()
        .unchecked_into();
    host.set_attribute("storage-key", "browser-test-fallback")
        .unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let _widget = embed::mount_styled(&host, ".kc-host { color: rgb(1, 2, 3); }").unwrap();
    let shadow = host.shadow_root().unwrap();
    let style = shadow
        .query_selector("style")
        .unwrap()
        .expect("a <style> element in the shadow root");
    assert_eq!(
        style.text_content().as_deref(),
        Some(".kc-host { color: rgb(1, 2, 3); }")
    );
    let root = shadow.query_selector(".kc-host").unwrap().unwrap();
    let color = web_sys::window()
        .unwrap()
        .get_computed_style(&root)
        .unwrap()
        .unwrap()
        .get_property_value("color")
        .unwrap();
    assert_eq!(color, "rgb(1, 2, 3)");
}

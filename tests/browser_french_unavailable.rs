//! A French reader whose French words cannot be loaded (offline before they were cached, a
//! 404, a damaged file) gets the widget in English with a notice in both languages, never a
//! blank or broken widget. A file of its own: the French table, once loaded, stays.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::time::Duration;

use knot_coach::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const WELCOME: &str = "Ease the knot between your shoulder blades";

/// A text source that answers every request with `answer(tag)`, counting the requests.
fn serve(answer: fn() -> js_sys::Promise) -> std::rc::Rc<std::cell::Cell<u32>> {
    let asked = std::rc::Rc::new(std::cell::Cell::new(0));
    let counter = asked.clone();
    let source = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(move |_name: JsValue| {
        counter.set(counter.get() + 1);
        answer()
    });
    embed::set_source(source.into_js_value().unchecked_into(), JsValue::UNDEFINED);
    asked
}

fn text_of(host: &HtmlElement, selector: &str) -> String {
    host.shadow_root()
        .unwrap()
        .query_selector(selector)
        .unwrap()
        .and_then(|element| element.text_content())
        .unwrap_or_default()
}

async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..150 {
        if done() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("still not the case after 3 s: {what}");
}

fn french_host(key: &str) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document
        .create_element("knot-coach")
        .unwrap()
        .unchecked_into();
    host.set_attribute("storage-key", key).unwrap();
    host.set_attribute("lang", "fr").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

#[wasm_bindgen_test]
async fn french_that_cannot_load_leaves_english_with_a_notice_in_both_languages() {
    // A 404: the request fails.
    let asked = serve(|| js_sys::Promise::reject(&js_sys::Error::new("HTTP 404").into()));
    let host = french_host("browser-test-no-french");
    let mut widget = embed::mount_styled(&host, "").unwrap();
    until("the welcome screen shows in English", || {
        text_of(&host, "h2") == WELCOME
    })
    .await;
    let notice = text_of(&host, "[role=status]");
    assert!(notice.contains("could not be loaded"), "{notice}");
    assert!(notice.contains("n’a pas pu être chargée"), "{notice}");
    let root = host
        .shadow_root()
        .unwrap()
        .query_selector(".kc-root")
        .unwrap()
        .unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(asked.get(), 1);

    // A damaged file: rejected with the notice, and not fetched again on the next switch.
    let asked = serve(|| js_sys::Promise::resolve(&JsValue::from_str("{\"ui\": {}}")));
    host.set_attribute("lang", "en").unwrap();
    widget.refresh(&host);
    until("the notice goes once English is asked for", || {
        text_of(&host, "[role=status]").is_empty()
    })
    .await;
    host.set_attribute("lang", "fr").unwrap();
    widget.refresh(&host);
    until("the notice is back", || {
        text_of(&host, "[role=status]").contains("could not be loaded")
    })
    .await;
    assert_eq!(text_of(&host, "h2"), WELCOME);
    host.set_attribute("lang", "en").unwrap();
    widget.refresh(&host);
    host.set_attribute("lang", "fr").unwrap();
    widget.refresh(&host);
    until("the notice is back again", || {
        text_of(&host, "[role=status]").contains("could not be loaded")
    })
    .await;
    assert_eq!(asked.get(), 1, "a rejected table is not fetched again");
    widget.unmount();
    host.remove();
}

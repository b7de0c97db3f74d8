//! The welcome part (issue 17) in a real browser: the welcome screen on a first visit, the
//! whole widget loaded behind it and handed the element at Start, a failed load said and
//! retried, and a returning reader handed over at once. The whole widget is a stand-in here:
//! an object with its `mount` and `mountBegun`, which records the calls.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use knot_coach::embed::{self, door};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// A `<knot-coach>` element with a storage namespace of its own.
fn host(namespace: &str) -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document
        .create_element("knot-coach")
        .unwrap()
        .unchecked_into();
    element.set_attribute("storage-key", namespace).unwrap();
    element.set_attribute("lang", "en").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root().expect("an open shadow root")
}

fn text(host: &HtmlElement) -> String {
    shadow(host).text_content().unwrap_or_default()
}

fn start_button(host: &HtmlElement) -> Option<HtmlElement> {
    let buttons = shadow(host).query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some("Start"))
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

/// What the stand-in whole widget was asked: each mount, and whether it was begun.
type Calls = Rc<RefCell<Vec<&'static str>>>;

/// A loader whose every load of the whole widget succeeds with a stand-in that records its
/// mounts in `calls` and writes which one into the host's shadow root.
fn working_loader(calls: &Calls, loads: &Rc<RefCell<u32>>) -> JsValue {
    let app = js_sys::Object::new();
    for (name, said) in [
        ("mount", "mounted"),
        ("mountBegun", "mounted at the first question"),
    ] {
        let calls = calls.clone();
        let mount = Closure::<dyn Fn(HtmlElement) -> JsValue>::new(move |host: HtmlElement| {
            calls.borrow_mut().push(said);
            shadow(&host).set_text_content(Some(&format!("whole widget {said}")));
            let widget = js_sys::Object::new();
            let noop = js_sys::Function::new_no_args("");
            js_sys::Reflect::set(&widget, &"refresh".into(), &noop).unwrap();
            js_sys::Reflect::set(&widget, &"unmount".into(), &noop).unwrap();
            widget.into()
        });
        js_sys::Reflect::set(&app, &name.into(), mount.as_ref()).unwrap();
        mount.forget();
    }
    let loads = loads.clone();
    let load = Closure::<dyn Fn(String) -> js_sys::Promise>::new(move |name: String| {
        assert_eq!(name, "knot-coach-full");
        *loads.borrow_mut() += 1;
        js_sys::Promise::resolve(app.unchecked_ref::<JsValue>())
    });
    load.into_js_value()
}

/// A loader whose every load fails, as offline on a first visit.
fn failing_loader() -> JsValue {
    Closure::<dyn Fn(String) -> js_sys::Promise>::new(|_: String| {
        js_sys::Promise::reject(&js_sys::Error::new("offline").into())
    })
    .into_js_value()
}

#[wasm_bindgen_test]
async fn the_welcome_part_hands_over_to_the_whole_widget() {
    // A first visit: the welcome screen, and the whole widget loaded after its first paint.
    let calls = Calls::default();
    let loads = Rc::new(RefCell::new(0));
    embed::set_source(JsValue::UNDEFINED, working_loader(&calls, &loads));
    let first = host("door-test-first");
    let widget = door::mount(&first).unwrap();
    until("the welcome screen shows", || {
        start_button(&first).is_some()
    })
    .await;
    assert!(text(&first).contains("Everything stays on this device"));
    assert_eq!(
        *loads.borrow(),
        0,
        "nothing more is loaded before the first paint"
    );
    until("the whole widget is loaded behind it", || {
        *loads.borrow() == 1
    })
    .await;
    assert!(
        calls.borrow().is_empty(),
        "the welcome screen stays until Start"
    );
    assert!(
        web_sys::window()
            .unwrap()
            .local_storage()
            .unwrap()
            .unwrap()
            .get_item("knot-coach:door-test-first:journey")
            .unwrap()
            .is_none(),
        "the welcome part saves nothing"
    );

    // Start hands the element over at the first question.
    start_button(&first).unwrap().click();
    until("the whole widget takes over", || {
        text(&first) == "whole widget mounted at the first question"
    })
    .await;
    assert_eq!(*calls.borrow(), ["mounted at the first question"]);
    assert_eq!(*loads.borrow(), 1, "loaded once");
    widget.unmount();

    // Offline: Start says the rest could not load, and Start again tries again.
    embed::set_source(JsValue::UNDEFINED, failing_loader());
    let offline = host("door-test-offline");
    let _widget = door::mount(&offline).unwrap();
    until("the welcome screen shows", || {
        start_button(&offline).is_some()
    })
    .await;
    start_button(&offline).unwrap().click();
    until("the failure is said", || {
        text(&offline).contains("could not be loaded")
    })
    .await;
    let status = shadow(&offline)
        .query_selector("[role=status]")
        .unwrap()
        .unwrap();
    assert!(
        status.text_content().unwrap().contains("press Start again"),
        "in a live region"
    );
    let calls = Calls::default();
    embed::set_source(JsValue::UNDEFINED, working_loader(&calls, &loads));
    start_button(&offline).unwrap().click();
    until("the retry takes over", || {
        text(&offline) == "whole widget mounted at the first question"
    })
    .await;

    // A returning reader (something saved) gets the whole widget at once, where they left off.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage
        .set_item("knot-coach:door-test-back:progress", "{}")
        .unwrap();
    let back = host("door-test-back");
    let _widget = door::mount(&back).unwrap();
    until("the whole widget takes over", || {
        text(&back) == "whole widget mounted"
    })
    .await;
    assert!(start_button(&back).is_none());
    storage
        .remove_item("knot-coach:door-test-back:progress")
        .unwrap();
}

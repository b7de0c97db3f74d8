//! The `<knot-coach>` mount in a real browser: shadow root, stylesheet, screens, independence.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::time::Duration;

use knot_coach::embed;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

const CSS: &str = ".kc-title { color: rgb(1, 2, 3); }";

const FIRST_QUESTION: &str = "Do you have any of these along with the back pain?";

/// A `<knot-coach>` element with its own storage namespace, so tests never share a saved journey.
fn host(attributes: &[(&str, &str)]) -> HtmlElement {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = NEXT.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    let document = web_sys::window().unwrap().document().unwrap();
    let element: HtmlElement = document
        .create_element("knot-coach")
        .unwrap()
        .unchecked_into();
    element
        .set_attribute("storage-key", &format!("browser-test-{n}"))
        .unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document.body().unwrap().append_child(&element).unwrap();
    element
}

fn shadow(host: &HtmlElement) -> ShadowRoot {
    host.shadow_root()
        .expect("the widget renders in an open shadow root")
}

fn heading(host: &HtmlElement) -> String {
    shadow(host)
        .query_selector("h2")
        .unwrap()
        .expect("every screen has a heading")
        .text_content()
        .unwrap_or_default()
}

fn button(host: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = shadow(host).query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|node| node.unchecked_into::<HtmlElement>())
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button named {label}"))
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

/// Waits up to 3 s for `done()`: tests run side by side, and an engine under load (WebKit on
/// a busy CI machine) may draw a change later than one short pause.
async fn until(what: &str, mut done: impl FnMut() -> bool) {
    for _ in 0..150 {
        if done() {
            return;
        }
        settle().await;
    }
    panic!("still not the case after 3 s: {what}");
}

#[wasm_bindgen_test]
async fn mount_renders_the_welcome_screen_in_a_shadow_root_with_the_stylesheet() {
    let host = host(&[]);
    let _widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    assert!(heading(&host).contains("Ease the knot"));
    assert_eq!(shadow(&host).adopted_style_sheets().length(), 1);
    assert!(
        host.children().length() == 0,
        "nothing is added to the host's light DOM"
    );
    let text = shadow(&host).text_content().unwrap_or_default();
    assert!(text.contains("not a diagnosis"));
}

/// The keys saved under `host`'s storage namespace.
fn saved_keys(host: &HtmlElement) -> Vec<String> {
    let prefix = format!("knot-coach:{}:", host.get_attribute("storage-key").unwrap());
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|key| key.starts_with(&prefix))
        .collect()
}

#[wasm_bindgen_test]
async fn a_first_visit_saves_nothing_until_the_reader_acts() {
    let host = host(&[]);
    let _widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    settle().await;
    assert_eq!(saved_keys(&host), Vec::<String>::new());
    button(&host, "Start").click();
    until("the answers are saved", || !saved_keys(&host).is_empty()).await;
    assert!(saved_keys(&host)
        .iter()
        .any(|key| key.ends_with(":journey")));
}

#[wasm_bindgen_test]
async fn start_leads_to_the_next_step() {
    let host = host(&[]);
    let _widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    button(&host, "Start").click();
    until("the first question shows", || {
        heading(&host) == FIRST_QUESTION
    })
    .await;
    assert_eq!(heading(&host), FIRST_QUESTION);
}

#[wasm_bindgen_test]
async fn two_widgets_on_one_page_keep_their_own_state() {
    let first = host(&[]);
    let second = host(&[]);
    let _a = embed::mount_styled(&first, CSS).unwrap();
    let _b = embed::mount_styled(&second, CSS).unwrap();
    settle().await;
    button(&first, "Start").click();
    until("the first widget shows its first question", || {
        heading(&first) == FIRST_QUESTION
    })
    .await;
    assert_eq!(heading(&first), FIRST_QUESTION);
    assert!(heading(&second).contains("Ease the knot"));
}

#[wasm_bindgen_test]
async fn attributes_are_read_and_changes_after_mount_take_effect() {
    let host = host(&[("clinic-name", "Harbour Street Physio")]);
    let mut widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    let text = || shadow(&host).text_content().unwrap_or_default();
    assert!(text().contains("Offered by Harbour Street Physio"));

    host.set_attribute("clinic-name", "Quayside Clinic")
        .unwrap();
    widget.refresh(&host);
    until("the new clinic name shows", || {
        text().contains("Offered by Quayside Clinic")
    })
    .await;
}

#[wasm_bindgen_test]
async fn markup_in_attributes_is_shown_as_text_never_parsed() {
    let host = host(&[("clinic-name", "<img src=x onerror=alert(1)>")]);
    let _widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    assert!(shadow(&host).query_selector("img").unwrap().is_none());
    assert!(shadow(&host)
        .text_content()
        .unwrap_or_default()
        .contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn unmount_removes_the_app() {
    let host = host(&[]);
    let widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    widget.unmount();
    settle().await;
    assert!(shadow(&host).query_selector("h2").unwrap().is_none());
}

fn accent_of(host: &HtmlElement) -> String {
    let root: HtmlElement = shadow(host)
        .query_selector(".kc-host")
        .unwrap()
        .unwrap()
        .unchecked_into();
    root.style().get_property_value("--accent").unwrap()
}

#[wasm_bindgen_test]
async fn a_valid_accent_is_applied_through_the_cssom_and_follows_attribute_changes() {
    let host = host(&[("accent", "#5A2D82")]);
    let mut widget = embed::mount_styled(&host, CSS).unwrap();
    settle().await;
    assert_eq!(accent_of(&host), "#5a2d82");
    assert!(shadow(&host)
        .query_selector("[style]")
        .unwrap()
        .map(|el| el.get_attribute("style").unwrap_or_default())
        .is_some_and(|style| style.contains("--accent")));

    host.set_attribute("accent", "javascript:alert(1)").unwrap();
    widget.refresh(&host);
    settle().await;
    assert_eq!(
        accent_of(&host),
        "",
        "an invalid accent falls back to the default"
    );
}

/// Hands the widget the French words as the loader does, from a promise (as if fetched).
fn serve_french() {
    let source = Closure::<dyn Fn(JsValue) -> js_sys::Promise>::new(|_name: JsValue| {
        js_sys::Promise::resolve(&JsValue::from_str(include_str!(
            "../text/knot-coach.fr-CA.json"
        )))
    });
    embed::set_source(source.into_js_value().unchecked_into(), JsValue::UNDEFINED);
}

/// The `lang` on the widget's root, inside its shadow root.
fn root_lang(host: &HtmlElement) -> Option<String> {
    shadow(host)
        .query_selector(".kc-root")
        .unwrap()
        .and_then(|root| root.get_attribute("lang"))
}

#[wasm_bindgen_test]
async fn the_lang_attribute_speaks_french_and_a_change_after_mount_switches_back() {
    serve_french();
    let host = host(&[("lang", "fr")]);
    let mut widget = embed::mount_styled(&host, CSS).unwrap();
    until("the French words have loaded", || {
        root_lang(&host).as_deref() == Some("fr-CA")
    })
    .await;
    button(&host, "Commencer").click();
    until("the first question shows in French", || {
        heading(&host) != "Soulagez le nœud entre vos omoplates"
    })
    .await;
    assert_eq!(
        heading(&host),
        "Avez-vous l’un de ces symptômes en plus du mal de dos?"
    );
    host.set_attribute("lang", "en-GB").unwrap();
    widget.refresh(&host);
    until("the widget speaks English", || {
        root_lang(&host).as_deref() == Some("en") && heading(&host) == FIRST_QUESTION
    })
    .await;
    assert_eq!(root_lang(&host).as_deref(), Some("en"));
    assert_eq!(heading(&host), FIRST_QUESTION);
    widget.unmount();
    host.remove();
}

#[wasm_bindgen_test]
async fn without_a_lang_attribute_the_page_around_the_widget_decides() {
    let document = web_sys::window().unwrap().document().unwrap();
    let section = document.create_element("section").unwrap();
    section.set_attribute("lang", "fr-CA").unwrap();
    document.body().unwrap().append_child(&section).unwrap();
    let host = host(&[]);
    section.append_child(&host).unwrap();
    serve_french();
    let _widget = embed::mount_styled(&host, CSS).unwrap();
    until("the French words have loaded", || {
        root_lang(&host).as_deref() == Some("fr-CA")
    })
    .await;
    button(&host, "Commencer");
    // An unknown value is ignored (with a console warning) and the page's language stays.
    let host2 = self::host(&[("lang", "tlh")]);
    section.append_child(&host2).unwrap();
    let _widget2 = embed::mount_styled(&host2, CSS).unwrap();
    settle().await;
    assert_eq!(root_lang(&host2).as_deref(), Some("fr-CA"));
    section.remove();
}

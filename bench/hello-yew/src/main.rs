//! One Start button in a `<knot-coach>` shadow root: the least a Yew widget can be while
//! loading the way Knot Coach does (the loader calls `mount` and `observedAttributes`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::prelude::*;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[function_component]
fn App() -> Html {
    let started = use_state(|| false);
    let onclick = {
        let started = started.clone();
        Callback::from(move |_: MouseEvent| started.set(true))
    };
    html! {
        <section>
            <h2>{ "Reference" }</h2>
            <button type="button" {onclick}>{ "Start" }</button>
            if *started {
                <p role="status">{ "Started" }</p>
            }
        </section>
    }
}

/// Where the loader says language files live, and how it loads another module: the
/// reference speaks English only and has no other part, but takes the call, since it is
/// loaded by the widget's own loader.
#[wasm_bindgen(js_name = setSource)]
pub fn set_source(_text: JsValue, _load: JsValue) {}

/// No attributes to watch.
#[wasm_bindgen(js_name = observedAttributes)]
pub fn observed_attributes() -> Vec<JsValue> {
    Vec::new()
}

/// The mounted app, owned by its element.
#[wasm_bindgen]
pub struct Widget {
    handle: yew::AppHandle<App>,
}

#[wasm_bindgen]
impl Widget {
    /// Nothing to re-read.
    pub fn refresh(&mut self, _host: &HtmlElement) {}

    /// Tears the app down.
    pub fn unmount(self) {
        self.handle.destroy();
    }
}

/// The reference's stylesheet, carried in the wasm as Knot Coach's is.
const STYLESHEET: &str = include_str!("../knot-coach.css");

/// Mounts the app into `host`'s shadow root with its stylesheet adopted, as Knot Coach's
/// `mount` does.
#[wasm_bindgen]
pub fn mount(host: &HtmlElement) -> Result<Widget, JsValue> {
    let shadow = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let sheet = CssStyleSheet::new()?;
    sheet.replace_sync(STYLESHEET)?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    let document = host
        .owner_document()
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let root: Element = document.create_element("div")?.dyn_into()?;
    shadow.append_child(&root)?;
    let handle = yew::Renderer::<App>::with_root(root).render();
    Ok(Widget { handle })
}

fn main() {}

//! The `<knot-coach>` element: an open shadow root with the widget's own stylesheet,
//! configuration read from the host's attributes, and one Yew app per element.
//!
//! The widget is built as two wasm modules from this one library (issue 17): the welcome
//! part ([`door`], cargo feature `door`, the module `knot-coach.js` loads first) and the
//! whole widget (this module, feature `full`), which the welcome part loads behind it. The
//! loader defines the custom element and calls the first module's `mount`, `refresh` and
//! `unmount` from its lifecycle callbacks; the welcome part hands an element over to the
//! whole widget's [`mount`] or [`mount_begun`].

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::browser::console;
use crate::domain::config::{WidgetConfig, OBSERVED_ATTRIBUTES};
use crate::domain::lang::{self, Lang};
use crate::ui::{App, AppProps};

pub mod door;

#[cfg(all(feature = "door", feature = "full"))]
compile_error!("build one part at a time: the features `door` and `full` each export `mount`");

thread_local! {
    /// One parsed stylesheet shared by every widget on the page.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// The attributes the loader asks the browser to watch.
#[cfg_attr(
    any(feature = "door", feature = "full"),
    wasm_bindgen(js_name = observedAttributes)
)]
pub fn observed_attributes() -> Vec<JsValue> {
    OBSERVED_ATTRIBUTES
        .iter()
        .map(|a| JsValue::from_str(a))
        .collect()
}

/// One mounted widget, owned by its `<knot-coach>` element.
#[cfg_attr(feature = "full", wasm_bindgen)]
pub struct Widget {
    handle: AppHandle<App>,
    config: Rc<WidgetConfig>,
    lang: Lang,
    root: HtmlElement,
}

#[cfg_attr(feature = "full", wasm_bindgen)]
impl Widget {
    /// Re-reads the host's attributes; the app re-renders only if the configuration changed.
    pub fn refresh(&mut self, host: &HtmlElement) {
        let config = Rc::new(read_config(host));
        let lang = choose_lang(host, &config);
        if config != self.config || lang != self.lang {
            apply_accent(&self.root, &config);
            self.config = config.clone();
            self.lang = lang;
            self.handle.update(AppProps {
                config,
                lang,
                begun: false,
            });
        }
    }

    /// Tears the app down when the element leaves the page.
    pub fn unmount(self) {
        self.handle.destroy();
    }
}

/// Tells the widget where its files come from, once, before the first mount:
/// - `text`: where a language's words come from: the loader's own URL (the French words,
///   `knot-coach.fr-CA.json`, sit beside it), or, in the single-file build, a function from
///   that file name to a promise of its text. French is fetched only when a widget's
///   language is French.
/// - `load`: the loader's function from a module name to a promise of its started bindings:
///   how the welcome part loads the whole widget ([`crate::browser::full_app`]).
#[cfg_attr(
    any(feature = "door", feature = "full"),
    wasm_bindgen(js_name = setSource)
)]
pub fn set_source(text: JsValue, load: JsValue) {
    crate::browser::text_source::set_source(text);
    crate::browser::full_app::set_loader(load);
}

/// The widget's stylesheet: `styles/widget/*.css` joined by `build.rs`. It travels inside
/// the wasm, so mounting waits for no request of its own.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/knot-coach.css"));

/// The part of [`STYLESHEET`] the welcome screen uses: what the welcome part ([`door`])
/// carries (`build.rs` picks the sheets).
pub const WELCOME_STYLESHEET: &str =
    include_str!(concat!(env!("OUT_DIR"), "/knot-coach-welcome.css"));

/// Mounts a widget into `host`'s shadow root, styled by [`STYLESHEET`], where the reader
/// left off.
#[cfg_attr(feature = "full", wasm_bindgen)]
pub fn mount(host: &HtmlElement) -> Result<Widget, JsValue> {
    mount_app(host, STYLESHEET, false)
}

/// Mounts a widget as [`mount`] does, at the first question: the reader pressed Start on
/// the welcome part ([`door`]) before the whole widget had loaded.
#[cfg_attr(feature = "full", wasm_bindgen(js_name = mountBegun))]
pub fn mount_begun(host: &HtmlElement) -> Result<Widget, JsValue> {
    mount_app(host, STYLESHEET, true)
}

/// Mounts a widget styled by `css` instead (tests that look for a rule of their own). The
/// first widget's sheet is shared by every later one on the page.
pub fn mount_styled(host: &HtmlElement, css: &str) -> Result<Widget, JsValue> {
    mount_app(host, css, false)
}

fn mount_app(host: &HtmlElement, css: &str, begun: bool) -> Result<Widget, JsValue> {
    let Shell { root, config, lang } = Shell::open(host, css)?;
    let handle = yew::Renderer::<App>::with_root_and_props(
        Element::clone(&root),
        AppProps {
            config: config.clone(),
            lang,
            begun,
        },
    )
    .render();
    Ok(Widget {
        handle,
        config,
        lang,
        root,
    })
}

/// What every part of the widget mounts into: the shadow root's one element, with the
/// host's configuration and language read and the clinic's accent applied.
struct Shell {
    root: HtmlElement,
    config: Rc<WidgetConfig>,
    lang: Lang,
}

impl Shell {
    /// Attaches (or reuses) `host`'s shadow root, styled by `css`, and replaces whatever it
    /// held with an empty root element.
    fn open(host: &HtmlElement, css: &str) -> Result<Shell, JsValue> {
        let shadow = shadow_root(host)?;
        let adopted = adopt_stylesheet(&shadow, css);
        let document = host
            .owner_document()
            .ok_or_else(|| JsValue::from_str("knot-coach: the element has no document"))?;
        let root: HtmlElement = document.create_element("div")?.dyn_into()?;
        root.set_class_name("kc-host");
        shadow.replace_children_with_node_1(&root);
        if !adopted {
            // Older engines (Safari before 16.4) cannot adopt a constructed sheet: a <style>
            // element in the shadow root styles it there (a strict CSP without 'unsafe-inline'
            // blocks it, but such a browser has nothing better).
            let style = document.create_element("style")?;
            style.set_text_content(Some(css));
            shadow.prepend_with_node_1(&style)?;
        }
        let config = Rc::new(read_config(host));
        let lang = choose_lang(host, &config);
        apply_accent(&root, &config);
        Ok(Shell { root, config, lang })
    }
}

/// Sets the clinic's accent through the CSSOM: allowed under a strict CSP, unlike a
/// `style` attribute.
fn apply_accent(root: &HtmlElement, config: &WidgetConfig) {
    let style = root.style();
    let result = match &config.accent {
        Some(accent) => style.set_property("--accent", accent.as_hex()),
        None => style.remove_property("--accent").map(|_| ()),
    };
    if result.is_err() {
        console::warn("knot-coach: could not apply the accent colour");
    }
}

/// The reader's language: the element's valid `lang`, else the nearest `lang` around it on
/// the host page (its `<html lang>` as a rule), else the browser's languages, else English.
/// Each is read only when the ones before it say nothing (the standalone page sets the
/// element's `lang`, so its start reads neither the page nor the browser's list).
fn choose_lang(host: &HtmlElement, config: &WidgetConfig) -> Lang {
    let around = config
        .lang
        .is_none()
        .then(|| {
            host.parent_element()
                .and_then(|parent| parent.closest("[lang]").ok().flatten())
                .and_then(|element| element.get_attribute("lang"))
        })
        .flatten();
    let browser = std::iter::once_with(|| {
        web_sys::window()
            .map(|window| window.navigator().languages().to_vec())
            .unwrap_or_default()
    })
    .flatten()
    .filter_map(|tag| tag.as_string());
    lang::choose(config.lang, around.as_deref(), browser)
}

fn shadow_root(host: &HtmlElement) -> Result<ShadowRoot, JsValue> {
    match host.shadow_root() {
        Some(existing) => Ok(existing),
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open)),
    }
}

/// Shares one constructed stylesheet with the shadow root; false where the browser has no
/// constructable stylesheets or cannot adopt them.
fn adopt_stylesheet(shadow: &ShadowRoot, css: &str) -> bool {
    let sheet = SHEET.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = CssStyleSheet::new().ok().inspect(|sheet| {
                if sheet.replace_sync(css).is_err() {
                    console::warn("knot-coach: the stylesheet could not be parsed");
                }
            });
        }
        slot.clone()
    });
    let adoptable = js_sys::Reflect::has(shadow, &"adoptedStyleSheets".into()).unwrap_or(false);
    match sheet {
        Some(sheet) if adoptable => {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
            true
        }
        _ => false,
    }
}

fn read_config(host: &HtmlElement) -> WidgetConfig {
    let (config, warnings) = WidgetConfig::from_attributes(|name| host.get_attribute(name));
    for warning in warnings {
        console::warn(&warning.to_string());
    }
    config
}

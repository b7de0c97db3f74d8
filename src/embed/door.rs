//! The welcome part's `<knot-coach>` element (issue 17): on a reader's first visit it shows
//! the welcome screen ([`Door`]) and loads the whole widget behind it; at Start, or at once
//! for anyone else, it hands the element over to the whole widget
//! ([`crate::browser::full_app`]).

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement};
use yew::AppHandle;

use super::{apply_accent, choose_lang, read_config, Shell, WELCOME_STYLESHEET};
use crate::browser::console;
use crate::browser::full_app::{self, FullWidget};
use crate::browser::location::{self, FragmentListener};
use crate::browser::storage::KeyValueStore;
use crate::domain::config::WidgetConfig;
use crate::domain::first_part::{first_part, FirstPart, Opening};
use crate::domain::prescription::prescription_in_fragment;
use crate::text::Lang;
use crate::ui::hooks::AfterRender;
use crate::ui::{Door, DoorProps, Rest};

/// One `<knot-coach>` element's widget: the welcome part, then the whole widget.
#[cfg_attr(feature = "door", wasm_bindgen(js_name = Widget))]
pub struct DoorWidget {
    inner: Rc<RefCell<Inner>>,
}

struct Inner {
    host: HtmlElement,
    root: HtmlElement,
    part: Part,
}

/// What the element shows.
enum Part {
    /// The welcome screen, with the whole widget loading behind it.
    Welcome(Welcome),
    /// Nothing yet: the whole widget is loading to open where the reader left off.
    Loading,
    /// The whole widget.
    Full(FullWidget),
    /// Taken off the page.
    Gone,
}

/// The welcome screen's app and what it started.
struct Welcome {
    handle: AppHandle<Door>,
    props: DoorProps,
    /// Loads the whole widget once the welcome screen is drawn.
    _preload: AfterRender<()>,
    /// Hands over to the whole widget if a prescription link is opened in the address bar.
    _fragment: AfterRender<FragmentListener>,
}

#[cfg_attr(feature = "door", wasm_bindgen(js_class = Widget))]
impl DoorWidget {
    /// Re-reads the host's attributes: the welcome screen follows them, or hands over when
    /// they no longer open at it (a clinician mode, say); the whole widget re-reads them.
    pub fn refresh(&mut self, host: &HtmlElement) {
        let config = {
            let mut inner = self.inner.borrow_mut();
            let root = inner.root.clone();
            match &mut inner.part {
                Part::Full(widget) => return widget.refresh(host),
                // The whole widget reads the attributes as they are when it mounts.
                Part::Loading | Part::Gone => return,
                Part::Welcome(welcome) => {
                    let config = Rc::new(read_config(host));
                    if config != welcome.props.config {
                        apply_accent(&root, &config);
                        welcome.props.config = config.clone();
                        welcome.handle.update(welcome.props.clone());
                    }
                    config
                }
            }
        };
        if opens_at(host, &config) == FirstPart::Full {
            open_full(&self.inner, false);
        }
    }

    /// Tears the widget down when the element leaves the page.
    pub fn unmount(self) {
        let part = std::mem::replace(&mut self.inner.borrow_mut().part, Part::Gone);
        match part {
            Part::Welcome(welcome) => welcome.handle.destroy(),
            Part::Full(widget) => widget.unmount(),
            Part::Loading | Part::Gone => {}
        }
    }
}

/// Mounts the welcome part into `host`'s shadow root: the welcome screen on a first visit,
/// else the whole widget as soon as it has loaded.
#[cfg_attr(feature = "door", wasm_bindgen(js_name = mount))]
pub fn mount(host: &HtmlElement) -> Result<DoorWidget, JsValue> {
    let Shell { root, config, lang } = Shell::open(host, WELCOME_STYLESHEET)?;
    let inner = Rc::new(RefCell::new(Inner {
        host: host.clone(),
        root,
        part: Part::Loading,
    }));
    match opens_at_lang(&config, lang) {
        FirstPart::Welcome => show_welcome(&inner, config),
        FirstPart::Full => open_full(&inner, false),
    }
    Ok(DoorWidget { inner })
}

/// Which part `host`, configured as `config`, opens at, from what this page holds now.
fn opens_at(host: &HtmlElement, config: &WidgetConfig) -> FirstPart {
    opens_at_lang(config, choose_lang(host, config))
}

fn opens_at_lang(config: &WidgetConfig, lang: Lang) -> FirstPart {
    let kv = KeyValueStore::open();
    let stored = |key: &str| kv.get(key).is_some();
    first_part(&Opening {
        config,
        lang,
        storage_persistent: kv.is_persistent(),
        stored: &stored,
        fragment: &location::fragment(),
    })
}

fn show_welcome(inner: &Rc<RefCell<Inner>>, config: Rc<WidgetConfig>) {
    let weak = Rc::downgrade(inner);
    let onbegin = yew::Callback::from(move |()| begin(&weak));
    let props = DoorProps {
        config,
        rest: Rest::Waiting,
        onbegin,
    };
    let root = Element::clone(&inner.borrow().root);
    let handle = yew::Renderer::<Door>::with_root_and_props(root, props.clone()).render();
    let weak = Rc::downgrade(inner);
    let on_fragment = move |fragment: String| {
        if prescription_in_fragment(&fragment).is_some() {
            if let Some(inner) = weak.upgrade() {
                open_full(&inner, false);
            }
        }
    };
    inner.borrow_mut().part = Part::Welcome(Welcome {
        handle,
        props,
        _preload: AfterRender::new(full_app::preload),
        _fragment: AfterRender::listen(location::fragment, on_fragment, FragmentListener::new),
    });
}

/// Start: says the questions are coming, then opens the whole widget at the first one.
fn begin(weak: &Weak<RefCell<Inner>>) {
    if let Some(inner) = weak.upgrade() {
        set_rest(&inner, Rest::Opening);
        open_full(&inner, true);
    }
}

fn set_rest(inner: &Rc<RefCell<Inner>>, rest: Rest) {
    if let Part::Welcome(welcome) = &mut inner.borrow_mut().part {
        if welcome.props.rest != rest {
            welcome.props.rest = rest;
            welcome.handle.update(welcome.props.clone());
        }
    }
}

/// Loads the whole widget and mounts it in place of the welcome screen (at the first
/// question if `begun`). If that fails, the welcome screen says so (shown now if it was not
/// up), and Start tries again.
fn open_full(inner: &Rc<RefCell<Inner>>, begun: bool) {
    let weak = Rc::downgrade(inner);
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = full_app::load().await;
        let Some(inner) = weak.upgrade() else { return };
        let host = inner.borrow().host.clone();
        let mounted = loaded.and_then(|app| {
            if matches!(inner.borrow().part, Part::Gone | Part::Full(_)) {
                return Ok(None);
            }
            if begun {
                app.mount_begun(&host)
            } else {
                app.mount(&host)
            }
            .map(Some)
        });
        match mounted {
            Ok(Some(widget)) => {
                let part = std::mem::replace(&mut inner.borrow_mut().part, Part::Full(widget));
                if let Part::Welcome(welcome) = part {
                    welcome.handle.destroy();
                }
            }
            Ok(None) => {}
            Err(error) => {
                console::warn(&format!(
                    "knot-coach: the rest of the widget could not load: {}",
                    error.as_string().unwrap_or_else(|| format!("{error:?}"))
                ));
                if matches!(inner.borrow().part, Part::Loading) {
                    show_welcome(&inner, Rc::new(read_config(&host)));
                }
                set_rest(&inner, Rest::Failed);
            }
        }
    });
}

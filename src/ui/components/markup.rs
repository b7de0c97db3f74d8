//! Constant markup inserted as one string: static prose costs the wasm far fewer bytes this
//! way than the same elements built node by node by `html!`.

use yew::prelude::*;

/// `html` as nodes. It must be constant markup written in this crate, never text from the
/// reader, the host page or storage, so nothing can inject script. It is parsed inside a
/// `<div>`, so it must be flow content (no bare table parts), with text escaped as HTML.
#[inline(never)]
pub fn constant_markup(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

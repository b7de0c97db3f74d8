//! The heading at the top of each screen, shared by every screen.

use yew::prelude::*;

/// The screen's `<h2>`: focusable from script only, so `use_focus_on_mount` can move the
/// reader to it through `heading`.
#[inline(never)]
pub fn screen_title(heading: NodeRef, text: AttrValue) -> Html {
    html! { <h2 class="kc-title" tabindex="-1" ref={heading}>{ text }</h2> }
}

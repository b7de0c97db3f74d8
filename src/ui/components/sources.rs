//! The source ids after a statement, so a clinician can audit where it comes from.

use yew::prelude::*;

/// `" [R4, S2]"` in the quiet source style, after the statement it backs.
#[inline(never)]
pub fn source_ids(ids: &[&str]) -> Html {
    html! { <span class="kc-source">{ format!(" [{}]", ids.join(", ")) }</span> }
}

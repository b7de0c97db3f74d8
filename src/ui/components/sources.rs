//! The source ids after a statement, so a clinician can audit where it comes from, and the
//! key that says what each id is.

use yew::prelude::*;

use super::constant_markup;
use crate::domain::sources::SOURCES;
use crate::text::{self, Lang};

/// `" [R4, S2]"` in the quiet source style, after the statement it backs.
#[inline(never)]
pub fn source_ids(ids: &[&str]) -> Html {
    html! { <span class="kc-source">{ format!(" [{}]", ids.join(", ")) }</span> }
}

/// "What the codes in brackets mean", folded away: each source id and what it is.
pub fn source_key(lang: Lang) -> Html {
    let ui = crate::text::ui(lang);
    html! {
        <details class="kc-details kc-source-key">
            { constant_markup(ui.what_the_codes_in_brackets_mean_html()) }
            <ul class="kc-list">
                { for SOURCES.iter().map(|s| html! { <li><strong>{ s.id }</strong>{ ": " }{ text::source_about(lang, s.id) }</li> }) }
            </ul>
        </details>
    }
}

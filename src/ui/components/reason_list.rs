//! A list of red flags in plain words, each with its source ids for a clinician to audit.
//!
//! A plain function rather than a component: it has no state.

use yew::prelude::*;

use crate::domain::triage::RedFlag;
use crate::text::{self, Lang};
use crate::ui::components::source_ids;

/// The reasons behind a triage result, after a lead-in such as "You told us about:".
pub fn reason_list(intro: &'static str, reasons: &[RedFlag], lang: Lang) -> Html {
    html! {
        <>
            <p>{ intro }</p>
            <ul class="kc-list kc-reasons">
                { for reasons.iter().map(|flag| {
                    let info = flag.info();
                    html! {
                        <li>
                            { text::red_flag_text(lang, *flag).reason }
                            { source_ids(info.sources) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

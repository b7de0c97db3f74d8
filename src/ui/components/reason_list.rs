//! A list of red flags in plain words, each with its source ids for a clinician to audit.

use yew::prelude::*;

use crate::domain::triage::RedFlag;
use crate::ui::components::source_ids;

/// Props of [`ReasonList`].
#[derive(Clone, PartialEq, Properties)]
pub struct ReasonListProps {
    /// A lead-in such as "You told us about:".
    pub intro: AttrValue,
    /// The red flags to explain.
    pub reasons: Vec<RedFlag>,
}

/// The reasons behind a triage result.
#[function_component(ReasonList)]
pub fn reason_list(props: &ReasonListProps) -> Html {
    html! {
        <>
            <p>{ props.intro.clone() }</p>
            <ul class="kc-list kc-reasons">
                { for props.reasons.iter().map(|flag| {
                    let info = flag.info();
                    html! {
                        <li>
                            { info.reason }
                            { source_ids(info.sources) }
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}

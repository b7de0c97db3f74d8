//! The routine screen. Until the planner lands, it confirms the reader may go ahead and
//! lists the cautions the routine will respect.

use yew::prelude::*;

use crate::domain::triage::Caution;
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`RoutinePlaceholder`].
#[derive(Clone, PartialEq, Properties)]
pub struct RoutinePlaceholderProps {
    /// Cautions from triage.
    pub cautions: Vec<Caution>,
    /// Called when the reader wants to start again.
    pub onstartover: Callback<()>,
    /// Called when the reader wants to correct an answer.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Stands where the routine preview will go.
#[function_component(RoutinePlaceholder)]
pub fn routine_placeholder(props: &RoutinePlaceholderProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let onstartover = props.onstartover.reform(|_: MouseEvent| ());
    let onback = props.onback.reform(|_: MouseEvent| ());
    html! {
        <section class="kc-screen kc-result kc-result-routine">
            <h2 class="kc-title" tabindex="-1" ref={heading}>{ "Self-care looks right for you" }</h2>
            <p class="kc-lead">{ "Nothing you told us needs a clinician first. Your personal routine will appear here." }</p>
            if !props.cautions.is_empty() {
                <h3 class="kc-subtitle">{ "We will keep in mind" }</h3>
                <ul class="kc-list">
                    { for props.cautions.iter().map(|c| html! {
                        <li>{ c.text() }<span class="kc-source">{ format!(" [{}]", c.sources().join(", ")) }</span></li>
                    }) }
                </ul>
            }
            <div class="kc-actions">
                <button type="button" class="kc-button" onclick={onback}>{ "Change my answers" }</button>
                <button type="button" class="kc-button" onclick={onstartover}>{ "Start over" }</button>
            </div>
        </section>
    }
}

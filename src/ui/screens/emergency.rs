//! The emergency screen: calm, clear about what to do now, and no routine.

use yew::prelude::*;

use crate::domain::triage::RedFlag;
use crate::ui::components::{action, constant_markup, reason_list, screen_title};

use crate::ui::hooks::use_focus_on_mount;

/// Props of [`Emergency`].
#[derive(Clone, PartialEq, Properties)]
pub struct EmergencyProps {
    /// The emergency signs the reader ticked.
    pub reasons: Vec<RedFlag>,
    /// Called when the reader wants to start again.
    pub onstartover: Callback<()>,
    /// Called when the reader wants to correct an answer.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Tells the reader to call for help now.
#[function_component(Emergency)]
pub fn emergency(props: &EmergencyProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let ui = crate::text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    html! {
        <section class="kc-screen kc-result kc-result-emergency">
            { screen_title(heading, ui.get_medical_help_now().into()) }
            { constant_markup(ui.call_your_local_emergency_number_now_html()) }
            { reason_list(ui.you_told_us_about(), &props.reasons, lang) }
            { constant_markup(ui.with_back_pain_these_signs_can_html()) }
            <div class="kc-actions">
                { action("kc-button", ui.i_ticked_this_by_mistake(), &props.onback) }
                { action("kc-button", ui.start_over(), &props.onstartover) }
            </div>
        </section>
    }
}

//! The reader's routine when it comes from their clinician (issue 15): who prescribed it,
//! its schedule, the exercises with the clinician's notes, and Start session. It prints as
//! a home-exercise sheet, like the planned routine.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::prescribed::PrescribedRoutine;
use crate::domain::stats::ClinicianPrompt;
use crate::ui::components::{
    action, booking_link, clinician_prompt, constant_markup, prescribed_routine, print_button,
    screen_title, source_key, stop_for_high_pain,
};
use crate::ui::hooks::{use_focus_on_mount, use_lang};

/// Props of [`PrescribedRoutineScreen`].
#[derive(Clone, PartialEq, Properties)]
pub struct PrescribedRoutineProps {
    /// The routine for the next session.
    pub routine: Rc<PrescribedRoutine>,
    /// Advice to see a clinician, when the routine has had a fair try without helping.
    pub prompt: Option<ClinicianPrompt>,
    /// Pain was 6 or more after each of the last two rated sessions: advise stopping.
    pub stop: bool,
    /// The configuration, with the prescription's clinic and booking link.
    pub config: Rc<WidgetConfig>,
    /// Called to begin a session.
    pub onstart: Callback<()>,
    /// Called to open the progress screen.
    pub onprogress: Callback<()>,
    /// Called when the reader wants to correct an answer.
    pub onback: Callback<()>,
    /// Called when the reader wants to start again.
    pub onstartover: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// The prescribed routine screen.
#[function_component(PrescribedRoutineScreen)]
pub fn prescribed_routine_screen(props: &PrescribedRoutineProps) -> Html {
    let lang = use_lang();
    let ui = crate::text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    html! {
        <section class="kc-screen kc-routine kc-prescribed">
            { screen_title(heading, ui.your_routine_from_your_clinician().into()) }
            if props.stop {
                { stop_for_high_pain(&props.config, lang) }
            } else if let Some(prompt) = props.prompt {
                { clinician_prompt(prompt, &props.config, lang) }
            }
            <div class="kc-actions kc-no-print">
                { action("kc-button kc-button-primary kc-button-big", ui.start_session(), &props.onstart) }
                { action("kc-button", ui.my_progress(), &props.onprogress) }
            </div>
            { prescribed_routine(&props.routine, lang) }
            { constant_markup(ui.mild_discomfort_up_to_3_out_html()) }
            { for booking_link(&props.config, lang) }
            { source_key(lang) }
            <div class="kc-actions kc-no-print">
                { print_button(ui.print_this_routine()) }
                { action("kc-button", ui.change_my_answers(), &props.onback) }
                { action("kc-button", ui.start_over(), &props.onstartover) }
            </div>
        </section>
    }
}

//! The routine preview: the reader's exercises with doses and times, why this routine,
//! the schedule, and Start session. It prints as a one-page home-exercise sheet.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::plan::{BlockOrder, PlannedExercise, Routine};
use crate::domain::stats::ClinicianPrompt;
use crate::domain::triage::Caution;
use crate::text;
use crate::ui::components::{
    action, clinician_prompt, constant_markup, exercise_card, print_button, screen_title,
    source_ids, source_key, stop_for_high_pain,
};
use crate::ui::hooks::use_focus_on_mount;
use crate::ui::hooks::use_lang;

/// Props of [`RoutinePreview`].
#[derive(Clone, PartialEq, Properties)]
pub struct RoutinePreviewProps {
    /// The planned routine.
    pub routine: Rc<Routine>,
    /// Cautions from triage.
    pub cautions: Vec<Caution>,
    /// Advice to see a clinician, when the routine has had a fair try without helping.
    pub prompt: Option<ClinicianPrompt>,
    /// Pain was 6 or more after each of the last two rated sessions: advise stopping.
    pub stop: bool,
    /// The host's configuration: booking link and clinic name.
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

/// The routine screen.
#[function_component(RoutinePreview)]
pub fn routine_preview(props: &RoutinePreviewProps) -> Html {
    let lang = use_lang();
    let ui = crate::text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let routine = &props.routine;
    let blocks = match routine.order {
        BlockOrder::ReliefFirst => [
            (ui.relief(), &routine.relief),
            (ui.strength(), &routine.strength),
        ],
        BlockOrder::StrengthFirst => [
            (ui.strength(), &routine.strength),
            (ui.relief(), &routine.relief),
        ],
    };
    let mut number = 0;
    let block = |title: &str, items: &Vec<PlannedExercise>, number: &mut usize| {
        if items.is_empty() {
            return html! {};
        }
        let blurb = if title == ui.relief() {
            ui.eases_the_knot_for_now_stretching()
        } else {
            ui.builds_the_muscles_that_hold_your()
        };
        // "Relief exercises", but « Exercices de soulagement »: the title is lower case
        // inside the French phrase.
        let title = match lang {
            crate::text::Lang::En => title.to_owned(),
            crate::text::Lang::Fr => crate::text::lower_first(title),
        };
        let block_title = crate::text::fill(ui.fmt_exercises(), &[("title", &title)]);
        html! {
            <section class="kc-block" aria-label={block_title.clone()}>
                <h3 class="kc-subtitle">{ block_title }</h3>
                <p class="kc-small">{ blurb }</p>
                <ol class="kc-exercises">
                    { for items.iter().map(|planned| {
                        *number += 1;
                        exercise_card(planned, *number, None, lang)
                    }) }
                </ol>
            </section>
        }
    };
    let schedule = &routine.schedule;
    html! {
        <section class="kc-screen kc-routine">
            { screen_title(heading, ui.your_routine().into()) }
            if props.stop {
                { stop_for_high_pain(&props.config, lang) }
            } else if let Some(prompt) = props.prompt {
                { clinician_prompt(prompt, &props.config, lang) }
            }
            <p class="kc-lead">
                { crate::text::fill(ui.fmt_exercises_about_do_it_to_times(), &[("0", &(routine.relief.len() + routine.strength.len()) as &dyn std::fmt::Display), ("1", &text::about_minutes(lang, routine.total_s) as &dyn std::fmt::Display), ("2", &schedule.sessions_per_week_min as &dyn std::fmt::Display), ("3", &schedule.sessions_per_week_max as &dyn std::fmt::Display), ("4", &schedule.weeks_min as &dyn std::fmt::Display), ("5", &schedule.weeks_max as &dyn std::fmt::Display)]) }
                { source_ids(&schedule.sources) }
            </p>
            <div class="kc-actions kc-no-print">
                { action("kc-button kc-button-primary kc-button-big", ui.start_session(), &props.onstart) }
                { action("kc-button", ui.my_progress(), &props.onprogress) }
            </div>
            { for blocks.iter().map(|(title, items)| block(title, items, &mut number)) }
            <details class="kc-details kc-why-routine" open=true>
                { constant_markup(ui.why_this_routine_html()) }
                <ul class="kc-list">
                    { for routine.reasons.iter().map(|r| html! {
                        <li>
                            { text::routine_reason(lang, &r.why) }
                            if !r.sources.is_empty() {
                                { source_ids(&r.sources) }
                            }
                        </li>
                    }) }
                    { for props.cautions.iter().map(|c| html! {
                        <li>{ text::caution(lang, *c) }{ source_ids(c.sources()) }</li>
                    }) }
                </ul>
            </details>
            { constant_markup(ui.mild_discomfort_up_to_3_out_html()) }
            { source_key(lang) }
            <div class="kc-actions kc-no-print">
                { print_button(ui.print_this_routine()) }
                { action("kc-button", ui.change_my_answers(), &props.onback) }
                { action("kc-button", ui.start_over(), &props.onstartover) }
            </div>
        </section>
    }
}

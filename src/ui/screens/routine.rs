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

/// How much discomfort is fine while exercising.
const DISCOMFORT: &str = concat!(
    r#"<p class="kc-notice" role="note">Mild discomfort (up to 3 out of 10) while you exercise "#,
    r#"is fine. If it reaches 4 or 5, ease off next time; at 6 or more, stop.<span class="kc-source"> [R6]</span></p>"#,
);

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
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let routine = &props.routine;
    let blocks = match routine.order {
        BlockOrder::ReliefFirst => [("Relief", &routine.relief), ("Strength", &routine.strength)],
        BlockOrder::StrengthFirst => [("Strength", &routine.strength), ("Relief", &routine.relief)],
    };
    let mut number = 0;
    let block = |title: &str, items: &Vec<PlannedExercise>, number: &mut usize| {
        if items.is_empty() {
            return html! {};
        }
        let blurb = if title == "Relief" {
            "Eases the knot for now: stretching, pressure from a ball and warmth."
        } else {
            "Builds the muscles that hold your shoulder blades: what tends to help most in the long run."
        };
        html! {
            <section class="kc-block" aria-label={format!("{title} exercises")}>
                <h3 class="kc-subtitle">{ format!("{title} exercises") }</h3>
                <p class="kc-small">{ blurb }</p>
                <ol class="kc-exercises">
                    { for items.iter().map(|planned| {
                        *number += 1;
                        exercise_card(planned, *number, lang)
                    }) }
                </ol>
            </section>
        }
    };
    let schedule = &routine.schedule;
    html! {
        <section class="kc-screen kc-routine">
            { screen_title(heading, "Your routine".into()) }
            if props.stop {
                { stop_for_high_pain(&props.config) }
            } else if let Some(prompt) = props.prompt {
                { clinician_prompt(prompt, &props.config, lang) }
            }
            <p class="kc-lead">
                { format!(
                    "{} exercises, about {}. Do it {} to {} times a week for {} to {} weeks.",
                    routine.relief.len() + routine.strength.len(),
                    text::about_minutes(lang, routine.total_s),
                    schedule.sessions_per_week_min,
                    schedule.sessions_per_week_max,
                    schedule.weeks_min,
                    schedule.weeks_max,
                ) }
                { source_ids(&schedule.sources) }
            </p>
            <div class="kc-actions kc-no-print">
                { action("kc-button kc-button-primary kc-button-big", "Start session", &props.onstart) }
                { action("kc-button", "My progress", &props.onprogress) }
            </div>
            { for blocks.iter().map(|(title, items)| block(title, items, &mut number)) }
            <details class="kc-details kc-why-routine" open=true>
                { constant_markup(r#"<summary>Why this routine</summary>"#) }
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
            { constant_markup(DISCOMFORT) }
            { source_key(lang) }
            <div class="kc-actions kc-no-print">
                { print_button("Print this routine") }
                { action("kc-button", "Change my answers", &props.onback) }
                { action("kc-button", "Start over", &props.onstartover) }
            </div>
        </section>
    }
}

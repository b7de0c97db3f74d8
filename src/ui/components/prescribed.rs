//! The body of a prescribed routine (issue 15): who prescribed it, its schedule and its
//! exercise cards with the clinician's notes. The reader's routine screen and the
//! clinician's live preview both show it.

use yew::prelude::*;

use crate::domain::prescribed::PrescribedRoutine;
use crate::text::{self, Lang};
use crate::ui::components::exercise_card;

/// Who prescribed the routine, how often and how long, and its exercises in order.
pub fn prescribed_routine(routine: &PrescribedRoutine, lang: Lang) -> Html {
    let ui = text::ui(lang);
    let minutes = text::about_minutes(lang, routine.total_s);
    html! {
        <>
            <p class="kc-lead kc-prescribed-by">
                { text::fill(ui.fmt_prescribed_by(), &[("name", &routine.clinic_name as &dyn std::fmt::Display)]) }
            </p>
            <p>
                { text::fill(ui.fmt_rx_length(), &[("n", &routine.steps.len() as &dyn std::fmt::Display), ("minutes", &minutes)]) }
                { " " }
                { text::fill(ui.fmt_rx_schedule(), &[("sessions", &routine.sessions_per_week as &dyn std::fmt::Display), ("weeks", &routine.weeks)]) }
            </p>
            <ol class="kc-exercises">
                { for routine.steps.iter().enumerate().map(|(at, step)| {
                    exercise_card(&step.planned, at + 1, step.note.as_deref(), lang)
                }) }
            </ol>
        </>
    }
}

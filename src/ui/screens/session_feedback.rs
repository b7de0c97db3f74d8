//! After a session: pain now (0–10) and "too easy / just right / too hard" per exercise.
//! The answers feed the next session's dose.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::dose::DosedExercise;
use crate::domain::history::{high_pain_again, is_high_pain, Feedback, PainRating};
use crate::text;
use crate::ui::components::{
    booking_link, constant_markup, pain_scale, screen_title, submit_button,
};
use crate::ui::hooks::use_focus_on_mount;
use crate::ui::hooks::use_lang;

/// What the reader told us after the session.
#[derive(Clone, Debug, PartialEq)]
pub struct SessionRating {
    /// Pain now, if given.
    pub pain_after: Option<PainRating>,
    /// Feedback per exercise id.
    pub feedback: BTreeMap<String, Feedback>,
}

/// What to do after a session that left the back hurting at 6 or more.
const HIGH_PAIN: &str = concat!(
    r#"<p class="kc-notice" role="note">Pain of 6 or more after exercise is a sign to step "#,
    "back: next time your routine will be gentler. ",
    r#"If it stays this high, please see a doctor or physiotherapist.<span class="kc-source"> [R6]</span></p>"#,
);

/// What to do when the pain was 6 or more after the last rated session too.
const HIGH_PAIN_AGAIN: &str = concat!(
    r#"<p class="kc-notice" role="note"><strong>Your pain was 6 or more after your last session "#,
    "too.</strong> A gentler routine has not settled it, so please stop the routine for now ",
    "and have your back checked by a doctor or physiotherapist before you go on.",
    r#"<span class="kc-source"> [R6, S2]</span></p>"#,
);

/// Props of [`SessionFeedback`].
#[derive(Clone, PartialEq, Properties)]
pub struct SessionFeedbackProps {
    /// The exercises the reader did.
    pub exercises: Rc<Vec<DosedExercise>>,
    /// Pain after the last rated session before this one, if any.
    pub previous_pain: Option<PainRating>,
    /// The host's configuration: booking link and clinic name.
    pub config: Rc<WidgetConfig>,
    /// Called with the rating when the reader saves.
    pub onsave: Callback<SessionRating>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

const CHOICES: [(Feedback, &str, &str); 3] = [
    (Feedback::TooEasy, "too-easy", "Too easy"),
    (Feedback::JustRight, "just-right", "Just right"),
    (Feedback::TooHard, "too-hard", "Too hard"),
];

/// The end-of-session questions.
#[function_component(SessionFeedback)]
pub fn session_feedback(props: &SessionFeedbackProps) -> Html {
    let lang = use_lang();
    let pain = use_state(Option::<PainRating>::default);
    let feedback = use_state(BTreeMap::<String, Feedback>::new);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);

    let onsubmit = {
        let (pain, feedback, onsave) = (pain.clone(), feedback.clone(), props.onsave.clone());
        let exercises = props.exercises.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let mut all = (*feedback).clone();
            for exercise in exercises.iter() {
                all.entry(exercise.exercise_id.clone())
                    .or_insert(Feedback::JustRight);
            }
            onsave.emit(SessionRating {
                pain_after: *pain,
                feedback: all,
            });
        })
    };
    let on_pain = {
        let pain = pain.clone();
        Callback::from(move |rating| pain.set(Some(rating)))
    };

    html! {
        <section class="kc-screen kc-feedback">
            { screen_title(heading, "Well done. How did it go?".into()) }
            <form {onsubmit}>
                { pain_scale("How much does your back hurt now? (optional)", "kc-pain-after", *pain, &on_pain) }
                // A live region from the start, so the advice is read out when it appears.
                <div aria-live="polite">
                    if high_pain_again(props.previous_pain, *pain) {
                        { constant_markup(HIGH_PAIN_AGAIN) }
                        { for booking_link(&props.config) }
                    } else if is_high_pain(*pain) {
                        { constant_markup(HIGH_PAIN) }
                    }
                </div>
                { constant_markup(r#"<h3 class="kc-subtitle">How did each exercise feel?</h3>"#) }
                { for props.exercises.iter().map(|exercise| {
                    let id = exercise.exercise_id.clone();
                    let current = feedback.get(&id).copied().unwrap_or(Feedback::JustRight);
                    html! {
                        <fieldset class="kc-fieldset kc-outcome">
                            <legend class="kc-outcome-legend">{ text::exercise_name(lang, &exercise.exercise_id) }</legend>
                            <div class="kc-choices kc-choices-inline">
                                { for CHOICES.iter().map(|(value, slug, label)| {
                                    let input_id = format!("kc-fb-{id}-{slug}");
                                    let onchange = {
                                        let feedback = feedback.clone();
                                        let (id, value) = (id.clone(), *value);
                                        Callback::from(move |_: Event| {
                                            let mut next = (*feedback).clone();
                                            next.insert(id.clone(), value);
                                            feedback.set(next);
                                        })
                                    };
                                    html! {
                                        <div class="kc-choice">
                                            <input type="radio" id={input_id.clone()} name={format!("kc-fb-{id}")} checked={current == *value} {onchange} />
                                            <label for={input_id} class="kc-choice-label">{ *label }</label>
                                        </div>
                                    }
                                }) }
                            </div>
                        </fieldset>
                    }
                }) }
                <div class="kc-actions">
                    { submit_button("Save session") }
                </div>
            </form>
        </section>
    }
}

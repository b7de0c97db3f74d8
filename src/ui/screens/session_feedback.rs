//! After a session: pain now (0–10) and "too easy / just right / too hard" per exercise.
//! The answers feed the next session's dose.

use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::dose::DosedExercise;
use crate::domain::history::{high_pain_again, is_high_pain, Feedback, PainRating};
use crate::text::{self, Ui};
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

/// Each kind of feedback with its id slug and its label in the reader's language.
fn choices(ui: &Ui) -> [(Feedback, &'static str, &'static str); 3] {
    [
        (Feedback::TooEasy, "too-easy", ui.too_easy()),
        (Feedback::JustRight, "just-right", ui.just_right()),
        (Feedback::TooHard, "too-hard", ui.too_hard()),
    ]
}

/// The end-of-session questions.
#[function_component(SessionFeedback)]
pub fn session_feedback(props: &SessionFeedbackProps) -> Html {
    let lang = use_lang();
    let ui = crate::text::ui(lang);
    let feedback_choices = choices(ui);
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
            { screen_title(heading, ui.well_done_how_did_it_go().into()) }
            <form {onsubmit}>
                { pain_scale(ui.how_much_does_your_back_hurt_2(), "kc-pain-after", *pain, &on_pain, lang) }
                // A live region from the start, so the advice is read out when it appears.
                <div aria-live="polite">
                    if high_pain_again(props.previous_pain, *pain) {
                        { constant_markup(ui.your_pain_was_6_or_more_html_2()) }
                        { for booking_link(&props.config, lang) }
                    } else if is_high_pain(*pain) {
                        { constant_markup(ui.pain_of_6_or_more_after_html()) }
                    }
                </div>
                { constant_markup(ui.how_did_each_exercise_feel_html()) }
                { for props.exercises.iter().map(|exercise| {
                    let id = exercise.exercise_id.clone();
                    let current = feedback.get(&id).copied().unwrap_or(Feedback::JustRight);
                    html! {
                        <fieldset class="kc-fieldset kc-outcome">
                            <legend class="kc-outcome-legend">{ text::exercise_name(lang, &exercise.exercise_id) }</legend>
                            <div class="kc-choices kc-choices-inline">
                                { for feedback_choices.iter().map(|(value, slug, label)| {
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
                    { submit_button(ui.save_session()) }
                </div>
            </form>
        </section>
    }
}

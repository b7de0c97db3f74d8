//! Before a session: a quick pain rating, so the log can show before and after.

use yew::prelude::*;

use crate::domain::history::PainRating;
use crate::ui::components::{action, constant_markup, pain_scale, screen_title, submit_button};

/// How to get ready.
const READY: &str = concat!(
    "<p>Find a spot where you can see or hear your phone, with room to lie down. ",
    "Stop if anything hurts sharply.</p>",
);
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`PainCheck`].
#[derive(Clone, PartialEq, Properties)]
pub struct PainCheckProps {
    /// Called with the rating (None when skipped) to start the session.
    pub onstart: Callback<Option<PainRating>>,
    /// Called to go back to the routine.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// The pre-session pain rating.
#[function_component(PainCheck)]
pub fn pain_check(props: &PainCheckProps) -> Html {
    // A named init fn shared with the other pain rating screen, so one copy of the hook's code.
    let pain = use_state(Option::<PainRating>::default);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let onsubmit = {
        let (pain, onstart) = (pain.clone(), props.onstart.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            onstart.emit(*pain);
        })
    };
    let on_pain = {
        let pain = pain.clone();
        Callback::from(move |rating| pain.set(Some(rating)))
    };
    html! {
        <section class="kc-screen kc-pain-check">
            { screen_title(heading, "Before you start".into()) }
            { constant_markup(READY) }
            <form {onsubmit}>
                { pain_scale("How much does your back hurt right now? (optional)", "kc-pain-before", *pain, &on_pain) }
                <div class="kc-actions">
                    { submit_button("Go to the timer") }
                    { action("kc-button", "Back to my routine", &props.onback) }
                </div>
            </form>
        </section>
    }
}

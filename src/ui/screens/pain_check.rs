//! Before a session: a quick pain rating, so the log can show before and after.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::history::{is_high_pain, PainRating};
use crate::ui::components::{
    action, constant_markup, pain_scale, screen_title, stop_for_high_pain, submit_button,
};
use crate::ui::hooks::use_focus_on_mount;

/// How to get ready, and when to stop: a returning reader is not screened again, so the
/// emergency signs are repeated here (R1, R2, R3), with new warning signs (S2).
const READY: &str = concat!(
    "<p>Find a spot where you can see or hear your phone, with room to lie down. ",
    "Stop if anything hurts sharply.</p>",
    r#"<p class="kc-notice kc-urgent-notice">Stop and call your local emergency number if you get chest pain or "#,
    "pressure, struggle to breathe, have sudden severe or tearing pain, lose feeling or strength ",
    "in both legs, lose control of your bladder or bowels, or feel numb around the groin. ",
    "If something new has started since you answered the questions, such as a fever, weight ",
    "loss, numbness in an arm or pain at night, see a doctor or physiotherapist before you go on.",
    r#"<span class="kc-source"> [R1, R2, R3, S2]</span></p>"#,
);

/// When the back already hurts at 6 or more before the session (R6: 6 or more means stop).
const HIGH_PAIN_BEFORE: &str = concat!(
    r#"<p class="kc-notice" role="note">Your pain is already 6 or more out of 10, the level "#,
    "at which exercise should stop. It may be better to rest today and try again when it ",
    "has settled. If you do go ahead, keep everything gentle and stop if it rises. If it is ",
    r#"often this high, please see a doctor or physiotherapist.<span class="kc-source"> [R6]</span></p>"#,
);

/// Props of [`PainCheck`].
#[derive(Clone, PartialEq, Properties)]
pub struct PainCheckProps {
    /// Called with the rating (None when skipped) to start the session.
    pub onstart: Callback<Option<PainRating>>,
    /// Called to go back to the routine.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
    /// Pain was 6 or more after each of the last two rated sessions: advise stopping.
    pub stop: bool,
    /// The host's configuration: booking link and clinic name.
    pub config: Rc<WidgetConfig>,
}

/// The pre-session pain rating.
#[function_component(PainCheck)]
pub fn pain_check(props: &PainCheckProps) -> Html {
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
            if props.stop {
                { stop_for_high_pain(&props.config) }
            }
            { constant_markup(READY) }
            <form {onsubmit}>
                { pain_scale("How much does your back hurt right now? (optional)", "kc-pain-before", *pain, &on_pain) }
                // A live region from the start, so the advice is read out when it appears.
                <div aria-live="polite">
                    if is_high_pain(*pain) {
                        { constant_markup(HIGH_PAIN_BEFORE) }
                    }
                </div>
                <div class="kc-actions">
                    { submit_button("Go to the timer") }
                    { action("kc-button", "Back to my routine", &props.onback) }
                </div>
            </form>
        </section>
    }
}

//! Before a session: a quick pain rating, so the log can show before and after.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::history::{is_high_pain, PainRating};
use crate::ui::components::{
    action, constant_markup, pain_scale, screen_title, stop_for_high_pain, submit_button,
};
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
    /// Pain was 6 or more after each of the last two rated sessions: advise stopping.
    pub stop: bool,
    /// The host's configuration: booking link and clinic name.
    pub config: Rc<WidgetConfig>,
}

/// The pre-session pain rating.
#[function_component(PainCheck)]
pub fn pain_check(props: &PainCheckProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let ui = crate::text::ui(lang);
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
            { screen_title(heading, ui.before_you_start().into()) }
            if props.stop {
                { stop_for_high_pain(&props.config, lang) }
            }
            { constant_markup(ui.find_a_spot_where_you_can_html()) }
            <form {onsubmit}>
                { pain_scale(ui.how_much_does_your_back_hurt(), "kc-pain-before", *pain, &on_pain, lang) }
                // A live region from the start, so the advice is read out when it appears.
                <div aria-live="polite">
                    if is_high_pain(*pain) {
                        { constant_markup(ui.your_pain_is_already_6_or_html()) }
                    }
                </div>
                <div class="kc-actions">
                    { submit_button(ui.go_to_the_timer()) }
                    { action("kc-button", ui.back_to_my_routine(), &props.onback) }
                </div>
            </form>
        </section>
    }
}

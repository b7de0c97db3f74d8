//! The welcome screen: what Knot Coach does, the not-a-diagnosis notice, and Start.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::ui::components::action;

/// Props of [`Welcome`].
#[derive(Clone, PartialEq, Properties)]
pub struct WelcomeProps {
    /// The host page's configuration (clinic name).
    pub config: Rc<WidgetConfig>,
    /// Called when the reader presses Start.
    pub onbegin: Callback<()>,
}

/// First screen: one sentence on the widget, the medical notice, and a Start button.
#[function_component(Welcome)]
pub fn welcome(props: &WelcomeProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let ui = crate::text::ui(lang);
    let offered_by = props.config.clinic_name.as_ref().map(|name| {
        html! { <p class="kc-offered-by">{ crate::text::fill(ui.fmt_offered_by(), &[("name", &name as &dyn std::fmt::Display)]) }</p> }
    });
    // Plain elements, not markup strings: the first screen needs no HTML parsing (issue 17).
    html! {
        <section class="kc-screen kc-welcome" aria-labelledby="kc-welcome-title">
            <h2 id="kc-welcome-title" class="kc-title">{ ui.ease_the_knot_between_your_shoulder() }</h2>
            { for offered_by }
            <p class="kc-lead">{ ui.answer_a_few_quick_questions_and() }</p>
            <p class="kc-notice" role="note">
                <strong>{ ui.please_note() }</strong>{ ui.this_is_general_self_care_information() }
            </p>
            <p class="kc-privacy">{ ui.everything_stays_on_this_device_nothing() }</p>
            <div class="kc-actions">
                { action("kc-button kc-button-primary", ui.start(), &props.onbegin) }
            </div>
        </section>
    }
}

//! The welcome screen: what Knot Coach does, the not-a-diagnosis notice, and Start.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::ui::components::{action, constant_markup};

/// The heading.
const TITLE: &str =
    r#"<h2 id="kc-welcome-title" class="kc-title">Ease the knot between your shoulder blades</h2>"#;

/// What the widget does, the medical notice and the privacy promise.
const ABOUT: &str = concat!(
    r#"<p class="kc-lead">Answer a few quick questions and get a short routine of stretches, "#,
    r#"self-massage and strengthening for your upper back, with a timer that guides you through it.</p>"#,
    r#"<p class="kc-notice" role="note"><strong>Please note: </strong>this is general self-care "#,
    r#"information, not a diagnosis or a treatment plan. If something feels wrong, see a doctor or "#,
    r#"physiotherapist.</p>"#,
    r#"<p class="kc-privacy">Everything stays on this device. Nothing you enter is sent anywhere.</p>"#,
);

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
    let offered_by = props.config.clinic_name.as_ref().map(|name| {
        html! { <p class="kc-offered-by">{ format!("Offered by {name}") }</p> }
    });
    html! {
        <section class="kc-screen kc-welcome" aria-labelledby="kc-welcome-title">
            { constant_markup(TITLE) }
            { for offered_by }
            { constant_markup(ABOUT) }
            <div class="kc-actions">
                { action("kc-button kc-button-primary", "Start", &props.onbegin) }
            </div>
        </section>
    }
}

//! The questionnaire screen. A placeholder until the questions land.

use yew::prelude::*;

/// Props of [`Questionnaire`].
#[derive(Clone, PartialEq, Properties)]
pub struct QuestionnaireProps {
    /// Called when the reader goes back to the welcome screen.
    pub onback: Callback<()>,
}

/// Placeholder for the questionnaire.
#[function_component(Questionnaire)]
pub fn questionnaire(props: &QuestionnaireProps) -> Html {
    let onclick = props.onback.reform(|_: MouseEvent| ());
    html! {
        <section class="kc-screen" aria-labelledby="kc-q-title">
            <h2 id="kc-q-title" class="kc-title">{ "A few questions about your back" }</h2>
            <p>{ "The questionnaire is coming soon." }</p>
            <div class="kc-actions">
                <button type="button" class="kc-button" {onclick}>{ "Back" }</button>
            </div>
        </section>
    }
}

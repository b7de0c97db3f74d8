//! "Check your answers": every answer with a Change link, before the result.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::questionnaire::{Answer, QuestionId};
use crate::text;
use crate::ui::components::{action, screen_title};
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`CheckAnswers`].
#[derive(Clone, PartialEq, Properties)]
pub struct CheckAnswersProps {
    /// The answers to the questions the reader was asked, in order.
    pub rows: Rc<Vec<(QuestionId, Answer)>>,
    /// Called with the question the reader wants to change.
    pub onchange: Callback<QuestionId>,
    /// Called when the reader confirms.
    pub onconfirm: Callback<()>,
    /// Called when the reader presses Back.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// The summary list of answers.
#[function_component(CheckAnswers)]
pub fn check_answers(props: &CheckAnswersProps) -> Html {
    let heading = use_node_ref();
    let lang = crate::ui::hooks::use_lang();
    let ui = crate::text::ui(lang);
    use_focus_on_mount(heading.clone(), props.autofocus);
    html! {
        <section class="kc-screen kc-check">
            { screen_title(heading, ui.check_your_answers().into()) }
            <dl class="kc-summary">
                { for props.rows.iter().map(|(id, answer)| {
                    let id = *id;
                    let prompt = text::question_text(lang, id).prompt;
                    let onclick = props.onchange.reform(move |_: MouseEvent| id);
                    html! {
                        <div class="kc-summary-row">
                            <dt class="kc-summary-key">{ prompt }</dt>
                            <dd class="kc-summary-value">{ text::describe_answer(lang, id, answer) }</dd>
                            <dd class="kc-summary-action">
                                // The visible word leads the accessible name (WCAG 2.5.3).
                                <button type="button" class="kc-link" aria-label={crate::text::fill(ui.fmt_change(), &[("prompt", &prompt as &dyn std::fmt::Display)])} {onclick}>
                                    { ui.change() }
                                </button>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <div class="kc-actions">
                { action("kc-button kc-button-primary", ui.see_my_result(), &props.onconfirm) }
                { action("kc-button", ui.back(), &props.onback) }
            </div>
        </section>
    }
}

//! One question of the questionnaire, GOV.UK style: one thing per page, with progress,
//! a clear error when the answer is missing or invalid, Continue and Back.

use std::collections::BTreeMap;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::questionnaire::{question, Answer, Choice, QuestionId, QuestionKind};
use crate::text::{self, Lang};
use crate::ui::components::{action, back_diagram, constant_markup, screen_title, submit_button};
use crate::ui::hooks::{use_focus_on_mount, use_lang};

/// Props of [`QuestionScreen`].
#[derive(Clone, PartialEq, Properties)]
pub struct QuestionScreenProps {
    /// Which question to ask.
    pub id: QuestionId,
    /// The reader's earlier answer, shown again when they come back.
    pub saved: Option<Answer>,
    /// "Question n of m".
    pub progress: Option<(usize, usize)>,
    /// Called with a valid answer.
    pub onanswer: Callback<Answer>,
    /// Called when the reader presses Back.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// What the reader has entered so far on this page, before it is validated.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    choice: Option<String>,
    picks: Vec<String>,
    number: String,
    outcomes: BTreeMap<String, String>,
    /// What was wrong when the reader last pressed Continue; shown until they press it again.
    /// Kept here, not in a state of its own, so the screen pays for one state hook.
    error: Option<String>,
}

impl Draft {
    fn from_saved(saved: Option<&Answer>) -> Self {
        let mut draft = Self::default();
        match saved {
            Some(Answer::Single(id)) => draft.choice = Some(id.clone()),
            Some(Answer::Multiple(ids)) => draft.picks = ids.clone(),
            Some(Answer::Number(n)) => draft.number = n.to_string(),
            Some(Answer::Outcomes(map)) => draft.outcomes = map.clone(),
            None => {}
        }
        draft
    }

    /// The answer this draft stands for; `None` when nothing usable was entered.
    fn answer(&self, kind: &QuestionKind) -> Option<Answer> {
        match kind {
            QuestionKind::Single => self.choice.clone().map(Answer::Single),
            QuestionKind::Multiple { .. } => Some(Answer::Multiple(self.picks.clone())),
            QuestionKind::Number { .. } => self.number.trim().parse().ok().map(Answer::Number),
            QuestionKind::Outcomes { .. } => Some(Answer::Outcomes(self.outcomes.clone())),
        }
    }
}

/// Ticks or unticks `id`; "None of these" and the other options exclude each other.
fn toggle(picks: &[String], id: &str, checked: bool, none_id: Option<&str>) -> Vec<String> {
    let mut next: Vec<String> = picks.iter().filter(|p| p.as_str() != id).cloned().collect();
    if checked {
        if Some(id) == none_id {
            next.clear();
        } else if let Some(none) = none_id {
            next.retain(|p| p != none);
        }
        next.push(id.to_owned());
    }
    next
}

/// Asks one question and hands a validated answer to `onanswer`.
#[function_component(QuestionScreen)]
pub fn question_screen(props: &QuestionScreenProps) -> Html {
    let lang = use_lang();
    let ui = crate::text::ui(lang);
    let q = question(props.id);
    let draft = use_state(|| Draft::from_saved(props.saved.as_ref()));
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);

    let onsubmit = {
        let draft = draft.clone();
        let onanswer = props.onanswer.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            match q.validate(draft.answer(&q.kind).as_ref()) {
                Ok(answer) => onanswer.emit(answer),
                Err(problem) => {
                    let mut next = (*draft).clone();
                    next.error = Some(text::answer_error(lang, &problem));
                    draft.set(next);
                }
            }
        })
    };

    let words = Words {
        lang,
        question: q.id,
    };
    let described_by = if draft.error.is_some() {
        "kc-help kc-error"
    } else {
        "kc-help"
    };
    let field = match &q.kind {
        QuestionKind::Single => single(q.options, &draft, q.id.stored_name(), words),
        QuestionKind::Multiple { none_id } => multiple(q.options, &draft, *none_id, words),
        QuestionKind::Number { .. } => number(text::question_text(lang, q.id).unit, &draft, lang),
        QuestionKind::Outcomes { outcomes } => outcome_grid(q.options, outcomes, &draft, words),
    };
    let diagram = (q.id == QuestionId::KnotLocation).then(|| {
        let selected = draft.choice.as_deref();
        let draft = draft.clone();
        let onpick = Callback::from(move |id: String| {
            let mut next = (*draft).clone();
            next.choice = Some(id);
            draft.set(next);
        });
        back_diagram(selected, &onpick, lang)
    });

    html! {
        <section class="kc-screen kc-question">
            if let Some((n, total)) = props.progress {
                <p class="kc-progress">{ crate::text::fill(ui.fmt_question_of(), &[("n", &n as &dyn std::fmt::Display), ("total", &total as &dyn std::fmt::Display)]) }</p>
            }
            <form {onsubmit} novalidate=true>
                <fieldset class="kc-fieldset" aria-describedby={described_by}>
                    <legend class="kc-legend">
                        { screen_title(heading, text::question_text(lang, q.id).prompt.into()) }
                    </legend>
                    <p id="kc-help" class="kc-hint">{ text::question_text(lang, q.id).help }</p>
                    if let Some(message) = &draft.error {
                        <p id="kc-error" class="kc-error" role="alert">
                            { constant_markup(ui.error_html()) }{ message }
                        </p>
                    }
                    { for diagram }
                    { field }
                </fieldset>
                <div class="kc-actions">
                    { submit_button(ui.continue_button()) }
                    { action("kc-button", ui.back(), &props.onback) }
                </div>
            </form>
        </section>
    }
}

/// The question's words in the reader's language, for its options.
#[derive(Clone, Copy)]
struct Words {
    lang: Lang,
    question: QuestionId,
}

impl Words {
    /// An option's label and hint (an unknown id as it is).
    fn option(self, choice: &Choice) -> (&'static str, Option<&'static str>) {
        text::option_text(self.lang, self.question, choice.id).unwrap_or((choice.id, None))
    }

    /// An outcome's label, with no hint.
    fn outcome(self, choice: &Choice) -> (&'static str, Option<&'static str>) {
        (
            text::outcome_text(self.lang, self.question, choice.id).unwrap_or(choice.id),
            None,
        )
    }
}

fn hint_id(prefix: &str, choice: &Choice, hint: Option<&str>) -> Option<String> {
    hint.map(|_| format!("{prefix}-{}-hint", choice.id))
}

fn choice_label(prefix: &str, choice: &Choice, (label, hint): (&str, Option<&str>)) -> Html {
    html! {
        <>
            <label for={format!("{prefix}-{}", choice.id)} class="kc-choice-label">{ label }</label>
            if let Some(hint) = hint {
                <span id={hint_id(prefix, choice, Some(hint))} class="kc-choice-hint">{ hint }</span>
            }
        </>
    }
}

fn single(
    options: &'static [Choice],
    draft: &UseStateHandle<Draft>,
    group: &str,
    words: Words,
) -> Html {
    html! {
        <div class="kc-choices">
            { for options.iter().map(|choice| {
                let onchange = {
                    let draft = draft.clone();
                    let id = choice.id.to_owned();
                    Callback::from(move |_: Event| {
                        let mut next = (*draft).clone();
                        next.choice = Some(id.clone());
                        draft.set(next);
                    })
                };
                html! {
                    <div class="kc-choice">
                        <input
                            type="radio"
                            id={format!("kc-opt-{}", choice.id)}
                            name={format!("kc-{group}")}
                            value={choice.id}
                            checked={draft.choice.as_deref() == Some(choice.id)}
                            aria-describedby={hint_id("kc-opt", choice, words.option(choice).1)}
                            {onchange}
                        />
                        { choice_label("kc-opt", choice, words.option(choice)) }
                    </div>
                }
            }) }
        </div>
    }
}

fn multiple(
    options: &'static [Choice],
    draft: &UseStateHandle<Draft>,
    none_id: Option<&'static str>,
    words: Words,
) -> Html {
    html! {
        <div class="kc-choices">
            { for options.iter().map(|choice| {
                let onchange = {
                    let draft = draft.clone();
                    let id = choice.id;
                    Callback::from(move |event: Event| {
                        let checked = event.target_unchecked_into::<HtmlInputElement>().checked();
                        let mut next = (*draft).clone();
                        next.picks = toggle(&draft.picks, id, checked, none_id);
                        draft.set(next);
                    })
                };
                let is_none = Some(choice.id) == none_id;
                html! {
                    <>
                        if is_none && options.len() > 1 {
                            { constant_markup(r#"<p class="kc-or" aria-hidden="true">or</p>"#) }
                        }
                        <div class="kc-choice kc-choice-check">
                            <input
                                type="checkbox"
                                id={format!("kc-opt-{}", choice.id)}
                                value={choice.id}
                                checked={draft.picks.iter().any(|p| p == choice.id)}
                                aria-describedby={hint_id("kc-opt", choice, words.option(choice).1)}
                                {onchange}
                            />
                            { choice_label("kc-opt", choice, words.option(choice)) }
                        </div>
                    </>
                }
            }) }
        </div>
    }
}

fn number(unit: &'static str, draft: &UseStateHandle<Draft>, lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*draft).clone();
            next.number = event.target_unchecked_into::<HtmlInputElement>().value();
            draft.set(next);
        })
    };
    html! {
        <div class="kc-number">
            <label for="kc-number-input" class="kc-number-label">{ crate::text::fill(ui.fmt_number_of(), &[("unit", &unit as &dyn std::fmt::Display)]) }</label>
            <div class="kc-number-row">
                <input
                    id="kc-number-input"
                    class="kc-input"
                    type="text"
                    inputmode="numeric"
                    pattern="[0-9]*"
                    autocomplete="off"
                    size="4"
                    value={draft.number.clone()}
                    {oninput}
                />
                <span class="kc-unit" aria-hidden="true">{ unit }</span>
            </div>
        </div>
    }
}

fn outcome_grid(
    methods: &'static [Choice],
    outcomes: &'static [Choice],
    draft: &UseStateHandle<Draft>,
    words: Words,
) -> Html {
    html! {
        <div class="kc-outcomes">
            { for methods.iter().map(|method| {
                let current = draft
                    .outcomes
                    .get(method.id)
                    .cloned()
                    .or_else(|| outcomes.first().map(|o| o.id.to_owned()));
                html! {
                    <fieldset class="kc-fieldset kc-outcome">
                        <legend class="kc-outcome-legend">{ words.option(method).0 }</legend>
                        <div class="kc-choices kc-choices-inline">
                            { for outcomes.iter().map(|outcome| {
                                let onchange = {
                                    let draft = draft.clone();
                                    let (m, o) = (method.id.to_owned(), outcome.id.to_owned());
                                    Callback::from(move |_: Event| {
                                        let mut next = (*draft).clone();
                                        next.outcomes.insert(m.clone(), o.clone());
                                        draft.set(next);
                                    })
                                };
                                let prefix = format!("kc-{}", method.id);
                                html! {
                                    <div class="kc-choice">
                                        <input
                                            type="radio"
                                            id={format!("{prefix}-{}", outcome.id)}
                                            name={prefix.clone()}
                                            value={outcome.id}
                                            checked={current.as_deref() == Some(outcome.id)}
                                            {onchange}
                                        />
                                        { choice_label(&prefix, outcome, words.outcome(outcome)) }
                                    </div>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
            }) }
        </div>
    }
}

//! The widget shell: holds the reader's journey, saves it after each change, and shows
//! the screen the journey points at.

use std::rc::Rc;

use yew::prelude::*;

use super::screens::{
    CheckAnswers, Emergency, QuestionScreen, RoutinePlaceholder, SeeClinician, Welcome,
};
use crate::browser::console;
use crate::browser::storage::KeyValueStore;
use crate::domain::config::{StartAt, WidgetConfig};
use crate::domain::draft::{self, DraftError};
use crate::domain::journey::{Action, Journey, Screen};

/// What the embed hands the app: the host page's validated configuration.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Validated attributes of the `<knot-coach>` element.
    pub config: Rc<WidgetConfig>,
}

#[derive(Clone, PartialEq)]
struct State {
    journey: Journey,
    /// Set once the reader has done anything, so later screens may take focus.
    interacted: bool,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut journey = self.journey.clone();
        match journey.apply(action) {
            Ok(()) => Rc::new(State {
                journey,
                interacted: true,
            }),
            // Screens validate before they dispatch; a stale answer is simply ignored.
            Err(_) => self,
        }
    }
}

/// How saving is going, for the calm notice under the widget.
#[derive(Clone, PartialEq)]
enum SaveState {
    Saving,
    /// Storage is blocked or missing: answers last for this visit only.
    MemoryOnly,
    /// A newer version's draft is stored: we leave it alone and do not save.
    ReadOnly,
    /// The last write was refused (storage full); the previous draft is intact.
    Failed,
}

/// Reads the saved journey, or starts a fresh one; also says how saving will go.
fn load(store: &KeyValueStore, key: &str, start: StartAt) -> (Journey, SaveState) {
    let initial = if store.is_persistent() {
        SaveState::Saving
    } else {
        SaveState::MemoryOnly
    };
    match store.get(key).map(|text| draft::decode(&text)) {
        Some(Ok(journey)) => (journey, initial),
        Some(Err(error)) => {
            console::warn(&format!("knot-coach: {error}; starting afresh"));
            let state = match error {
                DraftError::NewerVersion(_) => SaveState::ReadOnly,
                DraftError::Corrupt(_) => initial,
            };
            (Journey::new(start), state)
        }
        None => (Journey::new(start), initial),
    }
}

/// The root component mounted inside each `<knot-coach>` shadow root.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let store = use_memo((), |_| KeyValueStore::open());
    let start = props.config.start;
    let draft_key = props.config.storage_key("journey");
    let loaded = {
        let store = store.clone();
        use_memo(draft_key.clone(), move |key| load(&store, key, start))
    };
    let save_state = {
        let loaded = loaded.clone();
        use_state(move || loaded.1.clone())
    };
    let state = use_reducer_eq(move || State {
        journey: loaded.0.clone(),
        interacted: false,
    });

    {
        let store = store.clone();
        let save_state = save_state.clone();
        use_effect_with(state.journey.clone(), move |journey| {
            if *save_state != SaveState::ReadOnly {
                match store.set(&draft_key, &draft::encode(journey)) {
                    Ok(()) if *save_state == SaveState::Failed => save_state.set(SaveState::Saving),
                    Ok(()) => {}
                    Err(error) => {
                        console::warn(&format!("knot-coach: {error}"));
                        save_state.set(SaveState::Failed);
                    }
                }
            }
        });
    }

    let dispatch = |make: fn() -> Action| {
        let state = state.dispatcher();
        Callback::from(move |_: ()| state.dispatch(make()))
    };
    let on_begin = dispatch(|| Action::Begin);
    let on_back = dispatch(|| Action::GoBack);
    let on_confirm = dispatch(|| Action::Confirm);
    let on_start_over = dispatch(|| Action::StartOver);
    let on_answer = {
        let state = state.dispatcher();
        Callback::from(move |answer| state.dispatch(Action::Answer(answer)))
    };
    let on_change = {
        let state = state.dispatcher();
        Callback::from(move |id| state.dispatch(Action::Change(id)))
    };

    let config = props.config.clone();
    let focus = state.interacted;
    let questionnaire = &state.journey.questionnaire;
    let screen = match state.journey.screen() {
        Screen::Welcome => html! { <Welcome config={config} onbegin={on_begin} /> },
        Screen::Question(id) => html! {
            <QuestionScreen
                key={format!("{id:?}")}
                {id}
                saved={questionnaire.answers.get(id).cloned()}
                progress={questionnaire.progress()}
                onanswer={on_answer}
                onback={on_back}
                autofocus={focus}
            />
        },
        Screen::CheckAnswers => html! {
            <CheckAnswers
                rows={Rc::new(questionnaire.summary())}
                onchange={on_change}
                onconfirm={on_confirm}
                onback={on_back}
                autofocus={focus}
            />
        },
        Screen::Emergency(reasons) => html! {
            <Emergency {reasons} onstartover={on_start_over} onback={on_back} autofocus={focus} />
        },
        Screen::SeeClinician(reasons) => html! {
            <SeeClinician {reasons} {config} onstartover={on_start_over} onback={on_back} autofocus={focus} />
        },
        Screen::Routine(cautions) => html! {
            <RoutinePlaceholder {cautions} onstartover={on_start_over} onback={on_back} autofocus={focus} />
        },
    };

    let save_notice = match *save_state {
        SaveState::Saving => None,
        SaveState::MemoryOnly => Some("This browser is not letting Knot Coach save anything, so your answers will last only until you close this page."),
        SaveState::ReadOnly => Some("Your saved answers were made by a newer version of Knot Coach. They are kept safe and not changed; what you do now will not be saved."),
        SaveState::Failed => Some("Your browser's storage is full, so your latest answer could not be saved. Your earlier answers are still there."),
    };

    html! {
        <div class="kc-root">
            <div class="kc-card">
                { screen }
                if let Some(text) = save_notice {
                    <p class="kc-save-notice" role="status">{ text }</p>
                }
            </div>
        </div>
    }
}

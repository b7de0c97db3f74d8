//! The widget shell: holds the reader's journey and shows the screen it points at.

use std::rc::Rc;

use yew::prelude::*;

use super::screens::{Questionnaire, Welcome};
use crate::domain::config::WidgetConfig;
use crate::domain::journey::{Action, Journey, Screen};

/// What the embed hands the app: the host page's validated configuration.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Validated attributes of the `<knot-coach>` element.
    pub config: Rc<WidgetConfig>,
}

#[derive(Clone, PartialEq)]
struct State(Journey);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.apply(action)))
    }
}

/// The root component mounted inside each `<knot-coach>` shadow root.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let start = props.config.start;
    let state = use_reducer_eq(|| State(Journey::new(start)));

    let on_begin = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::Begin))
    };
    let on_back = {
        let state = state.dispatcher();
        Callback::from(move |_| state.dispatch(Action::ReturnToWelcome))
    };

    let screen = match state.0.screen {
        Screen::Welcome => html! { <Welcome config={props.config.clone()} onbegin={on_begin} /> },
        Screen::Questionnaire => html! { <Questionnaire onback={on_back} /> },
    };

    html! {
        <div class="kc-root">
            <div class="kc-card">
                { screen }
            </div>
        </div>
    }
}

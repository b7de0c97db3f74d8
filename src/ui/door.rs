//! The widget's first part (issue 17): the welcome screen alone, for a reader's first visit.
//! It is built into its own small wasm, so Start shows almost as soon as an empty Yew app
//! would; the rest of the widget ([`super::App`]) loads behind it and takes over at Start.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{care_footer, frame};
use super::screens::Welcome;
use crate::domain::config::WidgetConfig;
use crate::text::Lang;

/// Where the rest of the widget is, as the welcome screen says it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Rest {
    /// Loading, or loaded: nothing to say until the reader presses Start.
    #[default]
    Waiting,
    /// The reader pressed Start and the rest is still on its way.
    Opening,
    /// It could not be loaded (offline on a first visit, a blocked request): Start tries
    /// again.
    Failed,
}

/// Props of [`Door`].
#[derive(Clone, PartialEq, Properties)]
pub struct DoorProps {
    /// Validated attributes of the `<knot-coach>` element.
    pub config: Rc<WidgetConfig>,
    /// Where the rest of the widget is.
    #[prop_or_default]
    pub rest: Rest,
    /// Called when the reader presses Start.
    pub onbegin: Callback<()>,
}

/// The welcome screen and its footer, as the whole widget shows them, and a status line
/// once Start has been pressed. In English only: French readers open the whole widget, as
/// the French words would double this part's size
/// ([`crate::domain::first_part::first_part`]).
#[function_component(Door)]
pub fn door(props: &DoorProps) -> Html {
    let lang = Lang::En;
    let ui = crate::text::ui(lang);
    // Always in the page, so screen readers announce the text put in it.
    let status = match props.rest {
        Rest::Waiting => "",
        Rest::Opening => ui.getting_the_questions_ready(),
        Rest::Failed => ui.the_rest_could_not_be_loaded(),
    };
    let body = html! {
        <>
            <Welcome config={props.config.clone()} onbegin={props.onbegin.clone()} />
            { care_footer(&props.config, false, true, lang) }
            <p class="kc-door-status" role="status">{ status }</p>
        </>
    };
    frame(Some(lang), false, body)
}

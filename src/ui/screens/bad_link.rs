//! A prescription link that cannot be used (issue 15): why, in plain words, and that
//! nothing was changed. No routine runs from it.

use yew::prelude::*;

use crate::domain::prescription::LinkError;
use crate::text;
use crate::ui::components::{action, screen_title};
use crate::ui::hooks::{use_focus_on_mount, use_lang};

/// Props of [`BadLink`].
#[derive(Clone, PartialEq, Properties)]
pub struct BadLinkProps {
    /// Why the link was refused.
    pub error: LinkError,
    /// Called when the reader goes on to the widget as it was.
    pub oncontinue: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Refuses a bad prescription link.
#[function_component(BadLink)]
pub fn bad_link(props: &BadLinkProps) -> Html {
    let lang = use_lang();
    let ui = text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    html! {
        <section class="kc-screen kc-rx-refused">
            { screen_title(heading, ui.rx_bad_link_title().into()) }
            <p class="kc-error" role="alert">{ text::link_error(lang, &props.error) }</p>
            <p>{ ui.rx_bad_link_nothing_changed() }</p>
            <div class="kc-actions">
                { action("kc-button kc-button-primary", ui.continue_button(), &props.oncontinue) }
            </div>
        </section>
    }
}

//! The emergency screen: calm, clear about what to do now, and no routine.

use yew::prelude::*;

use crate::domain::triage::RedFlag;
use crate::ui::components::{action, constant_markup, reason_list, screen_title};

/// What to do now.
const ADVICE: &str = concat!(
    r#"<p class="kc-lead kc-urgent"><strong>Call your local emergency number now</strong>"#,
    r#" (<a href="tel:999">999</a> in the UK, <a href="tel:112">112</a> in Europe, "#,
    r#"<a href="tel:911">911</a> in North America), or go to the nearest emergency department.</p>"#,
    r#"<p>Do not start any exercises. Stop what you are doing, sit or lie down somewhere safe, and, "#,
    r#"if you can, ask someone to stay with you.</p>"#,
);

/// Why these signs matter.
const WHY: &str = concat!(
    r#"<p class="kc-small">With back pain, these signs can point to a problem that needs to be "#,
    r#"checked straight away, such as the heart, lungs or spinal cord.</p>"#,
);
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`Emergency`].
#[derive(Clone, PartialEq, Properties)]
pub struct EmergencyProps {
    /// The emergency signs the reader ticked.
    pub reasons: Vec<RedFlag>,
    /// Called when the reader wants to start again.
    pub onstartover: Callback<()>,
    /// Called when the reader wants to correct an answer.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Tells the reader to call for help now.
#[function_component(Emergency)]
pub fn emergency(props: &EmergencyProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    html! {
        <section class="kc-screen kc-result kc-result-emergency">
            { screen_title(heading, "Get medical help now".into()) }
            { constant_markup(ADVICE) }
            { reason_list("You told us about:", &props.reasons, lang) }
            { constant_markup(WHY) }
            <div class="kc-actions">
                { action("kc-button", "I ticked this by mistake", &props.onback) }
                { action("kc-button", "Start over", &props.onstartover) }
            </div>
        </section>
    }
}

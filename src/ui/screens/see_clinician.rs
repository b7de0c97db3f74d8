//! The see-a-clinician screen: the reasons in plain words, the clinic's booking link when
//! the host gave one, and nothing that looks like a routine.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::triage::RedFlag;
use crate::ui::components::{
    action, booking_link, constant_markup, print_button, reason_list, screen_title, source_key,
};

/// Why the reader should be checked first.
const LEAD: &str = concat!(
    r#"<p class="kc-lead">What you told us is worth showing to a doctor or physiotherapist "#,
    r#"before you start any exercises or massage.</p>"#,
);

/// Where to book, when the host gave no booking link.
const BOOK: &str = concat!(
    r#"<p>Book an appointment with your GP (family doctor) or a physiotherapist, "#,
    r#"and take this list with you.</p>"#,
);

/// When not to wait.
const URGENT: &str = concat!(
    r#"<p class="kc-small">Call your local emergency number if you get chest pain or pressure, "#,
    r#"struggle to breathe, have sudden severe or tearing pain, lose feeling or strength in "#,
    r#"both legs, lose control of your bladder or bowels, or feel numb around the groin.</p>"#,
);
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`SeeClinician`].
#[derive(Clone, PartialEq, Properties)]
pub struct SeeClinicianProps {
    /// Why the reader should be checked first.
    pub reasons: Vec<RedFlag>,
    /// The host's configuration: booking link and clinic name.
    pub config: Rc<WidgetConfig>,
    /// Called when the reader wants to start again.
    pub onstartover: Callback<()>,
    /// Called when the reader wants to correct an answer.
    pub onback: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Sends the reader to a clinician before any self-treatment.
#[function_component(SeeClinician)]
pub fn see_clinician(props: &SeeClinicianProps) -> Html {
    let lang = crate::ui::hooks::use_lang();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let booking = booking_link(&props.config);
    html! {
        <section class="kc-screen kc-result kc-result-clinician">
            { screen_title(heading, "Please get checked before you try self-care".into()) }
            { constant_markup(LEAD) }
            { reason_list("This is because:", &props.reasons, lang) }
            if booking.is_some() {
                { for booking }
            } else {
                { constant_markup(BOOK) }
            }
            // A printed list names where to book: the button above does not print.
            if let Some(url) = &props.config.booking_url {
                <p class="kc-print-only">{ format!("Book an appointment: {}", url.as_str()) }</p>
            }
            { constant_markup(URGENT) }
            { source_key(lang) }
            <div class="kc-actions kc-no-print">
                { print_button("Print this list") }
                { action("kc-button", "Change my answers", &props.onback) }
                { action("kc-button", "Start over", &props.onstartover) }
            </div>
        </section>
    }
}

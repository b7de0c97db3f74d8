//! The see-a-clinician screen: the reasons in plain words, the clinic's booking link when
//! the host gave one, and nothing that looks like a routine.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::config::WidgetConfig;
use crate::domain::triage::RedFlag;
use crate::ui::components::{
    action, booking_link, constant_markup, print_button, reason_list, screen_title, source_key,
};

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
    let ui = crate::text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let booking = booking_link(&props.config, lang);
    html! {
        <section class="kc-screen kc-result kc-result-clinician">
            { screen_title(heading, ui.please_get_checked_before_you_try().into()) }
            { constant_markup(ui.what_you_told_us_is_worth_html()) }
            { reason_list(ui.this_is_because(), &props.reasons, lang) }
            if booking.is_some() {
                { for booking }
            } else {
                { constant_markup(ui.book_an_appointment_with_your_gp_html_2()) }
            }
            // A printed list names where to book: the button above does not print.
            if let Some(url) = &props.config.booking_url {
                <p class="kc-print-only">{ crate::text::fill(ui.fmt_book_an_appointment_2(), &[("0", &url.as_str() as &dyn std::fmt::Display)]) }</p>
            }
            { constant_markup(ui.call_your_local_emergency_number_if_html()) }
            { source_key(lang) }
            <div class="kc-actions kc-no-print">
                { print_button(ui.print_this_list()) }
                { action("kc-button", ui.change_my_answers(), &props.onback) }
                { action("kc-button", ui.start_over(), &props.onstartover) }
            </div>
        </section>
    }
}

//! "Time to have your back checked": the advice to see a clinician once the routine has had
//! a fair try without helping, or when pain stays high after sessions, with the clinic's
//! booking button. Shown on the routine (and the progress or pain-check screen), so a reader
//! who goes straight to their routine still sees it.

use yew::prelude::*;

use super::{booking_link, constant_markup, source_ids};

use crate::domain::config::WidgetConfig;
use crate::domain::stats::ClinicianPrompt;
use crate::text::{self, Lang};

/// The advice in a notice block, with the booking link or general advice on where to book.
pub fn clinician_prompt(prompt: ClinicianPrompt, config: &WidgetConfig, lang: Lang) -> Html {
    checked_notice(
        html! { <p>{ text::clinician_prompt(lang, &prompt) }{ source_ids(&[ClinicianPrompt::SOURCE]) }</p> },
        config,
        lang,
    )
}

/// The advice to stop the routine after high pain twice in a row, with the booking link.
pub fn stop_for_high_pain(config: &WidgetConfig, lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    checked_notice(
        constant_markup(ui.your_pain_was_6_or_more_html()),
        config,
        lang,
    )
}

fn checked_notice(message: Html, config: &WidgetConfig, lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let booking = booking_link(config, lang);
    html! {
        <div class="kc-notice kc-block kc-clinician-prompt">
            { constant_markup(ui.time_to_have_your_back_checked_html()) }
            { message }
            if booking.is_some() {
                { for booking }
            } else {
                { constant_markup(ui.book_an_appointment_with_your_gp_html()) }
            }
        </div>
    }
}

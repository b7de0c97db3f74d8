//! "Time to have your back checked": the advice to see a clinician once the routine has had
//! a fair try without helping, with the clinic's booking button. Shown on the routine and on
//! the progress screen, so a reader who never opens their progress still sees it.

use yew::prelude::*;

use super::{booking_link, constant_markup, source_ids};

use crate::domain::config::WidgetConfig;
use crate::domain::stats::ClinicianPrompt;

/// Where to book, when the host gave no booking link.
const BOOK: &str = concat!(
    "<p>Book an appointment with your GP (family doctor) or a physiotherapist, ",
    "and take a printed summary of your progress with you.</p>",
);

/// The advice in a notice block, with the booking link or general advice on where to book.
pub fn clinician_prompt(prompt: ClinicianPrompt, config: &WidgetConfig) -> Html {
    let booking = booking_link(config);
    html! {
        <div class="kc-notice kc-block kc-clinician-prompt">
            { constant_markup(r#"<h3 class="kc-subtitle">Time to have your back checked</h3>"#) }
            <p>{ prompt.message() }{ source_ids(&[ClinicianPrompt::SOURCE]) }</p>
            if booking.is_some() {
                { for booking }
            } else {
                { constant_markup(BOOK) }
            }
        </div>
    }
}

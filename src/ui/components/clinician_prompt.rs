//! "Time to have your back checked": the advice to see a clinician once the routine has had
//! a fair try without helping, or when pain stays high after sessions, with the clinic's
//! booking button. Shown on the routine (and the progress or pain-check screen), so a reader
//! who goes straight to their routine still sees it.

use yew::prelude::*;

use super::{booking_link, constant_markup, source_ids};

use crate::domain::config::WidgetConfig;
use crate::domain::stats::ClinicianPrompt;
use crate::text::{self, Lang};

/// Where to book, when the host gave no booking link.
const BOOK: &str = concat!(
    "<p>Book an appointment with your GP (family doctor) or a physiotherapist, ",
    "and take a printed summary of your progress with you.</p>",
);

/// Pain of 6 or more after each of the last two rated sessions (R6: 6 or more means stop;
/// S2: see an expert when something does not feel right).
const STOP: &str = concat!(
    "<p>Your pain was 6 or more out of 10 after each of your last two sessions. Please stop ",
    "the routine for now and have your back checked by a doctor or physiotherapist before ",
    r#"you go on.<span class="kc-source"> [R6, S2]</span></p>"#,
);

/// The advice in a notice block, with the booking link or general advice on where to book.
pub fn clinician_prompt(prompt: ClinicianPrompt, config: &WidgetConfig, lang: Lang) -> Html {
    checked_notice(
        html! { <p>{ text::clinician_prompt(lang, &prompt) }{ source_ids(&[ClinicianPrompt::SOURCE]) }</p> },
        config,
    )
}

/// The advice to stop the routine after high pain twice in a row, with the booking link.
pub fn stop_for_high_pain(config: &WidgetConfig) -> Html {
    checked_notice(constant_markup(STOP), config)
}

fn checked_notice(message: Html, config: &WidgetConfig) -> Html {
    let booking = booking_link(config);
    html! {
        <div class="kc-notice kc-block kc-clinician-prompt">
            { constant_markup(r#"<h3 class="kc-subtitle">Time to have your back checked</h3>"#) }
            { message }
            if booking.is_some() {
                { for booking }
            } else {
                { constant_markup(BOOK) }
            }
        </div>
    }
}

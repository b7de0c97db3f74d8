//! The clinic's booking link: a button on the see-a-clinician result and the progress
//! screen's prompt, and a quiet link at the foot of every other screen but the emergency one.

use yew::prelude::*;

use super::constant_markup;

use crate::domain::config::WidgetConfig;

/// The clinic's booking link as a button-styled link opening in a new tab, when the host
/// gave one.
pub fn booking_link(config: &WidgetConfig) -> Option<Html> {
    let link = booking_anchor(
        config,
        "kc-button kc-button-primary",
        "Book an appointment with ",
        "Book an appointment",
    )?;
    Some(html! { <p class="kc-actions">{ link }</p> })
}

/// The line at the foot of a screen: the reminder that this is general self-care information,
/// and the clinic's booking link where the host gave one (CLINICAL.md asks for both always;
/// the emergency screen leaves them out so that calling for help is the only thing on it).
pub fn care_footer(config: &WidgetConfig, reminder: bool, link: bool) -> Html {
    let link = link
        .then(|| {
            booking_anchor(
                config,
                "kc-footer-link",
                "Book with ",
                "Book with the clinic",
            )
        })
        .flatten();
    if !reminder && link.is_none() {
        return html! {};
    }
    html! {
        <p class="kc-footer">
            if reminder {
                { "General self-care information, not a diagnosis. " }
            }
            { for link }
        </p>
    }
}

/// The booking link opening in a new tab, named `before` + the clinic's name (or `unnamed`
/// when the host gave none) and saying that it opens a new tab; `None` without a booking URL.
fn booking_anchor(
    config: &WidgetConfig,
    class: &'static str,
    before: &str,
    unnamed: &str,
) -> Option<Html> {
    let url = config.booking_url.as_ref()?;
    let label = match &config.clinic_name {
        Some(name) => format!("{before}{name}"),
        None => unnamed.to_owned(),
    };
    Some(html! {
        <a class={class} href={url.as_str().to_owned()} target="_blank" rel="noopener noreferrer">
            { label }{ constant_markup(r#"<span class="kc-visually-hidden"> (opens in a new tab)</span>"#) }
        </a>
    })
}

//! The clinic's booking link: a button on the see-a-clinician result and the progress
//! screen's prompt, and a quiet link at the foot of every other screen but the emergency one.

use yew::prelude::*;

use super::constant_markup;

use crate::domain::config::WidgetConfig;

/// The clinic's booking link as a button-styled link opening in a new tab, when the host
/// gave one.
pub fn booking_link(config: &WidgetConfig) -> Option<Html> {
    let url = config.booking_url.as_ref()?;
    let label = match &config.clinic_name {
        Some(name) => format!("Book an appointment with {name}"),
        None => "Book an appointment".to_owned(),
    };
    Some(html! {
        <p class="kc-actions">
            <a class="kc-button kc-button-primary" href={url.as_str().to_owned()} target="_blank" rel="noopener noreferrer">
                { label }{ constant_markup(r#"<span class="kc-visually-hidden"> (opens in a new tab)</span>"#) }
            </a>
        </p>
    })
}

/// The line at the foot of a screen: the reminder that this is general self-care information,
/// and the clinic's booking link where the host gave one (CLINICAL.md asks for both always;
/// the emergency screen leaves them out so that calling for help is the only thing on it).
pub fn care_footer(config: &WidgetConfig, reminder: bool, link: bool) -> Html {
    let link = config.booking_url.as_ref().filter(|_| link).map(|url| {
        let label = match &config.clinic_name {
            Some(name) => format!("Book with {name}"),
            None => "Book with the clinic".to_owned(),
        };
        html! {
            <a href={url.as_str().to_owned()} target="_blank" rel="noopener noreferrer">
                { label }{ constant_markup(r#"<span class="kc-visually-hidden"> (opens in a new tab)</span>"#) }
            </a>
        }
    });
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

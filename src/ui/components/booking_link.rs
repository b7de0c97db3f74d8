//! The clinic's booking link, offered on the see-a-clinician result and the progress screen.

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

//! The clinic's booking link: a button on the see-a-clinician result and the progress
//! screen's prompt, and a quiet link at the foot of every other screen but the emergency one.

use yew::prelude::*;

use super::constant_markup;

use crate::domain::config::WidgetConfig;

/// The clinic's booking link as a button-styled link opening in a new tab, when the host
/// gave one.
pub fn booking_link(config: &WidgetConfig, lang: crate::text::Lang) -> Option<Html> {
    let ui = crate::text::ui(lang);
    let link = booking_anchor(
        config,
        "kc-button kc-button-primary",
        ui.book_an_appointment_with(),
        ui.book_an_appointment(),
        lang,
    )?;
    Some(html! { <p class="kc-actions">{ link }</p> })
}

/// The line at the foot of a screen: the reminder that this is general self-care information,
/// and the clinic's booking link where the host gave one (CLINICAL.md asks for both always;
/// the emergency screen leaves them out so that calling for help is the only thing on it).
pub fn care_footer(
    config: &WidgetConfig,
    reminder: bool,
    link: bool,
    lang: crate::text::Lang,
) -> Html {
    let ui = crate::text::ui(lang);
    let link = link
        .then(|| {
            booking_anchor(
                config,
                "kc-footer-link",
                ui.book_with(),
                ui.book_with_the_clinic(),
                lang,
            )
        })
        .flatten();
    if !reminder && link.is_none() {
        return html! {};
    }
    html! {
        <p class="kc-footer">
            if reminder {
                { ui.general_self_care_information_not_a() }
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
    lang: crate::text::Lang,
) -> Option<Html> {
    let ui = crate::text::ui(lang);
    let url = config.booking_url.as_ref()?;
    let label = match &config.clinic_name {
        Some(name) => format!("{before}{name}"),
        None => unnamed.to_owned(),
    };
    Some(html! {
        <a class={class} href={url.as_str().to_owned()} target="_blank" rel="noopener noreferrer">
            { label }{ constant_markup(ui.opens_in_a_new_tab_html()) }
        </a>
    })
}

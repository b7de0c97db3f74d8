//! A prescription link was opened (issue 15): who prescribed what, and Accept or Not now.
//! Nothing is stored until the reader accepts, and the screening questions still come
//! before the routine runs.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::prescription::Prescription;
use crate::text;
use crate::ui::components::{action, screen_title};
use crate::ui::hooks::{use_focus_on_mount, use_lang};

/// Props of [`PrescriptionOffer`].
#[derive(Clone, PartialEq, Properties)]
pub struct PrescriptionOfferProps {
    /// The prescription the link carries, already checked.
    pub prescription: Rc<Prescription>,
    /// Whether it would replace a prescription accepted before.
    pub replaces: bool,
    /// Called when the reader accepts it.
    pub onaccept: Callback<()>,
    /// Called when the reader declines it for now.
    pub ondecline: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Asks the reader to accept a clinician's routine.
#[function_component(PrescriptionOffer)]
pub fn prescription_offer(props: &PrescriptionOfferProps) -> Html {
    let lang = use_lang();
    let ui = text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let rx = &props.prescription;
    html! {
        <section class="kc-screen kc-rx-offer">
            { screen_title(heading, ui.rx_offer_title().into()) }
            <p class="kc-lead">
                { text::fill(ui.fmt_rx_offer_lead(), &[("clinic", &rx.clinic_name as &dyn std::fmt::Display)]) }
            </p>
            <ol class="kc-list">
                { for rx.exercises.iter().map(|e| html! {
                    <li>
                        <strong>{ text::exercise_name(lang, e.exercise.as_str()) }</strong>
                        { text::colon(lang) }{ text::dose(lang, &e.dose) }
                    </li>
                }) }
            </ol>
            <p>
                { text::fill(ui.fmt_rx_schedule(), &[("sessions", &rx.sessions_per_week as &dyn std::fmt::Display), ("weeks", &rx.weeks)]) }
            </p>
            if props.replaces {
                <p>{ ui.rx_offer_replaces() }</p>
            }
            <p class="kc-notice" role="note">{ ui.rx_offer_screening() }</p>
            <div class="kc-actions">
                { action("kc-button kc-button-primary", ui.accept_this_routine(), &props.onaccept) }
                { action("kc-button", ui.not_now(), &props.ondecline) }
            </div>
        </section>
    }
}

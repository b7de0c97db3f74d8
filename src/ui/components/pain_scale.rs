//! A 0–10 pain rating (numeric rating scale, R4) as a group of radio buttons.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::history::PainRating;

/// Props of [`PainScale`].
#[derive(Clone, PartialEq, Properties)]
pub struct PainScaleProps {
    /// The question, used as the group's legend.
    pub legend: AttrValue,
    /// Unique prefix for the radio ids and group name.
    pub name: AttrValue,
    /// The chosen rating, if any.
    pub value: Option<PainRating>,
    /// Called with the rating the reader picks.
    pub onchange: Callback<PainRating>,
}

/// Eleven radio buttons from 0 (no pain) to 10 (worst pain imaginable).
#[function_component(PainScale)]
pub fn pain_scale(props: &PainScaleProps) -> Html {
    html! {
        <fieldset class="kc-fieldset kc-pain">
            <legend class="kc-outcome-legend">{ props.legend.clone() }</legend>
            <p class="kc-hint" id={format!("{}-hint", props.name)}>{ "0 means no pain, 10 the worst pain you can imagine." }</p>
            <div class="kc-pain-scale">
                { for (0..=PainRating::MAX).map(|n| {
                    let id = format!("{}-{n}", props.name);
                    let onchange = {
                        let onchange = props.onchange.clone();
                        Callback::from(move |event: Event| {
                            let input = event.target_unchecked_into::<HtmlInputElement>();
                            if let Some(rating) = input.value().parse().ok().and_then(PainRating::new) {
                                onchange.emit(rating);
                            }
                        })
                    };
                    html! {
                        <div class="kc-pain-option">
                            <input
                                type="radio"
                                id={id.clone()}
                                name={props.name.clone()}
                                value={n.to_string()}
                                checked={props.value.map(PainRating::value) == Some(n)}
                                aria-describedby={format!("{}-hint", props.name)}
                                {onchange}
                            />
                            <label for={id}>{ n }</label>
                        </div>
                    }
                }) }
            </div>
        </fieldset>
    }
}

//! A 0–10 pain rating (numeric rating scale, R4) as a group of radio buttons.
//!
//! A plain function rather than a component: it has no state.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::history::PainRating;

/// Eleven radio buttons from 0 (no pain) to 10 (worst pain imaginable), grouped under the
/// question `legend`; `name` is the unique prefix of their ids and group name, `value` the
/// chosen rating, and `onchange` is called with the rating the reader picks.
pub fn pain_scale(
    legend: &'static str,
    name: &'static str,
    value: Option<PainRating>,
    onchange: &Callback<PainRating>,
    lang: crate::text::Lang,
) -> Html {
    let ui = crate::text::ui(lang);
    html! {
        <fieldset class="kc-fieldset kc-pain">
            <legend class="kc-outcome-legend">{ legend }</legend>
            <p class="kc-hint" id={format!("{}-hint", name)}>{ ui.n_0_means_no_pain_10_the() }</p>
            <div class="kc-pain-scale">
                { for (0..=PainRating::MAX).map(|n| {
                    let id = format!("{}-{n}", name);
                    let onchange = {
                        let onchange = onchange.clone();
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
                                name={name}
                                value={n.to_string()}
                                checked={value.map(PainRating::value) == Some(n)}
                                aria-describedby={format!("{}-hint", name)}
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

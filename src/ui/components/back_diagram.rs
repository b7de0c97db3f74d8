//! An upper back seen from behind, whose regions can be tapped or chosen with the keyboard.
//! It mirrors the radio buttons of the "Where is the knot?" question.
//!
//! A plain function rather than a component: it has no state.

use yew::prelude::*;

use crate::domain::questionnaire::QuestionId;
use crate::text::{self, Lang};

/// Regions of the diagram: the location option id and its shapes. Each region's
/// accessible name is the label of the matching option, so both always agree.
const REGIONS: [(&str, &[&str]); 4] = [
    (
        "top-of-shoulder",
        &[
            "M62 52 C72 40 88 36 96 34 L96 50 C84 54 74 60 66 66 Z",
            "M138 52 C128 40 112 36 104 34 L104 50 C116 54 126 60 134 66 Z",
        ],
    ),
    (
        "between-shoulder-blades",
        &["M88 72 L112 72 L114 130 L86 130 Z"],
    ),
    (
        "shoulder-blade",
        &[
            "M50 74 L82 70 L80 132 L60 122 Z",
            "M150 74 L118 70 L120 132 L140 122 Z",
        ],
    ),
    ("beside-spine", &["M86 136 L114 136 L114 182 L86 182 Z"]),
];

/// The back diagram, with the region of the `selected` option id pressed; `onpick` is
/// called with the option id of the region the reader picks.
pub fn back_diagram(selected: Option<&str>, onpick: &Callback<String>, lang: Lang) -> Html {
    let ui = crate::text::ui(lang);
    html! {
        <div class="kc-diagram">
            <svg
                class="kc-back"
                viewBox="0 0 200 200"
                role="group"
                aria-label={ui.diagram_of_the_upper_back_seen()}
            >
                <path class="kc-back-outline" aria-hidden="true"
                    d="M84 10 C84 24 88 30 90 34 C70 38 46 46 36 66 C30 90 32 140 40 196 L160 196 C168 140 170 90 164 66 C154 46 130 38 110 34 C112 30 116 24 116 10 Z" />
                <line class="kc-back-spine" aria-hidden="true" x1="100" y1="36" x2="100" y2="194" />
                { for REGIONS.iter().map(|(id, shapes)| {
                    let name = text::option_text(lang, QuestionId::KnotLocation, id).map_or(*id, |(label, _)| label);
                    let pressed = selected == Some(*id);
                    let pick = {
                        let onpick = onpick.clone();
                        let id = id.to_string();
                        move || onpick.emit(id.clone())
                    };
                    let onclick = {
                        let pick = pick.clone();
                        Callback::from(move |_: MouseEvent| pick())
                    };
                    let onkeydown = Callback::from(move |event: KeyboardEvent| {
                        if event.key() == "Enter" || event.key() == " " {
                            event.prevent_default();
                            pick();
                        }
                    });
                    html! {
                        <g
                            class={if pressed { "kc-region kc-region-selected" } else { "kc-region" }}
                            role="button"
                            tabindex="0"
                            aria-label={name}
                            aria-pressed={if pressed { "true" } else { "false" }}
                            {onclick}
                            {onkeydown}
                        >
                            { for shapes.iter().map(|d| html! { <path d={*d} /> }) }
                        </g>
                    }
                }) }
            </svg>
        </div>
    }
}

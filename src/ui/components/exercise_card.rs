//! One exercise of the routine: illustration, dose, time, why, how to do it, and where the
//! dose comes from (for the reader, and for a physiotherapist checking it).
//!
//! A plain function rather than a component: it has no state.

use yew::prelude::*;

use crate::domain::catalog::exercise;
use crate::domain::plan::PlannedExercise;
use crate::text::{self, Lang};
use crate::ui::components::{constant_markup, source_ids, Illustration};

/// A card for one planned exercise, with its details folded away until asked for.
/// `number` is its position in the routine, from 1. A clinician's `note` is shown as
/// plain text under the reasons.
pub fn exercise_card(
    planned: &PlannedExercise,
    number: usize,
    note: Option<&str>,
    lang: Lang,
) -> Html {
    let ui = crate::text::ui(lang);
    let entry = exercise(planned.id);
    let name = text::exercise_name(lang, entry.id.as_str());
    let words = text::exercise_text(lang, entry.id);
    let list = |items: &'static [&'static str]| {
        html! {
            <ul class="kc-list">{ for items.iter().map(|item| html! { <li>{ *item }</li> }) }</ul>
        }
    };
    html! {
        <li class="kc-exercise">
            <div class="kc-exercise-head">
                <Illustration exercise_id={entry.id.as_str()} alt={words.alt_text} />
                <div class="kc-exercise-summary">
                    <h3 class="kc-exercise-name">{ format!("{}. {}", number, name) }</h3>
                    <p class="kc-dose">{ text::dose(lang, &planned.dose) }</p>
                    <p class="kc-small">{ crate::text::fill(ui.fmt_about(), &[("0", &text::duration_s(lang, u64::from(planned.estimate_s)) as &dyn std::fmt::Display)]) }</p>
                </div>
            </div>
            <p class="kc-why">
                { text::exercise_reasons(lang, &planned.reasons) }
                { source_ids(&planned.sources) }
            </p>
            if let Some(note) = note {
                <p class="kc-clinician-note">{ crate::text::fill(ui.fmt_note_from_your_clinician(), &[("0", &note as &dyn std::fmt::Display)]) }</p>
            }
            <details class="kc-details">
                <summary>{ crate::text::fill(ui.fmt_how_to_do_the(), &[("0", &name.to_ascii_lowercase() as &dyn std::fmt::Display)]) }</summary>
                <p>{ crate::text::fill(ui.fmt_works(), &[("0", &words.targets.join(", ") as &dyn std::fmt::Display)]) }</p>
                { constant_markup(ui.steps_html()) }
                <ol class="kc-list">{ for words.steps.iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                { constant_markup(ui.tips_html()) }
                { list(words.cues) }
                { constant_markup(ui.common_mistakes_html()) }
                { list(words.mistakes) }
                { constant_markup(ui.easier_html()) }
                <p>{ words.regression }</p>
                { constant_markup(ui.harder_html()) }
                <p>{ words.progression }</p>
                if !planned.cautions.is_empty() {
                    { constant_markup(ui.take_care_html()) }
                    <ul class="kc-list">
                        { for planned.cautions.iter().map(|c| html! {
                            <li>{ text::exercise_caution(lang, entry.id, c) }{ source_ids(c.sources) }</li>
                        }) }
                    </ul>
                }
                { constant_markup(ui.where_the_dose_comes_from_html()) }
                <p>{ words.dose_note }</p>
                <p class="kc-source">{ crate::text::fill(ui.fmt_sources_dose(), &[("0", &entry.sources.join(", ") as &dyn std::fmt::Display), ("1", &entry.dose_sources.join(", ") as &dyn std::fmt::Display)]) }</p>
            </details>
        </li>
    }
}

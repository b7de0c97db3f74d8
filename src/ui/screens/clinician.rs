//! Clinician mode (issue 15): the clinician picks exercises, sets each dose inside its safe
//! bounds, the schedule, notes, the clinic's name and booking link; the screen shows each
//! problem beside its field, and once there are none the link, a copy button, its QR code,
//! a printable sheet, and a live preview of what the reader will see.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::{clipboard, location};
use crate::domain::catalog::ExerciseId;
use crate::domain::history::History;
use crate::domain::prescribed::{self, dose_fields, dose_value, Edit};
use crate::domain::prescription::{
    self, bounds, DoseField, PrescriptionError, ProblemAt, ScheduleField, Sides, MAX_EXERCISES,
    NOTE_MAX_CHARS, SESSIONS_PER_WEEK, WEEKS,
};
use crate::domain::progression::Bound;
use crate::text::{self, Lang};
use crate::ui::components::{prescribed_routine, print_button, qr_code, screen_title};
use crate::ui::hooks::{use_focus_on_mount, use_lang};

/// Props of [`ClinicianScreen`].
#[derive(Clone, PartialEq, Properties)]
pub struct ClinicianScreenProps {
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// The form as the clinician has filled it so far.
#[derive(Clone, Debug, PartialEq)]
struct Form {
    draft: prescription::Prescription,
    /// Number fields whose text is not a whole number, by field id, with that text.
    unreadable: BTreeMap<String, String>,
    /// How the last copy went: `Some(true)` copied, `Some(false)` the browser refused.
    copied: Option<bool>,
}

/// Writes a prescription link.
#[function_component(ClinicianScreen)]
pub fn clinician_screen(props: &ClinicianScreenProps) -> Html {
    let lang = use_lang();
    let ui = text::ui(lang);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let form = use_state(|| Form {
        draft: prescribed::blank(),
        unreadable: BTreeMap::new(),
        copied: None,
    });
    let link_field = use_node_ref();

    let change = {
        let form = form.clone();
        Callback::from(move |edit: Edit| {
            let mut next = (*form).clone();
            prescribed::edit(&mut next.draft, edit);
            next.copied = None;
            form.set(next);
        })
    };
    // A number field: a whole number is an edit; anything else is kept as typed and shown
    // as a problem, and no link is offered.
    let number_input = |id: String, make: Rc<dyn Fn(u16) -> Edit>| {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = (*form).clone();
            match text.trim().parse::<u16>() {
                Ok(value) => {
                    next.unreadable.remove(&id);
                    prescribed::edit(&mut next.draft, make(value));
                }
                Err(_) => {
                    next.unreadable.insert(id.clone(), text);
                }
            }
            next.copied = None;
            form.set(next);
        })
    };

    let draft = &form.draft;
    let problems = draft.problems();
    let problem_at = |at: ProblemAt| -> Option<String> {
        problems
            .iter()
            .find(|p| p.field() == at)
            .map(|p| problem_text(lang, p))
    };
    let number = |id: String,
                  label: &str,
                  bound: Bound,
                  value: u16,
                  make: Rc<dyn Fn(u16) -> Edit>,
                  at: ProblemAt| {
        let raw = form.unreadable.get(&id).cloned();
        let error = if raw.is_some() {
            Some(ui.enter_a_whole_number().to_owned())
        } else {
            problem_at(at)
        };
        let label = text::fill(
            ui.fmt_field_range(),
            &[
                ("label", &label as &dyn std::fmt::Display),
                ("min", &bound.min),
                ("max", &bound.max),
            ],
        );
        let oninput = number_input(id.clone(), make);
        field_row(
            &id,
            label,
            error,
            html! {
                <input id={id.clone()} class="kc-input" type="text" inputmode="numeric"
                    autocomplete="off" size="4"
                    value={raw.unwrap_or_else(|| value.to_string())}
                    aria-invalid={invalid(&form, &id, &problems, at)}
                    aria-describedby={described(&form, &id, &problems, at)}
                    {oninput} />
            },
        )
    };
    let text_input =
        |id: &str, label: String, value: String, at: ProblemAt, make: fn(String) -> Edit| {
            let change = change.clone();
            let oninput = Callback::from(move |event: InputEvent| {
                change.emit(make(
                    event.target_unchecked_into::<HtmlInputElement>().value(),
                ))
            });
            let error = problem_at(at);
            field_row(
                id,
                label,
                error,
                html! {
                    <input id={id.to_owned()} class="kc-input kc-input-wide" type="text"
                        autocomplete="off" {value}
                        aria-invalid={invalid(&form, id, &problems, at)}
                        aria-describedby={described(&form, id, &problems, at)}
                        {oninput} />
                },
            )
        };

    let schedule = |field: ScheduleField, label: &str, bound: Bound, value: u8| {
        let id = match field {
            ScheduleField::SessionsPerWeek => "kc-rx-sessions",
            ScheduleField::Weeks => "kc-rx-weeks",
        };
        number(
            id.to_owned(),
            label,
            bound,
            value.into(),
            Rc::new(move |v| Edit::Schedule(field, v)),
            ProblemAt::Schedule(field),
        )
    };

    let exercise_row = |id: ExerciseId| {
        let name = text::exercise_name(lang, id.as_str());
        let picked = draft.exercises.iter().find(|e| e.exercise == id);
        let box_id = format!("kc-rx-{}", id.as_str());
        let onchange = {
            let change = change.clone();
            Callback::from(move |event: Event| {
                let on = event.target_unchecked_into::<HtmlInputElement>().checked();
                change.emit(if on { Edit::Add(id) } else { Edit::Remove(id) })
            })
        };
        let full = picked.is_none() && draft.exercises.len() >= MAX_EXERCISES;
        html! {
            <li class="kc-rx-exercise">
                <div class="kc-rx-pick">
                    <input type="checkbox" id={box_id.clone()} checked={picked.is_some()}
                        disabled={full} {onchange} />
                    <label for={box_id.clone()}>{ name.clone() }</label>
                </div>
                if let Some(picked) = picked {
                    <fieldset class="kc-fieldset kc-rx-dose">
                        <legend class="kc-legend kc-visually-hidden">{ name.clone() }</legend>
                        { for dose_fields(id).into_iter().map(|(field, bound)| number(
                            format!("{box_id}-{}", field_key(field)),
                            text::dose_field(lang, field),
                            bound,
                            dose_value(&picked.dose, field),
                            Rc::new(move |v| Edit::Dose(id, field, v)),
                            ProblemAt::Dose(id, field),
                        )) }
                        if bounds(id).sides == Sides::Either {
                            { sides_box(&box_id, id, picked.dose.per_side, ui.each_side_in_turn(), &change) }
                        }
                        { note_field(&box_id, id, picked.note.clone().unwrap_or_default(),
                            problem_at(ProblemAt::Note(id)), &change, lang) }
                    </fieldset>
                }
            </li>
        }
    };

    let link = problems
        .is_empty()
        .then(|| {
            format!(
                "{}{}",
                prescribed::reader_address(&location::page_address()),
                prescription::encode(draft)
            )
        })
        .filter(|_| form.unreadable.is_empty());
    let oncopy = {
        let (form, link, link_field) = (form.clone(), link.clone(), link_field.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(link) = link.clone() else { return };
            let (form, link_field) = (form.clone(), link_field.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = clipboard::copy(&link).await;
                if !copied {
                    // The reader copies it themselves: the whole link is ready selected.
                    if let Some(input) = link_field.cast::<HtmlInputElement>() {
                        input.select();
                    }
                }
                let mut next = (*form).clone();
                next.copied = Some(copied);
                form.set(next);
            });
        })
    };
    let preview = (!draft.exercises.is_empty())
        .then(|| prescribed::plan_prescribed(draft, 0, &History::default()));

    html! {
        <section class="kc-screen kc-clinician">
            { screen_title(heading, ui.write_a_prescription_link().into()) }
            <p class="kc-lead kc-no-print">{ ui.rx_clinician_intro() }</p>
            <div class="kc-rx-form kc-no-print">
                <fieldset class="kc-fieldset kc-rx-group">
                    <legend class="kc-legend kc-subtitle">{ ui.clinic() }</legend>
                    { text_input("kc-rx-clinic", ui.clinic_name().to_owned(), draft.clinic_name.clone(),
                        ProblemAt::ClinicName, Edit::ClinicName) }
                    { text_input("kc-rx-booking", ui.booking_link_optional().to_owned(),
                        draft.booking_url.clone().unwrap_or_default(), ProblemAt::BookingUrl, Edit::BookingUrl) }
                </fieldset>
                <fieldset class="kc-fieldset kc-rx-group">
                    <legend class="kc-legend kc-subtitle">{ ui.schedule() }</legend>
                    { schedule(ScheduleField::SessionsPerWeek, ui.sessions_a_week(), SESSIONS_PER_WEEK, draft.sessions_per_week) }
                    { schedule(ScheduleField::Weeks, ui.weeks_label(), WEEKS, draft.weeks) }
                </fieldset>
                <fieldset class="kc-fieldset kc-rx-group"
                    aria-describedby={problem_at(ProblemAt::Exercises).map(|_| "kc-rx-exercises-error")}>
                    <legend class="kc-legend kc-subtitle">
                        { text::fill(ui.fmt_exercises_up_to(), &[("0", &MAX_EXERCISES as &dyn std::fmt::Display)]) }
                    </legend>
                    if let Some(error) = problem_at(ProblemAt::Exercises) {
                        <p id="kc-rx-exercises-error" class="kc-error">{ error }</p>
                    }
                    <ul class="kc-rx-exercises">
                        { for ExerciseId::ALL.into_iter().map(exercise_row) }
                    </ul>
                </fieldset>
            </div>
            <section class="kc-rx-link" aria-labelledby="kc-rx-link-title">
                <h3 id="kc-rx-link-title" class="kc-subtitle kc-no-print">{ ui.the_link() }</h3>
                if let Some(link) = &link {
                    <div class="kc-rx-link-field kc-no-print">
                        <label for="kc-rx-link-text">{ ui.prescription_link() }</label>
                        <input id="kc-rx-link-text" class="kc-input kc-input-wide" type="text"
                            readonly=true value={link.clone()} ref={link_field.clone()} />
                    </div>
                    <div class="kc-actions kc-no-print">
                        <button type="button" class="kc-button kc-button-primary" onclick={oncopy}>
                            { ui.copy_the_link() }
                        </button>
                        { print_button(ui.print_the_sheet()) }
                    </div>
                    <p class="kc-small kc-no-print" role="status">
                        { match form.copied {
                            Some(true) => ui.the_link_is_copied(),
                            Some(false) => ui.copy_by_hand(),
                            None => "",
                        } }
                    </p>
                    <figure class="kc-rx-qr">
                        { qr_code(link, ui.qr_code_of_the_link()) }
                        <figcaption class="kc-small">{ ui.scan_to_open_your_routine() }</figcaption>
                    </figure>
                    <p class="kc-print-only kc-rx-link-print">{ link.clone() }</p>
                } else {
                    <p class="kc-small kc-no-print" role="status">{ ui.fix_the_problems_marked_above() }</p>
                }
            </section>
            if let Some(preview) = preview {
                <section class="kc-rx-preview" aria-labelledby="kc-rx-preview-title">
                    <h3 id="kc-rx-preview-title" class="kc-subtitle">{ ui.what_your_patient_will_see() }</h3>
                    <div class="kc-rx-preview-frame">
                        <h4 class="kc-exercise-name">{ ui.your_routine_from_your_clinician() }</h4>
                        { prescribed_routine(&preview, lang) }
                    </div>
                </section>
            }
        </section>
    }
}

/// A problem in the form's words: the field says which exercise and variable it is.
fn problem_text(lang: Lang, problem: &PrescriptionError) -> String {
    text::prescription_error(lang, problem)
}

fn field_key(field: DoseField) -> &'static str {
    match field {
        DoseField::Sets => "sets",
        DoseField::Reps => "reps",
        DoseField::UpS => "up",
        DoseField::PauseS => "pause",
        DoseField::DownS => "down",
        DoseField::HoldS => "hold",
        DoseField::Spots => "spots",
        DoseField::DurationS => "duration",
        DoseField::RestS => "rest",
    }
}

fn has_problem(form: &Form, id: &str, problems: &[PrescriptionError], at: ProblemAt) -> bool {
    form.unreadable.contains_key(id) || problems.iter().any(|p| p.field() == at)
}

fn invalid(
    form: &Form,
    id: &str,
    problems: &[PrescriptionError],
    at: ProblemAt,
) -> Option<AttrValue> {
    has_problem(form, id, problems, at).then_some(AttrValue::Static("true"))
}

fn described(
    form: &Form,
    id: &str,
    problems: &[PrescriptionError],
    at: ProblemAt,
) -> Option<String> {
    has_problem(form, id, problems, at).then(|| format!("{id}-error"))
}

/// A label, its field, and the field's problem tied to it by id.
fn field_row(id: &str, label: String, error: Option<String>, input: Html) -> Html {
    html! {
        <div class="kc-rx-field">
            <label for={id.to_owned()}>{ label }</label>
            if let Some(error) = error {
                <p id={format!("{id}-error")} class="kc-error">{ error }</p>
            }
            { input }
        </div>
    }
}

fn sides_box(
    box_id: &str,
    id: ExerciseId,
    each: bool,
    label: &'static str,
    change: &Callback<Edit>,
) -> Html {
    let field_id = format!("{box_id}-sides");
    let change = change.clone();
    let onchange = Callback::from(move |event: Event| {
        change.emit(Edit::EachSide(
            id,
            event.target_unchecked_into::<HtmlInputElement>().checked(),
        ))
    });
    html! {
        <div class="kc-rx-pick">
            <input type="checkbox" id={field_id.clone()} checked={each} {onchange} />
            <label for={field_id}>{ label }</label>
        </div>
    }
}

fn note_field(
    box_id: &str,
    id: ExerciseId,
    note: String,
    error: Option<String>,
    change: &Callback<Edit>,
    lang: Lang,
) -> Html {
    let ui = text::ui(lang);
    let field_id = format!("{box_id}-note");
    let change = change.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        change.emit(Edit::Note(
            id,
            event.target_unchecked_into::<HtmlTextAreaElement>().value(),
        ))
    });
    let label = text::fill(
        ui.fmt_note_for_your_patient(),
        &[("0", &NOTE_MAX_CHARS as &dyn std::fmt::Display)],
    );
    let has_error = error.is_some();
    field_row(
        &field_id,
        label,
        error,
        html! {
            <textarea id={field_id.clone()} class="kc-input kc-input-wide" rows="2"
                value={note} {oninput}
                aria-invalid={has_error.then_some("true")}
                aria-describedby={has_error.then(|| format!("{field_id}-error"))} />
        },
    )
}

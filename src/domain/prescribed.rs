//! Running a clinician's prescription (issue 15): the routine it gives the reader, with
//! feedback and pain moving each dose only inside the clinician's bounds; the prescription
//! the reader accepted, as stored; and the clinician's form as it is edited.
//!
//! The link format itself (encode, decode, bounds, validation) is [`super::prescription`].

use serde::{Deserialize, Serialize};

use super::catalog::{exercise, ExerciseId};
use super::config::BookingUrl;
use super::dose::{Dose, DosedExercise, Work};
use super::history::History;
use super::plan::{estimate_s, ExerciseReason, PlannedExercise};
use super::prescription::{
    self, bounds, DoseField, LinkError, PrescribedExercise, Prescription, ScheduleField,
    WorkBounds, MAX_EXERCISES,
};
use super::progression::{self, Bound, Ranges, Reader};

/// The ranges feedback and pain may move a prescribed exercise's dose within: the bounds a
/// clinician may set for it ([`prescription::bounds`]), never another version of the
/// exercise and never added load, since the clinician chose the exercise.
pub fn clinician_ranges(id: ExerciseId) -> Ranges {
    let limits = bounds(id);
    let none = Bound {
        min: 0,
        max: 0,
        sources: prescription::OURS,
    };
    let (reps, stretch_hold_s, ball_spots, ball_hold_s) = match limits.work {
        WorkBounds::Reps { reps, .. } => (reps, none, none, none),
        WorkBounds::Hold { hold_s } => (none, hold_s, none, none),
        WorkBounds::Compression { spots, hold_s } => (none, none, spots, hold_s),
        WorkBounds::Timed { .. } => (none, none, none, none),
    };
    Ranges {
        reps,
        strength_sets: limits.sets,
        stretch_hold_s,
        stretch_repeats: limits.sets,
        ball_hold_s,
        ball_spots,
        versions_and_load: false,
    }
}

/// One exercise of the reader's prescribed routine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrescribedStep {
    /// The exercise as planned for the next session: the clinician's dose, moved by the
    /// sessions since the prescription was accepted.
    pub planned: PlannedExercise,
    /// The dose the clinician wrote.
    pub prescribed: Dose,
    /// The clinician's note, plain text.
    pub note: Option<String>,
}

/// The routine a prescription gives the reader, ready to show and to play.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrescribedRoutine {
    /// Who prescribed it.
    pub clinic_name: String,
    /// The clinic's booking page, if the link carried a valid one.
    pub booking_url: Option<BookingUrl>,
    /// Sessions a week.
    pub sessions_per_week: u8,
    /// Weeks before checking back with the clinician.
    pub weeks: u8,
    /// The exercises, in the clinician's order.
    pub steps: Vec<PrescribedStep>,
    /// Seconds one session takes in the player.
    pub total_s: u32,
}

impl PrescribedRoutine {
    /// The routine as the session player and the session log take it, in play order.
    pub fn exercises(&self) -> Vec<DosedExercise> {
        self.steps
            .iter()
            .map(|step| DosedExercise {
                exercise_id: step.planned.id.as_str().to_owned(),
                dose: step.planned.dose,
            })
            .collect()
    }
}

/// The routine for the next session of `prescription`, accepted at `accepted_ms`: each dose
/// starts at the clinician's and follows the progression rules (R5, R6, S1) over the
/// sessions played since then, inside [`clinician_ranges`]. Sessions from before it was
/// accepted (an earlier routine, or an earlier prescription) do not move it.
pub fn plan_prescribed(
    prescription: &Prescription,
    accepted_ms: u64,
    history: &History,
) -> PrescribedRoutine {
    let since = History {
        sessions: history
            .sessions
            .iter()
            .filter(|session| session.started_ms >= accepted_ms)
            .cloned()
            .collect(),
    };
    let steps: Vec<PrescribedStep> = prescription
        .exercises
        .iter()
        .map(|prescribed| {
            let id = prescribed.exercise;
            let entry = exercise(id);
            let reader = Reader {
                equipment: &[],
                older_adult: false,
                clinician: Some(clinician_ranges(id)),
            };
            let progress = progression::next_dose(id, prescribed.dose, &since, reader);
            let dose = progress.level.dose;
            let mut reasons = vec![ExerciseReason::Prescribed];
            let mut sources: Vec<&'static str> = entry.sources.to_vec();
            for why in &progress.why {
                reasons.push(ExerciseReason::Progress(why.rule, why.outcome));
                sources.extend_from_slice(&why.sources);
            }
            sources.sort_by(|x, y| (!x.starts_with('S'), *x).cmp(&(!y.starts_with('S'), *y)));
            sources.dedup();
            PrescribedStep {
                planned: PlannedExercise {
                    id,
                    dose,
                    estimate_s: estimate_s(id, &dose),
                    reasons,
                    sources,
                    uses: entry
                        .needs
                        .iter()
                        .filter_map(|any| any.first().copied())
                        .collect(),
                    cautions: Vec::new(),
                },
                prescribed: prescribed.dose,
                note: prescribed.note.clone(),
            }
        })
        .collect();
    PrescribedRoutine {
        clinic_name: prescription.clinic_name.clone(),
        booking_url: prescription.booking_url(),
        sessions_per_week: prescription.sessions_per_week,
        weeks: prescription.weeks,
        total_s: steps.iter().map(|s| s.planned.estimate_s).sum(),
        steps,
    }
}

/// A prescription the reader accepted, as the shell stores it (under its own key, apart from
/// the progress log, so a new link replaces it and leaves the history as it was).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Accepted {
    /// The prescription.
    pub prescription: Prescription,
    /// When the reader accepted it, ms since the Unix epoch: sessions from then on move
    /// its doses.
    pub accepted_ms: u64,
}

#[derive(Serialize, Deserialize)]
struct StoredAccepted {
    accepted_ms: u64,
    /// The link's fragment, as made by [`prescription::encode`]: checked again when read.
    link: String,
}

impl Accepted {
    /// The stored text: `{"accepted_ms": …, "link": "#rx=1.…"}`.
    pub fn encode(&self) -> String {
        let stored = StoredAccepted {
            accepted_ms: self.accepted_ms,
            link: prescription::encode(&self.prescription),
        };
        super::store::to_json_value(&stored).to_string()
    }

    /// Reads the stored text back, checking the link as if it had just been opened.
    pub fn decode(text: &str) -> Result<Self, LinkError> {
        let stored: StoredAccepted =
            serde_json::from_str(text).map_err(|_| LinkError::Malformed)?;
        Ok(Self {
            prescription: prescription::decode(&stored.link)?,
            accepted_ms: stored.accepted_ms,
        })
    }
}

/// What a link found in the page's address offers the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Offer {
    /// A valid prescription that is not the one already accepted: ask the reader.
    New(Prescription),
    /// The prescription already accepted: nothing to ask.
    AlreadyAccepted,
    /// A link that cannot be used: say why; nothing is stored and nothing runs.
    Refused(LinkError),
}

/// What opening `fragment` offers, given the prescription already accepted, if any. `None`
/// when the fragment is not a prescription at all (it belongs to the host page).
pub fn offer(fragment: &str, current: Option<&Accepted>) -> Option<Offer> {
    let link = prescription::prescription_in_fragment(fragment)?;
    Some(match prescription::decode(link) {
        Ok(found) if current.is_some_and(|c| c.prescription == found) => Offer::AlreadyAccepted,
        Ok(found) => Offer::New(found),
        Err(error) => Offer::Refused(error),
    })
}

/// Where a prescription link made on the page at `address` (its fragment, if any, already
/// left out) leads: the same page with its query, less the `mode=clinician` that opened the
/// form, so a link from `/?mode=clinician` leads to `/` and one from a clinic's
/// `/post?p=42` keeps its `?p=42`.
pub fn reader_address(address: &str) -> String {
    let address = address.split('#').next().unwrap_or_default();
    let Some((page, query)) = address.split_once('?') else {
        return address.to_owned();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty() && *pair != "mode=clinician")
        .collect();
    if kept.is_empty() {
        page.to_owned()
    } else {
        format!("{page}?{}", kept.join("&"))
    }
}

/// One change the clinician makes in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Ticked an exercise: it joins the end of the routine at the catalog's starting dose.
    Add(ExerciseId),
    /// Unticked an exercise.
    Remove(ExerciseId),
    /// Typed a dose variable (values past 255 for one-byte variables are kept at 255 and
    /// refused by validation like any other value out of bounds).
    Dose(ExerciseId, DoseField, u16),
    /// Chose each side in turn (`true`) or both together.
    EachSide(ExerciseId, bool),
    /// Typed the note on an exercise; empty removes it.
    Note(ExerciseId, String),
    /// Typed a part of the schedule.
    Schedule(ScheduleField, u16),
    /// Typed the clinic name.
    ClinicName(String),
    /// Typed the booking link; empty removes it.
    BookingUrl(String),
}

/// An empty form: no exercise yet, S2's three sessions a week for four weeks.
pub fn blank() -> Prescription {
    Prescription {
        exercises: Vec::new(),
        sessions_per_week: 3,
        weeks: 4,
        clinic_name: String::new(),
        booking_url: None,
    }
}

/// Applies one edit to the clinician's draft. Nothing is refused here: the form shows
/// [`Prescription::problems`] beside their fields and offers a link only when there are none.
pub fn edit(draft: &mut Prescription, change: Edit) {
    let byte = |value: u16| u8::try_from(value).unwrap_or(u8::MAX);
    match change {
        Edit::Add(id) => {
            if !draft.exercises.iter().any(|e| e.exercise == id)
                && draft.exercises.len() < MAX_EXERCISES
            {
                draft.exercises.push(PrescribedExercise {
                    exercise: id,
                    dose: exercise(id).dose,
                    note: None,
                });
            }
        }
        Edit::Remove(id) => draft.exercises.retain(|e| e.exercise != id),
        Edit::Dose(id, field, value) => {
            if let Some(prescribed) = draft.exercises.iter_mut().find(|e| e.exercise == id) {
                let dose = &mut prescribed.dose;
                match (field, &mut dose.work) {
                    (DoseField::Sets, _) => dose.sets = byte(value),
                    (DoseField::RestS, _) => dose.rest_s = value,
                    (DoseField::Reps, Work::Reps { reps, .. }) => *reps = byte(value),
                    (DoseField::UpS, Work::Reps { tempo, .. }) => tempo.up_s = byte(value),
                    (DoseField::PauseS, Work::Reps { tempo, .. }) => tempo.hold_s = byte(value),
                    (DoseField::DownS, Work::Reps { tempo, .. }) => tempo.down_s = byte(value),
                    (DoseField::HoldS, Work::Hold { hold_s })
                    | (DoseField::HoldS, Work::Compression { hold_s, .. }) => *hold_s = value,
                    (DoseField::Spots, Work::Compression { spots, .. }) => *spots = byte(value),
                    (DoseField::DurationS, Work::Timed { duration_s }) => *duration_s = value,
                    _ => {}
                }
            }
        }
        Edit::EachSide(id, each) => {
            if let Some(prescribed) = draft.exercises.iter_mut().find(|e| e.exercise == id) {
                prescribed.dose.per_side = each;
            }
        }
        Edit::Note(id, note) => {
            if let Some(prescribed) = draft.exercises.iter_mut().find(|e| e.exercise == id) {
                prescribed.note = (!note.is_empty()).then_some(note);
            }
        }
        Edit::Schedule(ScheduleField::SessionsPerWeek, value) => {
            draft.sessions_per_week = byte(value);
        }
        Edit::Schedule(ScheduleField::Weeks, value) => draft.weeks = byte(value),
        Edit::ClinicName(name) => draft.clinic_name = name,
        Edit::BookingUrl(url) => draft.booking_url = (!url.is_empty()).then_some(url),
    }
}

/// The dose variables a clinician sets for `id`, in the form's order, with their bounds.
pub fn dose_fields(id: ExerciseId) -> Vec<(DoseField, Bound)> {
    let limits = bounds(id);
    let mut fields = vec![(DoseField::Sets, limits.sets)];
    match limits.work {
        WorkBounds::Reps {
            reps,
            up_s,
            pause_s,
            down_s,
        } => fields.extend([
            (DoseField::Reps, reps),
            (DoseField::UpS, up_s),
            (DoseField::PauseS, pause_s),
            (DoseField::DownS, down_s),
        ]),
        WorkBounds::Hold { hold_s } => fields.push((DoseField::HoldS, hold_s)),
        WorkBounds::Compression { spots, hold_s } => {
            fields.extend([(DoseField::Spots, spots), (DoseField::HoldS, hold_s)]);
        }
        WorkBounds::Timed { duration_s } => fields.push((DoseField::DurationS, duration_s)),
    }
    if limits.rest_s.max > 0 {
        fields.push((DoseField::RestS, limits.rest_s));
    }
    // A single set is all timed work has: nothing to set.
    fields.retain(|(_, bound)| bound.min != bound.max);
    fields
}

/// The value of one dose variable.
pub fn dose_value(dose: &Dose, field: DoseField) -> u16 {
    match (field, dose.work) {
        (DoseField::Sets, _) => dose.sets.into(),
        (DoseField::RestS, _) => dose.rest_s,
        (DoseField::Reps, Work::Reps { reps, .. }) => reps.into(),
        (DoseField::UpS, Work::Reps { tempo, .. }) => tempo.up_s.into(),
        (DoseField::PauseS, Work::Reps { tempo, .. }) => tempo.hold_s.into(),
        (DoseField::DownS, Work::Reps { tempo, .. }) => tempo.down_s.into(),
        (DoseField::HoldS, Work::Hold { hold_s })
        | (DoseField::HoldS, Work::Compression { hold_s, .. }) => hold_s,
        (DoseField::Spots, Work::Compression { spots, .. }) => spots.into(),
        (DoseField::DurationS, Work::Timed { duration_s }) => duration_s,
        _ => 0,
    }
}

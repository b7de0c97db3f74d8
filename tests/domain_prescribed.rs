//! Running a clinician's prescription (issue 15): doses move with feedback and pain only
//! inside the clinician's bounds, a new link replaces the routine and keeps the history, the
//! stored prescription is checked again when read, and the clinician's form edits.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::catalog::{exercise, ExerciseId};
use knot_coach::domain::dose::{Dose, DosedExercise, Tempo, Work};
use knot_coach::domain::history::{Feedback, History, PainRating, SessionRecord};
use knot_coach::domain::plan::ExerciseReason;
use knot_coach::domain::prescribed::{
    self, blank, dose_fields, dose_value, edit, offer, plan_prescribed, Accepted, Edit, Offer,
};
use knot_coach::domain::prescription::{
    encode, DoseField, LinkError, PrescribedExercise, Prescription, PrescriptionError, ProblemAt,
    ScheduleField, MAX_EXERCISES,
};
use knot_coach::domain::progression::{Outcome, Rule};
use proptest::prelude::*;

const DAY_MS: u64 = 86_400_000;
const ACCEPTED_MS: u64 = 1_800_000_000_000;

fn swimmers(sets: u8, reps: u8) -> Dose {
    Dose {
        sets,
        work: Work::Reps {
            reps,
            tempo: Tempo {
                up_s: 3,
                hold_s: 0,
                down_s: 3,
            },
        },
        per_side: false,
        rest_s: 30,
    }
}

fn hold(sets: u8, hold_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Hold { hold_s },
        per_side: false,
        rest_s: 15,
    }
}

fn prescription(exercises: &[(ExerciseId, Dose)]) -> Prescription {
    Prescription {
        exercises: exercises
            .iter()
            .map(|&(exercise, dose)| PrescribedExercise {
                exercise,
                dose,
                note: None,
            })
            .collect(),
        sessions_per_week: 3,
        weeks: 6,
        clinic_name: "Harbour Street Physio".into(),
        booking_url: Some("https://clinic.example/book".into()),
    }
}

/// Plays the routine as planned now, `days` after acceptance, with this feedback on every
/// exercise and this pain afterwards.
fn play(history: &mut History, rx: &Prescription, days: u64, feedback: Feedback, pain_after: u8) {
    let routine = plan_prescribed(rx, ACCEPTED_MS, history).exercises();
    let ids: Vec<String> = routine.iter().map(|e| e.exercise_id.clone()).collect();
    let started_ms = ACCEPTED_MS + days * DAY_MS;
    history.record(SessionRecord {
        id: format!("s{days}"),
        started_ms,
        ended_ms: started_ms + 600_000,
        routine,
        completed: ids.clone(),
        pain_before: None,
        pain_after: PainRating::new(pain_after),
        feedback: ids.into_iter().map(|id| (id, feedback)).collect(),
        utc_offset_min: Some(0),
    });
}

fn step_dose(rx: &Prescription, history: &History, at: usize) -> Dose {
    plan_prescribed(rx, ACCEPTED_MS, history).steps[at]
        .planned
        .dose
}

fn reasons(rx: &Prescription, history: &History, at: usize) -> Vec<ExerciseReason> {
    plan_prescribed(rx, ACCEPTED_MS, history).steps[at]
        .planned
        .reasons
        .clone()
}

#[test]
fn with_no_sessions_the_routine_is_exactly_the_clinicians_in_their_order() {
    let rx = prescription(&[
        (ExerciseId::ProneSwimmers, swimmers(2, 12)),
        (ExerciseId::ChestStretch, hold(3, 45)),
    ]);
    let routine = plan_prescribed(&rx, ACCEPTED_MS, &History::default());
    let ids: Vec<ExerciseId> = routine.steps.iter().map(|s| s.planned.id).collect();
    assert_eq!(ids, [ExerciseId::ProneSwimmers, ExerciseId::ChestStretch]);
    assert_eq!(routine.steps[0].planned.dose, swimmers(2, 12));
    // 45 s is past the 30 s the planner uses under 65, but inside R5's 10-60 s a clinician
    // may set: it is kept as written.
    assert_eq!(routine.steps[1].planned.dose, hold(3, 45));
    assert_eq!(
        routine.steps[0].planned.reasons,
        [ExerciseReason::Prescribed]
    );
    assert_eq!(routine.clinic_name, "Harbour Street Physio");
    assert_eq!(
        routine.booking_url.unwrap().as_str(),
        "https://clinic.example/book"
    );
    assert_eq!((routine.sessions_per_week, routine.weeks), (3, 6));
    assert_eq!(
        routine.total_s,
        routine
            .steps
            .iter()
            .map(|s| s.planned.estimate_s)
            .sum::<u32>()
    );
}

#[test]
fn too_easy_raises_one_variable_inside_the_clinicians_bounds() {
    let rx = prescription(&[(ExerciseId::ProneSwimmers, swimmers(2, 14))]);
    let mut history = History::default();
    play(&mut history, &rx, 0, Feedback::TooEasy, 1);
    assert_eq!(step_dose(&rx, &history, 0), swimmers(2, 15));
    play(&mut history, &rx, 2, Feedback::TooEasy, 1);
    assert_eq!(step_dose(&rx, &history, 0), swimmers(3, 15));
}

#[test]
fn too_easy_at_the_clinicians_top_stays_there_and_the_reason_says_so() {
    let rx = prescription(&[(ExerciseId::ProneSwimmers, swimmers(3, 15))]);
    let mut history = History::default();
    play(&mut history, &rx, 0, Feedback::TooEasy, 0);
    let routine = plan_prescribed(&rx, ACCEPTED_MS, &history);
    // Never a harder version or added load: the clinician chose the exercise.
    assert_eq!(routine.steps[0].planned.id, ExerciseId::ProneSwimmers);
    assert_eq!(routine.steps[0].planned.dose, swimmers(3, 15));
    assert_eq!(
        reasons(&rx, &history, 0),
        [
            ExerciseReason::Prescribed,
            ExerciseReason::Progress(Rule::TooEasy, Outcome::ClinicianTop)
        ]
    );
    let words =
        knot_coach::text::exercise_reasons(knot_coach::text::Lang::En, &reasons(&rx, &history, 0));
    assert!(words.contains("most your clinician has allowed"), "{words}");
}

#[test]
fn too_hard_at_the_clinicians_floor_stays_there_and_the_reason_says_so() {
    let rx = prescription(&[(ExerciseId::ProneSwimmers, swimmers(1, 8))]);
    let mut history = History::default();
    play(&mut history, &rx, 0, Feedback::TooHard, 2);
    assert_eq!(step_dose(&rx, &history, 0), swimmers(1, 8));
    assert_eq!(
        reasons(&rx, &history, 0)[1],
        ExerciseReason::Progress(Rule::TooHard, Outcome::ClinicianEasiest)
    );
}

#[test]
fn a_roll_out_never_moves_to_its_easier_version_in_a_prescription() {
    let dose = exercise(ExerciseId::RollOutKneeling).dose;
    let rx = prescription(&[(ExerciseId::RollOutKneeling, dose)]);
    let mut history = History::default();
    for day in 0..6 {
        play(&mut history, &rx, day, Feedback::TooHard, 2);
    }
    let step = &plan_prescribed(&rx, ACCEPTED_MS, &history).steps[0];
    assert_eq!(step.planned.id, ExerciseId::RollOutKneeling);
    let Work::Reps { reps, .. } = step.planned.dose.work else {
        panic!("reps")
    };
    assert_eq!((step.planned.dose.sets, reps), (1, 8));
}

#[test]
fn pain_of_six_steps_a_prescribed_stretch_back_inside_its_bounds() {
    let rx = prescription(&[(ExerciseId::ChestStretch, hold(3, 45))]);
    let mut history = History::default();
    play(&mut history, &rx, 0, Feedback::JustRight, 6);
    assert_eq!(step_dose(&rx, &history, 0), hold(2, 45));
    play(&mut history, &rx, 1, Feedback::JustRight, 6);
    assert_eq!(step_dose(&rx, &history, 0), hold(2, 40));
    assert_eq!(
        reasons(&rx, &history, 0)[1],
        ExerciseReason::Progress(Rule::PainStepBack, Outcome::ShorterHold)
    );
}

#[test]
fn any_feedback_keeps_every_dose_inside_the_clinicians_bounds() {
    let kinds = [Feedback::TooEasy, Feedback::TooHard, Feedback::JustRight];
    for id in ExerciseId::ALL {
        let rx = prescription(&[(id, exercise(id).dose)]);
        for feedback in kinds {
            for pain in [0, 5, 8] {
                let mut history = History::default();
                for day in 0..12 {
                    play(&mut history, &rx, day, feedback, pain);
                    let step = &plan_prescribed(&rx, ACCEPTED_MS, &history).steps[0];
                    assert_eq!(step.planned.id, id);
                    let mut moved = rx.clone();
                    moved.exercises[0].dose = step.planned.dose;
                    assert_eq!(moved.validate(), Ok(()), "{id:?} {feedback:?} pain {pain}");
                }
            }
        }
    }
}

#[test]
fn a_new_prescription_replaces_the_routine_and_the_old_sessions_do_not_move_it() {
    let first = prescription(&[(ExerciseId::ProneSwimmers, swimmers(2, 10))]);
    let mut history = History::default();
    for day in 0..4 {
        play(&mut history, &first, day, Feedback::TooEasy, 1);
    }
    assert_eq!(step_dose(&first, &history, 0), swimmers(2, 14));
    let kept = history.clone();
    // A new link, accepted after those sessions, starts at its own dose.
    let second = prescription(&[
        (ExerciseId::ProneSwimmers, swimmers(2, 10)),
        (ExerciseId::ChestStretch, hold(2, 20)),
    ]);
    let later_ms = ACCEPTED_MS + 10 * DAY_MS;
    let routine = plan_prescribed(&second, later_ms, &history);
    assert_eq!(routine.steps[0].planned.dose, swimmers(2, 10));
    assert_eq!(
        routine.steps[0].planned.reasons,
        [ExerciseReason::Prescribed]
    );
    // Planning never touches the history: the sessions are all still there.
    assert_eq!(history, kept);
}

#[test]
fn the_accepted_prescription_round_trips_through_storage_and_is_checked_again() {
    let rx = prescription(&[(ExerciseId::ProneSwimmers, swimmers(2, 10))]);
    let accepted = Accepted {
        prescription: rx.clone(),
        accepted_ms: ACCEPTED_MS,
    };
    let text = accepted.encode();
    assert!(text.contains("\"link\":\"#rx=1."), "{text}");
    assert_eq!(Accepted::decode(&text), Ok(accepted));
    let tampered = text.replacen("#rx=1.", "#rx=1.A", 1);
    assert!(Accepted::decode(&tampered).is_err());
    assert_eq!(Accepted::decode("not json"), Err(LinkError::Malformed));
    assert_eq!(Accepted::decode(""), Err(LinkError::Malformed));
}

#[test]
fn a_fragment_offers_a_new_prescription_a_known_one_or_a_refusal() {
    let rx = prescription(&[(ExerciseId::ProneSwimmers, swimmers(2, 10))]);
    let link = encode(&rx);
    assert_eq!(offer("#section-2", None), None);
    assert_eq!(offer("", None), None);
    assert_eq!(offer(&link, None), Some(Offer::New(rx.clone())));
    let current = Accepted {
        prescription: rx.clone(),
        accepted_ms: ACCEPTED_MS,
    };
    assert_eq!(offer(&link, Some(&current)), Some(Offer::AlreadyAccepted));
    let other = prescription(&[(ExerciseId::ProneSwimmers, swimmers(3, 10))]);
    assert_eq!(
        offer(&encode(&other), Some(&current)),
        Some(Offer::New(other))
    );
    assert_eq!(
        offer("#rx=2.AAAA.AAAAAA", Some(&current)),
        Some(Offer::Refused(LinkError::UnknownVersion { got: 2 }))
    );
    assert_eq!(
        offer(&link[..link.len() - 3], None),
        Some(Offer::Refused(LinkError::Truncated))
    );
}

#[test]
fn the_form_adds_removes_and_sets_every_field() {
    let mut draft = blank();
    assert_eq!(draft.validate(), Err(PrescriptionError::EmptyRoutine));
    edit(&mut draft, Edit::ClinicName("Harbour Street Physio".into()));
    edit(&mut draft, Edit::Add(ExerciseId::ProneSwimmers));
    edit(&mut draft, Edit::Add(ExerciseId::ChestStretch));
    edit(&mut draft, Edit::Add(ExerciseId::ProneSwimmers)); // once only
    assert_eq!(draft.exercises.len(), 2);
    assert_eq!(draft.validate(), Ok(()));
    edit(
        &mut draft,
        Edit::Dose(ExerciseId::ProneSwimmers, DoseField::Reps, 12),
    );
    edit(
        &mut draft,
        Edit::Dose(ExerciseId::ChestStretch, DoseField::HoldS, 40),
    );
    edit(&mut draft, Edit::EachSide(ExerciseId::ChestStretch, true));
    edit(
        &mut draft,
        Edit::Note(ExerciseId::ChestStretch, "Keep the elbow low.".into()),
    );
    edit(&mut draft, Edit::Schedule(ScheduleField::Weeks, 8));
    edit(
        &mut draft,
        Edit::BookingUrl("https://clinic.example/book".into()),
    );
    assert_eq!(draft.validate(), Ok(()));
    assert_eq!(dose_value(&draft.exercises[0].dose, DoseField::Reps), 12);
    assert_eq!(dose_value(&draft.exercises[1].dose, DoseField::HoldS), 40);
    assert!(draft.exercises[1].dose.per_side);
    assert_eq!(
        draft.exercises[1].note.as_deref(),
        Some("Keep the elbow low.")
    );
    assert_eq!(draft.weeks, 8);
    edit(
        &mut draft,
        Edit::Note(ExerciseId::ChestStretch, String::new()),
    );
    edit(&mut draft, Edit::BookingUrl(String::new()));
    assert_eq!(draft.exercises[1].note, None);
    assert_eq!(draft.booking_url, None);
    edit(&mut draft, Edit::Remove(ExerciseId::ProneSwimmers));
    assert_eq!(draft.exercises.len(), 1);
    for id in ExerciseId::ALL {
        edit(&mut draft, Edit::Add(id));
    }
    assert_eq!(draft.exercises.len(), MAX_EXERCISES);
}

#[test]
fn every_problem_in_the_form_is_reported_beside_its_own_field() {
    let mut draft = blank();
    edit(&mut draft, Edit::Add(ExerciseId::ProneSwimmers));
    edit(
        &mut draft,
        Edit::Dose(ExerciseId::ProneSwimmers, DoseField::Reps, 400),
    );
    edit(
        &mut draft,
        Edit::Dose(ExerciseId::ProneSwimmers, DoseField::RestS, 91),
    );
    edit(
        &mut draft,
        Edit::Note(ExerciseId::ProneSwimmers, "<b>hi</b>".into()),
    );
    edit(
        &mut draft,
        Edit::Schedule(ScheduleField::SessionsPerWeek, 9),
    );
    edit(&mut draft, Edit::BookingUrl("javascript:alert(1)".into()));
    let at: Vec<ProblemAt> = draft.problems().into_iter().map(|p| p.field()).collect();
    assert_eq!(
        at,
        [
            ProblemAt::Schedule(ScheduleField::SessionsPerWeek),
            ProblemAt::ClinicName,
            ProblemAt::BookingUrl,
            ProblemAt::Dose(ExerciseId::ProneSwimmers, DoseField::Reps),
            ProblemAt::Dose(ExerciseId::ProneSwimmers, DoseField::RestS),
            ProblemAt::Note(ExerciseId::ProneSwimmers),
        ]
    );
    // 400 repetitions are kept as 255, and refused.
    assert!(draft
        .problems()
        .contains(&PrescriptionError::DoseOutOfBounds {
            exercise: ExerciseId::ProneSwimmers,
            field: DoseField::Reps,
            min: 8,
            max: 15,
            got: 255
        }));
}

#[test]
fn the_form_offers_each_exercises_own_fields_with_its_bounds() {
    for id in ExerciseId::ALL {
        let fields = dose_fields(id);
        let dose = exercise(id).dose;
        for (field, bound) in &fields {
            assert!(bound.min < bound.max, "{id:?} {field:?}");
            assert!(
                bound.contains(dose_value(&dose, *field)),
                "{id:?} {field:?}"
            );
        }
    }
    let heat: Vec<DoseField> = dose_fields(ExerciseId::MoistHeat)
        .into_iter()
        .map(|(f, _)| f)
        .collect();
    assert_eq!(heat, [DoseField::DurationS]);
}

fn exercise_ids() -> impl Strategy<Value = ExerciseId> {
    proptest::sample::select(ExerciseId::ALL.to_vec())
}

proptest! {
    #[test]
    fn any_value_typed_into_an_offered_field_reads_back_or_is_refused(
        id in exercise_ids(),
        pick in any::<prop::sample::Index>(),
        value in any::<u16>(),
    ) {
        let mut draft = blank();
        edit(&mut draft, Edit::ClinicName("Clinic".into()));
        edit(&mut draft, Edit::Add(id));
        let fields = dose_fields(id);
        let (field, bound) = fields[pick.index(fields.len())];
        edit(&mut draft, Edit::Dose(id, field, value));
        let read = dose_value(&draft.exercises[0].dose, field);
        if bound.contains(value) {
            prop_assert_eq!(read, value);
            prop_assert_eq!(draft.validate(), Ok(()));
        } else {
            prop_assert!(draft
                .problems()
                .iter()
                .any(|p| p.field() == ProblemAt::Dose(id, field)));
        }
    }

    #[test]
    fn any_valid_draft_makes_a_link_that_offers_it_back(
        ids in proptest::sample::subsequence(ExerciseId::ALL.to_vec(), 1..=MAX_EXERCISES),
        weeks in 1u16..=12,
        sessions in 1u16..=7,
    ) {
        let mut draft = blank();
        edit(&mut draft, Edit::ClinicName("Clinic".into()));
        for id in &ids {
            edit(&mut draft, Edit::Add(*id));
        }
        edit(&mut draft, Edit::Schedule(ScheduleField::Weeks, weeks));
        edit(&mut draft, Edit::Schedule(ScheduleField::SessionsPerWeek, sessions));
        prop_assert_eq!(draft.validate(), Ok(()));
        prop_assert_eq!(offer(&encode(&draft), None), Some(Offer::New(draft.clone())));
    }
}

#[test]
fn the_routine_plays_what_it_shows() {
    let rx = prescription(&[
        (ExerciseId::ChestStretch, hold(2, 30)),
        (ExerciseId::ProneSwimmers, swimmers(2, 10)),
    ]);
    let routine = plan_prescribed(&rx, ACCEPTED_MS, &History::default());
    assert_eq!(
        routine.exercises(),
        [
            DosedExercise {
                exercise_id: "chest-stretch".into(),
                dose: hold(2, 30)
            },
            DosedExercise {
                exercise_id: "prone-swimmers".into(),
                dose: swimmers(2, 10)
            },
        ]
    );
    let _ = prescribed::clinician_ranges(ExerciseId::ChestStretch);
}

#[test]
fn the_link_leads_to_the_page_it_was_made_on_without_the_clinician_mode() {
    use knot_coach::domain::prescribed::reader_address;
    assert_eq!(
        reader_address("https://clinic.example/coach/?mode=clinician"),
        "https://clinic.example/coach/"
    );
    assert_eq!(
        reader_address("https://clinic.example/?p=42&mode=clinician"),
        "https://clinic.example/?p=42"
    );
    assert_eq!(
        reader_address("https://clinic.example/post?p=42#rx=1.old.sum"),
        "https://clinic.example/post?p=42"
    );
    assert_eq!(
        reader_address("http://127.0.0.1:8080/"),
        "http://127.0.0.1:8080/"
    );
    assert_eq!(
        reader_address("https://clinic.example/?"),
        "https://clinic.example/"
    );
}

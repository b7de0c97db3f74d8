//! The planner: fits the reader's time and equipment, respects every caution, leans on
//! strength when relief did not last, applies progression, and explains every choice.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::collections::BTreeMap;

use knot_coach::domain::catalog::{exercise, Effect, Equipment, ExerciseId, Purpose, When};
use knot_coach::domain::dose::{Dose, Tempo, Work};
use knot_coach::domain::history::{Feedback, History, PainRating, SessionRecord};
use knot_coach::domain::plan::{
    estimate_s, owned_equipment, plan, session_minutes, BlockOrder, Routine, DEFAULT_MINUTES,
    GET_READY_S, SWITCH_SIDES_S,
};
use knot_coach::domain::questionnaire::{Answer, Answers, QuestionId, NONE_ID, NOT_TRIED};
use knot_coach::domain::questionnaire::{Method, MethodOutcome};
use knot_coach::domain::triage::{self, Caution};
use knot_coach::text::{self, Lang};
use proptest::prelude::*;

/// Why an exercise is in the routine, as an English reader reads it.
fn reason_en(planned: &knot_coach::domain::plan::PlannedExercise) -> String {
    text::exercise_reasons(Lang::En, &planned.reasons)
}

/// A reason about the whole routine, in English.
fn en(reason: &knot_coach::domain::plan::Reason) -> String {
    text::routine_reason(Lang::En, &reason.why)
}

const MINUTES: [&str; 4] = ["5", "10", "15", "20"];
const AGES: [&str; 2] = ["20-49", "65-plus"];
const OUTCOMES: [&str; 4] = [NOT_TRIED, "helped", "briefly", "no-help"];
const LOCATIONS: [&str; 4] = [
    "between-shoulder-blades",
    "top-of-shoulder",
    "shoulder-blade",
    "beside-spine",
];
const KNOWN_SOURCES: [&str; 10] = ["S0", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "R5", "R6"];

/// A reader who may go ahead: no red flags, the given routine answers.
#[derive(Clone, Debug)]
struct Reader {
    minutes: &'static str,
    kit: Vec<Equipment>,
    age: &'static str,
    duration: &'static str,
    location: &'static str,
    stretching: &'static str,
    massage: &'static str,
    heat: &'static str,
    exercise: &'static str,
    sitting_hours: u32,
}

impl Default for Reader {
    fn default() -> Self {
        Self {
            minutes: "10",
            kit: vec![],
            age: "20-49",
            duration: "months",
            location: "between-shoulder-blades",
            stretching: NOT_TRIED,
            massage: NOT_TRIED,
            heat: NOT_TRIED,
            exercise: NOT_TRIED,
            sitting_hours: 4,
        }
    }
}

impl Reader {
    fn answers(&self) -> Answers {
        let mut a = Answers::default();
        let none = || Answer::Multiple(vec![NONE_ID.into()]);
        a.set(QuestionId::EmergencySigns, none());
        a.set(
            QuestionId::KnotLocation,
            Answer::Single(self.location.into()),
        );
        a.set(QuestionId::Duration, Answer::Single(self.duration.into()));
        a.set(QuestionId::AgeBand, Answer::Single(self.age.into()));
        a.set(QuestionId::WarningSigns, none());
        a.set(QuestionId::HealthHistory, none());
        let tried: BTreeMap<String, String> = [
            ("stretching", self.stretching),
            ("massage", self.massage),
            ("heat", self.heat),
            ("exercise", self.exercise),
        ]
        .into_iter()
        .map(|(m, o)| (m.to_owned(), o.to_owned()))
        .collect();
        a.set(QuestionId::Tried, Answer::Outcomes(tried));
        a.set(QuestionId::SittingHours, Answer::Number(self.sitting_hours));
        let kit: Vec<String> = if self.kit.is_empty() {
            vec![NONE_ID.into()]
        } else {
            self.kit.iter().map(|e| e.as_str().to_owned()).collect()
        };
        a.set(QuestionId::Equipment, Answer::Multiple(kit));
        a.set(
            QuestionId::SessionMinutes,
            Answer::Single(self.minutes.into()),
        );
        a
    }

    fn plan(&self) -> Routine {
        plan(&self.answers(), &History::default())
    }
}

fn kit_from(bits: u8) -> Vec<Equipment> {
    Equipment::ALL
        .into_iter()
        .enumerate()
        .filter(|(i, _)| bits & (1 << i) != 0)
        .map(|(_, e)| e)
        .collect()
}

/// Every session time with every equipment subset that lacks a foam roller.
fn times_and_kits_without_a_roller() -> impl Iterator<Item = (&'static str, Vec<Equipment>)> {
    MINUTES.into_iter().flat_map(|minutes| {
        (0u8..32)
            .map(kit_from)
            .filter(|kit| !kit.contains(&Equipment::FoamRoller))
            .map(move |kit| (minutes, kit))
    })
}

fn ids(routine: &Routine) -> Vec<ExerciseId> {
    routine.planned().iter().map(|p| p.id).collect()
}

fn within_ten_percent(routine: &Routine) -> bool {
    let target = routine.target_s;
    routine.total_s * 10 >= target * 9 && routine.total_s * 10 <= target * 11
}

/// Every reader the routine questions can describe, minus the wording-only answers.
fn every_reader() -> impl Iterator<Item = Reader> {
    MINUTES.into_iter().flat_map(|minutes| {
        (0u8..32).flat_map(move |bits| {
            AGES.into_iter().flat_map(move |age| {
                OUTCOMES.into_iter().flat_map(move |relief| {
                    [NOT_TRIED, "helped", "no-help"]
                        .into_iter()
                        .map(move |heat| Reader {
                            minutes,
                            kit: kit_from(bits),
                            age,
                            stretching: relief,
                            massage: if relief == "helped" {
                                "no-help"
                            } else {
                                NOT_TRIED
                            },
                            heat,
                            ..Reader::default()
                        })
                })
            })
        })
    })
}

#[test]
fn the_time_estimate_counts_get_ready_switching_sides_and_rests() {
    let dose = Dose {
        sets: 3,
        work: Work::Hold { hold_s: 20 },
        per_side: true,
        rest_s: 10,
    };
    assert_eq!(GET_READY_S, 5);
    assert_eq!(SWITCH_SIDES_S, 5);
    // The seated turn starts on a chair: 5 s to get ready.
    assert_eq!(
        estimate_s(ExerciseId::SeatedRotationStretch, &dose),
        5 + 3 * 2 * 20 + 2 * 10 + 3 * 5
    );
    // Prone swimmers start lying face down: 15 s to get ready.
    let swimmers = exercise(ExerciseId::ProneSwimmers).dose;
    assert_eq!(
        estimate_s(ExerciseId::ProneSwimmers, &swimmers),
        15 + 3 * 60 + 2 * 30
    );
}

#[test]
fn fits_the_time_chosen_within_ten_percent_for_every_time_and_equipment_subset() {
    let mut checked = 0;
    for reader in every_reader() {
        let routine = reader.plan();
        assert_eq!(
            routine.target_s,
            reader.minutes.parse::<u32>().unwrap() * 60
        );
        assert!(
            within_ten_percent(&routine),
            "{reader:?}: {} s for {} s",
            routine.total_s,
            routine.target_s
        );
        let sum: u32 = routine.planned().iter().map(|p| p.estimate_s).sum();
        assert_eq!(routine.total_s, sum);
        for planned in routine.planned() {
            assert_eq!(planned.estimate_s, estimate_s(planned.id, &planned.dose));
        }
        checked += 1;
    }
    assert_eq!(checked, 4 * 32 * 2 * 4 * 3);
}

#[test]
fn fits_the_time_for_every_knot_location() {
    for location in LOCATIONS {
        for minutes in MINUTES {
            let reader = Reader {
                location,
                minutes,
                kit: Equipment::ALL.to_vec(),
                ..Reader::default()
            };
            assert!(within_ten_percent(&reader.plan()), "{reader:?}");
        }
    }
}

#[test]
fn never_uses_equipment_the_reader_lacks() {
    for reader in every_reader() {
        let routine = reader.plan();
        for planned in routine.planned() {
            assert!(
                exercise(planned.id).is_possible_with(&reader.kit),
                "{reader:?} got {}",
                planned.id.as_str()
            );
            assert!(planned.uses.iter().all(|item| reader.kit.contains(item)));
        }
    }
}

#[test]
fn every_routine_has_relief_and_strength_in_separate_blocks() {
    for reader in every_reader() {
        let routine = reader.plan();
        assert!(!routine.relief.is_empty(), "{reader:?}");
        assert!(!routine.strength.is_empty(), "{reader:?}");
        assert!(routine
            .relief
            .iter()
            .all(|p| exercise(p.id).purpose == Purpose::Relief));
        assert!(routine
            .strength
            .iter()
            .all(|p| exercise(p.id).purpose == Purpose::Strength));
        let played = ids(&routine);
        let mut unique = played.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), played.len(), "no exercise twice");
    }
}

#[test]
fn strength_comes_first_and_takes_more_time_when_stretching_or_massage_did_not_last() {
    for outcome in ["briefly", "no-help"] {
        for (stretching, massage) in [(outcome, NOT_TRIED), (NOT_TRIED, outcome)] {
            for minutes in MINUTES {
                for bits in 0u8..32 {
                    for age in AGES {
                        let reader = Reader {
                            minutes,
                            kit: kit_from(bits),
                            age,
                            stretching,
                            massage,
                            ..Reader::default()
                        };
                        let routine = reader.plan();
                        assert_eq!(routine.order, BlockOrder::StrengthFirst);
                        assert!(
                            routine.strength_s() > routine.relief_s(),
                            "{reader:?}: strength {} s, relief {} s",
                            routine.strength_s(),
                            routine.relief_s()
                        );
                        let first = routine.planned()[0].id;
                        assert_eq!(exercise(first).purpose, Purpose::Strength);
                        assert!(routine.reasons[0].sources.contains(&"S2"));
                    }
                }
            }
        }
    }
}

#[test]
fn relief_comes_first_when_it_helped_or_was_not_tried() {
    for outcome in [NOT_TRIED, "helped"] {
        let reader = Reader {
            stretching: outcome,
            massage: outcome,
            ..Reader::default()
        };
        let routine = reader.plan();
        assert_eq!(routine.order, BlockOrder::ReliefFirst);
        assert_eq!(exercise(routine.planned()[0].id).purpose, Purpose::Relief);
        assert!(routine.reasons[0].sources.contains(&"S1"));
    }
}

#[test]
fn the_s2_roll_out_leads_when_relief_did_not_last() {
    let with_roller = Reader {
        stretching: "no-help",
        kit: vec![Equipment::FoamRoller],
        minutes: "5",
        ..Reader::default()
    };
    assert!(ids(&with_roller.plan()).contains(&ExerciseId::RollOutKneeling));
    let without = Reader {
        kit: vec![],
        ..with_roller
    };
    assert!(ids(&without.plan()).contains(&ExerciseId::RollOutFloor));
}

#[test]
fn no_roller_means_the_floor_roll_out_and_the_seated_turn() {
    for (minutes, kit) in times_and_kits_without_a_roller() {
        let reader = Reader {
            minutes,
            kit,
            stretching: "no-help",
            ..Reader::default()
        };
        let routine = reader.plan();
        let planned = ids(&routine);
        assert!(planned.contains(&ExerciseId::RollOutFloor), "{reader:?}");
        for roller_only in [
            ExerciseId::RollOutKneeling,
            ExerciseId::RollOutWall,
            ExerciseId::RollerThoracicExtension,
        ] {
            assert!(!planned.contains(&roller_only));
        }
        let floor = routine
            .planned()
            .into_iter()
            .find(|p| p.id == ExerciseId::RollOutFloor)
            .unwrap();
        assert!(reason_en(floor).contains("no foam roller"));
        if minutes != "5" {
            assert!(
                planned.contains(&ExerciseId::SeatedRotationStretch),
                "{reader:?}"
            );
        }
    }
}

#[test]
fn with_a_roller_the_kneeling_roll_out_and_the_roller_stretch_are_used() {
    let reader = Reader {
        kit: vec![Equipment::FoamRoller],
        minutes: "15",
        ..Reader::default()
    };
    let planned = ids(&reader.plan());
    assert!(planned.contains(&ExerciseId::RollOutKneeling));
    assert!(planned.contains(&ExerciseId::RollerThoracicExtension));
    assert!(!planned.contains(&ExerciseId::RollOutFloor));
}

#[test]
fn older_adults_with_a_roller_and_a_wall_start_standing_at_the_wall() {
    let reader = Reader {
        kit: vec![Equipment::FoamRoller, Equipment::Wall],
        age: "65-plus",
        minutes: "15",
        ..Reader::default()
    };
    let planned = ids(&reader.plan());
    assert!(planned.contains(&ExerciseId::RollOutWall));
    assert!(!planned.contains(&ExerciseId::RollOutKneeling));
}

#[test]
fn rows_use_a_band_or_a_water_bottle_when_there_are_no_dumbbells() {
    let reader = Reader {
        kit: vec![Equipment::Band],
        minutes: "20",
        ..Reader::default()
    };
    let routine = reader.plan();
    let rows = routine
        .planned()
        .into_iter()
        .find(|p| p.id == ExerciseId::BentOverRow)
        .expect("rows fit in 20 minutes");
    assert_eq!(rows.uses, [Equipment::Band]);
    assert!(reason_en(rows).contains("band"));
    assert!(reason_en(rows).contains("water bottle"));
    assert!(routine
        .reasons
        .iter()
        .any(|r| en(r).contains("no dumbbells") && en(r).contains("band")));

    let with_dumbbells = Reader {
        kit: vec![Equipment::Dumbbells, Equipment::Band],
        ..reader
    };
    let rows = with_dumbbells
        .plan()
        .planned()
        .into_iter()
        .find(|p| p.id == ExerciseId::BentOverRow)
        .cloned()
        .unwrap();
    assert_eq!(rows.uses, [Equipment::Dumbbells]);
}

#[test]
fn no_ball_or_no_wall_means_no_ball_massage() {
    for kit in [
        vec![Equipment::Ball],
        vec![Equipment::Wall],
        vec![Equipment::Band, Equipment::FoamRoller],
    ] {
        for minutes in MINUTES {
            let reader = Reader {
                kit: kit.clone(),
                minutes,
                ..Reader::default()
            };
            let routine = reader.plan();
            assert!(!ids(&routine).contains(&ExerciseId::WallBallMassage));
            assert!(routine
                .reasons
                .iter()
                .any(|r| en(r).contains("Ball massage")));
        }
    }
    let reader = Reader {
        kit: vec![Equipment::Ball, Equipment::Wall],
        ..Reader::default()
    };
    assert!(ids(&reader.plan()).contains(&ExerciseId::WallBallMassage));
}

#[test]
fn a_reader_with_no_equipment_still_gets_a_useful_routine() {
    let reader = Reader {
        minutes: "20",
        ..Reader::default()
    };
    let routine = reader.plan();
    let planned = ids(&routine);
    for id in [
        ExerciseId::ChestStretch,
        ExerciseId::SeatedRotationStretch,
        ExerciseId::ShoulderBladeSqueeze,
        ExerciseId::ProneSwimmers,
        ExerciseId::RollOutFloor,
        ExerciseId::MoistHeat,
    ] {
        assert!(planned.contains(&id), "{} missing", id.as_str());
    }
    assert!(routine.planned().iter().all(|p| p.uses.is_empty()));
    let heat = routine
        .planned()
        .into_iter()
        .find(|p| p.id == ExerciseId::MoistHeat)
        .unwrap();
    assert!(reason_en(heat).contains("towel") && reason_en(heat).contains("shower"));
}

#[test]
fn older_adults_hold_every_stretch_thirty_to_sixty_seconds() {
    for reader in every_reader() {
        let routine = reader.plan();
        for planned in routine.planned() {
            if let Work::Hold { hold_s } = planned.dose.work {
                let range = if reader.age == "65-plus" {
                    30..=60
                } else {
                    10..=30
                };
                assert!(range.contains(&hold_s), "{reader:?}: {hold_s} s");
                assert!((2..=4).contains(&planned.dose.sets));
            }
            if let Work::Compression { hold_s, .. } = planned.dose.work {
                assert!((15..=30).contains(&hold_s));
            }
        }
        if reader.age == "65-plus" {
            assert!(routine
                .reasons
                .iter()
                .any(|r| r.sources.contains(&"R5") && en(r).contains("30 to 60 seconds")));
        }
    }
}

#[test]
fn strength_doses_stay_within_the_sources_ranges() {
    for reader in every_reader() {
        for planned in reader.plan().strength {
            let Work::Reps { reps, .. } = planned.dose.work else {
                panic!("strength in reps");
            };
            assert!((8..=15).contains(&reps));
            assert!((1..=3).contains(&planned.dose.sets));
        }
    }
}

#[test]
fn heat_that_helped_is_kept_and_heat_that_did_not_is_left_out() {
    for minutes in MINUTES {
        let helped = Reader {
            heat: "helped",
            minutes,
            ..Reader::default()
        };
        let routine = helped.plan();
        assert!(
            ids(&routine).contains(&ExerciseId::MoistHeat),
            "{minutes} min"
        );
        let no_help = Reader {
            heat: "no-help",
            minutes,
            ..Reader::default()
        };
        let routine = no_help.plan();
        assert!(!ids(&routine).contains(&ExerciseId::MoistHeat));
        assert!(routine
            .reasons
            .iter()
            .any(|r| en(r).contains("Heat did not help")));
    }
}

#[test]
fn long_standing_knots_are_told_to_review_after_three_to_four_weeks() {
    let reader = Reader {
        duration: "months",
        ..Reader::default()
    };
    let routine = reader.plan();
    assert!(routine
        .reasons
        .iter()
        .any(|r| en(r).contains("3 to 4 weeks") && en(r).contains("doctor or physiotherapist")));
    let recent = Reader {
        duration: "weeks",
        ..Reader::default()
    };
    assert!(!recent
        .plan()
        .reasons
        .iter()
        .any(|r| en(r).contains("three months or more")));
}

#[test]
fn long_sitting_days_bring_a_reminder_to_move() {
    let sitter = Reader {
        sitting_hours: 9,
        ..Reader::default()
    };
    assert!(sitter
        .plan()
        .reasons
        .iter()
        .any(|r| en(r).contains("9 hours") && r.sources.contains(&"S0")));
    let mover = Reader {
        sitting_hours: 2,
        ..Reader::default()
    };
    assert!(!mover
        .plan()
        .reasons
        .iter()
        .any(|r| en(r).contains("hours a day")));
}

#[test]
fn the_schedule_is_three_to_four_sessions_a_week_for_three_to_four_weeks() {
    let routine = Reader::default().plan();
    let s = &routine.schedule;
    assert_eq!(
        (
            s.sessions_per_week_min,
            s.sessions_per_week_max,
            s.weeks_min,
            s.weeks_max
        ),
        (3, 4, 3, 4)
    );
    assert!(s.sources.contains(&"S2"));
    assert!(routine
        .reasons
        .iter()
        .any(|r| en(r).contains("3 to 4 times a week") && r.sources.contains(&"S2")));
}

#[test]
fn every_choice_has_a_reason_with_known_sources() {
    for reader in every_reader() {
        let routine = reader.plan();
        for planned in routine.planned() {
            assert!(!reason_en(planned).trim().is_empty());
            assert!(!planned.sources.is_empty());
            assert!(planned.sources.iter().all(|s| KNOWN_SOURCES.contains(s)));
            for source in exercise(planned.id).sources {
                assert!(planned.sources.contains(source));
            }
        }
        assert!(routine.reasons.iter().any(|r| r.sources.contains(&"R6")));
        for reason in &routine.reasons {
            assert!(!en(reason).trim().is_empty());
            assert!(reason.sources.iter().all(|s| KNOWN_SOURCES.contains(s)));
        }
    }
}

#[test]
fn the_player_gets_the_exercises_in_play_order() {
    let reader = Reader {
        stretching: "no-help",
        ..Reader::default()
    };
    let routine = reader.plan();
    let played: Vec<String> = routine
        .exercises()
        .into_iter()
        .map(|e| e.exercise_id)
        .collect();
    let expected: Vec<String> = routine
        .strength
        .iter()
        .chain(routine.relief.iter())
        .map(|p| p.id.as_str().to_owned())
        .collect();
    assert_eq!(played, expected);
    let first = &routine.exercises()[0];
    assert_eq!(first.exercise_id, routine.strength[0].id.as_str());
    assert_eq!(first.dose, routine.strength[0].dose);
}

#[test]
fn unanswered_time_and_equipment_fall_back_to_ten_minutes_and_nothing() {
    let answers = Answers::default();
    assert_eq!(session_minutes(&answers), DEFAULT_MINUTES);
    assert!(owned_equipment(&answers).is_empty());
    let routine = plan(&answers, &History::default());
    assert_eq!(routine.target_s, DEFAULT_MINUTES * 60);
    assert!(within_ten_percent(&routine));
}

#[test]
fn the_same_answers_and_history_always_give_the_same_routine() {
    for reader in every_reader().step_by(7) {
        assert_eq!(reader.plan(), reader.plan());
    }
}

/// Plays `routine` once with the same feedback on every exercise.
fn play(
    history: &mut History,
    routine: &Routine,
    feedback: Option<Feedback>,
    pain_after: Option<u8>,
    finished: bool,
) {
    let n = history.sessions.len() as u64;
    let exercises = routine.exercises();
    history.record(SessionRecord {
        id: format!("s{n}"),
        started_ms: n * 172_800_000,
        ended_ms: n * 172_800_000 + u64::from(routine.total_s) * 1000,
        completed: if finished {
            exercises.iter().map(|e| e.exercise_id.clone()).collect()
        } else {
            vec![]
        },
        feedback: feedback
            .map(|f| {
                exercises
                    .iter()
                    .map(|e| (e.exercise_id.clone(), f))
                    .collect()
            })
            .unwrap_or_default(),
        routine: exercises,
        pain_before: None,
        pain_after: pain_after.map(|p| PainRating::new(p).unwrap()),
        utc_offset_min: None,
    });
}

fn dose_of(routine: &Routine, id: ExerciseId) -> Dose {
    routine
        .planned()
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
        .dose
}

#[test]
fn feedback_from_past_sessions_moves_the_planned_dose() {
    let reader = Reader {
        minutes: "15",
        ..Reader::default()
    };
    let answers = reader.answers();
    let mut history = History::default();
    let first = plan(&answers, &history);
    play(&mut history, &first, Some(Feedback::TooEasy), Some(1), true);
    let second = plan(&answers, &history);
    assert_eq!(
        dose_of(&second, ExerciseId::ProneSwimmers).work,
        Work::Reps {
            reps: 11,
            tempo: Tempo {
                up_s: 3,
                hold_s: 0,
                down_s: 3
            }
        }
    );
    let swimmers = second
        .planned()
        .into_iter()
        .find(|p| p.id == ExerciseId::ProneSwimmers)
        .unwrap()
        .clone();
    assert!(reason_en(&swimmers).contains("too easy"));
    assert!(swimmers.sources.contains(&"R5"));
    assert!(within_ten_percent(&second));
}

#[test]
fn pain_of_six_or_more_after_the_last_session_steps_everything_back() {
    let reader = Reader {
        minutes: "15",
        ..Reader::default()
    };
    let answers = reader.answers();
    let mut history = History::default();
    let first = plan(&answers, &history);
    play(
        &mut history,
        &first,
        Some(Feedback::JustRight),
        Some(7),
        true,
    );
    let next = plan(&answers, &history);
    assert!(next.reasons.iter().any(
        |r| r.sources.contains(&"R6") && en(r).contains("6 or more out of 10 after your last")
    ));
    // Strength work steps back by a repetition first (S1: fewer reps if too hard).
    let reps = |dose: Dose| match dose.work {
        Work::Reps { reps, .. } => reps,
        other => panic!("reps expected, got {other:?}"),
    };
    let swimmers = dose_of(&next, ExerciseId::ProneSwimmers);
    assert_eq!(
        reps(swimmers),
        reps(dose_of(&first, ExerciseId::ProneSwimmers)) - 1
    );
    assert!(next.total_s <= next.target_s * 11 / 10);
}

fn feedback_from(code: u8) -> Option<Feedback> {
    match code % 4 {
        0 => None,
        1 => Some(Feedback::TooEasy),
        2 => Some(Feedback::JustRight),
        _ => Some(Feedback::TooHard),
    }
}

fn reader_strategy() -> impl Strategy<Value = Reader> {
    (
        0usize..4,
        0u8..32,
        0usize..2,
        (0usize..4, 0usize..4, 0usize..4, 0usize..4),
        0usize..4,
        0usize..3,
        0u32..=24,
    )
        .prop_map(
            |(minutes, bits, age, (st, ma, he, ex), location, duration, hours)| Reader {
                minutes: MINUTES[minutes],
                kit: kit_from(bits),
                age: AGES[age],
                duration: ["days", "weeks", "months"][duration],
                location: LOCATIONS[location],
                stretching: OUTCOMES[st],
                massage: OUTCOMES[ma],
                heat: OUTCOMES[he],
                exercise: OUTCOMES[ex],
                sitting_hours: hours,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_reader_gets_a_routine_within_ten_percent_of_their_time(reader in reader_strategy()) {
        let routine = reader.plan();
        prop_assert!(within_ten_percent(&routine), "{} s for {} s", routine.total_s, routine.target_s);
        for planned in routine.planned() {
            prop_assert!(exercise(planned.id).is_possible_with(&reader.kit));
        }
        prop_assert_eq!(reader.plan(), routine);
    }

    #[test]
    fn the_time_budget_is_never_exceeded_by_more_than_ten_percent_whatever_the_history(
        reader in reader_strategy(),
        sessions in prop::collection::vec((0u8..4, prop::option::of(0u8..=10), any::<bool>()), 0..25),
    ) {
        let answers = reader.answers();
        let mut history = History::default();
        for (code, pain, finished) in sessions {
            let routine = plan(&answers, &history);
            prop_assert!(routine.total_s <= routine.target_s * 11 / 10);
            for planned in routine.planned() {
                prop_assert!(exercise(planned.id).is_possible_with(&reader.kit));
                if let Work::Compression { hold_s, .. } = planned.dose.work {
                    prop_assert!(hold_s <= 30);
                }
            }
            play(&mut history, &routine, feedback_from(code), pain, finished);
        }
        let routine = plan(&answers, &history);
        prop_assert!(routine.total_s <= routine.target_s * 11 / 10);
        prop_assert_eq!(plan(&answers, &history), routine);
    }

    #[test]
    fn progress_that_only_goes_up_still_fits_within_ten_percent(
        reader in reader_strategy(),
        sessions in prop::collection::vec(1u8..3, 0..25),
    ) {
        let answers = reader.answers();
        let mut history = History::default();
        for code in sessions {
            let routine = plan(&answers, &history);
            prop_assert!(within_ten_percent(&routine), "{} s for {} s", routine.total_s, routine.target_s);
            play(&mut history, &routine, feedback_from(code), Some(2), true);
        }
        prop_assert!(within_ten_percent(&plan(&answers, &history)));
    }
}

#[test]
fn the_planned_length_is_exactly_what_the_session_player_will_take() {
    use knot_coach::domain::session::routine_estimate_ms;
    for minutes in ["5", "10", "15", "20"] {
        let mut answers = knot_coach::domain::questionnaire::Answers::default();
        answers.set(
            knot_coach::domain::questionnaire::QuestionId::SessionMinutes,
            knot_coach::domain::questionnaire::Answer::Single(minutes.into()),
        );
        let routine = plan(&answers, &Default::default());
        assert_eq!(
            u64::from(routine.total_s) * 1000,
            routine_estimate_ms(&routine.exercises()),
            "{minutes} minutes"
        );
    }
}

#[test]
fn an_exercise_shows_exactly_the_cautions_that_apply_to_this_reader() {
    for reader in every_reader() {
        let routine = reader.plan();
        let triaged = triage::cautions(&reader.answers());
        let holds = |when: When| match when {
            When::Triage(caution) => triaged.contains(&caution),
            When::Lacks(item) => !reader.kit.contains(&item),
            When::Tried { method, outcome } => match method {
                Method::Stretching => reader.stretching == outcome.as_str(),
                Method::Massage => reader.massage == outcome.as_str(),
                Method::Heat => reader.heat == outcome.as_str(),
                Method::Exercise => reader.exercise == outcome.as_str(),
            },
        };
        for planned in routine.planned() {
            let expected: Vec<_> = exercise(planned.id)
                .cautions
                .iter()
                .filter(|c| c.effect == Effect::Adapts && holds(c.when))
                .copied()
                .collect();
            assert_eq!(
                planned.cautions, expected,
                "{:?} for {reader:?}",
                planned.id
            );
        }
    }
}

#[test]
fn older_readers_and_readers_whose_massage_did_not_help_are_told_how_their_exercises_change() {
    let older = Reader {
        age: "65-plus",
        ..Reader::default()
    }
    .plan();
    let stretch = older
        .planned()
        .into_iter()
        .find(|p| matches!(p.dose.work, Work::Hold { .. }))
        .expect("a stretch");
    assert!(stretch
        .cautions
        .iter()
        .any(|c| c.when == When::Triage(Caution::OlderAdult)));
    let younger = Reader::default().plan();
    assert!(younger.planned().iter().all(|p| p
        .cautions
        .iter()
        .all(|c| c.when != When::Triage(Caution::OlderAdult))));

    let massage_failed = Reader {
        minutes: "20",
        kit: vec![Equipment::Ball, Equipment::Wall],
        massage: "no-help",
        ..Reader::default()
    }
    .plan();
    let ball = massage_failed
        .planned()
        .into_iter()
        .find(|p| p.id == ExerciseId::WallBallMassage)
        .expect("20 minutes leave time for the ball massage");
    assert!(ball.cautions.iter().any(|c| matches!(
        c.when,
        When::Tried {
            method: Method::Massage,
            outcome: MethodOutcome::NoHelp
        }
    )));
}

#[test]
fn the_seated_turn_is_named_as_a_stand_in_only_when_it_is_in_the_routine() {
    for (minutes, kit) in times_and_kits_without_a_roller() {
        let routine = Reader {
            minutes,
            kit,
            ..Reader::default()
        }
        .plan();
        let named = routine
            .reasons
            .iter()
            .any(|r| en(r).contains("seated mid-back turn"));
        assert_eq!(
            named,
            ids(&routine).contains(&ExerciseId::SeatedRotationStretch)
        );
    }
}

#[test]
fn pain_of_four_or_five_after_the_last_session_eases_everything_off_and_says_so() {
    let reader = Reader {
        minutes: "15",
        ..Reader::default()
    };
    let answers = reader.answers();
    let mut history = History::default();
    let first = plan(&answers, &history);
    play(&mut history, &first, Some(Feedback::TooEasy), Some(5), true);
    let next = plan(&answers, &history);
    assert!(next
        .reasons
        .iter()
        .any(|r| r.sources.contains(&"R6")
            && en(r).contains("4 or 5 out of 10 after your last session")));
    assert!(!next
        .reasons
        .iter()
        .any(|r| en(r).contains("6 or more out of 10 after your last")));
    let reps = |dose: Dose| match dose.work {
        Work::Reps { reps, .. } => reps,
        other => panic!("reps expected, got {other:?}"),
    };
    assert_eq!(
        reps(dose_of(&next, ExerciseId::ProneSwimmers)),
        reps(dose_of(&first, ExerciseId::ProneSwimmers)) - 1,
        "too easy does not outweigh pain of 5"
    );
}

#[test]
fn the_planner_and_the_player_agree_on_floor_get_ready() {
    use knot_coach::domain::session::{routine_estimate_ms, timeline, PhaseKind};
    let mut floor_routines = 0;
    for reader in every_reader() {
        let routine = reader.plan();
        let exercises = routine.exercises();
        assert_eq!(
            u64::from(routine.total_s) * 1_000,
            routine_estimate_ms(&exercises),
            "{reader:?}"
        );
        // Exercise by exercise, the planner's estimate is what the player's phases take,
        // and the player's get-ready is the exercise's own.
        let timeline = timeline(&exercises);
        for (index, planned) in routine.planned().into_iter().enumerate() {
            let own: Vec<_> = timeline
                .phases()
                .iter()
                .filter(|p| p.exercise_index == index && p.kind != PhaseKind::Done)
                .collect();
            let (first, last) = (own[0], own[own.len() - 1]);
            assert_eq!(first.kind, PhaseKind::GetReady);
            assert_eq!(
                first.duration_ms,
                u64::from(planned.id.get_ready_s()) * 1_000
            );
            assert_eq!(
                last.end_ms() - first.start_ms,
                u64::from(planned.estimate_s) * 1_000,
                "{:?} for {reader:?}",
                planned.id
            );
        }
        let on_floor = routine.planned().iter().any(|p| p.id.starts_on_floor());
        let time_reason = routine
            .reasons
            .iter()
            .find(|r| en(r).starts_with("Planned to take about"));
        if let Some(reason) = time_reason {
            assert_eq!(
                en(reason).contains("(15 for those on the floor)"),
                on_floor,
                "{reader:?}"
            );
        }
        if on_floor {
            floor_routines += 1;
        }
    }
    // Prone swimmers lead the strength block for most readers, so most routines have one.
    assert!(floor_routines > 0);
}

#[test]
fn a_five_minute_routine_with_prone_swimmers_still_fits() {
    let routine = Reader {
        minutes: "5",
        ..Reader::default()
    }
    .plan();
    assert!(ids(&routine).contains(&ExerciseId::ProneSwimmers));
    assert!(within_ten_percent(&routine), "{} s", routine.total_s);
    assert!(routine
        .reasons
        .iter()
        .any(|r| en(r).contains("a few seconds to get ready before each exercise (15 for those on the floor) and to switch sides")));
}

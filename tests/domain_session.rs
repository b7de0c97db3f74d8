//! The guided session player on a fake clock: timeline, pauses, skips, hidden-tab jumps,
//! cues and saving.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::cues::{self, Cue, CueKind, Pitch};
use knot_coach::domain::dose::{Dose, DosedExercise, Tempo, Work};
use knot_coach::domain::session::{
    clock_ms, estimate_ms, get_ready_ms, routine_estimate_ms, timeline, Event, NextUp, PhaseKind,
    Session, SessionView, Side, Status, FLOOR_GET_READY_MS, GET_READY_MS,
    REST_BETWEEN_EXERCISES_MS, SWITCH_SIDES_MS,
};
use knot_coach::text::{self, Lang};
use proptest::prelude::*;

/// The announcement as an English reader hears it.
fn announcement(view: &SessionView) -> String {
    text::announcement(Lang::En, &cues::announcement(view))
}

/// The current exercise's name in English.
fn name(view: &SessionView) -> String {
    text::exercise_name(Lang::En, &view.exercise_id)
}

/// The "next" preview's text in English.
fn next_text(next: &NextUp) -> String {
    text::upcoming(Lang::En, &next.upcoming)
}

/// The words before the "next" preview in English.
fn next_label(next: &NextUp) -> String {
    text::next_label(Lang::En, next.label)
}

const S1_TEMPO: Tempo = Tempo {
    up_s: 3,
    hold_s: 0,
    down_s: 3,
};

/// An arbitrary clock reading at which the reader pressed Start.
const T0: u64 = 12_345;

/// An exercise by catalog id; `_name` is how the reader sees it in English, for reading.
fn exercise(id: &str, _name: &str, dose: Dose) -> DosedExercise {
    DosedExercise {
        exercise_id: id.into(),
        dose,
    }
}

fn chest_stretch() -> DosedExercise {
    exercise(
        "chest-stretch",
        "Doorway chest stretch",
        Dose {
            sets: 2,
            work: Work::Hold { hold_s: 30 },
            per_side: true,
            rest_s: 15,
        },
    )
}

fn prone_swimmers() -> DosedExercise {
    exercise(
        "prone-swimmers",
        "Prone swimmers",
        Dose {
            sets: 3,
            work: Work::Reps {
                reps: 10,
                tempo: S1_TEMPO,
            },
            per_side: false,
            rest_s: 30,
        },
    )
}

fn ball_massage() -> DosedExercise {
    exercise(
        "wall-ball-massage",
        "Ball massage against a wall",
        Dose {
            sets: 1,
            work: Work::Compression {
                spots: 3,
                hold_s: 30,
            },
            per_side: false,
            rest_s: 0,
        },
    )
}

fn slow_breathing() -> DosedExercise {
    exercise(
        "slow-breathing",
        "Slow breathing",
        Dose {
            sets: 1,
            work: Work::Timed { duration_s: 95 },
            per_side: false,
            rest_s: 0,
        },
    )
}

/// Ten minutes of planned time, worked out by hand (seconds from the start). There is no
/// rest between exercises: each exercise's get-ready starts where the one before ends.
/// Prone swimmers start lying on the floor, so their get-ready is 15 s; the others' is 5 s
/// ("wall-ball-massage" is not a catalog id, so it gets the default).
///
/// - chest stretch 0–150: get ready 0–5, set 1 left 5–35, switch 35–40, right 40–70,
///   rest 70–85, set 2 left 85–115, switch 115–120, right 120–150;
/// - prone swimmers 150–405: get ready 150–165, set 1 165–225, rest 225–255,
///   set 2 255–315, rest 315–345, set 3 345–405 (each rep 3 s up, 3 s down);
/// - ball massage 405–500: get ready 405–410, spots 410–440, 440–470, 470–500;
/// - slow breathing 500–600: get ready 500–505, 95 s 505–600.
fn ten_minute_routine() -> Vec<DosedExercise> {
    vec![
        chest_stretch(),
        prone_swimmers(),
        ball_massage(),
        slow_breathing(),
    ]
}

fn started(exercises: &[DosedExercise]) -> Session {
    let mut session = Session::new(timeline(exercises));
    session.apply(Event::Start { now_ms: T0 });
    session
}

fn seconds(s: u64) -> u64 {
    s * 1_000
}

#[test]
fn a_ten_minute_routine_plans_exactly_six_hundred_seconds() {
    let routine = ten_minute_routine();
    let estimates: Vec<u64> = routine
        .iter()
        .map(|e| estimate_ms(&e.exercise_id, &e.dose))
        .collect();
    assert_eq!(
        estimates,
        [seconds(150), seconds(255), seconds(95), seconds(100)]
    );
    assert_eq!(REST_BETWEEN_EXERCISES_MS, 0);
    assert_eq!(routine_estimate_ms(&routine), estimates.iter().sum::<u64>());
    assert_eq!(routine_estimate_ms(&routine), seconds(600));
    assert_eq!(Session::new(timeline(&routine)).planned_ms(), seconds(600));
}

#[test]
fn timeline_total_is_the_sum_of_the_estimates() {
    let routine = ten_minute_routine();
    let estimates: u64 = routine
        .iter()
        .map(|e| estimate_ms(&e.exercise_id, &e.dose))
        .sum();
    assert_eq!(timeline(&routine).total_ms(), estimates);
    assert_eq!(routine_estimate_ms(&routine), estimates);
}

#[test]
fn each_exercise_takes_exactly_its_estimate_and_the_next_get_ready_follows_at_once() {
    let routine = ten_minute_routine();
    let timeline = timeline(&routine);
    let phases = timeline.phases();
    let mut expected_start = 0;
    for (index, exercise) in routine.iter().enumerate() {
        let own: Vec<_> = phases
            .iter()
            .filter(|p| p.exercise_index == index && p.kind != PhaseKind::Done)
            .collect();
        let first = own.first().unwrap();
        let last = own.last().unwrap();
        assert_eq!(first.kind, PhaseKind::GetReady);
        // Contiguous: this get-ready starts where the previous exercise's last phase ended.
        assert_eq!(first.start_ms, expected_start);
        assert_eq!(
            last.end_ms() - first.start_ms,
            estimate_ms(&exercise.exercise_id, &exercise.dose)
        );
        assert_ne!(last.kind, PhaseKind::Rest);
        expected_start = last.end_ms();
    }
    assert_eq!(expected_start, timeline.total_ms());
    // Wherever the exercise changes, the phase before is work and the phase after is the
    // next exercise's get-ready.
    let changes: Vec<_> = phases
        .windows(2)
        .filter(|w| w[1].kind != PhaseKind::Done && w[0].exercise_index != w[1].exercise_index)
        .map(|w| (w[0].kind, w[1].kind, w[1].start_ms))
        .collect();
    use PhaseKind::*;
    assert_eq!(
        changes,
        [
            (Hold, GetReady, seconds(150)),
            (Down, GetReady, seconds(405)),
            (Hold, GetReady, seconds(500)),
        ]
    );
}

#[test]
fn the_estimate_agrees_with_the_dose_arithmetic() {
    for exercise in ten_minute_routine() {
        let dose = exercise.dose;
        let switches = if dose.per_side {
            u64::from(dose.sets) * SWITCH_SIDES_MS
        } else {
            0
        };
        assert_eq!(
            estimate_ms(&exercise.exercise_id, &dose),
            get_ready_ms(&exercise.exercise_id) + u64::from(dose.total_s()) * 1_000 + switches
        );
    }
}

#[test]
fn a_ten_minute_routine_with_no_pauses_ends_exactly_at_its_planned_length() {
    let session = started(&ten_minute_routine());
    let end = T0 + session.planned_ms();
    let last_moment = session.at(end - 1);
    assert_eq!(last_moment.status, Status::Playing);
    assert_eq!(last_moment.kind, PhaseKind::Hold);
    assert_eq!(last_moment.exercise_id, "slow-breathing");
    assert_eq!(last_moment.remaining_ms, 1);
    let finished = session.at(end);
    assert_eq!(finished.status, Status::Finished);
    assert_eq!(finished.kind, PhaseKind::Done);
    assert_eq!(finished.elapsed_ms, seconds(600));
    assert_eq!(finished.remaining_ms, 0);
    assert_eq!(finished.next, None);
    assert_eq!(session.at(end + seconds(3_600)).status, Status::Finished);
}

#[test]
fn pauses_add_exactly_their_length() {
    let mut session = started(&ten_minute_routine());
    let first_pause_ms = 42_017;
    let second_pause_ms = 1_234_567;
    session.apply(Event::Pause {
        now_ms: T0 + 100_000,
    });
    let frozen = session.at(T0 + 100_000);
    assert_eq!(frozen.status, Status::Paused);
    let later = session.at(T0 + 100_000 + first_pause_ms);
    assert_eq!(later.elapsed_ms, frozen.elapsed_ms);
    assert_eq!(later.remaining_ms, frozen.remaining_ms);
    assert_eq!(session.next_boundary_ms(T0 + 100_001), None);
    session.apply(Event::Resume {
        now_ms: T0 + 100_000 + first_pause_ms,
    });
    assert_eq!(
        session.at(T0 + 100_000 + first_pause_ms).elapsed_ms,
        100_000
    );

    let second_at = T0 + first_pause_ms + 400_000;
    session.apply(Event::Pause { now_ms: second_at });
    session.apply(Event::Resume {
        now_ms: second_at + second_pause_ms,
    });

    let end = T0 + session.planned_ms() + first_pause_ms + second_pause_ms;
    assert_eq!(session.at(end - 1).status, Status::Playing);
    assert_eq!(session.at(end - 1).remaining_ms, 1);
    assert_eq!(session.at(end).status, Status::Finished);
}

#[test]
fn a_jump_of_five_minutes_lands_in_the_right_phase_with_the_right_rep() {
    let session = started(&ten_minute_routine());
    // Look once, then the tab is hidden and nothing runs for five minutes.
    assert_eq!(session.at(T0 + 1_000).kind, PhaseKind::GetReady);
    let view = session.at(T0 + seconds(300));
    // Prone swimmers run 150–405 s: get ready 150–165 (15 s: they start on the floor),
    // set 1 165–225, rest 225–255, set 2 255–315. So 300 s is 300 − 255 = 45 s into
    // set 2. Reps take 3 s up + 3 s down = 6 s, so rep n begins at 6(n − 1) s: rep 8
    // began at 42 s (297 s), its up ran 42–45 s (297–300 s), and at 300 s its 3 s down
    // begins: 3 s remain. The next non-work phase is the 30 s rest after set 2, at 315 s:
    // 15 s away.
    assert_eq!(view.status, Status::Playing);
    assert_eq!(name(&view), "Prone swimmers");
    assert_eq!(view.exercise_index, 1);
    assert_eq!(view.kind, PhaseKind::Down);
    assert_eq!(view.set, Some((2, 3)));
    assert_eq!(view.rep, Some((8, 10)));
    assert_eq!(view.remaining_ms, 3_000);
    assert_eq!(view.phase_duration_ms, 3_000);
    assert_eq!(view.elapsed_ms, seconds(300));
    let next = view.next.unwrap();
    assert_eq!(next.kind, PhaseKind::Rest);
    assert_eq!(next_text(&next), "Rest 30 seconds");
    assert_eq!(next.starts_in_ms, seconds(15));
}

#[test]
fn during_rep_one_of_ten_the_next_line_says_the_rest_comes_after_rep_ten() {
    let session = started(&ten_minute_routine());
    let line = |at_s: u64| {
        let next = session.at(T0 + seconds(at_s)).next.unwrap();
        (next_label(&next), next_text(&next))
    };
    // Prone swimmers, set 1 runs 165–225 s: rep 1 is 165–171, rep 10 is 219–225.
    let view = session.at(T0 + seconds(166));
    assert_eq!((view.kind, view.rep), (PhaseKind::Up, Some((1, 10))));
    let next = view.next.unwrap();
    assert_eq!(next.kind, PhaseKind::Rest);
    assert_eq!(next.starts_in_ms, seconds(59));
    assert_eq!(line(166), ("After rep 10".into(), "Rest 30 seconds".into()));
    assert_eq!(line(210), ("After rep 10".into(), "Rest 30 seconds".into()));
    // On rep 10 itself, up or down, the rest is next.
    assert_eq!(line(220), ("Next".into(), "Rest 30 seconds".into()));
    assert_eq!(line(223), ("Next".into(), "Rest 30 seconds".into()));
    // The last set (345–405 s) leads into the next exercise.
    assert_eq!(
        line(346),
        ("After rep 10".into(), "Ball massage against a wall".into())
    );
}

#[test]
fn ball_massage_spots_say_what_follows_the_last_spot() {
    let session = started(&ten_minute_routine());
    let line = |at_s: u64| {
        let next = session.at(T0 + seconds(at_s)).next.unwrap();
        (next_label(&next), next_text(&next))
    };
    // Spots at 410–440, 440–470 and 470–500; slow breathing's get-ready at 500.
    assert_eq!(line(411), ("After spot 3".into(), "Slow breathing".into()));
    assert_eq!(line(441), ("After spot 3".into(), "Slow breathing".into()));
    assert_eq!(line(471), ("Next".into(), "Slow breathing".into()));
}

#[test]
fn outside_repeated_work_the_next_line_is_simply_next() {
    let session = started(&ten_minute_routine());
    let line = |at_s: u64| {
        let next = session.at(T0 + seconds(at_s)).next.unwrap();
        (next_label(&next), next_text(&next))
    };
    // A single hold, a switch, a rest, a get-ready and the last timed work.
    assert_eq!(line(6), ("Next".into(), "Switch sides".into()));
    assert_eq!(
        line(36),
        (
            "Next".into(),
            "Doorway chest stretch, set 1 of 2, right side".into()
        )
    );
    assert_eq!(
        line(226),
        ("Next".into(), "Prone swimmers, set 2 of 3".into())
    );
    assert_eq!(
        line(151),
        ("Next".into(), "Prone swimmers, set 1 of 3".into())
    );
    assert_eq!(line(510), ("Next".into(), "End of session".into()));
}

#[test]
fn per_side_sets_go_left_then_right_with_a_switch_between() {
    let timeline = timeline(&[chest_stretch()]);
    let shape: Vec<_> = timeline
        .phases()
        .iter()
        .map(|p| (p.kind, p.set, p.side))
        .collect();
    use PhaseKind::*;
    assert_eq!(
        shape,
        [
            (GetReady, Some((1, 2)), Side::Left),
            (Hold, Some((1, 2)), Side::Left),
            (SwitchSides, Some((1, 2)), Side::Right),
            (Hold, Some((1, 2)), Side::Right),
            (Rest, Some((1, 2)), Side::None),
            (Hold, Some((2, 2)), Side::Left),
            (SwitchSides, Some((2, 2)), Side::Right),
            (Hold, Some((2, 2)), Side::Right),
            (Done, None, Side::None),
        ]
    );
    let switch = timeline.phases()[2];
    assert_eq!(switch.duration_ms, SWITCH_SIDES_MS);
}

#[test]
fn s1_doses_have_three_seconds_up_and_three_down_for_every_rep() {
    let timeline = timeline(&[prone_swimmers()]);
    let reps: Vec<_> = timeline
        .phases()
        .iter()
        .filter(|p| p.kind.is_work())
        .collect();
    assert_eq!(reps.len(), 3 * 10 * 2);
    assert!(reps.iter().all(|p| p.duration_ms == 3_000));
    assert!(reps.iter().all(|p| p.kind != PhaseKind::Top));
    let first_set: Vec<_> = reps.iter().take(20).map(|p| (p.kind, p.rep)).collect();
    assert_eq!(first_set[0], (PhaseKind::Up, Some((1, 10))));
    assert_eq!(first_set[1], (PhaseKind::Down, Some((1, 10))));
    assert_eq!(first_set[19], (PhaseKind::Down, Some((10, 10))));
}

#[test]
fn a_pause_at_the_top_adds_a_top_phase_to_each_rep() {
    let rows = exercise(
        "bent-over-row",
        "Bent-over rows",
        Dose {
            sets: 1,
            work: Work::Reps {
                reps: 2,
                tempo: Tempo {
                    up_s: 2,
                    hold_s: 1,
                    down_s: 3,
                },
            },
            per_side: false,
            rest_s: 0,
        },
    );
    let kinds: Vec<(PhaseKind, u64)> = timeline(&[rows])
        .phases()
        .iter()
        .map(|p| (p.kind, p.duration_ms))
        .collect();
    use PhaseKind::*;
    assert_eq!(
        kinds,
        [
            (GetReady, 5_000),
            (Up, 2_000),
            (Top, 1_000),
            (Down, 3_000),
            (Up, 2_000),
            (Top, 1_000),
            (Down, 3_000),
            (Done, 0),
        ]
    );
}

#[test]
fn compression_is_one_hold_per_spot_each_at_most_thirty_seconds() {
    let timeline = timeline(&[ball_massage()]);
    let holds: Vec<_> = timeline
        .phases()
        .iter()
        .filter(|p| p.kind == PhaseKind::Hold)
        .collect();
    assert_eq!(holds.len(), 3);
    for (n, hold) in holds.iter().enumerate() {
        assert_eq!(hold.spot, Some((u8::try_from(n).unwrap() + 1, 3)));
        assert!(hold.duration_ms <= 30_000);
    }
}

#[test]
fn exercises_with_no_work_are_left_out() {
    let nothing = exercise(
        "nothing",
        "Nothing",
        Dose {
            sets: 0,
            work: Work::Hold { hold_s: 30 },
            per_side: false,
            rest_s: 10,
        },
    );
    let routine = vec![nothing.clone(), slow_breathing(), nothing];
    let timeline = timeline(&routine);
    assert_eq!(estimate_ms(&routine[0].exercise_id, &routine[0].dose), 0);
    // Get ready 5 s, then 95 s of breathing.
    assert_eq!(timeline.total_ms(), seconds(100));
    assert_eq!(routine_estimate_ms(&routine), seconds(100));
    assert!(timeline.phases().iter().all(|p| p.exercise_index == 1));
}

#[test]
fn an_empty_routine_finishes_as_soon_as_it_starts() {
    let session = started(&[]);
    assert_eq!(session.planned_ms(), 0);
    assert_eq!(session.at(T0).status, Status::Finished);
    assert_eq!(session.at(T0).kind, PhaseKind::Done);
}

#[test]
fn before_start_the_first_phase_waits_in_full() {
    let session = Session::new(timeline(&ten_minute_routine()));
    let view = session.at(99_999);
    assert_eq!(view.status, Status::NotStarted);
    assert_eq!(view.kind, PhaseKind::GetReady);
    assert_eq!(view.remaining_ms, GET_READY_MS);
    assert_eq!(session.next_boundary_ms(99_999), None);
    assert_eq!(announcement(&view), "");
}

#[test]
fn skip_moves_to_the_start_of_the_next_phase() {
    let mut session = started(&ten_minute_routine());
    session.apply(Event::SkipPhase { now_ms: T0 + 1_000 });
    let view = session.at(T0 + 1_000);
    assert_eq!(view.kind, PhaseKind::Hold);
    assert_eq!(view.elapsed_ms, GET_READY_MS);
    assert_eq!(view.remaining_ms, seconds(30));
    // The clock carries on from the new position.
    assert_eq!(session.at(T0 + 11_000).elapsed_ms, GET_READY_MS + 10_000);
}

#[test]
fn back_restarts_the_phase_after_two_seconds_and_goes_to_the_one_before_within_them() {
    let mut session = started(&ten_minute_routine());
    // 20 s into the left hold (5–35 s): back to its start.
    session.apply(Event::Back {
        now_ms: T0 + 25_000,
    });
    assert_eq!(session.position_ms(T0 + 25_000), seconds(5));
    // 1 s into that same hold: back to the get-ready.
    session.apply(Event::Back {
        now_ms: T0 + 26_000,
    });
    assert_eq!(session.position_ms(T0 + 26_000), 0);
    assert_eq!(session.at(T0 + 26_000).kind, PhaseKind::GetReady);
    // Back at the very start stays there.
    session.apply(Event::Back {
        now_ms: T0 + 26_500,
    });
    assert_eq!(session.position_ms(T0 + 26_500), 0);
}

#[test]
fn restart_exercise_goes_to_its_get_ready() {
    let mut session = started(&ten_minute_routine());
    let now = T0 + seconds(300);
    session.apply(Event::RestartExercise { now_ms: now });
    let view = session.at(now);
    assert_eq!(view.kind, PhaseKind::GetReady);
    assert_eq!(name(&view), "Prone swimmers");
    // Prone swimmers' get-ready starts at 150 s, right after the chest stretch.
    assert_eq!(view.elapsed_ms, seconds(150));
}

#[test]
fn the_next_exercise_s_get_ready_follows_the_last_set_of_the_one_before() {
    let mut session = started(&ten_minute_routine());
    // The chest stretch's last hold (set 2, right side) runs 120–150 s.
    let last_moment = T0 + seconds(150) - 1;
    let view = session.at(last_moment);
    assert_eq!(view.kind, PhaseKind::Hold);
    assert_eq!(name(&view), "Doorway chest stretch");
    assert_eq!(view.set, Some((2, 2)));
    assert_eq!(view.side, Side::Right);
    let next = view.next.as_ref().unwrap();
    assert_eq!(next.kind, PhaseKind::GetReady);
    assert_eq!(next.exercise_index, 1);
    assert_eq!(next_text(next), "Prone swimmers, set 1 of 3");
    assert_eq!(next.starts_in_ms, 1);
    // No rest between: at 150 s the prone swimmers' get-ready has begun, 15 s long
    // because they start lying on the floor.
    let view = session.at(T0 + seconds(150));
    assert_eq!(view.kind, PhaseKind::GetReady);
    assert_eq!(name(&view), "Prone swimmers");
    assert_eq!(view.remaining_ms, FLOOR_GET_READY_MS);
    // Restart from the chest stretch's last moment goes back to its own get-ready, never
    // forwards into the next exercise.
    session.apply(Event::RestartExercise {
        now_ms: last_moment,
    });
    assert_eq!(session.position_ms(last_moment), 0);
    // Every rest left in the timeline is between two sets of one exercise.
    let phases = session.timeline().phases();
    for pair in phases.windows(2) {
        if pair[0].kind == PhaseKind::Rest {
            assert_eq!(pair[1].exercise_index, pair[0].exercise_index);
            assert!(pair[1].kind.is_work());
        }
    }
}

#[test]
fn skip_from_the_last_phase_finishes_and_the_finish_stands() {
    let mut session = started(&ten_minute_routine());
    // 550 s is inside the last phase, slow breathing's 95 s (505–600 s).
    let now = T0 + seconds(550);
    session.apply(Event::SkipPhase { now_ms: now });
    assert_eq!(session.at(now).status, Status::Finished);
    // The finished screen offers only Finish and rate; the Back key does not reopen it.
    session.apply(Event::Back { now_ms: now + 10 });
    let view = session.at(now + 10);
    assert_eq!(view.status, Status::Finished);
    assert_eq!(view.elapsed_ms, seconds(600));
}

#[test]
fn skipping_while_paused_stays_paused() {
    let mut session = started(&ten_minute_routine());
    session.apply(Event::Pause { now_ms: T0 + 1_000 });
    session.apply(Event::SkipPhase { now_ms: T0 + 2_000 });
    assert_eq!(session.at(T0 + 9_000).status, Status::Paused);
    assert_eq!(session.position_ms(T0 + 9_000), GET_READY_MS);
    session.apply(Event::Resume {
        now_ms: T0 + 10_000,
    });
    assert_eq!(session.position_ms(T0 + 10_500), GET_READY_MS + 500);
}

#[test]
fn the_next_boundary_is_when_the_phase_changes() {
    let session = started(&ten_minute_routine());
    // At 310 s the up of set 2's rep 10 (309–312 s) has 2 s left; then its down runs
    // 312–315 s, and the 30 s rest after set 2 begins at 315 s.
    let now = T0 + seconds(310);
    let boundary = session.next_boundary_ms(now).unwrap();
    assert_eq!(boundary, now + 2_000);
    assert_eq!(session.at(boundary - 1).rep, Some((10, 10)));
    assert_eq!(session.at(boundary - 1).kind, PhaseKind::Up);
    assert_eq!(session.at(boundary).rep, Some((10, 10)));
    assert_eq!(session.at(boundary).kind, PhaseKind::Down);
    let after_down = session.next_boundary_ms(boundary).unwrap();
    assert_eq!(after_down, T0 + seconds(315));
    assert_eq!(session.at(after_down).kind, PhaseKind::Rest);
    assert_eq!(session.at(after_down).set, Some((2, 3)));
}

#[test]
fn announcements_say_the_phase_in_one_sentence() {
    let session = started(&ten_minute_routine());
    let say = |s: u64| announcement(&session.at(T0 + s * 1_000 + 500));
    assert_eq!(
        say(0),
        "Get ready: Doorway chest stretch, set 1 of 2, left side."
    );
    assert_eq!(
        say(5),
        "Doorway chest stretch, set 1 of 2, left side: hold for 30 seconds."
    );
    assert_eq!(say(35), "Switch sides: right side next.");
    assert_eq!(
        say(70),
        "Rest 15 seconds. Next: Doorway chest stretch, set 2 of 2, left side."
    );
    // No rest between exercises: the next one's get-ready comes straight after.
    assert_eq!(say(150), "Get ready: Prone swimmers, set 1 of 3.");
    // After a 15 s get-ready, set 1 starts at 165 s; rep 4 at 165 + 3 × 6 = 183 s:
    // up 183–186, down 186–189.
    assert_eq!(say(164), "Get ready: Prone swimmers, set 1 of 3.");
    assert_eq!(say(183), "Prone swimmers, set 1 of 3, rep 4 of 10: up.");
    assert_eq!(say(186), "Prone swimmers, set 1 of 3, rep 4 of 10: down.");
    assert_eq!(
        say(225),
        "Rest 30 seconds. Next: Prone swimmers, set 2 of 3."
    );
    assert_eq!(say(405), "Get ready: Ball massage against a wall.");
    assert_eq!(
        say(440),
        "Ball massage against a wall, spot 2 of 3: press for 30 seconds."
    );
    assert_eq!(say(500), "Get ready: Slow breathing.");
    assert_eq!(
        say(505),
        "Slow breathing: keep going for 1 minute 35 seconds."
    );
    assert_eq!(
        announcement(&session.at(T0 + seconds(600))),
        "Session complete. Well done."
    );
}

#[test]
fn an_announcement_changes_only_when_the_phase_does() {
    let session = started(&ten_minute_routine());
    let texts: Vec<String> = (0..seconds(600))
        .step_by(250)
        .map(|ms| announcement(&session.at(T0 + ms)))
        .collect();
    let changes = texts.windows(2).filter(|w| w[0] != w[1]).count();
    let phase_changes = session.timeline().phases().len() - 1;
    assert!(changes <= phase_changes);
}

fn owned(said: &[(u64, &str)]) -> Vec<(u64, String)> {
    said.iter()
        .map(|(at, words)| (*at, (*words).to_owned()))
        .collect()
}

fn said(cues: &[Cue]) -> Vec<(u64, String)> {
    said_in(cues, Lang::En)
}

fn said_in(cues: &[Cue], lang: Lang) -> Vec<(u64, String)> {
    cues.iter()
        .filter_map(|cue| match &cue.kind {
            CueKind::Say(words) => Some((cue.at_ms - T0, text::speech(lang, words))),
            _ => None,
        })
        .collect()
}

#[test]
fn cues_are_sorted_and_lie_within_the_session() {
    let session = started(&ten_minute_routine());
    let end = T0 + session.planned_ms();
    let cues = session.cues_between(0, u64::MAX);
    assert!(!cues.is_empty());
    assert!(cues.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
    assert!(cues.iter().all(|c| (T0..=end).contains(&c.at_ms)));
    assert_eq!(
        said(&cues).last(),
        Some(&(seconds(600), "Session complete. Well done.".to_owned()))
    );
}

#[test]
fn the_voice_names_each_exercise_set_switch_and_rest() {
    let session = started(&ten_minute_routine());
    let cues = session.cues_between(T0, T0 + seconds(270));
    assert_eq!(
        said(&cues),
        owned(&[
            (
                0,
                "Doorway chest stretch, set 1 of 2, left side. Get ready."
            ),
            (seconds(35), "Switch sides."),
            (seconds(70), "Rest 15 seconds."),
            (seconds(85), "Doorway chest stretch, set 2 of 2, left side."),
            (seconds(115), "Switch sides."),
            // No rest between exercises: the get-ready names what comes next.
            (seconds(150), "Prone swimmers, set 1 of 3. Get ready."),
            (seconds(225), "Rest 30 seconds."),
            (seconds(255), "Prone swimmers, set 2 of 3."),
        ])
    );
    // Each exercise is named as its get-ready begins, where the one before ends.
    let all = session.cues_between(T0, T0 + seconds(601));
    let get_readies: Vec<_> = said(&all)
        .into_iter()
        .filter(|(_, words)| words.ends_with("Get ready."))
        .collect();
    assert_eq!(
        get_readies,
        owned(&[
            (
                0,
                "Doorway chest stretch, set 1 of 2, left side. Get ready."
            ),
            (seconds(150), "Prone swimmers, set 1 of 3. Get ready."),
            (seconds(405), "Ball massage against a wall. Get ready."),
            (seconds(500), "Slow breathing. Get ready."),
        ])
    );
    assert!(said(&all).iter().all(|(_, words)| !words.contains("Next:")));
}

#[test]
fn holds_and_rests_count_down_three_two_one_and_reps_beep_up_high_and_down_low() {
    let session = started(&ten_minute_routine());
    let beeps = |from_s: u64, to_s: u64| -> Vec<(u64, Pitch)> {
        session
            .cues_between(T0 + seconds(from_s), T0 + seconds(to_s))
            .into_iter()
            .filter_map(|cue| match cue.kind {
                CueKind::Beep { pitch } => Some((cue.at_ms - T0, pitch)),
                _ => None,
            })
            .collect()
    };
    // The end of the 30 s rest (225–255) and the first rep of set 2 (up 255–258,
    // down 258–261).
    assert_eq!(
        beeps(250, 261),
        [
            (seconds(252), Pitch::Low),
            (seconds(253), Pitch::Low),
            (seconds(254), Pitch::Low),
            (seconds(255), Pitch::High),
            (seconds(258), Pitch::Low),
        ]
    );
}

#[test]
fn every_phase_change_vibrates() {
    let session = started(&ten_minute_routine());
    let buzzes = session
        .cues_between(T0, T0 + seconds(601))
        .iter()
        .filter(|cue| matches!(cue.kind, CueKind::Vibrate(_)))
        .count();
    assert_eq!(buzzes, session.timeline().phases().len());
}

#[test]
fn cue_windows_side_by_side_give_the_same_cues_as_one_window() {
    let session = started(&ten_minute_routine());
    let whole = session.cues_between(T0, T0 + seconds(601));
    let mut pieces = Vec::new();
    let mut from = T0;
    while from < T0 + seconds(601) {
        let to = from + 1_700;
        pieces.extend(session.upcoming_cues(from, to - from));
        from = to;
    }
    assert_eq!(pieces.len(), whole.len());
    assert_eq!(pieces, whole);
}

#[test]
fn no_cues_while_paused_or_before_start_and_pauses_shift_the_rest() {
    let mut session = Session::new(timeline(&ten_minute_routine()));
    assert!(session.upcoming_cues(T0, 10_000).is_empty());
    session.apply(Event::Start { now_ms: T0 });
    session.apply(Event::Pause { now_ms: T0 + 1_000 });
    assert!(session.upcoming_cues(T0 + 1_000, 10_000).is_empty());
    session.apply(Event::Resume { now_ms: T0 + 8_000 });
    let first = session.upcoming_cues(T0 + 8_000, 10_000);
    // The get-ready's 3-2-1 was due at 2, 3, 4 s; 7 s of pause moved it to 9, 10, 11 s.
    let at: Vec<u64> = first.iter().map(|c| c.at_ms - T0).collect();
    assert_eq!(at[..3], [9_000, 10_000, 11_000]);
}

#[test]
fn a_session_saved_mid_pause_round_trips_through_json() {
    let mut session = started(&ten_minute_routine());
    session.apply(Event::SkipPhase { now_ms: T0 + 2_000 });
    session.apply(Event::Pause {
        now_ms: T0 + 50_000,
    });
    let text = serde_json::to_string(&session).unwrap();
    let back: Session = serde_json::from_str(&text).unwrap();
    assert_eq!(back, session);
    assert_eq!(back.at(T0 + 70_000), session.at(T0 + 50_000));
}

#[test]
fn a_snapshot_resumes_after_a_reload_where_the_clock_starts_again() {
    let session = started(&ten_minute_routine());
    let saved_at = T0 + seconds(300);
    let text = serde_json::to_string(&session.snapshot(saved_at)).unwrap();
    // The new page's performance.now() is small again.
    let mut reloaded: Session = serde_json::from_str(&text).unwrap();
    assert_eq!(reloaded.at(800).status, Status::Paused);
    assert_eq!(reloaded.position_ms(800), seconds(300));
    reloaded.apply(Event::Resume { now_ms: 900 });
    // Saved as the down of set 2's rep 8 (300–303 s) began: 2 s later it is still going.
    let view = reloaded.at(900 + 2_000);
    assert_eq!(view.set, Some((2, 3)));
    assert_eq!(view.rep, Some((8, 10)));
    assert_eq!(view.kind, PhaseKind::Down);
    assert_eq!(view.elapsed_ms, seconds(302));
}

#[test]
fn clock_readings_are_floored_to_whole_milliseconds() {
    assert_eq!(clock_ms(1234.999), 1234);
    assert_eq!(clock_ms(0.2), 0);
    assert_eq!(clock_ms(-5.0), 0);
    assert_eq!(clock_ms(f64::NAN), 0);
}

fn dose_strategy() -> impl Strategy<Value = Dose> {
    let tempo = (0u8..=3, 0u8..=2, 0u8..=3).prop_map(|(up_s, hold_s, down_s)| Tempo {
        up_s,
        hold_s,
        down_s,
    });
    let work = prop_oneof![
        (0u8..=4, tempo).prop_map(|(reps, tempo)| Work::Reps { reps, tempo }),
        (0u16..=30).prop_map(|hold_s| Work::Hold { hold_s }),
        (0u8..=3, 0u16..=30).prop_map(|(spots, hold_s)| Work::Compression { spots, hold_s }),
        (0u16..=40).prop_map(|duration_s| Work::Timed { duration_s }),
    ];
    (0u8..=3, work, any::<bool>(), 0u16..=20).prop_map(|(sets, work, per_side, rest_s)| Dose {
        sets,
        work,
        per_side,
        rest_s,
    })
}

/// Ids the property tests draw from: unknown to the catalog, two that start on the floor
/// and one that starts standing, so the get-ready is sometimes 5 s and sometimes 15 s.
const PROPERTY_IDS: [&str; 4] = [
    "not-in-the-catalog",
    "prone-swimmers",
    "roll-out-kneeling",
    "chest-stretch",
];

fn routine_strategy() -> impl Strategy<Value = Vec<DosedExercise>> {
    prop::collection::vec((dose_strategy(), 0..PROPERTY_IDS.len()), 0..=3).prop_map(|items| {
        items
            .into_iter()
            .enumerate()
            .map(|(i, (dose, id))| exercise(PROPERTY_IDS[id], &format!("Exercise {i}"), dose))
            .collect()
    })
}

#[derive(Clone, Copy, Debug)]
enum Press {
    Pause,
    Resume,
    Skip,
    Back,
    Restart,
    NextExercise,
    Nothing,
}

fn presses() -> impl Strategy<Value = Vec<(u64, Press)>> {
    let press = prop_oneof![
        Just(Press::Pause),
        Just(Press::Resume),
        Just(Press::Skip),
        Just(Press::Back),
        Just(Press::Restart),
        Just(Press::NextExercise),
        Just(Press::Nothing),
    ];
    prop::collection::vec((0u64..=15_000, press), 0..40)
}

proptest! {
    #[test]
    fn the_timeline_is_contiguous_and_as_long_as_the_estimate(routine in routine_strategy()) {
        let timeline = timeline(&routine);
        let phases = timeline.phases();
        prop_assert_eq!(phases.last().unwrap().kind, PhaseKind::Done);
        prop_assert_eq!(phases[0].start_ms, 0);
        for pair in phases.windows(2) {
            prop_assert_eq!(pair[0].end_ms(), pair[1].start_ms);
            prop_assert!(pair[0].duration_ms > 0);
            prop_assert!(pair[0].kind != PhaseKind::Done);
        }
        prop_assert_eq!(timeline.total_ms(), routine_estimate_ms(&routine));
    }

    #[test]
    fn the_routine_estimate_is_the_sum_of_the_exercise_estimates_with_nothing_between(
        routine in routine_strategy(),
    ) {
        let sum: u64 = routine.iter().map(|e| estimate_ms(&e.exercise_id, &e.dose)).sum();
        prop_assert_eq!(routine_estimate_ms(&routine), sum);
        let timeline = timeline(&routine);
        let phases = timeline.phases();
        for (index, exercise) in routine.iter().enumerate() {
            let own: Vec<_> = phases
                .iter()
                .filter(|p| p.exercise_index == index && p.kind != PhaseKind::Done)
                .collect();
            match (own.first(), own.last()) {
                (Some(first), Some(last)) => {
                    prop_assert_eq!(first.kind, PhaseKind::GetReady);
                    prop_assert_eq!(last.end_ms() - first.start_ms, estimate_ms(&exercise.exercise_id, &exercise.dose));
                }
                _ => prop_assert_eq!(estimate_ms(&exercise.exercise_id, &exercise.dose), 0),
            }
        }
        for pair in phases.windows(2) {
            if pair[1].kind != PhaseKind::Done && pair[0].exercise_index != pair[1].exercise_index {
                prop_assert_eq!(pair[1].kind, PhaseKind::GetReady);
                prop_assert_eq!(pair[0].end_ms(), pair[1].start_ms);
                prop_assert!(pair[0].kind != PhaseKind::Rest);
            }
        }
    }

    #[test]
    fn skip_and_back_keep_their_direction_and_the_position_stays_in_bounds(
        routine in routine_strategy(),
        start in 0u64..1_000_000_000,
        presses in presses(),
    ) {
        let mut session = Session::new(timeline(&routine));
        session.apply(Event::Start { now_ms: start });
        let planned = session.planned_ms();
        let last_work = session.timeline().phases().len().saturating_sub(2);
        let mut now = start;
        for (wait_ms, press) in presses {
            now += wait_ms;
            let before = session.at(now);
            let event = match press {
                Press::Pause => Event::Pause { now_ms: now },
                Press::Resume => Event::Resume { now_ms: now },
                Press::Skip => Event::SkipPhase { now_ms: now },
                Press::Back => Event::Back { now_ms: now },
                Press::Restart => Event::RestartExercise { now_ms: now },
                Press::NextExercise => Event::NextExercise { now_ms: now },
                Press::Nothing => continue,
            };
            session.apply(event);
            let after = session.at(now);
            match press {
                Press::Skip => {
                    prop_assert!(after.elapsed_ms >= before.elapsed_ms);
                    if before.status != Status::Finished && before.phase_index == last_work {
                        prop_assert_eq!(after.status, Status::Finished);
                    }
                }
                Press::NextExercise => {
                    prop_assert!(after.elapsed_ms >= before.elapsed_ms);
                    if before.status != Status::Finished && after.status != Status::Finished {
                        prop_assert_eq!(after.kind, PhaseKind::GetReady);
                        prop_assert!(after.exercise_index > before.exercise_index);
                    }
                }
                Press::Back | Press::Restart => {
                    prop_assert!(after.elapsed_ms <= before.elapsed_ms);
                }
                _ => prop_assert_eq!(after.elapsed_ms, before.elapsed_ms),
            }
            prop_assert!(after.elapsed_ms <= planned);
            prop_assert!(after.remaining_ms <= after.phase_duration_ms);
            prop_assert_eq!(after.total_ms, planned);
        }
    }

    #[test]
    fn while_playing_the_view_only_moves_forward_at_the_clock_pace(
        routine in routine_strategy(),
        presses in presses(),
        later in prop::collection::vec(0u64..120_000, 1..8),
    ) {
        let mut session = Session::new(timeline(&routine));
        session.apply(Event::Start { now_ms: T0 });
        let mut now = T0;
        for (wait_ms, press) in presses {
            now += wait_ms;
            match press {
                Press::Pause => session.apply(Event::Pause { now_ms: now }),
                Press::Resume => session.apply(Event::Resume { now_ms: now }),
                Press::Skip => session.apply(Event::SkipPhase { now_ms: now }),
                Press::Back => session.apply(Event::Back { now_ms: now }),
                Press::Restart => session.apply(Event::RestartExercise { now_ms: now }),
                Press::NextExercise => session.apply(Event::NextExercise { now_ms: now }),
                Press::Nothing => {}
            }
        }
        let here = session.at(now);
        let mut times = later;
        times.sort_unstable();
        let mut previous = here.clone();
        for delta in times {
            let view = session.at(now + delta);
            prop_assert!(view.elapsed_ms >= previous.elapsed_ms);
            prop_assert!(view.phase_index >= previous.phase_index);
            prop_assert!(view.remaining_ms <= view.phase_duration_ms);
            match here.status {
                Status::Playing => prop_assert_eq!(
                    view.elapsed_ms,
                    (here.elapsed_ms + delta).min(here.total_ms)
                ),
                _ => prop_assert_eq!(view.elapsed_ms, here.elapsed_ms),
            }
            previous = view;
        }
        if let Some(boundary) = session.next_boundary_ms(now) {
            prop_assert!(boundary > now);
            prop_assert_eq!(session.at(boundary - 1).phase_index, here.phase_index);
            prop_assert!(session.at(boundary).phase_index > here.phase_index);
        }
        let cues = session.upcoming_cues(now, 600_000);
        prop_assert!(cues.windows(2).all(|w| w[0].at_ms <= w[1].at_ms));
        prop_assert!(cues.iter().all(|c| c.at_ms >= now));
    }
}

/// One set of two reps with a 2 s pause at the top, for `id`.
fn paused_at_the_top(id: &str, name: &str) -> DosedExercise {
    exercise(
        id,
        name,
        Dose {
            sets: 1,
            work: Work::Reps {
                reps: 2,
                tempo: Tempo {
                    up_s: 3,
                    hold_s: 2,
                    down_s: 3,
                },
            },
            per_side: false,
            rest_s: 0,
        },
    )
}

#[test]
fn the_pause_at_the_top_of_a_roll_out_is_for_lifting_each_arm() {
    let session = started(&[paused_at_the_top(
        "roll-out-kneeling",
        "Forearm roll-out with arm lift",
    )]);
    // Get-ready 0–15 s (it starts kneeling on the floor), up 15–18 s, the pause at the top
    // 18–20 s.
    let view = session.at(T0 + seconds(19));
    assert_eq!(view.kind, PhaseKind::Top);
    assert_eq!(
        announcement(&view),
        "Forearm roll-out with arm lift, rep 1 of 2: lift each arm in turn."
    );
    knot_coach::text::install_french(include_str!("../text/knot-coach.fr-CA.json")).unwrap();
    assert_eq!(
        text::announcement(Lang::Fr, &cues::announcement(&view)),
        "Roulement des avant-bras avec levée du bras, répétition 1 sur 2\u{a0}: levez un bras, puis l’autre."
    );
}

#[test]
fn the_pause_at_the_top_of_a_squeeze_is_a_hold() {
    let session = started(&[paused_at_the_top(
        "shoulder-blade-squeeze",
        "Shoulder-blade squeezes",
    )]);
    // Squeezes start sitting or standing: get-ready 0–5 s, up 5–8 s, the top 8–10 s.
    let view = session.at(T0 + seconds(9));
    assert_eq!(view.kind, PhaseKind::Top);
    assert_eq!(
        announcement(&view),
        "Shoulder-blade squeezes, rep 1 of 2: hold at the top."
    );
}

#[test]
fn next_exercise_jumps_to_the_next_get_ready_and_finishes_from_the_last() {
    let mut session = started(&ten_minute_routine());
    // 10 s in: the chest stretch's first hold.
    let now = T0 + seconds(10);
    session.apply(Event::NextExercise { now_ms: now });
    let view = session.at(now);
    assert_eq!(view.kind, PhaseKind::GetReady);
    assert_eq!(name(&view), "Prone swimmers");
    assert_eq!(view.elapsed_ms, seconds(150));
    // From the get-ready itself it moves on again, not back to its own start.
    session.apply(Event::NextExercise { now_ms: now });
    assert_eq!(name(&session.at(now)), "Ball massage against a wall");
    session.apply(Event::NextExercise { now_ms: now });
    assert_eq!(name(&session.at(now)), "Slow breathing");
    session.apply(Event::NextExercise { now_ms: now });
    assert_eq!(session.at(now).status, Status::Finished);
    // Once finished it does nothing.
    session.apply(Event::NextExercise { now_ms: now });
    assert_eq!(session.at(now).status, Status::Finished);
}

#[test]
fn back_and_restart_do_nothing_once_the_session_is_finished() {
    let mut session = started(&ten_minute_routine());
    let end = T0 + seconds(700);
    assert_eq!(session.at(end).status, Status::Finished);
    session.apply(Event::Back { now_ms: end });
    assert_eq!(session.at(end).status, Status::Finished);
    session.apply(Event::RestartExercise { now_ms: end });
    assert_eq!(session.at(end).status, Status::Finished);
}

#[test]
fn floor_exercises_get_fifteen_seconds_to_get_into_position() {
    use knot_coach::domain::catalog::ExerciseId;
    assert_eq!(GET_READY_MS, 5_000);
    assert_eq!(FLOOR_GET_READY_MS, 15_000);
    // Lying, kneeling or sitting on the floor, from each exercise's first step.
    let floor = [
        ExerciseId::RollerThoracicExtension,
        ExerciseId::ProneSwimmers,
        ExerciseId::SeatedBandRow,
        ExerciseId::RollOutKneeling,
        ExerciseId::RollOutFloor,
    ];
    for id in ExerciseId::ALL {
        let expected_ms = if floor.contains(&id) {
            FLOOR_GET_READY_MS
        } else {
            GET_READY_MS
        };
        assert_eq!(id.starts_on_floor(), floor.contains(&id), "{id:?}");
        assert_eq!(u64::from(id.get_ready_s()) * 1_000, expected_ms, "{id:?}");
        assert_eq!(get_ready_ms(id.as_str()), expected_ms, "{id:?}");
        // The player's get-ready phase is that long.
        let routine = [exercise(id.as_str(), "Exercise", prone_swimmers().dose)];
        let first = timeline(&routine).phases()[0];
        assert_eq!(first.kind, PhaseKind::GetReady);
        assert_eq!(first.duration_ms, expected_ms, "{id:?}");
    }
    // An id the catalog does not know (from an old saved session, say) gets the default.
    assert_eq!(get_ready_ms("no-such-exercise"), GET_READY_MS);
}

#[test]
fn a_floor_exercise_after_a_standing_one_waits_fifteen_seconds_before_its_first_rep() {
    // Doorway chest stretch 0–150 s, then prone swimmers' get-ready 150–165 s.
    let session = started(&ten_minute_routine());
    let view = session.at(T0 + seconds(164));
    assert_eq!(view.kind, PhaseKind::GetReady);
    assert_eq!(name(&view), "Prone swimmers");
    assert_eq!(view.remaining_ms, seconds(1));
    assert_eq!(view.phase_duration_ms, FLOOR_GET_READY_MS);
    let view = session.at(T0 + seconds(165));
    assert_eq!((view.kind, view.rep), (PhaseKind::Up, Some((1, 10))));
    // The 3-2-1 countdown comes at the end of the longer get-ready, not after 5 s.
    let beeps: Vec<u64> = session
        .cues_between(T0 + seconds(150), T0 + seconds(165))
        .into_iter()
        .filter(|cue| matches!(cue.kind, CueKind::Beep { pitch: Pitch::Low }))
        .map(|cue| cue.at_ms - T0)
        .collect();
    assert_eq!(beeps, [seconds(162), seconds(163), seconds(164)]);
}

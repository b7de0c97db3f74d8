//! Dose arithmetic shared by the planner and the player.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::dose::{Dose, Tempo, Work};

const S1_TEMPO: Tempo = Tempo {
    up_s: 3,
    hold_s: 0,
    down_s: 3,
};

#[test]
fn three_sets_of_ten_slow_reps_take_three_minutes_plus_rest() {
    let dose = Dose {
        sets: 3,
        work: Work::Reps {
            reps: 10,
            tempo: S1_TEMPO,
        },
        per_side: false,
        rest_s: 30,
    };
    assert_eq!(dose.set_work_s(), 60);
    assert_eq!(dose.total_s(), 3 * 60 + 2 * 30);
}

#[test]
fn per_side_holds_count_both_sides() {
    let dose = Dose {
        sets: 2,
        work: Work::Hold { hold_s: 30 },
        per_side: true,
        rest_s: 10,
    };
    assert_eq!(dose.total_s(), 2 * 2 * 30 + 10);
}

#[test]
fn compression_is_spots_times_seconds_per_spot() {
    let dose = Dose {
        sets: 1,
        work: Work::Compression {
            spots: 3,
            hold_s: 30,
        },
        per_side: false,
        rest_s: 0,
    };
    assert_eq!(dose.total_s(), 90);
}

#[test]
fn doses_read_in_plain_words() {
    let swimmers = Dose {
        sets: 3,
        work: Work::Reps {
            reps: 10,
            tempo: S1_TEMPO,
        },
        per_side: false,
        rest_s: 30,
    };
    assert_eq!(
        knot_coach::text::dose(knot_coach::text::Lang::En, &swimmers),
        "3 × 10 reps (3 s up, 3 s down), 30 s rest between sets"
    );
    let massage = Dose {
        sets: 1,
        work: Work::Compression {
            spots: 3,
            hold_s: 20,
        },
        per_side: false,
        rest_s: 0,
    };
    assert_eq!(
        knot_coach::text::dose(knot_coach::text::Lang::En, &massage),
        "3 spots, 20 s of firm but bearable pressure each"
    );
    let heat = Dose {
        sets: 1,
        work: Work::Timed { duration_s: 150 },
        per_side: false,
        rest_s: 0,
    };
    assert_eq!(
        knot_coach::text::dose(knot_coach::text::Lang::En, &heat),
        "2 minutes 30 seconds"
    );
}

#[test]
fn every_kind_of_work_is_stored_tagged_by_kind_and_reads_back() {
    let tempo = Tempo {
        up_s: 3,
        hold_s: 1,
        down_s: 3,
    };
    let works = [
        (
            Work::Reps { reps: 10, tempo },
            serde_json::json!({"kind": "reps", "reps": 10, "tempo": {"up_s": 3, "hold_s": 1, "down_s": 3}}),
        ),
        (
            Work::Hold { hold_s: 30 },
            serde_json::json!({"kind": "hold", "hold_s": 30}),
        ),
        (
            Work::Compression {
                spots: 3,
                hold_s: 30,
            },
            serde_json::json!({"kind": "compression", "spots": 3, "hold_s": 30}),
        ),
        (
            Work::Timed { duration_s: 300 },
            serde_json::json!({"kind": "timed", "duration_s": 300}),
        ),
    ];
    for (work, stored) in works {
        assert_eq!(serde_json::to_value(work).unwrap(), stored);
        assert_eq!(serde_json::from_value::<Work>(stored).unwrap(), work);
    }
}

#[test]
fn work_missing_a_field_its_kind_needs_is_refused() {
    for stored in [
        serde_json::json!({"kind": "reps", "reps": 10}),
        serde_json::json!({"kind": "hold"}),
        serde_json::json!({"kind": "compression", "hold_s": 30}),
        serde_json::json!({"kind": "timed", "hold_s": 30}),
        serde_json::json!({"kind": "stretch", "hold_s": 30}),
        serde_json::json!({"reps": 10}),
    ] {
        let error = serde_json::from_value::<Work>(stored.clone()).unwrap_err();
        assert!(!error.to_string().is_empty(), "{stored}");
    }
}

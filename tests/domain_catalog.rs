//! The exercise library: every entry is complete, traceable and dosed inside the sources' ranges.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::collections::BTreeSet;

use knot_coach::domain::catalog::{
    catalog, exercise, Effect, Equipment, ExerciseId, Purpose, When,
};
use knot_coach::domain::dose::Work;
use knot_coach::domain::questionnaire::{question, QuestionId, NONE_ID};

const KNOWN_SOURCES: [&str; 10] = ["S0", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "R5", "R6"];

fn assert_known(sources: &[&str], what: &str) {
    assert!(!sources.is_empty(), "{what}: no source ids");
    for id in sources {
        assert!(KNOWN_SOURCES.contains(id), "{what}: unknown source {id}");
    }
}

#[test]
fn every_exercise_id_has_exactly_one_entry_in_catalog_order() {
    let ids: Vec<ExerciseId> = catalog().iter().map(|e| e.id).collect();
    assert_eq!(ids, ExerciseId::ALL);
    let unique: BTreeSet<&str> = ids.iter().map(|id| id.as_str()).collect();
    assert_eq!(unique.len(), ids.len(), "ids must be unique");
    for id in ExerciseId::ALL {
        assert_eq!(exercise(id).id, id);
    }
}

#[test]
fn exercise_ids_read_back_from_their_stored_names() {
    for id in ExerciseId::ALL {
        assert_eq!(ExerciseId::parse(id.as_str()), Some(id));
    }
    assert_eq!(ExerciseId::parse("push-ups"), None);
}

#[test]
fn equipment_ids_are_the_questionnaire_equipment_options() {
    let offered: Vec<&str> = question(QuestionId::Equipment)
        .options
        .iter()
        .map(|choice| choice.id)
        .filter(|id| *id != NONE_ID)
        .collect();
    let ours: Vec<&str> = Equipment::ALL.iter().map(|e| e.as_str()).collect();
    assert_eq!(ours, offered);
    for item in Equipment::ALL {
        assert_eq!(Equipment::parse(item.as_str()), Some(item));
    }
    assert_eq!(Equipment::parse(NONE_ID), None);
}

#[test]
fn every_entry_has_words_for_the_reader() {
    for e in catalog() {
        let id = e.id.as_str();
        for lang in knot_coach::text::Lang::ALL {
            let name = knot_coach::text::exercise_name(lang, id);
            assert!(
                !name.trim().is_empty() && name != id,
                "{id}: name in {lang}"
            );
        }
        for lang in knot_coach::text::Lang::ALL {
            let e_text = knot_coach::text::exercise_text(lang, e.id);
            assert!(!e_text.targets.is_empty(), "{id}: targets");
            assert!(!e_text.steps.is_empty(), "{id}: steps");
            assert!(!e_text.cues.is_empty(), "{id}: cues");
            assert!(!e_text.mistakes.is_empty(), "{id}: mistakes");
            assert!(!e_text.progression.trim().is_empty(), "{id}: progression");
            assert!(!e_text.regression.trim().is_empty(), "{id}: regression");
            assert!(!e_text.alt_text.trim().is_empty(), "{id}: alt text");
            assert!(!e_text.why.trim().is_empty(), "{id}: why");
            assert!(!e_text.dose_note.trim().is_empty(), "{id}: dose note");
            assert_eq!(e_text.load.is_some(), e.takes_load, "{id}: load in {lang}");
            assert_eq!(
                e_text.cautions.len(),
                e.cautions.len(),
                "{id}: cautions in {lang}"
            );
            for text in e_text
                .steps
                .iter()
                .chain(e_text.cues)
                .chain(e_text.mistakes)
                .chain(e_text.targets)
                .chain(e_text.cautions)
            {
                assert!(!text.trim().is_empty(), "{id}: blank line");
            }
        }
    }
}

#[test]
fn every_entry_dose_and_caution_names_known_sources() {
    for e in catalog() {
        let id = e.id.as_str();
        assert_known(e.sources, id);
        assert_known(e.dose_sources, &format!("{id} dose"));
        for caution in e.cautions {
            assert_known(caution.sources, &format!("{id} caution"));
        }
    }
}

#[test]
fn strength_doses_are_eight_to_fifteen_reps_for_two_to_three_sets() {
    for e in catalog().iter().filter(|e| e.purpose == Purpose::Strength) {
        let Work::Reps { reps, tempo } = e.dose.work else {
            panic!("{}: strength work is counted in reps", e.id.as_str());
        };
        assert!((8..=15).contains(&reps), "{}: {reps} reps", e.id.as_str());
        assert!((2..=3).contains(&e.dose.sets), "{}: sets", e.id.as_str());
        assert!(tempo.rep_s() > 0);
    }
}

#[test]
fn s1_exercises_keep_s1_three_by_ten_at_three_seconds_each_way() {
    for id in [ExerciseId::ProneSwimmers, ExerciseId::BentOverRow] {
        let dose = exercise(id).dose;
        assert_eq!(dose.sets, 3);
        let Work::Reps { reps, tempo } = dose.work else {
            panic!("reps expected");
        };
        assert_eq!(reps, 10);
        assert_eq!((tempo.up_s, tempo.hold_s, tempo.down_s), (3, 0, 3));
        assert!(exercise(id).dose_sources.contains(&"S1"));
    }
}

#[test]
fn every_roll_out_version_adds_up_to_s2_thirty_repetitions() {
    for id in [
        ExerciseId::RollOutKneeling,
        ExerciseId::RollOutWall,
        ExerciseId::RollOutFloor,
    ] {
        let dose = exercise(id).dose;
        let Work::Reps { reps, .. } = dose.work else {
            panic!("reps expected");
        };
        assert_eq!(u32::from(dose.sets) * u32::from(reps), 30);
        assert!(exercise(id).dose_sources.contains(&"S2"));
    }
}

#[test]
fn stretches_hold_ten_to_thirty_seconds_two_to_four_times() {
    for e in catalog() {
        if let Work::Hold { hold_s } = e.dose.work {
            assert!((10..=30).contains(&hold_s), "{}: {hold_s} s", e.id.as_str());
            assert!((2..=4).contains(&e.dose.sets), "{}: repeats", e.id.as_str());
            assert!(e.dose_sources.contains(&"R5"));
            assert!(
                e.cautions.iter().any(
                    |c| c.when == When::Triage(knot_coach::domain::triage::Caution::OlderAdult)
                ),
                "{}: needs the older-adult hold caution",
                e.id.as_str()
            );
        }
    }
}

#[test]
fn ball_pressure_lasts_fifteen_to_thirty_seconds_a_spot_never_more() {
    let massage = exercise(ExerciseId::WallBallMassage);
    let Work::Compression { spots, hold_s } = massage.dose.work else {
        panic!("ball massage is compression");
    };
    assert!((15..=30).contains(&hold_s));
    assert!(spots >= 1);
    assert!(massage.dose_sources.contains(&"R5"));
    let en = knot_coach::text::exercise_text(knot_coach::text::Lang::En, massage.id);
    assert!(en.cues.iter().any(|cue| cue.contains("7 out of 10")));
    knot_coach::text::install_french(include_str!("../text/knot-coach.fr-CA.json")).unwrap();
    let fr = knot_coach::text::exercise_text(knot_coach::text::Lang::Fr, massage.id);
    assert!(
        fr.cues.iter().any(|cue| cue.contains("7 sur 10")),
        "{:?}",
        fr.cues
    );
    for e in catalog() {
        if let Work::Compression { hold_s, .. } = e.dose.work {
            assert!(hold_s <= 30, "{}", e.id.as_str());
        }
    }
}

#[test]
fn heat_and_breathing_are_timed_relief() {
    for id in [ExerciseId::MoistHeat, ExerciseId::SlowBreathing] {
        let e = exercise(id);
        assert_eq!(e.purpose, Purpose::Relief);
        assert!(matches!(e.dose.work, Work::Timed { duration_s } if duration_s > 0));
    }
}

#[test]
fn ball_massage_needs_a_ball_and_a_wall() {
    let massage = exercise(ExerciseId::WallBallMassage);
    assert!(massage.is_possible_with(&[Equipment::Ball, Equipment::Wall]));
    assert!(!massage.is_possible_with(&[Equipment::Ball]));
    assert!(!massage.is_possible_with(&[Equipment::Wall]));
}

#[test]
fn rows_take_dumbbells_or_a_band() {
    let rows = exercise(ExerciseId::BentOverRow);
    assert!(rows.is_possible_with(&[Equipment::Dumbbells]));
    assert!(rows.is_possible_with(&[Equipment::Band]));
    assert!(!rows.is_possible_with(&[Equipment::Ball, Equipment::Wall]));
    assert_eq!(
        rows.equipment_used(&[Equipment::Band, Equipment::Dumbbells]),
        [Equipment::Dumbbells]
    );
    assert_eq!(rows.equipment_used(&[Equipment::Band]), [Equipment::Band]);
}

#[test]
fn the_floor_roll_out_needs_nothing_and_the_others_need_a_roller() {
    assert!(exercise(ExerciseId::RollOutFloor).is_possible_with(&[]));
    assert!(!exercise(ExerciseId::RollOutKneeling).is_possible_with(&[]));
    assert!(!exercise(ExerciseId::RollOutWall).is_possible_with(&[Equipment::Wall]));
}

#[test]
fn a_reader_with_nothing_still_has_relief_and_strength_to_do() {
    let possible: Vec<&_> = catalog()
        .iter()
        .filter(|e| e.is_possible_with(&[]))
        .collect();
    assert!(possible.iter().any(|e| e.purpose == Purpose::Relief));
    assert!(possible.iter().any(|e| e.purpose == Purpose::Strength));
    for id in [
        ExerciseId::ChestStretch,
        ExerciseId::SeatedRotationStretch,
        ExerciseId::ShoulderBladeSqueeze,
        ExerciseId::ProneSwimmers,
        ExerciseId::RollOutFloor,
        ExerciseId::MoistHeat,
    ] {
        assert!(exercise(id).is_possible_with(&[]), "{}", id.as_str());
    }
}

#[test]
fn every_equipment_need_that_can_go_missing_is_explained_by_a_caution() {
    for e in catalog() {
        for any_of in e.needs.iter().filter(|any_of| any_of.len() == 1) {
            let item = any_of[0];
            assert!(
                e.cautions
                    .iter()
                    .any(|c| c.when == When::Lacks(item) && c.effect == Effect::Excludes),
                "{}: missing caution for lacking {}",
                e.id.as_str(),
                item.as_str()
            );
        }
    }
}

#[test]
fn harder_and_easier_variants_point_at_each_other_and_keep_the_purpose() {
    for e in catalog() {
        if let Some(harder) = e.harder {
            assert_eq!(exercise(harder).easier, Some(e.id));
            assert_eq!(exercise(harder).purpose, e.purpose);
        }
        if let Some(easier) = e.easier {
            assert_eq!(exercise(easier).harder, Some(e.id));
            assert_eq!(exercise(easier).purpose, e.purpose);
        }
    }
}

#[test]
fn the_mid_back_stretch_says_why_it_was_chosen_citing_s1_and_r5() {
    let stretch = exercise(ExerciseId::SeatedRotationStretch);
    for lang in knot_coach::text::Lang::ALL {
        let why = knot_coach::text::exercise_text(lang, stretch.id).why;
        assert!(why.contains("S1"), "{lang}");
        assert!(why.contains("R5"), "{lang}");
    }
    assert!(stretch.sources.contains(&"S1"));
    assert!(stretch.dose_sources.contains(&"R5"));
}

#[test]
fn exercises_come_from_the_articles_named_in_clinical_md() {
    let expect = [
        (ExerciseId::ChestStretch, "S0"),
        (ExerciseId::ChestStretch, "S3"),
        (ExerciseId::WallBallMassage, "S0"),
        (ExerciseId::WallBallMassage, "S3"),
        (ExerciseId::RollerThoracicExtension, "S3"),
        (ExerciseId::MoistHeat, "S3"),
        (ExerciseId::SlowBreathing, "S3"),
        (ExerciseId::ProneSwimmers, "S1"),
        (ExerciseId::BentOverRow, "S1"),
        (ExerciseId::ShoulderBladeSqueeze, "S0"),
        (ExerciseId::SeatedBandRow, "S0"),
        (ExerciseId::RollOutKneeling, "S2"),
        (ExerciseId::RollOutWall, "S2"),
        (ExerciseId::RollOutFloor, "S2"),
    ];
    for (id, source) in expect {
        assert!(
            exercise(id).sources.contains(&source),
            "{} from {source}",
            id.as_str()
        );
    }
}

#![cfg(not(target_arch = "wasm32"))]
//! Red flags and triage: every flag leads to the right outcome, emergencies win, and the
//! catalogue stays traceable to its sources.
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::collections::BTreeMap;

use knot_coach::domain::questionnaire::{
    question, Answer, Answers, QuestionId, QuestionKind, NONE_ID,
};
use knot_coach::domain::triage::{red_flags, triage, Caution, RedFlag, Triage, Urgency};
use knot_coach::text::{self, Lang};
use proptest::prelude::*;

const SCREENING: [QuestionId; 3] = [
    QuestionId::EmergencySigns,
    QuestionId::WarningSigns,
    QuestionId::HealthHistory,
];

const KNOWN_SOURCES: [&str; 10] = ["S0", "S1", "S2", "S3", "R1", "R2", "R3", "R4", "R5", "R6"];

fn single(id: &str) -> Answer {
    Answer::Single(id.to_owned())
}

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple(ids.iter().map(|id| id.to_string()).collect())
}

/// A reader with no flags at all: every checklist "None of these", a long-standing knot, aged 30.
fn clear_answers() -> Answers {
    let mut answers = Answers::default();
    for id in SCREENING {
        answers.set(id, multiple(&[NONE_ID]));
    }
    answers.set(QuestionId::KnotLocation, single("between-shoulder-blades"));
    answers.set(QuestionId::Duration, single("months"));
    answers.set(QuestionId::AgeBand, single("20-49"));
    answers
}

/// Answers that raise `flag` and nothing else.
fn answers_with(flag: RedFlag) -> Answers {
    let mut answers = clear_answers();
    match flag.question() {
        Some(id) => answers.set(id, multiple(&[flag.option_id()])),
        None => {
            answers.set(QuestionId::AgeBand, single("65-plus"));
            answers.set(QuestionId::Duration, single("days"));
        }
    }
    answers
}

fn outcomes(pairs: &[(&str, &str)]) -> Answer {
    Answer::Outcomes(
        pairs
            .iter()
            .map(|(m, o)| (m.to_string(), o.to_string()))
            .collect::<BTreeMap<_, _>>(),
    )
}

#[test]
fn chest_pain_alone_is_an_emergency() {
    let mut answers = Answers::default();
    answers.set(QuestionId::EmergencySigns, multiple(&["chest-pain"]));
    assert_eq!(
        triage(&answers),
        Triage::Emergency {
            reasons: vec![RedFlag::ChestPain]
        }
    );
}

#[test]
fn each_flag_on_its_own_gives_its_own_outcome() {
    for &flag in RedFlag::all() {
        let outcome = triage(&answers_with(flag));
        let expected = match flag.urgency() {
            Urgency::Emergency => Triage::Emergency {
                reasons: vec![flag],
            },
            Urgency::SeeClinician => Triage::SeeClinician {
                reasons: vec![flag],
            },
        };
        assert_eq!(outcome, expected, "{flag:?}");
    }
}

#[test]
fn an_emergency_flag_beats_a_see_a_clinician_flag() {
    let mut answers = answers_with(RedFlag::CancerHistory);
    answers.set(QuestionId::WarningSigns, multiple(&["fever"]));
    answers.set(QuestionId::EmergencySigns, multiple(&["short-of-breath"]));
    assert_eq!(
        triage(&answers),
        Triage::Emergency {
            reasons: vec![RedFlag::ShortOfBreath]
        }
    );
}

#[test]
fn a_see_a_clinician_result_lists_every_clinician_reason_in_catalogue_order() {
    let mut answers = clear_answers();
    answers.set(
        QuestionId::WarningSigns,
        multiple(&["rash-or-blisters", "fever"]),
    );
    answers.set(QuestionId::HealthHistory, multiple(&["spinal-condition"]));
    assert_eq!(
        triage(&answers),
        Triage::SeeClinician {
            reasons: vec![
                RedFlag::Fever,
                RedFlag::RashOrBlisters,
                RedFlag::SpinalCondition
            ]
        }
    );
}

#[test]
fn an_emergency_result_lists_every_emergency_reason_in_catalogue_order() {
    let mut answers = Answers::default();
    answers.set(
        QuestionId::EmergencySigns,
        multiple(&["bladder-or-bowel-change", "chest-pain"]),
    );
    assert_eq!(
        triage(&answers),
        Triage::Emergency {
            reasons: vec![RedFlag::ChestPain, RedFlag::BladderOrBowelChange]
        }
    );
}

#[test]
fn no_flags_means_proceed() {
    assert!(matches!(triage(&clear_answers()), Triage::Proceed { .. }));
}

#[test]
fn unanswered_questions_raise_no_flags() {
    assert_eq!(
        triage(&Answers::default()),
        Triage::Proceed { cautions: vec![] }
    );
}

#[test]
fn new_pain_needs_a_clinician_under_20_and_from_50() {
    for age in ["under-20", "20-49", "50-64", "65-plus"] {
        for duration in ["days", "weeks", "months"] {
            let mut answers = clear_answers();
            answers.set(QuestionId::AgeBand, single(age));
            answers.set(QuestionId::Duration, single(duration));
            let flagged = age != "20-49" && duration != "months";
            assert_eq!(
                red_flags(&answers).contains(&RedFlag::NewPainYoungOrOlder),
                flagged,
                "{age} {duration}"
            );
        }
    }
}

#[test]
fn age_alone_without_a_duration_raises_no_flag() {
    let mut answers = Answers::default();
    answers.set(QuestionId::AgeBand, single("65-plus"));
    assert!(red_flags(&answers).is_empty());
}

#[test]
fn a_flag_counts_only_on_its_own_question() {
    let mut answers = Answers::default();
    answers.set(QuestionId::Equipment, multiple(&["chest-pain"]));
    answers.set(QuestionId::WarningSigns, multiple(&["cancer-history"]));
    assert!(red_flags(&answers).is_empty());
}

#[test]
fn long_standing_pain_gets_a_review_caution() {
    let Triage::Proceed { cautions } = triage(&clear_answers()) else {
        panic!("expected Proceed");
    };
    assert_eq!(cautions, vec![Caution::LongStanding]);
}

#[test]
fn readers_aged_65_or_over_with_long_standing_pain_get_gentler_longer_stretches() {
    let mut answers = clear_answers();
    answers.set(QuestionId::AgeBand, single("65-plus"));
    assert_eq!(
        triage(&answers),
        Triage::Proceed {
            cautions: vec![Caution::OlderAdult, Caution::LongStanding]
        }
    );
}

#[test]
fn stretching_or_massage_that_helped_only_briefly_leans_the_plan_on_strength() {
    for method in ["stretching", "massage"] {
        for outcome in ["briefly", "no-help"] {
            let mut answers = clear_answers();
            answers.set(QuestionId::Tried, outcomes(&[(method, outcome)]));
            let Triage::Proceed { cautions } = triage(&answers) else {
                panic!("expected Proceed");
            };
            assert!(
                cautions.contains(&Caution::ReliefDidNotHelp),
                "{method} {outcome}"
            );
        }
    }
}

#[test]
fn relief_that_helped_or_was_not_tried_adds_no_relief_caution() {
    let mut answers = clear_answers();
    answers.set(
        QuestionId::Tried,
        outcomes(&[
            ("stretching", "helped"),
            ("massage", "not-tried"),
            ("heat", "no-help"),
        ]),
    );
    let Triage::Proceed { cautions } = triage(&answers) else {
        panic!("expected Proceed");
    };
    assert!(!cautions.contains(&Caution::ReliefDidNotHelp));
    assert!(!cautions.contains(&Caution::ExerciseDidNotHelp));
}

#[test]
fn exercise_that_did_not_help_gets_a_review_caution() {
    let mut answers = clear_answers();
    answers.set(QuestionId::Tried, outcomes(&[("exercise", "no-help")]));
    let Triage::Proceed { cautions } = triage(&answers) else {
        panic!("expected Proceed");
    };
    assert!(cautions.contains(&Caution::ExerciseDidNotHelp));
}

#[test]
fn every_checklist_flag_is_an_option_of_exactly_one_screening_question() {
    for &flag in RedFlag::all() {
        let homes: Vec<QuestionId> = SCREENING
            .into_iter()
            .filter(|id| {
                question(*id)
                    .options
                    .iter()
                    .any(|c| c.id == flag.option_id())
            })
            .collect();
        match flag.question() {
            Some(home) => assert_eq!(homes, vec![home], "{flag:?}"),
            None => assert!(homes.is_empty(), "derived {flag:?} must not be ticked"),
        }
    }
}

#[test]
fn every_screening_option_is_a_red_flag_or_none() {
    for id in SCREENING {
        let q = question(id);
        assert_eq!(
            q.kind,
            QuestionKind::Multiple {
                none_id: Some(NONE_ID)
            }
        );
        for choice in q.options {
            if choice.id == NONE_ID {
                continue;
            }
            let flag = RedFlag::from_option_id(choice.id).expect("option is a red flag");
            assert_eq!(flag.question(), Some(id));
            for lang in Lang::ALL {
                let words = text::red_flag_text(lang, flag);
                assert_eq!(
                    text::option_text(lang, id, choice.id),
                    Some((words.label, words.hint)),
                    "the checklist words the flag as the catalogue does"
                );
            }
        }
        assert_eq!(q.options.last().map(|c| c.id), Some(NONE_ID));
    }
}

#[test]
fn every_flag_urgency_matches_the_question_it_is_on() {
    for &flag in RedFlag::all() {
        let expected = match flag.question() {
            Some(QuestionId::EmergencySigns) => Urgency::Emergency,
            _ => Urgency::SeeClinician,
        };
        assert_eq!(flag.urgency(), expected, "{flag:?}");
    }
}

#[test]
fn only_the_new_pain_age_flag_is_derived() {
    let derived: Vec<RedFlag> = RedFlag::all()
        .iter()
        .copied()
        .filter(|f| f.question().is_none())
        .collect();
    assert_eq!(derived, vec![RedFlag::NewPainYoungOrOlder]);
}

#[test]
fn option_ids_round_trip() {
    for &flag in RedFlag::all() {
        assert_eq!(RedFlag::from_option_id(flag.option_id()), Some(flag));
    }
    assert_eq!(RedFlag::from_option_id(NONE_ID), None);
    assert_eq!(RedFlag::from_option_id("headache"), None);
}

#[test]
fn the_catalogue_lists_each_flag_once_with_its_own_entry() {
    let all = RedFlag::all();
    for (i, &flag) in all.iter().enumerate() {
        assert_eq!(flag.info().flag, flag);
        assert!(!all[..i].contains(&flag), "{flag:?} listed twice");
    }
}

#[test]
fn emergencies_come_first_in_the_catalogue() {
    let urgencies: Vec<Urgency> = RedFlag::all().iter().map(|f| f.urgency()).collect();
    let first_clinician = urgencies
        .iter()
        .position(|u| *u == Urgency::SeeClinician)
        .expect("there are clinician flags");
    assert!(urgencies[..first_clinician]
        .iter()
        .all(|u| *u == Urgency::Emergency));
    assert!(urgencies[first_clinician..]
        .iter()
        .all(|u| *u == Urgency::SeeClinician));
}

#[test]
fn every_red_flag_cites_known_sources() {
    for &flag in RedFlag::all() {
        let sources = flag.sources();
        assert!(!sources.is_empty(), "{flag:?} has no source");
        for source in sources {
            assert!(KNOWN_SOURCES.contains(source), "{flag:?} cites {source}");
        }
    }
}

#[test]
fn emergency_flags_cite_the_emergency_sources() {
    for &flag in RedFlag::all() {
        if flag.urgency() == Urgency::Emergency {
            assert!(
                flag.sources()
                    .iter()
                    .all(|s| ["R1", "R2", "R3"].contains(s)),
                "{flag:?}"
            );
        }
    }
}

#[test]
fn every_caution_cites_known_sources_and_has_text() {
    for caution in Caution::ALL {
        for lang in knot_coach::text::Lang::ALL {
            assert!(!knot_coach::text::caution(lang, caution).is_empty());
        }
        assert!(!caution.sources().is_empty(), "{caution:?}");
        for source in caution.sources() {
            assert!(KNOWN_SOURCES.contains(source), "{caution:?} cites {source}");
        }
    }
}

#[test]
fn every_red_flag_has_a_label_and_a_one_sentence_reason() {
    for &flag in RedFlag::all() {
        for lang in Lang::ALL {
            let info = text::red_flag_text(lang, flag);
            assert!(!info.label.trim().is_empty(), "{flag:?}");
            assert!(info.reason.ends_with('.'), "{flag:?}");
            assert_eq!(
                info.reason.matches(". ").count(),
                0,
                "{flag:?}: one sentence in {lang}"
            );
        }
    }
}

#[test]
fn the_minimum_red_flags_from_the_clinical_brief_are_all_screened() {
    use RedFlag::*;
    let required = [
        ChestPain,
        ShortOfBreath,
        SuddenSeverePain,
        SeriousAccident,
        BothLegsNumbOrWeak,
        BladderOrBowelChange,
        CancerHistory,
        UnusualLump,
        Fever,
        UnexplainedWeightLoss,
        NightOrRestPain,
        WorseningConstantPain,
        ArmNumbOrWeak,
        NeckOrigin,
        SpinalCondition,
        NewPainYoungOrOlder,
        NoImprovement,
        WorseOnCoughOrStrain,
        WeakImmuneSystem,
        RashOrBlisters,
    ];
    for flag in required {
        assert!(RedFlag::all().contains(&flag));
    }
    assert_eq!(RedFlag::all().len(), required.len());
}

/// Flags of one checklist picked by the bits of `mask`; "None of these" when no bit is set.
fn pick(id: QuestionId, mask: u32) -> (Answer, Vec<RedFlag>) {
    let flags: Vec<RedFlag> = RedFlag::all()
        .iter()
        .copied()
        .filter(|f| f.question() == Some(id))
        .enumerate()
        .filter(|(i, _)| mask & (1 << i) != 0)
        .map(|(_, f)| f)
        .collect();
    if flags.is_empty() {
        (multiple(&[NONE_ID]), flags)
    } else {
        let ids: Vec<&str> = flags.iter().map(|f| f.option_id()).collect();
        (multiple(&ids), flags)
    }
}

fn option_at(id: QuestionId, index: usize) -> Answer {
    let options = question(id).options;
    single(options[index % options.len()].id)
}

proptest! {
    #[test]
    fn any_answers_with_an_emergency_sign_are_never_proceed(
        emergency in 1u32..(1 << 6),
        warning in 0u32..(1 << 9),
        history in 0u32..(1 << 4),
        age in 0usize..4,
        duration in 0usize..3,
        location in 0usize..4,
        hours in 0u32..=24,
    ) {
        let mut answers = Answers::default();
        let (emergency_answer, emergency_flags) = pick(QuestionId::EmergencySigns, emergency);
        answers.set(QuestionId::EmergencySigns, emergency_answer);
        answers.set(QuestionId::WarningSigns, pick(QuestionId::WarningSigns, warning).0);
        answers.set(QuestionId::HealthHistory, pick(QuestionId::HealthHistory, history).0);
        answers.set(QuestionId::AgeBand, option_at(QuestionId::AgeBand, age));
        answers.set(QuestionId::Duration, option_at(QuestionId::Duration, duration));
        answers.set(QuestionId::KnotLocation, option_at(QuestionId::KnotLocation, location));
        answers.set(QuestionId::SittingHours, Answer::Number(hours));
        prop_assert_eq!(triage(&answers), Triage::Emergency { reasons: emergency_flags });
    }

    #[test]
    fn triage_follows_the_flags_ticked(
        emergency in 0u32..(1 << 6),
        warning in 0u32..(1 << 9),
        history in 0u32..(1 << 4),
        age in 0usize..4,
        duration in 0usize..3,
    ) {
        let mut answers = Answers::default();
        let (a, emergency_flags) = pick(QuestionId::EmergencySigns, emergency);
        answers.set(QuestionId::EmergencySigns, a);
        let (a, mut clinician_flags) = pick(QuestionId::WarningSigns, warning);
        answers.set(QuestionId::WarningSigns, a);
        let (a, history_flags) = pick(QuestionId::HealthHistory, history);
        answers.set(QuestionId::HealthHistory, a);
        clinician_flags.extend(history_flags);
        answers.set(QuestionId::AgeBand, option_at(QuestionId::AgeBand, age));
        answers.set(QuestionId::Duration, option_at(QuestionId::Duration, duration));
        // AgeBand options: under-20, 20-49, 50-64, 65-plus; Duration: days, weeks, months.
        if age != 1 && duration != 2 {
            clinician_flags.push(RedFlag::NewPainYoungOrOlder);
        }
        let outcome = triage(&answers);
        if !emergency_flags.is_empty() {
            prop_assert_eq!(outcome, Triage::Emergency { reasons: emergency_flags });
        } else if !clinician_flags.is_empty() {
            prop_assert_eq!(outcome, Triage::SeeClinician { reasons: clinician_flags });
        } else {
            let proceeds = matches!(outcome, Triage::Proceed { .. });
            prop_assert!(proceeds);
        }
    }
}

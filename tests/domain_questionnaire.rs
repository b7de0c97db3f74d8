#![cfg(not(target_arch = "wasm32"))]
//! The questionnaire: question content, validation, and the reader's way through it.
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::collections::{BTreeMap, BTreeSet};

use knot_coach::domain::questionnaire::{
    all_questions, question, visible_questions, Answer, AnswerError, Answers, Position, Question,
    QuestionId, QuestionKind, Questionnaire, NONE_ID, NOT_TRIED,
};
use knot_coach::domain::triage::{red_flags, Urgency};
use knot_coach::text::{self, Lang};
use proptest::prelude::*;

/// How "Check your answers" shows an answer to an English reader.
fn describe_en(id: QuestionId, answer: &Answer) -> String {
    text::describe_answer(Lang::En, id, answer)
}

fn single(id: &str) -> Answer {
    Answer::Single(id.to_owned())
}

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple(ids.iter().map(|id| id.to_string()).collect())
}

fn outcomes(pairs: &[(&str, &str)]) -> Answer {
    Answer::Outcomes(
        pairs
            .iter()
            .map(|(m, o)| (m.to_string(), o.to_string()))
            .collect::<BTreeMap<_, _>>(),
    )
}

/// An answer that raises no red flag, for walking through the questionnaire.
fn clear_answer(id: QuestionId) -> Answer {
    match id {
        QuestionId::EmergencySigns | QuestionId::WarningSigns | QuestionId::HealthHistory => {
            multiple(&[NONE_ID])
        }
        QuestionId::KnotLocation => single("between-shoulder-blades"),
        QuestionId::Duration => single("months"),
        QuestionId::AgeBand => single("20-49"),
        QuestionId::Tried => outcomes(&[("stretching", "briefly"), ("heat", "helped")]),
        QuestionId::SittingHours => Answer::Number(8),
        QuestionId::Equipment => multiple(&["ball", "band"]),
        QuestionId::SessionMinutes => single("10"),
    }
}

/// Answers every question it is asked with `pick`, until it is no longer asked anything.
fn run(questionnaire: &mut Questionnaire, pick: impl Fn(QuestionId) -> Answer) {
    while let Position::Asking(id) = questionnaire.position {
        questionnaire.answer(pick(id)).expect("valid answer");
    }
}

fn completed() -> Questionnaire {
    let mut q = Questionnaire::new();
    run(&mut q, clear_answer);
    q
}

fn asked_in_order(pick: impl Fn(QuestionId) -> Answer) -> Vec<QuestionId> {
    let mut q = Questionnaire::new();
    let mut asked = Vec::new();
    while let Position::Asking(id) = q.position {
        asked.push(id);
        q.answer(pick(id)).expect("valid answer");
    }
    asked
}

// --- Content ------------------------------------------------------------------------------

#[test]
fn questions_are_asked_in_the_agreed_order_with_the_emergency_checklist_first() {
    let ids: Vec<QuestionId> = all_questions().iter().map(|q| q.id).collect();
    assert_eq!(ids, QuestionId::ALL.to_vec());
    assert_eq!(
        ids,
        vec![
            QuestionId::EmergencySigns,
            QuestionId::KnotLocation,
            QuestionId::Duration,
            QuestionId::AgeBand,
            QuestionId::WarningSigns,
            QuestionId::HealthHistory,
            QuestionId::Tried,
            QuestionId::SittingHours,
            QuestionId::Equipment,
            QuestionId::SessionMinutes,
        ]
    );
    for id in QuestionId::ALL {
        assert_eq!(question(id).id, id);
    }
}

#[test]
fn every_question_has_a_prompt_help_and_options_where_needed() {
    for q in all_questions() {
        for lang in Lang::ALL {
            let words = text::question_text(lang, q.id);
            assert!(!words.prompt.trim().is_empty(), "{:?}", q.id);
            assert!(!words.help.trim().is_empty(), "{:?}", q.id);
        }
        match q.kind {
            QuestionKind::Number { min, max } => {
                assert!(q.options.is_empty(), "{:?}", q.id);
                assert!(min < max);
                for lang in Lang::ALL {
                    assert!(!text::question_text(lang, q.id).unit.is_empty());
                }
            }
            QuestionKind::Outcomes { outcomes } => {
                assert!(!q.options.is_empty());
                assert_eq!(outcomes.first().map(|o| o.id), Some(NOT_TRIED));
                assert_unique(q.id, outcomes.iter().map(|o| o.id));
            }
            QuestionKind::Single | QuestionKind::Multiple { .. } => {
                assert!(q.options.len() >= 2, "{:?}", q.id);
            }
        }
        for choice in q.options {
            for lang in Lang::ALL {
                let (label, hint) = text::option_text(lang, q.id, choice.id).unwrap();
                assert!(!choice.id.is_empty() && !label.trim().is_empty());
                assert!(hint.is_none_or(|h| !h.trim().is_empty()));
            }
        }
    }
}

fn assert_unique<'a>(id: QuestionId, ids: impl Iterator<Item = &'a str>) {
    let mut seen = BTreeSet::new();
    for option in ids {
        assert!(seen.insert(option), "{id:?}: option id {option} repeated");
    }
}

#[test]
fn option_ids_are_unique_within_each_question() {
    for q in all_questions() {
        assert_unique(q.id, q.options.iter().map(|c| c.id));
    }
}

#[test]
fn the_none_option_is_offered_last_wherever_it_exists() {
    for q in all_questions() {
        if let QuestionKind::Multiple {
            none_id: Some(none),
        } = q.kind
        {
            assert_eq!(q.options.last().map(|c| c.id), Some(none), "{:?}", q.id);
        }
    }
}

fn ids(id: QuestionId) -> Vec<&'static str> {
    question(id).options.iter().map(|c| c.id).collect()
}

#[test]
fn option_ids_match_the_ones_the_screens_rely_on() {
    assert_eq!(
        ids(QuestionId::KnotLocation),
        [
            "between-shoulder-blades",
            "top-of-shoulder",
            "shoulder-blade",
            "beside-spine"
        ]
    );
    assert_eq!(ids(QuestionId::Duration), ["days", "weeks", "months"]);
    assert_eq!(
        ids(QuestionId::AgeBand),
        ["under-20", "20-49", "50-64", "65-plus"]
    );
    assert_eq!(
        ids(QuestionId::Tried),
        ["stretching", "massage", "heat", "exercise"]
    );
    assert_eq!(
        ids(QuestionId::Equipment),
        ["ball", "foam-roller", "band", "dumbbells", "wall", "none"]
    );
    assert_eq!(ids(QuestionId::SessionMinutes), ["5", "10", "15", "20"]);
    assert_eq!(
        question(QuestionId::SittingHours).kind,
        QuestionKind::Number { min: 0, max: 24 }
    );
    let QuestionKind::Outcomes { outcomes } = question(QuestionId::Tried).kind else {
        panic!("Tried is an outcomes question");
    };
    let outcome_ids: Vec<&str> = outcomes.iter().map(|o| o.id).collect();
    assert_eq!(outcome_ids, ["not-tried", "helped", "briefly", "no-help"]);
}

// --- Validation ---------------------------------------------------------------------------

#[test]
fn none_of_these_together_with_another_option_is_rejected() {
    let q = question(QuestionId::EmergencySigns);
    assert_eq!(
        q.validate(Some(&multiple(&["chest-pain", NONE_ID]))),
        Err(AnswerError::NoneWithOthers(QuestionId::EmergencySigns))
    );
    let q = question(QuestionId::Equipment);
    assert_eq!(
        q.validate(Some(&multiple(&[NONE_ID, "ball"]))),
        Err(AnswerError::NoneWithOthers(QuestionId::Equipment))
    );
}

#[test]
fn none_of_these_on_its_own_is_accepted() {
    let q = question(QuestionId::WarningSigns);
    assert_eq!(
        q.validate(Some(&multiple(&[NONE_ID, NONE_ID]))),
        Ok(multiple(&[NONE_ID]))
    );
}

#[test]
fn multiple_choice_answers_are_deduplicated_and_put_in_the_order_shown() {
    let q = question(QuestionId::Equipment);
    assert_eq!(
        q.validate(Some(&multiple(&["wall", "ball", "wall"]))),
        Ok(multiple(&["ball", "wall"]))
    );
}

#[test]
fn unknown_option_ids_are_rejected() {
    let unknown = |id: QuestionId, answer: Answer, option: &str| {
        assert_eq!(
            question(id).validate(Some(&answer)),
            Err(AnswerError::UnknownOption {
                question: id,
                option: option.to_owned()
            })
        );
    };
    unknown(QuestionId::KnotLocation, single("knee"), "knee");
    unknown(
        QuestionId::Equipment,
        multiple(&["ball", "kettlebell"]),
        "kettlebell",
    );
    // A flag belongs to one checklist only.
    unknown(
        QuestionId::WarningSigns,
        multiple(&["chest-pain"]),
        "chest-pain",
    );
    unknown(QuestionId::Tried, outcomes(&[("yoga", "helped")]), "yoga");
    unknown(QuestionId::Tried, outcomes(&[("heat", "magic")]), "magic");
}

#[test]
fn single_choice_with_an_empty_id_is_missing() {
    let q = question(QuestionId::KnotLocation);
    assert_eq!(
        q.validate(Some(&single(""))),
        Err(AnswerError::Missing(QuestionId::KnotLocation))
    );
    assert_eq!(
        q.validate(None),
        Err(AnswerError::Missing(QuestionId::KnotLocation))
    );
}

#[test]
fn an_empty_multiple_choice_is_missing() {
    let q = question(QuestionId::HealthHistory);
    assert_eq!(
        q.validate(Some(&multiple(&[]))),
        Err(AnswerError::Missing(QuestionId::HealthHistory))
    );
}

#[test]
fn numbers_out_of_range_are_rejected() {
    let q = question(QuestionId::SittingHours);
    assert_eq!(q.validate(Some(&Answer::Number(0))), Ok(Answer::Number(0)));
    assert_eq!(
        q.validate(Some(&Answer::Number(24))),
        Ok(Answer::Number(24))
    );
    let error = q.validate(Some(&Answer::Number(25)));
    assert_eq!(
        error,
        Err(AnswerError::OutOfRange {
            question: QuestionId::SittingHours,
            min: 0,
            max: 24
        })
    );
    assert_eq!(
        error.map_err(|e| text::answer_error(Lang::En, &e)),
        Err("Enter a whole number from 0 to 24".to_owned())
    );
}

#[test]
fn an_answer_of_the_wrong_kind_is_rejected() {
    let q = question(QuestionId::SittingHours);
    assert_eq!(
        q.validate(Some(&single("8"))),
        Err(AnswerError::WrongKind(QuestionId::SittingHours))
    );
    let q = question(QuestionId::KnotLocation);
    assert_eq!(
        q.validate(Some(&multiple(&["beside-spine"]))),
        Err(AnswerError::WrongKind(QuestionId::KnotLocation))
    );
}

#[test]
fn methods_left_out_of_what_you_tried_count_as_not_tried() {
    let q = question(QuestionId::Tried);
    assert_eq!(
        q.validate(Some(&outcomes(&[("heat", "helped")]))),
        Ok(outcomes(&[
            ("stretching", NOT_TRIED),
            ("massage", NOT_TRIED),
            ("heat", "helped"),
            ("exercise", NOT_TRIED),
        ]))
    );
}

#[test]
fn error_messages_tell_the_reader_what_to_do() {
    assert_eq!(
        text::answer_error(Lang::En, &AnswerError::Missing(QuestionId::KnotLocation)),
        "Select where the knot is"
    );
    for id in QuestionId::ALL {
        assert!(!text::answer_error(Lang::En, &AnswerError::Missing(id)).is_empty());
    }
    assert!(text::answer_error(
        Lang::En,
        &AnswerError::NoneWithOthers(QuestionId::Equipment)
    )
    .contains("None of these"));
}

// --- Describe -----------------------------------------------------------------------------

#[test]
fn the_summary_describes_answers_in_plain_words() {
    assert_eq!(
        describe_en(QuestionId::KnotLocation, &single("between-shoulder-blades")),
        "Between the shoulder blades"
    );
    assert_eq!(
        describe_en(
            QuestionId::Tried,
            &outcomes(&[
                ("stretching", "briefly"),
                ("massage", NOT_TRIED),
                ("heat", "helped")
            ])
        ),
        "Stretching: helped for a while only; Heat: helped"
    );
    assert_eq!(
        describe_en(QuestionId::Tried, &outcomes(&[])),
        "Nothing tried yet"
    );
    assert_eq!(
        describe_en(QuestionId::SittingHours, &Answer::Number(8)),
        "8 hours"
    );
    assert_eq!(
        describe_en(QuestionId::SittingHours, &Answer::Number(1)),
        "1 hour"
    );
    assert_eq!(
        describe_en(QuestionId::Equipment, &multiple(&["ball", "wall"])),
        "A tennis ball or lacrosse ball; A clear stretch of wall to lean on"
    );
    assert_eq!(
        describe_en(QuestionId::EmergencySigns, &multiple(&[NONE_ID])),
        "None of these"
    );
}

// --- Navigation ---------------------------------------------------------------------------

#[test]
fn a_new_questionnaire_starts_at_the_emergency_checklist() {
    let q = Questionnaire::new();
    assert_eq!(q.position, Position::Asking(QuestionId::EmergencySigns));
    assert_eq!(q.progress(), Some((1, 10)));
    assert!(q.answers.0.is_empty());
}

#[test]
fn a_reader_without_flags_answers_all_ten_questions_then_checks_answers() {
    assert_eq!(asked_in_order(clear_answer), QuestionId::ALL.to_vec());
    let q = completed();
    assert_eq!(q.position, Position::CheckAnswers);
    assert_eq!(q.summary().len(), 10);
}

#[test]
fn ticking_an_emergency_sign_finishes_at_once() {
    let mut q = Questionnaire::new();
    q.answer(multiple(&["chest-pain"])).expect("valid");
    assert_eq!(q.position, Position::Finished);
    assert_eq!(
        q.summary(),
        vec![(QuestionId::EmergencySigns, multiple(&["chest-pain"]))]
    );
}

#[test]
fn a_see_a_clinician_flag_skips_the_routine_questions() {
    let pick = |id| match id {
        QuestionId::WarningSigns => multiple(&["fever"]),
        other => clear_answer(other),
    };
    let asked = asked_in_order(pick);
    assert_eq!(asked, QuestionId::ALL[..6].to_vec());
    let mut q = Questionnaire::new();
    run(&mut q, pick);
    assert_eq!(q.position, Position::CheckAnswers);
}

#[test]
fn new_pain_over_50_skips_the_routine_questions_but_still_screens_for_more_flags() {
    let pick = |id| match id {
        QuestionId::AgeBand => single("50-64"),
        QuestionId::Duration => single("days"),
        other => clear_answer(other),
    };
    assert_eq!(asked_in_order(pick), QuestionId::ALL[..6].to_vec());
}

#[test]
fn progress_counts_only_the_questions_still_to_be_shown() {
    let mut q = Questionnaire::new();
    for _ in 0..4 {
        q.answer(clear_answer(q.current().expect("asking").id))
            .expect("valid");
    }
    assert_eq!(q.progress(), Some((5, 10)));
    q.answer(multiple(&["fever"])).expect("valid");
    assert_eq!(q.progress(), Some((6, 6)));
}

#[test]
fn back_returns_to_the_previous_question_with_its_answer_kept() {
    let mut q = Questionnaire::new();
    q.answer(multiple(&[NONE_ID])).expect("valid");
    q.answer(single("top-of-shoulder")).expect("valid");
    assert!(q.back());
    assert_eq!(q.position, Position::Asking(QuestionId::KnotLocation));
    assert_eq!(
        q.answers.get(QuestionId::KnotLocation),
        Some(&single("top-of-shoulder"))
    );
}

#[test]
fn back_at_the_first_question_stays_put() {
    let mut q = Questionnaire::new();
    assert!(!q.back());
    assert_eq!(q.position, Position::Asking(QuestionId::EmergencySigns));
}

#[test]
fn back_from_check_answers_returns_to_the_last_question_shown() {
    let mut q = completed();
    assert!(q.back());
    assert_eq!(q.position, Position::Asking(QuestionId::SessionMinutes));
}

#[test]
fn back_from_an_emergency_result_returns_to_the_emergency_checklist() {
    let mut q = Questionnaire::new();
    q.answer(multiple(&["serious-accident"])).expect("valid");
    assert!(q.back());
    assert_eq!(q.position, Position::Asking(QuestionId::EmergencySigns));
    // Unticking it carries on with the questionnaire.
    q.answer(multiple(&[NONE_ID])).expect("valid");
    assert_eq!(q.position, Position::Asking(QuestionId::KnotLocation));
}

#[test]
fn confirming_finishes_and_back_returns_to_check_answers() {
    let mut q = completed();
    q.confirm();
    assert_eq!(q.position, Position::Finished);
    assert!(q.back());
    assert_eq!(q.position, Position::CheckAnswers);
}

#[test]
fn confirm_does_nothing_while_a_question_is_shown() {
    let mut q = Questionnaire::new();
    q.confirm();
    assert_eq!(q.position, Position::Asking(QuestionId::EmergencySigns));
}

#[test]
fn answering_when_no_question_is_shown_is_refused() {
    let mut q = completed();
    assert_eq!(q.answer(single("10")), Err(AnswerError::NotAsking));
}

#[test]
fn an_invalid_answer_changes_nothing() {
    let mut q = Questionnaire::new();
    let before = q.clone();
    assert!(q.answer(multiple(&["chest-pain", NONE_ID])).is_err());
    assert_eq!(q, before);
}

#[test]
fn changing_an_answer_returns_to_check_answers() {
    let mut q = completed();
    q.change(QuestionId::KnotLocation);
    assert_eq!(q.position, Position::Asking(QuestionId::KnotLocation));
    q.answer(single("beside-spine")).expect("valid");
    assert_eq!(q.position, Position::CheckAnswers);
    assert_eq!(
        q.answers.get(QuestionId::KnotLocation),
        Some(&single("beside-spine"))
    );
}

#[test]
fn back_while_changing_returns_to_check_answers() {
    let mut q = completed();
    q.change(QuestionId::Equipment);
    assert!(q.back());
    assert_eq!(q.position, Position::CheckAnswers);
}

#[test]
fn a_change_that_reveals_unanswered_questions_asks_them_before_check_answers() {
    let mut q = Questionnaire::new();
    run(&mut q, |id| match id {
        QuestionId::HealthHistory => multiple(&["cancer-history"]),
        other => clear_answer(other),
    });
    assert_eq!(q.position, Position::CheckAnswers);
    q.change(QuestionId::HealthHistory);
    q.answer(multiple(&[NONE_ID])).expect("valid");
    let mut asked = Vec::new();
    while let Position::Asking(id) = q.position {
        asked.push(id);
        q.answer(clear_answer(id)).expect("valid");
    }
    assert_eq!(asked, QuestionId::ALL[6..].to_vec());
    assert_eq!(q.position, Position::CheckAnswers);
}

#[test]
fn a_change_to_an_emergency_sign_finishes_at_once() {
    let mut q = completed();
    q.change(QuestionId::EmergencySigns);
    q.answer(multiple(&["short-of-breath"])).expect("valid");
    assert_eq!(q.position, Position::Finished);
    assert!(!q.changing);
}

#[test]
fn hidden_answers_are_kept_and_come_back_when_the_questions_do() {
    let mut q = completed();
    q.change(QuestionId::WarningSigns);
    q.answer(multiple(&["fever"])).expect("valid");
    assert_eq!(q.position, Position::CheckAnswers);
    assert_eq!(q.summary().len(), 6);
    assert!(q.answers.get(QuestionId::Equipment).is_some());
    q.change(QuestionId::WarningSigns);
    q.answer(multiple(&[NONE_ID])).expect("valid");
    assert_eq!(q.position, Position::CheckAnswers);
    assert_eq!(q.summary().len(), 10);
}

#[test]
fn change_is_ignored_outside_check_answers_or_for_hidden_questions() {
    let mut q = Questionnaire::new();
    q.change(QuestionId::Equipment);
    assert_eq!(q.position, Position::Asking(QuestionId::EmergencySigns));
    let mut q = Questionnaire::new();
    run(&mut q, |id| match id {
        QuestionId::WarningSigns => multiple(&["fever"]),
        other => clear_answer(other),
    });
    q.change(QuestionId::Equipment);
    assert_eq!(q.position, Position::CheckAnswers);
}

#[test]
fn start_over_clears_every_answer() {
    let mut q = completed();
    q.start_over();
    assert_eq!(q, Questionnaire::new());
}

#[test]
fn a_questionnaire_survives_a_round_trip_through_json() {
    let mut q = completed();
    q.change(QuestionId::Tried);
    let text = serde_json::to_string(&q).expect("writes");
    let back: Questionnaire = serde_json::from_str(&text).expect("reads");
    assert_eq!(back, q);
}

#[test]
fn every_question_is_stored_under_its_page_name() {
    for id in QuestionId::ALL {
        assert_eq!(serde_json::to_value(id).unwrap(), id.stored_name());
        assert_eq!(
            serde_json::from_value::<QuestionId>(id.stored_name().into()).unwrap(),
            id
        );
    }
}

#[test]
fn the_stored_shape_uses_readable_names() {
    let mut q = Questionnaire::new();
    q.answer(multiple(&[NONE_ID])).expect("valid");
    let stored = serde_json::to_value(&q).expect("writes");
    assert_eq!(
        stored,
        serde_json::json!({
            "answers": { "emergency-signs": { "kind": "multiple", "value": ["none"] } },
            "position": { "at": "asking", "question": "knot-location" },
            "changing": false
        })
    );
}

// --- Properties ---------------------------------------------------------------------------

#[derive(Clone, Debug)]
enum Step {
    Answer(u64),
    Back,
    Change(usize),
    Confirm,
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => any::<u64>().prop_map(Step::Answer),
        2 => Just(Step::Back),
        1 => (0..QuestionId::ALL.len()).prop_map(Step::Change),
        1 => Just(Step::Confirm),
    ]
}

/// A valid answer to `q` chosen by `seed`; checklists mostly answer "None of these" so that
/// walks reach the later questions.
fn answer_for(q: &Question, seed: u64) -> Answer {
    let options = q.options;
    match q.kind {
        QuestionKind::Single => single(options[(seed % options.len() as u64) as usize].id),
        QuestionKind::Multiple { none_id } => {
            if none_id.is_some() && !seed.is_multiple_of(4) {
                return multiple(&[NONE_ID]);
            }
            let mut picked: Vec<&str> = options
                .iter()
                .enumerate()
                .filter(|(i, c)| Some(c.id) != none_id && (seed >> (2 + i)) & 1 == 1)
                .map(|(_, c)| c.id)
                .collect();
            if picked.is_empty() {
                picked.push(options[0].id);
            }
            // Shuffled order and repeats must be accepted and normalised.
            picked.reverse();
            picked.push(picked[0]);
            multiple(&picked)
        }
        QuestionKind::Number { min, max, .. } => {
            Answer::Number(min + (seed % u64::from(max - min + 1)) as u32)
        }
        QuestionKind::Outcomes { outcomes } => Answer::Outcomes(
            options
                .iter()
                .enumerate()
                .filter(|(i, _)| (seed >> (8 * i)) & 0x80 == 0)
                .map(|(i, m)| {
                    let outcome = outcomes[((seed >> (8 * i)) % outcomes.len() as u64) as usize];
                    (m.id.to_owned(), outcome.id.to_owned())
                })
                .collect(),
        ),
    }
}

fn has_flag(answers: &Answers) -> bool {
    !red_flags(answers).is_empty()
}

proptest! {
    #[test]
    fn generated_answers_are_valid_and_normalising_is_stable(index in 0usize..10, seed in any::<u64>()) {
        let q = &all_questions()[index];
        let normalised = q.validate(Some(&answer_for(q, seed)));
        prop_assert!(normalised.is_ok(), "{:?}", normalised);
        let normalised = normalised.expect("checked above");
        prop_assert_eq!(q.validate(Some(&normalised)), Ok(normalised.clone()));
        prop_assert!(!describe_en(q.id, &normalised).is_empty());
    }

    #[test]
    fn navigation_keeps_its_invariants(steps in prop::collection::vec(step(), 0..80)) {
        let mut q = Questionnaire::new();
        for step in steps {
            match step {
                Step::Answer(seed) => {
                    if let Position::Asking(id) = q.position {
                        let given = answer_for(question(id), seed);
                        let expected = question(id).validate(Some(&given)).expect("valid");
                        let was_changing = q.changing;
                        prop_assert_eq!(q.answer(given), Ok(()));
                        prop_assert_eq!(q.answers.get(id), Some(&expected));
                        if !was_changing {
                            // Answering then going back returns to the same question, answer kept.
                            let mut undo = q.clone();
                            prop_assert!(undo.back());
                            prop_assert_eq!(undo.position, Position::Asking(id));
                            prop_assert_eq!(undo.answers.get(id), Some(&expected));
                        }
                    } else {
                        prop_assert_eq!(q.answer(single("x")), Err(AnswerError::NotAsking));
                    }
                }
                Step::Back => {
                    let answers = q.answers.clone();
                    q.back();
                    prop_assert_eq!(&q.answers, &answers, "back never forgets answers");
                }
                Step::Change(index) => q.change(QuestionId::ALL[index]),
                Step::Confirm => q.confirm(),
            }

            let visible = visible_questions(&q.answers);
            match q.position {
                Position::Asking(id) => {
                    prop_assert!(visible.contains(&id), "asking a hidden question {:?}", id);
                    let (index, count) = q.progress().expect("asking has progress");
                    prop_assert!(1 <= index && index <= count);
                    prop_assert_eq!(count, visible.len());
                }
                Position::CheckAnswers => {
                    prop_assert!(q.progress().is_none());
                    prop_assert!(visible.iter().all(|id| q.answers.is_answered(*id)));
                    prop_assert!(!q.changing);
                }
                Position::Finished => prop_assert!(q.progress().is_none()),
            }
            if has_flag(&q.answers) {
                prop_assert!(visible.iter().all(|id| !id.is_routine()));
            }
            if red_flags(&q.answers).iter().any(|f| f.urgency() == Urgency::Emergency) {
                prop_assert_eq!(&visible, &vec![QuestionId::EmergencySigns]);
            }
            prop_assert!(q.summary().iter().all(|(id, _)| visible.contains(id)));
        }
    }

    #[test]
    fn routine_questions_are_never_visible_alongside_a_red_flag(
        seeds in prop::collection::vec(any::<u64>(), 10),
        present in prop::collection::vec(any::<bool>(), 10),
    ) {
        let mut answers = Answers::default();
        for (i, q) in all_questions().iter().enumerate() {
            if present[i] {
                answers.set(q.id, answer_for(q, seeds[i]));
            }
        }
        let visible = visible_questions(&answers);
        if has_flag(&answers) {
            prop_assert!(visible.iter().all(|id| !id.is_routine()));
        } else {
            prop_assert_eq!(visible, QuestionId::ALL.to_vec());
        }
    }
}

#[test]
fn every_kind_of_answer_reads_back_and_unknown_fields_beside_it_are_ignored() {
    let answers = [
        Answer::Single("ball".into()),
        Answer::Multiple(vec!["ball".into(), "wall".into()]),
        Answer::Number(8),
        Answer::Outcomes(BTreeMap::from([("heat".into(), "helped".into())])),
    ];
    for answer in answers {
        let mut stored = serde_json::to_value(&answer).unwrap();
        stored["added_later"] = serde_json::json!({"by": "a newer version", "n": 1.5});
        assert_eq!(serde_json::from_value::<Answer>(stored).unwrap(), answer);
    }
}

#[test]
fn an_answer_without_its_kind_or_value_or_of_the_wrong_shape_is_refused() {
    for stored in [
        serde_json::json!({"value": "ball"}),
        serde_json::json!({"kind": "single"}),
        serde_json::json!({"kind": "single", "value": ["ball"]}),
        serde_json::json!({"kind": "number", "value": -1}),
        serde_json::json!({"kind": "shrug", "value": "ball"}),
        serde_json::json!("single"),
    ] {
        assert!(
            serde_json::from_value::<Answer>(stored.clone()).is_err(),
            "{stored}"
        );
    }
}

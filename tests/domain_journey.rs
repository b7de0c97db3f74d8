//! The reader's path between screens, and the saved draft that lets a reload resume.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::config::StartAt;
use knot_coach::domain::draft::{self, DraftError, DRAFT_SCHEMA_VERSION};
use knot_coach::domain::journey::{Action, Journey, Screen};
use knot_coach::domain::questionnaire::{Answer, QuestionId};
use knot_coach::domain::triage::RedFlag;

fn multiple(ids: &[&str]) -> Answer {
    Answer::Multiple(ids.iter().map(|s| s.to_string()).collect())
}

fn single(id: &str) -> Answer {
    Answer::Single(id.to_owned())
}

/// Answers every screening question without a red flag, up to the routine questions.
fn screened_clear(journey: &mut Journey) {
    for answer in [
        multiple(&["none"]),
        single("between-shoulder-blades"),
        single("weeks"),
        single("20-49"),
        multiple(&["none"]),
        multiple(&["none"]),
    ] {
        journey.apply(Action::Answer(answer)).expect("valid answer");
    }
}

#[test]
fn the_widget_opens_on_the_welcome_screen_by_default() {
    assert_eq!(Journey::new(StartAt::Welcome).screen(), Screen::Welcome);
}

#[test]
fn start_leads_from_welcome_to_the_emergency_checklist_first() {
    let mut journey = Journey::new(StartAt::Welcome);
    journey.apply(Action::Begin).unwrap();
    assert_eq!(
        journey.screen(),
        Screen::Question(QuestionId::EmergencySigns)
    );
}

#[test]
fn the_host_can_skip_the_welcome_screen() {
    assert_eq!(
        Journey::new(StartAt::Questionnaire).screen(),
        Screen::Question(QuestionId::EmergencySigns)
    );
}

#[test]
fn back_from_the_first_question_returns_to_the_welcome_screen() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    journey.apply(Action::GoBack).unwrap();
    assert_eq!(journey.screen(), Screen::Welcome);
}

#[test]
fn an_emergency_sign_shows_the_emergency_screen_at_once() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    journey
        .apply(Action::Answer(multiple(&["chest-pain"])))
        .unwrap();
    assert_eq!(
        journey.screen(),
        Screen::Emergency(vec![RedFlag::ChestPain])
    );
}

#[test]
fn a_clinician_sign_skips_the_routine_questions_and_leads_to_see_a_clinician() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    for answer in [
        multiple(&["none"]),
        single("shoulder-blade"),
        single("months"),
        single("20-49"),
        multiple(&["fever"]),
        multiple(&["none"]),
    ] {
        journey.apply(Action::Answer(answer)).unwrap();
    }
    assert_eq!(journey.screen(), Screen::CheckAnswers);
    journey.apply(Action::Confirm).unwrap();
    assert!(
        matches!(journey.screen(), Screen::SeeClinician(reasons) if reasons == vec![RedFlag::Fever])
    );
}

#[test]
fn no_flags_lead_to_the_routine_after_check_answers() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    screened_clear(&mut journey);
    assert_eq!(journey.screen(), Screen::Question(QuestionId::Tried));
    for answer in [
        Answer::Outcomes(Default::default()),
        Answer::Number(8),
        multiple(&["ball", "wall"]),
        single("10"),
    ] {
        journey.apply(Action::Answer(answer)).unwrap();
    }
    assert_eq!(journey.screen(), Screen::CheckAnswers);
    journey.apply(Action::Confirm).unwrap();
    assert!(matches!(journey.screen(), Screen::Routine(_)));
}

#[test]
fn an_invalid_answer_changes_nothing() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    let before = journey.clone();
    assert!(journey
        .apply(Action::Answer(multiple(&["none", "chest-pain"])))
        .is_err());
    assert_eq!(journey, before);
}

#[test]
fn start_over_clears_the_answers_and_asks_again() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    journey
        .apply(Action::Answer(multiple(&["chest-pain"])))
        .unwrap();
    journey.apply(Action::StartOver).unwrap();
    assert_eq!(
        journey.screen(),
        Screen::Question(QuestionId::EmergencySigns)
    );
    assert!(journey.questionnaire.answers.0.is_empty());
}

#[test]
fn a_saved_draft_resumes_exactly_where_the_reader_was() {
    let mut journey = Journey::new(StartAt::Welcome);
    journey.apply(Action::Begin).unwrap();
    screened_clear(&mut journey);
    let restored = draft::decode(&draft::encode(&journey)).expect("round trip");
    assert_eq!(restored, journey);
    assert_eq!(restored.screen(), Screen::Question(QuestionId::Tried));
}

#[test]
fn a_corrupt_draft_is_reported_not_panicked_on() {
    for text in [
        "",
        "{",
        "null",
        "[]",
        "{\"schema_version\":\"one\"}",
        "{\"schema_version\":1}",
        "{\"schema_version\":1,\"journey\":{\"started\":\"yes\"}}",
        "{\"schema_version\":-1,\"journey\":{}}",
    ] {
        assert!(
            matches!(draft::decode(text), Err(DraftError::Corrupt(_))),
            "{text:?} should be corrupt"
        );
    }
}

#[test]
fn a_draft_from_a_newer_version_is_recognised_so_it_is_not_overwritten() {
    let text = format!(
        "{{\"schema_version\":{},\"journey\":{{\"anything\":true}}}}",
        DRAFT_SCHEMA_VERSION + 1
    );
    assert_eq!(
        draft::decode(&text),
        Err(DraftError::NewerVersion(DRAFT_SCHEMA_VERSION + 1))
    );
}

//! The reader's path between screens, and the saved draft that lets a reload resume.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::config::StartAt;
use knot_coach::domain::dose::{Dose, DosedExercise, Tempo, Work};
use knot_coach::domain::draft::{self, DraftError, DRAFT_SCHEMA_VERSION};
use knot_coach::domain::history::PainRating;
use knot_coach::domain::journey::{Action, Journey, Screen};
use knot_coach::domain::questionnaire::{Answer, QuestionId};
use knot_coach::domain::session::{Event, Session, Timeline};
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

/// Nothing tried, 8 hours sitting, a ball and a wall, 10 minutes.
fn answer_routine_questions(journey: &mut Journey) {
    for answer in [
        Answer::Outcomes(Default::default()),
        Answer::Number(8),
        multiple(&["ball", "wall"]),
        single("10"),
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
    answer_routine_questions(&mut journey);
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

/// A journey in the middle of a paused session, touching every stored type.
fn rich_journey() -> Journey {
    let mut journey = Journey::new(StartAt::Welcome);
    journey.apply(Action::Begin).unwrap();
    screened_clear(&mut journey);
    for answer in [
        Answer::Outcomes(
            [
                ("stretching", "briefly"),
                ("massage", "helped"),
                ("heat", "not-tried"),
                ("exercise", "no-help"),
            ]
            .into_iter()
            .map(|(method, outcome)| (method.to_string(), outcome.to_string()))
            .collect(),
        ),
        Answer::Number(9),
        multiple(&["ball", "wall"]),
        single("10"),
    ] {
        journey.apply(Action::Answer(answer)).unwrap();
    }
    journey.apply(Action::Confirm).unwrap();
    journey.apply(Action::PrepareSession).unwrap();
    let routine = vec![
        DosedExercise {
            exercise_id: "prone-swimmers".into(),
            dose: Dose {
                sets: 2,
                work: Work::Reps {
                    reps: 10,
                    tempo: Tempo {
                        up_s: 3,
                        hold_s: 0,
                        down_s: 3,
                    },
                },
                per_side: false,
                rest_s: 30,
            },
        },
        DosedExercise {
            exercise_id: "wall-ball-massage".into(),
            dose: Dose {
                sets: 1,
                work: Work::Compression {
                    spots: 3,
                    hold_s: 30,
                },
                per_side: true,
                rest_s: 0,
            },
        },
    ];
    journey
        .apply(Action::StartPlaying {
            id: "s-1".into(),
            started_ms: 1_740_988_800_000,
            pain_before: PainRating::new(6),
            routine: routine.clone(),
        })
        .unwrap();
    let mut player = Session::new(Timeline::from(routine));
    player.apply(Event::Start { now_ms: 1_000 });
    // 12 s into the prone swimmers' 15 s get-ready, skip its last 3 s (the numbers
    // SERDE_ERA_DRAFT holds).
    player.apply(Event::SkipPhase { now_ms: 13_000 });
    player.apply(Event::Pause { now_ms: 20_000 });
    journey.apply(Action::SavePlayer(player)).unwrap();
    journey
}

/// What the serde-based build (before the hand-written JSON codec) saved for
/// [`rich_journey`], byte for byte: readers' saved drafts must still resume.
const SERDE_ERA_DRAFT: &str = r#"{"schema_version":1,"journey":{"started":true,"questionnaire":{"answers":{"emergency-signs":{"kind":"multiple","value":["none"]},"knot-location":{"kind":"single","value":"between-shoulder-blades"},"duration":{"kind":"single","value":"weeks"},"age-band":{"kind":"single","value":"20-49"},"warning-signs":{"kind":"multiple","value":["none"]},"health-history":{"kind":"multiple","value":["none"]},"tried":{"kind":"outcomes","value":{"exercise":"no-help","heat":"not-tried","massage":"helped","stretching":"briefly"}},"sitting-hours":{"kind":"number","value":9},"equipment":{"kind":"multiple","value":["ball","wall"]},"session-minutes":{"kind":"single","value":"10"}},"position":{"at":"finished"},"changing":false},"stage":"playing","active":{"id":"s-1","started_ms":1740988800000,"pain_before":6,"routine":[{"exercise_id":"prone-swimmers","name":"Prone swimmers","dose":{"sets":2,"work":{"kind":"reps","reps":10,"tempo":{"up_s":3,"hold_s":0,"down_s":3}},"per_side":false,"rest_s":30}},{"exercise_id":"wall-ball-massage","name":"Ball massage against a wall","dose":{"sets":1,"work":{"kind":"compression","spots":3,"hold_s":30},"per_side":true,"rest_s":0}}],"player":{"timeline":[{"exercise_id":"prone-swimmers","name":"Prone swimmers","dose":{"sets":2,"work":{"kind":"reps","reps":10,"tempo":{"up_s":3,"hold_s":0,"down_s":3}},"per_side":false,"rest_s":30}},{"exercise_id":"wall-ball-massage","name":"Ball massage against a wall","dose":{"sets":1,"work":{"kind":"compression","spots":3,"hold_s":30},"per_side":true,"rest_s":0}}],"started_at_ms":1000,"paused_at_ms":20000,"paused_total_ms":0,"skip_offset_ms":3000},"completed":[]}}}"#;

#[test]
fn a_paused_session_in_a_draft_resumes_exactly() {
    let journey = rich_journey();
    assert_eq!(draft::decode(&draft::encode(&journey)).unwrap(), journey);
    assert_eq!(journey.screen(), Screen::Player);
}

#[test]
fn a_draft_saved_by_the_serde_based_version_still_resumes() {
    assert_eq!(draft::decode(SERDE_ERA_DRAFT).unwrap(), rich_journey());
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

#[test]
fn leaving_the_player_before_start_logs_nothing_and_returns_to_the_routine() {
    let mut journey = Journey::new(StartAt::Questionnaire);
    screened_clear(&mut journey);
    answer_routine_questions(&mut journey);
    journey.apply(Action::Confirm).unwrap();
    journey.apply(Action::PrepareSession).unwrap();
    assert_eq!(journey.screen(), Screen::PainCheck);
    journey
        .apply(Action::StartPlaying {
            id: "s-1".into(),
            started_ms: 1_740_988_800_000,
            pain_before: None,
            routine: vec![],
        })
        .unwrap();
    assert_eq!(journey.screen(), Screen::Player);
    assert_eq!(journey.apply(Action::CancelSession).unwrap(), None);
    assert!(journey.active.is_none());
    assert!(matches!(journey.screen(), Screen::Routine(_)));
}

//! The session log's basic rules: pain ratings stay 0–10, sessions stay sorted and unique.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::history::{
    high_pain_again, is_high_pain, Feedback, History, PainRating, SessionRecord,
};

fn session(id: &str, started_ms: u64) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms,
        ended_ms: started_ms + 600_000,
        routine: vec![],
        completed: vec![],
        pain_before: PainRating::new(5),
        pain_after: PainRating::new(3),
        feedback: [("prone-swimmers".to_string(), Feedback::TooEasy)].into(),
        utc_offset_min: None,
    }
}

#[test]
fn pain_ratings_outside_zero_to_ten_are_refused() {
    assert!(PainRating::new(0).is_some());
    assert!(PainRating::new(10).is_some());
    assert!(PainRating::new(11).is_none());
    let stored = |text: &str| serde_json::from_str::<PainRating>(text);
    assert_eq!(
        stored("11").unwrap_err().to_string(),
        "pain rating 11 is not between 0 and 10"
    );
    assert!(stored("-1").is_err());
    assert!(stored("6.5").is_err());
    assert!(stored("\"4\"").is_err());
    assert_eq!(stored("7").unwrap().value(), 7);
    assert_eq!(
        serde_json::to_string(&PainRating::new(7).unwrap()).unwrap(),
        "7"
    );
}

#[test]
fn sessions_are_kept_in_start_order_and_replaced_by_id() {
    let mut history = History::default();
    history.record(session("b", 200));
    history.record(session("a", 100));
    history.record(session("c", 300));
    let mut changed = session("b", 200);
    changed.pain_after = PainRating::new(1);
    history.record(changed);
    let ids: Vec<_> = history.sessions.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c"]);
    assert_eq!(history.sessions[1].pain_after, PainRating::new(1));
}

#[test]
fn feedback_for_an_exercise_comes_oldest_first() {
    let mut history = History::default();
    let mut later = session("later", 500);
    later
        .feedback
        .insert("prone-swimmers".into(), Feedback::TooHard);
    history.record(later);
    history.record(session("earlier", 100));
    let seen: Vec<_> = history.feedback_for("prone-swimmers").collect();
    assert_eq!(seen, [Feedback::TooEasy, Feedback::TooHard]);
}

fn rated(id: &str, started_ms: u64, pain_after: Option<u8>) -> SessionRecord {
    SessionRecord {
        pain_after: pain_after.and_then(PainRating::new),
        ..session(id, started_ms)
    }
}

#[test]
fn the_last_pain_after_skips_unrated_sessions_and_the_one_being_rated() {
    let mut history = History::default();
    assert_eq!(history.last_pain_after("now"), None);
    history.record(rated("a", 1_000, Some(7)));
    history.record(rated("b", 2_000, None));
    history.record(rated("now", 3_000, Some(2)));
    assert_eq!(history.last_pain_after("now"), PainRating::new(7));
    assert_eq!(history.last_pain_after("other"), PainRating::new(2));
}

#[test]
fn pain_of_six_or_more_is_high_and_twice_in_a_row_is_high_again() {
    let pain = |v: u8| PainRating::new(v);
    assert!(!is_high_pain(None));
    assert!(!is_high_pain(pain(5)));
    assert!(is_high_pain(pain(6)));
    assert!(is_high_pain(pain(10)));
    assert!(high_pain_again(pain(6), pain(8)));
    assert!(!high_pain_again(pain(5), pain(8)));
    assert!(!high_pain_again(pain(8), pain(5)));
    assert!(!high_pain_again(None, pain(9)));
    assert!(!high_pain_again(pain(9), None));
}

#[test]
fn high_pain_twice_looks_at_the_last_two_rated_sessions() {
    let mut history = History::default();
    history.record(rated("a", 1_000, Some(7)));
    assert!(!history.high_pain_twice(), "one session is not twice");
    history.record(rated("b", 2_000, None));
    history.record(rated("c", 3_000, Some(6)));
    assert!(
        history.high_pain_twice(),
        "an unrated session in between does not count"
    );
    history.record(rated("d", 4_000, Some(3)));
    assert!(!history.high_pain_twice(), "a lower rating since clears it");
}

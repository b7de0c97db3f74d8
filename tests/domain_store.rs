//! The stored progress document: migrations, corrupt input of every kind, unknown fields,
//! newer versions, merging two tabs, and property tests (round trip, never panics).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::cell::Cell;
use std::time::Instant;

use knot_coach::domain::dose::{Dose, DosedExercise, Tempo, Work};
use knot_coach::domain::history::{Feedback, History, PainRating, SessionRecord};
use knot_coach::domain::store::{
    decode, decode_read_only, encode, merge, validate_session, DecodeError, DecodeWarning,
    Document, SessionProblem, Settings, EARLIEST_PLAUSIBLE_MS, FORMAT, LATEST_PLAUSIBLE_MS,
    MAX_SESSION_MS, SCHEMA_VERSION,
};
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use serde::Serialize;
use serde_json::{json, Map, Value};

/// 2025-03-03T08:00:00Z, a Monday.
const MONDAY_8AM: u64 = 1_740_988_800_000;
const MINUTE: u64 = 60_000;

fn swimmers() -> DosedExercise {
    DosedExercise {
        exercise_id: "prone-swimmers".into(),
        dose: Dose {
            sets: 3,
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
    }
}

fn session(id: &str, started_ms: u64) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms,
        ended_ms: started_ms + 12 * MINUTE,
        routine: vec![swimmers()],
        completed: vec!["prone-swimmers".into()],
        pain_before: PainRating::new(6),
        pain_after: PainRating::new(4),
        feedback: [("prone-swimmers".to_string(), Feedback::JustRight)].into(),
        utc_offset_min: None,
    }
}

fn document(sessions: &[SessionRecord]) -> Document {
    let mut doc = Document::new(MONDAY_8AM - 1000);
    for s in sessions {
        doc.history.record(s.clone());
    }
    doc
}

/// A fixture object built with `json!`.
fn fields(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("not an object: {other:?}"),
    }
}

/// The stored form of `item`.
fn stored(item: &impl Serialize) -> Value {
    serde_json::to_value(item).unwrap()
}

fn v2_text(sessions: Value) -> String {
    json!({
        "schema_version": 2,
        "format": FORMAT,
        "created_ms": MONDAY_8AM,
        "history": { "sessions": sessions },
    })
    .to_string()
}

fn session_json(id: &str) -> Value {
    stored(&session(id, MONDAY_8AM))
}

fn dropped(doc: &Document) -> Vec<SessionProblem> {
    doc.warnings
        .iter()
        .filter_map(|w| match w {
            DecodeWarning::SessionDropped { problem, .. } => Some(problem.clone()),
            DecodeWarning::FieldReset { .. } => None,
        })
        .collect()
}

fn one_bad_session(mutate: impl FnOnce(&mut Map<String, Value>)) -> Document {
    let mut bad = session_json("bad");
    mutate(bad.as_object_mut().unwrap());
    let doc = decode(&v2_text(json!([session_json("good"), bad]))).unwrap();
    assert_eq!(doc.history.sessions.len(), 1, "the good session survives");
    assert_eq!(doc.history.sessions[0].id, "good");
    doc
}

// ---- layouts and migrations ----

/// What the serde-based build (before the hand-written JSON codec) stored for one session:
/// the same document must read back and be written again byte for byte.
const SERDE_ERA_DOCUMENT: &str = r#"{"created_ms":1740988000000,"format":"knot-coach-progress","history":{"sessions":[{"completed":["prone-swimmers"],"ended_ms":1740989400000,"feedback":{"prone-swimmers":"too-easy"},"id":"s-1","pain_after":null,"pain_before":6,"routine":[{"dose":{"per_side":false,"rest_s":30,"sets":2,"work":{"kind":"reps","reps":10,"tempo":{"down_s":3,"hold_s":0,"up_s":3}}},"exercise_id":"prone-swimmers","name":"Prone swimmers"}],"started_ms":1740988800000}]},"schema_version":2,"settings":{"voice_enabled":false}}"#;

#[test]
fn a_document_stored_by_the_serde_based_version_reads_and_writes_back_unchanged() {
    let doc = decode(SERDE_ERA_DOCUMENT).unwrap();
    assert!(doc.warnings.is_empty());
    assert_eq!(doc.created_ms, 1_740_988_000_000);
    assert_eq!(doc.settings.voice_enabled, Some(false));
    let session = &doc.history.sessions[0];
    assert_eq!(session.routine, vec![swimmers_two_sets()]);
    assert_eq!(session.pain_before, PainRating::new(6));
    assert_eq!(
        session.feedback.get("prone-swimmers"),
        Some(&Feedback::TooEasy)
    );
    // Sessions are now stored by exercise id alone: the English name is dropped on save.
    assert_eq!(
        encode(&doc),
        SERDE_ERA_DOCUMENT.replace(r#","name":"Prone swimmers""#, "")
    );
}

#[test]
fn a_session_saved_with_exercise_names_reads_by_id_and_is_saved_without_them() {
    let doc = decode(SERDE_ERA_DOCUMENT).unwrap();
    let saved = encode(&doc);
    assert!(!saved.contains("Prone swimmers"));
    let again = decode(&saved).unwrap();
    assert_eq!(again.history.sessions[0].routine, vec![swimmers_two_sets()]);
    assert!(again.warnings.is_empty());
}

fn swimmers_two_sets() -> DosedExercise {
    let mut exercise = swimmers();
    exercise.dose.sets = 2;
    exercise
}

#[test]
fn an_encoded_document_decodes_to_itself() {
    let mut doc = document(&[
        session("a", MONDAY_8AM),
        session("b", MONDAY_8AM + 86_400_000),
    ]);
    doc.settings.voice_enabled = Some(true);
    let decoded = decode(&encode(&doc)).unwrap();
    assert_eq!(decoded, doc);
    assert!(!decoded.needs_backup());
}

#[test]
fn the_current_layout_is_versioned_and_marked() {
    let text = encode(&document(&[session("a", MONDAY_8AM)]));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], json!(SCHEMA_VERSION));
    assert_eq!(value["format"], json!("knot-coach-progress"));
    assert_eq!(value["history"]["sessions"][0]["pain_before"], json!(6));
    assert_eq!(
        value["history"]["sessions"][0]["feedback"]["prone-swimmers"],
        json!("just-right")
    );
}

fn v1_text() -> String {
    json!({
        "schema_version": 1,
        "created_ms": MONDAY_8AM - 1000,
        "voice_enabled": true,
        "sound_enabled": false,
        "theme": "dark",
        "sessions": [
            {
                "id": "old-1",
                "started_ms": MONDAY_8AM,
                "ended_ms": MONDAY_8AM + 12 * MINUTE,
                "routine": [stored(&swimmers())],
                "completed": ["prone-swimmers"],
                "pain_before": 6,
                "pain_after": -1,
                "mood": "ok"
            },
            {
                "id": "old-2",
                "started_ms": MONDAY_8AM + 86_400_000,
                "ended_ms": MONDAY_8AM + 86_400_000 + 5 * MINUTE,
                "routine": [],
                "completed": [],
                "pain_before": -1,
                "pain_after": 3
            }
        ]
    })
    .to_string()
}

#[test]
fn a_v1_document_is_migrated_to_the_current_layout() {
    let doc = decode(&v1_text()).unwrap();
    assert_eq!(doc.migrated_from, Some(1));
    assert!(
        doc.needs_backup(),
        "the old text is kept before writing back"
    );
    assert!(doc.warnings.is_empty());
    assert_eq!(doc.created_ms, MONDAY_8AM - 1000);
    assert_eq!(
        doc.settings,
        Settings {
            voice_enabled: Some(true),
            sound_enabled: Some(false)
        }
    );
    let [first, second] = &doc.history.sessions[..] else {
        panic!("two sessions expected, got {:?}", doc.history.sessions);
    };
    assert_eq!(first.pain_before, PainRating::new(6));
    assert_eq!(first.pain_after, None, "-1 meant 'not rated' in v1");
    assert!(first.feedback.is_empty(), "v1 did not ask for feedback");
    assert_eq!(first.routine, vec![swimmers()]);
    assert_eq!(second.pain_before, None);
    assert_eq!(second.pain_after, PainRating::new(3));
}

#[test]
fn a_migrated_v1_document_keeps_its_unknown_fields_and_encodes_as_current() {
    let doc = decode(&v1_text()).unwrap();
    assert_eq!(doc.unknown.document.get("theme"), Some(&json!("dark")));
    assert_eq!(
        doc.unknown.sessions["old-1"].get("mood"),
        Some(&json!("ok"))
    );
    let again = decode(&encode(&doc)).unwrap();
    assert_eq!(again.migrated_from, None);
    assert_eq!(again.history, doc.history);
    assert_eq!(again.unknown, doc.unknown);
    assert_eq!(again.settings, doc.settings);
}

#[test]
fn every_older_version_migrates_to_the_current_one() {
    // One fixture per older layout; a new layout adds its predecessor here.
    let fixtures = [(1, v1_text())];
    assert_eq!(fixtures.len(), SCHEMA_VERSION as usize - 1);
    for (version, text) in fixtures {
        let doc = decode(&text).unwrap();
        assert_eq!(doc.migrated_from, Some(version));
        assert!(!doc.history.sessions.is_empty());
        assert_eq!(
            serde_json::from_str::<Value>(&encode(&doc)).unwrap()["schema_version"],
            json!(SCHEMA_VERSION)
        );
    }
}

#[test]
fn a_v1_pain_below_minus_one_is_still_out_of_range() {
    let mut v1: Value = serde_json::from_str(&v1_text()).unwrap();
    v1["sessions"][0]["pain_before"] = json!(-3);
    let doc = decode(&v1.to_string()).unwrap();
    assert_eq!(dropped(&doc), [SessionProblem::PainOutOfRange]);
}

// ---- newer versions ----

#[test]
fn a_document_from_a_newer_version_is_refused_for_writing() {
    let text = json!({"schema_version": SCHEMA_VERSION + 1, "format": FORMAT}).to_string();
    assert_eq!(
        decode(&text),
        Err(DecodeError::NewerVersion(SCHEMA_VERSION + 1))
    );
}

#[test]
fn a_newer_document_opens_read_only_with_what_this_version_understands() {
    let mut value: Value = serde_json::from_str(&v2_text(json!([session_json("a")]))).unwrap();
    value["schema_version"] = json!(7);
    value["history"]["streak_goal"] = json!(5);
    let doc = decode_read_only(&value.to_string()).unwrap();
    assert!(doc.read_only);
    assert_eq!(doc.history.sessions.len(), 1);
    assert_eq!(doc.unknown.history.get("streak_goal"), Some(&json!(5)));
    let current = decode_read_only(&v2_text(json!([]))).unwrap();
    assert!(!current.read_only);
}

#[test]
fn a_version_too_big_for_32_bits_is_still_newer() {
    let text = r#"{"schema_version": 99999999999, "history": {}}"#;
    assert_eq!(decode(text), Err(DecodeError::NewerVersion(u32::MAX)));
}

#[test]
fn merging_with_a_read_only_document_stays_read_only() {
    let mut newer = document(&[]);
    newer.read_only = true;
    assert!(merge(&document(&[]), &newer).read_only);
    assert!(merge(&newer, &document(&[])).read_only);
}

// ---- unknown fields ----

#[test]
fn unknown_fields_survive_a_round_trip_at_every_level() {
    let mut value: Value = serde_json::from_str(&v2_text(json!([session_json("a")]))).unwrap();
    value["plan"] = json!({"level": 3, "notes": ["a", "b"]});
    value["settings"] = json!({"voice_enabled": false, "voice_rate": 1.25});
    value["history"]["archived"] = json!([]);
    value["history"]["sessions"][0]["heart_rate"] = json!([72, 80]);
    let doc = decode(&value.to_string()).unwrap();
    assert!(doc.warnings.is_empty());
    let back: Value = serde_json::from_str(&encode(&doc)).unwrap();
    assert_eq!(back, value);
}

#[test]
fn a_known_field_always_wins_over_a_hand_made_unknown_one() {
    let mut doc = document(&[session("a", MONDAY_8AM)]);
    doc.unknown
        .document
        .insert("schema_version".into(), json!(99));
    doc.unknown
        .sessions
        .insert("a".into(), fields(json!({"started_ms": 0})));
    let back = decode(&encode(&doc)).unwrap();
    assert_eq!(back.history.sessions[0].started_ms, MONDAY_8AM);
}

// ---- corrupt input ----

#[test]
fn empty_text_means_no_saved_progress() {
    assert_eq!(decode(""), Err(DecodeError::Empty));
    assert_eq!(decode(" \n\t "), Err(DecodeError::Empty));
}

#[test]
fn text_cut_short_at_any_point_is_an_error_not_a_panic() {
    let text = encode(&document(&[
        session("a", MONDAY_8AM),
        session("b", MONDAY_8AM + 1),
    ]));
    for (end, _) in text.char_indices().skip(1) {
        let result = decode(&text[..end]);
        assert!(
            matches!(result, Err(DecodeError::NotJson(_))),
            "prefix of {end} bytes gave {result:?}"
        );
    }
}

#[test]
fn json_that_is_not_a_progress_document_is_refused() {
    for text in [
        "[]",
        "42",
        "\"text\"",
        "null",
        "{}",
        r#"{"schema_version": "2"}"#,
        r#"{"schema_version": 0}"#,
        r#"{"schema_version": -1}"#,
        r#"{"schema_version": 2.5}"#,
        r#"{"schema_version": 2, "format": "someone-else"}"#,
    ] {
        assert!(
            matches!(decode(text), Err(DecodeError::NotADocument(_))),
            "{text} gave {:?}",
            decode(text)
        );
    }
}

#[test]
fn a_document_with_only_a_version_is_an_empty_log() {
    let doc = decode(r#"{"schema_version": 2}"#).unwrap();
    assert_eq!(doc, Document::default());
}

#[test]
fn fields_of_the_wrong_type_are_reset_and_the_rest_is_kept() {
    let mut value: Value = serde_json::from_str(&v2_text(json!([session_json("a")]))).unwrap();
    value["created_ms"] = json!("yesterday");
    value["settings"] = json!({"voice_enabled": "yes", "sound_enabled": true});
    let doc = decode(&value.to_string()).unwrap();
    assert_eq!(doc.history.sessions.len(), 1);
    assert_eq!(
        doc.created_ms, MONDAY_8AM,
        "falls back to the first session"
    );
    assert_eq!(doc.settings.voice_enabled, None);
    assert_eq!(doc.settings.sound_enabled, Some(true));
    let fields: Vec<_> = doc
        .warnings
        .iter()
        .map(|w| match w {
            DecodeWarning::FieldReset { field, .. } => field.as_str(),
            DecodeWarning::SessionDropped { .. } => "session",
        })
        .collect();
    assert_eq!(fields, ["created_ms", "settings.voice_enabled"]);
    assert!(doc.needs_backup());

    for (history, field) in [
        (json!(5), "history"),
        (json!({"sessions": {}}), "history.sessions"),
    ] {
        let text = json!({"schema_version": 2, "history": history}).to_string();
        let doc = decode(&text).unwrap();
        assert!(doc.history.sessions.is_empty());
        assert!(
            matches!(&doc.warnings[..], [DecodeWarning::FieldReset { field: f, .. }] if f == field)
        );
    }
}

#[test]
fn a_session_of_the_wrong_shape_is_dropped_with_a_note() {
    let doc = decode(&v2_text(json!([session_json("good"), 7, "text", null]))).unwrap();
    assert_eq!(doc.history.sessions.len(), 1);
    assert_eq!(doc.dropped_sessions(), 3);
    assert!(dropped(&doc)
        .iter()
        .all(|p| *p == SessionProblem::NotAnObject));

    let doc = one_bad_session(|s| {
        s.insert("started_ms".into(), json!("Monday"));
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
    let doc = one_bad_session(|s| {
        s.remove("completed");
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
    let doc = one_bad_session(|s| {
        s.insert("feedback".into(), json!({"prone-swimmers": "meh"}));
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
}

#[test]
fn the_dropped_note_says_which_entry_and_why() {
    let doc = one_bad_session(|s| {
        s.insert("pain_after".into(), json!(11));
    });
    assert_eq!(
        doc.warnings,
        [DecodeWarning::SessionDropped {
            index: 1,
            id: Some("bad".into()),
            problem: SessionProblem::PainOutOfRange
        }]
    );
    assert_eq!(
        doc.warnings[0].to_string(),
        "Saved session 2 was left out: a pain rating is not a whole number from 0 to 10."
    );
}

#[test]
fn pain_that_is_not_a_whole_number_from_zero_to_ten_is_invalid() {
    for pain in [json!(11), json!(-2), json!(1e20), json!(10.5), json!(4.5)] {
        let doc = one_bad_session(|s| {
            s.insert("pain_before".into(), pain.clone());
        });
        assert_eq!(dropped(&doc), [SessionProblem::PainOutOfRange], "{pain}");
    }
    let doc = one_bad_session(|s| {
        s.insert("pain_before".into(), json!("4"));
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
}

#[test]
fn huge_numbers_never_wrap_around() {
    let doc = one_bad_session(|s| {
        s.insert("started_ms".into(), json!(u64::MAX));
        s.insert("ended_ms".into(), json!(u64::MAX));
    });
    assert_eq!(dropped(&doc), [SessionProblem::ImplausibleDate]);
    // One past u64::MAX parses as a float, which no timestamp is.
    let text = v2_text(json!([session_json("good")])).replace(
        &format!("\"started_ms\":{MONDAY_8AM}"),
        "\"started_ms\":18446744073709551616",
    );
    assert_eq!(decode(&text).unwrap().history.sessions.len(), 0);
    let doc = one_bad_session(|s| {
        s.insert(
            "routine".into(),
            json!([{"exercise_id": "x", "name": "X",
            "dose": {"sets": 300, "work": {"kind": "hold", "hold_s": 30},
                     "per_side": false, "rest_s": 0}}]),
        );
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
    let mut value: Value = serde_json::from_str(&v2_text(json!([]))).unwrap();
    value["created_ms"] = json!(u64::MAX);
    assert!(matches!(
        &decode(&value.to_string()).unwrap().warnings[..],
        [DecodeWarning::FieldReset { .. }]
    ));
}

#[test]
fn a_number_beyond_any_float_resets_only_its_field() {
    let text = v2_text(json!([])).replace(&MONDAY_8AM.to_string(), "1e400");
    let doc = decode(&text).unwrap();
    assert!(matches!(
        &doc.warnings[..],
        [DecodeWarning::FieldReset { field, .. }] if field == "created_ms"
    ));
}

#[test]
fn a_session_that_ends_before_it_starts_is_invalid() {
    let doc = one_bad_session(|s| {
        s.insert("ended_ms".into(), json!(MONDAY_8AM - 1));
    });
    assert_eq!(dropped(&doc), [SessionProblem::EndsBeforeStart]);
    let doc = one_bad_session(|s| {
        s.insert("started_ms".into(), json!(-5));
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
}

#[test]
fn a_session_longer_than_a_day_is_invalid() {
    let doc = one_bad_session(|s| {
        s.insert("ended_ms".into(), json!(MONDAY_8AM + MAX_SESSION_MS + 1));
    });
    assert_eq!(dropped(&doc), [SessionProblem::TooLong]);
    let mut exactly_a_day = session("day", MONDAY_8AM);
    exactly_a_day.ended_ms = MONDAY_8AM + MAX_SESSION_MS;
    assert_eq!(validate_session(&exactly_a_day), Ok(()));
}

#[test]
fn absurd_dates_are_invalid_but_the_near_future_is_kept_for_the_stats_to_judge() {
    for started in [
        0,
        EARLIEST_PLAUSIBLE_MS - 1,
        LATEST_PLAUSIBLE_MS,
        32_503_680_000_000,
    ] {
        let doc = one_bad_session(|s| {
            s.insert("started_ms".into(), json!(started));
            s.insert("ended_ms".into(), json!(started));
        });
        assert_eq!(
            dropped(&doc),
            [SessionProblem::ImplausibleDate],
            "{started}"
        );
    }
    // 2150: no clock here, so decode keeps it; stats leave it out (see domain_stats).
    let in_2150 = session("later", 5_680_281_600_000);
    assert_eq!(validate_session(&in_2150), Ok(()));
}

#[test]
fn ids_must_be_present_and_short() {
    for id in [json!(""), json!("x".repeat(129))] {
        let doc = one_bad_session(|s| {
            s.insert("id".into(), id.clone());
        });
        assert_eq!(dropped(&doc), [SessionProblem::BadId]);
    }
    let doc = one_bad_session(|s| {
        s.insert("id".into(), json!(42));
    });
    assert!(matches!(dropped(&doc)[..], [SessionProblem::Unreadable(_)]));
}

#[test]
fn left_out_sessions_are_reported_in_stored_order_whatever_the_reason() {
    let mut late = session("same", MONDAY_8AM);
    late.ended_ms += MINUTE;
    let early = session("same", MONDAY_8AM);
    let doc = decode(&v2_text(json!([
        stored(&late),
        stored(&early),
        "not a session"
    ])))
    .unwrap();
    let order: Vec<(usize, SessionProblem)> = doc
        .warnings
        .iter()
        .filter_map(|w| match w {
            DecodeWarning::SessionDropped { index, problem, .. } => Some((*index, problem.clone())),
            DecodeWarning::FieldReset { .. } => None,
        })
        .collect();
    assert_eq!(
        order,
        [
            (1, SessionProblem::DuplicateId),
            (2, SessionProblem::NotAnObject)
        ]
    );
}

#[test]
fn duplicate_ids_keep_the_session_that_ended_later() {
    let early = session("same", MONDAY_8AM);
    let mut late = session("same", MONDAY_8AM);
    late.ended_ms += MINUTE;
    for order in [
        json!([stored(&early), stored(&late)]),
        json!([stored(&late), stored(&early)]),
    ] {
        let doc = decode(&v2_text(order)).unwrap();
        assert_eq!(doc.history.sessions, [late.clone()]);
        assert_eq!(dropped(&doc), [SessionProblem::DuplicateId]);
    }
}

// Times are not asserted (these machines are noisy); a quadratic step on 10 MB would
// never finish, so the CI run's time limit catches one.
#[test]
fn ten_megabyte_strings_are_handled_without_panicking_or_copying() {
    let big = "x".repeat(10 * 1024 * 1024);

    assert!(matches!(decode(&big), Err(DecodeError::NotJson(_))));

    let doc = one_bad_session(|s| {
        s.insert("id".into(), json!(big));
    });
    assert_eq!(dropped(&doc), [SessionProblem::BadId]);
    let DecodeWarning::SessionDropped { id: Some(id), .. } = &doc.warnings[0] else {
        panic!("expected a dropped session");
    };
    assert!(id.len() < 200, "the note does not copy 10 MB");

    let doc = one_bad_session(|s| {
        s.insert("started_ms".into(), json!(big));
    });
    let SessionProblem::Unreadable(detail) = &dropped(&doc)[0] else {
        panic!("expected an unreadable session");
    };
    assert!(detail.len() < 200, "the parser's message is shortened");

    let mut value: Value = serde_json::from_str(&v2_text(json!([session_json("a")]))).unwrap();
    value["history"]["sessions"][0]["note"] = json!(big);
    let doc = decode(&value.to_string()).unwrap();
    assert_eq!(
        doc.unknown.sessions["a"]
            .get("note")
            .and_then(Value::as_str)
            .map(str::len),
        Some(big.len())
    );
    assert_eq!(decode(&encode(&doc)).unwrap(), doc);

    let unterminated = format!("{{\"schema_version\": 2, \"x\": \"{big}");
    assert!(matches!(
        decode(&unterminated),
        Err(DecodeError::NotJson(_))
    ));
}

#[test]
fn deeply_nested_json_is_an_error_not_a_stack_overflow() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(decode(&deep), Err(DecodeError::NotJson(_))));
    let deep_field = format!(
        "{{\"schema_version\": 2, \"x\": {}{}}}",
        "{\"a\":".repeat(50_000),
        "}".repeat(50_000)
    );
    assert!(matches!(decode(&deep_field), Err(DecodeError::NotJson(_))));
}

#[test]
fn unicode_and_escapes_survive_and_lone_surrogates_are_refused() {
    let mut odd = session("naïve-😀-\"quoted\"\n", MONDAY_8AM);
    odd.routine[0].exercise_id = "Zugübung \u{0} \u{202e}".into();
    let doc = document(&[odd]);
    assert_eq!(decode(&encode(&doc)).unwrap(), doc);
    let text = v2_text(json!([])).replace("\"history\"", "\"\\ud800\":1,\"history\"");
    assert!(matches!(decode(&text), Err(DecodeError::NotJson(_))));
}

// ---- merging tabs ----

#[test]
fn two_tabs_each_adding_a_session_keep_both() {
    let start = document(&[session("a", MONDAY_8AM)]);
    let mut tab_one = start.clone();
    tab_one
        .history
        .record(session("b", MONDAY_8AM + 86_400_000));
    let mut tab_two = start;
    tab_two
        .history
        .record(session("c", MONDAY_8AM + 2 * 86_400_000));
    let merged = merge(&tab_one, &tab_two);
    let ids: Vec<_> = merged
        .history
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn a_session_finished_in_another_tab_replaces_its_unfinished_copy() {
    let mut unfinished = session("a", MONDAY_8AM);
    unfinished.ended_ms = MONDAY_8AM + MINUTE;
    unfinished.pain_after = None;
    let finished = session("a", MONDAY_8AM);
    let (unfinished, finished) = (document(&[unfinished]), document(&[finished]));
    assert_eq!(merge(&unfinished, &finished).history, finished.history);
    assert_eq!(merge(&finished, &unfinished).history, finished.history);
}

#[test]
fn merge_is_commutative_for_sessions_and_idempotent() {
    let mut a = document(&[session("a", MONDAY_8AM), session("shared", MONDAY_8AM + 5)]);
    let mut b = document(&[session("b", MONDAY_8AM + 9)]);
    let mut other_shared = session("shared", MONDAY_8AM + 5);
    other_shared.feedback.insert("x".into(), Feedback::TooHard);
    other_shared.feedback.remove("prone-swimmers");
    b.history.record(other_shared);
    a.unknown
        .sessions
        .insert("a".into(), fields(json!({"note": 1})));
    let ab = merge(&a, &b);
    let ba = merge(&b, &a);
    assert_eq!(ab.history, ba.history);
    assert_eq!(ab.unknown.sessions, ba.unknown.sessions);
    assert_eq!(merge(&a, &a), a);
    assert_eq!(merge(&ab, &b), ab);
}

#[test]
fn merge_keeps_the_earliest_start_and_the_newer_settings() {
    let mut older = Document::new(1_000);
    older.settings.voice_enabled = Some(true);
    older.settings.sound_enabled = Some(true);
    let mut newer = Document::new(2_000);
    newer.settings.voice_enabled = Some(false);
    let merged = merge(&older, &newer);
    assert_eq!(merged.created_ms, 1_000);
    assert_eq!(merged.settings.voice_enabled, Some(false), "b wins");
    assert_eq!(merged.settings.sound_enabled, Some(true), "a fills gaps");
    assert_eq!(
        merge(&Document::new(0), &newer).created_ms,
        2_000,
        "0 is unknown"
    );
}

// ---- properties ----

const ROUND_TRIP_CASES: u32 = 2_000;
const BYTE_FUZZ_CASES: u32 = 5_000;
const JSONISH_FUZZ_CASES: u32 = 5_000;
const MUTATION_FUZZ_CASES: u32 = 3_000;
const STRUCTURE_FUZZ_CASES: u32 = 3_000;

/// Runs a property and prints how many cases ran (`cargo test -- --nocapture` shows it).
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let ran = Cell::new(0_u32);
    let started = Instant::now();
    // No regression file: a failure prints its minimal input, which becomes a named test.
    let config = ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |value| {
        ran.set(ran.get() + 1);
        test(value)
    });
    println!(
        "{name}: {} cases ran in {:.1?}",
        ran.get(),
        started.elapsed()
    );
    if let Err(failure) = result {
        panic!("{name}: {failure}");
    }
    assert!(ran.get() >= cases);
}

/// Any Unicode text of up to `max` characters. Built from chars because proptest's
/// `String` and regex strategies are ten times slower in an unoptimised test build.
fn text(min: usize, max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), min..=max).prop_map(String::from_iter)
}

/// Lower-case ASCII words, like exercise ids and field names.
fn word(max: usize) -> impl Strategy<Value = String> {
    const LETTERS: &[u8; 28] = b"abcdefghijklmnopqrstuvwxyz-_";
    proptest::collection::vec(0..LETTERS.len(), 1..=max)
        .prop_map(|picks| picks.into_iter().map(|i| char::from(LETTERS[i])).collect())
}

/// Any exercise with any dose; drawn from flat numbers because nested strategies are
/// slow to generate in an unoptimised test build.
fn exercise() -> impl Strategy<Value = DosedExercise> {
    (
        word(20),
        text(0, 20),
        0_u8..4,
        any::<[u8; 5]>(),
        any::<[u16; 2]>(),
        any::<bool>(),
    )
        .prop_map(
            |(exercise_id, _name, kind, [sets, a, b, c, d], [hold_s, rest_s], per_side)| {
                let work = match kind {
                    0 => Work::Reps {
                        reps: a,
                        tempo: Tempo {
                            up_s: b,
                            hold_s: c,
                            down_s: d,
                        },
                    },
                    1 => Work::Hold { hold_s },
                    2 => Work::Compression { spots: a, hold_s },
                    _ => Work::Timed { duration_s: hold_s },
                };
                DosedExercise {
                    exercise_id,
                    dose: Dose {
                        sets,
                        work,
                        per_side,
                        rest_s,
                    },
                }
            },
        )
}

fn pain() -> impl Strategy<Value = Option<PainRating>> {
    proptest::option::of((0_u8..=10).prop_map(|p| PainRating::new(p).unwrap()))
}

fn feedback() -> impl Strategy<Value = Feedback> {
    prop_oneof![
        Just(Feedback::TooEasy),
        Just(Feedback::JustRight),
        Just(Feedback::TooHard)
    ]
}

/// Any session the store accepts.
fn valid_session() -> impl Strategy<Value = SessionRecord> {
    (
        // At most 32 chars of up to 4 bytes: within MAX_ID_BYTES.
        prop_oneof![word(40), text(1, 32)],
        EARLIEST_PLAUSIBLE_MS..LATEST_PLAUSIBLE_MS,
        0..=MAX_SESSION_MS,
        proptest::collection::vec(exercise(), 0..4),
        proptest::collection::vec(word(20), 0..4),
        pain(),
        pain(),
        proptest::collection::btree_map(prop_oneof![word(20), text(0, 20)], feedback(), 0..4),
        // Saved by this build with the reader's offset, or by an older one without.
        proptest::option::of(-18 * 60..=18 * 60),
    )
        .prop_map(
            |(
                id,
                started_ms,
                duration,
                routine,
                completed,
                pain_before,
                pain_after,
                feedback,
                utc_offset_min,
            )| {
                SessionRecord {
                    id,
                    started_ms,
                    ended_ms: started_ms + duration,
                    routine,
                    completed,
                    pain_before,
                    pain_after,
                    feedback: feedback.into_iter().collect(),
                    utc_offset_min,
                }
            },
        )
}

/// Any JSON value except floats, which serde_json does not promise to round-trip exactly.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        text(0, 20).prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::btree_map(text(0, 8), inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Fields a newer version might add: none most of the time, as in real documents.
fn unknown_fields(known: &'static [&'static str]) -> impl Strategy<Value = Map<String, Value>> {
    let some = proptest::collection::btree_map(word(12), json_value(), 1..3).prop_map(move |m| {
        let kept: Map<String, Value> = m
            .into_iter()
            .filter(|(k, _)| !known.contains(&k.as_str()))
            .collect();
        fields(Value::Object(kept))
    });
    prop_oneof![2 => Just(Map::new()), 1 => some]
}

const DOCUMENT_FIELDS: &[&str] = &[
    "schema_version",
    "format",
    "created_ms",
    "settings",
    "history",
];

/// Any document the store can hold.
fn valid_document() -> impl Strategy<Value = Document> {
    (
        0..LATEST_PLAUSIBLE_MS,
        proptest::collection::vec(
            (
                valid_session(),
                unknown_fields(SessionRecord::STORED_FIELDS),
            ),
            0..10,
        ),
        proptest::option::of(any::<bool>()),
        proptest::option::of(any::<bool>()),
        unknown_fields(DOCUMENT_FIELDS),
        unknown_fields(&["sessions"]),
        unknown_fields(&["voice_enabled", "sound_enabled"]),
    )
        .prop_map(
            |(created_ms, sessions, voice, sound, top, history, settings)| {
                let mut doc = Document::new(created_ms);
                doc.settings = Settings {
                    voice_enabled: voice,
                    sound_enabled: sound,
                };
                doc.unknown.document = top;
                doc.unknown.history = history;
                doc.unknown.settings = settings;
                for (session, extra) in sessions {
                    doc.unknown.sessions.remove(&session.id);
                    if !extra.is_empty() {
                        doc.unknown.sessions.insert(session.id.clone(), extra);
                    }
                    doc.history.record(session);
                }
                doc
            },
        )
}

#[test]
fn property_decoding_an_encoded_document_gives_it_back_unchanged() {
    check("round trip", ROUND_TRIP_CASES, valid_document(), |doc| {
        prop_assert_eq!(decode(&encode(&doc)), Ok(doc.clone()));
        Ok(())
    });
}

#[test]
fn property_merge_of_any_two_documents_is_commutative_and_loses_no_session() {
    check(
        "merge",
        500,
        (valid_document(), valid_document()),
        |(a, b)| {
            let ab = merge(&a, &b);
            let ba = merge(&b, &a);
            prop_assert_eq!(&ab.history, &ba.history);
            prop_assert_eq!(&ab.unknown.sessions, &ba.unknown.sessions);
            prop_assert_eq!(merge(&a, &a), a.clone());
            for s in a.history.sessions.iter().chain(&b.history.sessions) {
                prop_assert!(ab.history.sessions.iter().any(|m| m.id == s.id));
            }
            prop_assert_eq!(decode(&encode(&ab)), Ok(ab.clone()));
            Ok(())
        },
    );
}

fn never_panics(text: &str) {
    let _ = decode(text);
    let _ = decode_read_only(text);
}

#[test]
fn property_decode_never_panics_on_arbitrary_bytes() {
    check(
        "arbitrary bytes",
        BYTE_FUZZ_CASES,
        proptest::collection::vec(any::<u8>(), 0..2000),
        |bytes| {
            never_panics(&String::from_utf8_lossy(&bytes));
            Ok(())
        },
    );
}

#[test]
fn property_decode_never_panics_on_json_ish_text() {
    check(
        "JSON-ish text",
        JSONISH_FUZZ_CASES,
        prop_oneof![
            r#"[\[\]{}",:0-9eE.+\- \\a-z_]{0,300}"#,
            r#"\{"schema_version":[0-9]{1,3},[\[\]{}",:0-9eE.+\- a-z_]{0,300}"#,
        ],
        |text| {
            never_panics(&text);
            Ok(())
        },
    );
}

#[test]
fn property_decode_never_panics_on_damaged_documents() {
    check(
        "damaged documents",
        MUTATION_FUZZ_CASES,
        (
            valid_document(),
            any::<prop::sample::Index>(),
            any::<prop::sample::Index>(),
            r#"[\[\]{}",:0-9eE.+\-a-z_ ]{0,8}"#,
        ),
        |(doc, at, len, insert)| {
            let text = encode(&doc);
            let start = at.index(text.len() + 1);
            let end = (start + len.index(16)).min(text.len());
            if text.is_char_boundary(start) && text.is_char_boundary(end) {
                let damaged = format!("{}{insert}{}", &text[..start], &text[end..]);
                never_panics(&damaged);
                never_panics(&text[..start]);
            }
            Ok(())
        },
    );
}

#[test]
fn property_any_json_in_any_place_is_read_or_refused_without_panicking() {
    check(
        "arbitrary JSON structure",
        STRUCTURE_FUZZ_CASES,
        (
            0_u64..4,
            json_value(),
            proptest::collection::vec(json_value(), 0..4),
            json_value(),
        ),
        |(version, anything, sessions, settings)| {
            let text = json!({
                "schema_version": version,
                "created_ms": anything,
                "settings": settings,
                "history": {"sessions": sessions},
                "sessions": sessions,
            })
            .to_string();
            never_panics(&text);
            if let Ok(doc) = decode(&text) {
                for s in &doc.history.sessions {
                    prop_assert_eq!(validate_session(s), Ok(()));
                }
                prop_assert_eq!(
                    doc.history.sessions.len() + doc.dropped_sessions(),
                    sessions.len()
                );
            }
            Ok(())
        },
    );
}

#[test]
fn a_history_built_by_hand_is_what_the_store_keeps() {
    // The store's sort order is History::record's, so a decoded log can be extended.
    let mut doc = decode(&v2_text(json!([session_json("b"), session_json("a")]))).unwrap();
    let mut expected = History::default();
    expected.record(session("a", MONDAY_8AM));
    expected.record(session("b", MONDAY_8AM));
    assert_eq!(doc.history, expected);
    doc.history.record(session("c", MONDAY_8AM - 1));
    assert_eq!(doc.history.sessions[0].id, "c");
}

#[test]
fn an_unknown_number_from_a_newer_version_is_written_back_as_it_was_written() {
    let text = v2_text(json!([session_json("a")])).replacen(
        '{',
        r#"{"precise":-1.50,"huge":18446744073709551616,"#,
        1,
    );
    let doc = decode(&text).unwrap();
    let written = encode(&doc);
    assert!(written.contains(r#""precise":-1.50"#), "{written}");
    assert!(
        written.contains(r#""huge":18446744073709551616"#),
        "{written}"
    );
}

#[test]
fn a_session_is_stored_with_exactly_its_listed_fields() {
    let mut saved = session("a", MONDAY_8AM);
    saved.utc_offset_min = Some(60);
    let Value::Object(fields) = stored(&saved) else {
        panic!("an object")
    };
    let mut keys: Vec<&str> = fields.keys().map(String::as_str).collect();
    let mut listed = SessionRecord::STORED_FIELDS.to_vec();
    keys.sort_unstable();
    listed.sort_unstable();
    assert_eq!(keys, listed);
}

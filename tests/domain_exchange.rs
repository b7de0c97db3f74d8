//! Export as JSON and CSV, and import with validation, a preview and clear errors.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::cell::Cell;

use knot_coach::domain::dose::{Dose, DosedExercise, Work};
use knot_coach::domain::exchange::{
    export_csv, export_json, preview_import, ImportError, MAX_IMPORT_BYTES,
};
use knot_coach::domain::history::{Feedback, History, PainRating, SessionRecord};
use knot_coach::domain::store::{decode, encode, Document, FORMAT, SCHEMA_VERSION};
use proptest::prelude::*;
use proptest::test_runner::TestRunner;
use serde_json::{json, Value};

/// 2025-03-03T08:00:00Z, a Monday.
const MONDAY_8AM: u64 = 1_740_988_800_000;
const DAY: u64 = 86_400_000;

fn exercise(id: &str, _name: &str) -> DosedExercise {
    DosedExercise {
        exercise_id: id.into(),
        dose: Dose {
            sets: 2,
            work: Work::Hold { hold_s: 30 },
            per_side: true,
            rest_s: 15,
        },
    }
}

fn session(id: &str, started_ms: u64) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms,
        ended_ms: started_ms + 12 * 60_000 + 30_000,
        routine: vec![
            exercise("chest-stretch", "Chest stretch"),
            exercise("prone-swimmers", "Prone swimmers"),
        ],
        completed: vec!["chest-stretch".into(), "prone-swimmers".into()],
        pain_before: PainRating::new(6),
        pain_after: PainRating::new(4),
        feedback: [
            ("prone-swimmers".to_string(), Feedback::TooHard),
            ("chest-stretch".to_string(), Feedback::TooEasy),
        ]
        .into(),
        utc_offset_min: None,
    }
}

fn document(ids: &[&str]) -> Document {
    let mut doc = Document::new(MONDAY_8AM - 1);
    for (i, id) in ids.iter().enumerate() {
        doc.history.record(session(id, MONDAY_8AM + i as u64 * DAY));
    }
    doc
}

fn csv_lines(history: &History, offset: i32) -> Vec<String> {
    let csv = export_csv(
        history,
        offset,
        &knot_coach::text::csv_words(knot_coach::text::Lang::En),
    );
    assert!(csv.ends_with("\r\n"));
    csv.split_terminator("\r\n").map(String::from).collect()
}

// ---- JSON export ----

#[test]
fn a_json_export_is_readable_versioned_and_reads_back_unchanged() {
    let mut doc = document(&["a", "b"]);
    doc.settings.sound_enabled = Some(false);
    let text = export_json(&doc);
    assert!(
        text.contains("\n  \"format\": \"knot-coach-progress\""),
        "{text}"
    );
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["schema_version"], json!(SCHEMA_VERSION));
    assert_eq!(decode(&text).unwrap(), doc);
}

// ---- CSV export ----

#[test]
fn the_csv_has_one_row_per_session_in_local_time() {
    let lines = csv_lines(&document(&["a", "b"]).history, 60);
    assert_eq!(
        lines,
        [
            "Date,Start time (UTC+01:00),Duration (minutes),Exercises done,\
             Pain before (0-10),Pain after (0-10),Feedback",
            "2025-03-03,09:00,12.5,Doorway chest stretch; Prone swimmers,6,4,\
             Doorway chest stretch: too easy; Prone swimmers: too hard",
            "2025-03-04,09:00,12.5,Doorway chest stretch; Prone swimmers,6,4,\
             Doorway chest stretch: too easy; Prone swimmers: too hard",
        ]
    );
}

#[test]
fn the_csv_follows_the_readers_language() {
    knot_coach::text::install_french(include_str!("../text/knot-coach.fr-CA.json")).unwrap();
    let history = document(&["a"]).history;
    let csv = export_csv(
        &history,
        60,
        &knot_coach::text::csv_words(knot_coach::text::Lang::Fr),
    );
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert_eq!(
        lines,
        [
            "Date,Heure de début (UTC+01:00),Durée (minutes),Exercices faits,\
             Douleur avant (0-10),Douleur après (0-10),Commentaires",
            "2025-03-03,09:00,\"12,5\",Étirement des pectoraux dans un cadre de porte; \
             Nageur à plat ventre,6,4,Étirement des pectoraux dans un cadre de porte : \
             trop facile; Nageur à plat ventre : trop difficile",
        ]
    );
}

#[test]
fn the_csv_date_follows_the_reader_across_midnight() {
    let late = session("late", MONDAY_8AM - 9 * 3_600_000 + 60_000); // Sunday 23:01 UTC
    let history = History {
        sessions: vec![late],
    };
    assert!(csv_lines(&history, 0)[1].starts_with("2025-03-02,23:01,"));
    assert!(csv_lines(&history, 90)[1].starts_with("2025-03-03,00:31,"));
    assert!(csv_lines(&history, -330)[0].contains("Start time (UTC-05:30)"));
}

#[test]
fn an_empty_log_exports_just_the_header() {
    assert_eq!(csv_lines(&History::default(), 0).len(), 1);
}

#[test]
fn unrated_pain_and_unknown_exercises_leave_plain_cells() {
    let mut s = session("a", MONDAY_8AM);
    s.pain_before = None;
    s.routine.clear();
    s.feedback.clear();
    s.completed = vec!["heat".into()];
    let lines = csv_lines(&History { sessions: vec![s] }, 0);
    assert_eq!(lines[1], "2025-03-03,08:00,12.5,heat,,4,");
}

#[test]
fn csv_cells_with_commas_quotes_or_line_breaks_are_quoted() {
    let mut s = session("a", MONDAY_8AM);
    // An id this build does not know is written as it is, so a crafted file's ids are
    // what could carry commas, quotes or formulas.
    let crafted = "Row, \"bent over\"\nslow";
    s.routine = vec![exercise(crafted, crafted)];
    s.completed = vec![crafted.into()];
    s.feedback.clear();
    let csv = export_csv(
        &History { sessions: vec![s] },
        0,
        &knot_coach::text::csv_words(knot_coach::text::Lang::En),
    );
    assert!(
        csv.contains(",\"Row, \"\"bent over\"\"\nslow\",6,4,\r\n"),
        "{csv}"
    );
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_as_formulas_are_defused() {
    for (name, cell) in [
        (
            "=HYPERLINK(\"http://x\")",
            "\"'=HYPERLINK(\"\"http://x\"\")\"",
        ),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("=1,2", "\"'=1,2\""),
        ("Safe - name", "Safe - name"),
    ] {
        let mut s = session("a", MONDAY_8AM);
        s.routine = vec![exercise(name, name)];
        s.completed = vec![name.into()];
        s.feedback.clear();
        let row = &csv_lines(&History { sessions: vec![s] }, 0)[1];
        assert_eq!(row, &format!("2025-03-03,08:00,12.5,{cell},6,4,"), "{name}");
    }
}

// ---- import preview ----

#[test]
fn the_preview_counts_new_present_and_invalid_sessions() {
    let existing = document(&["a", "b"]);
    let mut file: Value =
        serde_json::from_str(&export_json(&document(&["x", "b", "c", "d"]))).unwrap();
    file["history"]["sessions"][0]["pain_before"] = json!(12);
    let preview = preview_import(&file.to_string(), &existing).unwrap();
    assert_eq!(
        (
            preview.new_sessions,
            preview.already_present,
            preview.invalid
        ),
        (2, 1, 1)
    );
    assert_eq!(preview.file_version, SCHEMA_VERSION);
    assert_eq!(
        preview.new_range_ms,
        Some((MONDAY_8AM + 2 * DAY, MONDAY_8AM + 3 * DAY))
    );
    assert_eq!(
        knot_coach::text::import_summary(knot_coach::text::Lang::En, &preview),
        "2 new sessions will be added to your progress. 1 session is already there. \
         1 entry could not be read and will be skipped."
    );
    let merged = preview.apply();
    let ids: Vec<_> = merged
        .history
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let file = export_json(&document(&["a", "b"]));
    let once = preview_import(&file, &Document::new(MONDAY_8AM))
        .unwrap()
        .apply();
    let preview = preview_import(&file, &once).unwrap();
    assert_eq!((preview.new_sessions, preview.already_present), (0, 2));
    assert_eq!(
        knot_coach::text::import_summary(knot_coach::text::Lang::En, &preview),
        "There are no new sessions in this file. 2 sessions are already there."
    );
    assert_eq!(preview.apply(), once);
}

#[test]
fn import_keeps_the_readers_own_settings() {
    let mut existing = document(&[]);
    existing.settings.voice_enabled = Some(false);
    let mut other = document(&["a"]);
    other.settings.voice_enabled = Some(true);
    other.settings.sound_enabled = Some(true);
    let merged = preview_import(&export_json(&other), &existing)
        .unwrap()
        .apply();
    assert_eq!(merged.settings.voice_enabled, Some(false));
    assert_eq!(merged.settings.sound_enabled, Some(true));
}

#[test]
fn an_export_from_an_older_version_is_migrated_on_import() {
    let v1 = json!({
        "schema_version": 1,
        "created_ms": MONDAY_8AM,
        "sessions": [{
            "id": "old", "started_ms": MONDAY_8AM, "ended_ms": MONDAY_8AM + 60_000,
            "routine": [], "completed": ["heat"], "pain_before": 7, "pain_after": -1
        }]
    });
    let preview = preview_import(&v1.to_string(), &Document::default()).unwrap();
    assert_eq!(preview.file_version, 1);
    assert_eq!(preview.new_sessions, 1);
    let merged = preview.apply();
    assert_eq!(merged.history.sessions[0].pain_after, None);
}

// ---- import errors ----

#[test]
fn an_empty_file_says_so() {
    for text in ["", "   \n"] {
        let error = preview_import(text, &Document::default()).unwrap_err();
        assert_eq!(error, ImportError::Empty);
        assert_eq!(
            knot_coach::text::import_error(knot_coach::text::Lang::En, &error),
            "The file is empty."
        );
    }
}

#[test]
fn a_file_over_five_megabytes_is_refused_before_it_is_read() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    let error = preview_import(&text, &Document::default()).unwrap_err();
    assert_eq!(
        error,
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    assert_eq!(
        knot_coach::text::import_error(knot_coach::text::Lang::En, &error),
        "The file is too large (5.0 MB). A Knot Coach export is never more than 5 MB."
    );
    knot_coach::text::install_french(include_str!("../text/knot-coach.fr-CA.json")).unwrap();
    assert_eq!(
        knot_coach::text::import_error(knot_coach::text::Lang::Fr, &error),
        "Le fichier est trop volumineux (5,0\u{a0}Mo). Une exportation de Knot Coach ne dépasse jamais 5\u{a0}Mo."
    );
    let just_fits = format!("{}{}", " ".repeat(MAX_IMPORT_BYTES - 2), "{}");
    assert_eq!(
        preview_import(&just_fits, &Document::default()).unwrap_err(),
        ImportError::NotAnExport
    );
}

#[test]
fn a_damaged_or_cut_short_file_is_reported_as_such() {
    let full = export_json(&document(&["a"]));
    for text in ["not json", "{\"schema_version\":", &full[..full.len() / 2]] {
        let error = preview_import(text, &Document::default()).unwrap_err();
        assert_eq!(error, ImportError::Damaged, "{text}");
        assert!(
            knot_coach::text::import_error(knot_coach::text::Lang::En, &error)
                .starts_with("This file could not be read.")
        );
    }
}

#[test]
fn json_that_is_not_an_export_is_refused() {
    for text in [
        "[]",
        "{}",
        r#"{"hello": "world"}"#,
        r#"{"schema_version": 2, "history": {"sessions": []}}"#,
        r#"{"schema_version": 1}"#,
        r#"{"schema_version": 3, "history": {}}"#,
        r#"{"schema_version": 2, "format": "other-app"}"#,
    ] {
        let error = preview_import(text, &Document::default()).unwrap_err();
        assert_eq!(error, ImportError::NotAnExport, "{text}");
        assert_eq!(
            knot_coach::text::import_error(knot_coach::text::Lang::En, &error),
            "This file is not a Knot Coach export."
        );
    }
}

#[test]
fn a_file_from_a_newer_version_is_refused_with_a_clear_message() {
    let text = json!({"schema_version": 9, "format": FORMAT, "history": {"sessions": []}});
    let error = preview_import(&text.to_string(), &Document::default()).unwrap_err();
    assert_eq!(error, ImportError::NewerVersion(9));
    assert_eq!(
        knot_coach::text::import_error(knot_coach::text::Lang::En, &error),
        "This file was made by a newer version of Knot Coach, so this page cannot read it safely."
    );
}

#[test]
fn nothing_is_imported_into_read_only_progress() {
    let mut existing = document(&["a"]);
    existing.read_only = true;
    let error = preview_import(&export_json(&document(&["b"])), &existing).unwrap_err();
    assert_eq!(error, ImportError::ReadOnly);
}

#[test]
fn a_file_saved_with_a_byte_order_mark_still_imports() {
    let text = format!("\u{feff}{}", export_json(&document(&["a"])));
    assert_eq!(
        preview_import(&text, &Document::default())
            .unwrap()
            .new_sessions,
        1
    );
}

#[test]
fn a_stored_document_is_also_a_valid_import() {
    // The compact stored text carries the same marker, so a backup of it can be imported.
    let preview = preview_import(&encode(&document(&["a"])), &Document::default()).unwrap();
    assert_eq!(preview.new_sessions, 1);
}

const IMPORT_FUZZ_CASES: u32 = 3_000;

#[test]
fn property_import_never_panics_on_arbitrary_bytes() {
    let ran = Cell::new(0_u32);
    let config = ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(IMPORT_FUZZ_CASES)
    };
    let existing = document(&["a"]);
    let result = TestRunner::new(config).run(
        &prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..2000)
                .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
            r#"\{"format":"knot-coach-progress","schema_version":[0-3],[\[\]{}",:0-9a-z_]{0,200}"#,
        ],
        |text| {
            ran.set(ran.get() + 1);
            let _ = preview_import(&text, &existing).map(|p| p.apply());
            Ok(())
        },
    );
    println!("import fuzz: {} cases ran", ran.get());
    result.unwrap();
}

//! Export and import of the reader's progress: a versioned JSON file that Knot Coach can
//! read back, a CSV for a spreadsheet or a physiotherapist, and an import that validates
//! and previews a file before merging it into the log.

use std::collections::BTreeSet;

use serde_json::Value;

use super::history::{Feedback, History, PainRating, SessionRecord};
use super::stats::{clamp_offset, Day};
use super::store::{self, DecodeError, DecodeWarning, Document, FORMAT};

/// The largest file import accepts, in bytes: a 1,000-session log is well under 1 MB, and
/// localStorage itself holds about 5 MB.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The document as a readable, versioned JSON file: the stored layout, indented.
/// For a [`Document::read_only`] document, offer the stored text itself instead: this
/// build would label a newer version's data with its own, older version.
pub fn export_json(document: &Document) -> String {
    // Value's alternate form is serde_json's pretty printer: two-space indent.
    format!("{:#}", store::to_value(document))
}

/// The log as CSV (RFC 4180, CRLF line ends), one row per session, oldest first, with
/// dates and times in the reader's local time (`utc_offset_min` minutes ahead of UTC, as
/// the header says). A session saved in another offset (before a daylight-saving change)
/// keeps its own date and time, with its offset written after the time.
///
/// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) is prefixed with `'`, so a crafted exercise name in an
/// imported file cannot run code on the physiotherapist's computer.
///
/// `words` holds the reader's language: headers, exercise names and feedback words.
pub fn export_csv(history: &History, utc_offset_min: i32, words: &CsvWords) -> String {
    let offset = clamp_offset(utc_offset_min);
    let header = [
        words.date.to_string(),
        format!("{} ({})", words.start_time, utc_label(offset)),
        words.duration_minutes.into(),
        words.exercises_done.into(),
        words.pain_before.into(),
        words.pain_after.into(),
        words.feedback.into(),
    ];
    let mut out = String::new();
    push_row(&mut out, &header);
    for session in &history.sessions {
        push_row(&mut out, &csv_row(session, offset, words));
    }
    out
}

/// The words of the CSV export in the reader's language (the text layer fills it in).
#[derive(Clone, Copy, Debug)]
pub struct CsvWords {
    /// Header of the date column.
    pub date: &'static str,
    /// Header of the start time column, before the UTC offset.
    pub start_time: &'static str,
    /// Header of the duration column.
    pub duration_minutes: &'static str,
    /// Header of the exercises column.
    pub exercises_done: &'static str,
    /// Header of the pain-before column.
    pub pain_before: &'static str,
    /// Header of the pain-after column.
    pub pain_after: &'static str,
    /// Header of the feedback column.
    pub feedback: &'static str,
    /// How each kind of feedback reads.
    pub feedback_words: fn(Feedback) -> &'static str,
    /// The exercise's name from its catalog id (an unknown id as it is).
    pub exercise_name: fn(&str) -> String,
    /// `.` or `,` in the duration.
    pub decimal_separator: char,
    /// Between an exercise and its feedback: `": "`, or `" : "` in French.
    pub colon: &'static str,
}

fn csv_row(session: &SessionRecord, current_offset: i32, words: &CsvWords) -> [String; 7] {
    let offset = clamp_offset(session.offset_min(current_offset));
    let day = Day::from_ms(session.started_ms, offset);
    let local_ms = i64::try_from(session.started_ms)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(offset) * 60_000);
    let minute_of_day = local_ms.rem_euclid(86_400_000) / 60_000;
    let name_of = |id: &str| (words.exercise_name)(id);
    let done: Vec<String> = session.completed.iter().map(|id| name_of(id)).collect();
    // Feedback in routine order, then any left over in id order.
    let mut seen = BTreeSet::new();
    let mut feedback = Vec::new();
    let ordered = session.routine.iter().map(|e| e.exercise_id.as_str());
    for id in ordered.chain(session.feedback.keys().map(String::as_str)) {
        if let Some(said) = session.feedback.get(id) {
            if seen.insert(id) {
                feedback.push(format!(
                    "{}{}{}",
                    name_of(id),
                    words.colon,
                    (words.feedback_words)(*said)
                ));
            }
        }
    }
    let tenths_of_minute = session.duration_ms().saturating_add(3_000) / 6_000;
    let pain =
        |rating: Option<PainRating>| rating.map_or_else(String::new, |r| r.value().to_string());
    [
        day.iso(),
        if offset == current_offset {
            format!("{:02}:{:02}", minute_of_day / 60, minute_of_day % 60)
        } else {
            format!(
                "{:02}:{:02} ({})",
                minute_of_day / 60,
                minute_of_day % 60,
                utc_label(offset)
            )
        },
        format!(
            "{}{}{}",
            tenths_of_minute / 10,
            words.decimal_separator,
            tenths_of_minute % 10
        ),
        done.join("; "),
        pain(session.pain_before),
        pain(session.pain_after),
        feedback.join("; "),
    ]
}

/// "UTC+01:00", "UTC-05:30".
fn utc_label(offset_min: i32) -> String {
    let sign = if offset_min < 0 { '-' } else { '+' };
    let abs = offset_min.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", abs / 60, abs % 60)
}

fn push_row(out: &mut String, cells: &[String]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_cell(cell));
    }
    out.push_str("\r\n");
}

/// One cell: defused against formulas, then quoted if it holds a comma, quote or line break.
fn csv_cell(text: &str) -> String {
    let risky = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if risky {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Why a file cannot be imported; `Display` gives the message for the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in the file.
    Empty,
    /// Over [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: usize,
    },
    /// Not JSON at all, or cut short.
    Damaged,
    /// JSON, but not a Knot Coach export.
    NotAnExport,
    /// Exported by a newer Knot Coach (its format version).
    NewerVersion(u32),
    /// The saved progress is itself from a newer version, so nothing may be written to it.
    ReadOnly,
}

/// What importing a file would change, shown before the reader confirms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// Sessions in the file that are not in the log yet.
    pub new_sessions: usize,
    /// Sessions in the file whose id is already in the log; the fuller copy is kept.
    pub already_present: usize,
    /// Entries in the file that could not be read (including repeats of one id).
    pub invalid: usize,
    /// Why each invalid entry was left out.
    pub problems: Vec<DecodeWarning>,
    /// The layout version the file was written in (older ones are migrated).
    pub file_version: u32,
    /// Start of the earliest and the latest new session, ms since the Unix epoch.
    pub new_range_ms: Option<(u64, u64)>,
    merged: Document,
}

impl ImportPreview {
    /// The log with the file merged in (the reader's own settings win).
    pub fn apply(self) -> Document {
        self.merged
    }
}

/// Validates an exported file (any layout from v1) and previews merging it into `existing`.
pub fn preview_import(text: &str, existing: &Document) -> Result<ImportPreview, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    if existing.read_only {
        return Err(ImportError::ReadOnly);
    }
    // Editors such as Notepad may add a byte-order mark when a reader opens and saves a file.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = store::parse(text).map_err(import_error)?;
    let version = store::version_of(&root).map_err(import_error)?;
    // Stored documents may lack the marker; a file must show it is ours (v1 had no marker,
    // but always had its `sessions` list at the top level).
    let marked = root.get("format").and_then(Value::as_str) == Some(FORMAT);
    let v1_shape = version == 1 && matches!(root.get("sessions"), Some(Value::Array(_)));
    if !marked && !v1_shape {
        return Err(ImportError::NotAnExport);
    }
    let imported = store::from_root(root, version, false).map_err(import_error)?;
    let mut new_sessions = 0;
    let mut already_present = 0;
    let mut new_range_ms: Option<(u64, u64)> = None;
    let known: BTreeSet<&str> = existing
        .history
        .sessions
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    for session in &imported.history.sessions {
        if known.contains(session.id.as_str()) {
            already_present += 1;
        } else {
            new_sessions += 1;
            let at = session.started_ms;
            new_range_ms = Some(new_range_ms.map_or((at, at), |(lo, hi)| (lo.min(at), hi.max(at))));
        }
    }
    let problems: Vec<DecodeWarning> = imported
        .warnings
        .iter()
        .filter(|w| matches!(w, DecodeWarning::SessionDropped { .. }))
        .cloned()
        .collect();
    Ok(ImportPreview {
        new_sessions,
        already_present,
        invalid: problems.len(),
        problems,
        file_version: version,
        new_range_ms,
        merged: store::merge(&imported, existing),
    })
}

fn import_error(error: DecodeError) -> ImportError {
    match error {
        DecodeError::Empty => ImportError::Empty,
        DecodeError::NotJson(_) => ImportError::Damaged,
        DecodeError::NotADocument(_) => ImportError::NotAnExport,
        DecodeError::NewerVersion(v) => ImportError::NewerVersion(v),
    }
}

//! The reader's progress as one stored JSON document: versioned, migrated from every
//! earlier layout, decoded without ever panicking, and keeping fields it does not know.
//!
//! The shell stores [`encode`]'s text under its own namespaced key and reads it back with
//! [`decode`]. Layouts, oldest first (keys are written in alphabetical order):
//!
//! - v1: `{"schema_version": 1, "created_ms": …, "voice_enabled": true, "sound_enabled":
//!   false, "sessions": [{"id", "started_ms", "ended_ms", "routine", "completed",
//!   "pain_before": 6, "pain_after": -1}]}` — sessions at the top level, pain as plain
//!   numbers with `-1` for "not rated", no per-exercise feedback.
//! - v2 (current): `{"schema_version": 2, "format": "knot-coach-progress", "created_ms":
//!   …, "settings": {"voice_enabled": true, "sound_enabled": false}, "history":
//!   {"sessions": [{…, "pain_before": 6, "pain_after": null, "feedback": {"prone-swimmers":
//!   "too-easy"}, "utc_offset_min": 60}]}}`. `utc_offset_min` (the reader's offset when
//!   the session was saved) is written only when known: sessions saved before it was kept
//!   have none, and an older v2 build keeps it as a field it does not know.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::history::{History, SessionRecord};
use super::stats::MAX_OFFSET_MIN;

/// The layout this build writes.
pub const SCHEMA_VERSION: u32 = 2;

/// Written into every v2+ document so an exported file can be told apart from any other
/// JSON file a reader might pick.
pub const FORMAT: &str = "knot-coach-progress";

/// 2000-01-01T00:00:00Z: anything earlier is a broken clock, not a session.
pub const EARLIEST_PLAUSIBLE_MS: u64 = 946_684_800_000;

/// 2200-01-01T00:00:00Z: decode has no clock, so "in the future" can only be judged as
/// "absurdly far away"; the stats, which do get `now_ms`, leave out sessions after now.
pub const LATEST_PLAUSIBLE_MS: u64 = 7_258_118_400_000;

/// A session longer than a day is a clock that jumped, not a routine left running.
pub const MAX_SESSION_MS: u64 = 24 * 60 * 60 * 1000;

/// Session ids are short tokens made by the shell; a longer one is damage or an attack.
pub const MAX_ID_BYTES: usize = 128;

/// Longest detail (in bytes) kept from a parser message or an id in a warning: decode's
/// messages quote the offending value, which may be megabytes long.
const MAX_DETAIL_BYTES: usize = 160;

/// The reader's settings that travel with their progress; `None` means "never chosen".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Whether spoken cues are on.
    pub voice_enabled: Option<bool>,
    /// Whether sound cues are on.
    pub sound_enabled: Option<bool>,
}

/// A JSON object's fields, keys in order (serde_json's map without `preserve_order`).
pub type Fields = Map<String, Value>;

/// Fields this build does not know, kept as they were so that data written by a newer
/// version (or by hand) survives a round trip through this one.
///
/// Fields inside a routine snapshot (exercise, dose) are not kept: a newer version that
/// changes those must raise [`SCHEMA_VERSION`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Unknown {
    /// Unknown top-level fields.
    pub document: Fields,
    /// Unknown fields of the `history` object.
    pub history: Fields,
    /// Unknown fields of the `settings` object.
    pub settings: Fields,
    /// Unknown fields of each session, by session id (only sessions that have some).
    pub sessions: BTreeMap<String, Fields>,
}

/// The whole stored document: the session log, settings, and what decode noticed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// When the reader's log was started, ms since the Unix epoch (0 when unknown).
    pub created_ms: u64,
    /// Every session, oldest first, ids unique.
    pub history: History,
    /// Voice and sound preferences.
    pub settings: Settings,
    /// Fields kept for a newer version; written back unchanged by [`encode`].
    pub unknown: Unknown,
    /// Set when the document comes from a newer version ([`decode_read_only`]): the shell
    /// shows it but must never write it back, so the newer data is not lost.
    pub read_only: bool,
    /// The layout the text was written in, when decode had to migrate it: the shell
    /// should write the migrated document back (after keeping the old text as a backup).
    pub migrated_from: Option<u32>,
    /// What decode had to leave out or reset to read the rest; empty for a clean read.
    pub warnings: Vec<DecodeWarning>,
}

impl Document {
    /// An empty log started at `created_ms`.
    pub fn new(created_ms: u64) -> Self {
        Self {
            created_ms,
            ..Self::default()
        }
    }

    /// How many stored sessions decode could not use.
    pub fn dropped_sessions(&self) -> usize {
        self.warnings
            .iter()
            .filter(|w| matches!(w, DecodeWarning::SessionDropped { .. }))
            .count()
    }

    /// Whether writing this document back would lose something that was in the stored
    /// text (dropped sessions, reset fields, an older layout): if so the shell keeps the
    /// original text under its backup key first, as it does for corrupt JSON.
    pub fn needs_backup(&self) -> bool {
        !self.warnings.is_empty() || self.migrated_from.is_some()
    }
}

/// Why one stored session was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionProblem {
    /// The entry is not a JSON object.
    NotAnObject,
    /// A field is missing or has the wrong type (the parser's words, shortened).
    Unreadable(String),
    /// The id is empty or longer than [`MAX_ID_BYTES`].
    BadId,
    /// A pain rating that is not one of the whole numbers 0–10.
    PainOutOfRange,
    /// It ends before it starts (a negative duration).
    EndsBeforeStart,
    /// It starts before 2000 or after 2200.
    ImplausibleDate,
    /// It lasts longer than [`MAX_SESSION_MS`].
    TooLong,
    /// Another entry has the same id; the fuller one was kept.
    DuplicateId,
}

impl std::fmt::Display for SessionProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAnObject => write!(f, "it is not a session record"),
            Self::Unreadable(detail) => write!(f, "part of it could not be read ({detail})"),
            Self::BadId => write!(f, "its id is missing or too long"),
            Self::PainOutOfRange => write!(f, "a pain rating is not a whole number from 0 to 10"),
            Self::EndsBeforeStart => write!(f, "it ends before it starts"),
            Self::ImplausibleDate => write!(f, "its date is not a real one"),
            Self::TooLong => write!(f, "it lasts longer than a day"),
            Self::DuplicateId => write!(f, "it appears twice"),
        }
    }
}

/// Something decode had to leave out or reset in order to read the rest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeWarning {
    /// Entry `index` of the stored session list was left out.
    SessionDropped {
        /// Position in the stored list, counting from 0.
        index: usize,
        /// Its id when one could be read (shortened).
        id: Option<String>,
        /// Why it was left out.
        problem: SessionProblem,
    },
    /// A document field could not be read and was reset to its default.
    FieldReset {
        /// Dotted path of the field, e.g. `settings.voice_enabled`.
        field: String,
        /// What was wrong with it.
        problem: String,
    },
}

impl std::fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SessionDropped { index, problem, .. } => {
                write!(f, "Saved session {} was left out: {problem}.", index + 1)
            }
            Self::FieldReset { field, problem } => {
                write!(
                    f,
                    "Part of your saved progress ({field}) was reset: {problem}."
                )
            }
        }
    }
}

/// Why a stored document could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Nothing but whitespace: there is no saved progress yet.
    Empty,
    /// Not JSON, e.g. cut short by a failed write (the parser's words, shortened).
    NotJson(String),
    /// JSON, but not a Knot Coach progress document.
    NotADocument(String),
    /// Written by a newer Knot Coach (format version carried; saturated at `u32::MAX`):
    /// open it with [`decode_read_only`] and never overwrite it.
    NewerVersion(u32),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty => write!(f, "There is no saved progress yet."),
            Self::NotJson(_) => write!(f, "Your saved progress is damaged and could not be read."),
            Self::NotADocument(_) => {
                write!(
                    f,
                    "The saved data is not Knot Coach progress, so it could not be read."
                )
            }
            Self::NewerVersion(_) => write!(
                f,
                "Your progress was saved by a newer version of Knot Coach. You can look at it \
                 here, but changes won't be saved, so the newer data stays safe."
            ),
        }
    }
}

/// Reads a stored document, migrating older layouts to the current one.
///
/// Never panics. Whole-document problems are errors; a bad session is left out with a
/// [`DecodeWarning`] so one damaged entry cannot cost the reader the rest of their log.
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    let root = parse(text)?;
    let version = version_of(&root)?;
    from_root(root, version, false)
}

/// Like [`decode`], but a document from a newer version is read as far as this version
/// understands it, with [`Document::read_only`] set, so the reader can still see it.
pub fn decode_read_only(text: &str) -> Result<Document, DecodeError> {
    let root = parse(text)?;
    let version = version_of(&root)?;
    from_root(root, version, true)
}

/// The document as compact JSON in the current layout, unknown fields included.
pub fn encode(document: &Document) -> String {
    to_value(document).to_string()
}

/// `item` as a JSON value. Written through a value, so every object's keys come out in
/// order, as every stored document has always had them.
pub(crate) fn to_json_value(item: &impl Serialize) -> Value {
    // Cannot fail: every stored map is keyed by strings or by unit enum variants.
    serde_json::to_value(item).expect("stored types always serialize")
}

/// Whether a session may be stored: id, dates and duration are plausible. Pain ratings are
/// already checked by [`super::history::PainRating`].
pub fn validate_session(session: &SessionRecord) -> Result<(), SessionProblem> {
    if session.id.is_empty() || session.id.len() > MAX_ID_BYTES {
        return Err(SessionProblem::BadId);
    }
    if session.ended_ms < session.started_ms {
        return Err(SessionProblem::EndsBeforeStart);
    }
    if !(EARLIEST_PLAUSIBLE_MS..LATEST_PLAUSIBLE_MS).contains(&session.started_ms) {
        return Err(SessionProblem::ImplausibleDate);
    }
    if session.duration_ms() > MAX_SESSION_MS {
        return Err(SessionProblem::TooLong);
    }
    Ok(())
}

/// Merges two documents, e.g. this tab's and the one another tab just wrote.
///
/// Sessions are the union by id; when both have an id, the one that ended later wins, then
/// the fuller one, then a fixed order on their JSON, so the session set does not depend on
/// the argument order and `merge(a, a)` is `a`. For settings and unknown document fields
/// `b` wins where both have a value: pass the newer document as `b`. The result is read-only
/// if either side is, and carries no warnings (it describes no decode).
pub fn merge(a: &Document, b: &Document) -> Document {
    let empty = Fields::new();
    let candidates = [a, b]
        .into_iter()
        .flat_map(|doc| {
            doc.history.sessions.iter().map(|session| {
                let extra = doc.unknown.sessions.get(&session.id).unwrap_or(&empty);
                (0, session.clone(), extra.clone())
            })
        })
        .collect();
    let (chosen, _) = one_per_id(candidates);
    let (sessions, session_extra) = sessions_and_extras(chosen);
    let created_ms = match (a.created_ms, b.created_ms) {
        (0, other) | (other, 0) => other,
        (x, y) => x.min(y),
    };
    Document {
        created_ms,
        history: History { sessions },
        settings: Settings {
            voice_enabled: b.settings.voice_enabled.or(a.settings.voice_enabled),
            sound_enabled: b.settings.sound_enabled.or(a.settings.sound_enabled),
        },
        unknown: Unknown {
            document: union(&a.unknown.document, &b.unknown.document),
            history: union(&a.unknown.history, &b.unknown.history),
            settings: union(&a.unknown.settings, &b.unknown.settings),
            sessions: session_extra,
        },
        read_only: a.read_only || b.read_only,
        migrated_from: None,
        warnings: Vec::new(),
    }
}

/// Parses text into the top-level JSON object.
pub(crate) fn parse(text: &str) -> Result<Fields, DecodeError> {
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    match serde_json::from_str(text) {
        Ok(Value::Object(root)) => Ok(root),
        Ok(_) => Err(DecodeError::NotADocument(
            "the top level is not a JSON object".into(),
        )),
        Err(e) => Err(DecodeError::NotJson(shorten(&e.to_string()))),
    }
}

/// The layout version of a parsed document; checks the format marker when there is one.
pub(crate) fn version_of(root: &Fields) -> Result<u32, DecodeError> {
    match root.get("format") {
        None => {}
        Some(Value::String(format)) if format == FORMAT => {}
        Some(_) => {
            return Err(DecodeError::NotADocument(
                "the format is not knot-coach-progress".into(),
            ))
        }
    }
    let version = match root.get("schema_version") {
        // A whole number too large for u64 is still "newer than us".
        Some(Value::Number(n)) => n
            .as_u64()
            .or_else(|| is_large_whole_number(n.as_str()).then_some(u64::MAX)),
        _ => None,
    };
    match version {
        None | Some(0) => Err(DecodeError::NotADocument(
            "schema_version is missing or not a whole number from 1".into(),
        )),
        // Too big for u32 is still "newer than us": refuse to overwrite it.
        Some(v) => Ok(u32::try_from(v).unwrap_or(u32::MAX)),
    }
}

/// Migrates (or, when allowed, reads a newer layout as far as we can) and extracts the
/// document from a parsed root.
pub(crate) fn from_root(
    mut root: Fields,
    version: u32,
    allow_newer: bool,
) -> Result<Document, DecodeError> {
    let read_only = version > SCHEMA_VERSION;
    if read_only && !allow_newer {
        return Err(DecodeError::NewerVersion(version));
    }
    if !read_only {
        migrate(&mut root, version);
    }
    let mut document = read_current(root);
    document.read_only = read_only;
    document.migrated_from = (version < SCHEMA_VERSION).then_some(version);
    Ok(document)
}

/// One step per layout change: `MIGRATIONS[i]` turns version `i + 1` into `i + 2`. A new
/// layout adds one function here and raises [`SCHEMA_VERSION`]; older documents chain.
const MIGRATIONS: [fn(&mut Fields); (SCHEMA_VERSION - 1) as usize] = [v1_to_v2];

fn migrate(root: &mut Fields, from: u32) {
    let start = usize::try_from(from.saturating_sub(1)).unwrap_or(usize::MAX);
    for step in MIGRATIONS.iter().skip(start) {
        step(root);
    }
    set(root, "schema_version", SCHEMA_VERSION);
}

/// v1 → v2: sessions move into `history`, settings into `settings`, the `-1` "not rated"
/// pain becomes `null`, and each session gets an empty `feedback` (v1 did not ask).
/// Anything else is left for validation, so a bad v1 session is reported, not hidden.
fn v1_to_v2(root: &mut Fields) {
    let mut sessions = root.remove("sessions").unwrap_or(Value::Array(Vec::new()));
    if let Value::Array(list) = &mut sessions {
        for session in list.iter_mut() {
            let Value::Object(fields) = session else {
                continue;
            };
            for key in ["pain_before", "pain_after"] {
                let not_rated = fields
                    .get(key)
                    .and_then(Value::as_i64)
                    .is_some_and(|pain| pain == -1);
                if not_rated {
                    set(fields, key, Value::Null);
                }
            }
            if !fields.contains_key("feedback") {
                set(fields, "feedback", Fields::new());
            }
        }
    }
    let mut history = Fields::new();
    set(&mut history, "sessions", sessions);
    set(root, "history", history);

    let mut settings = Fields::new();
    for key in ["voice_enabled", "sound_enabled"] {
        if let Some(value) = root.remove(key) {
            set(&mut settings, key, value);
        }
    }
    set(root, "settings", settings);
    set(root, "format", FORMAT);
    set(root, "schema_version", 2_u32);
}

/// Extracts a document in the current layout. Missing fields take their defaults quietly;
/// present but unreadable ones are reset with a warning.
fn read_current(mut root: Fields) -> Document {
    root.remove("schema_version");
    root.remove("format");
    let mut warnings = Vec::new();
    let mut unknown = Unknown::default();

    let created = match root.remove("created_ms") {
        None | Some(Value::Null) => None,
        Some(value) => {
            let ms = value.as_u64().filter(|ms| *ms < LATEST_PLAUSIBLE_MS);
            if ms.is_none() {
                warnings.push(reset("created_ms", "not a plausible date"));
            }
            ms
        }
    };

    let mut settings = Settings::default();
    match root.remove("settings") {
        None | Some(Value::Null) => {}
        Some(Value::Object(mut fields)) => {
            settings.voice_enabled = read_flag(&mut fields, "voice_enabled", &mut warnings);
            settings.sound_enabled = read_flag(&mut fields, "sound_enabled", &mut warnings);
            unknown.settings = fields;
        }
        Some(_) => warnings.push(reset("settings", "not an object")),
    }

    let mut stored_sessions = Vec::new();
    match root.remove("history") {
        None | Some(Value::Null) => {}
        Some(Value::Object(mut fields)) => {
            match fields.remove("sessions") {
                None | Some(Value::Null) => {}
                Some(Value::Array(list)) => stored_sessions = list,
                Some(_) => warnings.push(reset("history.sessions", "not a list")),
            }
            unknown.history = fields;
        }
        Some(_) => warnings.push(reset("history", "not an object")),
    }
    unknown.document = root;

    let (history, session_extra) = read_sessions(stored_sessions, &mut warnings);
    unknown.sessions = session_extra;
    let created_ms = created
        .or_else(|| history.sessions.first().map(|s| s.started_ms))
        .unwrap_or(0);
    Document {
        created_ms,
        history,
        settings,
        unknown,
        read_only: false,
        migrated_from: None,
        warnings,
    }
}

fn read_flag(fields: &mut Fields, key: &str, warnings: &mut Vec<DecodeWarning>) -> Option<bool> {
    match fields.remove(key) {
        None | Some(Value::Null) => None,
        Some(Value::Bool(flag)) => Some(flag),
        Some(_) => {
            warnings.push(reset(&format!("settings.{key}"), "not true or false"));
            None
        }
    }
}

fn set(fields: &mut Fields, key: &str, value: impl Into<Value>) {
    fields.insert(key.to_string(), value.into());
}

fn reset(field: &str, problem: &str) -> DecodeWarning {
    DecodeWarning::FieldReset {
        field: field.into(),
        problem: problem.into(),
    }
}

type Extra = Fields;

/// Reads every stored session, keeping the valid ones (sorted, one per id) and a warning
/// for each one left out. Sorting once keeps this O(n log n) on hostile, huge lists.
fn read_sessions(
    stored: Vec<Value>,
    warnings: &mut Vec<DecodeWarning>,
) -> (History, BTreeMap<String, Extra>) {
    let mut read = Vec::with_capacity(stored.len());
    let mut dropped = Vec::new();
    for (index, value) in stored.into_iter().enumerate() {
        match read_session(value) {
            Ok((session, extra)) => read.push((index, session, extra)),
            Err((id, problem)) => dropped.push((index, id, problem)),
        }
    }
    let (kept, duplicates) = one_per_id(read);
    dropped.extend(
        duplicates
            .into_iter()
            .map(|(index, id)| (index, Some(shorten(&id)), SessionProblem::DuplicateId)),
    );
    // Reported in stored order, whatever the reason each session was left out.
    dropped.sort_by_key(|(index, _, _)| *index);
    warnings.extend(
        dropped
            .into_iter()
            .map(|(index, id, problem)| DecodeWarning::SessionDropped { index, id, problem }),
    );
    let (sessions, extras) = sessions_and_extras(kept);
    (History { sessions }, extras)
}

/// A stored session with its position in the stored list and its unknown fields.
type Entry = (usize, SessionRecord, Extra);

/// Keeps one entry per session id, settling each pair by [`second_wins`] in list order.
/// Returns the kept entries (in id order) and, for each one left out, its position and id.
fn one_per_id(mut entries: Vec<Entry>) -> (Vec<Entry>, Vec<(usize, String)>) {
    // Stable, so entries with the same id stay in list order.
    entries.sort_by(|x, y| x.1.id.cmp(&y.1.id));
    let mut kept: Vec<Entry> = Vec::with_capacity(entries.len());
    let mut dropped = Vec::new();
    for entry in entries {
        match kept.last_mut() {
            Some(current) if current.1.id == entry.1.id => {
                let loser = if second_wins((&current.1, &current.2), (&entry.1, &entry.2)) {
                    std::mem::replace(current, entry)
                } else {
                    entry
                };
                dropped.push((loser.0, loser.1.id));
            }
            _ => kept.push(entry),
        }
    }
    (kept, dropped)
}

/// The sessions sorted by start time, and the unknown fields of those that have some.
fn sessions_and_extras(entries: Vec<Entry>) -> (Vec<SessionRecord>, BTreeMap<String, Extra>) {
    let mut extras = Vec::new();
    let mut sessions = Vec::with_capacity(entries.len());
    for (_, session, extra) in entries {
        if !extra.is_empty() {
            extras.push((session.id.clone(), extra));
        }
        sessions.push(session);
    }
    sessions.sort_by(|x, y| (x.started_ms, &x.id).cmp(&(y.started_ms, &y.id)));
    (sessions, extras.into_iter().collect())
}

fn read_session(value: Value) -> Result<(SessionRecord, Extra), (Option<String>, SessionProblem)> {
    let Value::Object(mut fields) = value else {
        return Err((None, SessionProblem::NotAnObject));
    };
    let id = fields.get("id").and_then(Value::as_str).map(shorten);
    // Checked before the rest so the reader hears "pain out of range", not a type error.
    // A pain rating is a whole number, so a fraction counts as out of range too.
    for key in ["pain_before", "pain_after"] {
        if let Some(Value::Number(pain)) = fields.get(key) {
            if pain.as_u64().is_none_or(|pain| pain > 10) {
                return Err((id, SessionProblem::PainOutOfRange));
            }
        }
    }
    // A damaged offset costs the session only its offset: it is then told in the reader's
    // offset now, like a session saved before offsets were kept.
    let plausible_offset = |offset: &Value| {
        offset.is_null()
            || offset
                .as_i64()
                .is_some_and(|min| min.abs() <= i64::from(MAX_OFFSET_MIN))
    };
    if fields
        .get("utc_offset_min")
        .is_some_and(|offset| !plausible_offset(offset))
    {
        fields.remove("utc_offset_min");
    }
    let mut known = Fields::new();
    for &key in SessionRecord::STORED_FIELDS {
        if let Some(value) = fields.remove(key) {
            set(&mut known, key, value);
        }
    }
    let session = SessionRecord::deserialize(&Value::Object(known)).map_err(|e| {
        (
            id.clone(),
            SessionProblem::Unreadable(shorten(&e.to_string())),
        )
    })?;
    validate_session(&session).map_err(|problem| (id, problem))?;
    Ok((session, fields))
}

/// Of two versions of the same session, whether to keep the second: later end, then
/// fuller, then the greater JSON text, so the choice never depends on which came first.
fn second_wins(x: (&SessionRecord, &Extra), y: (&SessionRecord, &Extra)) -> bool {
    let rank = |(s, extra): (&SessionRecord, &Extra)| {
        let rated = usize::from(s.pain_before.is_some()) + usize::from(s.pain_after.is_some());
        (
            s.ended_ms,
            s.completed.len()
                + s.feedback.len()
                + rated
                + s.routine.len()
                + usize::from(s.utc_offset_min.is_some())
                + extra.len(),
        )
    };
    match rank(x).cmp(&rank(y)) {
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Equal => {
            let (x_text, y_text) = (
                session_value(x.0, x.1).to_string(),
                session_value(y.0, y.1).to_string(),
            );
            y_text > x_text
        }
    }
}

/// The current layout as a JSON value. Known fields overwrite unknown ones of the same
/// name, so a hand-filled [`Unknown`] can never produce duplicate keys.
pub(crate) fn to_value(document: &Document) -> Value {
    let empty = Fields::new();
    let sessions = document
        .history
        .sessions
        .iter()
        .map(|s| session_value(s, document.unknown.sessions.get(&s.id).unwrap_or(&empty)))
        .collect();
    let mut history = document.unknown.history.clone();
    set(&mut history, "sessions", Value::Array(sessions));

    let mut settings = document.unknown.settings.clone();
    for (key, flag) in [
        ("voice_enabled", document.settings.voice_enabled),
        ("sound_enabled", document.settings.sound_enabled),
    ] {
        match flag {
            Some(flag) => set(&mut settings, key, flag),
            None => drop(settings.remove(key)),
        }
    }

    let mut root = document.unknown.document.clone();
    set(&mut root, "schema_version", SCHEMA_VERSION);
    set(&mut root, "format", FORMAT);
    set(&mut root, "created_ms", document.created_ms);
    set(&mut root, "settings", settings);
    set(&mut root, "history", history);
    Value::Object(root)
}

fn session_value(session: &SessionRecord, extra: &Extra) -> Value {
    let mut fields = match to_json_value(session) {
        Value::Object(fields) => fields,
        _ => Fields::new(),
    };
    for (key, value) in extra.iter() {
        if !fields.contains_key(key) {
            fields.insert(key.clone(), value.clone());
        }
    }
    Value::Object(fields)
}

fn union(a: &Fields, b: &Fields) -> Fields {
    let mut merged = a.clone();
    for (key, value) in b.iter() {
        merged.insert(key.clone(), value.clone());
    }
    merged
}

/// At most [`MAX_DETAIL_BYTES`] of `text`, cut on a character boundary.
fn shorten(text: &str) -> String {
    if text.len() <= MAX_DETAIL_BYTES {
        return text.to_string();
    }
    let mut end = MAX_DETAIL_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &text[..end])
}

fn is_large_whole_number(literal: &str) -> bool {
    literal.bytes().all(|b| b.is_ascii_digit())
}

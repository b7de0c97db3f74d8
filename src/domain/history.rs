//! The reader's past sessions as the planner, the stats and the store see them.
//! Times are plain numbers handed in by the shell (milliseconds since the Unix epoch).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::dose::DosedExercise;

/// Pain after a session from which every exercise steps back one variable, and the reader is
/// told to stop and check with a clinician if it stays that high (R6: 6 or more).
pub const PAIN_STEP_BACK: u8 = 6;

/// Pain after a session from which every exercise eases off one variable (R6: 4–5 means ease
/// off next time).
pub const PAIN_EASE_OFF: u8 = 4;

/// A pain rating on the 0–10 numeric rating scale (R4), stored as a plain number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct PainRating(u8);

impl PainRating {
    /// The highest rating: worst pain imaginable.
    pub const MAX: u8 = 10;

    /// A rating from 0 to 10; anything else is refused.
    pub fn new(value: u8) -> Option<Self> {
        (value <= Self::MAX).then_some(Self(value))
    }

    /// The rating as a number.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for PainRating {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("pain rating {value} is not between 0 and 10"))
    }
}

impl From<PainRating> for u8 {
    fn from(rating: PainRating) -> u8 {
        rating.0
    }
}

/// How an exercise felt, asked at the end of a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Feedback {
    /// The reader could have done more: progress one variable next time.
    TooEasy,
    /// Keep the dose.
    JustRight,
    /// Too much: regress one variable next time.
    TooHard,
}

/// One finished (or abandoned) session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Unique id, made by the shell when the session starts; used to merge logs from two tabs.
    pub id: String,
    /// When the session started, ms since the Unix epoch.
    pub started_ms: u64,
    /// When it ended, ms since the Unix epoch.
    pub ended_ms: u64,
    /// The routine as it was played (a snapshot: later plans may differ).
    pub routine: Vec<DosedExercise>,
    /// Ids of the exercises the reader got through.
    pub completed: Vec<String>,
    /// Pain before the session, if the reader rated it.
    pub pain_before: Option<PainRating>,
    /// Pain after the session, if the reader rated it.
    pub pain_after: Option<PainRating>,
    /// Feedback per exercise id.
    pub feedback: BTreeMap<String, Feedback>,
    /// The reader's offset from UTC in minutes (east positive) when the session was saved,
    /// so its local day and time stay what they were after a daylight-saving change.
    /// `None` for a session saved before offsets were kept, until [`History::pin_offsets`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utc_offset_min: Option<i32>,
}

impl SessionRecord {
    /// The keys of the stored object, one per field; anything else in a stored session is
    /// a field this build does not know (see [`super::store::Unknown`]).
    pub const STORED_FIELDS: &'static [&'static str] = &[
        "id",
        "started_ms",
        "ended_ms",
        "routine",
        "completed",
        "pain_before",
        "pain_after",
        "feedback",
        "utc_offset_min",
    ];

    /// How long the session lasted, in ms; 0 when the end is recorded before the start
    /// (a clock that jumped back), so arithmetic on stored data can never underflow.
    pub fn duration_ms(&self) -> u64 {
        self.ended_ms.saturating_sub(self.started_ms)
    }

    /// The offset its local day and time are told in: its own, or `current_offset_min`
    /// (the reader's offset now) for a session that has none.
    pub fn offset_min(&self, current_offset_min: i32) -> i32 {
        self.utc_offset_min.unwrap_or(current_offset_min)
    }
}

/// Every session the reader has logged, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// The sessions, sorted by start time.
    pub sessions: Vec<SessionRecord>,
}

impl History {
    /// Adds or replaces a session (by id), keeping the list sorted by start time.
    pub fn record(&mut self, session: SessionRecord) {
        self.sessions.retain(|s| s.id != session.id);
        let at = self
            .sessions
            .partition_point(|s| (s.started_ms, &s.id) <= (session.started_ms, &session.id));
        self.sessions.insert(at, session);
    }

    /// The pain rating after the most recent session that has one, leaving out the session
    /// `except_id` (the one being rated now).
    pub fn last_pain_after(&self, except_id: &str) -> Option<PainRating> {
        self.sessions
            .iter()
            .rev()
            .filter(|s| s.id != except_id)
            .find_map(|s| s.pain_after)
    }

    /// Whether the last two rated sessions both ended with pain of 6 or more: the reader
    /// should stop the routine and see a clinician before going on (R6, S2).
    pub fn high_pain_twice(&self) -> bool {
        let mut rated = self.sessions.iter().rev().filter_map(|s| s.pain_after);
        let (last, before) = (rated.next(), rated.next());
        high_pain_again(before, last)
    }

    /// Gives each session saved without an offset the one `offset_at` reports for its start
    /// (the shell asks the browser for the offset of that instant in the reader's zone now:
    /// the best guess there is, as the zone it was saved in was not kept). Returns how many
    /// sessions it changed, so the shell knows whether to save.
    pub fn pin_offsets(&mut self, offset_at: impl Fn(u64) -> i32) -> usize {
        let mut pinned = 0;
        for session in self
            .sessions
            .iter_mut()
            .filter(|s| s.utc_offset_min.is_none())
        {
            session.utc_offset_min = Some(offset_at(session.started_ms));
            pinned += 1;
        }
        pinned
    }

    /// Feedback for one exercise, oldest first.
    pub fn feedback_for<'a>(&'a self, exercise_id: &'a str) -> impl Iterator<Item = Feedback> + 'a {
        self.sessions
            .iter()
            .filter_map(move |s| s.feedback.get(exercise_id).copied())
    }
}

/// Whether a pain rating is high enough that R6 says to stop and step back (6 or more).
pub fn is_high_pain(rating: Option<PainRating>) -> bool {
    rating.is_some_and(|r| r.value() >= PAIN_STEP_BACK)
}

/// Whether pain is high (6 or more) after this session as it was after the last rated one:
/// a step back has not settled it, so the reader should stop the routine and see a
/// clinician (R6: 6 or more means stop; S2: see an expert if something does not feel right).
pub fn high_pain_again(previous: Option<PainRating>, now: Option<PainRating>) -> bool {
    is_high_pain(previous) && is_high_pain(now)
}

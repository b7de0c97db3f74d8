//! How much of an exercise to do: sets, reps with tempo, holds, ball compression, timed
//! work, sides and rest. Shared by the catalog, the planner and the session player.

use serde::{Deserialize, Serialize};

/// Seconds for each part of one repetition (S1: 3 s up, 3 s down).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Tempo {
    /// Lifting or pulling, in seconds.
    pub up_s: u8,
    /// Pause at the top, in seconds (0 for none).
    pub hold_s: u8,
    /// Lowering or returning, in seconds.
    pub down_s: u8,
}

impl Tempo {
    /// Seconds one repetition takes.
    pub fn rep_s(self) -> u32 {
        u32::from(self.up_s) + u32::from(self.hold_s) + u32::from(self.down_s)
    }
}

/// What one set consists of. Stored as an object tagged by `kind`:
/// `{"kind": "reps", "reps": 10, "tempo": {…}}`, and read back through [`StoredWork`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase", try_from = "StoredWork")]
pub enum Work {
    /// Repetitions at a tempo, e.g. 10 reps, 3 s up and 3 s down.
    Reps {
        /// Repetitions per set.
        reps: u8,
        /// Timing of each repetition.
        tempo: Tempo,
    },
    /// A still hold, such as a stretch.
    Hold {
        /// Seconds to hold.
        hold_s: u16,
    },
    /// Ball pressure on tender spots, one spot at a time (never over 30 s a spot, R5).
    Compression {
        /// Spots to work on.
        spots: u8,
        /// Seconds of pressure per spot.
        hold_s: u16,
    },
    /// One continuous stretch of time, such as heat or slow breathing.
    Timed {
        /// Seconds in total.
        duration_s: u16,
    },
}

/// [`Work`] as it is read back: one flat object whose `kind` says which fields it needs.
/// Read this way rather than as serde's internally tagged enum, which first buffers the
/// whole object as any JSON (with [`super::questionnaire::Position`] read the same way, that
/// buffering code was about 10 KB of the gzipped wasm).
#[derive(Deserialize)]
struct StoredWork {
    kind: WorkKind,
    reps: Option<u8>,
    tempo: Option<Tempo>,
    hold_s: Option<u16>,
    spots: Option<u8>,
    duration_s: Option<u16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum WorkKind {
    Reps,
    Hold,
    Compression,
    Timed,
}

impl TryFrom<StoredWork> for Work {
    type Error = String;

    fn try_from(stored: StoredWork) -> Result<Self, String> {
        fn needs<T>(field: Option<T>, name: &str) -> Result<T, String> {
            field.ok_or_else(|| format!("missing field `{name}`"))
        }
        Ok(match stored.kind {
            WorkKind::Reps => Self::Reps {
                reps: needs(stored.reps, "reps")?,
                tempo: needs(stored.tempo, "tempo")?,
            },
            WorkKind::Hold => Self::Hold {
                hold_s: needs(stored.hold_s, "hold_s")?,
            },
            WorkKind::Compression => Self::Compression {
                spots: needs(stored.spots, "spots")?,
                hold_s: needs(stored.hold_s, "hold_s")?,
            },
            WorkKind::Timed => Self::Timed {
                duration_s: needs(stored.duration_s, "duration_s")?,
            },
        })
    }
}

/// The full dose of one exercise in a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dose {
    /// Number of sets (rounds).
    pub sets: u8,
    /// What each set is.
    pub work: Work,
    /// Whether each set is done once for the left side and once for the right.
    pub per_side: bool,
    /// Rest between sets, in seconds.
    pub rest_s: u16,
}

impl Dose {
    /// Seconds of work in one set on one side.
    pub fn set_work_s(&self) -> u32 {
        match self.work {
            Work::Reps { reps, tempo } => u32::from(reps) * tempo.rep_s(),
            Work::Hold { hold_s } => u32::from(hold_s),
            Work::Compression { spots, hold_s } => u32::from(spots) * u32::from(hold_s),
            Work::Timed { duration_s } => u32::from(duration_s),
        }
    }

    /// Seconds the whole dose takes: work on every side, plus rest between sets
    /// (not after the last set). Switching sides and getting ready are the player's.
    pub fn total_s(&self) -> u32 {
        let sides = if self.per_side { 2 } else { 1 };
        let sets = u32::from(self.sets);
        sets * sides * self.set_work_s() + sets.saturating_sub(1) * u32::from(self.rest_s)
    }
}

/// One exercise with its dose, as the routine preview and the session player need it.
///
/// Stored in every session log by id alone: the reader's language names it when shown.
/// Logs saved by earlier builds also carry an English `name`, which is read and dropped
/// (serde skips fields it does not know), so those logs still read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DosedExercise {
    /// Stable id of the catalog entry (e.g. `"prone-swimmers"`).
    pub exercise_id: String,
    /// How much to do.
    pub dose: Dose,
}

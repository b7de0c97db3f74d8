//! The guided session player's core: a routine compiled into a timeline of phases, and a
//! state machine that says where the reader is at any instant, from timestamps alone.
//!
//! Time comes in as whole milliseconds on the shell's monotonic clock (`performance.now()`,
//! floored by [`clock_ms`]). Nothing here counts ticks, so a throttled or hidden tab that
//! wakes up late still lands on the right phase.

use serde::{Deserialize, Serialize};

use super::catalog::{ExerciseId, DEFAULT_GET_READY_S, FLOOR_GET_READY_S};
use super::dose::{Dose, DosedExercise, Work};

/// Length of the "get ready" phase before an exercise that starts standing or on a chair,
/// and before one the catalog does not know: time to get into position. See
/// [`get_ready_ms`].
pub const GET_READY_MS: u64 = DEFAULT_GET_READY_S as u64 * 1_000;

/// Length of the "get ready" phase before an exercise that starts on the floor (lying,
/// kneeling or sitting there): see [`ExerciseId::starts_on_floor`].
pub const FLOOR_GET_READY_MS: u64 = FLOOR_GET_READY_S as u64 * 1_000;

/// Length of the pause between the left and the right side of a one-sided set.
pub const SWITCH_SIDES_MS: u64 = 5_000;

/// Rest between two exercises, before the next one's get-ready. None: the get-ready phase
/// already gives time to change position, and a single transition keeps the planner's
/// per-exercise estimate ([`estimate_ms`]) exactly what the player takes.
pub const REST_BETWEEN_EXERCISES_MS: u64 = 0;

/// How far into a phase Back still means "the phase before" rather than "this phase again":
/// a reader who just missed a change presses Back twice in quick succession.
pub const BACK_GRACE_MS: u64 = 2_000;

/// Converts a `performance.now()` reading into the whole milliseconds this module uses.
///
/// Flooring loses under a millisecond per reading and never accumulates, because every
/// position is computed afresh from timestamps. A negative or non-finite reading becomes 0.
pub fn clock_ms(performance_now_ms: f64) -> u64 {
    if performance_now_ms.is_finite() && performance_now_ms > 0.0 {
        // `as` floors and saturates at u64::MAX: the behaviour wanted here.
        performance_now_ms.floor() as u64
    } else {
        0
    }
}

/// What the reader is doing in one stretch of the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PhaseKind {
    /// Entered before each exercise's first set, to get into position.
    GetReady,
    /// Entered at the start of each repetition: lift or pull.
    Up,
    /// Entered after Up when the tempo has a pause at the top.
    Top,
    /// Entered after Up (or Top): lower or return.
    Down,
    /// Entered for a stretch, one ball-compression spot, or timed work such as heat.
    Hold,
    /// Entered between the left and the right side of a one-sided set.
    SwitchSides,
    /// Entered between two sets. (Not between two exercises while
    /// [`REST_BETWEEN_EXERCISES_MS`] is 0: the next exercise's get-ready follows at once.)
    Rest,
    /// Entered after the last phase; the session is finished.
    Done,
}

impl PhaseKind {
    /// Whether the reader is exercising (rather than preparing, resting or finished).
    pub fn is_work(self) -> bool {
        matches!(self, Self::Up | Self::Top | Self::Down | Self::Hold)
    }
}

/// Which side of the body a phase works, or is about to work.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// Not one-sided (both sides at once, a rest, or the end).
    None,
    /// The left side.
    Left,
    /// The right side.
    Right,
}

/// One stretch of the timeline, with the counters to show during it.
///
/// Counters are `(n, of)` pairs counted from 1, as the reader hears them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Phase {
    /// What the reader does.
    pub kind: PhaseKind,
    /// Index of the exercise in the routine. A rest between exercises (none while
    /// [`REST_BETWEEN_EXERCISES_MS`] is 0) would belong to the one before it, so Restart
    /// exercise never jumps forwards; Done belongs to the last one.
    pub exercise_index: usize,
    /// Set n of N: on get-ready, work, switch sides and rest between sets.
    pub set: Option<(u8, u8)>,
    /// Rep n of N: on Up, Top and Down.
    pub rep: Option<(u8, u8)>,
    /// Spot n of N: on each ball-compression hold.
    pub spot: Option<(u8, u8)>,
    /// The side worked, or about to be worked on get-ready and switch sides.
    pub side: Side,
    /// Offset of the phase from the start of the session, in ms of playing time.
    pub start_ms: u64,
    /// Length of the phase in ms (0 only for Done).
    pub duration_ms: u64,
}

impl Phase {
    /// Offset at which the phase ends, in ms of playing time.
    pub fn end_ms(&self) -> u64 {
        self.start_ms + self.duration_ms
    }
}

/// A routine compiled into contiguous phases, ending with a zero-length Done.
///
/// It is stored as the routine alone and compiled again when read back, so a saved
/// timeline can never disagree with its own phases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<DosedExercise>", into = "Vec<DosedExercise>")]
pub struct Timeline {
    exercises: Vec<DosedExercise>,
    phases: Vec<Phase>,
}

impl Timeline {
    /// The routine the timeline was compiled from.
    pub fn exercises(&self) -> &[DosedExercise] {
        &self.exercises
    }

    /// Every phase in order; the last is always Done.
    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }

    /// Planned playing time of the whole routine, in ms (the start of Done).
    pub fn total_ms(&self) -> u64 {
        self.phases.last().map_or(0, |phase| phase.start_ms)
    }

    /// Index of the phase playing at `position_ms` of playing time (Done from the end on).
    pub fn phase_index_at(&self, position_ms: u64) -> usize {
        self.phases
            .partition_point(|phase| phase.start_ms <= position_ms)
            .saturating_sub(1)
    }

    /// The phase at `index`, or Done past the end.
    pub fn phase(&self, index: usize) -> Phase {
        self.phases
            .get(index)
            .or(self.phases.last())
            .copied()
            .unwrap_or(Phase {
                kind: PhaseKind::Done,
                exercise_index: 0,
                set: None,
                rep: None,
                spot: None,
                side: Side::None,
                start_ms: 0,
                duration_ms: 0,
            })
    }

    /// Index of the phase to preview as "next": after work, the first phase that is not
    /// work (the reader already sees the rep counter); otherwise simply the following phase.
    pub fn next_index(&self, index: usize) -> Option<usize> {
        let current = self.phases.get(index)?;
        let after = index + 1;
        match current.kind {
            PhaseKind::Done => None,
            kind if kind.is_work() => self
                .phases
                .iter()
                .skip(after)
                .position(|phase| !phase.kind.is_work())
                .map(|offset| after + offset),
            _ => (after < self.phases.len()).then_some(after),
        }
    }

    /// Catalog id of the exercise at `exercise_index` ("" if there is none).
    pub fn exercise_id(&self, exercise_index: usize) -> &str {
        self.exercises
            .get(exercise_index)
            .map_or("", |exercise| exercise.exercise_id.as_str())
    }

    /// Which exercise, set and side phase `phase` belongs to.
    pub fn set_label(&self, phase: &Phase) -> SetLabel {
        SetLabel {
            exercise_id: self.exercise_id(phase.exercise_index).to_owned(),
            set: phase.set.filter(|&(_, sets)| sets > 1),
            side: phase.side,
        }
    }

    /// What a coming phase is, for the "next" preview and the voice.
    pub fn upcoming(&self, phase: &Phase) -> Upcoming {
        match phase.kind {
            PhaseKind::Rest => Upcoming::Rest {
                duration_ms: phase.duration_ms,
            },
            PhaseKind::SwitchSides => Upcoming::SwitchSides,
            PhaseKind::Done => Upcoming::End,
            _ => Upcoming::Exercise(self.set_label(phase)),
        }
    }

    /// The words before the "next" preview at phase `index`, whose preview is the phase at
    /// `next`: "Next", or, during work with more reps or spots still to come before it, the
    /// last of them ("After rep 10", "After spot 3"). The rep counter already says which rep
    /// this is; the label says the rest is not straight after it.
    pub fn next_label(&self, index: usize, next: usize) -> NextLabel {
        let current = self.phase(index);
        let last_work = self.phase(next.saturating_sub(1));
        if current.kind.is_work() && next > index + 1 {
            if let Some((rep, _)) = last_work.rep.filter(|_| last_work.rep != current.rep) {
                return NextLabel::AfterRep(rep);
            }
            if let Some((spot, _)) = last_work.spot.filter(|_| last_work.spot != current.spot) {
                return NextLabel::AfterSpot(spot);
            }
        }
        NextLabel::Next
    }
}

/// Which exercise, set and side: read as "Prone swimmers, set 2 of 3, left side".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetLabel {
    /// Catalog id of the exercise.
    pub exercise_id: String,
    /// Set n of N, only when there is more than one set.
    pub set: Option<(u8, u8)>,
    /// Side worked, if the exercise is done per side.
    pub side: Side,
}

/// A coming phase, as the "next" preview and the voice name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Upcoming {
    /// A rest of this length.
    Rest {
        /// Length of the rest, in ms.
        duration_ms: u64,
    },
    /// The pause to switch sides.
    SwitchSides,
    /// The end of the session.
    End,
    /// Work (or its get-ready) on this exercise, set and side.
    Exercise(SetLabel),
}

/// The words before the "next" preview.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextLabel {
    /// The coming phase follows straight after this one.
    Next,
    /// The coming phase follows this rep, still to come.
    AfterRep(u8),
    /// The coming phase follows this ball-massage spot, still to come.
    AfterSpot(u8),
}

impl From<Vec<DosedExercise>> for Timeline {
    fn from(exercises: Vec<DosedExercise>) -> Self {
        timeline(&exercises)
    }
}

impl From<Timeline> for Vec<DosedExercise> {
    fn from(timeline: Timeline) -> Self {
        timeline.exercises
    }
}

fn seconds_ms(seconds: impl Into<u64>) -> u64 {
    seconds.into() * 1_000
}

/// Length of the "get ready" phase before the exercise whose catalog id is `exercise_id`,
/// in ms: [`ExerciseId::get_ready_s`], longer for exercises that start on the floor, since
/// the reader has to get down there with the phone out of reach. An unknown id gets the
/// default [`GET_READY_MS`]. The lengths are ours: no source gives one.
///
/// The timeline, [`estimate_ms`] and so the planner's time fit all take it from here, so
/// planner and player agree to the second.
pub fn get_ready_ms(exercise_id: &str) -> u64 {
    ExerciseId::parse(exercise_id).map_or(GET_READY_MS, |id| seconds_ms(id.get_ready_s()))
}

/// Planned playing time of one exercise (`exercise_id` from the catalog, at `dose`), in ms:
/// its get-ready ([`get_ready_ms`]), work on every side, switching sides, and rest between
/// sets. An exercise with no work (no sets, or sets of nothing) is left out of the timeline
/// and takes 0.
pub fn estimate_ms(exercise_id: &str, dose: &Dose) -> u64 {
    let set_work_ms = seconds_ms(dose.set_work_s());
    if dose.sets == 0 || set_work_ms == 0 {
        return 0;
    }
    let sets = u64::from(dose.sets);
    let (sides, switches) = if dose.per_side { (2, sets) } else { (1, 0) };
    get_ready_ms(exercise_id)
        + sets * sides * set_work_ms
        + switches * SWITCH_SIDES_MS
        + (sets - 1) * seconds_ms(dose.rest_s)
}

/// Planned playing time of a routine, in ms: every exercise's [`estimate_ms`] plus
/// [`REST_BETWEEN_EXERCISES_MS`] between consecutive exercises that have work.
pub fn routine_estimate_ms(exercises: &[DosedExercise]) -> u64 {
    let estimates: Vec<u64> = exercises
        .iter()
        .map(|exercise| estimate_ms(&exercise.exercise_id, &exercise.dose))
        .filter(|&ms| ms > 0)
        .collect();
    let gaps = u64::try_from(estimates.len().saturating_sub(1)).unwrap_or(u64::MAX);
    estimates.iter().sum::<u64>() + gaps * REST_BETWEEN_EXERCISES_MS
}

/// Compiles a routine into its timeline, phase by phase, with exact durations in ms.
///
/// Zero-length phases (a tempo with no pause at the top, a rest of 0 s) are left out, and
/// so are exercises with no work at all; exercise indexes still refer to `exercises`.
pub fn timeline(exercises: &[DosedExercise]) -> Timeline {
    let mut builder = Builder::default();
    let mut previous: Option<usize> = None;
    for (index, exercise) in exercises.iter().enumerate() {
        if estimate_ms(&exercise.exercise_id, &exercise.dose) == 0 {
            continue;
        }
        if let Some(before) = previous {
            builder.push(
                Builder::slot(before),
                PhaseKind::Rest,
                REST_BETWEEN_EXERCISES_MS,
            );
        }
        builder.exercise(index, exercise);
        previous = Some(index);
    }
    let done = Phase {
        kind: PhaseKind::Done,
        start_ms: builder.cursor_ms,
        ..Builder::slot(previous.unwrap_or(0))
    };
    builder.phases.push(done);
    Timeline {
        exercises: exercises.to_vec(),
        phases: builder.phases,
    }
}

#[derive(Default)]
struct Builder {
    phases: Vec<Phase>,
    cursor_ms: u64,
}

impl Builder {
    /// A phase of `exercise_index` with no counters, to fill in with struct update syntax.
    fn slot(exercise_index: usize) -> Phase {
        Phase {
            kind: PhaseKind::Rest,
            exercise_index,
            set: None,
            rep: None,
            spot: None,
            side: Side::None,
            start_ms: 0,
            duration_ms: 0,
        }
    }

    fn push(&mut self, slot: Phase, kind: PhaseKind, duration_ms: u64) {
        // A phase nobody can see would still beep and speak: leave it out.
        if duration_ms == 0 {
            return;
        }
        self.phases.push(Phase {
            kind,
            start_ms: self.cursor_ms,
            duration_ms,
            ..slot
        });
        self.cursor_ms += duration_ms;
    }

    fn exercise(&mut self, exercise_index: usize, exercise: &DosedExercise) {
        let dose = &exercise.dose;
        let sets = dose.sets;
        let first_side = if dose.per_side {
            Side::Left
        } else {
            Side::None
        };
        let sides: &[Side] = if dose.per_side {
            &[Side::Left, Side::Right]
        } else {
            &[Side::None]
        };
        let slot = Builder::slot(exercise_index);
        self.push(
            Phase {
                set: Some((1, sets)),
                side: first_side,
                ..slot
            },
            PhaseKind::GetReady,
            get_ready_ms(&exercise.exercise_id),
        );
        for set in 1..=sets {
            let set_slot = Phase {
                set: Some((set, sets)),
                ..slot
            };
            for &side in sides {
                let side_slot = Phase { side, ..set_slot };
                if side == Side::Right {
                    self.push(side_slot, PhaseKind::SwitchSides, SWITCH_SIDES_MS);
                }
                self.work(side_slot, dose.work);
            }
            if set < sets {
                self.push(set_slot, PhaseKind::Rest, seconds_ms(dose.rest_s));
            }
        }
    }

    fn work(&mut self, slot: Phase, work: Work) {
        match work {
            Work::Reps { reps, tempo } => {
                for rep in 1..=reps {
                    let rep_slot = Phase {
                        rep: Some((rep, reps)),
                        ..slot
                    };
                    self.push(rep_slot, PhaseKind::Up, seconds_ms(tempo.up_s));
                    self.push(rep_slot, PhaseKind::Top, seconds_ms(tempo.hold_s));
                    self.push(rep_slot, PhaseKind::Down, seconds_ms(tempo.down_s));
                }
            }
            Work::Hold { hold_s } => self.push(slot, PhaseKind::Hold, seconds_ms(hold_s)),
            Work::Compression { spots, hold_s } => {
                for spot in 1..=spots {
                    let spot_slot = Phase {
                        spot: Some((spot, spots)),
                        ..slot
                    };
                    self.push(spot_slot, PhaseKind::Hold, seconds_ms(hold_s));
                }
            }
            Work::Timed { duration_s } => {
                self.push(slot, PhaseKind::Hold, seconds_ms(duration_s));
            }
        }
    }
}

/// Where the session stands as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Before Start.
    NotStarted,
    /// The clock is running.
    Playing,
    /// Frozen by Pause until Resume.
    Paused,
    /// The position has reached the end of the timeline.
    Finished,
}

/// What the reader or the shell did, with the clock reading at that moment.
///
/// Timestamps must not decrease from one event (or `at` call) to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Event {
    /// Start playing from the first phase (ignored once started).
    Start {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Freeze the position (ignored unless playing).
    Pause {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Carry on from where Pause froze it.
    Resume {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Jump to the start of the next phase; from the last phase this finishes.
    SkipPhase {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Jump to the start of this phase, or of the one before within [`BACK_GRACE_MS`]
    /// (ignored once finished).
    Back {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Jump to the get-ready of the current exercise (ignored once finished).
    RestartExercise {
        /// Clock reading, ms.
        now_ms: u64,
    },
    /// Jump to the get-ready of the next exercise; from the last exercise this finishes.
    NextExercise {
        /// Clock reading, ms.
        now_ms: u64,
    },
}

/// A guided session in progress: the timeline and the clock readings needed to place the
/// reader on it. Serialisable, so the shell can save it (see [`Session::snapshot`]).
///
/// The position in playing time is
/// `now - started_at - paused_total - (now - paused_at, while paused) + skip_offset`,
/// clamped to the timeline. Skip, Back and Restart only change `skip_offset`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    timeline: Timeline,
    started_at_ms: Option<u64>,
    paused_at_ms: Option<u64>,
    paused_total_ms: u64,
    skip_offset_ms: i64,
}

/// A preview of what comes after the current stretch of work or rest: `label`, a colon,
/// then `upcoming` (read as "After rep 10: Rest 30 seconds").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextUp {
    /// Kind of the coming phase.
    pub kind: PhaseKind,
    /// The words before `upcoming`: "Next", or "After rep 10" while more reps or spots of
    /// the same work come first, so a rest is not read as coming straight away.
    pub label: NextLabel,
    /// Exercise the coming phase belongs to.
    pub exercise_index: usize,
    /// What comes, e.g. a 30 s rest or set 2 of 3 of prone swimmers.
    pub upcoming: Upcoming,
    /// Playing time until it starts, in ms.
    pub starts_in_ms: u64,
}

/// Everything the player screen shows at one instant, ready to display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    /// Not started, playing, paused or finished.
    pub status: Status,
    /// Index of the current phase in [`Timeline::phases`].
    pub phase_index: usize,
    /// What the reader is doing.
    pub kind: PhaseKind,
    /// Index of the current exercise in the routine.
    pub exercise_index: usize,
    /// Catalog id of the current exercise (for its illustration).
    pub exercise_id: String,
    /// The current exercise's kind of work (None only for an empty routine).
    pub work: Option<Work>,
    /// Set n of N.
    pub set: Option<(u8, u8)>,
    /// Rep n of N.
    pub rep: Option<(u8, u8)>,
    /// Ball-compression spot n of N.
    pub spot: Option<(u8, u8)>,
    /// Side worked, or about to be worked.
    pub side: Side,
    /// Playing time left in this phase, in ms.
    pub remaining_ms: u64,
    /// Length of this phase, in ms.
    pub phase_duration_ms: u64,
    /// Playing time since the start of the session, in ms.
    pub elapsed_ms: u64,
    /// Planned playing time of the whole session, in ms.
    pub total_ms: u64,
    /// What comes after this stretch (None when finished).
    pub next: Option<NextUp>,
}

impl Session {
    /// A session that has not started yet.
    pub fn new(timeline: Timeline) -> Self {
        Self {
            timeline,
            started_at_ms: None,
            paused_at_ms: None,
            paused_total_ms: 0,
            skip_offset_ms: 0,
        }
    }

    /// The timeline being played.
    pub fn timeline(&self) -> &Timeline {
        &self.timeline
    }

    /// Planned playing time, in ms (pauses come on top).
    pub fn planned_ms(&self) -> u64 {
        self.timeline.total_ms()
    }

    /// Applies what the reader did. Deterministic: the outcome depends only on the
    /// session and the event.
    pub fn apply(&mut self, event: Event) {
        match event {
            Event::Start { now_ms } => {
                if self.started_at_ms.is_none() {
                    self.started_at_ms = Some(now_ms);
                }
            }
            Event::Pause { now_ms } => {
                if self.status(now_ms) == Status::Playing {
                    self.paused_at_ms = Some(now_ms);
                }
            }
            Event::Resume { now_ms } => {
                if let Some(paused_at_ms) = self.paused_at_ms.take() {
                    // Saturating: a stored session read back from storage may hold any numbers.
                    self.paused_total_ms = self
                        .paused_total_ms
                        .saturating_add(now_ms.saturating_sub(paused_at_ms));
                }
            }
            Event::SkipPhase { now_ms } => {
                if self.started_at_ms.is_some() && self.status(now_ms) != Status::Finished {
                    let index = self.timeline.phase_index_at(self.position_ms(now_ms));
                    let target_ms = self.timeline.phase(index).end_ms();
                    self.move_to(now_ms, target_ms);
                }
            }
            // A finished session stays finished: its exercises have been counted as done.
            Event::Back { now_ms } => {
                if self.started_at_ms.is_some() && self.status(now_ms) != Status::Finished {
                    let position_ms = self.position_ms(now_ms);
                    let index = self.timeline.phase_index_at(position_ms);
                    let current = self.timeline.phase(index);
                    let target_ms = if position_ms.saturating_sub(current.start_ms) > BACK_GRACE_MS
                    {
                        current.start_ms
                    } else {
                        index
                            .checked_sub(1)
                            .map_or(0, |before| self.timeline.phase(before).start_ms)
                    };
                    self.move_to(now_ms, target_ms);
                }
            }
            Event::RestartExercise { now_ms } => {
                if self.started_at_ms.is_some() && self.status(now_ms) != Status::Finished {
                    let index = self.timeline.phase_index_at(self.position_ms(now_ms));
                    let exercise_index = self.timeline.phase(index).exercise_index;
                    let first = self
                        .timeline
                        .phases
                        .partition_point(|phase| phase.exercise_index < exercise_index);
                    let target_ms = self.timeline.phase(first).start_ms;
                    self.move_to(now_ms, target_ms);
                }
            }
            Event::NextExercise { now_ms } => {
                if self.started_at_ms.is_some() && self.status(now_ms) != Status::Finished {
                    let index = self.timeline.phase_index_at(self.position_ms(now_ms));
                    let exercise_index = self.timeline.phase(index).exercise_index;
                    // The Done phase closes the timeline, so the search always ends.
                    let next = self.timeline.phases[index..]
                        .iter()
                        .position(|p| {
                            p.exercise_index > exercise_index || p.kind == PhaseKind::Done
                        })
                        .map_or(index, |offset| index + offset);
                    let target_ms = self.timeline.phase(next).start_ms;
                    self.move_to(now_ms, target_ms);
                }
            }
        }
    }

    /// Playing time counted by the clock (no skips), in ms, as i128 so offsets can be
    /// added without overflow.
    fn played_ms(&self, now_ms: u64) -> i128 {
        let Some(started_at_ms) = self.started_at_ms else {
            return 0;
        };
        // While paused the clock stands still at the moment of the pause.
        let counted_until_ms = self.paused_at_ms.unwrap_or(now_ms);
        i128::from(counted_until_ms) - i128::from(started_at_ms) - i128::from(self.paused_total_ms)
    }

    /// Sets the skip offset so that the position at `now_ms` is exactly `target_ms`; later
    /// readings then move on from there at the clock's pace.
    fn move_to(&mut self, now_ms: u64, target_ms: u64) {
        let offset = i128::from(target_ms) - self.played_ms(now_ms);
        self.skip_offset_ms =
            i64::try_from(offset).unwrap_or(if offset < 0 { i64::MIN } else { i64::MAX });
    }

    /// Position in playing time at `now_ms`, from 0 to [`Session::planned_ms`].
    pub fn position_ms(&self, now_ms: u64) -> u64 {
        if self.started_at_ms.is_none() {
            return 0;
        }
        let position = self.played_ms(now_ms) + i128::from(self.skip_offset_ms);
        let clamped = position.clamp(0, i128::from(self.planned_ms()));
        u64::try_from(clamped).unwrap_or(0)
    }

    /// Whether the session is not started, playing, paused or finished at `now_ms`.
    pub fn status(&self, now_ms: u64) -> Status {
        if self.started_at_ms.is_none() {
            Status::NotStarted
        } else if self.position_ms(now_ms) >= self.planned_ms() {
            Status::Finished
        } else if self.paused_at_ms.is_some() {
            Status::Paused
        } else {
            Status::Playing
        }
    }

    /// What to show at `now_ms`, derived from the timestamps alone.
    pub fn at(&self, now_ms: u64) -> SessionView {
        let position_ms = self.position_ms(now_ms);
        let phase_index = self.timeline.phase_index_at(position_ms);
        let phase = self.timeline.phase(phase_index);
        let exercise = self.timeline.exercises.get(phase.exercise_index);
        let next = self.timeline.next_index(phase_index).map(|index| {
            let coming = self.timeline.phase(index);
            NextUp {
                kind: coming.kind,
                label: self.timeline.next_label(phase_index, index),
                exercise_index: coming.exercise_index,
                upcoming: self.timeline.upcoming(&coming),
                starts_in_ms: coming.start_ms.saturating_sub(position_ms),
            }
        });
        SessionView {
            status: self.status(now_ms),
            phase_index,
            kind: phase.kind,
            exercise_index: phase.exercise_index,
            exercise_id: exercise.map(|e| e.exercise_id.clone()).unwrap_or_default(),
            work: exercise.map(|e| e.dose.work),
            set: phase.set,
            rep: phase.rep,
            spot: phase.spot,
            side: phase.side,
            remaining_ms: phase.end_ms().saturating_sub(position_ms),
            phase_duration_ms: phase.duration_ms,
            elapsed_ms: position_ms,
            total_ms: self.planned_ms(),
            next,
        }
    }

    /// Clock time at which the current phase ends, so the shell can sleep until then.
    /// None unless playing.
    pub fn next_boundary_ms(&self, now_ms: u64) -> Option<u64> {
        if self.status(now_ms) != Status::Playing {
            return None;
        }
        let position_ms = self.position_ms(now_ms);
        let phase = self
            .timeline
            .phase(self.timeline.phase_index_at(position_ms));
        Some(now_ms.saturating_add(phase.end_ms().saturating_sub(position_ms)))
    }

    /// Clock time at which playing time 0 was (or would have been) passed, such that
    /// `clock = base + position` while playing; None unless started and not paused.
    pub(crate) fn clock_base_ms(&self) -> Option<i128> {
        let started_at_ms = self.started_at_ms?;
        if self.paused_at_ms.is_some() {
            return None;
        }
        Some(
            i128::from(started_at_ms) + i128::from(self.paused_total_ms)
                - i128::from(self.skip_offset_ms),
        )
    }

    /// A paused copy at the position of `now_ms` that no longer depends on the clock that
    /// made it: save this at each phase change. After a reload, where `performance.now()`
    /// starts again near 0, apply [`Event::Resume`] with the new clock to carry on from the
    /// same point. A session not yet started is returned as it is.
    pub fn snapshot(&self, now_ms: u64) -> Session {
        if self.started_at_ms.is_none() {
            return self.clone();
        }
        let position_ms = self.position_ms(now_ms);
        Session {
            timeline: self.timeline.clone(),
            started_at_ms: Some(0),
            paused_at_ms: Some(0),
            paused_total_ms: 0,
            skip_offset_ms: i64::try_from(position_ms).unwrap_or(i64::MAX),
        }
    }
}

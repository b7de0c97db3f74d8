//! Progression and regression: how one exercise's dose moves from session to session, worked
//! out from the reader's feedback, pain ratings and finished exercises. Every rule and every
//! limit carries its source ids (R5 dosing, R6 pain monitoring, S1).
//!
//! The level is replayed from the starting dose over the whole history, so the same history
//! always gives the same dose, and a session shortened to fit the reader's time does not
//! lower the level by itself.

use super::catalog::{exercise, Equipment, ExerciseId};

use super::dose::{Dose, Work};
use super::history::{Feedback, History, SessionRecord};

/// A range the sources allow for one dose variable, with where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bound {
    /// Lowest value used.
    pub min: u16,
    /// Highest value used.
    pub max: u16,
    /// Source ids for the range.
    pub sources: &'static [&'static str],
}

impl Bound {
    /// `value` moved into the range.
    pub fn clamp(self, value: u16) -> u16 {
        value.clamp(self.min, self.max)
    }

    /// Whether `value` is inside the range.
    pub fn contains(self, value: u16) -> bool {
        (self.min..=self.max).contains(&value)
    }
}

/// Repetitions per set of strength work (R5: 8–15).
pub const REPS: Bound = Bound {
    min: 8,
    max: 15,
    sources: &["R5"],
};

/// Sets of strength work. R5 gives 2–3 sets; the floor of 1 set is ours, not R5's: it leaves
/// a reader who struggles something they can finish, and lets the planner fit a short
/// session. R5 is the source of the 2–3 range only.
pub const STRENGTH_SETS: Bound = Bound {
    min: 1,
    max: 3,
    sources: &["R5"],
};

/// Seconds to hold a stretch (R5: 10–30 s).
pub const STRETCH_HOLD_S: Bound = Bound {
    min: 10,
    max: 30,
    sources: &["R5"],
};

/// Seconds to hold a stretch at 65 or over (R5: 30–60 s).
pub const OLDER_ADULT_STRETCH_HOLD_S: Bound = Bound {
    min: 30,
    max: 60,
    sources: &["R5"],
};

/// Repeats of a stretch (R5: 2–4).
pub const STRETCH_REPEATS: Bound = Bound {
    min: 2,
    max: 4,
    sources: &["R5"],
};

/// Seconds of ball pressure on one spot (R5: 15–30 s, never more than 30 s at a time).
pub const BALL_HOLD_S: Bound = Bound {
    min: 15,
    max: 30,
    sources: &["R5"],
};

/// Spots worked with the ball in one session. The whole 1–4 range is ours; no source gives a
/// number of spots. S0 only warns against overdoing massage on muscles that are already
/// sore, which is why there is a cap at all.
pub const BALL_SPOTS: Bound = Bound {
    min: 1,
    max: 4,
    sources: &["S0"],
};

/// How much a hold lengthens or shortens in one step, in seconds. The 5 s step is ours: R5
/// gives the ranges a hold stays in, not the size of a step.
pub const HOLD_STEP_S: u16 = 5;

/// Sessions in a row without finishing an exercise before it regresses (R5).
pub const UNDER_TARGET_SESSIONS: u8 = 3;

/// The R6 pain thresholds live with the pain rating (so the history needs nothing from
/// here); the rules below use them.
pub use super::history::{PAIN_EASE_OFF, PAIN_STEP_BACK};

/// What the rules need to know about the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reader<'a> {
    /// Equipment owned: a harder or easier version is only used if it is possible.
    pub equipment: &'a [Equipment],
    /// 65 or over: stretches are held 30–60 s (R5).
    pub older_adult: bool,
    /// The ranges a clinician's prescription allows for this exercise, when it is one
    /// (issue 15): steps stay inside them and never change the exercise or add load.
    pub clinician: Option<Ranges>,
}

/// How far each dose variable may move, and whether a step may change the exercise's
/// version or add load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ranges {
    /// Repetitions per set.
    pub reps: Bound,
    /// Sets of strength work.
    pub strength_sets: Bound,
    /// Seconds to hold a stretch.
    pub stretch_hold_s: Bound,
    /// Repeats of a stretch.
    pub stretch_repeats: Bound,
    /// Seconds of ball pressure on one spot.
    pub ball_hold_s: Bound,
    /// Spots worked with the ball.
    pub ball_spots: Bound,
    /// Whether a step may move to a harder or easier version, or add or drop load.
    pub versions_and_load: bool,
}

impl Reader<'_> {
    /// The stretch hold range for this reader.
    pub fn stretch_hold_s(&self) -> Bound {
        self.ranges().stretch_hold_s
    }

    /// The ranges the rules keep to: the clinician's for a prescribed exercise, else the
    /// sources' (R5, S0), with R5's longer holds at 65 or over.
    pub fn ranges(&self) -> Ranges {
        if let Some(ranges) = self.clinician {
            return ranges;
        }
        Ranges {
            reps: REPS,
            strength_sets: STRENGTH_SETS,
            stretch_hold_s: if self.older_adult {
                OLDER_ADULT_STRETCH_HOLD_S
            } else {
                STRETCH_HOLD_S
            },
            stretch_repeats: STRETCH_REPEATS,
            ball_hold_s: BALL_HOLD_S,
            ball_spots: BALL_SPOTS,
            versions_and_load: true,
        }
    }

    fn can_do(&self, id: ExerciseId) -> bool {
        exercise(id).is_possible_with(self.equipment)
    }
}

/// The dose variable a step changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Variable {
    /// Repetitions per set.
    Reps,
    /// Sets, or repeats of a stretch.
    Sets,
    /// Seconds per hold (stretch or ball pressure).
    Hold,
    /// Spots worked with the ball.
    Spots,
    /// A harder or easier version of the exercise.
    Variant,
    /// Added weight or a stronger band.
    Load,
}

/// What happened to the dose after one session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Change {
    /// One variable went up.
    Raised(Variable),
    /// One variable went down.
    Lowered(Variable),
    /// Nothing changed.
    Kept,
}

/// A progression rule, named so the reason shown to the reader can say which one applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// Felt too easy, pain 0–3 or not rated: raise one variable.
    TooEasy,
    /// Felt too hard: lower one variable.
    TooHard,
    /// Felt about right: keep the dose.
    JustRight,
    /// Finished but not rated: keep the dose.
    NoFeedback,
    /// Pain 6 or more after the session: step back one variable.
    PainStepBack,
    /// Pain 4–5 after the session: ease off one variable.
    PainEaseOff,
    /// Not finished, fewer than three times in a row: keep the dose.
    NotFinished,
    /// Not finished three sessions in a row: lower one variable.
    UnderTarget,
}

impl Rule {
    /// Every rule, in the order they are checked after a session.
    pub const ALL: [Rule; 8] = [
        Rule::PainStepBack,
        Rule::PainEaseOff,
        Rule::TooHard,
        Rule::UnderTarget,
        Rule::NotFinished,
        Rule::TooEasy,
        Rule::JustRight,
        Rule::NoFeedback,
    ];

    /// Source ids backing the rule.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Rule::TooEasy | Rule::TooHard => &["R5", "S1"],
            Rule::JustRight | Rule::NoFeedback | Rule::NotFinished | Rule::UnderTarget => &["R5"],
            Rule::PainStepBack | Rule::PainEaseOff => &["R6"],
        }
    }
}

/// Where an exercise stands: which version, how much, and whether load was added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DoseLevel {
    /// The version being done (may be the harder or easier variant of where it started).
    pub exercise: ExerciseId,
    /// How much of it.
    pub dose: Dose,
    /// Whether the reader was told to add load (the catalog's `load` text); the dose itself
    /// cannot say how heavy a water bottle is.
    pub added_load: bool,
}

impl DoseLevel {
    /// A starting level: `base` moved inside the limits for this reader (so a stretch held
    /// 10 s becomes 30 s at 65 or over, and ball pressure never exceeds 30 s).
    pub fn new(exercise: ExerciseId, base: Dose, reader: Reader<'_>) -> Self {
        let ranges = reader.ranges();
        let mut dose = base;
        dose.sets = dose.sets.max(1);
        match &mut dose.work {
            Work::Reps { reps, .. } => {
                *reps = clamp_u8(ranges.reps, *reps);
                dose.sets = clamp_u8(ranges.strength_sets, dose.sets);
            }
            Work::Hold { hold_s } => {
                *hold_s = ranges.stretch_hold_s.clamp(*hold_s);
                dose.sets = clamp_u8(ranges.stretch_repeats, dose.sets);
            }
            Work::Compression { spots, hold_s } => {
                *hold_s = ranges.ball_hold_s.clamp(*hold_s);
                *spots = clamp_u8(ranges.ball_spots, *spots);
            }
            Work::Timed { .. } => {}
        }
        Self {
            exercise,
            dose,
            added_load: false,
        }
    }

    /// One variable up, in the order reps → sets → harder version → load (holds: time →
    /// repeats; ball: time per spot → spots). `None` at the top.
    pub fn raised(self, reader: Reader<'_>) -> Option<(Self, Variable)> {
        let mut next = self;
        let entry = exercise(self.exercise);
        let r = reader.ranges();
        match &mut next.dose.work {
            Work::Reps { reps, .. } if u16::from(*reps) < r.reps.max => {
                *reps += 1;
                return Some((next, Variable::Reps));
            }
            Work::Reps { .. } if u16::from(self.dose.sets) < r.strength_sets.max => {
                next.dose.sets += 1;
                return Some((next, Variable::Sets));
            }
            Work::Hold { hold_s } if *hold_s < r.stretch_hold_s.max => {
                *hold_s = r.stretch_hold_s.clamp(*hold_s + HOLD_STEP_S);
                return Some((next, Variable::Hold));
            }
            Work::Hold { .. } if u16::from(self.dose.sets) < r.stretch_repeats.max => {
                next.dose.sets += 1;
                return Some((next, Variable::Sets));
            }
            Work::Compression { hold_s, .. } if *hold_s < r.ball_hold_s.max => {
                *hold_s = r.ball_hold_s.clamp(*hold_s + HOLD_STEP_S);
                return Some((next, Variable::Hold));
            }
            Work::Compression { spots, .. } if u16::from(*spots) < r.ball_spots.max => {
                *spots += 1;
                return Some((next, Variable::Spots));
            }
            Work::Timed { .. } => return None,
            _ => {}
        }
        if !r.versions_and_load {
            return None;
        }
        if let Some(harder) = entry.harder.filter(|id| reader.can_do(*id)) {
            // Only the version changes: one variable at a time (R5).
            next.exercise = harder;
            next.added_load = false;
            return Some((next, Variable::Variant));
        }
        if entry.takes_load && !self.added_load {
            next.added_load = true;
            return Some((next, Variable::Load));
        }
        None
    }

    /// One variable down: added load or an easier version first; then strength work loses
    /// reps (down to 8) before sets, as S1 says "fewer reps if too hard"; holds lose repeats
    /// before time, and ball work spots before time per spot. `None` at the bottom.
    pub fn lowered(self, reader: Reader<'_>) -> Option<(Self, Variable)> {
        let mut next = self;
        let r = reader.ranges();
        if self.added_load {
            next.added_load = false;
            return Some((next, Variable::Load));
        }
        if let Some(easier) = exercise(self.exercise)
            .easier
            .filter(|id| r.versions_and_load && reader.can_do(*id))
        {
            next.exercise = easier;
            return Some((next, Variable::Variant));
        }
        match &mut next.dose.work {
            Work::Reps { reps, .. } if u16::from(*reps) > r.reps.min => {
                *reps -= 1;
                Some((next, Variable::Reps))
            }
            Work::Reps { .. } if u16::from(self.dose.sets) > r.strength_sets.min => {
                next.dose.sets -= 1;
                Some((next, Variable::Sets))
            }
            Work::Hold { .. } if u16::from(self.dose.sets) > r.stretch_repeats.min => {
                next.dose.sets -= 1;
                Some((next, Variable::Sets))
            }
            Work::Hold { hold_s } if *hold_s > r.stretch_hold_s.min => {
                *hold_s = r.stretch_hold_s.clamp(hold_s.saturating_sub(HOLD_STEP_S));
                Some((next, Variable::Hold))
            }
            Work::Compression { spots, .. } if u16::from(*spots) > r.ball_spots.min => {
                *spots -= 1;
                Some((next, Variable::Spots))
            }
            Work::Compression { hold_s, .. } if *hold_s > r.ball_hold_s.min => {
                *hold_s = r.ball_hold_s.clamp(hold_s.saturating_sub(HOLD_STEP_S));
                Some((next, Variable::Hold))
            }
            _ => None,
        }
    }
}

fn clamp_u8(bound: Bound, value: u8) -> u8 {
    u8::try_from(bound.clamp(u16::from(value))).unwrap_or(u8::MAX)
}

/// Why the dose is what it is, for "Why this routine": the text layer words it as the
/// rule's opening ("You found this too easy last time") and its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Why {
    /// The rule that applied.
    pub rule: Rule,
    /// What it changed.
    pub change: Change,
    /// What the reader is told happened to the dose.
    pub outcome: Outcome,
    /// Source ids: the rule's and those of the limit that stopped it, if any.
    pub sources: Vec<&'static str>,
}

/// The outcome of one session for one exercise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The level for the next session.
    pub level: DoseLevel,
    /// Sessions in a row, up to this one, in which the exercise was not finished.
    pub unfinished_in_a_row: u8,
    /// What happened and why.
    pub why: Why,
}

/// Applies one session to `level`. The session must include `level.exercise`.
///
/// Pain after the session comes first (R6): 6 or more steps back one variable and 4–5 eases
/// off one variable, whatever the feedback and whether or not the exercise was finished.
/// Otherwise "too hard" steps down at once, finished or not (S1: fewer reps if too hard); an
/// unfinished exercise keeps its dose until the third session in a row, which steps back
/// (R5); and a finished one follows its feedback.
///
/// A step down for pain or for "too hard" happens at once, so it is not also counted towards
/// the three unfinished sessions (that would step back twice): the count starts again after
/// it. An unfinished session with pain 4–5 therefore steps down once, and the next two
/// unfinished sessions keep the dose.
pub fn after_session(
    level: DoseLevel,
    session: &SessionRecord,
    unfinished_in_a_row: u8,
    reader: Reader<'_>,
) -> Step {
    let id = level.exercise.as_str();
    let pain = session.pain_after.map(|p| p.value());
    let finished = session.completed.iter().any(|done| done == id);
    let feedback = session.feedback.get(id).copied();
    let mut streak = 0;
    let (rule, moved) = if pain.is_some_and(|p| p >= PAIN_STEP_BACK) {
        (Rule::PainStepBack, Move::Down)
    } else if pain.is_some_and(|p| p >= PAIN_EASE_OFF) {
        (Rule::PainEaseOff, Move::Down)
    } else if !finished && feedback != Some(Feedback::TooHard) {
        streak = unfinished_in_a_row.saturating_add(1);
        if streak >= UNDER_TARGET_SESSIONS {
            streak = 0;
            (Rule::UnderTarget, Move::Down)
        } else {
            (Rule::NotFinished, Move::Stay)
        }
    } else {
        match feedback {
            Some(Feedback::TooHard) => (Rule::TooHard, Move::Down),
            Some(Feedback::TooEasy) => (Rule::TooEasy, Move::Up),
            Some(Feedback::JustRight) => (Rule::JustRight, Move::Stay),
            None => (Rule::NoFeedback, Move::Stay),
        }
    };
    let stepped = match moved {
        Move::Up => level.raised(reader).map(|(l, v)| (l, Change::Raised(v))),
        Move::Down => level.lowered(reader).map(|(l, v)| (l, Change::Lowered(v))),
        Move::Stay => None,
    };
    let (next, change) = stepped.unwrap_or((level, Change::Kept));
    Step {
        level: next,
        unfinished_in_a_row: streak,
        why: explain(rule, change, moved, level, next, reader),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Move {
    Up,
    Down,
    Stay,
}

/// Puts the rule and its effect into words, with the sources of both.
fn explain(
    rule: Rule,
    change: Change,
    moved: Move,
    before: DoseLevel,
    after: DoseLevel,
    reader: Reader<'_>,
) -> Why {
    let stretch = matches!(before.dose.work, Work::Hold { .. });
    let timed = matches!(before.dose.work, Work::Timed { .. });
    let mut sources: Vec<&'static str> = rule.sources().to_vec();
    let outcome = match change {
        Change::Raised(Variable::Reps) => Outcome::OneMoreRep,
        Change::Raised(Variable::Sets) if stretch => Outcome::OneMoreRepeat,
        Change::Raised(Variable::Sets) => Outcome::OneMoreSet,
        Change::Raised(Variable::Hold) => Outcome::LongerHold,
        Change::Raised(Variable::Spots) => Outcome::OneMoreSpot,
        Change::Raised(Variable::Variant) => Outcome::HarderVersion(after.exercise),
        Change::Raised(Variable::Load) => Outcome::AddLoad(after.exercise),
        Change::Lowered(Variable::Reps) => Outcome::OneRepFewer,
        Change::Lowered(Variable::Sets) if stretch => Outcome::OneRepeatFewer,
        Change::Lowered(Variable::Sets) => Outcome::OneSetFewer,
        Change::Lowered(Variable::Hold) => Outcome::ShorterHold,
        Change::Lowered(Variable::Spots) => Outcome::OneSpotFewer,
        Change::Lowered(Variable::Variant) => Outcome::EasierVersion(after.exercise),
        Change::Lowered(Variable::Load) => Outcome::DropLoad,
        Change::Kept if timed && moved != Move::Stay => Outcome::TimeSetBySession,
        Change::Kept if reader.clinician.is_some() && moved != Move::Stay => {
            sources.extend(limit_sources(before, reader));
            if moved == Move::Up {
                Outcome::ClinicianTop
            } else {
                Outcome::ClinicianEasiest
            }
        }
        Change::Kept => match moved {
            Move::Up => {
                sources.extend(limit_sources(before, reader));
                Outcome::AlreadyTop
            }
            Move::Down => {
                sources.extend(limit_sources(before, reader));
                Outcome::AlreadyEasiest
            }
            Move::Stay if rule == Rule::NotFinished => Outcome::SameForNow,
            Move::Stay => Outcome::Same,
        },
    };
    sources.extend(step_sources(change, before, reader));
    sources.sort();
    sources.dedup();
    Why {
        rule,
        change,
        outcome,
        sources,
    }
}

/// What happened to an exercise's dose after the last session, as the reader is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// Each set has one more repetition.
    OneMoreRep,
    /// A stretch has one more repeat.
    OneMoreRepeat,
    /// One more set.
    OneMoreSet,
    /// Each hold is a little longer.
    LongerHold,
    /// One more ball-massage spot.
    OneMoreSpot,
    /// On to this harder version.
    HarderVersion(ExerciseId),
    /// Add a little load (the exercise's `load` advice follows).
    AddLoad(ExerciseId),
    /// Each set has one repetition fewer.
    OneRepFewer,
    /// A stretch has one repeat fewer.
    OneRepeatFewer,
    /// One set fewer.
    OneSetFewer,
    /// Each hold is a little shorter.
    ShorterHold,
    /// One ball-massage spot fewer.
    OneSpotFewer,
    /// Back to this easier version.
    EasierVersion(ExerciseId),
    /// The added load comes off.
    DropLoad,
    /// Timed work follows the session's length, so it stays as planned.
    TimeSetBySession,
    /// Already at the top of the range used here.
    AlreadyTop,
    /// Already the easiest level here.
    AlreadyEasiest,
    /// Already at the top of what the reader's clinician allows: it stays at that bound.
    ClinicianTop,
    /// Already at the lowest dose the reader's clinician allows: it stays at that bound.
    ClinicianEasiest,
    /// The dose stays the same for now (not finished, fewer than three times).
    SameForNow,
    /// The dose stays the same.
    Same,
}

/// Sources of the limits that bound `level`'s dose.
fn limit_sources(level: DoseLevel, reader: Reader<'_>) -> Vec<&'static str> {
    let r = reader.ranges();
    let bounds: &[Bound] = match level.dose.work {
        Work::Reps { .. } => &[r.reps, r.strength_sets],
        Work::Hold { .. } => &[r.stretch_hold_s, r.stretch_repeats],
        Work::Compression { .. } => &[r.ball_hold_s, r.ball_spots],
        Work::Timed { .. } => &[],
    };
    bounds
        .iter()
        .flat_map(|b| b.sources.iter().copied())
        .collect()
}

/// Sources for the step taken: the version's own sources for a variant or load, the limits'
/// otherwise, and S1 for reps taken off before sets ("fewer reps if too hard").
fn step_sources(change: Change, level: DoseLevel, reader: Reader<'_>) -> Vec<&'static str> {
    match change {
        Change::Raised(Variable::Variant | Variable::Load)
        | Change::Lowered(Variable::Variant | Variable::Load) => {
            exercise(level.exercise).dose_sources.to_vec()
        }
        Change::Lowered(Variable::Reps) => {
            let mut sources = limit_sources(level, reader);
            sources.push("S1");
            sources
        }
        Change::Raised(_) | Change::Lowered(_) => limit_sources(level, reader),
        Change::Kept => Vec::new(),
    }
}

/// The level to plan for an exercise, and why it changed after the last session that
/// included it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Version and dose to plan.
    pub level: DoseLevel,
    /// Why, from the most recent session that included the exercise; empty with no history.
    pub why: Vec<Why>,
}

/// Replays the reader's history from `base`: the version, dose and reasons to plan next time.
///
/// Only sessions whose routine included the exercise (as it stood then) count, so feedback
/// on one version does not move another.
pub fn next_dose(
    exercise: ExerciseId,
    base: Dose,
    history: &History,
    reader: Reader<'_>,
) -> Progress {
    let mut level = DoseLevel::new(exercise, base, reader);
    let mut unfinished = 0;
    let mut why = Vec::new();
    for session in &history.sessions {
        let id = level.exercise.as_str();
        if !session.routine.iter().any(|done| done.exercise_id == id) {
            continue;
        }
        let step = after_session(level, session, unfinished, reader);
        level = step.level;
        unfinished = step.unfinished_in_a_row;
        why = vec![step.why];
    }
    Progress { level, why }
}

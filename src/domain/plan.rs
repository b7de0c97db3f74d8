//! The routine planner: from the reader's answers and past sessions to a routine that fits
//! their time, equipment and cautions, with a reason (and source ids) for every choice.
//!
//! Deterministic: the same answers and history always give the same routine. Call it only
//! when triage says the reader may go ahead; it does not re-check red flags.

use super::catalog::{
    exercise, Effect, Equipment, ExerciseCaution, ExerciseId, Purpose, When, FLOOR_GET_READY_S,
};

use super::dose::{Dose, DosedExercise, Work};
use super::history::History;
use super::progression::{self, Change, Outcome, Progress, Reader, Rule, Variable};
use super::questionnaire::{Answer, Answers, KnotLocation, Method, MethodOutcome, QuestionId};
use super::session;
use super::triage::{self, Caution};

/// Session length used when the reader has not said how long they have.
pub const DEFAULT_MINUTES: u32 = 10;

/// How far the planned time may stray from the time chosen, in percent either way.
pub const FIT_TOLERANCE_PCT: u32 = 10;

/// Hours of sitting a day from which the routine suggests movement breaks. The threshold is
/// ours; S0, S1 and S3 only say that long spells in one position can feed the pain.
pub const LONG_SITTING_HOURS: u32 = 6;

/// Seconds the session player gives the reader to get ready before an exercise that does
/// not start on the floor; [`ExerciseId::get_ready_s`] gives each exercise's own.
pub const GET_READY_S: u32 = (session::GET_READY_MS / 1000) as u32;

/// Seconds the session player pauses to switch sides in each set of a per-side exercise.
pub const SWITCH_SIDES_S: u32 = (session::SWITCH_SIDES_MS / 1000) as u32;

/// Seconds exercise `id` takes in the session player at `dose`: its get-ready pause
/// ([`ExerciseId::get_ready_s`], longer for exercises that start on the floor), the dose
/// itself (work on every side plus rest between sets), and a switch-sides pause in every
/// set of a per-side exercise. It equals [`session::estimate_ms`], so planner and player
/// agree.
pub fn estimate_s(id: ExerciseId, dose: &Dose) -> u32 {
    u32::try_from(session::estimate_ms(id.as_str(), dose) / 1000).unwrap_or(u32::MAX)
}

/// Which block comes first in the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockOrder {
    /// Stretches, massage and heat first, then strengthening (the usual case).
    ReliefFirst,
    /// Strengthening first, when stretching or massage gave little or only short relief (S2).
    StrengthFirst,
}

/// One exercise in the routine, with its dose and why it is there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedExercise {
    /// Which exercise (the version that fits the reader's equipment and progress).
    pub id: ExerciseId,
    /// How much of it today.
    pub dose: Dose,
    /// Seconds it takes in the session player ([`estimate_s`]).
    pub estimate_s: u32,
    /// Shown under "Why this routine": why it is in, and why at this dose, in order.
    pub reasons: Vec<ExerciseReason>,
    /// Source ids for the exercise, its dose and the reason.
    pub sources: Vec<&'static str>,
    /// Equipment it uses (always something the reader said they have).
    pub uses: Vec<Equipment>,
    /// The catalog's cautions that change how this reader does it (those that leave an
    /// exercise out never reach a planned one).
    pub cautions: Vec<ExerciseCaution>,
}

/// One reason about the routine as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    /// What the reader is told (the text layer words it).
    pub why: RoutineReason,
    /// Source ids; empty for purely practical reasons such as the time fit.
    pub sources: Vec<&'static str>,
}

/// A reason about the routine as a whole, with its numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoutineReason {
    /// Relief first, then strengthening (S1).
    ReliefFirst,
    /// Relief did not last, so strengthening first (S1, S2).
    StrengthFirst,
    /// A caution from triage.
    Caution(Caution),
    /// Pain 6+ after the last session: the exercises step back (R6).
    PainSteppedBack,
    /// Pain 4–5 after the last session: the exercises ease off (R6).
    PainEasedOff,
    /// No equipment is needed.
    NoEquipmentNeeded,
    /// No foam roller: the roll-out is on the floor, and (`turn`) a seated turn replaces
    /// the roller stretch.
    NoRollerFloorRollOut {
        /// Whether the seated turn stands in for the roller stretch too.
        turn: bool,
    },
    /// No foam roller: a seated turn replaces the roller stretch.
    NoRollerTurn,
    /// No ball or no wall: ball massage is left out.
    NoBallMassage,
    /// No dumbbells: rows use the band.
    RowsUseBand,
    /// Nothing to row with: other exercises strengthen instead.
    NoRows,
    /// Heat did not help before: left out.
    HeatDidNotHelp,
    /// A warm shower before the session can help.
    WarmShowerFirst,
    /// The reader sits this many hours a day: move every so often.
    LongSitting {
        /// Hours of sitting a day.
        hours: u32,
    },
    /// The session fits the chosen time.
    FitsTime {
        /// Seconds the session takes.
        total_s: u32,
        /// Minutes the reader chose.
        minutes: u32,
        /// Whether an exercise starts on the floor (longer get-ready).
        floor_get_ready_s: Option<u16>,
    },
    /// The session is shorter than the chosen time, after easing off.
    ShorterThanChosen {
        /// Seconds the session takes.
        total_s: u32,
        /// Minutes the reader chose.
        minutes: u32,
    },
    /// The pain guide (R6).
    PainGuide,
    /// How often and how long (S2, R5).
    Schedule,
}

/// Why one exercise is in the routine, and at this dose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExerciseReason {
    /// The exercise's job in the routine (one short line).
    Role(ExerciseId),
    /// Rows with light dumbbells or water bottles.
    RowsWithDumbbells,
    /// No dumbbells: rows with the band.
    RowsWithBand,
    /// No roller: the floor version of the roll-out.
    FloorVersion,
    /// No roller: the seated turn replaces the roller stretch.
    TurnInsteadOfRoller,
    /// 65 or over: the standing wall version spares the knees.
    WallVersionAt65,
    /// A damp towel or a shower is all heat needs.
    HeatAtHome,
    /// Where to put the ball for the reader's knot.
    MassageSpots(KnotLocation),
    /// Heat helped before.
    HeatHelpedBefore,
    /// Massage did not help before: it only fills time left.
    MassageOnlyFillsTime,
    /// 65 or over: holds of 30–60 s, gentle.
    OlderAdultHolds,
    /// What progression did after the last session.
    Progress(Rule, Outcome),
    /// Keep the extra load (the catalog's load advice follows).
    KeepLoad(ExerciseId),
    /// Fewer sets (or repeats) than the level today, to fit the time.
    FewerToFit {
        /// Sets (or repeats) today.
        today: u8,
        /// Sets (or repeats) at the reader's level.
        usual: u8,
        /// Whether they are repeats of a stretch rather than sets.
        repeats: bool,
    },
    /// The reader's clinician chose this exercise and its starting dose (issue 15).
    Prescribed,
}

/// How often and for how long to do the routine (S2: 3–4 times a week; changes after
/// 3–4 weeks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Fewest sessions a week.
    pub sessions_per_week_min: u8,
    /// Most sessions a week.
    pub sessions_per_week_max: u8,
    /// Fewest weeks before judging whether it helps.
    pub weeks_min: u8,
    /// Most weeks before judging whether it helps.
    pub weeks_max: u8,
    /// Source ids.
    pub sources: Vec<&'static str>,
}

/// A planned session: a relief block and a strength block, in the order given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Routine {
    /// Stretches, massage, heat and breathing, in play order.
    pub relief: Vec<PlannedExercise>,
    /// Strengthening, in play order.
    pub strength: Vec<PlannedExercise>,
    /// Which block comes first.
    pub order: BlockOrder,
    /// Seconds the whole session takes in the player.
    pub total_s: u32,
    /// Seconds the reader said they have.
    pub target_s: u32,
    /// Reasons about the routine as a whole, for "Why this routine".
    pub reasons: Vec<Reason>,
    /// How often and for how long.
    pub schedule: Schedule,
}

impl Routine {
    /// Every planned exercise, in play order.
    pub fn planned(&self) -> Vec<&PlannedExercise> {
        let (first, second) = match self.order {
            BlockOrder::ReliefFirst => (&self.relief, &self.strength),
            BlockOrder::StrengthFirst => (&self.strength, &self.relief),
        };
        first.iter().chain(second.iter()).collect()
    }

    /// The routine as the session player and the session log take it, in play order.
    pub fn exercises(&self) -> Vec<DosedExercise> {
        self.planned()
            .into_iter()
            .map(|planned| DosedExercise {
                exercise_id: planned.id.as_str().to_owned(),
                dose: planned.dose,
            })
            .collect()
    }

    /// Seconds spent on relief.
    pub fn relief_s(&self) -> u32 {
        self.relief.iter().map(|p| p.estimate_s).sum()
    }

    /// Seconds spent on strengthening.
    pub fn strength_s(&self) -> u32 {
        self.strength.iter().map(|p| p.estimate_s).sum()
    }
}

/// Minutes per session the reader chose ("5", "10", "15" or "20"); [`DEFAULT_MINUTES`] if
/// unanswered or unreadable.
pub fn session_minutes(answers: &Answers) -> u32 {
    answers
        .selected(QuestionId::SessionMinutes)
        .first()
        .and_then(|minutes| minutes.parse::<u32>().ok())
        .filter(|minutes| (1..=60).contains(minutes))
        .unwrap_or(DEFAULT_MINUTES)
}

/// Equipment the reader said they have, in questionnaire order ("none" gives nothing).
pub fn owned_equipment(answers: &Answers) -> Vec<Equipment> {
    Equipment::ALL
        .into_iter()
        .filter(|item| answers.is_selected(QuestionId::Equipment, item.as_str()))
        .collect()
}

/// Plans one session from the answers and the history.
pub fn plan(answers: &Answers, history: &History) -> Routine {
    let target_s = session_minutes(answers) * 60;
    let owned = owned_equipment(answers);
    let cautions = triage::cautions(answers);
    let ctx = Context {
        answers,
        history,
        owned: &owned,
        cautions: &cautions,
        older_adult: cautions.contains(&Caution::OlderAdult),
        relief_failed: cautions.contains(&Caution::ReliefDidNotHelp),
    };
    let order = if ctx.relief_failed {
        BlockOrder::StrengthFirst
    } else {
        BlockOrder::ReliefFirst
    };
    let candidates = candidates(&ctx);
    let picks = fit(&candidates, order, target_s, ctx.relief_failed);

    let mut relief = Vec::new();
    let mut strength = Vec::new();
    for pick in &picks {
        let planned = planned_exercise(&candidates[pick.at], pick, &ctx);
        match exercise(planned.id).purpose {
            Purpose::Relief => relief.push(planned),
            Purpose::Strength => strength.push(planned),
        }
    }
    relief.sort_by_key(|e| play_rank(e.id));
    strength.sort_by_key(|e| play_rank(e.id));
    let total_s = relief
        .iter()
        .chain(strength.iter())
        .map(|p| p.estimate_s)
        .sum();
    let chosen: Vec<ExerciseId> = picks.iter().map(|p| candidates[p.at].id).collect();
    let reasons = routine_reasons(&ctx, &cautions, order, &chosen, total_s, target_s);
    Routine {
        relief,
        strength,
        order,
        total_s,
        target_s,
        reasons,
        schedule: Schedule {
            sessions_per_week_min: 3,
            sessions_per_week_max: 4,
            weeks_min: 3,
            weeks_max: 4,
            sources: vec!["S2"],
        },
    }
}

/// What the planner knows about the reader.
struct Context<'a> {
    answers: &'a Answers,
    history: &'a History,
    owned: &'a [Equipment],
    /// What triage asked the routine to take into account.
    cautions: &'a [Caution],
    older_adult: bool,
    relief_failed: bool,
}

impl Context<'_> {
    fn reader(&self) -> Reader<'_> {
        Reader {
            equipment: self.owned,
            older_adult: self.older_adult,
            clinician: None,
        }
    }

    fn has(&self, item: Equipment) -> bool {
        self.owned.contains(&item)
    }

    fn tried(&self, method: Method) -> Option<MethodOutcome> {
        self.answers.tried(method)
    }

    /// Whether a catalog caution's condition holds for this reader.
    fn holds(&self, when: When) -> bool {
        match when {
            When::Triage(caution) => self.cautions.contains(&caution),
            When::Lacks(item) => !self.has(item),
            When::Tried { method, outcome } => self.tried(method) == Some(outcome),
        }
    }

    fn can_do(&self, id: ExerciseId) -> bool {
        exercise(id).is_possible_with(self.owned)
    }
}

/// An exercise the planner may use, at the level progression allows.
struct Candidate {
    id: ExerciseId,
    progress: Progress,
    /// Fewest sets or repeats worth doing when time is short.
    min_sets: u8,
    /// For heat and breathing: shortest and longest time, in seconds.
    span_s: Option<(u16, u16)>,
    /// Left out of the first pass; used at the end to bring the session up to time.
    closer: bool,
}

impl Candidate {
    fn purpose(&self) -> Purpose {
        exercise(self.id).purpose
    }

    fn dose(&self, sets: u8, duration_s: Option<u16>) -> Dose {
        let mut dose = self.progress.level.dose;
        dose.sets = sets;
        if let (Work::Timed { duration_s: d }, Some(chosen)) = (&mut dose.work, duration_s) {
            *d = chosen;
        }
        dose
    }

    /// Seconds it takes in the player at `sets` (and `duration_s`, if timed): [`estimate_s`].
    fn estimate_s(&self, sets: u8, duration_s: Option<u16>) -> u32 {
        estimate_s(self.id, &self.dose(sets, duration_s))
    }
}

/// One candidate taken into the routine, with its sets (and time, if timed).
#[derive(Clone, Copy, Debug)]
struct Pick {
    at: usize,
    sets: u8,
    duration_s: Option<u16>,
}

/// Heat inside a session: at least a minute, at most five (our choice; S3 gives no time).
const HEAT_SPAN_S: (u16, u16) = (60, 300);
/// Slow breathing: from half a minute to three (our choice; S3 gives no time).
const BREATHING_SPAN_S: (u16, u16) = (30, 180);
/// Timed work is rounded to this many seconds, so the player shows round numbers.
const TIME_STEP_S: u16 = 15;

/// Share of the session given to strengthening, in percent. S1: strength for the long term,
/// relief for the short term; S2: lean on strength when relief has not lasted.
fn strength_share_pct(relief_failed: bool) -> u32 {
    if relief_failed {
        70
    } else {
        50
    }
}

/// The exercises this reader may do, each block in priority order.
fn candidates(ctx: &Context<'_>) -> Vec<Candidate> {
    let heat_helped = ctx.tried(Method::Heat) == Some(MethodOutcome::Helped);
    let heat_allowed = ctx.tried(Method::Heat) != Some(MethodOutcome::NoHelp);
    let massage_failed = ctx.tried(Method::Massage) == Some(MethodOutcome::NoHelp);
    let ball_massage = ctx.can_do(ExerciseId::WallBallMassage);
    let roller = ctx.has(Equipment::FoamRoller);

    let mut relief: Vec<ExerciseId> = Vec::new();
    if heat_helped {
        relief.push(ExerciseId::MoistHeat);
    }
    relief.push(ExerciseId::ChestStretch);
    if ball_massage && !massage_failed {
        relief.push(ExerciseId::WallBallMassage);
    }
    if roller {
        relief.push(ExerciseId::RollerThoracicExtension);
    }
    relief.push(ExerciseId::SeatedRotationStretch);
    if ball_massage && massage_failed {
        relief.push(ExerciseId::WallBallMassage);
    }

    let roll_out = if !roller {
        ExerciseId::RollOutFloor
    } else if ctx.older_adult && ctx.can_do(ExerciseId::RollOutWall) {
        ExerciseId::RollOutWall
    } else {
        ExerciseId::RollOutKneeling
    };
    // S2 names the roll-out as the first move when stretching and massage have not helped;
    // otherwise S1's favourite, prone swimmers, leads.
    let mut strength = if ctx.relief_failed {
        vec![roll_out, ExerciseId::ProneSwimmers]
    } else {
        vec![ExerciseId::ProneSwimmers, roll_out]
    };
    for id in [ExerciseId::BentOverRow, ExerciseId::SeatedBandRow] {
        if ctx.can_do(id) {
            strength.push(id);
        }
    }
    strength.push(ExerciseId::ShoulderBladeSqueeze);

    let mut closers = vec![ExerciseId::SlowBreathing];
    if heat_allowed && !heat_helped {
        closers.push(ExerciseId::MoistHeat);
    }

    let reader = ctx.reader();
    let make = |id: ExerciseId, closer: bool| {
        let entry = exercise(id);
        let progress = progression::next_dose(id, entry.dose, ctx.history, reader);
        let level_sets = progress.level.dose.sets;
        let (min_sets, span_s) = match progress.level.dose.work {
            Work::Reps { .. } | Work::Hold { .. } => (level_sets.min(2), None),
            Work::Compression { .. } => (level_sets, None),
            Work::Timed { .. } => (
                1,
                Some(if id == ExerciseId::MoistHeat {
                    HEAT_SPAN_S
                } else {
                    BREATHING_SPAN_S
                }),
            ),
        };
        Candidate {
            // Progression may have moved to an easier or harder version.
            id: progress.level.exercise,
            progress,
            min_sets,
            span_s,
            closer,
        }
    };
    relief
        .into_iter()
        .map(|id| make(id, false))
        .chain(strength.into_iter().map(|id| make(id, false)))
        .chain(closers.into_iter().map(|id| make(id, true)))
        .collect()
}

/// Chooses exercises and sets so the session lands within [`FIT_TOLERANCE_PCT`] of
/// `target_s` where the exercises allow it, and never more than that over.
///
/// 1. Each block, in order, gets its share of the time (unused time carries over); its
///    exercises go in by priority with as many sets as fit, down to two. A block's first
///    exercise may overrun its share while the session has room, strength work then
///    dropping to a single set if need be, so the strength block is never empty.
/// 2. Time still free goes to more sets (up to the level progression allows), then to
///    exercises left out in step 1.
/// 3. Slow breathing and heat, whose times are flexible, close the gap, rounded to 15 s.
fn fit(
    candidates: &[Candidate],
    order: BlockOrder,
    target_s: u32,
    relief_failed: bool,
) -> Vec<Pick> {
    let strength_budget = target_s * strength_share_pct(relief_failed) / 100;
    let blocks = match order {
        BlockOrder::ReliefFirst => [
            (Purpose::Relief, target_s - strength_budget),
            (Purpose::Strength, strength_budget),
        ],
        BlockOrder::StrengthFirst => [
            (Purpose::Strength, strength_budget),
            (Purpose::Relief, target_s - strength_budget),
        ],
    };
    let mut picks: Vec<Pick> = Vec::new();
    let total = |picks: &[Pick]| -> u32 {
        picks
            .iter()
            .map(|p| candidates[p.at].estimate_s(p.sets, p.duration_s))
            .sum()
    };
    let in_block = |purpose: Purpose| {
        candidates
            .iter()
            .enumerate()
            .filter(move |(_, c)| !c.closer && c.purpose() == purpose)
            .map(|(at, _)| at)
    };
    let taken_id = |picks: &[Pick], id: ExerciseId| picks.iter().any(|p| candidates[p.at].id == id);

    // 1. Shares.
    let mut carry = 0;
    for (purpose, share) in blocks {
        // A first exercise squeezed in may have overrun the earlier block's share.
        let mut left = (share + carry).min(target_s.saturating_sub(total(&picks)));
        let mut any = false;
        for at in in_block(purpose) {
            if taken_id(&picks, candidates[at].id) {
                continue;
            }
            let squeezed = squeezed_min_sets(&candidates[at]);
            let fitted =
                largest_fit(&candidates[at], candidates[at].min_sets, left).or_else(|| {
                    (!any)
                        .then(|| {
                            largest_fit(
                                &candidates[at],
                                squeezed,
                                target_s.saturating_sub(total(&picks)),
                            )
                        })
                        .flatten()
                });
            if let Some(pick) = fitted.map(|(sets, duration_s)| Pick {
                at,
                sets,
                duration_s,
            }) {
                let cost = candidates[at].estimate_s(pick.sets, pick.duration_s);
                left = left.saturating_sub(cost);
                picks.push(pick);
                any = true;
            }
        }
        carry = left;
    }

    // 2. Spare time: more sets first, then more exercises, block by block.
    for (purpose, _) in blocks {
        for i in 0..picks.len() {
            let at = picks[i].at;
            if candidates[at].purpose() != purpose || candidates[at].span_s.is_some() {
                continue;
            }
            let free = target_s.saturating_sub(total(&picks));
            let now = candidates[at].estimate_s(picks[i].sets, None);
            if let Some((sets, _)) = largest_fit(&candidates[at], picks[i].sets, now + free) {
                picks[i].sets = sets;
            }
        }
    }
    for (purpose, _) in blocks {
        for at in in_block(purpose) {
            if taken_id(&picks, candidates[at].id) {
                continue;
            }
            let free = target_s.saturating_sub(total(&picks));
            if let Some((sets, duration_s)) =
                largest_fit(&candidates[at], candidates[at].min_sets, free)
            {
                picks.push(Pick {
                    at,
                    sets,
                    duration_s,
                });
            }
        }
    }

    // 3. Flexible time closes the gap; a little over is better than well under.
    let ceiling = target_s + target_s * FIT_TOLERANCE_PCT / 100;
    let timed: Vec<usize> = candidates
        .iter()
        .enumerate()
        .filter(|(_, c)| c.span_s.is_some())
        .map(|(at, _)| at)
        .collect();
    for at in timed {
        let Some((min_s, max_s)) = candidates[at].span_s else {
            continue;
        };
        let now = total(&picks);
        let gap = i64::from(target_s) - i64::from(now);
        let existing = picks.iter().position(|p| p.at == at);
        if existing.is_none() && taken_id(&picks, candidates[at].id) {
            continue;
        }
        let current = existing
            .and_then(|i| picks[i].duration_s)
            .map_or(0, i64::from);
        let overhead = if existing.is_some() {
            0
        } else {
            i64::from(candidates[at].id.get_ready_s())
        };
        let wanted = round_to_step(current + gap - overhead);
        let duration = wanted.clamp(i64::from(min_s), i64::from(max_s));
        let new_total = i64::from(now) - current + duration + overhead;
        if (i64::from(target_s) - new_total).abs() < gap.abs() && new_total <= i64::from(ceiling) {
            let duration_s = u16::try_from(duration).unwrap_or(max_s);
            match existing {
                Some(i) => picks[i].duration_s = Some(duration_s),
                None => picks.push(Pick {
                    at,
                    sets: 1,
                    duration_s: Some(duration_s),
                }),
            }
        }
    }
    picks
}

/// Fewest sets when a block's first exercise has to be squeezed in: strength work may drop
/// to one set (as regression may); stretches keep R5's two repeats.
fn squeezed_min_sets(candidate: &Candidate) -> u8 {
    match candidate.progress.level.dose.work {
        Work::Reps { .. } => 1,
        _ => candidate.min_sets,
    }
}

/// The most sets (from the level's down to `min_sets`) or, for timed work, the longest time
/// (from the usual down to the shortest) that fits in `budget_s`.
fn largest_fit(candidate: &Candidate, min_sets: u8, budget_s: u32) -> Option<(u8, Option<u16>)> {
    if let Some((min_s, _)) = candidate.span_s {
        let usual = match candidate.progress.level.dose.work {
            Work::Timed { duration_s } => duration_s,
            _ => min_s,
        };
        let room = budget_s.saturating_sub(u32::from(candidate.id.get_ready_s()));
        let fits = u16::try_from(room).unwrap_or(u16::MAX).min(usual);
        let fits = fits - fits % TIME_STEP_S;
        return (fits >= min_s).then_some((1, Some(fits)));
    }
    let max_sets = candidate.progress.level.dose.sets;
    (min_sets.max(1)..=max_sets)
        .rev()
        .find(|sets| candidate.estimate_s(*sets, None) <= budget_s)
        .map(|sets| (sets, None))
}

fn round_to_step(seconds: i64) -> i64 {
    let step = i64::from(TIME_STEP_S);
    (seconds + step / 2).div_euclid(step) * step
}

/// Play order inside a block: heat to warm up, the chest stretch S0 starts with, massage,
/// the mid-back stretches, breathing to finish; gentle strength work before harder.
fn play_rank(id: ExerciseId) -> u8 {
    match id {
        ExerciseId::MoistHeat => 0,
        ExerciseId::ChestStretch => 1,
        ExerciseId::WallBallMassage => 2,
        ExerciseId::RollerThoracicExtension => 3,
        ExerciseId::SeatedRotationStretch => 4,
        ExerciseId::SlowBreathing => 5,
        ExerciseId::ShoulderBladeSqueeze => 10,
        ExerciseId::SeatedBandRow => 11,
        ExerciseId::BentOverRow => 12,
        ExerciseId::ProneSwimmers => 13,
        ExerciseId::RollOutWall | ExerciseId::RollOutKneeling | ExerciseId::RollOutFloor => 14,
    }
}

/// Builds the planned exercise and its reason from a pick.
fn planned_exercise(candidate: &Candidate, pick: &Pick, ctx: &Context<'_>) -> PlannedExercise {
    let entry = exercise(candidate.id);
    let dose = candidate.dose(pick.sets, pick.duration_s);
    let level = candidate.progress.level;
    let role_sources = role_sources(candidate.id);
    let mut reasons = vec![ExerciseReason::Role(candidate.id)];
    let mut sources: Vec<&'static str> = entry.sources.to_vec();
    sources.extend_from_slice(entry.dose_sources);
    sources.extend_from_slice(role_sources);
    let mut say = |reason: ExerciseReason, from: &[&'static str]| {
        reasons.push(reason);
        sources.extend_from_slice(from);
    };

    match candidate.id {
        ExerciseId::BentOverRow if ctx.has(Equipment::Dumbbells) => {
            say(ExerciseReason::RowsWithDumbbells, &["S1"]);
        }
        ExerciseId::BentOverRow => say(ExerciseReason::RowsWithBand, &["S1"]),
        ExerciseId::RollOutFloor => say(ExerciseReason::FloorVersion, &["S2"]),
        ExerciseId::SeatedRotationStretch if !ctx.has(Equipment::FoamRoller) => {
            say(ExerciseReason::TurnInsteadOfRoller, &["S1", "S3"]);
        }
        ExerciseId::RollOutWall if ctx.older_adult => {
            say(ExerciseReason::WallVersionAt65, &["S2"]);
        }
        ExerciseId::MoistHeat => say(ExerciseReason::HeatAtHome, &["S3"]),
        ExerciseId::WallBallMassage => say(
            ExerciseReason::MassageSpots(knot_location(ctx.answers)),
            &["S0", "S3"],
        ),
        _ => {}
    }
    if candidate.id == ExerciseId::MoistHeat
        && ctx.tried(Method::Heat) == Some(MethodOutcome::Helped)
    {
        say(ExerciseReason::HeatHelpedBefore, &["S3"]);
    }
    if candidate.id == ExerciseId::WallBallMassage
        && ctx.tried(Method::Massage) == Some(MethodOutcome::NoHelp)
    {
        say(ExerciseReason::MassageOnlyFillsTime, &["S1", "S2"]);
    }
    if ctx.older_adult && matches!(dose.work, Work::Hold { .. }) {
        say(ExerciseReason::OlderAdultHolds, &["R5"]);
    }
    for why in &candidate.progress.why {
        say(
            ExerciseReason::Progress(why.rule, why.outcome),
            &why.sources,
        );
    }
    let load_just_added = candidate
        .progress
        .why
        .iter()
        .any(|w| w.change == Change::Raised(Variable::Load));
    if level.added_load && !load_just_added && entry.takes_load {
        say(ExerciseReason::KeepLoad(entry.id), entry.dose_sources);
    }
    if pick.sets < level.dose.sets {
        say(
            ExerciseReason::FewerToFit {
                today: pick.sets,
                usual: level.dose.sets,
                repeats: matches!(dose.work, Work::Hold { .. }),
            },
            &[],
        );
    }
    sort_sources(&mut sources);
    PlannedExercise {
        id: candidate.id,
        dose,
        estimate_s: estimate_s(candidate.id, &dose),
        reasons,
        sources,
        uses: entry.equipment_used(ctx.owned),
        cautions: entry
            .cautions
            .iter()
            .filter(|c| c.effect == Effect::Adapts && ctx.holds(c.when))
            .copied()
            .collect(),
    }
}

/// Sources for the exercise's job in the routine ([`ExerciseReason::Role`]).
fn role_sources(id: ExerciseId) -> &'static [&'static str] {
    match id {
        ExerciseId::ChestStretch | ExerciseId::ShoulderBladeSqueeze => &["S0"],
        ExerciseId::WallBallMassage => &["S0", "S1"],
        ExerciseId::RollerThoracicExtension | ExerciseId::MoistHeat | ExerciseId::SlowBreathing => {
            &["S3"]
        }
        ExerciseId::SeatedRotationStretch => &["S1", "S0"],
        ExerciseId::ProneSwimmers | ExerciseId::BentOverRow => &["S1"],
        ExerciseId::SeatedBandRow => &["S0", "R5"],
        ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => &["S2"],
    }
}

/// The knot the reader pointed to (between the shoulder blades if unanswered).
fn knot_location(answers: &Answers) -> KnotLocation {
    answers
        .selected(QuestionId::KnotLocation)
        .first()
        .and_then(|id| KnotLocation::parse(id))
        .unwrap_or(KnotLocation::BetweenShoulderBlades)
}

/// The reasons about the whole routine, in the order they are shown.
fn routine_reasons(
    ctx: &Context<'_>,
    cautions: &[Caution],
    order: BlockOrder,
    chosen: &[ExerciseId],
    total_s: u32,
    target_s: u32,
) -> Vec<Reason> {
    let mut reasons = Vec::new();
    let mut add = |why: RoutineReason, sources: &[&'static str]| {
        reasons.push(Reason {
            why,
            sources: sources.to_vec(),
        });
    };
    match order {
        BlockOrder::ReliefFirst => add(RoutineReason::ReliefFirst, &["S1"]),
        BlockOrder::StrengthFirst => add(RoutineReason::StrengthFirst, &["S1", "S2"]),
    }
    for caution in cautions.iter().filter(|c| **c != Caution::ReliefDidNotHelp) {
        add(RoutineReason::Caution(*caution), caution.sources());
    }
    match last_session_pain(ctx.history) {
        Some(pain) if pain >= progression::PAIN_STEP_BACK => {
            add(RoutineReason::PainSteppedBack, &["R6"]);
        }
        Some(pain) if pain >= progression::PAIN_EASE_OFF => {
            add(RoutineReason::PainEasedOff, &["R6"]);
        }
        _ => {}
    }

    // Equipment: what was swapped and why.
    if ctx.owned.is_empty() {
        add(RoutineReason::NoEquipmentNeeded, &[]);
    }
    if !ctx.has(Equipment::FoamRoller) {
        let turn = chosen.contains(&ExerciseId::SeatedRotationStretch);
        if chosen.contains(&ExerciseId::RollOutFloor) {
            add(
                RoutineReason::NoRollerFloorRollOut { turn },
                if turn { &["S2", "S1"] } else { &["S2"] },
            );
        } else if turn {
            add(RoutineReason::NoRollerTurn, &["S3", "S1"]);
        }
    }
    if !(ctx.has(Equipment::Ball) && ctx.has(Equipment::Wall)) {
        add(RoutineReason::NoBallMassage, &["S0"]);
    }
    if !ctx.has(Equipment::Dumbbells) {
        if chosen.contains(&ExerciseId::BentOverRow) {
            add(RoutineReason::RowsUseBand, &["S1"]);
        } else if !ctx.has(Equipment::Band) {
            add(RoutineReason::NoRows, &["S1"]);
        }
    }
    let heat_in = chosen.contains(&ExerciseId::MoistHeat);
    match ctx.tried(Method::Heat) {
        Some(MethodOutcome::NoHelp) => add(RoutineReason::HeatDidNotHelp, &["S3"]),
        _ if !heat_in => add(RoutineReason::WarmShowerFirst, &["S3"]),
        _ => {}
    }
    if let Some(Answer::Number(hours)) = ctx.answers.get(QuestionId::SittingHours) {
        if *hours >= LONG_SITTING_HOURS {
            add(
                RoutineReason::LongSitting { hours: *hours },
                &["S0", "S2", "S3"],
            );
        }
    }

    // Time, pain and schedule.
    let minutes = target_s / 60;
    let floor = target_s - target_s * FIT_TOLERANCE_PCT / 100;
    if total_s >= floor {
        let floor_get_ready_s = chosen
            .iter()
            .any(|id| id.starts_on_floor())
            .then_some(FLOOR_GET_READY_S);
        add(
            RoutineReason::FitsTime {
                total_s,
                minutes,
                floor_get_ready_s,
            },
            &[],
        );
    } else {
        add(
            RoutineReason::ShorterThanChosen { total_s, minutes },
            &["R5", "R6"],
        );
    }
    add(RoutineReason::PainGuide, &["R6"]);
    add(RoutineReason::Schedule, &["S2", "R5"]);
    reasons
}

/// Pain after the most recent session, if it was rated.
fn last_session_pain(history: &History) -> Option<u8> {
    history
        .sessions
        .last()
        .and_then(|s| s.pain_after)
        .map(|p| p.value())
}

/// S0–S3 first, then R1–R6; no repeats.
fn sort_sources(sources: &mut Vec<&'static str>) {
    sources.sort_by(|x, y| (!x.starts_with('S'), *x).cmp(&(!y.starts_with('S'), *y)));
    sources.dedup();
}

//! The exercise library: every exercise the sources describe, with its steps, default dose,
//! easier and harder options, and the source ids a physiotherapist can audit.
//!
//! Source ids follow CLINICAL.md: S0–S3 are the four articles, R1–R6 the external facts.
//! `sources` says where the exercise comes from, `dose_sources` where its numbers come from.

use super::dose::{Dose, Tempo, Work};
use super::options::{Method, MethodOutcome};
use super::triage::Caution;

/// Names an exercise. Declaration order is catalog order; the string form is stored in
/// session logs, so a name, once shipped, must not change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExerciseId {
    /// Doorway chest stretch (S0, S3).
    ChestStretch,
    /// Ball pressure on tender spots, leaning against a wall (S0, S3).
    WallBallMassage,
    /// Bending the upper back gently over a foam roller (S3).
    RollerThoracicExtension,
    /// A warm damp towel or warm shower on the upper back (S3).
    MoistHeat,
    /// Slow, easy breathing to let stress-related tension go (S3).
    SlowBreathing,
    /// The one short-relief stretch for the mid-back (S1): a seated turn.
    SeatedRotationStretch,
    /// Lying face down, sweeping the arms from overhead to the lower back (S1).
    ProneSwimmers,
    /// Rows bent forward at the hips, with dumbbells, water bottles or a band (S1).
    BentOverRow,
    /// Drawing the shoulder blades together (S0).
    ShoulderBladeSqueeze,
    /// Rows sitting down with a band round the feet (S0).
    SeatedBandRow,
    /// Kneeling forearm roll-out on a foam roller with a single-arm lift (S2).
    RollOutKneeling,
    /// The same roll-out standing, with the roller against a wall (S2).
    RollOutWall,
    /// The same arm lift lying face down, sliding the hands on the floor; no roller (S2).
    RollOutFloor,
}

impl ExerciseId {
    /// Every exercise, in catalog order.
    pub const ALL: [ExerciseId; 13] = [
        ExerciseId::ChestStretch,
        ExerciseId::WallBallMassage,
        ExerciseId::RollerThoracicExtension,
        ExerciseId::MoistHeat,
        ExerciseId::SlowBreathing,
        ExerciseId::SeatedRotationStretch,
        ExerciseId::ProneSwimmers,
        ExerciseId::BentOverRow,
        ExerciseId::ShoulderBladeSqueeze,
        ExerciseId::SeatedBandRow,
        ExerciseId::RollOutKneeling,
        ExerciseId::RollOutWall,
        ExerciseId::RollOutFloor,
    ];

    /// The stable id, as stored in session logs and used in `DosedExercise::exercise_id`;
    /// the name stored in session logs.
    pub const fn as_str(self) -> &'static str {
        match self {
            ExerciseId::ChestStretch => "chest-stretch",
            ExerciseId::WallBallMassage => "wall-ball-massage",
            ExerciseId::RollerThoracicExtension => "roller-thoracic-extension",
            ExerciseId::MoistHeat => "moist-heat",
            ExerciseId::SlowBreathing => "slow-breathing",
            ExerciseId::SeatedRotationStretch => "seated-rotation-stretch",
            ExerciseId::ProneSwimmers => "prone-swimmers",
            ExerciseId::BentOverRow => "bent-over-row",
            ExerciseId::ShoulderBladeSqueeze => "shoulder-blade-squeeze",
            ExerciseId::SeatedBandRow => "seated-band-row",
            ExerciseId::RollOutKneeling => "roll-out-kneeling",
            ExerciseId::RollOutWall => "roll-out-wall",
            ExerciseId::RollOutFloor => "roll-out-floor",
        }
    }

    /// The exercise whose [`as_str`](Self::as_str) is `id`, if any.
    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|exercise| exercise.as_str() == id)
    }

    /// The catalog entry.
    pub fn exercise(self) -> &'static Exercise {
        exercise(self)
    }

    /// Whether the exercise starts on the floor: lying, kneeling or sitting there, as its
    /// first step says. Decided from each exercise's steps:
    ///
    /// - on the floor: the upper-back stretch over a foam roller (sit on the floor), prone
    ///   swimmers (lie face down), seated band rows (sit on the floor with a band round the
    ///   feet; a chair is offered too, but the floor comes first and the picture shows it),
    ///   the kneeling roll-out (kneel) and the floor slide (lie face down);
    /// - not on the floor: the doorway chest stretch, ball massage against a wall, the
    ///   standing roll-out at a wall and bent-over rows (all standing), the seated mid-back
    ///   turn (on a chair), shoulder-blade squeezes (sit or stand), moist heat (a towel or a
    ///   shower) and slow breathing (sit or lie wherever is comfortable, a chair included).
    pub const fn starts_on_floor(self) -> bool {
        match self {
            ExerciseId::RollerThoracicExtension
            | ExerciseId::ProneSwimmers
            | ExerciseId::SeatedBandRow
            | ExerciseId::RollOutKneeling
            | ExerciseId::RollOutFloor => true,
            ExerciseId::ChestStretch
            | ExerciseId::WallBallMassage
            | ExerciseId::MoistHeat
            | ExerciseId::SlowBreathing
            | ExerciseId::SeatedRotationStretch
            | ExerciseId::BentOverRow
            | ExerciseId::ShoulderBladeSqueeze
            | ExerciseId::RollOutWall => false,
        }
    }

    /// Seconds the session player gives the reader to get into position before this
    /// exercise: [`FLOOR_GET_READY_S`] for one that [starts on the floor](Self::starts_on_floor),
    /// [`DEFAULT_GET_READY_S`] for the rest.
    ///
    /// The phone may be propped against a wall a couple of metres away: getting down to lie
    /// face down or kneel with a roller takes longer than stepping into a doorway, and Pause
    /// is hard to reach from the floor.
    pub const fn get_ready_s(self) -> u16 {
        if self.starts_on_floor() {
            FLOOR_GET_READY_S
        } else {
            DEFAULT_GET_READY_S
        }
    }

    /// What the reader does in the pause at the top of a repetition, as the timer shows and
    /// says it. In the roll-outs that pause is for lifting one forearm, then the other (S2).
    pub const fn top_action(self) -> TopAction {
        match self {
            ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => {
                TopAction::LiftEachArm
            }
            _ => TopAction::HoldAtTop,
        }
    }
}

/// What the reader does in the pause at the top of a repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TopAction {
    /// Hold still at the top ("Hold at the top").
    HoldAtTop,
    /// Lift one forearm, then the other (the roll-outs, S2).
    LiftEachArm,
}

/// [`ExerciseId::top_action`] for a catalog id as text; an unknown id holds at the top.
pub fn top_action(exercise_id: &str) -> TopAction {
    ExerciseId::parse(exercise_id).map_or(TopAction::HoldAtTop, ExerciseId::top_action)
}

/// Seconds to get into position before an exercise that starts standing or on a chair.
/// The length is ours: no source gives one.
pub const DEFAULT_GET_READY_S: u16 = 5;

/// Seconds to get into position before an exercise that starts lying, kneeling or sitting on
/// the floor: time to get down from the last exercise and settle (with a mat, towel, roller
/// or band) before the first rep. The length is ours: no source gives one.
pub const FLOOR_GET_READY_S: u16 = 15;

/// What the reader may own; the ids are the questionnaire's equipment option ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Equipment {
    /// A tennis or lacrosse ball.
    Ball,
    /// A foam roller.
    FoamRoller,
    /// A resistance band.
    Band,
    /// Light dumbbells, or full water bottles used instead (the questionnaire offers both as one).
    Dumbbells,
    /// A clear stretch of wall to lean on.
    Wall,
}

impl Equipment {
    /// Every kind of equipment, in the questionnaire's order.
    pub const ALL: [Equipment; 5] = [
        Equipment::Ball,
        Equipment::FoamRoller,
        Equipment::Band,
        Equipment::Dumbbells,
        Equipment::Wall,
    ];

    /// The questionnaire's option id.
    pub const fn as_str(self) -> &'static str {
        match self {
            Equipment::Ball => "ball",
            Equipment::FoamRoller => "foam-roller",
            Equipment::Band => "band",
            Equipment::Dumbbells => "dumbbells",
            Equipment::Wall => "wall",
        }
    }

    /// The equipment whose option id is `id`; `None` for "none" and unknown ids.
    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|item| item.as_str() == id)
    }
}

/// What an exercise is for (S1: strength helps in the long term, relief in the short term).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// Short-term relief: stretches, massage, heat, breathing.
    Relief,
    /// Long-term help: strengthening.
    Strength,
}

/// When a caution on an exercise applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// Triage returned this caution.
    Triage(Caution),
    /// The reader does not have this equipment.
    Lacks(Equipment),
    /// The reader answered `outcome` for `method` in "What have you tried?" (option ids).
    Tried {
        /// The method, e.g. massage.
        method: Method,
        /// How it went, e.g. it did not help.
        outcome: MethodOutcome,
    },
}

/// What a caution does to the exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The planner leaves the exercise out.
    Excludes,
    /// The exercise stays, done differently (the text says how).
    Adapts,
}

/// An answer that leaves an exercise out or changes how it is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExerciseCaution {
    /// The answer it reacts to.
    pub when: When,
    /// Whether it leaves the exercise out or adapts it.
    pub effect: Effect,
    /// Source ids backing it (the text layer words it, by its place in the exercise's
    /// `cautions`).
    pub sources: &'static [&'static str],
}

/// One exercise of the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Which exercise this is.
    pub id: ExerciseId,
    /// Relief or strength.
    pub purpose: Purpose,
    /// Equipment needed: every inner list must be met by owning one of its items
    /// (all of, any of). Empty means nothing is needed beyond a floor, a chair or a doorway.
    pub needs: &'static [&'static [Equipment]],
    /// Starting dose for a reader with no history.
    pub dose: Dose,
    /// Where the dose's numbers come from.
    pub dose_sources: &'static [&'static str],
    /// A harder catalog exercise that replaces this one, if any.
    pub harder: Option<ExerciseId>,
    /// Whether load can be added when reps and sets are at the top (the text layer says how).
    pub takes_load: bool,
    /// An easier catalog exercise that replaces this one, if any.
    pub easier: Option<ExerciseId>,
    /// Answers that leave it out or change it.
    pub cautions: &'static [ExerciseCaution],
    /// Where the exercise comes from.
    pub sources: &'static [&'static str],
}

impl Exercise {
    /// Whether a reader who owns `owned` can do it.
    pub fn is_possible_with(&self, owned: &[Equipment]) -> bool {
        self.needs
            .iter()
            .all(|any_of| any_of.iter().any(|item| owned.contains(item)))
    }

    /// The equipment actually used by a reader who owns `owned`: the first owned choice of
    /// each need. Shorter than `needs` when the exercise is not possible.
    pub fn equipment_used(&self, owned: &[Equipment]) -> Vec<Equipment> {
        self.needs
            .iter()
            .filter_map(|any_of| any_of.iter().copied().find(|item| owned.contains(item)))
            .collect()
    }
}

/// S1's tempo: three seconds up, three seconds down.
const SLOW: Tempo = Tempo {
    up_s: 3,
    hold_s: 0,
    down_s: 3,
};

/// S1's tempo with a two-second pause where the muscles work hardest: the squeeze, or the
/// pair of single-arm lifts in the roll-out (one second each).
const SLOW_WITH_PAUSE: Tempo = Tempo {
    up_s: 3,
    hold_s: 2,
    down_s: 3,
};

const OLDER_ADULT_HOLDS: ExerciseCaution = ExerciseCaution {
    when: When::Triage(Caution::OlderAdult),
    effect: Effect::Adapts,
    sources: &["R5"],
};

const NEEDS_NO_EQUIPMENT: &[&[Equipment]] = &[];

const fn reps(sets: u8, reps: u8, tempo: Tempo, rest_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Reps { reps, tempo },
        per_side: false,
        rest_s,
    }
}

const fn holds(sets: u8, hold_s: u16, per_side: bool, rest_s: u16) -> Dose {
    Dose {
        sets,
        work: Work::Hold { hold_s },
        per_side,
        rest_s,
    }
}

const fn timed(duration_s: u16) -> Dose {
    Dose {
        sets: 1,
        work: Work::Timed { duration_s },
        per_side: false,
        rest_s: 0,
    }
}

/// The three roll-out versions share S2's dose: 30 repetitions, split 3 × 10 with rests.
const ROLL_OUT_DOSE: Dose = reps(3, 10, SLOW_WITH_PAUSE, 30);

/// The entries, in [`ExerciseId`] declaration order (checked at compile time below).
const ENTRIES: [Exercise; 13] = [
    Exercise {
        id: ExerciseId::ChestStretch,
        purpose: Purpose::Relief,
        needs: NEEDS_NO_EQUIPMENT,
        dose: holds(3, 30, false, 10),
        dose_sources: &["R5"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[OLDER_ADULT_HOLDS],
        sources: &["S0", "S3"],
    },
    Exercise {
        id: ExerciseId::WallBallMassage,
        purpose: Purpose::Relief,
        needs: &[&[Equipment::Ball], &[Equipment::Wall]],
        dose: Dose {
            sets: 1,
            work: Work::Compression {
                spots: 3,
                hold_s: 20,
            },
            per_side: false,
            rest_s: 0,
        },
        dose_sources: &["R5", "S0"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::Ball),
                effect: Effect::Excludes,
                sources: &["S0"],
            },
            ExerciseCaution {
                when: When::Lacks(Equipment::Wall),
                effect: Effect::Excludes,
                sources: &["S0"],
            },
            ExerciseCaution {
                when: When::Tried {
                    method: Method::Massage,
                    outcome: MethodOutcome::NoHelp,
                },
                effect: Effect::Adapts,
                sources: &["S1", "S2"],
            },
        ],
        sources: &["S0", "S1", "S3"],
    },
    Exercise {
        id: ExerciseId::RollerThoracicExtension,
        purpose: Purpose::Relief,
        needs: &[&[Equipment::FoamRoller]],
        dose: holds(3, 20, false, 10),
        dose_sources: &["R5"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                sources: &["S1", "S3"],
            },
            OLDER_ADULT_HOLDS,
        ],
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::MoistHeat,
        purpose: Purpose::Relief,
        needs: NEEDS_NO_EQUIPMENT,
        dose: timed(180),
        dose_sources: &["S3"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Tried {
                method: Method::Heat,
                outcome: MethodOutcome::NoHelp,
            },
            effect: Effect::Excludes,
            sources: &["S3"],
        }],
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::SlowBreathing,
        purpose: Purpose::Relief,
        needs: NEEDS_NO_EQUIPMENT,
        dose: timed(120),
        dose_sources: &["S3"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[],
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::SeatedRotationStretch,
        purpose: Purpose::Relief,
        needs: NEEDS_NO_EQUIPMENT,
        dose: holds(3, 10, true, 10),
        dose_sources: &["S1", "R5"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[OLDER_ADULT_HOLDS],
        sources: &["S1", "S0", "R5"],
    },
    Exercise {
        id: ExerciseId::ProneSwimmers,
        purpose: Purpose::Strength,
        needs: NEEDS_NO_EQUIPMENT,
        dose: reps(3, 10, SLOW, 30),
        dose_sources: &["S1"],
        harder: None,
        takes_load: true,
        easier: None,
        cautions: &[],
        sources: &["S1"],
    },
    Exercise {
        id: ExerciseId::BentOverRow,
        purpose: Purpose::Strength,
        needs: &[&[Equipment::Dumbbells, Equipment::Band]],
        dose: reps(3, 10, SLOW, 30),
        dose_sources: &["S1"],
        harder: None,
        takes_load: true,
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Lacks(Equipment::Dumbbells),
            effect: Effect::Adapts,
            sources: &["S1"],
        }],
        sources: &["S1"],
    },
    Exercise {
        id: ExerciseId::ShoulderBladeSqueeze,
        purpose: Purpose::Strength,
        needs: NEEDS_NO_EQUIPMENT,
        dose: reps(2, 10, SLOW_WITH_PAUSE, 30),
        dose_sources: &["R5"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[],
        sources: &["S0"],
    },
    Exercise {
        id: ExerciseId::SeatedBandRow,
        purpose: Purpose::Strength,
        needs: &[&[Equipment::Band]],
        dose: reps(2, 10, SLOW, 30),
        dose_sources: &["R5"],
        harder: None,
        takes_load: true,
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Lacks(Equipment::Band),
            effect: Effect::Excludes,
            sources: &["S0"],
        }],
        sources: &["S0", "R5"],
    },
    Exercise {
        id: ExerciseId::RollOutKneeling,
        purpose: Purpose::Strength,
        needs: &[&[Equipment::FoamRoller]],
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        harder: None,
        takes_load: false,
        easier: Some(ExerciseId::RollOutWall),
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                sources: &["S2"],
            },
            ExerciseCaution {
                when: When::Triage(Caution::OlderAdult),
                effect: Effect::Adapts,
                sources: &["S2"],
            },
        ],
        sources: &["S2"],
    },
    Exercise {
        id: ExerciseId::RollOutWall,
        purpose: Purpose::Strength,
        needs: &[&[Equipment::FoamRoller], &[Equipment::Wall]],
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        harder: Some(ExerciseId::RollOutKneeling),
        takes_load: false,
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                sources: &["S2"],
            },
            ExerciseCaution {
                when: When::Lacks(Equipment::Wall),
                effect: Effect::Excludes,
                sources: &["S2"],
            },
        ],
        sources: &["S2"],
    },
    Exercise {
        id: ExerciseId::RollOutFloor,
        purpose: Purpose::Strength,
        needs: NEEDS_NO_EQUIPMENT,
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        harder: None,
        takes_load: false,
        easier: None,
        cautions: &[],
        sources: &["S2"],
    },
];

// `exercise()` indexes by discriminant, so a catalog out of order must not compile.
const _: () = {
    let mut i = 0;
    while i < ExerciseId::ALL.len() {
        assert!(
            ExerciseId::ALL[i] as usize == i,
            "ExerciseId::ALL out of order"
        );
        assert!(ENTRIES[i].id as usize == i, "catalog entries out of order");
        i += 1;
    }
};

static CATALOG: [Exercise; 13] = ENTRIES;

/// The catalog entry for `id`.
pub fn exercise(id: ExerciseId) -> &'static Exercise {
    let found = &CATALOG[id as usize];
    debug_assert_eq!(found.id, id, "CATALOG out of order");
    found
}

/// Every exercise, in catalog order.
pub fn catalog() -> &'static [Exercise] {
    &CATALOG
}

//! The exercise library: every exercise the sources describe, with its steps, default dose,
//! easier and harder options, and the source ids a physiotherapist can audit.
//!
//! Source ids follow CLINICAL.md: S0–S3 are the four articles, R1–R6 the external facts.
//! `sources` says where the exercise comes from, `dose_sources` where its numbers come from.

use super::dose::{Dose, Tempo, Work};
use super::questionnaire::{Method, MethodOutcome};
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

    /// How the equipment is named inside a sentence ("a foam roller").
    pub const fn name(self) -> &'static str {
        match self {
            Equipment::Ball => "a tennis or lacrosse ball",
            Equipment::FoamRoller => "a foam roller",
            Equipment::Band => "a resistance band",
            Equipment::Dumbbells => "light dumbbells or full water bottles",
            Equipment::Wall => "a clear stretch of wall",
        }
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
    /// What the reader is told.
    pub text: &'static str,
    /// Source ids backing it.
    pub sources: &'static [&'static str],
}

/// One exercise of the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exercise {
    /// Which exercise this is.
    pub id: ExerciseId,
    /// Relief or strength.
    pub purpose: Purpose,
    /// Muscles it works or eases, in plain words.
    pub targets: &'static [&'static str],
    /// Equipment needed: every inner list must be met by owning one of its items
    /// (all of, any of). Empty means nothing is needed beyond a floor, a chair or a doorway.
    pub needs: &'static [&'static [Equipment]],
    /// How to do it, one step per line.
    pub steps: &'static [&'static str],
    /// What to keep in mind while doing it.
    pub cues: &'static [&'static str],
    /// Common mistakes to avoid.
    pub mistakes: &'static [&'static str],
    /// Starting dose for a reader with no history.
    pub dose: Dose,
    /// Where the dose's numbers come from.
    pub dose_sources: &'static [&'static str],
    /// For the clinician: how the sources' figures became this dose, and what we chose ourselves.
    pub dose_note: &'static str,
    /// How to make it harder once the dose is at the top of its range.
    pub progression: &'static str,
    /// A harder catalog exercise that replaces this one, if any.
    pub harder: Option<ExerciseId>,
    /// How to add load when reps and sets are at the top, if the exercise allows it.
    pub load: Option<&'static str>,
    /// How to make it easier.
    pub regression: &'static str,
    /// An easier catalog exercise that replaces this one, if any.
    pub easier: Option<ExerciseId>,
    /// Answers that leave it out or change it.
    pub cautions: &'static [ExerciseCaution],
    /// Text alternative for the illustration: what the figure shows.
    pub alt_text: &'static str,
    /// Why it is in the library, in plain words.
    pub why: &'static str,
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
    text: "At 65 or over, hold each stretch for 30 to 60 seconds and keep it gentle.",
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
const ROLL_OUT_DOSE_NOTE: &str = "S2 gives 30 repetitions, 3–4 times a week. We split them into 3 sets of 10 with 30 s rests, which also sits inside R5's 8–15 × 2–3. The tempo (3 s out, 2 s for the two arm lifts, 3 s back) is ours, after S1's slow 3 s counts. Progression can take it to 3 × 15 (45 repetitions), past S2's 30 but inside R5's 8–15 × 2–3.";

/// The entries, in [`ExerciseId`] declaration order (checked at compile time below).
const ENTRIES: [Exercise; 13] = [
    Exercise {
        id: ExerciseId::ChestStretch,
        purpose: Purpose::Relief,
        targets: &["chest muscles (pectorals)", "fronts of the shoulders"],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Stand in a doorway. Put your forearms flat on the frame on each side, elbows at about shoulder height.",
            "Take a small step forward with one foot until you feel a gentle pull across the front of your chest.",
            "Stay there and breathe normally for the time shown.",
            "Step back to let go, rest a moment, then repeat.",
        ],
        cues: &[
            "Keep your chest up and your chin level.",
            "A mild pull is enough. It should never hurt.",
            "Let your shoulders sink away from your ears.",
        ],
        mistakes: &[
            "Pushing your head forward instead of letting your chest move through.",
            "Arching your lower back to get further.",
            "Bouncing in and out of the stretch.",
        ],
        dose: holds(3, 30, false, 10),
        dose_sources: &["R5"],
        dose_note: "R5 (ACSM): hold 10–30 s, 2–4 repeats; 30–60 s at 65 or over. S0 and S3 give no numbers. We start at 30 s × 3; the 10 s rest between holds is ours.",
        progression: "Once you can hold it for 30 seconds (60 at 65 or over), add a fourth repeat.",
        harder: None,
        load: None,
        regression: "Step less far through, or rest your elbows lower on the frame. No doorway? Clasp your hands behind your back and gently draw your shoulders back.",
        easier: None,
        cautions: &[OLDER_ADULT_HOLDS],
        alt_text: "A person stands in a doorway with both forearms against the frame and one foot stepped forward, so the chest leans gently through the opening.",
        why: "Rounded shoulders may keep the muscles between the shoulder blades on a stretch; nobody knows for sure how much posture matters. Opening the chest can take some of that strain off them.",
        sources: &["S0", "S3"],
    },
    Exercise {
        id: ExerciseId::WallBallMassage,
        purpose: Purpose::Relief,
        targets: &[
            "rhomboids (between the shoulder blades)",
            "trapezius (across the upper back)",
            "infraspinatus (on the shoulder blade)",
        ],
        needs: &[&[Equipment::Ball], &[Equipment::Wall]],
        steps: &[
            "Stand with your back to a clear wall. Put the ball between the wall and the sore area beside your shoulder blade.",
            "Lean back until you feel the ball press into the muscle. Bend or straighten your knees a little to move it up or down.",
            "On a tender spot, lean in slowly and make small, slow circles, or simply keep the pressure still.",
            "When the time for that spot is up, ease off and move to the next one.",
        ],
        cues: &[
            "Keep the pressure at about 7 out of 10 or less: firm, but easy to bear.",
            "Keep the ball on the muscle between your spine and your shoulder blade, not on the spine.",
            "Breathe slowly and let your shoulders go heavy.",
        ],
        mistakes: &[
            "Staying on one spot for more than 30 seconds.",
            "Pressing as hard as you can: sore muscles get more irritated if worked too hard.",
            "Rolling quickly back and forth over the whole area.",
        ],
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
        dose_note: "R5 (Starlanyl): 15–30 s of pressure on one trigger point, never more than 30 s at a time, pressure no more than about 7/10. S0 warns against overdoing it, so we keep to 3 spots, one round.",
        progression: "Stay a little longer on each spot, never past 30 seconds, then add one more spot.",
        harder: None,
        load: None,
        regression: "Lean in less, use a softer ball (a tennis ball rather than a lacrosse ball), or work fewer spots.",
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::Ball),
                effect: Effect::Excludes,
                text: "Needs a tennis or lacrosse ball.",
                sources: &["S0"],
            },
            ExerciseCaution {
                when: When::Lacks(Equipment::Wall),
                effect: Effect::Excludes,
                text: "This version needs a wall to lean the ball against.",
                sources: &["S0"],
            },
            ExerciseCaution {
                when: When::Tried {
                    method: Method::Massage,
                    outcome: MethodOutcome::NoHelp,
                },
                effect: Effect::Adapts,
                text: "Massage did not help you before, so it only comes in when there is time left after everything else.",
                sources: &["S1", "S2"],
            },
        ],
        alt_text: "A person stands with their back to a wall, a small ball held between the wall and the upper back beside the shoulder blade, knees slightly bent to roll it in small circles.",
        why: "Slow pressure on a tender spot can calm it for a while. It is a quick relief tool that helps you keep going, not a long-term fix.",
        sources: &["S0", "S1", "S3"],
    },
    Exercise {
        id: ExerciseId::RollerThoracicExtension,
        purpose: Purpose::Relief,
        targets: &[
            "muscles along the upper spine (erector spinae)",
            "chest muscles",
        ],
        needs: &[&[Equipment::FoamRoller]],
        steps: &[
            "Sit on the floor with your knees bent and a foam roller crosswise behind you, just below your shoulder blades.",
            "Hold your head in your hands, elbows pointing forward.",
            "Lean back slowly and let your upper back curve gently over the roller. Keep your bottom on the floor.",
            "Hold, then curl back up. Move the roller a little higher before the next hold.",
        ],
        cues: &[
            "Move from your upper back only; keep your lower ribs down.",
            "Let your head rest in your hands so your neck stays relaxed.",
            "Stop at a comfortable stretch.",
        ],
        mistakes: &[
            "Putting the roller under your lower back.",
            "Pulling on your head with your hands.",
            "Lifting your hips to bend further.",
        ],
        dose: holds(3, 20, false, 10),
        dose_sources: &["R5"],
        dose_note: "S3 names the exercise but gives no dose, so it is dosed as a stretch under R5: holds of 10–30 s, 2–4 repeats (30–60 s at 65 or over). We start at 20 s at three points up the back.",
        progression: "Hold each position longer, up to 30 seconds (60 at 65 or over), then add a fourth position.",
        harder: None,
        load: None,
        regression: "Lean back less far, or do the seated mid-back turn instead.",
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                text: "Needs a foam roller; the seated mid-back turn takes its place.",
                sources: &["S1", "S3"],
            },
            OLDER_ADULT_HOLDS,
        ],
        alt_text: "A person sits on the floor, knees bent, with a foam roller across the upper back and hands behind the head, leaning back so the upper back curves over the roller.",
        why: "It moves the part of the spine that long sitting keeps still, which S3 lists among the ways to ease upper-back tension.",
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::MoistHeat,
        purpose: Purpose::Relief,
        targets: &["upper-back muscles"],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Soak a towel in warm water and wring it out, or stand under a warm shower.",
            "Lay the towel across your upper back, or let the water run over the area between your shoulder blades.",
            "Relax and breathe slowly until the time is up.",
        ],
        cues: &[
            "Warm and pleasant, never hot.",
            "Warm the towel again if it cools.",
        ],
        mistakes: &[
            "Using water hot enough to redden or sting the skin.",
            "Putting heat on broken skin or on skin that feels numb.",
        ],
        dose: timed(180),
        dose_sources: &["S3"],
        dose_note: "S3 recommends moist heat over dry heat but gives no time. The duration (1–5 minutes inside a session) is ours, chosen to fit the session; a longer warm shower beforehand is also fine.",
        progression: "Heat is for comfort: it does not get harder.",
        harder: None,
        load: None,
        regression: "Use it for less time, or make it less warm.",
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Tried {
                method: Method::Heat,
                outcome: MethodOutcome::NoHelp,
            },
            effect: Effect::Excludes,
            text: "Heat did not help you before, so it is left out.",
            sources: &["S3"],
        }],
        alt_text: "A person sits relaxed with a folded warm towel draped across the upper back between the shoulder blades.",
        why: "Warmth helps tense muscles relax and brings more blood to them; S3 says moist heat often works better than dry heat.",
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::SlowBreathing,
        purpose: Purpose::Relief,
        targets: &["shoulder and upper-back muscles that tighten with stress"],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Sit or lie comfortably and let your shoulders drop.",
            "Breathe in gently through your nose, letting your belly and lower ribs widen.",
            "Breathe out slowly, a little longer than you breathed in, and let your shoulders sink.",
            "Keep this slow, easy rhythm until the time is up.",
        ],
        cues: &[
            "Keep it easy; you should never feel short of air.",
            "Let your shoulders soften on every breath out.",
        ],
        mistakes: &[
            "Lifting your shoulders to breathe in.",
            "Forcing very deep breaths until you feel light-headed.",
        ],
        dose: timed(120),
        dose_sources: &["S3"],
        dose_note: "S3 suggests breathing techniques for stress-related tension but gives no time. The duration (30 s to 3 minutes) is ours, chosen to fit the session.",
        progression: "Breathing stays the same; it does not get harder.",
        harder: None,
        load: None,
        regression: "Breathe normally and simply rest for the time shown.",
        easier: None,
        cautions: &[],
        alt_text: "A person sits upright on a chair with eyes closed and one hand on the belly, shoulders relaxed, breathing slowly.",
        why: "Stress tends to tighten the upper back and shoulders; S3 suggests breathing techniques to ease that tension.",
        sources: &["S3"],
    },
    Exercise {
        id: ExerciseId::SeatedRotationStretch,
        purpose: Purpose::Relief,
        targets: &["the middle of the back", "muscles along the spine"],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Sit tall near the front of a chair, feet flat and knees together.",
            "Cross your arms over your chest, hands resting on the opposite shoulders.",
            "Turn your upper body slowly to one side, as far as is comfortable, keeping your hips and knees facing forward.",
            "Hold, come back to the middle, then turn the other way.",
        ],
        cues: &[
            "Sit up tall first: the turn comes from the middle of your back.",
            "Keep breathing while you hold.",
            "A mild stretch only, never pain.",
        ],
        mistakes: &[
            "Letting your knees swing round with you.",
            "Slumping as you turn.",
            "Jerking to get further.",
        ],
        dose: holds(3, 10, true, 10),
        dose_sources: &["S1", "R5"],
        dose_note: "S1 gives its one relief stretch as 3 sets of 10 without saying 10 what. We read it as three 10-second holds each way, the low end of R5's 10–30 s (30–60 s at 65 or over) and 2–4 repeats, so it has room to grow.",
        progression: "Hold each turn longer, up to 30 seconds (60 at 65 or over), then add a fourth turn each way.",
        harder: None,
        load: None,
        regression: "Turn less far, or hold for less time (not under 10 seconds).",
        easier: None,
        cautions: &[OLDER_ADULT_HOLDS],
        alt_text: "A person sits tall on a chair with arms crossed over the chest and turns the upper body to one side while the hips and knees keep facing forward.",
        why: "This is the one mid-back stretch for short-term relief that S1 suggests (S1 leaves the choice of stretch open and says most are safe). We chose a seated turn because S0 says the muscles between the shoulder blades are often already overstretched by rounded sitting: a turn moves the mid-back without pulling the shoulder blades further apart. It needs only a chair, suits people who cannot kneel or get down to the floor, and works as a desk break. Held 10–30 s, 2–4 times, as R5 doses stretches.",
        sources: &["S1", "S0", "R5"],
    },
    Exercise {
        id: ExerciseId::ProneSwimmers,
        purpose: Purpose::Strength,
        targets: &[
            "rhomboids (between the shoulder blades)",
            "middle and lower trapezius",
            "rotator cuff",
        ],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Lie face down on a mat, forehead on a folded towel, arms stretched out past your head.",
            "Lift both arms a little off the floor.",
            "Sweep your arms slowly out to the sides and down, bending your elbows, until your hands come to rest near your lower back. Keep them off the floor the whole way.",
            "Sweep them back along the same path to the start. That is one repetition.",
        ],
        cues: &[
            "Count three seconds one way and three seconds back.",
            "Draw your shoulder blades back and down as your arms move.",
            "Keep your neck long and your forehead close to the towel.",
        ],
        mistakes: &[
            "Rushing the movement.",
            "Lifting your head or arching your lower back to raise your arms higher.",
            "Shrugging your shoulders up towards your ears.",
        ],
        dose: reps(3, 10, SLOW, 30),
        dose_sources: &["S1"],
        dose_note: "S1: 3 sets of 10, 3 s up and 3 s down; add weight or reps if too easy, fewer reps if too hard. The 30 s rest between sets is ours.",
        progression: "Add one repetition at a time up to 15, then a third set if you were doing fewer, then hold a light weight (S1).",
        harder: None,
        load: Some("Hold a light weight, such as a small full water bottle, in each hand."),
        regression: "Do fewer repetitions, or keep your arms lower.",
        easier: None,
        cautions: &[],
        alt_text: "A person lies face down with arms lifted just off the floor, sweeping them in a wide arc from past the head down to the lower back.",
        why: "S1 rates this the most useful exercise for knots between the shoulder blades: the shoulder blades move through their full range while the mid-back muscles work against gravity.",
        sources: &["S1"],
    },
    Exercise {
        id: ExerciseId::BentOverRow,
        purpose: Purpose::Strength,
        targets: &[
            "rhomboids (between the shoulder blades)",
            "middle trapezius",
            "latissimus dorsi (the broad muscle of the back)",
        ],
        needs: &[&[Equipment::Dumbbells, Equipment::Band]],
        steps: &[
            "Hold a light dumbbell or a full water bottle in each hand, or stand on the middle of a band and hold one end in each hand.",
            "Bend your knees a little and lean forward from the hips with a flat back, until your upper body is about halfway to the floor.",
            "Let your arms hang. Pull your elbows back past your ribs, drawing your shoulder blades together.",
            "Lower slowly. That is one repetition.",
        ],
        cues: &[
            "Three seconds up, three seconds down.",
            "Lead with your elbows, not your hands.",
            "Keep your neck in line with your back, eyes on the floor.",
        ],
        mistakes: &[
            "Rounding your back.",
            "Jerking the weight up with your whole body.",
            "Shrugging your shoulders.",
        ],
        dose: reps(3, 10, SLOW, 30),
        dose_sources: &["S1"],
        dose_note: "S1: 3 sets of 10. S1 gives its 3 s up / 3 s down tempo for swimmers; we use it here too to keep the rows slow. The 30 s rest is ours.",
        progression: "Add one repetition at a time up to 15, then a third set if you were doing fewer, then a little more weight.",
        harder: None,
        load: Some("Use a slightly heavier weight or a fuller bottle, or a stronger band."),
        regression: "Do fewer repetitions, or use a lighter weight or a looser band.",
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Lacks(Equipment::Dumbbells),
            effect: Effect::Adapts,
            text: "No dumbbells? Stand on a resistance band, or hold a full water bottle in each hand.",
            sources: &["S1"],
        }],
        alt_text: "A person leans forward from the hips with a flat back, knees soft, pulling a weight in each hand up towards the ribs.",
        why: "S1 likes rows because they work the mid-back muscles directly, and the blood flow from the work seems to make sore spots less sensitive.",
        sources: &["S1"],
    },
    Exercise {
        id: ExerciseId::ShoulderBladeSqueeze,
        purpose: Purpose::Strength,
        targets: &["rhomboids (between the shoulder blades)", "middle trapezius"],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Sit or stand tall with your arms relaxed by your sides.",
            "Slowly draw your shoulder blades back and together, as if holding a pencil between them.",
            "Hold the squeeze briefly, then let them slowly move apart again. That is one repetition.",
        ],
        cues: &[
            "Three seconds in, hold for two, three seconds back.",
            "Keep your shoulders down, away from your ears.",
            "Keep your chin level.",
        ],
        mistakes: &[
            "Shrugging up instead of drawing back.",
            "Arching your lower back or pushing your ribs forward.",
            "Squeezing so hard that it cramps.",
        ],
        dose: reps(2, 10, SLOW_WITH_PAUSE, 30),
        dose_sources: &["R5"],
        dose_note: "S0 names the exercise but gives no dose; R5 (8–15 reps × 2–3 sets) sets it. We start at 2 × 10 because it is the lightest strength exercise. The tempo follows S1's 3 s counts with a 2 s hold at the squeeze, which is ours.",
        progression: "Add one repetition at a time up to 15, then a third set. After that, the prone swimmers in your plan are the harder work.",
        harder: None,
        load: None,
        regression: "Do fewer repetitions, or squeeze more gently.",
        easier: None,
        cautions: &[],
        alt_text: "A person sits tall on a chair, arms by the sides, drawing the shoulder blades back and together.",
        why: "A simple way to wake up the muscles between the shoulder blades, anywhere; S0 lists it with rows for strengthening the upper back.",
        sources: &["S0"],
    },
    Exercise {
        id: ExerciseId::SeatedBandRow,
        purpose: Purpose::Strength,
        targets: &[
            "rhomboids (between the shoulder blades)",
            "middle trapezius",
            "latissimus dorsi (the broad muscle of the back)",
        ],
        needs: &[&[Equipment::Band]],
        steps: &[
            "Sit on the floor with your legs out in front, or on a chair, and loop the middle of the band around the soles of your feet.",
            "Hold one end in each hand, arms straight in front of you, and sit tall.",
            "Pull your elbows back close to your sides, drawing your shoulder blades together.",
            "Let your arms straighten slowly. That is one repetition.",
        ],
        cues: &[
            "Three seconds back, three seconds forward.",
            "Stay tall the whole time; do not lean back to pull.",
            "Keep your shoulders down.",
        ],
        mistakes: &[
            "Leaning back to make the pull easier.",
            "Letting the band snap back.",
            "Shrugging your shoulders.",
        ],
        dose: reps(2, 10, SLOW, 30),
        dose_sources: &["R5"],
        dose_note: "S0 names the exercise but gives no dose. 2 sets of 10 slow reps is about 2 minutes of band work, the daily amount that eased neck and shoulder pain in R5's Andersen trial, and sits inside R5's 8–15 × 2–3. The 30 s rest is ours.",
        progression: "Add one repetition at a time up to 15, then a third set, then a stronger band.",
        harder: None,
        load: Some("Hold the band closer to your feet, or use a stronger band."),
        regression: "Do fewer repetitions, or hold the band further along so it pulls less.",
        easier: None,
        cautions: &[ExerciseCaution {
            when: When::Lacks(Equipment::Band),
            effect: Effect::Excludes,
            text: "Needs a resistance band.",
            sources: &["S0"],
        }],
        alt_text: "A person sits on the floor with legs straight, a band looped round the feet, pulling the ends back so the elbows pass the ribs.",
        why: "S0 recommends seated rows to strengthen the upper back. A band makes them possible at home, and in a trial cited in R5, 2 minutes of band training a day, 5 days a week, eased neck and shoulder pain. This routine uses the same short band work on fewer days.",
        sources: &["S0", "R5"],
    },
    Exercise {
        id: ExerciseId::RollOutKneeling,
        purpose: Purpose::Strength,
        targets: &[
            "muscles that steady the shoulder blades",
            "rotator cuff",
            "mid-back mobility",
        ],
        needs: &[&[Equipment::FoamRoller]],
        steps: &[
            "Kneel on the floor with a foam roller lying crosswise in front of you.",
            "Rest your forearms on the roller, palms facing each other, thumbs up.",
            "Press lightly into the roller and roll it forward until your arms are straight. Keep your back flat and your eyes on the floor.",
            "With your arms out straight, lift one forearm an inch or two (2–5 cm) off the roller using the muscles around your shoulder blade, then put it back.",
            "Lift the other arm the same way.",
            "Keep pressing into the roller and use your mid-back to roll back to the start. That is one repetition.",
        ],
        cues: &[
            "Only your arms move; keep your body still.",
            "Keep your neck relaxed and your shoulders away from your ears.",
            "A small lift is enough.",
        ],
        mistakes: &[
            "Shrugging as you lift the arm.",
            "Letting your lower back sag or arch.",
            "Lifting your head to look forward.",
        ],
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        dose_note: ROLL_OUT_DOSE_NOTE,
        progression: "Add one repetition at a time up to 15 per set, then a third set if you were doing fewer.",
        harder: None,
        load: None,
        regression: "Do the standing version at a wall, then fewer repetitions, then fewer sets.",
        easier: Some(ExerciseId::RollOutWall),
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                text: "No foam roller? The floor version does the same arm lift with no roller.",
                sources: &["S2"],
            },
            ExerciseCaution {
                when: When::Triage(Caution::OlderAdult),
                effect: Effect::Adapts,
                text: "At 65 or over you start with the standing version at a wall, which spares your knees, if you have a wall to use.",
                sources: &["S2"],
            },
        ],
        alt_text: "A person kneels with forearms on a foam roller, rolls it forward until the arms are straight, and lifts one forearm just off the roller.",
        why: "S2's chiropractor puts this first when stretching and massage have not cleared a mid-back knot: it builds steadiness around the shoulder blades, works the rotator cuff and keeps the mid-back moving. Changes usually show after 3–4 weeks of doing it 3–4 times a week.",
        sources: &["S2"],
    },
    Exercise {
        id: ExerciseId::RollOutWall,
        purpose: Purpose::Strength,
        targets: &[
            "muscles that steady the shoulder blades",
            "rotator cuff",
            "mid-back mobility",
        ],
        needs: &[&[Equipment::FoamRoller], &[Equipment::Wall]],
        steps: &[
            "Stand facing a wall, about a step away, and hold a foam roller crosswise against it at chest height with your forearms.",
            "Keep your palms facing each other, thumbs up, and press lightly into the roller.",
            "Roll the roller up the wall until your arms are straight, keeping your body still.",
            "Lift one forearm an inch or two (2–5 cm) off the roller, put it back, then do the same with the other arm.",
            "Keep pressing and roll back down to the start. That is one repetition.",
        ],
        cues: &[
            "Only your arms move; keep your body still.",
            "Keep your neck relaxed and your shoulders away from your ears.",
            "A small lift is enough.",
        ],
        mistakes: &[
            "Shrugging as you lift the arm.",
            "Leaning your whole body into the wall.",
            "Arching your lower back as your arms go up.",
        ],
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        dose_note: ROLL_OUT_DOSE_NOTE,
        progression: "Add one repetition at a time up to 15 per set, then a third set, then move on to the kneeling version.",
        harder: Some(ExerciseId::RollOutKneeling),
        load: None,
        regression: "Do fewer repetitions, then fewer sets.",
        easier: None,
        cautions: &[
            ExerciseCaution {
                when: When::Lacks(Equipment::FoamRoller),
                effect: Effect::Excludes,
                text: "Needs a foam roller; the floor version takes its place.",
                sources: &["S2"],
            },
            ExerciseCaution {
                when: When::Lacks(Equipment::Wall),
                effect: Effect::Excludes,
                text: "Needs a clear stretch of wall to roll against.",
                sources: &["S2"],
            },
        ],
        alt_text: "A person stands facing a wall with forearms on a foam roller held against it, rolls it up until the arms are straight, and lifts one forearm just off the roller.",
        why: "S2 offers this standing version of the roll-out for anyone who finds kneeling hard.",
        sources: &["S2"],
    },
    Exercise {
        id: ExerciseId::RollOutFloor,
        purpose: Purpose::Strength,
        targets: &[
            "muscles that steady the shoulder blades",
            "rotator cuff",
            "mid-back mobility",
        ],
        needs: NEEDS_NO_EQUIPMENT,
        steps: &[
            "Lie face down, forehead on a folded towel, forearms on the floor beside your head, palms facing each other, thumbs up.",
            "Slide your hands forward along the floor until your arms are straight.",
            "Lift one arm an inch or two (2–5 cm) off the floor using the muscles around your shoulder blade, lower it, then lift the other.",
            "Slide your arms back to the start. That is one repetition.",
        ],
        cues: &[
            "Keep your forehead on the towel and your neck relaxed.",
            "Keep your shoulders away from your ears.",
            "A small lift is enough.",
        ],
        mistakes: &[
            "Shrugging as you lift the arm.",
            "Lifting your head or chest off the floor.",
            "Rushing the slide back.",
        ],
        dose: ROLL_OUT_DOSE,
        dose_sources: &["S2", "R5"],
        dose_note: ROLL_OUT_DOSE_NOTE,
        progression: "Add one repetition at a time up to 15 per set, then a third set if you were doing fewer.",
        harder: None,
        load: None,
        regression: "Do fewer repetitions, then fewer sets.",
        easier: None,
        cautions: &[],
        alt_text: "A person lies face down with arms stretched forward along the floor and lifts one arm just off the floor.",
        why: "S2's version with no roller: the same arm lift, lying on your front and sliding your hands along the floor.",
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

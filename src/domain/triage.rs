//! Red flags and triage: the one catalogue of warning signs (each with its source ids) and the
//! rule that decides whether the reader needs help now, should see a clinician, or may go ahead.
//!
//! The screening questions in [`super::questionnaire`] are built from this catalogue, so a
//! flag's wording lives here and nowhere else.

use super::answers::{Answers, QuestionId};
use super::options::{AgeBand, KnotDuration, Method, MethodOutcome};

/// A sign that self-treatment is not the right first step.
///
/// Declaration order is catalogue order (emergencies first); results list reasons in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RedFlag {
    /// Chest pain, tightness or pressure.
    ChestPain,
    /// Shortness of breath.
    ShortOfBreath,
    /// Sudden, severe or tearing pain.
    SuddenSeverePain,
    /// Pain that began with a serious accident or fall.
    SeriousAccident,
    /// Numbness, tingling or weakness in both legs, or poor balance.
    BothLegsNumbOrWeak,
    /// Loss of bladder or bowel control, or numbness around the groin or buttocks.
    BladderOrBowelChange,
    /// A lump unlike a knot, or a change in the back's shape.
    UnusualLump,
    /// Fever or chills.
    Fever,
    /// Weight loss without trying.
    UnexplainedWeightLoss,
    /// Pain at night or at rest that movement does not change.
    NightOrRestPain,
    /// Constant pain that keeps getting worse.
    WorseningConstantPain,
    /// Numbness, tingling or weakness in an arm or hand.
    ArmNumbOrWeak,
    /// Pain that seems to start in the neck.
    NeckOrigin,
    /// Pain worse on coughing, sneezing or going to the toilet.
    WorseOnCoughOrStrain,
    /// A rash or blisters where it hurts (possible shingles).
    RashOrBlisters,
    /// Cancer at any time.
    CancerHistory,
    /// HIV, a weakened immune system, or long-term steroid tablets.
    WeakImmuneSystem,
    /// A diagnosed spinal condition.
    SpinalCondition,
    /// No improvement after 3–4 weeks of regular exercises like these.
    NoImprovement,
    /// New pain in a reader under 20 or over 50; derived from age and duration, never ticked.
    NewPainYoungOrOlder,
}

/// How soon a red flag needs a professional.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Urgency {
    /// Call emergency services now; no routine.
    Emergency,
    /// See a doctor or physiotherapist before treating the knot yourself; no routine.
    SeeClinician,
}

/// Everything the widget says about one red flag, with the sources a clinician can audit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlagInfo {
    /// The flag described.
    pub flag: RedFlag,
    /// How soon it needs a professional.
    pub urgency: Urgency,
    /// Source ids from CLINICAL.md (S0–S3, R1–R6).
    pub sources: &'static [&'static str],
}

const FLAG_COUNT: usize = 20;

/// The catalogue, in [`RedFlag`] declaration order (checked at compile time in [`ALL`]).
///
/// A `const` so the questionnaire can build its checklists from it at compile time.
pub(super) const RED_FLAGS: [RedFlagInfo; FLAG_COUNT] = [
    RedFlagInfo {
        flag: RedFlag::ChestPain,
        urgency: Urgency::Emergency,
        sources: &["R1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::ShortOfBreath,
        urgency: Urgency::Emergency,
        sources: &["R2", "R3"],
    },
    RedFlagInfo {
        flag: RedFlag::SuddenSeverePain,
        urgency: Urgency::Emergency,
        sources: &["R2", "R3"],
    },
    RedFlagInfo {
        flag: RedFlag::SeriousAccident,
        urgency: Urgency::Emergency,
        sources: &["R1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::BothLegsNumbOrWeak,
        urgency: Urgency::Emergency,
        sources: &["R1", "R2", "R3"],
    },
    RedFlagInfo {
        flag: RedFlag::BladderOrBowelChange,
        urgency: Urgency::Emergency,
        sources: &["R1", "R3"],
    },
    RedFlagInfo {
        flag: RedFlag::UnusualLump,
        urgency: Urgency::SeeClinician,
        sources: &["S1", "R1"],
    },
    RedFlagInfo {
        flag: RedFlag::Fever,
        urgency: Urgency::SeeClinician,
        sources: &["R1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::UnexplainedWeightLoss,
        urgency: Urgency::SeeClinician,
        sources: &["R1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::NightOrRestPain,
        urgency: Urgency::SeeClinician,
        sources: &["R1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::WorseningConstantPain,
        urgency: Urgency::SeeClinician,
        sources: &["R2"],
    },
    RedFlagInfo {
        flag: RedFlag::ArmNumbOrWeak,
        urgency: Urgency::SeeClinician,
        sources: &["S2", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::NeckOrigin,
        urgency: Urgency::SeeClinician,
        sources: &["S2"],
    },
    RedFlagInfo {
        flag: RedFlag::WorseOnCoughOrStrain,
        urgency: Urgency::SeeClinician,
        sources: &["R1"],
    },
    RedFlagInfo {
        flag: RedFlag::RashOrBlisters,
        urgency: Urgency::SeeClinician,
        sources: &["R3"],
    },
    RedFlagInfo {
        flag: RedFlag::CancerHistory,
        urgency: Urgency::SeeClinician,
        sources: &["S1", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::WeakImmuneSystem,
        urgency: Urgency::SeeClinician,
        sources: &["R2"],
    },
    RedFlagInfo {
        flag: RedFlag::SpinalCondition,
        urgency: Urgency::SeeClinician,
        sources: &["S3"],
    },
    RedFlagInfo {
        flag: RedFlag::NoImprovement,
        urgency: Urgency::SeeClinician,
        sources: &["S2", "R2"],
    },
    RedFlagInfo {
        flag: RedFlag::NewPainYoungOrOlder,
        urgency: Urgency::SeeClinician,
        sources: &["R2"],
    },
];

static CATALOGUE: [RedFlagInfo; FLAG_COUNT] = RED_FLAGS;

/// Every flag in catalogue order.
static ALL: [RedFlag; FLAG_COUNT] = {
    let mut all = [RedFlag::ChestPain; FLAG_COUNT];
    let mut i = 0;
    while i < FLAG_COUNT {
        // `info()` indexes by discriminant, so a catalogue out of order must not compile.
        assert!(
            RED_FLAGS[i].flag as usize == i,
            "RED_FLAGS must follow RedFlag's declaration order"
        );
        all[i] = RED_FLAGS[i].flag;
        i += 1;
    }
    all
};

/// The "Tried" outcomes that count as "did not give lasting relief".
const SHORT_OR_NO_RELIEF: [MethodOutcome; 2] = [MethodOutcome::Briefly, MethodOutcome::NoHelp];

impl RedFlag {
    /// The catalogue entry: urgency, wording and sources.
    pub fn info(self) -> &'static RedFlagInfo {
        &CATALOGUE[self as usize]
    }

    /// Every red flag, emergencies first.
    pub fn all() -> &'static [RedFlag] {
        &ALL
    }

    /// How soon this flag needs a professional.
    pub fn urgency(self) -> Urgency {
        self.info().urgency
    }

    /// Source ids backing this flag.
    pub fn sources(self) -> &'static [&'static str] {
        self.info().sources
    }

    /// The checklist question this flag is an option of; `None` for a flag worked out from
    /// other answers.
    pub const fn question(self) -> Option<QuestionId> {
        use RedFlag::*;
        match self {
            ChestPain | ShortOfBreath | SuddenSeverePain | SeriousAccident | BothLegsNumbOrWeak
            | BladderOrBowelChange => Some(QuestionId::EmergencySigns),
            UnusualLump
            | Fever
            | UnexplainedWeightLoss
            | NightOrRestPain
            | WorseningConstantPain
            | ArmNumbOrWeak
            | NeckOrigin
            | WorseOnCoughOrStrain
            | RashOrBlisters => Some(QuestionId::WarningSigns),
            CancerHistory | WeakImmuneSystem | SpinalCondition | NoImprovement => {
                Some(QuestionId::HealthHistory)
            }
            NewPainYoungOrOlder => None,
        }
    }

    /// The stable id of this flag: its checklist option id and its serialised name.
    pub const fn option_id(self) -> &'static str {
        use RedFlag::*;
        match self {
            ChestPain => "chest-pain",
            ShortOfBreath => "short-of-breath",
            SuddenSeverePain => "sudden-severe-pain",
            SeriousAccident => "serious-accident",
            BothLegsNumbOrWeak => "both-legs-numb-or-weak",
            BladderOrBowelChange => "bladder-or-bowel-change",
            UnusualLump => "unusual-lump",
            Fever => "fever",
            UnexplainedWeightLoss => "unexplained-weight-loss",
            NightOrRestPain => "night-or-rest-pain",
            WorseningConstantPain => "worsening-constant-pain",
            ArmNumbOrWeak => "arm-numb-or-weak",
            NeckOrigin => "neck-origin",
            WorseOnCoughOrStrain => "worse-on-cough-or-strain",
            RashOrBlisters => "rash-or-blisters",
            CancerHistory => "cancer-history",
            WeakImmuneSystem => "weak-immune-system",
            SpinalCondition => "spinal-condition",
            NoImprovement => "no-improvement",
            NewPainYoungOrOlder => "new-pain-young-or-older",
        }
    }

    /// The flag whose [`option_id`](Self::option_id) is `id`, if any.
    pub fn from_option_id(id: &str) -> Option<RedFlag> {
        ALL.iter().copied().find(|flag| flag.option_id() == id)
    }
}

/// A note for the planner when the reader may go ahead; each with its source ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Caution {
    /// Aged 65 or over: hold stretches longer and keep them gentle.
    OlderAdult,
    /// Had the knot for three months or more: check progress after 3–4 weeks.
    LongStanding,
    /// Stretching or massage did not help, or only for a while: lean on strengthening.
    ReliefDidNotHelp,
    /// Strengthening exercises did not help so far: check progress after 3–4 weeks.
    ExerciseDidNotHelp,
}

impl Caution {
    /// Every caution, in the order they are shown.
    pub const ALL: [Caution; 4] = [
        Caution::OlderAdult,
        Caution::LongStanding,
        Caution::ReliefDidNotHelp,
        Caution::ExerciseDidNotHelp,
    ];

    /// Source ids backing the note.
    pub fn sources(self) -> &'static [&'static str] {
        match self {
            Caution::OlderAdult => &["R5"],
            Caution::LongStanding => &["S2", "R2"],
            Caution::ReliefDidNotHelp => &["S1", "S2"],
            Caution::ExerciseDidNotHelp => &["S2", "R2"],
        }
    }
}

/// What the reader should do, decided from their answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Triage {
    /// At least one emergency sign: call emergency services; the reasons in catalogue order.
    Emergency {
        /// The emergency flags found.
        reasons: Vec<RedFlag>,
    },
    /// No emergency but at least one flag that needs a clinician before self-treatment.
    SeeClinician {
        /// The see-a-clinician flags found.
        reasons: Vec<RedFlag>,
    },
    /// No red flags: a routine may be planned, with these notes.
    Proceed {
        /// Notes for the planner, in [`Caution::ALL`] order.
        cautions: Vec<Caution>,
    },
}

/// Every red flag present in the answers, in catalogue order.
///
/// A checklist flag counts only when ticked in its own question; unanswered questions raise
/// nothing.
pub fn red_flags(answers: &Answers) -> Vec<RedFlag> {
    RedFlag::all()
        .iter()
        .copied()
        .filter(|flag| match flag.question() {
            Some(question) => answers
                .selected(question)
                .iter()
                .any(|id| id == flag.option_id()),
            None => is_new_pain_young_or_older(answers),
        })
        .collect()
}

/// R2 treats new pain under 20 or over 50 as a red flag; "weeks" still counts as new here
/// because only three months or more is treated as long-standing.
fn is_new_pain_young_or_older(answers: &Answers) -> bool {
    let at_risk_age = answers
        .selected(QuestionId::AgeBand)
        .iter()
        .filter_map(|id| AgeBand::parse(id))
        .any(|age| {
            matches!(
                age,
                AgeBand::Under20 | AgeBand::From50To64 | AgeBand::From65
            )
        });
    let new_pain = answers
        .selected(QuestionId::Duration)
        .iter()
        .filter_map(|id| KnotDuration::parse(id))
        .any(|duration| matches!(duration, KnotDuration::Days | KnotDuration::Weeks));
    at_risk_age && new_pain
}

/// Notes for the planner that follow from the answers; meaningful only when no flag is present.
pub fn cautions(answers: &Answers) -> Vec<Caution> {
    let no_lasting_relief = |method: Method| {
        answers
            .tried(method)
            .is_some_and(|outcome| SHORT_OR_NO_RELIEF.contains(&outcome))
    };
    Caution::ALL
        .into_iter()
        .filter(|caution| match caution {
            Caution::OlderAdult => {
                answers.picked(QuestionId::AgeBand, AgeBand::parse, AgeBand::From65)
            }
            Caution::LongStanding => answers.picked(
                QuestionId::Duration,
                KnotDuration::parse,
                KnotDuration::Months,
            ),
            Caution::ReliefDidNotHelp => {
                no_lasting_relief(Method::Stretching) || no_lasting_relief(Method::Massage)
            }
            Caution::ExerciseDidNotHelp => no_lasting_relief(Method::Exercise),
        })
        .collect()
}

/// Decides what the reader should do. An emergency always wins over a see-a-clinician flag.
pub fn triage(answers: &Answers) -> Triage {
    let flags = red_flags(answers);
    let (emergency, clinician): (Vec<RedFlag>, Vec<RedFlag>) = flags
        .into_iter()
        .partition(|flag| flag.urgency() == Urgency::Emergency);
    if !emergency.is_empty() {
        Triage::Emergency { reasons: emergency }
    } else if !clinician.is_empty() {
        Triage::SeeClinician { reasons: clinician }
    } else {
        Triage::Proceed {
            cautions: cautions(answers),
        }
    }
}

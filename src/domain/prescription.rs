//! A physiotherapist's prescription (issue 15): the routine a clinician sets, the safe
//! bounds each dose must stay inside, and the link that carries it in the URL fragment, so
//! no server ever sees it. Every problem is a typed value; the text layer words it.
//!
//! # Prescription link format (version 1)
//!
//! A prescription travels in the fragment of a link to the widget's page:
//!
//! ```text
//! https://clinic.example/knot-coach/#rx=1.<payload>.<checksum>
//! ```
//!
//! - `rx=` names the fragment as a prescription; anything else in the fragment is not one.
//! - `1` is the format version, in decimal. A reader's widget refuses a version it does not
//!   know (`UnknownVersion`) rather than guess at it; a new layout means a new number.
//! - `<payload>` is the bytes below in base64url (RFC 4648 §5: `A–Z a–z 0–9 - _`), without
//!   `=` padding and with unused bits zero.
//! - `<checksum>` is the CRC-32 (IEEE 802.3, the one in zip and PNG) of the version as one
//!   byte (`0x01`) followed by the payload bytes, as 4 bytes big-endian in base64url without
//!   padding: always 6 characters. CRC-32 catches every change of up to 32 bits in a row,
//!   so any one mistyped or altered character of the payload is caught, not merely likely
//!   to be caught.
//!
//! In the payload, a *varint* is an unsigned LEB128 number in its shortest form (7 bits a
//! byte, low bits first, high bit set on every byte but the last), and a *text* is a varint
//! byte length followed by that many bytes of UTF-8.
//!
//! | field | bytes |
//! |---|---|
//! | sessions per week | 1 |
//! | weeks | 1 |
//! | clinic name | text |
//! | booking flags | 1: bit 0 a booking link follows; bit 1 its leading `https://` was left out; other bits 0 |
//! | booking link | text, only if bit 0 is set |
//! | number of exercises | varint |
//! | each exercise, in the order to do them: | |
//! | &nbsp; exercise | 1: its link index (table below) |
//! | &nbsp; exercise flags | 1: bits 0–1 kind of work (0 reps, 1 hold, 2 ball pressure, 3 timed); bit 2 each side in turn; bit 3 a note follows; bits 4–7 seconds of pause at the top of a repetition (reps only, else 0) |
//! | &nbsp; sets | 1 |
//! | &nbsp; work | reps: repetitions (1 byte), then seconds up in the high 4 bits and seconds down in the low 4 bits of 1 byte; hold: seconds (varint); ball pressure: spots (1 byte), seconds per spot (varint); timed: seconds (varint) |
//! | &nbsp; rest between sets | varint, seconds |
//! | &nbsp; note | text, only if bit 3 is set |
//!
//! No byte may follow the last exercise. Link indexes are fixed for version 1 and never
//! reused: 0 doorway chest stretch, 1 ball massage against a wall, 2 upper-back stretch over
//! a foam roller, 3 moist heat, 4 slow breathing, 5 seated mid-back turn, 6 prone swimmers,
//! 7 bent-over rows, 8 shoulder-blade squeezes, 9 seated band rows, 10 kneeling forearm
//! roll-out, 11 standing roll-out at a wall, 12 floor slide with arm lift.
//!
//! A decoded prescription is always [validated](Prescription::validate): a link whose
//! checksum is right but whose doses leave the [safe bounds](bounds) is refused too.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

use super::catalog::ExerciseId;
use super::config::{BookingUrl, CLINIC_NAME_MAX_CHARS};
use super::dose::{Dose, Tempo, Work};
use super::progression::{self, Bound};

/// The format version this build writes and reads.
pub const VERSION: u8 = 1;

/// What a prescription fragment starts with (after the `#`).
pub const FRAGMENT_KEY: &str = "rx=";

/// Bytes a QR code holds in byte mode at error-correction level M, version 10 (ISO/IEC
/// 18004 capacity table): the issue's limit for the link of a six-exercise routine.
pub const QR_VERSION_10_M_BYTES: usize = 213;

/// Marks a bound as our own choice: no source gives the number.
pub const OURS: &[&str] = &[];

/// Most exercises in one prescription. Ours: the planner's sessions hold four to six, and a
/// longer link no longer fits a small QR code.
pub const MAX_EXERCISES: usize = 8;

/// Longest note on one exercise, in characters. Ours: a sentence or two, and short enough
/// that a routine with notes still fits a QR code a phone reads easily.
pub const NOTE_MAX_CHARS: usize = 120;

/// Longest booking link, in characters. Ours: room for any real booking page.
pub const BOOKING_URL_MAX_CHARS: usize = 200;

/// Sessions a week a clinician may set. Ours: any number of days; S2's 3–4 a week is the
/// planner's default, and R5 cites 5 days a week of band work (Andersen).
pub const SESSIONS_PER_WEEK: Bound = Bound {
    min: 1,
    max: 7,
    sources: OURS,
};

/// Weeks a prescription runs before the reader checks back. Ours: S2 expects changes after
/// 3–4 weeks and R2 asks for a re-check when 2–4 weeks of care change nothing; twelve weeks
/// is the longest we let a link run without the clinician.
pub const WEEKS: Bound = Bound {
    min: 1,
    max: 12,
    sources: OURS,
};

/// Seconds to lift or to lower in one repetition. Ours: 2–5 s around S1's slow 3 s.
pub const TEMPO_MOVE_S: Bound = Bound {
    min: 2,
    max: 5,
    sources: OURS,
};

/// Seconds of pause at the top of a repetition. Ours: none up to 5 s; the catalog uses 2 s.
pub const TEMPO_PAUSE_S: Bound = Bound {
    min: 0,
    max: 5,
    sources: OURS,
};

/// Seconds to hold a stretch: R5's 10–30 s, up to its 30–60 s for older adults, since the
/// clinician knows the reader's age.
pub const STRETCH_HOLD_S: Bound = Bound {
    min: progression::STRETCH_HOLD_S.min,
    max: progression::OLDER_ADULT_STRETCH_HOLD_S.max,
    sources: &["R5"],
};

/// Rounds of ball pressure over the spots. Ours: S0 warns against overdoing massage, so at
/// most a second round.
pub const BALL_ROUNDS: Bound = Bound {
    min: 1,
    max: 2,
    sources: OURS,
};

/// Seconds of moist heat inside a session. Ours, the planner's span: 1–5 minutes (S3 gives
/// no time).
pub const HEAT_S: Bound = Bound {
    min: 60,
    max: 300,
    sources: OURS,
};

/// Seconds of slow breathing. Ours, the planner's span: half a minute to three (S3 gives
/// no time).
pub const BREATHING_S: Bound = Bound {
    min: 30,
    max: 180,
    sources: OURS,
};

/// Timed work is one continuous stretch of time: one set. Ours.
pub const ONE_SET: Bound = Bound {
    min: 1,
    max: 1,
    sources: OURS,
};

/// Seconds of rest between sets. Ours: the catalog rests 10–30 s; no source gives a rest.
pub const REST_S: Bound = Bound {
    min: 0,
    max: 90,
    sources: OURS,
};

/// No rest: timed work has a single set. Ours.
pub const NO_REST: Bound = Bound {
    min: 0,
    max: 0,
    sources: OURS,
};

/// Which sides a clinician may set for an exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    /// Both sides at once only (`per_side` false).
    BothTogether,
    /// Each side in turn only (`per_side` true).
    EachSide,
    /// Either way: the exercise can be done one arm or one side at a time.
    Either,
}

impl Sides {
    /// Whether a dose with this `per_side` is allowed.
    pub fn allows(self, per_side: bool) -> bool {
        match self {
            Sides::BothTogether => !per_side,
            Sides::EachSide => per_side,
            Sides::Either => true,
        }
    }
}

/// The bounds for the work of each set, by kind of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkBounds {
    /// Repetitions at a tempo.
    Reps {
        /// Repetitions per set.
        reps: Bound,
        /// Seconds to lift or pull.
        up_s: Bound,
        /// Seconds of pause at the top.
        pause_s: Bound,
        /// Seconds to lower or return.
        down_s: Bound,
    },
    /// A still hold.
    Hold {
        /// Seconds to hold.
        hold_s: Bound,
    },
    /// Ball pressure on tender spots.
    Compression {
        /// Spots to work on.
        spots: Bound,
        /// Seconds of pressure per spot.
        hold_s: Bound,
    },
    /// One continuous stretch of time.
    Timed {
        /// Seconds in total.
        duration_s: Bound,
    },
}

/// Everything a clinician may set for one exercise, and how far.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DoseBounds {
    /// Sets, or repeats of a stretch, or rounds of ball pressure.
    pub sets: Bound,
    /// The work of each set.
    pub work: WorkBounds,
    /// Sides.
    pub sides: Sides,
    /// Rest between sets, in seconds.
    pub rest_s: Bound,
}

const STRENGTH: WorkBounds = WorkBounds::Reps {
    reps: progression::REPS,
    up_s: TEMPO_MOVE_S,
    pause_s: TEMPO_PAUSE_S,
    down_s: TEMPO_MOVE_S,
};

const fn strength(sides: Sides) -> DoseBounds {
    DoseBounds {
        sets: progression::STRENGTH_SETS,
        work: STRENGTH,
        sides,
        rest_s: REST_S,
    }
}

const fn stretch(sides: Sides) -> DoseBounds {
    DoseBounds {
        sets: progression::STRETCH_REPEATS,
        work: WorkBounds::Hold {
            hold_s: STRETCH_HOLD_S,
        },
        sides,
        rest_s: REST_S,
    }
}

const fn timed(duration_s: Bound) -> DoseBounds {
    DoseBounds {
        sets: ONE_SET,
        work: WorkBounds::Timed { duration_s },
        sides: Sides::BothTogether,
        rest_s: NO_REST,
    }
}

/// The bounds a clinician may set for `exercise`: the progression's ranges (R5, S0, S1)
/// where the sources give them, ours (marked [`OURS`]) where they do not. The kind of work
/// is the catalog's. Sides (ours): the doorway stretch and the rows can be done one arm at
/// a time; the seated turn is always each way; the rest use both sides together.
pub const fn bounds(exercise: ExerciseId) -> DoseBounds {
    match exercise {
        ExerciseId::ChestStretch => stretch(Sides::Either),
        ExerciseId::RollerThoracicExtension => stretch(Sides::BothTogether),
        ExerciseId::SeatedRotationStretch => stretch(Sides::EachSide),
        ExerciseId::WallBallMassage => DoseBounds {
            sets: BALL_ROUNDS,
            work: WorkBounds::Compression {
                spots: progression::BALL_SPOTS,
                hold_s: progression::BALL_HOLD_S,
            },
            sides: Sides::BothTogether,
            rest_s: REST_S,
        },
        ExerciseId::MoistHeat => timed(HEAT_S),
        ExerciseId::SlowBreathing => timed(BREATHING_S),
        ExerciseId::BentOverRow | ExerciseId::SeatedBandRow => strength(Sides::Either),
        ExerciseId::ProneSwimmers
        | ExerciseId::ShoulderBladeSqueeze
        | ExerciseId::RollOutKneeling
        | ExerciseId::RollOutWall
        | ExerciseId::RollOutFloor => strength(Sides::BothTogether),
    }
}

/// Each exercise's index in a version 1 link. Fixed forever: a new exercise is appended,
/// and the catalog's own order may change without changing any link.
const LINK_INDEX: [ExerciseId; 13] = [
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

/// The exercise's index in a version 1 link.
pub fn link_index(exercise: ExerciseId) -> u8 {
    LINK_INDEX
        .iter()
        .position(|id| *id == exercise)
        .and_then(|at| u8::try_from(at).ok())
        .unwrap_or(u8::MAX)
}

/// The exercise at `index` in a version 1 link, if any.
pub fn exercise_at_link_index(index: u8) -> Option<ExerciseId> {
    LINK_INDEX.get(usize::from(index)).copied()
}

/// One exercise of a prescription.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrescribedExercise {
    /// Which exercise.
    pub exercise: ExerciseId,
    /// How much, inside [`bounds`] for the exercise.
    pub dose: Dose,
    /// The clinician's note for the reader: plain text, one paragraph.
    pub note: Option<String>,
}

/// A home routine set by a clinician, as it travels in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prescription {
    /// The exercises, in the order to do them.
    pub exercises: Vec<PrescribedExercise>,
    /// Sessions a week.
    pub sessions_per_week: u8,
    /// Weeks before checking back with the clinician.
    pub weeks: u8,
    /// Who prescribed it, shown to the reader before they accept it.
    pub clinic_name: String,
    /// The clinic's booking page; checked as the `booking-url` attribute is.
    pub booking_url: Option<String>,
}

/// A dose variable a clinician sets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DoseField {
    /// Sets, repeats of a stretch, or rounds of ball pressure.
    Sets,
    /// Repetitions per set.
    Reps,
    /// Seconds to lift or pull in one repetition.
    UpS,
    /// Seconds of pause at the top of a repetition.
    PauseS,
    /// Seconds to lower or return in one repetition.
    DownS,
    /// Seconds of a hold, or of pressure on one spot.
    HoldS,
    /// Spots worked with the ball.
    Spots,
    /// Seconds of timed work.
    DurationS,
    /// Seconds of rest between sets.
    RestS,
}

/// A part of the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScheduleField {
    /// Sessions a week.
    SessionsPerWeek,
    /// Weeks.
    Weeks,
}

/// What is wrong with a piece of free text (a note or the clinic name).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextProblem {
    /// Empty, or only spaces.
    Blank,
    /// Longer than the limit.
    TooLong {
        /// The limit, in characters.
        max_chars: usize,
    },
    /// Contains `<` or `>`.
    Markup,
    /// Contains a control character (line breaks included) or a bidirectional override.
    ControlCharacter,
}

/// Checks that `text` is plain text of at most `max_chars` characters: not blank, no `<` or
/// `>`, no control characters and no bidirectional overrides (which could make a note read
/// backwards).
pub fn check_plain_text(text: &str, max_chars: usize) -> Result<(), TextProblem> {
    if text.trim().is_empty() {
        return Err(TextProblem::Blank);
    }
    if text.contains(['<', '>']) {
        return Err(TextProblem::Markup);
    }
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if text.chars().any(|c| c.is_control() || bidi(c)) {
        return Err(TextProblem::ControlCharacter);
    }
    if text.chars().count() > max_chars {
        return Err(TextProblem::TooLong { max_chars });
    }
    Ok(())
}

/// Why a prescription is not one the widget will run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrescriptionError {
    /// No exercise at all.
    EmptyRoutine,
    /// More than [`MAX_EXERCISES`].
    TooManyExercises {
        /// The limit.
        max: usize,
        /// How many there were.
        got: usize,
    },
    /// The same exercise twice.
    DuplicateExercise {
        /// The exercise.
        exercise: ExerciseId,
    },
    /// Sessions a week or weeks outside [`SESSIONS_PER_WEEK`] or [`WEEKS`].
    ScheduleOutOfBounds {
        /// Which part.
        field: ScheduleField,
        /// Lowest allowed.
        min: u16,
        /// Highest allowed.
        max: u16,
        /// The value given.
        got: u16,
    },
    /// The clinic name is not plain text of at most [`CLINIC_NAME_MAX_CHARS`] characters.
    BadClinicName(TextProblem),
    /// The booking link is not an absolute http(s) link without markup or spaces.
    BadBookingUrl,
    /// The booking link is longer than [`BOOKING_URL_MAX_CHARS`].
    BookingUrlTooLong {
        /// The limit, in characters.
        max_chars: usize,
    },
    /// The kind of work is not the exercise's (say, repetitions for a stretch).
    WrongKindOfWork {
        /// The exercise.
        exercise: ExerciseId,
    },
    /// The exercise cannot be done this way round ([`Sides`]).
    SidesNotAllowed {
        /// The exercise.
        exercise: ExerciseId,
        /// Whether the dose asked for each side in turn.
        per_side: bool,
    },
    /// A dose variable outside the exercise's [`bounds`].
    DoseOutOfBounds {
        /// The exercise.
        exercise: ExerciseId,
        /// Which variable.
        field: DoseField,
        /// Lowest allowed.
        min: u16,
        /// Highest allowed.
        max: u16,
        /// The value given.
        got: u16,
    },
    /// A note that is empty or only spaces (leave it out instead).
    NoteBlank {
        /// The exercise it is on.
        exercise: ExerciseId,
    },
    /// A note longer than [`NOTE_MAX_CHARS`].
    NoteTooLong {
        /// The exercise it is on.
        exercise: ExerciseId,
        /// The limit, in characters.
        max_chars: usize,
    },
    /// A note with `<` or `>`.
    NoteHasMarkup {
        /// The exercise it is on.
        exercise: ExerciseId,
    },
    /// A note with a control character or a bidirectional override.
    NoteHasControlCharacter {
        /// The exercise it is on.
        exercise: ExerciseId,
    },
}

impl Prescription {
    /// Checks every rule: one to [`MAX_EXERCISES`] distinct exercises, each dose inside its
    /// [`bounds`], plain-text notes and clinic name, a safe booking link, and a schedule
    /// inside [`SESSIONS_PER_WEEK`] and [`WEEKS`]. The first problem found is returned.
    pub fn validate(&self) -> Result<(), PrescriptionError> {
        self.problems().into_iter().next().map_or(Ok(()), Err)
    }

    /// Every problem, in the order [`Self::validate`] finds them, so a form can show each
    /// one beside its field ([`PrescriptionError::field`]).
    pub fn problems(&self) -> Vec<PrescriptionError> {
        use PrescriptionError as E;
        let mut problems = Vec::new();
        if self.exercises.is_empty() {
            problems.push(E::EmptyRoutine);
        }
        if self.exercises.len() > MAX_EXERCISES {
            problems.push(E::TooManyExercises {
                max: MAX_EXERCISES,
                got: self.exercises.len(),
            });
        }
        for (field, bound, value) in [
            (
                ScheduleField::SessionsPerWeek,
                SESSIONS_PER_WEEK,
                self.sessions_per_week,
            ),
            (ScheduleField::Weeks, WEEKS, self.weeks),
        ] {
            if !bound.contains(value.into()) {
                problems.push(E::ScheduleOutOfBounds {
                    field,
                    min: bound.min,
                    max: bound.max,
                    got: value.into(),
                });
            }
        }
        if let Err(problem) = check_plain_text(&self.clinic_name, CLINIC_NAME_MAX_CHARS) {
            problems.push(E::BadClinicName(problem));
        }
        if let Some(url) = &self.booking_url {
            if url.chars().count() > BOOKING_URL_MAX_CHARS {
                problems.push(E::BookingUrlTooLong {
                    max_chars: BOOKING_URL_MAX_CHARS,
                });
            // Exactly as given: the link must round-trip, so no trimming is tolerated.
            } else if BookingUrl::parse(url).map_or(true, |parsed| parsed.as_str() != url) {
                problems.push(E::BadBookingUrl);
            }
        }
        for (at, prescribed) in self.exercises.iter().enumerate() {
            let exercise = prescribed.exercise;
            if self.exercises[..at].iter().any(|e| e.exercise == exercise) {
                problems.push(E::DuplicateExercise { exercise });
            }
            problems.extend(dose_problems(exercise, &prescribed.dose));
            if let Some(note) = &prescribed.note {
                if let Err(problem) = check_plain_text(note, NOTE_MAX_CHARS) {
                    problems.push(match problem {
                        TextProblem::Blank => E::NoteBlank { exercise },
                        TextProblem::TooLong { max_chars } => E::NoteTooLong {
                            exercise,
                            max_chars,
                        },
                        TextProblem::Markup => E::NoteHasMarkup { exercise },
                        TextProblem::ControlCharacter => E::NoteHasControlCharacter { exercise },
                    });
                }
            }
        }
        problems
    }

    /// The booking link, typed as the widget's other links are; `None` if absent or invalid.
    pub fn booking_url(&self) -> Option<BookingUrl> {
        self.booking_url
            .as_deref()
            .and_then(|url| BookingUrl::parse(url).ok())
    }
}

/// Checks one dose against the exercise's [`bounds`].
pub fn check_dose(exercise: ExerciseId, dose: &Dose) -> Result<(), PrescriptionError> {
    dose_problems(exercise, dose)
        .into_iter()
        .next()
        .map_or(Ok(()), Err)
}

/// Every way one dose leaves the exercise's [`bounds`], in the order [`check_dose`] checks.
pub fn dose_problems(exercise: ExerciseId, dose: &Dose) -> Vec<PrescriptionError> {
    let limits = bounds(exercise);
    let fields: &[(DoseField, Bound, u16)] = match (limits.work, dose.work) {
        (
            WorkBounds::Reps {
                reps,
                up_s,
                pause_s,
                down_s,
            },
            Work::Reps { reps: n, tempo },
        ) => &[
            (DoseField::Reps, reps, u16::from(n)),
            (DoseField::UpS, up_s, u16::from(tempo.up_s)),
            (DoseField::PauseS, pause_s, u16::from(tempo.hold_s)),
            (DoseField::DownS, down_s, u16::from(tempo.down_s)),
        ],
        (WorkBounds::Hold { hold_s }, Work::Hold { hold_s: s }) => &[(DoseField::HoldS, hold_s, s)],
        (
            WorkBounds::Compression { spots, hold_s },
            Work::Compression {
                spots: n,
                hold_s: s,
            },
        ) => &[
            (DoseField::Spots, spots, u16::from(n)),
            (DoseField::HoldS, hold_s, s),
        ],
        (WorkBounds::Timed { duration_s }, Work::Timed { duration_s: s }) => {
            &[(DoseField::DurationS, duration_s, s)]
        }
        _ => return vec![PrescriptionError::WrongKindOfWork { exercise }],
    };
    let mut problems = Vec::new();
    if !limits.sides.allows(dose.per_side) {
        problems.push(PrescriptionError::SidesNotAllowed {
            exercise,
            per_side: dose.per_side,
        });
    }
    let sets = [(DoseField::Sets, limits.sets, u16::from(dose.sets))];
    let rest = [(DoseField::RestS, limits.rest_s, dose.rest_s)];
    for &(field, bound, got) in sets.iter().chain(fields).chain(&rest) {
        if !bound.contains(got) {
            problems.push(PrescriptionError::DoseOutOfBounds {
                exercise,
                field,
                min: bound.min,
                max: bound.max,
                got,
            });
        }
    }
    problems
}

/// Where a problem belongs in the clinician's form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemAt {
    /// The list of exercises as a whole.
    Exercises,
    /// A part of the schedule.
    Schedule(ScheduleField),
    /// The clinic name.
    ClinicName,
    /// The booking link.
    BookingUrl,
    /// The exercise itself (a duplicate, or a kind of work it does not take).
    Exercise(ExerciseId),
    /// One dose variable of an exercise.
    Dose(ExerciseId, DoseField),
    /// The sides of an exercise.
    Sides(ExerciseId),
    /// The note on an exercise.
    Note(ExerciseId),
}

impl PrescriptionError {
    /// The field the problem belongs to.
    pub fn field(self) -> ProblemAt {
        use PrescriptionError as E;
        match self {
            E::EmptyRoutine | E::TooManyExercises { .. } => ProblemAt::Exercises,
            E::ScheduleOutOfBounds { field, .. } => ProblemAt::Schedule(field),
            E::BadClinicName(_) => ProblemAt::ClinicName,
            E::BadBookingUrl | E::BookingUrlTooLong { .. } => ProblemAt::BookingUrl,
            E::DuplicateExercise { exercise } | E::WrongKindOfWork { exercise } => {
                ProblemAt::Exercise(exercise)
            }
            E::SidesNotAllowed { exercise, .. } => ProblemAt::Sides(exercise),
            E::DoseOutOfBounds {
                exercise, field, ..
            } => ProblemAt::Dose(exercise, field),
            E::NoteBlank { exercise }
            | E::NoteTooLong { exercise, .. }
            | E::NoteHasMarkup { exercise }
            | E::NoteHasControlCharacter { exercise } => ProblemAt::Note(exercise),
        }
    }
}

/// Why a link was refused. Nothing is stored or run for a refused link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkError {
    /// The link ends early: part of it was lost when it was copied.
    Truncated,
    /// The checksum does not match: the link was changed or mistyped.
    ChecksumMismatch,
    /// A format version this build does not know (made by a newer Knot Coach).
    UnknownVersion {
        /// The version in the link, saturated at `u32::MAX`.
        got: u32,
    },
    /// Not a prescription in any format: bad characters, or bytes that do not follow it.
    Malformed,
    /// An exercise this build does not know.
    UnknownExercise {
        /// Its link index.
        index: u8,
    },
    /// Well formed, but a prescription the widget will not run.
    Invalid(PrescriptionError),
}

impl From<PrescriptionError> for LinkError {
    fn from(error: PrescriptionError) -> Self {
        LinkError::Invalid(error)
    }
}

/// The prescription part of a URL fragment (with or without its `#`), if the fragment is
/// one: it starts with [`FRAGMENT_KEY`]. Any other fragment belongs to the host page.
pub fn prescription_in_fragment(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.starts_with(FRAGMENT_KEY).then_some(fragment)
}

/// The fragment for `prescription`, `#` included: `#rx=1.<payload>.<checksum>`. Append it
/// to the widget page's address to make the link. It does not validate: the decoder does.
pub fn encode(prescription: &Prescription) -> String {
    let payload = payload(prescription);
    format!(
        "#{FRAGMENT_KEY}{VERSION}.{}.{}",
        URL_SAFE_NO_PAD.encode(&payload),
        URL_SAFE_NO_PAD.encode(checksum(VERSION, &payload).to_be_bytes()),
    )
}

/// Reads a prescription from a link, its fragment (with or without `#`), and validates it.
pub fn decode(link: &str) -> Result<Prescription, LinkError> {
    let fragment = link.split_once('#').map_or(link, |(_, fragment)| fragment);
    let Some(body) = fragment.strip_prefix(FRAGMENT_KEY) else {
        return Err(if FRAGMENT_KEY.starts_with(fragment) {
            LinkError::Truncated
        } else {
            LinkError::Malformed
        });
    };
    let mut parts = body.split('.');
    let version = parts.next().unwrap_or_default();
    match version {
        "" => return Err(LinkError::Truncated),
        "1" => {}
        digits if digits.bytes().all(|b| b.is_ascii_digit()) => {
            let got = digits.parse().unwrap_or(u32::MAX);
            return Err(if got == u32::from(VERSION) {
                LinkError::Malformed // "01": only one spelling is accepted
            } else {
                LinkError::UnknownVersion { got }
            });
        }
        _ => return Err(LinkError::Malformed),
    }
    let (Some(payload), Some(sum)) = (parts.next(), parts.next()) else {
        return Err(LinkError::Truncated);
    };
    if parts.next().is_some() {
        return Err(LinkError::Malformed);
    }
    const CHECKSUM_CHARS: usize = 6;
    if sum.len() < CHECKSUM_CHARS {
        return Err(LinkError::Truncated);
    }
    let payload = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| LinkError::Malformed)?;
    let sum: [u8; 4] = URL_SAFE_NO_PAD
        .decode(sum)
        .ok()
        .and_then(|bytes| bytes.try_into().ok())
        .ok_or(LinkError::Malformed)?;
    if u32::from_be_bytes(sum) != checksum(VERSION, &payload) {
        return Err(LinkError::ChecksumMismatch);
    }
    let prescription = read_payload(&payload)?;
    prescription.validate()?;
    Ok(prescription)
}

/// CRC-32 (IEEE 802.3, reflected, polynomial `0xEDB88320`), bit by bit: a link is a few
/// hundred bytes, so a 1 KB lookup table would cost more wasm than it saves time.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn checksum(version: u8, payload: &[u8]) -> u32 {
    let mut bytes = Vec::with_capacity(payload.len() + 1);
    bytes.push(version);
    bytes.extend_from_slice(payload);
    crc32(&bytes)
}

const KIND_REPS: u8 = 0;
const KIND_HOLD: u8 = 1;
const KIND_COMPRESSION: u8 = 2;
const KIND_TIMED: u8 = 3;
const KIND_BITS: u8 = 0b11;
const EACH_SIDE: u8 = 1 << 2;
const HAS_NOTE: u8 = 1 << 3;
const PAUSE_SHIFT: u8 = 4;
const HAS_BOOKING: u8 = 1;
const HTTPS_LEFT_OUT: u8 = 1 << 1;
const HTTPS: &str = "https://";

/// The version 1 payload bytes of `prescription` (the module documentation's table).
pub fn payload(prescription: &Prescription) -> Vec<u8> {
    let mut out = Writer(Vec::with_capacity(128));
    out.byte(prescription.sessions_per_week);
    out.byte(prescription.weeks);
    out.text(&prescription.clinic_name);
    match &prescription.booking_url {
        None => out.byte(0),
        Some(url) => match url.strip_prefix(HTTPS) {
            Some(rest) => {
                out.byte(HAS_BOOKING | HTTPS_LEFT_OUT);
                out.text(rest);
            }
            None => {
                out.byte(HAS_BOOKING);
                out.text(url);
            }
        },
    }
    out.varint(u32::try_from(prescription.exercises.len()).unwrap_or(u32::MAX));
    for prescribed in &prescription.exercises {
        let dose = prescribed.dose;
        let kind = match dose.work {
            Work::Reps { .. } => KIND_REPS,
            Work::Hold { .. } => KIND_HOLD,
            Work::Compression { .. } => KIND_COMPRESSION,
            Work::Timed { .. } => KIND_TIMED,
        };
        let sides = if dose.per_side { EACH_SIDE } else { 0 };
        let note = if prescribed.note.is_some() {
            HAS_NOTE
        } else {
            0
        };
        let pause = match dose.work {
            Work::Reps { tempo, .. } => nibble(tempo.hold_s) << PAUSE_SHIFT,
            _ => 0,
        };
        out.byte(link_index(prescribed.exercise));
        out.byte(kind | sides | note | pause);
        out.byte(dose.sets);
        match dose.work {
            Work::Reps { reps, tempo } => {
                out.byte(reps);
                out.byte(nibble(tempo.up_s) << 4 | nibble(tempo.down_s));
            }
            Work::Hold { hold_s } => out.varint(hold_s.into()),
            Work::Compression { spots, hold_s } => {
                out.byte(spots);
                out.varint(hold_s.into());
            }
            Work::Timed { duration_s } => out.varint(duration_s.into()),
        }
        out.varint(dose.rest_s.into());
        if let Some(note) = &prescribed.note {
            out.text(note);
        }
    }
    out.0
}

/// A tempo's seconds in 4 bits. Every bound is far below 15, so a larger value (only in a
/// prescription that was never validated) is written as 15 and refused when read.
fn nibble(seconds: u8) -> u8 {
    seconds.min(0x0f)
}

struct Writer(Vec<u8>);

impl Writer {
    fn byte(&mut self, value: u8) {
        self.0.push(value);
    }

    fn varint(&mut self, mut value: u32) {
        while value >= 0x80 {
            self.0.push((value & 0x7f) as u8 | 0x80);
            value >>= 7;
        }
        self.0.push(value as u8);
    }

    fn text(&mut self, text: &str) {
        self.varint(u32::try_from(text.len()).unwrap_or(u32::MAX));
        self.0.extend_from_slice(text.as_bytes());
    }
}

/// Reads payload bytes; every way they can fail to follow the layout is `Malformed`, since
/// the checksum already matched.
struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, LinkError> {
        let (&first, rest) = self.rest.split_first().ok_or(LinkError::Malformed)?;
        self.rest = rest;
        Ok(first)
    }

    /// Unsigned LEB128 in its shortest form, at most 32 bits.
    fn varint(&mut self) -> Result<u32, LinkError> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let byte = self.byte()?;
            let bits = u32::from(byte & 0x7f);
            if shift == 28 && bits > 0x0f {
                return Err(LinkError::Malformed);
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                // A last byte of zero after others is a longer spelling of a shorter number.
                if byte == 0 && shift > 0 {
                    return Err(LinkError::Malformed);
                }
                return Ok(value);
            }
        }
        Err(LinkError::Malformed)
    }

    fn u16(&mut self) -> Result<u16, LinkError> {
        u16::try_from(self.varint()?).map_err(|_| LinkError::Malformed)
    }

    fn text(&mut self) -> Result<String, LinkError> {
        let len = usize::try_from(self.varint()?).map_err(|_| LinkError::Malformed)?;
        if len > self.rest.len() {
            return Err(LinkError::Malformed);
        }
        let (text, rest) = self.rest.split_at(len);
        self.rest = rest;
        String::from_utf8(text.to_vec()).map_err(|_| LinkError::Malformed)
    }
}

fn read_payload(bytes: &[u8]) -> Result<Prescription, LinkError> {
    let mut input = Reader { rest: bytes };
    let sessions_per_week = input.byte()?;
    let weeks = input.byte()?;
    let clinic_name = input.text()?;
    let booking_flags = input.byte()?;
    let booking_url = match booking_flags {
        0 => None,
        HAS_BOOKING => match input.text()? {
            // The encoder always leaves a leading "https://" out: one spelling per link.
            url if url.starts_with(HTTPS) => return Err(LinkError::Malformed),
            url => Some(url),
        },
        flags if flags == HAS_BOOKING | HTTPS_LEFT_OUT => Some(format!("{HTTPS}{}", input.text()?)),
        _ => return Err(LinkError::Malformed),
    };
    let count = input.varint()?;
    let mut exercises = Vec::new();
    for _ in 0..count {
        let index = input.byte()?;
        let exercise = exercise_at_link_index(index).ok_or(LinkError::UnknownExercise { index })?;
        let flags = input.byte()?;
        let kind = flags & KIND_BITS;
        let pause_s = flags >> PAUSE_SHIFT;
        if kind != KIND_REPS && pause_s != 0 {
            return Err(LinkError::Malformed);
        }
        let sets = input.byte()?;
        let work = match kind {
            KIND_REPS => {
                let reps = input.byte()?;
                let up_down = input.byte()?;
                Work::Reps {
                    reps,
                    tempo: Tempo {
                        up_s: up_down >> 4,
                        hold_s: pause_s,
                        down_s: up_down & 0x0f,
                    },
                }
            }
            KIND_HOLD => Work::Hold {
                hold_s: input.u16()?,
            },
            KIND_COMPRESSION => Work::Compression {
                spots: input.byte()?,
                hold_s: input.u16()?,
            },
            _ => Work::Timed {
                duration_s: input.u16()?,
            },
        };
        let rest_s = input.u16()?;
        let note = if flags & HAS_NOTE != 0 {
            Some(input.text()?)
        } else {
            None
        };
        exercises.push(PrescribedExercise {
            exercise,
            dose: Dose {
                sets,
                work,
                per_side: flags & EACH_SIDE != 0,
                rest_s,
            },
            note,
        });
    }
    if !input.rest.is_empty() {
        return Err(LinkError::Malformed);
    }
    Ok(Prescription {
        exercises,
        sessions_per_week,
        weeks,
        clinic_name,
        booking_url,
    })
}

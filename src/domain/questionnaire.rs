//! The questionnaire: its questions as data, the reader's answers, their validation, and the
//! way through it (next, back, change, check answers).
//!
//! Which questions are shown depends on the red flags found so far (see [`super::triage`]): an
//! emergency stops everything, and a see-a-clinician flag drops the routine questions.

use serde::{Deserialize, Serialize};

pub use super::answers::{Answer, Answers, QuestionId};
use super::catalog::Equipment;
pub use super::options::{
    AgeBand, KnotDuration, KnotLocation, Method, MethodOutcome, SessionLength,
};
use super::triage::{self, Urgency};

/// One option the reader can pick; the text layer words it by its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id stored in answers.
    pub id: &'static str,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// pick exactly one option
    Single,
    /// pick one or more; `none_id` is the exclusive "None of these" option id
    Multiple {
        /// The option that may only be picked on its own.
        none_id: Option<&'static str>,
    },
    /// a whole number in min..=max, shown with `unit` (e.g. "hours")
    Number {
        /// Smallest accepted value.
        min: u32,
        /// Largest accepted value.
        max: u32,
    },
    /// one outcome (from `outcomes`) per method (from the question's `options`) — used for "What have you tried?"
    Outcomes {
        /// The outcomes each method can have; the first one is "Not tried".
        outcomes: &'static [Choice],
    },
}

/// A question as the reader sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Which question this is (the text layer words it).
    pub id: QuestionId,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The options; for [`QuestionKind::Outcomes`] the methods; empty for numbers.
    pub options: &'static [Choice],
}

/// Why an answer was not accepted; the text layer gives the message shown to the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// Nothing was picked or entered.
    Missing(QuestionId),
    /// The answer has the wrong shape for the question (a screen bug, not the reader's doing).
    WrongKind(QuestionId),
    /// An option id the question does not offer.
    UnknownOption {
        /// The question answered.
        question: QuestionId,
        /// The id that was not recognised.
        option: String,
    },
    /// "None of these" was picked together with other options.
    NoneWithOthers(QuestionId),
    /// A number outside the accepted range.
    OutOfRange {
        /// The question answered.
        question: QuestionId,
        /// Smallest accepted value.
        min: u32,
        /// Largest accepted value.
        max: u32,
    },
    /// An answer arrived while no question was being asked.
    NotAsking,
}

/// The id of the exclusive "None of these" option on the checklists and the equipment list.
pub const NONE_ID: &str = "none";

/// The outcome that a method left out of a "Tried" answer counts as.
pub const NOT_TRIED: &str = MethodOutcome::NotTried.as_str();

const NONE_CHOICE: Choice = Choice { id: NONE_ID };

/// Builds a checklist from the red-flag catalogue: the flags asked in `question`, in catalogue
/// order, then "None of these". `M` must be that count plus one, or this does not compile.
const fn checklist<const M: usize>(question: QuestionId) -> [Choice; M] {
    let mut options = [NONE_CHOICE; M];
    let mut count = 0;
    let mut i = 0;
    while i < triage::RED_FLAGS.len() {
        let info = &triage::RED_FLAGS[i];
        // `==` is not const on enums; comparing discriminants is.
        if let Some(asked_in) = info.flag.question() {
            if asked_in as u8 == question as u8 {
                assert!(count + 1 < M, "checklist array too small");
                options[count] = Choice {
                    id: info.flag.option_id(),
                };
                count += 1;
            }
        }
        i += 1;
    }
    assert!(
        count + 1 == M,
        "checklist array size does not match the catalogue"
    );
    options
}

const EMERGENCY_OPTIONS: [Choice; 7] = checklist(QuestionId::EmergencySigns);
const WARNING_OPTIONS: [Choice; 10] = checklist(QuestionId::WarningSigns);
const HISTORY_OPTIONS: [Choice; 5] = checklist(QuestionId::HealthHistory);

const fn choice(id: &'static str) -> Choice {
    Choice { id }
}

const TRIED_OUTCOMES: [Choice; 4] = [
    choice(NOT_TRIED),
    choice(MethodOutcome::Helped.as_str()),
    choice(MethodOutcome::Briefly.as_str()),
    choice(MethodOutcome::NoHelp.as_str()),
];

/// The questions, indexed by [`QuestionId`] discriminant (checked at compile time below).
static QUESTIONS: [Question; 10] = [
    Question {
        id: QuestionId::EmergencySigns,
        kind: QuestionKind::Multiple {
            none_id: Some(NONE_ID),
        },
        options: &EMERGENCY_OPTIONS,
    },
    Question {
        id: QuestionId::KnotLocation,
        kind: QuestionKind::Single,
        options: &[
            choice(KnotLocation::BetweenShoulderBlades.as_str()),
            choice(KnotLocation::TopOfShoulder.as_str()),
            choice(KnotLocation::ShoulderBlade.as_str()),
            choice(KnotLocation::BesideSpine.as_str()),
        ],
    },
    Question {
        id: QuestionId::Duration,
        kind: QuestionKind::Single,
        options: &[
            choice(KnotDuration::Days.as_str()),
            choice(KnotDuration::Weeks.as_str()),
            choice(KnotDuration::Months.as_str()),
        ],
    },
    Question {
        id: QuestionId::AgeBand,
        kind: QuestionKind::Single,
        options: &[
            choice(AgeBand::Under20.as_str()),
            choice(AgeBand::From20To49.as_str()),
            choice(AgeBand::From50To64.as_str()),
            choice(AgeBand::From65.as_str()),
        ],
    },
    Question {
        id: QuestionId::WarningSigns,
        kind: QuestionKind::Multiple {
            none_id: Some(NONE_ID),
        },
        options: &WARNING_OPTIONS,
    },
    Question {
        id: QuestionId::HealthHistory,
        kind: QuestionKind::Multiple {
            none_id: Some(NONE_ID),
        },
        options: &HISTORY_OPTIONS,
    },
    Question {
        id: QuestionId::Tried,
        kind: QuestionKind::Outcomes {
            outcomes: &TRIED_OUTCOMES,
        },
        options: &[
            choice(Method::Stretching.as_str()),
            choice(Method::Massage.as_str()),
            choice(Method::Heat.as_str()),
            choice(Method::Exercise.as_str()),
        ],
    },
    Question {
        id: QuestionId::SittingHours,
        kind: QuestionKind::Number { min: 0, max: 24 },
        options: &[],
    },
    Question {
        id: QuestionId::Equipment,
        kind: QuestionKind::Multiple {
            none_id: Some(NONE_ID),
        },
        options: &[
            choice(Equipment::Ball.as_str()),
            choice(Equipment::FoamRoller.as_str()),
            choice(Equipment::Band.as_str()),
            choice(Equipment::Dumbbells.as_str()),
            choice(Equipment::Wall.as_str()),
            NONE_CHOICE,
        ],
    },
    Question {
        id: QuestionId::SessionMinutes,
        kind: QuestionKind::Single,
        options: &[
            choice(SessionLength::Five.as_str()),
            choice(SessionLength::Ten.as_str()),
            choice(SessionLength::Fifteen.as_str()),
            choice(SessionLength::Twenty.as_str()),
        ],
    },
];

// `question()` indexes by discriminant, so a table out of order must not compile.
const _: () = {
    let mut i = 0;
    while i < QuestionId::ALL.len() {
        assert!(
            QuestionId::ALL[i] as usize == i,
            "QuestionId::ALL out of order"
        );
        i += 1;
    }
};

/// The question named `id`.
pub fn question(id: QuestionId) -> &'static Question {
    let found = &QUESTIONS[id as usize];
    debug_assert_eq!(found.id, id, "QUESTIONS out of order");
    found
}

/// Every question, in asking order.
pub fn all_questions() -> &'static [Question] {
    &QUESTIONS
}

/// The questions this reader will be asked, given the answers so far (order preserved).
///
/// An emergency sign leaves only the emergency checklist; any other red flag drops the
/// routine questions, since no routine will be made.
pub fn visible_questions(answers: &Answers) -> Vec<QuestionId> {
    let flags = triage::red_flags(answers);
    if flags.iter().any(|f| f.urgency() == Urgency::Emergency) {
        return vec![QuestionId::EmergencySigns];
    }
    let routine_allowed = flags.is_empty();
    QuestionId::ALL
        .into_iter()
        .filter(|id| routine_allowed || !id.is_routine())
        .collect()
}

impl Question {
    /// The option with this id, if the question offers it.
    pub fn option(&self, id: &str) -> Option<&'static Choice> {
        let options: &'static [Choice] = self.options;
        options.iter().find(|choice| choice.id == id)
    }

    /// Checks `answer` and returns it normalised: options in the order shown and without
    /// repeats, and every method of an outcomes question present (missing ones as not tried).
    pub fn validate(&self, answer: Option<&Answer>) -> Result<Answer, AnswerError> {
        let answer = answer.ok_or(AnswerError::Missing(self.id))?;
        let unknown = |option: &str| AnswerError::UnknownOption {
            question: self.id,
            option: option.to_owned(),
        };
        match (self.kind, answer) {
            (QuestionKind::Single, Answer::Single(picked)) => {
                if picked.is_empty() {
                    return Err(AnswerError::Missing(self.id));
                }
                let choice = self.option(picked).ok_or_else(|| unknown(picked))?;
                Ok(Answer::Single(choice.id.to_owned()))
            }
            (QuestionKind::Multiple { none_id }, Answer::Multiple(picked)) => {
                if picked.is_empty() {
                    return Err(AnswerError::Missing(self.id));
                }
                if let Some(bad) = picked.iter().find(|id| self.option(id).is_none()) {
                    return Err(unknown(bad));
                }
                let has_none = none_id.is_some_and(|none| picked.iter().any(|id| id == none));
                let has_other = picked.iter().any(|id| Some(id.as_str()) != none_id);
                if has_none && has_other {
                    return Err(AnswerError::NoneWithOthers(self.id));
                }
                Ok(Answer::Multiple(
                    self.options
                        .iter()
                        .filter(|choice| picked.iter().any(|id| id == choice.id))
                        .map(|choice| choice.id.to_owned())
                        .collect(),
                ))
            }
            (QuestionKind::Number { min, max, .. }, Answer::Number(value)) => {
                if (min..=max).contains(value) {
                    Ok(Answer::Number(*value))
                } else {
                    Err(AnswerError::OutOfRange {
                        question: self.id,
                        min,
                        max,
                    })
                }
            }
            (QuestionKind::Outcomes { outcomes }, Answer::Outcomes(given)) => {
                if let Some(bad) = given.keys().find(|method| self.option(method).is_none()) {
                    return Err(unknown(bad));
                }
                if let Some(bad) = given
                    .values()
                    .find(|outcome| !outcomes.iter().any(|o| o.id == outcome.as_str()))
                {
                    return Err(unknown(bad));
                }
                Ok(Answer::Outcomes(
                    self.options
                        .iter()
                        .map(|method| {
                            let outcome = given.get(method.id).map_or(NOT_TRIED, String::as_str);
                            (method.id.to_owned(), outcome.to_owned())
                        })
                        .collect(),
                ))
            }
            _ => Err(AnswerError::WrongKind(self.id)),
        }
    }
}

/// Where the reader is in the questionnaire.
/// Stored as `{"at": "asking", "question": "duration"}`, `{"at": "check-answers"}` or
/// `{"at": "finished"}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredPosition", into = "StoredPosition")]
pub enum Position {
    /// Entered when a question is shown; holds which one.
    Asking(QuestionId),
    /// Entered after the last visible question: the reader reviews their answers.
    CheckAnswers,
    /// Entered on confirming the answers, or straight away when an emergency sign is ticked.
    Finished,
}

impl Default for Position {
    fn default() -> Self {
        Position::Asking(QuestionId::ALL[0])
    }
}

/// The reader's progress through the questionnaire; pure state, changed only by its methods.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Questionnaire {
    /// Every answer given, including ones to questions hidden now.
    pub answers: Answers,
    /// Where the reader is.
    pub position: Position,
    /// True while the reader is changing an answer picked from the check-answers page, so
    /// that answering returns there instead of walking through the rest again (added after
    /// the first drafts were stored, so it may be missing).
    #[serde(default)]
    pub changing: bool,
}

impl Questionnaire {
    /// A fresh questionnaire at the first question.
    pub fn new() -> Self {
        Self::default()
    }

    /// The question being asked, if any.
    pub fn current(&self) -> Option<&'static Question> {
        match self.position {
            Position::Asking(id) => Some(question(id)),
            Position::CheckAnswers | Position::Finished => None,
        }
    }

    /// Validates and stores the answer to the current question, then moves on: to the next visible question,
    /// or straight to Finished when an emergency sign was ticked (emergencies stop everything),
    /// or to CheckAnswers after the last visible question. When the reader came from "Change" on the
    /// CheckAnswers page, it returns to CheckAnswers (unless the change makes new questions visible that are unanswered: then ask those first).
    pub fn answer(&mut self, answer: Answer) -> Result<(), AnswerError> {
        let Position::Asking(current) = self.position else {
            return Err(AnswerError::NotAsking);
        };
        let answer = question(current).validate(Some(&answer))?;
        self.answers.set(current, answer);
        if self.has_emergency() {
            self.position = Position::Finished;
            self.changing = false;
            return Ok(());
        }
        let visible = visible_questions(&self.answers);
        let first_unanswered = visible
            .iter()
            .copied()
            .find(|id| !self.answers.is_answered(*id));
        let next = if self.changing {
            first_unanswered
        } else {
            visible
                .iter()
                .copied()
                .find(|id| *id > current)
                .or(first_unanswered)
        };
        match next {
            Some(id) => self.position = Position::Asking(id),
            None => {
                self.position = Position::CheckAnswers;
                self.changing = false;
            }
        }
        Ok(())
    }

    /// One step back; answers already given are kept. At the first question it stays put (returns false).
    ///
    /// While changing an answer, back returns to the check-answers page if every visible
    /// question is still answered.
    pub fn back(&mut self) -> bool {
        let visible = visible_questions(&self.answers);
        match self.position {
            Position::Asking(current) => {
                if self.changing && visible.iter().all(|id| self.answers.is_answered(*id)) {
                    self.position = Position::CheckAnswers;
                    self.changing = false;
                    return true;
                }
                match visible.iter().copied().rev().find(|id| *id < current) {
                    Some(previous) => {
                        self.position = Position::Asking(previous);
                        true
                    }
                    None => false,
                }
            }
            Position::CheckAnswers => {
                self.position = Position::Asking(
                    visible
                        .last()
                        .copied()
                        .unwrap_or(QuestionId::EmergencySigns),
                );
                true
            }
            Position::Finished => {
                // An emergency result came straight from a question, so back returns to it;
                // any other result came from the check-answers page.
                self.position = if self.has_emergency() {
                    Position::Asking(
                        visible
                            .last()
                            .copied()
                            .unwrap_or(QuestionId::EmergencySigns),
                    )
                } else {
                    Position::CheckAnswers
                };
                true
            }
        }
    }

    /// From CheckAnswers: go to that question to change it.
    ///
    /// Ignored anywhere else, or for a question that is not shown.
    pub fn change(&mut self, id: QuestionId) {
        if self.position == Position::CheckAnswers && visible_questions(&self.answers).contains(&id)
        {
            self.position = Position::Asking(id);
            self.changing = true;
        }
    }

    /// From CheckAnswers: confirm -> Finished.
    pub fn confirm(&mut self) {
        if self.position == Position::CheckAnswers {
            self.position = Position::Finished;
        }
    }

    /// ("Question 3 of 8"): 1-based index of the current question among the visible ones, and their count. None when not asking.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Position::Asking(current) = self.position else {
            return None;
        };
        let visible = visible_questions(&self.answers);
        let index = visible.iter().position(|id| *id == current)?;
        Some((index + 1, visible.len()))
    }

    /// Answers of visible questions only (answers to questions that became hidden are ignored by triage/summary but kept, so going back restores them).
    pub fn summary(&self) -> Vec<(QuestionId, Answer)> {
        visible_questions(&self.answers)
            .into_iter()
            .filter_map(|id| self.answers.get(id).map(|answer| (id, answer.clone())))
            .collect()
    }

    /// Forgets every answer and returns to the first question.
    pub fn start_over(&mut self) {
        *self = Self::new();
    }

    fn has_emergency(&self) -> bool {
        triage::red_flags(&self.answers)
            .iter()
            .any(|flag| flag.urgency() == Urgency::Emergency)
    }
}

/// [`Position`] as stored: `at`, and the question when it is `asking`.
#[derive(Serialize, Deserialize)]
struct StoredPosition {
    at: PositionAt,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    question: Option<QuestionId>,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum PositionAt {
    Asking,
    CheckAnswers,
    Finished,
}

impl TryFrom<StoredPosition> for Position {
    type Error = &'static str;

    fn try_from(stored: StoredPosition) -> Result<Self, Self::Error> {
        match (stored.at, stored.question) {
            (PositionAt::Asking, Some(question)) => Ok(Self::Asking(question)),
            (PositionAt::Asking, None) => Err("missing field `question`"),
            (PositionAt::CheckAnswers, _) => Ok(Self::CheckAnswers),
            (PositionAt::Finished, _) => Ok(Self::Finished),
        }
    }
}

impl From<Position> for StoredPosition {
    fn from(position: Position) -> Self {
        let (at, question) = match position {
            Position::Asking(question) => (PositionAt::Asking, Some(question)),
            Position::CheckAnswers => (PositionAt::CheckAnswers, None),
            Position::Finished => (PositionAt::Finished, None),
        };
        Self { at, question }
    }
}

//! The reader's path through the widget: which screen shows, derived from what they did.
//!
//! Only two facts are kept (whether they pressed Start, and the questionnaire); the screen
//! itself is always derived from them, so it can never disagree with the answers.

use serde::{Deserialize, Serialize};

use super::config::StartAt;
use super::questionnaire::{Answer, AnswerError, Position, QuestionId, Questionnaire};
use super::triage::{triage, Caution, RedFlag, Triage};

/// The screen the reader sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// First contact: what the widget does and that it is not a diagnosis.
    Welcome,
    /// One question of the questionnaire.
    Question(QuestionId),
    /// The "Check your answers" summary before the result.
    CheckAnswers,
    /// An emergency sign was ticked: call for help now; no routine.
    Emergency(Vec<RedFlag>),
    /// A reason to see a clinician before self-treating; no routine.
    SeeClinician(Vec<RedFlag>),
    /// No red flags: the routine, with the cautions the planner must respect.
    Routine(Vec<Caution>),
}

/// What the reader did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pressed Start on the welcome screen.
    Begin,
    /// Answered the current question.
    Answer(Answer),
    /// Pressed Back.
    GoBack,
    /// Pressed "Change" next to an answer on the summary.
    Change(QuestionId),
    /// Confirmed the summary.
    Confirm,
    /// Asked to start again with no answers.
    StartOver,
}

/// Where the reader is in the widget; saved so that a reload resumes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    /// Whether the reader has left the welcome screen.
    pub started: bool,
    /// Their answers and position in the questionnaire.
    pub questionnaire: Questionnaire,
}

impl Journey {
    /// A fresh journey opening on the screen the host asked for.
    pub fn new(start: StartAt) -> Self {
        Self {
            started: start == StartAt::Questionnaire,
            questionnaire: Questionnaire::new(),
        }
    }

    /// The screen to show.
    pub fn screen(&self) -> Screen {
        if !self.started {
            return Screen::Welcome;
        }
        match self.questionnaire.position {
            Position::Asking(id) => Screen::Question(id),
            Position::CheckAnswers => Screen::CheckAnswers,
            Position::Finished => match triage(&self.questionnaire.answers) {
                Triage::Emergency { reasons } => Screen::Emergency(reasons),
                Triage::SeeClinician { reasons } => Screen::SeeClinician(reasons),
                Triage::Proceed { cautions } => Screen::Routine(cautions),
            },
        }
    }

    /// Applies the reader's action. An invalid answer leaves everything as it was.
    pub fn apply(&mut self, action: Action) -> Result<(), AnswerError> {
        match action {
            Action::Begin => self.started = true,
            Action::Answer(answer) => self.questionnaire.answer(answer)?,
            Action::GoBack => {
                if !self.questionnaire.back() {
                    self.started = false;
                }
            }
            Action::Change(id) => self.questionnaire.change(id),
            Action::Confirm => self.questionnaire.confirm(),
            Action::StartOver => {
                self.questionnaire.start_over();
                self.started = true;
            }
        }
        Ok(())
    }
}

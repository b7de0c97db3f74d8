//! The reader's path through the widget: which screen shows, derived from what they did.
//!
//! Only two facts are kept (whether they pressed Start, and the questionnaire); the screen
//! itself is always derived from them, so it can never disagree with the answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::config::StartAt;
use super::dose::DosedExercise;
use super::history::{Feedback, PainRating, SessionRecord};
use super::questionnaire::{Answer, AnswerError, Position, QuestionId, Questionnaire};
use super::session::Session;
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
    /// Before a session: how much does it hurt now?
    PainCheck,
    /// The guided session.
    Player,
    /// After a session: pain now and how each exercise felt.
    Rating,
    /// History, charts and data controls.
    Progress,
}

/// Where a reader who may self-treat is, once the questionnaire is behind them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// Looking at their routine (entered when triage says they may go ahead).
    #[default]
    Routine,
    /// Entered from "Start session": rating pain before the session.
    PainCheck,
    /// Entered from the pain check: playing the session.
    Playing,
    /// Entered when the session ends or is stopped: rating it.
    Rating,
    /// Entered from the rating or a "Progress" link: history and charts.
    Progress,
}

/// A session being played or rated; saved so a reload can resume it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActiveSession {
    /// Unique id, made by the shell.
    pub id: String,
    /// When it started, ms since the Unix epoch.
    pub started_ms: u64,
    /// Pain before, if rated.
    pub pain_before: Option<PainRating>,
    /// The routine as played.
    pub routine: Vec<DosedExercise>,
    /// The player's state at its last phase change (paused copy), if it has started.
    pub player: Option<Session>,
    /// Ids of the exercises done, once the session has ended.
    pub completed: Vec<String>,
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
    /// Pressed "Start session" on the routine.
    PrepareSession,
    /// Rated pain (or skipped) and began playing.
    StartPlaying {
        /// Unique id for the session.
        id: String,
        /// Start time, ms since the Unix epoch.
        started_ms: u64,
        /// Pain before, if rated.
        pain_before: Option<PainRating>,
        /// The routine to play.
        routine: Vec<DosedExercise>,
    },
    /// The player saved its state at a phase change.
    SavePlayer(Session),
    /// The session ended or the reader stopped it.
    FinishPlaying {
        /// Ids of the exercises done.
        completed: Vec<String>,
    },
    /// The reader rated the session; the record goes to the log.
    SaveRating {
        /// Pain now, if rated.
        pain_after: Option<PainRating>,
        /// How each exercise felt.
        feedback: BTreeMap<String, Feedback>,
        /// End time, ms since the Unix epoch.
        ended_ms: u64,
        /// The reader's offset from UTC in minutes (east positive) now, kept with the
        /// session so it is always shown on the day and at the time it was done.
        utc_offset_min: i32,
    },
    /// Opened the progress screen.
    ShowProgress,
    /// Went back to the routine.
    ShowRoutine,
    /// Left the player before pressing Start: nothing was played, so nothing is logged.
    CancelSession,
}

/// Where the reader is in the widget; saved so that a reload resumes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    /// Whether the reader has left the welcome screen.
    pub started: bool,
    /// Their answers and position in the questionnaire.
    pub questionnaire: Questionnaire,
    /// Where they are after the questionnaire, when they may self-treat (added after the
    /// first drafts were stored, so it may be missing).
    #[serde(default)]
    pub stage: Stage,
    /// The session being played or rated.
    pub active: Option<ActiveSession>,
}

impl Journey {
    /// A fresh journey opening on the screen the host asked for.
    pub fn new(start: StartAt) -> Self {
        Self {
            started: start == StartAt::Questionnaire,
            questionnaire: Questionnaire::new(),
            stage: Stage::Routine,
            active: None,
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
                Triage::Proceed { cautions } => match self.stage {
                    Stage::Routine => Screen::Routine(cautions),
                    Stage::PainCheck => Screen::PainCheck,
                    Stage::Playing if self.active.is_some() => Screen::Player,
                    Stage::Rating if self.active.is_some() => Screen::Rating,
                    Stage::Playing | Stage::Rating => Screen::Routine(cautions),
                    Stage::Progress => Screen::Progress,
                },
            },
        }
    }

    /// Applies the reader's action. An invalid answer leaves everything as it was.
    ///
    /// Returns the finished session's record when the action was [`Action::SaveRating`],
    /// for the shell to add to the log.
    pub fn apply(&mut self, action: Action) -> Result<Option<SessionRecord>, AnswerError> {
        match action {
            Action::Begin => self.started = true,
            Action::Answer(answer) => self.questionnaire.answer(answer)?,
            Action::GoBack => {
                self.stage = Stage::Routine;
                if !self.questionnaire.back() {
                    self.started = false;
                }
            }
            Action::Change(id) => {
                self.stage = Stage::Routine;
                self.questionnaire.change(id);
            }
            Action::Confirm => self.questionnaire.confirm(),
            Action::StartOver => {
                self.questionnaire.start_over();
                self.started = true;
                self.stage = Stage::Routine;
                self.active = None;
            }
            Action::PrepareSession => self.stage = Stage::PainCheck,
            Action::StartPlaying {
                id,
                started_ms,
                pain_before,
                routine,
            } => {
                self.active = Some(ActiveSession {
                    id,
                    started_ms,
                    pain_before,
                    routine,
                    player: None,
                    completed: Vec::new(),
                });
                self.stage = Stage::Playing;
            }
            Action::SavePlayer(session) => {
                if let Some(active) = &mut self.active {
                    active.player = Some(session);
                }
            }
            Action::FinishPlaying { completed } => {
                if let Some(active) = &mut self.active {
                    active.completed = completed;
                    active.player = None;
                    self.stage = Stage::Rating;
                }
            }
            Action::SaveRating {
                pain_after,
                feedback,
                ended_ms,
                utc_offset_min,
            } => {
                self.stage = Stage::Progress;
                return Ok(self.active.take().map(|active| SessionRecord {
                    id: active.id,
                    started_ms: active.started_ms,
                    ended_ms: ended_ms.max(active.started_ms),
                    routine: active.routine,
                    completed: active.completed,
                    pain_before: active.pain_before,
                    pain_after,
                    feedback,
                    utc_offset_min: Some(utc_offset_min),
                }));
            }
            Action::ShowProgress => self.stage = Stage::Progress,
            Action::ShowRoutine => self.stage = Stage::Routine,
            Action::CancelSession => {
                self.active = None;
                self.stage = Stage::Routine;
            }
        }
        Ok(None)
    }
}

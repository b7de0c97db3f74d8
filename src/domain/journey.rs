//! The reader's path through the widget: which screen is showing and what moves them on.

use super::config::StartAt;

/// The screen the reader sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// First contact: what the widget does and that it is not a diagnosis.
    Welcome,
    /// Entered from Start: the questionnaire (a placeholder until it lands).
    Questionnaire,
}

/// What the reader did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Pressed Start on the welcome screen.
    Begin,
    /// Went back to the welcome screen.
    ReturnToWelcome,
}

/// Where the reader is in the widget.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Journey {
    /// The screen being shown.
    pub screen: Screen,
}

impl Journey {
    /// A fresh journey opening on the screen the host asked for.
    pub fn new(start: StartAt) -> Self {
        let screen = match start {
            StartAt::Welcome => Screen::Welcome,
            StartAt::Questionnaire => Screen::Questionnaire,
        };
        Self { screen }
    }

    /// The journey after the reader's action.
    pub fn apply(&self, action: Action) -> Self {
        let screen = match action {
            Action::Begin => Screen::Questionnaire,
            Action::ReturnToWelcome => Screen::Welcome,
        };
        Self { screen }
    }
}

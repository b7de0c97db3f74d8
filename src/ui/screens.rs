//! One component per screen the reader sees.

mod check_answers;
mod emergency;
mod question;
mod routine;
mod see_clinician;
mod welcome;

pub use check_answers::CheckAnswers;
pub use emergency::Emergency;
pub use question::QuestionScreen;
pub use routine::RoutinePlaceholder;
pub use see_clinician::SeeClinician;
pub use welcome::Welcome;

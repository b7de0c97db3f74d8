//! One component per screen the reader sees.

mod check_answers;
mod emergency;
mod pain_check;
mod player;
mod progress;
mod question;
mod routine;
mod see_clinician;
mod session_feedback;
mod welcome;

pub use check_answers::CheckAnswers;
pub use emergency::Emergency;
pub use pain_check::PainCheck;
pub use player::SessionPlayer;
pub use progress::ProgressScreen;
pub use question::QuestionScreen;
pub use routine::RoutinePreview;
pub use see_clinician::SeeClinician;
pub use session_feedback::{SessionFeedback, SessionRating};
pub use welcome::Welcome;

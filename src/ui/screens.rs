//! One component per screen the reader sees.

mod bad_link;
mod check_answers;
mod clinician;
mod emergency;
mod pain_check;
mod player;
mod prescribed_routine;
mod prescription_offer;
mod progress;
mod question;
mod routine;
mod see_clinician;
mod session_feedback;
mod welcome;

pub use bad_link::BadLink;
pub use check_answers::CheckAnswers;
pub use clinician::ClinicianScreen;
pub use emergency::Emergency;
pub use pain_check::PainCheck;
pub use player::SessionPlayer;
pub use prescribed_routine::PrescribedRoutineScreen;
pub use prescription_offer::PrescriptionOffer;
pub use progress::ProgressScreen;
pub use question::QuestionScreen;
pub use routine::RoutinePreview;
pub use see_clinician::SeeClinician;
pub use session_feedback::{SessionFeedback, SessionRating};
pub use welcome::Welcome;

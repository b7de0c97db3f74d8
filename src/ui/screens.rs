//! One component per screen the reader sees.

mod questionnaire;
mod welcome;

pub use questionnaire::Questionnaire;
pub use welcome::Welcome;

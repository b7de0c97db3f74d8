//! Reusable pieces of the screens.

mod back_diagram;
mod exercise_card;
mod pain_scale;
mod reason_list;

pub use back_diagram::BackDiagram;
pub use exercise_card::ExerciseCard;
pub use pain_scale::PainScale;
pub use reason_list::ReasonList;

//! Reusable pieces of the screens.

mod back_diagram;
mod illustration;
mod reason_list;

pub use back_diagram::BackDiagram;
pub use illustration::{has_illustration, Illustration, IllustrationProps};
pub use reason_list::ReasonList;

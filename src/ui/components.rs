//! Reusable pieces of the screens.

mod back_diagram;
mod reason_list;

pub use back_diagram::BackDiagram;
pub use reason_list::ReasonList;

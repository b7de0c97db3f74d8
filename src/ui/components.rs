//! Reusable pieces of the screens.

mod back_diagram;
mod booking_link;
mod button;
pub mod chart;
mod clinician_prompt;
mod exercise_card;
mod frame;
mod illustration;
mod markup;
mod pain_chart;
mod pain_scale;
mod prescribed;
mod qr_code;
mod reason_list;
mod sources;
mod title;
mod week_chart;
mod week_strip;

pub use back_diagram::back_diagram;
pub use booking_link::{booking_link, care_footer};
pub use button::{action, button, print_button, submit_button};
pub use clinician_prompt::{clinician_prompt, stop_for_high_pain};
pub use exercise_card::exercise_card;
pub use frame::frame;
pub use illustration::{has_illustration, Illustration, IllustrationProps};
pub use markup::constant_markup;
pub use pain_chart::pain_chart;
pub use pain_scale::pain_scale;
pub use prescribed::prescribed_routine;
pub use qr_code::qr_code;
pub use reason_list::reason_list;
pub use sources::{source_ids, source_key};
pub use title::screen_title;
pub use week_chart::week_chart;
pub use week_strip::week_strip;

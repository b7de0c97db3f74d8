//! Yew components: the [`App`] shell, one component per screen in `screens/`,
//! reusable pieces in `components/`, shared hooks in `hooks`.

mod app;
pub mod components;
mod door;
pub mod hooks;
pub mod screens;

pub use app::{App, AppProps};
pub use door::{Door, DoorProps, Rest};

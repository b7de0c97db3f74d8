//! Yew components: the [`App`] shell, one component per screen in `screens/`,
//! reusable pieces in `components/`.

mod app;
pub mod screens;

pub use app::{App, AppProps};

//! Pure logic of Knot Coach: no browser crate, no clock, no randomness.
//! Time and host-page input come in as plain values, so everything here is tested natively.

pub mod answers;
pub mod catalog;
pub mod config;
pub mod cues;
pub mod device;
pub mod dose;
pub mod draft;
pub mod exchange;
pub mod first_part;
pub mod history;
pub mod journey;
pub mod lang;
pub mod options;
pub mod plan;
pub mod prescribed;
pub mod prescription;
pub mod progression;
pub mod questionnaire;
pub mod session;
pub mod sources;
pub mod stats;
pub mod store;
pub mod triage;

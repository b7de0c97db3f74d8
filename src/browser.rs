//! The only code that touches browser APIs. Each adapter is small and fails quietly,
//! with a fallback, where the API is missing or throws.

pub mod audio;
pub mod clipboard;
pub mod clock;
pub mod console;
pub mod download;
pub mod file;
pub mod full_app;
pub mod location;
pub mod print;
pub mod progress_store;
pub mod speech;
pub mod storage;
pub mod text_source;
pub mod vibration;
pub mod visibility;
pub mod wake_lock;

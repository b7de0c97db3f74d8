//! The only code that touches browser APIs. Each adapter is small and fails quietly,
//! with a fallback, where the API is missing or throws.

pub mod console;
pub mod storage;

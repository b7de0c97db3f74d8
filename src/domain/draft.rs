//! The journey in progress as it is stored: versioned JSON, so a reload resumes where the
//! reader was. Decoding never panics; a document from a newer version is left untouched.

use serde::{Deserialize, Serialize};

use super::journey::Journey;

/// The version this build writes.
pub const DRAFT_SCHEMA_VERSION: u32 = 1;

/// Why a stored draft could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// Not valid JSON, or not a draft: the reader starts afresh.
    Corrupt(String),
    /// Written by a newer Knot Coach: we must not overwrite it.
    NewerVersion(u32),
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Corrupt(detail) => write!(f, "saved answers could not be read ({detail})"),
            Self::NewerVersion(v) => write!(
                f,
                "saved answers come from a newer version of Knot Coach (format {v})"
            ),
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    schema_version: u32,
    journey: Journey,
}

#[derive(Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// The journey as a JSON document.
pub fn encode(journey: &Journey) -> String {
    let stored = Stored {
        schema_version: DRAFT_SCHEMA_VERSION,
        journey: journey.clone(),
    };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads a stored journey back.
pub fn decode(text: &str) -> Result<Journey, DraftError> {
    let version: VersionOnly =
        serde_json::from_str(text).map_err(|e| DraftError::Corrupt(e.to_string()))?;
    if version.schema_version > DRAFT_SCHEMA_VERSION {
        return Err(DraftError::NewerVersion(version.schema_version));
    }
    let stored: Stored =
        serde_json::from_str(text).map_err(|e| DraftError::Corrupt(e.to_string()))?;
    Ok(stored.journey)
}

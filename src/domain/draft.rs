//! The journey in progress as it is stored: versioned JSON, so a reload resumes where the
//! reader was. Decoding never panics; a document from a newer version is left untouched.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::journey::Journey;
use super::store::to_json_value;

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

/// The stored draft: `{"journey": {…}, "schema_version": 1}`.
#[derive(Serialize)]
struct StoredDraft<'a> {
    schema_version: u32,
    journey: &'a Journey,
}

/// The version alone, read first so a newer draft is recognised before its journey is.
#[derive(Deserialize)]
struct StoredVersion {
    schema_version: u32,
}

/// The journey as a JSON document.
pub fn encode(journey: &Journey) -> String {
    to_json_value(&StoredDraft {
        schema_version: DRAFT_SCHEMA_VERSION,
        journey,
    })
    .to_string()
}

/// Reads a stored journey back.
pub fn decode(text: &str) -> Result<Journey, DraftError> {
    let corrupt = |e: serde_json::Error| DraftError::Corrupt(e.to_string());
    // Parsed once, then read in two steps: a newer draft must be recognised by its version
    // even when its journey no longer reads as this build's.
    let root: Value = serde_json::from_str(text).map_err(corrupt)?;
    let StoredVersion { schema_version } = StoredVersion::deserialize(&root).map_err(corrupt)?;
    if schema_version > DRAFT_SCHEMA_VERSION {
        return Err(DraftError::NewerVersion(schema_version));
    }
    let journey = root
        .get("journey")
        .ok_or_else(|| DraftError::Corrupt("journey is missing".into()))?;
    Journey::deserialize(journey).map_err(corrupt)
}

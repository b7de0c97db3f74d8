//! The journey in progress as it is stored: versioned JSON, so a reload resumes where the
//! reader was. Decoding never panics; a document from a newer version is left untouched.

use super::json::{self, expect_object, object, ToJson};

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

/// The journey as a JSON document.
pub fn encode(journey: &Journey) -> String {
    object(vec![
        ("schema_version", DRAFT_SCHEMA_VERSION.to_json()),
        ("journey", journey.to_json()),
    ])
    .to_text()
}

/// Reads a stored journey back.
pub fn decode(text: &str) -> Result<Journey, DraftError> {
    let root = json::parse(text).map_err(|e| DraftError::Corrupt(e.to_string()))?;
    let fields = expect_object(&root).map_err(DraftError::Corrupt)?;
    let version: u32 = fields
        .field("schema_version")
        .map_err(DraftError::Corrupt)?;
    if version > DRAFT_SCHEMA_VERSION {
        return Err(DraftError::NewerVersion(version));
    }
    fields.field("journey").map_err(DraftError::Corrupt)
}

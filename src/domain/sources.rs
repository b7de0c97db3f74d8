//! What each source id means, in plain words, so a reader who sees "[S1, R5]" after a
//! statement can tell where it comes from. The ids are those of `CLINICAL.md`.

/// One source: its id (the text layer says what it is, see `crate::text::source_about`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The id shown after a statement, e.g. `"S1"`.
    pub id: &'static str,
}

/// Every source the widget cites, in id order.
pub const SOURCES: [Source; 10] = [
    Source { id: "S0" },
    Source { id: "S1" },
    Source { id: "S2" },
    Source { id: "S3" },
    Source { id: "R1" },
    Source { id: "R2" },
    Source { id: "R3" },
    Source { id: "R4" },
    Source { id: "R5" },
    Source { id: "R6" },
];

/// The source with `id`, if the widget cites it.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

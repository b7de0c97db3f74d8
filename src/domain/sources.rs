//! What each source id means, in plain words, so a reader who sees "[S1, R5]" after a
//! statement can tell where it comes from. The ids are those of `CLINICAL.md`.

/// One source: its id and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The id shown after a statement, e.g. `"S1"`.
    pub id: &'static str,
    /// What the source is, in one line.
    pub about: &'static str,
}

/// Every source the widget cites, in id order.
pub const SOURCES: [Source; 10] = [
    Source {
        id: "S0",
        about: "a massage therapist's article on knots in the upper back",
    },
    Source {
        id: "S1",
        about: "a physiotherapist's article on knots, stretching and strengthening",
    },
    Source {
        id: "S2",
        about: "a chiropractor's advice, in a magazine, on knots that stretching does not clear",
    },
    Source {
        id: "S3",
        about: "a massage clinic's article on pain between the shoulder blades",
    },
    Source {
        id: "R1",
        about: "NHS guidance on back pain and when to get help",
    },
    Source {
        id: "R2",
        about: "Physiopedia on warning signs in mid-back pain",
    },
    Source {
        id: "R3",
        about: "NHS Devon guidance on referring mid-back pain",
    },
    Source {
        id: "R4",
        about: "the 0 to 10 pain scale, and how big a change matters (Salaffi, 2004)",
    },
    Source {
        id: "R5",
        about: "exercise doses: ACSM stretching advice, a strength-training trial, a band-training trial (Andersen, 2011) and limits for pressure on a trigger point",
    },
    Source {
        id: "R6",
        about: "a rule physiotherapists use to judge pain during and after exercise",
    },
];

/// The source with `id`, if the widget cites it.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}

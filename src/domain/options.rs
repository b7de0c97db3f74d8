//! The questionnaire's option ids as enums, so a typo in an id does not compile: where the
//! knot is, how long, the age band, what was tried and how it went, the session length.
//! Only ids live here (the text layer words them), so the catalog, the questionnaire and
//! triage can all use them without importing one another.

/// An enum of option ids with its stable string form, so a typo in an id does not compile.
macro_rules! option_ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        impl $name {
            /// Every option, in the order shown.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The option id, as stored in answers.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)+
                }
            }

            /// The option whose id is `id`, if any.
            pub fn parse(id: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|option| option.as_str() == id)
            }
        }
    };
}

option_ids! {
    /// Where the knot is (the options of `QuestionId::KnotLocation`).
    KnotLocation {
        /// Between the shoulder blades.
        BetweenShoulderBlades => "between-shoulder-blades",
        /// On top of the shoulder, towards the neck.
        TopOfShoulder => "top-of-shoulder",
        /// On or under a shoulder blade.
        ShoulderBlade => "shoulder-blade",
        /// In the middle of the back, beside the spine.
        BesideSpine => "beside-spine",
    }
}

option_ids! {
    /// How long the reader has had the knot (the options of `QuestionId::Duration`).
    KnotDuration {
        /// Less than a week.
        Days => "days",
        /// A week up to three months.
        Weeks => "weeks",
        /// Three months or more.
        Months => "months",
    }
}

option_ids! {
    /// The reader's age band (the options of `QuestionId::AgeBand`).
    AgeBand {
        /// Under 20.
        Under20 => "under-20",
        /// 20 to 49.
        From20To49 => "20-49",
        /// 50 to 64.
        From50To64 => "50-64",
        /// 65 or over.
        From65 => "65-plus",
    }
}

option_ids! {
    /// What the reader may have tried (the methods of `QuestionId::Tried`).
    Method {
        /// Stretching.
        Stretching => "stretching",
        /// Massage, from a therapist or self-massage.
        Massage => "massage",
        /// Heat.
        Heat => "heat",
        /// Strengthening exercises.
        Exercise => "exercise",
    }
}

option_ids! {
    /// How a method went (the outcomes of `QuestionId::Tried`).
    MethodOutcome {
        /// Not tried.
        NotTried => "not-tried",
        /// Helped.
        Helped => "helped",
        /// Helped for a while only.
        Briefly => "briefly",
        /// Did not help.
        NoHelp => "no-help",
    }
}

option_ids! {
    /// Minutes per session (the options of `QuestionId::SessionMinutes`).
    SessionLength {
        /// 5 minutes.
        Five => "5",
        /// 10 minutes.
        Ten => "10",
        /// 15 minutes.
        Fifteen => "15",
        /// 20 minutes.
        Twenty => "20",
    }
}

impl SessionLength {
    /// The length in minutes.
    pub const fn minutes(self) -> u32 {
        match self {
            SessionLength::Five => 5,
            SessionLength::Ten => 10,
            SessionLength::Fifteen => 15,
            SessionLength::Twenty => 20,
        }
    }
}

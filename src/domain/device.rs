//! What the reader's browser can do for the guided timer, and what to tell the reader when
//! it cannot: the player still runs, but a reader counting on a cue should know it is missing.

/// Whether one of the player's browser features works here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    /// It works (or has not been refused yet).
    Works,
    /// Not yet known: speech voices, for one, may be listed only a moment after the first
    /// look, so they are looked at again on the first tap.
    Pending,
    /// The browser lacks it or refused it.
    Missing,
}

/// The browser features the player uses for its cues and to keep the screen on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeviceSupport {
    /// Screen Wake Lock: the screen stays on while a session plays.
    pub keep_awake: Availability,
    /// Web Audio: beeps.
    pub beeps: Availability,
    /// Speech synthesis with at least one voice: spoken cues.
    pub voice: Availability,
    /// The Vibration API: buzzes at each phase change.
    pub vibration: Availability,
}

/// Something the player learns about the browser after the page has loaded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Learned {
    /// The reader tapped a control: the moment audio may start, and a second look at the
    /// speech voices, which some browsers list only a moment after the first look.
    Tapped {
        /// Whether the browser lists any voice now.
        any_voice: bool,
        /// Whether an audio context exists for the beeps.
        audio: bool,
    },
    /// The wake lock request was refused (or the API is missing).
    KeepAwakeRefused,
}

impl DeviceSupport {
    /// Updates what is known. Voices still missing on a tap are missing (the tap comes well
    /// after the first look); voices that turn up on a later tap count after all.
    pub fn learn(&mut self, learned: Learned) {
        let works = |yes: bool| {
            if yes {
                Availability::Works
            } else {
                Availability::Missing
            }
        };
        match learned {
            Learned::Tapped { any_voice, audio } => {
                self.voice = works(any_voice);
                self.beeps = works(audio);
            }
            Learned::KeepAwakeRefused => self.keep_awake = Availability::Missing,
        }
    }
}

/// A feature of the player the browser or device lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Missing {
    /// The screen may sleep.
    KeepAwake,
    /// No beeps.
    Beeps,
    /// No voice.
    Voice,
    /// No vibration.
    Vibration,
}

/// One note per missing feature (the text layer says what to do instead). Pending features
/// get no note: a notice that appears and then vanishes would only confuse.
pub fn missing_feature_notes(support: &DeviceSupport) -> Vec<Missing> {
    let missing = |a: Availability| a == Availability::Missing;
    [
        (support.keep_awake, Missing::KeepAwake),
        (support.beeps, Missing::Beeps),
        (support.voice, Missing::Voice),
        (support.vibration, Missing::Vibration),
    ]
    .into_iter()
    .filter(|(availability, _)| missing(*availability))
    .map(|(_, note)| note)
    .collect()
}

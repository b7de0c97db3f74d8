//! What the player says, beeps, buzzes and writes: the cue schedule the shell plays ahead of
//! time on the audio clock, the "next up" preview, and one polite announcement per phase.
//!
//! The reader props the phone against a wall, so every phase change can be heard without
//! looking. The words live in the text layer ([`crate::text`]); here they are data.

use super::catalog::{top_action, TopAction};

use super::dose::Work;
use super::session::{
    Phase, PhaseKind, Session, SessionView, SetLabel, Status, Timeline, Upcoming,
};

/// Pitch of a beep; the shell picks the frequencies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pitch {
    /// Countdowns and the start of Down.
    Low,
    /// The start of every other phase, Up included.
    High,
}

/// One thing to play.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CueKind {
    /// A short beep.
    Beep {
        /// Which of the two pitches.
        pitch: Pitch,
    },
    /// Words for speech synthesis.
    Say(Speech),
    /// A vibration pattern for `navigator.vibrate`: on, off, on… in ms.
    Vibrate(Vec<u32>),
}

/// A cue and the clock time to play it at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    /// Clock time, in ms on the same clock as the events.
    pub at_ms: u64,
    /// What to play.
    pub kind: CueKind,
}

/// Countdown beeps, this long before the end of a phase the reader waits through.
const COUNTDOWN_BEFORE_END_MS: [u64; 3] = [3_000, 2_000, 1_000];

/// A tap for each tempo change: felt in the hand without being a nuisance every 3 s.
const VIBRATE_TEMPO_MS: [u32; 1] = [40];
/// A clear buzz when something new begins: get ready, a hold, switch sides, a rest.
const VIBRATE_PHASE_MS: [u32; 1] = [150];
/// A double buzz at the end, unlike any other.
const VIBRATE_DONE_MS: [u32; 3] = [200, 100, 200];

impl Session {
    /// The cues whose clock time lies in `[from_ms, to_ms)`, sorted by time.
    ///
    /// Empty unless playing. The schedule holds until the next event: after any event the
    /// shell cancels what it scheduled and asks again.
    pub fn cues_between(&self, from_ms: u64, to_ms: u64) -> Vec<Cue> {
        let Some(base_ms) = self.clock_base_ms() else {
            return Vec::new();
        };
        let timeline = self.timeline();
        // The window in playing time; the Done cues sit exactly at the total.
        let from_position = (i128::from(from_ms) - base_ms).max(0);
        let to_position = i128::from(to_ms) - base_ms;
        if to_position <= from_position || from_position > i128::from(timeline.total_ms()) {
            return Vec::new();
        }
        let first = timeline.phase_index_at(u64::try_from(from_position).unwrap_or(u64::MAX));
        let mut cues = Vec::new();
        for (index, phase) in timeline.phases().iter().enumerate().skip(first) {
            if i128::from(phase.start_ms) >= to_position {
                break;
            }
            for (position_ms, kind) in phase_cues(timeline, index) {
                let position = i128::from(position_ms);
                if position < from_position || position >= to_position {
                    continue;
                }
                if let Ok(at_ms) = u64::try_from(base_ms + position) {
                    cues.push(Cue { at_ms, kind });
                }
            }
        }
        cues.sort_by_key(|cue| cue.at_ms);
        cues
    }

    /// The cues from `now_ms` for the next `horizon_ms`, to schedule ahead on the
    /// AudioContext clock.
    pub fn upcoming_cues(&self, now_ms: u64, horizon_ms: u64) -> Vec<Cue> {
        self.cues_between(now_ms, now_ms.saturating_add(horizon_ms))
    }
}

/// The cues of one phase, at positions in playing time, in order.
fn phase_cues(timeline: &Timeline, index: usize) -> Vec<(u64, CueKind)> {
    let phase = timeline.phase(index);
    let start_ms = phase.start_ms;
    let vibration: &[u32] = match phase.kind {
        PhaseKind::Up | PhaseKind::Top | PhaseKind::Down => &VIBRATE_TEMPO_MS,
        PhaseKind::Done => &VIBRATE_DONE_MS,
        _ => &VIBRATE_PHASE_MS,
    };
    let pitch = if phase.kind == PhaseKind::Down {
        Pitch::Low
    } else {
        Pitch::High
    };
    let mut cues = vec![
        (start_ms, CueKind::Vibrate(vibration.to_vec())),
        (start_ms, CueKind::Beep { pitch }),
    ];
    if let Some(words) = spoken_at_start(timeline, index, &phase) {
        cues.push((start_ms, CueKind::Say(words)));
    }
    // Tempo phases are short and rhythmic: a countdown there would drown the tempo beeps.
    let counts_down = matches!(
        phase.kind,
        PhaseKind::GetReady | PhaseKind::Hold | PhaseKind::Rest | PhaseKind::SwitchSides
    );
    if counts_down {
        for before_end_ms in COUNTDOWN_BEFORE_END_MS {
            match phase.end_ms().checked_sub(before_end_ms) {
                Some(at_ms) if at_ms > start_ms => {
                    cues.push((at_ms, CueKind::Beep { pitch: Pitch::Low }))
                }
                _ => {}
            }
        }
    }
    cues
}

/// What the voice says as a phase starts, if anything.
fn spoken_at_start(timeline: &Timeline, index: usize, phase: &Phase) -> Option<Speech> {
    let label = timeline.set_label(phase);
    match phase.kind {
        PhaseKind::GetReady => Some(Speech::GetReady(label)),
        PhaseKind::SwitchSides => Some(Speech::SwitchSides),
        PhaseKind::Rest => {
            // Between exercises, say what is coming so the reader can fetch the ball or band.
            let next = timeline
                .next_index(index)
                .map(|next| timeline.phase(next))
                .filter(|next| next.exercise_index != phase.exercise_index);
            Some(Speech::Rest {
                duration_ms: phase.duration_ms,
                next: next.map(|next| timeline.upcoming(&next)),
            })
        }
        PhaseKind::Done => Some(Speech::Done),
        PhaseKind::Up | PhaseKind::Top | PhaseKind::Down | PhaseKind::Hold => {
            let after_rest = index
                .checked_sub(1)
                .map(|before| timeline.phase(before).kind)
                == Some(PhaseKind::Rest);
            match phase.spot {
                // Set 1 was named by the get-ready; later sets are named as they begin.
                _ if after_rest => Some(Speech::SetBegins(label)),
                Some((spot, _)) if spot > 1 => Some(Speech::NextSpot),
                _ => None,
            }
        }
    }
}

/// What the voice says; the text layer words it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Speech {
    /// "Prone swimmers, set 1 of 3. Get ready."
    GetReady(SetLabel),
    /// "Switch sides."
    SwitchSides,
    /// "Rest 30 seconds.", with what comes next when it is another exercise.
    Rest {
        /// Length of the rest, in ms.
        duration_ms: u64,
        /// The exercise after the rest, when the rest is between exercises.
        next: Option<Upcoming>,
    },
    /// "Session complete. Well done."
    Done,
    /// A later set begins after its rest: "Prone swimmers, set 2 of 3."
    SetBegins(SetLabel),
    /// The ball moves to the next spot.
    NextSpot,
}

/// One polite sentence for the `aria-live` region, to set when the phase changes (not
/// every second), e.g. "Prone swimmers, set 1 of 3, rep 4 of 10: up."; the text layer
/// words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Announcement {
    /// Nothing to say (before Start).
    Silent,
    /// "Get ready: Prone swimmers, set 1 of 3."
    GetReady(SetLabel),
    /// A step of a repetition: "…, rep 4 of 10: up."
    Rep {
        /// Exercise, set and side.
        label: SetLabel,
        /// Rep n of N.
        rep: Option<(u8, u8)>,
        /// Which step.
        step: RepStep,
    },
    /// Ball pressure on one spot: "…, spot 2 of 3: press for 30 seconds."
    Press {
        /// Exercise, set and side.
        label: SetLabel,
        /// Spot n of N.
        spot: (u8, u8),
        /// Length of the pressure, in ms.
        duration_ms: u64,
    },
    /// Timed work such as breathing or heat: "…: keep going for 2 minutes."
    KeepGoing {
        /// Exercise, set and side.
        label: SetLabel,
        /// Length of the work, in ms.
        duration_ms: u64,
    },
    /// A still hold: "…: hold for 30 seconds."
    Hold {
        /// Exercise, set and side.
        label: SetLabel,
        /// Length of the hold, in ms.
        duration_ms: u64,
    },
    /// Every set starts on the left, so a switch is always to the right.
    SwitchToRight,
    /// "Rest 30 seconds. Next: …"
    Rest {
        /// Length of the rest, in ms.
        duration_ms: u64,
        /// What comes after it.
        next: Option<Upcoming>,
    },
    /// "Session complete. Well done."
    Done,
}

/// A step of one repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepStep {
    /// Lifting or pulling.
    Up,
    /// The pause at the top, named by the exercise.
    Top(TopAction),
    /// Lowering or returning.
    Down,
}

/// The announcement for the phase `view` is in. Silent before Start. It describes the
/// phase only: the shell announces Pause and Resume itself.
pub fn announcement(view: &SessionView) -> Announcement {
    if view.status == Status::NotStarted {
        return Announcement::Silent;
    }
    let label = SetLabel {
        exercise_id: view.exercise_id.clone(),
        set: view.set.filter(|&(_, sets)| sets > 1),
        side: view.side,
    };
    let duration_ms = view.phase_duration_ms;
    let rep = |step| Announcement::Rep {
        label: label.clone(),
        rep: view.rep,
        step,
    };
    match view.kind {
        PhaseKind::GetReady => Announcement::GetReady(label),
        PhaseKind::Up => rep(RepStep::Up),
        PhaseKind::Top => rep(RepStep::Top(top_action(&view.exercise_id))),
        PhaseKind::Down => rep(RepStep::Down),
        PhaseKind::Hold => match (view.spot, view.work) {
            (Some(spot), _) => Announcement::Press {
                label,
                spot,
                duration_ms,
            },
            // "Hold" would be the wrong word for slow breathing or heat.
            (None, Some(Work::Timed { .. })) => Announcement::KeepGoing { label, duration_ms },
            _ => Announcement::Hold { label, duration_ms },
        },
        PhaseKind::SwitchSides => Announcement::SwitchToRight,
        PhaseKind::Rest => Announcement::Rest {
            duration_ms,
            next: view.next.as_ref().map(|next| next.upcoming.clone()),
        },
        PhaseKind::Done => Announcement::Done,
    }
}

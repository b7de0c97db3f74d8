//! What the player says, beeps, buzzes and writes: the cue schedule the shell plays ahead of
//! time on the audio clock, the "next up" preview, and one polite announcement per phase.
//!
//! The reader props the phone against a wall, so every phase change can be heard without
//! looking. The words are our own, plain English.

use super::catalog::top_action;

use super::dose::Work;
use super::session::{Phase, PhaseKind, Session, SessionView, Side, Status, Timeline};

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
    Say(String),
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
fn spoken_at_start(timeline: &Timeline, index: usize, phase: &Phase) -> Option<String> {
    let label = set_label(
        timeline.exercise_name(phase.exercise_index),
        phase.set,
        phase.side,
    );
    match phase.kind {
        PhaseKind::GetReady => Some(format!("{label}. Get ready.")),
        PhaseKind::SwitchSides => Some("Switch sides.".to_string()),
        PhaseKind::Rest => {
            let rest = format!("Rest {}.", spoken_duration(phase.duration_ms));
            // Between exercises, say what is coming so the reader can fetch the ball or band.
            let next = timeline
                .next_index(index)
                .map(|next| timeline.phase(next))
                .filter(|next| next.exercise_index != phase.exercise_index);
            Some(match next {
                Some(next) => format!("{rest} Next: {}.", next_up_text(timeline, &next)),
                None => rest,
            })
        }
        PhaseKind::Done => Some("Session complete. Well done.".to_string()),
        PhaseKind::Up | PhaseKind::Top | PhaseKind::Down | PhaseKind::Hold => {
            let after_rest = index
                .checked_sub(1)
                .map(|before| timeline.phase(before).kind)
                == Some(PhaseKind::Rest);
            match phase.spot {
                // Set 1 was named by the get-ready; later sets are named as they begin.
                _ if after_rest => Some(format!("{label}.")),
                Some((spot, _)) if spot > 1 => Some("Next spot.".to_string()),
                _ => None,
            }
        }
    }
}

/// The preview text for a coming phase, e.g. "Rest 30 seconds" or "Prone swimmers, set 2
/// of 3".
pub(crate) fn next_up_text(timeline: &Timeline, phase: &Phase) -> String {
    match phase.kind {
        PhaseKind::Rest => format!("Rest {}", spoken_duration(phase.duration_ms)),
        PhaseKind::SwitchSides => "Switch sides".to_string(),
        PhaseKind::Done => "End of session".to_string(),
        _ => set_label(
            timeline.exercise_name(phase.exercise_index),
            phase.set,
            phase.side,
        ),
    }
}

/// The words before the "next" preview at phase `index`, whose preview is the phase at
/// `next`: "Next", or, during work with more reps or spots still to come before it, the
/// last of them ("After rep 10", "After spot 3"). The rep counter already says which rep
/// this is; the label says the rest is not straight after it.
pub(crate) fn next_up_label(timeline: &Timeline, index: usize, next: usize) -> String {
    let current = timeline.phase(index);
    let last_work = timeline.phase(next.saturating_sub(1));
    if current.kind.is_work() && next > index + 1 {
        if let Some((rep, _)) = last_work.rep.filter(|_| last_work.rep != current.rep) {
            return format!("After rep {rep}");
        }
        if let Some((spot, _)) = last_work.spot.filter(|_| last_work.spot != current.spot) {
            return format!("After spot {spot}");
        }
    }
    "Next".to_string()
}

/// One polite sentence for the `aria-live` region, to set when the phase changes (not
/// every second), e.g. "Prone swimmers, set 1 of 3, rep 4 of 10: up." Empty before Start.
/// It describes the phase only: the shell announces Pause and Resume itself.
pub fn announcement(view: &SessionView) -> String {
    if view.status == Status::NotStarted {
        return String::new();
    }
    let label = set_label(&view.exercise_name, view.set, view.side);
    let rep = view
        .rep
        .map(|(rep, reps)| format!(", rep {rep} of {reps}"))
        .unwrap_or_default();
    let duration = spoken_duration(view.phase_duration_ms);
    match view.kind {
        PhaseKind::GetReady => format!("Get ready: {label}."),
        PhaseKind::Up => format!("{label}{rep}: up."),
        PhaseKind::Top => format!(
            "{label}{rep}: {}.",
            top_action(&view.exercise_id).to_ascii_lowercase()
        ),
        PhaseKind::Down => format!("{label}{rep}: down."),
        PhaseKind::Hold => match (view.spot, view.work) {
            (Some((spot, spots)), _) => {
                format!("{label}, spot {spot} of {spots}: press for {duration}.")
            }
            // "Hold" would be the wrong word for slow breathing or heat.
            (None, Some(Work::Timed { .. })) => format!("{label}: keep going for {duration}."),
            _ => format!("{label}: hold for {duration}."),
        },
        // Every set starts on the left, so a switch is always to the right.
        PhaseKind::SwitchSides => "Switch sides: right side next.".to_string(),
        PhaseKind::Rest => match &view.next {
            Some(next) => format!("Rest {duration}. Next: {}.", next.text),
            None => format!("Rest {duration}."),
        },
        PhaseKind::Done => "Session complete. Well done.".to_string(),
    }
}

/// "Prone swimmers, set 2 of 3, left side"; a lone set is not counted.
fn set_label(name: &str, set: Option<(u8, u8)>, side: Side) -> String {
    let mut label = name.to_string();
    if let Some((set, sets)) = set.filter(|&(_, sets)| sets > 1) {
        label.push_str(&format!(", set {set} of {sets}"));
    }
    match side {
        Side::Left => label.push_str(", left side"),
        Side::Right => label.push_str(", right side"),
        Side::None => {}
    }
    label
}

/// "30 seconds", "1 minute", "2 minutes 30 seconds" (rounded up to whole seconds).
fn spoken_duration(duration_ms: u64) -> String {
    let seconds = duration_ms.div_ceil(1_000);
    let plural = |n: u64, unit: &str| {
        if n == 1 {
            format!("1 {unit}")
        } else {
            format!("{n} {unit}s")
        }
    };
    let (minutes, seconds) = (seconds / 60, seconds % 60);
    match (minutes, seconds) {
        (0, seconds) => plural(seconds, "second"),
        (minutes, 0) => plural(minutes, "minute"),
        (minutes, seconds) => format!(
            "{} {}",
            plural(minutes, "minute"),
            plural(seconds, "second")
        ),
    }
}

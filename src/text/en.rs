//! English: the reference table. Every reader-facing English sentence lives here (or in the
//! catalog's and questionnaire's tables still to move; see the README).

use super::{about_minutes, duration_ms, duration_s, Ui};
use crate::domain::catalog::{ExerciseId, TopAction};
use crate::domain::cues::{Announcement, RepStep, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::{Dose, Work};
use crate::domain::exchange::CsvWords;
use crate::domain::exchange::{ImportError, ImportPreview};
use crate::domain::history::Feedback;
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::progression::{Outcome, Rule};
use crate::domain::questionnaire::{AnswerError, KnotLocation, QuestionId};
use crate::domain::session::{NextLabel, SetLabel, Side, Upcoming};
use crate::domain::stats::{ClinicianPrompt, PainChange, PainSummary};
use crate::domain::triage::Caution;

use super::Lang;

const L: Lang = Lang::En;

/// The interface strings in English.
pub const UI: Ui = Ui {
    start_session: "Start session",
    pause: "Pause",
    resume: "Resume",
    finish_and_rate: "Finish and rate",
    paused: "Paused.",
    session_complete: "Session complete",
    language: "Language",
};

/// The exercise's name.
pub fn exercise_name(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => "Doorway chest stretch",
        ExerciseId::WallBallMassage => "Ball massage against a wall",
        ExerciseId::RollerThoracicExtension => "Upper-back stretch over a foam roller",
        ExerciseId::MoistHeat => "Moist heat",
        ExerciseId::SlowBreathing => "Slow breathing",
        ExerciseId::SeatedRotationStretch => "Seated mid-back turn",
        ExerciseId::ProneSwimmers => "Prone swimmers",
        ExerciseId::BentOverRow => "Bent-over rows",
        ExerciseId::ShoulderBladeSqueeze => "Shoulder-blade squeezes",
        ExerciseId::SeatedBandRow => "Seated band rows",
        ExerciseId::RollOutKneeling => "Forearm roll-out with arm lift",
        ExerciseId::RollOutWall => "Standing roll-out at a wall",
        ExerciseId::RollOutFloor => "Floor slide with arm lift",
    }
}

/// "Prone swimmers, set 2 of 3, left side"; a lone set is not counted.
pub fn set_label(label: &SetLabel) -> String {
    let mut text = super::exercise_name(L, &label.exercise_id);
    if let Some((set, sets)) = label.set {
        text.push_str(&format!(", set {set} of {sets}"));
    }
    match label.side {
        Side::Left => text.push_str(", left side"),
        Side::Right => text.push_str(", right side"),
        Side::None => {}
    }
    text
}

/// The "next" preview's text.
pub fn upcoming(upcoming: &Upcoming) -> String {
    match upcoming {
        Upcoming::Rest { duration_ms: ms } => format!("Rest {}", duration_ms(L, *ms)),
        Upcoming::SwitchSides => "Switch sides".to_owned(),
        Upcoming::End => "End of session".to_owned(),
        Upcoming::Exercise(label) => set_label(label),
    }
}

/// The words before the "next" preview.
pub fn next_label(label: NextLabel) -> String {
    match label {
        NextLabel::Next => "Next".to_owned(),
        NextLabel::AfterRep(rep) => format!("After rep {rep}"),
        NextLabel::AfterSpot(spot) => format!("After spot {spot}"),
    }
}

/// What the voice says.
pub fn speech(speech: &Speech) -> String {
    match speech {
        Speech::GetReady(label) => format!("{}. Get ready.", set_label(label)),
        Speech::SwitchSides => "Switch sides.".to_owned(),
        Speech::Rest {
            duration_ms: ms,
            next,
        } => {
            let rest = format!("Rest {}.", duration_ms(L, *ms));
            match next {
                Some(next) => format!("{rest} Next: {}.", upcoming(next)),
                None => rest,
            }
        }
        Speech::Done => "Session complete. Well done.".to_owned(),
        Speech::SetBegins(label) => format!("{}.", set_label(label)),
        Speech::NextSpot => "Next spot.".to_owned(),
    }
}

/// What the reader does at the top of a repetition.
pub fn top_action(action: TopAction) -> &'static str {
    match action {
        TopAction::HoldAtTop => "Hold at the top",
        TopAction::LiftEachArm => "Lift each arm in turn",
    }
}

/// The `aria-live` sentence for a phase.
pub fn announcement(announcement: &Announcement) -> String {
    let rep_part = |rep: &Option<(u8, u8)>| {
        rep.map(|(rep, reps)| format!(", rep {rep} of {reps}"))
            .unwrap_or_default()
    };
    match announcement {
        Announcement::Silent => String::new(),
        Announcement::GetReady(label) => format!("Get ready: {}.", set_label(label)),
        Announcement::Rep { label, rep, step } => {
            let step = match step {
                RepStep::Up => "up".to_owned(),
                RepStep::Top(action) => top_action(*action).to_ascii_lowercase(),
                RepStep::Down => "down".to_owned(),
            };
            format!("{}{}: {step}.", set_label(label), rep_part(rep))
        }
        Announcement::Press {
            label,
            spot: (spot, spots),
            duration_ms: ms,
        } => format!(
            "{}, spot {spot} of {spots}: press for {}.",
            set_label(label),
            duration_ms(L, *ms)
        ),
        Announcement::KeepGoing {
            label,
            duration_ms: ms,
        } => {
            format!(
                "{}: keep going for {}.",
                set_label(label),
                duration_ms(L, *ms)
            )
        }
        Announcement::Hold {
            label,
            duration_ms: ms,
        } => {
            format!("{}: hold for {}.", set_label(label), duration_ms(L, *ms))
        }
        Announcement::SwitchToRight => "Switch sides: right side next.".to_owned(),
        Announcement::Rest {
            duration_ms: ms,
            next,
        } => match next {
            Some(next) => format!("Rest {}. Next: {}.", duration_ms(L, *ms), upcoming(next)),
            None => format!("Rest {}.", duration_ms(L, *ms)),
        },
        Announcement::Done => "Session complete. Well done.".to_owned(),
    }
}

/// A triage caution, as a reason for the routine.
pub fn caution(caution: Caution) -> &'static str {
    match caution {
        Caution::OlderAdult => "Because you are 65 or over, your stretches are held for longer (30 to 60 seconds) and kept gentle.",
        Caution::LongStanding => "You have had this for three months or more. Keep going for 3 to 4 weeks, then check whether it is better; if it is not, see a doctor or physiotherapist.",
        Caution::ReliefDidNotHelp => "Stretching or massage gave you little or only short relief, so your routine puts strengthening first and keeps them for quick relief.",
        Caution::ExerciseDidNotHelp => "Exercise has not helped you so far. Changes usually show after 3 to 4 weeks of regular practice; if nothing changes by then, see a doctor or physiotherapist.",
    }
}

/// A reason about the whole routine.
pub fn routine_reason(reason: &RoutineReason) -> String {
    let text = match reason {
        RoutineReason::ReliefFirst => "Your routine starts with stretches and other quick relief, then strengthening. Relief eases the knot for a while and helps you keep going; strengthening is what helps in the long run.",
        RoutineReason::StrengthFirst => "Stretching or massage gave you little or only short relief, so strengthening comes first and takes most of the time. A knot that stretching and massage do not shift can mean the area needs more strength and steadiness. The relief exercises stay for quick comfort.",
        RoutineReason::Caution(c) => caution(*c),
        RoutineReason::PainSteppedBack => "Your pain was 6 or more out of 10 after your last session, so the exercises step back a notch where they can. If it stays that high, stop and check with a doctor or physiotherapist.",
        RoutineReason::PainEasedOff => "Your pain was 4 or 5 out of 10 after your last session, so the exercises ease off a notch where they can.",
        RoutineReason::NoEquipmentNeeded => "You need no equipment: a chair, a doorway, a towel and some floor space are enough.",
        RoutineReason::NoRollerFloorRollOut { turn: true } => "You have no foam roller, so the roll-out is done lying on the floor, and a seated mid-back turn stands in for the roller stretch.",
        RoutineReason::NoRollerFloorRollOut { turn: false } => "You have no foam roller, so the roll-out is done lying on the floor.",
        RoutineReason::NoRollerTurn => "You have no foam roller, so a seated mid-back turn stands in for the roller stretch.",
        RoutineReason::NoBallMassage => "Ball massage needs a tennis or lacrosse ball and a wall to lean on, so it is left out.",
        RoutineReason::RowsUseBand => "You have no dumbbells, so rows use your band. A full water bottle in each hand works too.",
        RoutineReason::NoRows => "Bent-over rows need light weights, full water bottles or a band, so other exercises do the strengthening instead.",
        RoutineReason::HeatDidNotHelp => "Heat did not help you before, so it is left out.",
        RoutineReason::WarmShowerFirst => "A warm shower before your session can help tense muscles relax; moist heat tends to work better than dry.",
        RoutineReason::LongSitting { hours } => {
            return format!("You sit for about {hours} hours a day. Staying in one position for long spells can feed knots, so get up and move for a minute or two every so often.");
        }
        RoutineReason::FitsTime {
            total_s,
            minutes,
            floor_get_ready_s,
        } => {
            let get_ready = match floor_get_ready_s {
                Some(floor_s) => format!(
                    "a few seconds to get ready before each exercise ({floor_s} for those on the floor)"
                ),
                None => "a few seconds to get ready before each exercise".to_owned(),
            };
            return format!(
                "Planned to take about {} to fit your {minutes} minutes, counting {get_ready} and to switch sides.",
                about_minutes(L, *total_s)
            );
        }
        RoutineReason::ShorterThanChosen { total_s, minutes } => {
            return format!(
                "This session takes about {}, less than your {minutes} minutes, because some exercises were eased off after your last sessions. Doing less, well, beats pushing through.",
                about_minutes(L, *total_s)
            );
        }
        RoutineReason::PainGuide => "While you exercise and afterwards, pain up to 3 out of 10 is fine. At 4 or 5, ease off next time. At 6 or more, stop and step back.",
        RoutineReason::Schedule => "Do this routine 3 to 4 times a week, with a day off between sessions when you can, for 3 to 4 weeks. Changes usually show after 3 to 4 weeks.",
    };
    text.to_owned()
}

/// The exercise's job in the routine, in one short line.
fn role(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => "Opens the chest, taking strain off the muscles between your shoulder blades.",
        ExerciseId::WallBallMassage => "Quick relief for tender spots: it helps you keep going, but it is not a long-term fix.",
        ExerciseId::RollerThoracicExtension => "Gets the part of your back that stays still when you sit moving again.",
        ExerciseId::MoistHeat => "Warmth to help tense muscles let go.",
        ExerciseId::SlowBreathing => "Stress tightens the upper back; slow breathing helps it ease.",
        ExerciseId::SeatedRotationStretch => "A short-relief stretch that turns the mid-back without pulling the shoulder blades further apart.",
        ExerciseId::ProneSwimmers => "Strengthens the muscles between your shoulder blades through their full range, working against gravity.",
        ExerciseId::BentOverRow => "Works the mid-back muscles directly.",
        ExerciseId::ShoulderBladeSqueeze => "A gentle start that wakes up the muscles between your shoulder blades.",
        ExerciseId::SeatedBandRow => "Strengthens the upper back; in one trial, a couple of minutes of band work on 5 days a week eased neck and shoulder pain.",
        ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => "Builds steadiness around the shoulder blades: the move to try when stretching and massage have not cleared a knot.",
    }
}

/// How a progression rule's sentence starts.
fn opening(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => "You found this too easy last time",
        Rule::TooHard => "You found this too hard last time",
        Rule::JustRight => "This felt about right last time",
        Rule::NoFeedback => "You finished this last time",
        Rule::PainStepBack => "Your pain was 6 or more out of 10 after your last session",
        Rule::PainEaseOff => {
            "Your pain was 4 or 5 out of 10 after your last session, a sign to ease off"
        }
        Rule::NotFinished => "You did not finish this last time",
        Rule::UnderTarget => "You did not finish this in three sessions in a row",
    }
}

/// What progression did, after the rule's opening.
fn outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::OneMoreRep => ", so each set has one more repetition.".to_owned(),
        Outcome::OneMoreRepeat => ", so there is one more repeat.".to_owned(),
        Outcome::OneMoreSet => ", so there is one more set.".to_owned(),
        Outcome::LongerHold => ", so you hold each one a little longer.".to_owned(),
        Outcome::OneMoreSpot => ", so you work one more spot.".to_owned(),
        Outcome::HarderVersion(id) => {
            format!(", so you move on to a harder version: {}.", exercise_name(id))
        }
        Outcome::AddLoad(id) => format!(
            ", so you add a little load. {}",
            load(id).unwrap_or_default()
        ),
        Outcome::OneRepFewer => ", so each set has one repetition fewer.".to_owned(),
        Outcome::OneRepeatFewer => ", so there is one repeat fewer.".to_owned(),
        Outcome::OneSetFewer => ", so there is one set fewer.".to_owned(),
        Outcome::ShorterHold => ", so each hold is a little shorter.".to_owned(),
        Outcome::OneSpotFewer => ", so you work one spot fewer.".to_owned(),
        Outcome::EasierVersion(id) => {
            format!(", so you switch to an easier version: {}.", exercise_name(id))
        }
        Outcome::DropLoad => ", so you drop the added load.".to_owned(),
        Outcome::TimeSetBySession => ". Its time is set by your session, so it stays as planned.".to_owned(),
        Outcome::AlreadyTop => ", but this is already the top of the range used here. Keep it steady; a physiotherapist can suggest what comes next.".to_owned(),
        Outcome::AlreadyEasiest => ", and this is already the easiest level here. Do what you comfortably can.".to_owned(),
        Outcome::SameForNow => "; the dose stays the same for now.".to_owned(),
        Outcome::Same => ", so the dose stays the same.".to_owned(),
    }
}

/// How to add load to an exercise, if it allows it.
pub fn load(id: ExerciseId) -> Option<&'static str> {
    super::exercise_text(L, id).load
}

/// One reason for one exercise.
pub fn exercise_reason(reason: &ExerciseReason) -> String {
    let text = match reason {
        ExerciseReason::Role(id) => role(*id),
        ExerciseReason::RowsWithDumbbells => "Use your light dumbbells, or a full water bottle in each hand.",
        ExerciseReason::RowsWithBand => "You have no dumbbells, so use your band: stand on its middle and hold one end in each hand. A full water bottle in each hand works too.",
        ExerciseReason::FloorVersion => "You have no foam roller, so this is the version on the floor, which needs none.",
        ExerciseReason::TurnInsteadOfRoller => "It takes the place of the foam-roller stretch, since you have no roller.",
        ExerciseReason::WallVersionAt65 => "At 65 or over you start standing at a wall, which spares your knees.",
        ExerciseReason::HeatAtHome => "A warm, damp towel or a warm shower is all you need.",
        ExerciseReason::MassageSpots(KnotLocation::ShoulderBlade) => "Work the tender spots on and around your shoulder blade.",
        ExerciseReason::MassageSpots(KnotLocation::BesideSpine) => "Work the tender spots in the muscle beside your spine, keeping the ball off the spine itself.",
        ExerciseReason::MassageSpots(KnotLocation::TopOfShoulder) => "The ball reaches the top of the shoulder poorly against a wall, so work the highest spots between your shoulder blades, nearest to your knot.",
        ExerciseReason::MassageSpots(KnotLocation::BetweenShoulderBlades) => "Work the tender spots between your shoulder blades.",
        ExerciseReason::HeatHelpedBefore => "You said heat helped you before.",
        ExerciseReason::MassageOnlyFillsTime => "Massage did not help you before, so it only fills time left after everything else.",
        ExerciseReason::OlderAdultHolds => "Because you are 65 or over, each hold lasts 30 to 60 seconds and stays gentle.",
        ExerciseReason::Progress(rule, done) => {
            let mut text = format!("{}{}", opening(*rule), outcome(*done));
            if *rule == Rule::PainStepBack {
                text.push_str(
                    " If the pain stays this high, stop and check with a doctor or physiotherapist.",
                );
            }
            return text;
        }
        ExerciseReason::KeepLoad(id) => {
            return format!(
                "Keep the extra load: {}",
                lower_first(load(*id).unwrap_or_default())
            );
        }
        ExerciseReason::FewerToFit {
            today,
            usual,
            repeats,
        } => {
            let unit = if *repeats { "repeats" } else { "sets" };
            return format!("Today {today} {unit} instead of {usual}, to fit your time.");
        }
    };
    text.to_owned()
}

use super::lower_first;

/// The dose in plain words, e.g. "3 × 10 reps (3 s up, 3 s down), 30 s rest between sets".
pub fn dose(dose: &Dose) -> String {
    let sets = match dose.sets {
        1 => String::new(),
        n => format!("{n} × "),
    };
    let side = if dose.per_side { ", each side" } else { "" };
    let work = match dose.work {
        Work::Reps { reps, tempo } => {
            let top = if tempo.hold_s > 0 {
                format!(", hold {} s", tempo.hold_s)
            } else {
                String::new()
            };
            format!(
                "{sets}{reps} reps{side} ({} s up{top}, {} s down)",
                tempo.up_s, tempo.down_s
            )
        }
        Work::Hold { hold_s } => format!("{sets}hold {hold_s} s{side}"),
        Work::Compression { spots, hold_s } => {
            let spot_word = if spots == 1 { "spot" } else { "spots" };
            format!(
                "{sets}{spots} {spot_word}, {hold_s} s of firm but bearable pressure each{side}"
            )
        }
        Work::Timed { duration_s: d } => {
            format!("{sets}{}{side}", duration_s(L, u64::from(d)))
        }
    };
    if dose.sets > 1 && dose.rest_s > 0 {
        format!("{work}, {} s rest between sets", dose.rest_s)
    } else {
        work
    }
}

/// The CSV export in English.
pub const CSV: CsvWords = CsvWords {
    date: "Date",
    start_time: "Start time",
    duration_minutes: "Duration (minutes)",
    exercises_done: "Exercises done",
    pain_before: "Pain before (0-10)",
    pain_after: "Pain after (0-10)",
    feedback: "Feedback",
    feedback_words,
    exercise_name: |id| super::exercise_name(L, id),
    decimal_separator: '.',
    colon: ": ",
};

/// How each kind of feedback reads.
pub fn feedback_words(feedback: Feedback) -> &'static str {
    match feedback {
        Feedback::TooEasy => "too easy",
        Feedback::JustRight => "just right",
        Feedback::TooHard => "too hard",
    }
}

/// Between a label and what follows it.
pub fn colon() -> &'static str {
    ": "
}

/// The summary of "What have you tried?" when nothing was.
pub fn nothing_tried() -> &'static str {
    "Nothing tried yet"
}

/// The message for an answer that was not accepted.
pub fn answer_error(error: &AnswerError) -> String {
    let text = match error {
        AnswerError::Missing(id) => match id {
            QuestionId::EmergencySigns | QuestionId::WarningSigns | QuestionId::HealthHistory => {
                "Select all that apply, or \u{201c}None of these\u{201d}"
            }
            QuestionId::KnotLocation => "Select where the knot is",
            QuestionId::Duration => "Select how long you have had the knot",
            QuestionId::AgeBand => "Select your age",
            QuestionId::Tried => "Select how each one went, or \u{201c}Not tried\u{201d}",
            QuestionId::SittingHours => "Enter how many hours you sit on a typical day",
            QuestionId::Equipment => "Select what you have, or \u{201c}None of these\u{201d}",
            QuestionId::SessionMinutes => "Select how long each session can be",
        },
        AnswerError::WrongKind(_) => "Something went wrong with this answer. Please answer again",
        AnswerError::UnknownOption { .. } => "Choose one of the options shown",
        AnswerError::NoneWithOthers(_) => {
            "Select either \u{201c}None of these\u{201d} or the options that apply, not both"
        }
        AnswerError::OutOfRange { min, max, .. } => {
            return format!("Enter a whole number from {min} to {max}");
        }
        AnswerError::NotAsking => "There is no question to answer right now",
    };
    text.to_owned()
}

/// What a source id stands for.
pub fn source_about(id: &str) -> &'static str {
    match id {
        "S0" => "a massage therapist's article on knots in the upper back",
        "S1" => "a physiotherapist's article on knots, stretching and strengthening",
        "S2" => "a chiropractor's advice, in a magazine, on knots that stretching does not clear",
        "S3" => "a massage clinic's article on pain between the shoulder blades",
        "R1" => "NHS guidance on back pain and when to get help",
        "R2" => "Physiopedia on warning signs in mid-back pain",
        "R3" => "NHS Devon guidance on referring mid-back pain",
        "R4" => "the 0 to 10 pain scale, and how big a change matters (Salaffi, 2004)",
        "R5" => "exercise doses: ACSM stretching advice, a strength-training trial, a band-training trial (Andersen, 2011) and limits for pressure on a trigger point",
        "R6" => "a rule physiotherapists use to judge pain during and after exercise",
        _ => "",
    }
}

/// What to do instead of a feature the browser lacks.
pub fn missing_feature(missing: Missing) -> &'static str {
    match missing {
        Missing::KeepAwake => {
            "Your browser cannot keep the screen awake: tap the screen now and then."
        }
        Missing::Beeps => "Your browser cannot play the beeps: use Voice, or watch the timer.",
        Missing::Voice => "Your browser cannot speak the cues: use Sound, or watch the timer.",
        Missing::Vibration => "Your device cannot vibrate with the cues.",
    }
}

/// "1 point", "1.5 points", "2 points" from tenths.
fn points(tenths: u32) -> String {
    let number = super::tenths(L, u64::from(tenths));
    let number = number.strip_suffix(".0").unwrap_or(&number).to_owned();
    let unit = if tenths == 10 { "point" } else { "points" };
    format!("{number} {unit}")
}

/// The pain trend in a sentence.
pub fn pain_summary(summary: &PainSummary) -> String {
    let amount = points(summary.change_tenths.unsigned_abs());
    match summary.change {
        PainChange::NotEnoughRatings => "Rate your pain before each session. After a week \
             or more of ratings you will see how it is changing."
            .into(),
        PainChange::MuchBetter => {
            format!("Your pain is down {amount} since you started, comparing your first week with your latest: that's a real improvement.")
        }
        PainChange::SmallImprovement => format!(
            "Your pain is down {amount} since you started, comparing your first week with your latest: a small change that may matter."
        ),
        PainChange::NoClearChange => "Your pain is about where it was when you started: \
             no clear change yet."
            .into(),
        PainChange::Worse => format!(
            "Your pain is up {amount} since you started, comparing your first week with your latest. \
             If it keeps getting worse, see a clinician."
        ),
    }
}

/// The advice to see a clinician when the routine has not helped.
pub fn clinician_prompt(prompt: &ClinicianPrompt) -> String {
    let weeks = prompt.days_since_start / 7;
    let how = if prompt.pain_went_up {
        "your pain has gone up"
    } else {
        "your pain has not clearly improved"
    };
    format!(
        "You have done {} sessions over {weeks} weeks and {how}. When regular exercise \
         has not helped after 3 to 4 weeks, it is worth having a clinician look at your \
         back.",
        prompt.sessions
    )
}

/// Why a file could not be imported.
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => "The file is empty.".into(),
        ImportError::TooLarge { bytes } => {
            let tenths_of_mb = bytes.saturating_mul(10) / (1024 * 1024);
            format!(
                "The file is too large ({} MB). A Knot Coach export is never more than 5 MB.",
                super::tenths(L, u64::try_from(tenths_of_mb).unwrap_or(u64::MAX))
            )
        }
        ImportError::Damaged => {
            "This file could not be read. It is not a Knot Coach export, or it is damaged \
             (for example, cut short)."
                .into()
        }
        ImportError::NotAnExport => "This file is not a Knot Coach export.".into(),
        ImportError::NewerVersion(_) => {
            "This file was made by a newer version of Knot Coach, so this page cannot read \
             it safely."
                .into()
        }
        ImportError::ReadOnly => {
            "Your saved progress comes from a newer version of Knot Coach, so nothing can \
             be added to it here."
                .into()
        }
    }
}

/// What importing a file would change, in a sentence.
pub fn import_summary(preview: &ImportPreview) -> String {
    let mut text = match preview.new_sessions {
        0 => "There are no new sessions in this file.".to_string(),
        1 => "1 new session will be added to your progress.".to_string(),
        n => format!("{n} new sessions will be added to your progress."),
    };
    match preview.already_present {
        0 => {}
        1 => text.push_str(" 1 session is already there."),
        n => text.push_str(&format!(" {n} sessions are already there.")),
    }
    match preview.invalid {
        0 => {}
        1 => text.push_str(" 1 entry could not be read and will be skipped."),
        n => text.push_str(&format!(
            " {n} entries could not be read and will be skipped."
        )),
    }
    text
}

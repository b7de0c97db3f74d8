//! Every word the reader sees or hears, in English and Canadian French: the domain hands
//! over data ([`crate::domain`] returns enums with their numbers), and this layer words it.
//!
//! No browser dependency, so it is tested natively. Each language is one module whose
//! functions `match` exhaustively over the domain's enums: a case missing in one language
//! does not compile. Numbers, durations and plurals go through the one formatter each here.

pub mod en;
mod en_tables;
pub mod fr;
mod fr_tables;

use crate::domain::catalog::{exercise, ExerciseCaution, ExerciseId, TopAction};
use crate::domain::cues::{Announcement, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::Dose;
use crate::domain::exchange::{CsvWords, ImportError, ImportPreview};
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::questionnaire::{
    question, Answer, AnswerError, QuestionId, QuestionKind, NOT_TRIED,
};
use crate::domain::session::{NextLabel, SetLabel, Upcoming};
use crate::domain::stats::{ClinicianPrompt, PainSummary};
use crate::domain::triage::{Caution, RedFlag};

pub use crate::domain::lang::Lang;

/// The static interface strings in `lang`.
pub const fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::En => &en::UI,
        Lang::Fr => &fr::UI,
    }
}

/// Interface strings that take no value. One `const` per language fills every field, so a
/// string missing in one language does not compile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ui {
    /// The player's first button.
    pub start_session: &'static str,
    /// The player's button while playing.
    pub pause: &'static str,
    /// The player's button while paused.
    pub resume: &'static str,
    /// The player's button once the timer ran out.
    pub finish_and_rate: &'static str,
    /// Announced when the reader pauses.
    pub paused: &'static str,
    /// Title once the session is over.
    pub session_complete: &'static str,
    /// The label of the language switch on the standalone page.
    pub language: &'static str,
}

impl Ui {
    /// Every field with its name, for the parity tests.
    pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("start_session", self.start_session),
            ("pause", self.pause),
            ("resume", self.resume),
            ("finish_and_rate", self.finish_and_rate),
            ("paused", self.paused),
            ("session_complete", self.session_complete),
            ("language", self.language),
        ]
    }
}

/// Dispatches one rendering function to the language's module.
macro_rules! by_lang {
    ($lang:expr, $f:ident($($arg:expr),*)) => {
        match $lang {
            Lang::En => en::$f($($arg),*),
            Lang::Fr => fr::$f($($arg),*),
        }
    };
}

/// The exercise's name; an id this build does not know is shown as it is.
pub fn exercise_name(lang: Lang, exercise_id: &str) -> String {
    ExerciseId::parse(exercise_id).map_or_else(
        || exercise_id.to_owned(),
        |id| by_lang!(lang, exercise_name(id)).to_owned(),
    )
}

/// "Prone swimmers, set 2 of 3, left side".
pub fn set_label(lang: Lang, label: &SetLabel) -> String {
    by_lang!(lang, set_label(label))
}

/// "Rest 30 seconds", "Switch sides", "End of session" or a set label.
pub fn upcoming(lang: Lang, upcoming: &Upcoming) -> String {
    by_lang!(lang, upcoming(upcoming))
}

/// "Next", "After rep 10", "After spot 3".
pub fn next_label(lang: Lang, label: NextLabel) -> String {
    by_lang!(lang, next_label(label))
}

/// The words the voice says.
pub fn speech(lang: Lang, speech: &Speech) -> String {
    by_lang!(lang, speech(speech))
}

/// The sentence for the `aria-live` region ("" when silent).
pub fn announcement(lang: Lang, announcement: &Announcement) -> String {
    by_lang!(lang, announcement(announcement))
}

/// What the reader does at the top of a repetition ("Hold at the top").
pub fn top_action(lang: Lang, action: TopAction) -> &'static str {
    by_lang!(lang, top_action(action))
}

/// A triage caution, in a sentence.
pub fn caution(lang: Lang, caution: Caution) -> &'static str {
    by_lang!(lang, caution(caution))
}

/// A reason about the whole routine.
pub fn routine_reason(lang: Lang, reason: &RoutineReason) -> String {
    by_lang!(lang, routine_reason(reason))
}

/// The reasons for one exercise, as one paragraph.
pub fn exercise_reasons(lang: Lang, reasons: &[ExerciseReason]) -> String {
    reasons
        .iter()
        .map(|reason| by_lang!(lang, exercise_reason(reason)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The dose in plain words, e.g. "3 × 10 reps (3 s up, 3 s down), 30 s rest between sets".
pub fn dose(lang: Lang, dose: &Dose) -> String {
    by_lang!(lang, dose(dose))
}

/// A whole number with its noun, singular or plural as the language wants:
/// `count(lang, 2, ("minute", "minutes"), ("minute", "minutes"))`. English uses the
/// singular for 1 only; French for 0 and 1.
pub fn count(lang: Lang, n: u64, en: (&str, &str), fr: (&str, &str)) -> String {
    let (one, many) = match lang {
        Lang::En => en,
        Lang::Fr => fr,
    };
    let singular = match lang {
        Lang::En => n == 1,
        Lang::Fr => n < 2,
    };
    format!("{n} {}", if singular { one } else { many })
}

/// "30 seconds", "1 minute", "2 minutes 30 seconds" (French: "2 minutes 30 secondes").
pub fn duration_s(lang: Lang, seconds: u64) -> String {
    let minutes = |n| count(lang, n, ("minute", "minutes"), ("minute", "minutes"));
    let secs = |n| count(lang, n, ("second", "seconds"), ("seconde", "secondes"));
    match (seconds / 60, seconds % 60) {
        (0, s) => secs(s),
        (m, 0) => minutes(m),
        (m, s) => format!("{} {}", minutes(m), secs(s)),
    }
}

/// [`duration_s`] for a length in ms, rounded up to whole seconds.
pub fn duration_ms(lang: Lang, ms: u64) -> String {
    duration_s(lang, ms.div_ceil(1_000))
}

/// "4 minutes", "4½ minutes", "1 minute", "½ minute": a length rounded to half a minute
/// (the same words in both languages).
pub fn about_minutes(_lang: Lang, seconds: u32) -> String {
    let halves = (seconds + 15) / 30;
    let whole = halves / 2;
    let half = halves % 2 == 1;
    match (whole, half) {
        (0, _) => "\u{bd} minute".to_owned(),
        (1, false) => "1 minute".to_owned(),
        (w, true) => format!("{w}\u{bd} minutes"),
        (w, false) => format!("{w} minutes"),
    }
}

/// A number with one decimal from tenths: "1.5" in English, "1,5" in French.
pub fn tenths(lang: Lang, tenths: u64) -> String {
    let separator = match lang {
        Lang::En => '.',
        Lang::Fr => ',',
    };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// A percentage: "40%" in English, "40 %" (narrow no-break space) in French.
pub fn percent(lang: Lang, value: i64) -> String {
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Fr => format!("{value}\u{202f}%"),
    }
}

/// The CSV export's headers, names and feedback words in `lang`.
pub fn csv_words(lang: Lang) -> CsvWords {
    match lang {
        Lang::En => en::CSV,
        Lang::Fr => fr::CSV,
    }
}

/// The catalog's words for one exercise. `cautions` follows the exercise's own `cautions`,
/// place by place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExerciseText {
    /// Muscles it works or eases, in plain words.
    pub targets: &'static [&'static str],
    /// How to do it, one step per line.
    pub steps: &'static [&'static str],
    /// What to keep in mind while doing it.
    pub cues: &'static [&'static str],
    /// Common mistakes to avoid.
    pub mistakes: &'static [&'static str],
    /// For the clinician: how the sources' figures became this dose.
    pub dose_note: &'static str,
    /// How to make it harder once the dose is at the top of its range.
    pub progression: &'static str,
    /// How to add load, for an exercise that takes it.
    pub load: Option<&'static str>,
    /// How to make it easier.
    pub regression: &'static str,
    /// Text alternative for the illustration.
    pub alt_text: &'static str,
    /// Why it is in the library.
    pub why: &'static str,
    /// What each of the exercise's cautions tells the reader.
    pub cautions: &'static [&'static str],
}

/// A question's words: `options` and `outcomes` are (option id, label, hint).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    /// The question itself.
    pub prompt: &'static str,
    /// A line under the question saying why we ask or how to answer.
    pub help: &'static str,
    /// Unit after a number field, plural form ("" for other questions).
    pub unit: &'static str,
    /// Each option's id, label and optional hint.
    pub options: &'static [(&'static str, &'static str, Option<&'static str>)],
    /// Each outcome's id and label (the "What have you tried?" question).
    pub outcomes: &'static [(&'static str, &'static str)],
}

/// A red flag's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RedFlagText {
    /// The checklist option (for the derived flag: how the result screen names it).
    pub label: &'static str,
    /// Optional extra line under the checklist option.
    pub hint: Option<&'static str>,
    /// One plain sentence saying why this needs attention.
    pub reason: &'static str,
}

/// The catalog's words for exercise `id`.
pub fn exercise_text(lang: Lang, id: ExerciseId) -> &'static ExerciseText {
    match lang {
        Lang::En => &en_tables::EXERCISES[id as usize],
        Lang::Fr => &fr_tables::EXERCISES[id as usize],
    }
}

/// What one of exercise `id`'s cautions tells the reader ("" for a caution it does not have).
pub fn exercise_caution(lang: Lang, id: ExerciseId, caution: &ExerciseCaution) -> &'static str {
    exercise(id)
        .cautions
        .iter()
        .position(|own| own == caution)
        .and_then(|at| exercise_text(lang, id).cautions.get(at))
        .copied()
        .unwrap_or_default()
}

/// Question `id`'s words.
pub fn question_text(lang: Lang, id: QuestionId) -> &'static QuestionText {
    match lang {
        Lang::En => &en_tables::QUESTIONS[id as usize],
        Lang::Fr => &fr_tables::QUESTIONS[id as usize],
    }
}

/// The label and hint of option `option` of question `id`; `None` for an id it does not offer.
pub fn option_text(
    lang: Lang,
    id: QuestionId,
    option: &str,
) -> Option<(&'static str, Option<&'static str>)> {
    question_text(lang, id)
        .options
        .iter()
        .find(|(own, _, _)| *own == option)
        .map(|(_, label, hint)| (*label, *hint))
}

/// The label of outcome `outcome` of question `id` ("Helped").
pub fn outcome_text(lang: Lang, id: QuestionId, outcome: &str) -> Option<&'static str> {
    question_text(lang, id)
        .outcomes
        .iter()
        .find(|(own, _)| *own == outcome)
        .map(|(_, label)| *label)
}

/// A red flag's words.
pub fn red_flag_text(lang: Lang, flag: RedFlag) -> &'static RedFlagText {
    match lang {
        Lang::En => &en_tables::RED_FLAGS[flag as usize],
        Lang::Fr => &fr_tables::RED_FLAGS[flag as usize],
    }
}

/// The message for an answer that was not accepted.
pub fn answer_error(lang: Lang, error: &AnswerError) -> String {
    by_lang!(lang, answer_error(error))
}

/// Text for the "Check your answers" summary, e.g. "Between the shoulder blades" or
/// "Stretching: helped for a while only; Heat: helped". An option id this build no longer
/// offers (from old stored data) is shown as it is rather than dropped.
pub fn describe_answer(lang: Lang, id: QuestionId, answer: &Answer) -> String {
    let label = |option: &str| -> String {
        option_text(lang, id, option)
            .map_or_else(|| option.to_owned(), |(label, _)| label.to_owned())
    };
    match answer {
        Answer::Single(option) => label(option),
        Answer::Multiple(options) => options
            .iter()
            .map(|o| label(o))
            .collect::<Vec<_>>()
            .join("; "),
        Answer::Number(value) => match question(id).kind {
            QuestionKind::Number { .. } => {
                let unit = question_text(lang, id).unit;
                let singular = match lang {
                    Lang::En => *value == 1,
                    Lang::Fr => *value < 2,
                };
                let unit = if singular {
                    unit.strip_suffix('s').unwrap_or(unit)
                } else {
                    unit
                };
                format!("{value} {unit}")
            }
            _ => value.to_string(),
        },
        Answer::Outcomes(given) => {
            // Methods in the order shown; "not tried" is left out so the line stays short.
            let tried: Vec<String> = question(id)
                .options
                .iter()
                .filter_map(|method| {
                    let outcome = given.get(method.id)?;
                    if outcome == NOT_TRIED {
                        return None;
                    }
                    let text = outcome_text(lang, id, outcome).unwrap_or(outcome.as_str());
                    Some(format!(
                        "{}{}{}",
                        label(method.id),
                        by_lang!(lang, colon()),
                        lower_first(text)
                    ))
                })
                .collect();
            if tried.is_empty() {
                by_lang!(lang, nothing_tried()).to_owned()
            } else {
                tried.join("; ")
            }
        }
    }
}

/// "Helped for a while only" reads as "helped for a while only" after a colon.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// What a source id (`S1`, `R5`) stands for ("" for an id the widget does not cite).
pub fn source_about(lang: Lang, id: &str) -> &'static str {
    by_lang!(lang, source_about(id))
}

/// What to do instead of a feature the browser lacks.
pub fn missing_feature(lang: Lang, missing: Missing) -> &'static str {
    by_lang!(lang, missing_feature(missing))
}

/// The pain trend in a sentence.
pub fn pain_summary(lang: Lang, summary: &PainSummary) -> String {
    by_lang!(lang, pain_summary(summary))
}

/// The advice to see a clinician when the routine has not helped.
pub fn clinician_prompt(lang: Lang, prompt: &ClinicianPrompt) -> String {
    by_lang!(lang, clinician_prompt(prompt))
}

/// Why a file could not be imported.
pub fn import_error(lang: Lang, error: &ImportError) -> String {
    by_lang!(lang, import_error(error))
}

/// What importing a file would change, in a sentence.
pub fn import_summary(lang: Lang, preview: &ImportPreview) -> String {
    by_lang!(lang, import_summary(preview))
}

//! The French table: every French word, read at run time from `text/knot-coach.fr-CA.json`
//! (fetched only when a reader's language is French, so an English reader never downloads
//! it) and checked against English before anything uses it: the same keys, no others, and
//! the same placeholders. A table that fails the check is rejected whole, with an error
//! naming the first problem, and the widget stays in English.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::{en, en_tables, Calendar, ExerciseText, QuestionText, RedFlagText, Ui};
use crate::domain::catalog::ExerciseId;
use crate::domain::exchange::CsvWords;
use crate::domain::questionnaire::QuestionId;
use crate::domain::triage::RedFlag;

/// Declares [`W`] and the placeholders each of its templates takes, from one list.
macro_rules! words {
    ($( $key:ident $(( $($placeholder:ident),* ))? ,)*) => {
        /// A word or sentence of the French rendering functions ([`super::fr`]): its key in
        /// the table's `words`, named after the function and the case that uses it.
        #[allow(non_camel_case_types, missing_docs)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum W { $($key,)* }

        /// Each word's key and the placeholders its template fills, in [`W`] order.
        pub const WORDS: &[(&str, &[&str])] = &[
            $( (stringify!($key), &[$($(stringify!($placeholder)),*)?]), )*
        ];
    };
}

words! {
    exercise_name_chest_stretch,
    exercise_name_wall_ball_massage,
    exercise_name_roller_thoracic_extension,
    exercise_name_moist_heat,
    exercise_name_slow_breathing,
    exercise_name_seated_rotation_stretch,
    exercise_name_prone_swimmers,
    exercise_name_bent_over_row,
    exercise_name_shoulder_blade_squeeze,
    exercise_name_seated_band_row,
    exercise_name_roll_out_kneeling,
    exercise_name_roll_out_wall,
    exercise_name_roll_out_floor,
    upcoming_switch_sides,
    upcoming_end,
    next_label_next,
    speech_switch_sides,
    speech_done,
    speech_next_spot,
    top_action_hold_at_top,
    top_action_lift_each_arm,
    announcement_up,
    announcement_down,
    announcement_switch_to_right,
    announcement_done,
    caution_older_adult,
    caution_long_standing,
    caution_relief_did_not_help,
    caution_exercise_did_not_help,
    routine_reason_relief_first,
    routine_reason_strength_first,
    routine_reason_pain_stepped_back,
    routine_reason_pain_eased_off,
    routine_reason_no_equipment_needed,
    routine_reason_no_roller_floor_roll_out_turn_true,
    routine_reason_no_roller_floor_roll_out_turn_false,
    routine_reason_no_roller_turn,
    routine_reason_no_ball_massage,
    routine_reason_rows_use_band,
    routine_reason_no_rows,
    routine_reason_heat_did_not_help,
    routine_reason_warm_shower_first,
    routine_reason_pain_guide,
    routine_reason_schedule,
    role_chest_stretch,
    role_wall_ball_massage,
    role_roller_thoracic_extension,
    role_moist_heat,
    role_slow_breathing,
    role_seated_rotation_stretch,
    role_prone_swimmers,
    role_bent_over_row,
    role_shoulder_blade_squeeze,
    role_seated_band_row,
    role_roll_out_kneeling,
    opening_too_easy,
    opening_too_hard,
    opening_just_right,
    opening_no_feedback,
    opening_pain_step_back,
    opening_pain_ease_off,
    opening_not_finished,
    opening_under_target,
    outcome_one_more_rep,
    outcome_one_more_repeat,
    outcome_one_more_set,
    outcome_longer_hold,
    outcome_one_more_spot,
    outcome_one_rep_fewer,
    outcome_one_repeat_fewer,
    outcome_one_set_fewer,
    outcome_shorter_hold,
    outcome_one_spot_fewer,
    outcome_drop_load,
    outcome_time_set_by_session,
    outcome_already_top,
    outcome_already_easiest,
    outcome_same_for_now,
    outcome_same,
    exercise_reason_rows_with_dumbbells,
    exercise_reason_rows_with_band,
    exercise_reason_floor_version,
    exercise_reason_turn_instead_of_roller,
    exercise_reason_wall_version_at65,
    exercise_reason_heat_at_home,
    exercise_reason_massage_spots_shoulder_blade,
    exercise_reason_massage_spots_beside_spine,
    exercise_reason_massage_spots_top_of_shoulder,
    exercise_reason_massage_spots_between_shoulder_blades,
    exercise_reason_heat_helped_before,
    exercise_reason_massage_only_fills_time,
    exercise_reason_older_adult_holds,
    feedback_words_too_easy,
    feedback_words_just_right,
    feedback_words_too_hard,
    answer_error_knot_location,
    answer_error_duration,
    answer_error_age_band,
    answer_error_tried,
    answer_error_equipment,
    answer_error_session_minutes,
    answer_error_unknown_option,
    answer_error_not_asking,
    source_about_s0,
    source_about_s1,
    source_about_s2,
    source_about_s3,
    source_about_r1,
    source_about_r2,
    source_about_r3,
    source_about_r4,
    source_about_r5,
    source_about_r6,
    missing_feature_keep_awake,
    missing_feature_beeps,
    missing_feature_voice,
    missing_feature_vibration,
    pain_summary_not_enough_ratings,
    pain_summary_no_clear_change,
    import_error_empty,
    import_error_damaged,
    import_error_not_an_export,
    import_error_read_only,
    session_problem_not_an_object,
    session_problem_bad_id,
    session_problem_ends_before_start,
    session_problem_implausible_date,
    session_problem_too_long,
    session_problem_duplicate_id,
    rule_summary_too_easy,
    rule_summary_too_hard,
    rule_summary_just_right,
    rule_summary_no_feedback,
    rule_summary_pain_step_back,
    rule_summary_pain_ease_off,
    rule_summary_not_finished,
    rule_summary_under_target,
    set_label_set(set, sets),
    set_label_left,
    set_label_right,
    upcoming_rest(duration),
    next_label_after_rep(rep),
    next_label_after_spot(spot),
    speech_get_ready(exercise),
    rest(duration),
    rest_then(duration, next),
    speech_set_begins(exercise),
    announcement_rep_part(rep, reps),
    announcement_get_ready(exercise),
    announcement_rep(exercise, rep, step),
    announcement_press(duration, exercise, spot, spots),
    announcement_keep_going(duration, exercise),
    announcement_hold(duration, exercise),
    routine_reason_long_sitting(hours),
    get_ready,
    repeat,
    repeats,
    set,
    sets,
    get_ready_floor(floor_s),
    routine_reason_fits_time(about, get_ready, minutes),
    routine_reason_shorter_than_chosen(about, minutes),
    outcome_harder_version(exercise),
    outcome_add_load(load),
    outcome_easier_version(exercise),
    exercise_reason_pain_step_back,
    exercise_reason_keep_load(load),
    exercise_reason_fewer_to_fit(today, unit, usual),
    dose_per_side,
    dose_top_hold(hold_s),
    dose_rep,
    dose_reps,
    dose_reps_work(down_s, reps, sets, side, top, up_s, word),
    dose_hold_work(hold_s, sets, side),
    dose_spot,
    dose_spots,
    dose_compression_work(hold_s, sets, side, spots, word),
    dose_rest_between_sets(rest_s, work),
    import_error_newer_version,
    import_summary_none,
    import_summary_one,
    colon,
    nothing_tried,
    answer_error_tick_all,
    answer_error_sitting_hours,
    answer_error_wrong_kind,
    answer_error_none_with_others,
    answer_error_out_of_range(max, min),
    pain_point,
    pain_points,
    pain_summary_much_better(amount),
    pain_summary_small_improvement(amount),
    pain_summary_worse(amount),
    clinician_prompt_pain_went_up,
    clinician_prompt_no_clear_change,
    week,
    weeks,
    clinician_prompt(how, sessions, weeks),
    import_error_too_large(mb),
    import_summary_many(n),
    import_summary_one_present,
    import_summary_many_present(n),
    import_summary_one_invalid,
    import_summary_many_invalid(n),
    session_problem_unreadable(detail),
    session_problem_pain_out_of_range,
}

/// The French words, checked and ready: what [`super::ui`] and the other lookups read when
/// the reader's language is French.
#[derive(Debug)]
pub struct FrTable {
    /// The interface strings.
    pub ui: Ui,
    /// The rendering functions' words, in [`W`] order.
    words: Vec<&'static str>,
    /// The catalog's words, in [`ExerciseId::ALL`] order.
    pub exercises: Vec<ExerciseText>,
    /// The questions' words, in [`QuestionId::ALL`] order.
    pub questions: Vec<QuestionText>,
    /// The red flags' words, in [`RedFlag`] order.
    pub red_flags: Vec<RedFlagText>,
    /// Month and weekday names.
    pub calendar: Calendar,
    /// The CSV export's headers.
    pub csv: CsvWords,
}

/// Why a French table was rejected. `at` is the path of the value in the JSON
/// (`ui.back`, `exercises.chest-stretch.steps`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TableError {
    /// The file is not JSON at all.
    NotJson(String),
    /// A key English has is missing.
    Missing(String),
    /// A key English does not have.
    Unknown(String),
    /// A value of the wrong kind (an object where a string belongs, too few weekdays, …).
    WrongShape {
        /// Where.
        at: String,
        /// What belongs there.
        expected: &'static str,
    },
    /// A template whose `{placeholders}` are not the ones its English fills.
    Placeholders {
        /// Where.
        at: String,
        /// The placeholders found, sorted.
        found: Vec<String>,
        /// The placeholders expected, sorted.
        expected: Vec<String>,
    },
}

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let braces = |names: &[String]| -> String {
            if names.is_empty() {
                "none".to_owned()
            } else {
                names
                    .iter()
                    .map(|n| format!("{{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            }
        };
        match self {
            Self::NotJson(detail) => write!(f, "the French table is not valid JSON ({detail})"),
            Self::Missing(at) => write!(f, "the French table has no `{at}`"),
            Self::Unknown(at) => write!(
                f,
                "the French table has `{at}`, which English does not have"
            ),
            Self::WrongShape { at, expected } => {
                write!(f, "in the French table, `{at}` should be {expected}")
            }
            Self::Placeholders {
                at,
                found,
                expected,
            } => write!(
                f,
                "in the French table, `{at}` has the placeholders {} where English has {}",
                braces(found),
                braces(expected)
            ),
        }
    }
}

static TABLE: OnceLock<&'static FrTable> = OnceLock::new();

/// The French table, once [`install`] has accepted one.
pub fn table() -> Option<&'static FrTable> {
    TABLE.get().copied()
}

/// Checks `json` and, if it passes, makes it the French table for the rest of the page's
/// life (a table already installed stays; `json` is then not read). The words are kept
/// for good, so every lookup hands out `&'static str` like the English consts.
pub fn install(json: &str) -> Result<&'static FrTable, TableError> {
    if let Some(table) = table() {
        return Ok(table);
    }
    let table: &'static FrTable = Box::leak(Box::new(parse(json)?));
    Ok(TABLE.get_or_init(|| table))
}

/// Reads and checks a French table without installing it. The parsed JSON is kept for
/// good, even when a later check rejects it: the widget reads a table once per page.
pub fn parse(json: &str) -> Result<FrTable, TableError> {
    let value: Value =
        serde_json::from_str(json).map_err(|error| TableError::NotJson(error.to_string()))?;
    let value: &'static Value = Box::leak(Box::new(value));
    let root = object(value, "")?;
    exact_keys(
        root,
        [
            "calendar",
            "csv",
            "exercises",
            "questions",
            "red_flags",
            "ui",
            "words",
        ],
        "",
    )?;

    let ui_map = object(&root["ui"], "ui")?;
    exact_keys(ui_map, Ui::NAMES.iter().copied(), "ui")?;
    let mut ui = Vec::with_capacity(Ui::NAMES.len());
    for (name, english) in en::UI.fields() {
        ui.push(template(
            &ui_map[name],
            &placeholders(english),
            &path("ui", name),
        )?);
    }

    let words_map = object(&root["words"], "words")?;
    exact_keys(words_map, WORDS.iter().map(|(key, _)| *key), "words")?;
    let mut words = Vec::with_capacity(WORDS.len());
    for (key, expected) in WORDS {
        words.push(template(&words_map[*key], expected, &path("words", key))?);
    }

    let exercises_map = object(&root["exercises"], "exercises")?;
    exact_keys(
        exercises_map,
        ExerciseId::ALL.iter().map(|id| id.as_str()),
        "exercises",
    )?;
    let exercises = ExerciseId::ALL
        .iter()
        .map(|id| {
            let at = path("exercises", id.as_str());
            exercise(
                &exercises_map[id.as_str()],
                &en_tables::EXERCISES[*id as usize],
                &at,
            )
        })
        .collect::<Result<_, _>>()?;

    let questions_map = object(&root["questions"], "questions")?;
    exact_keys(
        questions_map,
        QuestionId::ALL.iter().map(|id| id.stored_name()),
        "questions",
    )?;
    let questions = QuestionId::ALL
        .iter()
        .map(|id| {
            let at = path("questions", id.stored_name());
            question(
                &questions_map[id.stored_name()],
                &en_tables::QUESTIONS[*id as usize],
                &at,
            )
        })
        .collect::<Result<_, _>>()?;

    let flags = root["red_flags"]
        .as_array()
        .filter(|flags| flags.len() == en_tables::RED_FLAGS.len())
        .ok_or(TableError::WrongShape {
            at: "red_flags".into(),
            expected: "a list of one entry per red flag, in order",
        })?;
    let red_flags = flags
        .iter()
        .enumerate()
        .map(|(at, flag)| red_flag(flag, &path("red_flags", &at.to_string())))
        .collect::<Result<_, _>>()?;
    debug_assert_eq!(RedFlag::all().len(), en_tables::RED_FLAGS.len());

    Ok(FrTable {
        ui: Ui::from_values(&ui),
        words,
        exercises,
        questions,
        red_flags,
        calendar: calendar(&root["calendar"])?,
        csv: csv(&root["csv"])?,
    })
}

/// A French word or sentence by its key ("" before a table is installed, which the text
/// layer never lets happen: it speaks French only once the table is there).
pub fn w(key: W) -> &'static str {
    table().map_or("", |table| table.words[key as usize])
}

fn path(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

fn object<'v>(value: &'v Value, at: &str) -> Result<&'v Map<String, Value>, TableError> {
    value.as_object().ok_or_else(|| TableError::WrongShape {
        at: if at.is_empty() {
            "the file".into()
        } else {
            at.into()
        },
        expected: "an object",
    })
}

/// `map` has exactly the keys `expected`: the first missing one, else the first extra one,
/// is the error.
fn exact_keys<'k>(
    map: &Map<String, Value>,
    expected: impl IntoIterator<Item = &'k str> + Clone,
    at: &str,
) -> Result<(), TableError> {
    if let Some(missing) = expected
        .clone()
        .into_iter()
        .find(|key| !map.contains_key(*key))
    {
        return Err(TableError::Missing(path(at, missing)));
    }
    match map
        .keys()
        .find(|key| !expected.clone().into_iter().any(|own| own == key.as_str()))
    {
        Some(extra) => Err(TableError::Unknown(path(at, extra))),
        None => Ok(()),
    }
}

/// The sorted, distinct `{name}` placeholders of `text`.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// A string whose placeholders are exactly `expected` (in any order).
fn template(
    value: &'static Value,
    expected: &[&str],
    at: &str,
) -> Result<&'static str, TableError> {
    let text = value.as_str().ok_or_else(|| TableError::WrongShape {
        at: at.into(),
        expected: "a string",
    })?;
    let found = placeholders(text);
    let mut expected = expected.to_vec();
    expected.sort_unstable();
    expected.dedup();
    if found != expected {
        return Err(TableError::Placeholders {
            at: at.into(),
            found: found.into_iter().map(str::to_owned).collect(),
            expected: expected.into_iter().map(str::to_owned).collect(),
        });
    }
    Ok(text)
}

/// A string with no placeholder.
fn plain(value: &'static Value, at: &str) -> Result<&'static str, TableError> {
    template(value, &[], at)
}

/// A string, or `null` where English has nothing.
fn optional(value: &'static Value, at: &str) -> Result<Option<&'static str>, TableError> {
    if value.is_null() {
        Ok(None)
    } else {
        plain(value, at).map(Some)
    }
}

/// A list of strings, `len` long when given.
fn list(
    value: &'static Value,
    len: Option<usize>,
    at: &str,
) -> Result<Vec<&'static str>, TableError> {
    let items = value
        .as_array()
        .filter(|items| len.is_none_or(|len| items.len() == len))
        .ok_or_else(|| TableError::WrongShape {
            at: at.into(),
            expected: if len.is_some() {
                "a list as long as English's"
            } else {
                "a list of strings"
            },
        })?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| plain(item, &path(at, &i.to_string())))
        .collect()
}

fn leak(items: Vec<&'static str>) -> &'static [&'static str] {
    Box::leak(items.into_boxed_slice())
}

fn exercise(
    value: &'static Value,
    english: &ExerciseText,
    at: &str,
) -> Result<ExerciseText, TableError> {
    let map = object(value, at)?;
    exact_keys(
        map,
        [
            "alt_text",
            "cautions",
            "cues",
            "dose_note",
            "load",
            "mistakes",
            "progression",
            "regression",
            "steps",
            "targets",
            "why",
        ],
        at,
    )?;
    let field = |key: &str| (&map[key], path(at, key));
    let text = |key: &str| {
        let (value, at) = field(key);
        plain(value, &at)
    };
    let items = |key: &str, len: Option<usize>| {
        let (value, at) = field(key);
        list(value, len, &at).map(leak)
    };
    let (load, load_at) = field("load");
    Ok(ExerciseText {
        targets: items("targets", None)?,
        steps: items("steps", Some(english.steps.len()))?,
        cues: items("cues", Some(english.cues.len()))?,
        mistakes: items("mistakes", Some(english.mistakes.len()))?,
        dose_note: text("dose_note")?,
        progression: text("progression")?,
        load: match (optional(load, &load_at)?, english.load) {
            (Some(text), Some(_)) => Some(text),
            (None, None) => None,
            _ => {
                return Err(TableError::WrongShape {
                    at: load_at,
                    expected: "a string where English has one, null where it has none",
                })
            }
        },
        regression: text("regression")?,
        alt_text: text("alt_text")?,
        why: text("why")?,
        cautions: items("cautions", Some(english.cautions.len()))?,
    })
}

fn question(
    value: &'static Value,
    english: &QuestionText,
    at: &str,
) -> Result<QuestionText, TableError> {
    let map = object(value, at)?;
    exact_keys(map, ["help", "options", "outcomes", "prompt", "unit"], at)?;
    let options_at = path(at, "options");
    let options_map = object(&map["options"], &options_at)?;
    exact_keys(
        options_map,
        english.options.iter().map(|(id, _, _)| *id),
        &options_at,
    )?;
    let options = english
        .options
        .iter()
        .map(|(id, _, _)| {
            let at = path(&options_at, id);
            let option = object(&options_map[*id], &at)?;
            exact_keys(option, ["hint", "label"], &at)?;
            Ok((
                *id,
                plain(&option["label"], &path(&at, "label"))?,
                optional(&option["hint"], &path(&at, "hint"))?,
            ))
        })
        .collect::<Result<Vec<_>, TableError>>()?;
    let outcomes_at = path(at, "outcomes");
    let outcomes_map = object(&map["outcomes"], &outcomes_at)?;
    exact_keys(
        outcomes_map,
        english.outcomes.iter().map(|(id, _)| *id),
        &outcomes_at,
    )?;
    let outcomes = english
        .outcomes
        .iter()
        .map(|(id, _)| Ok((*id, plain(&outcomes_map[*id], &path(&outcomes_at, id))?)))
        .collect::<Result<Vec<_>, TableError>>()?;
    Ok(QuestionText {
        prompt: plain(&map["prompt"], &path(at, "prompt"))?,
        help: plain(&map["help"], &path(at, "help"))?,
        unit: plain(&map["unit"], &path(at, "unit"))?,
        options: Box::leak(options.into_boxed_slice()),
        outcomes: Box::leak(outcomes.into_boxed_slice()),
    })
}

fn red_flag(value: &'static Value, at: &str) -> Result<RedFlagText, TableError> {
    let map = object(value, at)?;
    exact_keys(map, ["hint", "label", "reason"], at)?;
    Ok(RedFlagText {
        label: plain(&map["label"], &path(at, "label"))?,
        hint: optional(&map["hint"], &path(at, "hint"))?,
        reason: plain(&map["reason"], &path(at, "reason"))?,
    })
}

fn calendar(value: &'static Value) -> Result<Calendar, TableError> {
    let map = object(value, "calendar")?;
    exact_keys(
        map,
        ["months", "weekdays", "weekdays_long", "weekdays_narrow"],
        "calendar",
    )?;
    fn names<const N: usize>(
        map: &'static Map<String, Value>,
        key: &str,
    ) -> Result<[&'static str; N], TableError> {
        let at = path("calendar", key);
        let names = list(&map[key], Some(N), &at)?;
        names.try_into().map_err(|_| TableError::WrongShape {
            at,
            expected: "a list as long as English's",
        })
    }
    Ok(Calendar {
        months: names(map, "months")?,
        weekdays: names(map, "weekdays")?,
        weekdays_narrow: names(map, "weekdays_narrow")?,
        weekdays_long: names(map, "weekdays_long")?,
    })
}

fn csv(value: &'static Value) -> Result<CsvWords, TableError> {
    let map = object(value, "csv")?;
    exact_keys(
        map,
        [
            "colon",
            "date",
            "duration_minutes",
            "exercises_done",
            "feedback",
            "pain_after",
            "pain_before",
            "start_time",
        ],
        "csv",
    )?;
    let text = |key: &str| plain(&map[key], &path("csv", key));
    Ok(CsvWords {
        date: text("date")?,
        start_time: text("start_time")?,
        duration_minutes: text("duration_minutes")?,
        exercises_done: text("exercises_done")?,
        pain_before: text("pain_before")?,
        pain_after: text("pain_after")?,
        feedback: text("feedback")?,
        feedback_words: super::fr::feedback_words,
        exercise_name: |id| super::exercise_name(super::Lang::Fr, id),
        decimal_separator: ',',
        colon: text("colon")?,
    })
}

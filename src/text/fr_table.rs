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

        /// Each word's key, in [`W`] order, each followed by a space (one string rather
        /// than a table of them, which costs the wasm more).
        const WORD_KEYS: &str = concat!($(stringify!($key), " "),*);

        /// The placeholders each word's template fills, in [`W`] order: `a,b,` for a
        /// template with `{a}` and `{b}`, each word's list ended by `;`.
        const WORD_PLACEHOLDERS: &str =
            concat!($( $( $(stringify!($placeholder), ",",)* )? ";",)*);
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
    outcome_clinician_top,
    outcome_clinician_easiest,
    exercise_reason_prescribed,
    dose_field_sets,
    dose_field_reps,
    dose_field_up_s,
    dose_field_pause_s,
    dose_field_down_s,
    dose_field_hold_s,
    dose_field_spots,
    dose_field_duration_s,
    dose_field_rest_s,
    text_problem_blank,
    text_problem_too_long(max_chars),
    text_problem_markup,
    text_problem_control_character,
    prescription_error_empty_routine,
    prescription_error_too_many_exercises(max),
    prescription_error_duplicate_exercise(exercise),
    prescription_error_schedule_out_of_bounds(got, max, min),
    prescription_error_blank_clinic_name,
    prescription_error_bad_booking_url,
    prescription_error_booking_url_too_long(max_chars),
    prescription_error_wrong_kind_of_work(exercise),
    prescription_error_sides_not_allowed(exercise),
    prescription_error_dose_out_of_bounds(exercise, field, got, max, min),
    link_error_truncated,
    link_error_checksum_mismatch,
    link_error_unknown_version(got),
    link_error_malformed,
    link_error_unknown_exercise,
    link_error_invalid(problem),
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
    check(json).map_err(|error| *error)
}

/// What the checks return: the error boxed, so that passing it up is cheap (the wasm is
/// smaller for it).
type Checked<T> = Result<T, Box<TableError>>;

fn check(json: &str) -> Checked<FrTable> {
    let value = read(json)?;
    let file = At::ROOT;
    let root = object(value, file)?;
    exact_keys(
        root,
        &[
            "calendar",
            "csv",
            "exercises",
            "questions",
            "red_flags",
            "ui",
            "words",
        ],
        file,
    )?;

    let at = file.child("ui");
    let map = object(&root["ui"], at)?;
    let names: Vec<&str> = Ui::names().collect();
    exact_keys(map, &names, at)?;
    let mut ui = Vec::with_capacity(names.len());
    for (name, english) in names.iter().zip(en::UI.values()) {
        ui.push(template(
            &map[*name],
            &placeholders(english),
            at.child(name),
        )?);
    }
    let ui = ui
        .try_into()
        .map_err(|_| at.wrong("every interface string"))?;

    let at = file.child("words");
    let map = object(&root["words"], at)?;
    let keys: Vec<&str> = WORD_KEYS.split_terminator(' ').collect();
    exact_keys(map, &keys, at)?;
    let mut words = Vec::with_capacity(keys.len());
    for (key, expected) in keys.iter().zip(WORD_PLACEHOLDERS.split_terminator(';')) {
        let expected: Vec<&str> = expected.split_terminator(',').collect();
        words.push(template(&map[*key], &expected, at.child(key))?);
    }

    let at = file.child("exercises");
    let map = object(&root["exercises"], at)?;
    let keys: Vec<&str> = ExerciseId::ALL.iter().map(|id| id.as_str()).collect();
    exact_keys(map, &keys, at)?;
    let mut exercises = Vec::with_capacity(keys.len());
    for (key, english) in keys.iter().zip(&en_tables::EXERCISES) {
        exercises.push(exercise(&map[*key], english, at.child(key))?);
    }

    let at = file.child("questions");
    let map = object(&root["questions"], at)?;
    let keys: Vec<&str> = QuestionId::ALL.iter().map(|id| id.stored_name()).collect();
    exact_keys(map, &keys, at)?;
    let mut questions = Vec::with_capacity(keys.len());
    for (key, english) in keys.iter().zip(&en_tables::QUESTIONS) {
        questions.push(question(&map[*key], english, at.child(key))?);
    }

    let at = file.child("red_flags");
    let flags = root["red_flags"]
        .as_array()
        .filter(|flags| flags.len() == en_tables::RED_FLAGS.len())
        .ok_or_else(|| at.wrong("a list of one entry per red flag, in order"))?;
    let mut red_flags = Vec::with_capacity(flags.len());
    for (i, flag) in flags.iter().enumerate() {
        let index = i.to_string();
        let at = at.child(&index);
        let map = object(flag, at)?;
        exact_keys(map, &["hint", "label", "reason"], at)?;
        red_flags.push(RedFlagText {
            label: plain(map, "label", at)?,
            hint: optional(map, "hint", at)?,
            reason: plain(map, "reason", at)?,
        });
    }
    debug_assert_eq!(RedFlag::all().len(), en_tables::RED_FLAGS.len());

    Ok(FrTable {
        ui: Ui::from_values(ui),
        words,
        exercises,
        questions,
        red_flags,
        calendar: calendar(&root["calendar"], file.child("calendar"))?,
        csv: csv(&root["csv"], file.child("csv"))?,
    })
}

fn read(json: &str) -> Checked<&'static Value> {
    let value: Value = serde_json::from_str(json)
        .map_err(|error| Box::new(TableError::NotJson(error.to_string())))?;
    Ok(Box::leak(Box::new(value)))
}

/// A French word or sentence by its key ("" before a table is installed, which the text
/// layer never lets happen: it speaks French only once the table is there).
pub fn w(key: W) -> &'static str {
    table().map_or("", |table| table.words[key as usize])
}

/// Where a value sits in the table: a chain of keys, written out only for an error.
#[derive(Clone, Copy)]
struct At<'a> {
    parent: Option<&'a At<'a>>,
    key: &'a str,
}

impl<'a> At<'a> {
    const ROOT: At<'static> = At {
        parent: None,
        key: "",
    };

    fn child(&'a self, key: &'a str) -> At<'a> {
        At {
            parent: Some(self),
            key,
        }
    }

    /// `ui.back`, `exercises.chest-stretch.steps.0`; "the file" for the whole table.
    fn path(&self) -> String {
        match self.parent {
            None => "the file".to_owned(),
            Some(parent) if parent.parent.is_none() => self.key.to_owned(),
            Some(parent) => format!("{}.{}", parent.path(), self.key),
        }
    }

    fn wrong(&self, expected: &'static str) -> Box<TableError> {
        Box::new(TableError::WrongShape {
            at: self.path(),
            expected,
        })
    }
}

fn object<'v>(value: &'v Value, at: At<'_>) -> Checked<&'v Map<String, Value>> {
    value.as_object().ok_or_else(|| at.wrong("an object"))
}

/// `map` has exactly the keys `expected`: the first missing one, else the first extra one,
/// is the error. (Every later `map[key]` is then one of `expected`, so it is there.)
fn exact_keys(map: &Map<String, Value>, expected: &[&str], at: At) -> Checked<()> {
    if let Some(missing) = expected.iter().find(|key| !map.contains_key(**key)) {
        return Err(Box::new(TableError::Missing(at.child(missing).path())));
    }
    match map.keys().find(|key| !expected.contains(&key.as_str())) {
        Some(extra) => Err(Box::new(TableError::Unknown(at.child(extra).path()))),
        None => Ok(()),
    }
}

/// The distinct `{name}` placeholders of `text`, in order of first use.
fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for name in text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
    {
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

/// A string whose placeholders are exactly `expected` (in any order).
fn template(value: &'static Value, expected: &[&str], at: At) -> Checked<&'static str> {
    let text = value.as_str().ok_or_else(|| at.wrong("a string"))?;
    let found = placeholders(text);
    let same = found.len() == expected.len() && found.iter().all(|name| expected.contains(name));
    if !same {
        let owned = |names: &[&str]| names.iter().map(|name| (*name).to_owned()).collect();
        return Err(Box::new(TableError::Placeholders {
            at: at.path(),
            found: owned(&found),
            expected: owned(expected),
        }));
    }
    Ok(text)
}

/// `map[key]`, a string with no placeholder.
fn plain(map: &'static Map<String, Value>, key: &str, at: At) -> Checked<&'static str> {
    template(&map[key], &[], at.child(key))
}

/// `map[key]`, a string, or `null` where English has nothing.
fn optional(map: &'static Map<String, Value>, key: &str, at: At) -> Checked<Option<&'static str>> {
    if map[key].is_null() {
        Ok(None)
    } else {
        plain(map, key, at).map(Some)
    }
}

/// `map[key]`, a list of strings with no placeholder, `len` long when given.
fn list(
    map: &'static Map<String, Value>,
    key: &str,
    len: Option<usize>,
    at: At,
) -> Checked<&'static [&'static str]> {
    let at = at.child(key);
    let items = map[key]
        .as_array()
        .filter(|items| len.is_none_or(|len| items.len() == len))
        .ok_or_else(|| {
            at.wrong(if len.is_some() {
                "a list as long as English's"
            } else {
                "a list of strings"
            })
        })?;
    let mut texts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let index = i.to_string();
        texts.push(template(item, &[], at.child(&index))?);
    }
    Ok(Box::leak(texts.into_boxed_slice()))
}

fn exercise(value: &'static Value, english: &ExerciseText, at: At) -> Checked<ExerciseText> {
    let map = object(value, at)?;
    exact_keys(
        map,
        &[
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
    let load = optional(map, "load", at)?;
    if load.is_some() != english.load.is_some() {
        return Err(at
            .child("load")
            .wrong("a string where English has one, null where it has none"));
    }
    Ok(ExerciseText {
        targets: list(map, "targets", None, at)?,
        steps: list(map, "steps", Some(english.steps.len()), at)?,
        cues: list(map, "cues", Some(english.cues.len()), at)?,
        mistakes: list(map, "mistakes", Some(english.mistakes.len()), at)?,
        dose_note: plain(map, "dose_note", at)?,
        progression: plain(map, "progression", at)?,
        load,
        regression: plain(map, "regression", at)?,
        alt_text: plain(map, "alt_text", at)?,
        why: plain(map, "why", at)?,
        cautions: list(map, "cautions", Some(english.cautions.len()), at)?,
    })
}

fn question(value: &'static Value, english: &QuestionText, at: At) -> Checked<QuestionText> {
    let map = object(value, at)?;
    exact_keys(map, &["help", "options", "outcomes", "prompt", "unit"], at)?;

    let options_at = at.child("options");
    let options_map = object(&map["options"], options_at)?;
    let ids: Vec<&str> = english.options.iter().map(|(id, _, _)| *id).collect();
    exact_keys(options_map, &ids, options_at)?;
    let mut options = Vec::with_capacity(ids.len());
    for id in ids {
        let at = options_at.child(id);
        let option = object(&options_map[id], at)?;
        exact_keys(option, &["hint", "label"], at)?;
        options.push((
            id,
            plain(option, "label", at)?,
            optional(option, "hint", at)?,
        ));
    }

    let outcomes_at = at.child("outcomes");
    let outcomes_map = object(&map["outcomes"], outcomes_at)?;
    let ids: Vec<&str> = english.outcomes.iter().map(|(id, _)| *id).collect();
    exact_keys(outcomes_map, &ids, outcomes_at)?;
    let mut outcomes = Vec::with_capacity(ids.len());
    for id in ids {
        outcomes.push((id, plain(outcomes_map, id, outcomes_at)?));
    }

    Ok(QuestionText {
        prompt: plain(map, "prompt", at)?,
        help: plain(map, "help", at)?,
        unit: plain(map, "unit", at)?,
        options: Box::leak(options.into_boxed_slice()),
        outcomes: Box::leak(outcomes.into_boxed_slice()),
    })
}

fn calendar(value: &'static Value, at: At) -> Checked<Calendar> {
    let map = object(value, at)?;
    exact_keys(
        map,
        &["months", "weekdays", "weekdays_long", "weekdays_narrow"],
        at,
    )?;
    fn names<const N: usize>(
        map: &'static Map<String, Value>,
        key: &str,
        at: At,
    ) -> Checked<[&'static str; N]> {
        let names = list(map, key, Some(N), at)?;
        names
            .try_into()
            .map_err(|_| at.child(key).wrong("a list as long as English's"))
    }
    Ok(Calendar {
        months: names(map, "months", at)?,
        weekdays: names(map, "weekdays", at)?,
        weekdays_narrow: names(map, "weekdays_narrow", at)?,
        weekdays_long: names(map, "weekdays_long", at)?,
    })
}

fn csv(value: &'static Value, at: At) -> Checked<CsvWords> {
    let map = object(value, at)?;
    exact_keys(
        map,
        &[
            "colon",
            "date",
            "duration_minutes",
            "exercises_done",
            "feedback",
            "pain_after",
            "pain_before",
            "start_time",
        ],
        at,
    )?;
    Ok(CsvWords {
        date: plain(map, "date", at)?,
        start_time: plain(map, "start_time", at)?,
        duration_minutes: plain(map, "duration_minutes", at)?,
        exercises_done: plain(map, "exercises_done", at)?,
        pain_before: plain(map, "pain_before", at)?,
        pain_after: plain(map, "pain_after", at)?,
        feedback: plain(map, "feedback", at)?,
        feedback_words: super::fr::feedback_words,
        exercise_name: |id| super::exercise_name(super::Lang::Fr, id),
        decimal_separator: ',',
        colon: plain(map, "colon", at)?,
    })
}

//! Every word the reader sees or hears, in English and Canadian French: the domain hands
//! over data ([`crate::domain`] returns enums with their numbers), and this layer words it.
//!
//! No browser dependency, so it is tested natively. Each language is one module whose
//! functions `match` exhaustively over the domain's enums: a case missing in one language
//! does not compile. Numbers, durations and plurals go through the one formatter each here.

pub mod en;
mod en_tables;
pub mod fr;
pub mod fr_table;

use crate::domain::catalog::{exercise, ExerciseCaution, ExerciseId, TopAction};
use crate::domain::cues::{Announcement, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::Dose;
use crate::domain::exchange::{CsvWords, ImportError, ImportPreview};
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::prescription::{DoseField, LinkError, PrescriptionError};
use crate::domain::progression::Rule;
use crate::domain::questionnaire::{
    question, Answer, AnswerError, QuestionId, QuestionKind, NOT_TRIED,
};
use crate::domain::session::{NextLabel, SetLabel, Upcoming};
use crate::domain::stats::{ClinicianPrompt, Day, PainSummary};
use crate::domain::store::SessionProblem;
use crate::domain::triage::{Caution, RedFlag};

pub use crate::domain::lang::Lang;

/// The static interface strings in `lang` (English while French is not loaded).
#[inline(never)] // one call, rather than this check copied into every screen
pub fn ui(lang: Lang) -> &'static Ui {
    match french(lang) {
        Some(fr) => &fr.ui,
        None => &en::UI,
    }
}

/// The French table when `lang` is French and its table is loaded; `None` means English.
/// Every lookup goes through here, so French that failed to load reads as English rather
/// than as blanks.
#[inline(never)] // one call, rather than this check copied into every screen
fn french(lang: Lang) -> Option<&'static fr_table::FrTable> {
    match lang {
        Lang::En => None,
        Lang::Fr => fr_table::table(),
    }
}

/// Whether the widget can speak `lang` now: English always, French once its table is in.
pub fn ready(lang: Lang) -> bool {
    lang == Lang::En || fr_table::table().is_some()
}

/// Checks the French table's JSON (`text/knot-coach.fr-CA.json`) and installs it.
pub fn install_french(json: &str) -> Result<(), fr_table::TableError> {
    fr_table::install(json).map(|_| ())
}

/// Declares [`Ui`] and [`UiFields`] from one list of fields, with their names for the
/// French table's loader and the parity tests.
macro_rules! ui_strings {
    ($( $(#[$doc:meta])* $name:ident, )*) => {
        /// Interface strings that take no value, read through one method each
        /// (`ui.start_session()`). English fills every one by name ([`UiFields`]), so a
        /// string missing there does not compile; the French table must have every one, or
        /// it is rejected ([`fr_table`]). Held as one array, so the French table fills it
        /// without a line of code per string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub struct Ui([&'static str; UI_STRINGS]);

        /// Every interface string by name: how English writes its [`Ui`].
        #[derive(Clone, Copy, Debug)]
        pub struct UiFields {
            $( $(#[$doc])* pub $name: &'static str, )*
        }

        /// Each interface string's place in [`Ui`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy)]
        enum UiField {
            $($name,)*
        }

        /// How many interface strings there are.
        const UI_STRINGS: usize = [$(UiField::$name),*].len();

        impl Ui {
            /// Every string's name, in order, each followed by a space: one string rather
            /// than a table of them, which costs the wasm more.
            const NAMES: &'static str = concat!($(stringify!($name), " "),*);

            /// Every string's name, in order.
            pub fn names() -> impl Iterator<Item = &'static str> {
                Self::NAMES.split_terminator(' ')
            }

            /// The `Ui` of `fields` (for a `const`).
            pub const fn new(fields: UiFields) -> Ui {
                Ui([$(fields.$name),*])
            }

            $(
                $(#[$doc])*
                #[inline]
                pub const fn $name(&self) -> &'static str {
                    self.0[UiField::$name as usize]
                }
            )*

            /// Every string with its name, in [`Ui::names`] order.
            pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
                Self::names().zip(self.0).collect()
            }

            /// Every string, in [`Ui::names`] order.
            pub const fn values(&self) -> &[&'static str; UI_STRINGS] {
                &self.0
            }

            /// The `Ui` whose strings are `values`, in [`Ui::names`] order.
            fn from_values(values: [&'static str; UI_STRINGS]) -> Ui {
                Ui(values)
            }
        }
    };
}

ui_strings! {
    /// "Add these sessions"
    add_these_sessions,
    /// "After sessions"
    after_sessions,
    /// "All your progress has been deleted from this browser."
    all_your_progress_has_been_deleted,
    /// "Answer a few quick questions and get a short routine of stretches, …"
    answer_a_few_quick_questions_and,
    /// "answers"
    answers,
    /// "Back"
    back,
    /// "Back to my routine"
    back_to_my_routine,
    /// "Bars: sessions that week (weeks start on Monday)"
    bars_sessions_that_week_weeks_start_html,
    /// "Before sessions"
    before_sessions,
    /// "Before you start"
    before_you_start,
    /// "Book an appointment"
    book_an_appointment,
    /// "Book an appointment with"
    book_an_appointment_with,
    /// "Book an appointment with your GP (family doctor) or a physiotherapi…"
    book_an_appointment_with_your_gp_html,
    /// "Book an appointment with your GP (family doctor) or a physiotherapi…"
    book_an_appointment_with_your_gp_html_2,
    /// "Book with"
    book_with,
    /// "Book with the clinic"
    book_with_the_clinic,
    /// "Builds the muscles that hold your shoulder blades: what tends to he…"
    builds_the_muscles_that_hold_your,
    /// "Call your local emergency number if you get chest pain or pressure,…"
    call_your_local_emergency_number_if_html,
    /// "Call your local emergency number now (999 in the UK, 112 in Europe,…"
    call_your_local_emergency_number_now_html,
    /// "Cancel"
    cancel,
    /// "Change"
    change,
    /// "Change my answers"
    change_my_answers,
    /// "Chart of pain before and after each session, from 0 (no pain) to 10"
    chart_of_pain_before_and_after,
    /// "Check your answers"
    check_your_answers,
    /// "Common mistakes"
    common_mistakes_html,
    /// "Continue"
    continue_button,
    /// "Delete all data"
    delete_all_data,
    /// "Delete every session and rating from this browser? This cannot be u…"
    delete_every_session_and_rating_from_html,
    /// "Diagram of the upper back, seen from behind. Choose the spot where …"
    diagram_of_the_upper_back_seen,
    /// "Done"
    done,
    /// "Down"
    down,
    /// "Download the damaged data"
    download_the_damaged_data,
    /// "Ease the knot between your shoulder blades"
    ease_the_knot_between_your_shoulder,
    /// "Eases the knot for now: stretching, pressure from a ball and warmth."
    eases_the_knot_for_now_stretching,
    /// "Easier"
    easier_html,
    /// "End session"
    end_session,
    /// "End the session now?The timer is paused. If you end now, you go on …"
    end_the_session_now_the_timer_html,
    /// "Error:"
    error_html,
    /// "Everything stays on this device. Nothing you enter is sent anywhere."
    everything_stays_on_this_device_nothing,
    /// "Exercises done"
    exercises_done,
    /// "Export CSV"
    export_csv,
    /// "Export JSON"
    export_json,
    /// "Export my progress"
    export_my_progress,
    /// "Find a spot where you can see or hear your phone, with room to lie …"
    find_a_spot_where_you_can_html,
    /// "Finish and rate"
    finish_and_rate,
    /// "General self-care information, not a diagnosis."
    general_self_care_information_not_a,
    /// "Get medical help now"
    get_medical_help_now,
    /// "Get ready"
    get_ready,
    /// "Go to the timer"
    go_to_the_timer,
    /// "Goal met"
    goal_met,
    /// "Harder"
    harder_html,
    /// "Hold"
    hold,
    /// "How did each exercise feel?"
    how_did_each_exercise_feel_html,
    /// "How much does your back hurt right now? (optional)"
    how_much_does_your_back_hurt,
    /// "How much does your back hurt now? (optional)"
    how_much_does_your_back_hurt_2,
    /// "I ticked this by mistake"
    i_ticked_this_by_mistake,
    /// "Import progress from a Knot Coach JSON file"
    import_progress_from_a_knot_coach,
    /// "It is"
    it_is,
    /// "JSON is for moving your progress to another browser. CSV opens in a…"
    json_is_for_moving_your_progress_html,
    /// "Just right"
    just_right,
    /// "Keep going"
    keep_going,
    /// "Keep my data"
    keep_my_data,
    /// "Keys: Space pauses or resumes, the arrow keys go back or skip. Stop…"
    keys_space_pauses_or_resumes_the_html,
    /// "Left"
    left,
    /// "Mild discomfort (up to 3 out of 10) while you exercise is fine. If …"
    mild_discomfort_up_to_3_out_html,
    /// "My progress"
    my_progress,
    /// "0 means no pain, 10 the worst pain you can imagine."
    n_0_means_no_pain_10_the,
    /// "Next exercise"
    next_exercise,
    /// "no session"
    no_session,
    /// "No sessions yet. Each week you exercise will show here as a bar."
    no_sessions_yet_each_week_you_html,
    /// "No sessions yet. Your sessions, pain ratings and how often you exer…"
    no_sessions_yet_your_sessions_pain_html,
    /// "No"
    no_word,
    /// "Not rated"
    not_rated,
    /// "–Not rated"
    not_rated_html,
    /// "(opens in a new tab)"
    opens_in_a_new_tab_html,
    /// "Pain after"
    pain_after,
    /// "Pain before"
    pain_before,
    /// "Pain before and after each session, 0 to 10, oldest first"
    pain_before_and_after_each_session,
    /// "Pain before the session (solid line, circles)Pain after the session…"
    pain_before_the_session_solid_line_html,
    /// "Pain of 6 or more after exercise is a sign to step back: next time …"
    pain_of_6_or_more_after_html,
    /// ", paused", after the timer's label while paused.
    paused_suffix,
    /// "Paused.", announced when the reader pauses.
    paused,
    /// "Paused"
    paused_html,
    /// "Please get checked before you try self-care"
    please_get_checked_before_you_try,
    /// "Please note: "
    please_note,
    /// "Print summary for your appointment"
    print_summary_for_your_appointment,
    /// "Print this list"
    print_this_list,
    /// "Print this routine"
    print_this_routine,
    /// "progress"
    progress,
    /// "Reading the file…"
    reading_the_file,
    /// "Relief"
    relief,
    /// "Rep"
    rep,
    /// "Rest"
    rest,
    /// "Restart exercise"
    restart_exercise,
    /// "Resume"
    resume,
    /// "Right"
    right,
    /// "Save session"
    save_session,
    /// "See my result"
    see_my_result,
    /// "session"
    session,
    /// "Session complete"
    session_complete,
    /// "session is"
    session_is,
    /// "session with a pain rating"
    session_with_a_pain_rating,
    /// "sessions"
    sessions,
    /// "Sessions"
    sessions_2,
    /// "sessions are"
    sessions_are,
    /// "Sessions each week, oldest first"
    sessions_each_week_oldest_first,
    /// "Sessions per week"
    sessions_per_week_html,
    /// "sessions with pain ratings"
    sessions_with_pain_ratings,
    /// "Set"
    set,
    /// "Show only recent sessions"
    show_only_recent_sessions,
    /// "Side"
    side,
    /// "Skip"
    skip,
    /// "Sound"
    sound,
    /// "Spot"
    spot,
    /// "Start"
    start,
    /// "Start over"
    start_over,
    /// "Start session"
    start_session,
    /// "Steps"
    steps_html,
    /// "still to come"
    still_to_come,
    /// "Strength"
    strength,
    /// "Switch sides"
    switch_sides,
    /// "Take care"
    take_care_html,
    /// "They are"
    they_are,
    /// "This browser is not letting Knot Coach save anything, so your answe…"
    this_browser_is_not_letting_knot,
    /// "This is because:"
    this_is_because,
    /// "this is general self-care information, not a diagnosis or a treatment …"
    this_is_general_self_care_information,
    /// "This week"
    this_week,
    /// "This week"
    this_week_html,
    /// "Time to have your back checked"
    time_to_have_your_back_checked_html,
    /// "Tips"
    tips_html,
    /// "(today)"
    today,
    /// "Too easy"
    too_easy,
    /// "Too hard"
    too_hard,
    /// "Up"
    up,
    /// "Voice"
    voice,
    /// "week"
    week,
    /// "Week of"
    week_of_html,
    /// "Week starting"
    week_starting,
    /// "weeks"
    weeks,
    /// "Well done. How did it go?"
    well_done_how_did_it_go,
    /// "What the codes in brackets mean"
    what_the_codes_in_brackets_mean_html,
    /// "What you told us is worth showing to a doctor or physiotherapist be…"
    what_you_told_us_is_worth_html,
    /// "Where the dose comes from"
    where_the_dose_comes_from_html,
    /// "Why this routine"
    why_this_routine_html,
    /// "With back pain, these signs can point to a problem that needs to be…"
    with_back_pain_these_signs_can_html,
    /// "Yes, delete everything"
    yes_delete_everything,
    /// "Yes, end it"
    yes_end_it,
    /// "Yes"
    yes_word,
    /// "You have reached this week's goal."
    you_have_reached_this_week_s,
    /// "You told us about:"
    you_told_us_about,
    /// "Your browser did not allow the download. Try again, or try another …"
    your_browser_did_not_allow_the,
    /// "Your dataYour progress stays in this browser on this device. It onl…"
    your_data_your_progress_stays_in_html,
    /// "Your pain"
    your_pain_html,
    /// "Your pain is already 6 or more out of 10, the level at which exerci…"
    your_pain_is_already_6_or_html,
    /// "Your pain was 6 or more out of 10 after each of your last two sessi…"
    your_pain_was_6_or_more_html,
    /// "Your pain was 6 or more after your last session too. A gentler rout…"
    your_pain_was_6_or_more_html_2,
    /// "Your progress"
    your_progress,
    /// "Your progress was saved by a newer version of Knot Coach. To keep i…"
    your_progress_was_saved_by_a_html,
    /// "Your routine"
    your_routine,
    /// "Your saved progress was damaged and could not be read. A copy was k…"
    your_saved_progress_was_damaged_and,
    /// "Your sessions"
    your_sessions_html,
    /// "Your sessions, newest first"
    your_sessions_newest_first,
    /// "Your weeks"
    your_weeks_html,
    /// Template: "About {0}"
    fmt_about,
    /// Template: "{0} added to your progress."
    fmt_added_to_your_progress,
    /// Template: "{encouragement} Aim for {low} to {high} sessions a week for 3 to 4 wee"
    fmt_aim_for_to_sessions_a_week,
    /// Template: "Bar chart of sessions each week, with the goal of {low} to {high} a we"
    fmt_bar_chart_of_sessions_each_week,
    /// Template: "Book an appointment: {0}"
    fmt_book_an_appointment,
    /// Template: "Book an appointment: {0}"
    fmt_book_an_appointment_2,
    /// Template: "Change: {prompt}"
    fmt_change,
    /// Template: "{0} dated in the future, probably because this device's clock was wron"
    fmt_dated_in_the_future_probably_because,
    /// Template: "Days with a session in the last {weeks} weeks, Monday to Sunday"
    fmt_days_with_a_session_in_the,
    /// Template: "Entry {0}: {problem}."
    fmt_entry,
    /// Template: "{title} exercises"
    fmt_exercises,
    /// Template: "{0} exercises, about {1}. Do it {2} to {3} times a week for {4} to {5}"
    fmt_exercises_about_do_it_to_times,
    /// Template: "{0}, from {1} to {2}. {3} {4}"
    fmt_from_to,
    /// Template: "How to do the {0}"
    fmt_how_to_do_the,
    /// Template: " {0} in a row at the goal"
    fmt_in_a_row_at_the_goal,
    /// Template: " {0} in total"
    fmt_in_total,
    /// Template: "knot-coach-progress-{0}.json"
    fmt_knot_coach_progress_json,
    /// Template: "knot-coach-sessions-{0}.csv"
    fmt_knot_coach_sessions_csv,
    /// Template: "{0} more this week to reach the goal."
    fmt_more_this_week_to_reach_the,
    /// Template: "{series}: not rated yet."
    fmt_not_rated_yet,
    /// Template: "Number of {unit}"
    fmt_number_of,
    /// Template: "{done} of {planned}"
    fmt_of,
    /// Template: "{set} of {sets}"
    fmt_of_2,
    /// Template: "{rep} of {reps}"
    fmt_of_3,
    /// Template: "{spot} of {spots}"
    fmt_of_4,
    /// Template: "{0} of the last {1} met the goal of {low} to {high} sessions. This wee"
    fmt_of_the_last_met_the_goal,
    /// Template: "Offered by {name}"
    fmt_offered_by,
    /// Template: "{series}: {only} out of 10."
    fmt_out_of,
    /// Template: "{series}: {first} out of 10 at first, {last} most recently."
    fmt_out_of_at_first_most_recently,
    /// Template: "Question {n} of {total}"
    fmt_question_of,
    /// Template: "{n} saved session(s) could not be read and were left out. A copy of th"
    fmt_saved_session_s_could_not_be,
    /// Template: "{label}, {seconds} seconds left{0}"
    fmt_seconds_left,
    /// Template: "Shaded: the goal of {low} to {high} sessions a week"
    fmt_shaded_the_goal_of_to_sessions,
    /// Template: "Show all {0} sessions"
    fmt_show_all_sessions,
    /// Template: "Sources: {0}. Dose: {1}."
    fmt_sources_dose,
    /// Template: "The new sessions are from {0}."
    fmt_the_new_sessions_are_from,
    /// Template: "The new sessions are from {0} to {1}."
    fmt_the_new_sessions_are_from_to,
    /// Template: " {0} this week (goal: {low} to {high})"
    fmt_this_week_goal_to,
    /// Template: "This week so far: {this_week}, against the goal of {low} to {high} ses"
    fmt_this_week_so_far_against_the,
    /// Template: "Works: {0}."
    fmt_works,
    /// Template: "Your browser's storage is full, so your latest {what} could not be sav"
    fmt_your_browser_s_storage_is_full,
    /// Template: "Your {shown} most recent sessions, newest first"
    fmt_your_most_recent_sessions_newest_first,
    /// Template: "Your saved {what} was made by a newer version of Knot Coach. It is kep"
    fmt_your_saved_was_made_by_a,
    /// "No pain ratings yet…"
    no_pain_ratings_yet_html,
    /// Template: "{error} Nothing has been changed."
    fmt_nothing_has_been_changed,
    /// "Date", a column heading.
    date,
    /// The label of the language switch.
    language,
    /// Heading of the screen offering a prescription from a link (issue 15): "A routine from your clinician"
    rx_offer_title,
    /// Template: who prescribed the routine offered by a link (issue 15): "{clinic} has prescribed this home routine for you."
    fmt_rx_offer_lead,
    /// Template: the prescription's schedule (issue 15): "Sessions a week: {sessions}. Weeks before you check back wit"
    fmt_rx_schedule,
    /// Why the questions still come before a prescribed routine (issue 15): "Before the routine starts, a few questions check that self-c"
    rx_offer_screening,
    /// Accepting a new prescription replaces the current one (issue 15): "It replaces the routine you follow now. Your progress so far"
    rx_offer_replaces,
    /// Button: accept the prescription (issue 15): "Accept this routine"
    accept_this_routine,
    /// Button: decline the prescription for now (issue 15): "Not now"
    not_now,
    /// Heading of the screen refusing a bad prescription link (issue 15): "This prescription link cannot be used"
    rx_bad_link_title,
    /// What happens after a refused link (issue 15): "Nothing has been changed and no routine will run. Ask your c"
    rx_bad_link_nothing_changed,
    /// Heading of the prescribed routine (issue 15): "Your routine from your clinician"
    your_routine_from_your_clinician,
    /// Template: who prescribed the routine (issue 15): "Prescribed by {name}."
    fmt_prescribed_by,
    /// Template: how many exercises and how long a prescribed session takes (issue 15): "Exercises: {n}, about {minutes} a session."
    fmt_rx_length,
    /// Template: the clinician's note on an exercise card (issue 15): "Note from your clinician: {0}"
    fmt_note_from_your_clinician,
    /// Heading of clinician mode (issue 15): "Write a prescription link"
    write_a_prescription_link,
    /// Clinician mode: what it does (issue 15): "Choose the exercises and set each dose within the safe range"
    rx_clinician_intro,
    /// Legend: the clinic fields (issue 15): "Clinic"
    clinic,
    /// Label: the clinic's name (issue 15): "Clinic name"
    clinic_name,
    /// Label: the clinic's booking link (issue 15): "Booking link (optional, starting with https://)"
    booking_link_optional,
    /// Legend: the schedule fields (issue 15): "Schedule"
    schedule,
    /// Label: sessions a week (issue 15): "Sessions a week"
    sessions_a_week,
    /// Label: weeks (issue 15): "Weeks"
    weeks_label,
    /// Template: a field's label with its allowed range (issue 15): "{label} ({min} to {max})"
    fmt_field_range,
    /// Template: legend of the exercise list (issue 15): "Exercises (up to {0})"
    fmt_exercises_up_to,
    /// Checkbox: each side in turn (issue 15): "Each side in turn"
    each_side_in_turn,
    /// Template: label of the note field (issue 15): "Note for your patient (optional, plain text, up to {0} chara"
    fmt_note_for_your_patient,
    /// Heading: the link, its QR code and the sheet (issue 15): "The link"
    the_link,
    /// Label of the read-only link field (issue 15): "Prescription link"
    prescription_link,
    /// Button: copy the link (issue 15): "Copy the link"
    copy_the_link,
    /// Status after copying (issue 15): "The link is copied."
    the_link_is_copied,
    /// Status when the browser refused to copy (issue 15): "Your browser did not let the widget copy. Select the link ab"
    copy_by_hand,
    /// Shown instead of the link while the form has problems (issue 15): "Fix the problems marked above to get the link."
    fix_the_problems_marked_above,
    /// Accessible name of the QR code (issue 15): "QR code of the prescription link"
    qr_code_of_the_link,
    /// Button: print the QR code and the routine (issue 15): "Print the sheet"
    print_the_sheet,
    /// Heading of the live preview (issue 15): "What your patient will see"
    what_your_patient_will_see,
    /// Caption of the printed QR code (issue 15): "Scan this code with your phone's camera to open your routine"
    scan_to_open_your_routine,
    /// Error: a number field holds something else (issue 15): "Enter a whole number."
    enter_a_whole_number,
    /// Status while the rest of the widget loads after Start (issue 17): "Getting the questions ready…"
    getting_the_questions_ready,
    /// Error: the rest of the widget did not load (issue 17): "The rest of Knot Coach could not be loaded. …"
    the_rest_could_not_be_loaded,
}

/// Dispatches one rendering function to the language's module.
macro_rules! by_lang {
    ($lang:expr, $f:ident($($arg:expr),*)) => {
        match french($lang) {
            None => en::$f($($arg),*),
            Some(_) => fr::$f($($arg),*),
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
    match french(lang) {
        Some(fr) => fr.csv,
        None => en::CSV,
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
#[inline(never)] // one call, rather than this check copied into every screen
pub fn exercise_text(lang: Lang, id: ExerciseId) -> &'static ExerciseText {
    match french(lang) {
        Some(fr) => &fr.exercises[id as usize],
        None => &en_tables::EXERCISES[id as usize],
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
#[inline(never)] // one call, rather than this check copied into every screen
pub fn question_text(lang: Lang, id: QuestionId) -> &'static QuestionText {
    match french(lang) {
        Some(fr) => &fr.questions[id as usize],
        None => &en_tables::QUESTIONS[id as usize],
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
#[inline(never)] // one call, rather than this check copied into every screen
pub fn red_flag_text(lang: Lang, flag: RedFlag) -> &'static RedFlagText {
    match french(lang) {
        Some(fr) => &fr.red_flags[flag as usize],
        None => &en_tables::RED_FLAGS[flag as usize],
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
                        colon(lang),
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

/// Why a saved or imported session was left out.
pub fn session_problem(lang: Lang, problem: &SessionProblem) -> String {
    by_lang!(lang, session_problem(problem))
}

/// Fills a template's `{name}` placeholders from `args` (the Ui `fmt_` fields); a
/// placeholder with no argument is left as it is, so a slip shows rather than vanishes.
pub fn fill(template: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(&value.to_string()),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// ": " in English, " : " (with a no-break space) in French.
pub fn colon(lang: Lang) -> &'static str {
    by_lang!(lang, colon())
}

/// A dose variable, as a label in the clinician's form ("Repetitions per set").
pub fn dose_field(lang: Lang, field: DoseField) -> &'static str {
    by_lang!(lang, dose_field(field))
}

/// A problem with a prescription, in a sentence (issue 15).
pub fn prescription_error(lang: Lang, error: &PrescriptionError) -> String {
    by_lang!(lang, prescription_error(error))
}

/// Why a prescription link was refused, in a sentence (issue 15).
pub fn link_error(lang: Lang, error: &LinkError) -> String {
    by_lang!(lang, link_error(error))
}

/// A progression rule in a sentence, for the clinician reading the plan.
pub fn rule_summary(lang: Lang, rule: Rule) -> &'static str {
    by_lang!(lang, rule_summary(rule))
}

/// Month and weekday names of one language (the one date formatter below uses them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Short month names, January first.
    pub months: [&'static str; 12],
    /// Short weekday names, Monday first.
    pub weekdays: [&'static str; 7],
    /// Narrow weekday names, Monday first, for the week strip's columns.
    pub weekdays_narrow: [&'static str; 7],
    /// Full weekday names, Monday first, for screen readers.
    pub weekdays_long: [&'static str; 7],
}

/// The month and weekday names of `lang`.
#[inline(never)] // one call, rather than this check copied into every screen
pub fn calendar(lang: Lang) -> &'static Calendar {
    match french(lang) {
        Some(fr) => &fr.calendar,
        None => &en::CALENDAR,
    }
}

fn month_name(lang: Lang, month: u8) -> &'static str {
    calendar(lang).months[usize::from(month.clamp(1, 12) - 1)]
}

/// The day of the month: "1", or in French "1er" for the first.
fn date_number(lang: Lang, date: u8) -> String {
    match (lang, date) {
        (Lang::Fr, 1) => "1er".to_owned(),
        _ => date.to_string(),
    }
}

/// "17 Nov", "17 nov.".
pub fn day_month(lang: Lang, day: Day) -> String {
    let (_, month, date) = day.civil();
    format!("{} {}", date_number(lang, date), month_name(lang, month))
}

/// "Mon 17 Nov 2025", "lun. 17 nov. 2025".
pub fn long_date(lang: Lang, day: Day) -> String {
    let (year, month, date) = day.civil();
    let weekday = calendar(lang).weekdays[usize::from(day.weekday_from_monday()).min(6)];
    format!(
        "{weekday} {} {} {year}",
        date_number(lang, date),
        month_name(lang, month)
    )
}

/// A time of day from minutes after midnight: "09:05", "9 h 05".
pub fn time_of_day(lang: Lang, minute_of_day: u32) -> String {
    let (hours, minutes) = (minute_of_day / 60, minute_of_day % 60);
    match lang {
        Lang::En => format!("{hours:02}:{minutes:02}"),
        Lang::Fr => format!("{hours}\u{a0}h\u{a0}{minutes:02}"),
    }
}

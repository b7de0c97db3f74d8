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
    /// "Add these sessions"
    pub add_these_sessions: &'static str,
    /// "After sessions"
    pub after_sessions: &'static str,
    /// "All your progress has been deleted from this browser."
    pub all_your_progress_has_been_deleted: &'static str,
    /// "Answer a few quick questions and get a short routine of stretches, …"
    pub answer_a_few_quick_questions_and_html: &'static str,
    /// "answers"
    pub answers: &'static str,
    /// "Back"
    pub back: &'static str,
    /// "Back to my routine"
    pub back_to_my_routine: &'static str,
    /// "Bars: sessions that week (weeks start on Monday)"
    pub bars_sessions_that_week_weeks_start_html: &'static str,
    /// "Before sessions"
    pub before_sessions: &'static str,
    /// "Before you start"
    pub before_you_start: &'static str,
    /// "Book an appointment"
    pub book_an_appointment: &'static str,
    /// "Book an appointment with"
    pub book_an_appointment_with: &'static str,
    /// "Book an appointment with your GP (family doctor) or a physiotherapi…"
    pub book_an_appointment_with_your_gp_html: &'static str,
    /// "Book an appointment with your GP (family doctor) or a physiotherapi…"
    pub book_an_appointment_with_your_gp_html_2: &'static str,
    /// "Book with"
    pub book_with: &'static str,
    /// "Book with the clinic"
    pub book_with_the_clinic: &'static str,
    /// "Builds the muscles that hold your shoulder blades: what tends to he…"
    pub builds_the_muscles_that_hold_your: &'static str,
    /// "Call your local emergency number if you get chest pain or pressure,…"
    pub call_your_local_emergency_number_if_html: &'static str,
    /// "Call your local emergency number now (999 in the UK, 112 in Europe,…"
    pub call_your_local_emergency_number_now_html: &'static str,
    /// "Cancel"
    pub cancel: &'static str,
    /// "Change"
    pub change: &'static str,
    /// "Change my answers"
    pub change_my_answers: &'static str,
    /// "Chart of pain before and after each session, from 0 (no pain) to 10"
    pub chart_of_pain_before_and_after: &'static str,
    /// "Check your answers"
    pub check_your_answers: &'static str,
    /// "Common mistakes"
    pub common_mistakes_html: &'static str,
    /// "Continue"
    pub continue_button: &'static str,
    /// "Delete all data"
    pub delete_all_data: &'static str,
    /// "Delete every session and rating from this browser? This cannot be u…"
    pub delete_every_session_and_rating_from_html: &'static str,
    /// "Diagram of the upper back, seen from behind. Choose the spot where …"
    pub diagram_of_the_upper_back_seen: &'static str,
    /// "Done"
    pub done: &'static str,
    /// "Down"
    pub down: &'static str,
    /// "Download the damaged data"
    pub download_the_damaged_data: &'static str,
    /// "Ease the knot between your shoulder blades"
    pub ease_the_knot_between_your_shoulder_html: &'static str,
    /// "Eases the knot for now: stretching, pressure from a ball and warmth."
    pub eases_the_knot_for_now_stretching: &'static str,
    /// "Easier"
    pub easier_html: &'static str,
    /// "End session"
    pub end_session: &'static str,
    /// "End the session now?The timer is paused. If you end now, you go on …"
    pub end_the_session_now_the_timer_html: &'static str,
    /// "Error:"
    pub error_html: &'static str,
    /// "Exercises done"
    pub exercises_done: &'static str,
    /// "Export CSV"
    pub export_csv: &'static str,
    /// "Export JSON"
    pub export_json: &'static str,
    /// "Export my progress"
    pub export_my_progress: &'static str,
    /// "Find a spot where you can see or hear your phone, with room to lie …"
    pub find_a_spot_where_you_can_html: &'static str,
    /// "Finish and rate"
    pub finish_and_rate: &'static str,
    /// "General self-care information, not a diagnosis."
    pub general_self_care_information_not_a: &'static str,
    /// "Get medical help now"
    pub get_medical_help_now: &'static str,
    /// "Get ready"
    pub get_ready: &'static str,
    /// "Go to the timer"
    pub go_to_the_timer: &'static str,
    /// "Goal met"
    pub goal_met: &'static str,
    /// "Harder"
    pub harder_html: &'static str,
    /// "Hold"
    pub hold: &'static str,
    /// "How did each exercise feel?"
    pub how_did_each_exercise_feel_html: &'static str,
    /// "How much does your back hurt right now? (optional)"
    pub how_much_does_your_back_hurt: &'static str,
    /// "How much does your back hurt now? (optional)"
    pub how_much_does_your_back_hurt_2: &'static str,
    /// "I ticked this by mistake"
    pub i_ticked_this_by_mistake: &'static str,
    /// "Import progress from a Knot Coach JSON file"
    pub import_progress_from_a_knot_coach: &'static str,
    /// "It is"
    pub it_is: &'static str,
    /// "JSON is for moving your progress to another browser. CSV opens in a…"
    pub json_is_for_moving_your_progress_html: &'static str,
    /// "Just right"
    pub just_right: &'static str,
    /// "Keep going"
    pub keep_going: &'static str,
    /// "Keep my data"
    pub keep_my_data: &'static str,
    /// "Keys: Space pauses or resumes, the arrow keys go back or skip. Stop…"
    pub keys_space_pauses_or_resumes_the_html: &'static str,
    /// "Left"
    pub left: &'static str,
    /// "Mild discomfort (up to 3 out of 10) while you exercise is fine. If …"
    pub mild_discomfort_up_to_3_out_html: &'static str,
    /// "My progress"
    pub my_progress: &'static str,
    /// "0 means no pain, 10 the worst pain you can imagine."
    pub n_0_means_no_pain_10_the: &'static str,
    /// "Next exercise"
    pub next_exercise: &'static str,
    /// "no session"
    pub no_session: &'static str,
    /// "No sessions yet. Each week you exercise will show here as a bar."
    pub no_sessions_yet_each_week_you_html: &'static str,
    /// "No sessions yet. Your sessions, pain ratings and how often you exer…"
    pub no_sessions_yet_your_sessions_pain_html: &'static str,
    /// "No"
    pub no_word: &'static str,
    /// "Not rated"
    pub not_rated: &'static str,
    /// "–Not rated"
    pub not_rated_html: &'static str,
    /// "(opens in a new tab)"
    pub opens_in_a_new_tab_html: &'static str,
    /// "Pain after"
    pub pain_after: &'static str,
    /// "Pain before"
    pub pain_before: &'static str,
    /// "Pain before and after each session, 0 to 10, oldest first"
    pub pain_before_and_after_each_session: &'static str,
    /// "Pain before the session (solid line, circles)Pain after the session…"
    pub pain_before_the_session_solid_line_html: &'static str,
    /// "Pain of 6 or more after exercise is a sign to step back: next time …"
    pub pain_of_6_or_more_after_html: &'static str,
    /// ", paused", after the timer's label while paused.
    pub paused_suffix: &'static str,
    /// "Paused.", announced when the reader pauses.
    pub paused: &'static str,
    /// "Paused"
    pub paused_html: &'static str,
    /// "Please get checked before you try self-care"
    pub please_get_checked_before_you_try: &'static str,
    /// "Print summary for your appointment"
    pub print_summary_for_your_appointment: &'static str,
    /// "Print this list"
    pub print_this_list: &'static str,
    /// "Print this routine"
    pub print_this_routine: &'static str,
    /// "progress"
    pub progress: &'static str,
    /// "Reading the file…"
    pub reading_the_file: &'static str,
    /// "Relief"
    pub relief: &'static str,
    /// "Rep"
    pub rep: &'static str,
    /// "Rest"
    pub rest: &'static str,
    /// "Restart exercise"
    pub restart_exercise: &'static str,
    /// "Resume"
    pub resume: &'static str,
    /// "Right"
    pub right: &'static str,
    /// "Save session"
    pub save_session: &'static str,
    /// "See my result"
    pub see_my_result: &'static str,
    /// "session"
    pub session: &'static str,
    /// "Session complete"
    pub session_complete: &'static str,
    /// "session is"
    pub session_is: &'static str,
    /// "session with a pain rating"
    pub session_with_a_pain_rating: &'static str,
    /// "sessions"
    pub sessions: &'static str,
    /// "Sessions"
    pub sessions_2: &'static str,
    /// "sessions are"
    pub sessions_are: &'static str,
    /// "Sessions each week, oldest first"
    pub sessions_each_week_oldest_first: &'static str,
    /// "Sessions per week"
    pub sessions_per_week_html: &'static str,
    /// "sessions with pain ratings"
    pub sessions_with_pain_ratings: &'static str,
    /// "Set"
    pub set: &'static str,
    /// "Show only recent sessions"
    pub show_only_recent_sessions: &'static str,
    /// "Side"
    pub side: &'static str,
    /// "Skip"
    pub skip: &'static str,
    /// "Sound"
    pub sound: &'static str,
    /// "Spot"
    pub spot: &'static str,
    /// "Start"
    pub start: &'static str,
    /// "Start over"
    pub start_over: &'static str,
    /// "Start session"
    pub start_session: &'static str,
    /// "Steps"
    pub steps_html: &'static str,
    /// "still to come"
    pub still_to_come: &'static str,
    /// "Strength"
    pub strength: &'static str,
    /// "Switch sides"
    pub switch_sides: &'static str,
    /// "Take care"
    pub take_care_html: &'static str,
    /// "They are"
    pub they_are: &'static str,
    /// "This browser is not letting Knot Coach save anything, so your answe…"
    pub this_browser_is_not_letting_knot: &'static str,
    /// "This is because:"
    pub this_is_because: &'static str,
    /// "This week"
    pub this_week: &'static str,
    /// "This week"
    pub this_week_html: &'static str,
    /// "Time to have your back checked"
    pub time_to_have_your_back_checked_html: &'static str,
    /// "Tips"
    pub tips_html: &'static str,
    /// "(today)"
    pub today: &'static str,
    /// "Too easy"
    pub too_easy: &'static str,
    /// "Too hard"
    pub too_hard: &'static str,
    /// "Up"
    pub up: &'static str,
    /// "Voice"
    pub voice: &'static str,
    /// "week"
    pub week: &'static str,
    /// "Week of"
    pub week_of_html: &'static str,
    /// "Week starting"
    pub week_starting: &'static str,
    /// "weeks"
    pub weeks: &'static str,
    /// "Well done. How did it go?"
    pub well_done_how_did_it_go: &'static str,
    /// "What the codes in brackets mean"
    pub what_the_codes_in_brackets_mean_html: &'static str,
    /// "What you told us is worth showing to a doctor or physiotherapist be…"
    pub what_you_told_us_is_worth_html: &'static str,
    /// "Where the dose comes from"
    pub where_the_dose_comes_from_html: &'static str,
    /// "Why this routine"
    pub why_this_routine_html: &'static str,
    /// "With back pain, these signs can point to a problem that needs to be…"
    pub with_back_pain_these_signs_can_html: &'static str,
    /// "Yes, delete everything"
    pub yes_delete_everything: &'static str,
    /// "Yes, end it"
    pub yes_end_it: &'static str,
    /// "Yes"
    pub yes_word: &'static str,
    /// "You have reached this week's goal."
    pub you_have_reached_this_week_s: &'static str,
    /// "You told us about:"
    pub you_told_us_about: &'static str,
    /// "Your browser did not allow the download. Try again, or try another …"
    pub your_browser_did_not_allow_the: &'static str,
    /// "Your dataYour progress stays in this browser on this device. It onl…"
    pub your_data_your_progress_stays_in_html: &'static str,
    /// "Your pain"
    pub your_pain_html: &'static str,
    /// "Your pain is already 6 or more out of 10, the level at which exerci…"
    pub your_pain_is_already_6_or_html: &'static str,
    /// "Your pain was 6 or more out of 10 after each of your last two sessi…"
    pub your_pain_was_6_or_more_html: &'static str,
    /// "Your pain was 6 or more after your last session too. A gentler rout…"
    pub your_pain_was_6_or_more_html_2: &'static str,
    /// "Your progress"
    pub your_progress: &'static str,
    /// "Your progress was saved by a newer version of Knot Coach. To keep i…"
    pub your_progress_was_saved_by_a_html: &'static str,
    /// "Your routine"
    pub your_routine: &'static str,
    /// "Your saved progress was damaged and could not be read. A copy was k…"
    pub your_saved_progress_was_damaged_and: &'static str,
    /// "Your sessions"
    pub your_sessions_html: &'static str,
    /// "Your sessions, newest first"
    pub your_sessions_newest_first: &'static str,
    /// "Your weeks"
    pub your_weeks_html: &'static str,
    /// Template: "About {0}"
    pub fmt_about: &'static str,
    /// Template: "{0} added to your progress."
    pub fmt_added_to_your_progress: &'static str,
    /// Template: "{encouragement} Aim for {low} to {high} sessions a week for 3 to 4 wee"
    pub fmt_aim_for_to_sessions_a_week: &'static str,
    /// Template: "Bar chart of sessions each week, with the goal of {low} to {high} a we"
    pub fmt_bar_chart_of_sessions_each_week: &'static str,
    /// Template: "Book an appointment: {0}"
    pub fmt_book_an_appointment: &'static str,
    /// Template: "Book an appointment: {0}"
    pub fmt_book_an_appointment_2: &'static str,
    /// Template: "Change: {prompt}"
    pub fmt_change: &'static str,
    /// Template: "{0} dated in the future, probably because this device's clock was wron"
    pub fmt_dated_in_the_future_probably_because: &'static str,
    /// Template: "Days with a session in the last {weeks} weeks, Monday to Sunday"
    pub fmt_days_with_a_session_in_the: &'static str,
    /// Template: "Entry {0}: {problem}."
    pub fmt_entry: &'static str,
    /// Template: "{title} exercises"
    pub fmt_exercises: &'static str,
    /// Template: "{0} exercises, about {1}. Do it {2} to {3} times a week for {4} to {5}"
    pub fmt_exercises_about_do_it_to_times: &'static str,
    /// Template: "{0}, from {1} to {2}. {3} {4}"
    pub fmt_from_to: &'static str,
    /// Template: "How to do the {0}"
    pub fmt_how_to_do_the: &'static str,
    /// Template: " {0} in a row at the goal"
    pub fmt_in_a_row_at_the_goal: &'static str,
    /// Template: " {0} in total"
    pub fmt_in_total: &'static str,
    /// Template: "knot-coach-progress-{0}.json"
    pub fmt_knot_coach_progress_json: &'static str,
    /// Template: "knot-coach-sessions-{0}.csv"
    pub fmt_knot_coach_sessions_csv: &'static str,
    /// Template: "{0} more this week to reach the goal."
    pub fmt_more_this_week_to_reach_the: &'static str,
    /// Template: "{series}: not rated yet."
    pub fmt_not_rated_yet: &'static str,
    /// Template: "Number of {unit}"
    pub fmt_number_of: &'static str,
    /// Template: "{done} of {planned}"
    pub fmt_of: &'static str,
    /// Template: "{set} of {sets}"
    pub fmt_of_2: &'static str,
    /// Template: "{rep} of {reps}"
    pub fmt_of_3: &'static str,
    /// Template: "{spot} of {spots}"
    pub fmt_of_4: &'static str,
    /// Template: "{0} of the last {1} met the goal of {low} to {high} sessions. This wee"
    pub fmt_of_the_last_met_the_goal: &'static str,
    /// Template: "Offered by {name}"
    pub fmt_offered_by: &'static str,
    /// Template: "{series}: {only} out of 10."
    pub fmt_out_of: &'static str,
    /// Template: "{series}: {first} out of 10 at first, {last} most recently."
    pub fmt_out_of_at_first_most_recently: &'static str,
    /// Template: "Question {n} of {total}"
    pub fmt_question_of: &'static str,
    /// Template: "{n} saved session(s) could not be read and were left out. A copy of th"
    pub fmt_saved_session_s_could_not_be: &'static str,
    /// Template: "{label}, {seconds} seconds left{0}"
    pub fmt_seconds_left: &'static str,
    /// Template: "Shaded: the goal of {low} to {high} sessions a week"
    pub fmt_shaded_the_goal_of_to_sessions: &'static str,
    /// Template: "Show all {0} sessions"
    pub fmt_show_all_sessions: &'static str,
    /// Template: "Sources: {0}. Dose: {1}."
    pub fmt_sources_dose: &'static str,
    /// Template: "The new sessions are from {0}."
    pub fmt_the_new_sessions_are_from: &'static str,
    /// Template: "The new sessions are from {0} to {1}."
    pub fmt_the_new_sessions_are_from_to: &'static str,
    /// Template: " {0} this week (goal: {low} to {high})"
    pub fmt_this_week_goal_to: &'static str,
    /// Template: "This week so far: {this_week}, against the goal of {low} to {high} ses"
    pub fmt_this_week_so_far_against_the: &'static str,
    /// Template: "Works: {0}."
    pub fmt_works: &'static str,
    /// Template: "Your browser's storage is full, so your latest {what} could not be sav"
    pub fmt_your_browser_s_storage_is_full: &'static str,
    /// Template: "Your {shown} most recent sessions, newest first"
    pub fmt_your_most_recent_sessions_newest_first: &'static str,
    /// Template: "Your saved {what} was made by a newer version of Knot Coach. It is kep"
    pub fmt_your_saved_was_made_by_a: &'static str,
    /// "No pain ratings yet…"
    pub no_pain_ratings_yet_html: &'static str,
    /// Template: "{error} Nothing has been changed."
    pub fmt_nothing_has_been_changed: &'static str,
    /// "Date", a column heading.
    pub date: &'static str,
    /// The label of the language switch.
    pub language: &'static str,
    /// Heading of the screen offering a prescription from a link (issue 15): "A routine from your clinician"
    pub rx_offer_title: &'static str,
    /// Template: who prescribed the routine offered by a link (issue 15): "{clinic} has prescribed this home routine for you."
    pub fmt_rx_offer_lead: &'static str,
    /// Template: the prescription's schedule (issue 15): "Sessions a week: {sessions}. Weeks before you check back wit"
    pub fmt_rx_schedule: &'static str,
    /// Why the questions still come before a prescribed routine (issue 15): "Before the routine starts, a few questions check that self-c"
    pub rx_offer_screening: &'static str,
    /// Accepting a new prescription replaces the current one (issue 15): "It replaces the routine you follow now. Your progress so far"
    pub rx_offer_replaces: &'static str,
    /// Button: accept the prescription (issue 15): "Accept this routine"
    pub accept_this_routine: &'static str,
    /// Button: decline the prescription for now (issue 15): "Not now"
    pub not_now: &'static str,
    /// Heading of the screen refusing a bad prescription link (issue 15): "This prescription link cannot be used"
    pub rx_bad_link_title: &'static str,
    /// What happens after a refused link (issue 15): "Nothing has been changed and no routine will run. Ask your c"
    pub rx_bad_link_nothing_changed: &'static str,
    /// Heading of the prescribed routine (issue 15): "Your routine from your clinician"
    pub your_routine_from_your_clinician: &'static str,
    /// Template: who prescribed the routine (issue 15): "Prescribed by {name}."
    pub fmt_prescribed_by: &'static str,
    /// Template: how many exercises and how long a prescribed session takes (issue 15): "Exercises: {n}, about {minutes} a session."
    pub fmt_rx_length: &'static str,
    /// Template: the clinician's note on an exercise card (issue 15): "Note from your clinician: {0}"
    pub fmt_note_from_your_clinician: &'static str,
    /// Heading of clinician mode (issue 15): "Write a prescription link"
    pub write_a_prescription_link: &'static str,
    /// Clinician mode: what it does (issue 15): "Choose the exercises and set each dose within the safe range"
    pub rx_clinician_intro: &'static str,
    /// Legend: the clinic fields (issue 15): "Clinic"
    pub clinic: &'static str,
    /// Label: the clinic's name (issue 15): "Clinic name"
    pub clinic_name: &'static str,
    /// Label: the clinic's booking link (issue 15): "Booking link (optional, starting with https://)"
    pub booking_link_optional: &'static str,
    /// Legend: the schedule fields (issue 15): "Schedule"
    pub schedule: &'static str,
    /// Label: sessions a week (issue 15): "Sessions a week"
    pub sessions_a_week: &'static str,
    /// Label: weeks (issue 15): "Weeks"
    pub weeks_label: &'static str,
    /// Template: a field's label with its allowed range (issue 15): "{label} ({min} to {max})"
    pub fmt_field_range: &'static str,
    /// Template: legend of the exercise list (issue 15): "Exercises (up to {0})"
    pub fmt_exercises_up_to: &'static str,
    /// Checkbox: each side in turn (issue 15): "Each side in turn"
    pub each_side_in_turn: &'static str,
    /// Template: label of the note field (issue 15): "Note for your patient (optional, plain text, up to {0} chara"
    pub fmt_note_for_your_patient: &'static str,
    /// Heading: the link, its QR code and the sheet (issue 15): "The link"
    pub the_link: &'static str,
    /// Label of the read-only link field (issue 15): "Prescription link"
    pub prescription_link: &'static str,
    /// Button: copy the link (issue 15): "Copy the link"
    pub copy_the_link: &'static str,
    /// Status after copying (issue 15): "The link is copied."
    pub the_link_is_copied: &'static str,
    /// Status when the browser refused to copy (issue 15): "Your browser did not let the widget copy. Select the link ab"
    pub copy_by_hand: &'static str,
    /// Shown instead of the link while the form has problems (issue 15): "Fix the problems marked above to get the link."
    pub fix_the_problems_marked_above: &'static str,
    /// Accessible name of the QR code (issue 15): "QR code of the prescription link"
    pub qr_code_of_the_link: &'static str,
    /// Button: print the QR code and the routine (issue 15): "Print the sheet"
    pub print_the_sheet: &'static str,
    /// Heading of the live preview (issue 15): "What your patient will see"
    pub what_your_patient_will_see: &'static str,
    /// Caption of the printed QR code (issue 15): "Scan this code with your phone's camera to open your routine"
    pub scan_to_open_your_routine: &'static str,
    /// Error: a number field holds something else (issue 15): "Enter a whole number."
    pub enter_a_whole_number: &'static str,
}

impl Ui {
    /// Every field with its name, for the parity tests.
    pub fn fields(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("add_these_sessions", self.add_these_sessions),
            ("after_sessions", self.after_sessions),
            (
                "all_your_progress_has_been_deleted",
                self.all_your_progress_has_been_deleted,
            ),
            (
                "answer_a_few_quick_questions_and_html",
                self.answer_a_few_quick_questions_and_html,
            ),
            ("answers", self.answers),
            ("back", self.back),
            ("back_to_my_routine", self.back_to_my_routine),
            (
                "bars_sessions_that_week_weeks_start_html",
                self.bars_sessions_that_week_weeks_start_html,
            ),
            ("before_sessions", self.before_sessions),
            ("before_you_start", self.before_you_start),
            ("book_an_appointment", self.book_an_appointment),
            ("book_an_appointment_with", self.book_an_appointment_with),
            (
                "book_an_appointment_with_your_gp_html",
                self.book_an_appointment_with_your_gp_html,
            ),
            (
                "book_an_appointment_with_your_gp_html_2",
                self.book_an_appointment_with_your_gp_html_2,
            ),
            ("book_with", self.book_with),
            ("book_with_the_clinic", self.book_with_the_clinic),
            (
                "builds_the_muscles_that_hold_your",
                self.builds_the_muscles_that_hold_your,
            ),
            (
                "call_your_local_emergency_number_if_html",
                self.call_your_local_emergency_number_if_html,
            ),
            (
                "call_your_local_emergency_number_now_html",
                self.call_your_local_emergency_number_now_html,
            ),
            ("cancel", self.cancel),
            ("change", self.change),
            ("change_my_answers", self.change_my_answers),
            (
                "chart_of_pain_before_and_after",
                self.chart_of_pain_before_and_after,
            ),
            ("check_your_answers", self.check_your_answers),
            ("common_mistakes_html", self.common_mistakes_html),
            ("continue_button", self.continue_button),
            ("delete_all_data", self.delete_all_data),
            (
                "delete_every_session_and_rating_from_html",
                self.delete_every_session_and_rating_from_html,
            ),
            (
                "diagram_of_the_upper_back_seen",
                self.diagram_of_the_upper_back_seen,
            ),
            ("done", self.done),
            ("down", self.down),
            ("download_the_damaged_data", self.download_the_damaged_data),
            (
                "ease_the_knot_between_your_shoulder_html",
                self.ease_the_knot_between_your_shoulder_html,
            ),
            (
                "eases_the_knot_for_now_stretching",
                self.eases_the_knot_for_now_stretching,
            ),
            ("easier_html", self.easier_html),
            ("end_session", self.end_session),
            (
                "end_the_session_now_the_timer_html",
                self.end_the_session_now_the_timer_html,
            ),
            ("error_html", self.error_html),
            ("exercises_done", self.exercises_done),
            ("export_csv", self.export_csv),
            ("export_json", self.export_json),
            ("export_my_progress", self.export_my_progress),
            (
                "find_a_spot_where_you_can_html",
                self.find_a_spot_where_you_can_html,
            ),
            ("finish_and_rate", self.finish_and_rate),
            (
                "general_self_care_information_not_a",
                self.general_self_care_information_not_a,
            ),
            ("get_medical_help_now", self.get_medical_help_now),
            ("get_ready", self.get_ready),
            ("go_to_the_timer", self.go_to_the_timer),
            ("goal_met", self.goal_met),
            ("harder_html", self.harder_html),
            ("hold", self.hold),
            (
                "how_did_each_exercise_feel_html",
                self.how_did_each_exercise_feel_html,
            ),
            (
                "how_much_does_your_back_hurt",
                self.how_much_does_your_back_hurt,
            ),
            (
                "how_much_does_your_back_hurt_2",
                self.how_much_does_your_back_hurt_2,
            ),
            ("i_ticked_this_by_mistake", self.i_ticked_this_by_mistake),
            (
                "import_progress_from_a_knot_coach",
                self.import_progress_from_a_knot_coach,
            ),
            ("it_is", self.it_is),
            (
                "json_is_for_moving_your_progress_html",
                self.json_is_for_moving_your_progress_html,
            ),
            ("just_right", self.just_right),
            ("keep_going", self.keep_going),
            ("keep_my_data", self.keep_my_data),
            (
                "keys_space_pauses_or_resumes_the_html",
                self.keys_space_pauses_or_resumes_the_html,
            ),
            ("left", self.left),
            (
                "mild_discomfort_up_to_3_out_html",
                self.mild_discomfort_up_to_3_out_html,
            ),
            ("my_progress", self.my_progress),
            ("n_0_means_no_pain_10_the", self.n_0_means_no_pain_10_the),
            ("next_exercise", self.next_exercise),
            ("no_session", self.no_session),
            (
                "no_sessions_yet_each_week_you_html",
                self.no_sessions_yet_each_week_you_html,
            ),
            (
                "no_sessions_yet_your_sessions_pain_html",
                self.no_sessions_yet_your_sessions_pain_html,
            ),
            ("no_word", self.no_word),
            ("not_rated", self.not_rated),
            ("not_rated_html", self.not_rated_html),
            ("opens_in_a_new_tab_html", self.opens_in_a_new_tab_html),
            ("pain_after", self.pain_after),
            ("pain_before", self.pain_before),
            (
                "pain_before_and_after_each_session",
                self.pain_before_and_after_each_session,
            ),
            (
                "pain_before_the_session_solid_line_html",
                self.pain_before_the_session_solid_line_html,
            ),
            (
                "pain_of_6_or_more_after_html",
                self.pain_of_6_or_more_after_html,
            ),
            ("paused", self.paused),
            ("paused_suffix", self.paused_suffix),
            ("paused_html", self.paused_html),
            (
                "please_get_checked_before_you_try",
                self.please_get_checked_before_you_try,
            ),
            (
                "print_summary_for_your_appointment",
                self.print_summary_for_your_appointment,
            ),
            ("print_this_list", self.print_this_list),
            ("print_this_routine", self.print_this_routine),
            ("progress", self.progress),
            ("reading_the_file", self.reading_the_file),
            ("relief", self.relief),
            ("rep", self.rep),
            ("rest", self.rest),
            ("restart_exercise", self.restart_exercise),
            ("resume", self.resume),
            ("right", self.right),
            ("save_session", self.save_session),
            ("see_my_result", self.see_my_result),
            ("session", self.session),
            ("session_complete", self.session_complete),
            ("session_is", self.session_is),
            (
                "session_with_a_pain_rating",
                self.session_with_a_pain_rating,
            ),
            ("sessions", self.sessions),
            ("sessions_2", self.sessions_2),
            ("sessions_are", self.sessions_are),
            (
                "sessions_each_week_oldest_first",
                self.sessions_each_week_oldest_first,
            ),
            ("sessions_per_week_html", self.sessions_per_week_html),
            (
                "sessions_with_pain_ratings",
                self.sessions_with_pain_ratings,
            ),
            ("set", self.set),
            ("show_only_recent_sessions", self.show_only_recent_sessions),
            ("side", self.side),
            ("skip", self.skip),
            ("sound", self.sound),
            ("spot", self.spot),
            ("start", self.start),
            ("start_over", self.start_over),
            ("start_session", self.start_session),
            ("steps_html", self.steps_html),
            ("still_to_come", self.still_to_come),
            ("strength", self.strength),
            ("switch_sides", self.switch_sides),
            ("take_care_html", self.take_care_html),
            ("they_are", self.they_are),
            (
                "this_browser_is_not_letting_knot",
                self.this_browser_is_not_letting_knot,
            ),
            ("this_is_because", self.this_is_because),
            ("this_week", self.this_week),
            ("this_week_html", self.this_week_html),
            (
                "time_to_have_your_back_checked_html",
                self.time_to_have_your_back_checked_html,
            ),
            ("tips_html", self.tips_html),
            ("today", self.today),
            ("too_easy", self.too_easy),
            ("too_hard", self.too_hard),
            ("up", self.up),
            ("voice", self.voice),
            ("week", self.week),
            ("week_of_html", self.week_of_html),
            ("week_starting", self.week_starting),
            ("weeks", self.weeks),
            ("well_done_how_did_it_go", self.well_done_how_did_it_go),
            (
                "what_the_codes_in_brackets_mean_html",
                self.what_the_codes_in_brackets_mean_html,
            ),
            (
                "what_you_told_us_is_worth_html",
                self.what_you_told_us_is_worth_html,
            ),
            (
                "where_the_dose_comes_from_html",
                self.where_the_dose_comes_from_html,
            ),
            ("why_this_routine_html", self.why_this_routine_html),
            (
                "with_back_pain_these_signs_can_html",
                self.with_back_pain_these_signs_can_html,
            ),
            ("yes_delete_everything", self.yes_delete_everything),
            ("yes_end_it", self.yes_end_it),
            ("yes_word", self.yes_word),
            (
                "you_have_reached_this_week_s",
                self.you_have_reached_this_week_s,
            ),
            ("you_told_us_about", self.you_told_us_about),
            (
                "your_browser_did_not_allow_the",
                self.your_browser_did_not_allow_the,
            ),
            (
                "your_data_your_progress_stays_in_html",
                self.your_data_your_progress_stays_in_html,
            ),
            ("your_pain_html", self.your_pain_html),
            (
                "your_pain_is_already_6_or_html",
                self.your_pain_is_already_6_or_html,
            ),
            (
                "your_pain_was_6_or_more_html",
                self.your_pain_was_6_or_more_html,
            ),
            (
                "your_pain_was_6_or_more_html_2",
                self.your_pain_was_6_or_more_html_2,
            ),
            ("your_progress", self.your_progress),
            (
                "your_progress_was_saved_by_a_html",
                self.your_progress_was_saved_by_a_html,
            ),
            ("your_routine", self.your_routine),
            (
                "your_saved_progress_was_damaged_and",
                self.your_saved_progress_was_damaged_and,
            ),
            ("your_sessions_html", self.your_sessions_html),
            (
                "your_sessions_newest_first",
                self.your_sessions_newest_first,
            ),
            ("your_weeks_html", self.your_weeks_html),
            ("fmt_about", self.fmt_about),
            (
                "fmt_added_to_your_progress",
                self.fmt_added_to_your_progress,
            ),
            (
                "fmt_aim_for_to_sessions_a_week",
                self.fmt_aim_for_to_sessions_a_week,
            ),
            (
                "fmt_bar_chart_of_sessions_each_week",
                self.fmt_bar_chart_of_sessions_each_week,
            ),
            ("fmt_book_an_appointment", self.fmt_book_an_appointment),
            ("fmt_book_an_appointment_2", self.fmt_book_an_appointment_2),
            ("fmt_change", self.fmt_change),
            (
                "fmt_dated_in_the_future_probably_because",
                self.fmt_dated_in_the_future_probably_because,
            ),
            (
                "fmt_days_with_a_session_in_the",
                self.fmt_days_with_a_session_in_the,
            ),
            ("fmt_entry", self.fmt_entry),
            ("fmt_exercises", self.fmt_exercises),
            (
                "fmt_exercises_about_do_it_to_times",
                self.fmt_exercises_about_do_it_to_times,
            ),
            ("fmt_from_to", self.fmt_from_to),
            ("fmt_how_to_do_the", self.fmt_how_to_do_the),
            ("fmt_in_a_row_at_the_goal", self.fmt_in_a_row_at_the_goal),
            ("fmt_in_total", self.fmt_in_total),
            (
                "fmt_knot_coach_progress_json",
                self.fmt_knot_coach_progress_json,
            ),
            (
                "fmt_knot_coach_sessions_csv",
                self.fmt_knot_coach_sessions_csv,
            ),
            (
                "fmt_more_this_week_to_reach_the",
                self.fmt_more_this_week_to_reach_the,
            ),
            ("fmt_not_rated_yet", self.fmt_not_rated_yet),
            ("fmt_number_of", self.fmt_number_of),
            ("fmt_of", self.fmt_of),
            ("fmt_of_2", self.fmt_of_2),
            ("fmt_of_3", self.fmt_of_3),
            ("fmt_of_4", self.fmt_of_4),
            (
                "fmt_of_the_last_met_the_goal",
                self.fmt_of_the_last_met_the_goal,
            ),
            ("fmt_offered_by", self.fmt_offered_by),
            ("fmt_out_of", self.fmt_out_of),
            (
                "fmt_out_of_at_first_most_recently",
                self.fmt_out_of_at_first_most_recently,
            ),
            ("fmt_question_of", self.fmt_question_of),
            (
                "fmt_saved_session_s_could_not_be",
                self.fmt_saved_session_s_could_not_be,
            ),
            ("fmt_seconds_left", self.fmt_seconds_left),
            (
                "fmt_shaded_the_goal_of_to_sessions",
                self.fmt_shaded_the_goal_of_to_sessions,
            ),
            ("fmt_show_all_sessions", self.fmt_show_all_sessions),
            ("fmt_sources_dose", self.fmt_sources_dose),
            (
                "fmt_the_new_sessions_are_from",
                self.fmt_the_new_sessions_are_from,
            ),
            (
                "fmt_the_new_sessions_are_from_to",
                self.fmt_the_new_sessions_are_from_to,
            ),
            ("fmt_this_week_goal_to", self.fmt_this_week_goal_to),
            (
                "fmt_this_week_so_far_against_the",
                self.fmt_this_week_so_far_against_the,
            ),
            ("fmt_works", self.fmt_works),
            (
                "fmt_your_browser_s_storage_is_full",
                self.fmt_your_browser_s_storage_is_full,
            ),
            (
                "fmt_your_most_recent_sessions_newest_first",
                self.fmt_your_most_recent_sessions_newest_first,
            ),
            (
                "fmt_your_saved_was_made_by_a",
                self.fmt_your_saved_was_made_by_a,
            ),
            ("no_pain_ratings_yet_html", self.no_pain_ratings_yet_html),
            (
                "fmt_nothing_has_been_changed",
                self.fmt_nothing_has_been_changed,
            ),
            ("date", self.date),
            ("language", self.language),
            ("rx_offer_title", self.rx_offer_title),
            ("fmt_rx_offer_lead", self.fmt_rx_offer_lead),
            ("fmt_rx_schedule", self.fmt_rx_schedule),
            ("rx_offer_screening", self.rx_offer_screening),
            ("rx_offer_replaces", self.rx_offer_replaces),
            ("accept_this_routine", self.accept_this_routine),
            ("not_now", self.not_now),
            ("rx_bad_link_title", self.rx_bad_link_title),
            (
                "rx_bad_link_nothing_changed",
                self.rx_bad_link_nothing_changed,
            ),
            (
                "your_routine_from_your_clinician",
                self.your_routine_from_your_clinician,
            ),
            ("fmt_prescribed_by", self.fmt_prescribed_by),
            ("fmt_rx_length", self.fmt_rx_length),
            (
                "fmt_note_from_your_clinician",
                self.fmt_note_from_your_clinician,
            ),
            ("write_a_prescription_link", self.write_a_prescription_link),
            ("rx_clinician_intro", self.rx_clinician_intro),
            ("clinic", self.clinic),
            ("clinic_name", self.clinic_name),
            ("booking_link_optional", self.booking_link_optional),
            ("schedule", self.schedule),
            ("sessions_a_week", self.sessions_a_week),
            ("weeks_label", self.weeks_label),
            ("fmt_field_range", self.fmt_field_range),
            ("fmt_exercises_up_to", self.fmt_exercises_up_to),
            ("each_side_in_turn", self.each_side_in_turn),
            ("fmt_note_for_your_patient", self.fmt_note_for_your_patient),
            ("the_link", self.the_link),
            ("prescription_link", self.prescription_link),
            ("copy_the_link", self.copy_the_link),
            ("the_link_is_copied", self.the_link_is_copied),
            ("copy_by_hand", self.copy_by_hand),
            (
                "fix_the_problems_marked_above",
                self.fix_the_problems_marked_above,
            ),
            ("qr_code_of_the_link", self.qr_code_of_the_link),
            ("print_the_sheet", self.print_the_sheet),
            (
                "what_your_patient_will_see",
                self.what_your_patient_will_see,
            ),
            ("scan_to_open_your_routine", self.scan_to_open_your_routine),
            ("enter_a_whole_number", self.enter_a_whole_number),
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
pub const fn calendar(lang: Lang) -> &'static Calendar {
    match lang {
        Lang::En => &en::CALENDAR,
        Lang::Fr => &fr::CALENDAR,
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

//! English: the reference table. Every reader-facing English sentence lives here (or in the
//! catalog's and questionnaire's tables still to move; see the README).

use super::{about_minutes, duration_ms, duration_s, Calendar, Ui, UiFields};
use crate::domain::catalog::{ExerciseId, TopAction};
use crate::domain::cues::{Announcement, RepStep, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::{Dose, Work};
use crate::domain::exchange::CsvWords;
use crate::domain::exchange::{ImportError, ImportPreview};
use crate::domain::history::Feedback;
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::prescription::{DoseField, LinkError, PrescriptionError, TextProblem};
use crate::domain::progression::{Outcome, Rule};
use crate::domain::questionnaire::{AnswerError, KnotLocation, QuestionId};
use crate::domain::session::{NextLabel, SetLabel, Side, Upcoming};
use crate::domain::stats::{ClinicianPrompt, PainChange, PainSummary};
use crate::domain::store::SessionProblem;
use crate::domain::triage::Caution;

use super::Lang;

const L: Lang = Lang::En;

/// The interface strings in English.
pub const UI: Ui = Ui::new(UiFields {
    add_these_sessions: "Add these sessions",
    after_sessions: "After sessions",
    all_your_progress_has_been_deleted: "All your progress has been deleted from this browser.",
    answer_a_few_quick_questions_and: "Answer a few quick questions and get a short routine of stretches, self-massage and strengthening for your upper back, with a timer that guides you through it.",
    answers: "answers",
    back: "Back",
    back_to_my_routine: "Back to my routine",
    bars_sessions_that_week_weeks_start_html: "<li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"kc-bar\" x=\"12\" y=\"1\" width=\"16\" height=\"14\"></rect></svg>Bars: sessions that week (weeks start on Monday)</li>",
    before_sessions: "Before sessions",
    before_you_start: "Before you start",
    book_an_appointment: "Book an appointment",
    book_an_appointment_with: "Book an appointment with ",
    book_an_appointment_with_your_gp_html: "<p>Book an appointment with your GP (family doctor) or a physiotherapist, and take a printed summary of your progress with you.</p>",
    book_an_appointment_with_your_gp_html_2: "<p>Book an appointment with your GP (family doctor) or a physiotherapist, and take this list with you.</p>",
    book_with: "Book with ",
    book_with_the_clinic: "Book with the clinic",
    builds_the_muscles_that_hold_your: "Builds the muscles that hold your shoulder blades: what tends to help most in the long run.",
    call_your_local_emergency_number_if_html: "<p class=\"kc-small\">Call your local emergency number if you get chest pain or pressure, struggle to breathe, have sudden severe or tearing pain, lose feeling or strength in both legs, lose control of your bladder or bowels, or feel numb around the groin.</p>",
    call_your_local_emergency_number_now_html: "<p class=\"kc-lead kc-urgent\"><strong>Call your local emergency number now</strong> (<a href=\"tel:999\">999</a> in the UK, <a href=\"tel:112\">112</a> in Europe, <a href=\"tel:911\">911</a> in North America), or go to the nearest emergency department.</p><p>Do not start any exercises. Stop what you are doing, sit or lie down somewhere safe, and, if you can, ask someone to stay with you.</p>",
    cancel: "Cancel",
    change: "Change",
    change_my_answers: "Change my answers",
    chart_of_pain_before_and_after: "Chart of pain before and after each session, from 0 (no pain) to 10",
    check_your_answers: "Check your answers",
    common_mistakes_html: "<h4 class=\"kc-detail-title\">Common mistakes</h4>",
    continue_button: "Continue",
    delete_all_data: "Delete all data",
    delete_every_session_and_rating_from_html: "<p id=\"kc-delete-q\">Delete every session and rating from this browser? This cannot be undone. Export first if you want a copy.</p>",
    diagram_of_the_upper_back_seen: "Diagram of the upper back, seen from behind. Choose the spot where the knot is.",
    done: "Done",
    down: "Down",
    download_the_damaged_data: "Download the damaged data",
    ease_the_knot_between_your_shoulder: "Ease the knot between your shoulder blades",
    eases_the_knot_for_now_stretching: "Eases the knot for now: stretching, pressure from a ball and warmth.",
    easier_html: "<h4 class=\"kc-detail-title\">Easier</h4>",
    end_session: "End session",
    end_the_session_now_the_timer_html: "<p id=\"kc-end-q\" class=\"kc-lead\"><strong>End the session now?</strong></p><p id=\"kc-end-d\">The timer is paused. If you end now, you go on to rate the session.</p>",
    error_html: "<span class=\"kc-visually-hidden\">Error: </span>",
    everything_stays_on_this_device_nothing: "Everything stays on this device. Nothing you enter is sent anywhere.",
    exercises_done: "Exercises done",
    export_csv: "Export CSV",
    export_json: "Export JSON",
    export_my_progress: "Export my progress",
    find_a_spot_where_you_can_html: "<p>Find a spot where you can see or hear your phone, with room to lie down. Stop if anything hurts sharply.</p><p class=\"kc-notice kc-urgent-notice\">Stop and call your local emergency number if you get chest pain or pressure, struggle to breathe, have sudden severe or tearing pain, lose feeling or strength in both legs, lose control of your bladder or bowels, or feel numb around the groin. If something new has started since you answered the questions, such as a fever, weight loss, numbness in an arm or pain at night, see a doctor or physiotherapist before you go on.<span class=\"kc-source\"> [R1, R2, R3, S2]</span></p>",
    finish_and_rate: "Finish and rate",
    general_self_care_information_not_a: "General self-care information, not a diagnosis. ",
    get_medical_help_now: "Get medical help now",
    get_ready: "Get ready",
    go_to_the_timer: "Go to the timer",
    goal_met: "Goal met",
    harder_html: "<h4 class=\"kc-detail-title\">Harder</h4>",
    hold: "Hold",
    how_did_each_exercise_feel_html: "<h3 class=\"kc-subtitle\">How did each exercise feel?</h3>",
    how_much_does_your_back_hurt: "How much does your back hurt right now? (optional)",
    how_much_does_your_back_hurt_2: "How much does your back hurt now? (optional)",
    i_ticked_this_by_mistake: "I ticked this by mistake",
    import_progress_from_a_knot_coach: "Import progress from a Knot Coach JSON file",
    it_is: "It is",
    json_is_for_moving_your_progress_html: "<p class=\"kc-small\">JSON is for moving your progress to another browser. CSV opens in a spreadsheet, for you or your physiotherapist.</p>",
    just_right: "Just right",
    keep_going: "Keep going",
    keep_my_data: "Keep my data",
    keys_space_pauses_or_resumes_the_html: "<p class=\"kc-small\"><span class=\"kc-keys\">Keys: Space pauses or resumes, the arrow keys go back or skip. </span>Stop if anything hurts sharply; mild discomfort (up to 3 out of 10) is fine.</p>",
    left: "Left",
    mild_discomfort_up_to_3_out_html: "<p class=\"kc-notice\" role=\"note\">Mild discomfort (up to 3 out of 10) while you exercise is fine. If it reaches 4 or 5, ease off next time; at 6 or more, stop.<span class=\"kc-source\"> [R6]</span></p>",
    my_progress: "My progress",
    n_0_means_no_pain_10_the: "0 means no pain, 10 the worst pain you can imagine.",
    next_exercise: "Next exercise",
    no_session: "no session",
    no_sessions_yet_each_week_you_html: "<p>No sessions yet. Each week you exercise will show here as a bar.</p>",
    no_sessions_yet_your_sessions_pain_html: "<p class=\"kc-lead\">No sessions yet. Your sessions, pain ratings and how often you exercise will show here.</p><p>Used Knot Coach in another browser? Export your progress there and import the file below.</p>",
    no_word: "No",
    not_rated: "Not rated",
    not_rated_html: "<span aria-hidden=\"true\">–</span><span class=\"kc-visually-hidden\">Not rated</span>",
    opens_in_a_new_tab_html: "<span class=\"kc-visually-hidden\"> (opens in a new tab)</span>",
    pain_after: "Pain after",
    pain_before: "Pain before",
    pain_before_and_after_each_session: "Pain before and after each session, 0 to 10, oldest first",
    pain_before_the_session_solid_line_html: "<ul class=\"kc-chart-legend\"><li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><line class=\"kc-line kc-line-before\" x1=\"2\" y1=\"8\" x2=\"38\" y2=\"8\"></line><circle class=\"kc-mark-before\" cx=\"20\" cy=\"8\" r=\"5\"></circle></svg>Pain before the session (solid line, circles)</li><li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><line class=\"kc-line kc-line-after\" x1=\"2\" y1=\"8\" x2=\"38\" y2=\"8\"></line><rect class=\"kc-mark-after\" x=\"15\" y=\"3\" width=\"10\" height=\"10\"></rect></svg>Pain after the session (dashed line, squares)</li></ul>",
    pain_of_6_or_more_after_html: "<p class=\"kc-notice\" role=\"note\">Pain of 6 or more after exercise is a sign to step back: next time your routine will be gentler. If it stays this high, please see a doctor or physiotherapist.<span class=\"kc-source\"> [R6]</span></p>",
    paused: "Paused.",
    paused_suffix: ", paused",
    paused_html: "<span class=\"kc-paused-word\">Paused</span>",
    please_get_checked_before_you_try: "Please get checked before you try self-care",
    please_note: "Please note: ",
    print_summary_for_your_appointment: "Print summary for your appointment",
    print_this_list: "Print this list",
    print_this_routine: "Print this routine",
    progress: "progress",
    reading_the_file: "Reading the file…",
    relief: "Relief",
    rep: "Rep",
    rest: "Rest",
    restart_exercise: "Restart exercise",
    resume: "Resume",
    right: "Right",
    save_session: "Save session",
    see_my_result: "See my result",
    session: "session",
    session_complete: "Session complete",
    session_is: "session is",
    session_with_a_pain_rating: "session with a pain rating",
    sessions: "sessions",
    sessions_2: "Sessions",
    sessions_are: "sessions are",
    sessions_each_week_oldest_first: "Sessions each week, oldest first",
    sessions_per_week_html: "<h3 class=\"kc-subtitle\">Sessions per week</h3>",
    sessions_with_pain_ratings: "sessions with pain ratings",
    set: "Set",
    show_only_recent_sessions: "Show only recent sessions",
    side: "Side",
    skip: "Skip",
    sound: "Sound",
    spot: "Spot",
    start: "Start",
    start_over: "Start over",
    start_session: "Start session",
    steps_html: "<h4 class=\"kc-detail-title\">Steps</h4>",
    still_to_come: "still to come",
    strength: "Strength",
    switch_sides: "Switch sides",
    take_care_html: "<h4 class=\"kc-detail-title\">Take care</h4>",
    they_are: "They are",
    this_browser_is_not_letting_knot: "This browser is not letting Knot Coach save anything, so your answers and progress last only until you close this page.",
    this_is_because: "This is because:",
    this_is_general_self_care_information: "this is general self-care information, not a diagnosis or a treatment plan. If something feels wrong, see a doctor or physiotherapist.",
    this_week: "This week",
    this_week_html: "<h3 class=\"kc-subtitle\">This week</h3>",
    time_to_have_your_back_checked_html: "<h3 class=\"kc-subtitle\">Time to have your back checked</h3>",
    tips_html: "<h4 class=\"kc-detail-title\">Tips</h4>",
    today: " (today)",
    too_easy: "Too easy",
    too_hard: "Too hard",
    up: "Up",
    voice: "Voice",
    week: "week",
    week_of_html: "<span class=\"kc-visually-hidden\">Week of </span>",
    week_starting: "Week starting",
    weeks: "weeks",
    well_done_how_did_it_go: "Well done. How did it go?",
    what_the_codes_in_brackets_mean_html: "<summary>What the codes in brackets mean</summary>",
    what_you_told_us_is_worth_html: "<p class=\"kc-lead\">What you told us is worth showing to a doctor or physiotherapist before you start any exercises or massage.</p>",
    where_the_dose_comes_from_html: "<h4 class=\"kc-detail-title\">Where the dose comes from</h4>",
    why_this_routine_html: "<summary>Why this routine</summary>",
    with_back_pain_these_signs_can_html: "<p class=\"kc-small\">With back pain, these signs can point to a problem that needs to be checked straight away, such as the heart, lungs or spinal cord.</p>",
    yes_delete_everything: "Yes, delete everything",
    yes_end_it: "Yes, end it",
    yes_word: "Yes",
    you_have_reached_this_week_s: "You have reached this week's goal.",
    you_told_us_about: "You told us about:",
    your_browser_did_not_allow_the: "Your browser did not allow the download. Try again, or try another browser.",
    your_data_your_progress_stays_in_html: "<h3 class=\"kc-subtitle\">Your data</h3><p class=\"kc-small\">Your progress stays in this browser on this device. It only leaves it if you export it.</p>",
    your_pain_html: "<h3 class=\"kc-subtitle\">Your pain</h3>",
    your_pain_is_already_6_or_html: "<p class=\"kc-notice\" role=\"note\">Your pain is already 6 or more out of 10, the level at which exercise should stop. It may be better to rest today and try again when it has settled. If you do go ahead, keep everything gentle and stop if it rises. If it is often this high, please see a doctor or physiotherapist.<span class=\"kc-source\"> [R6]</span></p>",
    your_pain_was_6_or_more_html: "<p>Your pain was 6 or more out of 10 after each of your last two sessions. Please stop the routine for now and have your back checked by a doctor or physiotherapist before you go on.<span class=\"kc-source\"> [R6, S2]</span></p>",
    your_pain_was_6_or_more_html_2: "<p class=\"kc-notice\" role=\"note\"><strong>Your pain was 6 or more after your last session too.</strong> A gentler routine has not settled it, so please stop the routine for now and have your back checked by a doctor or physiotherapist before you go on.<span class=\"kc-source\"> [R6, S2]</span></p>",
    your_progress: "Your progress",
    your_progress_was_saved_by_a_html: "<p class=\"kc-small\" id=\"kc-read-only-note\">Your progress was saved by a newer version of Knot Coach. To keep its newer details safe, export it as JSON, import into it or delete it from that newer version.</p>",
    your_routine: "Your routine",
    your_saved_progress_was_damaged_and: "Your saved progress was damaged and could not be read. A copy was kept, and you can download it below. A fresh log has been started.",
    your_sessions_html: "<h3 class=\"kc-subtitle\">Your sessions</h3>",
    your_sessions_newest_first: "Your sessions, newest first",
    your_weeks_html: "<h3 class=\"kc-subtitle\">Your weeks</h3>",
    fmt_about: "About {0}",
    fmt_added_to_your_progress: "{0} added to your progress.",
    fmt_aim_for_to_sessions_a_week: "{encouragement} Aim for {low} to {high} sessions a week for 3 to 4 weeks: that is roughly when people start to notice a change.",
    fmt_bar_chart_of_sessions_each_week: "Bar chart of sessions each week, with the goal of {low} to {high} a week shaded",
    fmt_book_an_appointment: "Book an appointment: {0}",
    fmt_book_an_appointment_2: "Book an appointment: {0}",
    fmt_change: "Change: {prompt}",
    fmt_dated_in_the_future_probably_because: "{0} dated in the future, probably because this device's clock was wrong, {1} kept but not counted.",
    fmt_days_with_a_session_in_the: "Days with a session in the last {weeks} weeks, Monday to Sunday",
    fmt_entry: "Entry {0}: {problem}.",
    fmt_exercises: "{title} exercises",
    fmt_exercises_about_do_it_to_times: "{0} exercises, about {1}. Do it {2} to {3} times a week for {4} to {5} weeks.",
    fmt_from_to: "{0}, from {1} to {2}. {3} {4}",
    fmt_how_to_do_the: "How to do the {0}",
    fmt_in_a_row_at_the_goal: " {0} in a row at the goal",
    fmt_in_total: " {0} in total",
    fmt_knot_coach_progress_json: "knot-coach-progress-{0}.json",
    fmt_knot_coach_sessions_csv: "knot-coach-sessions-{0}.csv",
    fmt_more_this_week_to_reach_the: "{0} more this week to reach the goal.",
    fmt_not_rated_yet: "{series}: not rated yet.",
    fmt_number_of: "Number of {unit}",
    fmt_of: "{done} of {planned}",
    fmt_of_2: "{set} of {sets}",
    fmt_of_3: "{rep} of {reps}",
    fmt_of_4: "{spot} of {spots}",
    fmt_of_the_last_met_the_goal: "{0} of the last {1} met the goal of {low} to {high} sessions. This week so far: {this_week}.",
    fmt_offered_by: "Offered by {name}",
    fmt_out_of: "{series}: {only} out of 10.",
    fmt_out_of_at_first_most_recently: "{series}: {first} out of 10 at first, {last} most recently.",
    fmt_question_of: "Question {n} of {total}",
    fmt_saved_session_s_could_not_be: "{n} saved session(s) could not be read and were left out. A copy of the original was kept.",
    fmt_seconds_left: "{label}, {seconds} seconds left{0}",
    fmt_shaded_the_goal_of_to_sessions: "Shaded: the goal of {low} to {high} sessions a week",
    fmt_show_all_sessions: "Show all {0} sessions",
    fmt_sources_dose: "Sources: {0}. Dose: {1}.",
    fmt_the_new_sessions_are_from: "The new sessions are from {0}.",
    fmt_the_new_sessions_are_from_to: "The new sessions are from {0} to {1}.",
    fmt_this_week_goal_to: " {0} this week (goal: {low} to {high})",
    fmt_this_week_so_far_against_the: "This week so far: {this_week}, against the goal of {low} to {high} sessions.",
    fmt_works: "Works: {0}.",
    fmt_your_browser_s_storage_is_full: "Your browser's storage is full, so your latest {what} could not be saved. What was saved before is still there. You can export your progress from the progress screen.",
    fmt_your_most_recent_sessions_newest_first: "Your {shown} most recent sessions, newest first",
    fmt_your_saved_was_made_by_a: "Your saved {what} was made by a newer version of Knot Coach. It is kept safe and not changed; what you do now will not be saved.",
    no_pain_ratings_yet_html: "<p>No pain ratings yet. Rate your pain before and after each session to see it change here.</p>",
    fmt_nothing_has_been_changed: "{error} Nothing has been changed.",
    date: "Date",
    language: "Language",
    rx_offer_title: "A routine from your clinician",
    fmt_rx_offer_lead: "{clinic} has prescribed this home routine for you.",
    fmt_rx_schedule: "Sessions a week: {sessions}. Weeks before you check back with your clinician: {weeks}.",
    rx_offer_screening: "Before the routine starts, a few questions check that self-care is safe for you today. If a warning sign comes up, the routine will not run.",
    rx_offer_replaces: "It replaces the routine you follow now. Your progress so far is kept.",
    accept_this_routine: "Accept this routine",
    not_now: "Not now",
    rx_bad_link_title: "This prescription link cannot be used",
    rx_bad_link_nothing_changed: "Nothing has been changed and no routine will run. Ask your clinician for a new link, or copy the whole link again.",
    your_routine_from_your_clinician: "Your routine from your clinician",
    fmt_prescribed_by: "Prescribed by {name}.",
    fmt_rx_length: "Exercises: {n}, about {minutes} a session.",
    fmt_note_from_your_clinician: "Note from your clinician: {0}",
    write_a_prescription_link: "Write a prescription link",
    rx_clinician_intro: "Choose the exercises and set each dose within the safe ranges shown. The routine travels inside the link itself: nothing is sent to any server, and your patient needs no account.",
    clinic: "Clinic",
    clinic_name: "Clinic name",
    booking_link_optional: "Booking link (optional, starting with https://)",
    schedule: "Schedule",
    sessions_a_week: "Sessions a week",
    weeks_label: "Weeks",
    fmt_field_range: "{label} ({min} to {max})",
    fmt_exercises_up_to: "Exercises (up to {0})",
    each_side_in_turn: "Each side in turn",
    fmt_note_for_your_patient: "Note for your patient (optional, plain text, up to {0} characters)",
    the_link: "The link",
    prescription_link: "Prescription link",
    copy_the_link: "Copy the link",
    the_link_is_copied: "The link is copied.",
    copy_by_hand: "Your browser did not let the widget copy. Select the link above and copy it.",
    fix_the_problems_marked_above: "Fix the problems marked above to get the link.",
    qr_code_of_the_link: "QR code of the prescription link",
    print_the_sheet: "Print the sheet",
    what_your_patient_will_see: "What your patient will see",
    scan_to_open_your_routine: "Scan this code with your phone's camera to open your routine.",
    enter_a_whole_number: "Enter a whole number.",
    getting_the_questions_ready: "Getting the questions ready…",
    the_rest_could_not_be_loaded: "The rest of Knot Coach could not be loaded. Check your connection, then press Start again.",
});

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
        Outcome::ClinicianTop => ", but this is already the most your clinician has allowed, so it stays there. Ask them before doing more.".to_owned(),
        Outcome::ClinicianEasiest => ", but this is already the least your clinician has set, so it stays there. Do what you comfortably can, and tell your clinician.".to_owned(),
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
        ExerciseReason::Prescribed => "Your clinician chose this exercise and its starting dose.",
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

/// Why a saved or imported session was left out.
pub fn session_problem(problem: &SessionProblem) -> String {
    match problem {
        SessionProblem::NotAnObject => "it is not a session record".into(),
        SessionProblem::Unreadable(detail) => format!("part of it could not be read ({detail})"),
        SessionProblem::BadId => "its id is missing or too long".into(),
        SessionProblem::PainOutOfRange => "a pain rating is not a whole number from 0 to 10".into(),
        SessionProblem::EndsBeforeStart => "it ends before it starts".into(),
        SessionProblem::ImplausibleDate => "its date is not a real one".into(),
        SessionProblem::TooLong => "it lasts longer than a day".into(),
        SessionProblem::DuplicateId => "it appears twice".into(),
    }
}

/// A progression rule in a sentence, for the clinician reading the plan.
pub fn rule_summary(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => "Too easy (pain 0–3 or not rated): raise one variable — reps up to 15, then sets up to 3, then a harder version or load; holds lengthen by 5 s to 30 s (60 s at 65+), then repeats to 4; ball pressure lengthens to 30 s, then one more spot.",
        Rule::TooHard => "Too hard: lower one variable — added load or an easier version first; then reps (down to 8) before sets (down to 1), as S1 says fewer reps if too hard; stretch repeats (down to 2) before hold time (down to 10 s; 30 s at 65+); ball spots (down to 1) before time per spot (down to 15 s).",
        Rule::JustRight => "About right: keep the dose.",
        Rule::NoFeedback => "Finished without a rating: keep the dose.",
        Rule::PainStepBack => "Pain 6 or more after the session: step back one variable on every exercise of that session, whatever the feedback, finished or not; the unfinished count starts again.",
        Rule::PainEaseOff => "Pain 4–5 after the session: ease off — lower one variable on every exercise of that session, whatever the feedback, finished or not; the unfinished count starts again.",
        Rule::NotFinished => "Not finished, fewer than three sessions in a row (and not rated too hard): keep the dose.",
        Rule::UnderTarget => "Not finished three sessions in a row (and not rated too hard, which lowers at once): lower one variable.",
    }
}

/// Month and weekday names in English.
pub const CALENDAR: Calendar = Calendar {
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    weekdays_narrow: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
    weekdays_long: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
};

/// A dose variable, as a label in the clinician's form.
pub fn dose_field(field: DoseField) -> &'static str {
    match field {
        DoseField::Sets => "Sets, repeats or rounds",
        DoseField::Reps => "Repetitions per set",
        DoseField::UpS => "Seconds up",
        DoseField::PauseS => "Seconds of pause at the top",
        DoseField::DownS => "Seconds down",
        DoseField::HoldS => "Seconds of each hold",
        DoseField::Spots => "Spots",
        DoseField::DurationS => "Seconds in all",
        DoseField::RestS => "Seconds of rest between sets",
    }
}

/// What is wrong with a clinic name or a note.
fn text_problem(problem: TextProblem) -> String {
    match problem {
        TextProblem::Blank => "Write something, or leave it out.".to_owned(),
        TextProblem::TooLong { max_chars } => format!("Use at most {max_chars} characters."),
        TextProblem::Markup => "Use plain text, with no < or >.".to_owned(),
        TextProblem::ControlCharacter => {
            "Use one paragraph of plain text, with no line breaks or special characters.".to_owned()
        }
    }
}

/// A problem with a prescription, beside its field in the form or in a refused link.
pub fn prescription_error(error: &PrescriptionError) -> String {
    use PrescriptionError as E;
    match *error {
        E::EmptyRoutine => "Choose at least one exercise.".to_owned(),
        E::TooManyExercises { max, .. } => format!("Choose at most {max} exercises."),
        E::DuplicateExercise { exercise } => {
            format!("{} is in the routine twice.", exercise_name(exercise))
        }
        E::ScheduleOutOfBounds { min, max, got, .. } => {
            format!("Choose from {min} to {max} (not {got}).")
        }
        E::BadClinicName(TextProblem::Blank) => "Enter the clinic's name.".to_owned(),
        E::BadClinicName(problem) => text_problem(problem),
        E::BadBookingUrl => {
            "Enter a whole link starting with https:// or http://, with no spaces.".to_owned()
        }
        E::BookingUrlTooLong { max_chars } => {
            format!("Use a link of at most {max_chars} characters.")
        }
        E::WrongKindOfWork { exercise } => {
            format!("{} cannot be dosed this way.", exercise_name(exercise))
        }
        E::SidesNotAllowed { exercise, .. } => {
            format!("{} cannot be done that way round.", exercise_name(exercise))
        }
        E::DoseOutOfBounds {
            exercise,
            field,
            min,
            max,
            got,
        } => format!(
            "{}, {}: choose from {min} to {max} (not {got}).",
            exercise_name(exercise),
            lower_first(dose_field(field))
        ),
        E::NoteBlank { .. } => text_problem(TextProblem::Blank),
        E::NoteTooLong { max_chars, .. } => text_problem(TextProblem::TooLong { max_chars }),
        E::NoteHasMarkup { .. } => text_problem(TextProblem::Markup),
        E::NoteHasControlCharacter { .. } => text_problem(TextProblem::ControlCharacter),
    }
}

/// Why a prescription link was refused.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::Truncated => {
            "The link is incomplete: part of it was lost when it was copied.".to_owned()
        }
        LinkError::ChecksumMismatch => {
            "The link has been changed or mistyped: its check characters do not match.".to_owned()
        }
        LinkError::UnknownVersion { got } => format!(
            "The link was made by a newer version of Knot Coach (format {got}); this one reads format 1."
        ),
        LinkError::Malformed => "This is not a prescription link Knot Coach can read.".to_owned(),
        LinkError::UnknownExercise { .. } => {
            "The link names an exercise this version of Knot Coach does not know.".to_owned()
        }
        LinkError::Invalid(problem) => format!(
            "The link asks for something this widget will not run. {}",
            prescription_error(problem)
        ),
    }
}

/// Shown when the reader's language is French but the French words could not be loaded
/// (offline before they were ever cached, a missing or damaged file): the widget speaks
/// English, and says so in both languages. Compiled in, since the French table is what
/// failed.
pub const FRENCH_UNAVAILABLE: &str =
    "The French version could not be loaded, so Knot Coach is shown in English.";

/// [`FRENCH_UNAVAILABLE`] in French, for the reader who asked for French.
pub const FRENCH_UNAVAILABLE_IN_FRENCH: &str =
    "La version française n’a pas pu être chargée\u{a0}: Knot Coach s’affiche donc en anglais.";

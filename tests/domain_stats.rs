//! Progress stats: weeks in the reader's local time, the 3–4 a week goal and streaks (S2),
//! the pain trend judged with R4, the clinician prompt (S2, R2) and adherence.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::history::{History, PainRating, SessionRecord};
use knot_coach::domain::stats::{
    adherence, clinician_prompt, pain_points, pain_summary, progress, streak_weeks, this_week,
    weeks, Day, PainChange, WeekSummary, MAX_WEEKS, PROMPT_AFTER_DAYS,
};

/// 2025-03-03T00:00:00Z, a Monday.
const MONDAY: u64 = 1_740_960_000_000;
const HOUR: u64 = 3_600_000;
const DAY: u64 = 24 * HOUR;
const WEEK: u64 = 7 * DAY;
const PARIS_WINTER: i32 = 60;
const NEW_YORK_WINTER: i32 = -300;

fn session(id: &str, started_ms: u64, before: Option<u8>, after: Option<u8>) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms,
        ended_ms: started_ms.saturating_add(15 * 60_000),
        routine: vec![],
        completed: vec!["prone-swimmers".into()],
        pain_before: before.and_then(PainRating::new),
        pain_after: after.and_then(PainRating::new),
        feedback: Default::default(),
        utc_offset_min: None,
    }
}

fn history(sessions: impl IntoIterator<Item = SessionRecord>) -> History {
    let mut history = History::default();
    for s in sessions {
        history.record(s);
    }
    history
}

/// One session at 09:00 UTC on each day offset, rated `pain` before.
fn rated(days_and_pain: &[(u64, u8)]) -> History {
    history(days_and_pain.iter().enumerate().map(|(i, &(day, pain))| {
        session(
            &format!("s{i}"),
            MONDAY + day * DAY + 9 * HOUR,
            Some(pain),
            None,
        )
    }))
}

fn counts(weeks: &[WeekSummary]) -> Vec<u32> {
    weeks.iter().map(|w| w.sessions).collect()
}

// ---- days and weeks ----

#[test]
fn days_and_weeks_are_counted_in_local_time_from_monday() {
    let monday = Day::from_ms(MONDAY, 0);
    assert_eq!(monday.iso(), "2025-03-03");
    assert_eq!(monday.weekday_from_monday(), 0);
    assert_eq!(monday.week_start(), monday);
    let sunday_night = Day::from_ms(MONDAY + 6 * DAY + 23 * HOUR, 0);
    assert_eq!(sunday_night.weekday_from_monday(), 6);
    assert_eq!(sunday_night.week_start(), monday);
    assert_eq!(Day::from_ms(0, 0).iso(), "1970-01-01");
    assert_eq!(Day::from_ms(951_782_400_000, 0).iso(), "2000-02-29");
    assert_eq!(Day(-1).iso(), "1969-12-31");
}

#[test]
fn a_late_sunday_session_in_utc_is_a_monday_session_in_paris() {
    let sunday_2330_utc = MONDAY - 30 * 60_000;
    let log = history([session("late", sunday_2330_utc, None, None)]);
    let now = MONDAY + 10 * HOUR;
    assert_eq!(
        this_week(&log, now, 0).sessions,
        0,
        "in London it was last week"
    );
    assert_eq!(
        this_week(&log, now, PARIS_WINTER).sessions,
        1,
        "in Paris it was Monday"
    );
    assert_eq!(counts(&weeks(&log, now, 0)), [1, 0]);
    assert_eq!(counts(&weeks(&log, now, PARIS_WINTER)), [1]);
}

#[test]
fn an_early_monday_session_in_utc_is_a_sunday_session_in_new_york() {
    let monday_0200_utc = MONDAY + 2 * HOUR;
    let log = history([session("early", monday_0200_utc, None, None)]);
    let now = MONDAY + 20 * HOUR;
    assert_eq!(this_week(&log, now, 0).sessions, 1);
    assert_eq!(this_week(&log, now, NEW_YORK_WINTER).sessions, 0);
    assert_eq!(
        this_week(&log, now, NEW_YORK_WINTER).week_start_day,
        Day::from_ms(MONDAY, 0)
    );
}

#[test]
fn sessions_abandoned_before_any_exercise_do_not_count() {
    let mut abandoned = session("gave-up", MONDAY + HOUR, Some(5), None);
    abandoned.completed.clear();
    let log = history([abandoned, session("done", MONDAY + 2 * HOUR, None, None)]);
    assert_eq!(this_week(&log, MONDAY + DAY, 0).sessions, 1);
    assert_eq!(
        pain_points(&log, MONDAY + DAY, 0).len(),
        1,
        "its rating still counts"
    );
}

#[test]
fn the_week_list_runs_from_the_first_session_to_now_with_empty_weeks() {
    let log = history([
        session("a", MONDAY + HOUR, None, None),
        session("b", MONDAY + DAY, None, None),
        session("c", MONDAY + 2 * DAY, None, None),
        session("d", MONDAY + 2 * WEEK + DAY, None, None),
    ]);
    let list = weeks(&log, MONDAY + 3 * WEEK + DAY, 0);
    assert_eq!(counts(&list), [3, 0, 1, 0]);
    let met: Vec<_> = list.iter().map(|w| w.met_goal).collect();
    assert_eq!(met, [true, false, false, false]);
    assert_eq!(list[1].week_start_day, Day::from_ms(MONDAY + WEEK, 0));
    assert!(weeks(&History::default(), MONDAY, 0).is_empty());
}

#[test]
fn four_sessions_meet_the_goal_and_so_do_more() {
    let week =
        |n: u64| history((0..n).map(|i| session(&format!("s{i}"), MONDAY + i * DAY, None, None)));
    let now = MONDAY + 6 * DAY + 20 * HOUR;
    assert!(!this_week(&week(2), now, 0).met_goal);
    assert!(this_week(&week(3), now, 0).met_goal);
    assert!(this_week(&week(4), now, 0).met_goal);
    assert!(this_week(&week(6), now, 0).met_goal);
}

// ---- streaks ----

fn weeks_met(met: &[bool]) -> Vec<WeekSummary> {
    met.iter()
        .enumerate()
        .map(|(i, &m)| WeekSummary {
            week_start_day: Day(7 * i as i64),
            sessions: if m { 3 } else { 1 },
            met_goal: m,
        })
        .collect()
}

#[test]
fn the_streak_counts_weeks_in_a_row_that_met_the_goal() {
    assert_eq!(streak_weeks(&weeks_met(&[true, true, true])), 3);
    assert_eq!(streak_weeks(&weeks_met(&[true, false, true, true])), 2);
    assert_eq!(streak_weeks(&weeks_met(&[])), 0);
    assert_eq!(streak_weeks(&weeks_met(&[true, true, false, false])), 0);
}

#[test]
fn a_week_still_under_way_does_not_break_the_streak() {
    assert_eq!(streak_weeks(&weeks_met(&[true, true, false])), 2);
    assert_eq!(streak_weeks(&weeks_met(&[false])), 0);
}

#[test]
fn the_streak_from_a_real_log_includes_the_current_week_once_met() {
    let mut sessions = Vec::new();
    for week in 0..3 {
        for day in 0..3 {
            sessions.push(session(
                &format!("w{week}d{day}"),
                MONDAY + week * WEEK + day * DAY,
                None,
                None,
            ));
        }
    }
    let log = history(sessions);
    assert_eq!(
        progress(&log, MONDAY + 2 * WEEK + DAY + HOUR, 0).streak_weeks,
        2
    );
    assert_eq!(
        progress(&log, MONDAY + 2 * WEEK + 3 * DAY, 0).streak_weeks,
        3
    );
}

// ---- pain trend (R4) ----

#[test]
fn a_drop_of_exactly_two_points_is_a_real_improvement() {
    let log = rated(&[(0, 6), (2, 6), (14, 4), (16, 4)]);
    let summary = pain_summary(&log, MONDAY + 3 * WEEK, 0);
    assert_eq!(summary.change, PainChange::MuchBetter);
    assert_eq!(summary.baseline_tenths, Some(60));
    assert_eq!(summary.recent_tenths, Some(40));
    assert_eq!(summary.change_tenths, -20);
    assert_eq!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary),
        "Your pain is down 2 points since you started, comparing your first week with your latest: that's a real improvement."
    );
}

#[test]
fn a_drop_of_exactly_one_point_is_a_small_change_that_may_matter() {
    let log = rated(&[(0, 6), (14, 5)]);
    let summary = pain_summary(&log, MONDAY + 3 * WEEK, 0);
    assert_eq!(summary.change, PainChange::SmallImprovement);
    assert_eq!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary),
        "Your pain is down 1 point since you started, comparing your first week with your latest: a small change that may matter."
    );
}

#[test]
fn thresholds_are_exact_even_when_averages_are_thirds() {
    // 17/3 → 14/3: exactly one point, which floating point would put just under.
    let log = rated(&[(0, 6), (1, 6), (2, 5), (14, 5), (15, 5), (16, 4)]);
    assert_eq!(
        pain_summary(&log, MONDAY + 3 * WEEK, 0).change,
        PainChange::SmallImprovement
    );
    // 20/3 → 14/3: exactly two points.
    let log = rated(&[(0, 7), (1, 7), (2, 6), (14, 5), (15, 5), (16, 4)]);
    assert_eq!(
        pain_summary(&log, MONDAY + 3 * WEEK, 0).change,
        PainChange::MuchBetter
    );
}

#[test]
fn just_under_a_threshold_stays_below_it_in_words_too() {
    // 8 → 6.04 (25 ratings): down 1.96 points is not yet "much better", and the sentence
    // says 1.9, not a rounded-up 2.
    let mut days = vec![(0, 8)];
    days.extend((0..24).map(|i| (14 + i % 3, 6)));
    days.push((16, 7));
    let summary = pain_summary(&rated(&days), MONDAY + 3 * WEEK, 0);
    assert_eq!(summary.change, PainChange::SmallImprovement);
    assert_eq!(summary.change_tenths, -19);
    assert_eq!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary),
        "Your pain is down 1.9 points since you started, comparing your first week with your latest: a small change that may matter."
    );
}

#[test]
fn less_than_a_point_either_way_is_no_clear_change() {
    for log in [
        rated(&[(0, 6), (1, 5), (14, 5)]),
        rated(&[(0, 5), (14, 6), (15, 5)]),
    ] {
        let summary = pain_summary(&log, MONDAY + 3 * WEEK, 0);
        assert_eq!(summary.change, PainChange::NoClearChange);
        assert_eq!(
            knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary),
            "Your pain is about where it was when you started: no clear change yet."
        );
    }
}

#[test]
fn a_rise_of_a_point_or_more_says_pain_is_up() {
    let summary = pain_summary(&rated(&[(0, 4), (14, 5)]), MONDAY + 3 * WEEK, 0);
    assert_eq!(summary.change, PainChange::Worse);
    assert_eq!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary),
        "Your pain is up 1 point since you started, comparing your first week with your latest. If it keeps getting worse, see a clinician."
    );
    let summary = pain_summary(&rated(&[(0, 3), (14, 6)]), MONDAY + 3 * WEEK, 0);
    assert!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary)
            .starts_with("Your pain is up 3 points")
    );
}

#[test]
fn ratings_less_than_a_week_apart_are_not_enough_to_judge() {
    let summary = pain_summary(&rated(&[(0, 8), (6, 2)]), MONDAY + 3 * WEEK, 0);
    assert_eq!(summary.change, PainChange::NotEnoughRatings);
    assert_eq!(summary.days_covered, 6);
    assert!(
        knot_coach::text::pain_summary(knot_coach::text::Lang::En, &summary)
            .starts_with("Rate your pain before each session.")
    );
    let summary = pain_summary(&History::default(), MONDAY, 0);
    assert_eq!(summary.change, PainChange::NotEnoughRatings);
}

#[test]
fn the_trend_compares_the_first_and_last_week_of_ratings_only() {
    // Days 3–11 fall in neither window.
    let log = rated(&[(0, 6), (8, 0), (9, 10), (20, 4)]);
    let summary = pain_summary(&log, MONDAY + 3 * WEEK, 0);
    assert_eq!(
        (summary.baseline_tenths, summary.recent_tenths),
        (Some(60), Some(40))
    );
}

#[test]
fn pain_points_come_oldest_first_with_both_ratings() {
    let log = history([
        session("b", MONDAY + DAY, Some(5), Some(3)),
        session("a", MONDAY, Some(6), None),
        session("unrated", MONDAY + 2 * DAY, None, None),
    ]);
    let points = pain_points(&log, MONDAY + WEEK, 0);
    assert_eq!(points.len(), 2);
    assert_eq!(points[0].before, PainRating::new(6));
    assert_eq!(points[1].after, PainRating::new(3));
    assert_eq!(points[1].day, Day::from_ms(MONDAY + DAY, 0));
}

// ---- the clinician prompt (S2, R2) ----

/// Three sessions a week (Mon, Wed, Fri) for `weeks` weeks, all rated `pain` before.
fn steady(weeks: u64, pain: impl Fn(u64) -> u8) -> History {
    let mut sessions = Vec::new();
    for week in 0..weeks {
        for day in [0, 2, 4] {
            let at = week * WEEK + day * DAY + 9 * HOUR;
            sessions.push(session(
                &format!("w{week}d{day}"),
                MONDAY + at,
                Some(pain(at / DAY)),
                None,
            ));
        }
    }
    history(sessions)
}

#[test]
fn no_improvement_after_three_weeks_of_regular_sessions_prompts_a_clinician_visit() {
    let log = steady(3, |_| 6);
    let day_20 = MONDAY + 20 * DAY + 12 * HOUR;
    assert_eq!(
        clinician_prompt(&log, day_20, 0),
        None,
        "not before 3 weeks"
    );
    let day_21 = MONDAY + PROMPT_AFTER_DAYS as u64 * DAY;
    let prompt = clinician_prompt(&log, day_21, 0).unwrap();
    assert_eq!(prompt.sessions, 9);
    assert_eq!(prompt.days_since_start, 21);
    assert!(!prompt.pain_went_up);
    assert_eq!(
        knot_coach::text::clinician_prompt(knot_coach::text::Lang::En, &prompt),
        "You have done 9 sessions over 3 weeks and your pain has not clearly improved. When \
         regular exercise has not helped after 3 to 4 weeks, it is worth having a clinician \
         look at your back."
    );
}

#[test]
fn an_improvement_of_one_point_means_no_prompt() {
    let log = steady(3, |day| if day < 7 { 6 } else { 5 });
    assert_eq!(
        pain_summary(&log, MONDAY + 4 * WEEK, 0).change,
        PainChange::SmallImprovement
    );
    assert_eq!(clinician_prompt(&log, MONDAY + 4 * WEEK, 0), None);
}

#[test]
fn pain_going_up_prompts_with_different_words() {
    let log = steady(3, |day| if day < 7 { 4 } else { 6 });
    let prompt = clinician_prompt(&log, MONDAY + 4 * WEEK, 0).unwrap();
    assert!(prompt.pain_went_up);
    assert!(
        knot_coach::text::clinician_prompt(knot_coach::text::Lang::En, &prompt)
            .contains("your pain has gone up")
    );
}

#[test]
fn fewer_than_nine_sessions_is_not_yet_a_fair_try() {
    let mut log = steady(3, |_| 6);
    log.sessions.pop();
    assert_eq!(clinician_prompt(&log, MONDAY + 5 * WEEK, 0), None);
}

#[test]
fn without_pain_ratings_there_is_no_prompt() {
    let mut log = steady(4, |_| 6);
    for s in &mut log.sessions {
        s.pain_before = None;
    }
    assert_eq!(clinician_prompt(&log, MONDAY + 5 * WEEK, 0), None);
}

// ---- adherence and the whole screen ----

#[test]
fn adherence_compares_sessions_done_with_three_to_four_a_week() {
    let log = history([
        session("a", MONDAY, None, None),
        session("b", MONDAY + DAY, None, None),
        session("c", MONDAY + 2 * DAY, None, None),
        session("d", MONDAY + WEEK, None, None),
    ]);
    let result = adherence(weeks(&log, MONDAY + WEEK + 3 * DAY, 0));
    assert_eq!(result.band, (3, 4));
    assert_eq!(result.sessions_done, 4);
    assert_eq!(result.planned, (6, 8));
    assert_eq!(result.weeks_met, 1);
    assert_eq!(counts(&result.weeks), [3, 1]);
}

#[test]
fn sessions_dated_after_now_are_kept_out_of_the_stats() {
    let in_2150 = 5_680_281_600_000;
    let log = history([
        session("now", MONDAY + HOUR, Some(5), None),
        session("clock-was-wrong", in_2150, Some(9), None),
    ]);
    let stats = progress(&log, MONDAY + DAY, 0);
    assert_eq!(stats.future_sessions, 1);
    assert_eq!(stats.this_week.sessions, 1);
    assert_eq!(stats.adherence.weeks.len(), 1);
    assert_eq!(stats.pain_points.len(), 1);
}

#[test]
fn absurd_inputs_do_not_panic_or_allocate_without_bound() {
    let log = history([
        session("a", 0, Some(5), Some(5)),
        session("b", u64::MAX - 1, None, None),
    ]);
    for now in [0, 1, MONDAY, u64::MAX] {
        for offset in [i32::MIN, -1440, 0, 1440, i32::MAX] {
            let stats = progress(&log, now, offset);
            assert!(stats.adherence.weeks.len() <= MAX_WEEKS);
        }
    }
}

#[test]
fn stats_for_a_thousand_sessions_count_every_session() {
    let sessions = (0..1000u64).map(|i| {
        session(
            &format!("s{i:04}"),
            MONDAY + i * DAY / 2,
            Some((i % 11) as u8),
            Some(3),
        )
    });
    let log = history(sessions);
    // How long this takes is measured by scripts/bench.sh (progress screen, 1,000
    // sessions), never asserted: these machines are noisy.
    let stats = progress(&log, MONDAY + 600 * DAY, PARIS_WINTER);
    assert_eq!(stats.adherence.sessions_done, 1000);
    assert_eq!(stats.pain_points.len(), 1000);
}

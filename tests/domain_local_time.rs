//! Local time that stays true: each session keeps the UTC offset it was saved with, so its
//! day, week, streak and exported time do not move when the clocks change. Checked across
//! both daylight-saving changes of Europe/Paris (last Sundays of March and October) and
//! America/Toronto (second Sunday of March, first Sunday of November), with every offset
//! passed in as a value.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::exchange::export_csv;
use knot_coach::domain::history::{History, SessionRecord};
use knot_coach::domain::journey::{Action, Journey};
use knot_coach::domain::stats::{progress, this_week, weeks, Day};
use knot_coach::domain::store::{decode, encode, Document};

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;

const PARIS_WINTER: i32 = 60;
const PARIS_SUMMER: i32 = 120;
const TORONTO_WINTER: i32 = -300;
const TORONTO_SUMMER: i32 = -240;

/// Milliseconds since the epoch of a UTC date and time (Howard Hinnant's days-from-civil).
fn utc(year: i64, month: i64, day: i64, hour: u64, minute: u64) -> u64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = u64::try_from(era * 146_097 + doe - 719_468).unwrap();
    days * 24 * HOUR + hour * HOUR + minute * MINUTE
}

/// A moment given as local wall-clock time in a zone `offset` minutes ahead of UTC.
fn local(year: i64, month: i64, day: i64, hour: u64, minute: u64, offset: i32) -> u64 {
    let wall = utc(year, month, day, hour, minute);
    let shift = u64::from(offset.unsigned_abs()) * MINUTE;
    if offset >= 0 {
        wall - shift
    } else {
        wall + shift
    }
}

/// Europe/Paris in 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
fn paris_offset_at(ms: u64) -> i32 {
    if (utc(2025, 3, 30, 1, 0)..utc(2025, 10, 26, 1, 0)).contains(&ms) {
        PARIS_SUMMER
    } else {
        PARIS_WINTER
    }
}

/// America/Toronto in 2025: summer time from 9 March 07:00 UTC to 2 November 06:00 UTC.
fn toronto_offset_at(ms: u64) -> i32 {
    if (utc(2025, 3, 9, 7, 0)..utc(2025, 11, 2, 6, 0)).contains(&ms) {
        TORONTO_SUMMER
    } else {
        TORONTO_WINTER
    }
}

/// A session done at `started_ms` and saved by a reader `offset` minutes ahead of UTC.
fn saved(id: &str, started_ms: u64, offset: Option<i32>) -> SessionRecord {
    SessionRecord {
        id: id.into(),
        started_ms,
        ended_ms: started_ms + 20 * MINUTE,
        routine: vec![],
        completed: vec!["prone-swimmers".into()],
        pain_before: None,
        pain_after: None,
        feedback: Default::default(),
        utc_offset_min: offset,
    }
}

fn history(sessions: impl IntoIterator<Item = SessionRecord>) -> History {
    let mut history = History::default();
    for s in sessions {
        history.record(s);
    }
    history
}

/// The session's local date, read after the change with the reader's offset then.
fn day_after_the_change(session: &SessionRecord, offset_now: i32) -> String {
    Day::of_session(session, offset_now).iso()
}

// ---- the day a session is shown on ----

#[test]
fn a_session_just_after_midnight_in_paris_summer_time_stays_on_its_monday_after_the_clocks_go_back()
{
    let started = local(2025, 10, 20, 0, 30, PARIS_SUMMER);
    let session = saved("s", started, Some(PARIS_SUMMER));
    assert_eq!(day_after_the_change(&session, PARIS_WINTER), "2025-10-20");
    // Told with today's offset it would move to the Sunday before, into the week before.
    assert_eq!(Day::from_ms(started, PARIS_WINTER).iso(), "2025-10-19");
}

#[test]
fn a_late_sunday_session_in_paris_winter_time_stays_on_its_sunday_after_the_clocks_go_forward() {
    let started = local(2025, 3, 23, 23, 30, PARIS_WINTER);
    let session = saved("s", started, Some(PARIS_WINTER));
    assert_eq!(day_after_the_change(&session, PARIS_SUMMER), "2025-03-23");
    assert_eq!(Day::from_ms(started, PARIS_SUMMER).iso(), "2025-03-24");
}

#[test]
fn a_session_just_after_midnight_in_toronto_summer_time_stays_on_its_monday_after_the_clocks_go_back(
) {
    let started = local(2025, 10, 27, 0, 30, TORONTO_SUMMER);
    let session = saved("s", started, Some(TORONTO_SUMMER));
    assert_eq!(day_after_the_change(&session, TORONTO_WINTER), "2025-10-27");
    assert_eq!(Day::from_ms(started, TORONTO_WINTER).iso(), "2025-10-26");
}

#[test]
fn a_late_sunday_session_in_toronto_winter_time_stays_on_its_sunday_after_the_clocks_go_forward() {
    let started = local(2025, 3, 2, 23, 30, TORONTO_WINTER);
    let session = saved("s", started, Some(TORONTO_WINTER));
    assert_eq!(day_after_the_change(&session, TORONTO_SUMMER), "2025-03-02");
    assert_eq!(Day::from_ms(started, TORONTO_SUMMER).iso(), "2025-03-03");
}

#[test]
fn a_session_saved_without_an_offset_is_told_in_the_readers_offset_now() {
    let started = local(2025, 10, 20, 0, 30, PARIS_SUMMER);
    let session = saved("s", started, None);
    assert_eq!(day_after_the_change(&session, PARIS_WINTER), "2025-10-19");
    assert_eq!(day_after_the_change(&session, PARIS_SUMMER), "2025-10-20");
}

// ---- weeks and streaks ----

/// Three sessions a week in each of the weeks starting on `mondays` (local dates), at
/// 18:00 local time on Monday, Wednesday and Friday, each saved with the zone's offset then.
fn three_a_week(
    mondays: &[(i64, i64, i64)],
    offset_at: fn(u64) -> i32,
    winter: i32,
) -> Vec<SessionRecord> {
    let mut sessions = Vec::new();
    for &(year, month, day) in mondays {
        for weekday in [0, 2, 4] {
            // Close enough to find the offset: local 18:00 is far from any change.
            let guess = local(year, month, day + weekday, 18, 0, winter);
            let offset = offset_at(guess);
            let started = local(year, month, day + weekday, 18, 0, offset);
            sessions.push(saved(
                &format!("{year}-{month}-{}", day + weekday),
                started,
                Some(offset),
            ));
        }
    }
    sessions
}

#[test]
fn weekly_counts_and_the_streak_survive_the_autumn_change_in_paris() {
    // Weeks of 13, 20 and 27 October 2025; the one on Friday 24 October is moved to
    // 00:30 on Monday 20 October, in summer time: the week of 20 October still has three.
    let mut sessions = three_a_week(
        &[(2025, 10, 13), (2025, 10, 20), (2025, 10, 27)],
        paris_offset_at,
        PARIS_WINTER,
    );
    let moved = sessions.iter_mut().find(|s| s.id == "2025-10-24").unwrap();
    moved.started_ms = local(2025, 10, 20, 0, 30, PARIS_SUMMER);
    moved.ended_ms = moved.started_ms + 20 * MINUTE;
    moved.utc_offset_min = Some(PARIS_SUMMER);
    let log = history(sessions);
    let now = local(2025, 11, 5, 12, 0, PARIS_WINTER);

    let counts: Vec<u32> = weeks(&log, now, PARIS_WINTER)
        .iter()
        .map(|w| w.sessions)
        .collect();
    assert_eq!(counts, [3, 3, 3, 0]);
    assert_eq!(progress(&log, now, PARIS_WINTER).streak_weeks, 3);
}

#[test]
fn weekly_counts_and_the_streak_survive_the_spring_change_in_toronto() {
    // Weeks of 24 February, 3 March and 10 March 2025; the one on Friday 28 February is
    // moved to 23:30 on Sunday 2 March, in winter time: it stays in the week of 24 February.
    let mut sessions = three_a_week(
        &[(2025, 2, 24), (2025, 3, 3), (2025, 3, 10)],
        toronto_offset_at,
        TORONTO_WINTER,
    );
    let moved = sessions.iter_mut().find(|s| s.id == "2025-2-28").unwrap();
    moved.started_ms = local(2025, 3, 2, 23, 30, TORONTO_WINTER);
    moved.ended_ms = moved.started_ms + 20 * MINUTE;
    let log = history(sessions);
    let now = local(2025, 3, 19, 12, 0, TORONTO_SUMMER);

    let counts: Vec<u32> = weeks(&log, now, TORONTO_SUMMER)
        .iter()
        .map(|w| w.sessions)
        .collect();
    assert_eq!(counts, [3, 3, 3, 0]);
    assert_eq!(progress(&log, now, TORONTO_SUMMER).streak_weeks, 3);
}

#[test]
fn a_late_sunday_session_before_the_paris_spring_change_is_not_counted_in_the_next_week() {
    // Sunday 23 March 2025, 23:30 in winter time; now is Sunday 30 March, after the change.
    let sunday = saved(
        "sun",
        local(2025, 3, 23, 23, 30, PARIS_WINTER),
        Some(PARIS_WINTER),
    );
    let log = history([sunday]);
    let that_week = local(2025, 3, 23, 23, 50, PARIS_WINTER);
    assert_eq!(this_week(&log, that_week, PARIS_WINTER).sessions, 1);
    let next_week = local(2025, 3, 30, 12, 0, PARIS_SUMMER);
    assert_eq!(
        this_week(&log, next_week, PARIS_SUMMER).sessions,
        0,
        "told with summer time it would be 00:30 on Monday 24 March, in this week"
    );
}

// ---- export ----

#[test]
fn the_csv_keeps_each_sessions_own_date_and_time_across_the_autumn_change_in_toronto() {
    let before = saved(
        "before",
        local(2025, 10, 27, 0, 30, TORONTO_SUMMER),
        Some(TORONTO_SUMMER),
    );
    let after = saved(
        "after",
        local(2025, 11, 3, 9, 0, TORONTO_WINTER),
        Some(TORONTO_WINTER),
    );
    let csv = export_csv(
        &history([before, after]),
        TORONTO_WINTER,
        &knot_coach::text::csv_words(knot_coach::text::Lang::En),
    );
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(lines[0].contains("Start time (UTC-05:00)"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("2025-10-27,00:30 (UTC-04:00),"),
        "{}",
        lines[1]
    );
    assert!(lines[2].starts_with("2025-11-03,09:00,"), "{}", lines[2]);
}

#[test]
fn the_csv_keeps_each_sessions_own_date_and_time_across_the_spring_change_in_paris() {
    let before = saved(
        "before",
        local(2025, 3, 23, 23, 30, PARIS_WINTER),
        Some(PARIS_WINTER),
    );
    let csv = export_csv(
        &history([before]),
        PARIS_SUMMER,
        &knot_coach::text::csv_words(knot_coach::text::Lang::En),
    );
    let lines: Vec<&str> = csv.split_terminator("\r\n").collect();
    assert!(lines[0].contains("Start time (UTC+02:00)"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("2025-03-23,23:30 (UTC+01:00),"),
        "{}",
        lines[1]
    );
}

// ---- saving and migrating ----

#[test]
fn a_rated_session_is_saved_with_the_readers_offset() {
    let mut journey = Journey::default();
    let started_ms = local(2025, 10, 20, 0, 30, PARIS_SUMMER);
    journey
        .apply(Action::StartPlaying {
            id: "s".into(),
            started_ms,
            pain_before: None,
            routine: vec![],
        })
        .unwrap();
    journey
        .apply(Action::FinishPlaying { completed: vec![] })
        .unwrap();
    let record = journey
        .apply(Action::SaveRating {
            pain_after: None,
            feedback: Default::default(),
            ended_ms: started_ms + 20 * MINUTE,
            utc_offset_min: PARIS_SUMMER,
        })
        .unwrap()
        .unwrap();
    assert_eq!(record.utc_offset_min, Some(PARIS_SUMMER));
}

#[test]
fn the_offset_is_stored_with_the_session_and_read_back() {
    let mut doc = Document::new(utc(2025, 10, 1, 0, 0));
    doc.history
        .record(saved("s", utc(2025, 10, 19, 22, 30), Some(PARIS_SUMMER)));
    let text = encode(&doc);
    assert!(text.contains(r#""utc_offset_min":120"#), "{text}");
    assert_eq!(decode(&text).unwrap(), doc);
}

#[test]
fn sessions_saved_before_offsets_were_kept_get_the_offset_of_their_own_start() {
    // Stored by an older build in November: one session from summer, one from winter,
    // and one already saved with its offset (e.g. from a trip abroad) is left alone.
    let mut log = history([
        saved("summer", utc(2025, 7, 14, 8, 0), None),
        saved("winter", utc(2025, 11, 10, 8, 0), None),
        saved("abroad", utc(2025, 8, 1, 8, 0), Some(TORONTO_SUMMER)),
    ]);
    assert_eq!(log.pin_offsets(paris_offset_at), 2);
    let offset_of = |id: &str| {
        log.sessions
            .iter()
            .find(|s| s.id == id)
            .unwrap()
            .utc_offset_min
    };
    assert_eq!(offset_of("summer"), Some(PARIS_SUMMER));
    assert_eq!(offset_of("winter"), Some(PARIS_WINTER));
    assert_eq!(offset_of("abroad"), Some(TORONTO_SUMMER));
    assert_eq!(log.pin_offsets(paris_offset_at), 0, "nothing left to pin");
}

#[test]
fn a_document_stored_before_offsets_were_kept_is_written_back_unchanged_until_pinned() {
    let mut doc = Document::new(utc(2025, 10, 1, 0, 0));
    doc.history
        .record(saved("s", utc(2025, 10, 19, 22, 30), None));
    let text = encode(&doc);
    assert!(!text.contains("utc_offset_min"), "{text}");
    assert_eq!(encode(&decode(&text).unwrap()), text);
}

#[test]
fn a_damaged_offset_costs_a_stored_session_only_its_offset() {
    let mut doc = Document::new(utc(2025, 10, 1, 0, 0));
    doc.history
        .record(saved("s", utc(2025, 10, 19, 22, 30), Some(PARIS_SUMMER)));
    let text = encode(&doc);
    for damaged in ["\"two hours\"", "1.5", "100000", "-99999999999", "[120]"] {
        let damaged_text = text.replace(
            r#""utc_offset_min":120"#,
            &format!(r#""utc_offset_min":{damaged}"#),
        );
        let read = decode(&damaged_text).unwrap();
        assert_eq!(read.history.sessions.len(), 1, "{damaged}");
        assert_eq!(read.history.sessions[0].utc_offset_min, None, "{damaged}");
        assert!(read.warnings.is_empty(), "{damaged}");
    }
}

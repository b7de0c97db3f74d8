//! What the session log says about progress: sessions per week against the 3–4 goal (S2),
//! streaks, the pain trend judged with the R4 thresholds, adherence, and when to suggest
//! seeing a clinician (S2, R2).
//!
//! "Now" and the reader's UTC offset come in as values. Weeks start on Monday in the
//! reader's local time. Each session is placed on its day with the offset saved with it, so
//! a daylight-saving change never moves a past session to the neighbouring day or week; a
//! session saved without one is placed with today's offset.

use super::history::{History, PainRating, SessionRecord};

/// The low end of the weekly goal: 3–4 sessions a week (S2).
pub const GOAL_MIN_SESSIONS_PER_WEEK: u32 = 3;
/// The high end of the weekly goal (S2).
pub const GOAL_MAX_SESSIONS_PER_WEEK: u32 = 4;
/// Sessions a 3–4 week course of 3–4 sessions a week asks for, at least (S2).
pub const COURSE_MIN_SESSIONS: u32 = 9;
/// … and at most (S2).
pub const COURSE_MAX_SESSIONS: u32 = 16;
/// The smallest change in pain that matters, in tenths of a point (R4: about 1 point).
pub const SMALLEST_CHANGE_TENTHS: i64 = 10;
/// A change in pain that means "much better", in tenths of a point (R4: 2 points).
pub const MUCH_BETTER_TENTHS: i64 = 20;
/// Days from the first session before a lack of improvement prompts a clinician visit:
/// 3 weeks, where S2's "changes after 3–4 weeks" and R2's "no change after 2–4 weeks of
/// care" meet.
pub const PROMPT_AFTER_DAYS: i64 = 21;
/// Sessions done before that prompt: 3 weeks at the low end of 3 a week (S2), so the
/// routine has had a fair try before we say it is not working.
pub const PROMPT_AFTER_SESSIONS: u32 = 9;
/// The pain trend compares the first and the last this-many days of ratings.
pub const TREND_WINDOW_DAYS: i64 = 7;
/// Weeks listed at most (the most recent): over 19 years, and a bound on memory if the
/// shell ever hands in an absurd `now_ms`.
pub const MAX_WEEKS: usize = 1000;

const MS_PER_DAY: i64 = 86_400_000;
/// Real offsets lie within ±14 h; anything beyond ±18 h is clamped.
pub(crate) const MAX_OFFSET_MIN: i32 = 18 * 60;

/// A calendar day in the reader's local time: days since 1970-01-01 (a Thursday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i64);

impl Day {
    /// The local day of an instant, for a reader `utc_offset_min` minutes ahead of UTC
    /// (+60 in Paris in winter, −300 in New York; the shell passes
    /// `-Date.getTimezoneOffset()`).
    pub fn from_ms(ms: u64, utc_offset_min: i32) -> Self {
        let ms = i64::try_from(ms).unwrap_or(i64::MAX);
        let local = ms.saturating_add(i64::from(clamp_offset(utc_offset_min)) * 60_000);
        Self(local.div_euclid(MS_PER_DAY))
    }

    /// The local day a session started on, in the offset saved with it, or in
    /// `current_offset_min` (the reader's offset now) when it has none.
    pub fn of_session(session: &SessionRecord, current_offset_min: i32) -> Self {
        Self::from_ms(session.started_ms, session.offset_min(current_offset_min))
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday_from_monday(self) -> u8 {
        // 1970-01-01 was a Thursday, weekday 3 when counting from Monday.
        let weekday = self.0.saturating_add(3).rem_euclid(7);
        u8::try_from(weekday).unwrap_or(0)
    }

    /// The Monday that starts this day's week.
    pub fn week_start(self) -> Self {
        Self(self.0.saturating_sub(i64::from(self.weekday_from_monday())))
    }

    /// Year, month (1–12) and day of the month (1–31), proleptic Gregorian calendar.
    pub fn civil(self) -> (i64, u8, u8) {
        // Howard Hinnant's days-to-civil algorithm; clamped so it cannot overflow.
        let z = self.0.clamp(-(1 << 40), 1 << 40) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        (
            year,
            u8::try_from(month).unwrap_or(1),
            u8::try_from(day).unwrap_or(1),
        )
    }

    /// The date as `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (year, month, day) = self.civil();
        format!("{year:04}-{month:02}-{day:02}")
    }
}

/// The offset clamped to a range no real place uses, so arithmetic stays small.
pub(crate) fn clamp_offset(utc_offset_min: i32) -> i32 {
    utc_offset_min.clamp(-MAX_OFFSET_MIN, MAX_OFFSET_MIN)
}

/// Whether a session counts toward the weekly goal: the reader got through at least one
/// exercise (a session abandoned before any does not).
pub fn counts_toward_goal(session: &SessionRecord) -> bool {
    !session.completed.is_empty()
}

/// One week of the log, for the week strip and the bar chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekSummary {
    /// The Monday the week starts on.
    pub week_start_day: Day,
    /// Sessions that count toward the goal.
    pub sessions: u32,
    /// Whether the week reached the goal of at least 3 sessions (S2).
    pub met_goal: bool,
}

impl WeekSummary {
    fn new(week_start_day: Day, sessions: u32) -> Self {
        Self {
            week_start_day,
            sessions,
            met_goal: sessions >= GOAL_MIN_SESSIONS_PER_WEEK,
        }
    }
}

/// Sessions that count and started no later than `now_ms`: a session "in the future" comes
/// from a clock that was wrong, and is kept in the log but left out of the stats.
fn counted(history: &History, now_ms: u64) -> impl Iterator<Item = &SessionRecord> {
    history
        .sessions
        .iter()
        .filter(move |s| s.started_ms <= now_ms && counts_toward_goal(s))
}

/// Every week from the one of the first counted session to the current one, empty weeks
/// included, oldest first (at most the last [`MAX_WEEKS`]). Empty when nothing counts yet.
pub fn weeks(history: &History, now_ms: u64, utc_offset_min: i32) -> Vec<WeekSummary> {
    let current = Day::from_ms(now_ms, utc_offset_min).week_start();
    let starts: Vec<i64> = counted(history, now_ms)
        .map(|s| Day::of_session(s, utc_offset_min).week_start().0)
        .collect();
    let Some(first) = starts.iter().min().copied() else {
        return Vec::new();
    };
    let span = current.0.saturating_sub(first) / 7 + 1;
    let len = usize::try_from(span).unwrap_or(MAX_WEEKS).min(MAX_WEEKS);
    let oldest = current
        .0
        .saturating_sub(7 * i64::try_from(len.saturating_sub(1)).unwrap_or(0));
    let mut counts = vec![0_u32; len];
    for start in starts {
        if start < oldest {
            continue;
        }
        let slot = usize::try_from((start - oldest) / 7).unwrap_or(usize::MAX);
        if let Some(count) = counts.get_mut(slot) {
            *count = count.saturating_add(1);
        }
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, n)| {
            let offset = 7 * i64::try_from(i).unwrap_or(0);
            WeekSummary::new(Day(oldest.saturating_add(offset)), n)
        })
        .collect()
}

/// The current week (Monday to now) against the goal.
pub fn this_week(history: &History, now_ms: u64, utc_offset_min: i32) -> WeekSummary {
    let current = Day::from_ms(now_ms, utc_offset_min).week_start();
    let sessions = counted(history, now_ms)
        .filter(|s| Day::of_session(s, utc_offset_min).week_start() == current)
        .count();
    WeekSummary::new(current, u32::try_from(sessions).unwrap_or(u32::MAX))
}

/// Weeks in a row that met the goal, ending with the current week if it has already met
/// it, otherwise with last week (a week still under way is not a broken streak).
/// `weeks` is [`weeks`]'s output: oldest first, ending with the current week.
pub fn streak_weeks(weeks: &[WeekSummary]) -> u32 {
    let mut rest = weeks;
    if let Some((current, earlier)) = rest.split_last() {
        if !current.met_goal {
            rest = earlier;
        }
    }
    let streak = rest.iter().rev().take_while(|w| w.met_goal).count();
    u32::try_from(streak).unwrap_or(u32::MAX)
}

/// One session's pain ratings, for the line chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainPoint {
    /// The local day of the session.
    pub day: Day,
    /// When it started, ms since the Unix epoch (to order points within a day).
    pub started_ms: u64,
    /// Pain before the session, if rated.
    pub before: Option<PainRating>,
    /// Pain after the session, if rated.
    pub after: Option<PainRating>,
}

/// Every session up to now with at least one pain rating, oldest first. Abandoned
/// sessions are included: a rating is a rating.
pub fn pain_points(history: &History, now_ms: u64, utc_offset_min: i32) -> Vec<PainPoint> {
    let mut points: Vec<PainPoint> = history
        .sessions
        .iter()
        .filter(|s| s.started_ms <= now_ms && (s.pain_before.is_some() || s.pain_after.is_some()))
        .map(|s| PainPoint {
            day: Day::of_session(s, utc_offset_min),
            started_ms: s.started_ms,
            before: s.pain_before,
            after: s.pain_after,
        })
        .collect();
    points.sort_by_key(|point| point.started_ms);
    points
}

/// How pain before sessions has changed, judged with R4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PainChange {
    /// Ratings do not yet span a week apart from the first, so there is nothing to compare.
    NotEnoughRatings,
    /// Down 2 points or more: much better (R4).
    MuchBetter,
    /// Down at least 1 point but under 2: the smallest change that matters (R4).
    SmallImprovement,
    /// Less than 1 point either way.
    NoClearChange,
    /// Up 1 point or more.
    Worse,
}

/// The pain trend: the average rating before sessions in the first week of ratings
/// against the last week of ratings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainSummary {
    /// The verdict (R4).
    pub change: PainChange,
    /// Average pain before sessions in the first [`TREND_WINDOW_DAYS`] days, in tenths.
    pub baseline_tenths: Option<u32>,
    /// Average pain before sessions in the last [`TREND_WINDOW_DAYS`] days of ratings, in
    /// tenths.
    pub recent_tenths: Option<u32>,
    /// Recent minus baseline in tenths, cut toward zero (negative is better), so the
    /// number shown never crosses a threshold the verdict did not.
    pub change_tenths: i32,
    /// Days from the first rating to the last.
    pub days_covered: u32,
}

impl PainSummary {
    /// Where the thresholds come from.
    pub const SOURCE: &'static str = "R4";
}

/// The pain trend up to now, judged with R4.
pub fn pain_summary(history: &History, now_ms: u64, utc_offset_min: i32) -> PainSummary {
    let mut rated: Vec<(u64, i64, i64)> = history
        .sessions
        .iter()
        .filter(|s| s.started_ms <= now_ms)
        .filter_map(|s| {
            let pain = i64::from(s.pain_before?.value());
            Some((s.started_ms, Day::of_session(s, utc_offset_min).0, pain))
        })
        .collect();
    rated.sort();
    let (Some(&(_, first_day, _)), Some(&(_, last_day, _))) = (rated.first(), rated.last()) else {
        return PainSummary {
            change: PainChange::NotEnoughRatings,
            baseline_tenths: None,
            recent_tenths: None,
            change_tenths: 0,
            days_covered: 0,
        };
    };
    let days_covered = u32::try_from(last_day.saturating_sub(first_day)).unwrap_or(u32::MAX);
    if last_day.saturating_sub(first_day) < TREND_WINDOW_DAYS {
        return PainSummary {
            change: PainChange::NotEnoughRatings,
            baseline_tenths: None,
            recent_tenths: None,
            change_tenths: 0,
            days_covered,
        };
    }
    let window = |keep: &dyn Fn(i64) -> bool| {
        rated
            .iter()
            .filter(|(_, day, _)| keep(*day))
            .fold((0_i64, 0_i64), |(sum, n), (_, _, pain)| (sum + pain, n + 1))
    };
    let (base_sum, base_n) = window(&|day| day < first_day.saturating_add(TREND_WINDOW_DAYS));
    let (recent_sum, recent_n) = window(&|day| day > last_day.saturating_sub(TREND_WINDOW_DAYS));
    // Exact rational arithmetic: (recent − baseline) = diff / (base_n · recent_n), so a
    // change of exactly 1 or 2 points is never lost to rounding.
    let diff = recent_sum * base_n - base_sum * recent_n;
    let scale = base_n * recent_n;
    let change = if diff * 10 <= -MUCH_BETTER_TENTHS * scale {
        PainChange::MuchBetter
    } else if diff * 10 <= -SMALLEST_CHANGE_TENTHS * scale {
        PainChange::SmallImprovement
    } else if diff * 10 >= SMALLEST_CHANGE_TENTHS * scale {
        PainChange::Worse
    } else {
        PainChange::NoClearChange
    };
    PainSummary {
        change,
        baseline_tenths: average_tenths(base_sum, base_n),
        recent_tenths: average_tenths(recent_sum, recent_n),
        change_tenths: i32::try_from(diff * 10 / scale.max(1)).unwrap_or(0),
        days_covered,
    }
}

/// Rounded to the nearest tenth (halves up); ratings are never negative.
fn average_tenths(sum: i64, n: i64) -> Option<u32> {
    (n > 0)
        .then(|| (sum * 20 + n) / (2 * n))
        .and_then(|tenths| u32::try_from(tenths).ok())
}

/// Advice to see a clinician: the routine has had a fair try and pain has not improved by
/// the smallest change that matters (S2, R2). The UI shows it with the booking link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClinicianPrompt {
    /// Days since the first session that counted.
    pub days_since_start: u32,
    /// Sessions that counted.
    pub sessions: u32,
    /// The pain change in tenths (negative is better), as in [`PainSummary`].
    pub change_tenths: i32,
    /// Whether pain has gone up by a point or more rather than stayed about the same.
    pub pain_went_up: bool,
}

impl ClinicianPrompt {
    /// Where the advice comes from.
    pub const SOURCE: &'static str = "S2, R2";
}

/// The clinician prompt, once at least [`PROMPT_AFTER_DAYS`] days have passed since the
/// first counted session, at least [`PROMPT_AFTER_SESSIONS`] sessions counted, and pain
/// before sessions has not gone down by 1 point (R4). Without enough pain ratings there is
/// no verdict and so no prompt: we do not claim "no improvement" we cannot see.
pub fn clinician_prompt(
    history: &History,
    now_ms: u64,
    utc_offset_min: i32,
) -> Option<ClinicianPrompt> {
    let first = counted(history, now_ms).min_by_key(|s| s.started_ms)?;
    let days = Day::from_ms(now_ms, utc_offset_min)
        .0
        .saturating_sub(Day::of_session(first, utc_offset_min).0);
    let sessions = u32::try_from(counted(history, now_ms).count()).unwrap_or(u32::MAX);
    if days < PROMPT_AFTER_DAYS || sessions < PROMPT_AFTER_SESSIONS {
        return None;
    }
    let pain = pain_summary(history, now_ms, utc_offset_min);
    matches!(pain.change, PainChange::NoClearChange | PainChange::Worse).then(|| ClinicianPrompt {
        days_since_start: u32::try_from(days).unwrap_or(u32::MAX),
        sessions,
        change_tenths: pain.change_tenths,
        pain_went_up: pain.change == PainChange::Worse,
    })
}

/// Sessions done against sessions planned, for the adherence bar chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adherence {
    /// One bar per week, oldest first, ending with the current week.
    pub weeks: Vec<WeekSummary>,
    /// The target band each bar is drawn against: 3 to 4 sessions (S2).
    pub band: (u32, u32),
    /// Sessions that counted, in total.
    pub sessions_done: u32,
    /// Sessions planned for the weeks so far, current week included: 3 to 4 a week.
    pub planned: (u32, u32),
    /// Weeks that met the goal.
    pub weeks_met: u32,
}

/// Adherence so far; `weeks` as returned by [`weeks`].
pub fn adherence(weeks: Vec<WeekSummary>) -> Adherence {
    let count = u32::try_from(weeks.len()).unwrap_or(u32::MAX);
    let sessions_done = weeks
        .iter()
        .map(|w| w.sessions)
        .fold(0_u32, u32::saturating_add);
    let weeks_met = u32::try_from(weeks.iter().filter(|w| w.met_goal).count()).unwrap_or(0);
    Adherence {
        weeks,
        band: (GOAL_MIN_SESSIONS_PER_WEEK, GOAL_MAX_SESSIONS_PER_WEEK),
        sessions_done,
        planned: (
            count.saturating_mul(GOAL_MIN_SESSIONS_PER_WEEK),
            count.saturating_mul(GOAL_MAX_SESSIONS_PER_WEEK),
        ),
        weeks_met,
    }
}

/// Everything the progress screen shows, computed in one pass over the log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The current week against the goal.
    pub this_week: WeekSummary,
    /// Weeks in a row that met the goal.
    pub streak_weeks: u32,
    /// Points for the pain chart.
    pub pain_points: Vec<PainPoint>,
    /// The pain trend and its sentence.
    pub pain: PainSummary,
    /// Bars for the sessions-per-week chart and totals.
    pub adherence: Adherence,
    /// Advice to see a clinician, when due.
    pub clinician_prompt: Option<ClinicianPrompt>,
    /// Sessions dated after now (a clock that was wrong), kept but not counted.
    pub future_sessions: u32,
}

/// All progress stats at `now_ms` for a reader `utc_offset_min` minutes ahead of UTC.
pub fn progress(history: &History, now_ms: u64, utc_offset_min: i32) -> Progress {
    let weeks = weeks(history, now_ms, utc_offset_min);
    let future = history
        .sessions
        .iter()
        .filter(|s| s.started_ms > now_ms)
        .count();
    Progress {
        this_week: this_week(history, now_ms, utc_offset_min),
        streak_weeks: streak_weeks(&weeks),
        pain_points: pain_points(history, now_ms, utc_offset_min),
        pain: pain_summary(history, now_ms, utc_offset_min),
        adherence: adherence(weeks),
        clinician_prompt: clinician_prompt(history, now_ms, utc_offset_min),
        future_sessions: u32::try_from(future).unwrap_or(u32::MAX),
    }
}

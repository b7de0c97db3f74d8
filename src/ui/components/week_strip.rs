//! A small calendar of the current and recent weeks, Monday first, marking the days with a
//! session (a tick and a filled day, never colour alone).
//!
//! A plain function rather than a component: it has no state.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::chart::{count, day_month};
use super::constant_markup;
use crate::domain::stats::Day;

/// The last `weeks` weeks as a calendar, the one holding the reader's local `today` last,
/// marking the sessions that counted, by local day.
pub fn week_strip(
    today: Day,
    sessions_by_day: &BTreeMap<Day, u32>,
    weeks: u8,
    lang: crate::text::Lang,
) -> Html {
    let ui = crate::text::ui(lang);
    let current = today.week_start();
    let weeks = i64::from(weeks.max(1));
    let starts = (0..weeks)
        .rev()
        .map(|ago| Day(current.0.saturating_sub(7 * ago)));
    let day_cell = |day: Day| {
        let sessions = sessions_by_day.get(&day).copied().unwrap_or(0);
        let (_, _, date) = day.civil();
        let weekday = crate::text::calendar(lang).weekdays_long
            [usize::from(day.weekday_from_monday()).min(6)];
        let is_today = day == today;
        let to_come = day > today;
        let said = if to_come {
            ui.still_to_come().to_owned()
        } else if sessions == 0 {
            ui.no_session().to_owned()
        } else {
            count(lang, sessions, ui.session(), ui.sessions())
        };
        let today_word = if is_today { ui.today() } else { "" };
        let class = match (sessions > 0, to_come) {
            (false, false) => "kc-day",
            (true, false) => "kc-day kc-day-done",
            (false, true) => "kc-day kc-day-later",
            (true, true) => "kc-day kc-day-done kc-day-later",
        };
        html! {
            <td
                {class}
                aria-current={is_today.then_some("date")}
            >
                <span class="kc-day-number" aria-hidden="true">{ date }</span>
                <span class="kc-day-mark" aria-hidden="true">
                    { match sessions { 0 => String::new(), 1 => "✓".to_owned(), n => format!("✓{n}") } }
                </span>
                <span class="kc-visually-hidden">{ format!("{weekday} {}{today_word}: {said}", day_month(lang, day)) }</span>
            </td>
        }
    };
    html! {
        <table class="kc-week-strip">
            <caption class="kc-visually-hidden">
                { crate::text::fill(ui.fmt_days_with_a_session_in_the(), &[("weeks", &weeks as &dyn std::fmt::Display)]) }
            </caption>
            <thead>
                <tr>
                    <td></td>
                    { for crate::text::calendar(lang).weekdays_narrow.iter().zip(crate::text::calendar(lang).weekdays_long).map(|(short, long)| html! {
                        <th scope="col">
                            <span aria-hidden="true">{ *short }</span>
                            <span class="kc-visually-hidden">{ long }</span>
                        </th>
                    }) }
                </tr>
            </thead>
            <tbody>
                { for starts.map(|start| html! {
                    <tr>
                        <th scope="row">
                            { constant_markup(ui.week_of_html()) }
                            { day_month(lang, start) }
                        </th>
                        { for (0..7).map(|i| day_cell(Day(start.0.saturating_add(i)))) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

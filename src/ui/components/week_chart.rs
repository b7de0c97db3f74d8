//! Sessions per week as an inline SVG bar chart against the shaded 3–4 goal band (S2), with
//! the count written on each bar and the same numbers in a table for screen readers.
//!
//! A plain function rather than a component: it has no state.

use yew::prelude::*;

use super::chart::{coord, count, data_table, day_month, long_date, Plot};
use super::constant_markup;
use crate::domain::stats::WeekSummary;

const PLOT: Plot = Plot {
    width: 480.0,
    height: 200.0,
    left: 32.0,
    right: 8.0,
    top: 16.0,
    bottom: 32.0,
};
/// A sample of the shaded goal band, for the key.
const BAND_SWATCH: &str = concat!(
    r#"<svg class="kc-swatch" viewBox="0 0 40 16" aria-hidden="true" focusable="false">"#,
    r#"<rect class="kc-band kc-band-swatch" x="1" y="1" width="38" height="14"></rect></svg>"#,
);
const DESCRIPTION_ID: &str = "kc-week-chart-desc";

/// Sessions per week against the goal `band` (3 to 4 a week, S2), for `weeks` oldest first,
/// ending with the current week.
pub fn week_chart(weeks: &[WeekSummary], band: (u32, u32), lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let Some(current) = weeks.last() else {
        return constant_markup(ui.no_sessions_yet_each_week_you_html());
    };
    let (low, high) = band;
    let most = weeks.iter().map(|w| w.sessions).max().unwrap_or(0);
    let max = most.max(high + 1);
    let max_f = f64::from(max);
    let step = if max <= 8 { 1 } else { max.div_ceil(6) };
    let slot = PLOT.plot_width() / weeks.len().max(1) as f64;
    let bar_width = (slot * 0.6).min(40.0);
    let band_top = PLOT.y(f64::from(high), max_f);
    let band_bottom = PLOT.y(f64::from(low), max_f);
    // Label every week when they fit, otherwise about four of them, always the current one.
    let label_every = weeks.len().div_ceil(4).max(1);
    let met = weeks.iter().filter(|w| w.met_goal).count();

    let this_week = count(lang, current.sessions, ui.session(), ui.sessions());
    let description = if weeks.len() == 1 {
        crate::text::fill(
            ui.fmt_this_week_so_far_against_the(),
            &[
                ("high", &high as &dyn std::fmt::Display),
                ("low", &low as &dyn std::fmt::Display),
                ("this_week", &this_week as &dyn std::fmt::Display),
            ],
        )
    } else {
        crate::text::fill(
            ui.fmt_of_the_last_met_the_goal(),
            &[
                (
                    "0",
                    &count(lang, met as u64, ui.week(), ui.weeks()) as &dyn std::fmt::Display,
                ),
                (
                    "1",
                    &count(lang, weeks.len() as u64, ui.week(), ui.weeks())
                        as &dyn std::fmt::Display,
                ),
                ("high", &high as &dyn std::fmt::Display),
                ("low", &low as &dyn std::fmt::Display),
                ("this_week", &this_week as &dyn std::fmt::Display),
            ],
        )
    };

    html! {
        <div class="kc-figure">
            <svg
                class="kc-chart"
                viewBox={PLOT.view_box()}
                role="img"
                aria-label={crate::text::fill(ui.fmt_bar_chart_of_sessions_each_week(), &[("high", &high as &dyn std::fmt::Display), ("low", &low as &dyn std::fmt::Display)])}
                aria-describedby={DESCRIPTION_ID}
                focusable="false"
            >
                <rect class="kc-band" x={coord(PLOT.x_start())} y={coord(band_top)}
                    width={coord(PLOT.plot_width())} height={coord(band_bottom - band_top)} />
                { for (0..=max).step_by(step as usize).map(|value| {
                    let y = coord(PLOT.y(f64::from(value), max_f));
                    html! {
                        <g>
                            <line class="kc-grid" x1={coord(PLOT.x_start())} x2={coord(PLOT.x_end())} y1={y.clone()} y2={y.clone()} />
                            <text class="kc-axis-label" x={coord(PLOT.x_start() - 8.0)} y={y} text-anchor="end" dominant-baseline="middle">{ value }</text>
                        </g>
                    }
                }) }
                { for weeks.iter().enumerate().map(|(i, week)| {
                    let centre = PLOT.x_start() + slot * (i as f64 + 0.5);
                    let top = PLOT.y(f64::from(week.sessions), max_f);
                    let bottom = PLOT.y(0.0, max_f);
                    let is_current = i + 1 == weeks.len();
                    let labelled = is_current || (weeks.len() - 1 - i).is_multiple_of(label_every);
                    html! {
                        <g>
                            if week.sessions > 0 {
                                <rect class="kc-bar"
                                    x={coord(centre - bar_width / 2.0)} y={coord(top)}
                                    width={coord(bar_width)} height={coord(bottom - top)} />
                            }
                            <text class="kc-bar-label" x={coord(centre)} y={coord(top - 6.0)} text-anchor="middle">{ week.sessions }</text>
                            if labelled {
                                <text class="kc-axis-label" x={coord(centre)} y={coord(PLOT.height - 12.0)} text-anchor="middle">
                                    { if is_current { ui.this_week().to_owned() } else { day_month(lang, week.week_start_day) } }
                                </text>
                            }
                        </g>
                    }
                }) }
            </svg>
            <ul class="kc-chart-legend">
                <li>
                    { constant_markup(BAND_SWATCH) }
                    { crate::text::fill(ui.fmt_shaded_the_goal_of_to_sessions(), &[("high", &high as &dyn std::fmt::Display), ("low", &low as &dyn std::fmt::Display)]) }
                    { constant_markup(r#"<span class="kc-source"> [S2]</span>"#) }
                </li>
                { constant_markup(ui.bars_sessions_that_week_weeks_start_html()) }
            </ul>
            <p class="kc-small" id={DESCRIPTION_ID}>{ description }</p>
            { data_table(
                ui.sessions_each_week_oldest_first(),
                &[ui.week_starting(), ui.sessions_2(), ui.goal_met()],
                weeks.iter().map(|week| {
                    let met = if week.met_goal { ui.yes_word() } else { ui.no_word() };
                    (long_date(lang, week.week_start_day), vec![week.sessions.to_string(), met.to_owned()])
                }),
            ) }
        </div>
    }
}

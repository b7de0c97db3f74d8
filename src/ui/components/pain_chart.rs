//! The pain chart: pain before and after each session on the 0–10 scale (R4) as an inline
//! SVG line chart, told apart by colour, line style and marker shape, with the same numbers
//! in a table for screen readers.
//!
//! A plain function rather than a component: it has no state.

use yew::prelude::*;

use super::chart::{coord, count, data_table, day_month, long_date, Plot};
use super::constant_markup;
use crate::domain::history::PainRating;
use crate::domain::stats::PainPoint;

const PLOT: Plot = Plot {
    width: 480.0,
    height: 220.0,
    left: 32.0,
    right: 16.0,
    top: 12.0,
    bottom: 32.0,
};
const MAX_PAIN: f64 = 10.0;
const DESCRIPTION_ID: &str = "kc-pain-chart-desc";

/// Pain before and after each session over time, for the sessions with at least one rating, oldest
/// first.
pub fn pain_chart(points: &[PainPoint], lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let (Some(first), Some(last)) = (points.first(), points.last()) else {
        return constant_markup(ui.no_pain_ratings_yet_html());
    };
    let span_ms = last.started_ms.saturating_sub(first.started_ms);
    let x_of = |point: &PainPoint| {
        if span_ms == 0 {
            PLOT.x(0.5)
        } else {
            // Lossy above 2^53 ms (year 287,000): harmless for a position on screen.
            PLOT.x(point.started_ms.saturating_sub(first.started_ms) as f64 / span_ms as f64)
        }
    };
    let series = |rating: fn(&PainPoint) -> Option<PainRating>| -> Vec<(f64, f64)> {
        points
            .iter()
            .filter_map(|p| rating(p).map(|r| (x_of(p), PLOT.y(f64::from(r.value()), MAX_PAIN))))
            .collect()
    };
    let before = series(|p| p.before);
    let after = series(|p| p.after);
    let marker_size = if points.len() > 40 { 2.5 } else { 4.5 };

    let description = crate::text::fill(
        ui.fmt_from_to(),
        &[
            (
                "0",
                &count(
                    lang,
                    points.len() as u64,
                    ui.session_with_a_pain_rating(),
                    ui.sessions_with_pain_ratings(),
                ) as &dyn std::fmt::Display,
            ),
            ("1", &long_date(lang, first.day) as &dyn std::fmt::Display),
            ("2", &long_date(lang, last.day) as &dyn std::fmt::Display),
            (
                "3",
                &describe(
                    ui.before_sessions(),
                    points.iter().filter_map(|p| p.before),
                    lang,
                ) as &dyn std::fmt::Display,
            ),
            (
                "4",
                &describe(
                    ui.after_sessions(),
                    points.iter().filter_map(|p| p.after),
                    lang,
                ) as &dyn std::fmt::Display,
            ),
        ],
    );
    let pain_cell = |rating: Option<PainRating>| match rating {
        Some(r) => r.value().to_string(),
        None => ui.not_rated().to_owned(),
    };

    html! {
        <div class="kc-figure">
            <svg
                class="kc-chart"
                viewBox={PLOT.view_box()}
                role="img"
                aria-label={ui.chart_of_pain_before_and_after()}
                aria-describedby={DESCRIPTION_ID}
                focusable="false"
            >
                { for (0..=10).step_by(2).map(|value| {
                    let y = coord(PLOT.y(f64::from(value), MAX_PAIN));
                    html! {
                        <g>
                            <line class="kc-grid" x1={coord(PLOT.x_start())} x2={coord(PLOT.x_end())} y1={y.clone()} y2={y.clone()} />
                            <text class="kc-axis-label" x={coord(PLOT.x_start() - 8.0)} y={y} text-anchor="end" dominant-baseline="middle">{ value }</text>
                        </g>
                    }
                }) }
                <text class="kc-axis-label" x={coord(PLOT.x_start())} y={coord(PLOT.height - 10.0)} text-anchor="start">{ day_month(lang, first.day) }</text>
                if last.day != first.day {
                    <text class="kc-axis-label" x={coord(PLOT.x_end())} y={coord(PLOT.height - 10.0)} text-anchor="end">{ day_month(lang, last.day) }</text>
                }
                <polyline class="kc-line kc-line-before" points={polyline(&before)} />
                <polyline class="kc-line kc-line-after" points={polyline(&after)} />
                { for before.iter().map(|&(x, y)| html! {
                    <circle class="kc-mark-before" cx={coord(x)} cy={coord(y)} r={coord(marker_size)} />
                }) }
                { for after.iter().map(|&(x, y)| html! {
                    <rect class="kc-mark-after" x={coord(x - marker_size)} y={coord(y - marker_size)}
                        width={coord(2.0 * marker_size)} height={coord(2.0 * marker_size)} />
                }) }
            </svg>
            { constant_markup(ui.pain_before_the_session_solid_line_html()) }
            <p class="kc-small" id={DESCRIPTION_ID}>{ description }</p>
            { data_table(
                ui.pain_before_and_after_each_session(),
                &["Date", ui.pain_before(), ui.pain_after()],
                points.iter().map(|p| (long_date(lang, p.day), vec![pain_cell(p.before), pain_cell(p.after)])),
            ) }
        </div>
    }
}

/// The `points` attribute of a polyline.
fn polyline(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .map(|&(x, y)| format!("{},{}", coord(x), coord(y)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Before sessions: 6 out of 10 at first, 4 most recently."
fn describe(
    series: &str,
    ratings: impl Iterator<Item = PainRating>,
    lang: crate::text::Lang,
) -> String {
    let ui = crate::text::ui(lang);
    let ratings: Vec<u8> = ratings.map(PainRating::value).collect();
    match ratings.as_slice() {
        [] => crate::text::fill(
            ui.fmt_not_rated_yet(),
            &[("series", &series as &dyn std::fmt::Display)],
        ),
        [only] => crate::text::fill(
            ui.fmt_out_of(),
            &[
                ("only", &only as &dyn std::fmt::Display),
                ("series", &series as &dyn std::fmt::Display),
            ],
        ),
        [first, .., last] => crate::text::fill(
            ui.fmt_out_of_at_first_most_recently(),
            &[
                ("first", &first as &dyn std::fmt::Display),
                ("last", &last as &dyn std::fmt::Display),
                ("series", &series as &dyn std::fmt::Display),
            ],
        ),
    }
}

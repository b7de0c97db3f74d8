//! Shared pieces of the progress charts and tables: dates in words, the plot geometry
//! of the inline SVG charts, and the hidden data table that gives each chart a text twin.

use yew::prelude::*;

use crate::text::Lang;

pub use crate::text::{day_month, long_date};

/// "1 session", "3 sessions": a count with its noun in the right number for `lang` (French
/// takes the singular below 2).
pub fn count(lang: Lang, n: impl Into<u64>, one: &str, many: &str) -> String {
    crate::text::count(lang, n.into(), (one, many), (one, many))
}

/// The drawing area of a chart inside its viewBox, in viewBox units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Plot {
    /// The viewBox width.
    pub width: f64,
    /// The viewBox height.
    pub height: f64,
    /// Room for the value labels on the left.
    pub left: f64,
    /// Room on the right.
    pub right: f64,
    /// Room above.
    pub top: f64,
    /// Room for the date labels below.
    pub bottom: f64,
}

impl Plot {
    /// The `viewBox` attribute.
    pub fn view_box(&self) -> String {
        format!("0 0 {} {}", coord(self.width), coord(self.height))
    }

    /// The x coordinate of a fraction (0 to 1) of the plot's width.
    pub fn x(&self, fraction: f64) -> f64 {
        self.left + fraction.clamp(0.0, 1.0) * self.plot_width()
    }

    /// The y coordinate of `value` on an axis from 0 (bottom) to `max` (top).
    pub fn y(&self, value: f64, max: f64) -> f64 {
        let fraction = if max > 0.0 {
            (value / max).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.height - self.bottom - fraction * self.plot_height()
    }

    /// The x coordinate where the plot starts.
    pub fn x_start(&self) -> f64 {
        self.left
    }

    /// The x coordinate where the plot ends.
    pub fn x_end(&self) -> f64 {
        self.width - self.right
    }

    /// The width of the drawing area.
    pub fn plot_width(&self) -> f64 {
        self.width - self.left - self.right
    }

    /// The height of the drawing area.
    pub fn plot_height(&self) -> f64 {
        self.height - self.top - self.bottom
    }
}

/// A coordinate as an SVG attribute value: one decimal place is plenty at these sizes, and
/// a whole number is written without it (`"12"`, `"-0.5"`, `"339.3"`).
///
/// Written from whole tenths; a value that is not finite is drawn at 0.
pub fn coord(value: f64) -> String {
    // `as` saturates and turns NaN into 0: the behaviour wanted for a coordinate.
    let tenths = (value * 10.0).round() as i64;
    let sign = if tenths < 0 { "-" } else { "" };
    let tenths = tenths.unsigned_abs();
    match tenths % 10 {
        0 => format!("{sign}{}", tenths / 10),
        tenth => format!("{sign}{}.{tenth}", tenths / 10),
    }
}

/// A chart's data as a table for screen readers, visually hidden: `rows` are a row header
/// (the date) and the cells that follow it, under `columns`.
pub fn data_table(
    caption: &str,
    columns: &[&str],
    rows: impl Iterator<Item = (String, Vec<String>)>,
) -> Html {
    html! {
        <div class="kc-visually-hidden">
            <table class="kc-table">
                <caption>{ caption.to_owned() }</caption>
                <thead>
                    <tr>{ for columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr>
                </thead>
                <tbody>
                    { for rows.map(|(head, cells)| html! {
                        <tr>
                            <th scope="row">{ head }</th>
                            { for cells.into_iter().map(|cell| html! { <td>{ cell }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

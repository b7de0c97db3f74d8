//! The progress screen: this week against the 3–4 goal, streaks, the pain trend (R4), the
//! clinician prompt (S2, R2), a week calendar, two charts, the session log, and the
//! reader's data controls: export, import with a preview, print and delete.

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::browser::file::{self, ReadError};
use crate::browser::{clock, download};
use crate::domain::config::WidgetConfig;
use crate::domain::exchange::{self, ImportError, ImportPreview, MAX_IMPORT_BYTES};
use crate::domain::history::{PainRating, SessionRecord};
use crate::domain::stats::{self, Day, Progress, WeekSummary};
use crate::domain::store::{DecodeWarning, Document};
use crate::text;
use crate::ui::components::chart::{count, long_date};
use crate::ui::components::{
    action, button, clinician_prompt, constant_markup, pain_chart, print_button, screen_title,
    source_ids, week_chart, week_strip,
};
use crate::ui::hooks::use_lang;
use crate::ui::hooks::{focus, use_focus_on_mount, use_focus_when};

/// Weeks drawn in the bar chart: the most recent ones, so the bars stay readable.
const CHART_WEEKS: usize = 12;
/// Weeks in the calendar strip, the current one included.
const STRIP_WEEKS: u8 = 4;
/// Sessions listed before "Show all".
const HISTORY_ROWS: usize = 10;
/// Unreadable entries of an imported file listed by name; the rest are only counted.
const PROBLEMS_LISTED: usize = 5;

/// The screen before the first session.
const NO_SESSIONS: &str = concat!(
    r#"<p class="kc-lead">No sessions yet. Your sessions, pain ratings and how often you "#,
    "exercise will show here.</p>",
    "<p>Used Knot Coach in another browser? Export your progress there and import the file ",
    "below.</p>",
);

/// The data controls' heading and promise.
const YOUR_DATA: &str = concat!(
    r#"<h3 class="kc-subtitle">Your data</h3>"#,
    r#"<p class="kc-small">Your progress stays in this browser on this device. "#,
    "It only leaves it if you export it.</p>",
);

/// What each export format is for.
const FORMATS: &str = concat!(
    r#"<p class="kc-small">JSON is for moving your progress to another browser. "#,
    "CSV opens in a spreadsheet, for you or your physiotherapist.</p>",
);

/// Why a newer version's data cannot be changed here.
const READ_ONLY: &str = concat!(
    r#"<p class="kc-small" id="kc-read-only-note">Your progress was saved by a newer version "#,
    "of Knot Coach. To keep its newer details safe, export it as JSON, import into it or ",
    "delete it from that newer version.</p>",
);

/// The question of the Delete all dialog.
const DELETE_QUESTION: &str = concat!(
    r#"<p id="kc-delete-q">Delete every session and rating from this browser? "#,
    "This cannot be undone. Export first if you want a copy.</p>",
);

/// Props of [`ProgressScreen`].
#[derive(Clone, PartialEq, Properties)]
pub struct ProgressScreenProps {
    /// The reader's progress.
    pub document: Rc<Document>,
    /// The host's configuration (booking link).
    pub config: Rc<WidgetConfig>,
    /// Called to go back to the routine.
    pub onroutine: Callback<()>,
    /// Called with the whole new log: after Delete all, or with an import merged in.
    pub onreplace: Callback<Document>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// Everything the screen shows, computed once per document.
#[derive(PartialEq)]
struct View {
    progress: Progress,
    today: Day,
    utc_offset_min: i32,
    sessions_by_day: BTreeMap<Day, u32>,
    chart_weeks: Vec<WeekSummary>,
}

impl View {
    fn new(document: &Document, now_ms: u64, utc_offset_min: i32) -> Self {
        let history = &document.history;
        let progress = stats::progress(history, now_ms, utc_offset_min);
        let mut sessions_by_day = BTreeMap::new();
        for session in history
            .sessions
            .iter()
            .filter(|s| s.started_ms <= now_ms && stats::counts_toward_goal(s))
        {
            let day = Day::of_session(session, utc_offset_min);
            *sessions_by_day.entry(day).or_insert(0_u32) += 1;
        }
        let weeks = &progress.adherence.weeks;
        let chart_weeks = weeks[weeks.len().saturating_sub(CHART_WEEKS)..].to_vec();
        Self {
            today: Day::from_ms(now_ms, utc_offset_min),
            utc_offset_min,
            sessions_by_day,
            chart_weeks,
            progress,
        }
    }
}

/// Where importing a file is.
#[derive(Clone, PartialEq)]
enum Import {
    /// Nothing picked: entered at first, and after Add or Cancel.
    Idle,
    /// Entered when a file is picked: its text is being read.
    Reading,
    /// Entered when the file could not be read at all (too large, unreadable).
    Failed(String),
    /// Entered once the text is read: it is checked and previewed against the log.
    Read(Rc<str>),
}

/// The progress screen.
#[function_component(ProgressScreen)]
pub fn progress_screen(props: &ProgressScreenProps) -> Html {
    let lang = use_lang();
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let status_ref = use_node_ref();
    let dialog_ref = use_node_ref();
    // Focus goes to the status line after an import or a delete only once the screen has
    // redrawn, because the charts that appear above it move it down the page.
    let status_focus = use_state(|| 0_u32);
    {
        let status_ref = status_ref.clone();
        use_effect_with(*status_focus, move |requests| {
            if *requests > 0 {
                focus(&status_ref);
            }
        });
    }
    let delete_ref = use_node_ref();
    let file_ref = use_node_ref();
    let preview_ref = use_node_ref();
    let confirming = use_state(bool::default);
    let show_all = use_state(bool::default);
    let import = use_state(|| Import::Idle);
    let status = use_state(String::new);

    let view = use_memo(props.document.clone(), |document| {
        View::new(document, clock::epoch_ms(), clock::utc_offset_min())
    });
    // Previewed against the log as it is now, so a session another tab adds meanwhile is
    // counted, and kept when the import is applied.
    let read_text = match &*import {
        Import::Read(text) => Some(text.clone()),
        _ => None,
    };
    let preview = use_memo((read_text, props.document.clone()), |(text, document)| {
        text.as_ref()
            .map(|text| exchange::preview_import(text, document))
    });
    let previewing = matches!(&*preview, Some(Ok(_)));

    use_focus_when(dialog_ref.clone(), *confirming);
    use_focus_when(preview_ref.clone(), previewing);

    let document = &props.document;
    let read_only = document.read_only;
    let has_sessions = !document.history.sessions.is_empty();

    let on_export_json = {
        let (document, status) = (document.clone(), status.clone());
        let filename = format!("knot-coach-progress-{}.json", view.today.iso());
        Callback::from(move |_: MouseEvent| {
            let saved = download::download(
                &filename,
                "application/json",
                &exchange::export_json(&document),
            );
            status.set(download_status(saved));
        })
    };
    let on_export_csv = {
        let (document, status) = (document.clone(), status.clone());
        let filename = format!("knot-coach-sessions-{}.csv", view.today.iso());
        let offset = view.utc_offset_min;
        Callback::from(move |_: MouseEvent| {
            // A byte-order mark, so spreadsheet programs read the file as UTF-8.
            let csv = format!(
                "\u{feff}{}",
                exchange::export_csv(&document.history, offset, &text::csv_words(lang))
            );
            let saved = download::download(&filename, "text/csv;charset=utf-8", &csv);
            status.set(download_status(saved));
        })
    };
    let on_pick = {
        let (import, status) = (import.clone(), status.clone());
        Callback::from(move |event: Event| {
            let Some(input) = event.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            let Some(picked) = file::first_picked(&input) else {
                return;
            };
            // Cleared so that picking the same file again is noticed too.
            input.set_value("");
            // Focus may sit on the status line, which is about to empty: keep it on the field.
            let _ = input.focus();
            status.set(String::new());
            import.set(Import::Reading);
            let import = import.clone();
            spawn_local(async move {
                import.set(match file::read_text(&picked, MAX_IMPORT_BYTES).await {
                    Ok(text) => Import::Read(text.into()),
                    Err(ReadError::TooLarge { bytes }) => {
                        Import::Failed(text::import_error(lang, &ImportError::TooLarge { bytes }))
                    }
                    Err(error) => Import::Failed(error.to_string()),
                });
            });
        })
    };
    let on_add = {
        let (import, status, onreplace) = (import.clone(), status.clone(), props.onreplace.clone());
        let (preview, status_focus) = (preview.clone(), status_focus.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(Ok(preview)) = &*preview {
                let added = preview.new_sessions;
                let mut merged = preview.clone().apply();
                merged.history.pin_offsets(clock::utc_offset_min_at);
                onreplace.emit(merged);
                import.set(Import::Idle);
                status.set(format!(
                    "{} added to your progress.",
                    count(added as u64, "session", "sessions")
                ));
                status_focus.set(*status_focus + 1);
            }
        })
    };
    let on_cancel_import = {
        let (import, file_ref) = (import.clone(), file_ref.clone());
        Callback::from(move |_: MouseEvent| {
            import.set(Import::Idle);
            focus(&file_ref);
        })
    };
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(!*show_all))
    };
    let on_delete = {
        let (confirming, status) = (confirming.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            confirming.set(true);
        })
    };
    let keep_data = {
        let (confirming, delete_ref) = (confirming.clone(), delete_ref.clone());
        move || {
            confirming.set(false);
            focus(&delete_ref);
        }
    };
    let on_keep = {
        let keep_data = keep_data.clone();
        Callback::from(move |_: MouseEvent| keep_data())
    };
    let on_dialog_key = Callback::from(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            event.prevent_default();
            keep_data();
        }
    });
    let on_confirm_delete = {
        let (confirming, status, onreplace) =
            (confirming.clone(), status.clone(), props.onreplace.clone());
        let status_focus = status_focus.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onreplace.emit(Document::new(clock::epoch_ms()));
            status.set("All your progress has been deleted from this browser.".to_owned());
            status_focus.set(*status_focus + 1);
        })
    };

    let progress = &view.progress;
    let import_view = match (&*import, &*preview) {
        (Import::Reading, _) => html! { <p role="status">{ "Reading the file…" }</p> },
        (Import::Failed(message), _) => html! { <p class="kc-error" role="alert">{ message }</p> },
        (_, Some(Err(error))) => html! {
            <p class="kc-error" role="alert">{ format!("{} Nothing has been changed.", text::import_error(lang, error)) }</p>
        },
        (_, Some(Ok(preview))) => html! {
            <div class="kc-notice kc-import-preview" role="group" aria-labelledby="kc-import-summary" tabindex="-1" ref={preview_ref}>
                <p id="kc-import-summary">{ text::import_summary(lang, preview) }</p>
                { import_details(preview, view.utc_offset_min) }
                <div class="kc-actions">
                    if preview.new_sessions > 0 {
                        { button("kc-button kc-button-primary", "Add these sessions", on_add) }
                    }
                    { button("kc-button", "Cancel", on_cancel_import) }
                </div>
            </div>
        },
        _ => html! {},
    };

    html! {
        <section class="kc-screen kc-progress-screen">
            { screen_title(heading, "Your progress".into()) }
            if has_sessions {
                { summary(progress) }
                if let Some(prompt) = progress.clinician_prompt {
                    { clinician_prompt(prompt, &props.config, lang) }
                }
                <div class="kc-block">
                    { constant_markup(r#"<h3 class="kc-subtitle">Your weeks</h3>"#) }
                    { week_strip(view.today, &view.sessions_by_day, STRIP_WEEKS) }
                </div>
                <div class="kc-block">
                    { constant_markup(r#"<h3 class="kc-subtitle">Your pain</h3>"#) }
                    <p>{ text::pain_summary(lang, &progress.pain) }{ source_ids(&[stats::PainSummary::SOURCE]) }</p>
                    { pain_chart(&view.progress.pain_points) }
                </div>
                <div class="kc-block">
                    { constant_markup(r#"<h3 class="kc-subtitle">Sessions per week</h3>"#) }
                    { week_chart(&view.chart_weeks, progress.adherence.band) }
                </div>
                <div class="kc-block">
                    { constant_markup(r#"<h3 class="kc-subtitle">Your sessions</h3>"#) }
                    { history_table(&document.history.sessions, view.utc_offset_min, *show_all) }
                    if document.history.sessions.len() > HISTORY_ROWS {
                        <div class="kc-actions">
                            <button type="button" class="kc-button" onclick={on_show_all}>
                                { if *show_all {
                                    "Show only recent sessions".to_owned()
                                } else {
                                    format!("Show all {} sessions", document.history.sessions.len())
                                } }
                            </button>
                        </div>
                    }
                </div>
            } else {
                { constant_markup(NO_SESSIONS) }
            }
            if let Some(url) = &props.config.booking_url {
                <p class="kc-print-only">{ format!("Book an appointment: {}", url.as_str()) }</p>
            }
            <div class="kc-actions">
                { action("kc-button kc-button-primary", "Back to my routine", &props.onroutine) }
                if has_sessions {
                    { print_button("Print summary for your appointment") }
                }
            </div>
            <div class="kc-block kc-no-print kc-data">
                { constant_markup(YOUR_DATA) }
                <p class="kc-status" role="status" tabindex="-1" ref={status_ref}>{ (*status).clone() }</p>
                if has_sessions {
                    <div class="kc-actions">
                        <button type="button" class="kc-button" onclick={on_export_json} disabled={read_only}
                            aria-describedby={read_only.then_some("kc-read-only-note")}>{ "Export JSON" }</button>
                        { button("kc-button", "Export CSV", on_export_csv) }
                    </div>
                    { constant_markup(FORMATS) }
                }
                if read_only {
                    { constant_markup(READ_ONLY) }
                } else {
                    <div class="kc-file">
                        <label for="kc-import-file">{ "Import progress from a Knot Coach JSON file" }</label>
                        <input id="kc-import-file" type="file" accept=".json,application/json" ref={file_ref} onchange={on_pick} />
                    </div>
                    { import_view }
                    if has_sessions {
                        <div class="kc-actions">
                            <button type="button" class="kc-button kc-button-danger" ref={delete_ref} onclick={on_delete}>{ "Delete all data" }</button>
                        </div>
                    }
                    if *confirming {
                        <div class="kc-notice" role="alertdialog" aria-labelledby="kc-delete-q" tabindex="-1"
                            ref={dialog_ref} onkeydown={on_dialog_key}>
                            { constant_markup(DELETE_QUESTION) }
                            <div class="kc-actions">
                                { button("kc-button kc-button-danger", "Yes, delete everything", on_confirm_delete) }
                                { button("kc-button", "Keep my data", on_keep) }
                            </div>
                        </div>
                    }
                }
            </div>
        </section>
    }
}

fn download_status(saved: bool) -> String {
    if saved {
        String::new()
    } else {
        "Your browser did not allow the download. Try again, or try another browser.".to_owned()
    }
}

/// This week against the goal, the streak and the total (S2).
fn summary(progress: &Progress) -> Html {
    let this_week = progress.this_week.sessions;
    let (low, high) = progress.adherence.band;
    let to_go = low.saturating_sub(this_week);
    let encouragement = if to_go == 0 {
        "You have reached this week's goal.".to_owned()
    } else {
        format!(
            "{} more this week to reach the goal.",
            count(to_go, "session", "sessions")
        )
    };
    html! {
        <div class="kc-block">
            { constant_markup(r#"<h3 class="kc-subtitle">This week</h3>"#) }
            <ul class="kc-stats">
                <li>
                    <span class="kc-stat-number">{ this_week }</span>
                    { format!(" {} this week (goal: {low} to {high})", noun(this_week, "session", "sessions")) }
                </li>
                <li>
                    <span class="kc-stat-number">{ progress.streak_weeks }</span>
                    { format!(" {} in a row at the goal", noun(progress.streak_weeks, "week", "weeks")) }
                </li>
                <li>
                    <span class="kc-stat-number">{ progress.adherence.sessions_done }</span>
                    { format!(" {} in total", noun(progress.adherence.sessions_done, "session", "sessions")) }
                </li>
            </ul>
            <p>
                { format!("{encouragement} Aim for {low} to {high} sessions a week for 3 to 4 weeks: that is roughly when people start to notice a change.") }
                { constant_markup(r#"<span class="kc-source"> [S2]</span>"#) }
            </p>
            if progress.future_sessions > 0 {
                <p class="kc-small">
                    { format!(
                        "{} dated in the future, probably because this device's clock was wrong, {} kept but not counted.",
                        count(progress.future_sessions, "session is", "sessions are"),
                        if progress.future_sessions == 1 { "It is" } else { "They are" },
                    ) }
                </p>
            }
        </div>
    }
}

fn noun<'a>(n: u32, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

/// Every session, newest first: the first [`HISTORY_ROWS`] unless `all`.
fn history_table(sessions: &[SessionRecord], utc_offset_min: i32, all: bool) -> Html {
    let shown = if all {
        sessions.len()
    } else {
        HISTORY_ROWS.min(sessions.len())
    };
    let pain = |rating: Option<PainRating>| match rating {
        Some(r) => html! { { r.value() } },
        None => constant_markup(
            r#"<span aria-hidden="true">–</span><span class="kc-visually-hidden">Not rated</span>"#,
        ),
    };
    html! {
        <table class="kc-table kc-history">
            <caption class="kc-visually-hidden">
                { if shown == sessions.len() {
                    "Your sessions, newest first".to_owned()
                } else {
                    format!("Your {shown} most recent sessions, newest first")
                } }
            </caption>
            <thead>
                <tr>
                    <th scope="col">{ "Date" }</th>
                    <th scope="col">{ "Pain before" }</th>
                    <th scope="col">{ "Pain after" }</th>
                    <th scope="col">{ "Exercises done" }</th>
                </tr>
            </thead>
            <tbody>
                { for sessions.iter().rev().take(shown).map(|s| {
                    let done = s.completed.len();
                    let planned = s.routine.len();
                    html! {
                        <tr>
                            <th scope="row">{ when(s.started_ms, s.offset_min(utc_offset_min)) }</th>
                            <td>{ pain(s.pain_before) }</td>
                            <td>{ pain(s.pain_after) }</td>
                            <td>{ if planned == 0 { done.to_string() } else { format!("{done} of {planned}") } }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// "Mon 17 Nov 2025, 09:30" in the reader's local time (`utc_offset_min` ahead of UTC).
fn when(ms: u64, utc_offset_min: i32) -> String {
    let utc_offset_min = stats::clamp_offset(utc_offset_min);
    let day = Day::from_ms(ms, utc_offset_min);
    let local_ms = i64::try_from(ms)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(utc_offset_min) * 60_000);
    let minute = local_ms.rem_euclid(86_400_000) / 60_000;
    format!("{}, {:02}:{:02}", long_date(day), minute / 60, minute % 60)
}

/// What else the reader should know before adding an imported file: the dates of the new
/// sessions and which entries will be skipped.
fn import_details(preview: &ImportPreview, utc_offset_min: i32) -> Html {
    let range = preview.new_range_ms.map(|(first, last)| {
        let (first, last) = (
            Day::from_ms(first, utc_offset_min),
            Day::from_ms(last, utc_offset_min),
        );
        if first == last {
            format!("The new sessions are from {}.", long_date(first))
        } else {
            format!(
                "The new sessions are from {} to {}.",
                long_date(first),
                long_date(last)
            )
        }
    });
    let problems: Vec<String> = preview
        .problems
        .iter()
        .take(PROBLEMS_LISTED)
        .filter_map(|warning| match warning {
            DecodeWarning::SessionDropped { index, problem, .. } => {
                Some(format!("Entry {}: {problem}.", index + 1))
            }
            DecodeWarning::FieldReset { .. } => None,
        })
        .collect();
    html! {
        <>
            if let Some(range) = range {
                <p>{ range }</p>
            }
            if !problems.is_empty() {
                <ul class="kc-list">
                    { for problems.iter().map(|p| html! { <li>{ p }</li> }) }
                </ul>
            }
        </>
    }
}

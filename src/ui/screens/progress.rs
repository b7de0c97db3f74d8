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
use crate::text::{self, Lang};
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
    let ui = crate::text::ui(lang);
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
        let filename = crate::text::fill(
            ui.fmt_knot_coach_progress_json(),
            &[("0", &view.today.iso() as &dyn std::fmt::Display)],
        );
        Callback::from(move |_: MouseEvent| {
            let saved = download::download(
                &filename,
                "application/json",
                &exchange::export_json(&document),
            );
            status.set(download_status(saved, lang));
        })
    };
    let on_export_csv = {
        let (document, status) = (document.clone(), status.clone());
        let filename = crate::text::fill(
            ui.fmt_knot_coach_sessions_csv(),
            &[("0", &view.today.iso() as &dyn std::fmt::Display)],
        );
        let offset = view.utc_offset_min;
        Callback::from(move |_: MouseEvent| {
            // A byte-order mark, so spreadsheet programs read the file as UTF-8.
            let csv = format!(
                "\u{feff}{}",
                exchange::export_csv(&document.history, offset, &text::csv_words(lang))
            );
            let saved = download::download(&filename, "text/csv;charset=utf-8", &csv);
            status.set(download_status(saved, lang));
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
                status.set(crate::text::fill(
                    ui.fmt_added_to_your_progress(),
                    &[(
                        "0",
                        &count(lang, added as u64, ui.session(), ui.sessions())
                            as &dyn std::fmt::Display,
                    )],
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
            status.set(ui.all_your_progress_has_been_deleted().to_owned());
            status_focus.set(*status_focus + 1);
        })
    };

    let progress = &view.progress;
    let import_view = match (&*import, &*preview) {
        (Import::Reading, _) => html! { <p role="status">{ ui.reading_the_file() }</p> },
        (Import::Failed(message), _) => html! { <p class="kc-error" role="alert">{ message }</p> },
        (_, Some(Err(error))) => html! {
            <p class="kc-error" role="alert">{ text::fill(ui.fmt_nothing_has_been_changed(), &[("error", &text::import_error(lang, error))]) }</p>
        },
        (_, Some(Ok(preview))) => html! {
            <div class="kc-notice kc-import-preview" role="group" aria-labelledby="kc-import-summary" tabindex="-1" ref={preview_ref}>
                <p id="kc-import-summary">{ text::import_summary(lang, preview) }</p>
                { import_details(preview, view.utc_offset_min, lang) }
                <div class="kc-actions">
                    if preview.new_sessions > 0 {
                        { button("kc-button kc-button-primary", ui.add_these_sessions(), on_add) }
                    }
                    { button("kc-button", ui.cancel(), on_cancel_import) }
                </div>
            </div>
        },
        _ => html! {},
    };

    html! {
        <section class="kc-screen kc-progress-screen">
            { screen_title(heading, ui.your_progress().into()) }
            if has_sessions {
                { summary(progress, lang) }
                if let Some(prompt) = progress.clinician_prompt {
                    { clinician_prompt(prompt, &props.config, lang) }
                }
                <div class="kc-block">
                    { constant_markup(ui.your_weeks_html()) }
                    { week_strip(view.today, &view.sessions_by_day, STRIP_WEEKS, lang) }
                </div>
                <div class="kc-block">
                    { constant_markup(ui.your_pain_html()) }
                    <p>{ text::pain_summary(lang, &progress.pain) }{ source_ids(&[stats::PainSummary::SOURCE]) }</p>
                    { pain_chart(&view.progress.pain_points, lang) }
                </div>
                <div class="kc-block">
                    { constant_markup(ui.sessions_per_week_html()) }
                    { week_chart(&view.chart_weeks, progress.adherence.band, lang) }
                </div>
                <div class="kc-block">
                    { constant_markup(ui.your_sessions_html()) }
                    { history_table(&document.history.sessions, view.utc_offset_min, *show_all, lang) }
                    if document.history.sessions.len() > HISTORY_ROWS {
                        <div class="kc-actions">
                            <button type="button" class="kc-button" onclick={on_show_all}>
                                { if *show_all {
                                    ui.show_only_recent_sessions().to_owned()
                                } else {
                                    crate::text::fill(ui.fmt_show_all_sessions(), &[("0", &document.history.sessions.len() as &dyn std::fmt::Display)])
                                } }
                            </button>
                        </div>
                    }
                </div>
            } else {
                { constant_markup(ui.no_sessions_yet_your_sessions_pain_html()) }
            }
            if let Some(url) = &props.config.booking_url {
                <p class="kc-print-only">{ crate::text::fill(ui.fmt_book_an_appointment(), &[("0", &url.as_str() as &dyn std::fmt::Display)]) }</p>
            }
            <div class="kc-actions">
                { action("kc-button kc-button-primary", ui.back_to_my_routine(), &props.onroutine) }
                if has_sessions {
                    { print_button(ui.print_summary_for_your_appointment()) }
                }
            </div>
            <div class="kc-block kc-no-print kc-data">
                { constant_markup(ui.your_data_your_progress_stays_in_html()) }
                <p class="kc-status" role="status" tabindex="-1" ref={status_ref}>{ (*status).clone() }</p>
                if has_sessions {
                    <div class="kc-actions">
                        <button type="button" class="kc-button" onclick={on_export_json} disabled={read_only}
                            aria-describedby={read_only.then_some("kc-read-only-note")}>{ ui.export_json() }</button>
                        { button("kc-button", ui.export_csv(), on_export_csv) }
                    </div>
                    { constant_markup(ui.json_is_for_moving_your_progress_html()) }
                }
                if read_only {
                    { constant_markup(ui.your_progress_was_saved_by_a_html()) }
                } else {
                    <div class="kc-file">
                        <label for="kc-import-file">{ ui.import_progress_from_a_knot_coach() }</label>
                        <input id="kc-import-file" type="file" accept=".json,application/json" ref={file_ref} onchange={on_pick} />
                    </div>
                    { import_view }
                    if has_sessions {
                        <div class="kc-actions">
                            <button type="button" class="kc-button kc-button-danger" ref={delete_ref} onclick={on_delete}>{ ui.delete_all_data() }</button>
                        </div>
                    }
                    if *confirming {
                        <div class="kc-notice" role="alertdialog" aria-labelledby="kc-delete-q" tabindex="-1"
                            ref={dialog_ref} onkeydown={on_dialog_key}>
                            { constant_markup(ui.delete_every_session_and_rating_from_html()) }
                            <div class="kc-actions">
                                { button("kc-button kc-button-danger", ui.yes_delete_everything(), on_confirm_delete) }
                                { button("kc-button", ui.keep_my_data(), on_keep) }
                            </div>
                        </div>
                    }
                }
            </div>
        </section>
    }
}

fn download_status(saved: bool, lang: crate::text::Lang) -> String {
    let ui = crate::text::ui(lang);
    if saved {
        String::new()
    } else {
        ui.your_browser_did_not_allow_the().to_owned()
    }
}

/// This week against the goal, the streak and the total (S2).
fn summary(progress: &Progress, lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let this_week = progress.this_week.sessions;
    let (low, high) = progress.adherence.band;
    let to_go = low.saturating_sub(this_week);
    let encouragement = if to_go == 0 {
        ui.you_have_reached_this_week_s().to_owned()
    } else {
        crate::text::fill(
            ui.fmt_more_this_week_to_reach_the(),
            &[(
                "0",
                &count(lang, to_go, ui.session(), ui.sessions()) as &dyn std::fmt::Display,
            )],
        )
    };
    html! {
        <div class="kc-block">
            { constant_markup(ui.this_week_html()) }
            <ul class="kc-stats">
                <li>
                    <span class="kc-stat-number">{ this_week }</span>
                    { crate::text::fill(ui.fmt_this_week_goal_to(), &[("0", &noun(this_week, ui.session(), ui.sessions()) as &dyn std::fmt::Display), ("high", &high as &dyn std::fmt::Display), ("low", &low as &dyn std::fmt::Display)]) }
                </li>
                <li>
                    <span class="kc-stat-number">{ progress.streak_weeks }</span>
                    { crate::text::fill(ui.fmt_in_a_row_at_the_goal(), &[("0", &noun(progress.streak_weeks, ui.week(), ui.weeks()) as &dyn std::fmt::Display)]) }
                </li>
                <li>
                    <span class="kc-stat-number">{ progress.adherence.sessions_done }</span>
                    { crate::text::fill(ui.fmt_in_total(), &[("0", &noun(progress.adherence.sessions_done, ui.session(), ui.sessions()) as &dyn std::fmt::Display)]) }
                </li>
            </ul>
            <p>
                { crate::text::fill(ui.fmt_aim_for_to_sessions_a_week(), &[("encouragement", &encouragement as &dyn std::fmt::Display), ("high", &high as &dyn std::fmt::Display), ("low", &low as &dyn std::fmt::Display)]) }
                { constant_markup(r#"<span class="kc-source"> [S2]</span>"#) }
            </p>
            if progress.future_sessions > 0 {
                <p class="kc-small">
                    { crate::text::fill(ui.fmt_dated_in_the_future_probably_because(), &[("0", &count(lang, progress.future_sessions, ui.session_is(), ui.sessions_are()) as &dyn std::fmt::Display), ("1", &if progress.future_sessions == 1 { ui.it_is() } else { ui.they_are() } as &dyn std::fmt::Display)]) }
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
fn history_table(
    sessions: &[SessionRecord],
    utc_offset_min: i32,
    all: bool,
    lang: crate::text::Lang,
) -> Html {
    let ui = crate::text::ui(lang);
    let shown = if all {
        sessions.len()
    } else {
        HISTORY_ROWS.min(sessions.len())
    };
    let pain = |rating: Option<PainRating>| match rating {
        Some(r) => html! { { r.value() } },
        None => constant_markup(ui.not_rated_html()),
    };
    html! {
        <table class="kc-table kc-history">
            <caption class="kc-visually-hidden">
                { if shown == sessions.len() {
                    ui.your_sessions_newest_first().to_owned()
                } else {
                    crate::text::fill(ui.fmt_your_most_recent_sessions_newest_first(), &[("shown", &shown as &dyn std::fmt::Display)])
                } }
            </caption>
            <thead>
                <tr>
                    <th scope="col">{ ui.date() }</th>
                    <th scope="col">{ ui.pain_before() }</th>
                    <th scope="col">{ ui.pain_after() }</th>
                    <th scope="col">{ ui.exercises_done() }</th>
                </tr>
            </thead>
            <tbody>
                { for sessions.iter().rev().take(shown).map(|s| {
                    let done = s.completed.len();
                    let planned = s.routine.len();
                    html! {
                        <tr>
                            <th scope="row">{ when(s.started_ms, s.offset_min(utc_offset_min), lang) }</th>
                            <td>{ pain(s.pain_before) }</td>
                            <td>{ pain(s.pain_after) }</td>
                            <td>{ if planned == 0 { done.to_string() } else { crate::text::fill(ui.fmt_of(), &[("done", &done as &dyn std::fmt::Display), ("planned", &planned as &dyn std::fmt::Display)]) } }</td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// "Mon 17 Nov 2025, 09:30" in the reader's local time (`utc_offset_min` ahead of UTC).
fn when(ms: u64, utc_offset_min: i32, lang: Lang) -> String {
    let utc_offset_min = stats::clamp_offset(utc_offset_min);
    let day = Day::from_ms(ms, utc_offset_min);
    let local_ms = i64::try_from(ms)
        .unwrap_or(i64::MAX)
        .saturating_add(i64::from(utc_offset_min) * 60_000);
    let minute = local_ms.rem_euclid(86_400_000) / 60_000;
    format!(
        "{}, {}",
        long_date(lang, day),
        crate::text::time_of_day(lang, u32::try_from(minute).unwrap_or(0))
    )
}

/// What else the reader should know before adding an imported file: the dates of the new
/// sessions and which entries will be skipped.
fn import_details(preview: &ImportPreview, utc_offset_min: i32, lang: crate::text::Lang) -> Html {
    let ui = crate::text::ui(lang);
    let range = preview.new_range_ms.map(|(first, last)| {
        let (first, last) = (
            Day::from_ms(first, utc_offset_min),
            Day::from_ms(last, utc_offset_min),
        );
        if first == last {
            crate::text::fill(
                ui.fmt_the_new_sessions_are_from(),
                &[("0", &long_date(lang, first) as &dyn std::fmt::Display)],
            )
        } else {
            crate::text::fill(
                ui.fmt_the_new_sessions_are_from_to(),
                &[
                    ("0", &long_date(lang, first) as &dyn std::fmt::Display),
                    ("1", &long_date(lang, last) as &dyn std::fmt::Display),
                ],
            )
        }
    });
    let problems: Vec<String> = preview
        .problems
        .iter()
        .take(PROBLEMS_LISTED)
        .filter_map(|warning| match warning {
            DecodeWarning::SessionDropped { index, problem, .. } => Some(crate::text::fill(
                ui.fmt_entry(),
                &[
                    ("0", &(index + 1) as &dyn std::fmt::Display),
                    (
                        "problem",
                        &text::session_problem(lang, problem) as &dyn std::fmt::Display,
                    ),
                ],
            )),
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

//! The progress screen: sessions, pain before and after, adherence to 3–4 sessions a week,
//! export, import and delete.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{clock, download};
use crate::domain::config::WidgetConfig;
use crate::domain::store::{self, Document};
use crate::ui::hooks::use_focus_on_mount;

/// Props of [`ProgressScreen`].
#[derive(Clone, PartialEq, Properties)]
pub struct ProgressScreenProps {
    /// The reader's progress.
    pub document: Rc<Document>,
    /// The host's configuration (booking link).
    pub config: Rc<WidgetConfig>,
    /// Called to go back to the routine.
    pub onroutine: Callback<()>,
    /// Called with the new log after Delete all.
    pub onreplace: Callback<Document>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

/// The progress screen.
#[function_component(ProgressScreen)]
pub fn progress_screen(props: &ProgressScreenProps) -> Html {
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    let confirming = use_state(|| false);
    let sessions = &props.document.history.sessions;

    let on_export = {
        let document = props.document.clone();
        Callback::from(move |_: MouseEvent| {
            download::download(
                "knot-coach-progress.json",
                "application/json",
                &store::encode(&document),
            );
        })
    };
    let on_delete = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let on_cancel = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let on_confirm_delete = {
        let (confirming, onreplace) = (confirming.clone(), props.onreplace.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(false);
            onreplace.emit(Document::new(clock::epoch_ms()));
        })
    };
    let onroutine = props.onroutine.reform(|_: MouseEvent| ());

    html! {
        <section class="kc-screen kc-progress">
            <h2 class="kc-title" tabindex="-1" ref={heading}>{ "Your progress" }</h2>
            if sessions.is_empty() {
                <p>{ "No sessions yet. Your sessions, pain ratings and how often you exercise will show here." }</p>
            } else {
                <p class="kc-lead">{ format!("{} session(s) so far. Aim for 3 to 4 a week for 3 to 4 weeks.", sessions.len()) }</p>
                <table class="kc-table">
                    <caption class="kc-visually-hidden">{ "Sessions, newest first" }</caption>
                    <thead><tr><th scope="col">{ "Session" }</th><th scope="col">{ "Pain before" }</th><th scope="col">{ "Pain after" }</th><th scope="col">{ "Exercises done" }</th></tr></thead>
                    <tbody>
                        { for sessions.iter().enumerate().rev().map(|(i, s)| html! {
                            <tr>
                                <th scope="row">{ format!("Session {}", i + 1) }</th>
                                <td>{ s.pain_before.map_or("–".to_owned(), |p| p.value().to_string()) }</td>
                                <td>{ s.pain_after.map_or("–".to_owned(), |p| p.value().to_string()) }</td>
                                <td>{ format!("{} of {}", s.completed.len(), s.routine.len()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
            <div class="kc-actions">
                <button type="button" class="kc-button kc-button-primary" onclick={onroutine}>{ "Back to my routine" }</button>
                <button type="button" class="kc-button" onclick={on_export}>{ "Export (JSON)" }</button>
                <button type="button" class="kc-button" onclick={on_delete}>{ "Delete all data" }</button>
            </div>
            if *confirming {
                <div class="kc-notice" role="alertdialog" aria-labelledby="kc-delete-q">
                    <p id="kc-delete-q">{ "Delete every session and rating from this browser? This cannot be undone. Export first if you want a copy." }</p>
                    <div class="kc-actions">
                        <button type="button" class="kc-button kc-button-danger" onclick={on_confirm_delete}>{ "Yes, delete everything" }</button>
                        <button type="button" class="kc-button" onclick={on_cancel}>{ "Keep my data" }</button>
                    </div>
                </div>
            }
        </section>
    }
}

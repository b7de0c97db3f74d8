//! The widget shell: holds the reader's journey and progress, saves each after it changes,
//! and shows the screen the journey points at.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{button, care_footer, frame};
use super::hooks::AfterRender;
use super::screens::{
    BadLink, CheckAnswers, ClinicianScreen, Emergency, PainCheck, PrescribedRoutineScreen,
    PrescriptionOffer, ProgressScreen, QuestionScreen, RoutinePreview, SeeClinician,
    SessionFeedback, SessionPlayer, Welcome,
};
use crate::browser::location::{self, FragmentListener};
use crate::browser::progress_store::{self, LoadOutcome, OtherTabListener};
use crate::browser::storage::{KeyValueStore, StorageError};
use crate::browser::{clock, console, download};
use crate::domain::config::{Mode, StartAt, Stored, WidgetConfig};
use crate::domain::draft::{self, DraftError};
use crate::domain::exchange;
use crate::domain::journey::{Action, Journey, Screen};
use crate::domain::plan::plan;
use crate::domain::prescribed::{self, plan_prescribed, Accepted, Offer};
use crate::domain::stats::clinician_prompt;
use crate::domain::store::{self, Document};
use crate::text::Lang;

/// What the embed hands the app: the host page's validated configuration.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// Validated attributes of the `<knot-coach>` element.
    pub config: Rc<WidgetConfig>,
    /// The reader's language, chosen by the embed ([`crate::domain::lang::choose`]).
    #[prop_or_default]
    pub lang: Lang,
    /// The reader pressed Start on the welcome screen before this app loaded (the welcome
    /// part, [`super::Door`]): open at the first question, as Start does here.
    #[prop_or_default]
    pub begun: bool,
}

#[derive(Clone, PartialEq)]
struct State {
    journey: Journey,
    progress: Document,
    /// Set once the reader has done anything, so later screens may take focus.
    interacted: bool,
    /// The clinician's prescription the reader accepted, if any (issue 15).
    prescription: Option<Accepted>,
    /// A prescription link opened and not yet answered: a new prescription, or a refusal.
    offer: Option<Offer>,
}

/// Everything that changes the app's state.
enum AppAction {
    /// The reader did something in the journey.
    Journey(Action),
    /// Another tab saved progress: merge it with ours so neither loses a session.
    MergeProgress(Document),
    /// Imported sessions, or the log after Delete all.
    ReplaceProgress(Document),
    /// Flipped the sound switch in the player.
    ToggleSound,
    /// Flipped the voice switch in the player.
    ToggleVoice,
    /// The page's fragment changed: it may hold a prescription link.
    OpenFragment(String),
    /// Accepted the prescription offered, at this time (ms since the Unix epoch).
    AcceptPrescription(u64),
    /// Declined the prescription offered, or went on after a refused link.
    DismissOffer,
}

impl Reducible for State {
    type Action = AppAction;

    fn reduce(self: Rc<Self>, action: AppAction) -> Rc<Self> {
        let mut next = (*self).clone();
        next.interacted = true;
        match action {
            AppAction::Journey(action) => match next.journey.apply(action) {
                Ok(Some(record)) => next.progress.history.record(record),
                Ok(None) => {}
                // Screens validate before they dispatch; a stale answer is simply ignored.
                Err(_) => return self,
            },
            AppAction::MergeProgress(theirs) => {
                // "Delete all" in another tab starts a log newer than ours: sessions from
                // before it were deleted on purpose and must not come back through the merge.
                if theirs.created_ms > next.progress.created_ms {
                    next.progress
                        .history
                        .sessions
                        .retain(|s| s.started_ms >= theirs.created_ms);
                }
                next.progress = store::merge(&theirs, &next.progress);
                next.interacted = self.interacted;
            }
            AppAction::ReplaceProgress(document) => next.progress = document,
            AppAction::ToggleSound => {
                let on = next.progress.settings.sound_enabled.unwrap_or(true);
                next.progress.settings.sound_enabled = Some(!on);
            }
            AppAction::OpenFragment(fragment) => {
                next.offer = prescribed::offer(&fragment, next.prescription.as_ref())
                    .filter(|offer| *offer != Offer::AlreadyAccepted);
            }
            AppAction::AcceptPrescription(accepted_ms) => {
                if let Some(Offer::New(prescription)) = next.offer.take() {
                    next.prescription = Some(Accepted {
                        prescription,
                        accepted_ms,
                    });
                    // The screening questions come first; a reader who has answered them
                    // goes back to the routine, now the prescribed one.
                    let journey = &mut next.journey;
                    if !journey.started {
                        let _ = journey.apply(Action::Begin);
                    } else if journey.active.is_none() {
                        let _ = journey.apply(Action::ShowRoutine);
                    }
                }
            }
            AppAction::DismissOffer => next.offer = None,
            AppAction::ToggleVoice => {
                let on = next.progress.settings.voice_enabled.unwrap_or(true);
                next.progress.settings.voice_enabled = Some(!on);
            }
        }
        Rc::new(next)
    }
}

/// How saving is going, for the calm notice under the widget.
#[derive(Clone, PartialEq)]
enum SaveState {
    Saving,
    /// Storage is blocked or missing: everything lasts for this visit only.
    MemoryOnly,
    /// A newer version's data is stored: we leave it alone and do not save.
    ReadOnly,
    /// The last write was refused (storage full); the previous copy is intact.
    Failed,
    /// Saved progress was damaged; a copy was kept (under this key) and a fresh log begun.
    Damaged(String),
    /// Some saved sessions could not be read and were left out; a copy was kept.
    Repaired(usize),
}

/// What the App read from storage when it mounted.
struct Loaded {
    /// The saved journey, or a fresh one.
    journey: Journey,
    /// How the journey's store can be saved.
    journey_save: SaveState,
    /// Whether a journey was stored (a fresh one is not written until it changes).
    journey_stored: bool,
    /// The progress document, and how it loaded.
    progress: Document,
    outcome: LoadOutcome,
}

/// How saving one of the two stores goes, starting at `initial(loaded)`, worked out once on
/// mount. One hook for both stores.
#[hook]
fn use_save_state(
    loaded: &Rc<Loaded>,
    initial: fn(&Loaded) -> SaveState,
) -> UseStateHandle<SaveState> {
    let loaded = loaded.clone();
    use_state(move || initial(&loaded))
}

/// Records how a write went: a refused write shows the storage-full notice, and the next
/// good write clears it.
fn note_save(result: Result<(), StorageError>, save: &UseStateHandle<SaveState>) {
    match result {
        Ok(()) if **save == SaveState::Failed => save.set(SaveState::Saving),
        Ok(()) => {}
        Err(error) => {
            console::warn(&format!("knot-coach: {error}"));
            save.set(SaveState::Failed);
        }
    }
}

/// Reads the saved journey, or starts a fresh one; also says how saving will go and whether
/// anything was stored.
fn load_journey(kv: &KeyValueStore, key: &str, start: StartAt) -> (Journey, SaveState, bool) {
    let initial = if kv.is_persistent() {
        SaveState::Saving
    } else {
        SaveState::MemoryOnly
    };
    match kv.get(key).map(|text| draft::decode(&text)) {
        Some(Ok(journey)) => (journey, initial, true),
        Some(Err(error)) => {
            console::warn(&format!("knot-coach: {error}; starting afresh"));
            let state = match error {
                DraftError::NewerVersion(_) => SaveState::ReadOnly,
                DraftError::Corrupt(_) => initial,
            };
            (Journey::new(start), state, true)
        }
        None => (Journey::new(start), initial, false),
    }
}

/// The accepted prescription in storage, if it can be read; one that cannot (a newer
/// build's, or damaged) is left in place and not used.
fn load_prescription(kv: &KeyValueStore, key: &str) -> Option<Accepted> {
    let text = kv.get(key)?;
    Accepted::decode(&text)
        .map_err(|error| {
            console::warn(&format!(
                "knot-coach: stored prescription not used: {error:?}"
            ))
        })
        .ok()
}

/// The root component mounted inside each `<knot-coach>` shadow root.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    // French words load on demand: until they are in, the language shown before stays.
    let (shown, french_failed) = crate::ui::hooks::use_shown_lang(props.lang);
    let lang = shown.unwrap_or_default();
    let ui = crate::text::ui(lang);
    let kv = use_memo((), |_| KeyValueStore::open());
    let start = props.config.start;
    let draft_key = props.config.storage_key(Stored::Journey);
    let progress_key = props.config.storage_key(Stored::Progress);
    let prescription_key = props.config.storage_key(Stored::Prescription);
    let loaded = {
        let kv = kv.clone();
        use_memo(
            (draft_key.clone(), progress_key.clone()),
            move |(draft, progress)| {
                let (journey, journey_save, journey_stored) = load_journey(&kv, draft, start);
                let (progress, outcome) = progress_store::load(&kv, progress);
                Loaded {
                    journey,
                    journey_save,
                    journey_stored,
                    progress,
                    outcome,
                }
            },
        )
    };
    let journey_save = use_save_state(&loaded, |loaded| loaded.journey_save.clone());
    let progress_save = use_save_state(&loaded, |loaded| match &loaded.outcome {
        LoadOutcome::NothingSaved | LoadOutcome::Fine => SaveState::Saving,
        LoadOutcome::MemoryOnly => SaveState::MemoryOnly,
        LoadOutcome::NewerVersion => SaveState::ReadOnly,
        LoadOutcome::Damaged { backup_key } => SaveState::Damaged(backup_key.clone()),
        LoadOutcome::Repaired { dropped, .. } => SaveState::Repaired(*dropped),
    });
    let state = {
        let loaded = loaded.clone();
        let (kv, key) = (kv.clone(), prescription_key.clone());
        let clinician = props.config.mode == Mode::Clinician;
        let begun = props.begun;
        use_reducer_eq(move || {
            let prescription = load_prescription(&kv, &key);
            let offer = if clinician {
                None
            } else {
                prescribed::offer(&location::fragment(), prescription.as_ref())
            };
            if offer == Some(Offer::AlreadyAccepted) {
                location::clear_prescription_fragment();
            }
            let mut journey = loaded.journey.clone();
            if begun && !journey.started {
                let _ = journey.apply(Action::Begin);
            }
            State {
                journey,
                progress: loaded.progress.clone(),
                interacted: begun,
                prescription,
                offer: offer.filter(|offer| *offer != Offer::AlreadyAccepted),
            }
        })
    };

    // Save the journey after each change (never inside the reducer). With nothing stored,
    // the fresh journey is not written on mount: a first visit serialises nothing and
    // writes nothing before its Start button shows (issue 17).
    {
        let (kv, journey_save, key) = (kv.clone(), journey_save.clone(), draft_key.clone());
        let unchanged_fresh = use_mut_ref(|| !loaded.journey_stored && !props.begun);
        use_effect_with(state.journey.clone(), move |journey| {
            if std::mem::take(&mut *unchanged_fresh.borrow_mut()) {
                return;
            }
            if *journey_save != SaveState::ReadOnly {
                note_save(kv.set(&key, &draft::encode(journey)), &journey_save);
            }
        });
    }
    // Save progress after each change; a fresh log, likewise, not before it changes.
    {
        let (kv, progress_save, key) = (kv.clone(), progress_save.clone(), progress_key.clone());
        let unchanged_fresh = use_mut_ref(|| loaded.outcome == LoadOutcome::NothingSaved);
        use_effect_with(state.progress.clone(), move |document| {
            if std::mem::take(&mut *unchanged_fresh.borrow_mut()) {
                return;
            }
            note_save(progress_store::save(&kv, &key, document), &progress_save);
        });
    }
    // An accepted prescription is saved under its own key: a new one replaces it, and the
    // progress log is left as it is. Written only when it differs from what is stored.
    {
        let (kv, key) = (kv.clone(), prescription_key.clone());
        let progress_save = progress_save.clone();
        use_effect_with(state.prescription.clone(), move |accepted| {
            if let Some(accepted) = accepted {
                let text = accepted.encode();
                if kv.get(&key).as_deref() != Some(text.as_str()) {
                    note_save(kv.set(&key, &text), &progress_save);
                }
            }
        });
    }
    // A prescription link opened in the address bar of the open page. Listened for once the
    // first screen is up; a change made before then is caught up with at that moment.
    {
        let state = state.dispatcher();
        let clinician = props.config.mode == Mode::Clinician;
        use_effect_with((), move |_| {
            let listener = (!clinician).then(|| {
                AfterRender::listen(
                    location::fragment,
                    move |fragment| state.dispatch(AppAction::OpenFragment(fragment)),
                    FragmentListener::new,
                )
            });
            move || drop(listener)
        });
    }
    // Another tab saved: merge, so sessions recorded in both tabs survive. Listened for once
    // the first screen is up; a write made before then is merged at that moment.
    {
        let state = state.dispatcher();
        let kv = kv.clone();
        use_effect_with(progress_key.clone(), move |key| {
            let stored = {
                let key = key.clone();
                move || kv.get(&key)
            };
            let merge = move |text: Option<String>| {
                if let Some(Ok(mut theirs)) = text.map(|t| store::decode(&t)) {
                    theirs.history.pin_offsets(clock::utc_offset_min_at);
                    state.dispatch(AppAction::MergeProgress(theirs));
                }
            };
            let key = key.clone();
            let listener = AfterRender::listen(stored, merge, move |merge| {
                OtherTabListener::new(key, merge)
            });
            move || drop(listener)
        });
    }

    // One closure type for every button that sends a fixed action.
    let send = |make: fn() -> AppAction| {
        let state = state.dispatcher();
        Callback::from(move |_: ()| state.dispatch(make()))
    };
    let on_begin = send(|| AppAction::Journey(Action::Begin));
    let on_back = send(|| AppAction::Journey(Action::GoBack));
    let on_confirm = send(|| AppAction::Journey(Action::Confirm));
    let on_start_over = send(|| AppAction::Journey(Action::StartOver));
    let on_prepare = send(|| AppAction::Journey(Action::PrepareSession));
    let on_show_progress = send(|| AppAction::Journey(Action::ShowProgress));
    let on_show_routine = send(|| AppAction::Journey(Action::ShowRoutine));
    let on_toggle_sound = send(|| AppAction::ToggleSound);
    let on_toggle_voice = send(|| AppAction::ToggleVoice);
    // The link has been answered: take it out of the address so a reload does not ask again.
    let on_accept = {
        let d = state.dispatcher();
        Callback::from(move |()| {
            location::clear_prescription_fragment();
            d.dispatch(AppAction::AcceptPrescription(clock::epoch_ms()))
        })
    };
    let on_dismiss = {
        let d = state.dispatcher();
        Callback::from(move |()| {
            location::clear_prescription_fragment();
            d.dispatch(AppAction::DismissOffer)
        })
    };
    let dispatcher = state.dispatcher();
    let on_answer = {
        let d = dispatcher.clone();
        Callback::from(move |answer| d.dispatch(AppAction::Journey(Action::Answer(answer))))
    };
    let on_change = {
        let d = dispatcher.clone();
        Callback::from(move |id| d.dispatch(AppAction::Journey(Action::Change(id))))
    };
    let on_replace_progress = {
        let d = dispatcher.clone();
        Callback::from(move |document| d.dispatch(AppAction::ReplaceProgress(document)))
    };

    // Planned only on the screens that show or start the routine, never at start-up: the
    // App re-renders only when the reader acts, so there is nothing to memoise, and no copy
    // of the answers and the whole history is taken on every render to compare against.
    let routine = || {
        Rc::new(plan(
            &state.journey.questionnaire.answers,
            &state.progress.history,
        ))
    };
    let prescribed = || {
        state.prescription.as_ref().map(|accepted| {
            Rc::new(plan_prescribed(
                &accepted.prescription,
                accepted.accepted_ms,
                &state.progress.history,
            ))
        })
    };

    // With a prescription, its clinic and booking link are the ones the reader is shown.
    let config = match &state.prescription {
        Some(accepted) => {
            let mut config = (*props.config).clone();
            config.clinic_name = Some(accepted.prescription.clinic_name.clone());
            if let Some(url) = accepted.prescription.booking_url() {
                config.booking_url = Some(url);
            }
            Rc::new(config)
        }
        None => props.config.clone(),
    };
    let focus = state.interacted;
    let questionnaire = &state.journey.questionnaire;
    let settings = &state.progress.settings;
    // Reminder and booking link at the foot: the welcome screen has its own notice, the
    // clinician screen its own booking button, and the emergency screen neither.
    // A prescription offered or refused replaces the journey's screen, and says what the
    // widget is not, as every screen but the emergency one does.
    let answering_link = props.config.mode == Mode::Reader && state.offer.is_some();
    let footer = match state.journey.screen() {
        _ if answering_link => care_footer(&config, true, true, lang),
        Screen::Emergency(_) => html! {},
        Screen::Welcome => care_footer(&config, false, true, lang),
        Screen::SeeClinician(_) => care_footer(&config, true, false, lang),
        _ => care_footer(&config, true, true, lang),
    };
    let screen = match state.journey.screen() {
        Screen::Welcome => html! { <Welcome config={config} onbegin={on_begin} /> },
        Screen::Question(id) => html! {
            <QuestionScreen
                key={id.stored_name()}
                {id}
                saved={questionnaire.answers.get(id).cloned()}
                progress={questionnaire.progress()}
                onanswer={on_answer}
                onback={on_back}
                autofocus={focus}
            />
        },
        Screen::CheckAnswers => html! {
            <CheckAnswers
                rows={Rc::new(questionnaire.summary())}
                onchange={on_change}
                onconfirm={on_confirm}
                onback={on_back}
                autofocus={focus}
            />
        },
        Screen::Emergency(reasons) => html! {
            <Emergency {reasons} onstartover={on_start_over} onback={on_back} autofocus={focus} />
        },
        Screen::SeeClinician(reasons) => html! {
            <SeeClinician {reasons} {config} onstartover={on_start_over} onback={on_back} autofocus={focus} />
        },
        Screen::Routine(cautions) => {
            let prompt = clinician_prompt(
                &state.progress.history,
                clock::epoch_ms(),
                clock::utc_offset_min(),
            );
            let stop = state.progress.history.high_pain_twice();
            match prescribed() {
                Some(routine) => html! {
                    <PrescribedRoutineScreen
                        {routine}
                        {prompt}
                        {stop}
                        config={config.clone()}
                        onstart={on_prepare}
                        onprogress={on_show_progress}
                        onback={on_back}
                        onstartover={on_start_over}
                        autofocus={focus}
                    />
                },
                None => html! {
                    <RoutinePreview
                        routine={routine()}
                        {cautions}
                        {prompt}
                        {stop}
                        config={config.clone()}
                        onstart={on_prepare}
                        onprogress={on_show_progress}
                        onback={on_back}
                        onstartover={on_start_over}
                        autofocus={focus}
                    />
                },
            }
        }
        Screen::PainCheck => {
            let d = dispatcher.clone();
            let exercises = match prescribed() {
                Some(prescribed) => prescribed.exercises(),
                None => routine().exercises(),
            };
            let onstart = Callback::from(move |pain_before| {
                d.dispatch(AppAction::Journey(Action::StartPlaying {
                    id: clock::unique_id(),
                    started_ms: clock::epoch_ms(),
                    pain_before,
                    routine: exercises.clone(),
                }))
            });
            html! {
                <PainCheck {onstart} onback={on_show_routine} autofocus={focus}
                    stop={state.progress.history.high_pain_twice()} {config} />
            }
        }
        Screen::Player => {
            let active = state.journey.active.clone();
            let exercises = Rc::new(
                active
                    .as_ref()
                    .map(|a| a.routine.clone())
                    .unwrap_or_default(),
            );
            let resume = active.and_then(|a| a.player).map(Rc::new);
            let onsave = {
                let d = dispatcher.clone();
                Callback::from(move |session| {
                    d.dispatch(AppAction::Journey(Action::SavePlayer(session)))
                })
            };
            let onfinish = {
                let d = dispatcher.clone();
                Callback::from(move |completed| {
                    d.dispatch(AppAction::Journey(Action::FinishPlaying { completed }))
                })
            };
            let oncancel = {
                let d = dispatcher.clone();
                Callback::from(move |()| d.dispatch(AppAction::Journey(Action::CancelSession)))
            };
            html! {
                <SessionPlayer
                    {exercises}
                    {oncancel}
                    {resume}
                    {onsave}
                    {onfinish}
                    sound={settings.sound_enabled.unwrap_or(true)}
                    voice={settings.voice_enabled.unwrap_or(true)}
                    ontogglesound={on_toggle_sound}
                    ontogglevoice={on_toggle_voice}
                    autofocus={focus}
                />
            }
        }
        Screen::Rating => {
            let exercises = Rc::new(
                state
                    .journey
                    .active
                    .as_ref()
                    .map(|a| a.routine.clone())
                    .unwrap_or_default(),
            );
            let onsave = {
                let d = dispatcher.clone();
                Callback::from(move |rating: super::screens::SessionRating| {
                    d.dispatch(AppAction::Journey(Action::SaveRating {
                        pain_after: rating.pain_after,
                        feedback: rating.feedback,
                        ended_ms: clock::epoch_ms(),
                        utc_offset_min: clock::utc_offset_min(),
                    }))
                })
            };
            let previous_pain = state
                .progress
                .history
                .last_pain_after(state.journey.active.as_ref().map_or("", |a| a.id.as_str()));
            html! { <SessionFeedback {exercises} {previous_pain} {config} {onsave} autofocus={focus} /> }
        }
        Screen::Progress => html! {
            <ProgressScreen
                document={Rc::new(state.progress.clone())}
                {config}
                onroutine={on_show_routine}
                onreplace={on_replace_progress}
                autofocus={focus}
            />
        },
    };

    // Clinician mode shows only the form; a prescription link opened by the reader is
    // answered before anything else.
    let screen = if props.config.mode == Mode::Clinician {
        html! { <ClinicianScreen autofocus={focus} /> }
    } else {
        match &state.offer {
            Some(Offer::New(prescription)) => html! {
                <PrescriptionOffer
                    prescription={Rc::new(prescription.clone())}
                    replaces={state.prescription.is_some()}
                    onaccept={on_accept}
                    ondecline={on_dismiss}
                    autofocus={focus}
                />
            },
            Some(Offer::Refused(error)) => html! {
                <BadLink error={*error} oncontinue={on_dismiss} autofocus={focus} />
            },
            _ => screen,
        }
    };

    let notice = |state: &SaveState, what: &str| -> Option<String> {
        match state {
            SaveState::Saving => None,
            SaveState::MemoryOnly => Some(ui.this_browser_is_not_letting_knot().into()),
            SaveState::ReadOnly => Some(crate::text::fill(
                ui.fmt_your_saved_was_made_by_a(),
                &[("what", &what as &dyn std::fmt::Display)],
            )),
            SaveState::Failed => Some(crate::text::fill(
                ui.fmt_your_browser_s_storage_is_full(),
                &[("what", &what as &dyn std::fmt::Display)],
            )),
            SaveState::Damaged(_) => Some(ui.your_saved_progress_was_damaged_and().into()),
            SaveState::Repaired(n) => Some(crate::text::fill(
                ui.fmt_saved_session_s_could_not_be(),
                &[("n", &n as &dyn std::fmt::Display)],
            )),
        }
    };
    // One notice at a time: blocked storage concerns both, so say it once.
    let save_notice =
        notice(&progress_save, ui.progress()).or_else(|| notice(&journey_save, ui.answers()));

    // The notice offers a way out: the damaged copy, or an export when storage is full.
    let notice_action = match &*progress_save {
        SaveState::Damaged(backup_key) => {
            let (kv, backup_key) = (kv.clone(), backup_key.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(text) = kv.get(&backup_key) {
                    download::download("knot-coach-damaged-progress.txt", "text/plain", &text);
                }
            });
            Some(button("kc-link", ui.download_the_damaged_data(), onclick))
        }
        SaveState::Failed => {
            let document = state.progress.clone();
            let onclick = Callback::from(move |_: MouseEvent| {
                download::download(
                    "knot-coach-progress.json",
                    "application/json",
                    &exchange::export_json(&document),
                );
            });
            Some(button("kc-link", ui.export_my_progress(), onclick))
        }
        _ => None,
    };

    let body = html! {
        <>
            { screen }
            { footer }
            if let Some(text) = save_notice {
                <div class="kc-save-notice" role="status">
                    <p>{ text }</p>
                    { for notice_action }
                </div>
            }
        </>
    };
    frame(shown, french_failed, body)
}

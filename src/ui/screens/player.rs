//! The guided session player: a large countdown with a progress ring, tempo, rep and set
//! counters, what comes next, and sound, voice and vibration cues, so a reader with the
//! phone propped against a wall can follow without touching it.
//!
//! Everything shown is derived from the session's timestamps ([`Session::at`]); timers only
//! decide *when* to look again: at the next phase boundary, and a few times a second for the
//! display while the page is visible.

use std::rc::Rc;

use gloo_timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::browser::audio::{self, Beeper};
use crate::browser::visibility::{is_visible, VisibilityListener};
use crate::browser::wake_lock::{self, ScreenWakeLock};
use crate::browser::{clock, speech, vibration};
use crate::domain::catalog::{top_action, ExerciseId};
use crate::domain::cues::{announcement, CueKind};
use crate::domain::device::{missing_feature_notes, Availability, DeviceSupport, Learned};
use crate::domain::dose::DosedExercise;
use crate::domain::session::{timeline, Event, PhaseKind, Session, SessionView, Side, Status};
use crate::text::{self, Lang};
use crate::ui::components::{
    action, chart::coord, constant_markup, has_illustration, screen_title, Illustration,
};
use crate::ui::hooks::{focus, focus_first_child, use_focus_on_mount, use_focus_when, use_lang};

/// How often the display refreshes while visible (4 times a second).
const DISPLAY_REFRESH_MS: u32 = 250;
/// How far ahead beeps are handed to the audio clock.
const BEEP_HORIZON_MS: u64 = 30_000;
/// Radius of the progress ring in its 120-unit viewBox.
const RING_R: f64 = 52.0;
/// The tick on a switch that is on: seen, but not read out, since `aria-pressed` says it.
const TICK: &str = r#"<span class="kc-tick" aria-hidden="true">✓</span>"#;

/// Props of [`SessionPlayer`].
#[derive(Clone, PartialEq, Properties)]
pub struct SessionPlayerProps {
    /// The routine to play, in order.
    pub exercises: Rc<Vec<DosedExercise>>,
    /// A saved, paused session to resume instead of a fresh one.
    #[prop_or_default]
    pub resume: Option<Rc<Session>>,
    /// Called at every phase change with a paused copy, so a reload can resume.
    pub onsave: Callback<Session>,
    /// Called when the session ends or the reader stops, with the ids of the exercises done.
    pub onfinish: Callback<Vec<String>>,
    /// Called when the reader leaves before pressing Start: back to the routine, nothing logged.
    pub oncancel: Callback<()>,
    /// Whether beeps play.
    pub sound: bool,
    /// Whether cues are spoken.
    pub voice: bool,
    /// Called when the reader flips the sound switch.
    pub ontogglesound: Callback<()>,
    /// Called when the reader flips the voice switch.
    pub ontogglevoice: Callback<()>,
    /// Whether to move focus to the heading when shown.
    pub autofocus: bool,
}

#[derive(Clone, PartialEq)]
struct PlayerState {
    session: Session,
    now_ms: u64,
    /// Bumped by every event, so effects re-run even when the phase index stays the same.
    epoch: u32,
    /// End session was pressed and the question is waiting for an answer.
    asking_to_end: bool,
    /// What the browser can do for the cues, as learned so far.
    support: DeviceSupport,
}

enum PlayerAction {
    Apply(Event),
    Tick(u64),
    /// End session: pause, and ask whether to end.
    AskToEnd(u64),
    /// The reader answered "Keep going" (the session stays paused).
    KeepGoing,
    /// Something was learned about the browser's features.
    Learn(Learned),
}

impl Reducible for PlayerState {
    type Action = PlayerAction;

    fn reduce(self: Rc<Self>, action: PlayerAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let event = match action {
            // Any other control (Skip, Back, Resume…) puts the question away: it was about
            // the session as it stood, which the reader has now moved on from.
            PlayerAction::Apply(event) => {
                next.asking_to_end = false;
                event
            }
            PlayerAction::AskToEnd(now_ms) => {
                next.asking_to_end = true;
                Event::Pause { now_ms }
            }
            PlayerAction::KeepGoing => {
                next.asking_to_end = false;
                return Rc::new(next);
            }
            PlayerAction::Learn(learned) => {
                next.support.learn(learned);
                return Rc::new(next);
            }
            PlayerAction::Tick(now_ms) => {
                next.now_ms = now_ms.max(self.now_ms);
                return Rc::new(next);
            }
        };
        let now_ms = event_time(&event).max(self.now_ms);
        next.session.apply(with_time(event, now_ms));
        next.now_ms = now_ms;
        next.epoch = next.epoch.wrapping_add(1);
        Rc::new(next)
    }
}

fn event_time(event: &Event) -> u64 {
    match *event {
        Event::Start { now_ms }
        | Event::Pause { now_ms }
        | Event::Resume { now_ms }
        | Event::SkipPhase { now_ms }
        | Event::Back { now_ms }
        | Event::RestartExercise { now_ms }
        | Event::NextExercise { now_ms } => now_ms,
    }
}

/// The same event at `now_ms`: events must never go back in time.
fn with_time(event: Event, now_ms: u64) -> Event {
    match event {
        Event::Start { .. } => Event::Start { now_ms },
        Event::Pause { .. } => Event::Pause { now_ms },
        Event::Resume { .. } => Event::Resume { now_ms },
        Event::SkipPhase { .. } => Event::SkipPhase { now_ms },
        Event::Back { .. } => Event::Back { now_ms },
        Event::RestartExercise { .. } => Event::RestartExercise { now_ms },
        Event::NextExercise { .. } => Event::NextExercise { now_ms },
    }
}

/// What this browser supports, as far as can be told before the session starts.
fn initial_support() -> DeviceSupport {
    let works = |yes: bool| {
        if yes {
            Availability::Works
        } else {
            Availability::Missing
        }
    };
    DeviceSupport {
        keep_awake: works(wake_lock::is_supported()),
        beeps: works(audio::is_supported()),
        voice: if !speech::is_supported() {
            Availability::Missing
        } else if speech::has_voices() {
            Availability::Works
        } else {
            Availability::Pending
        },
        vibration: works(vibration::is_supported()),
    }
}

/// The notes about missing browser features, each with what to do instead.
fn support_notes(support: &DeviceSupport, lang: Lang) -> Html {
    let notes = missing_feature_notes(support);
    if notes.is_empty() {
        return html! {};
    }
    html! { <p class="kc-notice kc-player-support" role="note">{ notes.iter().map(|note| text::missing_feature(lang, *note)).collect::<Vec<_>>().join(" ") }</p> }
}

/// The player screen.
#[function_component(SessionPlayer)]
pub fn session_player(props: &SessionPlayerProps) -> Html {
    let lang = use_lang();
    let ui = crate::text::ui(lang);
    let state = {
        let exercises = props.exercises.clone();
        let resume = props.resume.clone();
        use_reducer(move || PlayerState {
            session: resume.map_or_else(|| Session::new(timeline(&exercises)), |s| (*s).clone()),
            now_ms: clock::now_ms(),
            epoch: 0,
            asking_to_end: false,
            support: initial_support(),
        })
    };
    let view = state.session.at(state.now_ms);
    let beeper = use_mut_ref(Beeper::default);
    let wake_lock = use_memo((), |_| ScreenWakeLock::default());
    let last_cue_ms = use_mut_ref(|| state.now_ms);
    let visible = use_state(is_visible);
    let live = use_state(String::new);
    let heading = use_node_ref();
    use_focus_on_mount(heading.clone(), props.autofocus);
    // End session asks first, while the session is paused. (Before Start there is nothing
    // to end: the reader goes back to the routine instead.)
    let confirm_ref = use_node_ref();
    let end_ref = use_node_ref();
    let confirm_shown = state.asking_to_end && view.status == Status::Paused;
    use_focus_when(confirm_ref.clone(), confirm_shown);
    // When the session finishes, the controls go; focus goes to Finish and rate rather than
    // being lost with the button that had it.
    let main_ref = use_node_ref();
    let finished = view.status == Status::Finished;
    {
        let (main_ref, autofocus) = (main_ref.clone(), props.autofocus);
        use_effect_with(finished, move |finished| {
            if *finished && autofocus {
                focus_first_child(&main_ref);
            }
        });
    }

    let dispatch_event = {
        let state = state.dispatcher();
        let beeper = beeper.clone();
        move |make: fn(u64) -> Event| {
            let state = state.clone();
            let beeper = beeper.clone();
            Callback::from(move |_: ()| {
                // The time of the tap, read before unlocking audio: creating the audio context
                // can take tens of milliseconds, and every later phase is timed from this.
                let now_ms = clock::now_ms();
                // Audio may only start from a click or key press: unlock it here, and look
                // at the voices again, which may have loaded since the screen opened.
                state.dispatch(PlayerAction::Learn(Learned::Tapped {
                    any_voice: speech::has_voices(),
                    audio: beeper.borrow_mut().unlock(),
                }));
                state.dispatch(PlayerAction::Apply(make(now_ms)));
            })
        }
    };
    let on_start = dispatch_event(|now_ms| Event::Start { now_ms });
    let on_pause = dispatch_event(|now_ms| Event::Pause { now_ms });
    let on_resume = dispatch_event(|now_ms| Event::Resume { now_ms });
    let on_skip = dispatch_event(|now_ms| Event::SkipPhase { now_ms });
    let on_back = dispatch_event(|now_ms| Event::Back { now_ms });
    let on_restart = dispatch_event(|now_ms| Event::RestartExercise { now_ms });
    let on_next_exercise = dispatch_event(|now_ms| Event::NextExercise { now_ms });

    // Re-sync whenever the page is shown or hidden; the browser drops the wake lock on hide.
    // When the player closes, stop listening and let go of audio, speech and the wake lock.
    {
        let state = state.dispatcher();
        let visible = visible.clone();
        let beeper = beeper.clone();
        let wake_lock = wake_lock.clone();
        use_effect_with((), move |_| {
            let listener = VisibilityListener::new(move |now_visible| {
                visible.set(now_visible);
                state.dispatch(PlayerAction::Tick(clock::now_ms()));
            });
            move || {
                drop(listener);
                beeper.borrow_mut().close();
                speech::cancel();
                wake_lock.release();
            }
        });
    }

    // Display refresh: only while playing and visible.
    {
        let state = state.dispatcher();
        let playing = view.status == Status::Playing;
        use_effect_with((playing, *visible), move |&(playing, visible)| {
            let interval = (playing && visible).then(|| {
                Interval::new(DISPLAY_REFRESH_MS, move || {
                    state.dispatch(PlayerAction::Tick(clock::now_ms()));
                })
            });
            move || drop(interval)
        });
    }

    // At each phase change: one timer to the next change (hidden or not), speak, vibrate,
    // schedule beeps, announce, save. The timer is also set again when a switch flips or the
    // page is shown or hidden, from the clock's time, so it never fires late.
    {
        let state_handle = state.dispatcher();
        let boundary = state.session.next_boundary_ms(state.now_ms);
        let session = state.session.clone();
        let now_ms = state.now_ms;
        let view = view.clone();
        let beeper = beeper.clone();
        let last_cue_ms = last_cue_ms.clone();
        let live = live.clone();
        let onsave = props.onsave.clone();
        let (sound, voice) = (props.sound, props.voice);
        let wake_lock = wake_lock.clone();
        let learn = state.dispatcher();
        let visible_now = *visible;
        use_effect_with(
            (
                view.phase_index,
                view.status,
                state.epoch,
                sound,
                voice,
                visible_now,
            ),
            move |_| {
                let timeout = boundary.map(|at_ms| {
                    let wait_ms = at_ms.saturating_sub(clock::now_ms()).saturating_add(5);
                    Timeout::new(u32::try_from(wait_ms).unwrap_or(u32::MAX), move || {
                        state_handle.dispatch(PlayerAction::Tick(clock::now_ms()));
                    })
                });
                let from_ms = (*last_cue_ms.borrow()).min(now_ms);
                let due = session.cues_between(from_ms, now_ms.saturating_add(1));
                *last_cue_ms.borrow_mut() = now_ms.saturating_add(1);
                // Only the latest words matter if several phases passed while hidden.
                if voice {
                    if let Some(text) = due.iter().rev().find_map(|c| match &c.kind {
                        CueKind::Say(words) => Some(text::speech(lang, words)),
                        _ => None,
                    }) {
                        speech::say(&text, lang);
                    }
                }
                if let Some(pattern) = due.iter().rev().find_map(|c| match &c.kind {
                    CueKind::Vibrate(pattern) => Some(pattern.clone()),
                    _ => None,
                }) {
                    vibration::vibrate(&pattern);
                }
                let mut beeper = beeper.borrow_mut();
                beeper.cancel();
                if sound && view.status == Status::Playing {
                    let beeps: Vec<_> = session
                        .upcoming_cues(now_ms, BEEP_HORIZON_MS)
                        .into_iter()
                        .filter_map(|c| match c.kind {
                            CueKind::Beep { pitch } => Some((c.at_ms, pitch)),
                            _ => None,
                        })
                        .collect();
                    beeper.schedule(&beeps, now_ms);
                }
                match view.status {
                    Status::Playing => {
                        if visible_now {
                            let learn = learn.clone();
                            wake_lock.acquire(move || {
                                learn.dispatch(PlayerAction::Learn(Learned::KeepAwakeRefused));
                            });
                        }
                        live.set(text::announcement(lang, &announcement(&view)));
                    }
                    Status::Paused => {
                        speech::cancel();
                        wake_lock.release();
                        live.set(text::ui(lang).paused().to_owned());
                    }
                    Status::Finished => {
                        wake_lock.release();
                        live.set(text::announcement(lang, &announcement(&view)));
                    }
                    Status::NotStarted => {}
                }
                if matches!(view.status, Status::Playing | Status::Paused) {
                    onsave.emit(session.snapshot(now_ms));
                }
                move || drop(timeout)
            },
        );
    }

    let completed = completed_ids(&props.exercises, &view);
    let on_finish = {
        let onfinish = props.onfinish.clone();
        let completed = completed.clone();
        Callback::from(move |_: ()| onfinish.emit(completed.clone()))
    };
    let on_end = {
        let state = state.dispatcher();
        Callback::from(move |_: ()| state.dispatch(PlayerAction::AskToEnd(clock::now_ms())))
    };
    let on_keep = {
        let (state, end_ref) = (state.dispatcher(), end_ref.clone());
        Callback::from(move |_: ()| {
            state.dispatch(PlayerAction::KeepGoing);
            focus(&end_ref);
        })
    };

    let onkeydown = {
        let (on_pause, on_resume, on_skip, on_back, on_start, on_keep) = (
            on_pause.clone(),
            on_resume.clone(),
            on_skip.clone(),
            on_back.clone(),
            on_start.clone(),
            on_keep.clone(),
        );
        let status = view.status;
        Callback::from(move |event: KeyboardEvent| {
            // While End session asks, the timer keys rest: Escape means keep going.
            if confirm_shown {
                if event.key() == "Escape" {
                    event.prevent_default();
                    on_keep.emit(());
                }
                return;
            }
            let on_control = event
                .target_dyn_into::<web_sys::HtmlElement>()
                .is_some_and(|el| matches!(el.tag_name().as_str(), "BUTTON" | "INPUT" | "A"));
            match event.key().as_str() {
                // Space on a focused button presses that button; don't press twice.
                " " if !on_control => {
                    event.prevent_default();
                    match status {
                        Status::NotStarted => on_start.emit(()),
                        Status::Playing => on_pause.emit(()),
                        Status::Paused => on_resume.emit(()),
                        Status::Finished => {}
                    }
                }
                "ArrowRight" => {
                    event.prevent_default();
                    on_skip.emit(());
                }
                "ArrowLeft" => {
                    event.prevent_default();
                    on_back.emit(());
                }
                _ => {}
            }
        })
    };

    let click = |cb: &Callback<()>| cb.reform(|_: MouseEvent| ());
    let main_button = match view.status {
        Status::NotStarted => html! {
            { action("kc-button kc-button-primary kc-button-big", ui.start_session(), &on_start) }
        },
        Status::Playing => html! {
            { action("kc-button kc-button-primary kc-button-big", "Pause", &on_pause) }
        },
        Status::Paused => html! {
            { action("kc-button kc-button-primary kc-button-big", ui.resume(), &on_resume) }
        },
        Status::Finished => html! {
            { action("kc-button kc-button-primary kc-button-big", ui.finish_and_rate(), &on_finish) }
        },
    };

    let started = view.status != Status::NotStarted;
    html! {
        <section class="kc-screen kc-player" {onkeydown}>
            { screen_title(heading, title(&view, lang).into()) }
            <p class="kc-visually-hidden" aria-live="polite" aria-atomic="true">{ (*live).clone() }</p>
            <div class={stage_class(&view)}>
                { ring(&view, lang) }
                { figure(&view, lang) }
            </div>
            <div class="kc-player-main" ref={main_ref}>{ main_button }</div>
            <dl class="kc-counters">
                if let Some((set, sets)) = view.set {
                    <div><dt>{ ui.set() }</dt><dd>{ crate::text::fill(ui.fmt_of_2(), &[("set", &set as &dyn std::fmt::Display), ("sets", &sets as &dyn std::fmt::Display)]) }</dd></div>
                }
                if let Some((rep, reps)) = view.rep {
                    <div><dt>{ ui.rep() }</dt><dd>{ crate::text::fill(ui.fmt_of_3(), &[("rep", &rep as &dyn std::fmt::Display), ("reps", &reps as &dyn std::fmt::Display)]) }</dd></div>
                }
                if let Some((spot, spots)) = view.spot {
                    <div><dt>{ ui.spot() }</dt><dd>{ crate::text::fill(ui.fmt_of_4(), &[("spot", &spot as &dyn std::fmt::Display), ("spots", &spots as &dyn std::fmt::Display)]) }</dd></div>
                }
                if view.side != Side::None {
                    <div><dt>{ ui.side() }</dt><dd>{ if view.side == Side::Left { ui.left() } else { ui.right() } }</dd></div>
                }
            </dl>
            if let Some(next) = &view.next {
                <p class="kc-next"><span class="kc-next-label">{ format!("{}: ", text::next_label(lang, next.label)) }</span>{ text::upcoming(lang, &next.upcoming) }</p>
            }
            if !started {
                <div class="kc-actions kc-player-controls">
                    { action("kc-button", ui.back_to_my_routine(), &props.oncancel) }
                </div>
            } else if !finished {
                <div class="kc-actions kc-player-controls">
                    <button type="button" class="kc-button" onclick={click(&on_back)} aria-keyshortcuts="ArrowLeft">{ ui.back() }</button>
                    <button type="button" class="kc-button" onclick={click(&on_skip)} aria-keyshortcuts="ArrowRight">{ ui.skip() }</button>
                    { action("kc-button", ui.next_exercise(), &on_next_exercise) }
                    { action("kc-button", ui.restart_exercise(), &on_restart) }
                    <button type="button" class="kc-button" ref={end_ref} onclick={click(&on_end)}>{ ui.end_session() }</button>
                </div>
            }
            <div class="kc-actions kc-player-options">
                <button type="button" class="kc-button kc-toggle" aria-pressed={props.sound.to_string()} onclick={click(&props.ontogglesound)}>{ constant_markup(TICK) }{ ui.sound() }</button>
                <button type="button" class="kc-button kc-toggle" aria-pressed={props.voice.to_string()} onclick={click(&props.ontogglevoice)}>{ constant_markup(TICK) }{ ui.voice() }</button>
            </div>
            if confirm_shown {
                <div class="kc-notice kc-player-confirm" role="alertdialog" aria-labelledby="kc-end-q"
                    aria-describedby="kc-end-d" tabindex="-1" ref={confirm_ref}>
                    { constant_markup(ui.end_the_session_now_the_timer_html()) }
                    <div class="kc-actions">
                        { action("kc-button", ui.yes_end_it(), &on_finish) }
                        { action("kc-button kc-button-primary", ui.keep_going(), &on_keep) }
                    </div>
                </div>
            }
            { support_notes(&state.support, lang) }
            { constant_markup(ui.keys_space_pauses_or_resumes_the_html()) }
        </section>
    }
}

/// The stage's classes: work or an easier phase (rest, get ready, switch sides, done), and
/// paused, so each looks different from across the room.
fn stage_class(view: &SessionView) -> &'static str {
    if view.kind == PhaseKind::Done {
        return "kc-player-stage kc-phase-done";
    }
    match (view.status == Status::Paused, view.kind.is_work()) {
        (true, _) => "kc-player-stage kc-paused",
        (false, true) => "kc-player-stage kc-phase-work",
        (false, false) => "kc-player-stage kc-phase-easy",
    }
}

/// The exercise's illustration, still, in the pose of the current phase.
fn figure(view: &SessionView, lang: Lang) -> Html {
    if !has_illustration(&view.exercise_id) {
        return html! {};
    }
    let pose = match view.kind {
        PhaseKind::Up => "up",
        PhaseKind::Top | PhaseKind::Hold => "hold",
        _ => "down",
    };
    let alt = exercise_alt(&view.exercise_id, lang).map_or_else(
        || text::exercise_name(lang, &view.exercise_id),
        str::to_owned,
    );
    html! {
        <div class="kc-player-figure">
            <Illustration exercise_id={view.exercise_id.clone()} {alt} animate={false} phase={Some(AttrValue::from(pose))} />
        </div>
    }
}

/// The catalog's text alternative for an exercise's illustration.
fn exercise_alt(exercise_id: &str, lang: Lang) -> Option<&'static str> {
    ExerciseId::parse(exercise_id).map(|id| text::exercise_text(lang, id).alt_text)
}

fn title(view: &SessionView, lang: Lang) -> String {
    match view.status {
        Status::Finished => text::ui(lang).session_complete().to_owned(),
        _ => text::exercise_name(lang, &view.exercise_id),
    }
}

/// The phase in large words, then the big countdown and the ring around it.
fn ring(view: &SessionView, lang: Lang) -> Html {
    let ui = crate::text::ui(lang);
    let circumference = 2.0 * std::f64::consts::PI * RING_R;
    let done = view.kind == PhaseKind::Done;
    // A finished session shows a full ring and a tick rather than an empty ring and 0.
    let fraction_left = if done {
        1.0
    } else if view.phase_duration_ms == 0 {
        0.0
    } else {
        view.remaining_ms as f64 / view.phase_duration_ms as f64
    };
    let offset = circumference * (1.0 - fraction_left);
    let seconds = view.remaining_ms.div_ceil(1000);
    let label = match view.kind {
        PhaseKind::GetReady => ui.get_ready(),
        PhaseKind::Up => ui.up(),
        PhaseKind::Top => text::top_action(lang, top_action(&view.exercise_id)),
        PhaseKind::Down => ui.down(),
        PhaseKind::Hold => ui.hold(),
        PhaseKind::SwitchSides => ui.switch_sides(),
        PhaseKind::Rest => ui.rest(),
        PhaseKind::Done => ui.done(),
    };
    let ring_class = match view.kind {
        PhaseKind::Up => "kc-ring kc-tempo-up",
        PhaseKind::Down => "kc-ring kc-tempo-down",
        _ => "kc-ring kc-tempo-still",
    };
    let paused = view.status == Status::Paused;
    let timer_label = if done {
        ui.session_complete().to_owned()
    } else {
        crate::text::fill(
            ui.fmt_seconds_left(),
            &[
                (
                    "0",
                    &if paused { ui.paused_suffix() } else { "" } as &dyn std::fmt::Display,
                ),
                ("label", &label as &dyn std::fmt::Display),
                ("seconds", &seconds as &dyn std::fmt::Display),
            ],
        )
    };
    html! {
        <>
            <p class="kc-phase" aria-hidden="true">
                if view.kind == PhaseKind::Up { { constant_markup(r#"<span class="kc-arrow">↑ </span>"#) } }
                if view.kind == PhaseKind::Down { { constant_markup(r#"<span class="kc-arrow">↓ </span>"#) } }
                { label }
            </p>
            <div class={ring_class} role="timer" aria-label={timer_label}>
                <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
                    <circle class="kc-ring-track" cx="60" cy="60" r={coord(RING_R)} />
                    <circle
                        class="kc-ring-fill"
                        cx="60" cy="60" r={coord(RING_R)}
                        stroke-dasharray={coord(circumference)}
                        stroke-dashoffset={coord(offset)}
                        transform="rotate(-90 60 60)"
                    />
                </svg>
                <div class="kc-ring-text" aria-hidden="true">
                    <span class="kc-countdown">{ if done { "✓".to_owned() } else { seconds.to_string() } }</span>
                    if paused { { constant_markup(ui.paused_html()) } }
                </div>
            </div>
        </>
    }
}

/// Ids of the exercises the reader has got through (all of them once finished).
fn completed_ids(exercises: &[DosedExercise], view: &SessionView) -> Vec<String> {
    let done = if view.status == Status::Finished {
        exercises.len()
    } else {
        view.exercise_index
    };
    exercises
        .iter()
        .take(done)
        .map(|e| e.exercise_id.clone())
        .collect()
}

//! Français canadien (fr-CA): the same functions as [`super::en`], written for a reader in
//! Quebec, with the terms a physiotherapist there would use. Every dose figure and source id
//! is the same as in English; only the words differ.
//!
//! Only the logic is compiled in (word order, plurals, which sentence goes with which case):
//! the words themselves come from the French table ([`super::fr_table`]), loaded when a
//! reader's language is French. The text layer calls these functions only once it has loaded.

use super::fr_table::{w, W};
use super::{about_minutes, duration_ms, duration_s, fill, lower_first};
use crate::domain::catalog::{ExerciseId, TopAction};
use crate::domain::cues::{Announcement, RepStep, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::{Dose, Work};
use crate::domain::exchange::{ImportError, ImportPreview};
use crate::domain::history::Feedback;
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::prescription::{DoseField, LinkError, PrescriptionError, TextProblem};
use crate::domain::progression::{Outcome, Rule};
use crate::domain::questionnaire::{AnswerError, KnotLocation, QuestionId};
use crate::domain::session::{NextLabel, SetLabel, Side, Upcoming};
use crate::domain::stats::{ClinicianPrompt, PainChange, PainSummary};
use crate::domain::store::SessionProblem;
use crate::domain::triage::Caution;

use super::Lang;

const L: Lang = Lang::Fr;

/// Le nom de l'exercice.
pub fn exercise_name(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => w(W::exercise_name_chest_stretch),
        ExerciseId::WallBallMassage => w(W::exercise_name_wall_ball_massage),
        ExerciseId::RollerThoracicExtension => w(W::exercise_name_roller_thoracic_extension),
        ExerciseId::MoistHeat => w(W::exercise_name_moist_heat),
        ExerciseId::SlowBreathing => w(W::exercise_name_slow_breathing),
        ExerciseId::SeatedRotationStretch => w(W::exercise_name_seated_rotation_stretch),
        ExerciseId::ProneSwimmers => w(W::exercise_name_prone_swimmers),
        ExerciseId::BentOverRow => w(W::exercise_name_bent_over_row),
        ExerciseId::ShoulderBladeSqueeze => w(W::exercise_name_shoulder_blade_squeeze),
        ExerciseId::SeatedBandRow => w(W::exercise_name_seated_band_row),
        ExerciseId::RollOutKneeling => w(W::exercise_name_roll_out_kneeling),
        ExerciseId::RollOutWall => w(W::exercise_name_roll_out_wall),
        ExerciseId::RollOutFloor => w(W::exercise_name_roll_out_floor),
    }
}

/// « Nageur à plat ventre, série 2 sur 3, côté gauche »; une série seule n'est pas comptée.
pub fn set_label(label: &SetLabel) -> String {
    let mut text = super::exercise_name(L, &label.exercise_id);
    if let Some((set, sets)) = label.set {
        text.push_str(&fill(
            w(W::set_label_set),
            &[("set", &set), ("sets", &sets)],
        ));
    }
    match label.side {
        Side::Left => text.push_str(w(W::set_label_left)),
        Side::Right => text.push_str(w(W::set_label_right)),
        Side::None => {}
    }
    text
}

/// Le texte de l'aperçu « ensuite ».
pub fn upcoming(upcoming: &Upcoming) -> String {
    match upcoming {
        Upcoming::Rest { duration_ms: ms } => {
            fill(w(W::upcoming_rest), &[("duration", &duration_ms(L, *ms))])
        }
        Upcoming::SwitchSides => w(W::upcoming_switch_sides).to_owned(),
        Upcoming::End => w(W::upcoming_end).to_owned(),
        Upcoming::Exercise(label) => set_label(label),
    }
}

/// Les mots avant l'aperçu « ensuite ».
pub fn next_label(label: NextLabel) -> String {
    match label {
        NextLabel::Next => w(W::next_label_next).to_owned(),
        NextLabel::AfterRep(rep) => fill(w(W::next_label_after_rep), &[("rep", &rep)]),
        NextLabel::AfterSpot(spot) => fill(w(W::next_label_after_spot), &[("spot", &spot)]),
    }
}

/// Ce que dit la voix.
pub fn speech(speech: &Speech) -> String {
    match speech {
        Speech::GetReady(label) => fill(w(W::speech_get_ready), &[("exercise", &set_label(label))]),
        Speech::SwitchSides => w(W::speech_switch_sides).to_owned(),
        Speech::Rest {
            duration_ms: ms,
            next,
        } => rest_then(*ms, next.as_ref()),
        Speech::Done => w(W::speech_done).to_owned(),
        Speech::SetBegins(label) => {
            fill(w(W::speech_set_begins), &[("exercise", &set_label(label))])
        }
        Speech::NextSpot => w(W::speech_next_spot).to_owned(),
    }
}

/// « Repos de 30 secondes. », suivi de ce qui vient ensuite s'il y a quelque chose.
fn rest_then(ms: u64, next: Option<&Upcoming>) -> String {
    let duration = duration_ms(L, ms);
    match next {
        Some(next) => fill(
            w(W::rest_then),
            &[("duration", &duration), ("next", &upcoming(next))],
        ),
        None => fill(w(W::rest), &[("duration", &duration)]),
    }
}

/// Ce que fait la personne en haut de la répétition.
pub fn top_action(action: TopAction) -> &'static str {
    match action {
        TopAction::HoldAtTop => w(W::top_action_hold_at_top),
        TopAction::LiftEachArm => w(W::top_action_lift_each_arm),
    }
}

/// La phrase pour la zone `aria-live`.
pub fn announcement(announcement: &Announcement) -> String {
    let rep_part = |rep: &Option<(u8, u8)>| {
        rep.map(|(rep, reps)| {
            fill(
                w(W::announcement_rep_part),
                &[("rep", &rep), ("reps", &reps)],
            )
        })
        .unwrap_or_default()
    };
    match announcement {
        Announcement::Silent => String::new(),
        Announcement::GetReady(label) => fill(
            w(W::announcement_get_ready),
            &[("exercise", &set_label(label))],
        ),
        Announcement::Rep { label, rep, step } => {
            let step = match step {
                RepStep::Up => w(W::announcement_up).to_owned(),
                RepStep::Top(action) => top_action(*action).to_lowercase(),
                RepStep::Down => w(W::announcement_down).to_owned(),
            };
            fill(
                w(W::announcement_rep),
                &[
                    ("exercise", &set_label(label)),
                    ("rep", &rep_part(rep)),
                    ("step", &step),
                ],
            )
        }
        Announcement::Press {
            label,
            spot: (spot, spots),
            duration_ms: ms,
        } => fill(
            w(W::announcement_press),
            &[
                ("exercise", &set_label(label)),
                ("spot", spot),
                ("spots", spots),
                ("duration", &duration_ms(L, *ms)),
            ],
        ),
        Announcement::KeepGoing {
            label,
            duration_ms: ms,
        } => fill(
            w(W::announcement_keep_going),
            &[
                ("exercise", &set_label(label)),
                ("duration", &duration_ms(L, *ms)),
            ],
        ),
        Announcement::Hold {
            label,
            duration_ms: ms,
        } => fill(
            w(W::announcement_hold),
            &[
                ("exercise", &set_label(label)),
                ("duration", &duration_ms(L, *ms)),
            ],
        ),
        Announcement::SwitchToRight => w(W::announcement_switch_to_right).to_owned(),
        Announcement::Rest {
            duration_ms: ms,
            next,
        } => rest_then(*ms, next.as_ref()),
        Announcement::Done => w(W::announcement_done).to_owned(),
    }
}

/// Une précaution du triage, comme raison de la routine.
pub fn caution(caution: Caution) -> &'static str {
    match caution {
        Caution::OlderAdult => w(W::caution_older_adult),
        Caution::LongStanding => w(W::caution_long_standing),
        Caution::ReliefDidNotHelp => w(W::caution_relief_did_not_help),
        Caution::ExerciseDidNotHelp => w(W::caution_exercise_did_not_help),
    }
}

/// Une raison qui touche toute la routine.
pub fn routine_reason(reason: &RoutineReason) -> String {
    let text = match reason {
        RoutineReason::ReliefFirst => w(W::routine_reason_relief_first),
        RoutineReason::StrengthFirst => w(W::routine_reason_strength_first),
        RoutineReason::Caution(c) => caution(*c),
        RoutineReason::PainSteppedBack => w(W::routine_reason_pain_stepped_back),
        RoutineReason::PainEasedOff => w(W::routine_reason_pain_eased_off),
        RoutineReason::NoEquipmentNeeded => w(W::routine_reason_no_equipment_needed),
        RoutineReason::NoRollerFloorRollOut { turn: true } => {
            w(W::routine_reason_no_roller_floor_roll_out_turn_true)
        }
        RoutineReason::NoRollerFloorRollOut { turn: false } => {
            w(W::routine_reason_no_roller_floor_roll_out_turn_false)
        }
        RoutineReason::NoRollerTurn => w(W::routine_reason_no_roller_turn),
        RoutineReason::NoBallMassage => w(W::routine_reason_no_ball_massage),
        RoutineReason::RowsUseBand => w(W::routine_reason_rows_use_band),
        RoutineReason::NoRows => w(W::routine_reason_no_rows),
        RoutineReason::HeatDidNotHelp => w(W::routine_reason_heat_did_not_help),
        RoutineReason::WarmShowerFirst => w(W::routine_reason_warm_shower_first),
        RoutineReason::LongSitting { hours } => {
            return fill(w(W::routine_reason_long_sitting), &[("hours", hours)]);
        }
        RoutineReason::FitsTime {
            total_s,
            minutes,
            floor_get_ready_s,
        } => {
            let get_ready = match floor_get_ready_s {
                Some(floor_s) => fill(w(W::get_ready_floor), &[("floor_s", floor_s)]),
                None => w(W::get_ready).to_owned(),
            };
            return fill(
                w(W::routine_reason_fits_time),
                &[
                    ("about", &about_minutes(L, *total_s)),
                    ("minutes", minutes),
                    ("get_ready", &get_ready),
                ],
            );
        }
        RoutineReason::ShorterThanChosen { total_s, minutes } => {
            return fill(
                w(W::routine_reason_shorter_than_chosen),
                &[("about", &about_minutes(L, *total_s)), ("minutes", minutes)],
            );
        }
        RoutineReason::PainGuide => w(W::routine_reason_pain_guide),
        RoutineReason::Schedule => w(W::routine_reason_schedule),
    };
    text.to_owned()
}

/// Le rôle de l'exercice dans la routine, en une ligne.
fn role(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => w(W::role_chest_stretch),
        ExerciseId::WallBallMassage => w(W::role_wall_ball_massage),
        ExerciseId::RollerThoracicExtension => w(W::role_roller_thoracic_extension),
        ExerciseId::MoistHeat => w(W::role_moist_heat),
        ExerciseId::SlowBreathing => w(W::role_slow_breathing),
        ExerciseId::SeatedRotationStretch => w(W::role_seated_rotation_stretch),
        ExerciseId::ProneSwimmers => w(W::role_prone_swimmers),
        ExerciseId::BentOverRow => w(W::role_bent_over_row),
        ExerciseId::ShoulderBladeSqueeze => w(W::role_shoulder_blade_squeeze),
        ExerciseId::SeatedBandRow => w(W::role_seated_band_row),
        ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => {
            w(W::role_roll_out_kneeling)
        }
    }
}

/// Le début de la phrase d'une règle de progression.
fn opening(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => w(W::opening_too_easy),
        Rule::TooHard => w(W::opening_too_hard),
        Rule::JustRight => w(W::opening_just_right),
        Rule::NoFeedback => w(W::opening_no_feedback),
        Rule::PainStepBack => w(W::opening_pain_step_back),
        Rule::PainEaseOff => w(W::opening_pain_ease_off),
        Rule::NotFinished => w(W::opening_not_finished),
        Rule::UnderTarget => w(W::opening_under_target),
    }
}

/// Ce que la progression a fait, après le début de la phrase.
fn outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::OneMoreRep => w(W::outcome_one_more_rep).to_owned(),
        Outcome::OneMoreRepeat => w(W::outcome_one_more_repeat).to_owned(),
        Outcome::OneMoreSet => w(W::outcome_one_more_set).to_owned(),
        Outcome::LongerHold => w(W::outcome_longer_hold).to_owned(),
        Outcome::OneMoreSpot => w(W::outcome_one_more_spot).to_owned(),
        Outcome::HarderVersion(id) => fill(
            w(W::outcome_harder_version),
            &[("exercise", &exercise_name(id))],
        ),
        Outcome::AddLoad(id) => fill(
            w(W::outcome_add_load),
            &[("load", &load(id).unwrap_or_default())],
        ),
        Outcome::OneRepFewer => w(W::outcome_one_rep_fewer).to_owned(),
        Outcome::OneRepeatFewer => w(W::outcome_one_repeat_fewer).to_owned(),
        Outcome::OneSetFewer => w(W::outcome_one_set_fewer).to_owned(),
        Outcome::ShorterHold => w(W::outcome_shorter_hold).to_owned(),
        Outcome::OneSpotFewer => w(W::outcome_one_spot_fewer).to_owned(),
        Outcome::EasierVersion(id) => fill(
            w(W::outcome_easier_version),
            &[("exercise", &exercise_name(id))],
        ),
        Outcome::DropLoad => w(W::outcome_drop_load).to_owned(),
        Outcome::TimeSetBySession => w(W::outcome_time_set_by_session).to_owned(),
        Outcome::AlreadyTop => w(W::outcome_already_top).to_owned(),
        Outcome::AlreadyEasiest => w(W::outcome_already_easiest).to_owned(),
        Outcome::SameForNow => w(W::outcome_same_for_now).to_owned(),
        Outcome::Same => w(W::outcome_same).to_owned(),
        Outcome::ClinicianTop => w(W::outcome_clinician_top).to_owned(),
        Outcome::ClinicianEasiest => w(W::outcome_clinician_easiest).to_owned(),
    }
}

/// Comment ajouter de la charge à un exercice, s'il le permet.
pub fn load(id: ExerciseId) -> Option<&'static str> {
    super::exercise_text(L, id).load
}

/// Une raison pour un exercice.
pub fn exercise_reason(reason: &ExerciseReason) -> String {
    let text = match reason {
        ExerciseReason::Role(id) => role(*id),
        ExerciseReason::RowsWithDumbbells => w(W::exercise_reason_rows_with_dumbbells),
        ExerciseReason::RowsWithBand => w(W::exercise_reason_rows_with_band),
        ExerciseReason::FloorVersion => w(W::exercise_reason_floor_version),
        ExerciseReason::TurnInsteadOfRoller => w(W::exercise_reason_turn_instead_of_roller),
        ExerciseReason::WallVersionAt65 => w(W::exercise_reason_wall_version_at65),
        ExerciseReason::HeatAtHome => w(W::exercise_reason_heat_at_home),
        ExerciseReason::MassageSpots(KnotLocation::ShoulderBlade) => {
            w(W::exercise_reason_massage_spots_shoulder_blade)
        }
        ExerciseReason::MassageSpots(KnotLocation::BesideSpine) => {
            w(W::exercise_reason_massage_spots_beside_spine)
        }
        ExerciseReason::MassageSpots(KnotLocation::TopOfShoulder) => {
            w(W::exercise_reason_massage_spots_top_of_shoulder)
        }
        ExerciseReason::MassageSpots(KnotLocation::BetweenShoulderBlades) => {
            w(W::exercise_reason_massage_spots_between_shoulder_blades)
        }
        ExerciseReason::HeatHelpedBefore => w(W::exercise_reason_heat_helped_before),
        ExerciseReason::MassageOnlyFillsTime => w(W::exercise_reason_massage_only_fills_time),
        ExerciseReason::OlderAdultHolds => w(W::exercise_reason_older_adult_holds),
        ExerciseReason::Prescribed => w(W::exercise_reason_prescribed),
        ExerciseReason::Progress(rule, done) => {
            let mut text = format!("{}{}", opening(*rule), outcome(*done));
            if *rule == Rule::PainStepBack {
                text.push_str(w(W::exercise_reason_pain_step_back));
            }
            return text;
        }
        ExerciseReason::KeepLoad(id) => {
            return fill(
                w(W::exercise_reason_keep_load),
                &[("load", &lower_first(load(*id).unwrap_or_default()))],
            );
        }
        ExerciseReason::FewerToFit {
            today,
            usual,
            repeats,
        } => {
            let unit = match (*repeats, *today < 2) {
                (true, true) => w(W::repeat),
                (true, false) => w(W::repeats),
                (false, true) => w(W::set),
                (false, false) => w(W::sets),
            };
            return fill(
                w(W::exercise_reason_fewer_to_fit),
                &[("today", today), ("unit", &unit), ("usual", usual)],
            );
        }
    };
    text.to_owned()
}

/// La dose en mots simples, p. ex. « 3 × 10 répétitions (montée 3 s, descente 3 s), 30 s
/// de repos entre les séries ».
pub fn dose(dose: &Dose) -> String {
    let sets = match dose.sets {
        1 => String::new(),
        n => format!("{n} × "),
    };
    let side = if dose.per_side {
        w(W::dose_per_side)
    } else {
        ""
    };
    let work = match dose.work {
        Work::Reps { reps, tempo } => {
            let top = if tempo.hold_s > 0 {
                fill(w(W::dose_top_hold), &[("hold_s", &tempo.hold_s)])
            } else {
                String::new()
            };
            let word = if reps < 2 {
                w(W::dose_rep)
            } else {
                w(W::dose_reps)
            };
            fill(
                w(W::dose_reps_work),
                &[
                    ("sets", &sets),
                    ("reps", &reps),
                    ("word", &word),
                    ("side", &side),
                    ("up_s", &tempo.up_s),
                    ("top", &top),
                    ("down_s", &tempo.down_s),
                ],
            )
        }
        Work::Hold { hold_s } => fill(
            w(W::dose_hold_work),
            &[("sets", &sets), ("hold_s", &hold_s), ("side", &side)],
        ),
        Work::Compression { spots, hold_s } => {
            let spot_word = if spots < 2 {
                w(W::dose_spot)
            } else {
                w(W::dose_spots)
            };
            fill(
                w(W::dose_compression_work),
                &[
                    ("sets", &sets),
                    ("spots", &spots),
                    ("word", &spot_word),
                    ("hold_s", &hold_s),
                    ("side", &side),
                ],
            )
        }
        Work::Timed { duration_s: d } => {
            format!("{sets}{}{side}", duration_s(L, u64::from(d)))
        }
    };
    if dose.sets > 1 && dose.rest_s > 0 {
        fill(
            w(W::dose_rest_between_sets),
            &[("work", &work), ("rest_s", &dose.rest_s)],
        )
    } else {
        work
    }
}

/// Comment se lit chaque commentaire.
pub fn feedback_words(feedback: Feedback) -> &'static str {
    match feedback {
        Feedback::TooEasy => w(W::feedback_words_too_easy),
        Feedback::JustRight => w(W::feedback_words_just_right),
        Feedback::TooHard => w(W::feedback_words_too_hard),
    }
}

/// Entre une étiquette et ce qui suit (espace insécable avant le deux-points).
pub fn colon() -> &'static str {
    w(W::colon)
}

/// Le résumé de « Qu’avez-vous essayé? » quand rien ne l’a été.
pub fn nothing_tried() -> &'static str {
    w(W::nothing_tried)
}

/// Le message pour une réponse refusée.
pub fn answer_error(error: &AnswerError) -> String {
    let text = match error {
        AnswerError::Missing(id) => match id {
            QuestionId::EmergencySigns | QuestionId::WarningSigns | QuestionId::HealthHistory => {
                w(W::answer_error_tick_all)
            }
            QuestionId::KnotLocation => w(W::answer_error_knot_location),
            QuestionId::Duration => w(W::answer_error_duration),
            QuestionId::AgeBand => w(W::answer_error_age_band),
            QuestionId::Tried => w(W::answer_error_tried),
            QuestionId::SittingHours => w(W::answer_error_sitting_hours),
            QuestionId::Equipment => w(W::answer_error_equipment),
            QuestionId::SessionMinutes => w(W::answer_error_session_minutes),
        },
        AnswerError::WrongKind(_) => w(W::answer_error_wrong_kind),
        AnswerError::UnknownOption { .. } => w(W::answer_error_unknown_option),
        AnswerError::NoneWithOthers(_) => w(W::answer_error_none_with_others),
        AnswerError::OutOfRange { min, max, .. } => {
            return fill(
                w(W::answer_error_out_of_range),
                &[("min", min), ("max", max)],
            );
        }
        AnswerError::NotAsking => w(W::answer_error_not_asking),
    };
    text.to_owned()
}

/// Ce que désigne un code de source.
pub fn source_about(id: &str) -> &'static str {
    match id {
        "S0" => w(W::source_about_s0),
        "S1" => w(W::source_about_s1),
        "S2" => w(W::source_about_s2),
        "S3" => w(W::source_about_s3),
        "R1" => w(W::source_about_r1),
        "R2" => w(W::source_about_r2),
        "R3" => w(W::source_about_r3),
        "R4" => w(W::source_about_r4),
        "R5" => w(W::source_about_r5),
        "R6" => w(W::source_about_r6),
        _ => "",
    }
}

/// Quoi faire à la place d'une fonction absente du navigateur.
pub fn missing_feature(missing: Missing) -> &'static str {
    match missing {
        Missing::KeepAwake => w(W::missing_feature_keep_awake),
        Missing::Beeps => w(W::missing_feature_beeps),
        Missing::Voice => w(W::missing_feature_voice),
        Missing::Vibration => w(W::missing_feature_vibration),
    }
}

/// « 1 point », « 1,5 point », « 2 points » à partir de dixièmes (singulier sous 2).
fn points(tenths: u32) -> String {
    let number = super::tenths(L, u64::from(tenths));
    let number = number.strip_suffix(",0").unwrap_or(&number).to_owned();
    let unit = if tenths < 20 {
        w(W::pain_point)
    } else {
        w(W::pain_points)
    };
    format!("{number} {unit}")
}

/// La tendance de la douleur en une phrase.
pub fn pain_summary(summary: &PainSummary) -> String {
    let amount = points(summary.change_tenths.unsigned_abs());
    match summary.change {
        PainChange::NotEnoughRatings => w(W::pain_summary_not_enough_ratings).to_owned(),
        PainChange::MuchBetter => fill(w(W::pain_summary_much_better), &[("amount", &amount)]),
        PainChange::SmallImprovement => {
            fill(w(W::pain_summary_small_improvement), &[("amount", &amount)])
        }
        PainChange::NoClearChange => w(W::pain_summary_no_clear_change).to_owned(),
        PainChange::Worse => fill(w(W::pain_summary_worse), &[("amount", &amount)]),
    }
}

/// Le conseil de consulter quand la routine n'a pas aidé.
pub fn clinician_prompt(prompt: &ClinicianPrompt) -> String {
    let weeks = prompt.days_since_start / 7;
    let how = if prompt.pain_went_up {
        w(W::clinician_prompt_pain_went_up)
    } else {
        w(W::clinician_prompt_no_clear_change)
    };
    let weeks = super::count(L, u64::from(weeks), ("", ""), (w(W::week), w(W::weeks)));
    fill(
        w(W::clinician_prompt),
        &[
            ("sessions", &prompt.sessions),
            ("weeks", &weeks),
            ("how", &how),
        ],
    )
}

/// Pourquoi un fichier n'a pas pu être importé.
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => w(W::import_error_empty).to_owned(),
        ImportError::TooLarge { bytes } => {
            let tenths_of_mb = bytes.saturating_mul(10) / (1024 * 1024);
            let size = super::tenths(L, u64::try_from(tenths_of_mb).unwrap_or(u64::MAX));
            fill(w(W::import_error_too_large), &[("mb", &size)])
        }
        ImportError::Damaged => w(W::import_error_damaged).to_owned(),
        ImportError::NotAnExport => w(W::import_error_not_an_export).to_owned(),
        ImportError::NewerVersion(_) => w(W::import_error_newer_version).to_owned(),
        ImportError::ReadOnly => w(W::import_error_read_only).to_owned(),
    }
}

/// Ce que l'importation changerait, en une phrase.
pub fn import_summary(preview: &ImportPreview) -> String {
    let mut text = match preview.new_sessions {
        0 => w(W::import_summary_none).to_owned(),
        1 => w(W::import_summary_one).to_owned(),
        n => fill(w(W::import_summary_many), &[("n", &n)]),
    };
    match preview.already_present {
        0 => {}
        1 => text.push_str(w(W::import_summary_one_present)),
        n => text.push_str(&fill(w(W::import_summary_many_present), &[("n", &n)])),
    }
    match preview.invalid {
        0 => {}
        1 => text.push_str(w(W::import_summary_one_invalid)),
        n => text.push_str(&fill(w(W::import_summary_many_invalid), &[("n", &n)])),
    }
    text
}

/// Pourquoi une séance enregistrée ou importée a été écartée.
pub fn session_problem(problem: &SessionProblem) -> String {
    match problem {
        SessionProblem::NotAnObject => w(W::session_problem_not_an_object).to_owned(),
        SessionProblem::Unreadable(detail) => {
            fill(w(W::session_problem_unreadable), &[("detail", detail)])
        }
        SessionProblem::BadId => w(W::session_problem_bad_id).to_owned(),
        SessionProblem::PainOutOfRange => w(W::session_problem_pain_out_of_range).to_owned(),
        SessionProblem::EndsBeforeStart => w(W::session_problem_ends_before_start).to_owned(),
        SessionProblem::ImplausibleDate => w(W::session_problem_implausible_date).to_owned(),
        SessionProblem::TooLong => w(W::session_problem_too_long).to_owned(),
        SessionProblem::DuplicateId => w(W::session_problem_duplicate_id).to_owned(),
    }
}

/// Une règle de progression en une phrase, pour le clinicien qui lit le plan.
pub fn rule_summary(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => w(W::rule_summary_too_easy),
        Rule::TooHard => w(W::rule_summary_too_hard),
        Rule::JustRight => w(W::rule_summary_just_right),
        Rule::NoFeedback => w(W::rule_summary_no_feedback),
        Rule::PainStepBack => w(W::rule_summary_pain_step_back),
        Rule::PainEaseOff => w(W::rule_summary_pain_ease_off),
        Rule::NotFinished => w(W::rule_summary_not_finished),
        Rule::UnderTarget => w(W::rule_summary_under_target),
    }
}

/// Une variable de dose, comme étiquette dans le formulaire du clinicien.
pub fn dose_field(field: DoseField) -> &'static str {
    w(match field {
        DoseField::Sets => W::dose_field_sets,
        DoseField::Reps => W::dose_field_reps,
        DoseField::UpS => W::dose_field_up_s,
        DoseField::PauseS => W::dose_field_pause_s,
        DoseField::DownS => W::dose_field_down_s,
        DoseField::HoldS => W::dose_field_hold_s,
        DoseField::Spots => W::dose_field_spots,
        DoseField::DurationS => W::dose_field_duration_s,
        DoseField::RestS => W::dose_field_rest_s,
    })
}

/// Ce qui ne va pas dans un nom de clinique ou une note.
fn text_problem(problem: TextProblem) -> String {
    match problem {
        TextProblem::Blank => w(W::text_problem_blank).to_owned(),
        TextProblem::TooLong { max_chars } => {
            fill(w(W::text_problem_too_long), &[("max_chars", &max_chars)])
        }
        TextProblem::Markup => w(W::text_problem_markup).to_owned(),
        TextProblem::ControlCharacter => w(W::text_problem_control_character).to_owned(),
    }
}

/// Un problème de prescription, à côté de son champ ou dans un lien refusé.
pub fn prescription_error(error: &PrescriptionError) -> String {
    use PrescriptionError as E;
    match *error {
        E::EmptyRoutine => w(W::prescription_error_empty_routine).to_owned(),
        E::TooManyExercises { max, .. } => fill(
            w(W::prescription_error_too_many_exercises),
            &[("max", &max)],
        ),
        E::DuplicateExercise { exercise } => fill(
            w(W::prescription_error_duplicate_exercise),
            &[("exercise", &exercise_name(exercise))],
        ),
        E::ScheduleOutOfBounds { min, max, got, .. } => fill(
            w(W::prescription_error_schedule_out_of_bounds),
            &[("got", &got), ("max", &max), ("min", &min)],
        ),
        E::BadClinicName(TextProblem::Blank) => {
            w(W::prescription_error_blank_clinic_name).to_owned()
        }
        E::BadClinicName(problem) => text_problem(problem),
        E::BadBookingUrl => w(W::prescription_error_bad_booking_url).to_owned(),
        E::BookingUrlTooLong { max_chars } => fill(
            w(W::prescription_error_booking_url_too_long),
            &[("max_chars", &max_chars)],
        ),
        E::WrongKindOfWork { exercise } => fill(
            w(W::prescription_error_wrong_kind_of_work),
            &[("exercise", &exercise_name(exercise))],
        ),
        E::SidesNotAllowed { exercise, .. } => fill(
            w(W::prescription_error_sides_not_allowed),
            &[("exercise", &exercise_name(exercise))],
        ),
        E::DoseOutOfBounds {
            exercise,
            field,
            min,
            max,
            got,
        } => fill(
            w(W::prescription_error_dose_out_of_bounds),
            &[
                ("exercise", &exercise_name(exercise)),
                ("field", &lower_first(dose_field(field))),
                ("got", &got),
                ("max", &max),
                ("min", &min),
            ],
        ),
        E::NoteBlank { .. } => text_problem(TextProblem::Blank),
        E::NoteTooLong { max_chars, .. } => text_problem(TextProblem::TooLong { max_chars }),
        E::NoteHasMarkup { .. } => text_problem(TextProblem::Markup),
        E::NoteHasControlCharacter { .. } => text_problem(TextProblem::ControlCharacter),
    }
}

/// Pourquoi un lien de prescription a été refusé.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::Truncated => w(W::link_error_truncated).to_owned(),
        LinkError::ChecksumMismatch => w(W::link_error_checksum_mismatch).to_owned(),
        LinkError::UnknownVersion { got } => {
            fill(w(W::link_error_unknown_version), &[("got", got)])
        }
        LinkError::Malformed => w(W::link_error_malformed).to_owned(),
        LinkError::UnknownExercise { .. } => w(W::link_error_unknown_exercise).to_owned(),
        LinkError::Invalid(problem) => fill(
            w(W::link_error_invalid),
            &[("problem", &prescription_error(problem))],
        ),
    }
}

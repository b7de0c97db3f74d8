//! Français canadien (fr-CA): the same functions as [`super::en`], written for a reader in
//! Quebec, with the terms a physiotherapist there would use. Every dose figure and source id
//! is the same as in English; only the words differ.

use super::{about_minutes, duration_ms, duration_s, Ui};
use crate::domain::catalog::{ExerciseId, TopAction};
use crate::domain::cues::{Announcement, RepStep, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::{Dose, Work};
use crate::domain::exchange::CsvWords;
use crate::domain::exchange::{ImportError, ImportPreview};
use crate::domain::history::Feedback;
use crate::domain::plan::{ExerciseReason, RoutineReason};
use crate::domain::progression::{Outcome, Rule};
use crate::domain::questionnaire::{AnswerError, KnotLocation, QuestionId};
use crate::domain::session::{NextLabel, SetLabel, Side, Upcoming};
use crate::domain::stats::{ClinicianPrompt, PainChange, PainSummary};
use crate::domain::triage::Caution;

use super::Lang;

const L: Lang = Lang::Fr;

/// The interface strings in French.
pub const UI: Ui = Ui {
    start_session: "Commencer la séance",
    pause: "Pause",
    resume: "Reprendre",
    finish_and_rate: "Terminer et évaluer",
    paused: "En pause.",
    session_complete: "Séance terminée",
    language: "Langue",
};

/// Le nom de l'exercice.
pub fn exercise_name(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => "Étirement des pectoraux dans un cadre de porte",
        ExerciseId::WallBallMassage => "Automassage avec une balle contre un mur",
        ExerciseId::RollerThoracicExtension => "Extension du haut du dos sur un rouleau de mousse",
        ExerciseId::MoistHeat => "Chaleur humide",
        ExerciseId::SlowBreathing => "Respiration lente",
        ExerciseId::SeatedRotationStretch => "Rotation du milieu du dos, assis",
        ExerciseId::ProneSwimmers => "Nageur à plat ventre",
        ExerciseId::BentOverRow => "Tirage penché vers l’avant",
        ExerciseId::ShoulderBladeSqueeze => "Rapprochement des omoplates",
        ExerciseId::SeatedBandRow => "Tirage assis avec bande élastique",
        ExerciseId::RollOutKneeling => "Roulement des avant-bras avec levée du bras",
        ExerciseId::RollOutWall => "Roulement debout contre un mur",
        ExerciseId::RollOutFloor => "Glissement au sol avec levée du bras",
    }
}

/// « Nageur à plat ventre, série 2 sur 3, côté gauche »; une série seule n'est pas comptée.
pub fn set_label(label: &SetLabel) -> String {
    let mut text = super::exercise_name(L, &label.exercise_id);
    if let Some((set, sets)) = label.set {
        text.push_str(&format!(", série {set} sur {sets}"));
    }
    match label.side {
        Side::Left => text.push_str(", côté gauche"),
        Side::Right => text.push_str(", côté droit"),
        Side::None => {}
    }
    text
}

/// Le texte de l'aperçu « ensuite ».
pub fn upcoming(upcoming: &Upcoming) -> String {
    match upcoming {
        Upcoming::Rest { duration_ms: ms } => format!("Repos de {}", duration_ms(L, *ms)),
        Upcoming::SwitchSides => "Changez de côté".to_owned(),
        Upcoming::End => "Fin de la séance".to_owned(),
        Upcoming::Exercise(label) => set_label(label),
    }
}

/// Les mots avant l'aperçu « ensuite ».
pub fn next_label(label: NextLabel) -> String {
    match label {
        NextLabel::Next => "Ensuite".to_owned(),
        NextLabel::AfterRep(rep) => format!("Après la répétition {rep}"),
        NextLabel::AfterSpot(spot) => format!("Après le point {spot}"),
    }
}

/// Ce que dit la voix.
pub fn speech(speech: &Speech) -> String {
    match speech {
        Speech::GetReady(label) => format!("{}. Préparez-vous.", set_label(label)),
        Speech::SwitchSides => "Changez de côté.".to_owned(),
        Speech::Rest {
            duration_ms: ms,
            next,
        } => {
            let rest = format!("Repos de {}.", duration_ms(L, *ms));
            match next {
                Some(next) => format!("{rest} Ensuite : {}.", upcoming(next)),
                None => rest,
            }
        }
        Speech::Done => "Séance terminée. Bravo!".to_owned(),
        Speech::SetBegins(label) => format!("{}.", set_label(label)),
        Speech::NextSpot => "Point suivant.".to_owned(),
    }
}

/// Ce que fait la personne en haut de la répétition.
pub fn top_action(action: TopAction) -> &'static str {
    match action {
        TopAction::HoldAtTop => "Tenez en haut",
        TopAction::LiftEachArm => "Levez un bras, puis l’autre",
    }
}

/// La phrase pour la zone `aria-live`.
pub fn announcement(announcement: &Announcement) -> String {
    let rep_part = |rep: &Option<(u8, u8)>| {
        rep.map(|(rep, reps)| format!(", répétition {rep} sur {reps}"))
            .unwrap_or_default()
    };
    match announcement {
        Announcement::Silent => String::new(),
        Announcement::GetReady(label) => format!("Préparez-vous : {}.", set_label(label)),
        Announcement::Rep { label, rep, step } => {
            let step = match step {
                RepStep::Up => "montez".to_owned(),
                RepStep::Top(action) => top_action(*action).to_lowercase(),
                RepStep::Down => "redescendez".to_owned(),
            };
            format!("{}{} : {step}.", set_label(label), rep_part(rep))
        }
        Announcement::Press {
            label,
            spot: (spot, spots),
            duration_ms: ms,
        } => format!(
            "{}, point {spot} sur {spots} : appuyez pendant {}.",
            set_label(label),
            duration_ms(L, *ms)
        ),
        Announcement::KeepGoing {
            label,
            duration_ms: ms,
        } => {
            format!(
                "{} : continuez pendant {}.",
                set_label(label),
                duration_ms(L, *ms)
            )
        }
        Announcement::Hold {
            label,
            duration_ms: ms,
        } => {
            format!(
                "{} : tenez pendant {}.",
                set_label(label),
                duration_ms(L, *ms)
            )
        }
        Announcement::SwitchToRight => "Changez de côté : côté droit maintenant.".to_owned(),
        Announcement::Rest {
            duration_ms: ms,
            next,
        } => match next {
            Some(next) => format!(
                "Repos de {}. Ensuite : {}.",
                duration_ms(L, *ms),
                upcoming(next)
            ),
            None => format!("Repos de {}.", duration_ms(L, *ms)),
        },
        Announcement::Done => "Séance terminée. Bravo!".to_owned(),
    }
}

/// Une précaution du triage, comme raison de la routine.
pub fn caution(caution: Caution) -> &'static str {
    match caution {
        Caution::OlderAdult => "Comme vous avez 65 ans ou plus, vos étirements sont maintenus plus longtemps (30 à 60 secondes), tout en douceur.",
        Caution::LongStanding => "Vous avez ce nœud depuis trois mois ou plus. Continuez pendant 3 à 4 semaines, puis voyez si ça va mieux; sinon, consultez un médecin ou un physiothérapeute.",
        Caution::ReliefDidNotHelp => "Les étirements ou le massage vous ont peu soulagé, ou pas longtemps : votre routine commence donc par le renforcement et les garde pour un soulagement rapide.",
        Caution::ExerciseDidNotHelp => "L’exercice ne vous a pas aidé jusqu’ici. Les changements se voient habituellement après 3 à 4 semaines de pratique régulière; si rien ne change d’ici là, consultez un médecin ou un physiothérapeute.",
    }
}

/// Une raison qui touche toute la routine.
pub fn routine_reason(reason: &RoutineReason) -> String {
    let text = match reason {
        RoutineReason::ReliefFirst => "Votre routine commence par des étirements et d’autres moyens de soulagement rapide, puis passe au renforcement. Le soulagement détend le nœud pour un temps et vous aide à persévérer; c’est le renforcement qui aide à long terme.",
        RoutineReason::StrengthFirst => "Les étirements ou le massage vous ont peu soulagé, ou pas longtemps : le renforcement passe donc en premier et prend la plus grande partie du temps. Un nœud qui ne cède pas aux étirements ni au massage peut indiquer que la région manque de force et de stabilité. Les exercices de soulagement restent pour un confort rapide.",
        RoutineReason::Caution(c) => caution(*c),
        RoutineReason::PainSteppedBack => "Votre douleur était de 6 sur 10 ou plus après votre dernière séance : les exercices reculent donc d’un cran quand c’est possible. Si elle reste aussi forte, arrêtez et consultez un médecin ou un physiothérapeute.",
        RoutineReason::PainEasedOff => "Votre douleur était de 4 ou 5 sur 10 après votre dernière séance : les exercices sont donc allégés d’un cran quand c’est possible.",
        RoutineReason::NoEquipmentNeeded => "Aucun équipement n’est nécessaire : une chaise, un cadre de porte, une serviette et un peu d’espace au sol suffisent.",
        RoutineReason::NoRollerFloorRollOut { turn: true } => "Vous n’avez pas de rouleau de mousse : le roulement se fait donc couché au sol, et une rotation du milieu du dos en position assise remplace l’étirement sur rouleau.",
        RoutineReason::NoRollerFloorRollOut { turn: false } => "Vous n’avez pas de rouleau de mousse : le roulement se fait donc couché au sol.",
        RoutineReason::NoRollerTurn => "Vous n’avez pas de rouleau de mousse : une rotation du milieu du dos en position assise remplace donc l’étirement sur rouleau.",
        RoutineReason::NoBallMassage => "L’automassage demande une balle de tennis ou de crosse et un mur où s’appuyer; il est donc laissé de côté.",
        RoutineReason::RowsUseBand => "Vous n’avez pas d’haltères : le tirage se fait donc avec votre bande élastique. Une bouteille d’eau pleine dans chaque main fait aussi l’affaire.",
        RoutineReason::NoRows => "Le tirage penché demande des poids légers, des bouteilles d’eau pleines ou une bande élastique : d’autres exercices font donc le renforcement.",
        RoutineReason::HeatDidNotHelp => "La chaleur ne vous a pas aidé auparavant; elle est donc laissée de côté.",
        RoutineReason::WarmShowerFirst => "Une douche chaude avant la séance peut aider les muscles tendus à se relâcher; la chaleur humide fonctionne souvent mieux que la chaleur sèche.",
        RoutineReason::LongSitting { hours } => {
            return format!("Vous êtes assis environ {hours} heures par jour. Rester longtemps dans la même position peut entretenir les nœuds : levez-vous et bougez une minute ou deux de temps en temps.");
        }
        RoutineReason::FitsTime {
            total_s,
            minutes,
            floor_get_ready_s,
        } => {
            let get_ready = match floor_get_ready_s {
                Some(floor_s) => format!(
                    "quelques secondes pour vous préparer avant chaque exercice ({floor_s} pour ceux au sol)"
                ),
                None => "quelques secondes pour vous préparer avant chaque exercice".to_owned(),
            };
            return format!(
                "Prévue pour durer environ {} afin de respecter vos {minutes} minutes, en comptant {get_ready} et pour changer de côté.",
                about_minutes(L, *total_s)
            );
        }
        RoutineReason::ShorterThanChosen { total_s, minutes } => {
            return format!(
                "Cette séance dure environ {}, moins que vos {minutes} minutes, parce que certains exercices ont été allégés après vos dernières séances. Mieux vaut en faire moins, mais bien, que de forcer.",
                about_minutes(L, *total_s)
            );
        }
        RoutineReason::PainGuide => "Pendant l’exercice et après, une douleur jusqu’à 3 sur 10 est acceptable. À 4 ou 5, allégez la prochaine fois. À 6 ou plus, arrêtez et reculez d’un cran.",
        RoutineReason::Schedule => "Faites cette routine 3 à 4 fois par semaine, avec un jour de congé entre les séances quand c’est possible, pendant 3 à 4 semaines. Les changements se voient habituellement après 3 à 4 semaines.",
    };
    text.to_owned()
}

/// Le rôle de l'exercice dans la routine, en une ligne.
fn role(id: ExerciseId) -> &'static str {
    match id {
        ExerciseId::ChestStretch => "Ouvre la poitrine et enlève de la tension aux muscles entre vos omoplates.",
        ExerciseId::WallBallMassage => "Un soulagement rapide des points sensibles : il vous aide à persévérer, mais ce n’est pas une solution à long terme.",
        ExerciseId::RollerThoracicExtension => "Redonne du mouvement à la partie du dos qui reste immobile quand vous êtes assis.",
        ExerciseId::MoistHeat => "De la chaleur pour aider les muscles tendus à se relâcher.",
        ExerciseId::SlowBreathing => "Le stress crispe le haut du dos; une respiration lente l’aide à se détendre.",
        ExerciseId::SeatedRotationStretch => "Un étirement de soulagement qui fait pivoter le milieu du dos sans écarter davantage les omoplates.",
        ExerciseId::ProneSwimmers => "Renforce les muscles entre vos omoplates dans toute leur amplitude, contre la gravité.",
        ExerciseId::BentOverRow => "Fait travailler directement les muscles du milieu du dos.",
        ExerciseId::ShoulderBladeSqueeze => "Un début en douceur qui réveille les muscles entre vos omoplates.",
        ExerciseId::SeatedBandRow => "Renforce le haut du dos; dans une étude, quelques minutes d’exercices avec bande élastique, 5 jours par semaine, ont réduit les douleurs au cou et aux épaules.",
        ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => "Améliore la stabilité autour des omoplates : le mouvement à essayer quand les étirements et le massage n’ont pas défait un nœud.",
    }
}

/// Le début de la phrase d'une règle de progression.
fn opening(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => "Vous avez trouvé cet exercice trop facile la dernière fois",
        Rule::TooHard => "Vous avez trouvé cet exercice trop difficile la dernière fois",
        Rule::JustRight => "Cet exercice vous convenait la dernière fois",
        Rule::NoFeedback => "Vous avez terminé cet exercice la dernière fois",
        Rule::PainStepBack => "Votre douleur était de 6 sur 10 ou plus après votre dernière séance",
        Rule::PainEaseOff => "Votre douleur était de 4 ou 5 sur 10 après votre dernière séance, signe qu’il faut alléger",
        Rule::NotFinished => "Vous n’avez pas terminé cet exercice la dernière fois",
        Rule::UnderTarget => "Vous n’avez pas terminé cet exercice trois séances de suite",
    }
}

/// Ce que la progression a fait, après le début de la phrase.
fn outcome(outcome: Outcome) -> String {
    match outcome {
        Outcome::OneMoreRep => ": chaque série a donc une répétition de plus.".to_owned(),
        Outcome::OneMoreRepeat => ": il y a donc une reprise de plus.".to_owned(),
        Outcome::OneMoreSet => ": il y a donc une série de plus.".to_owned(),
        Outcome::LongerHold => ": vous tenez donc chaque position un peu plus longtemps.".to_owned(),
        Outcome::OneMoreSpot => ": vous travaillez donc un point de plus.".to_owned(),
        Outcome::HarderVersion(id) => {
            format!(": vous passez donc à une version plus difficile : {}.", exercise_name(id))
        }
        Outcome::AddLoad(id) => format!(
            ": vous ajoutez donc un peu de charge. {}",
            load(id).unwrap_or_default()
        ),
        Outcome::OneRepFewer => ": chaque série a donc une répétition de moins.".to_owned(),
        Outcome::OneRepeatFewer => ": il y a donc une reprise de moins.".to_owned(),
        Outcome::OneSetFewer => ": il y a donc une série de moins.".to_owned(),
        Outcome::ShorterHold => ": chaque maintien est donc un peu plus court.".to_owned(),
        Outcome::OneSpotFewer => ": vous travaillez donc un point de moins.".to_owned(),
        Outcome::EasierVersion(id) => {
            format!(": vous passez donc à une version plus facile : {}.", exercise_name(id))
        }
        Outcome::DropLoad => ": vous retirez donc la charge ajoutée.".to_owned(),
        Outcome::TimeSetBySession => ". Sa durée dépend de votre séance; elle reste donc comme prévu.".to_owned(),
        Outcome::AlreadyTop => ", mais c’est déjà le haut de l’échelle utilisée ici. Gardez ce rythme; un physiothérapeute peut vous proposer la suite.".to_owned(),
        Outcome::AlreadyEasiest => ", et c’est déjà le niveau le plus facile ici. Faites ce que vous pouvez faire confortablement.".to_owned(),
        Outcome::SameForNow => "; la dose reste la même pour l’instant.".to_owned(),
        Outcome::Same => ": la dose reste donc la même.".to_owned(),
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
        ExerciseReason::RowsWithDumbbells => "Prenez vos haltères légers, ou une bouteille d’eau pleine dans chaque main.",
        ExerciseReason::RowsWithBand => "Vous n’avez pas d’haltères : utilisez votre bande élastique en mettant les pieds au milieu et en tenant un bout dans chaque main. Une bouteille d’eau pleine dans chaque main fait aussi l’affaire.",
        ExerciseReason::FloorVersion => "Vous n’avez pas de rouleau de mousse : voici donc la version au sol, qui n’en demande pas.",
        ExerciseReason::TurnInsteadOfRoller => "Il remplace l’étirement sur rouleau de mousse, puisque vous n’avez pas de rouleau.",
        ExerciseReason::WallVersionAt65 => "À 65 ans ou plus, vous commencez debout contre un mur, ce qui ménage vos genoux.",
        ExerciseReason::HeatAtHome => "Une serviette chaude et humide ou une douche chaude suffit.",
        ExerciseReason::MassageSpots(KnotLocation::ShoulderBlade) => "Travaillez les points sensibles sur votre omoplate et autour.",
        ExerciseReason::MassageSpots(KnotLocation::BesideSpine) => "Travaillez les points sensibles dans le muscle à côté de la colonne, sans mettre la balle sur la colonne elle-même.",
        ExerciseReason::MassageSpots(KnotLocation::TopOfShoulder) => "Contre un mur, la balle atteint mal le dessus de l’épaule : travaillez plutôt les points les plus hauts entre vos omoplates, le plus près possible de votre nœud.",
        ExerciseReason::MassageSpots(KnotLocation::BetweenShoulderBlades) => "Travaillez les points sensibles entre vos omoplates.",
        ExerciseReason::HeatHelpedBefore => "Vous avez dit que la chaleur vous avait aidé.",
        ExerciseReason::MassageOnlyFillsTime => "Le massage ne vous a pas aidé auparavant : il sert seulement à combler le temps qui reste après le reste.",
        ExerciseReason::OlderAdultHolds => "Comme vous avez 65 ans ou plus, chaque maintien dure de 30 à 60 secondes, tout en douceur.",
        ExerciseReason::Progress(rule, done) => {
            let mut text = format!("{}{}", opening(*rule), outcome(*done));
            if *rule == Rule::PainStepBack {
                text.push_str(
                    " Si la douleur reste aussi forte, arrêtez et consultez un médecin ou un physiothérapeute.",
                );
            }
            return text;
        }
        ExerciseReason::KeepLoad(id) => {
            return format!(
                "Gardez la charge ajoutée : {}",
                lower_first(load(*id).unwrap_or_default())
            );
        }
        ExerciseReason::FewerToFit {
            today,
            usual,
            repeats,
        } => {
            let unit = match (*repeats, *today < 2) {
                (true, true) => "reprise",
                (true, false) => "reprises",
                (false, true) => "série",
                (false, false) => "séries",
            };
            return format!(
                "Aujourd’hui, {today} {unit} au lieu de {usual}, pour respecter votre temps."
            );
        }
    };
    text.to_owned()
}

use super::lower_first;

/// La dose en mots simples, p. ex. « 3 × 10 répétitions (montée 3 s, descente 3 s), 30 s
/// de repos entre les séries ».
pub fn dose(dose: &Dose) -> String {
    let sets = match dose.sets {
        1 => String::new(),
        n => format!("{n} × "),
    };
    let side = if dose.per_side {
        ", de chaque côté"
    } else {
        ""
    };
    let work = match dose.work {
        Work::Reps { reps, tempo } => {
            let top = if tempo.hold_s > 0 {
                format!(", maintien {} s", tempo.hold_s)
            } else {
                String::new()
            };
            let word = if reps < 2 {
                "répétition"
            } else {
                "répétitions"
            };
            format!(
                "{sets}{reps} {word}{side} (montée {} s{top}, descente {} s)",
                tempo.up_s, tempo.down_s
            )
        }
        Work::Hold { hold_s } => format!("{sets}maintien {hold_s} s{side}"),
        Work::Compression { spots, hold_s } => {
            let spot_word = if spots < 2 { "point" } else { "points" };
            format!(
                "{sets}{spots} {spot_word}, {hold_s} s de pression ferme mais tolérable chacun{side}"
            )
        }
        Work::Timed { duration_s: d } => {
            format!("{sets}{}{side}", duration_s(L, u64::from(d)))
        }
    };
    if dose.sets > 1 && dose.rest_s > 0 {
        format!("{work}, {} s de repos entre les séries", dose.rest_s)
    } else {
        work
    }
}

/// L'export CSV en français.
pub const CSV: CsvWords = CsvWords {
    date: "Date",
    start_time: "Heure de début",
    duration_minutes: "Durée (minutes)",
    exercises_done: "Exercices faits",
    pain_before: "Douleur avant (0-10)",
    pain_after: "Douleur après (0-10)",
    feedback: "Commentaires",
    feedback_words,
    exercise_name: |id| super::exercise_name(L, id),
    decimal_separator: ',',
    colon: " : ",
};

/// Comment se lit chaque commentaire.
pub fn feedback_words(feedback: Feedback) -> &'static str {
    match feedback {
        Feedback::TooEasy => "trop facile",
        Feedback::JustRight => "juste bien",
        Feedback::TooHard => "trop difficile",
    }
}

/// Entre une étiquette et ce qui suit (espace insécable avant le deux-points).
pub fn colon() -> &'static str {
    "\u{a0}: "
}

/// Le résumé de « Qu’avez-vous essayé? » quand rien ne l’a été.
pub fn nothing_tried() -> &'static str {
    "Rien d’essayé pour l’instant"
}

/// Le message pour une réponse refusée.
pub fn answer_error(error: &AnswerError) -> String {
    let text = match error {
        AnswerError::Missing(id) => match id {
            QuestionId::EmergencySigns | QuestionId::WarningSigns | QuestionId::HealthHistory => {
                "Cochez tout ce qui s’applique, ou «\u{a0}Aucune de ces réponses\u{a0}»"
            }
            QuestionId::KnotLocation => "Choisissez l’endroit où se trouve le nœud",
            QuestionId::Duration => "Choisissez depuis combien de temps vous avez ce nœud",
            QuestionId::AgeBand => "Choisissez votre âge",
            QuestionId::Tried => "Indiquez le résultat pour chacun, ou «\u{a0}Pas essayé\u{a0}»",
            QuestionId::SittingHours => {
                "Entrez le nombre d’heures que vous passez assis lors d’une journée typique"
            }
            QuestionId::Equipment => "Cochez ce que vous avez, ou «\u{a0}Aucune de ces réponses\u{a0}»",
            QuestionId::SessionMinutes => "Choisissez la durée possible de chaque séance",
        },
        AnswerError::WrongKind(_) => {
            "Un problème est survenu avec cette réponse. Veuillez répondre de nouveau."
        }
        AnswerError::UnknownOption { .. } => "Choisissez une des options proposées",
        AnswerError::NoneWithOthers(_) => {
            "Choisissez soit «\u{a0}Aucune de ces réponses\u{a0}», soit les options qui s’appliquent, mais pas les deux"
        }
        AnswerError::OutOfRange { min, max, .. } => {
            return format!("Entrez un nombre entier de {min} à {max}");
        }
        AnswerError::NotAsking => "Il n’y a aucune question à répondre pour l’instant",
    };
    text.to_owned()
}

/// Ce que désigne un code de source.
pub fn source_about(id: &str) -> &'static str {
    match id {
        "S0" => "l’article d’une massothérapeute sur les nœuds dans le haut du dos",
        "S1" => "l’article d’un physiothérapeute sur les nœuds, les étirements et le renforcement",
        "S2" => "les conseils d’un chiropraticien, dans un magazine, sur les nœuds que les étirements ne font pas disparaître",
        "S3" => "l’article d’une clinique de massothérapie sur la douleur entre les omoplates",
        "R1" => "les recommandations du NHS (système de santé public britannique) sur le mal de dos et le moment de consulter",
        "R2" => "Physiopedia sur les signes d’alerte dans la douleur au milieu du dos",
        "R3" => "les lignes directrices du NHS Devon sur l’orientation des patients ayant mal au milieu du dos",
        "R4" => "l’échelle de douleur de 0 à 10, et l’ampleur d’un changement significatif (Salaffi, 2004)",
        "R5" => "les doses d’exercice : recommandations de l’ACSM sur les étirements, un essai sur le renforcement, un essai sur l’entraînement à la bande élastique (Andersen, 2011) et les limites de pression sur un point gâchette",
        "R6" => "une règle utilisée par les physiothérapeutes pour juger la douleur pendant et après l’exercice",
        _ => "",
    }
}

/// Quoi faire à la place d'une fonction absente du navigateur.
pub fn missing_feature(missing: Missing) -> &'static str {
    match missing {
        Missing::KeepAwake => "Votre navigateur ne peut pas garder l’écran allumé\u{a0}: touchez l’écran de temps en temps.",
        Missing::Beeps => "Votre navigateur ne peut pas faire jouer les bips\u{a0}: utilisez la voix, ou suivez la minuterie.",
        Missing::Voice => "Votre navigateur ne peut pas prononcer les consignes\u{a0}: utilisez le son, ou suivez la minuterie.",
        Missing::Vibration => "Votre appareil ne peut pas vibrer avec les consignes.",
    }
}

/// « 1 point », « 1,5 point », « 2 points » à partir de dixièmes (singulier sous 2).
fn points(tenths: u32) -> String {
    let number = super::tenths(L, u64::from(tenths));
    let number = number.strip_suffix(",0").unwrap_or(&number).to_owned();
    let unit = if tenths < 20 { "point" } else { "points" };
    format!("{number} {unit}")
}

/// La tendance de la douleur en une phrase.
pub fn pain_summary(summary: &PainSummary) -> String {
    let amount = points(summary.change_tenths.unsigned_abs());
    match summary.change {
        PainChange::NotEnoughRatings => "Évaluez votre douleur avant chaque séance. Après une semaine ou plus d’évaluations, vous verrez comment elle évolue.".into(),
        PainChange::MuchBetter => format!("Votre douleur a baissé de {amount} depuis le début, en comparant votre première semaine à la plus récente\u{a0}: c’est une réelle amélioration."),
        PainChange::SmallImprovement => format!("Votre douleur a baissé de {amount} depuis le début, en comparant votre première semaine à la plus récente\u{a0}: un petit changement qui peut compter."),
        PainChange::NoClearChange => "Votre douleur est à peu près au même niveau qu’au début\u{a0}: pas de changement net pour l’instant.".into(),
        PainChange::Worse => format!("Votre douleur a augmenté de {amount} depuis le début, en comparant votre première semaine à la plus récente. Si elle continue d’empirer, consultez un professionnel de la santé."),
    }
}

/// Le conseil de consulter quand la routine n'a pas aidé.
pub fn clinician_prompt(prompt: &ClinicianPrompt) -> String {
    let weeks = prompt.days_since_start / 7;
    let how = if prompt.pain_went_up {
        "votre douleur a augmenté"
    } else {
        "votre douleur ne s’est pas clairement améliorée"
    };
    let weeks = super::count(
        L,
        u64::from(weeks),
        ("week", "weeks"),
        ("semaine", "semaines"),
    );
    format!(
        "Vous avez fait {} séances en {weeks} et {how}. Quand l’exercice régulier n’a pas aidé après 3 à 4 semaines, il vaut la peine de faire examiner votre dos par un professionnel de la santé.",
        prompt.sessions
    )
}

/// Pourquoi un fichier n'a pas pu être importé.
pub fn import_error(error: &ImportError) -> String {
    match error {
        ImportError::Empty => "Le fichier est vide.".into(),
        ImportError::TooLarge { bytes } => {
            let tenths_of_mb = bytes.saturating_mul(10) / (1024 * 1024);
            format!(
                "Le fichier est trop volumineux ({}\u{a0}Mo). Une exportation de Knot Coach ne dépasse jamais 5\u{a0}Mo.",
                super::tenths(L, u64::try_from(tenths_of_mb).unwrap_or(u64::MAX))
            )
        }
        ImportError::Damaged => "Ce fichier n’a pas pu être lu. Ce n’est pas une exportation de Knot Coach, ou il est endommagé (par exemple, tronqué).".into(),
        ImportError::NotAnExport => "Ce fichier n’est pas une exportation de Knot Coach.".into(),
        ImportError::NewerVersion(_) => "Ce fichier a été créé par une version plus récente de Knot Coach; cette page ne peut donc pas le lire sans risque.".into(),
        ImportError::ReadOnly => "Vos progrès enregistrés proviennent d’une version plus récente de Knot Coach; rien ne peut donc y être ajouté ici.".into(),
    }
}

/// Ce que l'importation changerait, en une phrase.
pub fn import_summary(preview: &ImportPreview) -> String {
    let mut text = match preview.new_sessions {
        0 => "Ce fichier ne contient aucune nouvelle séance.".to_string(),
        1 => "1 nouvelle séance sera ajoutée à vos progrès.".to_string(),
        n => format!("{n} nouvelles séances seront ajoutées à vos progrès."),
    };
    match preview.already_present {
        0 => {}
        1 => text.push_str(" 1 séance s’y trouve déjà."),
        n => text.push_str(&format!(" {n} séances s’y trouvent déjà.")),
    }
    match preview.invalid {
        0 => {}
        1 => text.push_str(" 1 entrée n’a pas pu être lue et sera ignorée."),
        n => text.push_str(&format!(
            " {n} entrées n’ont pas pu être lues et seront ignorées."
        )),
    }
    text
}

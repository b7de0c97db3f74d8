//! Français canadien (fr-CA): the same functions as [`super::en`], written for a reader in
//! Quebec, with the terms a physiotherapist there would use. Every dose figure and source id
//! is the same as in English; only the words differ.

use super::{about_minutes, duration_ms, duration_s, Calendar, Ui};
use crate::domain::catalog::{ExerciseId, TopAction};
use crate::domain::cues::{Announcement, RepStep, Speech};
use crate::domain::device::Missing;
use crate::domain::dose::{Dose, Work};
use crate::domain::exchange::CsvWords;
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

/// The interface strings in French.
pub const UI: Ui = Ui {
    add_these_sessions: "Ajouter ces séances",
    after_sessions: "Après les séances",
    all_your_progress_has_been_deleted: "Tous vos progrès ont été supprimés de ce navigateur.",
    answer_a_few_quick_questions_and_html: "<p class=\"kc-lead\">Répondez à quelques questions rapides et obtenez un court programme d’étirements, d’automassage et de renforcement pour le haut du dos, avec une minuterie qui vous guide tout au long.</p><p class=\"kc-notice\" role=\"note\"><strong>À noter\u{a0}: </strong>il s’agit d’information générale d’autosoins, et non d’un diagnostic ni d’un plan de traitement. Si quelque chose vous semble anormal, consultez un médecin ou un physiothérapeute.</p><p class=\"kc-privacy\">Tout reste sur cet appareil. Rien de ce que vous entrez n’est envoyé ailleurs.</p>",
    answers: "réponses",
    back: "Retour",
    back_to_my_routine: "Retour à mon programme",
    bars_sessions_that_week_weeks_start_html: "<li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><rect class=\"kc-bar\" x=\"12\" y=\"1\" width=\"16\" height=\"14\"></rect></svg>Barres\u{a0}: séances de la semaine (les semaines commencent le lundi)</li>",
    before_sessions: "Avant les séances",
    before_you_start: "Avant de commencer",
    book_an_appointment: "Prendre rendez-vous",
    book_an_appointment_with: "Prendre rendez-vous chez ",
    book_an_appointment_with_your_gp_html: "<p>Prenez rendez-vous avec votre médecin de famille ou un physiothérapeute, et apportez un résumé imprimé de vos progrès.</p>",
    book_an_appointment_with_your_gp_html_2: "<p>Prenez rendez-vous avec votre médecin de famille ou un physiothérapeute, et apportez cette liste.</p>",
    book_with: "Rendez-vous chez ",
    book_with_the_clinic: "Rendez-vous à la clinique",
    builds_the_muscles_that_hold_your: "Renforce les muscles qui tiennent les omoplates\u{a0}: ce qui aide le plus, en général, à long terme.",
    call_your_local_emergency_number_if_html: "<p class=\"kc-small\">Appelez le 911 si vous avez une douleur ou une pression à la poitrine, de la difficulté à respirer, une douleur soudaine et intense ou qui donne l’impression d’un déchirement, une perte de sensation ou de force dans les deux jambes, une perte de contrôle de la vessie ou des intestins, ou un engourdissement autour de l’aine.</p>",
    call_your_local_emergency_number_now_html: "<p class=\"kc-lead kc-urgent\"><strong>Appelez le 911 maintenant</strong> (<a href=\"tel:911\">911</a> au Canada et aux États-Unis; ailleurs, le numéro d’urgence local, par exemple le <a href=\"tel:112\">112</a> en Europe ou le <a href=\"tel:999\">999</a> au Royaume-Uni), ou rendez-vous à l’urgence la plus proche.</p><p>Ne commencez aucun exercice. Arrêtez ce que vous faites, assoyez-vous ou allongez-vous dans un endroit sûr et, si possible, demandez à quelqu’un de rester avec vous.</p>",
    cancel: "Annuler",
    change: "Modifier",
    change_my_answers: "Modifier mes réponses",
    chart_of_pain_before_and_after: "Graphique de la douleur avant et après chaque séance, de 0 (aucune douleur) à 10",
    check_your_answers: "Vérifiez vos réponses",
    common_mistakes_html: "<h4 class=\"kc-detail-title\">Erreurs fréquentes</h4>",
    continue_button: "Continuer",
    delete_all_data: "Supprimer toutes les données",
    delete_every_session_and_rating_from_html: "<p id=\"kc-delete-q\">Supprimer toutes les séances et évaluations de ce navigateur? Cette action est irréversible. Exportez d’abord vos données si vous voulez en garder une copie.</p>",
    diagram_of_the_upper_back_seen: "Schéma du haut du dos, vu de derrière. Choisissez l’endroit où se trouve le nœud.",
    done: "Terminé",
    down: "Descendez",
    download_the_damaged_data: "Télécharger les données endommagées",
    ease_the_knot_between_your_shoulder_html: "<h2 id=\"kc-welcome-title\" class=\"kc-title\">Soulagez le nœud entre vos omoplates</h2>",
    eases_the_knot_for_now_stretching: "Détend le nœud pour le moment\u{a0}: étirements, pression avec une balle et chaleur.",
    easier_html: "<h4 class=\"kc-detail-title\">Plus facile</h4>",
    end_session: "Terminer la séance",
    end_the_session_now_the_timer_html: "<p id=\"kc-end-q\" class=\"kc-lead\"><strong>Terminer la séance maintenant?</strong></p><p id=\"kc-end-d\">La minuterie est en pause. Si vous terminez maintenant, vous passerez à l’évaluation de la séance.</p>",
    error_html: "<span class=\"kc-visually-hidden\">Erreur\u{a0}: </span>",
    exercises_done: "Exercices faits",
    export_csv: "Exporter en CSV",
    export_json: "Exporter en JSON",
    export_my_progress: "Exporter mes progrès",
    find_a_spot_where_you_can_html: "<p>Installez-vous à un endroit où vous pouvez voir ou entendre votre téléphone, avec assez d’espace pour vous allonger. Arrêtez si vous ressentez une douleur vive.</p><p class=\"kc-notice kc-urgent-notice\">Arrêtez et appelez le 911 si vous ressentez une douleur ou une pression à la poitrine, avez de la difficulté à respirer, avez une douleur soudaine et intense ou qui donne l’impression d’un déchirement, perdez la sensation ou la force dans les deux jambes, perdez le contrôle de la vessie ou des intestins, ou avez un engourdissement autour de l’aine. Si quelque chose de nouveau est apparu depuis que vous avez répondu aux questions, comme de la fièvre, une perte de poids, un engourdissement dans un bras ou une douleur la nuit, consultez un médecin ou un physiothérapeute avant de continuer.<span class=\"kc-source\"> [R1, R2, R3, S2]</span></p>",
    finish_and_rate: "Terminer et évaluer",
    general_self_care_information_not_a: "Information générale d’autosoins, pas un diagnostic. ",
    get_medical_help_now: "Obtenez de l’aide médicale maintenant",
    get_ready: "Préparez-vous",
    go_to_the_timer: "Passer à la minuterie",
    goal_met: "Objectif atteint",
    harder_html: "<h4 class=\"kc-detail-title\">Plus difficile</h4>",
    hold: "Tenez",
    how_did_each_exercise_feel_html: "<h3 class=\"kc-subtitle\">Comment avez-vous trouvé chaque exercice?</h3>",
    how_much_does_your_back_hurt: "À quel point votre dos vous fait-il mal en ce moment? (facultatif)",
    how_much_does_your_back_hurt_2: "À quel point votre dos vous fait-il mal maintenant? (facultatif)",
    i_ticked_this_by_mistake: "J’ai coché ceci par erreur",
    import_progress_from_a_knot_coach: "Importer des progrès à partir d’un fichier JSON de Knot Coach",
    it_is: "Elle est conservée, mais pas comptée",
    json_is_for_moving_your_progress_html: "<p class=\"kc-small\">Le format JSON sert à transférer vos progrès vers un autre navigateur. Le format CSV s’ouvre dans un tableur, pour vous ou votre physiothérapeute.</p>",
    just_right: "Juste bien",
    keep_going: "Continuer",
    keep_my_data: "Garder mes données",
    keys_space_pauses_or_resumes_the_html: "<p class=\"kc-small\"><span class=\"kc-keys\">Touches\u{a0}: la barre d’espacement met en pause ou reprend, les flèches reculent ou passent à l’étape suivante. </span>Arrêtez si vous ressentez une douleur vive; un léger inconfort (jusqu’à 3 sur 10) est acceptable.</p>",
    left: "Gauche",
    mild_discomfort_up_to_3_out_html: "<p class=\"kc-notice\" role=\"note\">Un léger inconfort (jusqu’à 3 sur 10) pendant l’exercice est acceptable. S’il atteint 4 ou 5, allez-y plus doucement la fois suivante; à 6 ou plus, arrêtez.<span class=\"kc-source\"> [R6]</span></p>",
    my_progress: "Mes progrès",
    n_0_means_no_pain_10_the: "0 signifie aucune douleur, 10 la pire douleur que vous puissiez imaginer.",
    next_exercise: "Exercice suivant",
    no_session: "aucune séance",
    no_sessions_yet_each_week_you_html: "<p>Aucune séance pour l’instant. Chaque semaine où vous faites de l’exercice s’affichera ici sous forme de barre.</p>",
    no_sessions_yet_your_sessions_pain_html: "<p class=\"kc-lead\">Aucune séance pour l’instant. Vos séances, vos évaluations de la douleur et la fréquence de vos exercices s’afficheront ici.</p><p>Vous avez utilisé Knot Coach dans un autre navigateur? Exportez-y vos progrès, puis importez le fichier ci-dessous.</p>",
    no_word: "Non",
    not_rated: "Non évaluée",
    not_rated_html: "<span aria-hidden=\"true\">–</span><span class=\"kc-visually-hidden\">Non évaluée</span>",
    opens_in_a_new_tab_html: "<span class=\"kc-visually-hidden\"> (s’ouvre dans un nouvel onglet)</span>",
    pain_after: "Douleur après",
    pain_before: "Douleur avant",
    pain_before_and_after_each_session: "Douleur avant et après chaque séance, de 0 à 10, de la plus ancienne à la plus récente",
    pain_before_the_session_solid_line_html: "<ul class=\"kc-chart-legend\"><li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><line class=\"kc-line kc-line-before\" x1=\"2\" y1=\"8\" x2=\"38\" y2=\"8\"></line><circle class=\"kc-mark-before\" cx=\"20\" cy=\"8\" r=\"5\"></circle></svg>Douleur avant la séance (ligne pleine, cercles)</li><li><svg class=\"kc-swatch\" viewBox=\"0 0 40 16\" aria-hidden=\"true\" focusable=\"false\"><line class=\"kc-line kc-line-after\" x1=\"2\" y1=\"8\" x2=\"38\" y2=\"8\"></line><rect class=\"kc-mark-after\" x=\"15\" y=\"3\" width=\"10\" height=\"10\"></rect></svg>Douleur après la séance (ligne pointillée, carrés)</li></ul>",
    pain_of_6_or_more_after_html: "<p class=\"kc-notice\" role=\"note\">Une douleur de 6 ou plus après l’exercice est un signe qu’il faut reculer\u{a0}: la prochaine fois, votre programme sera plus doux. Si elle reste aussi élevée, consultez un médecin ou un physiothérapeute.<span class=\"kc-source\"> [R6]</span></p>",
    paused: "En pause.",
    paused_suffix: ", en pause",
    paused_html: "<span class=\"kc-paused-word\">En pause</span>",
    please_get_checked_before_you_try: "Faites-vous examiner avant d’essayer les autosoins",
    print_summary_for_your_appointment: "Imprimer un résumé pour votre rendez-vous",
    print_this_list: "Imprimer cette liste",
    print_this_routine: "Imprimer ce programme",
    progress: "progrès",
    reading_the_file: "Lecture du fichier…",
    relief: "Soulagement",
    rep: "Répétition",
    rest: "Repos",
    restart_exercise: "Recommencer l’exercice",
    resume: "Reprendre",
    right: "Droit",
    save_session: "Enregistrer la séance",
    see_my_result: "Voir mon résultat",
    session: "séance",
    session_complete: "Séance terminée",
    session_is: "séance porte",
    session_with_a_pain_rating: "séance avec évaluation de la douleur",
    sessions: "séances",
    sessions_2: "Séances",
    sessions_are: "séances portent",
    sessions_each_week_oldest_first: "Séances par semaine, de la plus ancienne à la plus récente",
    sessions_per_week_html: "<h3 class=\"kc-subtitle\">Séances par semaine</h3>",
    sessions_with_pain_ratings: "séances avec évaluation de la douleur",
    set: "Série",
    show_only_recent_sessions: "Afficher seulement les séances récentes",
    side: "Côté",
    skip: "Passer",
    sound: "Son",
    spot: "Point",
    start: "Commencer",
    start_over: "Recommencer",
    start_session: "Commencer la séance",
    steps_html: "<h4 class=\"kc-detail-title\">Étapes</h4>",
    still_to_come: "à venir",
    strength: "Renforcement",
    switch_sides: "Changez de côté",
    take_care_html: "<h4 class=\"kc-detail-title\">Prudence</h4>",
    they_are: "Elles sont conservées, mais pas comptées",
    this_browser_is_not_letting_knot: "Ce navigateur ne permet pas à Knot Coach d’enregistrer quoi que ce soit\u{a0}: vos réponses et vos progrès ne dureront que jusqu’à la fermeture de cette page.",
    this_is_because: "Voici pourquoi\u{a0}:",
    this_week: "Cette semaine",
    this_week_html: "<h3 class=\"kc-subtitle\">Cette semaine</h3>",
    time_to_have_your_back_checked_html: "<h3 class=\"kc-subtitle\">Il est temps de faire examiner votre dos</h3>",
    tips_html: "<h4 class=\"kc-detail-title\">Conseils</h4>",
    today: " (aujourd’hui)",
    too_easy: "Trop facile",
    too_hard: "Trop difficile",
    up: "Montez",
    voice: "Voix",
    week: "semaine",
    week_of_html: "<span class=\"kc-visually-hidden\">Semaine du </span>",
    week_starting: "Semaine du",
    weeks: "semaines",
    well_done_how_did_it_go: "Bravo! Comment ça s’est passé?",
    what_the_codes_in_brackets_mean_html: "<summary>Ce que signifient les codes entre crochets</summary>",
    what_you_told_us_is_worth_html: "<p class=\"kc-lead\">Ce que vous nous avez dit mérite d’être montré à un médecin ou à un physiothérapeute avant de commencer tout exercice ou massage.</p>",
    where_the_dose_comes_from_html: "<h4 class=\"kc-detail-title\">D’où vient la dose</h4>",
    why_this_routine_html: "<summary>Pourquoi ce programme</summary>",
    with_back_pain_these_signs_can_html: "<p class=\"kc-small\">Avec un mal de dos, ces signes peuvent indiquer un problème qui doit être vérifié immédiatement, par exemple au cœur, aux poumons ou à la moelle épinière.</p>",
    yes_delete_everything: "Oui, tout supprimer",
    yes_end_it: "Oui, terminer",
    yes_word: "Oui",
    you_have_reached_this_week_s: "Vous avez atteint l’objectif de la semaine.",
    you_told_us_about: "Vous nous avez signalé\u{a0}:",
    your_browser_did_not_allow_the: "Votre navigateur n’a pas permis le téléchargement. Réessayez, ou essayez un autre navigateur.",
    your_data_your_progress_stays_in_html: "<h3 class=\"kc-subtitle\">Vos données</h3><p class=\"kc-small\">Vos progrès restent dans ce navigateur, sur cet appareil. Ils n’en sortent que si vous les exportez.</p>",
    your_pain_html: "<h3 class=\"kc-subtitle\">Votre douleur</h3>",
    your_pain_is_already_6_or_html: "<p class=\"kc-notice\" role=\"note\">Votre douleur est déjà de 6 sur 10 ou plus, le niveau où l’exercice devrait s’arrêter. Il vaudrait peut-être mieux vous reposer aujourd’hui et réessayer quand elle se sera calmée. Si vous continuez quand même, faites tout en douceur et arrêtez si elle augmente. Si elle est souvent aussi élevée, consultez un médecin ou un physiothérapeute.<span class=\"kc-source\"> [R6]</span></p>",
    your_pain_was_6_or_more_html: "<p>Votre douleur était de 6 sur 10 ou plus après chacune de vos deux dernières séances. Veuillez arrêter le programme pour l’instant et faire examiner votre dos par un médecin ou un physiothérapeute avant de continuer.<span class=\"kc-source\"> [R6, S2]</span></p>",
    your_pain_was_6_or_more_html_2: "<p class=\"kc-notice\" role=\"note\"><strong>Votre douleur était aussi de 6 ou plus après votre séance précédente.</strong> Un programme plus doux ne l’a pas calmée; veuillez donc arrêter le programme pour l’instant et faire examiner votre dos par un médecin ou un physiothérapeute avant de continuer.<span class=\"kc-source\"> [R6, S2]</span></p>",
    your_progress: "Vos progrès",
    your_progress_was_saved_by_a_html: "<p class=\"kc-small\" id=\"kc-read-only-note\">Vos progrès ont été enregistrés par une version plus récente de Knot Coach. Pour protéger ses données plus récentes, exportez-les en JSON, importez des données ou supprimez-les à partir de cette version plus récente.</p>",
    your_routine: "Votre programme",
    your_saved_progress_was_damaged_and: "Vos progrès enregistrés étaient endommagés et n’ont pas pu être lus. Une copie a été conservée, et vous pouvez la télécharger ci-dessous. Un nouveau journal a été commencé.",
    your_sessions_html: "<h3 class=\"kc-subtitle\">Vos séances</h3>",
    your_sessions_newest_first: "Vos séances, de la plus récente à la plus ancienne",
    your_weeks_html: "<h3 class=\"kc-subtitle\">Vos semaines</h3>",
    fmt_about: "Environ {0}",
    fmt_added_to_your_progress: "{0} ajoutée(s) à vos progrès.",
    fmt_aim_for_to_sessions_a_week: "{encouragement} Visez de {low} à {high} séances par semaine pendant 3 à 4 semaines\u{a0}: c’est à peu près le moment où l’on commence à remarquer un changement.",
    fmt_bar_chart_of_sessions_each_week: "Graphique à barres des séances par semaine, avec l’objectif de {low} à {high} par semaine en grisé",
    fmt_book_an_appointment: "Prendre rendez-vous\u{a0}: {0}",
    fmt_book_an_appointment_2: "Prendre rendez-vous\u{a0}: {0}",
    fmt_change: "Modifier\u{a0}: {prompt}",
    fmt_dated_in_the_future_probably_because: "{0} une date future, probablement parce que l’horloge de cet appareil était mal réglée. {1}.",
    fmt_days_with_a_session_in_the: "Jours avec une séance au cours des {weeks} dernières semaines, du lundi au dimanche",
    fmt_entry: "Entrée {0}\u{a0}: {problem}.",
    fmt_exercises: "Exercices de {title}",
    fmt_exercises_about_do_it_to_times: "{0} exercices, environ {1}. À faire de {2} à {3} fois par semaine pendant {4} à {5} semaines.",
    fmt_from_to: "{0}, du {1} au {2}. {3} {4}",
    fmt_how_to_do_the: "Comment faire\u{a0}: {0}",
    fmt_in_a_row_at_the_goal: " {0} d’affilée à l’objectif",
    fmt_in_total: " {0} au total",
    fmt_knot_coach_progress_json: "knot-coach-progres-{0}.json",
    fmt_knot_coach_sessions_csv: "knot-coach-seances-{0}.csv",
    fmt_more_this_week_to_reach_the: "Encore {0} cette semaine pour atteindre l’objectif.",
    fmt_not_rated_yet: "{series}\u{a0}: pas encore évaluée.",
    fmt_number_of: "Nombre d’{unit}",
    fmt_of: "{done} sur {planned}",
    fmt_of_2: "{set} sur {sets}",
    fmt_of_3: "{rep} sur {reps}",
    fmt_of_4: "{spot} sur {spots}",
    fmt_of_the_last_met_the_goal: "{0} sur les {1} dernières ont atteint l’objectif de {low} à {high} séances. Cette semaine jusqu’ici\u{a0}: {this_week}.",
    fmt_offered_by: "Offert par {name}",
    fmt_out_of: "{series}\u{a0}: {only} sur 10.",
    fmt_out_of_at_first_most_recently: "{series}\u{a0}: {first} sur 10 au début, {last} récemment.",
    fmt_question_of: "Question {n} sur {total}",
    fmt_saved_session_s_could_not_be: "{n} séance(s) enregistrée(s) n’ont pas pu être lues et ont été écartées. Une copie de l’original a été conservée.",
    fmt_seconds_left: "{label}, {seconds} secondes restantes{0}",
    fmt_shaded_the_goal_of_to_sessions: "En grisé\u{a0}: l’objectif de {low} à {high} séances par semaine",
    fmt_show_all_sessions: "Afficher les {0} séances",
    fmt_sources_dose: "Sources\u{a0}: {0}. Dose\u{a0}: {1}.",
    fmt_the_new_sessions_are_from: "Les nouvelles séances datent du {0}.",
    fmt_the_new_sessions_are_from_to: "Les nouvelles séances vont du {0} au {1}.",
    fmt_this_week_goal_to: " {0} cette semaine (objectif\u{a0}: de {low} à {high})",
    fmt_this_week_so_far_against_the: "Cette semaine jusqu’ici\u{a0}: {this_week}, pour un objectif de {low} à {high} séances.",
    fmt_works: "Sollicite\u{a0}: {0}.",
    fmt_your_browser_s_storage_is_full: "L’espace de stockage de votre navigateur est plein\u{a0}: vos derniers {what} n’ont pas pu être enregistrés. Ce qui avait été enregistré avant est toujours là. Vous pouvez exporter vos progrès à partir de l’écran des progrès.",
    fmt_your_most_recent_sessions_newest_first: "Vos {shown} séances les plus récentes, de la plus récente à la plus ancienne",
    fmt_your_saved_was_made_by_a: "Vos {what} enregistrés ont été créés par une version plus récente de Knot Coach. Ils sont protégés et ne seront pas modifiés; ce que vous faites maintenant ne sera pas enregistré.",
    no_pain_ratings_yet_html: "<p>Aucune évaluation de la douleur pour l’instant. Évaluez votre douleur avant et après chaque séance pour voir son évolution ici.</p>",
    fmt_nothing_has_been_changed: "{error} Rien n’a été modifié.",
    date: "Date",
    language: "Langue",    rx_offer_title: "Un programme de votre physiothérapeute",
    fmt_rx_offer_lead: "{clinic} vous a prescrit ce programme à faire à la maison.",
    fmt_rx_schedule: "Séances par semaine\u{a0}: {sessions}. Semaines avant de revoir votre physiothérapeute\u{a0}: {weeks}.",
    rx_offer_screening: "Avant de commencer, quelques questions vérifient que les autosoins sont sans danger pour vous aujourd’hui. Si un signe d’alerte apparaît, le programme ne démarrera pas.",
    rx_offer_replaces: "Il remplace le programme que vous suivez maintenant. Vos progrès jusqu’ici sont conservés.",
    accept_this_routine: "Accepter ce programme",
    not_now: "Pas maintenant",
    rx_bad_link_title: "Ce lien de prescription ne peut pas être utilisé",
    rx_bad_link_nothing_changed: "Rien n’a été modifié et aucun programme ne démarrera. Demandez un nouveau lien à votre physiothérapeute, ou copiez de nouveau le lien en entier.",
    your_routine_from_your_clinician: "Votre programme de votre physiothérapeute",
    fmt_prescribed_by: "Prescrit par {name}.",
    fmt_rx_length: "Exercices\u{a0}: {n}, environ {minutes} par séance.",
    fmt_note_from_your_clinician: "Note de votre physiothérapeute\u{a0}: {0}",
    write_a_prescription_link: "Rédiger un lien de prescription",
    rx_clinician_intro: "Choisissez les exercices et réglez chaque dose dans les limites sûres indiquées. Le programme voyage dans le lien lui-même\u{a0}: rien n’est envoyé à un serveur, et votre patient n’a besoin d’aucun compte.",
    clinic: "Clinique",
    clinic_name: "Nom de la clinique",
    booking_link_optional: "Lien de prise de rendez-vous (facultatif, commençant par https://)",
    schedule: "Calendrier",
    sessions_a_week: "Séances par semaine",
    weeks_label: "Semaines",
    fmt_field_range: "{label} ({min} à {max})",
    fmt_exercises_up_to: "Exercices (jusqu’à {0})",
    each_side_in_turn: "Chaque côté à tour de rôle",
    fmt_note_for_your_patient: "Note pour votre patient (facultative, texte simple, jusqu’à {0} caractères)",
    the_link: "Le lien",
    prescription_link: "Lien de prescription",
    copy_the_link: "Copier le lien",
    the_link_is_copied: "Le lien est copié.",
    copy_by_hand: "Votre navigateur n’a pas permis de copier. Sélectionnez le lien ci-dessus et copiez-le.",
    fix_the_problems_marked_above: "Corrigez les problèmes indiqués ci-dessus pour obtenir le lien.",
    qr_code_of_the_link: "Code QR du lien de prescription",
    print_the_sheet: "Imprimer la fiche",
    what_your_patient_will_see: "Ce que votre patient verra",
    scan_to_open_your_routine: "Balayez ce code avec l’appareil photo de votre téléphone pour ouvrir votre programme.",
    enter_a_whole_number: "Entrez un nombre entier.",
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
                Some(next) => format!("{rest} Ensuite\u{a0}: {}.", upcoming(next)),
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
        Announcement::GetReady(label) => format!("Préparez-vous\u{a0}: {}.", set_label(label)),
        Announcement::Rep { label, rep, step } => {
            let step = match step {
                RepStep::Up => "montez".to_owned(),
                RepStep::Top(action) => top_action(*action).to_lowercase(),
                RepStep::Down => "redescendez".to_owned(),
            };
            format!("{}{}\u{a0}: {step}.", set_label(label), rep_part(rep))
        }
        Announcement::Press {
            label,
            spot: (spot, spots),
            duration_ms: ms,
        } => format!(
            "{}, point {spot} sur {spots}\u{a0}: appuyez pendant {}.",
            set_label(label),
            duration_ms(L, *ms)
        ),
        Announcement::KeepGoing {
            label,
            duration_ms: ms,
        } => {
            format!(
                "{}\u{a0}: continuez pendant {}.",
                set_label(label),
                duration_ms(L, *ms)
            )
        }
        Announcement::Hold {
            label,
            duration_ms: ms,
        } => {
            format!(
                "{}\u{a0}: tenez pendant {}.",
                set_label(label),
                duration_ms(L, *ms)
            )
        }
        Announcement::SwitchToRight => "Changez de côté\u{a0}: côté droit maintenant.".to_owned(),
        Announcement::Rest {
            duration_ms: ms,
            next,
        } => match next {
            Some(next) => format!(
                "Repos de {}. Ensuite\u{a0}: {}.",
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
        Caution::ReliefDidNotHelp => "Les étirements ou le massage vous ont peu soulagé, ou pas longtemps\u{a0}: votre routine commence donc par le renforcement et les garde pour un soulagement rapide.",
        Caution::ExerciseDidNotHelp => "L’exercice ne vous a pas aidé jusqu’ici. Les changements se voient habituellement après 3 à 4 semaines de pratique régulière; si rien ne change d’ici là, consultez un médecin ou un physiothérapeute.",
    }
}

/// Une raison qui touche toute la routine.
pub fn routine_reason(reason: &RoutineReason) -> String {
    let text = match reason {
        RoutineReason::ReliefFirst => "Votre routine commence par des étirements et d’autres moyens de soulagement rapide, puis passe au renforcement. Le soulagement détend le nœud pour un temps et vous aide à persévérer; c’est le renforcement qui aide à long terme.",
        RoutineReason::StrengthFirst => "Les étirements ou le massage vous ont peu soulagé, ou pas longtemps\u{a0}: le renforcement passe donc en premier et prend la plus grande partie du temps. Un nœud qui ne cède pas aux étirements ni au massage peut indiquer que la région manque de force et de stabilité. Les exercices de soulagement restent pour un confort rapide.",
        RoutineReason::Caution(c) => caution(*c),
        RoutineReason::PainSteppedBack => "Votre douleur était de 6 sur 10 ou plus après votre dernière séance\u{a0}: les exercices reculent donc d’un cran quand c’est possible. Si elle reste aussi forte, arrêtez et consultez un médecin ou un physiothérapeute.",
        RoutineReason::PainEasedOff => "Votre douleur était de 4 ou 5 sur 10 après votre dernière séance\u{a0}: les exercices sont donc allégés d’un cran quand c’est possible.",
        RoutineReason::NoEquipmentNeeded => "Aucun équipement n’est nécessaire\u{a0}: une chaise, un cadre de porte, une serviette et un peu d’espace au sol suffisent.",
        RoutineReason::NoRollerFloorRollOut { turn: true } => "Vous n’avez pas de rouleau de mousse\u{a0}: le roulement se fait donc couché au sol, et une rotation du milieu du dos en position assise remplace l’étirement sur rouleau.",
        RoutineReason::NoRollerFloorRollOut { turn: false } => "Vous n’avez pas de rouleau de mousse\u{a0}: le roulement se fait donc couché au sol.",
        RoutineReason::NoRollerTurn => "Vous n’avez pas de rouleau de mousse\u{a0}: une rotation du milieu du dos en position assise remplace donc l’étirement sur rouleau.",
        RoutineReason::NoBallMassage => "L’automassage demande une balle de tennis ou de crosse et un mur où s’appuyer; il est donc laissé de côté.",
        RoutineReason::RowsUseBand => "Vous n’avez pas d’haltères\u{a0}: le tirage se fait donc avec votre bande élastique. Une bouteille d’eau pleine dans chaque main fait aussi l’affaire.",
        RoutineReason::NoRows => "Le tirage penché demande des poids légers, des bouteilles d’eau pleines ou une bande élastique\u{a0}: d’autres exercices font donc le renforcement.",
        RoutineReason::HeatDidNotHelp => "La chaleur ne vous a pas aidé auparavant; elle est donc laissée de côté.",
        RoutineReason::WarmShowerFirst => "Une douche chaude avant la séance peut aider les muscles tendus à se relâcher; la chaleur humide fonctionne souvent mieux que la chaleur sèche.",
        RoutineReason::LongSitting { hours } => {
            return format!("Vous êtes assis environ {hours} heures par jour. Rester longtemps dans la même position peut entretenir les nœuds\u{a0}: levez-vous et bougez une minute ou deux de temps en temps.");
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
        ExerciseId::WallBallMassage => "Un soulagement rapide des points sensibles\u{a0}: il vous aide à persévérer, mais ce n’est pas une solution à long terme.",
        ExerciseId::RollerThoracicExtension => "Redonne du mouvement à la partie du dos qui reste immobile quand vous êtes assis.",
        ExerciseId::MoistHeat => "De la chaleur pour aider les muscles tendus à se relâcher.",
        ExerciseId::SlowBreathing => "Le stress crispe le haut du dos; une respiration lente l’aide à se détendre.",
        ExerciseId::SeatedRotationStretch => "Un étirement de soulagement qui fait pivoter le milieu du dos sans écarter davantage les omoplates.",
        ExerciseId::ProneSwimmers => "Renforce les muscles entre vos omoplates dans toute leur amplitude, contre la gravité.",
        ExerciseId::BentOverRow => "Fait travailler directement les muscles du milieu du dos.",
        ExerciseId::ShoulderBladeSqueeze => "Un début en douceur qui réveille les muscles entre vos omoplates.",
        ExerciseId::SeatedBandRow => "Renforce le haut du dos; dans une étude, quelques minutes d’exercices avec bande élastique, 5 jours par semaine, ont réduit les douleurs au cou et aux épaules.",
        ExerciseId::RollOutKneeling | ExerciseId::RollOutWall | ExerciseId::RollOutFloor => "Améliore la stabilité autour des omoplates\u{a0}: le mouvement à essayer quand les étirements et le massage n’ont pas défait un nœud.",
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
        Outcome::OneMoreRep => "\u{a0}: chaque série a donc une répétition de plus.".to_owned(),
        Outcome::OneMoreRepeat => "\u{a0}: il y a donc une reprise de plus.".to_owned(),
        Outcome::OneMoreSet => "\u{a0}: il y a donc une série de plus.".to_owned(),
        Outcome::LongerHold => "\u{a0}: vous tenez donc chaque position un peu plus longtemps.".to_owned(),
        Outcome::OneMoreSpot => "\u{a0}: vous travaillez donc un point de plus.".to_owned(),
        Outcome::HarderVersion(id) => {
            format!("\u{a0}: vous passez donc à une version plus difficile\u{a0}: {}.", exercise_name(id))
        }
        Outcome::AddLoad(id) => format!(
            "\u{a0}: vous ajoutez donc un peu de charge. {}",
            load(id).unwrap_or_default()
        ),
        Outcome::OneRepFewer => "\u{a0}: chaque série a donc une répétition de moins.".to_owned(),
        Outcome::OneRepeatFewer => "\u{a0}: il y a donc une reprise de moins.".to_owned(),
        Outcome::OneSetFewer => "\u{a0}: il y a donc une série de moins.".to_owned(),
        Outcome::ShorterHold => "\u{a0}: chaque maintien est donc un peu plus court.".to_owned(),
        Outcome::OneSpotFewer => "\u{a0}: vous travaillez donc un point de moins.".to_owned(),
        Outcome::EasierVersion(id) => {
            format!("\u{a0}: vous passez donc à une version plus facile\u{a0}: {}.", exercise_name(id))
        }
        Outcome::DropLoad => "\u{a0}: vous retirez donc la charge ajoutée.".to_owned(),
        Outcome::TimeSetBySession => ". Sa durée dépend de votre séance; elle reste donc comme prévu.".to_owned(),
        Outcome::AlreadyTop => ", mais c’est déjà le haut de l’échelle utilisée ici. Gardez ce rythme; un physiothérapeute peut vous proposer la suite.".to_owned(),
        Outcome::AlreadyEasiest => ", et c’est déjà le niveau le plus facile ici. Faites ce que vous pouvez faire confortablement.".to_owned(),
        Outcome::ClinicianTop => ", mais c’est déjà le maximum permis par votre physiothérapeute; la dose reste donc là. Demandez-lui avant d’en faire plus.".to_owned(),
        Outcome::ClinicianEasiest => ", mais c’est déjà le minimum fixé par votre physiothérapeute; la dose reste donc là. Faites ce que vous pouvez faire confortablement, et dites-le-lui.".to_owned(),
        Outcome::SameForNow => "; la dose reste la même pour l’instant.".to_owned(),
        Outcome::Same => "\u{a0}: la dose reste donc la même.".to_owned(),
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
        ExerciseReason::RowsWithBand => "Vous n’avez pas d’haltères\u{a0}: utilisez votre bande élastique en mettant les pieds au milieu et en tenant un bout dans chaque main. Une bouteille d’eau pleine dans chaque main fait aussi l’affaire.",
        ExerciseReason::FloorVersion => "Vous n’avez pas de rouleau de mousse\u{a0}: voici donc la version au sol, qui n’en demande pas.",
        ExerciseReason::TurnInsteadOfRoller => "Il remplace l’étirement sur rouleau de mousse, puisque vous n’avez pas de rouleau.",
        ExerciseReason::WallVersionAt65 => "À 65 ans ou plus, vous commencez debout contre un mur, ce qui ménage vos genoux.",
        ExerciseReason::HeatAtHome => "Une serviette chaude et humide ou une douche chaude suffit.",
        ExerciseReason::MassageSpots(KnotLocation::ShoulderBlade) => "Travaillez les points sensibles sur votre omoplate et autour.",
        ExerciseReason::MassageSpots(KnotLocation::BesideSpine) => "Travaillez les points sensibles dans le muscle à côté de la colonne, sans mettre la balle sur la colonne elle-même.",
        ExerciseReason::MassageSpots(KnotLocation::TopOfShoulder) => "Contre un mur, la balle atteint mal le dessus de l’épaule\u{a0}: travaillez plutôt les points les plus hauts entre vos omoplates, le plus près possible de votre nœud.",
        ExerciseReason::MassageSpots(KnotLocation::BetweenShoulderBlades) => "Travaillez les points sensibles entre vos omoplates.",
        ExerciseReason::HeatHelpedBefore => "Vous avez dit que la chaleur vous avait aidé.",
        ExerciseReason::MassageOnlyFillsTime => "Le massage ne vous a pas aidé auparavant\u{a0}: il sert seulement à combler le temps qui reste après le reste.",
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
                "Gardez la charge ajoutée\u{a0}: {}",
                lower_first(load(*id).unwrap_or_default())
            );
        }
        ExerciseReason::Prescribed => "Votre physiothérapeute a choisi cet exercice et sa dose de départ.",
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

/// Pourquoi une séance enregistrée ou importée a été écartée.
pub fn session_problem(problem: &SessionProblem) -> String {
    match problem {
        SessionProblem::NotAnObject => "ce n’est pas un enregistrement de séance".into(),
        SessionProblem::Unreadable(detail) => format!("une partie n’a pas pu être lue ({detail})"),
        SessionProblem::BadId => "son identifiant est manquant ou trop long".into(),
        SessionProblem::PainOutOfRange => {
            "une évaluation de la douleur n’est pas un nombre entier de 0 à 10".into()
        }
        SessionProblem::EndsBeforeStart => "elle se termine avant de commencer".into(),
        SessionProblem::ImplausibleDate => "sa date n’existe pas".into(),
        SessionProblem::TooLong => "elle dure plus d’une journée".into(),
        SessionProblem::DuplicateId => "elle apparaît deux fois".into(),
    }
}

/// Une règle de progression en une phrase, pour le clinicien qui lit le plan.
pub fn rule_summary(rule: Rule) -> &'static str {
    match rule {
        Rule::TooEasy => "Trop facile (douleur de 0 à 3 ou non évaluée) : augmenter une seule variable — répétitions jusqu’à 15, puis séries jusqu’à 3, puis une version plus difficile ou une charge; les maintiens s’allongent de 5 s jusqu’à 30 s (60 s dès 65 ans), puis les répétitions jusqu’à 4; la pression de la balle s’allonge jusqu’à 30 s, puis un point de plus.",
        Rule::TooHard => "Trop difficile : réduire une seule variable — d’abord la charge ajoutée ou une version plus facile; puis les répétitions (jusqu’à 8) avant les séries (jusqu’à 1), car S1 dit de faire moins de répétitions si c’est trop difficile; les répétitions d’étirement (jusqu’à 2) avant la durée de maintien (jusqu’à 10 s; 30 s dès 65 ans); les points de la balle (jusqu’à 1) avant la durée par point (jusqu’à 15 s).",
        Rule::JustRight => "À peu près juste : garder la dose.",
        Rule::NoFeedback => "Terminé sans évaluation : garder la dose.",
        Rule::PainStepBack => "Douleur de 6 ou plus après la séance : reculer d’une variable sur chaque exercice de cette séance, quelle que soit la rétroaction, terminé ou non; le compte des séances non terminées repart à zéro.",
        Rule::PainEaseOff => "Douleur de 4 ou 5 après la séance : alléger — réduire une variable sur chaque exercice de cette séance, quelle que soit la rétroaction, terminé ou non; le compte des séances non terminées repart à zéro.",
        Rule::NotFinished => "Non terminé, moins de trois séances d’affilée (et pas évalué trop difficile) : garder la dose.",
        Rule::UnderTarget => "Non terminé trois séances d’affilée (et pas évalué trop difficile, ce qui réduit tout de suite) : réduire une variable.",
    }
}

/// Les noms des mois et des jours en français (minuscules, abréviations de l'OQLF).
pub const CALENDAR: Calendar = Calendar {
    months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    weekdays: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    weekdays_narrow: ["L", "M", "M", "J", "V", "S", "D"],
    weekdays_long: [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ],
};

/// A dose variable, as a label in the clinician's form.
pub fn dose_field(field: DoseField) -> &'static str {
    match field {
        DoseField::Sets => "Séries, reprises ou tours",
        DoseField::Reps => "Répétitions par série",
        DoseField::UpS => "Secondes à la montée",
        DoseField::PauseS => "Secondes de pause en haut",
        DoseField::DownS => "Secondes à la descente",
        DoseField::HoldS => "Secondes de chaque maintien",
        DoseField::Spots => "Points",
        DoseField::DurationS => "Secondes au total",
        DoseField::RestS => "Secondes de repos entre les séries",
    }
}

/// What is wrong with a clinic name or a note.
fn text_problem(problem: TextProblem) -> String {
    match problem {
        TextProblem::Blank => "Écrivez quelque chose, ou laissez le champ vide.".to_owned(),
        TextProblem::TooLong { max_chars } => {
            format!("Utilisez au plus {max_chars} caractères.")
        }
        TextProblem::Markup => "Utilisez du texte simple, sans < ni >.".to_owned(),
        TextProblem::ControlCharacter => {
            "Utilisez un seul paragraphe de texte simple, sans saut de ligne ni caractère spécial."
                .to_owned()
        }
    }
}

/// A problem with a prescription, beside its field in the form or in a refused link.
pub fn prescription_error(error: &PrescriptionError) -> String {
    use PrescriptionError as E;
    match *error {
        E::EmptyRoutine => "Choisissez au moins un exercice.".to_owned(),
        E::TooManyExercises { max, .. } => format!("Choisissez au plus {max} exercices."),
        E::DuplicateExercise { exercise } => {
            format!(
                "{} figure deux fois dans le programme.",
                exercise_name(exercise)
            )
        }
        E::ScheduleOutOfBounds { min, max, got, .. } => {
            format!("Choisissez de {min} à {max} (et non {got}).")
        }
        E::BadClinicName(TextProblem::Blank) => "Entrez le nom de la clinique.".to_owned(),
        E::BadClinicName(problem) => text_problem(problem),
        E::BadBookingUrl => {
            "Entrez un lien complet commençant par https:// ou http://, sans espace.".to_owned()
        }
        E::BookingUrlTooLong { max_chars } => {
            format!("Utilisez un lien d’au plus {max_chars} caractères.")
        }
        E::WrongKindOfWork { exercise } => {
            format!(
                "{}\u{a0}: cette dose ne convient pas à cet exercice.",
                exercise_name(exercise)
            )
        }
        E::SidesNotAllowed { exercise, .. } => format!(
            "{}\u{a0}: cet exercice ne se fait pas de cette façon.",
            exercise_name(exercise)
        ),
        E::DoseOutOfBounds {
            exercise,
            field,
            min,
            max,
            got,
        } => format!(
            "{}, {}\u{a0}: choisissez de {min} à {max} (et non {got}).",
            exercise_name(exercise),
            lower_first(dose_field(field))
        ),
        E::NoteBlank { .. } => text_problem(TextProblem::Blank),
        E::NoteTooLong { max_chars, .. } => text_problem(TextProblem::TooLong { max_chars }),
        E::NoteHasMarkup { .. } => text_problem(TextProblem::Markup),
        E::NoteHasControlCharacter { .. } => text_problem(TextProblem::ControlCharacter),
    }
}

/// Why a prescription link was refused.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::Truncated => {
            "Le lien est incomplet\u{a0}: une partie s’est perdue quand il a été copié.".to_owned()
        }
        LinkError::ChecksumMismatch => {
            "Le lien a été modifié ou mal recopié\u{a0}: ses caractères de contrôle ne correspondent pas."
                .to_owned()
        }
        LinkError::UnknownVersion { got } => format!(
            "Le lien a été créé par une version plus récente de Knot Coach (format {got}); celle-ci lit le format 1."
        ),
        LinkError::Malformed => {
            "Ce n’est pas un lien de prescription que Knot Coach peut lire.".to_owned()
        }
        LinkError::UnknownExercise { .. } => {
            "Le lien nomme un exercice que cette version de Knot Coach ne connaît pas.".to_owned()
        }
        LinkError::Invalid(problem) => format!(
            "Le lien demande quelque chose que ce module ne fera pas. {}",
            prescription_error(problem)
        ),
    }
}

//! Les textes du catalogue, du questionnaire et des signaux d’alarme, en français canadien (fr-CA). Edit freely: the
//! parity tests in `tests/text.rs` check every entry is there and worded.

use super::{ExerciseText, QuestionText, RedFlagText};

/// The catalog's words, per exercise, in [`crate::domain::catalog::ExerciseId`] order.
pub const EXERCISES: [ExerciseText; 13] = [
    // ChestStretch
    ExerciseText {
        targets: &["muscles de la poitrine (pectoraux)", "avant des épaules"],
        steps: &["Placez-vous dans un cadre de porte. Appuyez vos avant-bras à plat de chaque côté du cadre, les coudes à peu près à la hauteur des épaules.", "Avancez un pied d’un petit pas jusqu’à sentir un léger étirement à l’avant de la poitrine.", "Restez ainsi en respirant normalement pendant le temps indiqué.", "Reculez pour relâcher, reposez-vous un instant, puis recommencez."],
        cues: &["Gardez la poitrine ouverte et le menton à l’horizontale.", "Un léger étirement suffit. Ça ne doit jamais faire mal.", "Laissez vos épaules descendre, loin des oreilles."],
        mistakes: &["Pousser la tête vers l’avant au lieu de laisser la poitrine avancer dans l’ouverture.", "Cambrer le bas du dos pour aller plus loin.", "Faire des rebonds dans l’étirement."],
        dose_note: "R5 (ACSM) : maintiens de 10 à 30 s, 2 à 4 répétitions; de 30 à 60 s dès 65 ans. S0 et S3 ne donnent pas de chiffres. Nous commençons à 30 s × 3; les 10 s de repos entre les maintiens sont un choix de notre part.",
        progression: "Quand vous arrivez à tenir 30 secondes (60 secondes dès 65 ans), ajoutez une quatrième répétition.",
        load: None,
        regression: "Avancez moins loin, ou appuyez les coudes plus bas sur le cadre. Pas de cadre de porte? Joignez les mains derrière le dos et ramenez doucement les épaules vers l’arrière.",
        alt_text: "Une personne se tient dans un cadre de porte, les deux avant-bras appuyés sur le cadre et un pied avancé, la poitrine penchée doucement vers l’avant dans l’ouverture.",
        why: "Des épaules arrondies peuvent garder les muscles entre les omoplates en étirement; personne ne sait exactement quel rôle joue la posture. Ouvrir la poitrine peut les soulager d’une partie de cette tension.",
        cautions: &["À 65 ans et plus, maintenez chaque étirement de 30 à 60 secondes, tout en douceur."],
    },
    // WallBallMassage
    ExerciseText {
        targets: &["rhomboïdes (entre les omoplates)", "trapèze (en travers du haut du dos)", "infra-épineux (sur l’omoplate)"],
        steps: &["Placez-vous dos à un mur dégagé. Mettez la balle entre le mur et la zone sensible, à côté de l’omoplate.", "Penchez-vous vers l’arrière jusqu’à sentir la balle appuyer sur le muscle. Pliez ou dépliez un peu les genoux pour la faire monter ou descendre.", "Sur un point sensible, appuyez lentement et faites de petits cercles lents, ou gardez simplement la pression immobile.", "Quand le temps prévu pour ce point est écoulé, relâchez et passez au suivant."],
        cues: &["Gardez une pression d’environ 7 sur 10 ou moins : ferme, mais facile à supporter.", "Gardez la balle sur le muscle entre la colonne et l’omoplate, pas sur la colonne.", "Respirez lentement et laissez vos épaules devenir lourdes."],
        mistakes: &["Rester plus de 30 secondes sur le même point.", "Appuyer le plus fort possible : un muscle endolori s’irrite davantage si on le travaille trop fort.", "Rouler rapidement d’avant en arrière sur toute la zone."],
        dose_note: "R5 (Starlanyl) : de 15 à 30 s de pression sur un point gâchette, jamais plus de 30 s d’affilée, pression d’au plus 7/10 environ. S0 met en garde contre l’excès; nous nous limitons donc à 3 points, une seule fois.",
        progression: "Restez un peu plus longtemps sur chaque point, sans jamais dépasser 30 secondes, puis ajoutez un point.",
        load: None,
        regression: "Appuyez moins fort, prenez une balle plus souple (une balle de tennis plutôt qu’une balle de crosse) ou travaillez moins de points.",
        alt_text: "Une personne se tient dos à un mur, une petite balle coincée entre le mur et le haut du dos à côté de l’omoplate, les genoux légèrement pliés pour la faire rouler en petits cercles.",
        why: "Une pression lente sur un point sensible peut le calmer pour un temps. C’est un outil de soulagement rapide qui vous aide à persévérer, pas une solution à long terme.",
        cautions: &["Nécessite une balle de tennis ou de crosse.", "Cette version nécessite un mur contre lequel appuyer la balle.", "Le massage ne vous a pas aidé auparavant; il n’est donc ajouté que s’il reste du temps après tout le reste."],
    },
    // RollerThoracicExtension
    ExerciseText {
        targets: &["muscles le long du haut de la colonne (érecteurs du rachis)", "muscles de la poitrine"],
        steps: &["Assoyez-vous au sol, genoux pliés, un rouleau en mousse placé en travers derrière vous, juste sous les omoplates.", "Soutenez votre tête avec vos mains, les coudes pointés vers l’avant.", "Penchez-vous lentement vers l’arrière et laissez le haut du dos s’arrondir doucement par-dessus le rouleau. Gardez les fesses au sol.", "Tenez, puis revenez en vous enroulant. Montez un peu le rouleau avant le maintien suivant."],
        cues: &["Bougez seulement le haut du dos; gardez les côtes du bas vers le bas.", "Laissez la tête reposer dans vos mains pour que le cou reste détendu.", "Arrêtez-vous à un étirement confortable."],
        mistakes: &["Placer le rouleau sous le bas du dos.", "Tirer sur la tête avec les mains.", "Soulever les hanches pour aller plus loin."],
        dose_note: "S3 nomme l’exercice sans donner de dose; il est donc dosé comme un étirement selon R5 : maintiens de 10 à 30 s, 2 à 4 répétitions (de 30 à 60 s dès 65 ans). Nous commençons à 20 s, à trois hauteurs le long du dos.",
        progression: "Tenez chaque position plus longtemps, jusqu’à 30 secondes (60 secondes dès 65 ans), puis ajoutez une quatrième position.",
        load: None,
        regression: "Penchez-vous moins loin vers l’arrière, ou faites plutôt la rotation du milieu du dos assis.",
        alt_text: "Une personne est assise au sol, genoux pliés, un rouleau en mousse en travers du haut du dos et les mains derrière la tête, et se penche vers l’arrière pour que le haut du dos s’arrondisse par-dessus le rouleau.",
        why: "Il fait bouger la partie de la colonne que la position assise prolongée garde immobile, ce que S3 cite parmi les façons de relâcher les tensions du haut du dos.",
        cautions: &["Nécessite un rouleau en mousse; la rotation du milieu du dos assis le remplace.", "À 65 ans et plus, maintenez chaque étirement de 30 à 60 secondes, tout en douceur."],
    },
    // MoistHeat
    ExerciseText {
        targets: &["muscles du haut du dos"],
        steps: &["Trempez une serviette dans l’eau tiède et essorez-la, ou placez-vous sous une douche chaude.", "Posez la serviette en travers du haut du dos, ou laissez l’eau couler sur la zone entre les omoplates.", "Détendez-vous et respirez lentement jusqu’à la fin du temps prévu."],
        cues: &["Chaud et agréable, jamais brûlant.", "Réchauffez la serviette si elle refroidit."],
        mistakes: &["Utiliser de l’eau assez chaude pour rougir ou piquer la peau.", "Mettre de la chaleur sur une peau abîmée ou engourdie."],
        dose_note: "S3 recommande la chaleur humide plutôt que sèche, sans donner de durée. La durée (de 1 à 5 minutes pendant une séance) est la nôtre, choisie pour s’insérer dans la séance; une douche chaude plus longue avant la séance convient aussi.",
        progression: "La chaleur sert au confort : elle ne devient pas plus difficile.",
        load: None,
        regression: "Utilisez-la moins longtemps, ou moins chaude.",
        alt_text: "Une personne est assise, détendue, une serviette chaude pliée posée en travers du haut du dos, entre les omoplates.",
        why: "La chaleur aide les muscles tendus à se détendre et y amène plus de sang; selon S3, la chaleur humide fonctionne souvent mieux que la chaleur sèche.",
        cautions: &["La chaleur ne vous a pas aidé auparavant; elle est donc retirée."],
    },
    // SlowBreathing
    ExerciseText {
        targets: &["muscles des épaules et du haut du dos qui se crispent avec le stress"],
        steps: &["Assoyez-vous ou allongez-vous confortablement et laissez tomber les épaules.", "Inspirez doucement par le nez en laissant le ventre et le bas des côtes s’ouvrir.", "Expirez lentement, un peu plus longtemps que l’inspiration, et laissez les épaules descendre.", "Gardez ce rythme lent et facile jusqu’à la fin du temps prévu."],
        cues: &["Restez à l’aise : vous ne devriez jamais manquer d’air.", "Laissez vos épaules se relâcher à chaque expiration."],
        mistakes: &["Lever les épaules pour inspirer.", "Forcer de très grandes respirations jusqu’à avoir la tête qui tourne."],
        dose_note: "S3 suggère des techniques de respiration contre les tensions liées au stress, sans donner de durée. La durée (de 30 s à 3 minutes) est la nôtre, choisie pour s’insérer dans la séance.",
        progression: "La respiration reste la même; elle ne devient pas plus difficile.",
        load: None,
        regression: "Respirez normalement et reposez-vous simplement pendant le temps indiqué.",
        alt_text: "Une personne est assise bien droite sur une chaise, les yeux fermés, une main sur le ventre, les épaules détendues, et respire lentement.",
        why: "Le stress a tendance à crisper le haut du dos et les épaules; S3 suggère des techniques de respiration pour relâcher cette tension.",
        cautions: &[],
    },
    // SeatedRotationStretch
    ExerciseText {
        targets: &["le milieu du dos", "muscles le long de la colonne"],
        steps: &["Assoyez-vous bien droit près du bord avant d’une chaise, les pieds à plat et les genoux serrés.", "Croisez les bras sur la poitrine, les mains posées sur les épaules opposées.", "Tournez lentement le haut du corps d’un côté, aussi loin que c’est confortable, en gardant les hanches et les genoux vers l’avant.", "Tenez, revenez au centre, puis tournez de l’autre côté."],
        cues: &["Grandissez-vous d’abord : la rotation vient du milieu du dos.", "Continuez de respirer pendant le maintien.", "Un léger étirement seulement, jamais de douleur."],
        mistakes: &["Laisser les genoux tourner avec vous.", "S’affaisser en tournant.", "Tourner par à-coups pour aller plus loin."],
        dose_note: "S1 donne son étirement de soulagement en 3 séries de 10 sans préciser 10 quoi. Nous l’interprétons comme trois maintiens de 10 secondes de chaque côté, le bas de la fourchette de R5 (10 à 30 s; de 30 à 60 s dès 65 ans) et 2 à 4 répétitions, ce qui laisse de la marge pour progresser.",
        progression: "Tenez chaque rotation plus longtemps, jusqu’à 30 secondes (60 secondes dès 65 ans), puis ajoutez une quatrième rotation de chaque côté.",
        load: None,
        regression: "Tournez moins loin, ou tenez moins longtemps (pas moins de 10 secondes).",
        alt_text: "Une personne est assise bien droite sur une chaise, les bras croisés sur la poitrine, et tourne le haut du corps d’un côté pendant que les hanches et les genoux restent tournés vers l’avant.",
        why: "C’est l’étirement du milieu du dos que S1 propose pour un soulagement à court terme (S1 laisse le choix de l’étirement et dit que la plupart sont sans danger). Nous avons choisi une rotation assise parce que, selon S0, les muscles entre les omoplates sont souvent déjà trop étirés par la position assise voûtée : une rotation fait bouger le milieu du dos sans écarter davantage les omoplates. Il suffit d’une chaise, l’exercice convient aux personnes qui ne peuvent pas se mettre à genoux ou descendre au sol, et il peut servir de pause au bureau. Maintenu de 10 à 30 s, 2 à 4 fois, comme R5 le prévoit pour les étirements.",
        cautions: &["À 65 ans et plus, maintenez chaque étirement de 30 à 60 secondes, tout en douceur."],
    },
    // ProneSwimmers
    ExerciseText {
        targets: &["rhomboïdes (entre les omoplates)", "trapèze moyen et inférieur", "coiffe des rotateurs"],
        steps: &["Allongez-vous à plat ventre sur un tapis, le front sur une serviette pliée, les bras allongés au-delà de la tête.", "Soulevez légèrement les deux bras du sol.", "Ramenez lentement les bras vers les côtés puis vers le bas en pliant les coudes, jusqu’à ce que les mains arrivent près du bas du dos. Gardez-les au-dessus du sol tout au long du mouvement.", "Refaites le même trajet en sens inverse jusqu’au départ. C’est une répétition."],
        cues: &["Comptez trois secondes à l’aller et trois secondes au retour.", "Ramenez les omoplates vers l’arrière et vers le bas pendant que les bras bougent.", "Gardez le cou allongé et le front près de la serviette."],
        mistakes: &["Précipiter le mouvement.", "Lever la tête ou cambrer le bas du dos pour monter les bras plus haut.", "Hausser les épaules vers les oreilles."],
        dose_note: "S1 : 3 séries de 10, 3 s en montant et 3 s en descendant; ajouter du poids ou des répétitions si c’est trop facile, moins de répétitions si c’est trop difficile. Les 30 s de repos entre les séries sont un choix de notre part.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15, puis une troisième série si vous en faisiez moins, puis tenez un poids léger (S1).",
        load: Some("Tenez un poids léger dans chaque main, comme une petite bouteille d’eau pleine."),
        regression: "Faites moins de répétitions, ou gardez les bras plus bas.",
        alt_text: "Une personne est allongée à plat ventre, les bras légèrement soulevés du sol, qu’elle balaie en un grand arc de cercle d’au-dessus de la tête jusqu’au bas du dos.",
        why: "Selon S1, c’est l’exercice le plus utile pour les nœuds entre les omoplates : les omoplates bougent dans toute leur amplitude pendant que les muscles du milieu du dos travaillent contre la gravité.",
        cautions: &[],
    },
    // BentOverRow
    ExerciseText {
        targets: &["rhomboïdes (entre les omoplates)", "trapèze moyen", "grand dorsal (le large muscle du dos)"],
        steps: &["Tenez un haltère léger ou une bouteille d’eau pleine dans chaque main, ou placez-vous debout sur le milieu d’une bande élastique en tenant un bout dans chaque main.", "Pliez un peu les genoux et penchez-vous vers l’avant à partir des hanches, le dos droit, jusqu’à ce que le haut du corps soit à peu près à mi-chemin du sol.", "Laissez pendre les bras. Tirez les coudes vers l’arrière au-delà des côtes en rapprochant les omoplates.", "Redescendez lentement. C’est une répétition."],
        cues: &["Trois secondes en montant, trois secondes en descendant.", "Menez le mouvement avec les coudes, pas avec les mains.", "Gardez le cou dans l’alignement du dos, les yeux vers le sol."],
        mistakes: &["Arrondir le dos.", "Donner un coup de tout le corps pour monter le poids.", "Hausser les épaules."],
        dose_note: "S1 : 3 séries de 10. S1 donne son rythme de 3 s en montant et 3 s en descendant pour le nageur; nous l’utilisons aussi ici pour garder le tirage lent. Les 30 s de repos sont un choix de notre part.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15, puis une troisième série si vous en faisiez moins, puis un peu plus de poids.",
        load: Some("Prenez un poids un peu plus lourd ou une bouteille plus remplie, ou une bande plus résistante."),
        regression: "Faites moins de répétitions, ou prenez un poids plus léger ou une bande moins tendue.",
        alt_text: "Une personne penchée vers l’avant à partir des hanches, le dos droit et les genoux souples, tire un poids dans chaque main vers les côtes.",
        why: "S1 aime le tirage parce qu’il fait travailler directement les muscles du milieu du dos, et l’afflux de sang dû à l’effort semble rendre les points douloureux moins sensibles.",
        cautions: &["Pas d’haltères? Placez-vous debout sur une bande élastique, ou tenez une bouteille d’eau pleine dans chaque main."],
    },
    // ShoulderBladeSqueeze
    ExerciseText {
        targets: &["rhomboïdes (entre les omoplates)", "trapèze moyen"],
        steps: &["Assoyez-vous ou tenez-vous debout bien droit, les bras détendus le long du corps.", "Ramenez lentement les omoplates vers l’arrière et l’une vers l’autre, comme pour tenir un crayon entre elles.", "Tenez brièvement, puis laissez-les s’écarter lentement. C’est une répétition."],
        cues: &["Trois secondes pour serrer, deux secondes de maintien, trois secondes pour relâcher.", "Gardez les épaules basses, loin des oreilles.", "Gardez le menton à l’horizontale."],
        mistakes: &["Hausser les épaules au lieu de les ramener vers l’arrière.", "Cambrer le bas du dos ou pousser les côtes vers l’avant.", "Serrer si fort que ça donne une crampe."],
        dose_note: "S0 nomme l’exercice sans donner de dose; R5 (8 à 15 répétitions × 2 ou 3 séries) la fixe. Nous commençons à 2 × 10, car c’est l’exercice de renforcement le plus léger. Le rythme suit les comptes de 3 s de S1, avec un maintien de 2 s au moment de serrer, qui est un choix de notre part.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15, puis une troisième série. Ensuite, le nageur à plat ventre de votre programme prend le relais comme exercice plus exigeant.",
        load: None,
        regression: "Faites moins de répétitions, ou serrez plus doucement.",
        alt_text: "Une personne est assise bien droite sur une chaise, les bras le long du corps, et ramène les omoplates vers l’arrière et l’une vers l’autre.",
        why: "Une façon simple de réveiller les muscles entre les omoplates, n’importe où; S0 le cite avec le tirage pour renforcer le haut du dos.",
        cautions: &[],
    },
    // SeatedBandRow
    ExerciseText {
        targets: &["rhomboïdes (entre les omoplates)", "trapèze moyen", "grand dorsal (le large muscle du dos)"],
        steps: &["Assoyez-vous au sol, jambes allongées devant vous, ou sur une chaise, et passez le milieu de la bande sous la plante des pieds.", "Tenez un bout dans chaque main, les bras tendus devant vous, et tenez-vous bien droit.", "Tirez les coudes vers l’arrière, près du corps, en rapprochant les omoplates.", "Laissez les bras se tendre lentement. C’est une répétition."],
        cues: &["Trois secondes vers l’arrière, trois secondes vers l’avant.", "Restez droit tout au long; ne vous penchez pas vers l’arrière pour tirer.", "Gardez les épaules basses."],
        mistakes: &["Se pencher vers l’arrière pour tirer plus facilement.", "Laisser la bande revenir d’un coup sec.", "Hausser les épaules."],
        dose_note: "S0 nomme l’exercice sans donner de dose. 2 séries de 10 répétitions lentes font environ 2 minutes de travail à la bande, la quantité quotidienne qui a soulagé les douleurs au cou et aux épaules dans l’essai d’Andersen cité par R5, et restent dans la fourchette 8–15 × 2–3 de R5. Les 30 s de repos sont un choix de notre part.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15, puis une troisième série, puis une bande plus résistante.",
        load: Some("Tenez la bande plus près des pieds, ou prenez une bande plus résistante."),
        regression: "Faites moins de répétitions, ou tenez la bande plus loin pour qu’elle tire moins.",
        alt_text: "Une personne est assise au sol, jambes tendues, une bande passée autour des pieds, et tire les bouts vers l’arrière jusqu’à ce que les coudes dépassent les côtes.",
        why: "S0 recommande le tirage assis pour renforcer le haut du dos. La bande élastique permet de le faire à la maison et, dans un essai cité par R5, 2 minutes d’exercices à la bande par jour, 5 jours par semaine, ont soulagé les douleurs au cou et aux épaules. Ce programme utilise le même court travail à la bande, mais moins de jours par semaine.",
        cautions: &["Nécessite une bande élastique."],
    },
    // RollOutKneeling
    ExerciseText {
        targets: &["muscles qui stabilisent les omoplates", "coiffe des rotateurs", "mobilité du milieu du dos"],
        steps: &["Mettez-vous à genoux au sol, un rouleau en mousse posé en travers devant vous.", "Posez les avant-bras sur le rouleau, les paumes face à face, les pouces vers le haut.", "Appuyez légèrement sur le rouleau et faites-le rouler vers l’avant jusqu’à ce que vos bras soient tendus. Gardez le dos droit et les yeux vers le sol.", "Les bras tendus, soulevez un avant-bras de 2 à 5 cm du rouleau à l’aide des muscles autour de l’omoplate, puis reposez-le.", "Soulevez l’autre bras de la même façon.", "Continuez d’appuyer sur le rouleau et servez-vous du milieu du dos pour revenir au départ. C’est une répétition."],
        cues: &["Seuls les bras bougent; gardez le corps immobile.", "Gardez le cou détendu et les épaules loin des oreilles.", "Un petit soulèvement suffit."],
        mistakes: &["Hausser les épaules en levant le bras.", "Laisser le bas du dos s’affaisser ou se cambrer.", "Lever la tête pour regarder devant."],
        dose_note: "S2 prévoit 30 répétitions, 3 ou 4 fois par semaine. Nous les divisons en 3 séries de 10 avec 30 s de repos, ce qui reste aussi dans la fourchette 8–15 × 2–3 de R5. Le rythme (3 s vers l’avant, 2 s pour les deux levées de bras, 3 s de retour) est le nôtre, inspiré des comptes lents de 3 s de S1. La progression peut aller jusqu’à 3 × 15 (45 répétitions), au-delà des 30 de S2 mais dans la fourchette 8–15 × 2–3 de R5.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15 par série, puis une troisième série si vous en faisiez moins.",
        load: None,
        regression: "Faites la version debout au mur, puis moins de répétitions, puis moins de séries.",
        alt_text: "Une personne à genoux, les avant-bras sur un rouleau en mousse, le fait rouler vers l’avant jusqu’à ce que les bras soient tendus et soulève un avant-bras juste au-dessus du rouleau.",
        why: "Le chiropraticien de S2 place cet exercice en premier quand les étirements et les massages n’ont pas réglé un nœud au milieu du dos : il renforce la stabilité autour des omoplates, fait travailler la coiffe des rotateurs et garde le milieu du dos mobile. Les changements se voient habituellement après 3 ou 4 semaines, à raison de 3 ou 4 fois par semaine.",
        cautions: &["Pas de rouleau en mousse? La version au sol fait la même levée de bras, sans rouleau.", "À 65 ans et plus, vous commencez par la version debout au mur, qui ménage vos genoux, si vous avez un mur à votre disposition."],
    },
    // RollOutWall
    ExerciseText {
        targets: &["muscles qui stabilisent les omoplates", "coiffe des rotateurs", "mobilité du milieu du dos"],
        steps: &["Placez-vous face à un mur, à environ un pas, et tenez avec les avant-bras un rouleau en mousse à l’horizontale contre le mur, à la hauteur de la poitrine.", "Gardez les paumes face à face, les pouces vers le haut, et appuyez légèrement sur le rouleau.", "Faites rouler le rouleau vers le haut du mur jusqu’à ce que vos bras soient tendus, en gardant le corps immobile.", "Soulevez un avant-bras de 2 à 5 cm du rouleau, reposez-le, puis faites de même avec l’autre bras.", "Continuez d’appuyer et redescendez en roulant jusqu’au départ. C’est une répétition."],
        cues: &["Seuls les bras bougent; gardez le corps immobile.", "Gardez le cou détendu et les épaules loin des oreilles.", "Un petit soulèvement suffit."],
        mistakes: &["Hausser les épaules en levant le bras.", "Appuyer tout le corps contre le mur.", "Cambrer le bas du dos quand les bras montent."],
        dose_note: "S2 prévoit 30 répétitions, 3 ou 4 fois par semaine. Nous les divisons en 3 séries de 10 avec 30 s de repos, ce qui reste aussi dans la fourchette 8–15 × 2–3 de R5. Le rythme (3 s vers l’avant, 2 s pour les deux levées de bras, 3 s de retour) est le nôtre, inspiré des comptes lents de 3 s de S1. La progression peut aller jusqu’à 3 × 15 (45 répétitions), au-delà des 30 de S2 mais dans la fourchette 8–15 × 2–3 de R5.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15 par série, puis une troisième série, puis passez à la version à genoux.",
        load: None,
        regression: "Faites moins de répétitions, puis moins de séries.",
        alt_text: "Une personne face à un mur, les avant-bras sur un rouleau en mousse appuyé contre celui-ci, le fait rouler vers le haut jusqu’à ce que les bras soient tendus et soulève un avant-bras juste au-dessus du rouleau.",
        why: "S2 propose cette version debout du déroulé pour les personnes qui ont du mal à se mettre à genoux.",
        cautions: &["Nécessite un rouleau en mousse; la version au sol la remplace.", "Nécessite un pan de mur dégagé pour y faire rouler le rouleau."],
    },
    // RollOutFloor
    ExerciseText {
        targets: &["muscles qui stabilisent les omoplates", "coiffe des rotateurs", "mobilité du milieu du dos"],
        steps: &["Allongez-vous à plat ventre, le front sur une serviette pliée, les avant-bras au sol de chaque côté de la tête, les paumes face à face, les pouces vers le haut.", "Faites glisser les mains vers l’avant sur le sol jusqu’à ce que vos bras soient tendus.", "Soulevez un bras de 2 à 5 cm du sol à l’aide des muscles autour de l’omoplate, redescendez-le, puis soulevez l’autre.", "Ramenez les bras en glissant jusqu’au départ. C’est une répétition."],
        cues: &["Gardez le front sur la serviette et le cou détendu.", "Gardez les épaules loin des oreilles.", "Un petit soulèvement suffit."],
        mistakes: &["Hausser les épaules en levant le bras.", "Décoller la tête ou la poitrine du sol.", "Revenir trop vite en glissant."],
        dose_note: "S2 prévoit 30 répétitions, 3 ou 4 fois par semaine. Nous les divisons en 3 séries de 10 avec 30 s de repos, ce qui reste aussi dans la fourchette 8–15 × 2–3 de R5. Le rythme (3 s vers l’avant, 2 s pour les deux levées de bras, 3 s de retour) est le nôtre, inspiré des comptes lents de 3 s de S1. La progression peut aller jusqu’à 3 × 15 (45 répétitions), au-delà des 30 de S2 mais dans la fourchette 8–15 × 2–3 de R5.",
        progression: "Ajoutez une répétition à la fois jusqu’à 15 par série, puis une troisième série si vous en faisiez moins.",
        load: None,
        regression: "Faites moins de répétitions, puis moins de séries.",
        alt_text: "Une personne allongée à plat ventre, les bras tendus vers l’avant sur le sol, soulève un bras juste au-dessus du sol.",
        why: "La version de S2 sans rouleau : la même levée de bras, allongé sur le ventre en faisant glisser les mains sur le sol.",
        cautions: &[],
    },
];

/// The questions' words, in [`crate::domain::questionnaire::QuestionId`] order.
pub const QUESTIONS: [QuestionText; 10] = [
    // EmergencySigns
    QuestionText {
        prompt: "Avez-vous l’un de ces symptômes en plus du mal de dos?",
        help: "Des problèmes au cœur, aux poumons ou à la colonne peuvent se faire sentir entre les omoplates. Ces signes demandent une aide immédiate; c’est pourquoi nous posons ces questions en premier.",
        unit: "",
        options: &[
            ("chest-pain", "Douleur, serrement ou pression à la poitrine", None),
            ("short-of-breath", "Essoufflement ou difficulté à respirer", None),
            ("sudden-severe-pain", "Douleur apparue soudainement et très intense, ou qui donne l’impression d’un déchirement", None),
            ("serious-accident", "La douleur a commencé après un accident grave ou une chute", Some("Par exemple, un accident de la route ou une mauvaise chute.")),
            ("both-legs-numb-or-weak", "Engourdissement, picotements ou faiblesse dans les deux jambes, ou difficulté à garder l’équilibre", None),
            ("bladder-or-bowel-change", "Perte de contrôle de la vessie ou des intestins, ou engourdissement autour de l’aine ou des fesses", None),
            ("none", "Aucune de ces réponses", None),
        ],
        outcomes: &[
        ],
    },
    // KnotLocation
    QuestionText {
        prompt: "Où se trouve le nœud?",
        help: "Choisissez l’endroit où c’est le plus tendu. S’il y en a plusieurs, choisissez celui qui vous dérange le plus.",
        unit: "",
        options: &[
            ("between-shoulder-blades", "Entre les omoplates", None),
            ("top-of-shoulder", "Sur le dessus de l’épaule, vers le cou", None),
            ("shoulder-blade", "Sur une omoplate ou en dessous", None),
            ("beside-spine", "Au milieu du dos, à côté de la colonne", None),
        ],
        outcomes: &[
        ],
    },
    // Duration
    QuestionText {
        prompt: "Depuis combien de temps l’avez-vous?",
        help: "Une idée approximative suffit.",
        unit: "",
        options: &[
            ("days", "Moins d’une semaine", None),
            ("weeks", "D’une semaine à trois mois", None),
            ("months", "Trois mois ou plus", None),
        ],
        outcomes: &[
        ],
    },
    // AgeBand
    QuestionText {
        prompt: "Quel âge avez-vous?",
        help: "Certains conseils dépendent de l’âge, comme la durée de maintien d’un étirement.",
        unit: "",
        options: &[
            ("under-20", "Moins de 20 ans", None),
            ("20-49", "20 à 49 ans", None),
            ("50-64", "50 à 64 ans", None),
            ("65-plus", "65 ans ou plus", None),
        ],
        outcomes: &[
        ],
    },
    // WarningSigns
    QuestionText {
        prompt: "Avez-vous remarqué l’un de ces signes?",
        help: "Ils ne veulent pas toujours dire que quelque chose ne va pas, mais un médecin ou un physiothérapeute devrait les vérifier avant que vous traitiez le nœud vous-même.",
        unit: "",
        options: &[
            ("unusual-lump", "Une bosse qui ne ressemble pas à un nœud au toucher, ou un changement de forme du dos", None),
            ("fever", "Fièvre, ou sensation de froid avec frissons", None),
            ("unexplained-weight-loss", "Perte de poids sans l’avoir cherché", None),
            ("night-or-rest-pain", "Douleur la nuit ou au repos qui ne change pas quand vous bougez", None),
            ("worsening-constant-pain", "Douleur présente en tout temps et qui ne cesse d’empirer", None),
            ("arm-numb-or-weak", "Engourdissement, picotements ou faiblesse dans un bras ou une main", None),
            ("neck-origin", "Douleur qui semble partir du cou et descendre", None),
            ("worse-on-cough-or-strain", "Douleur qui augmente quand vous toussez, éternuez ou allez à la selle", None),
            ("rash-or-blisters", "Rougeurs ou cloques sur la peau à l’endroit douloureux", None),
            ("none", "Aucune de ces réponses", None),
        ],
        outcomes: &[
        ],
    },
    // HealthHistory
    QuestionText {
        prompt: "Est-ce que l’un de ces éléments s’applique à vous?",
        help: "Certains problèmes de santé changent ce que vous pouvez faire seul sans danger.",
        unit: "",
        options: &[
            ("cancer-history", "Vous avez eu un cancer, peu importe quand", None),
            ("weak-immune-system", "VIH, système immunitaire affaibli, ou prise de stéroïdes en comprimés depuis longtemps", None),
            ("spinal-condition", "Un problème de colonne diagnostiqué par un professionnel de la santé", Some("Par exemple un problème de disque, des os fragilisés (ostéoporose), un canal rachidien rétréci (sténose) ou une colonne déviée (scoliose).")),
            ("no-improvement", "Vous faites régulièrement des exercices comme ceux-ci depuis 3 semaines ou plus et la douleur ne s’améliore pas", None),
            ("none", "Aucune de ces réponses", None),
        ],
        outcomes: &[
        ],
    },
    // Tried
    QuestionText {
        prompt: "Qu’avez-vous essayé jusqu’ici, et comment ça s’est passé?",
        help: "Cela nous aide à choisir ce qui vient en premier dans votre programme.",
        unit: "",
        options: &[
            ("stretching", "Étirements", None),
            ("massage", "Massage", Some("Par un thérapeute, ou vous-même avec une balle ou un rouleau.")),
            ("heat", "Chaleur", Some("Par exemple une compresse chaude ou une douche chaude.")),
            ("exercise", "Exercices de renforcement", Some("Par exemple du tirage ou le rapprochement des omoplates.")),
        ],
        outcomes: &[
            ("not-tried", "Pas essayé"),
            ("helped", "Ça a aidé"),
            ("briefly", "Ça a aidé un temps seulement"),
            ("no-help", "Ça n’a pas aidé"),
        ],
    },
    // SittingHours
    QuestionText {
        prompt: "Lors d’une journée typique, combien d’heures passez-vous assis?",
        help: "Comptez le travail, les déplacements et le temps devant un écran. Rester longtemps dans la même position peut entretenir les nœuds; votre programme pourrait donc ajouter de courtes pauses pour bouger.",
        unit: "heures",
        options: &[
        ],
        outcomes: &[
        ],
    },
    // Equipment
    QuestionText {
        prompt: "Lesquels de ces articles avez-vous à la maison?",
        help: "Votre programme n’utilisera que ce que vous avez.",
        unit: "",
        options: &[
            ("ball", "Une balle de tennis ou de crosse", None),
            ("foam-roller", "Un rouleau en mousse", None),
            ("band", "Une bande élastique", None),
            ("dumbbells", "Des haltères légers, ou une bouteille d’eau pleine à la place", None),
            ("wall", "Un pan de mur dégagé où vous appuyer", None),
            ("none", "Aucune de ces réponses", None),
        ],
        outcomes: &[
        ],
    },
    // SessionMinutes
    QuestionText {
        prompt: "Combien de temps pouvez-vous consacrer à chaque séance?",
        help: "En faire un peu régulièrement compte plus qu’en faire beaucoup de temps en temps.",
        unit: "",
        options: &[
            ("5", "5 minutes", None),
            ("10", "10 minutes", None),
            ("15", "15 minutes", None),
            ("20", "20 minutes", None),
        ],
        outcomes: &[
        ],
    },
];

/// The red flags' words, in [`crate::domain::triage::RedFlag`] order.
pub const RED_FLAGS: [RedFlagText; 20] = [
    // ChestPain
    RedFlagText {
        label: "Douleur, serrement ou pression à la poitrine",
        hint: None,
        reason: "Une douleur à la poitrine accompagnée d’une douleur entre les omoplates peut venir du cœur; elle doit donc être vérifiée immédiatement.",
    },
    // ShortOfBreath
    RedFlagText {
        label: "Essoufflement ou difficulté à respirer",
        hint: None,
        reason: "Une difficulté à respirer accompagnée d’une douleur au haut du dos peut venir des poumons ou du cœur; elle doit donc être vérifiée immédiatement.",
    },
    // SuddenSeverePain
    RedFlagText {
        label: "Douleur apparue soudainement et très intense, ou qui donne l’impression d’un déchirement",
        hint: None,
        reason: "Une douleur très intense qui commence soudainement peut venir de la grosse artère qui sort du cœur ou d’un autre organe; elle doit donc être vérifiée immédiatement.",
    },
    // SeriousAccident
    RedFlagText {
        label: "La douleur a commencé après un accident grave ou une chute",
        hint: Some("Par exemple, un accident de la route ou une mauvaise chute."),
        reason: "Une douleur au dos après un accident grave ou une chute peut signaler une blessure à la colonne; elle doit donc être vérifiée immédiatement.",
    },
    // BothLegsNumbOrWeak
    RedFlagText {
        label: "Engourdissement, picotements ou faiblesse dans les deux jambes, ou difficulté à garder l’équilibre",
        hint: None,
        reason: "Des changements de sensation ou de force dans les deux jambes peuvent signifier que quelque chose comprime la moelle épinière; ils doivent donc être vérifiés immédiatement.",
    },
    // BladderOrBowelChange
    RedFlagText {
        label: "Perte de contrôle de la vessie ou des intestins, ou engourdissement autour de l’aine ou des fesses",
        hint: None,
        reason: "Des changements dans le contrôle de la vessie ou des intestins, ou un engourdissement autour de l’aine, peuvent signifier que quelque chose comprime la moelle épinière ou ses nerfs; ils doivent donc être vérifiés immédiatement.",
    },
    // UnusualLump
    RedFlagText {
        label: "Une bosse qui ne ressemble pas à un nœud au toucher, ou un changement de forme du dos",
        hint: None,
        reason: "Une bosse qui ne ressemble pas à un nœud au toucher, ou un changement de forme du dos, devrait être examiné par un professionnel de la santé avant que vous appuyiez dessus ou l’étiriez.",
    },
    // Fever
    RedFlagText {
        label: "Fièvre, ou sensation de froid avec frissons",
        hint: None,
        reason: "Une douleur au dos accompagnée de fièvre ou de frissons peut avoir une autre cause qu’un nœud; un médecin devrait donc la vérifier.",
    },
    // UnexplainedWeightLoss
    RedFlagText {
        label: "Perte de poids sans l’avoir cherché",
        hint: None,
        reason: "Une perte de poids sans l’avoir cherché, accompagnée de douleur au dos, devrait être examinée par un médecin.",
    },
    // NightOrRestPain
    RedFlagText {
        label: "Douleur la nuit ou au repos qui ne change pas quand vous bougez",
        hint: None,
        reason: "La douleur d’un muscle tendu change habituellement quand on bouge ou qu’on change de position; une douleur qui ne change pas, ou qui est pire la nuit, devrait être vérifiée.",
    },
    // WorseningConstantPain
    RedFlagText {
        label: "Douleur présente en tout temps et qui ne cesse d’empirer",
        hint: None,
        reason: "Une douleur qui ne laisse jamais de répit et qui augmente sans cesse ne correspond pas au comportement habituel d’un nœud; elle devrait donc être vérifiée.",
    },
    // ArmNumbOrWeak
    RedFlagText {
        label: "Engourdissement, picotements ou faiblesse dans un bras ou une main",
        hint: None,
        reason: "Un engourdissement, des picotements ou une faiblesse peuvent signifier qu’un nerf est touché, ce qu’un professionnel de la santé devrait évaluer.",
    },
    // NeckOrigin
    RedFlagText {
        label: "Douleur qui semble partir du cou et descendre",
        hint: None,
        reason: "Une douleur qui part du cou pourrait ne pas se soulager avec des exercices pour le haut du dos; mieux vaut la faire évaluer d’abord.",
    },
    // WorseOnCoughOrStrain
    RedFlagText {
        label: "Douleur qui augmente quand vous toussez, éternuez ou allez à la selle",
        hint: None,
        reason: "Une douleur au dos qui augmente quand vous toussez, éternuez ou poussez à la selle devrait être vérifiée par un médecin.",
    },
    // RashOrBlisters
    RedFlagText {
        label: "Rougeurs ou cloques sur la peau à l’endroit douloureux",
        hint: None,
        reason: "Des rougeurs ou des cloques douloureuses peuvent être un zona, qu’un médecin devrait voir.",
    },
    // CancerHistory
    RedFlagText {
        label: "Vous avez eu un cancer, peu importe quand",
        hint: None,
        reason: "Après un cancer, une nouvelle douleur au dos ou une nouvelle bosse devrait être vérifiée par un médecin avant que vous la traitiez vous-même.",
    },
    // WeakImmuneSystem
    RedFlagText {
        label: "VIH, système immunitaire affaibli, ou prise de stéroïdes en comprimés depuis longtemps",
        hint: None,
        reason: "Avec le VIH, un système immunitaire affaibli ou la prise prolongée de stéroïdes en comprimés, une douleur au dos devrait être vérifiée par un médecin avant que vous la traitiez vous-même.",
    },
    // SpinalCondition
    RedFlagText {
        label: "Un problème de colonne diagnostiqué par un professionnel de la santé",
        hint: Some("Par exemple un problème de disque, des os fragilisés (ostéoporose), un canal rachidien rétréci (sténose) ou une colonne déviée (scoliose)."),
        reason: "Si vous avez un problème de colonne diagnostiqué, demandez l’avis de votre médecin ou de votre physiothérapeute avant de commencer tout nouvel exercice ou massage.",
    },
    // NoImprovement
    RedFlagText {
        label: "Vous faites régulièrement des exercices comme ceux-ci depuis 3 semaines ou plus et la douleur ne s’améliore pas",
        hint: None,
        reason: "Des exercices réguliers apportent habituellement un changement en 3 à 4 semaines; sinon, un professionnel de la santé devrait en chercher la cause.",
    },
    // NewPainYoungOrOlder
    RedFlagText {
        label: "Douleur au dos apparue récemment, alors que vous avez moins de 20 ans ou plus de 50 ans",
        hint: None,
        reason: "Une nouvelle douleur au haut du dos chez une personne de moins de 20 ans ou de plus de 50 ans risque davantage d’avoir une autre cause qu’un nœud; un professionnel de la santé devrait donc la vérifier d’abord.",
    },
];

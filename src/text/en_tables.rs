//! Generated from the catalog, questionnaire and red-flag tables (English). Edit freely: the
//! parity tests in `tests/text.rs` check every entry is there and worded.

use super::{ExerciseText, QuestionText, RedFlagText};

/// The catalog's words, per exercise, in [`crate::domain::catalog::ExerciseId`] order.
pub const EXERCISES: [ExerciseText; 13] = [
    // ChestStretch
    ExerciseText {
        targets: &["chest muscles (pectorals)", "fronts of the shoulders"],
        steps: &["Stand in a doorway. Put your forearms flat on the frame on each side, elbows at about shoulder height.", "Take a small step forward with one foot until you feel a gentle pull across the front of your chest.", "Stay there and breathe normally for the time shown.", "Step back to let go, rest a moment, then repeat."],
        cues: &["Keep your chest up and your chin level.", "A mild pull is enough. It should never hurt.", "Let your shoulders sink away from your ears."],
        mistakes: &["Pushing your head forward instead of letting your chest move through.", "Arching your lower back to get further.", "Bouncing in and out of the stretch."],
        dose_note: "R5 (ACSM): hold 10–30 s, 2–4 repeats; 30–60 s at 65 or over. S0 and S3 give no numbers. We start at 30 s × 3; the 10 s rest between holds is ours.",
        progression: "Once you can hold it for 30 seconds (60 at 65 or over), add a fourth repeat.",
        load: None,
        regression: "Step less far through, or rest your elbows lower on the frame. No doorway? Clasp your hands behind your back and gently draw your shoulders back.",
        alt_text: "A person stands in a doorway with both forearms against the frame and one foot stepped forward, so the chest leans gently through the opening.",
        why: "Rounded shoulders may keep the muscles between the shoulder blades on a stretch; nobody knows for sure how much posture matters. Opening the chest can take some of that strain off them.",
        cautions: &["At 65 or over, hold each stretch for 30 to 60 seconds and keep it gentle."],
    },
    // WallBallMassage
    ExerciseText {
        targets: &["rhomboids (between the shoulder blades)", "trapezius (across the upper back)", "infraspinatus (on the shoulder blade)"],
        steps: &["Stand with your back to a clear wall. Put the ball between the wall and the sore area beside your shoulder blade.", "Lean back until you feel the ball press into the muscle. Bend or straighten your knees a little to move it up or down.", "On a tender spot, lean in slowly and make small, slow circles, or simply keep the pressure still.", "When the time for that spot is up, ease off and move to the next one."],
        cues: &["Keep the pressure at about 7 out of 10 or less: firm, but easy to bear.", "Keep the ball on the muscle between your spine and your shoulder blade, not on the spine.", "Breathe slowly and let your shoulders go heavy."],
        mistakes: &["Staying on one spot for more than 30 seconds.", "Pressing as hard as you can: sore muscles get more irritated if worked too hard.", "Rolling quickly back and forth over the whole area."],
        dose_note: "R5 (Starlanyl): 15–30 s of pressure on one trigger point, never more than 30 s at a time, pressure no more than about 7/10. S0 warns against overdoing it, so we keep to 3 spots, one round.",
        progression: "Stay a little longer on each spot, never past 30 seconds, then add one more spot.",
        load: None,
        regression: "Lean in less, use a softer ball (a tennis ball rather than a lacrosse ball), or work fewer spots.",
        alt_text: "A person stands with their back to a wall, a small ball held between the wall and the upper back beside the shoulder blade, knees slightly bent to roll it in small circles.",
        why: "Slow pressure on a tender spot can calm it for a while. It is a quick relief tool that helps you keep going, not a long-term fix.",
        cautions: &["Needs a tennis or lacrosse ball.", "This version needs a wall to lean the ball against.", "Massage did not help you before, so it only comes in when there is time left after everything else."],
    },
    // RollerThoracicExtension
    ExerciseText {
        targets: &["muscles along the upper spine (erector spinae)", "chest muscles"],
        steps: &["Sit on the floor with your knees bent and a foam roller crosswise behind you, just below your shoulder blades.", "Hold your head in your hands, elbows pointing forward.", "Lean back slowly and let your upper back curve gently over the roller. Keep your bottom on the floor.", "Hold, then curl back up. Move the roller a little higher before the next hold."],
        cues: &["Move from your upper back only; keep your lower ribs down.", "Let your head rest in your hands so your neck stays relaxed.", "Stop at a comfortable stretch."],
        mistakes: &["Putting the roller under your lower back.", "Pulling on your head with your hands.", "Lifting your hips to bend further."],
        dose_note: "S3 names the exercise but gives no dose, so it is dosed as a stretch under R5: holds of 10–30 s, 2–4 repeats (30–60 s at 65 or over). We start at 20 s at three points up the back.",
        progression: "Hold each position longer, up to 30 seconds (60 at 65 or over), then add a fourth position.",
        load: None,
        regression: "Lean back less far, or do the seated mid-back turn instead.",
        alt_text: "A person sits on the floor, knees bent, with a foam roller across the upper back and hands behind the head, leaning back so the upper back curves over the roller.",
        why: "It moves the part of the spine that long sitting keeps still, which S3 lists among the ways to ease upper-back tension.",
        cautions: &["Needs a foam roller; the seated mid-back turn takes its place.", "At 65 or over, hold each stretch for 30 to 60 seconds and keep it gentle."],
    },
    // MoistHeat
    ExerciseText {
        targets: &["upper-back muscles"],
        steps: &["Soak a towel in warm water and wring it out, or stand under a warm shower.", "Lay the towel across your upper back, or let the water run over the area between your shoulder blades.", "Relax and breathe slowly until the time is up."],
        cues: &["Warm and pleasant, never hot.", "Warm the towel again if it cools."],
        mistakes: &["Using water hot enough to redden or sting the skin.", "Putting heat on broken skin or on skin that feels numb."],
        dose_note: "S3 recommends moist heat over dry heat but gives no time. The duration (1–5 minutes inside a session) is ours, chosen to fit the session; a longer warm shower beforehand is also fine.",
        progression: "Heat is for comfort: it does not get harder.",
        load: None,
        regression: "Use it for less time, or make it less warm.",
        alt_text: "A person sits relaxed with a folded warm towel draped across the upper back between the shoulder blades.",
        why: "Warmth helps tense muscles relax and brings more blood to them; S3 says moist heat often works better than dry heat.",
        cautions: &["Heat did not help you before, so it is left out."],
    },
    // SlowBreathing
    ExerciseText {
        targets: &["shoulder and upper-back muscles that tighten with stress"],
        steps: &["Sit or lie comfortably and let your shoulders drop.", "Breathe in gently through your nose, letting your belly and lower ribs widen.", "Breathe out slowly, a little longer than you breathed in, and let your shoulders sink.", "Keep this slow, easy rhythm until the time is up."],
        cues: &["Keep it easy; you should never feel short of air.", "Let your shoulders soften on every breath out."],
        mistakes: &["Lifting your shoulders to breathe in.", "Forcing very deep breaths until you feel light-headed."],
        dose_note: "S3 suggests breathing techniques for stress-related tension but gives no time. The duration (30 s to 3 minutes) is ours, chosen to fit the session.",
        progression: "Breathing stays the same; it does not get harder.",
        load: None,
        regression: "Breathe normally and simply rest for the time shown.",
        alt_text: "A person sits upright on a chair with eyes closed and one hand on the belly, shoulders relaxed, breathing slowly.",
        why: "Stress tends to tighten the upper back and shoulders; S3 suggests breathing techniques to ease that tension.",
        cautions: &[],
    },
    // SeatedRotationStretch
    ExerciseText {
        targets: &["the middle of the back", "muscles along the spine"],
        steps: &["Sit tall near the front of a chair, feet flat and knees together.", "Cross your arms over your chest, hands resting on the opposite shoulders.", "Turn your upper body slowly to one side, as far as is comfortable, keeping your hips and knees facing forward.", "Hold, come back to the middle, then turn the other way."],
        cues: &["Sit up tall first: the turn comes from the middle of your back.", "Keep breathing while you hold.", "A mild stretch only, never pain."],
        mistakes: &["Letting your knees swing round with you.", "Slumping as you turn.", "Jerking to get further."],
        dose_note: "S1 gives its one relief stretch as 3 sets of 10 without saying 10 what. We read it as three 10-second holds each way, the low end of R5's 10–30 s (30–60 s at 65 or over) and 2–4 repeats, so it has room to grow.",
        progression: "Hold each turn longer, up to 30 seconds (60 at 65 or over), then add a fourth turn each way.",
        load: None,
        regression: "Turn less far, or hold for less time (not under 10 seconds).",
        alt_text: "A person sits tall on a chair with arms crossed over the chest and turns the upper body to one side while the hips and knees keep facing forward.",
        why: "This is the one mid-back stretch for short-term relief that S1 suggests (S1 leaves the choice of stretch open and says most are safe). We chose a seated turn because S0 says the muscles between the shoulder blades are often already overstretched by rounded sitting: a turn moves the mid-back without pulling the shoulder blades further apart. It needs only a chair, suits people who cannot kneel or get down to the floor, and works as a desk break. Held 10–30 s, 2–4 times, as R5 doses stretches.",
        cautions: &["At 65 or over, hold each stretch for 30 to 60 seconds and keep it gentle."],
    },
    // ProneSwimmers
    ExerciseText {
        targets: &["rhomboids (between the shoulder blades)", "middle and lower trapezius", "rotator cuff"],
        steps: &["Lie face down on a mat, forehead on a folded towel, arms stretched out past your head.", "Lift both arms a little off the floor.", "Sweep your arms slowly out to the sides and down, bending your elbows, until your hands come to rest near your lower back. Keep them off the floor the whole way.", "Sweep them back along the same path to the start. That is one repetition."],
        cues: &["Count three seconds one way and three seconds back.", "Draw your shoulder blades back and down as your arms move.", "Keep your neck long and your forehead close to the towel."],
        mistakes: &["Rushing the movement.", "Lifting your head or arching your lower back to raise your arms higher.", "Shrugging your shoulders up towards your ears."],
        dose_note: "S1: 3 sets of 10, 3 s up and 3 s down; add weight or reps if too easy, fewer reps if too hard. The 30 s rest between sets is ours.",
        progression: "Add one repetition at a time up to 15, then a third set if you were doing fewer, then hold a light weight (S1).",
        load: Some("Hold a light weight, such as a small full water bottle, in each hand."),
        regression: "Do fewer repetitions, or keep your arms lower.",
        alt_text: "A person lies face down with arms lifted just off the floor, sweeping them in a wide arc from past the head down to the lower back.",
        why: "S1 rates this the most useful exercise for knots between the shoulder blades: the shoulder blades move through their full range while the mid-back muscles work against gravity.",
        cautions: &[],
    },
    // BentOverRow
    ExerciseText {
        targets: &["rhomboids (between the shoulder blades)", "middle trapezius", "latissimus dorsi (the broad muscle of the back)"],
        steps: &["Hold a light dumbbell or a full water bottle in each hand, or stand on the middle of a band and hold one end in each hand.", "Bend your knees a little and lean forward from the hips with a flat back, until your upper body is about halfway to the floor.", "Let your arms hang. Pull your elbows back past your ribs, drawing your shoulder blades together.", "Lower slowly. That is one repetition."],
        cues: &["Three seconds up, three seconds down.", "Lead with your elbows, not your hands.", "Keep your neck in line with your back, eyes on the floor."],
        mistakes: &["Rounding your back.", "Jerking the weight up with your whole body.", "Shrugging your shoulders."],
        dose_note: "S1: 3 sets of 10. S1 gives its 3 s up / 3 s down tempo for swimmers; we use it here too to keep the rows slow. The 30 s rest is ours.",
        progression: "Add one repetition at a time up to 15, then a third set if you were doing fewer, then a little more weight.",
        load: Some("Use a slightly heavier weight or a fuller bottle, or a stronger band."),
        regression: "Do fewer repetitions, or use a lighter weight or a looser band.",
        alt_text: "A person leans forward from the hips with a flat back, knees soft, pulling a weight in each hand up towards the ribs.",
        why: "S1 likes rows because they work the mid-back muscles directly, and the blood flow from the work seems to make sore spots less sensitive.",
        cautions: &["No dumbbells? Stand on a resistance band, or hold a full water bottle in each hand."],
    },
    // ShoulderBladeSqueeze
    ExerciseText {
        targets: &["rhomboids (between the shoulder blades)", "middle trapezius"],
        steps: &["Sit or stand tall with your arms relaxed by your sides.", "Slowly draw your shoulder blades back and together, as if holding a pencil between them.", "Hold the squeeze briefly, then let them slowly move apart again. That is one repetition."],
        cues: &["Three seconds in, hold for two, three seconds back.", "Keep your shoulders down, away from your ears.", "Keep your chin level."],
        mistakes: &["Shrugging up instead of drawing back.", "Arching your lower back or pushing your ribs forward.", "Squeezing so hard that it cramps."],
        dose_note: "S0 names the exercise but gives no dose; R5 (8–15 reps × 2–3 sets) sets it. We start at 2 × 10 because it is the lightest strength exercise. The tempo follows S1's 3 s counts with a 2 s hold at the squeeze, which is ours.",
        progression: "Add one repetition at a time up to 15, then a third set. After that, the prone swimmers in your plan are the harder work.",
        load: None,
        regression: "Do fewer repetitions, or squeeze more gently.",
        alt_text: "A person sits tall on a chair, arms by the sides, drawing the shoulder blades back and together.",
        why: "A simple way to wake up the muscles between the shoulder blades, anywhere; S0 lists it with rows for strengthening the upper back.",
        cautions: &[],
    },
    // SeatedBandRow
    ExerciseText {
        targets: &["rhomboids (between the shoulder blades)", "middle trapezius", "latissimus dorsi (the broad muscle of the back)"],
        steps: &["Sit on the floor with your legs out in front, or on a chair, and loop the middle of the band around the soles of your feet.", "Hold one end in each hand, arms straight in front of you, and sit tall.", "Pull your elbows back close to your sides, drawing your shoulder blades together.", "Let your arms straighten slowly. That is one repetition."],
        cues: &["Three seconds back, three seconds forward.", "Stay tall the whole time; do not lean back to pull.", "Keep your shoulders down."],
        mistakes: &["Leaning back to make the pull easier.", "Letting the band snap back.", "Shrugging your shoulders."],
        dose_note: "S0 names the exercise but gives no dose. 2 sets of 10 slow reps is about 2 minutes of band work, the daily amount that eased neck and shoulder pain in R5's Andersen trial, and sits inside R5's 8–15 × 2–3. The 30 s rest is ours.",
        progression: "Add one repetition at a time up to 15, then a third set, then a stronger band.",
        load: Some("Hold the band closer to your feet, or use a stronger band."),
        regression: "Do fewer repetitions, or hold the band further along so it pulls less.",
        alt_text: "A person sits on the floor with legs straight, a band looped round the feet, pulling the ends back so the elbows pass the ribs.",
        why: "S0 recommends seated rows to strengthen the upper back. A band makes them possible at home, and in a trial cited in R5, 2 minutes of band training a day, 5 days a week, eased neck and shoulder pain. This routine uses the same short band work on fewer days.",
        cautions: &["Needs a resistance band."],
    },
    // RollOutKneeling
    ExerciseText {
        targets: &["muscles that steady the shoulder blades", "rotator cuff", "mid-back mobility"],
        steps: &["Kneel on the floor with a foam roller lying crosswise in front of you.", "Rest your forearms on the roller, palms facing each other, thumbs up.", "Press lightly into the roller and roll it forward until your arms are straight. Keep your back flat and your eyes on the floor.", "With your arms out straight, lift one forearm an inch or two (2–5 cm) off the roller using the muscles around your shoulder blade, then put it back.", "Lift the other arm the same way.", "Keep pressing into the roller and use your mid-back to roll back to the start. That is one repetition."],
        cues: &["Only your arms move; keep your body still.", "Keep your neck relaxed and your shoulders away from your ears.", "A small lift is enough."],
        mistakes: &["Shrugging as you lift the arm.", "Letting your lower back sag or arch.", "Lifting your head to look forward."],
        dose_note: "S2 gives 30 repetitions, 3–4 times a week. We split them into 3 sets of 10 with 30 s rests, which also sits inside R5's 8–15 × 2–3. The tempo (3 s out, 2 s for the two arm lifts, 3 s back) is ours, after S1's slow 3 s counts. Progression can take it to 3 × 15 (45 repetitions), past S2's 30 but inside R5's 8–15 × 2–3.",
        progression: "Add one repetition at a time up to 15 per set, then a third set if you were doing fewer.",
        load: None,
        regression: "Do the standing version at a wall, then fewer repetitions, then fewer sets.",
        alt_text: "A person kneels with forearms on a foam roller, rolls it forward until the arms are straight, and lifts one forearm just off the roller.",
        why: "S2's chiropractor puts this first when stretching and massage have not cleared a mid-back knot: it builds steadiness around the shoulder blades, works the rotator cuff and keeps the mid-back moving. Changes usually show after 3–4 weeks of doing it 3–4 times a week.",
        cautions: &["No foam roller? The floor version does the same arm lift with no roller.", "At 65 or over you start with the standing version at a wall, which spares your knees, if you have a wall to use."],
    },
    // RollOutWall
    ExerciseText {
        targets: &["muscles that steady the shoulder blades", "rotator cuff", "mid-back mobility"],
        steps: &["Stand facing a wall, about a step away, and hold a foam roller crosswise against it at chest height with your forearms.", "Keep your palms facing each other, thumbs up, and press lightly into the roller.", "Roll the roller up the wall until your arms are straight, keeping your body still.", "Lift one forearm an inch or two (2–5 cm) off the roller, put it back, then do the same with the other arm.", "Keep pressing and roll back down to the start. That is one repetition."],
        cues: &["Only your arms move; keep your body still.", "Keep your neck relaxed and your shoulders away from your ears.", "A small lift is enough."],
        mistakes: &["Shrugging as you lift the arm.", "Leaning your whole body into the wall.", "Arching your lower back as your arms go up."],
        dose_note: "S2 gives 30 repetitions, 3–4 times a week. We split them into 3 sets of 10 with 30 s rests, which also sits inside R5's 8–15 × 2–3. The tempo (3 s out, 2 s for the two arm lifts, 3 s back) is ours, after S1's slow 3 s counts. Progression can take it to 3 × 15 (45 repetitions), past S2's 30 but inside R5's 8–15 × 2–3.",
        progression: "Add one repetition at a time up to 15 per set, then a third set, then move on to the kneeling version.",
        load: None,
        regression: "Do fewer repetitions, then fewer sets.",
        alt_text: "A person stands facing a wall with forearms on a foam roller held against it, rolls it up until the arms are straight, and lifts one forearm just off the roller.",
        why: "S2 offers this standing version of the roll-out for anyone who finds kneeling hard.",
        cautions: &["Needs a foam roller; the floor version takes its place.", "Needs a clear stretch of wall to roll against."],
    },
    // RollOutFloor
    ExerciseText {
        targets: &["muscles that steady the shoulder blades", "rotator cuff", "mid-back mobility"],
        steps: &["Lie face down, forehead on a folded towel, forearms on the floor beside your head, palms facing each other, thumbs up.", "Slide your hands forward along the floor until your arms are straight.", "Lift one arm an inch or two (2–5 cm) off the floor using the muscles around your shoulder blade, lower it, then lift the other.", "Slide your arms back to the start. That is one repetition."],
        cues: &["Keep your forehead on the towel and your neck relaxed.", "Keep your shoulders away from your ears.", "A small lift is enough."],
        mistakes: &["Shrugging as you lift the arm.", "Lifting your head or chest off the floor.", "Rushing the slide back."],
        dose_note: "S2 gives 30 repetitions, 3–4 times a week. We split them into 3 sets of 10 with 30 s rests, which also sits inside R5's 8–15 × 2–3. The tempo (3 s out, 2 s for the two arm lifts, 3 s back) is ours, after S1's slow 3 s counts. Progression can take it to 3 × 15 (45 repetitions), past S2's 30 but inside R5's 8–15 × 2–3.",
        progression: "Add one repetition at a time up to 15 per set, then a third set if you were doing fewer.",
        load: None,
        regression: "Do fewer repetitions, then fewer sets.",
        alt_text: "A person lies face down with arms stretched forward along the floor and lifts one arm just off the floor.",
        why: "S2's version with no roller: the same arm lift, lying on your front and sliding your hands along the floor.",
        cautions: &[],
    },
];

/// The questions' words, in [`crate::domain::questionnaire::QuestionId`] order.
pub const QUESTIONS: [QuestionText; 10] = [
    // EmergencySigns
    QuestionText {
        prompt: "Do you have any of these along with the back pain?",
        help: "Problems with the heart, lungs or spine can be felt between the shoulder blades. These signs need help straight away, so we ask about them first.",
        unit: "",
        options: &[
            ("chest-pain", "Pain, tightness or pressure in your chest", None),
            ("short-of-breath", "Feeling short of breath or finding it hard to breathe", None),
            ("sudden-severe-pain", "Pain that came on suddenly and is very bad, or feels like tearing", None),
            ("serious-accident", "The pain started after a serious accident or fall", Some("For example a road accident or a hard fall.")),
            ("both-legs-numb-or-weak", "Numbness, tingling or weakness in both legs, or trouble keeping your balance", None),
            ("bladder-or-bowel-change", "Losing control of your bladder or bowels, or numbness around your groin or bottom", None),
            ("none", "None of these", None),
        ],
        outcomes: &[
        ],
    },
    // KnotLocation
    QuestionText {
        prompt: "Where is the knot?",
        help: "Pick the spot where it feels tightest. If there is more than one, pick the one that bothers you most.",
        unit: "",
        options: &[
            ("between-shoulder-blades", "Between the shoulder blades", None),
            ("top-of-shoulder", "On top of the shoulder, towards the neck", None),
            ("shoulder-blade", "On or under a shoulder blade", None),
            ("beside-spine", "In the middle of the back, beside the spine", None),
        ],
        outcomes: &[
        ],
    },
    // Duration
    QuestionText {
        prompt: "How long have you had it?",
        help: "A rough idea is enough.",
        unit: "",
        options: &[
            ("days", "Less than a week", None),
            ("weeks", "From a week up to three months", None),
            ("months", "Three months or more", None),
        ],
        outcomes: &[
        ],
    },
    // AgeBand
    QuestionText {
        prompt: "How old are you?",
        help: "Some advice depends on age, such as how long to hold a stretch.",
        unit: "",
        options: &[
            ("under-20", "Under 20", None),
            ("20-49", "20 to 49", None),
            ("50-64", "50 to 64", None),
            ("65-plus", "65 or over", None),
        ],
        outcomes: &[
        ],
    },
    // WarningSigns
    QuestionText {
        prompt: "Have you noticed any of these?",
        help: "They do not always mean something is wrong, but a doctor or physiotherapist should check them before you treat the knot yourself.",
        unit: "",
        options: &[
            ("unusual-lump", "A lump that feels different from a knot, or a change in the shape of your back", None),
            ("fever", "A high temperature, or feeling shivery with chills", None),
            ("unexplained-weight-loss", "Losing weight without trying", None),
            ("night-or-rest-pain", "Pain at night or while resting that does not change when you move", None),
            ("worsening-constant-pain", "Pain that is there all the time and keeps getting worse", None),
            ("arm-numb-or-weak", "Numbness, tingling or weakness in an arm or hand", None),
            ("neck-origin", "Pain that seems to start in your neck and spread down", None),
            ("worse-on-cough-or-strain", "Pain that gets worse when you cough, sneeze or go to the toilet", None),
            ("rash-or-blisters", "A rash or blisters on the skin where it hurts", None),
            ("none", "None of these", None),
        ],
        outcomes: &[
        ],
    },
    // HealthHistory
    QuestionText {
        prompt: "Does any of this apply to you?",
        help: "Some health conditions change what is safe to do on your own.",
        unit: "",
        options: &[
            ("cancer-history", "You have had cancer, at any time", None),
            ("weak-immune-system", "HIV, a weakened immune system, or taking steroid tablets for a long time", None),
            ("spinal-condition", "A spine condition that a professional has diagnosed", Some("Such as a disc problem, thinning bones (osteoporosis), a narrowed spinal canal (stenosis) or a curved spine (scoliosis).")),
            ("no-improvement", "You have done exercises like these regularly for 3 weeks or more and the pain is no better", None),
            ("none", "None of these", None),
        ],
        outcomes: &[
        ],
    },
    // Tried
    QuestionText {
        prompt: "What have you tried so far, and how did it go?",
        help: "This helps us decide what comes first in your routine.",
        unit: "",
        options: &[
            ("stretching", "Stretching", None),
            ("massage", "Massage", Some("From a therapist, or with a ball or roller yourself.")),
            ("heat", "Heat", Some("Such as a warm pack or a hot shower.")),
            ("exercise", "Strengthening exercises", Some("Such as rows or squeezing your shoulder blades together.")),
        ],
        outcomes: &[
            ("not-tried", "Not tried"),
            ("helped", "Helped"),
            ("briefly", "Helped for a while only"),
            ("no-help", "Did not help"),
        ],
    },
    // SittingHours
    QuestionText {
        prompt: "On a typical day, how many hours do you spend sitting?",
        help: "Count work, travel and time in front of a screen. Staying in one position for a long time can feed knots, so your routine may add short breaks to move.",
        unit: "hours",
        options: &[
        ],
        outcomes: &[
        ],
    },
    // Equipment
    QuestionText {
        prompt: "Which of these do you have at home?",
        help: "Your routine will only use what you have.",
        unit: "",
        options: &[
            ("ball", "A tennis ball or lacrosse ball", None),
            ("foam-roller", "A foam roller", None),
            ("band", "A resistance band", None),
            ("dumbbells", "Light dumbbells, or a full water bottle to use instead", None),
            ("wall", "A clear stretch of wall to lean on", None),
            ("none", "None of these", None),
        ],
        outcomes: &[
        ],
    },
    // SessionMinutes
    QuestionText {
        prompt: "How much time can you give each session?",
        help: "Doing a little regularly matters more than doing a lot now and then.",
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
        label: "Pain, tightness or pressure in your chest",
        hint: None,
        reason: "Chest pain together with pain between the shoulder blades can come from the heart, so it needs checking straight away.",
    },
    // ShortOfBreath
    RedFlagText {
        label: "Feeling short of breath or finding it hard to breathe",
        hint: None,
        reason: "Trouble breathing together with upper back pain can come from the lungs or the heart, so it needs checking straight away.",
    },
    // SuddenSeverePain
    RedFlagText {
        label: "Pain that came on suddenly and is very bad, or feels like tearing",
        hint: None,
        reason: "Very bad pain that starts suddenly can come from the main blood vessel leaving the heart or from another organ, so it needs checking straight away.",
    },
    // SeriousAccident
    RedFlagText {
        label: "The pain started after a serious accident or fall",
        hint: Some("For example a road accident or a hard fall."),
        reason: "Back pain after a serious accident or fall may mean an injury to the spine, so it needs checking straight away.",
    },
    // BothLegsNumbOrWeak
    RedFlagText {
        label: "Numbness, tingling or weakness in both legs, or trouble keeping your balance",
        hint: None,
        reason: "Changes in feeling or strength in both legs can mean something is pressing on the spinal cord, so it needs checking straight away.",
    },
    // BladderOrBowelChange
    RedFlagText {
        label: "Losing control of your bladder or bowels, or numbness around your groin or bottom",
        hint: None,
        reason: "Changes in bladder or bowel control, or numbness around the groin, can mean something is pressing on the spinal cord or its nerves, so it needs checking straight away.",
    },
    // UnusualLump
    RedFlagText {
        label: "A lump that feels different from a knot, or a change in the shape of your back",
        hint: None,
        reason: "A lump that does not feel like a knot, or a change in the shape of your back, should be looked at by a professional before you press or stretch it.",
    },
    // Fever
    RedFlagText {
        label: "A high temperature, or feeling shivery with chills",
        hint: None,
        reason: "Back pain that comes with a fever or chills can have a cause other than a knot, so a doctor should check it.",
    },
    // UnexplainedWeightLoss
    RedFlagText {
        label: "Losing weight without trying",
        hint: None,
        reason: "Losing weight without trying, together with back pain, is something a doctor should look into.",
    },
    // NightOrRestPain
    RedFlagText {
        label: "Pain at night or while resting that does not change when you move",
        hint: None,
        reason: "Pain from a tight muscle usually changes as you move or shift position; pain that does not, or that is worse at night, should be checked.",
    },
    // WorseningConstantPain
    RedFlagText {
        label: "Pain that is there all the time and keeps getting worse",
        hint: None,
        reason: "Pain that never lets up and keeps growing is not how a knot usually behaves, so it should be checked.",
    },
    // ArmNumbOrWeak
    RedFlagText {
        label: "Numbness, tingling or weakness in an arm or hand",
        hint: None,
        reason: "Numbness, tingling or weakness can mean a nerve is involved, which a professional should assess.",
    },
    // NeckOrigin
    RedFlagText {
        label: "Pain that seems to start in your neck and spread down",
        hint: None,
        reason: "Pain that starts in the neck may not ease with exercises for the upper back, so it is worth having it assessed first.",
    },
    // WorseOnCoughOrStrain
    RedFlagText {
        label: "Pain that gets worse when you cough, sneeze or go to the toilet",
        hint: None,
        reason: "Back pain that gets worse when you cough, sneeze or strain on the toilet should be checked by a doctor.",
    },
    // RashOrBlisters
    RedFlagText {
        label: "A rash or blisters on the skin where it hurts",
        hint: None,
        reason: "A painful rash or blisters can be shingles, which a doctor should see.",
    },
    // CancerHistory
    RedFlagText {
        label: "You have had cancer, at any time",
        hint: None,
        reason: "After cancer, new back pain or a new lump should be checked by a doctor before you treat it yourself.",
    },
    // WeakImmuneSystem
    RedFlagText {
        label: "HIV, a weakened immune system, or taking steroid tablets for a long time",
        hint: None,
        reason: "With HIV, a weakened immune system or long-term steroid tablets, back pain should be checked by a doctor before you treat it yourself.",
    },
    // SpinalCondition
    RedFlagText {
        label: "A spine condition that a professional has diagnosed",
        hint: Some("Such as a disc problem, thinning bones (osteoporosis), a narrowed spinal canal (stenosis) or a curved spine (scoliosis)."),
        reason: "With a diagnosed spine condition, ask your doctor or physiotherapist before you start any new exercise or massage.",
    },
    // NoImprovement
    RedFlagText {
        label: "You have done exercises like these regularly for 3 weeks or more and the pain is no better",
        hint: None,
        reason: "Regular exercises usually bring some change within 3 to 4 weeks; if they have not, a professional should look for the cause.",
    },
    // NewPainYoungOrOlder
    RedFlagText {
        label: "Back pain that started recently, at an age under 20 or over 50",
        hint: None,
        reason: "New upper back pain in someone under 20 or over 50 is more likely to have a cause other than a knot, so a professional should check it first.",
    },
];

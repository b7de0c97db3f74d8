//! Inline SVG drawings of the exercises, one line style for all, with a gentle loop of the
//! move. Nothing is fetched and nothing is styled inline: every rule is in
//! `styles/widget/50-illustrations.css`, so the widget keeps working under `style-src 'self'`.

use std::sync::atomic::{AtomicU32, Ordering};

use yew::prelude::*;

/// Props of [`Illustration`].
#[derive(Clone, PartialEq, Properties)]
pub struct IllustrationProps {
    /// The exercise's catalog id, or one of its aliases; an unknown id draws a person standing.
    pub exercise_id: AttrValue,
    /// The text alternative, from the catalog: what the figure shows.
    pub alt: AttrValue,
    /// Loops the move; off, the figure shows the worked pose with arrows for the direction.
    /// The loop also stops under `prefers-reduced-motion` and in print, whatever this says.
    #[prop_or(true)]
    pub animate: bool,
    /// A still pose for the session timer, by phase name: `"up"` (the worked pose), `"top"` or
    /// `"hold"` (the worked pose, with the roll-outs' arm lift), `"down"`, `"get-ready"`,
    /// `"rest"` or `"switch-sides"` (the starting pose). Any value stops the loop.
    #[prop_or_default]
    pub phase: Option<AttrValue>,
}

/// How a figure's loop is timed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tempo {
    /// S1's tempo: 3 s up, 3 s down.
    Even,
    /// 3 s up, a 2 s pause at the top, 3 s down: the squeeze and the roll-outs.
    Pause,
}

/// One drawing and every id it answers to.
struct Figure {
    /// The catalog id first, then aliases.
    ids: &'static [&'static str],
    tempo: Tempo,
    /// The SVG shapes, written out below as constant markup.
    shapes: &'static str,
}

/// The one table from exercise ids to drawings: renaming an exercise is a one-line change.
const FIGURES: [Figure; 13] = [
    Figure {
        ids: &["chest-stretch", "doorway-stretch"],
        tempo: Tempo::Even,
        shapes: CHEST_STRETCH,
    },
    Figure {
        ids: &["wall-ball-massage", "ball-massage"],
        tempo: Tempo::Even,
        shapes: WALL_BALL_MASSAGE,
    },
    Figure {
        ids: &[
            "roller-thoracic-extension",
            "thoracic-extension",
            "foam-roller-thoracic-extension",
        ],
        tempo: Tempo::Even,
        shapes: ROLLER_THORACIC_EXTENSION,
    },
    Figure {
        ids: &["moist-heat", "heat"],
        tempo: Tempo::Even,
        shapes: MOIST_HEAT,
    },
    Figure {
        ids: &["slow-breathing", "breathing"],
        tempo: Tempo::Even,
        shapes: SLOW_BREATHING,
    },
    Figure {
        // The catalog's one mid-back stretch is a seated turn; the other names point to it.
        ids: &[
            "seated-rotation-stretch",
            "mid-back-stretch",
            "seated-rotation",
            "thread-the-needle",
            "child-pose-reach",
        ],
        tempo: Tempo::Even,
        shapes: SEATED_ROTATION_STRETCH,
    },
    Figure {
        ids: &["prone-swimmers"],
        tempo: Tempo::Even,
        shapes: PRONE_SWIMMERS,
    },
    Figure {
        ids: &["bent-over-row", "dumbbell-row", "bottle-row"],
        tempo: Tempo::Even,
        shapes: BENT_OVER_ROW,
    },
    Figure {
        ids: &["shoulder-blade-squeeze", "scapular-squeeze"],
        tempo: Tempo::Pause,
        shapes: SHOULDER_BLADE_SQUEEZE,
    },
    Figure {
        ids: &["seated-band-row", "band-row", "seated-row"],
        tempo: Tempo::Even,
        shapes: SEATED_BAND_ROW,
    },
    Figure {
        ids: &[
            "roll-out-kneeling",
            "forearm-roll-out",
            "foam-roller-roll-out",
        ],
        tempo: Tempo::Pause,
        shapes: ROLL_OUT_KNEELING,
    },
    Figure {
        ids: &["roll-out-wall", "wall-roll-out", "standing-roll-out"],
        tempo: Tempo::Pause,
        shapes: ROLL_OUT_WALL,
    },
    Figure {
        ids: &["roll-out-floor", "floor-slide", "prone-floor-slide"],
        tempo: Tempo::Pause,
        shapes: ROLL_OUT_FLOOR,
    },
];

fn figure(exercise_id: &str) -> Option<&'static Figure> {
    FIGURES
        .iter()
        .find(|figure| figure.ids.contains(&exercise_id))
}

/// Whether `exercise_id` (a catalog id or an alias) has a drawing of its own.
pub fn has_illustration(exercise_id: &str) -> bool {
    figure(exercise_id).is_some()
}

/// The figure's classes: still (not animated, or shown for a session phase), and held in
/// the pose of that phase.
fn figure_class(animate: bool, phase: Option<&str>) -> &'static str {
    match phase {
        Some("up") => "kc-figure kc-figure-still kc-pose-up",
        Some("top" | "hold") => "kc-figure kc-figure-still kc-pose-hold",
        Some("down" | "get-ready" | "rest" | "switch-sides") => {
            "kc-figure kc-figure-still kc-pose-down"
        }
        Some(_) => "kc-figure kc-figure-still",
        None if animate => "kc-figure",
        None => "kc-figure kc-figure-still",
    }
}

/// A fresh id for the `<title>`, unique on the page so `aria-labelledby` never points at
/// another figure's title.
fn next_title_id() -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    format!("kc-figure-title-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// An exercise drawn as a figure, named by `alt` for screen readers.
#[function_component(Illustration)]
pub fn illustration(props: &IllustrationProps) -> Html {
    let title_id = use_memo((), |()| AttrValue::from(next_title_id()));
    let found = figure(&props.exercise_id);
    let (name, shapes) = found.map_or(("generic", GENERIC), |figure| {
        (figure.ids[0], figure.shapes)
    });
    let pause = found.is_some_and(|figure| figure.tempo == Tempo::Pause);
    let class = figure_class(props.animate, props.phase.as_deref());
    let svg_class = format!(
        "kc-figure-svg kc-fig-{name}{}",
        if pause { " kc-fig-tempo-pause" } else { "" }
    );
    // Constant markup from this file, never text from outside, so nothing can inject script;
    // as one string it costs far fewer wasm bytes than the same shapes built node by node.
    let shapes = Html::from_html_unchecked(AttrValue::Static(shapes));
    html! {
        <figure {class}>
            <svg
                class={svg_class}
                viewBox="0 0 200 150"
                role="img"
                aria-labelledby={(*title_id).clone()}
            >
                <title id={(*title_id).clone()}>{ &props.alt }</title>
                { shapes }
            </svg>
        </figure>
    }
}

// The drawings, in a 200 x 150 viewBox with the floor at y = 137; stick figures face right.
// Each moving group (`kc-fig-move`, `kc-fig-lift`) is drawn in its worked pose, and the
// stylesheet turns it back to the starting pose about its joint: moving a joint here means
// moving its `transform-origin` there.

/// Standing in a doorway, forearm on the frame, leaning through: the chest opens.
const CHEST_STRETCH: &str = r#"
<rect class="kc-fig-prop" x="84" y="8" width="10" height="129"/>
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<path class="kc-fig-body" d="M98 135 L106 135"/>
<g class="kc-fig-move kc-chest-leg">
  <path class="kc-fig-body" d="M107.6 90 L125.3 109 L126 135 L134 135"/>
</g>
<g class="kc-fig-move kc-chest-lean">
  <g transform="rotate(12 98 135)">
    <ellipse class="kc-fig-target" cx="105" cy="58" rx="6" ry="10"/>
    <path class="kc-fig-body" d="M98 135 L98 45"/>
    <circle class="kc-fig-head" cx="98" cy="28" r="9"/>
  </g>
</g>
<line class="kc-fig-body kc-fig-accent" x1="92" y1="47" x2="92" y2="26"/>
<g class="kc-fig-move kc-chest-arm">
  <line class="kc-fig-body kc-fig-accent" x1="92" y1="47" x2="116.7" y2="47"/>
</g>
<path class="kc-fig-arrow" d="M100 12 Q111 7 121 13 M115 13 L121 13 L118 7.8"/>
"#;

/// Back to a wall, a ball between wall and upper back; bending the knees rolls it.
const WALL_BALL_MASSAGE: &str = r#"
<rect class="kc-fig-prop" x="24" y="8" width="12" height="129"/>
<line class="kc-fig-floor" x1="36" y1="137" x2="188" y2="137"/>
<path class="kc-fig-body" d="M74 135 L82 135"/>
<g class="kc-fig-move kc-ball-legs">
  <path class="kc-fig-body" d="M58 90 L75.7 109.1 L74 135"/>
</g>
<g class="kc-fig-move kc-ball-body">
  <ellipse class="kc-fig-target" cx="51" cy="56" rx="6" ry="12"/>
  <circle class="kc-fig-ball" cx="43.5" cy="56" r="7"/>
  <path class="kc-fig-body" d="M58 90 L52 46"/>
  <circle class="kc-fig-head" cx="52" cy="29" r="9"/>
  <path class="kc-fig-body" d="M52 46 L60 66 L73 78"/>
</g>
<path class="kc-fig-arrow" d="M43.5 43 A13 13 0 1 0 56 56"/>
<path class="kc-fig-arrow" d="M53 50.8 L56 56 L59 50.8"/>
"#;

/// Sitting back over a foam roller, hands behind the head; the upper back arches over it.
const ROLLER_THORACIC_EXTENSION: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<circle class="kc-fig-prop" cx="62" cy="121" r="14"/>
<circle class="kc-fig-prop" cx="62" cy="121" r="3.5"/>
<path class="kc-fig-body" d="M169 135 L160 135 L131.1 119 L100 130 L71.7 108.3"/>
<g class="kc-fig-move kc-thoracic-upper">
  <line class="kc-fig-body kc-fig-accent" x1="71.7" y1="108.3" x2="52.9" y2="103.8"/>
  <circle class="kc-fig-head" cx="34.4" cy="99.4" r="11"/>
  <path class="kc-fig-body" d="M52.9 103.8 L42.6 86.9 L43.2 105.6"/>
</g>
<path class="kc-fig-arrow" d="M28.3 79.6 A52 52 0 0 0 20.7 98 M18.8 92.3 L20.7 98 L24.7 93.5"/>
"#;

/// Sitting with a warm towel across the upper back; warmth rises from it.
const MOIST_HEAT: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<rect class="kc-fig-prop" x="66" y="96" width="44" height="6" rx="2"/>
<path class="kc-fig-prop-line" d="M72 102 L72 137"/>
<path class="kc-fig-prop-line" d="M104 102 L104 137"/>
<path class="kc-fig-body" d="M114 135 L112 92 L86 92 L90 48"/>
<path class="kc-fig-body" d="M114 135 L122 135"/>
<circle class="kc-fig-head" cx="92" cy="31" r="9"/>
<path class="kc-fig-body" d="M90 48 L97 69 L113 82"/>
<path class="kc-fig-towel" d="M96 45 C94 39 86 38 83 44 L78 74 C81 79 87 78 88 74 L89 50 Z"/>
<path class="kc-fig-heat kc-fig-rise" d="M70 44 q-4 -5 0 -10 q4 -5 0 -10"/>
<path class="kc-fig-heat kc-fig-rise kc-fig-rise-late" d="M60 44 q-4 -5 0 -10 q4 -5 0 -10"/>
<path class="kc-fig-heat kc-fig-rise" d="M50 44 q-4 -5 0 -10 q4 -5 0 -10"/>
"#;

/// Sitting tall, a hand on the belly; the belly widens and settles.
const SLOW_BREATHING: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<rect class="kc-fig-prop" x="60" y="96" width="44" height="6" rx="2"/>
<path class="kc-fig-prop-line" d="M62 96 L62 46"/>
<path class="kc-fig-prop-line" d="M66 102 L66 137"/>
<path class="kc-fig-prop-line" d="M98 102 L98 137"/>
<path class="kc-fig-body" d="M108 135 L106 92 L80 92 L80 48"/>
<path class="kc-fig-body" d="M108 135 L116 135"/>
<circle class="kc-fig-head" cx="80" cy="31" r="9"/>
<g class="kc-fig-move kc-breath">
  <path class="kc-fig-body kc-fig-accent" d="M82 56 C97 62 100 84 84 91"/>
  <path class="kc-fig-body" d="M80 48 L77 71 L95 78"/>
</g>
<path class="kc-fig-arrow" d="M106 72 L116 72 M110.8 75 L116 72 L110.8 69"/>
"#;

/// Seen from the front, sitting with arms crossed; the shoulders turn, the hips and knees stay.
const SEATED_ROTATION_STRETCH: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<rect class="kc-fig-prop" x="70" y="98" width="60" height="7" rx="2"/>
<path class="kc-fig-prop-line" d="M76 105 L76 137"/>
<path class="kc-fig-prop-line" d="M124 105 L124 137"/>
<path class="kc-fig-turn" d="M70 74 A30 9 0 0 0 130 74"/>
<path class="kc-fig-turn" d="M131 79.9 L130 74 L125.4 77.9"/>
<path class="kc-fig-body" d="M100 44 L100 96"/>
<path class="kc-fig-body" d="M90 96 L110 96"/>
<path class="kc-fig-body" d="M92 96 L94 106 L94 134 L88 135"/>
<path class="kc-fig-body" d="M108 96 L106 106 L106 134 L112 135"/>
<g class="kc-fig-move kc-turn-face">
  <path class="kc-fig-face" d="M108 23 L113 29 L108 31"/>
</g>
<circle class="kc-fig-head" cx="100" cy="27" r="9"/>
<g class="kc-fig-move kc-turn-shoulders">
  <path class="kc-fig-body" d="M88 46 L112 46"/>
</g>
<g class="kc-fig-move kc-turn-arms">
  <path class="kc-fig-body kc-fig-accent" d="M89 48 L113 62"/>
  <path class="kc-fig-body kc-fig-accent" d="M111 48 L95 62"/>
</g>
"#;

/// Seen from above, lying face down on a mat; the arms sweep from overhead to the lower back.
const PRONE_SWIMMERS: &str = r#"
<rect class="kc-fig-prop" x="14" y="42" width="176" height="76" rx="8"/>
<path class="kc-fig-body" d="M100 80 L142 80"/>
<path class="kc-fig-body" d="M142 68 L142 92"/>
<path class="kc-fig-body" d="M100 74 L100 86"/>
<path class="kc-fig-body" d="M100 74 L50 72 L44 70"/>
<path class="kc-fig-body" d="M100 86 L50 88 L44 90"/>
<circle class="kc-fig-head" cx="160" cy="80" r="10"/>
<g class="kc-fig-move kc-swim-left">
  <path class="kc-fig-body kc-fig-accent" d="M142 68 L102.4 62.4"/>
</g>
<g class="kc-fig-move kc-swim-right">
  <path class="kc-fig-body kc-fig-accent" d="M142 92 L102.4 97.6"/>
</g>
<path class="kc-fig-arrow" d="M175.7 39.7 A44 44 0 0 0 102.5 48.7 M102.1 42.7 L102.5 48.7 L107.5 45.3"/>
"#;

/// Hinged at the hips with a weight; the elbow pulls back past the ribs.
const BENT_OVER_ROW: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<path class="kc-fig-body" d="M105 135 L96 135 L99.7 109.2 L88 86 L124 60.8"/>
<circle class="kc-fig-head" cx="138.5" cy="54" r="9"/>
<ellipse class="kc-fig-target" cx="112.6" cy="63.8" rx="12" ry="5" transform="rotate(-35 112.6 63.8)"/>
<g class="kc-fig-move kc-row-arm">
  <path class="kc-fig-body kc-fig-accent" d="M124 60.8 L102.7 66.5"/>
  <g class="kc-fig-move kc-row-forearm">
    <path class="kc-fig-body kc-fig-accent" d="M102.7 66.5 L102.7 86.5"/>
    <circle class="kc-fig-weight" cx="102.7" cy="90.5" r="5"/>
  </g>
</g>
<path class="kc-fig-arrow" d="M136 104 C136 88 128 76 116 72 M121.9 71 L116 72 L119.9 76.6"/>
"#;

/// Seen from behind, sitting; the shoulder blades draw together.
const SHOULDER_BLADE_SQUEEZE: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<rect class="kc-fig-prop" x="70" y="98" width="60" height="7" rx="2"/>
<path class="kc-fig-prop-line" d="M76 105 L76 137"/>
<path class="kc-fig-prop-line" d="M124 105 L124 137"/>
<path class="kc-fig-body" d="M100 44 L100 96"/>
<circle class="kc-fig-head" cx="100" cy="27" r="9"/>
<path class="kc-fig-body" d="M90 96 L110 96"/>
<path class="kc-fig-body" d="M92 105 L92 134"/>
<path class="kc-fig-body" d="M108 105 L108 134"/>
<g class="kc-fig-move kc-squeeze-shoulders">
  <path class="kc-fig-body" d="M83 46 L117 46"/>
</g>
<g class="kc-fig-move kc-squeeze-arm-left">
  <path class="kc-fig-body" d="M83 46 L79 70 L80 92"/>
</g>
<g class="kc-fig-move kc-squeeze-arm-right">
  <path class="kc-fig-body" d="M117 46 L121 70 L120 92"/>
</g>
<g class="kc-fig-move kc-squeeze-blade-left">
  <path class="kc-fig-blade" d="M84 51 L96 50 L95 69 Z"/>
</g>
<g class="kc-fig-move kc-squeeze-blade-right">
  <path class="kc-fig-blade" d="M116 51 L104 50 L105 69 Z"/>
</g>
<path class="kc-fig-arrow" d="M62 60 L74 60 M68.8 63 L74 60 L68.8 57"/>
<path class="kc-fig-arrow" d="M138 60 L126 60 M131.2 57 L126 60 L131.2 63"/>
"#;

/// Sitting on the floor, band round the feet; the elbows pull back and the band stretches.
const SEATED_BAND_ROW: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<path class="kc-fig-body" d="M117 122 L114 131 L62 130 L64 86"/>
<circle class="kc-fig-head" cx="65" cy="69" r="9"/>
<path class="kc-fig-band" d="M116 121 C123 118 124 131 117 133"/>
<g transform="rotate(-157.7 118 122)">
  <g class="kc-fig-move kc-band-stretch">
    <line class="kc-fig-band" x1="118" y1="122" x2="164.9" y2="122"/>
  </g>
</g>
<g class="kc-fig-move kc-band-arm">
  <path class="kc-fig-body kc-fig-accent" d="M64 86 L54.7 105.9"/>
  <g class="kc-fig-move kc-band-forearm">
    <path class="kc-fig-body kc-fig-accent" d="M54.7 105.9 L74.6 104.2"/>
  </g>
</g>
<path class="kc-fig-arrow" d="M104 84 L86 84 M91.2 81 L86 84 L91.2 87"/>
"#;

/// Kneeling, forearms on a roller; it rolls forward and one arm lifts.
const ROLL_OUT_KNEELING: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<path class="kc-fig-body" d="M30 135 L40 133 L66 131"/>
<g class="kc-fig-move kc-rollout-roller">
  <circle class="kc-fig-prop" cx="159.7" cy="127" r="10"/>
  <circle class="kc-fig-prop" cx="159.7" cy="127" r="3"/>
</g>
<g class="kc-fig-move kc-rollout-thigh">
  <path class="kc-fig-body" d="M66 131 L82.7 111.1"/>
  <g class="kc-fig-move kc-rollout-torso">
    <path class="kc-fig-body" d="M82.7 111.1 L126.6 108"/>
    <circle class="kc-fig-head" cx="142.6" cy="108" r="9"/>
    <g class="kc-fig-move kc-rollout-arms">
      <path class="kc-fig-body" d="M126.6 108 L148.1 112.6"/>
      <g class="kc-fig-move kc-rollout-forearm">
        <path class="kc-fig-body" d="M148.1 112.6 L167.7 116.8"/>
      </g>
      <g class="kc-fig-lift kc-rollout-lift">
        <g transform="rotate(-9 126.6 108)">
          <path class="kc-fig-body kc-fig-accent" d="M126.6 108 L148.1 112.6"/>
          <g class="kc-fig-move kc-rollout-forearm">
            <path class="kc-fig-body kc-fig-accent" d="M148.1 112.6 L167.7 116.8"/>
          </g>
        </g>
      </g>
    </g>
  </g>
</g>
<path class="kc-fig-arrow" d="M132 90 L156 90 M150.8 93 L156 90 L150.8 87"/>
"#;

/// Facing a wall, forearms on a roller against it; it rolls up and one arm lifts.
const ROLL_OUT_WALL: &str = r#"
<rect class="kc-fig-prop" x="164" y="0" width="14" height="137"/>
<line class="kc-fig-floor" x1="12" y1="137" x2="164" y2="137"/>
<g class="kc-fig-move kc-wall-roller">
  <circle class="kc-fig-prop" cx="154" cy="37.7" r="10"/>
  <circle class="kc-fig-prop" cx="154" cy="37.7" r="3"/>
</g>
<path class="kc-fig-body" d="M140 135 L132 135 L134 90 L136 46"/>
<circle class="kc-fig-head" cx="133" cy="29" r="9"/>
<g class="kc-fig-move kc-wall-arms">
  <path class="kc-fig-body" d="M136 46 L146.3 26.6"/>
  <g class="kc-fig-move kc-wall-forearm">
    <path class="kc-fig-body" d="M146.3 26.6 L155.7 8.9"/>
  </g>
  <g class="kc-fig-lift kc-wall-lift">
    <g transform="rotate(9 136 46)">
      <path class="kc-fig-body kc-fig-accent" d="M136 46 L146.3 26.6"/>
      <g class="kc-fig-move kc-wall-forearm">
        <path class="kc-fig-body kc-fig-accent" d="M146.3 26.6 L155.7 8.9"/>
      </g>
    </g>
  </g>
</g>
<path class="kc-fig-arrow" d="M112 62 L112 34 M115 39.2 L112 34 L109 39.2"/>
"#;

/// Lying face down (upper body, drawn larger); the arms slide forward and one lifts.
const ROLL_OUT_FLOOR: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<rect class="kc-fig-prop" x="125.6" y="127.4" width="30" height="8.6" rx="3"/>
<path class="kc-fig-body" d="M-7.2 125.8 L37.6 122.6 L108 119.4"/>
<circle class="kc-fig-head" cx="140" cy="111.4" r="14"/>
<g class="kc-fig-move kc-slide-upper">
  <line class="kc-fig-body" x1="108" y1="119.4" x2="143.2" y2="130.6"/>
</g>
<g class="kc-fig-move kc-slide-forearm">
  <line class="kc-fig-body" x1="143.2" y1="130.6" x2="175.2" y2="130.6"/>
</g>
<g class="kc-fig-lift kc-slide-lift">
  <g transform="rotate(-12 108 119.4)">
    <g class="kc-fig-move kc-slide-upper">
      <line class="kc-fig-body kc-fig-accent" x1="108" y1="119.4" x2="143.2" y2="130.6"/>
    </g>
    <g class="kc-fig-move kc-slide-forearm">
      <line class="kc-fig-body kc-fig-accent" x1="143.2" y1="130.6" x2="175.2" y2="130.6"/>
    </g>
  </g>
</g>
<path class="kc-fig-arrow" d="M150 84 L176 84 M170.8 87 L176 84 L170.8 81"/>
"#;

/// A person standing: for an exercise with no drawing of its own.
const GENERIC: &str = r#"
<line class="kc-fig-floor" x1="12" y1="137" x2="188" y2="137"/>
<circle class="kc-fig-head" cx="100" cy="27" r="9"/>
<path class="kc-fig-body" d="M100 36 L100 88"/>
<path class="kc-fig-body" d="M100 46 L86 68 L82 88"/>
<path class="kc-fig-body" d="M100 46 L114 68 L118 88"/>
<path class="kc-fig-body" d="M92 136 L100 88 L108 136"/>
"#;

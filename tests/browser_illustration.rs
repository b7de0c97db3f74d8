//! The exercise illustrations in a real browser: every exercise drawn and named by its text
//! alternative, a neutral figure for unknown ids, no inline styles, and still poses.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use std::time::Duration;

use knot_coach::ui::components::{has_illustration, Illustration, IllustrationProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

const CSS: &str = include_str!("../styles/widget/50-illustrations.css");

/// Every exercise in the catalog (`ExerciseId::as_str`).
const CATALOG_IDS: [&str; 13] = [
    "chest-stretch",
    "wall-ball-massage",
    "roller-thoracic-extension",
    "moist-heat",
    "slow-breathing",
    "seated-rotation-stretch",
    "prone-swimmers",
    "bent-over-row",
    "shoulder-blade-squeeze",
    "seated-band-row",
    "roll-out-kneeling",
    "roll-out-wall",
    "roll-out-floor",
];
/// Other names the screens may use for them.
const ALIASES: [&str; 21] = [
    "doorway-stretch",
    "ball-massage",
    "thoracic-extension",
    "foam-roller-thoracic-extension",
    "heat",
    "breathing",
    "mid-back-stretch",
    "seated-rotation",
    "thread-the-needle",
    "child-pose-reach",
    "dumbbell-row",
    "bottle-row",
    "scapular-squeeze",
    "band-row",
    "seated-row",
    "forearm-roll-out",
    "foam-roller-roll-out",
    "wall-roll-out",
    "standing-roll-out",
    "floor-slide",
    "prone-floor-slide",
];

fn every_id() -> impl Iterator<Item = &'static str> {
    CATALOG_IDS.into_iter().chain(ALIASES)
}

/// A shadow root on a fresh element, styled by the illustrations' stylesheet.
fn shadow() -> ShadowRoot {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .unwrap();
    let sheet = CssStyleSheet::new().unwrap();
    sheet.replace_sync(CSS).unwrap();
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    shadow
}

async fn render(props: IllustrationProps) -> ShadowRoot {
    let shadow = shadow();
    let root = shadow
        .owner_document()
        .unwrap()
        .create_element("div")
        .unwrap();
    shadow.append_child(&root).unwrap();
    yew::Renderer::<Illustration>::with_root_and_props(root, props).render();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    shadow
}

fn props(exercise_id: &str, alt: &str) -> IllustrationProps {
    IllustrationProps {
        exercise_id: AttrValue::from(exercise_id.to_string()),
        alt: AttrValue::from(alt.to_string()),
        animate: true,
        phase: None,
    }
}

fn one(shadow: &ShadowRoot, selector: &str) -> Element {
    shadow
        .query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn image(shadow: &ShadowRoot) -> Element {
    one(shadow, "figure.kc-figure > svg[role=img]")
}

fn has_class(element: &Element, class: &str) -> bool {
    element
        .get_attribute("class")
        .unwrap_or_default()
        .split_whitespace()
        .any(|c| c == class)
}

fn computed(element: &Element, property: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(element)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

#[wasm_bindgen_test]
async fn every_exercise_and_alias_is_drawn_and_named_by_its_alt_text() {
    for id in every_id() {
        let alt = format!("Drawing of {id}: a person doing the exercise.");
        let shadow = render(props(id, &alt)).await;
        let svg = image(&shadow);
        let title = one(&shadow, "svg > title");
        assert_eq!(title.text_content().unwrap_or_default(), alt, "{id}");
        assert_eq!(
            svg.get_attribute("aria-labelledby"),
            Some(title.id()),
            "{id}: the image is named by its title"
        );
        assert!(
            !has_class(&svg, "kc-fig-generic"),
            "{id} has its own drawing"
        );
        assert!(
            shadow.query_selector("svg .kc-fig-body").unwrap().is_some(),
            "{id}: a figure is drawn"
        );
    }
}

#[wasm_bindgen_test]
async fn the_shapes_are_svg_elements_that_the_stylesheet_reaches() {
    let shadow = render(props("chest-stretch", "alt")).await;
    let shape = one(&shadow, "svg .kc-fig-body");
    assert_eq!(
        shape.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(computed(&shape, "stroke-linecap"), "round");
}

#[wasm_bindgen_test]
async fn changing_the_exercise_redraws_the_figure() {
    let shadow = shadow();
    let root = shadow
        .owner_document()
        .unwrap()
        .create_element("div")
        .unwrap();
    shadow.append_child(&root).unwrap();
    let mut handle = yew::Renderer::<Illustration>::with_root_and_props(
        root,
        props("chest-stretch", "Doorway stretch"),
    )
    .render();
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    handle.update(props("moist-heat", "Warm towel"));
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(shadow.query_selector_all("svg").unwrap().length(), 1);
    let svg = image(&shadow);
    assert!(has_class(&svg, "kc-fig-moist-heat"));
    assert!(shadow.query_selector(".kc-chest-lean").unwrap().is_none());
    assert_eq!(
        one(&shadow, "svg > title")
            .text_content()
            .unwrap_or_default(),
        "Warm towel"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_id_draws_a_person_standing_named_by_its_alt_text() {
    let shadow = render(props("handstand-push-up", "A person doing a handstand.")).await;
    let svg = image(&shadow);
    assert!(has_class(&svg, "kc-fig-generic"));
    assert_eq!(
        one(&shadow, "svg > title")
            .text_content()
            .unwrap_or_default(),
        "A person doing a handstand."
    );
    assert!(shadow.query_selector(".kc-fig-move").unwrap().is_none());
}

#[wasm_bindgen_test]
fn has_illustration_knows_every_exercise_and_alias_but_not_an_unknown_id() {
    for id in every_id() {
        assert!(has_illustration(id), "{id}");
    }
    assert!(!has_illustration("handstand-push-up"));
    assert!(!has_illustration(""));
    assert!(!has_illustration("Chest-Stretch"));
}

#[wasm_bindgen_test]
async fn no_drawing_carries_a_style_attribute() {
    for id in every_id().chain(["unknown"]) {
        let shadow = render(props(id, "alt")).await;
        assert!(
            shadow.query_selector("[style]").unwrap().is_none(),
            "{id}: inline styles break under a strict CSP"
        );
    }
}

#[wasm_bindgen_test]
async fn animation_runs_by_default_and_stops_when_animate_is_false() {
    let moving = render(props("chest-stretch", "alt")).await;
    assert!(!has_class(&one(&moving, "figure"), "kc-figure-still"));
    assert_eq!(
        computed(&one(&moving, ".kc-fig-move"), "animation-name"),
        "kc-fig-move"
    );

    let still = render(IllustrationProps {
        animate: false,
        ..props("chest-stretch", "alt")
    })
    .await;
    assert!(has_class(&one(&still, "figure"), "kc-figure-still"));
    assert_eq!(
        computed(&one(&still, ".kc-fig-move"), "animation-name"),
        "none"
    );
    assert_eq!(
        computed(&one(&still, ".kc-fig-move"), "transform"),
        "none",
        "a still figure shows the worked pose"
    );
    assert_ne!(
        computed(&one(&still, ".kc-fig-arrow"), "display"),
        "none",
        "a still figure shows which way it moves"
    );
}

fn at_phase(exercise_id: &str, phase: &str) -> IllustrationProps {
    IllustrationProps {
        phase: Some(AttrValue::from(phase.to_string())),
        ..props(exercise_id, "alt")
    }
}

#[wasm_bindgen_test]
async fn a_phase_holds_the_matching_still_pose() {
    let down = render(at_phase("chest-stretch", "down")).await;
    let figure = one(&down, "figure");
    assert!(has_class(&figure, "kc-figure-still"));
    assert!(has_class(&figure, "kc-pose-down"));
    let lean = one(&down, ".kc-chest-lean");
    assert_eq!(computed(&lean, "animation-name"), "none");
    assert_ne!(
        computed(&lean, "transform"),
        "none",
        "down is the starting pose"
    );
    assert_eq!(
        computed(&one(&down, ".kc-fig-arrow"), "display"),
        "none",
        "the phase, not an arrow, says which way to go"
    );

    let up = render(at_phase("chest-stretch", "up")).await;
    assert!(has_class(&one(&up, "figure"), "kc-pose-up"));
    assert_eq!(computed(&one(&up, ".kc-chest-lean"), "transform"), "none");

    let rest = render(at_phase("chest-stretch", "rest")).await;
    assert!(has_class(&one(&rest, "figure"), "kc-pose-down"));
}

#[wasm_bindgen_test]
async fn two_figures_on_a_page_keep_their_own_title_ids() {
    let shadow = shadow();
    let document = shadow.owner_document().unwrap();
    for id in ["chest-stretch", "moist-heat"] {
        let root = document.create_element("div").unwrap();
        shadow.append_child(&root).unwrap();
        yew::Renderer::<Illustration>::with_root_and_props(root, props(id, id)).render();
    }
    yew::platform::time::sleep(Duration::from_millis(20)).await;
    let titles = shadow.query_selector_all("title").unwrap();
    assert_eq!(titles.length(), 2);
    let id = |i| titles.item(i).unwrap().unchecked_into::<Element>().id();
    assert_ne!(id(0), id(1));
}

#[wasm_bindgen_test]
async fn the_pause_at_the_top_holds_the_roll_outs_arm_lift() {
    let up = render(at_phase("roll-out-kneeling", "up")).await;
    assert_eq!(
        computed(&one(&up, ".kc-rollout-thigh"), "transform"),
        "none",
        "up reaches out"
    );
    assert_ne!(
        computed(&one(&up, ".kc-fig-lift"), "transform"),
        "none",
        "up keeps both arms on the roller"
    );
    for phase in ["top", "hold"] {
        let top = render(at_phase("roll-out-kneeling", phase)).await;
        assert!(has_class(&one(&top, "figure"), "kc-pose-hold"));
        assert_eq!(computed(&one(&top, ".kc-fig-lift"), "transform"), "none");
    }
    let moving = render(props("roll-out-kneeling", "alt")).await;
    assert_eq!(
        computed(&one(&moving, ".kc-fig-move"), "animation-duration"),
        "8s",
        "3 s out, 2 s for the lifts, 3 s back"
    );
}

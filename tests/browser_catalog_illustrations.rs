//! Every exercise in the catalog has its own drawing, named by the catalog's text alternative.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // a panic is how a test fails

use knot_coach::domain::catalog::ExerciseId;
use knot_coach::ui::components::has_illustration;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_catalog_exercise_has_an_illustration() {
    let missing: Vec<_> = ExerciseId::ALL
        .iter()
        .map(|id| id.as_str())
        .filter(|id| !has_illustration(id))
        .collect();
    assert!(missing.is_empty(), "no drawing for {missing:?}");
}

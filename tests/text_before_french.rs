//! Before the French table has loaded (or when it could not load), French reads as English:
//! never blank strings. Its own test binary, so no other test has installed the table.
#![cfg(not(target_arch = "wasm32"))]

use knot_coach::domain::catalog::ExerciseId;
use knot_coach::text::{self, Lang};

#[test]
fn french_reads_as_english_until_its_table_is_installed() {
    assert!(!text::ready(Lang::Fr));
    assert!(text::ready(Lang::En));
    assert_eq!(text::ui(Lang::Fr), text::ui(Lang::En));
    assert_eq!(
        text::exercise_name(Lang::Fr, ExerciseId::ChestStretch.as_str()),
        text::exercise_name(Lang::En, ExerciseId::ChestStretch.as_str())
    );
    assert_eq!(text::calendar(Lang::Fr), text::calendar(Lang::En));
    assert_eq!(text::csv_words(Lang::Fr).date, "Date");
}

//! Chart coordinates are written without float formatting, and read like it.
#![cfg(not(target_arch = "wasm32"))]

use knot_coach::ui::components::chart::coord;

#[test]
fn coordinates_have_one_decimal_place_and_whole_numbers_none() {
    assert_eq!(coord(12.0), "12");
    assert_eq!(coord(339.292), "339.3");
    assert_eq!(coord(0.04), "0");
    assert_eq!(coord(0.05), "0.1");
    assert_eq!(coord(-0.5), "-0.5");
    assert_eq!(coord(-12.34), "-12.3");
}

#[test]
fn a_huge_coordinate_saturates_instead_of_wrapping() {
    assert!(!coord(1e30).starts_with('-'));
    assert!(coord(-1e30).starts_with('-'));
}

#[test]
fn a_coordinate_that_is_not_a_number_is_drawn_at_zero() {
    assert_eq!(coord(f64::NAN), "0");
}

//! The binary trunk builds with the feature `full`: the whole widget, which the welcome part
//! (`src/main.rs`) loads behind its welcome screen.
fn main() {
    knot_coach::start();
}

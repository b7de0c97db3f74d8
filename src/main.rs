//! The binary trunk builds with the feature `door`: what `knot-coach.js` loads first on the
//! standalone page and on a clinic's, the welcome part, which loads the whole widget
//! (`src/full.rs`).
fn main() {
    knot_coach::start();
}

//! The binary trunk builds: the wasm entry point behind `knot-coach.js` and the standalone page.
fn main() {
    knot_coach::start();
}

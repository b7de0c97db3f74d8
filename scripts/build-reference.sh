#!/usr/bin/env bash
# Builds the benchmark's reference (bench/hello-yew: one Yew button, loaded exactly as the
# widget is) into target/bench/hello-yew, with the widget's release profile, wasm-opt flags,
# loader and minifier.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out="$PWD/target/bench/hello-yew"
(cd bench/hello-yew && CARGO_TARGET_DIR="$PWD/../../target/hello-yew" trunk build --release --offline --dist "$out")
node scripts/minify.mjs "$out"

#!/usr/bin/env bash
# Release build into dist/: standalone page, embed loader, and the widget's two parts (each
# a wasm-bindgen JS and its wasm).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The welcome part (index.html, feature `door`), then the whole widget (full.html, feature
# `full`), whose two files join the first part's in dist/ (issue 17).
trunk build --release --offline
trunk build --release --offline --dist target/full-dist full.html
cp target/full-dist/knot-coach-full.js target/full-dist/knot-coach-full_bg.wasm dist/
node scripts/build-single-file.mjs
node scripts/minify.mjs

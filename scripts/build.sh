#!/usr/bin/env bash
# Release build into dist/: standalone page, embed loader, wasm-bindgen JS, wasm and CSS.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
trunk build --release --offline
node scripts/build-single-file.mjs
node scripts/minify.mjs

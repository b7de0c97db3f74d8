#!/usr/bin/env bash
# Installs what is missing, builds the release, and measures size and speed.
# Prints the figures and writes them to target/bench/results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
scripts/build.sh
scripts/build-reference.sh
source scripts/env.sh
node tests/e2e/bench.mjs

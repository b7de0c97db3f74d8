#!/usr/bin/env bash
# Installs what is missing, builds the release, and serves it on http://127.0.0.1:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
source scripts/env.sh
exec node scripts/serve.mjs --port "${PORT:-8080}"

#!/usr/bin/env bash
# Installs everything Knot Coach needs to build, idempotently: each step is skipped when
# the right version is already there. Nothing is downloaded but from the package registries.
#   scripts/setup.sh          build tools (wasm target, wasm-bindgen-cli, trunk, wasm-opt)
#   scripts/setup.sh --test   also the browsers the tests drive, from apt: Chromium and
#                             chromedriver, Firefox ESR, WebKitGTK's WebKitWebDriver
#                             (MiniBrowser) and Xvfb for it to draw into
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
GECKODRIVER_VERSION=0.37.1
log() { printf '\033[1;34msetup:\033[0m %s\n' "$*"; }

export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding $component"
    rustup component add "$component"
  fi
done

# The CLI must equal the wasm-bindgen crate in Cargo.lock (pinned with = in Cargo.toml).
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  # No --locked: its lock file names a webpki-roots version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 6 minutes)"
  # --locked: without it 0.21.14 fails to compile (lightningcss vs cssparser drift).
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# wasm-opt (npm binaryen), the terser minifier, playwright-core and axe-core,
# from tests/e2e/package-lock.json.
stamp=tests/e2e/node_modules/.installed-lock
if [ ! -f "$stamp" ] || ! cmp -s tests/e2e/package-lock.json "$stamp"; then
  log "installing npm packages in tests/e2e"
  (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/e2e/package-lock.json "$stamp"
fi

if [ "${1:-}" = "--test" ]; then
  # Each package is installed only when its program is missing; one apt run for all.
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  # Firefox 140 ESR is too old for Playwright over WebDriver BiDi; 153 ESR (from Debian's
  # security archive) works: an older one is upgraded.
  firefox_major=$(firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\).*/\1/p')
  [ "${firefox_major:-0}" -ge 153 ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x /usr/bin/Xvfb ] || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} from apt"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if [ "${1:-}" = "--test" ]; then
  # geckodriver runs the wasm-bindgen-test browser tests in Firefox (about 4 minutes).
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
    log "installing geckodriver $GECKODRIVER_VERSION (about 4 minutes)"
    cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
  fi
fi

log "fetching crates"
cargo fetch --quiet
log "ready"

#!/usr/bin/env bash
# Installs everything (the three browser engines included), then runs every check in order:
# format, lints, domain purity, native tests, browser tests, release build, size budget and
# end-to-end tests against the release build served locally, in Chromium, Firefox and WebKit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
source scripts/env.sh

step() { printf '\n\033[1;32m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
# Each part of the widget with its exports and its binary (issue 17): one feature at a time.
cargo clippy --target wasm32-unknown-unknown --all-targets --features door --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --features full --quiet -- -D warnings

step "domain purity"
scripts/check-domain-purity.sh

step "native tests (cargo test)"
cargo test --quiet

# WebKit's MiniBrowser has no headless mode: it draws on an Xvfb display of its own, started
# here on a display number Xvfb picks as free (-displayfd), and stopped when the script ends.
# (A fixed :99 was unsafe: a killed run leaves /tmp/.X11-unix/X99 behind with no server.)
display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$display_file" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -f "$display_file"' EXIT
for _ in $(seq 200); do [ -s "$display_file" ] && break; sleep 0.05; done
[ -s "$display_file" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$display_file")"
export KC_XVFB_DISPLAY=$DISPLAY
echo "Xvfb on $DISPLAY"

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test 'browser_*'

step "browser tests (wasm-bindgen-test in Firefox, through geckodriver)"
# (wasm-bindgen-test-runner picks the first driver it finds set: one at a time.)
env -u CHROMEDRIVER -u SAFARIDRIVER GECKODRIVER="$HOME/.cargo/bin/geckodriver" cargo test --target wasm32-unknown-unknown --test 'browser_*'

step "browser tests (wasm-bindgen-test in WebKit, through WebKitWebDriver)"
env -u CHROMEDRIVER -u GECKODRIVER SAFARIDRIVER=/usr/bin/WebKitWebDriver cargo test --target wasm32-unknown-unknown --test 'browser_*'

step "release build (trunk build --release --offline)"
scripts/build.sh

step "end-to-end tests (release build): Chromium, then Firefox (Playwright + axe-core), then WebKit (WebKitWebDriver)"
cd tests/e2e
mkdir -p ../../target
# Every engine runs even when one fails; one plain closing line sums them all (todo and
# skipped tests are reported, never counted as failures), and any failure fails the script.
total_passed=0
total_failed=0
e2e() { # e2e <engine> <node --test paths...>
  local engine=$1 log=../../target/e2e-$1.log started=$SECONDS status
  shift
  step "e2e in $engine"
  set +e
  # The timeout also bounds a whole spec file: Firefox takes longer over BiDi than Chromium.
  KC_ENGINE=$engine node --test --test-timeout=600000 --test-concurrency=1 --test-reporter=spec "$@" | tee "$log"
  status=${PIPESTATUS[0]}
  set -e
  local passed failed
  passed=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$log" | tail -1)
  failed=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' "$log" | tail -1)
  # A run that dies before reporting still counts as a failure.
  if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
  echo "e2e in $engine: ${passed:-0} passed, ${failed:-0} failed, $((SECONDS - started)) s"
  total_passed=$((total_passed + ${passed:-0}))
  total_failed=$((total_failed + ${failed:-0}))
}
e2e chromium specs/
# The size budget reads dist/ only: it runs once, with Chromium.
e2e firefox $(ls specs/*.test.mjs | grep -v budget.test.mjs)
e2e webkit webkit/
cat ../../target/e2e-chromium.log ../../target/e2e-firefox.log ../../target/e2e-webkit.log > ../../target/e2e.log
echo "e2e: $total_passed passed, $total_failed failed"
[ "$total_failed" -eq 0 ]

#!/usr/bin/env bash
# Installs everything (Chromium and chromedriver included), then runs every check in order:
# format, lints, domain purity, native tests, browser tests, release build, size budget and
# end-to-end tests against the release build served locally.
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

step "domain purity"
scripts/check-domain-purity.sh

step "native tests (cargo test)"
cargo test --quiet

step "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test 'browser_*'

step "release build (trunk build --release --offline)"
scripts/build.sh

step "end-to-end tests (Playwright + axe-core, release build)"
cd tests/e2e
mkdir -p ../../target
node --test --test-timeout=180000 --test-concurrency=1 --test-reporter=spec specs/ | tee ../../target/e2e.log
# One plain closing line for the whole run (todo tests are reported, never counted as failures).
passed=$(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' ../../target/e2e.log | tail -1)
failed=$(sed -n 's/^ℹ fail \([0-9]*\)$/\1/p' ../../target/e2e.log | tail -1)
echo "e2e: ${passed:-0} passed, ${failed:-0} failed"

# Sourced by the scripts: puts the project's tools on PATH and keeps trunk offline.
export PATH="$PWD/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
export FIREFOX=/usr/bin/firefox-esr

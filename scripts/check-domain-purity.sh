#!/usr/bin/env bash
# Fails when src/domain reaches a browser crate: the domain must stay pure and natively testable.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern='\b(yew|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen[a-z_]*)::|^\s*(pub\s+)?use\s+(yew|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen[a-z_]*)\b|extern\s+crate\s+(yew|web_sys|js_sys|gloo|wasm_bindgen)'
if leaks=$(grep -rnE "$pattern" src/domain.rs src/domain/); then
  echo "domain purity: src/domain must not use browser crates; found:" >&2
  echo "$leaks" >&2
  exit 1
fi
echo "domain purity: src/domain uses no browser crate"

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

# No import cycles between the domain's modules: each may use the ones below it, never one
# that uses it back (a cycle means two modules are one idea, or a type lives in the wrong one).
modules=$(ls src/domain | sed -n 's/\.rs$//p')
edges=$(for file in src/domain/*.rs; do
  from=$(basename "$file" .rs)
  for to in $(grep -vE '^\s*//' "$file" | grep -oE '\bsuper::[a-z_]+' | sed 's/super:://' | sort -u); do
    if grep -qx "$to" <<<"$modules" && [ "$to" != "$from" ]; then echo "$to $from"; fi
  done
done)
if ! loops=$(tsort <<<"$edges" 2>&1 >/dev/null) || [ -n "$loops" ]; then
  echo "domain modules: import cycle:" >&2
  echo "$loops" >&2
  exit 1
fi
echo "domain modules: no import cycles"

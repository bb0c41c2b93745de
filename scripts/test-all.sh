#!/usr/bin/env bash
# `npm test`: every check, in CI order (types, lint, tests, build), stopping at the first
# failure and ending with how long each part took, or which part failed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

summary=()
current=""
started=$SECONDS

report() {
  local status=$?
  echo
  echo "npm test: summary"
  for line in "${summary[@]}"; do echo "  $line"; done
  if [[ $status -ne 0 && -n "$current" ]]; then
    echo "  FAILED: $current"
  fi
  echo "  total $((SECONDS - started)) s"
}
trap report EXIT

step() {
  current="$1"
  shift
  echo
  echo "== $current: $*"
  local t=$SECONDS
  "$@"
  summary+=("$(printf '%-22s %4d s' "$current" $((SECONDS - t)))")
  current=""
}

step "browser + fonts" bash scripts/ensure-browser.sh
step "typecheck" npx tsc -p tsconfig.json
step "lint" npx eslint --max-warnings=0 .
step "unit + browser tests" npx vitest run --project model --project unit --project browser
step "live servers" bash -c 'bash scripts/ensure-live-services.sh && npx vitest run --project live'
step "storybook build" npx storybook build --quiet
step "stories + play tests" npx vitest run --project storybook
step "build" npm run --silent build
step "build examples" node scripts/build-examples.mjs
step "examples in Chromium" npx tsx scripts/check-web-examples.ts
step "package test" npx vitest run --project package

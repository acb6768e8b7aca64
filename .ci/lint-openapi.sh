#!/usr/bin/env bash
# Lints the OpenAPI description the built app serves, with Redocly CLI (recommended) and Spectral
# (spectral:oas), pinned; the rules turned off are in redocly.yaml and .spectral.yaml, each with
# its reason. Needs the jar (./mvnw package) and npx; fails on any error or warning.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/common.sh

REDOCLY=@redocly/cli@2.77.0
SPECTRAL=@stoplight/spectral-cli@6.16.3

jar=$(ls target/verbatim-*.jar | grep -v -- '-plain' | head -1)
work=$(mktemp -d)
port=$(free_port)
# The in-memory database of the default profile; the search index in the scratch directory.
java -jar "$jar" --server.port="$port" --verbatim.search.index-directory="$work/index" \
  >"$work/app.log" 2>&1 &
app=$!
trap 'status=$?; kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$work"; exit $status' EXIT

for _ in $(seq 120); do
  curl -sf "http://127.0.0.1:$port/v3/api-docs" -o "$work/openapi.json" && break
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; echo "the app did not start" >&2; exit 1; }
  sleep 1
done
[[ -s "$work/openapi.json" ]] || { echo "no OpenAPI description at /v3/api-docs" >&2; exit 1; }

# Redocly fails on errors only; warnings fail this check too.
npx -y "$REDOCLY" lint --config redocly.yaml --max-problems 1000 "$work/openapi.json" 2>&1 | tee "$work/redocly.txt"
if grep -Eq 'You have [0-9]+ warnings?' "$work/redocly.txt"; then
  echo "Redocly reports warnings" >&2
  exit 1
fi
npx -y "$SPECTRAL" lint --ruleset .spectral.yaml --fail-severity warn "$work/openapi.json"

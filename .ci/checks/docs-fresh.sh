#!/usr/bin/env bash
# The generated docs match what they are generated from: docs/rules/ is `compliance rules docs` of
# the built-in pack. Regenerates into a temporary directory and fails on any difference (a page
# changed, missing or left over), printing the diff. Fix: run eng/docs.sh and commit the result.
# Expects the Release build of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."

cli=src/Compliance.Cli/bin/Release/net10.0/compliance.dll
[ -f "$cli" ] || dotnet build src/Compliance.Cli -c Release >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet "$cli" rules docs --output "$out/rules" >/dev/null
if ! diff -ru docs/rules "$out/rules"; then
  echo "docs/rules is stale: run eng/docs.sh and commit the result"
  exit 1
fi
echo "docs/rules matches the built-in pack"

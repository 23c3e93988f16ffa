#!/usr/bin/env bash
# The generated documentation matches what it is generated from: docs/rules/ is
# `compliance rules docs` of the built-in pack. Regenerates into a temporary directory and fails on
# any difference (a page changed, missing or left over), printing the diff. Fix: run eng/docs.sh and
# commit the result. Uses the Release build of .ci/run (builds the CLI when it is missing).
set -euo pipefail
cd "$(dirname "$0")/../.."

cli=src/Compliance.Cli/bin/Release/net10.0/compliance.dll
[ -f "$cli" ] || dotnet build src/Compliance.Cli -c Release -nologo -v:q >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

dotnet "$cli" rules docs --output "$out/rules" >/dev/null
if ! diff -ru docs/rules "$out/rules"; then
  echo "docs-fresh: docs/rules is stale: run eng/docs.sh and commit the result"
  exit 1
fi
echo "docs-fresh: docs/rules matches the built-in pack ($(ls "$out/rules" | wc -l) pages)"

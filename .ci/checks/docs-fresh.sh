#!/usr/bin/env bash
# The generated documentation matches what it is generated from:
#   docs/rules/      is `compliance rules docs` of the built-in pack;
#   docs/analyzers/  has the generated part of each page equal to the analyzer's descriptors.
# Regenerates both into a temporary directory and fails on any difference (a page changed, missing or
# left over), printing the diff. Fix: run eng/docs.sh and commit the result. Uses the Release build
# of .ci/run for the CLI (builds it when missing) and builds the small analyzer-docs tool.
set -euo pipefail
cd "$(dirname "$0")/../.."

cli=src/Compliance.Cli/bin/Release/net10.0/compliance.dll
[ -f "$cli" ] || dotnet build src/Compliance.Cli -c Release -nologo -v:q >/dev/null
dotnet build tools/Compliance.AnalyzerDocs -c Release -nologo -v:q >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

status=0
dotnet "$cli" rules docs --output "$out/rules" >/dev/null
if ! diff -ru docs/rules "$out/rules"; then
  echo "docs-fresh: docs/rules is stale: run eng/docs.sh and commit the result"
  status=1
fi

cp -r docs/analyzers "$out/analyzers"
if ! dotnet tools/Compliance.AnalyzerDocs/bin/Release/net10.0/Compliance.AnalyzerDocs.dll "$out/analyzers" \
   || ! diff -ru docs/analyzers "$out/analyzers"; then
  echo "docs-fresh: docs/analyzers is stale: run eng/docs.sh and commit the result"
  status=1
fi

[ "$status" -eq 0 ] && echo "docs-fresh: docs/rules ($(ls "$out/rules" | wc -l) pages) and docs/analyzers match the pack and the analyzer"
exit "$status"

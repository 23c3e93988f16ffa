#!/usr/bin/env bash
# Regenerates the docs that are generated: docs/rules/ from the built-in pack. CI
# (.ci/checks/docs-fresh.sh) fails when the committed pages differ from this output.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Compliance.Cli -c Release >/dev/null
rm -rf docs/rules
dotnet src/Compliance.Cli/bin/Release/net10.0/compliance.dll rules docs --output docs/rules

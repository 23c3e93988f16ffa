#!/usr/bin/env bash
# Regenerates the documentation that is generated: docs/rules/ from the built-in pack
# (`compliance rules docs`). CI (.ci/checks/docs-fresh.sh) fails when the committed pages differ
# from this output. Run it after changing the built-in pack, then commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Compliance.Cli -c Release -nologo -v:q >/dev/null
rm -rf docs/rules
dotnet src/Compliance.Cli/bin/Release/net10.0/compliance.dll rules docs --output docs/rules

#!/usr/bin/env bash
# Regenerates the documentation that is generated, then CI (.ci/checks/docs-fresh.sh) fails
# whenever the committed files differ from this output:
#   docs/rules/       every page, from the built-in rule pack (`compliance rules docs`);
#   docs/analyzers/   the generated part of each page (between the generated:begin/end markers),
#                     from the analyzer's descriptors (tools/Compliance.AnalyzerDocs); the prose
#                     around it is written by hand and left alone.
# Run it after changing the built-in pack or a descriptor, then commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/Compliance.Cli -c Release -nologo -v:q >/dev/null
rm -rf docs/rules
dotnet src/Compliance.Cli/bin/Release/net10.0/compliance.dll rules docs --output docs/rules

dotnet build tools/Compliance.AnalyzerDocs -c Release -nologo -v:q >/dev/null
dotnet tools/Compliance.AnalyzerDocs/bin/Release/net10.0/Compliance.AnalyzerDocs.dll docs/analyzers
echo "docs/analyzers: generated parts written"

#!/usr/bin/env bash
# Applies the conventions of .editorconfig to the whole tree: usings sorted (System first) and
# placed outside the namespace, file-scoped namespaces, whitespace. (Private field names are not
# fixed: dotnet format cannot apply naming fixes solution-wide.)
# Run after merging branches, then build: the build enforces the same rules
# (EnforceCodeStyleInBuild) and names anything this could not fix.
#   eng/format.sh           fix the tree
#   eng/format.sh --verify  change nothing; exit non-zero if something would change
set -euo pipefail
cd "$(dirname "$0")/.."
verify=()
[ "${1:-}" = "--verify" ] && verify=(--verify-no-changes)

dotnet restore Compliance.sln >/dev/null
# Style fixes first (they move code), then whitespace and using order over the result.
dotnet format style Compliance.sln --no-restore --severity warn --diagnostics IDE0065 IDE0161 "${verify[@]}"
dotnet format whitespace Compliance.sln --no-restore "${verify[@]}"

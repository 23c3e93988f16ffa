#!/usr/bin/env bash
# Applies the conventions of .editorconfig that a tool can apply, to the whole solution: usings placed
# outside the namespace and sorted (System first), file-scoped namespaces, whitespace, final newlines.
# `dotnet format` cannot apply the naming rules (IDE1006 has no code fix): rename those by hand.
#   eng/format.sh           fix the tree
#   eng/format.sh --verify  change nothing; exit non-zero when something would change
# Build afterwards (warnings are errors) and run the tests: the fixes move code, never change it.
set -euo pipefail
cd "$(dirname "$0")/.."
verify=()
[ "${1:-}" = "--verify" ] && verify=(--verify-no-changes)

dotnet restore Compliance.sln >/dev/null
# Style fixes first (they move usings and namespaces), then whitespace and using order over the result.
dotnet format style Compliance.sln --no-restore --severity warn --diagnostics IDE0065 IDE0161 "${verify[@]}"
dotnet format whitespace Compliance.sln --no-restore "${verify[@]}"

#!/usr/bin/env bash
# Packs the compliance tool, installs it from the package into a private tool path (as a user
# would), and runs the repository's rule tests for the built-in pack (tests/rules) with it: every
# test must pass and every enabled record rule must have fired in one test and passed in another.
# The JUnit report is left at artifacts/rule-tests.xml for CI to show.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack src/Compliance.Cli -c Release -o "$work/packages" -nologo -v:q > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; echo "rule-tests: pack failed"; exit 1; }
# The version MinVer gives this commit (the package just packed carries it).
. .ci/lib/version.sh
dotnet tool install Compliance.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/packages" > "$work/install.log" 2>&1 \
  || { cat "$work/install.log"; echo "rule-tests: tool install failed"; exit 1; }

mkdir -p artifacts
"$work/tool/compliance" rules test tests/rules --format junit --threshold 100 > artifacts/rule-tests.xml || true
"$work/tool/compliance" rules test tests/rules --coverage --threshold 100

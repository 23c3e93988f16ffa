#!/usr/bin/env bash
# Packs Compliance.Analyzers and Compliance.Rules into artifacts/packages, builds samples/HostSystem
# against the packed Compliance.Rules only (the analyzer must reach it through the package dependency),
# and checks that the build shows exactly the warnings listed in
# samples/HostSystem/expected-warnings.txt ("file(line,col) ID", one per line) and no others.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
sample=samples/HostSystem
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. .ci/lib/version.sh

for project in src/Compliance.Rules.Annotations src/Compliance.Rules; do
  dotnet pack "$project" -c Release -o artifacts/packages -nologo -v:q > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; echo "host-system: pack of $project failed"; exit 1; }
done

# The sample restores into a private folder: drop the previous copies so the packages just packed are used.
rm -rf "$sample/obj/packages/compliance.rules" "$sample/obj/packages/compliance.analyzers"

# No compiler server: it could keep an older analyzer assembly loaded from the same path.
dotnet build "$sample" -c Release --no-incremental -tl:off -v:q -nologo -p:UseSharedCompilation=false \
  -p:ComplianceRulesVersion="$version" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "host-system: build failed"; exit 1; }

grep -oE '^.+\([0-9]+,[0-9]+\): warning [A-Za-z]+[0-9]+' "$work/build.log" \
  | sed -e "s|^$root/$sample/||" -e 's/: warning / /' \
  | LC_ALL=C sort -u > "$work/actual.txt"
LC_ALL=C sort -u "$sample/expected-warnings.txt" > "$work/expected.txt"

if ! diff -u "$work/expected.txt" "$work/actual.txt"; then
  echo "host-system: the warnings differ from $sample/expected-warnings.txt (- expected, + actual)"
  exit 1
fi
echo "host-system: Compliance.Rules $version, $(wc -l < "$work/actual.txt") expected warnings, no others"

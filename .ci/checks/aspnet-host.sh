#!/usr/bin/env bash
# Packs Compliance.Analyzers, Compliance.Rules and Compliance.Rules.Hosting into artifacts/packages, then builds the ASP.NET Core
# host sample (samples/AspNetHost) against those packages and runs its tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
sample=samples/AspNetHost
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. .ci/lib/version.sh

for project in src/Compliance.Rules.Annotations src/Compliance.Rules src/Compliance.Rules.Hosting; do
  dotnet pack "$project" -c Release -o artifacts/packages -nologo -v:q > "$work/pack.log" 2>&1 \
    || { cat "$work/pack.log"; echo "aspnet-host: pack of $project failed"; exit 1; }
done

# The sample restores into a private folder: drop the previous copies so the packages just packed are used.
rm -rf "$sample/obj/packages/compliance.rules" "$sample/obj/packages/compliance.rules.hosting" "$sample/obj/packages/compliance.analyzers"

dotnet test "$sample/AspNetHost.Tests" -c Release -nologo -tl:off -p:ComplianceVersion="$version" > "$work/test.log" 2>&1 \
  || { cat "$work/test.log"; echo "aspnet-host: the sample's build or tests failed"; exit 1; }
grep -E '^(Passed|Failed)!' "$work/test.log"

#!/usr/bin/env bash
# Packs Compliance.Analyzers into artifacts/packages, checks its layout (the attributes as a netstandard2.0
# library and nothing else under lib/, the analyzer and code fix under analyzers/dotnet/cs), then builds
# samples/NetFrameworkHost, a net48 project that installs only that package, and checks that the build
# shows exactly the warnings in samples/NetFrameworkHost/expected-warnings.txt and no others.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
sample=samples/NetFrameworkHost
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. .ci/lib/version.sh

dotnet pack src/Compliance.Rules.Annotations -c Release -o artifacts/packages -nologo -v:q > "$work/pack.log" 2>&1 \
  || { cat "$work/pack.log"; echo "net48-consumer: pack failed"; exit 1; }

package="artifacts/packages/Compliance.Analyzers.$version.nupkg"
python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$package" | grep -E '^(lib|analyzers)/' | LC_ALL=C sort > "$work/layout.txt"
cat > "$work/expected-layout.txt" <<'LAYOUT'
analyzers/dotnet/cs/Compliance.Analyzers.CodeFixes.dll
analyzers/dotnet/cs/Compliance.Analyzers.dll
lib/netstandard2.0/Compliance.Rules.Annotations.dll
lib/netstandard2.0/Compliance.Rules.Annotations.xml
LAYOUT
if ! diff -u "$work/expected-layout.txt" "$work/layout.txt"; then
  echo "net48-consumer: $package has an unexpected layout (- expected, + actual)"; exit 1
fi

# The sample restores into a private folder: drop the previous copy so the package just packed is used.
rm -rf "$sample/obj/packages/compliance.analyzers"

# No compiler server: it could keep an older analyzer assembly loaded from the same path.
dotnet build "$sample" -c Release --no-incremental -tl:off -v:q -nologo -p:UseSharedCompilation=false \
  -p:ComplianceVersion="$version" > "$work/build.log" 2>&1 \
  || { cat "$work/build.log"; echo "net48-consumer: build failed"; exit 1; }

# It really is a .NET Framework 4.8 build that used the package's attribute assembly.
[ -f "$sample/bin/Release/net48/NetFrameworkHost.dll" ] && [ -f "$sample/bin/Release/net48/Compliance.Rules.Annotations.dll" ] \
  || { ls -R "$sample/bin" || true; echo "net48-consumer: no net48 output with the attribute assembly"; exit 1; }

grep -oE '^.+\([0-9]+,[0-9]+\): warning [A-Za-z]+[0-9]+' "$work/build.log" \
  | sed -e "s|^$root/$sample/||" -e 's/: warning / /' \
  | LC_ALL=C sort -u > "$work/actual.txt"
LC_ALL=C sort -u "$sample/expected-warnings.txt" > "$work/expected.txt"

if ! diff -u "$work/expected.txt" "$work/actual.txt"; then
  echo "net48-consumer: the warnings differ from $sample/expected-warnings.txt (- expected, + actual)"
  exit 1
fi
echo "net48-consumer: Compliance.Analyzers $version on net48, $(wc -l < "$work/actual.txt") expected warnings, no others"
